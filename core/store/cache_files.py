"""Helpers of the caches (``cache.py``): checksummed files and merging columns.

* :class:`CrcFile`: a file opened for appending that keeps the CRC-32 of all it holds,
  so every cache file's checksum is recorded when it is written;
* :func:`checked_json` / :func:`read_rows`: a JSON head (``rows.json``, ``people.json``)
  written with, and checked against, the CRC-32 in its fixed-width head;
* :func:`file_crc`: a file's CRC-32 through one small buffer, reused (no chunk kept);
* :func:`verify_files`: data files against the CRC-32s in the stamp;
* :func:`verify_head`: a cache kept apart (the people table), its head and data files;
* :func:`truncate`: an interrupted append cut back, so the caches stay as they were;
* :func:`merged`: new rows merged into a column in timeline order;
* :func:`postings`: each province's ranks, for ``fastquery``;
* :func:`line_ranks`: the rank of each event line of events.jsonl, for ``fastquery``;
* :func:`manifest_stat`: what says the manifest is still the one the caches were made for.
"""

from __future__ import annotations

import os
import zlib
from array import array
from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any

from . import colfile
from ..jsonload import loads
from ..messages import M_, message_of
from .schema import SCHEMA

# the caches' format (``cache.py``), here so that ``fastquery`` can check a stamp
# without importing the code that builds them
CACHE_VERSION = 21  # 12: word pairs in words.bin (wordpairs); 13: the usual words near them;
# 14: block CRC-32s of the columns (colfile.BLOCK) and each line's rank (line_rank), for fastquery;
# 15: every position of a word pair in its line (wordpairs), not the words near its first one
# 16: the articles read from the segments by offset (segrecords): articles.jsonl holds only
# those not found there verbatim; art_seg and rows.json's "segments" say where; no search.txt, bodies.txt
# (the lines search must read are made again from the records)
# 17: the events read from the segments too (``records``: a segment's code in ev_off's high bits):
# events.jsonl holds only the corrected events and those not found verbatim
# 18: words.bin bit-packed (``bitpack``): lines in Elias-Fano form, positions in the bits they need
# 19: columns.bin's whole numbers at the least width each part needs (1, 2, 4 or 8 bytes: ``colfile.code``)
# 20: a corrected pair named as the gazetteer names its places now (round 30 renamed six foreign regions to
# the names the press writes, ``scripts/gazetteer_press.py``: the caches apply the corrections, ``corrections.apply``)
# 21: the same after round 31 withdrew one of them (KR-48 "Gyeongnam" shown "Gyeongsangnam" again, gazetteer_press.WITHDRAWN)
FILES = ("events.jsonl", "articles.jsonl", "words.txt", "words.bin")
STAMPED = FILES + ("columns.bin",)
OBSOLETE = ("search.txt", "bodies.txt")  # files of older formats, removed by a rebuild

__all__ = ["CACHE_VERSION", "FILES", "OBSOLETE", "STAMPED", "CrcFile", "checked_json", "read_rows", "verify_files", "verify_head", "truncate", "merged",
           "manifest_stat", "stat_of", "postings", "line_ranks"]


class CrcFile:
    """A file opened for appending that keeps the CRC-32 of all it holds."""

    def __init__(self, fh: Any, crc: int) -> None:
        self.fh, self.crc = fh, crc

    def write(self, data: bytes) -> int:
        self.crc = zlib.crc32(data, self.crc)
        return self.fh.write(data)

    def flush(self) -> None:
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


def checked_json(data: dict[str, Any]) -> bytes:
    """``data`` (a non-empty object without a "crc" key) as JSON whose fixed-width head
    holds the CRC-32 of the rest: ``{"crc":<10 digits>,...``."""
    import orjson  # only to write the caches: a command that reads them needs only ``loads``

    body = orjson.dumps(data)
    return b'{"crc":%10d,' % zlib.crc32(body[1:]) + body[1:]


def read_rows(path: Path) -> dict[str, Any]:
    """A file written by :func:`checked_json` (rows.json, people.json), checked against
    the CRC-32 in its head; ValueError when damaged."""
    raw = path.read_bytes()
    if raw[:7] != b'{"crc":' or raw[17:18] != b"," or not raw[7:17].strip().isdigit() \
            or int(raw[7:17]) != zlib.crc32(raw[18:]):
        raise ValueError(M_("{name} does not match its checksum", name=path.name))
    data = loads(raw)
    if not isinstance(data, dict):
        raise ValueError(M_("{name} is not an object", name=path.name))
    data.pop("crc", None)
    return data


CRC_STEP = 1 << 20  # bytes read at a time to check a file: one buffer, filled again and again


def file_crc(fd: int, length: int | None = None, step: int = CRC_STEP) -> int:
    """The CRC-32 of the file open as ``fd`` (or of its first ``length`` bytes), read by
    position into one buffer of ``step`` bytes. The app checks its caches after the first
    frame (hundreds of MB at a million events): a new chunk each read, freed after, would
    leave the allocator holding megabytes that count in the peak memory."""
    end = os.fstat(fd).st_size if length is None else length
    view = memoryview(bytearray(min(step, max(end, 1))))
    crc = pos = 0
    while pos < end:
        got = _read_at(fd, view[: min(step, end - pos)], pos)
        if not got:
            break
        crc = zlib.crc32(view[:got], crc)
        pos += got
    return crc


def _read_at(fd: int, into: memoryview, pos: int) -> int:
    """Bytes of the file at ``pos`` read into ``into`` (no new buffer where the platform
    reads into one: ``os.preadv``); how many."""
    if hasattr(os, "preadv"):
        return os.preadv(fd, [into], pos)
    if hasattr(os, "pread"):
        data = os.pread(fd, len(into), pos)
    else:   # (Windows)
        os.lseek(fd, pos, os.SEEK_SET)
        data = os.read(fd, len(into))
    into[: len(data)] = data
    return len(data)


def verify_files(folder: Path, crcs: dict[str, Any], names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` in ``folder`` do not match ``crcs`` (read whole, in pieces)."""
    bad = []
    for name in names:
        try:
            fd = os.open(folder / name, os.O_RDONLY)
            try:
                crc = file_crc(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            bad.append(M_("{name}: cannot be read ({reason})", name=name, reason=exc.strerror or exc))
            continue
        if crcs.get(name) != crc:
            bad.append(M_("{name}: does not match the checksum recorded when it was written", name=name))
    return bad


def verify_head(folder: Path, head: str, names: tuple[str, ...]) -> list[str]:
    """A cache kept apart from rows.json (``people.json`` + ``people.bin``): its head
    (:func:`read_rows`) and the data files against the CRC-32s the head records under
    "crcs". A head not written yet is no problem (that cache is made when first used)."""
    try:
        data = read_rows(folder / head)
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        return [M_("{name}: {reason}", name=head, reason=message_of(exc))]
    crcs = data.get("crcs")
    return verify_files(folder, crcs if isinstance(crcs, dict) else {}, names)


def truncate(folder: Path, sizes: dict[str, int], names: tuple[str, ...]) -> None:
    """Cut the data files back to ``sizes`` (what an interrupted append added goes)."""
    for name in names:
        try:
            with open(folder / name, "r+b") as fh:
                fh.truncate(sizes[name])
        except OSError:
            pass


def merged(col: Any, order: Any, picking: bool, cuts: list[int], new: list[Any]) -> Any:
    """``col`` (rows in ``order``) with ``new[i]`` inserted before position ``cuts[i]``.
    Whole runs of old rows are copied as slices (arrays and lists alike); only when rows
    are dropped (``picking``: ``order`` is a list of kept rows) is it row by row."""
    if isinstance(col, colfile.Ragged):
        rows = col.tolist() if picking else None
        if rows is not None:
            return colfile.Ragged.from_lists(merged(rows, order, True, cuts, new))
        flat, start = array("q"), array("q", [0])
        prev = 0
        for cut, value in [*zip(cuts, new), (len(col), None)]:
            base = col.start[prev]
            shift = len(flat) - base
            flat.extend(col.flat[base: col.start[cut]])
            start.extend(s + shift for s in col.start[prev + 1: cut + 1])
            if value is not None:
                flat.extend(value)
                start.append(len(flat))
            prev = cut
        return colfile.Ragged(flat, start)
    out = array("q") if isinstance(col, array) else []
    prev = 0
    for cut, value in zip(cuts, new):
        out.extend((col[i] for i in order[prev:cut]) if picking else col[prev:cut])
        out.append(value)
        prev = cut
    out.extend((col[i] for i in order[prev:]) if picking else col[prev:])
    return out


def postings(cols: dict[str, Any], n_strings: int) -> tuple[colfile.Ragged, list[int]]:
    """For each string code, the ranks with a party in that province, ascending (once
    for each such party): ``fastquery`` reads one province's ranks instead of scanning
    the column. Also the codes that are provinces, levels or types (``rows.json`` names
    them, so that a filter finds a code without reading the whole string table)."""
    import numpy as np  # numpy: only when the caches are written

    def arr(values: Any) -> Any:
        return np.frombuffer(array("q", values), dtype=np.int64) if len(values) else np.zeros(0, np.int64)

    provs = cols["provinces"]
    rag = provs if isinstance(provs, colfile.Ragged) else colfile.Ragged.from_lists(provs)
    flat, start = arr(rag.flat), arr(rag.start)
    rows = np.repeat(np.arange(len(start) - 1, dtype=np.int64), np.diff(start))
    order = np.argsort(flat, kind="stable")
    bounds = np.searchsorted(flat[order], np.arange(n_strings + 1, dtype=np.int64), side="left")
    post = colfile.Ragged(array("q", rows[order].tobytes()), array("q", bounds.astype(np.int64).tobytes()))
    levels = cols["levels"]
    lflat = levels.flat if isinstance(levels, colfile.Ragged) else [c for row in levels for c in row]
    names = set(np.unique(flat).tolist()) | set(np.unique(arr(lflat)).tolist()) | set(cols["types"])
    return post, sorted(int(c) for c in names)


def line_ranks(sidx: Any, n_lines: int) -> array:
    """For each line of events.jsonl (and event line of the word index: the same), the rank of its
    event in the timeline, -1 for the lines of replaced articles: ``fastquery`` finds a
    person's events (the people table's rows are these lines) without inverting
    ``sidx`` itself."""
    import numpy as np  # numpy: only when the caches are written

    out = np.full(n_lines, -1, dtype=np.int64)
    if len(sidx):
        out[np.frombuffer(array("q", sidx), dtype=np.int64)] = np.arange(len(sidx), dtype=np.int64)
    return array("q", out.tobytes())


# the schema this hoptac reads, last in the stamp's name of the manifest (none before schema 3)
_SCHEMA_MARK: tuple[int, ...] = (SCHEMA,)


def manifest_stat(folder: Path) -> list[int] | None:
    """The manifest file's inode, size and modification time (ns), and the schema this
    hoptac reads. Every write of the manifest replaces the file (aside, then renamed), so
    while these are unchanged so is its generation: ``fastquery`` knows the caches fresh
    without parsing the manifest. The schema: a hoptac of another schema (one of schema 2
    stamped three numbers) finds the stamp not its own and parses the manifest, which
    refuses a newer schema (or migrates an older one) instead of reading caches made for
    data it does not know."""
    try:
        st = os.stat(folder.with_name(folder.name[:-2]))
    except OSError:
        return None
    return stat_of(st)


def stat_of(st: os.stat_result) -> list[int]:
    """:func:`manifest_stat` of the manifest whose ``os.stat`` is ``st``."""
    return [st.st_ino, st.st_size, st.st_mtime_ns, *_SCHEMA_MARK]
