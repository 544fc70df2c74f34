"""Helpers of the caches (``cache.py``): checksummed files and merging columns.

* :class:`CrcFile`: a file opened for appending that keeps the CRC-32 of all it holds,
  so every cache file's checksum is recorded when it is written;
* :func:`read_rows`: ``rows.json``, checked against the CRC-32 in its fixed-width head;
* :func:`verify_files`: data files against the CRC-32s in the stamp;
* :func:`truncate`: an interrupted append cut back, so the caches stay as they were;
* :func:`merged`: new rows merged into a column in timeline order.
"""

from __future__ import annotations

import zlib
from array import array
from pathlib import Path
from typing import Any

import orjson

from . import colfile

__all__ = ["CrcFile", "read_rows", "verify_files", "truncate", "merged"]


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


def read_rows(path: Path) -> dict[str, Any]:
    """rows.json, checked against the CRC-32 in its head; ValueError when damaged."""
    raw = path.read_bytes()
    if raw[:7] != b'{"crc":' or raw[17:18] != b"," or not raw[7:17].strip().isdigit() \
            or int(raw[7:17]) != zlib.crc32(raw[18:]):
        raise ValueError("rows.json does not match its checksum")
    data = orjson.loads(raw)
    if not isinstance(data, dict):
        raise ValueError("rows.json is not an object")
    data.pop("crc", None)
    return data


def verify_files(folder: Path, crcs: dict[str, Any], names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` in ``folder`` do not match ``crcs`` (read whole, in chunks)."""
    bad = []
    for name in names:
        crc = 0
        try:
            with open(folder / name, "rb") as fh:
                while chunk := fh.read(8 << 20):
                    crc = zlib.crc32(chunk, crc)
        except OSError as exc:
            bad.append(f"{name}: cannot be read ({exc.strerror or exc})")
            continue
        if crcs.get(name) != crc:
            bad.append(f"{name}: does not match the checksum recorded when it was written")
    return bad


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
