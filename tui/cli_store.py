"""The store's upkeep commands: check, repair."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..core.library import default_db_path, no_database
from .cli_common import CONTEXT, db_of, db_option, guarded
from .i18n import _, ngettext, tr


def _say(lines: list[str], prefix: str) -> None:
    for line in lines:
        click.echo(f"{prefix}{tr(line)}", err=False)


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
    if report.problems and not report.notes and not Path(path).exists() and not Path(f"{path}.d").exists():
        raise no_database(path)  # nothing to repair: say how one is made (guarded: one line, exit 1)
    _say(report.problems, _("problem: "))
    _say(report.notes, _("ok: ") if not report.problems else _("note: "))
    if report.problems:
        n = len(report.problems)
        click.echo("hoptac: " + ngettext("{n} problem in {path}; `hoptac repair` rebuilds what can be rebuilt",
                                         "{n} problems in {path}; `hoptac repair` rebuilds what can be rebuilt",
                                         n).format(n=n, path=path), err=True)
        sys.exit(1)
    click.echo("hoptac: " + _("{path} checks out").format(path=path), err=True)


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
    _say(report.notes, _("done: "))
    _say(report.problems, _("could not: "))
    if report.problems:
        sys.exit(1)
