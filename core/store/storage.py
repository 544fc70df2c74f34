"""TinyDB storage that never leaves a half-written file, and one writer at a time.

TinyDB's default ``JSONStorage`` re-reads and re-parses the whole file on every
query and rewrites it in place on every write, so a crash mid-write leaves a file
nobody can read. :class:`AtomicJSONStorage` instead

* parses the file once (orjson) and serves later reads from memory;
* writes the whole document to a temporary file beside the database, flushes it to
  disk and renames it over the old one (``os.replace`` is atomic on POSIX), so a
  reader or a crash sees either the old file or the new one, never a mix;
* can defer writes (:meth:`AtomicJSONStorage.deferred`) so a batch of inserts is one
  write.

:class:`WriteLock` is a ``filelock`` lock on ``<db>.lock``: two hoptac processes
never write the same database at once; the second one waits (and says so).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
import zlib
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import orjson
from tinydb.storages import Storage

from ..messages import M_, message_of
from .errors import StoreError
from .safepath import NotOwnFile, kind_of, write_target
from .storefile import CRC_HEAD as _CRC_HEAD, crc_ok as _crc_ok

__all__ = ["AtomicJSONStorage", "StoreError", "DiskFull", "WriteLock", "atomic_write_bytes", "remove_leftovers",
           "read_regular"]


class DiskFull(StoreError, OSError):
    """A write found the disk full; it left no temporary file behind. An OSError too, so
    that what treats a failed cache write as "rebuild later" does so here as well."""


def read_regular(path: Path, what: str = "") -> bytes:
    """The bytes of ``path``, refusing (one line, no hang) what is not a regular file:
    a device such as /dev/zero or /dev/urandom, a FIFO, a folder."""
    label = what or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise StoreError(M_("{path} is a folder, not a hoptac database", path=label)) from None
    except PermissionError:
        raise StoreError(M_("cannot read {path}: permission denied", path=label)) from None
    except OSError as exc:
        raise StoreError(M_("cannot read {path}: {reason}", path=label, reason=exc.strerror or exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise StoreError(M_("{path} is {kind}, not a hoptac database; it was left untouched", path=label,
                                  kind=kind_of(st.st_mode)))
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise StoreError(M_("cannot read {path}: {reason}", path=label, reason=exc.strerror or exc)) from None
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mount_of(path: Path) -> Path:
    p = Path(os.path.abspath(path))
    while not os.path.ismount(p) and p.parent != p:
        p = p.parent
    return p


def disk_full(folder: Path, needed: int | None) -> StoreError:
    """The one line for a full disk: which disk, how much is free, how much was needed."""
    folder = Path(folder)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = 0
    if needed:
        return DiskFull(M_("the disk holding {folder} ({mount}) is full: {free} free; this write needs about {need} more",
                           folder=folder, mount=_mount_of(folder), free=_mb(free), need=_mb(needed)))
    return DiskFull(M_("the disk holding {folder} ({mount}) is full: {free} free",
                       folder=folder, mount=_mount_of(folder),
                       free=_mb(free)))


def _mb(n: int | float) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e5 else f"{n / 1e3:,.0f} kB"


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def tmp_prefix(name: str) -> str:
    """Temporary files carry the writer's process id, so leftovers of dead processes
    can be told from the files of a live one (:func:`remove_leftovers`)."""
    return f".{name}.{os.getpid()}."


_LEFTOVER = re.compile(r"^\..+\.(\d+)\.(?:[A-Za-z0-9_]+\.tmp|build)$")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    except OSError:
        return True
    return True


def leftovers(folder: Path, prefix: str = ".") -> list[Path]:
    """Temporary files in ``folder`` (names starting with ``prefix``) left by processes
    that are no longer running."""
    out = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return out
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        m = _LEFTOVER.match(entry.name)
        if m and not pid_alive(int(m.group(1))):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    out.append(Path(entry.path))
    return out


def remove_leftovers(folder: Path, prefix: str = ".") -> list[Path]:
    """Remove the leftovers of dead processes (:func:`leftovers`); returns what went."""
    gone = []
    for p in leftovers(folder, prefix):
        with contextlib.suppress(OSError):
            p.unlink()
            gone.append(p)
    return gone


def atomic_write_bytes(path: Path, chunks: Iterator[bytes] | bytes) -> None:
    """Write ``chunks`` to ``path`` through a temporary file and a rename.

    A symbolic link is written through (its target is replaced, the link stays);
    anything that exists and is not a regular file is refused (:class:`StoreError`).
    On any error the temporary file is removed and ``path`` is left as it was; a full
    disk is one line (:class:`DiskFull`).
    """
    try:
        path = write_target(path)
    except NotOwnFile as exc:
        raise StoreError(message_of(exc)) from None
    directory = path.parent if str(path.parent) else Path(".")
    written = len(chunks) if isinstance(chunks, (bytes, bytearray)) else 0
    # what the write needs is known once every chunk is in hand; a stream the disk stops
    # part way has written only the start of it ("needs about 0 kB more" said nothing true)
    whole = isinstance(chunks, (bytes, bytearray))
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=tmp_prefix(path.name), suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as fh:
            if isinstance(chunks, (bytes, bytearray)):
                fh.write(chunks)
            else:
                for chunk in chunks:
                    fh.write(chunk)
                    written += len(chunk)
                whole = True
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            if path.exists():
                os.chmod(tmp_name, path.stat().st_mode & 0o777)
            else:
                os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException as exc:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        if is_disk_full(exc):
            raise disk_full(directory, written if whole else None) from None
        raise
    _fsync_dir(directory)


class AtomicJSONStorage(Storage):
    """A TinyDB storage: one parse per process, atomic whole-file writes."""

    def __init__(self, path: str | os.PathLike[str], validate: Callable[[Any], None] | None = None,
                 checksum: bool = False) -> None:
        self.path = Path(path)
        self.checksum = checksum  # write a CRC-32 of the document in a fixed-width head
        self.checksum_ok: bool | None = None  # as read: True, False, or None (no checksum in the file)
        self._cache: dict[str, Any] | None = None
        self._loaded = False
        self._validate = validate
        self._deferred = 0
        self._dirty = False

    # -- reading ---------------------------------------------------------------------
    def read(self) -> dict[str, Any] | None:
        if not self._loaded:
            self._cache = self._load()
            self._loaded = True
        return self._cache

    def reload(self) -> None:
        """Forget what was read; the next read parses the file again."""
        self._loaded = False
        self._cache = None

    def _load(self) -> dict[str, Any] | None:
        try:
            data = read_regular(self.path)
        except FileNotFoundError:
            return None
        if not data.strip():
            # An empty file is what `touch` makes; treat it as a new database.
            return None
        self.checksum_ok = _crc_ok(data)
        try:
            doc = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise StoreError(M_("{path} is damaged or not a hoptac database (it is not valid JSON); it was left untouched",
                                path=self.path)) from None
        if self.checksum_ok is not None and isinstance(doc, dict):
            doc.pop("crc", None)
        if not isinstance(doc, dict) or not all(isinstance(v, dict) for v in doc.values()):
            raise StoreError(M_("{path} is not a hoptac database (not a TinyDB file); it was left untouched",
                                  path=self.path))
        if self._validate is not None:
            self._validate(doc)
        return doc

    # -- writing ---------------------------------------------------------------------
    def write(self, data: dict[str, Any]) -> None:
        self._cache = data
        self._loaded = True
        if self._deferred:
            self._dirty = True
            return
        self._flush()

    def _flush(self) -> None:
        assert self._cache is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = orjson.dumps({k: v for k, v in self._cache.items() if k != "crc"})
        if self.checksum:
            rest = data[1:]
            data = _CRC_HEAD + b"%10d}}" % zlib.crc32(rest) + (b"," if rest != b"}" else b"") + rest
        atomic_write_bytes(self.path, data)
        self._dirty = False

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Inside the block writes go to memory; one atomic write at the end.

        If the block raises, nothing is written and the cache is dropped, so the
        file keeps its old state.
        """
        self._deferred += 1
        try:
            yield
        except BaseException:
            self._deferred -= 1
            if not self._deferred:
                self._dirty = False
                self.reload()
            raise
        self._deferred -= 1
        if not self._deferred and self._dirty:
            self._flush()

    def close(self) -> None:  # TinyDB calls this
        pass


class WriteLock:
    """An exclusive lock on ``<db>.lock`` for the length of a write.

    ``filelock`` picks the platform's lock (``flock`` on POSIX, ``msvcrt`` on Windows),
    so a write works wherever Python does; the lock is released when its process dies.
    ``on_wait`` is called once if the lock is not free within ``patience`` seconds
    (so the command line can say "waiting for another hoptac process"); ``timeout``
    (seconds, ``None`` = wait as long as it takes, ``0`` = one try) gives up with a
    :class:`StoreError`.
    """

    def __init__(self, db_path: Path, on_wait: Callable[[str], None] | None = None, patience: float = 1.0,
                 timeout: float | None = None) -> None:
        self.path = Path(str(db_path) + ".lock")
        self.on_wait = on_wait
        self.patience = patience
        self.timeout = timeout
        self._lock: Any = None

    def __enter__(self) -> "WriteLock":
        from filelock import FileLock, Timeout  # imported here: only writers need it

        lock = FileLock(str(self.path))
        forever = -1.0 if self.timeout is None else self.timeout
        start = time.monotonic()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                first = forever if self.on_wait is None else (
                    self.patience if self.timeout is None else min(self.patience, self.timeout))
                lock.acquire(timeout=first, poll_interval=0.05)
            except Timeout:
                waited = time.monotonic() - start
                if self.on_wait is None or (self.timeout is not None and waited >= self.timeout):
                    raise
                self.on_wait(M_("waiting for another hoptac process to finish writing {path}",
                                path=self.path.with_suffix("")))
                lock.acquire(timeout=-1.0 if self.timeout is None else max(0.0, self.timeout - waited),
                             poll_interval=0.05)
        except Timeout:
            raise StoreError(M_("another hoptac process is still writing; gave up after {seconds:.0f} s",
                                seconds=self.timeout)) from None
        except (OSError, RuntimeError) as exc:  # no such folder, no permission; a lock held by this very thread
            raise StoreError(M_("cannot lock {path}: {reason}", path=self.path,
                                reason=getattr(exc, "strerror", None) or exc)) from None
        self._lock = lock
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
