"""Where the main event took place, scored: an export's ``location`` against a gold's (the official
scorer does not score it).

    python -m scripts.location_score GOLD EXPORT [GOLD EXPORT ...] [-v]

Each GOLD is a labelled set's gold.json, each EXPORT the ``hoptac export`` of its articles (as
/work/tmp/measure.sh writes them: TAG/out.json). A location is right when its folded name (no
accents, case, spaces or dashes; a foreign party's "(country)" dropped) equals the gold's, or both
are unknown; "unknown" where the gold names a place is counted apart from a wrong place. Nothing in
the project runs this by itself: the files are given on the command line.
"""

from __future__ import annotations

import json
import os
import re
import sys

from hoptac.core.text import fold


def _key(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"[^a-z0-9]", "", fold(re.sub(r"\(.*?\)", "", name)))


def _main_events(export: dict) -> list[dict]:
    for v in export.values():
        if isinstance(v, list) and v and isinstance(v[0], dict) and "source" in v[0]:
            return [e for e in v if e.get("main")]
    return []


def score(gold_path: str, export_path: str) -> tuple[int, int, int, int, list[str]]:
    gold = {g["file"]: g for g in json.load(open(gold_path, encoding="utf-8"))}
    right = unknown = wrong = total = 0
    lines = []
    for e in _main_events(json.load(open(export_path, encoding="utf-8"))):
        g = gold.get(os.path.basename(e["source"]))
        if g is None:
            continue
        total += 1
        want, got = g.get("location"), e.get("location")
        if _key(want) == _key(got):
            right += 1
            continue
        if got is None:
            unknown += 1
        else:
            wrong += 1
        lines.append(f"{os.path.basename(e['source'])}  location {got!r} want {want!r}")
    return right, unknown, wrong, total, lines


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    if not args or len(args) % 2:
        print(__doc__)
        return 2
    sums = [0, 0, 0, 0]
    for gold_path, export_path in zip(args[::2], args[1::2]):
        right, unknown, wrong, total, lines = score(gold_path, export_path)
        sums = [a + b for a, b in zip(sums, (right, unknown, wrong, total))]
        if verbose:
            print(f"{gold_path}: {right}/{total} right, {unknown} unknown, {wrong} wrong")
            for line in lines:
                print("   ", line)
    print(f"location: {sums[0]}/{sums[3]} right, {sums[1]} unknown, {sums[2]} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
