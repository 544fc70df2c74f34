"""A reader's corrections from the command line: ``correct``, ``corrections``, ``corrections undo``.

The corrections live in the database (``core/store/corrections.py``); the caches are
rebuilt with them at the next open, so every command, the app and export show them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..core.store import corrections as corr
from ..core.store.query import FilterError
from ..core.text import json_escape_controls, printable, typed
from .cli_common import CONTEXT, db_option, existing_store, fail, guarded, on_wait, safe_text, usage
from .i18n import _, ngettext, tr


def _changed(rec: dict) -> object:
    """What a correction changed, its dates as people read them (``????-03-26`` for a day
    of unknown year, the app's form; the record keeps ``--03-26``)."""
    from .widgets.text import shown_dates

    return corr.describe({**rec, "set": shown_dates(rec.get("set") or {})})




@click.command(context_settings=CONTEXT)
@db_option
@click.argument("event_id")
@click.option("--date", metavar="DATE", help="The date: YYYY, YYYY-MM or YYYY-MM-DD (the precision is what you type); "
              "DD/MM or ????-MM-DD for a day of unknown year.")
@click.option("--date-end", metavar="DATE", help='The end date ("" for none).')
@click.option("--type", "type_", metavar="TYPE", help="conference, signing, visit, announcement or other.")
@click.option("--pair", metavar="A,B", help='The two partners, e.g. "Lào Cai,Yên Bái" (accents optional).')
@click.option("--not-event", is_flag=True, help="This is not an event: hide it.")
@click.pass_context
@guarded
def correct(ctx: click.Context, db: Path | None, event_id: str, date: str | None, date_end: str | None,
            type_: str | None, pair: str | None, not_event: bool) -> None:
    """Correct what the extraction said about event EVENT_ID (its "id" in `hoptac events --json`).

    The correction is kept in the database as yours: a later ingest, `compact` or a
    cache rebuild keeps it; `hoptac corrections undo` takes it back."""
    try:
        changes = corr.parse_changes(date=date, date_end=date_end, type_=type_, pair=pair, not_event=not_event)
    except FilterError as exc:
        usage(tr(exc))
    store = existing_store(ctx, db)
    eid = typed(event_id)
    event = corr.find_event(store, eid)
    if event is None:
        fail(_("no event {id!r} in {path} (`hoptac events --json` shows their ids)").format(id=eid, path=store.path))
    try:
        cid = corr.add_correction(store, event, changes, on_wait=on_wait)
    except FilterError as exc:
        usage(tr(exc))
    click.echo(_("correction {cid}: event {eid}: {changed}").format(
        cid=cid, eid=eid, changed=printable(tr(_changed({"set": changes})))))


@click.group(context_settings=CONTEXT, invoke_without_command=True)
@db_option
@click.option("--json", "as_json", is_flag=True, help="A JSON array of corrections.")
@click.pass_context
@guarded
def corrections(ctx: click.Context, db: Path | None, as_json: bool) -> None:
    """List your corrections: the event, what changed, when, and whether its event is
    gone from the latest version of its file (orphaned; kept, never deleted)."""
    ctx.ensure_object(dict)
    ctx.obj["corrections_db"] = db
    if ctx.invoked_subcommand is not None:
        return
    _list(ctx, db, as_json)


def _list(ctx: click.Context, db: Path | None, as_json: bool) -> None:
    recs = corr.list_corrections(existing_store(ctx, db))
    if as_json or not sys.stdout.isatty():
        import orjson

        out = [{**r, "changed": _changed(r)} for r in recs]
        sys.stdout.buffer.write(json_escape_controls(orjson.dumps(out, option=orjson.OPT_INDENT_2)) + b"\n")
        sys.stdout.buffer.flush()
        return
    console = Console(highlight=False)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    for col, header in (("id", _("id")), ("event", _("event")), ("changed", _("changed")), ("when", _("when")),
                        ("state", _("state")), ("file", _("file"))):
        table.add_column(header, overflow="fold" if col in ("changed", "file") else "ellipsis",
                         no_wrap=col not in ("changed", "file"))
    for r in recs:
        when = str(r.get("at") or "")[:16].replace("T", " ")
        table.add_row(safe_text(r["id"]), safe_text(r.get("event_id")), safe_text(tr(_changed(r))), safe_text(when),
                      safe_text(_("orphaned") if r.get("orphaned") else _("applied")), safe_text(Path(str(r.get("source"))).name))
    console.print(table)
    orphaned = sum(1 for r in recs if r.get("orphaned"))
    line = ngettext("{n} correction", "{n} corrections", len(recs)).format(n=len(recs))
    if orphaned:
        line += ", " + ngettext("{n} orphaned (its event is not in the latest version of its file)",
                                "{n} orphaned (their event is not in the latest version of its file)",
                                orphaned).format(n=orphaned)
    console.print(Text(line), style="dim")


@corrections.command("list", context_settings=CONTEXT)
@db_option
@click.option("--json", "as_json", is_flag=True, help="A JSON array of corrections.")
@click.pass_context
@guarded
def list_(ctx: click.Context, db: Path | None, as_json: bool) -> None:
    """List your corrections, as `hoptac corrections` does."""
    db = db or ((ctx.parent.obj or {}).get("corrections_db") if ctx.parent else None)
    _list(ctx, db, as_json)


@corrections.command(context_settings=CONTEXT)
@db_option
@click.argument("ident", metavar="ID")
@click.pass_context
@guarded
def undo(ctx: click.Context, db: Path | None, ident: str) -> None:
    """Take back correction ID (or the correction of event ID): the extraction's values return."""
    db = db or ((ctx.parent.obj or {}).get("corrections_db") if ctx.parent else None)
    store = existing_store(ctx, db)
    try:
        rec = corr.undo_correction(store, typed(ident), on_wait=on_wait)
    except FilterError as exc:
        fail(tr(exc))
    click.echo(_("undone correction {cid}: event {eid}: {changed}").format(
        cid=rec["id"], eid=rec.get("event_id"), changed=printable(tr(_changed(rec)))))
