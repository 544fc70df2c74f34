"""Lao place names that open with "Viêng", whose folded letters are the verb "viếng" (to pay tribute): "Thủ đô
Viêng Chăn" folds as "thu do vieng chan", which the tribute rows read as "viếng" (round 39, press39 05: a contest
launched at a school in Vientiane was read as a tribute paid there, a visit). The rows of the tribute rites
(:mod:`.type_travellers`, :mod:`.type_tribute_trips`) take "viếng" only when these names do not follow.

Each row: the folded name (no accents, no case, đ→d), its written form and what it is.
"""

from __future__ import annotations

__all__ = ["VIENG_PLACES", "NOT_A_VIENG_PLACE"]

VIENG_PLACES: tuple[tuple[str, str, str], ...] = (
    ("vieng chan", "Viêng Chăn", "Vientiane, the capital and its prefecture: 'tại Thủ đô Viêng Chăn'"),
    ("vieng xay", "Viêng Xay", "a district of Hủa Phăn: 'huyện Viêng Xay, tỉnh Hủa Phăn'"),
    ("vieng thong", "Viêng Thong", "a district of Hủa Phăn (also 'Viêng Thoong'): 'huyện Viêng Thong'"),
    ("vieng thoong", "Viêng Thoong", "the same district, written with a double o"),
    ("vieng phu kha", "Viêng Phu Kha", "a district of Luang Namtha: 'huyện Viêng Phu Kha'"),
    ("vieng kham", "Viêng Khăm", "a district of Viêng Chăn province: 'huyện Viêng Khăm'"),
)
#: A lookahead to put right after "vieng": not the first syllable of one of the names above.
NOT_A_VIENG_PLACE = r"(?!\s+(?:" + "|".join(name.split(" ", 1)[1] for name, _, _ in VIENG_PLACES) + r")\b)"
