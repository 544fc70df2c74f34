"""A place name as a user types it (``--pair``, ``--province``) → its province, without
building the gazetteer.

:func:`hoptac.core.places.resolve` builds the whole gazetteer first (every name of 1,400
places indexed, about 0.1 s of a command's start). Filters need only the province a
typed name resolves to, and typed names are looked up by their folded key (``"lao
cai"``) as the gazetteer does first. ``core/data/place_keys.json`` holds, for every key of
the gazetteer that resolves to one place with no level word, its province: made from the
gazetteer by ``python -m scripts.place_keys`` (a test fails while it is not what the
gazetteer says). It carries the CRC-32 of ``places.json`` it was made from: when they
differ, or a name is not in it (a level word, an ambiguous or unknown name), the
gazetteer answers, as before.
"""

from __future__ import annotations

import zlib
from functools import cache
from pathlib import Path

__all__ = ["province_of_typed", "former_names", "renamed", "derive", "DATA"]

DATA = "place_keys.json"
_MISS = object()


_FORMER: dict[str, dict[str, tuple[str, ...]]] = {}   # the table's "former" part, kept by _table as it loads it


@cache
def _table() -> dict[str, str] | None:
    from .jsonload import loads

    # the package's own data folder, beside this module (what ``importlib.resources``
    # finds for an installed package, without importing it: a cold command's start);
    # unreadable (a zipped package): the gazetteer answers, which reads it as a resource
    data = Path(__file__).parent / "data"
    _FORMER.pop("former", None)
    try:
        table = loads((data / DATA).read_bytes())
        if table.get("places_crc") != zlib.crc32((data / "places.json").read_bytes()):
            return None  # places.json changed since: the gazetteer answers
        keys = table["keys"]
        former = table.get("former")
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None
    if isinstance(former, dict):
        _FORMER["former"] = {k: tuple(v) for k, v in former.items() if isinstance(v, list)}
    return keys if isinstance(keys, dict) else None


def former_names(name: str) -> tuple[str, ...]:
    """The canonical names a region had before the gazetteer renamed it (round 30's press names:
    "Sê Kông" -> ("Xê Kông",)): events stored before the rename, not yet read again (``hoptac
    reread``), still name it so, and a filter on the region finds them too."""
    return _former().get(name, ())


def renamed(name: str) -> str:
    """The canonical name of now of a region's former name ("Xê Kông" -> "Sê Kông"); any other name
    as it is (a name of today, a name the gazetteer does not know). Only the gazetteer's own renames:
    resolving the name instead would also turn the province "Viêng Chăn" into the capital."""
    for new, olds in _former().items():
        if name in olds:
            return new
    return name


def _former() -> dict[str, tuple[str, ...]]:
    """Each renamed region's canonical name -> its former ones: the table's, else the gazetteer's."""
    if _table() is not None and "former" in _FORMER:
        return _FORMER["former"]
    from . import places

    return places._gazetteer().former


def province_of_typed(name: str) -> str | None:
    """``places.resolve(name).province`` (a foreign city far from the border: itself; None:
    unknown or ambiguous), from the derived table when it holds the name's key, else from the
    gazetteer."""
    from .place_levels import key_of
    from .text import fold_query

    table = _table()
    if table is not None:
        got = table.get(key_of(fold_query(name)), _MISS)
        if got is not _MISS:
            return got  # type: ignore[return-value]
    from . import places

    place = places.resolve(name)
    return _filtered(place) if place is not None else None


def _filtered(place) -> str:
    """The name a filter looks for: the place's province; a foreign city far from the border
    itself ("suwon" -> "Suwon": named alone, it is its events' partner, :func:`places.stands_alone`)."""
    from . import places

    return place.name if places.stands_alone(place) else place.province


def derive() -> dict[str, object]:
    """The table from the gazetteer itself (``scripts.place_keys`` writes it)."""
    from . import places

    g = places._gazetteer()
    keys: dict[str, str] = {}
    for k in sorted(g.index):
        parsed = g.parse(k, None)
        if parsed is None or parsed != (k, None):
            continue
        found, tie = g.ranked(k, None)
        if found and not tie:
            keys[k] = _filtered(found[0])
    from importlib.resources import files

    crc = zlib.crc32((files("hoptac.core.data") / "places.json").read_bytes())
    return {"places_crc": crc, "keys": keys, "former": {k: list(v) for k, v in sorted(g.former.items())}}
