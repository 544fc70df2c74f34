"""SIGTERM and SIGHUP as Ctrl+C for a command (:func:`interrupt_on_signals`). Apart from
``workers`` (which re-exports it) so that a command answering from the caches does not
import ``threading`` and the pool's modules for it (about 4 million instructions)."""

from __future__ import annotations

import signal
import sys

__all__ = ["interrupt_on_signals"]

_HANGUP = getattr(signal, "SIGHUP", None)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


class interrupt_on_signals:  # noqa: N801 (used as a function: ``with interrupt_on_signals():``)
    """SIGTERM and SIGHUP raise :class:`KeyboardInterrupt` like Ctrl+C, so that a command
    killed politely (or whose terminal went away) ends as an interrupted one: what it
    finished is kept, its workers are stopped. Main thread only; elsewhere nothing changes
    (no thread but the main one runs while ``threading`` was never imported)."""

    def __init__(self) -> None:
        self._old: dict[int, object] = {}

    def __enter__(self) -> None:
        threading = sys.modules.get("threading")
        if threading is not None and threading.current_thread() is not threading.main_thread():
            return
        for s in (signal.SIGTERM, _HANGUP):
            if s is not None:
                self._old[s] = signal.signal(s, _raise_interrupt)

    def __exit__(self, *exc: object) -> None:
        for s, handler in self._old.items():
            signal.signal(s, handler)  # type: ignore[arg-type]
        self._old.clear()
