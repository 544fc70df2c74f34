"""A main event for a lead that dates no occasion (used by :mod:`hoptac.core.extract.events`
when :func:`~hoptac.core.extract.verdicts.choose_main` finds no date of an occasion): one held
for an anniversary, one told as today's ("Sáng nay, …"), a recent one ("vừa có chuyến thăm"),
or one told undated between two localities on a stamped page. All patterns are matched on
folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Sequence

from dateutil.relativedelta import relativedelta

from .caption_occasion import captions_dating_lead, told_earlier
from .dates import DateMention
from .retrospective_lead import retrospective_lead
from .solar_new_years import month_of_named_year
from .tense_words import SE, says, search_written
from .undated_bounds import cues_agree, cues_disagree, report_issue, stamp_plan
from .undated_lead_year import FRAMED_LEAD, lead_part_year  # noqa: F401 - re-exported (trips, lead_new_year, events)
from .year_cue_kinds import CUE, NEW_YEAR_DAYS, YearCue
from .year_only_told import results_so_far_year, without_review_before_spring

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["RECENT_DAYS", "FRAMED_LEAD", "LATEST_CUES", "lead_part_year", "not_the_recent_occasion", "HEADLINE_OVER", "HEADLINE_DAYS_BEFORE_STAMP", "headline_day", "OCCASION_YEAR_CUES", "RECENT_SAME_MONTH_FROM", "recent_cue", "undated_main"]

_RECENT = re.compile(r"\b(?:vua\s+(?:qua|roi|co|duoc|to chuc|ky|tham|dien ra|ban hanh|den|sang|tiep|lam viec|hoi dam"
                     r"|moi|chinh thuc|trao|ban giao|khanh thanh|phoi hop)|moi day|moi ban hanh)\b")   # ("mới ban hành": just issued)


def recent_cue(folded: str, lead) -> tuple[int, int] | None:
    """'vừa có chuyến thăm', 'vừa được … ký kết', 'Mới đây': an undated recent occasion."""
    m = _RECENT.search(folded, lead[0], lead[1])
    return (m.start(), m.end()) if m else None


_ONE_DAY = relativedelta(days=1)
#: A lead that tells its occasion as recent and dates it by no day ("Vừa qua, …", "Mới đây, …",
#: "Tuần trước, …") leaves the body's dates to say which day it was. A body date is that day only
#: when it lies at most RECENT_DAYS before the page's stamp (and not after it), and is not told
#: as still to come: "Dự kiến, hội chợ … sẽ được tổ chức vào ngày 12/5", "… vào ngày 20/6 tới",
#: an earlier meeting "ngày 12/5/2018" on a page of 2024 are other occasions. Without such a day
#: the occasion is the recent one (the stamp's month): no day rather than a wrong one.
RECENT_DAYS = 45
_RECENT_LEAD = re.compile(r"\b(?:tuan\s+(?:truoc|qua))\b")
_AHEAD_OF_IT = re.compile(rf"\b(?:{SE}|du kien|du dinh|ke hoach to chuc|chuan bi)\b")
_STILL_TO_COME = re.compile(r"\s*(?:\(|,)?\s*(?:toi|sap toi)\b")


def _still_to_come(text: str, folded: str, at: int) -> bool:
    """Does "tới" ("sắp tới") follow the date ending at ``at``, as written in ``text`` (not "tối", an evening:
    "ngày 12/3, tối cùng ngày …"; :mod:`.tense_words`)? With no ``text``, read folded."""
    m = _STILL_TO_COME.match(folded, at)
    return m is not None and (not text or says(text, m.end() - 3, "toi"))
#: The end of a sentence: a stop followed by a space or the end.
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
#: On a page with no stamp, a recent lead's occasion is told by its day alone ("ngày 7/3", "từ ngày 2 -
#: 4/4") or not at all; a sentence that opens with a day or a month and its year and goes on to tell
#: what was done ("Ngày 12/5/2022, hai bên đã tổ chức hội nghị sơ kết …", "Tháng 3/2023, đoàn … sang
#: thăm …") tells another occasion, an earlier one: not the lead's (the lead's occasion wins; its
#: year is left to the cues). A day inside its sentence ("Hội nghị diễn ra ngày 12/5/2023") and a
#: stay of several days ("Từ ngày 2 - 4/4/2024, đoàn …") may be the lead's own and stay candidates.
_OPENS_A_STORY = re.compile(r"\W*(?:vao\s+)?")
#: Inside its sentence, such a day is another occasion's when the sentence opens with an occasion
#: the lead does not name ("Hội nghị sơ kết được tổ chức ngày 12/5/2022 …" after "Vừa qua, … ký kết
#: thỏa thuận …"); not when it names the lead's ("Hội nghị xúc tiến … diễn ra ngày …" after "Vừa qua,
#: … tổ chức Hội nghị xúc tiến …") or points back to it with a bare noun ("Hội nghị diễn ra …").
_SENTENCE_HEAD = re.compile(r"\W*((?:hoi nghi|hoi thao|dien dan|le|buoi le|buoi lam viec|chuong trinh|su kien|le hoi"
                            r"|hoi cho|cuoc hop|cuoc hoi dam|chuyen tham)(?:\s+(?!(?:duoc|da|dien|to chuc|khai mac|vao|ngay"
                            r"|se|la|co|tai|cua|voi|nam)\b)[a-z]+){0,6})\s+(?:duoc|da|dien ra|to chuc|khai mac|vao|ngay|tai)\b")


#: RETOLD_LEAD (round 58): a recent lead told with no day ("Vừa qua, hội A, xã B, huyện C đã có chuyến thăm …")
#: is often retold just after it with its day, the same actors named again word for word after the date's
#: comma ("… ngày 14/11/2019, hội A, xã B, huyện C đã trao quà …"): that day is the lead's occasion's, not
#: another's. Only right after the lead (RETOLD_REACH characters) and only when the first RETOLD_WORDS words
#: after the comma are the lead's own, in order: "Ngày 12/5/2022, hai bên đã tổ chức hội nghị sơ kết" after
#: "Vừa qua, hai bên đã ký kết …" shares too few.
RETOLD_WORDS = 8
RETOLD_REACH = 400
_WORD = re.compile(r"[a-z0-9]+")


def _retells_lead(folded: str, m: DateMention, lead) -> bool:
    """Does the date ``m``, just after the lead and followed by a comma, open a retelling of the lead's actors?"""
    if not 0 <= m.start - lead[1] <= RETOLD_REACH or not folded[m.end:m.end + 3].lstrip().startswith(","):
        return False
    stop = folded.find(".", m.end, m.end + 240)
    words = _WORD.findall(folded, m.end, stop if stop > 0 else m.end + 240)[:RETOLD_WORDS]
    return len(words) == RETOLD_WORDS and f" {' '.join(words)} " in f" {' '.join(_WORD.findall(folded, lead[0], lead[1]))} "


def _another_named(folded: str, s: int, at: int, lead) -> bool:
    """Does the sentence at ``s`` open with an occasion named otherwise than the lead names its own
    (see _SENTENCE_HEAD), the day at ``at`` inside it?"""
    head = _SENTENCE_HEAD.match(folded, s, at)
    if head is None or " " not in head.group(1).removeprefix("buoi ").removeprefix("cuoc "):
        return False   # no occasion named, or a bare noun pointing back at the lead's
    return folded.find(head.group(1), lead[0], lead[1]) < 0


#: The cues whose year the page tells of as its present (a recent occasion is no earlier than it),
#: besides its dates: an anniversary counted from a day or named ("kỷ niệm 45 năm Ngày ký Hiệp ước
#: (18/7/1977)", "kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào": 2022), a year said to
#: be one, a milestone counted back ("cách đây 40 năm").
LATEST_CUES = frozenset({"anniversary", "known_anniversary", "anniversary_year", "years_ago"})


def not_the_recent_occasion(readings: list[Reading], folded: str, lead, published,
                            cues: Sequence[YearCue] = (), text: str = "") -> set[int]:
    """The ids of the body's readings that cannot date a lead's recent occasion told with no day
    (see RECENT_DAYS); an empty set when the lead is not such a lead. ``cues``: the page's year
    cues, of which LATEST_CUES count towards the latest year the page tells of."""
    l0, l1 = lead
    cands = [r for r in readings if r.verdict in ("event", "range", "issued", "caption")
             and r.mention.kind == "date" and r.mention.precision in ("day", "month")]   # (as choose_main)
    if any(l0 <= r.mention.start < l1 for r in cands):
        return set()
    stamp = (published.date() if hasattr(published, "date") else published) if published is not None else None
    if not (recent_cue(folded, lead) or _RECENT_LEAD.search(folded, l0, l1)):
        return _not_the_reported_one(cands, folded, lead, stamp)
    # the latest year the page tells of (a recent occasion is no earlier than it)
    latest = max((y for r in readings if r.verdict not in ("teaser", "period", "deadline")
                  for y in (r.mention.year, r.mention.end_year) if y), default=None)
    told = [c.year for c in cues if c.name in LATEST_CUES]
    if told:
        latest = max(told + ([latest] if latest else []))
    out = set()
    lends = captions_dating_lead(cands, folded, lead, _SENTENCE_HEAD) if stamp is None else set()   # caption_occasion
    for r in cands:
        m = r.mention
        if m.year and latest and max(m.year, m.end_year or 0) < latest:
            out.add(id(r))   # "ngày 14/5/2018" on a page that tells of 2019: not the recent one
            continue
        s = max(folded.rfind(".", 0, m.start), folded.rfind("\n", 0, m.start)) + 1
        if _AHEAD_OF_IT.search(folded, s, m.start) or _still_to_come(text, folded, m.end):
            out.add(id(r))   # told as still to come
        elif stamp is None and m.year and not m.end_day and id(r) not in lends and (
                _OPENS_A_STORY.fullmatch(folded, s, m.start) or _another_named(folded, s, m.start, lead)
                or (r.verdict == "caption" and told_earlier(folded, s, m.start))):   # "Lễ ký kết năm trước …"
            if not _retells_lead(folded, m, lead):
                out.add(id(r))   # "Ngày 12/5/2022, hai bên đã tổ chức …": another occasion, told with its year
        elif stamp is not None and m.month:
            gaps = []
            for year in (m.year,) if m.year else (stamp.year, stamp.year - 1):
                try:
                    gaps.append((stamp - _dt.date(year, m.month, m.day or 15)).days)
                except ValueError:
                    continue
            if not any(-1 <= g <= RECENT_DAYS + (0 if m.day else 15) for g in gaps):
                out.add(id(r))   # not within the weeks before the stamp
    return out
def _not_the_reported_one(cands: list[Reading], folded: str, lead, stamp) -> set[int]:
    """On a stamped page whose lead tells its occasion with no day and no 'vừa' (a report of what
    just happened), the ids of the body's days told with their own year in a sentence that opens
    with them or names another occasion (see _OPENS_A_STORY) that lie far from the stamp: months
    before it ("Ngày 12/5/2022, hai bên đã tổ chức hội nghị sơ kết …" on a page of 2023) or after
    it. (events then keeps the lead's occasion undated: the stamp may be a later republication's.)"""
    if stamp is None:
        return set()
    out = set()
    for r in cands:
        m = r.mention
        if not m.year or m.end_day or not m.month:
            continue
        s = max(folded.rfind(".", 0, m.start), folded.rfind("\n", 0, m.start)) + 1
        if not (_OPENS_A_STORY.fullmatch(folded, s, m.start) or _another_named(folded, s, m.start, lead)):
            continue
        try:
            gap = (stamp - _dt.date(m.year, m.month, m.day or 15)).days
        except ValueError:
            continue
        if not -1 <= gap <= RECENT_DAYS + (0 if m.day else 15):
            out.add(id(r))
    return out


#: From this day of the month a page's 'vừa qua' occasion is dated by the page's month; on
#: the first days ('Cập nhật: 03/11/2014' over 'Vừa qua, …') it may have been the month
#: before, so only the year is given (and nothing in the first days of January).
RECENT_SAME_MONTH_FROM = 8
#: FLOOR_TO_STAMP: an occasion told undated in a month's first days, whose page tells what it carries
#: out dated days before the stamp ("Để triển khai Kế hoạch số … ngày 26/9/2023 của UBND thành phố B,
#: UBND tỉnh A đã ban hành văn bản …" stamped 02/10/2023; "Thực hiện Công văn … ngày 28/2/2024, …"
#: stamped 04/03/2024), lies between the two: their year (their month when both share it).
#: A lead that dates itself by the day of publication: "Sáng nay, tại …", "Hôm qua, …"
#: (no number follows: "Sáng nay (13/3)" is read as a date).
_TODAY = re.compile(r"\W*(?:\([^()]{1,40}\)\s*-?\s*|[a-z][a-z0-9.&]{1,15}\s*-\s*)?"
                    r"((?:sang|chieu|toi|trua|hom)\s+(nay|qua))\b(?!\s*[(,]?\s*\d)")
#: An occasion told with no date, no 'vừa' and no stamp on the page is dated by its year only
#: when a cue of these kinds gives the year of the occasion itself ("dự Lễ hội Hoa Ban năm 2024",
#: "nhân dịp kỷ niệm … (1962 - 2022)", "Năm 2017 là năm … kỷ niệm …", "chúc Tết Nguyên đán Giáp
#: Thìn 2024") and no strong cue
#: disagrees; a plan or results of a year ('phương hướng năm 2023') may be told the year before.
OCCASION_YEAR_CUES = frozenset({"lead_part_year", "annual_edition", "named_year", "quoted_name", "anniversary", "known_anniversary", "anniversary_year", "spring",
                                "years_ago", "review_since", "new_year_after"})
#: A lead that opens with a part of a stated year and tells its occasion done: "Cuối năm 2024, đoàn
#: công tác huyện A đã đến thăm …", "(TTXVN) - Đầu năm 2019, …" -- the year the lead states (year
#: precision). Not a bare "Năm 2024, …" (the results of a year, told at its review the year after)
#: nor a plan ("Đầu năm 2025, hai bên sẽ …", _AHEAD).
_PART_OF_YEAR = re.compile(r"\W*(?:\([^()]{1,40}\)\s*-?\s*|[a-z][a-z0-9.&]{1,15}\s*-\s*)?"
                           r"((?:vao\s+)?(?:dau|cuoi|giua)\s+nam\s+((?:19|20)\d\d))\s*,")
_AHEAD = re.compile(r"\b(?:se|du kien|ke hoach|chuan bi|phuong huong|nhiem vu)\b")


#: A lead that reviews a stretch of time, not one occasion ("Thời gian qua, huyện A đã duy trì …",
#: "Những năm qua, …", "trong nhiều năm gần đây", "5 năm qua"): on a stamped page it is not dated by the stamp.
_REVIEWED_LEAD = re.compile(r"\b(?:thoi gian qua|(?:nhung|nhieu|\d+)\s+nam\s+(?:qua|gan day)|thoi gian gan day)\b")


_OCCASION = re.compile(r"\b(?:nhan dip|dip|chao mung|huong toi|ky niem)\b")
#: The lead's occasion named with its edition and its year, on a page with no stamp: "Vừa qua, … tổ
#: chức Diễn đàn du lịch … lần thứ 3, năm 2024"; "Mới đây, Hội nghị xúc tiến đầu tư … lần thứ II năm
#: 2019 đã diễn ra": that year (year precision), when no strong cue gives another.
_EDITION_YEAR = re.compile(r"\blan thu\s+(?:\d{1,2}|[ivx]{1,5}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s*,?\s*"
                           r"(?:-\s*)?nam\s+((?:19|20)\d\d)\b")


def undated_main(text: str, folded: str, readings: list[Reading], lead, published, cues: list[YearCue],
                 told: bool = False, floor: _dt.date | None = None):
    """A main event for a lead that dates no occasion: one held for an anniversary
    ('Nhân dịp kỷ niệm 70 năm … (2/9/1954 – 2/9/2024), … đã diễn ra lễ kết nghĩa': the
    year 2024), or a recent one ('vừa có chuyến thăm', 'vừa được … ký kết': the
    publication month -- only its year in a month's first days, see
    RECENT_SAME_MONTH_FROM --, else the article's year). An occasion the lead tells between
    two localities (``told``) with no date and no 'vừa' on a page with its own publication
    stamp is dated by the stamp's month too (a report tells what just happened: 'Ngày đăng:
    10/01/2020' over a New-Year visit told undated), but in a month's first days not at all,
    nor when the text names a year after the stamp's (then the stamp is not this report's).
    In a month's first days, a ``floor`` (what the occasion carries out) of the stamp's year and
    at most RECENT_DAYS before it leaves the occasion between the two: their year (see FLOOR_TO_STAMP).
    Returns (mention, fields, cue) or None."""
    l0, l1 = lead
    for r in readings:
        m = r.mention
        if r.verdict == "anniversary" and l0 <= m.start < l1 and m.end_year and _OCCASION.search(folded, max(l0, m.start - 160), m.start):
            month, day = m.end_month or m.month, m.end_day or m.day
            if month and day and _near_new_year(month, day):
                continue   # '(1/1/1997 - 1/1/2017)': the occasion may be held on 30/12/2016
            if published is not None and m.end_year > published.year:
                continue   # '(1960 - 2020)' on a page stamped 2019: an anniversary still ahead, prepared
            dm = DateMention(m.start, m.end, m.text, None, None, m.end_year, precision="year", rule="anniversary")
            cue = YearCue(m.start, m.end_year, "anniversary", CUE["anniversary"].weight, m.start, m.end)
            return dm, _fields(dm, m.end_year, None, "context"), cue
    today = _TODAY.match(folded, l0, l1)
    if today is not None and published is not None:  # "Sáng nay, tại …": the day of publication
        s, e = today.start(1), today.end(1)
        on = published - _ONE_DAY if today.group(2) == "qua" else published
        dm = DateMention(s, e, text[s:e], on.day, on.month, on.year, rule="today")
        return dm, _fields(dm, on.year, on.month, "published", on.day), None
    part = _PART_OF_YEAR.match(folded, l0, l1)
    if part is not None:   # "Cuối năm 2024, đoàn … đã đến thăm …": the year the lead states
        stop = _SENTENCE_END.search(folded, part.end(), l1)
        if not search_written(_AHEAD, text, folded, part.end(), stop.start() if stop else l1):   # not "chia sẻ"
            s, e, year = part.start(1), part.end(1), int(part.group(2))
            dm = DateMention(s, e, text[s:e], None, None, year, precision="year", rule="lead_year")
            fields = _fields(dm, year, None, "stated")
            fields["year_inferred"] = False
            return dm, fields, None
    if any(r.verdict == "lunar" and l0 <= r.mention.start < l1 for r in readings):
        return None  # 'Ngày 10/3 âm lịch, …': dated, but by the lunar calendar -- not the stamp's month
    span = recent_cue(folded, lead)
    rule = "recent"
    if span is None and (issue := report_issue(text, folded, readings, lead, published, RECENT_SAME_MONTH_FROM, RECENT_DAYS)):
        return issue   # "Báo … số ra ngày 14/9 đưa tin … vừa bàn giao …" after the lead (undated_bounds)
    if span is None:
        if not told:
            return None
        if published is None:   # a report tells what just happened: its writing year, if the cues agree
            if retrospective_lead(readings, folded, (l0, l1), None):
                return None  # the same retrospective with no stamp: its anniversary's end year is no occasion's (late54e)
            span, rule = (l0, l0), "told"
        elif not _floor_near(published, floor) and any(
                max(r.mention.year or 0, r.mention.end_year or 0) > published.year for r in readings
                if r.mention.rule != "target_year" and (r.verdict != "period" or (r.mention.year or 0) > published.year)):
            # (a period that runs through the stamp's year, "giai đoạn 2012 – 2017" on a 2014
            # page, is an agreement's term or a plan: no sign of a later report; nor is a target's
            # horizon, "đến năm 2030", "tầm nhìn đến năm 2045": a plan looks ahead of its writing)
            return None  # a year after the stamp's: the stamp is not this report's own
        elif _REVIEWED_LEAD.search(folded, l0, l1):
            return None  # "thời gian qua, huyện A đã duy trì quan hệ …": a review of years, no one occasion
        elif retrospective_lead(readings, folded, (l0, l1), published):
            return None  # the lead tells a day decades before the stamp: a retrospective, no recent occasion (retrospective_lead)
        else:
            span, rule = (l0, l0), "stamped"  # an occasion told undated on a stamped page: as a recent one
    s = span[0]
    e = min(l1, s + 40)
    e = text.rfind(" ", s, e) if " " in text[s:e] else e
    if published is not None and published.day >= RECENT_SAME_MONTH_FROM:
        dm = DateMention(s, e, text[s:e].strip(), None, published.month, published.year, precision="month", rule=rule)
        return dm, _fields(dm, published.year, published.month, "published"), None
    if published is not None and _floor_near(published, floor):   # "Để triển khai Kế hoạch … ngày 26/9/2023, …" on 02/10/2023
        stamp = _day(published)
        month = stamp.month if floor.month == stamp.month else None
        dm = DateMention(s, e, text[s:e].strip(), None, month, stamp.year, precision="month" if month else "year", rule=rule)
        return dm, _fields(dm, stamp.year, month, "published"), None
    if published is not None:  # early in a month, 'vừa qua' may well be the month before: the year only
        if rule == "stamped" and (plan := stamp_plan(cues, (l0, l1), published)) is not None:   # (undated_bounds)
            dm = DateMention(s, e, text[s:e].strip(), None, None, published.year, precision="year", rule=rule)
            return dm, _fields(dm, published.year, None, "published"), plan
        if published.month == 1 or rule == "stamped":
            return None  # ... or the year before; and with no 'vừa', no guess at all
        dm = DateMention(s, e, text[s:e].strip(), None, None, published.year, precision="year", rule=rule)
        return dm, _fields(dm, published.year, None, "published"), None
    # the writing year: results so far ("kết quả đầu năm 2024") tell it best
    strong = [c for c in cues if c.name == "so_far"] or [
        c for c in cues if c.weight >= CUE["spring"].weight and c.name != "review_period"
        and not (c.day_month and _near_new_year(*c.day_month))]
    strong = without_review_before_spring(strong)   # the year a Tết greeting reviews (year_only_told, round 46)
    years = {c.year for c in strong}
    edition = _EDITION_YEAR.search(folded, l0, l1)
    if edition is not None and years <= {int(edition.group(1))}:
        # "Vừa qua, … tổ chức Diễn đàn … lần thứ 3, năm 2024": the occasion named with its edition and year
        es, ee, year = edition.start(), edition.end(), int(edition.group(1))
        dm = DateMention(es, ee, text[es:ee], None, None, year, precision="year", rule=rule)
        return dm, _fields(dm, year, None, "context"), YearCue(es, year, "named_year", CUE["named_year"].weight, es, ee)
    if not years and rule == "recent" and (agreed := cues_agree(cues)) is not None:   # (undated_bounds)
        dm = DateMention(s, e, text[s:e].strip(), None, None, agreed.year, precision="year", rule=rule)
        return dm, _fields(dm, agreed.year, None, "context"), agreed
    if len(years) != 1 or cues_disagree(without_review_before_spring(cues), next(iter(years))):
        return None  # no cue, or cues that disagree (month by month: undated_bounds): no year to give
    if rule == "told" and not any(c.name in OCCASION_YEAR_CUES or (c.name == "so_far" and l0 <= c.pos < l1) for c in strong):
        if (told_so_far := results_so_far_year(cues, readings)) is None:   # (year_only_told, round 45)
            return None  # not even 'vừa': only the occasion's own year will do (or results so far told at it)
        strong = [told_so_far]
    best = max(strong, key=lambda c: c.weight)
    # "nhân dịp Tết cổ truyền Bunpimay 2022": the festival's name gives its month too (solar_new_years)
    month = month_of_named_year(folded, best.pos) if best.name == "named_year" else None
    dm = DateMention(s, e, text[s:e].strip(), None, month, best.year, precision="month" if month else "year", rule=rule)
    return dm, _fields(dm, best.year, month, "context"), best


#: The undated readings a day in the headline outranks: a recent occasion ("Vừa qua, …"), one told
#: undated on a stamped page, one dated by a cue's year -- all only as precise as a month or a
#: year, where the headline gives the day ("Huyện A đón đoàn huyện B ngày 5/12" over "Vừa qua,
#: đoàn công tác huyện B đến thăm …"). Not "today" (the lead gives the day itself) nor
#: "anniversary" (the year of an anniversary's occasion, which the headline may not be).
HEADLINE_OVER = frozenset({"recent", "stamped", "told"})
#: A headline's day is taken over a stamped page's month only when it lies at most this many days
#: before the stamp (a report tells what just happened; a later day is an occasion announced).
HEADLINE_DAYS_BEFORE_STAMP = 45


def headline_day(readings: list[Reading], published) -> DateMention | None:
    """The day and month the headline gives (the first, when it gives one only), when it is not
    after the page's stamp and not long before it."""
    days = [r.mention for r in readings if r.verdict == "headline" and r.mention.kind == "date"
            and r.mention.precision == "day" and not r.mention.end_day]
    if len(days) != 1:
        return None
    m = days[0]
    if published is None:
        return m
    stamp = published.date() if hasattr(published, "date") else published
    for year in (m.year,) if m.year else (stamp.year, stamp.year - 1):
        try:
            gap = (stamp - _dt.date(year, m.month, m.day)).days
        except ValueError:
            continue
        if 0 <= gap <= HEADLINE_DAYS_BEFORE_STAMP:
            return m
    return None


def _day(published) -> _dt.date:
    return published.date() if isinstance(published, _dt.datetime) else published


def _floor_near(published, floor: _dt.date | None) -> bool:
    """Is ``floor`` of the stamp's year and at most RECENT_DAYS before it (FLOOR_TO_STAMP)?"""
    return floor is not None and 0 <= (_day(published) - floor).days <= RECENT_DAYS and floor.year == published.year


def _near_new_year(month: int, day: int) -> bool:
    """Is an anniversary's day within NEW_YEAR_DAYS of a new year (its occasion, held in the days
    around it, may fall in the other year)?"""
    return (month == 1 and day <= NEW_YEAR_DAYS) or (month == 12 and day > 31 - NEW_YEAR_DAYS)


def _fields(dm: DateMention, year: int, month: int | None, source: str, day: int | None = None) -> dict:
    date = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    return {"date": date, "date_end": None, "precision": "day" if day else "month" if month else "year",
            "year_inferred": True, "year_source": source, "date_text": dm.text}
