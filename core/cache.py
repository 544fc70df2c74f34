"""Derived caches that make a million events open in seconds.

The store of record is TinyDB (``store.py``). Parsing it whole costs tens of seconds
and gigabytes at a million events, so a command reads these instead, kept in the
database's folder (``hoptac.json.d/``) and rebuilt from the store whenever they are
stale, missing or damaged — they are never the only copy of anything:

* ``rows.json``: the columns the timeline and the filters need, one entry per event in
  timeline order (date, end, flags, type, title, pair, parties' provinces and levels,
  article), with a string table, plus where each event's full record and each
  article lie in the two files below;
* ``events.jsonl``: every live event record, one JSON object per line;
* ``articles.jsonl``: every live article record (original text included), one a line;
* ``search.txt``: each event's folded search text (title, snippet, names), one a line;
* ``bodies.txt``: each article's folded body text, one a line (searched in a stream).

``rows.json`` is written last and carries the manifest's generation and the sizes of
the other files: if anything does not match, the caches are rebuilt. Every file is
written aside and renamed into place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import orjson

from .places_match import fast_fold
from .storage import atomic_write_bytes
from .store import Store
from .text import fold_query

__all__ = ["CACHE_VERSION", "Columns", "load_columns", "build_caches", "cache_is_fresh"]

CACHE_VERSION = 1
FILES = ("events.jsonl", "articles.jsonl", "search.txt", "bodies.txt")

FLAG_INFERRED = 1
FLAG_MAIN = 2
FLAG_UNKNOWN = 4


@dataclass(slots=True)
class Columns:
    """Events in timeline order, as parallel lists (``strings`` holds the names)."""

    strings: list[str]
    dates: list[str]
    ends: list[str | None]
    flags: list[int]
    types: list[int]          # index into strings
    titles: list[int]         # index into strings
    pairs: list[list[int]]    # indexes into strings (0, 1 or 2)
    provinces: list[list[int]]
    levels: list[list[int]]
    article: list[int]        # index into article_ids
    ev_off: list[int]         # offset of the event's line in events.jsonl
    ev_len: list[int]
    article_ids: list[str]
    art_off: list[int]
    art_len: list[int]
    search_off: list[int]     # offset of each event's line in search.txt (in rank order)
    body_off: list[int]       # offset of each article's line in bodies.txt
    folder: Path

    def __len__(self) -> int:
        return len(self.dates)


def _stamp(folder: Path, generation: int) -> dict[str, Any]:
    return {"version": CACHE_VERSION, "generation": generation,
            "sizes": {name: (folder / name).stat().st_size for name in FILES}}


def cache_is_fresh(store: Store) -> bool:
    try:
        head = _read_rows(store.dir / "rows.json")
    except (OSError, ValueError):
        return False
    return _fresh(head, store)


def _fresh(rows: dict[str, Any], store: Store) -> bool:
    stamp = rows.get("stamp") or {}
    if stamp.get("version") != CACHE_VERSION or stamp.get("generation") != store.generation:
        return False
    try:
        return all((store.dir / n).stat().st_size == s for n, s in (stamp.get("sizes") or {}).items()) \
            and set(stamp.get("sizes") or {}) == set(FILES)
    except OSError:
        return False


def _read_rows(path: Path) -> dict[str, Any]:
    data = orjson.loads(path.read_bytes())
    if not isinstance(data, dict):
        raise ValueError("rows.json is not an object")
    return data


def _sort_key(ev: dict[str, Any]) -> tuple[int, str, str, str]:
    date = ev.get("date") or ""
    unknown = 1 if (not date or date.startswith("--")) else 0
    return (unknown, date, ev.get("date_end") or "", ev.get("title") or "")


def event_haystack(ev: dict[str, Any]) -> str:
    """What free-text search looks in for an event, folded: title, snippet, names."""
    bits = [ev.get("title") or "", ev.get("snippet") or "", ev.get("location") or ""]
    bits += [p.get("name") or "" for p in ev.get("parties") or ()]
    bits += [p.get("name") or "" for p in ev.get("people") or ()]
    return fold_query(" ".join(bits)).replace("\n", " ")


def body_haystack(article: dict[str, Any]) -> str:
    text = article.get("text") or ""
    s, e = (article.get("body_span") or [0, len(text)])[:2]
    title = article.get("title") or ""
    return fast_fold(title + " " + text[s:e]).replace("\n", " ")


def build_caches(store: Store, progress: Callable[[int], None] | None = None) -> None:
    """Rebuild every cache file from the store (streamed, one segment at a time)."""
    folder = store.dir
    folder.mkdir(parents=True, exist_ok=True)
    generation = store.generation
    strings: dict[str, int] = {}

    def code(s: str) -> int:
        if s not in strings:
            strings[s] = len(strings)
        return strings[s]

    keys: list[tuple[Any, ...]] = []
    rows: list[tuple[Any, ...]] = []
    article_ids: list[str] = []
    art_off: list[int] = []
    art_len: list[int] = []
    body_off: list[int] = []
    tmp = {name: folder / f".{name}.{os.getpid()}.build" for name in FILES}
    search_lines: list[bytes] = []
    try:
        with open(tmp["events.jsonl"], "wb") as fe, open(tmp["articles.jsonl"], "wb") as fa, \
                open(tmp["bodies.txt"], "wb") as fb:
            ev_pos = art_pos = body_pos = 0
            for n, (art, events) in enumerate(store.iter_live()):
                a_idx = len(article_ids)
                article_ids.append(art["id"])
                line = orjson.dumps(art) + b"\n"
                fa.write(line)
                art_off.append(art_pos)
                art_len.append(len(line))
                art_pos += len(line)
                body = body_haystack(art).encode("utf-8", "replace") + b"\n"
                fb.write(body)
                body_off.append(body_pos)
                body_pos += len(body)
                for ev in events:
                    line = orjson.dumps(ev) + b"\n"
                    fe.write(line)
                    date = ev.get("date") or ""
                    flags = (FLAG_INFERRED if ev.get("year_inferred") else 0) | (FLAG_MAIN if ev.get("main") else 0) \
                        | (FLAG_UNKNOWN if (not date or date.startswith("--")) else 0)
                    parties = ev.get("parties") or ()
                    keys.append(_sort_key(ev) + (len(rows),))
                    rows.append((date, ev.get("date_end"), flags, code(ev.get("type") or "other"),
                                 code(ev.get("title") or ""), [code(p) for p in ev.get("pair") or ()],
                                 [code(p.get("province") or "") for p in parties],
                                 [code(p.get("level") or "") for p in parties], a_idx, ev_pos, len(line)))
                    search_lines.append(event_haystack(ev).encode("utf-8", "replace"))
                    ev_pos += len(line)
                if progress is not None and n % 1000 == 0:
                    progress(n)
        keys.sort()
        order = [k[-1] for k in keys]
        search_off: list[int] = []
        with open(tmp["search.txt"], "wb") as fs:
            pos = 0
            for i in order:
                line = search_lines[i] + b"\n"
                fs.write(line)
                search_off.append(pos)
                pos += len(line)
        del search_lines
        for name in FILES:
            os.replace(tmp[name], folder / name)
        cols = {
            "strings": list(strings),
            "dates": [rows[i][0] for i in order],
            "ends": [rows[i][1] for i in order],
            "flags": [rows[i][2] for i in order],
            "types": [rows[i][3] for i in order],
            "titles": [rows[i][4] for i in order],
            "pairs": [rows[i][5] for i in order],
            "provinces": [rows[i][6] for i in order],
            "levels": [rows[i][7] for i in order],
            "article": [rows[i][8] for i in order],
            "ev_off": [rows[i][9] for i in order],
            "ev_len": [rows[i][10] for i in order],
            "article_ids": article_ids, "art_off": art_off, "art_len": art_len,
            "search_off": search_off, "body_off": body_off,
            "stamp": _stamp(folder, generation),
        }
        atomic_write_bytes(folder / "rows.json", orjson.dumps(cols))
    finally:
        for p in tmp.values():
            if p.exists():
                p.unlink()


def load_columns(store: Store, progress: Callable[[int], None] | None = None) -> Columns:
    """The cached columns, rebuilt first when stale, missing or damaged."""
    path = store.dir / "rows.json"
    data: dict[str, Any] | None = None
    try:
        data = _read_rows(path)
        if not _fresh(data, store):
            data = None
    except (OSError, ValueError):
        data = None
    if data is None:
        build_caches(store, progress)
        data = _read_rows(path)
    fields = Columns.__dataclass_fields__
    return Columns(**{k: data[k] for k in fields if k != "folder"}, folder=store.dir)
