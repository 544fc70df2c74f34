"""The caches' columns as they lie in ``columns.bin``, memory-mapped: the app's index.

``cache.load_columns`` decodes every column into Python lists and arrays (a million
events: a second and 300 MB before the first frame). :func:`open_mapped` instead maps
``columns.bin`` and gives the same columns as views over the map:

* an ``int`` column is a numpy array over its part (read-only, nothing copied);
* a ragged column (pairs, provinces, levels) is a :class:`NpRagged` over two of them;
* a text column (dates, ends, article ids) is a :class:`TextColumn`: where each line
  starts is found once (one numpy pass; without numpy for a column of up to
  :data:`STDLIB_LINES` lines while nothing has imported numpy yet, so the app's first
  frame does not wait for it), a line is decoded when it is asked for;
* the string table is a :class:`LazyStrings`: the codes of provinces, levels and types
  come from ``rows.json`` (what filters ask for); the whole table (the titles too) is
  decoded only if another code is asked for.

Each part is checked against its CRC-32 in the layout when it is first used, so only
what the first screen needs is read (``verify_caches`` reads the rest after the first
frame). The data files (``columns.bin``, the records, the search files) are opened
before ``rows.json`` is read and their sizes checked against its stamp, as ``fastquery``
does: caches replaced while they are opened are seen (the open is tried again), and an
open index keeps reading the files it was opened on whatever replaces them, never half
old and half new.
"""

from __future__ import annotations

import mmap
import os
import sys
import zlib
from itertools import compress, count as counting
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from ..messages import M_
from .cache_files import CACHE_VERSION, STAMPED, manifest_stat, read_rows
from .colfile import Ragged
from .errors import StoreError

if TYPE_CHECKING:
    import numpy as np

__all__ = ["MappedColumns", "TextColumn", "LazyStrings", "NpRagged", "open_mapped", "numpy_loaded"]

# a text column of up to this many lines is split into its lines while nothing has
# imported numpy (a few ms at 100,000 lines, against about 80 ms to import numpy; the
# lines kept cost about 45 bytes each); a longer one imports numpy for its one pass
STDLIB_LINES = 250_000


def numpy_loaded() -> bool:
    """Has anything imported numpy yet? (Before it has, the app's first frame is drawn
    without it: ``TextColumn``, ``rows._range_examples``, ``columns._database_bound``.)"""
    return "numpy" in sys.modules

_TRIES = 3
SEARCH_FILES = ("words.txt", "words.bin")  # what ``wordindex.Pinned`` holds
RECORD_FILES = ("events.jsonl", "articles.jsonl")


class Changed(Exception):
    """The caches changed while they were being opened: try again."""


class DamagedPart(StoreError, ValueError):
    """A part of ``columns.bin`` does not match its CRC-32 (or its layout): one line for
    the app (a StoreError), "take the full path" while opening (a ValueError)."""


def _damaged(name: str) -> DamagedPart:
    return DamagedPart(M_("a cache file of the database is damaged (columns.bin: {part} does not match its "
                          "checksum); `hoptac repair` rebuilds the caches", part=name))


class NpRagged(Ragged):
    """A :class:`~.colfile.Ragged` over numpy arrays; a row is a list of ints."""

    __slots__ = ()

    def __getitem__(self, r: int) -> list[int]:  # type: ignore[override]
        return self.flat[self.start[r]: self.start[r + 1]].tolist()

    def __iter__(self) -> Iterator[list[int]]:
        for r in range(len(self)):
            yield self[r]


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


class LazyStrings(Sequence[str]):
    """The string table: the codes ``rows.json`` names (provinces, levels, types) at
    once, the whole table (titles too) decoded from its part only if another is asked."""

    def __init__(self, names: dict[str, int], size: int, load: Any) -> None:
        self.names = names
        self._by = {c: s for s, c in names.items()}
        self._n = size
        self._load = load
        self._all: list[str] | None = None

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, code: Any) -> Any:
        if isinstance(code, slice):
            return self.whole()[code]
        got = self._by.get(code)
        if got is not None:
            return got
        return self.whole()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def whole(self) -> list[str]:
        if self._all is None:
            got = self._load()
            if not isinstance(got, list) or len(got) != self._n:
                raise _damaged("strings")
            self._all = got
        return self._all


class MappedColumns:
    """What :class:`~.cache.Columns` holds, as views over the mapped ``columns.bin``
    (see the module docstring). ``fds``: the data files opened with it."""

    _INT = ("flags", "types", "titles", "article", "ev_off", "ev_len", "sidx", "ev_crc", "art_seg", "art_off", "art_len",
            "art_crc", "line_rank")

    def __init__(self, folder: Path, rows: dict[str, Any], mm: Any, fds: dict[str, int]) -> None:
        self.folder = folder
        self.words = rows.get("words")
        self.seg_names = rows.get("segments") or []   # the segment files art_seg names
        self.words_bin = -1  # words.bin's size as the stamp gives it (``open_mapped``)
        self.fds = fds
        self._layout: dict[str, list[Any]] = rows["layout"]
        self._mm = mm
        self._got: dict[str, Any] = {}
        names = rows.get("names")
        if not isinstance(names, dict):
            raise ValueError("rows.json names no codes")
        start = self._layout.get("province_ranks.start")
        size = int(start[3]) - 1 if start else len(self._strings_part())
        self.names: dict[str, int] = names
        self.strings = LazyStrings(names, size, self._strings_part)

    def __len__(self) -> int:
        return int(self._layout["dates"][3])

    def count(self, name: str) -> int:
        """How many entries a column has, as its layout says (nothing read)."""
        return int(self._layout[name][3])

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        got = self._got.get(name)
        if got is None:
            got = self._got[name] = self._column(name)
        return got

    def _entry(self, name: str) -> tuple[int, int, int]:
        """(offset, size, count) of a part, checked against its CRC-32."""
        entry = self._layout[name]
        if len(entry) < 5:
            raise _damaged(name)
        off, size, count, crc = int(entry[1]), int(entry[2]), int(entry[3]), entry[4]
        if off + size > len(self._mm):
            raise _damaged(name)
        view = memoryview(self._mm)[off: off + size]
        try:
            if zlib.crc32(view) != crc:
                raise _damaged(name)
        finally:
            view.release()
        return off, size, count

    def unchecked(self, name: str) -> memoryview:
        """An int column whose part is not checked against its CRC-32 (nor read until
        used): for where records lie, each record being checked against its own. A view
        of the map (no numpy: the first frame reads its records through these)."""
        entry = self._layout[name]
        off, size, count = int(entry[1]), int(entry[2]), int(entry[3])
        if entry[0] != "int" or off + size > len(self._mm) or size != 8 * count:
            raise _damaged(name)
        return memoryview(self._mm)[off: off + size].cast("q")

    def int_view(self, name: str) -> memoryview:
        """An int part checked against its CRC-32, as a view of the map (no numpy)."""
        off, size, count = self._entry(name)
        if size != 8 * count:
            raise _damaged(name)
        return memoryview(self._mm)[off: off + size].cast("q")

    def ragged_view(self, name: str) -> Ragged:
        """A ragged column (pairs, provinces, levels) as views of the map (no numpy)."""
        return Ragged(self.int_view(name + ".flat"), self.int_view(name + ".start"))

    def _ints(self, name: str) -> np.ndarray:
        import numpy as np

        off, size, count = self._entry(name)
        if size != 8 * count:
            raise _damaged(name)
        return np.frombuffer(self._mm, dtype=np.int64, count=count, offset=off) if count else np.zeros(0, np.int64)

    def words_fit(self) -> bool:
        """Does the word index's list of blocks (``rows.json``) fit ``words.bin`` (as
        long as the stamp says) and cover every line? Asked after the first frame
        (``Library.verify_caches``; the word index asks again when it is read): the
        check's module imports numpy."""
        from .wordindex import blocks_fit

        return blocks_fit(self.words, self.words_bin, {"e": self.count("line_rank"), "b": self.count("article_ids")})

    def postings(self, code: int) -> np.ndarray:
        """The ranks with a party in province ``code``, ascending, once per such party:
        one slice of the postings written with the columns (``cache_files.postings``)."""
        post = self.province_ranks
        if not 0 <= code < len(post.start) - 1:
            import numpy as np

            return np.zeros(0, dtype=np.int64)
        return post.flat[int(post.start[code]): int(post.start[code + 1])]

    def _column(self, name: str) -> Any:
        if name in ("dates", "ends", "article_ids"):
            off, size, count = self._entry(name)
            return TextColumn(self._mm, off, size, count, none_if_empty=(name == "ends"))
        if name in ("pairs", "provinces", "levels", "province_ranks"):
            return NpRagged(self._ints(name + ".flat"), self._ints(name + ".start"))
        if name in self._INT:
            return self._ints(name)
        raise AttributeError(name)

    def _strings_part(self) -> list[str]:
        import orjson

        off, size, _count = self._entry("strings")
        return orjson.loads(self._mm[off: off + size])


def open_mapped(folder: Path, most: int | None = None) -> MappedColumns | None:
    """The columns of the caches in ``folder`` mapped, when their stamp names the
    manifest file as it is now (the one they were written for) and every file has its
    recorded size; None: take ``cache.load_columns`` (or, with ``most``, there are more
    events than that). Tried again when the caches change while they are opened."""
    for _ in range(_TRIES):
        try:
            return _open(folder, most)
        except Changed:
            continue
        except (OSError, ValueError, KeyError, TypeError, IndexError, StoreError):
            return None
    return None


def _open(folder: Path, most: int | None = None) -> MappedColumns | None:
    fds: dict[str, int] = {}
    try:
        # the data files first, rows.json last (it is written last): files older or
        # newer than the stamp read are caught by their sizes (and parts by their CRC-32s)
        for name in ("columns.bin", *RECORD_FILES, *SEARCH_FILES):
            fds[name] = os.open(folder / name, os.O_RDONLY)
        rows = read_rows(folder / "rows.json")
        stamp = rows.get("stamp")
        if not isinstance(stamp, dict) or stamp.get("version") != CACHE_VERSION or not stamp.get("manifest") \
                or stamp.get("manifest") != manifest_stat(folder):
            _close(fds)
            return None
        sizes = stamp.get("sizes")
        if not isinstance(sizes, dict) or set(sizes) != set(STAMPED) or set(stamp.get("crcs") or ()) != set(STAMPED):
            _close(fds)
            return None
        if any(os.fstat(fd).st_size != sizes[name] for name, fd in fds.items()):
            raise Changed
        cfd = fds.pop("columns.bin")
        try:
            mm = mmap.mmap(cfd, 0, access=mmap.ACCESS_READ) if sizes["columns.bin"] else b""
        finally:
            os.close(cfd)
        cols = MappedColumns(folder, rows, mm, fds)
        cols.words_bin = sizes["words.bin"]
        if most is not None and len(cols) > most:
            _close(fds)
            return None
        # the word index's blocks against words.bin: checked after the first frame
        # (``Library.verify_caches``, ``MappedColumns.words_fit``) and when it is read
        len(cols.dates)  # the parts the first screen reads, checked now
        return cols
    except BaseException:
        _close(fds)
        raise


def _close(fds: dict[str, int]) -> None:
    for fd in fds.values():
        try:
            os.close(fd)
        except OSError:
            pass
    fds.clear()
