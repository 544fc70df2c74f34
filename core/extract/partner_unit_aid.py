"""A body of one district-level unit that twins with, visits or gives to another district-level unit of
the same province, in one sentence of the headline or lead (called from
:func:`.partner_units.add_same_province_pair` when its shapes found no two sides). The two units are the
sides; the pair is that province twice (the corpus's convention). Each shape a row, a sentence written for it:

| shape                                        | example                                                   | gives        |
|----------------------------------------------|-----------------------------------------------------------|--------------|
| a body of unit A opens the clause and twins  | "…, Hội LHPN thành phố A đã tổ chức chuyến thăm, thực hiện  | A and B      |
| with, visits or gives to unit B of the same  | công tác kết nghĩa tại huyện B"; "…, Huyện đoàn A đã ủng hộ |              |
| province later in the sentence               | 200 suất quà cho đoàn viên huyện B"                        |              |
| NOT: a commune (of A's own district)         | "Hội LHPN huyện A tặng quà cho phụ nữ xã C"               | nothing      |
| NOT: no twinning, visiting or giving word    | "Hội LHPN huyện A dự hội nghị tại huyện B"                | nothing      |
| NOT: A not the clause's subject              | "Lãnh đạo tỉnh trao quà của Hội LHPN huyện A cho huyện B"  | nothing      |
"""

from __future__ import annotations

import re

from ..scan import fast_fold, fold_slice

__all__ = ["body_gives_to_unit"]

_DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã", "thành phố"})
# the body of A opens the clause (folded text before A): "…, Hội LHPN ", "Hội Liên hiệp Phụ nữ ", a line's
# start; a body written into A's own name ("Huyện đoàn A") leaves nothing before A but the boundary
_BODY_OPENS_RE = re.compile(r"(?:^|\n|[,.:;]\s+)(?:(?:hoi|doan|ubnd|uy ban|cong an|mat tran)(?:\s+[\w.]+){0,5}\s+)?$")
# twinning, visiting or giving between A and B (folded)
_GIVES_RE = re.compile(r"(?<!\w)(?:ket nghia|tang|trao tang|ung ho|giup do|ho tro|tham)(?!\w)")
_REACH = 220


def body_gives_to_unit(text: str, m1, p1, m2, p2) -> bool:
    """Does a body of ``m1`` (district-level unit ``p1``), opening its clause, twin with, visit or give
    to ``m2`` (``p2``, another district-level unit of the same province) later in the same sentence?"""
    if m1.level_word not in _DISTRICT_LEVELS or m2.level_word not in _DISTRICT_LEVELS or m2.start <= m1.end:
        return False
    if p1.province != p2.province or p1.name == p2.name or m2.start - m1.end > _REACH:
        return False
    raw = text[m1.end:m2.start]
    if ". " in raw or "\n" in raw:
        return False
    if _BODY_OPENS_RE.search(fold_slice(text, max(0, m1.start - 40), m1.start)) is None:
        return False
    return _GIVES_RE.search(fast_fold(raw)) is not None
