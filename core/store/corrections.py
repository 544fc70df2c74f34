"""A reader's corrections of events, kept apart from what the extraction said.

The store of record keeps the extraction as it was; the manifest's own TinyDB table
``corrections`` keeps the reader's word, one record per corrected event::

    {"event_id": "…", "article_id": "…", "source": "path/of/the/file.html",
     "key": {"date": …, "type": …, "pair": […], "date_text": …},   # the event as extracted
     "set": {"date": "2019-03", "precision": "month", "type": "signing", …},  # what the reader said
     "at": "2026-12-02T08:00:00+00:00", "orphaned": false}

A correction is written like every manifest change: under the write lock, the whole
manifest aside then renamed into place, with its CRC (``segments.Store``). So it lives
as long as the manifest does: a re-ingest of the same file (unchanged: nothing
happens), ``compact`` (it rewrites segments, not this table) and a cache rebuild (the
caches are derived: :func:`apply` is run on every event as they are built, and a new
correction or an undo patches them at once, as an ingest that replaces the article would).

When a changed version of a file is ingested, its events get new ids; :func:`rematch`
(run by ``Store.apply`` in the same manifest write) finds each correction's event again
by its ``key`` (source, date, type, pair and the date as written; a region's former name in the pair
counts as its name of now, :func:`same_key`, so that a region the gazetteer names anew, "Xê Kông"
now "Sê Kông", is still the same partner). Found: the correction follows it. Not found: the correction is kept and marked ``orphaned`` — never deleted —
and follows the event again if a later version brings it back.

Applied to an event (:func:`apply`): the reader's values replace the extraction's,
``corrected: true`` is set and the extraction's values are kept under ``extracted``;
"not an event" hides the event (:func:`apply` returns None). A corrected pair is shown with the
names the gazetteer gives its places now (the reader typed "xe kong" when the region was "Xê
Kông": it shows as "Sê Kông", as the events read since do).
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..messages import M_, Message
from ..text import fold_query, typed
from .packed import head_of
from .query import EVENT_TYPES, FilterError, parse_date_bound, parse_pair
from .storage import StoreError

if TYPE_CHECKING:
    from .segments import IngestItem, Store

__all__ = ["TABLE", "parse_changes", "add_correction", "undo_correction", "list_corrections", "by_event",
           "apply", "rematch", "find_event", "describe", "same_key", "current_name"]

TABLE = "corrections"
FIELDS = ("date", "precision", "date_end", "type", "pair", "not_event")
_PRECISION = {4: "year", 7: "month", 10: "day"}
# a day of unknown year: "????-03-26" (as the app shows it), "--03-26" (as JSON keeps it),
# "26/3", "26.3", "26/3/????" (as the page wrote it, the year left out)
_NO_YEAR = re.compile(r"(?:\?{4}|-)-([0-9]{1,2})-([0-9]{1,2})|([0-9]{1,2})[/.]([0-9]{1,2})(?:[/.]\?{4})?")


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _corrected_date(text: str) -> str:
    """A date as the filters read it (``2019``, ``2019-03``, ``8/3/2019``), or a day of
    unknown year (``26/3``, ``????-03-26``) as the events keep it: ``--03-26``. A reader
    who knows the day and not the year says so (a wrong year is the worst answer)."""
    m = _NO_YEAR.fullmatch(typed(text))
    if m is None:
        return parse_date_bound(text, end=False)
    month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if not 1 <= int(month) <= 12:
        raise FilterError(M_("not a date: {text!r} (month {month})", text=text, month=month))
    try:
        _dt.date(2000, int(month), int(day))  # a leap year: 29/2 is a day some year has
    except ValueError:
        raise FilterError(M_("not a date: {text!r} (there is no day {day} in {year}-{month:02d})",
                             text=text, day=int(day), year="????", month=int(month))) from None
    return f"--{int(month):02d}-{int(day):02d}"


def _before(end: str, date: str) -> bool:
    """Is ``end`` before ``date`` (each with a year, or each without; an end names as
    much as it says: ``2019`` is not before ``2019-03-26``)?"""
    if end.startswith("--") != date.startswith("--") or not (end.startswith("--") or end[:4].isdigit()):
        return False
    return end < date[:len(end)]


def parse_changes(*, date: str | None = None, date_end: str | None = None, type_: str | None = None,
                  pair: str | None = None, not_event: bool = False) -> dict[str, Any]:
    """What a reader typed → the ``set`` of a correction; :class:`FilterError` (one line)
    for a value that cannot be understood. Dates as the filters read them (NFKC: ``2019``,
    ``2019-03``, ``8/3/2019``), their precision from what was typed, or a day of unknown
    year (``26/3``, ``????-03-26`` → ``--03-26``); partners through the gazetteer, accents
    optional."""
    out: dict[str, Any] = {}
    if date is not None:
        d = _corrected_date(date)
        out["date"], out["precision"] = d, "day" if d.startswith("--") else _PRECISION[len(d)]
    if date_end is not None:
        out["date_end"] = _corrected_date(date_end) if date_end.strip() else None
    if "date" in out and out.get("date_end") and _before(out["date_end"], out["date"]):
        raise FilterError(M_("the end date {end} is before the date {date}", end=out["date_end"], date=out["date"]))
    if type_ is not None:
        t = type_.strip().lower()
        if t not in EVENT_TYPES:
            raise FilterError(M_("unknown event type {text!r} (one of: {types})",
                                 text=type_, types=", ".join(EVENT_TYPES)))
        out["type"] = t
    if pair is not None:
        a, b = parse_pair(pair)
        if a == b:
            raise FilterError(M_("a pair is two different partners; got {name!r} twice", name=a))
        out["pair"] = [a, b]
    if not_event:
        out["not_event"] = True
    if not out:
        raise FilterError(M_("nothing to correct: give --date, --date-end, --type, --pair or --not-event"))
    return out


# -- the table -----------------------------------------------------------------------

def _table(doc: dict[str, Any]) -> dict[str, Any]:
    table = doc.get(TABLE) or {}
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        raise StoreError(M_("the {table} table of the database is damaged; `hoptac check` says more", table=TABLE))
    return table


def list_corrections(store: "Store") -> list[dict[str, Any]]:
    """Every correction, oldest first, each with its ``id`` (the table key)."""
    return [{"id": k, **v} for k, v in sorted(_table(store._doc()).items(), key=lambda kv: int(kv[0]))]


def by_event(store: "Store") -> dict[str, dict[str, Any]]:
    """event id → its correction (orphaned ones apply to no event)."""
    return {v["event_id"]: {"id": k, **v} for k, v in _table(store._doc()).items()
            if not v.get("orphaned") and isinstance(v.get("event_id"), str)}


def _key(ev: dict[str, Any]) -> dict[str, Any]:
    return {"date": ev.get("date"), "type": ev.get("type"), "pair": list(ev.get("pair") or []),
            "date_text": ev.get("date_text")}


def current_name(name: str) -> str:
    """The name the gazetteer gives a partner's place now: a region's former canonical name (renamed,
    round 30: "Xê Kông" -> "Sê Kông", ``place_keys.renamed``); any other name stays as it is."""
    from ..place_keys import renamed

    return renamed(name) if isinstance(name, str) else name


def _pair_places(pair: Any) -> list[Any]:
    return sorted((current_name(p) if isinstance(p, str) else repr(p)) for p in pair or ())


def same_key(key: dict[str, Any], rec_key: Any) -> bool:
    """An event's key (:func:`_key`) is a correction's: the same date, type and date as written, and
    a pair naming the same places, whatever names the gazetteer gave them when each was read."""
    if key == rec_key:
        return True
    if not isinstance(rec_key, dict) or any(key.get(k) != rec_key.get(k) for k in ("date", "type", "date_text")):
        return False
    pair, old = key.get("pair") or [], rec_key.get("pair") or []
    return len(pair) == len(old) and _pair_places(pair) == _pair_places(old)


def add_correction(store: "Store", event: dict[str, Any], changes: dict[str, Any],
                   on_wait: Callable[[str], None] | None = None) -> str:
    """Store the reader's ``changes`` to ``event`` (as extracted; a second correction of
    the same event adds to the first). One atomic manifest write; returns the
    correction's id. The caches are patched (:func:`_patch_caches`) under the same lock."""
    with store._writing(on_wait) as doc:
        table = doc.setdefault(TABLE, {})
        _table(doc)
        cid = next((k for k, v in table.items() if v.get("event_id") == event["id"] and not v.get("orphaned")),
                   None)
        _check_range(event, {**(table[cid]["set"] if cid is not None else {}), **changes})
        if cid is None:
            cid = str(max((int(k) for k in table), default=0) + 1)
            table[cid] = {"event_id": event["id"], "article_id": event.get("article_id"),
                          "source": event.get("source"), "key": _key(event), "set": {}, "orphaned": False}
        rec = table[cid]
        rec["set"] = {**rec["set"], **changes}
        rec["at"] = _now()
        old_generation = store.generation
        store._write_manifest(doc)
        _patch_caches(store, old_generation, rec.get("article_id"))
    return cid


def _check_range(event: dict[str, Any], changes: dict[str, Any]) -> None:
    """Refuse a correction that would end an event before it starts (the end date as
    corrected or extracted, against the date as corrected or extracted)."""
    date = changes.get("date", event.get("date")) or ""
    end = changes["date_end"] if "date_end" in changes else event.get("date_end")
    if end and date and _before(end, date):
        raise FilterError(M_("the end date {end} would be before the date {date}", end=end, date=date))


check_range = _check_range  # the app's correction form asks before it closes (screens/correct.py)


def undo_correction(store: "Store", ident: str, on_wait: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Remove a correction (by its id, or the id of the event it corrects): the reader
    asked for the extraction back. Raises :class:`FilterError` for an unknown id."""
    with store._writing(on_wait) as doc:
        table = _table(doc)
        cid = ident if ident in table else next((k for k, v in table.items() if v.get("event_id") == ident), None)
        if cid is None:
            raise FilterError(M_("no correction {ident!r} (`hoptac corrections` lists them)", ident=ident))
        rec = table.pop(cid)
        old_generation = store.generation
        store._write_manifest(doc)
        _patch_caches(store, old_generation, rec.get("article_id"))
    return {"id": cid, **rec}


def _patch_caches(store: "Store", old_generation: int, article_id: Any) -> None:
    """Holding the write lock, after the manifest write: the corrected event's article is
    appended to the caches again with its corrections applied, its old rows dropped (as an
    ingest that replaces an article does), so the next open needs no rebuild. When the
    caches were not fresh, or this fails, the next open rebuilds them (they are derived)."""
    from .cache import update_caches

    if not isinstance(article_id, str):
        return
    try:
        entry = store._index().get(article_id)
        if entry is None:
            return
        seg = store._segment(entry["segment"])
        art = store.article(article_id)   # its whole text (``textcut``)
        if art is None:
            return
        events = [e for e in seg.get("events", {}).values() if e.get("article_id") == article_id]
        update_caches(store, old_generation, [(art, events)], {article_id})
    except (OSError, StoreError, ValueError):
        pass  # stale caches are rebuilt at the next open


# -- following events across versions of a file ------------------------------------------

def rematch(doc: dict[str, Any], stored: Iterable["IngestItem"]) -> None:
    """Called by ``Store.apply`` before its manifest write: each correction whose file was
    stored again (changed) follows its event to the new version, or is marked orphaned."""
    table = doc.get(TABLE)
    if not table or not isinstance(table, dict):
        return
    by_source: dict[str, list[dict[str, Any]]] = {}
    for rec in table.values():
        if isinstance(rec, dict):
            by_source.setdefault(rec.get("source"), []).append(rec)
    for item in stored:
        recs = by_source.get(head_of(item).get("source"))  # a packed item is decoded only if corrected
        if not recs:
            continue
        for rec in recs:
            ev = next((e for e in item.events if e.get("id") == rec.get("event_id")), None)
            if ev is None:
                ev = next((e for e in item.events if _key(e) == rec.get("key")), None) \
                    or next((e for e in item.events if same_key(_key(e), rec.get("key"))), None)
            if ev is None and item.article.get("id") == rec.get("article_id"):
                ev = _same_words(item.events, rec)
            if ev is None:
                if not rec.get("orphaned"):
                    rec["orphaned"], rec["orphaned_at"] = True, _now()
                continue
            rec.update(event_id=ev["id"], article_id=item.article["id"], orphaned=False)
            rec.pop("orphaned_at", None)


def _same_words(events: list[dict[str, Any]], rec: dict[str, Any]) -> dict[str, Any] | None:
    """The same text read again by another version (``hoptac reread``, or an upgrade's ingest of an
    unchanged file) whose reading gave the corrected event another date, type or pair: the one event
    the same words date ("Sáng ngày 23/12", the key's ``date_text``) is it; none when two are."""
    words = (rec.get("key") or {}).get("date_text")
    same = [e for e in events if words and e.get("date_text") == words] if words else []
    return same[0] if len(same) == 1 else None


# -- applying ------------------------------------------------------------------------------

def apply(ev: dict[str, Any], rec: dict[str, Any]) -> dict[str, Any] | None:
    """The event as the reader corrected it (None: "not an event"), with ``corrected``
    and the extraction's values under ``extracted``."""
    changes = rec.get("set") or {}
    if changes.get("not_event"):
        return None
    out = dict(ev)
    extracted: dict[str, Any] = {}
    if "date" in changes:
        for k in ("date", "precision", "year_inferred", "year_source", "year_cue", "date_text"):
            extracted[k] = ev.get(k)
        # the words that gave the extraction's year are no cue of the reader's date; the
        # words the page dates the occasion with stay (they are what the page wrote, and
        # find the event), and are kept under ``extracted`` too: they gave its date, not the
        # reader's (the app's detail says so)
        out.update(date=changes["date"], precision=changes.get("precision"), year_inferred=False,
                   year_source="reader", year_cue=None)
    if "date_end" in changes:
        extracted["date_end"] = ev.get("date_end")
        out["date_end"] = changes["date_end"]
    if "type" in changes:
        extracted["type"] = ev.get("type")
        out["type"] = changes["type"]
    if "pair" in changes:
        from .. import places

        pair = list(changes["pair"])
        now = [current_name(p) for p in pair]   # as the gazetteer names its places now
        if now != pair:
            pair = sorted(now, key=fold_query)
        extracted.update(pair=ev.get("pair"), pair_2025=ev.get("pair_2025"), parties=ev.get("parties"))
        old = [p for p in ev.get("parties") or () if isinstance(p, dict)]
        parties = []
        for name in pair:
            same = next((p for p in old if p.get("province") == name), None)
            parties.append(same or {"name": name, "level": "", "province": name})
        out.update(pair=pair, parties=parties,
                   pair_2025=sorted({places.to_2025(p) or p for p in pair}))
    out["corrected"] = True
    out["correction"] = rec.get("id")
    out["extracted"] = extracted
    return out


def apply_all(events: Iterable[dict[str, Any]], corrections: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for ev in events:
        rec = corrections.get(ev.get("id"))
        new = apply(ev, rec) if rec is not None else ev
        if new is not None:
            out.append(new)
    return out


def find_event(store: "Store", event_id: str) -> dict[str, Any] | None:
    """The event as extracted (from the store of record), or None. Looks for its bytes
    in the live segments first (one scan of bytes each, the newest first: a re-ingested
    article's events come later), parsing only a segment that holds them; else reads
    every live segment."""
    import mmap

    import orjson

    needle = b'{"id":' + orjson.dumps(event_id)
    index = store._index()
    for name in reversed(store.segment_names()):
        try:
            with open(store.dir / name, "rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                if not size:
                    continue
                with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
                    if mm.find(needle) < 0:
                        continue
        except OSError:
            continue
        seg = store._segment(name)
        for ev in seg.get("events", {}).values():
            if ev.get("id") == event_id and (index.get(ev.get("article_id")) or {}).get("segment") == name:
                return ev
    for _, events in store.iter_live():
        for ev in events:
            if ev.get("id") == event_id:
                return ev
    return None


_CHANGED = {"date": M_("date {value}"), "date_end": M_("date end {value}"), "type": M_("type {value}"),
            "pair": M_("pair {value}")}


def describe(rec: dict[str, Any]) -> str:
    """What a correction changed, in one line: ``date 2019-03; type signing`` (a
    :class:`~hoptac.core.messages.Message`: the labels and the type translate, the values
    a reader typed do not)."""
    changes = rec.get("set") or {}
    if changes.get("not_event"):
        return M_("not an event")
    parts: dict[str, Any] = {}
    for k in ("date", "date_end", "type", "pair"):
        if k in changes:
            v = changes[k]
            value = ", ".join(v) if isinstance(v, list) else (v or M_("(none)"))
            if k == "type" and v:
                value = Message(v)  # an event type: "signing" is in the catalog
            parts[f"p{len(parts)}"] = Message(_CHANGED[k].template, args={"value": value})
    return Message("; ".join("{%s}" % k for k in parts), args=parts)
