"""Today's map: the 34 provincial units since 1 July 2025, for filters and counts.

Events keep the provinces their articles name (Yên Bái, Thái Bình …). With the 2025 map
a province filter means the unit a reader names today: ``--province "lao cai" --map
2025`` is every event with a party in Lào Cai or in Yên Bái (now part of it); a pair
filter asks for a party in each unit, and when both names are one unit now (Lào Cai
and Yên Bái), for two parties in it: those events are shown, never dropped.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["MAPS", "to_unit", "unit_members", "province_ranks", "pair_ranks"]

MAPS = ("2025",)


@lru_cache(maxsize=4096)
def to_unit(province: str) -> str:
    """The 2025 unit of a province (itself when it is foreign or unknown)."""
    from .. import places  # the gazetteer: only when the 2025 map is asked for

    return places.to_2025(province) or province


def unit_members(unit: str) -> set[str]:
    """The provinces (as events name them) that are now ``unit``."""
    from .. import places

    from ..place_keys import former_names

    members = set(places.units_2025().get(unit, ()))
    members.add(unit)
    return members.union(*(former_names(m) for m in members))   # a renamed region's former names too


def province_ranks(index: Any, province: str, map_: str | None) -> set[int]:
    """The ranks with a party in ``province`` (on ``map_``: in its unit)."""
    if not map_:
        from ..place_keys import former_names

        out = index._set("province", province)
        for name in former_names(province):   # a renamed region: events read before name it so
            out = out | index._set("province", name)
        return out
    out = set()
    for member in unit_members(to_unit(province)):
        out |= index._set("province", member)
    return out


def pair_ranks(index: Any, a: str, b: str, map_: str | None) -> list[set[int]]:
    """Sets whose intersection is the events of the pair (see the module docstring);
    a pair of one unit is narrowed further by :func:`same_unit_twice`."""
    return [province_ranks(index, a, map_), province_ranks(index, b, map_)]


def same_unit_twice(index: Any, ranks: list[int], province: str, map_: str | None) -> list[int]:
    """Of ``ranks``, those with two parties in ``province`` (on ``map_``: its unit)."""
    cols, strings = index.cols, index.strings
    if not map_:
        code = index._code(province)
        return [r for r in ranks if cols.provinces[r].count(code) >= 2]
    unit = to_unit(province)
    return [r for r in ranks if sum(1 for c in cols.provinces[r] if strings[c] and to_unit(strings[c]) == unit) >= 2]
