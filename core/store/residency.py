"""How much of the process's resident memory is file-backed pages (``/proc/self/statm``'s
third field): the mapped caches and segments, and the libraries' code. The app, the search
and the large answers let go of mapped pages past a budget of these; where statm cannot be
read (not Linux) the answer is None and each caller says what it does then."""

from __future__ import annotations

import mmap
import os

STATM = "/proc/self/statm"


def statm_file_bytes(raw: bytes) -> int:
    """The file-backed bytes in one read of statm (ValueError/IndexError if it is not one)."""
    return int(raw.split()[2]) * mmap.PAGESIZE


def file_backed_bytes(statm: str = STATM) -> int | None:
    """The process's resident file-backed bytes now, or None where statm cannot be read."""
    try:
        fd = os.open(statm, os.O_RDONLY)
        try:
            return statm_file_bytes(os.read(fd, 256))
        finally:
            os.close(fd)
    except (OSError, ValueError, IndexError):
        return None
