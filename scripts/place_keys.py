"""Write ``core/data/place_keys.json`` (``hoptac.core.place_keys``) from the gazetteer.

    python -m scripts.place_keys          # after places.json or the gazetteer's ranking changed
    python -m scripts.place_keys --check  # exit 1 if the file is not what the gazetteer says
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from hoptac.core.place_keys import DATA, derive

OUT = Path(__file__).resolve().parent.parent / "core" / "data" / DATA


def render() -> bytes:
    return orjson.dumps(derive(), option=orjson.OPT_SORT_KEYS) + b"\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scripts.place_keys", description=__doc__)
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == text
        print(f"{OUT}: {'up to date' if same else 'out of date: run python -m scripts.place_keys'}")
        return 0 if same else 1
    OUT.write_bytes(text)
    print(f"wrote {OUT} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
