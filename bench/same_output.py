"""Does an optimisation keep the outputs exact? Fingerprints of what extraction gives.

    python -m bench.same_output [FOLDER ...] [--out FILE] [--against FILE]

For the bundled seeds and every *.txt under each FOLDER, runs the whole per-article
pipeline (``process_bytes``: the article record and its events, warnings and errors) and
``hoptac explain``'s reading (``explain_text``), and prints one SHA-256 per folder.
``--out`` writes every result as JSON (one line per file, sorted keys), ``--against`` an
earlier such file: the first files that differ are named. Run it before a change and
after; the fingerprints must not move. (The article's ``extractor`` field is left out: it
is a hash of the extraction code, so it changes with any edit.)
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from pathlib import Path
from typing import Any

import orjson

from hoptac.core.extract.decode import decode
from hoptac.core.extract.explain import explain_text
from hoptac.core.ingest import process_bytes
from hoptac.core.library import seed_paths


def reading(path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    fr = process_bytes(data, path.name)
    out: dict[str, Any] = {"file": path.name, "error": fr.error, "warnings": fr.warnings}
    if fr.item is not None:
        # the extractor's fingerprint hashes the code itself: it changes with any edit
        out["article"] = {k: v for k, v in fr.item.article.items() if k != "extractor"}
        out["events"] = fr.item.events
        try:
            out["explain"] = dataclasses.asdict(explain_text(decode(data), source=path.name))
        except Exception as exc:  # noqa: BLE001 - a difference is what we look for
            out["explain"] = f"error: {type(exc).__name__}: {exc}"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--against", type=Path)
    args = ap.parse_args(argv)
    groups = [("seeds", [Path(p) for p in seed_paths()])]
    groups += [(str(f), sorted(f.rglob("*.txt"))) for f in args.folders]
    lines: list[bytes] = []
    for name, files in groups:
        h = hashlib.sha256()
        for p in files:
            line = orjson.dumps({"group": name, **reading(p)}, option=orjson.OPT_SORT_KEYS, default=str)
            h.update(line)
            lines.append(line)
        print(f"{name}: {len(files)} files, sha256 {h.hexdigest()[:16]}")
    if args.out:
        args.out.write_bytes(b"\n".join(lines) + b"\n")
    if args.against:
        old = args.against.read_bytes().splitlines()
        diffs = [orjson.loads(a)["file"] for a, b in zip(old, lines) if a != b]
        if len(old) != len(lines):
            print(f"DIFFERENT: {len(old)} results before, {len(lines)} now")
            return 1
        if diffs:
            print(f"DIFFERENT: {len(diffs)} files, e.g. {', '.join(diffs[:5])}")
            return 1
        print("same as", args.against)
    return 0


if __name__ == "__main__":
    sys.exit(main())
