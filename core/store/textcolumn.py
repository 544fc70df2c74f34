"""A text column of ``columns.bin`` (dates, ends, article ids) as it lies in the map:
its lines found once, each decoded when asked for (``mapped.MappedColumns``).

Before anything has imported numpy (the app's first frame: ``numpy_loaded``), a column
of up to :data:`STDLIB_LINES` lines is split into its lines in Python and the numpy
methods find the line bounds when first called; otherwise one numpy pass finds them.
"""

from __future__ import annotations

import sys
from itertools import compress, count as counting
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from ..messages import M_
from .errors import StoreError

if TYPE_CHECKING:
    import numpy as np

__all__ = ["TextColumn", "STDLIB_LINES", "numpy_loaded", "DamagedPart"]

# a text column of up to this many lines is split into its lines while nothing has
# imported numpy (a few ms at 100,000 lines, against about 80 ms to import numpy; the
# lines kept cost about 45 bytes each); a longer one imports numpy for its one pass
STDLIB_LINES = 250_000


def numpy_loaded() -> bool:
    """Has anything imported numpy yet? (Before it has, the app's first frame is drawn
    without it: ``TextColumn``, ``rows._range_examples``, ``columns._database_bound``.)"""
    return "numpy" in sys.modules


class DamagedPart(StoreError, ValueError):
    """A part of ``columns.bin`` does not match its CRC-32 (or its layout): one line for
    the app (a StoreError), "take the full path" while opening (a ValueError)."""


def _damaged(name: str) -> DamagedPart:
    return DamagedPart(M_("a cache file of the database is damaged (columns.bin: {part} does not match its "
                          "checksum); `hoptac repair` rebuilds the caches", part=name))


class TextColumn(Sequence[Any]):
    """Lines of a text part as they lie in the map; line ``i`` decoded when asked for
    (``none_if_empty``: an empty line is None, as the ``ends`` column is loaded). Where
    the lines lie is found with one numpy pass; a column of up to :data:`STDLIB_LINES`
    lines opened while numpy is not imported yet (the app's first frame) is split into
    its lines instead (``bytes.split``: about 4 ms at 100,000 lines, kept), and the
    methods that need numpy find the bounds when first called (importing it then)."""

    def __init__(self, mm: Any, off: int, size: int, count: int, *, none_if_empty: bool = False) -> None:
        self._mm, self._off, self._size = mm, off, size
        self._n = count
        self._none = none_if_empty
        self._buf: Any = None
        self._bounds: Any = None  # line i is buf[bounds[i] + 1: bounds[i + 1]] (numpy)
        self._lines: list[bytes] | None = None  # or the lines themselves (before numpy)
        self._nonempty: list[int] | None = None
        if count > STDLIB_LINES or numpy_loaded():
            self._np_bounds()
        elif count:
            lines = mm[off: off + size].split(b"\n")
            if len(lines) != count:
                raise _damaged("a text column")
            self._lines = lines

    def _np_buf(self) -> "np.ndarray":
        if self._buf is None:
            import numpy as np

            self._buf = np.frombuffer(self._mm, dtype=np.uint8, count=self._size, offset=self._off) if self._size \
                else np.zeros(0, np.uint8)
        return self._buf

    def _np_bounds(self) -> "np.ndarray":
        """Where the lines lie, found with numpy when first asked for (one pass)."""
        bounds = self._bounds
        if bounds is None:
            import numpy as np

            buf, count, size = self._np_buf(), self._n, self._size
            nl = np.flatnonzero(buf == 10)
            if count and len(nl) != count - 1:
                raise _damaged("a text column")
            bounds = np.empty(count + 1, dtype=np.int32 if size < (1 << 31) - 1 else np.int64)
            if count:
                bounds[0], bounds[1:-1], bounds[-1] = -1, nl, size
            self._bounds = bounds
        return bounds

    def raw_lines(self) -> list[bytes] | None:
        """The lines as bytes when the column was opened without numpy, else None."""
        return self._lines

    def nonempty(self) -> list[int]:
        """The lines that are not empty, ascending."""
        if self._nonempty is None:
            lines = self._lines
            if lines is not None:
                self._nonempty = list(compress(counting(), lines))
            else:
                import numpy as np

                self._nonempty = np.flatnonzero(self.present()).tolist()
        return self._nonempty

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._n))]
        i = int(i)
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        lines = self._lines
        if lines is not None:
            s = lines[i].decode("utf-8")
        else:
            off, bounds = self._off, self._bounds
            s = self._mm[off + int(bounds[i]) + 1: off + int(bounds[i + 1])].decode("utf-8")
        return (s or None) if self._none else s

    def __iter__(self) -> Iterator[Any]:
        lines = self._mm[self._off: self._off + self._size].decode("utf-8").split("\n") if self._n else []
        return iter([s or None for s in lines] if self._none else lines)

    def lengths(self) -> np.ndarray:
        import numpy as np

        return np.diff(self._np_bounds()).astype(np.int64) - 1

    def present(self) -> np.ndarray:
        """Which lines are not empty (a bool per line)."""
        import numpy as np

        return np.diff(self._np_bounds()) > 1

    def prefixes(self, rows: np.ndarray, k: int) -> np.ndarray:
        """The first ``k`` bytes of lines ``rows`` (one row each), 0 past a line's end."""
        import numpy as np

        rows = np.asarray(rows, dtype=np.int64)
        bounds, buf = self._np_bounds(), self._np_buf()
        start = bounds[rows].astype(np.int64) + 1
        length = (bounds[rows + 1].astype(np.int64) - start)
        if not len(buf):
            return np.zeros((len(rows), k), dtype=np.uint8)
        pos = np.minimum(start[:, None] + np.arange(k), len(buf) - 1)
        return np.where(np.arange(k) < length[:, None], buf[pos], 0).astype(np.uint8)

    def years(self) -> np.ndarray:
        """Each line's first four characters as a year (0 when they are not four digits)."""
        import numpy as np

        if not self._n:
            return np.zeros(0, dtype=np.int32)
        head = self.prefixes(np.arange(self._n), 4).astype(np.int32) - 48
        whole = ((head >= 0) & (head <= 9)).all(axis=1)
        return np.where(whole, head @ np.array([1000, 100, 10, 1], dtype=np.int32), 0).astype(np.int32)

    def build_lookup(self) -> None:
        """Hash every line now (a background thread's work), so :meth:`last_index` is a
        bisect instead of a search through the map: 8 bytes a line and its order."""
        import numpy as np

        hashes = np.fromiter((hash(s) for s in self), dtype=np.int64, count=self._n)
        order = np.argsort(hashes, kind="stable")  # equal hashes: lines in order
        self._lookup = (hashes[order], order)

    def last_index(self, value: str) -> int | None:
        """The last line that is ``value`` (None: none is): by its hash when
        :meth:`build_lookup` ran, else found by one search in the map."""
        n = self._n
        if not n:
            return None
        lookup = getattr(self, "_lookup", None)
        if lookup is not None:
            import numpy as np

            hashes, order = lookup
            h = hash(value)
            lo, hi = np.searchsorted(hashes, h, side="left"), np.searchsorted(hashes, h, side="right")
            for i in reversed(order[lo:hi].tolist()):
                if self[i] == value:
                    return i
            return None
        if not value or "\n" in value:
            return next((i for i in range(n - 1, -1, -1) if self[i] == value), None) if not value else None
        if self[n - 1] == value:
            return n - 1
        needle = b"\n" + value.encode("utf-8") + b"\n"
        at = self._mm.rfind(needle, self._off, self._off + self._size)
        if at >= 0:
            import numpy as np

            return int(np.searchsorted(self._np_bounds(), at - self._off, side="left"))
        return 0 if self[0] == value else None
