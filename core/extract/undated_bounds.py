"""What dates a lead's occasion told with no day when the page has no stamp to lend its month, or when the
page's report of it lies outside the lead (round 37: partial37). Asked only by
:func:`hoptac.core.extract.undated.undated_main`, for a lead that dates no occasion. Three rows, on folded
text:

=================  ===========================================================================================
what               example (written for the table) → the main date
=================  ===========================================================================================
``cues_agree``     lead "Vừa qua, Công an huyện A đã có buổi hội đàm với đoàn Công an huyện B." (no stamp), body
                   "… kết quả thực hiện biên bản ghi nhớ giữa hai đơn vị năm 2021" (review_year: 2021, or 2022 in
                   January-February) and "… thống nhất ký kết nội dung hợp tác trong năm 2021-2022" (plan_period:
                   2021, or 2020 in November-December): every month of the calendar leaves the one year 2021 →
                   ``2021`` (year only)
``cues_disagree``  lead "Vừa qua, lãnh đạo huyện A đã hội đàm với đoàn huyện B." (no stamp), body "… kết quả phối
                   hợp năm 2021. Hai bên thống nhất kế hoạch hợp tác năm 2022": the plan (a strong cue) says 2022, the
                   review 2021 in most months: a year's end or the next year's start → no date (before: ``2022``)
``report_issue``   lead "Theo báo chí Lào, nằm ở trung tâm tỉnh B, trạm y tế có 8 phòng khám …" and after it
                   "Báo Pasaxon số ra ngày 14/9 đưa tin tỉnh A vừa bàn giao một trạm y tế cho tỉnh B." on a page
                   stamped 15/09/2024: the issue that reports what was just done bounds it → ``2024-09``; an issue
                   of 3/9 → ``2024`` (year only, as a stamp in a month's first days: RECENT_SAME_MONTH_FROM)
``stamp_plan``     lead "Ban CHQS huyện A và Chi khu Quân sự B ký kết quy chế kết nghĩa và biên bản hợp tác năm
                   2030." (no 'vừa') on a page stamped 03/08/2030 (a month's first days: the occasion is of August
                   or July, and the stamped rule gives no guess alone), the lead's own plan for the year
                   (plan_year, or plan_period "ký kết chương trình phối hợp giai đoạn 2030 - 2034") giving 2030 in
                   both months → ``2030`` (year only; round 44, late44c). Not in January (December is of another
                   year), not a plan the lead does not tell, not a plan that names another year than the stamp's
=================  ===========================================================================================

Counter-shapes (no date): ``cues_disagree`` -- results so far ('so_far': "kết quả 6 tháng đầu năm 2022") tell
the writing year and are never vetoed; a plan for 2022 and a period signed from 2022 agree (2022 in most months
each). ``cues_agree`` -- a review of a year alone ("kết quả … năm 2021": held in 2021 or early
2022), a review and a plan that leave two years ("… năm 2021" with "… trong năm 2022-2023": 2021 from November,
2022 up to March), a cue that bounds no month (a month for which no cue of weight AGREE_WEIGHT or more says a
year lets any year in), a page with a stamp (its month or year is the undated path's own), a lead with no
'vừa' (an occasion told undated with no sign it is recent takes only the occasion's own year: OCCASION_YEAR_CUES).
``report_issue`` -- an issue in January's first days (the occasion may be of the year before), an issue with no
year on a page with no stamp, or whose day lies more than RECENT_DAYS before the stamp or after it (the stamp is a
republication's or a mirror's, not the report's; an issue with no year takes the stamp's only within
ISSUE_BEFORE_STAMP_DAYS), a 'vừa' before the issue in the lead (the lead's own recent
occasion: the undated path's), an issue with no 'vừa' after it in its sentence, more than one issue.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Sequence

from .dates import DateMention
from .tense_words import says
from .year_cue_kinds import CUE, NEW_YEAR_DAYS, YearCue, cue_shift

__all__ = ["AGREE_WEIGHT", "ISSUE_AFTER_LEAD", "ISSUE_BEFORE_STAMP_DAYS", "STAMP_PLANS", "UNDATED_BOUNDS", "cues_agree", "cues_disagree",
           "report_issue", "stamp_plan"]

#: The rows above, for the docs and the tests: (name, example, what it gives).
UNDATED_BOUNDS: tuple[tuple[str, str, str], ...] = (
    ("cues_agree", "Vừa qua, … hội đàm … kết quả thực hiện biên bản ghi nhớ … năm 2021 … ký kết nội dung hợp tác "
     "trong năm 2021-2022", "2021: the one year every month leaves (year only)"),
    ("cues_disagree", "Vừa qua, … hội đàm … kết quả phối hợp năm 2021. … kế hoạch hợp tác năm 2022",
     "no date: the strong cue's 2022 against the review's 2021 (a year's end or the next year's start)"),
    ("report_issue", "Báo Pasaxon số ra ngày 14/9 đưa tin tỉnh A vừa bàn giao … (stamped 15/09/2024)",
     "2024-09: the issue's month (its year only in a month's first days)"),
    ("stamp_plan", "Ban CHQS huyện A và Chi khu Quân sự B ký kết … biên bản hợp tác năm 2030. (stamped 03/08/2030)",
     "2030: the stamp's month or the one before, the lead's plan giving 2030 in both (year only)"),
)
#: The cues of the lead's own occasion that, with a stamp of a month's first days, give its year (stamp_plan).
STAMP_PLANS = frozenset({"plan_year", "plan_period"})
#: The cues weighed month by month (``cues_agree``): a plan for a period (plan_period, 55) and stronger. The
#: weaker ones (a period in a sentence that reports an occasion, a bare 'năm Y') say little of the page's year.
AGREE_WEIGHT = CUE["plan_period"].weight
#: An issue told by its day and month takes the stamp's year only when it lies at most this many days before the
#: stamp: a page relays a paper's report within days ("Báo chí Lào số ra ngày 3/8 đưa tin …" stamped 03/08); a stamp a
#: month after the issue may be a year and a month after it as well (a republication: the year probe's stamp+1y1m).
ISSUE_BEFORE_STAMP_DAYS = 7
#: A report's issue lies in the lead or at most this many characters after it (the paragraph after a lead that
#: only describes: "Theo báo chí Lào, …" then "Báo … số ra ngày 3/8 đưa tin … vừa bàn giao …").
ISSUE_AFTER_LEAD = 600
_RECENT_AFTER = re.compile(r"\b(?:vua|moi day)\s+[a-z]")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def cues_agree(cues: Sequence[YearCue]) -> YearCue | None:
    """The year that the cues of weight AGREE_WEIGHT or more leave in every month of the calendar
    (``cues_agree``): for each month, the years the cues bounding it allow (their year plus the kind's shift
    for that month, :func:`~.year_cue_kinds.cue_shift`); one year over all months, and every month bounded, or
    None. The record names the two strongest cues that bound it."""
    use = _weighed(cues)
    years = _month_years(use)
    if years is None or len(years) != 1:
        return None
    year = years.pop()
    first, second = sorted(use, key=lambda c: (-c.weight, c.start))[:2]
    if second.name == first.name:
        second = next(c for c in use if c.name != first.name)
    a, b = sorted((first, second), key=lambda c: c.start)
    return YearCue(a.pos, year, "cues_agree", min(a.weight, b.weight), a.start, a.end, also=(b.start, b.end))


def cues_disagree(cues: Sequence[YearCue], year: int) -> bool:
    """Does a cue of weight AGREE_WEIGHT or more give, in most months of the calendar, another year than
    ``year``, the year a strong cue gives an undated occasion (``cues_disagree``)? A review of 2021 and a plan
    for 2022 ("… kết quả phối hợp năm 2021 … kế hoạch hợp tác năm 2022") are told at the year's end or early in
    the next: either year, so none. Results so far ('so_far') tell the writing year: no veto."""
    if any(c.name == "so_far" for c in cues):
        return False
    return any(_most_months(c) not in (None, year) for c in _weighed(cues))


def _most_months(cue: YearCue) -> int | None:
    """The year ``cue`` gives in most months (None where no month has one, or two years tie)."""
    counts: dict[int, int] = {}
    for month in range(1, 13):
        if (add := cue_shift(cue, CUE[cue.name], month, None)) is not None:
            counts[cue.year + add] = counts.get(cue.year + add, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.get)


def _weighed(cues: Sequence[YearCue]) -> list[YearCue]:
    return [c for c in cues if c.name in CUE and c.weight >= AGREE_WEIGHT
            and not (c.day_month and _near_new_year(*c.day_month))]


def _month_years(use: list[YearCue]) -> set[int] | None:
    """The years the cues allow, month by month, over the calendar: None for fewer than two kinds (one kind
    alone: the undated path's own rule) or a month that no cue bounds (any year may be the occasion's)."""
    if len({c.name for c in use}) < 2:
        return None
    years: set[int] = set()
    for month in range(1, 13):
        allowed: set[int] | None = None
        for c in use:
            add = cue_shift(c, CUE[c.name], month, None)
            if add is not None:
                allowed = {c.year + add} if allowed is None else allowed & {c.year + add}
        if allowed is None:
            return None
        years |= allowed
    return years


def report_issue(text: str, folded: str, readings: Sequence, lead, published,
                 same_month_from: int, recent_days: int):
    """The main event of a lead that tells no recent occasion, when a news source's issue in the lead or
    just after it reports one ('Báo … số ra ngày 14/9 đưa tin … vừa bàn giao …', ``report_issue``):
    (mention, fields, cue) or None. ``same_month_from``, ``recent_days``: undated's RECENT_SAME_MONTH_FROM
    and RECENT_DAYS (passed in: undated imports this module)."""
    l0, l1 = lead
    issues = [r.mention for r in readings if r.verdict == "source"]
    if len(issues) != 1:
        return None
    m = issues[0]
    if not (m.day and m.month and l0 <= m.start < l1 + ISSUE_AFTER_LEAD) or m.end_day or m.end_month:
        return None
    stop = _SENTENCE_END.search(folded, m.end)
    told = _recent_written(text, folded, m.end, stop.start() if stop else len(folded))
    if told is None or _recent_written(text, folded, l0, m.start):
        return None   # no 'vừa' told by the issue, or the page told a recent occasion before it
    if any(r.verdict in ("event", "range") and l0 <= r.mention.start < m.start for r in readings):
        return None   # a day told before the issue: the page's occasion is dated otherwise
    year = m.year or _issue_year(m, published, min(recent_days, ISSUE_BEFORE_STAMP_DAYS))
    if year is None:
        return None
    if m.year and published is not None and (g := _gap(published, year, m)) is not None and g < -1:
        return None   # a stamp before the issue: not the report's own page
    if m.day < same_month_from and m.month == 1:
        return None   # an issue of the first days of January: the occasion may be of the year before
    month = m.month if m.day >= same_month_from else None
    s = told.start()
    e = min(stop.start() if stop else len(text), s + 40)
    e = text.rfind(" ", s, e) if " " in text[s:e] else e
    dm = DateMention(s, e, text[s:e].strip(), None, month, year, precision="month" if month else "year",
                     rule="report_issue")
    date = f"{year:04d}" + (f"-{month:02d}" if month else "")
    fields = {"date": date, "date_end": None, "precision": "month" if month else "year",
              "year_inferred": m.year is None, "year_source": "context", "date_text": dm.text}
    w0 = max(folded.rfind(".", l0, m.start), folded.rfind("\n", l0, m.start), l0 - 1) + 1
    return dm, fields, YearCue(m.start, year, "report_issue", 0, w0, m.end)


def _recent_written(text: str, folded: str, start: int, end: int) -> re.Match | None:
    """The first 'vừa …' / 'mới đây' in folded[start:end] as written ("vừa", not "vua", a king: tense_words.says)."""
    return next((r for r in _RECENT_AFTER.finditer(folded, start, end)
                 if r.group(0).startswith("moi") or says(text, r.start(), "vua")), None)


def _issue_year(m: DateMention, published, recent_days: int) -> int | None:
    """The year of an issue told by its day and month: the stamp's (or the year before, across a new year)
    when the issue lies at most ``recent_days`` before the stamp (a day after it: a time zone's slack)."""
    if published is None:
        return None
    stamp = published.date() if isinstance(published, _dt.datetime) else published
    for year in (stamp.year, stamp.year - 1):
        gap = _gap(stamp, year, m)
        if gap is not None and -1 <= gap <= recent_days:
            return year
    return None


def _gap(published, year: int, m: DateMention) -> int | None:
    stamp = published.date() if isinstance(published, _dt.datetime) else published
    try:
        return (stamp - _dt.date(year, m.month, m.day)).days
    except ValueError:
        return None


def _near_new_year(month: int, day: int) -> bool:
    return (month == 1 and day <= NEW_YEAR_DAYS) or (month == 12 and day > 31 - NEW_YEAR_DAYS)


def stamp_plan(cues: Sequence[YearCue], lead, published) -> YearCue | None:
    """The lead's own plan for a year (STAMP_PLANS) on a page stamped in a month's first days, when every such
    cue the lead tells gives the stamp's year both in the stamp's month and in the month before (the occasion
    told undated is of one of them): that cue (``stamp_plan``), else None. Not in January."""
    if published is None or published.month == 1:
        return None
    l0, l1 = lead
    told = [c for c in cues if c.name in STAMP_PLANS and l0 <= c.start < l1]
    if not told:
        return None
    for c in told:
        for month in (published.month, published.month - 1):
            add = cue_shift(c, CUE[c.name], month, None)
            if add is None or c.year + add != published.year:
                return None
    return told[0]
