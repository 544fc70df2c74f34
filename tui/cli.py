"""The ``hoptac`` command line (click), kept apart from the library in ``core/``.

Exit codes: 0 done; 1 some input could not be used (each reported with its
reason) or the database could not be used; 2 wrong usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..core.library import default_db_path
from ..core.store.query import Filter
from ..core.store.errors import StoreError
from .cli_common import CONTEXT, app_filter, db_of, db_option, fail, filter_options, guarded, root_db_option
from .i18n import tr
from .cli_setup import HoptacGroup, configured_database, lang_option, translate_commands

class _LazyGroup(HoptacGroup):
    """Commands imported when they run (or when help lists them): a command pays only
    for its own imports (``python -X importtime``), not for every other command's."""

    LAZY = {
        "ingest": "cli_ingest", "events": "cli_data", "export": "cli_data", "pairs": "cli_data",
        "compact": "cli_data", "reread": "cli_reread", "check": "cli_store", "repair": "cli_store", "explain": "cli_explain",
        "people": "cli_views", "partners": "cli_views", "config": "cli_setup", "serve": "serve",
        "correct": "cli_corrections", "corrections": "cli_corrections",  # a reader's corrections
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        cmd = super().get_command(ctx, name)
        if cmd is None and name in self.LAZY:
            import importlib

            cmd = getattr(importlib.import_module(f"{__package__}.{self.LAZY[name]}"), name)
            translate_commands(cmd)  # its help in the language chosen (cli_setup)
            self.add_command(cmd)
        return cmd


@click.group(cls=_LazyGroup, invoke_without_command=True, context_settings=CONTEXT)
@root_db_option
@lang_option
@click.version_option(__version__, prog_name="hoptac")
@click.pass_context
def main(ctx: click.Context, db: Path | None) -> None:
    """hoptac: a timeline of cooperation between Vietnamese localities.

    With no command, opens the app on the database (the bundled sample articles
    on first use).
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is None:
        _run_app(db, None)


def _run_app(db: Path | None, flt: Filter | None) -> None:
    path = db or configured_database() or default_db_path()
    from .gc_pacing import hold_full_collections

    hold_full_collections()  # before Textual's imports (run_app puts the schedule back)
    from .app import run_app
    from .settings import current

    try:
        code = run_app(path, flt, settings=current())
    except StoreError as exc:
        fail(tr(exc))
        return
    sys.exit(code or 0)


@main.command(context_settings=CONTEXT)
@db_option
@filter_options
@click.pass_context
@guarded
def browse(ctx: click.Context, db: Path | None, **filters: Any) -> None:
    """Open the app with FILTERS applied."""
    _run_app(db_of(ctx, db), app_filter(db_of(ctx, db), filters))


__all__ = ["main"]


if __name__ == "__main__":  # pragma: no cover
    main()
