"""Which of a page's time stamps is the article's: the choice among the stamp lines above the
lead (a labelled one, the one under the headline, not the site's clock), and a stamp glued to
the headline or the lead that names the lead's day against a date line above the page.
:mod:`hoptac.core.extract.article` finds the stamps and uses these; the forms are in
:mod:`hoptac.core.extract.stamps`."""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["_choose_published", "_names_day", "_names_lead_day_instead", "dated_opening"]


# A day and a month written as numbers ('22/8', '21-8', 'ngày 22 tháng 8'), each number's
# digits captured; looked for at every position (a look-ahead: one day-month may begin
# inside another's, '12 tháng 7 tháng 8'), with no digit, '/', '.' or '-' before it.
_DAY_MONTH_AT = re.compile(r"(?<![\d/.\-])(?=(\d+)\s*(?:[/.\-]|\s+tháng)\s*(\d+))", re.IGNORECASE)
# ... asked only whether there is one: the same shape consumed from its first digit (a first character the
# engine skips to; the look-ahead form tries every position) finds one exactly when it does (test_prefilters)
_A_DAY_MONTH = re.compile(r"\d(?<![\d/.\-].)\d*\s*(?:[/.\-]|\s+tháng)\s*\d", re.IGNORECASE)


def _names_day(text: str, t: _dt.datetime) -> bool:
    """Does the text name the stamp's day or the day before ('22/8', '21-8', 'ngày 22 tháng 8')?
    (One scan for both days, not a regex compiled for each day: the day and the month are
    written as they are or with one leading zero, as r'0?22' and r'0?8' would match.)"""
    wanted = set()
    for d in (t, t - _dt.timedelta(days=1)):
        for day in (str(d.day), "0" + str(d.day)):
            for month in (str(d.month), "0" + str(d.month)):
                wanted.add((day, month))
    if any((m.group(1), m.group(2)) in wanted for m in _DAY_MONTH_AT.finditer(text)):
        return True
    own = {(day, month) for day in (str(t.day), "0" + str(t.day)) for month in (str(t.month), "0" + str(t.month))}
    return any((m.group(1), m.group(2)) in own for m in _FIRST_OF_DAYS.finditer(text))


# The first of two days that share their month ("Trong 2 ngày 27 và 28-7", "từ 27 đến 28/7", "ngày 27-28/7"): the
# range names its first day too (round 32: a stamp of the first day over a lead of a two-day visit). The stamp's
# own day only, not the day before: a clock of 11/9 over "Từ ngày 10 – 12/9" (another year's) is no stamp of it.
_FIRST_OF_DAYS = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*(?:và|đến|-|–)\s*\d{1,2}\s*(?:[/.\-]|\s+tháng)\s*(\d{1,2})(?![\d])",
                            re.IGNORECASE)


def _names_lead_day_instead(lead_text: str, other: _dt.datetime, chosen: _dt.datetime) -> bool:
    """Does the lead name the day of ``other`` (a stamp glued to the headline or the lead) and not
    the day of the stamp line ``chosen``? Then ``other`` is the article's stamp and the line is a
    later one (a listing's or a republication's date above the page: '05/01/2026' over a headline
    stamped '(22:48 25/06/2019)' and a lead on 'Sáng 25/6')."""
    return other.date() != chosen.date() and _names_day(lead_text, other) and not _names_day(lead_text, chosen)


def _choose_published(stamps, title_index, lead_text=""):
    """(published, clock) from the stamps [(line index, time, reads like an article's
    stamp, labelled, page clock form)]: a labelled one ('Đăng ngày'), else the nearest
    below the headline, else the nearest above it that has a time of day or no weekday; a
    weekday and a date without a time above the headline ('Thứ Tư, 06/07/2022') is the
    site's clock. So is a weekday, a date and a time above the headline or the lead
    ('Thứ tư, 2-7-25 05:24:23': the time the page was rendered) unless the lead names
    that day or the day before (then it is the article's stamp: 'Thứ hai - 22/08/2022
    16:19' over '… sáng nay 22/8, …')."""
    published = clock = chosen = None
    labelled = [s for s in stamps if s[3]]
    below = [s for s in stamps if title_index is not None and s[0] > title_index]
    above = [s for s in stamps if title_index is None or s[0] < title_index]
    if labelled:
        chosen = labelled[0]
    elif below:
        chosen = below[0]
        named = [s for s in above if s[4] and s[2] and _names_day(lead_text, s[1])]
        if named and not _names_day(lead_text, chosen[1]):
            # a weekday-date-time line above the headline that names the lead's day, over another
            # day's stamp below it (a section label above both): the article's own stamp
            chosen = named[-1]
        later = [s for s in below[1:] if s[1].date() < chosen[1].date()]
        if chosen[4] and later and not _names_day(lead_text, chosen[1]):
            # two stamps before the lead, the first a weekday-and-time line of a later day
            # ('Thứ Sáu, 22/11/2024 09:35' over the headline's 'Thứ 7, 09/03/2024 | 16:38'):
            # the first is the site's clock (the headline found may be a menu's line)
            clock, chosen = chosen[1], later[-1]
        named = [s for s in above if s[2] and s[1].date() > chosen[1].date() and _names_day(lead_text, s[1])]
        if named and not _names_day(lead_text, chosen[1]):
            # the same two lines with the menu's line above them known for chrome (titles21): a stamp
            # above the headline that names the lead's day, one under it of an earlier day the lead does
            # not name ('Thứ Bảy, 09/03/2024 17:05' / headline / 'Thứ 6, 01/03/2024' / 'Chiều 9/3, …')
            chosen = named[-1]
    else:
        timed = [s for s in above if s[2] and not (s[4] and not _names_day(lead_text, s[1]))]
        if timed:
            chosen = timed[-1]
        else:
            chosen = _earlier_under_clock(above)
    if chosen is not None:
        published = chosen[1]
    for s in above:
        if s is not chosen and (clock is None or s[1] > clock):
            clock = s[1]
    return published, clock, (chosen[0] if chosen is not None else None)


_CLOCK_REACH = 3   # lines from the clock to the stamp under it (a section label, a blank line between)


def _earlier_under_clock(above):
    """Two stamps above the headline, the first the site's clock and the second a weekday-date-time
    line of an earlier day ('Chủ Nhật, 24/11/2024' / 'Thứ Tư, 23/8/2023 8:13 (GMT+7)' / headline;
    round 43): a page is rendered at one time, so the earlier line is the article's stamp, not a
    second clock. Only a line that reads like an article's stamp, standing under the clock line (a
    section label may stand between: at most ``_CLOCK_REACH`` lines below it, so a related title's stamp far
    down a page with no headline found is never taken), of a day at least two days before it; else None (a
    lone weekday-time line stays the clock)."""
    if len(above) != 2:
        return None
    first, second = above
    if not (second[2] and second[4]) or not 0 < second[0] - first[0] <= _CLOCK_REACH:
        return None
    if (first[1].date() - second[1].date()).days < 2:
        return None
    return second


def dated_opening(lead_raw: str, next_raws: list[str | None]) -> str:
    """The text a stamp is checked against: the lead, or when the lead names no day at all (a sapo:
    "Để tiếp tục … , hai địa phương đã thống nhất …") the lead and the paragraph after it ("Chiều 14/4,
    tại …"), where the occasion is dated. A stamp that names that day or the day before lies in the
    occasion's year whichever line printed it. ``next_raws``: the four lines after the lead (None for a
    caption); the paragraph is the first of them that names a day, past a subhead or a related title set
    between ("Ký kết biên bản hợp tác giữa hai địa phương" / "Chiều 14/6, tại …": round 32), else the first
    of the two lines right after the lead that is no caption."""
    if _A_DAY_MONTH.search(lead_raw) is None:
        dated = next((r for r in next_raws if r is not None and _A_DAY_MONTH.search(r)), None)
        if dated is None:
            dated = next((r for r in next_raws[:2] if r is not None), "")
        return lead_raw + "\n" + dated
    return lead_raw
