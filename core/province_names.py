"""The gazetteer's Vietnamese provinces without building the gazetteer.

:mod:`hoptac.core.places` indexes every name of 1,400 places (about 0.3 s). The app's first
frame (the pair column's short forms) and the people view (is a province Vietnamese or a
foreign partner?) need only the ``provinces`` part of ``core/data/places.json``: it alone
is parsed (the whole file when its layout is not the one written).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import orjson

__all__ = ["gazetteer_bytes", "province_records", "vietnamese_provinces"]

_TOP_KEY = b'\n "'  # places.json is written with one space of indent: a top-level key


def gazetteer_bytes() -> bytes:
    """``places.json`` as bytes."""
    # the package's data folder read as a file, as ``place_keys`` does (the first frame's
    # pair widths need these: importlib.resources would import zipfile first)
    try:
        return (Path(__file__).resolve().parent / "data" / "places.json").read_bytes()
    except OSError:  # not installed as files (a zipped package): as a resource
        from importlib.resources import files

        return (files("hoptac.core.data") / "places.json").read_bytes()


def province_records(raw: bytes) -> list[dict[str, Any]]:
    """The gazetteer's provinces: only their part of the file parsed (the whole file is
    0.46 MB), else the whole file."""
    head = _TOP_KEY + b'provinces": '
    start = raw.find(head)
    end = raw.find(_TOP_KEY, start + len(head)) if start >= 0 else -1
    if end > start:
        try:
            got = orjson.loads(raw[start + len(head): end].rstrip().rstrip(b","))
        except orjson.JSONDecodeError:
            got = None
        if isinstance(got, list) and all(isinstance(p, dict) for p in got):
            return got
    return orjson.loads(raw).get("provinces", [])


@cache
def vietnamese_provinces() -> frozenset[str]:
    """The 63 provinces of the pre-2025 map and Hà Tây, as events name them (a party's
    province that is not one of them is a foreign partner)."""
    return frozenset(p["name"] for p in province_records(gazetteer_bytes()) if p.get("name"))
