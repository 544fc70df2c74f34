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
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .extract.article import parse_article
from .store.cache import update_caches
from .extract.events import extract_events
from .store.segments import IngestItem, Store
from .extract.decode import DecodeError, decode

__all__ = ["MAX_BYTES", "FileResult", "IngestSummary", "iter_files", "process_file", "ingest_paths", "article_id_for"]

MAX_BYTES = 20 * 1024 * 1024  # a news page is far smaller; larger files are refused
PARALLEL_FROM = 64           # below this many files a process pool costs more than it saves


@dataclass(slots=True)
class FileResult:
    path: str                      # as the user gave it / as found
    source: str                    # what is stored as the article's source
    item: IngestItem | None = None
    error: str | None = None       # the file could not be used
    warnings: list[str] = field(default_factory=list)
    status: str = ""               # new, unchanged, replaced, failed (set after storing)


@dataclass(slots=True)
class IngestSummary:
    files: list[FileResult] = field(default_factory=list)
    events_added: int = 0
    events_removed: int = 0

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
            yield p, _stat_error(p, exc, "no such file or folder")
            continue
        if stat.S_ISDIR(st.st_mode):
            errors: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=errors.append, followlinks=False):
                dirs.sort()
                for err in errors:
                    yield Path(err.filename or root), f"cannot read folder: {(err.strerror or str(err)).lower()}"
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
                            yield fp, "not a regular file"  # a FIFO named *.txt would block the read
                            continue
                        key = (fst.st_dev, fst.st_ino)
                        if key in seen:
                            continue
                        seen.add(key)
                        yield fp, None
            for err in errors:
                yield Path(err.filename or p), f"cannot read folder: {(err.strerror or str(err)).lower()}"
        elif stat.S_ISREG(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            yield p, None
        else:
            yield p, "not a regular file"


def _stat_error(p: Path, exc: OSError, missing: str = "vanished before it could be read") -> str:
    if isinstance(exc, FileNotFoundError):
        return "broken symbolic link" if p.is_symlink() else missing
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()  # e.g. "too many levels of symbolic links"


def process_file(path: str, source: str | None = None) -> FileResult:
    """Read, decode, parse and extract one file. Never raises."""
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
            result.error = "vanished before it could be read"
            return result
        except PermissionError:
            result.error = "permission denied"
            return result
        except IsADirectoryError:
            result.error = "is a folder"
            return result
        except OSError as exc:
            result.error = f"cannot read: {(exc.strerror or str(exc)).lower()}"
            return result
        if too_large:
            result.error = f"too large (over {_size(MAX_BYTES)})"
            return result
        return process_bytes(data, src, path)
    except Exception as exc:  # a bug must not stop the batch; it is reported per file
        result.error = f"internal error while reading ({type(exc).__name__}: {exc})"
        return result


def _source_of(path: str) -> str:
    """The absolute path, as text that can be stored: a link loop makes ``resolve``
    raise, and a name that is not UTF-8 gets ``\\xff`` escapes (JSON holds no
    surrogates)."""
    try:
        full = str(Path(path).resolve())
    except (OSError, RuntimeError):
        full = os.path.abspath(path)
    return os.fsencode(full).decode("utf-8", "backslashreplace")


def _size(n: int) -> str:
    mb = 1024 * 1024
    return f"{n // mb} MB" if n >= mb and n % mb == 0 else f"{n:,} bytes"


def process_bytes(data: bytes, source: str, path: str | None = None) -> FileResult:
    result = FileResult(path=path or source, source=source)
    try:
        if not data.strip():
            result.error = "empty"
            return result
        try:
            text = decode(data)
        except DecodeError as exc:
            result.error = str(exc)
            return result
        if not text.strip():
            result.error = "empty (no text after decoding)"
            return result
        article = parse_article(text)
        aid = article_id_for(text)
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
        }
        result.item = IngestItem(article=record, events=events)
        return result
    except Exception as exc:
        result.error = f"internal error while extracting ({type(exc).__name__}: {exc})"
        return result


def _process_pair(args: tuple[str, str | None]) -> FileResult:
    return process_file(*args)


_WARM_UP = ("Lạng Sơn và Cao Bằng ký kết hợp tác\n\nSáng ngày 5/6/2022, tại thành phố Lạng Sơn, đồng chí "
            "Nguyễn Văn A, Bí thư Tỉnh ủy, và lãnh đạo tỉnh Cao Bằng đã ký kết hợp tác du lịch.\n").encode()


def _warm() -> None:
    """Extract a small article, so that a fresh worker compiles the rules' regexes."""
    process_bytes(_WARM_UP, "warm-up")


def ingest_paths(store: Store, paths: Iterable[str | Path], *,
                 on_progress: Callable[[FileResult], None] | None = None,
                 on_wait: Callable[[str], None] | None = None,
                 source_label: Callable[[Path], str] | None = None,
                 workers: int | None = None) -> IngestSummary:
    """Read every file under ``paths`` and store what can be used, in one write.

    ``workers``: processes for extraction (default: one per core when there are
    many files). Every file appears in the summary exactly once.
    """
    summary = IngestSummary()
    todo: list[tuple[str, str | None]] = []
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    pool: ProcessPoolExecutor | None = None
    ready: list[FileResult] = []
    try:
        for p, error in iter_files(paths):
            if error is not None:
                fr = FileResult(path=str(p), source=str(p), error=error, status="failed")
                summary.files.append(fr)
                if on_progress:
                    on_progress(fr)
                continue
            todo.append((str(p), source_label(p) if source_label else None))
            if pool is None and n_workers > 1 and len(todo) >= PARALLEL_FROM:
                # enough files for a pool: start it now, so that its processes compile the
                # rules (a fifth of a second) while the rest of the folder is still listed
                pool = ProcessPoolExecutor(max_workers=n_workers)
                for _ in range(n_workers):
                    pool.submit(_warm)

        results: Iterable[FileResult]
        if pool is not None:
            results = pool.map(_process_pair, todo, chunksize=16)
        else:
            results = (process_file(p, s) for p, s in todo)
        for fr in results:
            if fr.error is not None:
                fr.status = "failed"
            summary.files.append(fr)
            if fr.item is not None:
                ready.append(fr)
            if on_progress:
                on_progress(fr)
    finally:
        if pool is not None:
            # every result is in (or the batch is abandoned): the workers exit on their
            # own while the store is written; the interpreter joins them at exit
            pool.shutdown(wait=False, cancel_futures=True)

    by_source = {fr.source: fr for fr in ready}
    if ready:
        def refresh_caches(old_generation: int, stored: list[IngestItem], removed: set[str]) -> None:
            try:
                update_caches(store, old_generation, [(i.article, i.events) for i in stored], removed)
            except OSError:
                pass  # the caches are derived: the next open rebuilds them from the store

        applied = store.apply([fr.item for fr in ready if fr.item is not None], on_wait=on_wait,
                              after=refresh_caches)
        for status, sources in (("new", applied.new), ("unchanged", applied.unchanged), ("replaced", applied.replaced)):
            for src in sources:
                if src in by_source:
                    by_source[src].status = status
        summary.events_added = applied.events_added
        summary.events_removed = applied.events_removed
    for fr in ready:
        if not fr.status:
            fr.status = "unchanged"  # the same source twice in one batch: the first one counts
    return summary
