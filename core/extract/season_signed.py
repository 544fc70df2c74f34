"""A dry season signed for: the season's first year (used by :mod:`.year_shapes`' ``dry_season``).

The remains of the volunteers who fell in Laos and Cambodia are searched for in the dry season,
November of Y to May of Y+1 ("mùa khô Y-(Y+1)"). A season told as done dates the ceremony for what
it found at its end, Y+1 (``dry_season``). A season two sides sign a text of coordination or
cooperation for ("ký kết văn bản phối hợp tìm kiếm … mùa khô Y-(Y+1)") is the coming one: the text
is signed ahead, in the autumn before the season begins, so an occasion of August to December is in
Y (``dry_season_signed``); from January to July it may be a late signing inside the season (no cue).
A record of remains handed over or received ("ký biên bản bàn giao hài cốt … mùa khô Y-(Y+1)") is
the season done, not one signed for. The season and its years ("mùa khô Y-(Y+1)") are read by
:mod:`.season_spans` (``dry_season``), shared with :mod:`.season_opened` since round 36 (fold36): this
module keeps only the signing.

| shape (folded, before the season in its sentence) | example (written for this table)                       | cue      |
|---------------------------------------------------|--------------------------------------------------------|----------|
| a signing, then coordination or cooperation       | "Ngày 20/9, hai tỉnh vừa ký kết văn bản phối hợp tìm   | 2026     |
|                                                   | kiếm, quy tập hài cốt liệt sĩ mùa khô 2026-2027"       |          |
| a signing of an agreement (thỏa thuận) on the work | "… hội đàm để ký kết biên bản thỏa thuận về việc tìm    | 2026     |
|                                                   | kiếm, quy tập hài cốt liệt sĩ trong mùa khô 2026-2027"  |          |
| NOT: remains handed over, received, found         | "Ngày 12/8, hai bên ký biên bản bàn giao 30 hài cốt    | (the     |
|                                                   | liệt sĩ quy tập được trong mùa khô 2026-2027"           | season's |
|                                                   |                                                        | rules)   |
| NOT: no signing                                   | "… phối hợp tìm kiếm, quy tập mùa khô 2026-2027"       | (idem)   |
"""

from __future__ import annotations

import re

__all__ = ["SIGNED_FOR", "NOT_SIGNED_FOR", "signed_for"]

#   (folded pattern, example written for this table)
SIGNED_FOR: tuple[tuple[str, str], ...] = (
    (r"ky(?: ket)?(?:\s+\S+){0,12}?\s+(?:phoi hop|hop tac)",
     "hai tỉnh vừa ký kết văn bản phối hợp tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2026-2027"),
    (r"ky(?: ket)?(?:\s+(?:bien ban|van ban|ban))?\s+thoa thuan",   # round 59, late59a
     "cuộc hội đàm để ký kết biên bản thỏa thuận về việc tìm kiếm, quy tập hài cốt liệt sĩ trong mùa khô 2026-2027"),
)
NOT_SIGNED_FOR: tuple[tuple[str, str], ...] = (
    (r"ban giao|tiep nhan|hoi huong|truy dieu|an tang", "ký biên bản bàn giao 30 hài cốt liệt sĩ … mùa khô 2026-2027"),
    (r"(?:cat boc|quy tap|tim kiem|phat hien) duoc|duoc \d", "30 hài cốt quy tập được trong mùa khô 2026-2027"),
)
_SIGNED_RE = re.compile(r"\b(?:" + "|".join(p for p, _ in SIGNED_FOR) + r")\b")
_NOT_RE = re.compile(r"\b(?:" + "|".join(p for p, _ in NOT_SIGNED_FOR) + r")\b")


def signed_for(sentence: str) -> bool:
    """Does ``sentence`` (folded: the season's sentence up to "mùa khô") tell a text signed for the
    season (the table)?"""
    return "ky" in sentence and _SIGNED_RE.search(sentence) is not None and _NOT_RE.search(sentence) is None
