"""How fast is extraction? Articles per second on one core.

    python -m bench.extract [FOLDER] [--repeat N]
    python -m bench.extract FOLDER --fork K

Runs the whole per-article pipeline (decode → article → places, dates, people →
events) on every *.txt in FOLDER (default: the bundled seeds), N times, in this one
process, and prints the time per article of the first pass (what an ingest sees: small
caches of word tests still filling) and the median of the later passes, and articles per
second; CPU time (``process_time``) beside the wall time, and the load average (the
machine may be shared: CPU time is the steadier figure).

``--callgrind`` runs one pass (after a warm-up pass) inside a call of libc's ``qsort``, so
that an instruction count covers extraction alone, steady on a shared machine:

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*qsort*' \
        python -m bench.extract FOLDER --callgrind      # "Collected" ÷ files = per article

After the warm-up it runs ``gc.collect(); gc.freeze()``: the compiled rules, the gazetteer
and the warm-up's survivors go to the collector's permanent generation and its counts start
from zero, so that where a collection falls (a generation-2 one walks every tracked object)
does not move with the warm-up's allocations. What still moves the count, by up to ±1% with
any edit (even one to this file), is glibc's ``malloc`` (its free lists after the warm-up):
the count less ``malloc/malloc.c``'s own cost is steady to 0.01% (``--callgrind-out-file=OUT``,
then sum the malloc.c lines of ``callgrind_annotate OUT``); judge a small change by that.

``--fork K`` is the floor of a parallel ingest: K forked processes each read and extract
every K-th file (``process_file``) and send nothing back; it prints the wall time, and
per process the cost of its first article (compiling the rules) and of the others.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

from hoptac.core.ingest import process_bytes, process_file
from hoptac.core.library import seed_paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--fork", type=int, default=0, metavar="K")
    ap.add_argument("--callgrind", action="store_true", help="one pass inside qsort (see above)")
    args = ap.parse_args(argv)
    files = sorted(args.folder.rglob("*.txt")) if args.folder else seed_paths()
    if args.callgrind:
        in_qsort([(str(p), p.read_bytes()) for p in files])
        return
    if args.fork:
        forked([str(p) for p in files], args.fork)
        return
    blobs = [(str(p), p.read_bytes()) for p in files]
    process_bytes(blobs[0][1], blobs[0][0])  # warm up (regex compilation, gazetteer load)
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    for name, data in blobs:  # the first pass: what an ingest sees (word caches still cold)
        process_bytes(data, name)
    first = (time.perf_counter() - t0) / len(blobs)
    first_cpu = (time.process_time() - c0) / len(blobs)
    per_round, cpu_round = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for name, data in blobs:
            process_bytes(data, name)
        per_round.append((time.perf_counter() - t0) / len(blobs))
        cpu_round.append((time.process_time() - c0) / len(blobs))
    med = statistics.median(per_round)
    size = statistics.mean(len(d) for _, d in blobs) / 1024
    print(f"articles: {len(blobs)} (mean {size:.1f} KB), rounds: {args.repeat}; "
          f"load average {load:.2f} → {os.getloadavg()[0]:.2f}")
    print(f"extraction per article: first pass {first * 1000:.2f} ms; later passes: median {med * 1000:.2f} ms, "
          f"best {min(per_round) * 1000:.2f} ms")
    print(f"CPU time per article: first pass {first_cpu * 1000:.2f} ms; later passes: median "
          f"{statistics.median(cpu_round) * 1000:.2f} ms, best {min(cpu_round) * 1000:.2f} ms")
    print(f"articles per second (one core): {1 / med:,.0f}  (target ≥ 500, i.e. ≤ 2 ms per article)")



def in_qsort(blobs: list[tuple[str, bytes]]) -> None:
    import ctypes

    for name, data in blobs:  # warm: rules compiled, word caches filled
        process_bytes(data, name)
    gc.collect()  # the long-lived objects out of the count's way (see the docstring)
    gc.freeze()

    def one_pass(a: object, b: object) -> int:
        for name, data in blobs:
            process_bytes(data, name)
        return 0

    compare = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(one_pass)
    pair = (ctypes.c_int * 2)(1, 2)  # two items: one comparison, one pass
    ctypes.CDLL(None).qsort(pair, 2, ctypes.sizeof(ctypes.c_int), compare)
    print(f"{len(blobs)} files: one pass inside qsort (divide callgrind's 'Collected' by {len(blobs)})")


def forked(paths: list[str], k: int) -> None:
    t0 = time.perf_counter()
    children = []
    for i in range(k):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: its share of the files, then one line of figures
            os.close(r)
            mine = paths[i::k]
            a = time.perf_counter()
            process_file(mine[0])
            b = time.perf_counter()
            for p in mine[1:]:
                process_file(p)
            c = time.perf_counter()
            os.write(w, f"{len(mine)} {b - a} {(c - b) / max(1, len(mine) - 1)}".encode())
            os._exit(0)
        os.close(w)
        children.append((pid, r))
    lines = []
    for pid, r in children:
        with os.fdopen(r) as fh:
            lines.append(fh.read().split())
        os.waitpid(pid, 0)
    wall = time.perf_counter() - t0
    print(f"{len(paths)} files in {k} forked processes: {wall:.2f} s wall ({len(paths) / wall:,.0f} articles/s), "
          "nothing sent back")
    for i, (n, first, rest) in enumerate(lines):
        print(f"  process {i}: {n} files; first {float(first) * 1000:.0f} ms (the rules compiled), "
              f"then {float(rest) * 1000:.2f} ms a file")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
