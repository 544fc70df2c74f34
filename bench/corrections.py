"""What a reader's correction costs on a large database.

    python -m bench.corrections DB          # a database written by `python -m bench.events N --db DB`

Times, on the event in the middle of the timeline: finding it as extracted
(``find_event``), storing a correction (one atomic manifest write), the next open (the
caches are rebuilt with the correction applied: the design's price, paid once per batch of
corrections, not per correction), and the undo with its open. Prints one JSON line.
The database is left as it was (the correction is undone).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from hoptac.core.library import Library
from hoptac.core.store import corrections as corr
from hoptac.core.store.segments import Store


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corrections", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", type=Path)
    args = ap.parse_args(argv)
    lib = Library.open(args.db, verify=False)
    n = len(lib.index)
    event_id = lib.index.events[n // 2]["id"]
    out: dict[str, float | int] = {"events": n}
    store = Store(args.db)
    t = time.perf_counter()
    ev = corr.find_event(store, event_id)
    out["find_event_s"] = round(time.perf_counter() - t, 3)
    assert ev is not None
    t = time.perf_counter()
    cid = corr.add_correction(store, ev, corr.parse_changes(type_="visit", date="2019-03"))
    out["correct_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    lib = Library.open(args.db, verify=False)
    out["open_after_correct_s"] = round(time.perf_counter() - t, 3)
    assert len(lib.index) == n
    t = time.perf_counter()
    corr.undo_correction(Store(args.db), cid)
    Library.open(args.db, verify=False)
    out["undo_and_open_s"] = round(time.perf_counter() - t, 3)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
