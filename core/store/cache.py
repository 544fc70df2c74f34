"""Derived caches that make a million events open in seconds.

The store of record is TinyDB (``store.py``). Parsing it whole costs tens of seconds
and gigabytes at a million events, so a command reads these instead, kept in the
database's folder (``hoptac.json.d/``) and rebuilt from the store whenever they are
stale, missing or damaged — they are never the only copy of anything:

* ``columns.bin`` (``colfile``): the columns the timeline and the filters need, one
  entry per event in timeline order (date, end, flags, type, title, pair, parties'
  provinces and levels, article), plus where each event's full record lies (below) and
  each article's (its segment, offset, length and CRC-32); ``rows.json`` holds the string table, the layout and the stamp;
* the event records are read where the store holds them, in the segments, by offset
  (``records``: the segment's code in the offset's high bits); ``events.jsonl`` holds
  only the events not found there verbatim (those a correction changed; all of a
  segment written by something else), one JSON object per line;
* the article records (original text included) are read where the store holds them,
  in the segments, by offset (``segrecords``): ``articles.jsonl`` holds only those not
  found there verbatim (none, unless a segment was written by something else);
* ``words.txt`` and ``words.bin``: which *lines* hold which word (``wordindex``), so
  that a search looks words up instead of reading the text. A line is an event's folded
  search text (title, snippet, names: kind "e", numbered in storage order, ``sidx``) or
  an article's folded title and body (kind "b", the article's number). The text itself
  is not kept (``search.txt`` and ``bodies.txt`` were 0.93 GB at a million events): the
  few lines search must read (a phrase too far into a long body for its positions to be
  recorded; every line when the word index is damaged) are made again from the records
  (``searchtext``), the same words as when they were indexed.

The data files only grow: an ingest appends its new events and words (and finds its
new articles in the segment it just wrote) and rewrites ``rows.json`` (:func:`update_caches`), so adding 100 articles to a million
events costs seconds, not a rebuild. Lines of replaced articles stay behind unused
until the next full build. ``rows.json`` is written last (aside, then renamed) and
carries the manifest's generation and the sizes of the other files: if anything does
not match, the caches are rebuilt from the store.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from . import colfile
from ..messages import M_
from .cache_files import (CACHE_VERSION, FILES, OBSOLETE, STAMPED, checked_json, manifest_stat, line_ranks, merged, postings,
                          truncate, verify_files, verify_head)
from .corrections import by_event
from .cache_files import read_rows as _read_rows
from .cache_writer import FLAG_INFERRED, FLAG_MAIN, FLAG_UNKNOWN, _sort_key, _Writer  # noqa: F401 (index.py)
from .storage import atomic_write_bytes, disk_full, is_disk_full, tmp_prefix
from .segments import Store

__all__ = ["CACHE_VERSION", "Columns", "load_columns", "build_caches", "update_caches", "cache_is_fresh",
           "verify_caches"]




@dataclass(slots=True)
class Columns:
    """Events in timeline order, as parallel lists (``strings`` holds the names)."""

    strings: list[str]
    dates: list[str]
    ends: list[str | None]
    flags: list[int]
    types: list[int]          # index into strings
    titles: list[int]         # index into strings
    pairs: Sequence[Sequence[int]]  # indexes into strings (0, 1 or 2); a colfile.Ragged
    provinces: Sequence[Sequence[int]]
    levels: Sequence[Sequence[int]]
    article: list[int]        # index into article_ids
    ev_off: list[int]         # where the event's record lies: its segment and offset there, or its line in events.jsonl (records)
    ev_len: list[int]
    sidx: list[int]           # the event's line number (its search words', storage order)
    article_ids: list[str]    # articles in storage order (a body's line is its number here)
    art_seg: list[int]        # the segment holding each article (its place in seg_names; -1: articles.jsonl)
    art_off: list[int]        # where its record lies there
    art_len: list[int]
    line_rank: Sequence[int]  # each event line's rank (-1: a line of a replaced article)
    folder: Path
    words: dict[str, Any] | None = None  # the word index's count and blocks (wordindex)
    ev_crc: Sequence[int] = ()  # CRC-32 of each event's record as a line (checked when read)
    art_crc: Sequence[int] = ()  # CRC-32 of each article's record where it lies
    seg_names: list[str] | None = None  # the segment files art_seg names (rows.json)

    def __len__(self) -> int:
        return len(self.dates)


def _stamp(folder: Path, generation: int, crcs: dict[str, int]) -> dict[str, Any]:
    return {"version": CACHE_VERSION, "generation": generation,
            "sizes": {name: (folder / name).stat().st_size for name in STAMPED}, "crcs": crcs,
            "manifest": manifest_stat(folder)}


def _write_rows(folder: Path, cols: dict[str, Any], strings: list[str], words: dict[str, Any],
               generation: int, crcs: dict[str, int], segments: list[str], n_lines: int) -> None:
    """The columns into ``columns.bin``, then ``rows.json`` (strings, layout, the word
    index's blocks, stamp with every file's CRC-32) last; rows.json carries its own
    CRC-32 in a fixed-width head (:func:`_read_rows`)."""
    col_stamp: dict[str, Any] = {}
    parts = {k: v for k, v in cols.items() if k != "strings"}
    parts["province_ranks"], names = postings(cols, len(strings))
    parts["line_rank"] = line_ranks(cols["sidx"], n_lines)
    parts["strings"] = strings
    layout = colfile.save(folder / "columns.bin", parts, col_stamp)
    stamp = _stamp(folder, generation, {**crcs, "columns.bin": col_stamp["crc"]})
    atomic_write_bytes(folder / "rows.json", checked_json({"names": {strings[c]: c for c in names}, "layout": layout,
                                                           "words": words, "segments": segments, "stamp": stamp}))


def cache_is_fresh(store: Store) -> bool:
    try:
        head = _read_rows(store.dir / "rows.json")
    except (OSError, ValueError):
        return False
    return _fresh(head, store)


def _fresh(rows: dict[str, Any], store: Store) -> bool:
    stamp = rows.get("stamp")
    if not isinstance(stamp, dict) or stamp.get("version") != CACHE_VERSION \
            or stamp.get("generation") != store.generation:
        return False
    sizes, crcs = stamp.get("sizes"), stamp.get("crcs")
    if not isinstance(sizes, dict) or not isinstance(crcs, dict) or set(sizes) != set(STAMPED) \
            or set(crcs) != set(STAMPED):
        return False
    try:
        return all((store.dir / n).stat().st_size == s for n, s in sizes.items())
    except OSError:
        return False


def verify_caches(store: Store, names: tuple[str, ...] = STAMPED) -> list[str]:
    """Which cache files do not match the CRC-32 recorded when they were written
    (rows.json is checked whenever it is read, the parts of columns.bin an index loads
    too, but not the province postings it leaves to ``fastquery``: so columns.bin is
    read whole here as well; the people table, kept apart, too). Reads them whole."""
    from .people import FILES as PEOPLE

    try:
        stamp = _read_rows(store.dir / "rows.json").get("stamp") or {}
    except (OSError, ValueError) as exc:
        return [f"rows.json: {exc}"]
    return verify_files(store.dir, stamp.get("crcs") or {}, names) + verify_head(store.dir, PEOPLE[0], PEOPLE[1:])


_COLUMNS = ("dates", "ends", "flags", "types", "titles", "pairs", "provinces", "levels", "article", "ev_off",
            "ev_len", "sidx", "ev_crc")
_ARTICLE_COLUMNS = ("article_ids", "art_seg", "art_off", "art_len", "art_crc")
# what :class:`Columns` holds of columns.bin (not the province postings, ``fastquery``'s)
_LOADED = _COLUMNS + _ARTICLE_COLUMNS + ("line_rank", "strings")


def build_caches(store: Store, progress: Callable[[int], None] | None = None) -> None:
    """Rebuild every cache file from the store (streamed, one segment at a time). On a
    full disk: one line (:class:`~.storage.DiskFull`), the work files removed, the old
    caches as they were."""
    folder = store.dir
    folder.mkdir(parents=True, exist_ok=True)
    generation = store.generation
    tmp = {name: folder / f"{tmp_prefix(name)}build" for name in FILES}
    w = None
    try:
        for p in tmp.values():
            p.write_bytes(b"")
        w = _Writer(folder, tmp, [], {name: 0 for name in FILES}, 0, 0, corrections=by_event(store))
        n, live = 0, store._index()
        for name in store.segment_names():
            for art, events in store._live_in(name, live):   # Store.iter_live, knowing the segment
                w.add(art, events, name)
                if progress is not None and n % 1000 == 0:
                    progress(n)
                n += 1
        blocks = w.words.finish()
        words = {"count": w.words.n_words, "blocks": blocks, "crc": w.words.crc, "size": w.words.bin_pos}
        w.close()
        w.rows.sort(key=lambda r: r[0])
        cols: dict[str, Any] = {name: [r[1][k] for r in w.rows] for k, name in enumerate(_COLUMNS)}
        cols.update(article_ids=w.article_ids, art_seg=w.art_seg, art_off=w.art_off, art_len=w.art_len,
                    art_crc=w.art_crc)
        for name in FILES:
            os.replace(tmp[name], folder / name)
        _write_rows(folder, cols, w.strings, words, generation, w.crcs(), w.locator.names, w.n_lines)
        for name in OBSOLETE:   # what caches of an older format kept and these do not
            (folder / name).unlink(missing_ok=True)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(folder, sum(w.pos.values()) if w is not None else None) from None
        raise
    finally:
        if w is not None:
            w.close()
        for p in tmp.values():
            if p.exists():
                p.unlink()


def update_caches(store: Store, old_generation: int, added: Iterable[tuple[dict[str, Any], list[dict[str, Any]]]],
                  removed_articles: set[str]) -> bool:
    """After an ingest (holding the write lock): append the new articles and events and
    rewrite ``rows.json``, if the caches were fresh before it. Returns whether it did;
    if not, the next open rebuilds them."""
    folder = store.dir
    try:
        data = _read_rows(folder / "rows.json")
    except (OSError, ValueError):
        return False
    stamp = data.get("stamp") or {}
    if stamp.get("version") != CACHE_VERSION or stamp.get("generation") != old_generation:
        return False
    sizes = stamp.get("sizes") or {}
    crcs = stamp.get("crcs") or {}
    try:
        if set(sizes) != set(STAMPED) or set(crcs) != set(STAMPED) \
                or any((folder / n).stat().st_size != sizes[n] for n in STAMPED):
            return False
        data.update(colfile.load(folder / "columns.bin", data["layout"], crc=crcs["columns.bin"]))
        from .wordindex import read_vocab

        words_meta = data["words"]
        vocab = read_vocab(folder, words_meta["count"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    strings: list[str] = data["strings"]
    w = _Writer(folder, {n: folder / n for n in FILES}, strings, sizes, len(data["article_ids"]),
                len(data["line_rank"]), vocab, words_meta["blocks"], words_meta.get("crc", 0), crcs,
                corrections=by_event(store), segments=data.get("segments") or [])
    try:
        held = store._index()   # the manifest just written: which segment holds each article
        for art, events in added:
            w.add(art, events, (held.get(art["id"]) or {}).get("segment"))
        blocks = w.words.finish(folder / "words.bin")
    except BaseException as exc:
        w.close()
        truncate(folder, sizes, FILES)  # the caches as they were (their stamp still fits them)
        if is_disk_full(exc):
            raise disk_full(folder, sum(w.pos.values()) - sum(sizes[n] for n in FILES)) from None
        raise
    w.close()
    words = {"count": w.words.n_words, "blocks": blocks, "crc": w.words.crc, "size": w.words.bin_pos}
    w.rows.sort(key=lambda r: r[0])
    # drop the events of replaced articles, then merge the new rows into timeline order
    dead = {i for i, aid in enumerate(data["article_ids"]) if aid in removed_articles}
    n = len(data["dates"])
    keep = [r for r in range(n) if data["article"][r] not in dead] if dead else None

    def key_of(r: int) -> tuple[int, str, str, str]:
        date = data["dates"][r]
        return (1 if (not date or date.startswith("--")) else 0, date, data["ends"][r] or "",
                strings[data["titles"][r]])

    order = keep if keep is not None else range(n)
    cuts = [bisect.bisect_right(order, row[0], key=key_of) for row in w.rows]
    out = {name: merged(data[name], order, keep is not None, cuts, [row[1][k] for row in w.rows])
           for k, name in enumerate(_COLUMNS)}
    data.update(out)
    data["strings"] = w.strings
    data["article_ids"] += w.article_ids
    for name, new in (("art_seg", w.art_seg), ("art_off", w.art_off), ("art_len", w.art_len), ("art_crc", w.art_crc)):
        data[name].extend(new)
    cols = {k: data[k] for k in _COLUMNS + _ARTICLE_COLUMNS}
    try:
        _write_rows(folder, cols, w.strings, words, store.generation, w.crcs(), w.locator.names,
                    len(data["line_rank"]) + w.n_lines)
    except BaseException:
        truncate(folder, sizes, FILES)
        raise
    return True


def _fresh_rows(store: Store) -> dict[str, Any] | None:
    try:
        data = _read_rows(store.dir / "rows.json")
    except (OSError, ValueError):
        return None
    return data if _fresh(data, store) else None


def load_columns(store: Store, progress: Callable[[int], None] | None = None, *, rebuild: bool = False) -> Columns:
    """The cached columns, rebuilt first when stale, missing or damaged (or ``rebuild``:
    when :func:`verify_caches` found a file that does not match its checksum)."""
    data = None if rebuild else _fresh_columns(store)
    if data is None:
        # rebuild under the write lock, so a writer's update and this rebuild never mix
        from .storage import WriteLock

        with WriteLock(store.path):
            store.reload()
            data = None if rebuild else _fresh_columns(store)  # another process may have rebuilt them
            if data is None:
                build_caches(store, progress)
                data = _fresh_columns(store)
                if data is None:
                    raise OSError(M_("the caches could not be read back after a rebuild"))
    fields = Columns.__dataclass_fields__
    data["seg_names"] = data.get("segments") or []
    return Columns(**{k: data[k] for k in fields if k != "folder"}, folder=store.dir)


def _fresh_columns(store: Store) -> dict[str, Any] | None:
    data = _fresh_rows(store)
    if data is None:
        return None
    return _with_columns(store, data)


def _with_columns(store: Store, data: dict[str, Any]) -> dict[str, Any] | None:
    try:
        data.update(colfile.load(store.dir / "columns.bin", data["layout"], crc=data["stamp"]["crcs"]["columns.bin"],
                                 only=_LOADED))
        from .wordindex import blocks_fit

        if not blocks_fit(data.get("words"), (store.dir / "words.bin").stat().st_size,
                          {"e": len(data["line_rank"]), "b": len(data["article_ids"])}):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return data
