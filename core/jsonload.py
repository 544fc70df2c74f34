"""``loads`` for the small JSON files a command reads at its start (``rows.json``,
``place_keys.json``): orjson when something imported it already, else the standard
library's json. Importing orjson costs a cold process about 65 million instructions
(callgrind: it imports dataclasses, inspect, uuid and json for its encoder), more than
parsing a few kilobytes with ``json`` ever does; both give the same objects for the JSON
orjson writes (objects, arrays, strings, integers, floats, true, false, null)."""

from __future__ import annotations

import sys
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["loads"]


def loads(raw: bytes) -> Any:
    orjson = sys.modules.get("orjson")
    if orjson is not None:
        return orjson.loads(raw)
    import json

    return json.loads(raw)
