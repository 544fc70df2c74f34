"""A person's residence is no partner (round 43, late43c; used by :mod:`.partners`).

Reports of arrests, handovers of suspects or citizens and rescues give each person's address: "(24 tuổi, trú
bản A, huyện B, tỉnh C, Lào)", "trú tại xã A, tỉnh B", "thường trú ở phường A". The places of that address are
where the person lives, not a side of the occasion: the province of the suspect's home must not outrank the
province where the arrest was made and to whose police he was handed (drug43 03's shape). The address is the
run of place parts right after the residence word, each part opening with an administrative word (or being a
place of the page), joined by commas; a part that says anything else ends it.

| rule            | words before the address (as written, NFC)   | example (written for this table)                      |
|-----------------|----------------------------------------------|-------------------------------------------------------|
| ``resides``     | trú / thường trú / tạm trú / cư trú / ngụ,   | "Công an tỉnh A bắt giữ đối tượng Nguyễn Văn B (30    |
|                 | then "tại" or "ở" or nothing                 | tuổi, trú bản C, huyện Sephangphay, tỉnh Khammuon)."  |

Counter-shapes (tests/test_round43_late43c.py): "trụ sở" (a seat, with the dot below: a venue, read as before);
"quê" (a home town: the fallen soldier's province may receive his remains, a party); "lưu trú" (a delegation's
lodging: the host); a place after the address
that a verb joins ("…, trú tại xã C, tỉnh D, bàn giao cho Công an tỉnh E": E is read as before).
"""

from __future__ import annotations

import re

from ..places import Place, PlaceMention
from ..scan import fold_slice

__all__ = ["RESIDES", "residences"]

#: (rule, the words as written, example)
RESIDES: tuple[tuple[str, str, str], ...] = (
    ("resides", r"(?:thường trú|tạm trú|cư trú|trú|ngụ)(?:\s+(?:tại|ở))?",
     "Công an tỉnh A bắt giữ đối tượng Nguyễn Văn B (30 tuổi, trú bản C, huyện Sephangphay, tỉnh Khammuon)."),
)
_RESIDES = re.compile(r"(?<!\w)(?<!lưu )(?<!Lưu )(?:" + "|".join(w for _, w, _ in RESIDES) + r")\s+$", re.IGNORECASE)
#: ... the same, opening an address part ("trú bản C")
_RESIDES_OPENING = re.compile(r"(?<!lưu )(?<!Lưu )(?:" + "|".join(w for _, w, _ in RESIDES) + r")\s+", re.IGNORECASE)
#: an address part opens with one of these (folded), or is a place mention of the page
_PART = re.compile(r"(?:ban|thon|ap|xom|to|khu|so|duong|pho|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp|tinh|"
                   r"lao|viet nam|campuchia|trung quoc|thai lan)\b")
#: an address part is at most this long; the run back from the place holds at most this many parts
_PART_MAX = 40
_PARTS_MAX = 5


def _resides_before(text: str, at: int) -> bool:
    """Does a residence word (and "tại"/"ở") end right before ``at``?"""
    return _RESIDES.search(text, max(0, at - 20), at) is not None


def residences(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the mentions that are part of a person's address after a residence word (:data:`RESIDES`)."""
    out: set[int] = set()
    if "trú" not in text and "ngụ" not in text and "TRÚ" not in text:
        return out
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.start not in places:
            continue
        at = m.start
        for _ in range(_PARTS_MAX):
            if _resides_before(text, at):
                out.add(m.start)
                break
            j = len(text[:at].rstrip())
            if j == 0 or text[j - 1] != ",":
                break
            lo = max(text.rfind(",", max(0, j - 1 - _PART_MAX), j - 1), text.rfind("(", max(0, j - 1 - _PART_MAX), j - 1))
            if lo < 0:
                break
            part = text[lo + 1:j - 1]
            start = lo + 1 + len(part) - len(part.lstrip())
            opening = _RESIDES_OPENING.match(text, start, j - 1)
            if opening is not None:   # "trú bản C, …": the address starts with this part
                if _PART.match(fold_slice(text, opening.end(), j - 1)) or opening.end() in starts:
                    out.add(m.start)
                break
            if not (_PART.match(fold_slice(text, start, j - 1)) or start in starts):
                break
            at = start
    return out
