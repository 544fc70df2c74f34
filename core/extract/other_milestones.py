"""Each other dated milestone an article's body reports, beside its main event (``docs/design.md``).

A day of the main trip ("Chiều 15/6, đoàn … đã nhập cảnh về nước" within "Từ ngày 11/6 đến 15/6/2024"),
the news given days before or after it, an occasion told just past or in its own sentence's year, the
signing an anniversary counts from ("kỷ niệm 20 năm ký kết … (1999-2019)"), a year of the bond's history,
and any sentence with a dated cooperation keyword (``vocab.MILESTONE_KEYWORDS``): "ngày 19/9/2018 tại
thành phố Thái Bình, lãnh đạo tỉnh Lào Cai và tỉnh Thái Bình đã ký kết Biên bản ghi nhớ".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable, Sequence

from ..scan import keyword_regex
from .dates import DateMention
from .main_date import in_title_block
from .event_fields import date_fields
from .milestones import (JUST_PAST_OCCASION, LETTER_RECEIVED, NAMED_OCCASION_CUES, NOT_MILESTONES, bond_since,
                         by_year_founded, day_after, day_before, day_in_range, established, just_past,
                         last_year_occasions, own_sentence_year, range_around, year_milestone)
from .partners import choose
from .sentences import sentence_at
from .milestone_years import (attended_named, listed_after_milestone, series_began, signed_between_since,
                              since_meeting, since_then_bonded, spring_meeting_named)
from .told_days import coming, relative_day, told_ahead
from .vocab import MILESTONE_KEYWORDS
from .year_cues import YearCue
from .verdict_shapes import _WORK_DONE_JOINED, _WORK_DONE_ON
from .built_before import _BEGUN
from .year_next_edition import next_edition
from .other_occasions import WHY_AFTER_DAY   # "sau ngày 1/8/2023, hai bên đã …": a dated step the news comes after

__all__ = ["add_other_milestones"]

_MILESTONE_RE = keyword_regex(MILESTONE_KEYWORDS)
#: A press conference that announces the main occasion days before it ("Sáng 10-9, … tổ chức họp báo giới thiệu
#: chương trình"): a dated step of the story, as a milestone's words are.
_PRESS = keyword_regex(("hop bao",))
#: A delegation's next step told ahead ("Ngày mai (6/2), đoàn đại biểu tỉnh … sẽ sang thăm …"): with the words of a
#: delegation or a visit (milestones.JUST_PAST_OCCASION), a day after the main one is a milestone too.
_TOLD_AHEAD = keyword_regex(("se", "ngay mai", "du kien"))


def _from_part(folded: str, dm: DateMention) -> bool:
    """A part of a year after "từ" ("thiết lập từ đầu năm 2016": round 51, late51b): as "từ năm 2016"."""
    return dm.rule == "part_of_year" and folded[max(0, dm.start - 3):dm.start] == "tu "


#: A work's milestone told done right before a day with its year (round 40, late40b, "work_milestone"): the day a
#: given school, bridge or house was begun, inaugurated, completed ("Công trình được khởi công vào tháng 10/2019",
#: ``verdict_shapes.WORK_DONE_ON``; "Trường học khởi công ngày 12/4/2021" on a page that hands it over,
#: ``built_before.BEGUN``): the verdict "past" keeps it from the main date; it is still a dated step of the
#: cooperation, listed as another milestone. Only with its own year (the final pass asks for one).
def _work_milestone(r, folded: str) -> bool:
    if r.verdict != "past":
        return False
    at = r.mention.start
    near = folded[max(0, at - 90):at]
    return bool(("duoc" in near and (_WORK_DONE_ON.search(near[-60:]) or _WORK_DONE_JOINED.search(near)))
                or _BEGUN.search(near[-60:]))


#: A sentence told as before the main occasion (round 40, late40b, "told_before"): "Trước đó, trong chuyến thăm … từ
#: ngày 9-12/8, đoàn … đã tặng …" on a page whose occasion is 4/12/2022: its yearless day or range, earlier in the
#: calendar than the main day and with an occasion's words, is in the main's year (a writer names the year of an
#: earlier year). Later in the calendar ("Trước đó, ngày 20/12" before 4/12) it gets no year: no guess.
_TOLD_BEFORE = re.compile(r"\W*truoc\s+do\b")


def _earlier_this_year(dm: DateMention, main: DateMention | None, year: int | None) -> int | None:
    y = (main.year or year) if main is not None else None
    if y is None or not (main.month and main.day and dm.month and dm.day) or dm.end_year is not None:
        return None
    last = (dm.end_month or dm.month, dm.end_day or dm.day)
    return y if last < (main.month, main.day) else None


#: A plan's sentence that opens with "Năm nay" (this year): its yearless day is in the year of the occasion reported.
_THIS_YEAR = re.compile(r"\W*nam nay\b")


def _opens_under_title_block(keep: str, main: DateMention | None, dm: DateMention) -> bool:
    """Does ``dm`` open the line right under the main range, a title block's (main_date.TITLE_BLOCK_RANGE)? The lead's
    first day there tells the report's backstory, days before the report's own (round 58)."""
    return (main is not None and 0 < dm.start - main.end < 8 and "\n" in keep[main.end:dm.start]
            and not keep[main.end:dm.start].strip(" )]\t\n") and in_title_block(keep, main))


def add_other_milestones(events: list[dict[str, Any]], build: Callable[..., dict[str, Any] | None], *,
                         readings: Sequence, main_date: DateMention | None, published, keep: str, folded: str,
                         sentences: Sequence[tuple[int, int]], cues: Sequence[YearCue], body_mentions: Sequence,
                         context: set, body: tuple[int, int]) -> None:
    """Append to ``events`` (its main event first, if any) the other dated milestones of the body.
    ``build(dm, main=False, fields_override=…)`` makes one event (``events.extract_events``)."""
    b0, b1 = body
    main_key = events[0]["date"] if events else None
    seen = {main_key}
    # the main range's year, stated or inferred: the days of the trip share it
    main_year = int(main_key[:4]) if main_key and main_key[:1].isdigit() and main_date is not None else None
    key_year = int(main_key[:4]) if main_key and main_key[:1].isdigit() else None   # (a main dated by its year alone too)
    # the time of writing, for what the text tells as just past: the stamp, else the main day
    writing = (published.date() if hasattr(published, "date") else published) \
        if published is not None else _main_day(events[0] if events else None)
    for r in readings:  # other dated milestones the body reports
        dm = r.mention
        in_trip = day_in_range(dm, main_date, main_year) if r.verdict == "event" and dm.year is None else None
        if in_trip is None and r.verdict in ("range", "past") and dm.year is None:
            in_trip = range_around(dm, main_date, main_year)   # the trip the main day lies in
        elif in_trip is None and r.verdict == "event" and dm.year is None:
            in_trip = day_before(dm, main_date, main_year)   # the news given days before it
            ds, de = sentence_at(sentences, dm.start)
            if in_trip is None:
                occasion = _MILESTONE_RE.search(folded, ds, de) or (
                    JUST_PAST_OCCASION.search(folded, ds, de) and _TOLD_AHEAD.search(folded, ds, de))
                if occasion:   # "Ngày 21/6, hai bên sẽ ký kết …", "Ngày mai (6/2), đoàn đại biểu … sẽ sang thăm …"
                    in_trip = day_after(dm, main_date, main_year)
                if in_trip is None and (occasion or _PRESS.search(folded, ds, de) or _opens_under_title_block(keep, main_date, dm)):
                    # "Từ ngày 12-9 đến 14-9, chương trình … sẽ diễn ra" … "Sáng 10-9, … họp báo …": the day before;
                    # "(từ ngày 12 đến 16/9/2015)" / "Ngày 02/9, sau khi nhận được tin …, hội đã quyên góp …": the backstory
                    in_trip = day_before(dm, main_date, main_year, told_after=True)
                if in_trip is not None and any(ds <= c.pos < de and c.year != in_trip for c in cues):
                    in_trip = None   # its own sentence names another year ("Tết … 2016, ngày 1/2")
        if in_trip is None and dm is not main_date and dm.year is None and b0 <= dm.start < b1:
            ds, de = sentence_at(sentences, dm.start)
            if r.verdict in ("event", "range", "ahead"):   # "… sẽ được tổ chức từ ngày 20/9 đến ngày 27/9"
                in_trip = told_ahead(folded, dm, main_date, main_year, (ds, de))
            if in_trip is None and r.verdict == "ahead" and key_year and _THIS_YEAR.match(folded, ds):
                in_trip = key_year   # "Năm nay, tỉnh A đăng cai, dự kiến tổ chức … ngày 4/11": the main's year (late38c)
            if in_trip is None and r.verdict in ("event", "range", "past") and _TOLD_BEFORE.match(folded, ds) and (
                    _MILESTONE_RE.search(folded, ds, de) or JUST_PAST_OCCASION.search(folded, ds, de)):
                in_trip = _earlier_this_year(dm, main_date, main_year)   # "Trước đó, trong chuyến thăm … từ ngày 9-12/8"
            if in_trip is None and r.verdict == "event":   # "Trong ngày hôm qua (27/11), …"
                in_trip = relative_day(folded, dm, writing)
            if in_trip is None and r.verdict in ("event", "ahead"):   # "… sẽ đi vào vận hành vào tháng 9 tới"
                in_trip = coming(folded, dm, writing)
            if in_trip is not None and any(ds <= c.pos < de and c.year != in_trip for c in cues):
                in_trip = None   # its own sentence names another year
        if in_trip is None and r.verdict == "event" and dm is not main_date and dm.year is None:
            ds, de = sentence_at(sentences, dm.start)
            if _MILESTONE_RE.search(folded, ds, de) or JUST_PAST_OCCASION.search(folded, ds, de):
                # "… trao tặng xe cứu hỏa của đoàn đại biểu tỉnh B vào tháng 5 vừa qua"
                in_trip = just_past(folded, dm, writing)
        if in_trip is not None:   # "Chiều 15/6, đoàn … đã nhập cảnh về nước" within "Từ ngày 11/6 đến 15/6/2024"
            at = main_date or dm   # (a page whose main occasion has no day: the year comes from its stamp)
            ev = build(dm, main=False, fields_override=(date_fields(dm, in_trip, "context"), YearCue(
                at.start, in_trip, "nearby_date", 100, at.start, at.end)))
            if ev is not None and ev["date"] not in seen:
                seen.add(ev["date"])
                events.append(ev)
            continue
        if r.verdict in ("event", "range") and dm is not main_date and b0 <= dm.start < b1 and dm.year is None:
            ds, de = sentence_at(sentences, dm.start)   # (a range of days too: "Ngày hội … 2025 diễn ra từ 20-23/11")
            own = own_sentence_year(dm, cues, ds, de, folded)
            if own is not None and own[1].name not in NAMED_OCCASION_CUES and not _MILESTONE_RE.search(folded, ds, de):
                own = None   # a Tết names no occasion of its own: the sentence must tell one
            if own is not None:   # "Nhân dịp Tết Nguyên đán Bính Thân 2016, ngày 1/2, đoàn … sang thăm"
                ev = build(dm, main=False, fields_override=(date_fields(dm, own[0], "context"), own[1]))
                if ev is not None and ev["date"] not in seen:
                    seen.add(ev["date"])
                    events.append(ev)
                continue
        if r.verdict == "anniversary":  # "kỷ niệm 20 năm ký kết … giữa A và B (1999-2019)": the signing of 1999
            since = bond_since(keep, folded, dm, lambda a, b: {p.province for m in body_mentions
                                                               if a <= m.start < b and (p := choose(m, context))} & context)
            ev = build(since, main=False, fields_override=(date_fields(since, dm.year, "stated"), None)) if since else None
            if ev is not None and ev["date"] not in seen:
                seen.add(ev["date"])
                events.append(ev)
            continue
        if r.verdict == "period" and b0 <= dm.start < b1 and by_year_founded(folded, dm, main_year):
            # "đến năm 1996, thành phố A thiết lập quan hệ với thành phố B": a year of its history
            year_dm = DateMention(dm.start, dm.end, dm.text, None, None, dm.year, precision="year", rule="year")
            ev = build(year_dm, main=False, fields_override=(date_fields(year_dm, dm.year, "stated"), None))
            if ev is not None and ev["date"] not in seen:
                seen.add(ev["date"])
                events.append(ev)
            continue
        if (dm is main_date or not b0 <= dm.start < b1 or dm.kind != "date" or dm.year is None
                or dm.rule in ("half_year", "quarter")):  # results' spans
            continue
        s, e = sentence_at(sentences, dm.start)
        founded = ((r.verdict == "since" or (r.verdict == "event" and (dm.text[:3].lower() == "từ " or _from_part(folded, dm))))
                   and established(folded, dm)) or (   # "được thiết lập từ năm 2006 đến nay", "kết nghĩa từ năm 2013"
            # "Kể từ khi chính thức thiết lập mối quan hệ hợp tác vào năm 2004, …" (past: since_founding, round 52)
            r.verdict == "past" and established(folded, dm)) or (
            r.verdict in ("event", "since") and (signed_between_since(folded, dm) or series_began(folded, dm))) or (
            r.verdict == "since" and (since_meeting(folded, dm, main_year) or since_then_bonded(folded, dm)))   # "Từ sau Hội nghị … năm 2014 đến nay"
        if not founded:
            # a plan told after the lead with its year is its own occasion, the next one, a milestone as the corpus
            # counts one (a32: "sẽ diễn ra … tháng 12/2013"; "Dự kiến chương trình giao lưu … diễn ra vào trung tuần
            # tháng 11/2016")
            ahead = r.verdict == "ahead" and dm.year is not None
            # ... as is the next edition of a yearly occasion told with its year ("Hội trại lần thứ 6 sẽ được tổ
            # chức vào năm 2013", the page telling the 5th: year_next_edition; round 40, youth40 01)
            ahead = ahead or (dm.precision == "year" and next_edition(folded, dm.start) is not None)
            # a year in the main occasion's own sentence that is its year names it ("Ngày 20/2, … đăng cai Chương
            # trình Gặp gỡ đầu xuân năm 2019"): no other milestone
            own_name = main_date is not None and dm.year == main_year and s <= main_date.start < e
            if r.verdict != "planned" and not ahead and (   # (the days an issued plan sets out name their occasion)
                r.verdict in NOT_MILESTONES
                or (dm.precision == "year" and (own_name or not (year_milestone(folded, dm, s)
                                                                  or listed_after_milestone(folded, dm, s))))
                or not (_MILESTONE_RE.search(folded[s:e]) or LETTER_RECEIVED.search(folded, dm.end, e)
                        or _work_milestone(r, folded) or r.why is WHY_AFTER_DAY)):
                continue
        ev = build(dm, main=False)
        if ev is None or ev["date"] in seen:
            continue
        seen.add(ev["date"])
        events.append(ev)
    for dm in attended_named(keep, folded, cues, lambda p: sentence_at(sentences, p), main_date, main_year, body):
        ev = build(dm, main=False, fields_override=(date_fields(dm, dm.year, "stated"), None))   # "Hội chợ … 2018"
        if ev is not None and ev["date"] not in seen:
            seen.add(ev["date"])
            events.append(ev)
    for dm in spring_meeting_named(keep, folded, lambda p: sentence_at(sentences, p), main_date, body, year_milestone):
        ev = build(dm, main=False, fields_override=(date_fields(dm, dm.year, "stated"), None))   # "gặp gỡ … Xuân 2024"
        if ev is not None and ev["date"] not in seen:
            seen.add(ev["date"])
            events.append(ev)
    for dm in last_year_occasions(keep, folded, b0, b1, writing):   # "chuyến thăm … năm vừa qua"
        if main_date is not None and not (main_date.start <= dm.start < main_date.end):
            ysource = "published" if published is not None else "context"
            ev = build(dm, main=False, fields_override=(date_fields(dm, dm.year, ysource), None))
            if ev is not None and ev["date"] not in seen:
                seen.add(ev["date"])
                events.append(ev)


def _main_day(ev: dict | None):
    """The main event's day as a date, when its year is known (not inferred from nothing)."""
    d = (ev or {}).get("date") or ""
    if len(d) != 10 or not d[:1].isdigit() or (ev or {}).get("year_source") == "unknown":
        return None
    return date(int(d[:4]), int(d[5:7]), int(d[8:10]))
