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

import orjson
from hoptac.core.province_names import gazetteer_bytes, province_records

__all__ = ["short_name", "country_of", "VIETNAM"]

VIETNAM = "Việt Nam"
_SHORT = re.compile(r"^[A-ZĐ]{2,}[.\-]\S+$")


# the gazetteer's file and its provinces part, read without building the gazetteer
_gazetteer = gazetteer_bytes
_provinces = province_records


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
