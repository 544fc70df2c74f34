"""The source stored for a file: its resolved absolute path, each folder resolved once.

:func:`source_of` is what :mod:`hoptac.core.ingest` stores as an article's source.
``FOLDERS`` remembers folders for one ingest (the ingest clears it when it starts, a
worker when it starts).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .text import shown_path

__all__ = ["FOLDERS", "resolved", "source_of"]


def source_of(path: str) -> str:
    """The absolute path, as text that can be stored: a link loop makes ``resolve``
    raise, and a name that is not UTF-8 gets ``\\xff`` escapes (JSON holds no
    surrogates)."""
    return shown_path(resolved(path))


def resolved(path: str) -> str:
    """``str(Path(path).resolve())``, the absolute path if that fails. A file that is not
    a symbolic link resolves to its folder's resolution and its name, and the folder's is
    kept (resolving every file of a folder again costs a system call per part)."""
    head, name = os.path.split(path)
    if name not in ("", ".", "..") and head:
        try:
            plain = not stat.S_ISLNK(os.lstat(path).st_mode)
        except OSError:
            plain = False
        if plain:
            folder = resolved_folder(head)
            if folder is not None:
                return os.path.join(folder, name)
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)


FOLDERS: dict[str, str | None] = {}


def resolved_folder(head: str) -> str | None:
    # the folder as given, made absolute without normalising ("a/.." is not ".": a may be a link)
    key = head if os.path.isabs(head) else os.path.join(os.getcwd(), head)
    if key not in FOLDERS:
        if len(FOLDERS) > 4096:
            FOLDERS.clear()
        try:
            FOLDERS[key] = str(Path(head).resolve())
        except (OSError, RuntimeError):
            FOLDERS[key] = None
    return FOLDERS[key]
