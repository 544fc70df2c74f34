"""JSON and JSON Lines for a query's result.

``export_document`` is one JSON document (what ``hoptac export`` and the app's
export key write)::

    {"hoptac_export": 1, "exported_at": "2026-11-21T23:40:00+00:00",
     "filters": {"pair": ["Lào Cai", "Yên Bái"]}, "count": 2, "events": [...]}

The writers stream: events are encoded one at a time, so memory stays flat for a
million events, and a file is written aside and renamed into place, so an
existing file is only ever replaced whole.
"""

from __future__ import annotations

from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import IO, Any, Iterable, Iterator, Sequence

from ..messages import M_, Message, message_of
from .safepath import NotOwnFile, owning_database, write_target
from .errors import ExportError, StoreError

__all__ = ["EXPORT_VERSION", "head_json", "iter_document", "document_from_lines", "iter_jsonl", "json_array", "line_runs", "counted_runs", "item_sep", "write_export", "read_export", "ExportError", "export_refusal"]

EXPORT_VERSION = 1
# orjson is imported where records are dumped or a head is written: a command that copies
# the stored lines (``events --json``) needs none of it (``core/jsonload.py``)


def _now() -> str:
    import datetime as _dt  # only for a document's head: not for ``events --jsonl``

    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def iter_document(events: Sequence[dict[str, Any]] | Iterable[dict[str, Any]], *, filters: dict[str, Any],
                  count: int, exported_at: str | None = None, indent: bool = True) -> Iterator[bytes | memoryview]:
    """The export document, in chunks of bytes (UTF-8, Vietnamese unescaped)."""
    return document_from_lines(dumped_lines(events), filters=filters, count=count, exported_at=exported_at,
                               indent=indent)


def document_from_lines(lines: Iterable[bytes], *, filters: dict[str, Any], count: int,
                        exported_at: str | None = None, indent: bool = True,
                        separated: bool = False) -> Iterator[bytes | memoryview]:
    """:func:`iter_document` from runs of the events' JSON lines (:func:`line_runs`):
    each event written as its line, without parsing it. ``separated``: the runs are
    the lines joined by :func:`item_sep` already (``line_runs(..., sep=...)``)."""
    head = {
        "hoptac_export": EXPORT_VERSION,
        "exported_at": exported_at or _now(),
        "filters": filters,
        "count": count,
    }
    from ..text import json_escape_controls

    head_bytes = json_escape_controls(head_json(head, indent))
    # open the object, write the head's fields, then the events array by hand
    yield head_bytes[:-1].rstrip() + (b',\n  "events": [' if indent else b',"events":[')
    lead = b"\n    " if indent else b""
    any_ = False
    for run in (lines if separated else _separated(lines, b"," + lead)):
        if not run:
            continue
        yield b"," + lead if any_ else lead
        yield run
        any_ = True
    yield (b"\n  ]\n}\n" if indent and any_ else (b"]\n}\n" if indent else b"]}\n"))


def head_json(head: dict[str, Any], indent: bool) -> bytes:
    """An export document's head as orjson writes it (``OPT_INDENT_2`` when ``indent``),
    written by the standard library's json: the same bytes for these heads (strings,
    whole numbers, lists and objects of them; ``tests/test_fastquery_stream.py`` compares them) without
    importing orjson (about 65 million instructions of a cold ``export -o -``). Text json
    cannot encode (a lone surrogate) goes to orjson, which says what is wrong as before."""
    import json

    try:
        return json.dumps(head, ensure_ascii=False, indent=2 if indent else None,
                          separators=None if indent else (",", ":")).encode("utf-8")
    except (UnicodeEncodeError, TypeError, ValueError):
        import orjson

        return orjson.dumps(head, option=orjson.OPT_NON_STR_KEYS | (orjson.OPT_INDENT_2 if indent else 0))


def iter_jsonl(events: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    return dumped_lines(events)


def json_array(lines: Iterable[bytes], separated: bool = False) -> Iterator[bytes | memoryview]:
    """A JSON array of the events, one a line: ``[``, each record followed by ``,`` but
    the last, ``]``; from runs of their JSON lines (:func:`line_runs`), never parsed.
    ``separated``: the runs are the lines joined by ``,\n`` already."""
    any_ = False
    for run in (lines if separated else _separated(lines, b",\n")):
        if not run:
            continue
        yield b",\n" if any_ else b"[\n"
        yield run
        any_ = True
    yield b"\n]\n" if any_ else b"[]\n"


def _separated(lines: Iterable[bytes], sep: bytes) -> Iterator[bytes | memoryview]:
    """Each run of JSON lines with its line ends turned into ``sep`` (none after the
    last): a record's JSON never holds a raw line break (orjson writes it ``\\n``).
    A view of the run, not a copy: runs are megabytes."""
    for run in lines:
        if run:
            out = run.replace(b"\n", sep)
            yield memoryview(out)[: len(out) - len(sep)]


def escaped(data: bytes) -> bytes:
    """:func:`json_escape_controls`, skipped when no byte could start a control to escape
    (DEL, C1, bidi, BOM begin with one of four bytes, each looked for at memchr speed):
    most runs of Vietnamese text have none of them."""
    if b"\xc2" in data or b"\xe2" in data or b"\x7f" in data or b"\xef" in data:
        from ..text import json_escape_controls  # (imported when needed: the text module's patterns cost
                                                 # a cold command about 9 million instructions)
        return json_escape_controls(data)
    return data


def dumped_lines(events: Iterable[dict[str, Any]], batch: int = 512) -> Iterator[bytes]:
    """Runs of JSON lines (controls escaped) of records in memory."""
    import orjson

    run: list[bytes] = []
    opts = orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE
    for ev in events:
        run.append(orjson.dumps(ev, option=opts))
        if len(run) >= batch:
            yield escaped(b"".join(run))
            run = []
    if run:
        yield escaped(b"".join(run))


def item_sep(indent: bool | None) -> bytes:
    """What stands between two events' lines: in a JSON array (``indent`` None), in an
    export document (indented or not)."""
    return b",\n" if indent is None else (b",\n    " if indent else b",")


def counted_runs(records: Any, ranks: Sequence[int], sep: bytes | None = None) -> Iterator[tuple[int, bytes]]:
    """(how many, run) of :func:`line_runs`; ``sep``: the lines without their new line,
    joined by it (an array's items, :func:`item_sep`)."""
    runs = getattr(records, "runs", None)
    if runs is None:
        ranks = list(ranks)
        for k in range(0, len(ranks), 512):
            part = ranks[k: k + 512]
            run = b"".join(dumped_lines((records[r] for r in part), batch=len(part) or 1))
            yield len(part), (run if sep is None else run[:-1].replace(b"\n", sep))
        return
    for n, run in runs(ranks, sep):
        yield n, escaped(run)


def line_runs(records: Any, ranks: Iterable[int]) -> Iterator[bytes]:
    """Runs of the JSON lines of ``records[r]`` for ``ranks``, controls escaped (what
    ``--jsonl`` writes): the stored lines copied as they are, each checked against its
    CRC-32, when the records are read from a file (``records.lines``, e.g.
    ``index.LazyRecords``) — the same bytes as parsing and dumping them (orjson writes
    the cache's lines too); else each record dumped."""
    lines = getattr(records, "lines", None)
    if lines is None:
        yield from dumped_lines(records[r] for r in ranks)
        return
    for run in lines(ranks):
        yield escaped(run)


def write_export(target: str | Path, chunks: Iterable[bytes], stdout: IO[bytes] | None = None) -> str:
    """Write chunks to ``target`` ('-' = ``stdout``), atomically for files.

    Returns the path written (absolute) or '-'. Raises :class:`ExportError` with
    one plain line; a failed write leaves no partial file and keeps an existing one.
    """
    if str(target) == "-":
        assert stdout is not None
        for chunk in chunks:
            stdout.write(chunk)
        stdout.flush()
        return "-"
    path = Path(target).expanduser()
    reason = export_refusal(path)
    if reason:
        raise ExportError(M_("cannot write {path}: {reason}", path=path, reason=reason))
    from .storage import atomic_write_bytes, remove_leftovers  # a file to write: not for standard output

    try:
        real = write_target(path)
        remove_leftovers(real.parent, f".{real.name}.")  # of an export killed earlier
        atomic_write_bytes(path, iter(chunks))
    except PermissionError:
        raise ExportError(M_("cannot write {path}: permission denied", path=path)) from None
    except (StoreError, NotOwnFile) as exc:
        raise ExportError(message_of(exc) if isinstance(exc, StoreError)
                          else M_("cannot write {path}: {reason}", path=path, reason=message_of(exc))) from None
    except OSError as exc:
        raise ExportError(M_("cannot write {path}: {reason}", path=path, reason=exc.strerror or exc)) from None
    return str(path.resolve())


def export_refusal(path: Path) -> str | None:
    """Why an export must not be written to ``path`` (None when it may): a folder, a
    missing folder, something that is not a regular file, or a file of a database."""
    try:
        if path.is_dir():
            return M_("it is a folder")
        if not path.parent.exists():
            return M_("folder {folder} does not exist", folder=path.parent)
        try:
            write_target(path)
        except NotOwnFile as exc:
            said = message_of(exc)
            if isinstance(said, Message) and "kind" in said.args:
                return M_("it is {kind}, not a regular file", kind=said.args["kind"])
            return str(exc).split("; ")[0].replace(f"{path} is ", "it is ", 1)
        db = owning_database(path)
        if db is not None:
            return M_("it belongs to the hoptac database {db}; choose another name", db=db)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def read_export(path: str | Path) -> dict[str, Any]:
    """Read an export document back (for round trips and tests)."""
    import orjson

    return orjson.loads(Path(path).read_bytes())
