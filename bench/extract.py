"""How fast is extraction? Articles per second on one core.

    python -m bench.extract [FOLDER] [--repeat N]

Runs the whole per-article pipeline (decode → article → places, dates, people →
events) on every *.txt in FOLDER (default: the bundled seeds), N times, in this one
process, and prints the median time per article and articles per second.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from hoptac.core.ingest import process_bytes
from hoptac.core.library import seed_paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args(argv)
    files = sorted(args.folder.rglob("*.txt")) if args.folder else seed_paths()
    blobs = [(str(p), p.read_bytes()) for p in files]
    for name, data in blobs:  # warm up (regex compilation, gazetteer load)
        process_bytes(data, name)
    per_round = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for name, data in blobs:
            process_bytes(data, name)
        per_round.append((time.perf_counter() - t0) / len(blobs))
    med = statistics.median(per_round)
    size = statistics.mean(len(d) for _, d in blobs) / 1024
    print(f"articles: {len(blobs)} (mean {size:.1f} KB), rounds: {args.repeat}")
    print(f"extraction per article: median {med * 1000:.2f} ms, best {min(per_round) * 1000:.2f} ms")
    print(f"articles per second (one core): {1 / med:,.0f}  (target ≥ 500, i.e. ≤ 2 ms per article)")


if __name__ == "__main__":
    main()
