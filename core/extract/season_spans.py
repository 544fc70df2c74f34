"""A season of two running years, "Y–(Y+1)", and the season's words before it: one table, two readers.

Round 36 (fold36): the span reading that round 35's season_signed (late35b, with year_shapes' dry season) and
season_opened (late35c) each wrote. What they make of the season stays theirs: a dry season told as done or a text
signed for it (:mod:`.year_shapes`, :mod:`.season_signed`), a season a day opens (:mod:`.season_opened`).
Matched on folded text (no accents, no case, đ→d).

=================  =====================================================  ==============================================
row                shape (folded)                                         example (written for this table)
=================  =====================================================  ==============================================
running_years      two years, the second the first's next, by a dash or   "2031–2032", "2031 - 2032", "2031/2032"
                   a slash
season_named       a season's noun ("mùa", "năm học") and at most four    "mùa du lịch tàu biển 2031–2032", "năm học
                   words of its name, right before the years              2031-2032", "mùa giải 2031/2032"
dry_season         "mùa khô (năm)" right before the years, not after      "mùa khô 2026-2027", "mùa khô năm 2026-2027";
                   "từ", "cho", "chuẩn bị", "kế hoạch" (a period it       not "từ mùa khô 2010-2011", "chuẩn bị mùa khô
                   starts, a season ahead)                                2023-2024"
=================  =====================================================  ==============================================

The two readers read the years two ways, as round 35 wrote them (kept so that no output moves):
:func:`running_spans` with the ``running_years`` row (a slash too: "mùa giải 2031/2032"), for a season opened;
:func:`dry_season_spans` with the date engine's period of two years (:mod:`.date_rules`: "2026-2027", "năm
2026-2027", "2026 đến 2027"), for a dry season, whose cue stands where that period does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .dates import DateMention
from ..scan import fold_slice
from ..text import fold

__all__ = ["SEASON_SPANS", "SPAN_WORDS", "running", "running_spans", "dry_season_spans"]

#: (row, folded pattern, example written for this table)
SEASON_SPANS: tuple[tuple[str, str, str], ...] = (
    ("running_years", r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)", "2031–2032"),
    ("season_named", r"(?:mua|nam hoc)(?:\s+[^\W\d]+){0,4}\s+", "mùa du lịch tàu biển 2031–2032"),
    ("dry_season", r"(?<!\btu )(?<!\bcho )(?<!chuan bi )(?<!ke hoach )mua kho\s+(?:nam\s+)?", "mùa khô 2026-2027"),
)
#: The rows' patterns by name (a reader composes its own words around them).
SPAN_WORDS: dict[str, str] = {name: pattern for name, pattern, _ in SEASON_SPANS}

_SPAN = re.compile(r"\b" + SPAN_WORDS["running_years"] + r"\b")
_DRY_SEASON = re.compile(SPAN_WORDS["dry_season"] + r"$")
_SENTENCE_ENDS = ".;!?\n"


def running(first: int | None, last: int | None) -> bool:
    """Two running years: the second the first's next (a season's span, not a period of several years)."""
    return first is not None and last == first + 1


def running_spans(folded: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The ``running_years`` spans of ``folded[lo:hi]`` (groups 1 and 2: the two years)."""
    return [m for m in _SPAN.finditer(folded, lo, hi) if running(int(m.group(1)), int(m.group(2)))]


def dry_season_spans(text: str, mentions: list[DateMention]) -> Iterator[tuple[DateMention, int, str]]:
    """(the period, where "mùa khô" opens in ``text``, the folded words of its sentence before it) for each period
    of two running years that ``dry_season`` names."""
    for m in mentions:
        if m.kind != "period" or not running(m.year, m.end_year):
            continue
        lo = max(0, m.start - 24)
        if "khô" not in text[lo:m.start]:
            continue   # (a cheap test before folding: only a season of two years reads the words before it)
        before = fold_slice(text, lo, m.start, fold) + ("" if fold(m.text).startswith("nam") else " ")
        s = _DRY_SEASON.search(before)
        if s is None:
            continue
        at = lo + s.start()
        wlo = max(0, at - 200)
        wlo = max([text.rfind(ch, wlo, at) + 1 for ch in _SENTENCE_ENDS] + [wlo])
        yield m, at, fold(text[wlo:at])
