"""Which files a write may replace: only regular files of its own.

A write goes to a temporary file that is renamed over the target. Renaming over a
device, a FIFO or a symbolic link would replace *that* (``/dev/null`` turned into a
file, a link into a copy), and renaming an export over a database's manifest or one
of its segments would destroy the database. So:

* :func:`write_target` follows a symbolic link to the file it names (the write goes
  there) and refuses anything that exists and is not a regular file;
* :func:`owning_database` says whether a path belongs to a hoptac database (its
  manifest, its lock, its backups, anything in its ``<db>.d/`` folder), so that an
  export never lands on one.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..messages import M_

__all__ = ["NotOwnFile", "write_target", "owning_database", "kind_of", "real_path"]


class NotOwnFile(ValueError):
    """The path names something a hoptac write must not replace (one-line message)."""


def real_path(path: str | os.PathLike[str]) -> Path:
    """``path`` with symbolic links resolved (the file a write really reaches)."""
    return Path(os.path.realpath(os.fspath(path)))


def kind_of(mode: int) -> str:
    """A plain name for what a ``st_mode`` is."""
    if stat.S_ISDIR(mode):
        return M_("a folder")
    if stat.S_ISFIFO(mode):
        return M_("a pipe (FIFO)")
    if stat.S_ISCHR(mode):
        return M_("a character device")
    if stat.S_ISBLK(mode):
        return M_("a block device")
    if stat.S_ISSOCK(mode):
        return M_("a socket")
    return M_("not a regular file")


def write_target(path: str | os.PathLike[str]) -> Path:
    """The file a write of ``path`` should replace: the target of a symbolic link, or
    ``path`` itself. Raises :class:`NotOwnFile` when it exists and is not a regular file."""
    p = Path(path)
    if p.is_symlink():
        p = real_path(p)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        return p
    except OSError:
        return p  # the write itself will say why
    if not stat.S_ISREG(st.st_mode):
        raise NotOwnFile(M_("{path} is {kind}, not a regular file; hoptac only replaces files", path=path,
                              kind=kind_of(st.st_mode)))
    return p


def _looks_like_manifest(p: Path) -> bool:
    """A hoptac manifest carries ``"app":"hoptac"`` in its meta (first or last part)."""
    try:
        st = os.stat(p)
        if not stat.S_ISREG(st.st_mode):
            return False
        with open(p, "rb") as fh:
            head = fh.read(4096)
            if st.st_size > 8192:
                fh.seek(-4096, os.SEEK_END)
            tail = fh.read(4096)
    except OSError:
        return False
    return any(b'"app":"hoptac"' in part.replace(b" ", b"") for part in (head, tail))


def _is_store_folder(d: Path) -> bool:
    if not d.name.endswith(".d"):
        return False
    base = d.with_name(d.name[:-2])
    if base.exists():
        return True
    try:
        return any((d / n).exists() for n in ("rows.json", "events.jsonl")) or any(d.glob("seg-*.json"))
    except OSError:
        return False


def owning_database(path: str | os.PathLike[str]) -> Path | None:
    """The manifest of the hoptac database that ``path`` belongs to, or None."""
    real = real_path(Path(path).expanduser())
    if real.with_name(real.name + ".d").is_dir() or _looks_like_manifest(real):
        return real
    for parent in real.parents:
        if _is_store_folder(parent):
            return parent.with_name(parent.name[:-2])
    name = real.name
    for marker in (".lock", ".schema", ".repair-"):
        at = name.find(marker)
        if at > 0:
            base = real.with_name(name[:at])
            if base.with_name(base.name + ".d").is_dir() or _looks_like_manifest(base):
                return base
    return None
