"""The ingest command: read article files into the store, and say what happened."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..core.library import default_db_path
from ..core.text import shown_path
if TYPE_CHECKING:
    from rich.console import Console

    from ..core.ingest import FileResult, IngestSummary
    from ..core.store.segments import Store
from .cli_common import CONTEXT, db_of, db_option, fail, guarded, on_wait, safe_text


@click.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@db_option
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Processes for extraction (default: one per core).")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary.")
@click.option("-0", "--null", "null", is_flag=True, help="With '-': the paths on standard input end with NUL, not a new line.")
@click.pass_context
@guarded
def ingest(ctx: click.Context, paths: tuple[Path, ...], db: Path | None, jobs: int | None, quiet: bool,
           null: bool) -> None:
    """Read articles from PATHS (files, or folders searched for *.txt) into the database.

    '-' reads the paths from standard input, one a line (with -0: NUL-separated, as
    `find -print0` writes them). Articles are stored in batches as they are read: an
    interrupted ingest keeps what it finished, and running it again continues.
    """
    from ..core.ingest import IngestInterrupted, ingest_paths  # extraction: only for ingest
    from ..core.store.segments import Store

    path = db_of(ctx, db) or default_db_path()
    store = Store(path)
    if store.exists:
        store.counts()  # refuse a damaged or foreign file before reading anything
    problem = unwritable(store)
    if problem:
        fail(problem)
    todo = _with_stdin(paths, null)
    from rich.console import Console

    err = Console(stderr=True, highlight=False)
    from .i18n import _

    interrupted = False
    with Bar(_("ingesting"), quiet) as bar:
        try:
            # (SIGTERM and SIGHUP arrive as interrupts too: see cli_common.guarded)
            summary = ingest_paths(store, todo, on_progress=bar.tick, on_wait=on_wait, on_total=bar.total,
                                   workers=jobs)
        except IngestInterrupted as exc:
            summary, interrupted = exc.summary, True
    empty = [] if interrupted else _empty_folders(todo, summary)
    try:
        _report(err, summary, quiet, path, empty)
    except OSError:
        pass  # the terminal went away (SIGHUP): the database says what was stored
    if interrupted:
        sys.exit(130)
    if summary.count("failed") or empty:
        sys.exit(1)


def _empty_folders(paths: list[Path], summary: IngestSummary) -> list[Path]:
    """The folders given that held no ``*.txt`` at all: ``hoptac ingest ~/pages/`` on a folder
    of .html said "0 files: 0 new, … 0 failed" and exit 0, as if all had gone well."""
    folders = [p for p in paths if p.is_dir()]
    if not folders:
        return []
    found = [Path(f.path) for f in summary.files]
    return [d for d in folders if not any(f.is_relative_to(d) for f in found)]


def ingest_counts(summary: Any, where: Any) -> str:
    """``1 new, 0 unchanged, 0 replaced, 0 failed; 1 event added, 0 removed → PATH``."""
    from .i18n import ngettext

    n = sum(summary.count(k) for k in ("new", "unchanged", "replaced", "failed"))
    counts = ngettext("{new} new, {unchanged} unchanged, {replaced} replaced, {failed} failed",
                      "{new} new, {unchanged} unchanged, {replaced} replaced, {failed} failed", n).format(
        new=summary.count("new"), unchanged=summary.count("unchanged"), replaced=summary.count("replaced"),
        failed=summary.count("failed"))
    if summary.count("reread"):  # stored by another version of hoptac: read again
        counts += ", " + ngettext("{n} read again by this version", "{n} read again by this version",
                                  summary.count("reread")).format(n=summary.count("reread"))
    added = ngettext("{n} event added", "{n} events added", summary.events_added).format(n=summary.events_added)
    removed = ngettext("{n} removed", "{n} removed", summary.events_removed).format(n=summary.events_removed)
    return f"{counts}; {added}, {removed} → {where}"


def ingest_summary(n: int, summary: Any, where: Any) -> str:
    """``1 file: 1 new, 0 unchanged, 0 replaced, 0 failed; 1 event added, 0 removed → PATH``."""
    from .i18n import ngettext

    return ngettext("{n} file", "{n} files", n).format(n=n) + ": " + ingest_counts(summary, where)


def _report(err: Console, summary: IngestSummary, quiet: bool, path: Path, empty: list[Path] | None = None) -> None:
    from rich.text import Text

    from .i18n import _, ngettext, tr

    warning, width = report_files(err, summary.files, quiet)
    for folder in empty or []:  # said even with --quiet: nothing was read from it
        err.print(Text.assemble((warning.ljust(width), "yellow"), safe_text(shown_path(folder)), ": ",
                                _("no *.txt file in this folder (folders are searched for *.txt; "
                                  "name a file of another kind on its own)")), soft_wrap=True)
    n = len(summary.files)
    counts = ingest_counts(summary, shown_path(path))
    if summary.interrupted and not summary.listed:  # its total is what the listing had found
        line = ngettext("interrupted after {n} file, while still finding the files ({total} found so far); "
                        "what they held is kept: {counts}. Run the same command again to continue.",
                        "interrupted after {n} files, while still finding the files ({total} found so far); "
                        "what they held is kept: {counts}. Run the same command again to continue.", n).format(
            n=n, total=summary.total, counts=counts)
    elif summary.interrupted:
        line = ngettext("interrupted after {n} of {total} file; what they held is kept: {counts}. "
                        "Run the same command again to continue.",
                        "interrupted after {n} of {total} files; what they held is kept: {counts}. "
                        "Run the same command again to continue.", summary.total or 0).format(
            n=n, total=summary.total, counts=counts)
    else:
        line = ingest_summary(n, summary, shown_path(path))
    click.echo(line, err=True)


class Bar:
    """A progress bar on stderr when it is a terminal (and not ``quiet``): ``label``, done of
    total, time; ``tick`` and ``total`` are the work's ``on_progress`` and ``on_total``."""

    def __init__(self, label: str, quiet: bool) -> None:
        self.progress: Any = None
        self.task: Any = None
        if sys.stderr.isatty() and not quiet:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                     console=Console(stderr=True, highlight=False), transient=True)

    def __enter__(self) -> "Bar":
        if self.progress is not None:
            self.progress.start()
            self.task = self.progress.add_task("work", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def tick(self, fr: object = None) -> None:
        if self.task is not None:
            self.progress.advance(self.task)

    def total(self, n: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, total=n)


def report_files(err: Console, files: list[FileResult], quiet: bool, warnings: bool = True) -> tuple[str, int]:
    """A line for each failed file (and, unless ``quiet`` or not ``warnings``, each with
    warnings): the label, the path, the reason. Returns the warning label and the labels' width."""
    from rich.text import Text

    from .i18n import _, tr

    failed, warning = _("failed"), _("warning")
    width = max(len(failed), len(warning)) + 1
    for fr in files:
        if fr.status == "failed":
            err.print(Text.assemble((failed.ljust(width), "bold red"), safe_text(shown_path(fr.path)), ": ",
                                    safe_text(tr(fr.error))), soft_wrap=True)
        elif fr.warnings and warnings and not quiet:
            err.print(Text.assemble((warning.ljust(width), "yellow"), safe_text(shown_path(fr.path)), ": ",
                                    safe_text("; ".join(tr(w) for w in fr.warnings))), soft_wrap=True)
    return warning, width


def _with_stdin(paths: tuple[Path, ...], null: bool) -> list[Path]:
    """The paths, with '-' replaced by those read from standard input."""
    out: list[Path] = []
    for p in paths:
        if str(p) != "-":
            out.append(p)
            continue
        stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        data = stdin.read() if stdin is not None else sys.stdin.read().encode("utf-8", "surrogateescape")
        names = data.split(b"\0") if null else data.splitlines()
        out += [Path(os.fsdecode(n)) for n in names if n]
    return out


def unwritable(store: "Store") -> str | None:
    """Why the database cannot be written (its folder read-only, …), found by writing a
    small file there — before any article is read. None when it can be."""
    import tempfile

    from ..core.store.storage import tmp_prefix

    for folder in (store.path.parent, store.dir):
        if not folder.is_dir():
            continue
        try:
            # named as the store's temporary files are: should this process die right
            # now, the next writer knows it for a dead process's leftover and removes it
            fd, name = tempfile.mkstemp(prefix=tmp_prefix(store.path.name), suffix=".tmp", dir=folder)
        except OSError as exc:
            from .i18n import _

            reason = _("permission denied") if isinstance(exc, PermissionError) else (exc.strerror or str(exc)).lower()
            return _("cannot write the database in {folder}: {reason}").format(folder=shown_path(folder), reason=reason)
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)
    return None
