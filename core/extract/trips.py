"""Trips told over several days: when the range of a trip, not the lead's one day, is the
main event's date (used by :func:`hoptac.core.extract.verdicts.judge` after scoring).

A delegation's trip is one occasion over several days. The lead often dates one of them:
the day it set off, the day it went home, a day of its programme; the trip's days are
given in the lead or the body. Each rule below says when the trip outranks the lead's day.
All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..messages import M_
from .dates import DateMention
from .event_type import clause_of, main_type
from .type_phrases import headline_verb as _headline_verb
from .trip_frames import framed_day
from .signing_told_next import ahead, another_pair, lead_signs
from .undated import FRAMED_LEAD
from .tense_words import says
from .year_from_stamp import TENSE

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["trip_days", "sentence_start", "planned_after_lead"]


def sentence_start(folded: str, pos: int, floor: int) -> int:
    i = max(folded.rfind(". ", floor, pos), folded.rfind("\n", floor, pos), folded.rfind("./.", floor, pos))
    return floor if i < 0 else i + 1


#: (Round 45, late45a: ``trip_end`` is gone. A lead that reports the end of a trip, "Chiều 20/9, đoàn … nhập cảnh về
#: nước, kết thúc tốt đẹp chuyến công tác" or "Sáng 30/11, … lễ tiễn đoàn …", over the trip's days in the body "Từ
#: ngày 16/9 đến 20/9/2023": the golds take the lead's day, the return or the send-off, five labels to one; the trip's days
#: stay another event. docs/accuracy.md "Round 45: late45a".)


#: What makes a range the days of a trip or a programme (folded, in the range's sentence):
#: "chuyến thăm", "lịch trình", "chương trình làm việc", "đoàn công tác", "trong 6 ngày".
_TRIP_WORDS = re.compile(r"\b(?:chuyen (?:tham|cong tac|lam viec)|lich trinh|chuong trinh|doan (?:cong tac|dai bieu)"
                         r"|trong (?:\d+|hai|ba|bon|nam|sau|bay|tam|muoi) ngay|tham(?: va)? lam viec|sang tham)\b")
_TRIP_DAYS_MAX = 15   # a trip, not a season: "từ 1/6 đến 30/9" is no trip's days


def _range_days(n: DateMention) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(first, last) day of a range as (month, day), when both are known and it is short."""
    if not (n.day and n.end_day and n.month):
        return None
    first, last = (n.month, n.day), (n.end_month or n.month, n.end_day)
    span = (last[0] - first[0]) % 12 * 31 + last[1] - first[1]
    return (first, last) if 0 < span <= _TRIP_DAYS_MAX else None


def trip_days(readings: list[Reading], folded: str, paragraphs, text: str = "") -> None:
    """The lead's day is one day of a trip whose days the article gives: the trip is the
    occasion, so its range outranks that day (not its last day when the lead reports the trip's end:
    the return or the send-off is the occasion then, round 45).

    | shape                                   | example                                      |
    |-----------------------------------------|----------------------------------------------|
    | the lead gives the trip's days, then    | "Chương trình làm việc từ ngày 3 đến 7/5. Vào |
    | one of them                             | ngày 3/5, đoàn làm việc với …"                |
    | the lead's day is the first of a trip   | "Sáng 11/6, đoàn … sang thăm, làm việc tại …"|
    | that its sentence reports (a visit),    | and "Chuyến công tác trong 5 ngày, từ 11/6   |
    | whose days the text gives               | đến 15/6"                                    |

    Only a range its sentence tells as a trip or a programme (:data:`_TRIP_WORDS`): a fair's
    days ("Hội chợ diễn ra từ 10 đến 14/5. Sáng 10/5, lễ ký kết …") leave the signing its day.
    Not when the lead's day comes first and the trip is only its frame ("Ngày 26/5, trong
    khuôn khổ chuyến thăm từ ngày 25 đến 29/5, …": the talks of 26/5 are the occasion), nor
    when the lead's sentence reports a ceremony on the trip's first day ("Ngày 19/5, lễ ký
    kết … Đây là nội dung chính trong chuyến thăm … trong hai ngày 19 và 20/5"), nor when the
    trip's days come first as the frame of the day that opens the next clause ("Trong khuôn khổ
    chuyến thăm … (28/11 - 1/12), ngày 30/11, đoàn làm việc với …", :mod:`.trip_frames`)."""
    trip = None   # the first range found to be the trip; it then outranks each of its days
    for r in readings:
        m = r.mention
        if not (r.in_lead and r.verdict == "event" and m.precision == "day" and m.day and m.month
                and not m.end_day):
            continue
        day = (m.month, m.day)
        for o in readings if trip is None else (trip,):
            n = o.mention
            days = _range_days(n) if o.verdict == "range" and o is not r else None
            if days is None:
                continue
            first, last = days
            inside = first <= day <= last if first <= last else (day >= first or day <= last)
            step = o.in_lead and n.end <= m.start and inside          # the lead's day is one of the trip's
            if step and trip is None and framed_day(folded, n, m, _sentence_of(folded, m, paragraphs)[0]) \
                    and not (day == first and _tells_a_visit(folded, m, paragraphs)):
                continue   # "Trong khuôn khổ chuyến thăm … (28/11 - 1/12), ngày 30/11, …": the trip frames the day
            start = (day == first and n.start > m.start and _tells_a_visit(folded, m, paragraphs)
                     and not _told_ahead(folded, n, paragraphs, text))
            if (step or (start and trip is None)) and (trip is not None or _trip_sentence(folded, n, paragraphs)):
                # every day of its programme the lead then gives ("lên đường tối 4/12 …
                # dự diễn đàn sáng 5/12 … chiều 5/12 hội đàm") is a step of the same trip
                o.score = max(o.score, r.score + 1)
                if trip is None:
                    o.why = M_("{why}; the trip the lead's day belongs to", why=o.why)
                trip = o
                break


def _sentence_of(folded: str, n: DateMention, paragraphs) -> tuple[int, int]:
    floor = next((s for s, e in paragraphs if s <= n.start < e), max(0, n.start - 400))
    start = sentence_start(folded, n.start, floor)
    stop = folded.find(". ", n.end)
    return start, (stop if 0 <= stop < n.end + 300 else n.end + 300)


def _tells_a_visit(folded: str, m: DateMention, paragraphs) -> bool:
    """Does the sentence of ``m`` report a visit (not a ceremony, talks or a meeting)?"""
    s, e = _sentence_of(folded, m, paragraphs)
    return main_type(clause_of(folded[s:e], m.start - s))[0] == "visit"


def _told_ahead(folded: str, n: DateMention, paragraphs, text: str = "") -> bool:
    """Is the trip of ``n`` told as still to come ("Từ ngày 17 - 20/6, đoàn sẽ hội đàm với …",
    "Theo chương trình, đoàn sẽ … từ ngày 11 – 14.12")? A page written on the lead's day tells
    the rest of the programme ahead: the lead's day stays the occasion (the trip is its frame).
    The tense words are read as written in ``text`` (the page, offsets shared with ``folded``;
    :mod:`.tense_words`): "đoàn sẽ thăm thành phố Đà Nẵng từ ngày 5 đến 9/5" is told ahead ("Đà" is
    no "đã"), "hai bên chia sẻ kinh nghiệm … từ ngày 5 đến 9/5" is not ("chia sẻ" is no "sẽ")."""
    s, e = _sentence_of(folded, n, paragraphs)
    e = min([i for i in (folded.find(".", n.end, e), folded.find("\n", n.end, e)) if i >= 0] + [e])
    # (year_from_stamp.TENSE: "sẽ", "dự kiến", "sắp" tell it ahead)
    before = [t.group(0) for t in TENSE.finditer(folded, s, n.start) if _written(text, t)]
    after = next((t.group(0) for t in TENSE.finditer(folded, n.end, e) if _written(text, t)), None)
    tense = before[-1] if before else after
    return tense in ("se", "du kien", "sap")


def _written(text: str, m: re.Match) -> bool:
    """Is the folded word ``m`` the word written in ``text`` (:func:`.tense_words.says`; no text: taken as is)?"""
    return not text or says(text, m.start(), m.group(0))


#: A lead that tells its own occasion ahead, or as held ("vừa", "vừa qua"; or framed: undated.FRAMED_LEAD).
#: (Not "đã": folded, it is also "đà", "đà phát triển".)
_AHEAD_WORDS = re.compile(r"\b(?:se|sap|du kien|du dinh|ke hoach|chuan bi)\b")
_DONE_WORDS = re.compile(r"\bvua\b")
#: "kế hoạch" that names a document or a body, not a plan told ahead (round 24): "Kế hoạch số 92/KH-UBND", "ban hành
#: Kế hoạch thực hiện …", "phê duyệt Kế hoạch thực hiện Hiệp định …" (round 32), "Thực hiện Kế hoạch …", "căn cứ Kế hoạch …" (not "Theo kế hoạch, …": a plan), "Sở Kế hoạch và Đầu tư".
_PLAN_NAMED_AFTER = re.compile(r"\s+(?:so\b|va\s+dau\s+tu\b)")
_PLAN_NAMED_BEFORE = re.compile(r"\b(?:ban hanh|thuc hien|trien khai|can cu|tai|ve viec|phe duyet)\s+$")


def names_a_document(folded: str, m: re.Match) -> bool:
    """Is the ahead word ``m`` a "kế hoạch" that names a document or a body (:data:`_PLAN_NAMED_AFTER`,
    :data:`_PLAN_NAMED_BEFORE`)?"""
    return m.group(0) == "ke hoach" and bool(_PLAN_NAMED_AFTER.match(folded, m.end())
                                             or _PLAN_NAMED_BEFORE.search(folded, max(0, m.start() - 12), m.start()))
_WHY_PLANNED = M_("a plan told after an undated lead ('đoàn sẽ thăm … từ ngày …'): not the occasion reported")


def planned_after_lead(readings: list[Reading], folded: str, lead, paragraphs, text: str = "") -> None:
    """A lead that dates its occasion by no day ("Tại buổi tiếp, …") and a day after it told as
    ahead in its own clause ("Phó Chủ tịch cho biết, đoàn … sẽ thăm tỉnh B từ ngày 5 đến 9/5/2025",
    "Dự kiến ngày 20/6, hai bên sẽ ký …"): the plan is not the occasion the page reports (verdict
    "ahead"); with nothing else dated the occasion is undated. A page written about the plan
    itself says so in its lead (then the lead's own date or announcement dates it)."""
    planned_in_lead(readings, folded, lead, paragraphs, text)
    if any(r.in_lead and r.verdict in ("event", "range") and r.mention.day for r in readings):
        return
    lead_told = folded[lead[0]:lead[1]]
    if any(_written(text, a) and not names_a_document(folded, a) for a in _AHEAD_WORDS.finditer(folded, lead[0], lead[1])):
        return   # "Đoàn … sẽ có chuyến thăm …": the plan is the page's (not "Thực hiện Kế hoạch số …", a document)
    # a lead framed by a session, told as done ("vừa"), or dating something else (a letter sent, "Ngày 27/8, tỉnh A cho
    # biết đã có công văn gửi tỉnh B …"): a plan after it is another occasion
    done = any(_written(text, d) for d in _DONE_WORDS.finditer(folded, lead[0], lead[1]))   # "vừa", not "vua"
    framed = bool(FRAMED_LEAD.match(lead_told) or done
                  or any(r.in_lead and r.mention.day and r.verdict == "document" for r in readings))
    # a news issue that reports what was just done ("Báo … số ra ngày 3/8 đưa tin … vừa bàn giao …", after a lead
    # that only describes): a plan after it is another occasion, as after a lead told as done (undated_bounds)
    reported = min((r.mention.end for r in readings if r.verdict == "source" and any(_written(text, d) for d in
                    _DONE_WORDS.finditer(folded, r.mention.end, _sentence_of(folded, r.mention, paragraphs)[1]))), default=None)
    for r in readings:
        m = r.mention
        if r.verdict in ("event", "range") and not r.in_lead and (m.day or m.month) and m.start >= lead[1] \
                and (framed or (reported is not None and reported <= m.start) or _later_than_the_page(readings, r)) \
                and _told_ahead(folded, m, paragraphs, text):   # a month too: "(Dự kiến tổ chức vào tháng 9/2021 …)"
            r.verdict, r.why = "ahead", _WHY_PLANNED


def planned_in_lead(readings: list[Reading], folded: str, lead, paragraphs, text: str = "") -> None:
    """A lead whose first sentence tells its occasion done and undated ("Ban tổ chức … vừa họp bàn, thống nhất …")
    and whose later sentence dates a plan ("Năm nay, tỉnh A đăng cai, dự kiến tổ chức vào dịp …, ngày 4/11."): the
    planned day is not the occasion the page reports (verdict "ahead", late38c), as a plan told after the lead is
    not (:func:`planned_after_lead`). Only "vừa" as written in the first sentence, no day in it, and the later day
    told ahead in its own sentence ("sẽ", "dự kiến", "sắp"); not a day told done ("Hai tỉnh vừa ký kết … Ngày
    5/3, đoàn đã …"), nor a plan issued or made known in the first sentence ("UBND tỉnh A vừa ban hành Kế hoạch tổ
    chức Ngày hội … . Ngày hội sẽ diễn ra từ ngày 12 đến 14/11/2024": the days date it, Dates round 17)."""
    l0, l1 = lead
    first_end = folded.find(". ", l0, l1)
    if first_end < 0 or not any(_written(text, d) for d in _DONE_WORDS.finditer(folded, l0, first_end)):
        return
    if any(l0 <= r.mention.start < first_end and r.mention.day for r in readings):
        return   # the first sentence dates its occasion
    if _ISSUES.search(folded, l0, first_end):
        return   # "… vừa ban hành Kế hoạch tổ chức … . Ngày hội sẽ diễn ra từ ngày …": the planned days date it (Dates round 17)
    for r in readings:
        m = r.mention
        if r.verdict in ("event", "range") and first_end < m.start < l1 and (m.day or m.month) \
                and _told_ahead(folded, m, paragraphs, text):
            r.verdict, r.why = "ahead", _WHY_PLANNED_IN_LEAD


#: A first sentence that issues or makes known a plan: its planned occasion, told in a sentence of its own, is the
#: page's (Dates round 17, learn-rulesdate10 r06's gold), not a plan beside a meeting.
_ISSUES = re.compile(r"\b(?:ban hanh|phe duyet|cong bo)\b")
_WHY_PLANNED_IN_LEAD = M_("a plan the lead dates after its undated occasion told done ('… vừa họp bàn. … dự kiến tổ "
                          "chức … ngày 4/11'): not the occasion reported")


def _later_than_the_page(readings: list[Reading], r: Reading) -> bool:
    """Does ``r`` state a year later than every other year the page tells (at least one)? A plan told ahead
    of next year's occasion ("Tuần Văn hóa … sẽ diễn ra từ ngày 5 đến 11/3/2025" on a page of 2024's years)
    is never the occasion the page reports, whatever its lead says (the year probe's ``plan_week``). A period's
    end ("Biên bản hợp tác giai đoạn 2022 – 2024") is ahead by nature: only its start counts."""
    year = r.mention.end_year or r.mention.year
    others = [y for o in readings if o is not r and o.verdict not in ("teaser", "ahead")
              for y in (o.mention.year, None if o.mention.kind == "period" else o.mention.end_year) if y]
    return bool(year and others) and year > max(others)


def _trip_sentence(folded: str, n: DateMention, paragraphs) -> bool:
    """Does the sentence of ``n`` tell a trip or a programme (:data:`_TRIP_WORDS`)?"""
    s, e = _sentence_of(folded, n, paragraphs)
    return bool(_TRIP_WORDS.search(folded, s, e))


#: A headline that names a signing (folded): "Ký kết biên bản hợp tác với …", "Lễ ký kết …".
_SIGNING_HEADLINE = re.compile("(?:" + "|".join(w[0] + r"(?<!\w.)" + w[1:] for w in (   # (\b(?:ky ket|…)\b: first letters
    "ky ket", "le ky", "ky bien ban", "ky thoa thuan", "ky ban ghi nho")) + r")\b")          # first; test_prefilters)
#: The sentence of a day inside the trip that tells the session where the parties signed.
_SESSION_WORDS = re.compile(r"\b(?:buoi lam viec|le ky|ky ket|ky bien ban|hoi dam)\b")


def signing_day(readings: list[Reading], folded: str, title: str, paragraphs) -> None:
    """A headline that names a signing, over a lead that gives the trip's days, is dated by the
    day of the trip its text gives for the session ("Ký kết biên bản hợp tác với Sở Tư pháp
    tỉnh B" / "trong các ngày từ 11 đến 13/12, Sở … đón tiếp đoàn …" / "Tại buổi làm việc sáng
    ngày 12/12, hai bên …": 12/12). Only a day inside a trip the lead tells (:data:`_TRIP_WORDS`)."""
    if not _SIGNING_HEADLINE.search(title):
        return
    cands = [r for r in readings if r.verdict in ("event", "range")]
    if not cands:
        return
    trip = max(cands, key=lambda r: (r.score, -r.mention.start))
    days = _range_days(trip.mention) if trip.verdict == "range" and trip.in_lead else None
    if days is None or not _trip_sentence(folded, trip.mention, paragraphs):
        return
    first, last = days
    for r in cands:
        m = r.mention
        if r is trip or m.end_day or not (m.day and m.month) or m.start < trip.mention.end:
            continue
        if first <= (m.month, m.day) <= last and (m.year in (None, trip.mention.end_year or trip.mention.year)):
            s, e = _sentence_of(folded, m, paragraphs)
            if _SESSION_WORDS.search(folded, s, e):
                r.score = trip.score + 1
                r.why = M_("{why}; the day of the signing the headline names, inside the trip", why=r.why)
                return


def signing_the_headline_names(readings: list[Reading], folded: str, title: str, paragraphs,
                               text: str | None = None, title_text: str = "") -> None:
    """A headline that names a signing, over a lead whose first date is another occasion and a
    later date of the lead the signing itself, is dated by the signing ("A và B ký kết quy chế
    phối hợp" / "Ngày 28/10, hai bên sơ kết 1 năm … Đồng thời, ngày 21/9, hai bên đã ký kết Quy
    chế …": 21/9). Only a date of the lead whose own clause reports the signing (not one told as
    background: those have other verdicts)."""
    verb = _headline_verb(title)
    if verb is None or verb[0] != "signing":
        return
    cands = [r for r in readings if r.verdict in ("event", "range")]
    if len(cands) < 2:
        return
    best = max(cands, key=lambda r: (r.score, -r.mention.start))
    if not best.in_lead or _clause_type(folded, best.mention, paragraphs) == "signing":
        return
    for r in cands:
        m = r.mention
        if (r is best or not (r.in_lead or _next_paragraph_later(best.mention, m, paragraphs)) or m.precision != "day"
                or m.end_day or _clause_type(folded, m, paragraphs) != "signing"):
            continue
        s, e = _sentence_of(folded, m, paragraphs)
        if not r.in_lead and (ahead(folded, s, e) or another_pair(text, title_text, s, e)
                              or lead_signs(folded, *_paragraph_of(best.mention, paragraphs))):
            continue   # a planned signing, another pair's, or the lead signs already (signing_told_next)
        r.score = best.score + 1
        r.why = M_("{why}; the signing the headline names, over the lead's other occasion", why=r.why)
        return


def _paragraph_of(m: DateMention, paragraphs) -> tuple[int, int]:
    return next(((s, e) for s, e in paragraphs if s <= m.start < e), (m.start, m.end))


def _next_paragraph_later(lead_day: DateMention, m: DateMention, paragraphs) -> bool:
    """Is ``m`` in the paragraph right after the lead day's and a later day of the same year (both written
    with it)? The meeting the lead dates prepared the signing the headline names, told next ("Ngày 17/8/2016,
    hai tỉnh tổ chức hội nghị đánh giá quy chế … Ngày 14/10/2016, … đã ký bổ sung Quy chế"); a signing told
    after the lead with an earlier day is the background the meeting reviews. A month alone ("Trong tháng
    12 năm 2023, … đã ký …" after "Ngày 13 tháng 12 năm 2023") is no later day."""
    if not (lead_day.year and m.year and lead_day.month and lead_day.day and m.month and m.day) or lead_day.end_day:
        return False
    at = [i for i, (s, e) in enumerate(paragraphs) if s <= lead_day.start < e]
    return bool(at) and at[0] + 1 < len(paragraphs) and paragraphs[at[0] + 1][0] <= m.start < paragraphs[at[0] + 1][1] \
        and m.year == lead_day.year and (m.month, m.day) > (lead_day.month, lead_day.day)


def _clause_type(folded: str, m: DateMention, paragraphs) -> str | None:
    """The type of the occasion the clause that opens with ``m`` reports (to its sentence's end)."""
    _, e = _sentence_of(folded, m, paragraphs)
    return main_type(folded[m.start:e])[0]
