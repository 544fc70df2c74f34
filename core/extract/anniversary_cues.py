"""Years told by an anniversary with its dates: 'nhân dịp kỷ niệm 70 năm … (7/5/1954 -
7/5/2024)' -> 2024, '46 năm Ngày ký Hiệp ước … (18/7/1977)' -> 2023, and 'cách đây 58 năm,
ngày 24/6/1967' -> 2025. Moved out of :mod:`hoptac.core.extract.year_cues` (which re-exports
it) to keep that module small; the rows are CUES' ``anniversary`` and ``years_ago``."""

from __future__ import annotations

import re

from .anniversary_apart import anniversary_apart
from .year_cue_kinds import YearCue, _cue
from ..scan import fold_slice
from ..text import fold

__all__ = ["anniversary_cues"]

_YEARS_OF = re.compile(r"\b(\d{1,3})\s+nam\b[^()]{0,120}\(?\s*$")
#: A range after a duration counted loosely ("Gần 75 năm thiết lập quan hệ ngoại giao (18/01/1950 - 18/01/2024),
#: Nhân dân hai nước đã …", "hơn 60 năm qua (1962 - 2022)"): the years the bond has lasted up to about now, told
#: as background, not an anniversary the occasion is held for -- no cue (read as one, a day of 21/12 was put in
#: the year before the range's end, near its "anniversary day" 18/1, against the page's own stamp).
_LOOSE_YEARS = re.compile(r"\b(?:gan|hon|tren|ngot|xap xi)\s+\d{1,3}\s+nam\b[^()]{0,120}\(\s*$")
#: "cách đây 58 năm, ngày 24/6/1967" (exactly N: "hơn", "gần" count loosely).
_YEARS_AGO = re.compile(r"\bcach\s+day\s+(\d{1,3})\s+nam\s*[,(]?\s*(?:vao\s+)?$")


def anniversary_cues(text: str, readings) -> list[YearCue]:
    """'nhân dịp kỷ niệm 70 năm … (7/5/1954 - 7/5/2024)' -> 2024; '46 năm Ngày ký Hiệp
    ước … (18/7/1977)' -> 2023; 'cách đây 58 năm, ngày 24/6/1967' -> 2025. ``readings`` are
    verdicts (:mod:`verdicts`)."""
    out = []
    for r in readings:
        m = r.mention
        if m.year is None:
            continue
        if r.verdict == "past" and m.end_year is None:   # "cách đây 58 năm, ngày 24/6/1967" -> 2025
            ago = _YEARS_AGO.search(fold_slice(text, max(0, m.start - 40), m.start, fold))
            if ago is not None and 0 < int(ago.group(1)) < 200:
                out.append(_cue("years_ago", m.year + int(ago.group(1)), m.start,
                                max(0, m.start - 40) + ago.start(), m.end))
            continue
        if r.verdict != "anniversary":
            continue
        # an anniversary being prepared is a later occasion's, of the page's year or a later one (preparations may
        # start more than a year ahead: year_ahead gives it as an upper bound only); one discussed, planned,
        # agreed to, told with "sẽ" or held before gives no year either (anniversary_apart)
        if anniversary_apart(text, m.start) is not None:
            continue
        name = "anniversary"
        if _LOOSE_YEARS.search(fold_slice(text, max(0, m.start - 160), m.start, fold)):
            continue   # "Gần 75 năm … (18/01/1950 - 18/01/2024)": how long, loosely, not an anniversary held
        if m.end_year and m.end_year > m.year:
            month, day = m.end_month or m.month, m.end_day or m.day
            out.append(_cue(name, m.end_year, m.start, m.start, m.end,
                            (month, day) if month and day else None))
            continue
        n = _YEARS_OF.search(fold_slice(text, max(0, m.start - 160), m.start, fold))
        if n and 0 < int(n.group(1)) < 200:
            out.append(_cue(name, m.year + int(n.group(1)), m.start,
                            max(0, m.start - 160) + n.start(), m.end,
                            (m.month, m.day) if m.month and m.day else None))
    return out
