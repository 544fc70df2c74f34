"""``hoptac events`` as JSON, without click: FILTERS parsed, the caches as they lie asked
(``fastquery``), the stored lines streamed. The click command (``cli_data.events``) and
the lean entry point (``quick.py``) both answer through here, so their output is one code.
"""

from __future__ import annotations

from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, BinaryIO, Callable, Iterator, Sequence

__all__ = ["FIELDS", "Asked", "fast_answer", "filter_fields", "healing", "parse_filter", "document", "write_json"]

# the fields of ``core.store.filter.Filter``, in its order (a test checks they agree)
FIELDS = ("pair", "province", "since", "until", "type", "level", "search", "article_id", "person", "map")


def filter_fields(pair: str | None, province: str | None, since: str | None, until: str | None,
                  type_: str | None, level: str | None, search: str | None, person: str | None = None,
                  map_: str | None = None, known: Any = None) -> dict[str, Any]:
    """FILTERS → the fields of a Filter; raises FilterError (UnknownPlace: a name the
    gazetteer and ``known`` do not know). The parsers' module (and the text folding it
    imports: about 11 million instructions) is not imported for a type alone."""
    for option, value in (("--pair", pair), ("--province", province), ("--since", since), ("--until", until),
                          ("--level", level), ("--search", search), ("--person", person)):
        if value is not None and not value.strip():  # given empty ("--search ''"): no silent "no filter"
            from ..core.store.query import FilterError
            from .i18n import _

            raise FilterError(_("{option} is empty: give a value, or leave the option out").format(option=option))
    if pair or province or since or until or level or search:
        from ..core.store.query import parse_date_bound, parse_level, parse_pair, parse_province, parse_search
    first = parse_date_bound(since, end=False) if since else None
    last = parse_date_bound(until, end=True) if until else None
    if first and last and first > last:  # as the app's filter dialog says (screens/filters.py)
        from ..core.store.query import FilterError
        from .i18n import _

        raise FilterError(_("--since {since} is after --until {until}").format(since=since, until=until))
    return dict(
        pair=parse_pair(pair, known) if pair else None,
        province=parse_province(province, known) if province else None,
        since=first,
        until=last,
        type=type_,
        level=parse_level(level) if level else None,
        search=parse_search(search) if search else "",
        person=_person(person),
        map=map_,
    )


def parse_filter(pair: str | None, province: str | None, since: str | None, until: str | None,
                 type_: str | None, level: str | None, search: str | None, person: str | None = None,
                 map_: str | None = None, known: Any = None) -> Any:
    """FILTERS → Filter; raises FilterError (UnknownPlace: a name the gazetteer and
    ``known`` do not know)."""
    from ..core.store.query import Filter

    return Filter(**filter_fields(pair, province, since, until, type_, level, search, person, map_, known))


class Asked:
    """A Filter's fields without the Filter (a dataclass: its module costs a cold command
    about 40 million instructions): what ``FastIndex.filter`` reads. ``filter()``: the Filter."""

    __slots__ = FIELDS

    def __init__(self, fields: dict[str, Any]) -> None:
        for name in FIELDS:
            setattr(self, name, fields.get(name, "" if name == "search" else None))

    def filter(self) -> Any:
        from ..core.store.query import Filter

        return Filter(**{name: getattr(self, name) for name in FIELDS})

    def as_dict(self) -> dict[str, Any]:
        """``Filter.as_dict``: the filters set, for an export document (a test compares)."""
        out: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if value not in (None, "", ()):
                out[name] = list(value) if isinstance(value, tuple) else value
        return out


def _person(text: str | None) -> str | None:
    if text is None:
        return None
    import unicodedata

    name = " ".join(unicodedata.normalize("NFKC", text or "").split())
    if text is not None and not name:
        from ..core.store.query import FilterError
        from .i18n import _

        raise FilterError(_("empty person name"))
    return name or None


def fast_answer(path: Path, flt: Any) -> tuple[Any, Sequence[int]] | None:
    """The caches as they lie (``FastIndex``) and the ranks ``flt`` admits, when the
    filter allows (``fastquery.supports``; no filter at all, once the store is found
    whole: ``fastwhole``) and the caches are fresh; None: take the full index (which
    rebuilds stale caches and verifies them first). The caller closes the index."""
    from ..core.store.fastquery import FastIndex, Unusable, supports, unfiltered

    whole = unfiltered(flt)
    if whole or supports(flt):
        fast = FastIndex.open(path)
        if fast is not None:
            try:
                return fast, (fast.everything() if whole else fast.filter(flt))
            except (Unusable, OSError, ValueError):
                fast.close()
    return None


Full = "Callable[[], tuple[Any, Sequence[int]]]"  # (a string: typing is not imported)


def healing(index: Any, ranks: Sequence[int], full: Full, *, lines: bool, sep: bytes | None = None) -> Iterator[Any]:
    """The records ``ranks`` (runs of their JSON lines, or the records), read as they are
    written; ``sep``: the lines without their new line, joined by it (``counted_runs``).
    Should the caches as they lie turn out damaged part way (a record that does
    not match its CRC-32, on the fast path, which checks nothing whole beforehand), the
    full path (``full()``: the full index and every rank the filter admits there)
    verifies and rebuilds them and the rest of the answer comes from there: the same
    answer, never a half one or an error."""
    from ..core.store.errors import StoreError
    from ..core.store.export import counted_runs
    from ..core.store.fastquery import FastIndex

    done = 0
    try:
        if lines:
            for n, run in counted_runs(index.events, ranks, sep):
                yield run
                done += n
        else:
            for r in ranks:
                yield index.events[r]
                done += 1
        return
    except StoreError:
        if not isinstance(index, FastIndex):
            raise
    index.close()
    whole, every = full()  # checks every cache file, rebuilds the damaged
    rest = every[done: len(ranks)]
    if lines:
        yield from (run for _n, run in counted_runs(whole.events, rest, sep))
    else:
        yield from (whole.events[r] for r in rest)


def write_json(out: BinaryIO, index: Any, ranks: Sequence[int], full: Full, *, as_jsonl: bool,
               limit: int | None) -> None:
    """``events --json`` (an array, one record a line) or ``--jsonl``: the records' stored
    lines, copied as they are read (never all at once, never parsed)."""
    from ..core.store.export import item_sep, json_array

    if limit is not None:
        ranks = ranks[:limit]
    lines = healing(index, ranks, full, lines=True, sep=None if as_jsonl else item_sep(None))
    for chunk in (lines if as_jsonl else json_array(lines, separated=True)):
        out.write(chunk)
    out.flush()


def document(index: Any, ranks: Sequence[int], full: Full, filters: dict[str, Any], *, compact: bool) -> Any:
    """``export``'s document of the records ``ranks`` (``filters``: the filters set), in
    chunks: their stored lines copied as they are read (the click command and the lean
    path's ``export -o -`` both write these)."""
    from ..core.store.export import document_from_lines, item_sep

    return document_from_lines(healing(index, ranks, full, lines=True, sep=item_sep(not compact)),
                               filters=filters, count=len(ranks), indent=not compact, separated=True)
