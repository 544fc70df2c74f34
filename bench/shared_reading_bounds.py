"""What could one shared reading of the page's words save the places and the titles? A bound.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*qsort*' \
        python -m bench.shared_reading_bounds MODE [FOLDER]      # "Collected" ÷ files

One pass of the pipeline over the files (default: the bundled seeds) records what a perfect
per-page index would hand the two biggest word walkers, then the pipeline runs (after a check
that its output is the same, and a warm-up pass) once inside a call of libc's ``qsort``, as
``bench.extract --callgrind`` does, with that index given for free. MODE:

* ``base``: nothing given (the harness's own count, to compare with);
* ``places``: ``Matcher.find`` gets only the capitalised words where a name starts (or after
  xã, phường, đặc khu): no failing try of the names regex, no look-up of the first words;
* ``places2``: the first words looked up as now, the failing starts then dropped (the cost of
  the failing tries alone);
* ``titles``: ``titled_people`` gets each title start (``_next_start``'s answer) and makes no
  list of candidate words and no shape of the breaks;
* ``titles2``: the candidates and the breaks made as now, the starts then given;
* ``both``: ``places`` and ``titles``;
* ``all``: ``both``, and the capitalised-words table they share given too.

The difference from ``base`` (less ``malloc/malloc.c``'s own cost, see ``bench.extract``) is
what the readers spend finding where to look, the most an index could save them before its own
cost. docs/performance.md "Round 34: speed34".
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from hoptac.core import capitals as cap, places_match as pm
from hoptac.core.extract import people_titled as pt
from hoptac.core.ingest import process_bytes
from hoptac.core.library import seed_paths

from .extract import in_qsort

MODES = ("base", "places", "places2", "titles", "titles2", "both", "all")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in MODES:
        raise SystemExit(f"usage: python -m bench.shared_reading_bounds {{{'|'.join(MODES)}}} [FOLDER]")
    mode = argv[0]
    files = sorted(Path(argv[1]).rglob("*.txt")) if len(argv) > 1 else seed_paths()
    blobs = [(str(p), p.read_bytes()) for p in files]

    def run() -> list[str]:
        return [repr(process_bytes(d, n)) for n, d in blobs]

    run()
    matchers = [o for o in gc.get_objects() if isinstance(o, pm.Matcher)]
    names: dict[str, list[int]] = {}
    titles: dict[tuple[str, int], object] = {}
    tables: dict[str, object] = {}
    starts_of_or_after, next_start, capital_table = cap.Capitals.starts_of_or_after, pt._next_start, pm.capital_table

    def record_names(self, keys, folded, befores):
        starts = starts_of_or_after(self, keys, folded, befores)
        names[folded] = [ns for ns in starts if any(m._name.match(folded, ns) for m in matchers)
                         or folded.startswith("st.", ns) or folded.endswith(befores, 0, ns)]
        return starts

    def record_titles(text, folded, pos, capitals, breaks=None):
        titles[(text, pos)] = m = next_start(text, folded, pos, capitals, breaks)
        return m

    def record_table(text, folded=None, shaped=None):
        tables[text] = t = capital_table(text, folded, shaped)
        return t

    cap.Capitals.starts_of_or_after, pt._next_start, pm.capital_table = record_names, record_titles, record_table
    before = run()
    cap.Capitals.starts_of_or_after, pt._next_start, pm.capital_table = starts_of_or_after, next_start, capital_table
    if mode == "places2":
        cap.Capitals.starts_of_or_after = lambda self, keys, folded, befores: (
            starts_of_or_after(self, keys, folded, befores), names[folded])[1]
    if mode in ("places", "both", "all"):
        cap.Capitals.starts_of_or_after = lambda self, keys, folded, befores: names[folded]
    if mode in ("titles", "titles2", "both", "all"):
        pt._next_start = lambda text, folded, pos, capitals, breaks=None: titles[(text, pos)]
    if mode in ("titles", "both", "all"):
        pt.capital_table = lambda text, folded: None
    if mode == "all":
        pm.capital_table = lambda text, folded=None, shaped=None: tables[text]
    if run() != before:
        raise SystemExit("the output differs with the index given")
    print(f"{mode}:", end=" ")
    in_qsort(blobs)   # bench.extract's: a warm pass, the collector frozen, one pass inside qsort


if __name__ == "__main__":
    main()
