"""Days without a year that the text ties to the main occasion by its own words (round 37, other37): a
coming occasion's days told ahead with "sẽ" ("… sẽ được tổ chức từ ngày 20/9 đến ngày 27/9"), and a day
written with a word relative to the time of writing beside it ("hôm qua (27/11)", "ngày mai (6/2)"). Each
takes the main occasion's year only when the calendar puts it there without doubt; else no year (a wrong
year is worse than none). All patterns are matched on folded text (no accents, no case, đ→d).

Each shape is a row of :data:`TOLD_DAYS`: its name, what it reads and a sentence written for the table.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import DateMention

__all__ = ["TOLD_DAYS", "DAYS_AHEAD", "told_ahead", "relative_day", "coming"]

#: name, what the shape says, an example of our own (the year it gets in brackets)
TOLD_DAYS: tuple[tuple[str, str, str], ...] = (
    ("told_ahead", "a coming occasion's day or range, told after the main day with 'sẽ' + an occasion's verb "
     "('tổ chức', 'diễn ra', 'khai mạc') or 'dự kiến', later in the same year by at most DAYS_AHEAD days",
     "Chiều 4/8/2024, tỉnh A giới thiệu chương trình … Lễ hội mùa thu của tỉnh sẽ được tổ chức từ ngày 20/9 "
     "đến ngày 27/9 tại tỉnh A. (2024-09-20)"),
    ("coming", "a month or a day told as the coming one ('tháng 9 tới', 'ngày 20/9 sắp tới'): the first such "
     "after the time of writing (the page's stamp, else the main day); none in the month of writing itself, "
     "nor 'tới' as 'until' ('từ tháng 8 tới tháng 9')",
     "Theo kế hoạch, ngôi trường do tỉnh A tài trợ sẽ đi vào hoạt động vào tháng 9 tới. (written 2/8/2024: 2024-09; "
     "written 5/11/2024, 'tháng 2 tới': 2025-02)"),
    ("relative_day", "a day written beside a word relative to the time of writing ('hôm qua', 'chiều qua', "
     "'ngày mai', 'hôm nay'): the year that puts it at that distance, give or take a day, from the page's stamp "
     "(else the main day)",
     "Ngày 28/11/2020, hai thành phố ký kết … Trong ngày hôm qua (27/11), hai bên đã tổ chức diễn đàn du lịch. "
     "(2020-11-27)"),
)

#: A coming occasion lies at most this many days after the main occasion's last day.
DAYS_AHEAD = 120
#: "sẽ" with an occasion's verb, or "dự kiến" (folded): a coming occasion told in the day's sentence.
_AHEAD_WORDS = re.compile(r"\b(?:se\s+(?:duoc\s+)?(?:chinh thuc\s+)?(?:to chuc|dien ra|khai mac|dang cai)|du kien)\b")
#: A day's relative word, written just before it (folded, the mention's own text): the offset in days.
_RELATIVE = re.compile(r"\b(?:hom|ngay|sang|chieu|toi|trua|dem)\s+(nay|qua|mai)\b")
_OFFSET = {"nay": 0, "qua": -1, "mai": 1}


def told_ahead(folded: str, dm: DateMention, main: DateMention | None, year: int | None,
               sentence: tuple[int, int]) -> int | None:
    """The year of a day or a range without one, told after the main occasion in a sentence that tells it as
    coming (:data:`_AHEAD_WORDS`), that begins after the main occasion's last day within DAYS_AHEAD days of the
    same year, or None. ``year``: the main occasion's year (stated or inferred)."""
    y = main.year or year if main is not None else None
    if (main is None or y is None or not (main.day and main.month) or dm.year is not None or dm.end_year is not None
            or not (dm.day and dm.month) or dm.start <= main.end):
        return None
    s, e = sentence
    if not _AHEAD_WORDS.search(folded, s, e):
        return None
    last_y = main.end_year or y
    if last_y != y:
        return None
    try:
        gap = (date(y, dm.month, dm.day) - date(y, main.end_month or main.month, main.end_day or main.day)).days
    except ValueError:
        return None
    return y if 0 < gap <= DAYS_AHEAD else None


def relative_day(folded: str, dm: DateMention, ref: date | None) -> int | None:
    """The year of a day without one written beside a relative word ('hôm qua (27/11)'), when the day lies at
    that distance from ``ref`` (the time of writing), give or take one day; else None."""
    if ref is None or dm.year is not None or dm.end_day is not None or not (dm.day and dm.month):
        return None
    m = _RELATIVE.search(folded, dm.start, dm.end)
    if m is None:
        return None
    want = ref + timedelta(days=_OFFSET[m.group(1)])
    for y in (want.year, want.year - 1, want.year + 1):
        try:
            if abs((date(y, dm.month, dm.day) - want).days) <= 1:
                return y
        except ValueError:
            return None
    return None


#: "tới" / "sắp tới" right after the month or day (folded), not "tới" as "until" ("tới tháng 9", "tới ngày …").
_COMING = re.compile(r"[^\S\n]*,?[^\S\n]*(?:sap\s+)?toi\b(?!\s*(?:thang|ngay|nam|het|\d))")


def coming(folded: str, dm: DateMention, ref: date | None) -> int | None:
    """The year of a month or a day without one told as the coming one ('vào tháng 9 tới' on a page of 3/8/2023:
    2023), the first after ``ref`` (the time of writing); None in the month of writing itself."""
    if (ref is None or dm.year is not None or dm.end_day is not None or dm.end_month is not None or not dm.month
            or dm.month == ref.month or not _COMING.match(folded, dm.end, dm.end + 12)):
        return None
    return ref.year if dm.month > ref.month else ref.year + 1
