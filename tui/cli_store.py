"""The store's upkeep commands: check, repair."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..core.library import default_db_path
from .cli_common import CONTEXT, db_of, db_option, guarded


def _say(lines: list[str], prefix: str) -> None:
    for line in lines:
        click.echo(f"{prefix}{line}", err=False)


@click.command(context_settings=CONTEXT)
@db_option
@click.pass_context
@guarded
def check(ctx: click.Context, db: Path | None) -> None:
    """Verify the database: the manifest, every segment, every cache file.

    Prints what is wrong, one line each, and exits 1 if anything is. Deletes nothing
    (only temporary files that dead hoptac processes left behind).
    """
    from ..core.store.check import check_store

    path = db_of(ctx, db) or default_db_path()
    report = check_store(path)
    _say(report.problems, "problem: ")
    _say(report.notes, "ok: " if not report.problems else "note: ")
    if report.problems:
        click.echo(f"hoptac: {len(report.problems)} problem{'s' if len(report.problems) != 1 else ''} in {path}; "
                   "`hoptac repair` rebuilds what can be rebuilt", err=True)
        sys.exit(1)
    click.echo(f"hoptac: {path} checks out", err=True)


@click.command(context_settings=CONTEXT)
@db_option
@click.pass_context
@guarded
def repair(ctx: click.Context, db: Path | None) -> None:
    """Rebuild what can be rebuilt: the manifest from the segment files (when it is
    damaged or lost; the old one is kept as a backup), the caches from the store.

    Says what it could not do (and exits 1 then). Deletes nothing.
    """
    from ..core.store.check import repair_store

    path = db_of(ctx, db) or default_db_path()
    report = repair_store(path)
    _say(report.notes, "done: ")
    _say(report.problems, "could not: ")
    if report.problems:
        sys.exit(1)
