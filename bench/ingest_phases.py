"""Where a fresh ingest spends its time: phases on the clock, CPU of the main process
and of the extraction processes apart.

    python -m bench.ingest_phases FOLDER [--reps N] [--jobs K]

Runs ``hoptac ingest FOLDER --db <fresh> -q`` N times, each in a child process of its
own, with hooks on the pool and the store's batches (nothing else changes), and prints
for each run: when the pool starts (start-up: imports, the store opened, the files
listed, the rules compiled once before forking), the first and the last result, each
batch written (its articles and seconds), the exit; the main process's CPU time (its
threads included: receiving results, writing batches, updating the caches) and the
extraction processes' (``RUSAGE_CHILDREN``: they are joined before the exit); and the
load average (the machine may be shared: CPU time is the steadier figure). Then the
medians. Make the corpus with ``python -m bench.corpus 2000 DIR``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import json, os, resource, sys, time
T0 = time.perf_counter()
marks = []
def mark(what):
    marks.append((what, round(time.perf_counter() - T0, 4)))
import hoptac.core.batches as bt, hoptac.core.workers as wk
_apply, _start, _imap = bt.Batches._apply, wk.WorkerPool.start, wk.WorkerPool.imap
def apply(self, ready, on_wait):
    t = time.perf_counter(); out = _apply(self, ready, on_wait)
    mark(f"batch of {len(ready)} written in {time.perf_counter() - t:.3f} s"); return out
def start(self):
    mark("pool started"); return _start(self)
def imap(self, *a, **k):
    n = 0
    for x in _imap(self, *a, **k):
        if not n: mark("first result")
        n += 1
        yield x
    mark("last result")
bt.Batches._apply, wk.WorkerPool.start, wk.WorkerPool.imap = apply, start, imap
from hoptac.tui.quick import main
sys.argv = ["hoptac", "ingest", sys.argv[1], "--db", sys.argv[2], "-q"] + sys.argv[3:]
try:
    main()
except SystemExit as exc:
    rc = exc.code
else:
    rc = 0
mark("done")
s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print("PHASES " + json.dumps({"rc": rc, "marks": marks, "main_cpu": s.ru_utime + s.ru_stime,
                              "workers_cpu": c.ru_utime + c.ru_stime, "load": os.getloadavg()[0]}))
"""


def one(folder: Path, extra: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="hoptac-phases-") as tmp:
        db = Path(tmp) / "fresh.json"
        os.sync()  # earlier writes flushed: the ingest's own fsyncs do not wait behind them
        r = subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(db), *extra],
                           capture_output=True, text=True)
    line = next((ln for ln in r.stdout.splitlines() if ln.startswith("PHASES ")), None)
    if line is None:
        raise SystemExit(f"ingest failed: {r.stderr.strip()[-500:]}")
    return json.loads(line[7:])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=None, help="hoptac ingest --jobs")
    args = ap.parse_args(argv)
    n = sum(1 for _ in args.folder.rglob("*.txt"))
    extra = ["--jobs", str(args.jobs)] if args.jobs else []
    runs = []
    for i in range(args.reps):
        r = one(args.folder, extra)
        runs.append(r)
        wall = r["marks"][-1][1]
        print(f"run {i + 1}: {n} articles in {wall:.2f} s ({n / wall:,.0f}/s); CPU main {r['main_cpu']:.2f} s, "
              f"extraction processes {r['workers_cpu']:.2f} s; load {r['load']:.1f}")
        for what, at in r["marks"]:
            print(f"  {at:7.3f} s  {what}")
    med = statistics.median
    wall = med(r["marks"][-1][1] for r in runs)
    cpu_main, cpu_workers = med(r["main_cpu"] for r in runs), med(r["workers_cpu"] for r in runs)
    started = med(next((at for w, at in r["marks"] if w == "pool started"), 0.0) for r in runs)
    print(f"median of {len(runs)}: {wall:.2f} s wall ({n / wall:,.0f} articles/s); pool started at {started:.2f} s; "
          f"CPU {cpu_main:.2f} s main + {cpu_workers:.2f} s extraction processes = "
          f"{(cpu_main + cpu_workers) / n * 1000:.2f} ms an article; "
          f"on 2 idle cores at best {started + (cpu_main + cpu_workers - started) / 2:.2f} s")


if __name__ == "__main__":
    main()
