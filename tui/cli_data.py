"""The data commands: events, export, pairs, compact."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Sequence

import click

from ..core.store.export import write_export
from ..core.library import default_db_path, no_database
from ..core.text import json_escape_controls
from .cli_answer import document, fast_answer, healing, write_json
from .cli_common import (CONTEXT, db_of, db_option, fail, filter_and_library, filter_options, guarded, on_wait,
                         fast_ranks, open_library, parse_filter, safe_text)




@click.command(context_settings=CONTEXT)
@db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="A JSON array of event records.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="One JSON event record per line.")
@click.option("--limit", "-n", type=click.IntRange(min=0), default=None, metavar="N",
              help="At most N events (the first N of the timeline).")
@click.pass_context
@guarded
def events(ctx: click.Context, db: Path | None, as_json: bool, as_jsonl: bool, limit: int | None,
           **filters: Any) -> None:
    """List events: a table on a terminal, JSON when asked or piped."""
    if as_json and as_jsonl:
        from .i18n import _

        fail(_("choose one of --json and --jsonl"), 2)
    flt, index, ranks = _filtered(ctx, db, filters)
    matched = len(ranks)
    if as_jsonl or as_json or not sys.stdout.isatty():
        write_json(sys.stdout.buffer, index, ranks, _full(ctx, db, flt), as_jsonl=as_jsonl, limit=limit)
        return
    if limit is not None:
        ranks = ranks[:limit]
    evs = _healing(ctx, db, flt, index, ranks, lines=False)
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .i18n import _, ngettext
    from .widgets.text import type_label

    console = Console(highlight=False)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    for col, header in (("date", _("date")), ("type", _("type")), ("pair", _("pair")), ("title", _("title"))):
        table.add_column(header, overflow="fold" if col == "title" else "ellipsis", no_wrap=col != "title")
    shown = 0
    for ev in evs:
        shown += 1
        table.add_row(safe_text(("✎ " if ev.get("corrected") else "") + display_date(ev)),
                      safe_text(type_label(ev.get("type"), short=False) if ev.get("type") else ""),
                      safe_text(" – ".join(ev.get("pair") or [])),
                      safe_text(ev.get("title")))
    console.print(table)
    line = _("{shown} of {matched} matching").format(shown=shown, matched=matched) if shown < matched else f"{shown}"
    console.print(Text(ngettext("{shown} of {total} event", "{shown} of {total} events", len(index)).format(
        shown=line, total=len(index))), style="dim")


def _filtered(ctx: click.Context, db: Path | None, filters: dict[str, Any]) -> tuple[Any, Any, list[int]]:
    """FILTERS, the index to read records from and the ranks they admit (:func:`_answer`);
    a place name only the database knows takes the full index (``filter_and_library``)."""
    from ..core.store.query import FilterError, UnknownPlace

    try:
        flt = parse_filter(**filters)
    except UnknownPlace:
        flt, lib = filter_and_library(db_of(ctx, db), filters)
        return flt, lib.index, lib.index.filter(flt)
    except FilterError as exc:
        from .i18n import tr

        fail(tr(exc), 2)
        raise  # unreachable
    return (flt, *_answer(ctx, db, flt))


def _answer(ctx: click.Context, db: Path | None, flt: Any) -> tuple[Any, Sequence[int]]:
    """The index to read records from and the ranks ``flt`` admits: from the caches as
    they lie on disk when the filter allows (``cli_answer.fast_answer``), else from the
    full index (which rebuilds stale caches and verifies them first)."""
    found = fast_answer(db_of(ctx, db) or default_db_path(), flt)
    if found is not None:
        return found
    lib = open_library(db_of(ctx, db))
    return lib.index, lib.index.filter(flt)


def _full(ctx: click.Context, db: Path | None, flt: Any) -> Any:
    """The full index and the ranks ``flt`` admits there (``cli_answer.healing``)."""
    def full() -> tuple[Any, Sequence[int]]:
        index = open_library(db_of(ctx, db)).index
        return index, index.filter(flt)
    return full


def _healing(ctx: click.Context, db: Path | None, flt: Any, index: Any, ranks: Any, *, lines: bool,
             sep: bytes | None = None) -> Any:
    """:func:`cli_answer.healing` with this command's full path."""
    return healing(index, ranks, _full(ctx, db, flt), lines=lines, sep=sep)


def display_date(ev: dict[str, Any]) -> str:
    """The app's form: ``2023-02-18``, ``~2023-02-18`` (inferred year), ``????-02-18``
    (unknown), ranges ``2018-11-24–25`` (see ``widgets/text.py``; JSON keeps ISO)."""
    from .widgets.text import display_date as shown

    return shown(ev)


@click.command(context_settings=CONTEXT)
@db_option
@filter_options
@click.option("-o", "--output", required=True, metavar="FILE", help="Where to write the JSON document ('-' for standard output).")
@click.option("--compact", is_flag=True, help="No indentation.")
@click.pass_context
@guarded
def export(ctx: click.Context, db: Path | None, output: str, compact: bool, **filters: Any) -> None:
    """Write the events FILTERS select as one JSON document (filters, time, count, events)."""
    flt, index, ranks = _filtered(ctx, db, filters)
    chunks = document(index, ranks, _full(ctx, db, flt), flt.as_dict(), compact=compact)
    where = write_export(output, chunks, stdout=sys.stdout.buffer)
    if where != "-":
        from .i18n import ngettext

        click.echo(ngettext("{n} event → {path}", "{n} events → {path}", len(ranks)).format(n=len(ranks), path=where),
                   err=True)


@click.command(context_settings=CONTEXT)
@db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="JSON: [{pair, count}, …].")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None,
              help="csv: an edge list a,b,events,first,last (for Gephi, networkx, a spreadsheet).")
@click.pass_context
@guarded
def pairs(ctx: click.Context, db: Path | None, as_json: bool, fmt: str | None, **filters: Any) -> None:
    """How many events each pair of partners has."""
    fmt = fmt or ("json" if as_json else "table")
    counts = _fast_pair_counts(ctx, db, filters) if fmt != "csv" else None
    if counts is None:
        from .cli_views import write_pairs

        flt, lib = filter_and_library(db_of(ctx, db), filters)
        ranks = lib.index.filter(flt)
        if write_pairs(lib.index, ranks, flt, fmt):
            return
        counts = lib.index.pair_counts(ranks)
    if fmt == "json" or not sys.stdout.isatty():
        import orjson

        doc = orjson.dumps([{"pair": list(p), "count": c} for p, c in counts], option=orjson.OPT_INDENT_2)
        sys.stdout.buffer.write(json_escape_controls(doc) + b"\n")
        return
    from rich.console import Console
    from rich.table import Table

    from .i18n import _

    console = Console(highlight=False)
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column(_("events"), justify="right")
    table.add_column(_("pair"))
    for p, c in counts:
        table.add_row(str(c), safe_text(" – ".join(p) if p else _("(no pair)")))
    console.print(table)


def _fast_pair_counts(ctx: click.Context, db: Path | None, filters: dict[str, Any]) -> Any:
    """``pairs`` from the caches as they lie (``fastviews``), when ``fast_ranks`` allows;
    None: take the full index."""
    from ..core.store.fastquery import Unusable

    found = fast_ranks(ctx, db, filters)
    if found is None:
        return None
    fast, _flt, ranks = found
    from ..core.store.fastviews import pair_counts

    try:
        return pair_counts(fast, ranks)
    except (Unusable, OSError, ValueError):
        return None
    finally:
        fast.close()


@click.command(context_settings=CONTEXT)
@db_option
@click.pass_context
@guarded
def compact(ctx: click.Context, db: Path | None) -> None:
    """Rewrite the store without the old versions of changed articles, and rebuild the caches."""
    from ..core.store.cache import build_caches
    from ..core.store.segments import Store

    path = db_of(ctx, db) or default_db_path()
    store = Store(path)
    if not store.exists:
        store.refuse_if_orphaned()
        from .i18n import tr

        fail(tr(no_database(path)))
    before = sum(p.stat().st_size for p in store.dir.glob("seg-*.json")) if store.dir.is_dir() else 0
    removed = store.compact(on_wait=on_wait)
    from .i18n import ngettext, tr

    for line in store.compact_kept:
        click.echo(f"hoptac: {tr(line)}", err=True)
    store.reload()
    build_caches(store)
    after = sum(p.stat().st_size for p in store.dir.glob("seg-*.json"))
    click.echo(ngettext("{n} segment file removed; segments {before:,.1f} MB → {after:,.1f} MB → {path}",
                        "{n} segment files removed; segments {before:,.1f} MB → {after:,.1f} MB → {path}",
                        removed).format(n=removed, before=before / 1e6, after=after / 1e6, path=path), err=True)
