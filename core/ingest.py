"""From paths on disk to stored articles and events.

``process_file`` is a pure function of one file (bytes → text → article → events)
that never raises: whatever goes wrong becomes a reason in its result. That makes
it safe to map over a process pool, and makes every file accountable in the
summary ``ingest_paths`` returns.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .rxcache import cached_compiles

with cached_compiles("ingest"):  # the rules' small regexes: read from one file, not compiled
    from .extract.article import parse_article
    from .messages import M_, message_of
    from .extract.events import extract_events
    from .extract.version import extractor_version
    from .store.segments import IngestItem, PackedItem, Store
    from .extract.decode import DecodeError, decode
    from .source_paths import FOLDERS as _FOLDERS, resolved as _resolved, source_of as _source_of
    from .workers import InterruptFlag, WorkerPool
    from .batches import IngestInterrupted, store_in_batches

__all__ = ["MAX_BYTES", "FileResult", "IngestSummary", "IngestInterrupted", "iter_files", "process_file",
           "ingest_paths", "article_id_for",
           "store_in_batches", "PoolSlot", "packed"]

MAX_BYTES = 20 * 1024 * 1024  # a news page is far smaller; larger files are refused
PARALLEL_FROM = 64           # below this many files a process pool costs more than it saves
BATCH_FILES = 1000           # articles stored per write at most …
BATCH_SECONDS = 5.0          # … and at least this often (see core/batches.py)
CHUNK_MIN, CHUNK_MAX = 8, 32  # files sent to a worker at a time (see _chunk_size)


@dataclass(slots=True)
class FileResult:
    path: str                      # as the user gave it / as found
    source: str                    # what is stored as the article's source
    item: IngestItem | PackedItem | None = None
    error: str | None = None       # the file could not be used
    warnings: list[str] = field(default_factory=list)
    status: str = ""               # new, unchanged, replaced, reread, failed (set after storing)


@dataclass(slots=True)
class IngestSummary:
    files: list[FileResult] = field(default_factory=list)
    events_added: int = 0
    events_removed: int = 0
    total: int = 0             # files found under the paths
    commits: int = 0           # batches written
    interrupted: bool = False  # stopped early: ``files`` holds what was finished
    listed: bool = True        # every file was found (False: stopped while listing; ``total`` so far)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    @property
    def warned(self) -> list[FileResult]:
        return [f for f in self.files if f.warnings and f.status != "failed"]


def article_id_for(text: str) -> str:
    """Content hash of the normalised article text (stable across paths)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file to read, or a path with the reason it cannot be read.

    Folders are walked recursively for ``*.txt`` (symbolic links to folders are not
    followed, so a link loop cannot trap the walk); a file named explicitly is read
    whatever its extension.
    """
    seen: set[tuple[int, int]] = set()
    for given in paths:
        p = Path(given)
        try:
            st = p.stat()
        except OSError as exc:
            yield p, _stat_error(p, exc, M_("no such file or folder"))
            continue
        if stat.S_ISDIR(st.st_mode):
            errors: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=errors.append, followlinks=False):
                dirs.sort()
                for err in errors:
                    yield Path(err.filename or root), M_("cannot read folder: {reason}",
                                                         reason=(err.strerror or str(err)).lower())
                errors.clear()
                for name in sorted(files):
                    if name.lower().endswith(".txt") and not name.startswith("."):
                        fp = Path(root) / name
                        try:
                            fst = fp.stat()
                        except OSError as exc:
                            yield fp, _stat_error(fp, exc)
                            continue
                        if not stat.S_ISREG(fst.st_mode):
                            yield fp, M_("not a regular file")  # a FIFO named *.txt would block the read
                            continue
                        key = (fst.st_dev, fst.st_ino)
                        if key in seen:
                            continue
                        seen.add(key)
                        yield fp, None
            for err in errors:
                yield Path(err.filename or p), M_("cannot read folder: {reason}",
                                                  reason=(err.strerror or str(err)).lower())
        elif stat.S_ISREG(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            yield p, None
        else:
            yield p, M_("not a regular file")


def _stat_error(p: Path, exc: OSError, missing: str | None = None) -> str:
    if isinstance(exc, FileNotFoundError):
        return M_("broken symbolic link") if p.is_symlink() else missing or M_("vanished before it could be read")
    if isinstance(exc, PermissionError):
        return M_("permission denied")
    return (exc.strerror or str(exc)).lower()  # e.g. "too many levels of symbolic links"


def process_file(path: str, source: str | None = None, known: set[str] | frozenset[str] = frozenset()) -> FileResult:
    """Read, decode, parse and extract one file. Never raises. A text whose article id
    is in ``known`` (stored already) is not extracted: its status is "unchanged"."""
    src = source or _source_of(path)
    result = FileResult(path=path, source=src)
    try:
        try:
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                regular = stat.S_ISREG(st.st_mode)
                # a regular file is read at its size (fstat), not into a 20 MB buffer
                data = b"" if regular and st.st_size > MAX_BYTES else fh.read() if regular \
                    else fh.read(MAX_BYTES + 1)
                too_large = len(data) > MAX_BYTES or (regular and st.st_size > MAX_BYTES)
        except FileNotFoundError:
            result.error = M_("vanished before it could be read")
            return result
        except PermissionError:
            result.error = M_("permission denied")
            return result
        except IsADirectoryError:
            result.error = M_("is a folder")
            return result
        except OSError as exc:
            result.error = M_("cannot read: {reason}", reason=(exc.strerror or str(exc)).lower())
            return result
        if too_large:
            result.error = M_("too large (over {size})", size=_size(MAX_BYTES))
            return result
        return process_bytes(data, src, path, known)
    except Exception as exc:  # a bug must not stop the batch; it is reported per file
        result.error = M_("internal error while reading ({kind}: {reason})", kind=type(exc).__name__, reason=str(exc))
        return result


def _size(n: int) -> str:
    mb = 1024 * 1024
    return M_("{n} MB", n=n // mb) if n >= mb and n % mb == 0 else M_("{n:,} bytes", n=n)


def process_bytes(data: bytes, source: str, path: str | None = None,
                  known: set[str] | frozenset[str] = frozenset()) -> FileResult:
    result = FileResult(path=path or source, source=source)
    try:
        if not data.strip():
            result.error = M_("empty")
            return result
        try:
            text = decode(data)
        except DecodeError as exc:
            result.error = message_of(exc)
            return result
        if not text.strip():
            result.error = M_("empty (no text after decoding)")
            return result
        aid = article_id_for(text)
        if aid in known:
            result.status = "unchanged"
            return result
        article = parse_article(text)
        events, warnings = extract_events(article, article_id=aid, source=source)
        result.warnings = list(article.warnings) + warnings
        record: dict[str, Any] = {
            "id": aid,
            "source": source,
            "title": article.title,
            "published": article.published.isoformat(timespec="minutes") if article.published else None,
            "body_span": list(article.body_span),
            "title_span": list(article.title_span),
            "boilerplate": [list(s) for s in article.boilerplate],
            "text": text,
            "warnings": result.warnings,
            "extractor": extractor_version(),
        }
        result.item = IngestItem(article=record, events=events)
        return result
    except Exception as exc:
        result.error = M_("internal error while extracting ({kind}: {reason})",
                          kind=type(exc).__name__, reason=str(exc))
        return result


_KNOWN: frozenset[str] | set[str] = frozenset()  # in a worker: the article ids the store holds


def _set_known(known: frozenset[str] | set[str]) -> None:
    global _KNOWN
    _KNOWN = known
    _FOLDERS.clear()
    _warm()


def _process_pair(args: tuple[str, str | None]) -> FileResult:
    """In a worker: the result, its item :func:`packed`."""
    return packed(process_file(*args, known=_KNOWN))


def packed(fr: FileResult) -> FileResult:
    """``fr`` with its item as the JSON a segment holds (a worker's result crosses to the parent
    as bytes, far more cheaply than dictionaries, and the parent writes them as they are)."""
    if fr.item is not None:
        try:
            fr.item = fr.item.pack()
        except Exception:  # noqa: BLE001 - not JSON: the parent stores it as it is (and says what fails)
            pass
    return fr


_WARM_UP = ("Lạng Sơn và Cao Bằng ký kết hợp tác\n\nSáng ngày 5/6/2022, tại thành phố Lạng Sơn, đồng chí "
            "Nguyễn Văn A, Bí thư Tỉnh ủy, và lãnh đạo tỉnh Cao Bằng đã ký kết hợp tác du lịch.\n").encode()


def _warm() -> None:
    """Extract a small article, so that a fresh worker compiles the rules' regexes."""
    process_bytes(_WARM_UP, "warm-up")


def _chunk_size(files: int, workers: int) -> int:
    """Files handed to a worker at a time: 8 to 32, about a sixteenth of each worker's
    share (each chunk costs the pool a round trip; the last ones should end together)."""
    return max(CHUNK_MIN, min(CHUNK_MAX, files // (16 * max(1, workers))))


def _known_ids(store: Store) -> set[str]:
    """The article ids stored already by this extractor (a file whose text has one of them
    is unchanged, and is not extracted again: a rerun after an interrupt skips what was
    finished; an article another hoptac read is read again)."""
    if not store.exists:
        return set()
    current = extractor_version()
    return {aid for aid, a in store._index().items() if a.get("extractor") == current}


def ingest_paths(store: Store, paths: Iterable[str | Path], *,
                 on_progress: Callable[[FileResult], None] | None = None,
                 on_wait: Callable[[str], None] | None = None,
                 on_total: Callable[[int], None] | None = None,
                 source_label: Callable[[Path], str] | None = None,
                 workers: int | None = None) -> IngestSummary:
    """Read every file under ``paths`` and store what can be used, in batches.

    ``workers``: processes for extraction (default: one per core when there are
    many files). Every file appears in the summary exactly once; ``on_total`` hears how
    many files there are once the paths are listed. An interrupt (Ctrl+C) stops the
    workers, stores what was finished, and raises :class:`IngestInterrupted` with the
    summary; running the same ingest again continues (stored files are not extracted
    again).
    """
    summary = IngestSummary()
    _FOLDERS.clear()  # folders are resolved once per ingest (a link may change between two)
    n_workers = workers if workers is not None else (os.cpu_count() or 1)

    def results(stop: InterruptFlag) -> Iterator[FileResult]:
        todo: list[tuple[str, str | None]] = []
        pool: WorkerPool | None = None
        with PoolSlot(stop) as slot:
            known = _known_ids(store)
            for p, error in iter_files(paths):
                if stop:
                    summary.listed = False
                    break
                if error is not None:
                    yield FileResult(path=str(p), source=str(p), error=error, status="failed")
                    continue
                todo.append((str(p), source_label(p) if source_label else None))
                if pool is None and n_workers > 1 and len(todo) >= PARALLEL_FROM:
                    pool = slot.start(n_workers, _set_known, (known,))
            summary.total = len(summary.files) + len(todo)
            if on_total and not stop:
                on_total(summary.total)
            if stop:
                return
            if pool is not None:
                yield from pool.imap(_process_pair, todo, chunksize=_chunk_size(len(todo), n_workers),
                                     should_stop=lambda: bool(stop))
            else:
                yield from (process_file(p, s, known=known) for p, s in todo)

    return store_in_batches(store, summary, results, on_progress=on_progress, on_wait=on_wait)


class PoolSlot:
    """The pool of extraction processes a producer of results (see :func:`store_in_batches`)
    may start, stopped when the ``with`` block ends: at once after an interrupt (an interrupt
    raised inside the block raises ``stop`` first), else the workers finish and exit."""

    def __init__(self, stop: InterruptFlag) -> None:
        self.stop = stop
        self.pool: WorkerPool | None = None

    def start(self, n_workers: int, setup: Callable[..., None] | None = None,
              args: tuple[Any, ...] = ()) -> WorkerPool:
        """Start ``n_workers`` processes. The rules are compiled here first, once (a fifth
        of a second), so that forked processes share them instead of compiling them each
        (where processes are not forked, ``setup`` warms each up: by default it only does that)."""
        _warm()
        self.pool = WorkerPool(n_workers, setup or _warm, args)
        self.pool.start()
        return self.pool

    def __enter__(self) -> "PoolSlot":
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is not None and issubclass(kind, KeyboardInterrupt):
            self.stop.set()
        if self.pool is not None:
            self.pool.stop(now=bool(self.stop))
