"""The research views on the command line: people, partners, and the pairs edge list.

Like ``events``: a table on a terminal, JSON when asked (``--json``) or piped.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any, Iterable

import click
import orjson

from ..core.store.map2025 import to_unit
from ..core.store.partners import pair_edges, partners_of, strip
from ..core.store.query import Filter, FilterError, UnknownPlace, parse_province
from ..core.text import json_escape_controls
from .cli_common import (CONTEXT, db_of, db_option, fast_ranks, filter_and_library, filter_options, guarded, safe_text,
                         usage)
from .i18n import _, ngettext, tr
from .widgets.text import type_label




def _json_out(data: Any) -> None:
    doc = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
    sys.stdout.buffer.write(json_escape_controls(doc) + b"\n")  # C1 and bidi controls as \uXXXX
    sys.stdout.buffer.flush()


def _json_stream(items: Iterable[Any], batch: int = 256) -> None:
    """A JSON array written a batch of items at a time (each batch dumped as one list),
    byte for byte as :func:`_json_out` writes the whole list."""
    out = sys.stdout.buffer
    opts = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
    any_ = False
    run: list[Any] = []
    it = iter(items)
    while True:
        run.clear()
        for item in it:
            run.append(item)
            if len(run) >= batch:
                break
        if not run:
            break
        doc = orjson.dumps(run, option=opts)  # b"[\n  {…},\n  {…}\n]": the items as the whole list has them
        if b"\xc2" in doc or b"\xe2" in doc or b"\x7f" in doc or b"\xef" in doc:  # what could start a control
            doc = json_escape_controls(doc)
        out.write((b",\n  " if any_ else b"[\n  ") + memoryview(doc)[4:-2])
        any_ = True
    out.write(b"\n]\n" if any_ else b"[]\n")
    out.flush()


def _span(first: Any, last: Any) -> str:
    if first is None and last is None:
        return "?"
    return str(first) if first == last else f"{first or '?'} – {last or '?'}"


def _map_to(flt: Filter):  # noqa: ANN202
    return to_unit if flt.map == "2025" else None


@click.command(context_settings=CONTEXT)
@db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="JSON: [{name, province, events, first, last, titles}, …].")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the N people with the most events.")
@click.pass_context
@guarded
def people(ctx: click.Context, db: Path | None, as_json: bool, limit: int | None, **filters: Any) -> None:
    """Everyone named as taking part in the events FILTERS select: titles as written over
    time, province, number of events, first and last date. With --person, only the
    people that name stands for."""
    fast = _fast_people(ctx, db, filters)
    if fast is not None:
        index, ranks, flt = fast
    else:
        flt, lib = filter_and_library(db_of(ctx, db), filters)
        index, ranks = lib.index, lib.index.filter(flt)
    if as_json or not sys.stdout.isatty():   # written as the people are gathered
        from ..core.store.people import iter_people

        _json_stream(iter_people(index, ranks, query=flt.person or "", limit=limit))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..core.store.people import people_of

    found = people_of(index, ranks, query=flt.person or "", limit=limit)
    console = Console(highlight=False)
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column(_("events"), justify="right", no_wrap=True)
    table.add_column(_("dates"), no_wrap=True)
    table.add_column(_("name"), no_wrap=True)
    table.add_column(_("province"), no_wrap=True)
    table.add_column(_("titles (earliest first)"), overflow="fold")
    for p in found:
        titles = "; ".join(f"{t['title']} ({_span(t['first'], t['last'])})" for t in p["titles"])
        table.add_row(str(p["events"]), safe_text(_span(p["first"], p["last"])), safe_text(p["name"]),
                      safe_text(p["province"] or "?"), safe_text(titles))
    console.print(table)
    console.print(Text(_("{people} in {events}").format(
        people=ngettext("{n} person", "{n} people", len(found)).format(n=len(found)),
        events=ngettext("{n} event", "{n} events", len(ranks)).format(n=len(ranks)))), style="dim")


def _fast_people(ctx: click.Context, db: Path | None, filters: dict[str, Any]) -> tuple[Any, Any, Filter] | None:
    """The people view over the caches as they lie (``fastpeople``) and the ranks FILTERS
    admit (see ``fast_ranks``); None: take the full index."""
    from ..core.store.fastquery import Unusable

    found = fast_ranks(ctx, db, filters)
    if found is None:
        return None
    fast, flt, ranks = found
    try:
        from ..core.store.fastpeople import PeopleView

        return PeopleView(fast), ranks, flt
    except (Unusable, OSError, ValueError):
        fast.close()
        return None


@click.command(context_settings=CONTEXT)
@click.argument("province_name", metavar="PROVINCE")
@db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="JSON: [{partner, events, first, last, types, years}, …].")
@click.pass_context
@guarded
def partners(ctx: click.Context, province_name: str, db: Path | None, as_json: bool, **filters: Any) -> None:
    """Every partner of PROVINCE (accents optional) in the events FILTERS select: number of
    events, first and last year, types, and events per year as a strip."""
    try:
        name: str | None = parse_province(province_name)
    except UnknownPlace:
        name = None  # perhaps one of the database's own names: looked up once it is open
    except FilterError as exc:
        usage(tr(exc))
        return
    if name is not None and (fast := _fast_partners(ctx, db, name, filters)) is not None:
        found, ranks_n, flt = fast
        _show_partners(found, ranks_n, name, flt, as_json)
        return
    flt, lib = filter_and_library(db_of(ctx, db), filters)
    if name is None:
        try:
            name = parse_province(province_name, lib.index.provinces)
        except FilterError as exc:
            usage(tr(exc))
            return
    from dataclasses import replace

    ranks = lib.index.filter(replace(flt, province=name) if not flt.province else flt)
    if flt.province:  # both: the events of PROVINCE among those
        ranks = sorted(set(ranks) & set(lib.index.filter(replace(flt, province=name))))
    found = partners_of(lib.index, ranks, name, _map_to(flt))
    _show_partners(found, len(ranks), name, flt, as_json)


def _fast_partners(ctx: click.Context, db: Path | None, name: str,
                   filters: dict[str, Any]) -> tuple[list[dict[str, Any]], int, Filter] | None:
    """``partners`` from the caches as they lie (``fastviews``): the events of ``name``
    among FILTERS, not on the 2025 map, the caches fresh; None: take the full index."""
    from dataclasses import replace

    from ..core.library import default_db_path
    from ..core.store.fastquery import FastIndex, Unusable, supports
    from ..core.store.fastviews import partners as fast_partners
    from .cli_common import parse_filter

    try:
        flt = parse_filter(**filters)
    except FilterError:
        return None
    mine = replace(flt, province=name)
    if flt.map or not supports(mine):
        return None
    fast = FastIndex.open(db_of(ctx, db) or default_db_path())
    if fast is None:
        return None
    try:
        ranks = fast.filter(mine)
        if flt.province:  # both: the events of PROVINCE among those
            ranks = sorted(set(ranks) & set(fast.filter(flt)))
        return fast_partners(fast, ranks, name), len(ranks), flt
    except (Unusable, OSError, ValueError):
        return None
    finally:
        fast.close()


def _show_partners(found: list[dict[str, Any]], n_ranks: int, name: str, flt: Filter, as_json: bool) -> None:
    map_to = _map_to(flt)
    if as_json or not sys.stdout.isatty():
        _json_out(found)
        return
    me = map_to(name) if map_to else name
    years = [y for p in found for y in p["years"]]
    lo, hi = (min(years), max(years)) if years else (0, -1)
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column(_("events"), justify="right", no_wrap=True)
    table.add_column(_("partner"), no_wrap=True)
    table.add_column(_("years"), no_wrap=True)
    table.add_column((f"{lo}–{hi}" if hi > lo else str(lo)) if years else _("per year"), no_wrap=True)
    table.add_column(_("types"), overflow="fold")
    width = max(10, min(hi - lo + 1, console.width - 60)) if years else None
    for p in found:
        label = _("{name} (merged)").format(name=p["partner"]) if p["merged"] else p["partner"]
        types = ", ".join(f"{type_label(t, short=False)} {n}" for t, n in p["types"].items())
        table.add_row(str(p["events"]), safe_text(label), safe_text(_span(p["first"], p["last"])),
                      Text(strip(p["years"], lo, hi, width) if years else ""), safe_text(types))
    title = _("Partners of {name} (2025 map)") if map_to else _("Partners of {name}")
    console.print(Text(title.format(name=me)), style="bold")
    console.print(table)
    console.print(Text(_("{partners} in {events}").format(
        partners=ngettext("{n} partner", "{n} partners", len(found)).format(n=len(found)),
        events=ngettext("{n} event", "{n} events", n_ranks).format(n=n_ranks))), style="dim")


def edges_csv(edges: Iterable[dict[str, Any]]) -> str:
    """The pairs as CSV: a header ``a,b,events,first,last`` and a row per pair."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["a", "b", "events", "first", "last"])
    for e in edges:
        w.writerow([e["a"], e["b"], e["events"], e["first"] or "", e["last"] or ""])
    return buf.getvalue()


def write_pairs(index: Any, ranks: list[int], flt: Filter, fmt: str) -> bool:
    """``hoptac pairs`` in the formats this module adds (csv, and anything on the 2025
    map); False when the plain pair counts are asked for."""
    map_to = _map_to(flt)
    if fmt == "csv":
        sys.stdout.write(edges_csv(pair_edges(index, ranks, map_to)))
        sys.stdout.flush()
        return True
    if map_to is None:
        return False
    edges = pair_edges(index, ranks, map_to)
    if fmt == "json" or not sys.stdout.isatty():
        _json_out([{"pair": [e["a"]] if e["a"] == e["b"] else [e["a"], e["b"]], "count": e["events"],
                    "merged": e["a"] == e["b"]} for e in edges])
        return True
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column(_("events"), justify="right")
    table.add_column(_("pair (2025 map)"))
    for e in edges:
        label = _("{name} (merged)").format(name=e["a"]) if e["a"] == e["b"] else f"{e['a']} – {e['b']}"
        table.add_row(str(e["events"]), safe_text(label))
    console.print(table)
    return True
