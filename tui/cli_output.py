"""A full disk under a command's standard output: one line and exit 1, never a traceback.

``hoptac events --jsonl > big.jsonl`` (or ``export -o -``, ``pairs --format csv``,
``people --json``) on a disk that fills up met ``OSError: [Errno 28] No space left on
device`` in the middle of the answer, and Python printed the traceback (and a second one
when it flushed the standard output at exit). The store's own writes say a full disk in
one line (``core.store.storage.disk_full``); the output a user redirects now does too:
``hoptac: cannot write /data/big.jsonl: the disk holding /data (/data) is full: 0 kB free``,
or, when the output is no file (``> /dev/full``), ``hoptac: cannot write the output: the
disk is full``. No click here: the quick path (``quick.py``) answers without it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

__all__ = ["output_full", "silence_stdout"]


def output_full(exc: BaseException) -> str | None:
    """The line to say when ``exc`` is a full disk met while writing the output (in the
    interface's language); None for any other error (it is not ours to word)."""
    from ..core.store.storage import disk_full, is_disk_full
    from .i18n import _, tr

    if not is_disk_full(exc):
        return None
    target = _stdout_file()
    if target is not None:
        return _("cannot write {path}: {reason}").format(path=target, reason=tr(disk_full(target.parent, None)))
    return _("cannot write the output: the disk is full")


def _stdout_file() -> Path | None:
    """The regular file the standard output goes to, when the system says which."""
    try:
        fd = sys.stdout.fileno()
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return Path(os.readlink(f"/proc/self/fd/{fd}"))
    except (OSError, ValueError, AttributeError):
        return None


def silence_stdout() -> None:
    """Send what is left of the output nowhere: Python flushes ``sys.stdout`` at exit, and
    the full disk would fail that flush too (a second traceback, after the line)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
