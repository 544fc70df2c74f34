"""A diocese named after two places is one body, not two sides (round 58, late58e: catholic58 09; used by
:mod:`.partners`).

A Catholic diocese may bear the names of two provinces joined by a dash, its see first ("Giáo phận Lạng Sơn – Cao
Bằng"; a diocese's own site heads its titles with it, abbreviated: "Gp.Lạng Sơn – Cao Bằng: Đoàn … Giáo phận A
hành hương"). Read as places, the two names were a joined pair of the headline (3 + 3 points each) and outranked the
guests the title names. The name is one body: the place after the dash is part of the name, no side (the see, named
first, stays the diocese's place). Matched as written (NFC), case aside; every example is ours.

=============  ===========================================================================  =====================
rule           example (written for the table)                                              places kept
=============  ===========================================================================  =====================
diocese_pair   "Gp.Bắc Giang – Tuyên Quang: Đoàn Giáo phận Nam Định thăm Tòa Giám mục"      Bắc Giang (and Nam
               "chào Đức Giám mục Giáo phận Bắc Giang - Tuyên Quang"                        Định), not Tuyên Quang
NOT: no        "Đoàn Bắc Giang – Tuyên Quang ký kết …", "tỉnh Bắc Giang – tỉnh Tuyên         both, as before
diocese word   Quang"
NOT: two       "Giáo phận Bắc Giang và Giáo phận Tuyên Quang" (each its own word)            both, as before
dioceses
=============  ===========================================================================  =====================

The diocese's word (:data:`DIOCESE_WORDS`) must stand right before the first name (blanks or nothing between: "Gp.A"),
and only a dash with blanks stand between the two names.
"""

from __future__ import annotations

import re

from ..places import Place, PlaceMention

__all__ = ["DIOCESE_WORDS", "diocese_pairs"]

#: (the word as written, case aside; example of ours)
DIOCESE_WORDS: tuple[tuple[str, str], ...] = (
    ("giáo phận", "Giáo phận Bắc Giang – Tuyên Quang"),
    ("tổng giáo phận", "Tổng giáo phận Bắc Giang – Tuyên Quang"),
    ("gp.", "Gp.Bắc Giang – Tuyên Quang: Đoàn … hành hương"),
    ("tgp.", "TGP. Bắc Giang – Tuyên Quang"),
)
_BEFORE = re.compile(r"(?<!\w)(?:giáo phận|gp\.|tgp\.)[ \t\u00a0]*$", re.IGNORECASE)
_DASH = re.compile(r"[ \t\u00a0]*[–—-][ \t\u00a0]*")
_REACH = 16   # the longest word with its blanks: "giáo phận  "


def diocese_pairs(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the places named after a dash in a diocese's name (the table above)."""
    out: set[int] = set()
    for a, b in zip(mentions, mentions[1:]):
        # (two names a dash apart, tested by their offsets first: no word of the page is searched for; a page-wide
        # gate on the diocese's words cost more than the pairs it spared)
        if b.start - a.end > 5 or a.level_word or b.level_word or a.start not in places or b.start not in places:
            continue
        if _DASH.fullmatch(text, a.end, b.start) is None:
            continue
        if _BEFORE.search(text, max(0, a.start - _REACH), a.start) is not None:
            out.add(b.start)
    return out
