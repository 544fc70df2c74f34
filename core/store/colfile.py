"""Columns on disk, in one binary file that loads in a blink.

Parsing a million-row JSON document of small lists costs seconds and a gigabyte of
Python objects; reading packed arrays costs neither. A column is one of

* ``int``: whole numbers, each part stored at the least width its values need: 1, 2, 4 or
  8 bytes a number, signed, little-endian (the width is the part's size over its count:
  :func:`code`; cache version 19, 8 throughout before), read back as 64-bit integers
  (``array('q')``; ``mapped`` and ``fastquery`` read them in place and widen them where
  they compute with them: :func:`widened`);
* ``text``: one string per row (no line breaks), stored as UTF-8 lines; ``None`` is "";
* ``ragged``: a short list of whole numbers per row (a pair, the parties' provinces),
  stored flat with where each row starts (the CSR layout), read back as :class:`Ragged`;
* ``json``: one JSON value (the string table: names that may hold any character).

:func:`save` writes them all into one file (aside, then renamed) and returns the
layout (name → kind, offset, length, count, CRC-32 of the part) to keep beside it; :func:`load` reads them back.
Each whole-number part larger than a block also gets a table of the CRC-32s of its
blocks of :data:`BLOCK` bytes (an ``int`` part named ``<part>:blocks``), so that a
reader of a few rows (``fastquery``) checks the blocks it reads, not the whole part.
"""

from __future__ import annotations

import os
import zlib
from array import array
from collections import abc as _abc
from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, Iterable, Iterator, Sequence


__all__ = ["Ragged", "save", "load", "block_crcs", "code", "widened", "TEXT", "RAGGED", "BLOCK", "BLOCKS"]

BLOCK = 4096  # bytes of a part checked alone (512 whole numbers)
BLOCKS = ":blocks"  # the suffix of a part's table of block CRC-32s

TEXT = frozenset({"dates", "ends", "article_ids"})
RAGGED = frozenset({"pairs", "provinces", "levels", "province_ranks"})
JSON = frozenset({"strings"})
_CODES = {1: "b", 2: "h", 4: "i", 8: "q"}   # bytes a number → its array / memoryview / numpy code


def code(entry: Sequence[Any]) -> str | None:
    """The code (``array``, ``memoryview.cast`` and numpy alike: "b", "h", "i" or "q") of
    an ``int`` part from its layout entry (kind, offset, size, count, ...): its size over
    its count; None when they do not fit one of the widths."""
    size, count = int(entry[2]), int(entry[3])
    if not count:
        return "q" if not size else None
    width = size // count
    return _CODES.get(width) if width * count == size else None


def _narrow(values: Any) -> bytes:
    """Whole numbers as bytes at the least width that holds them all (see :func:`code`)."""
    import numpy as np  # (only to write the caches)

    a = np.frombuffer(values, dtype=np.int64) if isinstance(values, array) and values.typecode == "q" \
        else np.asarray(values, dtype=np.int64)
    if not len(a):
        return b""
    lo, hi = int(a.min()), int(a.max())
    for t in ("<i1", "<i2", "<i4"):
        info = np.iinfo(t)
        if info.min <= lo and hi <= info.max:
            return a.astype(t).tobytes()
    return a.astype("<i8").tobytes()


def widened(raw: Any, typecode: str) -> array:
    """Whole numbers of ``raw`` (bytes of numbers coded ``typecode``) as ``array('q')``."""
    out = array("q")
    if typecode == "q":
        out.frombytes(raw)
        return out
    import sys

    if "numpy" in sys.modules:   # (a command that has not imported numpy widens them itself)
        import numpy as np

        out.frombytes(np.frombuffer(raw, dtype="<" + {"b": "i1", "h": "i2", "i": "i4"}[typecode]).astype("<i8").tobytes())
        return out
    part = array(typecode)
    part.frombytes(raw)
    return array("q", part)


class Ragged(_abc.Sequence):  # of Sequence[int]
    """Row ``r`` is ``flat[start[r]:start[r + 1]]``."""

    __slots__ = ("flat", "start")

    def __init__(self, flat: Sequence[int], start: Sequence[int]) -> None:
        self.flat = flat
        self.start = start

    @classmethod
    def from_lists(cls, rows: Sequence[Sequence[int]]) -> "Ragged":
        flat = array("q")
        start = array("q", [0])
        for row in rows:
            flat.extend(row)
            start.append(len(flat))
        return cls(flat, start)

    def __len__(self) -> int:
        return len(self.start) - 1

    def __getitem__(self, r: int) -> Sequence[int]:  # type: ignore[override]
        return self.flat[self.start[r]: self.start[r + 1]]

    def __iter__(self) -> Iterator[Sequence[int]]:
        flat, start = self.flat, self.start
        for r in range(len(start) - 1):
            yield flat[start[r]: start[r + 1]]

    def tolist(self) -> list[list[int]]:
        return [list(row) for row in self]


def save(path: Path, columns: dict[str, Sequence[Any]], stamp: dict[str, Any] | None = None) -> dict[str, list[Any]]:
    """Write ``columns`` into ``path``; returns the layout to pass to :func:`load`
    (and puts the file's CRC-32 in ``stamp["crc"]`` when given)."""
    parts: list[bytes] = []
    layout: dict[str, list[Any]] = {}
    pos = 0

    def put(name: str, kind: str, data: bytes, count: int) -> None:
        nonlocal pos
        layout[name] = [kind, pos, len(data), count, zlib.crc32(data)]  # each part's CRC-32: read alone
        parts.append(data)
        pos += len(data)

    for name, col in columns.items():
        if name in JSON:
            import orjson

            put(name, "json", orjson.dumps(col), 1)
        elif name in TEXT:
            put(name, "text", "\n".join((s or "") for s in col).encode("utf-8"), len(col))
        elif name in RAGGED:
            rag = col if isinstance(col, Ragged) else Ragged.from_lists(col)
            put(name + ".flat", "int", _narrow(rag.flat), len(rag.flat))
            put(name + ".start", "int", _narrow(rag.start), len(rag.start))
        else:
            put(name, "int", _narrow(col), len(col))
    for name in [n for n, e in layout.items() if e[0] == "int" and e[2] > BLOCK]:
        table = block_crcs(memoryview(parts[list(layout).index(name)]))
        put(name + BLOCKS, "int", _narrow(table), len(table))
    data = b"".join(parts)
    from .storage import atomic_write_bytes  # the store's writer: not for a command that only reads

    atomic_write_bytes(path, data)
    if stamp is not None:
        stamp["crc"] = zlib.crc32(data)
    return layout


def block_crcs(data: memoryview) -> array:
    """The CRC-32 of each :data:`BLOCK` bytes of ``data`` (the last block may be short)."""
    return array("q", (zlib.crc32(data[k: k + BLOCK]) for k in range(0, len(data), BLOCK)))


def load(path: Path, layout: dict[str, list[Any]], *, as_lists: bool = False, crc: int | None = None,
         only: Iterable[str] | None = None) -> dict[str, Any]:
    """The columns of ``path``: arrays and :class:`Ragged` views, or plain lists
    (``as_lists``, for rewriting them). Raises ValueError if the file does not fit (or
    does not match ``crc``, its CRC-32 when written).

    ``only``: just these columns (a ragged one by its name), each part read alone and
    checked against its own CRC-32 in the layout: the rest of the file is neither read
    nor held (``cache.load_columns`` does not need the province postings, which are
    ``fastquery``'s), and the file is never in memory whole beside its columns."""
    wanted = None if only is None else set(only)
    if wanted is not None:
        names = [n for n in layout if not n.endswith(BLOCKS) and (n in wanted or n.rsplit(".", 1)[0] in wanted)]
        if all(len(layout[n]) >= 5 for n in names):
            return _load_parts(path, layout, names, as_lists)
    data = path.read_bytes()
    if crc is not None and zlib.crc32(data) != crc:
        raise ValueError(f"{path.name} does not match its checksum")
    return _columns(path, layout, lambda name: data, as_lists, wanted)


def _load_parts(path: Path, layout: dict[str, list[Any]], names: list[str], as_lists: bool) -> dict[str, Any]:
    got = {n.rsplit(".", 1)[0] if n.endswith((".flat", ".start")) else n for n in names}
    with open(path, "rb") as fh:
        fd, size = fh.fileno(), os.fstat(fh.fileno()).st_size

        def source(name: str) -> bytes:  # each part read when converted, then let go
            off, length, want = layout[name][1], layout[name][2], layout[name][4]
            if off + length > size:
                raise ValueError(f"{path.name} is shorter than its layout says")
            raw = os.pread(fd, length, off)
            if len(raw) != length or zlib.crc32(raw) != want:
                raise ValueError(f"{path.name} does not match its checksum ({name})")
            return raw

        return _columns(path, {n: [layout[n][0], 0, *layout[n][2:]] for n in names}, source, as_lists, got)


def _columns(path: Path, layout: dict[str, list[Any]], source: Any, as_lists: bool,
             wanted: set[str] | None) -> dict[str, Any]:
    """The columns ``wanted`` (None: all) of ``layout``; ``source(name)`` gives the
    bytes the entry's offset is counted in."""
    out: dict[str, Any] = {}

    def part(name: str) -> bytes:
        entry = layout[name]
        data = source(name)
        off, size = entry[1], entry[2]
        if off + size > len(data):
            raise ValueError(f"{path.name} is shorter than its layout says")
        return data[off: off + size] if (off or size != len(data)) else data

    def ints(name: str) -> array:
        typecode = code(layout[name])
        if typecode is None:
            raise ValueError(f"{path.name}: a column has the wrong length")
        arr = widened(part(name), typecode)
        if len(arr) != layout[name][3]:
            raise ValueError(f"{path.name}: a column has the wrong length")
        return arr

    for name, entry in layout.items():
        if name.endswith((".flat", ".start", BLOCKS)) or (wanted is not None and name not in wanted):
            continue
        if entry[0] == "json":
            import orjson

            out[name] = orjson.loads(part(name))
        elif entry[0] == "text":
            lines = part(name).decode("utf-8").split("\n") if entry[3] else []
            if len(lines) != entry[3]:
                raise ValueError(f"{path.name}: a text column has the wrong length")
            if name == "ends":
                lines = [s or None for s in lines]  # type: ignore[misc]
            out[name] = lines
        else:
            out[name] = ints(name).tolist() if as_lists else ints(name)
    for name in RAGGED:
        if name + ".flat" in layout and (wanted is None or name in wanted):
            rag = Ragged(ints(name + ".flat"), ints(name + ".start"))
            out[name] = rag.tolist() if as_lists else rag
    return out
