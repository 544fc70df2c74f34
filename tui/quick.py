"""The ``hoptac`` command's entry point: the filter commands answered without click.

``hoptac events FILTERS --json`` (or ``--jsonl``, or piped) with a small answer spends
most of a cold process importing: click alone costs about 100 million instructions
(callgrind), more than the answer at 100,000 events. :func:`main` reads the command line
itself when it is one of the few it knows for certain — ``[--db P] [--lang L] events``
with ``--db``, ``--pair``, ``--province``, ``--since``, ``--until``, ``--type``,
``--level``, ``--person``, ``--json``/``--jsonl``, ``--limit``/``-n``, each at most
once, output not a table — and the caches as they lie can answer (``cli_answer``,
the same code the click command runs); ``[--db P] [--lang L] export -o -`` with the same
filters and ``--compact`` (an export to standard output: every event at 100,000 spent
about 100 million instructions importing click, and 65 million more importing orjson
for the document's head, which the standard library's json writes byte for byte); and
``hoptac [--db P] [--lang L]`` alone, the
app, opened as ``cli.main`` opens it with no command. Anything else, including every error a user
can make (a wrong value, an unknown name, ``--help``, a stale cache, a broken settings
file), is handed untouched to the click command line (``cli.main``), so help, errors,
exit codes and every other command are exactly what they were: nothing is written
before the hand-over. Tests run both paths on the same command lines and compare.
"""

from __future__ import annotations

import os
import sys
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, Sequence

__all__ = ["main", "quick"]

_VALUED = {"--db": "db", "--pair": "pair", "--province": "province", "--since": "since", "--until": "until",
           "--type": "type_", "--level": "level", "--person": "person", "--limit": "limit", "-n": "limit"}
_FLAGS = {"--json": "as_json", "--jsonl": "as_jsonl"}
# ``export``: the same filters, ``-o``/``--output`` (standard output only: a file is click's) and ``--compact``
_EXPORT_VALUED = {**{k: v for k, v in _VALUED.items() if v != "limit"}, "-o": "output", "--output": "output"}
_EXPORT_FLAGS = {"--compact": "compact"}
_COMMANDS = ("events", "export")
_TYPES = ("conference", "signing", "visit", "announcement", "other")  # query.EVENT_TYPES (a test checks)


def main(args: Sequence[str] | None = None, prog_name: str | None = None) -> Any:
    """``hoptac``: :func:`quick` when it can answer, else the click command line."""
    argv = list(sys.argv[1:] if args is None else args)
    try:
        try:
            code = quick(argv)
            if code is None:
                from .cli import main as cli

                code = cli.main(args=args, prog_name=prog_name)
        except SystemExit:  # click ends by exiting: what it left in the buffer is written now
            sys.stdout.flush()
            raise
        sys.stdout.flush()  # a short answer still in the buffer: its full disk is met here
        return code
    except OSError as exc:  # the output's disk filled up (``> answer.jsonl``): one line, exit 1
        from .cli_output import output_full, silence_stdout

        line = output_full(exc)
        if line is None:
            raise
        silence_stdout()
        sys.stderr.write(f"hoptac: {line}\n")
        return 1


def _path_ok(value: str) -> bool:
    """What click's ``Path(dir_okay=False)`` takes without a word: a name that is not a folder."""
    return bool(value) and not os.path.isdir(value)


def _root_db(got: dict[str, Any]) -> str | None:
    """``hoptac --db P``, else ``$HOPTAC_DB`` (unset when empty, as click reads it); a
    ``--db ""`` given stays "" (``_path_ok`` refuses it: click then says why)."""
    if "root_db" in got:
        return got["root_db"]
    return os.environ.get("HOPTAC_DB") or None


def parse(argv: Sequence[str]) -> dict[str, Any] | None:
    """The options of ``[--db P] [--lang L] events OPTIONS`` when the command line is
    surely that and nothing else; None otherwise (click reads it)."""
    got: dict[str, Any] = {}
    i, n = 0, len(argv)
    while i < n and argv[i] not in _COMMANDS:  # hoptac's own options: --db, --lang
        name, eq, value = argv[i].partition("=")
        if name not in ("--db", "--lang") or ("root_" + name[2:]) in got:
            return None
        taken = _value(argv, i, eq, value)
        if taken is None:
            return None
        i, got["root_" + name[2:]] = taken
    if i >= n:
        got["app"] = True  # no command: the app (``cli.main`` with no subcommand)
        return got
    got["command"] = argv[i]
    flags, valued = (_FLAGS, _VALUED) if argv[i] == "events" else (_EXPORT_FLAGS, _EXPORT_VALUED)
    i += 1
    while i < n:
        token = argv[i]
        if token in flags:
            key = flags[token]
            if key in got:
                return None
            got[key] = True
            i += 1
            continue
        name, eq, value = token.partition("=") if token.startswith("--") else (token, "", "")
        key = valued.get(name)
        if key is None or key in got:
            return None
        taken = _value(argv, i, eq, value, dash=key == "output")
        if taken is None:
            return None
        i, got[key] = taken
    return got


def _value(argv: Sequence[str], i: int, eq: str, value: str, dash: bool = False) -> tuple[int, str] | None:
    """An option's value, given as ``--name=value`` (``eq``) or as the next argument, and
    the index after it; None when it is missing or looks like an option (click decides);
    ``dash``: "-" (standard output) is a value."""
    if not eq:
        if i + 1 >= len(argv):
            return None
        i += 1
        value = argv[i]
    if value.startswith("-") and not (dash and value == "-"):
        return None
    return i + 1, value


def quick(argv: Sequence[str]) -> int | None:
    """Answer ``argv`` without click and return the exit code, or None (having written
    nothing) when click must read it."""
    if os.environ.get("_HOPTAC_COMPLETE"):
        return None  # shell completion
    got = parse(argv)
    if got is None or (got.get("as_json") and got.get("as_jsonl")):
        return None
    if got.get("app"):
        return _app(got)
    if got["command"] == "export":
        if got.get("output") != "-":
            return None  # a file (written aside and renamed, its name checked): click's; -o missing: click says
    elif not (got.get("as_json") or got.get("as_jsonl") or not sys.stdout.isatty()):
        return None  # a table: rich, through click
    limit = got.get("limit")
    if limit is not None:
        if not (limit.isascii() and limit.isdigit()):
            return None
        limit = int(limit)
    if got.get("type_") is not None and got["type_"] not in _TYPES:
        return None
    root_db = _root_db(got)
    for given in (got.get("db"), root_db):
        if given is not None and not _path_ok(given):
            return None
    settings = _setup(got)
    if settings is None:
        return None
    from pathlib import Path

    given = got.get("db") or root_db
    db = Path(given) if given else settings.database  # cli_common.db_of
    from .cli_answer import Asked, filter_fields

    try:
        fields = filter_fields(got.get("pair"), got.get("province"), got.get("since"), got.get("until"),
                               got.get("type_"), got.get("level"), None, got.get("person"), None)
    except ValueError as exc:  # (the query module only when a filter was parsed: a type alone needs none)
        from ..core.store.query import FilterError

        if isinstance(exc, FilterError):
            return None  # click says what is wrong (or finds the name among the database's own)
        raise
    return _answer(db, Asked(fields), got, limit)


def _setup(got: dict[str, Any]) -> Any:
    """``cli_setup.setup`` without click: the settings read and the language chosen;
    None (click's path then says why) for a settings file with a problem or a ``--lang``
    click would refuse."""
    lang = got.get("root_lang")
    if lang is not None and lang not in ("en", "vi"):
        return None
    from . import settings as settings_mod

    settings = settings_mod.load_settings()
    if settings.problem:
        return None
    settings_mod.use(settings)
    from .i18n import choose_language, set_language

    set_language(choose_language(lang, settings.language))
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as cli_setup.HoptacGroup does
    return settings


def _app(got: dict[str, Any]) -> int | None:
    """``hoptac [--db P] [--lang L]``: the app, as ``cli.main`` opens it with no command
    (``cli._run_app``), without importing click first (about 100 million instructions
    before the first frame)."""
    root_db = _root_db(got)
    if root_db is not None and not _path_ok(root_db):
        return None
    settings = _setup(got)
    if settings is None:
        return None
    from pathlib import Path

    from .gc_pacing import hold_full_collections

    hold_full_collections()  # before Textual's imports (run_app puts the schedule back)
    from ..core.store.errors import StoreError
    from .app import run_app

    if root_db:
        path = Path(root_db)
    elif settings.database:
        path = settings.database
    else:
        from ..core.dbpaths import default_db_path

        path = default_db_path()
    try:
        code = run_app(path, None, settings=settings)
    except StoreError as exc:
        from .cli_common import fail
        from .i18n import tr

        fail(tr(exc))
        return 1
    return code or 0


def _answer(db: Any, flt: Any, got: dict[str, Any], limit: int | None) -> int | None:
    """``cli_data.events``' JSON answer, inside what ``cli_common.guarded`` does."""
    from ..core.store.errors import ExportError, StoreError
    from ..core.interrupts import interrupt_on_signals
    from .cli_answer import document, fast_answer, write_json

    try:
        with interrupt_on_signals():
            if db is None:
                from ..core.dbpaths import default_db_path

                found = fast_answer(default_db_path(), flt)
            else:
                found = fast_answer(db, flt)
            if found is None:
                return None  # stale or missing caches, a filter they cannot answer: the full path
            index, ranks = found
            if got["command"] == "export":
                from ..core.store.export import write_export

                write_export("-", document(index, ranks, _full(db, flt), flt.as_dict(), compact=bool(got.get("compact"))),
                             stdout=sys.stdout.buffer)
                return 0
            write_json(sys.stdout.buffer, index, ranks, _full(db, flt), as_jsonl=bool(got.get("as_jsonl")),
                       limit=limit)
            return 0
    except (StoreError, ExportError) as exc:
        from .cli_common import fail
        from .i18n import tr

        fail(tr(exc))
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        from .cli_common import fail
        from .i18n import _

        fail(_("interrupted"), 130)
    return 1  # unreachable: fail exits


def _full(db: Any, flt: Any) -> Any:
    """The full path's index and ranks, should the caches turn out damaged part way
    (``cli_answer.healing``): ``cli_common.open_library`` as the click command calls it."""
    def full() -> tuple[Any, Sequence[int]]:
        from .cli_common import open_library

        index = open_library(db).index
        return index, index.filter(flt.filter())
    return full


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
