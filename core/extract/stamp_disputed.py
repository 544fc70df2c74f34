"""An undated occasion dated by the page's stamp, whose year a strong cue of the page disputes (round 20).

A lead that tells its occasion as recent ("vừa được lãnh đạo hai tỉnh ký kết", "Vừa qua, …") or undated
on a stamped page takes the stamp's month (:func:`hoptac.core.extract.undated.undated_main`). A day told
without its year meets the same stamp in :func:`hoptac.core.extract.years.infer_year`, where a cue of the
article for another year scoring at least :data:`~hoptac.core.extract.years.CONFLICT` makes the year
unknown (the stamp may be a republication's). This module asks the same of the undated occasion, which
had no such check:

=====================================================================  ==================================
page written for it                                                    reads
=====================================================================  ==================================
stamped 16/01/2025: "… nội dung của chương trình hợp tác giai đoạn      year unknown (the programme
2024-2026 giữa hai tỉnh vừa được lãnh đạo hai bên ký kết."              signed "vừa" opens 2024)
stamped 16/05/2024: the same sentence                                  2024-05 (the cue agrees)
=====================================================================  ==================================

The cue is scored at the occasion's words as a dated day's would be (year_nearby._context: its weight, its
place -- the same sentence counts most --, the turn-of-year shift for the stamp's month).
"""

from __future__ import annotations

from .dates import DateMention
from .year_cue_kinds import YearCue
from .year_nearby import _context

__all__ = ["stamp_disputed"]


def stamp_disputed(dm: DateMention, year: int | None, text: str, cues: list[YearCue]) -> YearCue | None:
    """The cue that disputes ``year`` (the stamp's) for the undated occasion at ``dm``, or None."""
    from .years import CONFLICT   # (years reads the stamp's modules, which read this one's neighbours)
    if year is None:
        return None
    best_cue = _context(dm, text, [], cues)[1]
    if best_cue is not None and best_cue[0] >= CONFLICT and best_cue[2] != year:
        return best_cue[3]
    return None
