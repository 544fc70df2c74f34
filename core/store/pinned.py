"""Cache files opened once and read by position (``wordindex``, ``search``): what a
process opened stays what it reads, whatever another process renames over them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["Pinned"]


class Pinned:
    """Cache files opened once, read by position: another process that rebuilds the caches
    replaces the files (a rename), and what was opened here stays what is read."""

    NAMES = ("words.txt", "words.bin")

    def __init__(self, folder: Path, names: Iterable[str] = NAMES) -> None:
        self.fds: dict[str, int] = {}
        try:
            for name in names:
                self.fds[name] = os.open(folder / name, os.O_RDONLY)
        except OSError:
            self.close()
            raise

    def size(self, name: str) -> int:
        return os.fstat(self.fds[name]).st_size

    def chunks(self, name: str, length: int | None = None, step: int = 8 << 20) -> Iterator[bytes]:
        """The file (or its first ``length`` bytes) in pieces of ``step`` bytes."""
        fd, pos = self.fds[name], 0
        end = self.size(name) if length is None else length
        while pos < end:
            chunk = os.pread(fd, min(step, end - pos), pos)
            if not chunk:
                return
            pos += len(chunk)
            yield chunk

    def lines(self, name: str) -> Iterator[bytes]:
        """Its lines, without their line breaks."""
        rest = b""
        for chunk in self.chunks(name):
            parts = (rest + chunk).split(b"\n")
            rest = parts.pop()
            yield from parts
        if rest:
            yield rest

    def close(self) -> None:
        for fd in self.fds.values():
            os.close(fd)
        self.fds = {}

    def __del__(self) -> None:
        self.close()
