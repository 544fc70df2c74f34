"""The research views at scale: people, partners, the 2025 map, phrase search.

    python -m bench.views DB [--reps N]

Prints one JSON object (seconds; medians and worst over N runs). Run by ``bench.run``
(``--only views``) in a fresh process per database. What each figure is:

* ``people_made``: the first people answer after the people table is deleted (it is
  made from events.jsonl: once after a cache rebuild; an ingest only adds its lines);
* ``people_open``: a fresh process's first people answer with the table on disk (what
  the people screen waits for: the 300 people with most events, all events);
* ``people_typed``: the people screen's answer to a typed name, the table loaded;
* ``people_province``: ``hoptac people --province`` without the process start;
* ``partners``, ``partners_2025``: a province's partners (filter + count), old and 2025 map;
* ``map_pair``, ``map_province``: filters on the 2025 map (a pair whose sides merged
  other provinces, a unit of two provinces);
* ``phrase``: search, article bodies included, per phrase (the last syllable always a
  prefix, as typed);
* ``disk``: bytes of the word index (``words.bin``), of its word-pair blocks (part of
  it: what phrase search answers from) and of the people table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import orjson

from hoptac.core.library import Library
from hoptac.core.store.partners import partners_of
from hoptac.core.store.map2025 import to_unit
from hoptac.core.store.people import people_of
from hoptac.core.store.query import Filter
from hoptac.core.store.wordpairs import PAIR_KINDS, stored_size


def _pair_block_bytes(folder: Path, off: int, k: int, n: int) -> int:
    """Bytes of the pair block at ``off`` (its header: base, span, narrow ids?, x, the
    uint32 of its bit stream)."""
    with open(folder / "words.bin", "rb") as fh:
        fh.seek(off + 8)
        narrow, _x, words = (int.from_bytes(fh.read(4), "little") for _ in range(3))
    return stored_size(k, bool(narrow), words)


# short phrases, then long ones whose every pair stands many times in nearly every article; the last
# three as typed, their last syllable one or two letters: every pair it may begin ("hop tac",
# "hop trien", "hop to" ...) looked at
PHRASES = ("lao cai", "thu duc", "ha noi, du lich", "nguyen van", "hop tac", "ky ket thoa thuan",
           "thuan hop tac giua", "ky ket thoa thuan hop tac", "hop t", "thuan hop tac g", "ky ket thoa thuan hop t")
perf = time.perf_counter


def timed(fn, reps: int) -> dict[str, float]:
    runs, cpu = [], []
    for _ in range(reps):
        t0, c0 = perf(), time.process_time()
        fn()
        runs.append(perf() - t0)
        cpu.append(time.process_time() - c0)
    # the process's own CPU time: on a shared, loaded machine nearer what a quiet one shows
    return {"median": statistics.median(runs), "worst": max(runs), "cpu": statistics.median(cpu)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.views")
    ap.add_argument("db", type=Path)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args(argv)
    out: dict[str, object] = {}
    folder = args.db.with_name(args.db.name + ".d")
    lib = Library.open(args.db, seed_if_missing=False)
    ix = lib.index
    ix.warm()
    ix.warm_search()
    everything = range(len(ix))
    for name in ("people.json", "people.bin"):
        (folder / name).unlink(missing_ok=True)
    t0 = perf()
    people_of(ix, everything, limit=300)
    out["people_made"] = perf() - t0
    fresh = Library.open(args.db, seed_if_missing=False).index   # the table on disk, not in memory
    t0 = perf()
    people_of(fresh, range(len(fresh)), limit=300)
    out["people_open"] = perf() - t0
    out["people_typed"] = timed(lambda: people_of(ix, everything, query="nguyen van", limit=300), args.reps)
    out["people_province"] = timed(lambda: people_of(ix, ix.filter(Filter(province="Lào Cai"))), args.reps)
    out["partners"] = timed(lambda: partners_of(ix, ix.filter(Filter(province="Lào Cai")), "Lào Cai"), args.reps)
    out["partners_2025"] = timed(lambda: partners_of(ix, ix.filter(Filter(province="Lào Cai", map="2025")),
                                                     "Lào Cai", to_unit), args.reps)
    out["map_pair"] = timed(lambda: ix.filter(Filter(pair=("Hưng Yên", "Lào Cai"), map="2025")), args.reps)
    out["map_province"] = timed(lambda: ix.filter(Filter(province="Hưng Yên", map="2025")), args.reps)
    phrase = {}
    for q in PHRASES:
        ix.filter(Filter(search=q))  # the first search of a phrase pages its lines in; then time it
        phrase[q] = timed(lambda q=q: ix.filter(Filter(search=q)), args.reps)
        phrase[q]["count"] = len(ix.filter(Filter(search=q)))
    out["phrase"] = phrase
    words = orjson.loads((folder / "rows.json").read_bytes()).get("words") or {}
    pair_bytes = sum(_pair_block_bytes(folder, off, k, n) for kind, off, k, n, _l in words.get("blocks", [])
                     if kind in PAIR_KINDS.values())
    out["disk"] = {"words.bin": (folder / "words.bin").stat().st_size, "pairs": pair_bytes,
                   "people": sum((folder / n).stat().st_size for n in ("people.json", "people.bin"))}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
