"""Extraction processes that never outlive hoptac, and interrupts that never cut a write.

:class:`WorkerPool` runs a function over many items in worker processes, in order. Its
workers end when the process that started them ends, however it ends (kill -9 included):

* on Linux the kernel kills them (``prctl(PR_SET_PDEATHSIG, SIGKILL)``);
* everywhere, a thread in each worker checks a few times a second that its parent is
  still the process that started it (``os.getppid()``), and ends the worker otherwise.

Workers ignore Ctrl+C and SIGHUP (a terminal sends those to the whole process group):
the parent decides, and :meth:`WorkerPool.stop` ends them at once.

:class:`InterruptFlag` turns Ctrl+C (and SIGTERM/SIGHUP, when the program made them
interrupts with :func:`interrupt_on_signals`) into a flag the work checks between steps, so
that it stops where stopping is clean: never inside a write, never inside the pool.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections import deque
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, Sized, TypeVar

from .interrupts import interrupt_on_signals

if TYPE_CHECKING:  # concurrent.futures (and logging): for the pool only, not for every command
    from concurrent.futures import Future

__all__ = ["WorkerPool", "InterruptFlag", "interrupt_on_signals", "worker_init", "PARENT_POLL"]

T = TypeVar("T")
R = TypeVar("R")

PARENT_POLL = 0.25  # seconds between a worker's checks that its parent is alive
STOP_GRACE = 5.0    # seconds running chunks get to finish after an interrupt
_PR_SET_PDEATHSIG = 1
_HANGUP = getattr(signal, "SIGHUP", None)


def _die_with_parent() -> None:
    """Linux: ask the kernel to kill this process when its parent ends."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watching thread below does the same, a little later


def _watch_parent(parent: int) -> None:
    import time

    while True:
        if os.getppid() != parent:
            os._exit(1)  # the parent is gone: nothing here is worth finishing
        time.sleep(PARENT_POLL)


def worker_init(parent: int, setup: Callable[..., None] | None = None, args: Sequence[Any] = ()) -> None:
    """The first thing a worker does: leave interrupts to the parent, die with it, then
    ``setup(*args)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _HANGUP is not None:
        signal.signal(_HANGUP, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()
    if setup is not None:
        setup(*args)


def _noop() -> None:
    pass


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


class WorkerPool:
    """``n`` worker processes; :meth:`imap` gives results in the order of the items."""

    def __init__(self, n: int, setup: Callable[..., None] | None = None, args: Sequence[Any] = ()) -> None:
        from concurrent.futures import ProcessPoolExecutor  # multiprocessing: only when a pool is made

        self._pool = ProcessPoolExecutor(max_workers=n, initializer=worker_init,
                                         initargs=(os.getpid(), setup, tuple(args)))
        self.n = n
        self._inflight: deque[Future[Any]] = deque()

    def start(self) -> None:
        """Start the processes now (they run ``setup`` while the caller does other work)."""
        for _ in range(self.n):
            self._pool.submit(_noop)

    def submit(self, fn: Callable[..., R], *args: Any) -> "Future[R]":
        return self._pool.submit(fn, *args)

    def imap(self, fn: Callable[[T], R], items: Iterable[T], chunksize: int = 8,
             should_stop: Callable[[], bool] = lambda: False) -> Iterator[R]:
        """``fn`` over ``items`` in chunks, a few chunks ahead of the consumer (memory stays
        bounded whatever the number of items). Ends early, between results, once
        ``should_stop()``; :meth:`stop` then ends the workers."""
        # the last few chunks small, so that the workers end together (when the length is known)
        total = len(items) if isinstance(items, Sized) else None
        chunks = _chunked(items, chunksize, None if total is None else total - 2 * self.n * chunksize)
        pending = self._inflight
        from concurrent import futures

        for chunk in chunks:
            pending.append(self._pool.submit(_run_chunk, fn, chunk))
            if len(pending) >= 2 * self.n:  # one running and one waiting per worker
                break
        while pending:
            head = pending[0]
            while True:
                if should_stop():
                    return
                try:
                    done = head.result(timeout=0.1)
                    break
                except futures.TimeoutError:
                    continue
            pending.popleft()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(self._pool.submit(_run_chunk, fn, nxt))
            yield from done

    def processes(self) -> list[int]:
        """The workers' process ids (for tests and the robustness bench)."""
        return [p.pid for p in self._procs() if p.pid]

    def _procs(self) -> list[Any]:
        return list((getattr(self._pool, "_processes", None) or {}).values())

    def stop(self, *, now: bool) -> None:
        """``now`` (an interrupt): the chunks handed out (a few) get ``STOP_GRACE`` seconds
        to finish, then the workers are killed. Else the workers finish and exit on their
        own. (Nothing is cancelled: Python 3.11's pool fails on cancelled work when it is
        broken — an InvalidStateError — hence few chunks in flight instead.)"""
        if not now:
            self._pool.shutdown(wait=False)
            return
        from concurrent.futures import wait as futures_wait

        _, late = futures_wait(list(self._inflight), timeout=STOP_GRACE)
        self._inflight.clear()
        if late:
            # a worker stuck on a file: kill them all. The pool's reader thread may be
            # inside a half-sent result; closing this process's end of the result pipe
            # gives it an end of file, so the pool shuts down instead of waiting forever.
            for proc in self._procs():
                with contextlib.suppress(Exception):
                    proc.kill()
            writer = getattr(getattr(self._pool, "_result_queue", None), "_writer", None)
            with contextlib.suppress(Exception):
                if writer is not None:
                    writer.close()
        with contextlib.suppress(Exception):
            self._pool.shutdown(wait=True)


def _chunked(items: Iterable[T], size: int, taper_from: int | None = None) -> Iterator[list[T]]:
    """Lists of ``size`` items; from item ``taper_from`` on, of a quarter of that."""
    chunk: list[T] = []
    limit = size
    for i, x in enumerate(items):
        if taper_from is not None and i >= taper_from:
            limit = max(1, size // 4)
        chunk.append(x)
        if len(chunk) >= limit:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class InterruptFlag:
    """While active (a ``with`` block in the main thread), Ctrl+C — and SIGTERM/SIGHUP when
    the program made them interrupts — only raise this flag: the work checks it between
    steps and stops where it can stop cleanly. An exception raised at an arbitrary point
    could leave a lock of the process pool held (a hang) or a batch half-stored. A second
    interrupt raises :class:`KeyboardInterrupt` at once (``insisted``)."""

    def __init__(self) -> None:
        self.raised = False
        self.insisted = False  # a second interrupt: stop now, even inside a wait or a write
        self._old: dict[int, Any] = {}

    def __bool__(self) -> bool:
        return self.raised

    def set(self, signum: int | None = None, frame: object = None) -> None:
        if self.raised and signum is not None:
            # asked twice (say, while waiting for another writer's lock): the user wants
            # out now. The interrupt is raised where the program is; writes are made
            # aside and renamed, so a cut write leaves the store as it was.
            self.insisted = True
            raise KeyboardInterrupt
        self.raised = True

    def __enter__(self) -> "InterruptFlag":
        if threading.current_thread() is threading.main_thread():
            for s in (signal.SIGINT, signal.SIGTERM, _HANGUP):
                if s is not None and callable(signal.getsignal(s)):
                    self._old[s] = signal.signal(s, self.set)
        return self

    def __exit__(self, *exc: object) -> None:
        for s, handler in self._old.items():
            signal.signal(s, handler)
        self._old.clear()
