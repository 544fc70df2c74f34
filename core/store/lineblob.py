"""Strings kept as one UTF-8 blob, one a line (the people table's names).

A million names load in milliseconds this way, with no Python object each until one is
asked for. The blob is copied out of its source (a memory map), checked against its
CRC-32 and indexed only when first used.
"""

from __future__ import annotations

import re
import zlib
from typing import Any, Iterable

import numpy as np

__all__ = ["LineBlob", "DamagedBlob"]


class DamagedBlob(ValueError):
    """The blob does not match its checksum or the number of lines it should hold."""


class LineBlob:
    """Strings kept as one UTF-8 blob, one a line: a million of them load in milliseconds,
    with no Python object each until one is asked for. The blob is read (from the map),
    checked against its CRC-32 and indexed when first used."""

    def __init__(self, source: Any, lo: int, hi: int, crc: int | None, count: int | None,
                 starts: Any = None) -> None:
        self._source, self._lo, self._hi, self._crc, self._count = source, lo, hi, crc, count
        self._known = starts  # where each line starts (count + 1, checked; or what gives them): no scan for them
        self._blob: bytes | None = None
        self._ends = self._starts = np.zeros(0, np.int64)

    @classmethod
    def of(cls, blob: bytes) -> "LineBlob":
        return cls(blob, 0, len(blob), None, None)

    def _ready(self) -> bytes:
        if self._blob is None:
            blob = bytes(self._source[self._lo: self._hi])
            if self._crc is not None and zlib.crc32(blob) != self._crc:
                raise DamagedBlob("the names do not match their checksum")
            known = self._known() if callable(self._known) else self._known
            if known is not None and len(known) and int(known[-1]) == len(blob) and int(known[0]) == 0:
                ends = np.asarray(known[1:], dtype=np.int64) - 1
                starts = np.asarray(known[:-1], dtype=np.int64)
            else:
                ends = np.flatnonzero(np.frombuffer(blob, dtype=np.uint8) == 10)
                starts = np.concatenate(([0], ends[:-1] + 1)).astype(np.int64)
            if self._count is not None and len(ends) != self._count:
                raise DamagedBlob("the names do not match their count")
            self._starts = starts
            self._ends, self._blob, self._source, self._known = ends, blob, None, None
        return self._blob

    def ready(self) -> bool:
        return self._blob is not None

    @staticmethod
    def encode(items: Iterable[str]) -> bytes:
        return b"".join(x.replace("\n", " ").encode("utf-8") + b"\n" for x in items)

    def __len__(self) -> int:
        self._ready()
        return len(self._ends)

    def __getitem__(self, i: int) -> str:
        blob = self._ready()
        return blob[int(self._starts[i]): int(self._ends[i])].decode("utf-8")

    def many(self, ids: np.ndarray) -> list[str]:
        """The lines ``ids``, in that order (one gather, one decode each)."""
        blob = self._ready()
        return [blob[a:b].decode("utf-8") for a, b in zip(self._starts[ids].tolist(), self._ends[ids].tolist())]

    def all(self) -> list[str]:
        blob = self._ready()
        return blob.decode("utf-8").split("\n")[:-1] if blob else []

    def holding(self, needle: str) -> np.ndarray:
        """The lines that hold ``needle`` (no line break in it)."""
        blob = self._ready()
        found = [m.start() for m in re.finditer(re.escape(needle.encode("utf-8")), blob)]
        return np.unique(np.searchsorted(self._ends, np.asarray(found, dtype=np.int64))) if found \
            else np.zeros(0, dtype=np.int64)
