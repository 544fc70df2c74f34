"""Full garbage collections at quiet moments, not between a key and its answer.

CPython runs a full (oldest-generation) collection every so often; with Textual's many
short-lived widgets, caches and messages that walk takes 20–120 ms, and when it falls
between a key press and the repaint the cursor stutters. The app therefore

* freezes what is alive once the index is loaded (``settle_heap``: the index's millions
  of references are never walked again), and
* takes full collections off the automatic schedule and runs them from a timer when
  nothing has been typed or clicked for ``QUIET`` seconds — or anyway once ``FORCE``
  younger collections have passed without one, so memory stays bounded when someone
  holds a key down for minutes.

The young generations are still collected automatically (they are small and quick),
except from the start of ``hoptac`` to the app's first frame, when nothing is collected
(``hold_full_collections``, ``resume_young_collections``).
"""

from __future__ import annotations

import gc
import time
from typing import Callable

from ..core.store.residency import STATM, file_backed_bytes

__all__ = ["GCPacer", "settle_heap", "hold_full_collections", "resume_young_collections", "release_full_collections",
           "mapped_over_budget", "MAPPED_BUDGET"]

QUIET = 1.0        # seconds without input before a full collection may run
FORCE = 100        # ... or after this many middle-generation collections (CPython's own: 10)
CHECK = 0.5        # how often the timer looks


# resident file-backed pages (the mapped caches, and the libraries' code) above which the
# filter worker lets go of the caches' pages once an answer is built (``mapped_over_budget``)
MAPPED_BUDGET = 64 << 20

_HELD: tuple[int, int, int] | None = None  # CPython's thresholds before ``hold_full_collections``
_WAS_ENABLED = True  # was the collector on before ``hold_full_collections`` (it is put back so)


def hold_full_collections() -> None:
    """From the app's start (before Textual is imported): no automatic collection at all
    until the app's first frame is painted (:func:`resume_young_collections`), then no
    full one until its pacer takes over (``GCPacer.start``). Importing Textual and the
    app leaves a few hundred thousand objects alive, and CPython walks them all again
    each time they have grown by a quarter: several full collections before the first
    frame, about 20 ms of CPU (``bench/RESULTS.md``); the young and middle ones, about
    a hundred before the first frame, cost 44 M instructions more (3.4% of the start, by
    callgrind) and free next to nothing: what the start makes it keeps."""
    global _HELD, _WAS_ENABLED
    if _HELD is None:
        _HELD = gc.get_threshold()
        _WAS_ENABLED = gc.isenabled()
        g0, g1, _ = _HELD
        gc.set_threshold(g0, g1, 1 << 30)
        gc.disable()


def resume_young_collections() -> None:
    """The first frame is painted: the young and middle generations are collected
    automatically again (full collections stay held, for the pacer)."""
    if _HELD is not None and _WAS_ENABLED:
        gc.enable()


def release_full_collections() -> None:
    """CPython's schedule back (the app ended, or never started: ``run_app``)."""
    global _HELD
    if _HELD is not None:
        gc.set_threshold(*_HELD)
        if _WAS_ENABLED:
            gc.enable()
        _HELD = None


def settle_heap() -> None:
    """Once the index is loaded: collect, then freeze what is alive into the garbage
    collector's permanent generation. At a million events the index holds millions of
    references; without this every full collection walks them all again."""
    gc.collect()
    gc.freeze()


class GCPacer:
    """Decides when the full collection runs; ``tick`` is called by a timer, ``touch``
    on every input event."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 collect: Callable[[], object] = gc.collect) -> None:
        self._clock = clock
        self._collect = collect
        self.last_input = clock()
        self.collections = 0
        self._saved: tuple[int, int, int] | None = None

    def start(self) -> None:
        """Take full collections off CPython's schedule (``stop`` puts them back)."""
        if self._saved is None:
            self._saved = _HELD or gc.get_threshold()  # held since the start: CPython's own
            g0, g1, _ = self._saved
            gc.set_threshold(g0, g1, 1 << 30)

    def stop(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def touch(self) -> None:
        self.last_input = self._clock()

    def due(self, pending: int) -> bool:
        """Should a full collection run now? ``pending``: middle-generation collections
        since the last full one (``gc.get_count()[2]``)."""
        if pending <= 0:
            return False
        return pending >= FORCE or self._clock() - self.last_input >= QUIET

    def tick(self) -> bool:
        """Run a full collection if one is due; returns whether it did."""
        if not self.due(gc.get_count()[2]):
            return False
        self._collect()
        self.collections += 1
        return True


def mapped_over_budget(budget: int = MAPPED_BUDGET, statm: str = STATM) -> bool:
    """Does the process hold more than ``budget`` bytes of resident file-backed pages
    (``/proc/self/statm``'s third field: the mapped caches, columns.bin and words.bin,
    and the libraries' code)? The filter worker then lets go of the caches' pages
    (``EventIndex.release_pages``): at a million events a search reads tens of MB of
    postings, which would otherwise stay counted in the app's memory, each search
    adding its own. True where it cannot be read (not Linux): release always."""
    held = file_backed_bytes(statm)
    return held is None or held > budget
