"""What do the places, the people and the partner choice cost alone? A replay of each stage.

    python -m bench.extract_stages [FOLDER] [--repeat N]
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*qsort*' \
        python -m bench.extract_stages [FOLDER] --callgrind STAGE     # "Collected" ÷ files

    valgrind ... python -m bench.extract_stages [FOLDER] --inside MODULE:NAME  # "Collected" ÷ files

One pass of the whole pipeline over the files (default: the bundled seeds) records the
inputs of three stages -- ``Matcher.find`` (the places of a page), ``find_people`` and
``principal_partners`` -- then each is run alone on them: timed (CPU time a file, median of
N rounds), or, with ``--callgrind STAGE``, once inside a call of libc's ``qsort`` as
``bench.extract --callgrind`` does, for an instruction count of that stage alone. The
page's kept code (``scan.shape``'s) is restored before each call as the pipeline left it; the
capitalised-words table is made again each time (it is the stage's own cost). Before the
counted pass (``--callgrind``, ``--inside``) it runs ``gc.collect(); gc.freeze()`` as
``bench.extract --callgrind`` does: a collection inside the pass is no stage's cost.

``--inside MODULE:NAME`` (``hoptac.core.extract.people:_title_after``, or ``MODULE:Class.method``)
counts one function where the pipeline calls it, its inputs as they come: every name the loaded
modules bind to it is replaced by a wrapper that runs the call inside ``qsort``, and one pass of
the pipeline runs (after a warm-up pass). Each call adds the wrapper's own cost, about 7
thousand instructions (``hoptac.core.scan:folds_exactly``, called once a page, counts 7 thousand
a page): subtract it times the calls a page for a function called often.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path

from hoptac.core import capitals, scan
from hoptac.core.extract import events, page_partners
from hoptac.core.ingest import process_bytes
from hoptac.core.library import seed_paths
from hoptac.core.places_match import Matcher

STAGES = ("find", "people", "partners")


def record(blobs: list[tuple[str, bytes]]) -> dict[str, list]:
    """The inputs of each stage during one pass of the pipeline."""
    calls: dict[str, list] = {s: [] for s in STAGES}
    find, people, partners = Matcher.find, events.find_people, page_partners.principal_partners

    def find_rec(self, text, folded=None):
        calls["find"].append((self, text, folded, scan._LAST_CODED))
        return find(self, text, folded)

    def people_rec(text, *a, **k):
        calls["people"].append((text, a, k, scan._LAST_CODED))
        return people(text, *a, **k)

    def partners_rec(*a, **k):
        calls["partners"].append((a, k))
        return partners(*a, **k)

    Matcher.find, events.find_people, page_partners.principal_partners = find_rec, people_rec, partners_rec
    try:
        for name, data in blobs:
            process_bytes(data, name)
    finally:
        Matcher.find, events.find_people, page_partners.principal_partners = find, people, partners
    return calls


def replay(stage: str, calls: dict[str, list]) -> None:
    if stage == "find":
        for self, text, folded, coded in calls["find"]:
            scan._LAST_CODED, capitals._LAST = coded, (None, None)
            self.find(text, folded)
    elif stage == "people":
        for text, a, k, coded in calls["people"]:
            scan._LAST_CODED, capitals._LAST = coded, (None, None)
            events.find_people(text, *a, **k)
    else:
        for a, k in calls["partners"]:
            page_partners.principal_partners(*a, **k)


def inside(spec: str, blobs: list[tuple[str, bytes]]) -> None:
    """One pass of the pipeline with each call of ``spec`` inside qsort (see above)."""
    import ctypes
    import importlib
    import sys

    mod, _, attr = spec.partition(":")
    owner = importlib.import_module(mod)
    *path, name = attr.split(".")
    for part in path:
        owner = getattr(owner, part)
    orig = getattr(owner, name)
    qsort = ctypes.CDLL(None).qsort
    compare_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    pair = (ctypes.c_int * 2)(1, 2)

    def wrapped(*a, **k):
        box = []

        def call(x: object, y: object) -> int:
            box.append(orig(*a, **k))
            return 0

        qsort(pair, 2, ctypes.sizeof(ctypes.c_int), compare_type(call))
        return box[0]

    if path:   # a method: the class holds it
        setattr(owner, name, wrapped)
    else:      # a function: every module that imported it by name
        for m in list(sys.modules.values()):
            names = getattr(m, "__dict__", None)
            if names and (getattr(m, "__name__", "") or "").startswith(("hoptac", "core")):
                for k, v in list(names.items()):
                    if v is orig:
                        names[k] = wrapped
    for source, data in blobs:
        process_bytes(data, source)
    print(f"{len(blobs)} files: {spec} counted inside qsort (divide 'Collected' by {len(blobs)})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--callgrind", choices=STAGES)
    ap.add_argument("--inside", metavar="MODULE:NAME", help="count one function inside the whole pass (see above)")
    args = ap.parse_args(argv)
    files = sorted(args.folder.rglob("*.txt")) if args.folder else seed_paths()
    blobs = [(str(p), Path(p).read_bytes()) for p in files]
    process_bytes(blobs[0][1], blobs[0][0])  # warm up (rules compiled, gazetteer loaded)
    if args.inside:
        for source, data in blobs:   # the word caches filled, as in bench.extract --callgrind
            process_bytes(data, source)
        gc.collect()
        gc.freeze()
        inside(args.inside, blobs)
        return
    calls = record(blobs)
    if args.callgrind:
        import ctypes

        replay(args.callgrind, calls)  # warm
        gc.collect()  # the long-lived objects (the recorded inputs among them) out of the count's way:
        gc.freeze()   # a collection inside the pass moved the count by 0.2 M with an edit that saved work

        def one_pass(a: object, b: object) -> int:
            replay(args.callgrind, calls)
            return 0

        compare = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(one_pass)
        pair = (ctypes.c_int * 2)(1, 2)
        ctypes.CDLL(None).qsort(pair, 2, ctypes.sizeof(ctypes.c_int), compare)
        print(f"{len(blobs)} files: {args.callgrind} replayed once inside qsort (divide 'Collected' by {len(blobs)})")
        return
    for stage in STAGES:
        rounds = []
        for _ in range(args.repeat):
            c0 = time.process_time()
            replay(stage, calls)
            rounds.append((time.process_time() - c0) / len(blobs))
        print(f"{stage:9s} CPU median {statistics.median(rounds) * 1e6:7.0f} µs a file, best {min(rounds) * 1e6:7.0f}")


if __name__ == "__main__":
    main()
