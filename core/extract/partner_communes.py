"""Communes named without their province, on a page that names no Vietnamese province.

After the 2025 merger, the new communes' own portals and the papers of a merged province
tell a twinning or a visit between two of its communes or wards and never name the
province: "đoàn công tác xã A đến thăm, chúc Tết xã B". A commune's name alone is often
borne in several provinces, so each mention is placed only where every commune the page
names can lie together: in the one province of 2025 that holds a candidate of each.

| shape                                        | example                              | reading                   |
|----------------------------------------------|--------------------------------------|---------------------------|
| two communes, one province of 2025 shared    | "xã Cư Pui … xã Hòa Xuân" (Hòa Xuân: | Cư Pui of Đắk Lắk, Hòa    |
|                                              | Đà Nẵng's or old Phú Yên's, both in  | Xuân of old Phú Yên (both |
|                                              | Đắk Lắk of 2025 only the latter)     | Đắk Lắk since 2025)       |
| a ward and a commune of one new province     | "phường Hoài Nhơn Tây kết nghĩa với  | Bình Định and Gia Lai     |
|                                              | xã Kông Bơ La"                       | (the map before July 2025)|
| no province or two shared                    | "xã Tân Lập … xã Tân Tiến"           | unknown (left out)        |
| one commune only                             | "xã Hòa Xuân tổ chức …"              | unknown (left out)        |
| a candidate ambiguous inside the shared one  | two old provinces of that province   | that mention left out     |
"""
from __future__ import annotations

from ..places import Place, PlaceMention
from ..places_match import COMMUNE_LEVELS, VIETNAM


def shared_commune_home(mentions: list[PlaceMention]) -> dict[int, Place]:
    """Each commune mention's place (by its start) when the page names no Vietnamese
    province and its communes (two names at least) share one province of 2025."""
    if any(m.candidates and m.candidates[0].is_province and m.candidates[0].country == VIETNAM
           and m.level_word not in COMMUNE_LEVELS for m in mentions):
        return {}
    communes = [m for m in mentions if m.level_word in COMMUNE_LEVELS and m.candidates
                and all(c.country == VIETNAM and not c.is_province for c in m.candidates)]
    if len({m.candidates[0].name for m in communes}) < 2:
        return {}
    shared: set[str] | None = None
    for m in communes:
        homes = {c.province_2025 for c in m.candidates}
        shared = homes if shared is None else shared & homes
    if not shared or len(shared) != 1:
        return {}
    home = next(iter(shared))
    out: dict[int, Place] = {}
    for m in communes:
        there = [c for c in m.candidates if c.province_2025 == home]
        if len({c.province for c in there}) == 1:
            out[m.start] = there[0]
    return out
