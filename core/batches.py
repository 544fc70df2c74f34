"""An ingest's results on their way to the store, in batches (see :class:`Batches` and
:func:`store_in_batches`, which ``ingest`` and ``reread`` share)."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Callable, Iterator

from .store.cache import update_caches
from .store.packed import head_of
from .workers import InterruptFlag

if TYPE_CHECKING:
    from .ingest import FileResult, IngestSummary
    from .store.segments import IngestItem, Store

__all__ = ["Batches", "IngestInterrupted", "store_in_batches"]


class _LockBusy(Exception):
    """Another process holds the store's write lock: the writer thread leaves it alone."""


def _busy(message: str) -> None:
    raise _LockBusy(message)


class Batches:
    """Results waiting to be stored, written every ``files`` articles or ``seconds`` —
    but never more often than four times as long as the last write
    took, so that rewriting a large manifest stays a small share of the time.

    Those writes run in a thread of their own while extraction goes on (a write is mostly
    the disk's time); :meth:`commit` waits for it and stores the rest. The thread never
    waits for another process's write lock (a wait the user may end with a second
    Ctrl+C, which only the main thread hears): it hands its batch back, and from then on
    the main thread stores everything at the end. It is not a daemon thread: a process
    that ends while it writes ends after the write."""

    def __init__(self, store: "Store", summary: "IngestSummary", on_wait: Callable[[str], None] | None,
                 files: int, seconds: float, again: bool = False) -> None:
        self.store, self.summary, self.on_wait = store, summary, on_wait
        self.again = again  # a stored article's new reading replaces it even when this version read it
        self.files, self.seconds = files, seconds
        self.ready: list[FileResult] = []
        self.last = time.monotonic()
        self.took = 0.0
        self.background = True
        self._writer: threading.Thread | None = None
        self._error: BaseException | None = None
        self._returned: list[FileResult] = []

    def add(self, fr: FileResult) -> None:
        if fr.item is None:
            return
        self.ready.append(fr)
        if self._writer is not None and not self._writer.is_alive():
            self._join()  # the last write is done (raises what went wrong there)
        now = time.monotonic()
        if self.background and self._writer is None and (len(self.ready) >= self.files or
                                                          now - self.last >= max(self.seconds, 4 * self.took)):
            ready, self.ready = self.ready, []
            self._writer = threading.Thread(target=self._write, args=(ready,), name="hoptac-store-writer")
            self._writer.start()

    def _write(self, ready: list[FileResult]) -> None:
        t0 = time.monotonic()
        try:
            self._apply(ready, on_wait=_busy)
        except _LockBusy:
            self._returned = ready  # nothing was written: the main thread stores them
        except BaseException as exc:  # noqa: BLE001 - raised again in the main thread
            self._error = exc
        self.last = time.monotonic()
        self.took = self.last - t0

    def _join(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer = None
        if self._returned:
            self.ready[:0], self._returned = self._returned, []
            self.background = False
        if self._error is not None:
            err, self._error = self._error, None
            raise err

    def settle(self) -> None:
        """Wait for a write under way, whatever its outcome (the ingest is ending on a
        second Ctrl+C: what that write stored is reported, the rest is not stored)."""
        if self._writer is not None:
            self._writer.join()
            self._writer = None
        self._error, self._returned = None, []

    def commit(self) -> None:
        """Wait for a write under way, then store what is ready (an interrupt meanwhile
        only raises the flag: see ingest_paths)."""
        self._join()
        if not self.ready:
            return
        ready, t0 = self.ready, time.monotonic()
        self._apply(ready, on_wait=self.on_wait)
        self.ready = []
        self.last = time.monotonic()
        self.took = self.last - t0

    def _apply(self, ready: list[FileResult], on_wait: Callable[[str], None] | None) -> None:
        store, summary = self.store, self.summary

        def refresh_caches(old_generation: int, stored: list[IngestItem], removed: set[str]) -> None:
            if any(head_of(i)["id"] in removed for i in stored):
                return  # an article read again keeps its id: the next open rebuilds the caches
            try:
                # a generator: a packed item is decoded only when the caches are to be updated
                update_caches(store, old_generation, ((i.article, i.events) for i in stored), removed)
            except OSError:
                pass  # the caches are derived: the next open rebuilds them from the store

        by_source = {fr.source: fr for fr in ready}
        applied = store.apply([fr.item for fr in ready if fr.item is not None], on_wait=on_wait,
                              after=refresh_caches, again=self.again)
        for status, sources in (("new", applied.new), ("unchanged", applied.unchanged),
                                ("replaced", applied.replaced), ("reread", applied.reread)):
            for src in sources:
                if src in by_source:
                    by_source[src].status = status
        for fr in ready:
            if not fr.status:
                fr.status = "unchanged"  # the same source twice in one batch: the first one counts
            fr.item = None  # stored: the memory goes back
        summary.events_added += applied.events_added
        summary.events_removed += applied.events_removed
        summary.commits += 1


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl+C (or SIGTERM/SIGHUP made interrupts) during an ingest: the batches finished
    before it are stored; ``summary`` says what was done."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary


def store_in_batches(store: "Store", summary: "IngestSummary",
                     results: Callable[[InterruptFlag], Iterator["FileResult"]], *,
                     on_progress: Callable[["FileResult"], None] | None = None,
                     on_wait: Callable[[str], None] | None = None, again: bool = False) -> "IngestSummary":
    """Store what ``results(stop)`` gives (each in ``summary`` once, said to ``on_progress``)
    in batches, as ``ingest`` and ``reread`` do. ``results`` checks ``stop`` between results,
    ends there, and stops its workers (``ingest.PoolSlot``). An interrupt (Ctrl+C; SIGTERM and
    SIGHUP made interrupts) stores what was finished and raises :class:`IngestInterrupted`
    with the summary; a second one ends a wait for the write lock at once. ``again``: see
    :meth:`Store.apply`."""
    from . import ingest  # (its batch sizes, read when called: a test may set them)

    batches = Batches(store, summary, on_wait, files=ingest.BATCH_FILES, seconds=ingest.BATCH_SECONDS,
                      again=again)
    with InterruptFlag() as stop:
        each = results(stop)
        try:
            for fr in each:
                if fr.error is not None:
                    fr.status = "failed"
                summary.files.append(fr)
                if on_progress:
                    on_progress(fr)
                batches.add(fr)
                if stop:
                    break
        except KeyboardInterrupt:
            stop.set()  # e.g. from a callback, a second Ctrl+C, or where no handler could be installed
        finally:
            each.close()  # its workers stop (at once after an interrupt: the flag is raised by now)
        if not stop.insisted:
            try:
                batches.commit()  # what was finished; an interrupt now only raises the flag
            except KeyboardInterrupt:
                pass  # asked twice: this batch is not stored (whole or not at all)
        else:
            try:
                batches.settle()  # a write under way ends first (that thread never waits for a lock)
            except KeyboardInterrupt:
                pass
    if stop:
        summary.interrupted = True
        summary.files = [f for f in summary.files if f.status]  # what was finished
        raise IngestInterrupted(summary)
    return summary
