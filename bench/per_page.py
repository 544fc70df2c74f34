"""Which single pages are dear? Each page's extraction timed alone, the slowest profiled.

    python -m bench.per_page FOLDER... [--best N] [--top K] [--limit M] [--per-byte]

Every *.txt under each FOLDER (the first M of a folder with ``--limit``) is read once to
warm the rules and the word caches; then each page's whole pipeline (``process_bytes``) is
timed alone, best of N runs (CPU time, ``process_time_ns``: the steadier figure on a shared
machine). It prints the median page, then the K slowest pages: CPU ms, ms a 10 KB of the page
(a dear page is dear for its size or beyond it; ``--per-byte`` ranks by it), how many times the median page's cost a byte,
and the function that dominates the page under ``cProfile`` (the least of three profiled
runs, function by function): the one with the most own time, and when that is a built-in (a regex's ``search``, a ``str`` method) the
hoptac function that calls it most. A rule tried per sentence, per candidate or per window
costs only on the pages that reach it, which the seeds' and the corpus's means hide
(round 22: one bench.corpus page paid 10 M instructions to one rule, another 46 M to one
function); this is the way to find them.

    python -m bench.per_page /work/shared/corpus/articles /work/sets/*/articles BC_DIR --limit 300
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time
from pathlib import Path

from hoptac.core.ingest import process_bytes


def page_files(folders: list[Path], limit: int | None) -> list[Path]:
    out: list[Path] = []
    for folder in folders:
        files = sorted(folder.rglob("*.txt")) if folder.is_dir() else [folder]
        out += files[:limit] if limit else files
    return out


def best_cpu_ns(data: bytes, name: str, runs: int) -> int:
    best = None
    for _ in range(runs):
        t0 = time.process_time_ns()
        process_bytes(data, name)
        spent = time.process_time_ns() - t0
        best = spent if best is None else min(best, spent)
    return best or 0


def _label(func: tuple[str, int, str]) -> str:
    file, line, name = func
    if file == "~":  # a built-in: "<method 'search' of 're.Pattern' objects>"
        return name
    if "/hoptac/" in file:
        file = "hoptac/" + file.split("/hoptac/", 1)[1]
    return f"{Path(file).stem}.{name}:{line}"


def dominant(data: bytes, name: str, runs: int = 3) -> str:
    """The function with the most own time on this page (its main caller when built in): each
    function's own time is the least of ``runs`` profiled runs (a run the machine interrupted
    puts milliseconds on whatever function was running)."""
    profiles = []
    for _ in range(runs):
        prof = cProfile.Profile()
        prof.enable()
        process_bytes(data, name)
        prof.disable()
        profiles.append(pstats.Stats(prof).stats)  # func -> (calls, primitive, own, cumulative, callers)
    stats = {f: v for f, v in profiles[0].items() if all(f in p for p in profiles)}
    own = {f: min(p[f][2] for p in profiles) for f in stats}
    total = sum(own.values()) or 1.0
    parts = []
    for func in sorted(own, key=own.get, reverse=True)[:2]:
        calls, callers = stats[func][1], stats[func][4]
        text = f"{_label(func)} {own[func] / total:.0%} ({calls} calls)"
        if func[0] == "~" and callers:
            who = max(callers.items(), key=lambda kv: kv[1][2])  # the caller that spent most in it
            text += f" from {_label(who[0])}"
        parts.append(text)
    return "; ".join(parts)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--best", type=int, default=5, metavar="N", help="runs a page, the best kept")
    ap.add_argument("--top", type=int, default=20, metavar="K", help="slowest pages printed")
    ap.add_argument("--limit", type=int, default=None, metavar="M", help="first M files of each folder")
    ap.add_argument("--per-byte", action="store_true", help="the dearest a byte first, not the slowest")
    args = ap.parse_args(argv)
    blobs = [(str(p), p.read_bytes()) for p in page_files(args.folders, args.limit)]
    for name, data in blobs:  # warm: rules compiled, word caches filled
        process_bytes(data, name)
    timed = [(best_cpu_ns(data, name, args.best), name, data) for name, data in blobs]
    per_byte = statistics.median(ns / max(1, len(d)) for ns, _, d in timed)
    med = statistics.median(ns for ns, _, _ in timed)
    total = sum(ns for ns, _, _ in timed)
    print(f"{len(timed)} pages, best of {args.best}: median {med / 1e6:.2f} ms, "
          f"{per_byte * 10240 / 1e6:.2f} ms a 10 KB; all {total / 1e9:.2f} s")
    print(f"{'ms':>7} {'ms/10KB':>7} {'x med':>5}  page — dominant (own time under cProfile)")
    key = (lambda t: t[0] / max(1, len(t[2]))) if args.per_byte else (lambda t: t[0])
    for ns, name, data in sorted(timed, key=key, reverse=True)[: args.top]:
        ratio = ns / max(1, len(data)) / per_byte
        print(f"{ns / 1e6:7.2f} {ns / max(1, len(data)) * 10240 / 1e6:7.2f} {ratio:5.1f}  {name}")
        print(f"{'':23}{dominant(data, name)}")


if __name__ == "__main__":
    main()
