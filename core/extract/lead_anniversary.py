"""The year of a lead's undated anniversary (round 36: late36c), asked only for a lead that dates no occasion
(:func:`hoptac.core.extract.undated.undated_main`'s cues).

Two rows, both on folded text:

========================  ==========================================================================
what                      example (written for the table)
========================  ==========================================================================
``caption_anniversary``   lead "Mới đây, huyện A đã tổ chức kỷ niệm 20 năm kết nghĩa với huyện B." and a
                          photo caption "Lễ chào cờ nhân dịp kỷ niệm 79 năm Quốc khánh (2/9/1945-2/9/2024)
                          (Ảnh: T.H)": the caption's anniversary (another count of years, another occasion:
                          an earlier photo) gives the lead's occasion no year -- set aside
``lead_bond_anniversary`` lead "Mới đây, huyện A đã tổ chức kỷ niệm 20 năm kết nghĩa với huyện B." and the
                          body "Ngày 12/6/2004, hai huyện chính thức ký kết nghĩa.": the founding year plus
                          the lead's count, 2024 (year only: the lead gives no day)
========================  ==========================================================================

``caption_anniversary``: only a caption that counts its own anniversary (``kỷ niệm M năm``) under a lead that
counts another (``kỷ niệm N năm``, N ≠ M); a caption with no count of its own, or with the lead's count, is
weighed as before. ``lead_bond_anniversary``: the lead holds the bond's anniversary
(:data:`.bond_anniversary.ANNIVERSARY`, held: not planned nor told before,
:func:`.anniversary_apart.anniversary_apart`), the page one count of years for the bond and founding days
(the cue ``bond_founding``, a full date in a sentence naming the bond) of one year only, and the founding
day not within :data:`~.year_cue_kinds.NEW_YEAR_DAYS` of a new year (the anniversary may then be held in the
other year). Otherwise no cue: the lead's occasion stays undated unless another cue dates it.
"""

from __future__ import annotations

import re
from typing import Sequence

from .anniversary_apart import anniversary_apart
from .bond_anniversary import _anniversaries
from .lead_new_year import new_year_cue
from .year_cue_kinds import CUE, NEW_YEAR_DAYS, YearCue

__all__ = ["CAPTION_ANNIVERSARY_CUES", "undated_lead_cues"]

#: The cues a caption's other anniversary gives that are set aside (``caption_anniversary``).
CAPTION_ANNIVERSARY_CUES = frozenset({"anniversary", "known_anniversary", "anniversary_year"})
_COUNT = re.compile(r"\bky niem\s+(\d{1,3})\s+nam\b")


def _near_new_year(month: int, day: int) -> bool:
    return (month == 1 and day <= NEW_YEAR_DAYS) or (month == 12 and day > 31 - NEW_YEAR_DAYS)


def undated_lead_cues(cues: list[YearCue], text: str, folded: str, lead, captions: Sequence[tuple[int, int]],
                      readings: Sequence, headline: tuple[int, int] | None = None) -> list[YearCue]:
    """``cues`` for a lead that dates no occasion: a caption's other anniversary set aside, the lead's bond
    anniversary counted from the founding day (see the module)."""
    l0, l1 = lead
    if (ny := new_year_cue(cues, folded, lead, headline)) is not None:   # (lead_new_year)
        cues = cues + [ny]
    counts = {int(n) for n in _COUNT.findall(folded, l0, l1)}
    if not counts:
        return cues
    aside = [(s, e) for s, e in captions if not l0 <= s < l1
             and (own := {int(n) for n in _COUNT.findall(folded, s, e)}) and not own & counts]
    out = [c for c in cues if not (c.name in CAPTION_ANNIVERSARY_CUES and any(s <= c.pos < e for s, e in aside))]
    held = [m for m in _anniversaries(folded) if anniversary_apart(text, m.end()) is None]
    mine = [m for m in held if l0 <= m.start() < l1]
    founded = [c for c in cues if c.name == "bond_founding"]
    if not mine or len({int(m["n"]) for m in held}) != 1 or len({c.year for c in founded}) != 1:
        return out
    day = next((r.mention for r in readings if r.mention.start == founded[0].start and r.mention.month), None)
    if day is None or not day.day or _near_new_year(day.month, day.day):
        return out
    n, at = int(mine[0]["n"]), mine[0]
    if not 1 <= n <= 100:
        return out
    return out + [YearCue(at.start(), founded[0].year + n, "bond_anniversary", CUE["bond_anniversary"].weight,
                          at.start(), at.end())]   # (the cue of bond_anniversary, its year only)
