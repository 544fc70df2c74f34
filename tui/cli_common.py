"""What the commands of ``hoptac`` share: the database option, FILTERS, one-line errors."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import click

from ..core.store.errors import ExportError
from ..core.library import Library, default_db_path, is_default_db
from ..core.store.query import EVENT_TYPES, LEVELS, Filter, FilterError, Known, UnknownPlace
from ..core.store.map2025 import MAPS
from ..core.store.errors import StoreError
from ..core.workers import interrupt_on_signals
from .i18n import _, tr
from .cli_answer import parse_filter  # noqa: F401  (FILTERS → Filter: click-free, shared with quick.py)

if TYPE_CHECKING:
    from rich.text import Text

    from ..core.store.segments import Store

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def fail(message: str, code: int = 1) -> None:
    """Print one line to stderr and exit with ``code``."""
    click.echo(f"hoptac: {message}", err=True)
    sys.exit(code)


def usage(message: str) -> None:
    fail(message, 2)


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The FILTERS shared by browse, events, export and pairs."""
    opts = [
        click.option("--pair", metavar="A,B", help='Two partners, e.g. "Lào Cai,Yên Bái" (accents optional: "lao cai,yen bai").'),
        click.option("--province", metavar="NAME", help="Events with this province (or foreign partner) among the parties."),
        click.option("--since", metavar="DATE", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--until", metavar="DATE", help="Up to this date: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--type", "type_", type=click.Choice(EVENT_TYPES), help="Event type."),
        click.option("--level", metavar="LEVEL",
                     help=f"A party of this level: {', '.join(LEVELS)} (accents optional: tinh, thanh pho)."),
        click.option("--search", metavar="TEXT", help="Phrases in titles, snippets or article text (accents optional); "
                     'several apart by commas or quotes: "lao cai, du lich".'),
        click.option("--person", metavar="NAME", help="Events naming this person (accents optional)."),
        click.option("--map", "map_", type=click.Choice(MAPS), help="Provinces and pairs as today's 34 units (2025)."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def build_filter(pair: str | None, province: str | None, since: str | None, until: str | None,
                 type_: str | None, level: str | None, search: str | None, person: str | None = None,
                 map_: str | None = None, known: Known | None = None) -> Filter:
    """The Filter FILTERS describe; a wrong value exits with one line (code 2).
    ``known``: the database's own place names (``parse_province``)."""
    try:
        return parse_filter(pair, province, since, until, type_, level, search, person, map_, known)
    except FilterError as exc:
        usage(tr(exc))
        raise  # unreachable


def filter_and_library(db: Path | None, filters: dict[str, Any]) -> tuple[Filter, Library]:
    """FILTERS (checked before the database is opened) and the opened library. A place
    name the gazetteer does not know is looked up among the database's own names once
    it is open ("gapyeong" for the partner "Gapyeong"); a name neither knows is one line."""
    try:
        flt: Filter | None = parse_filter(**filters)
    except UnknownPlace:
        flt = None
    except FilterError as exc:
        usage(tr(exc))
        raise  # unreachable
    lib = open_library(db)
    if flt is None:
        flt = build_filter(**filters, known=lib.index.provinces)
    return flt, lib


def app_filter(db: Path | None, filters: dict[str, Any]) -> Filter:
    """FILTERS for the app, which opens the database itself: opened here only for a place
    name the gazetteer does not know (:func:`filter_and_library`)."""
    try:
        return parse_filter(**filters)
    except UnknownPlace:
        return filter_and_library(db, filters)[0]
    except FilterError as exc:
        usage(tr(exc))
        raise  # unreachable


def fast_ranks(ctx: click.Context, db: Path | None, filters: dict[str, Any]) -> tuple[Any, Filter, Any] | None:
    """The caches as they lie (``FastIndex``), the filter and the ranks it admits, when
    the filter allows (not on the 2025 map, no search, no article) and the caches are
    fresh; None: take the full index (a name only the database knows, a wrong value: the
    full path says). The caller closes the index."""
    from ..core.store.fastquery import FastIndex, Unusable, supports

    try:
        flt = parse_filter(**filters)
    except FilterError:
        return None
    if flt.map or flt.search or flt.article_id:
        return None
    fast = FastIndex.open(db_of(ctx, db) or default_db_path())
    if fast is None:
        return None
    try:
        return fast, flt, (fast.filter(flt) if supports(flt) else range(len(fast)))
    except (Unusable, OSError, ValueError):
        fast.close()
        return None


def _named(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """``--db ""`` names no file (``Path("")`` is the current folder): refused, not read
    as the folder or, worse, as the default database."""
    if value is not None and str(value) == ".":
        raise click.BadParameter(_("give the database file's name, e.g. --db ~/hoptac.json"), ctx, param)
    return value


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--db`` on a subcommand: given there, it wins; else ``hoptac --db``; else
    ``$HOPTAC_DB`` (read by the root option only, so that the environment never
    overrides an option given on the command line)."""
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path), callback=_named,
        help="The database file (default: $HOPTAC_DB, else the config file's database, else hoptac.json in your data folder).",
    )(fn)


def root_db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path), envvar="HOPTAC_DB", callback=_named,
        help="The database file (default: $HOPTAC_DB, else the config file's database, else hoptac.json in your data folder).",
    )(fn)


def on_wait(message: str) -> None:
    click.echo(f"hoptac: {tr(message)} …", err=True)


def open_library(db: Path | None) -> Library:
    path = db or default_db_path()
    try:
        return Library.open(path, seed_if_missing=is_default_db(path), on_wait=on_wait)
    except StoreError as exc:
        fail(tr(exc))
        raise


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """User-caused errors become one line and an exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with interrupt_on_signals():  # SIGTERM and SIGHUP end a command like Ctrl+C: cleanly
                return fn(*args, **kwargs)
        except StoreError as exc:
            fail(tr(exc))
        except ExportError as exc:
            fail(tr(exc))
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        except KeyboardInterrupt:
            fail(_("interrupted"), 130)

    return wrapper




def db_of(ctx: click.Context, db: Path | None) -> Path | None:
    """The database given to the subcommand, else to ``hoptac`` itself (option or
    ``$HOPTAC_DB``), else the config file's ``database``."""
    root = ctx.find_root()
    from .cli_setup import configured_database

    return db or (root.obj or {}).get("db") or configured_database()


def existing_store(ctx: click.Context, db: Path | None) -> "Store":
    """The database the command names, opened: none there, a damaged or foreign file, a lost
    manifest are a :class:`StoreError` (one line from :func:`guarded`) before anything else."""
    from ..core.library import no_database
    from ..core.store.segments import Store

    path = db_of(ctx, db) or default_db_path()
    store = Store(path)
    if not store.exists:
        store.refuse_if_orphaned()
        raise no_database(path)
    store.counts()
    return store


def safe_text(value: Any) -> "Text":
    """Untrusted text for a Rich table: inert control characters, never markup."""
    from rich.text import Text  # rich: only for a table on a terminal (JSON needs none)

    from ..core.text import printable
    return Text(printable(str(value if value is not None else ""), newlines=False))
