"""Short forms of partner names for narrow columns, and the country of a foreign partner.

Short forms come from the gazetteer's own aliases, never from a list kept here: an alias
that starts with capitals joined by a dot or a hyphen ("TP.HCM", "BR-VT", "TT-Huế") and is
shorter than the name is the name's short form. Names without one stay as they are.

=====================  ===========  ==========================================
name                   short form   why
=====================  ===========  ==========================================
Hồ Chí Minh            TP.HCM       alias "TP.HCM" (capitals, a dot)
Bà Rịa - Vũng Tàu      BR-VT        alias "BR-VT" (capitals, a hyphen)
Thừa Thiên Huế         TT-Huế       alias "TT-Huế" (capitals, a hyphen)
Lào Cai                Lào Cai      no such alias
=====================  ===========  ==========================================
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import orjson

__all__ = ["short_name", "country_of", "VIETNAM"]

VIETNAM = "Việt Nam"
_SHORT = re.compile(r"^[A-ZĐ]{2,}[.\-]\S+$")


def _gazetteer() -> bytes:
    # the package's data folder read as a file, as ``core/place_keys.py`` does (the first
    # frame's pair widths need these: importlib.resources would import zipfile first)
    try:
        return (Path(__file__).resolve().parents[2] / "core" / "data" / "places.json").read_bytes()
    except OSError:  # not installed as files (a zipped package): as a resource
        from importlib.resources import files

        return (files("hoptac.core.data") / "places.json").read_bytes()


_TOP_KEY = b'\n "'  # places.json is written with one space of indent: a top-level key


def _provinces(raw: bytes) -> list[dict[str, Any]]:
    """The gazetteer's provinces: only their part of the file parsed (the first frame's
    pair widths need nothing else; the whole file is 0.46 MB), else the whole file."""
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
def _short_forms() -> dict[str, str]:
    short: dict[str, str] = {}
    for p in _provinces(_gazetteer()):
        for alias in p.get("aliases", ()):
            if _SHORT.match(alias) and len(alias) < len(p["name"]):
                short.setdefault(p["name"], alias)
    return short


@cache
def _countries() -> dict[str, str]:
    data = orjson.loads(_gazetteer())
    return {f["name"]: f["country"] for f in data.get("foreign", ()) if f.get("country")}


def short_name(name: str) -> str:
    """``Hồ Chí Minh`` -> ``TP.HCM``; a name without a short form is returned as it is."""
    return _short_forms().get(name, name)


def country_of(name: str) -> str | None:
    """The country of a foreign partner (``Hủa Phăn`` -> ``Lào``); None for Vietnamese places
    and unknown names."""
    return _countries().get(name)
