"""The garbage collector paused while a view makes many small objects.

A view's answer is thousands to a million small objects (ranks as ints, people as dicts),
none of them in a reference cycle. Made with the collector running, they set off full
collections, and at a million events each one walks the index's millions of references
(the app freezes them once loaded; a command does not): a list of 800,000 ranks then took
0.5 s instead of 30 ms.
"""

from __future__ import annotations

import contextlib
import gc
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Iterator

__all__ = ["gc_paused"]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
