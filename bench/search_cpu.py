"""CPU time of the app's answers in process, the mapped pages let go of before each (as
the app does once an answer is built): phrases, article bodies included, and filters.

    python -m bench.search_cpu DB [--reps N]

Prints the median CPU time of each (ms) and which hoptac answered (run it with
``PYTHONPATH`` set to another checkout's parent folder to time that one, alternately).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

PHRASES = ("hop tac", "ky ket thoa thuan", "thuan hop tac g", "ky ket thoa thuan hop t", "lao cai",
           "hoi nghi du lich", "h")


def main(argv: list[str] | None = None) -> int:
    import hoptac
    from hoptac.core.library import Library
    from hoptac.core.store.query import Filter

    ap = argparse.ArgumentParser(prog="python -m bench.search_cpu")
    ap.add_argument("db", type=Path)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args(argv)
    index = Library.open(args.db, verify=False, trust_stamp=True).index
    index.warm()
    index.warm_search()
    flts = [Filter(search=q) for q in PHRASES]
    provinces = index.provinces()
    flts += [Filter(province=provinces[0]), Filter(type="signing"), Filter(pair=(provinces[0], provinces[1])),
             Filter(since="2015", until="2015-12-31")]
    got: dict[str, list[float]] = {}
    for _ in range(args.reps):
        for flt in flts:
            index.release_pages()
            t = time.process_time()
            index.filter(flt, compact=True)
            got.setdefault(flt.describe(), []).append(time.process_time() - t)
    print(f"hoptac from {Path(hoptac.__file__).parent}, medians of {args.reps}")
    for what, xs in got.items():
        print(f"{1000 * statistics.median(xs):8.1f} ms  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
