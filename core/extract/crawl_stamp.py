"""The scraper's date line: a page handed over by a crawler may open with the date its index
gave the page, " date 2025-12-02 " glued before the headline or the lead (" date 2025-08 "
when the index knew only the month). It is the page's publication date -- the day the site
dated the article -- and :func:`hoptac.core.extract.article.parse_article` takes it as the
page's stamp when the page prints none of its own.

One trap: the index has been seen to write a day and a month the wrong way round
(" date 2025-01-09 " over a lead on "Ngày 1/9", the 1st of September). The two can be
swapped only when both are 12 or less; such a date is taken only when the text names its
day (or the day before) as the line reads it and not as swapped -- or, swapped, only that
way. Otherwise the line gives no stamp: a wrong day would move a year ("Ngày 1/9" would lie
after a stamp of 9 January and so be put in the year before), and a wrong year is worse than
none. A month alone (" date 2025-04 ") is completed by the latest day of that month the text
names ("Ngày 2/4, …": the page was dated in April and tells of the 2nd, so it was written on
the 2nd or later); with no such day it gives no stamp (an undated lead on a page of January
may tell of December).

Each shape with an example (the line, the text, what is taken):

====================================  ==========================  ==========================
line                                  text names                  stamp
====================================  ==========================  ==========================
`` date 2025-08-29 Ký kết …``         (a day over 12)             2025-08-29
`` date 2025-12-02 (BTN) - …``        "chiều ngày 2/12/2025"      2025-12-02
`` date 2025-01-09 Xã hội …``         "Ngày 1/9" (not "9/1")      2025-09-01 (swapped)
`` date 2025-03-04 …``                neither "4/3" nor "3/4"     none
`` date 2025-04 Thời sự …``           "Ngày 2/4" (a month only)   2025-04-02
`` date 2025-01 * Tỉnh …``            no day of January           none
====================================  ==========================  ==========================

A page that dates nothing at all (no day, no month, no year in its text) under a month-only line
(" date 2025-05 Nhận lời mời …, đoàn tỉnh A … đã có buổi làm việc với tỉnh B") keeps its occasion
at the line's month (:func:`undated_crawl_month`): the site dated the report in that month and
the text offers no other time. Not in January: the occasion may be of December, the year before.
"""

from __future__ import annotations

import datetime as _dt
import re

from .stamp_choice import _DAY_MONTH_AT, _names_day

__all__ = ["CRAWL_LINE", "crawl_stamp", "undated_crawl_month", "sentences_after_crawl_line", "without_crawl_line"]

#: The date line at the very start of the text: "date", the year, the month and the day when known
#: (a year alone gives no stamp; the line is still no headline).
CRAWL_LINE = re.compile(r"\A\s*date\s+(?P<y>(?:19|20)\d\d)(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?(?=\s|$)")


def _day(y: int, m: int, d: int) -> _dt.datetime | None:
    try:
        return _dt.datetime(y, m, d)
    except ValueError:
        return None


def crawl_stamp(text: str) -> tuple[_dt.datetime, tuple[int, int]] | None:
    """The publication date the scraper's date line gives, and the line's span; or None (no line,
    a month only, or a day and a month that may be swapped and that the text does not settle)."""
    g = CRAWL_LINE.match(text)
    if g is None:
        return None
    span = (g.start("y") - len("date "), g.end())
    if g["m"] is None:
        return None
    if g["d"] is None:   # a month alone: the latest day of it the text names
        y, m = int(g["y"]), int(g["m"])
        days = [int(x.group(1)) for x in _DAY_MONTH_AT.finditer(text, g.end()) if int(x.group(2)) == m
                and 0 < len(x.group(1)) <= 2 and _day(y, m, int(x.group(1))) is not None]
        last = _day(y, m, max(days)) if days else None   # (each of days is a real day of the month)
        return (last, span) if last is not None else None
    y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
    read = _day(y, m, d)
    if read is None:
        return None
    if d > 12 or d == m:
        return read, span   # no other way to read it
    rest = text[g.end():]
    swapped = _day(y, d, m)
    as_read, as_swapped = _names_day(rest, read), swapped is not None and _names_day(rest, swapped)
    if as_read and not as_swapped:
        return read, span
    if as_swapped and not as_read and swapped is not None:   # (as_swapped is False when swapped is None)
        return swapped, span
    return None


def without_crawl_line(first_line: str) -> str:
    """The page's first line without the scraper's date line before it (" date 2025-01 * Tỉnh A …" ->
    "* Tỉnh A …"): for the headline shown, which is never the scraper's."""
    g = CRAWL_LINE.match(first_line)
    return first_line[g.end():].lstrip() if g is not None else first_line


def sentences_after_crawl_line(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans with the scraper's date line cut from the first (" date 2025-11-03 Ngày
    3/11, tại …" -> "Ngày 3/11, tại …"): a page that opens with its lead glues the line to the lead's
    first sentence; the line is the page's stamp, never part of a sentence quoted or read."""
    g = CRAWL_LINE.match(text) if spans and spans[0][0] < 40 else None
    if g is None or spans[0][0] >= g.end():
        return spans
    s, e = spans[0]
    start = g.end() + len(text[g.end():e]) - len(text[g.end():e].lstrip())
    return ([(start, e)] if start < e else []) + spans[1:]


def undated_crawl_month(text: str, dated_anything: bool) -> tuple[dict, dict] | None:
    """The main event's date fields and year cue for a page whose text dates nothing
    (``dated_anything`` false: no date read, no year cue) under a month-only date line (" date
    2025-05 …" -> 2025-05, month precision); None otherwise, and for a line of January (an undated
    report of early January may tell of December, the year before: a wrong year)."""
    g = CRAWL_LINE.match(text)
    if dated_anything or g is None or g["m"] is None or g["d"] is not None:
        return None
    y, m = int(g["y"]), int(g["m"])
    if not 2 <= m <= 12:
        return None
    s, e = g.start("y") - len("date "), g.end()
    fields = {"date": f"{y:04d}-{m:02d}", "date_end": None, "precision": "month", "year_inferred": True,
              "year_source": "published", "date_text": text[s:e]}
    return fields, {"text": text[s:e], "span": [s, e], "kind": "published"}
