"""The reread command: the stored articles read again by this version, without their files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..core.text import shown_path
from .cli_common import CONTEXT, db_option, existing_store, fail, guarded, on_wait
from .cli_ingest import Bar, report_files, unwritable

if TYPE_CHECKING:
    from ..core.reread import RereadSummary


@click.command(context_settings=CONTEXT)
@db_option
@click.option("--all", "every", is_flag=True, help="Every stored article, those this version read too.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Processes for extraction (default: one per core).")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary.")
@click.pass_context
@guarded
def reread(ctx: click.Context, db: Path | None, every: bool, jobs: int | None, quiet: bool) -> None:
    """Read the stored articles again with this version's rules, from the text the database holds.

    After an upgrade: every article an older hoptac read gets this version's reading, its
    file not needed (moved, deleted or on another machine); a reader's corrections stay on
    their events. Articles are stored in batches: an interrupted reread keeps what it
    finished, and running it again continues.
    """
    from ..core.ingest import IngestInterrupted
    from ..core.reread import reread_store
    from .i18n import _

    store = existing_store(ctx, db)
    problem = unwritable(store)
    if problem:
        fail(problem)
    interrupted = False
    with Bar(_("reading again"), quiet) as bar:
        try:
            # (SIGTERM and SIGHUP arrive as interrupts too: see cli_common.guarded)
            summary = reread_store(store, every=every, on_progress=bar.tick, on_wait=on_wait, on_total=bar.total,
                                   workers=jobs)
        except IngestInterrupted as exc:
            summary, interrupted = exc.summary, True  # type: ignore[assignment]
    try:
        _report(summary, store.path)
    except OSError:
        pass  # the terminal went away (SIGHUP): the database says what was stored
    if interrupted:
        sys.exit(130)
    if summary.count("failed"):
        sys.exit(1)


def reread_counts(summary: RereadSummary, where: object) -> str:
    """``3 read again, 2 already read by this version, 0 failed; 4 events added, 3 removed → PATH``."""
    from .i18n import ngettext

    again = summary.count("reread")
    current = summary.current + summary.count("unchanged")  # (read again by another hoptac meanwhile)
    failed = summary.count("failed")
    line = ngettext("{n} read again", "{n} read again", again).format(n=again) + ", " + \
        ngettext("{n} already read by this version", "{n} already read by this version", current).format(n=current) \
        + ", " + ngettext("{n} failed", "{n} failed", failed).format(n=failed)
    if summary.changed:
        line += " " + ngettext("({n} whose stored text would not decode to itself: its reading is kept)",
                               "({n} whose stored text would not decode to itself: their readings are kept)",
                               summary.changed).format(n=summary.changed)
    added = ngettext("{n} event added", "{n} events added", summary.events_added).format(n=summary.events_added)
    removed = ngettext("{n} removed", "{n} removed", summary.events_removed).format(n=summary.events_removed)
    return f"{line}; {added}, {removed} → {where}"


def _report(summary: RereadSummary, path: Path) -> None:
    from rich.console import Console

    from .i18n import ngettext

    report_files(Console(stderr=True, highlight=False), summary.files, quiet=True, warnings=False)
    counts = reread_counts(summary, shown_path(path))
    if summary.interrupted:
        counts = ngettext("interrupted after {n} of {total} article; what was read again is kept: {counts}. "
                          "Run the same command again to continue.",
                          "interrupted after {n} of {total} articles; what was read again is kept: {counts}. "
                          "Run the same command again to continue.", summary.total).format(
            n=len(summary.files), total=summary.total, counts=counts)
    click.echo(counts, err=True)
