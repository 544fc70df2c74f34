"""The database: a TinyDB manifest and TinyDB segment files beside it.

``hoptac.json`` (the path the user names) is a small TinyDB file, the *manifest*:

* ``meta``: ``{"app": "hoptac", "schema": SCHEMA, "generation": N}``; a file without
  it (another program's TinyDB file) or with a newer schema is refused with a clear
  message and never overwritten; an older schema is migrated forward after a backup;
* ``segments``: the segment files that hold the data;
* ``articles``: which article (content hash) lives in which segment, from which source.

``hoptac.json.d/seg-NNNNNN.json`` are TinyDB files with ``articles`` (full records,
the text whole or, since schema 3, without the sentences its events quote: ``textcut``)
and ``events`` tables. A segment is written once and never
changed, so an ingest writes only its new articles — not the whole database — and a
million events stay cheap to add to. An article is *live* while the manifest lists it
in the segment that holds it; replacing a changed file writes the new article to a
new segment and drops the old one from the manifest. :meth:`Store.compact` rewrites
segments with dead articles.

Every file is written aside and renamed into place (a new segment first, then the
manifest that refers to it), so a crash leaves either the old or the new state.
Writers hold :class:`WriteLock`; readers never see a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import orjson

from ..messages import M_, Mn_
from .corrections import rematch
from .packed import PackedItem, head_of, n_events_of, pack, segment_json
from .manifest import REPAIR_HINT, check_manifest, check_segment
from .safepath import real_path
from .schema import APP, SCHEMA, _meta, _validate
from .textcut import KEY, whole
from .storage import AtomicJSONStorage, StoreError, WriteLock, atomic_write_bytes, read_regular, remove_leftovers

__all__ = ["SCHEMA", "Store", "StoreError", "IngestItem", "PackedItem", "ApplySummary", "MIGRATIONS"]

SEGMENT_ARTICLES = 2000  # articles per segment file written by one ingest

# Migrations from schema N to N+1: ``step(store, doc)`` takes the old document (tables →
# documents) and returns the manifest document of schema N+1 (writing segments as
# needed). A backup of the old file is written beside it first.
MIGRATIONS: dict[int, Callable[["Store", dict[str, Any]], dict[str, Any]]] = {}


@dataclass(slots=True)
class IngestItem:
    """One article ready to be stored: the article document and its events."""

    article: dict[str, Any]
    events: list[dict[str, Any]]

    def pack(self) -> "PackedItem":
        """The same item as the JSON a segment holds (see :class:`PackedItem`)."""
        return pack(self.article, self.events)


@dataclass(slots=True)
class ApplySummary:
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    reread: list[str] = field(default_factory=list)  # the same text, read by another extractor
    events_added: int = 0
    events_removed: int = 0


class Store:
    """A hoptac database. Reading is lazy; the manifest is parsed once per process."""

    def __init__(self, path: str | Path) -> None:
        # a symbolic link to a manifest is its target everywhere: its folder, its lock
        self.path = real_path(path) if Path(path).is_symlink() else Path(path)
        self.dir = self.path.with_name(self.path.name + ".d")
        self._storage: AtomicJSONStorage | None = None
        self._segment_cache: dict[str, dict[str, Any]] = {}
        self.compact_kept: list[str] = []
        self._holding = False  # this process holds the write lock (a migration must not wait for it)

    # -- the manifest --------------------------------------------------------------
    def _doc(self) -> dict[str, Any]:
        if self._storage is None:
            if self.path.is_dir():
                raise StoreError(M_("{path} is a folder, not a hoptac database", path=self.path))
            self._storage = AtomicJSONStorage(self.path, validate=self._check, checksum=True)
            doc = self._storage.read()
            if doc and _meta(doc).get("schema", SCHEMA) < SCHEMA and not read_as_it_is(self, doc):
                self._migrate()
        doc = self._storage.read()
        if not doc:
            self.refuse_if_orphaned()
        return doc or {}

    def _check(self, doc: dict[str, Any]) -> None:
        _validate(doc)
        if doc and _meta(doc).get("schema", 0) >= 2:  # schema 2 too: checked before it is migrated
            check_manifest(doc, self.path, self.dir)
            if self._storage is not None and self._storage.checksum_ok is False:
                raise StoreError(M_("{path} is damaged: it does not match the checksum recorded when it was "
                                    "written; {hint}", path=self.path, hint=REPAIR_HINT))
            set_aside = set(_meta(doc).get("set_aside") or ())  # unusable files `repair` kept
            if not doc.get("segments") and [p for p in self.segment_files() if p.name not in set_aside]:
                raise StoreError(M_("{path} lists no segment but {folder} holds some: the manifest does not "
                                    "belong to them; {hint}", path=self.path, folder=self.dir, hint=REPAIR_HINT))

    def segment_files(self) -> list[Path]:
        """The segment files in the database's folder (listed or not)."""
        try:
            return sorted(p for p in self.dir.glob("seg-*.json") if p.is_file())
        except OSError:
            return []

    def refuse_if_orphaned(self) -> None:
        """A missing or empty manifest beside segment files is a lost manifest, not a new
        database: refuse, so nothing is ever written over them."""
        found = self.segment_files()
        if found:
            if self.path.exists():
                raise StoreError(Mn_("{path} is empty but {folder} holds {n} segment file: the manifest was lost; "
                                     "`hoptac repair` rebuilds it from them (nothing was changed)",
                                     "{path} is empty but {folder} holds {n} segment files: the manifest was lost; "
                                     "`hoptac repair` rebuilds it from them (nothing was changed)",
                                     len(found), path=self.path, folder=self.dir))
            raise StoreError(Mn_("{path} is missing but {folder} holds {n} segment file: the manifest was lost; "
                                 "`hoptac repair` rebuilds it from them (nothing was changed)",
                                 "{path} is missing but {folder} holds {n} segment files: the manifest was lost; "
                                 "`hoptac repair` rebuilds it from them (nothing was changed)",
                                 len(found), path=self.path, folder=self.dir))

    @property
    def exists(self) -> bool:
        """Is there something at the path to open (an empty file is a new database;
        what is not a regular file "exists", so that opening it says what it is)?"""
        try:
            st = os.stat(self.path)
        except OSError:
            return False
        return st.st_size > 0 or not stat.S_ISREG(st.st_mode)

    @property
    def generation(self) -> int:
        return int(_meta(self._doc()).get("generation", 0))

    def reload(self) -> None:
        if self._storage is not None:
            self._storage.reload()
        self._segment_cache.clear()

    def _index(self) -> dict[str, dict[str, Any]]:
        """article id → {id, source, segment, events}"""
        return {a["id"]: a for a in self._doc().get("articles", {}).values()}

    def segment_names(self) -> list[str]:
        return [s["name"] for s in self._doc().get("segments", {}).values()]

    # -- reading -------------------------------------------------------------------
    def _segment_entry(self, name: str) -> dict[str, Any] | None:
        for s in self._doc().get("segments", {}).values():
            if s["name"] == name:
                return s
        return None

    def _segment(self, name: str, entry: dict[str, Any] | None = None, check: bool = True) -> dict[str, Any]:
        if name not in self._segment_cache:
            path = self.dir / name
            try:
                data = read_regular(path)
            except FileNotFoundError:
                raise StoreError(M_("{path} is missing: the database is incomplete; {hint}", path=path,
                                    hint=REPAIR_HINT)) from None
            try:
                doc = orjson.loads(data)
            except orjson.JSONDecodeError:
                raise StoreError(M_("{path} is damaged (not valid JSON); {hint}",
                                    path=path, hint=REPAIR_HINT)) from None
            check_segment(data, doc, path, (entry or self._segment_entry(name)) if check else None)
            if len(self._segment_cache) >= 2:
                self._segment_cache.pop(next(iter(self._segment_cache)))
            self._segment_cache[name] = doc
        return self._segment_cache[name]

    def _live_in(self, name: str, index: dict[str, dict[str, Any]]) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """(article, its events) for the articles of segment ``name`` the manifest still lists there."""
        seg = self._segment(name)
        events_of: dict[str, list[dict[str, Any]]] = {}
        for ev in seg.get("events", {}).values():
            events_of.setdefault(ev.get("article_id"), []).append(ev)
        for art in seg.get("articles", {}).values():
            entry = index.get(art["id"])
            if entry is not None and entry["segment"] == name:
                evs = events_of.get(art["id"], [])
                yield (whole(art, evs) if KEY in art else art), evs

    def iter_live(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """(article, its events) for every live article, one segment at a time."""
        index = self._index()
        for name in self.segment_names():
            yield from self._live_in(name, index)

    def events(self) -> list[dict[str, Any]]:
        return [ev for _, evs in self.iter_live() for ev in evs]

    def articles(self) -> list[dict[str, Any]]:
        return [art for art, _ in self.iter_live()]

    def article(self, article_id: str) -> dict[str, Any] | None:
        entry = self._index().get(article_id)
        if entry is None:
            return None
        seg = self._segment(entry["segment"])
        for art in seg.get("articles", {}).values():
            if art["id"] == article_id:
                if KEY in art:   # its text without the sentences its events quote (``textcut``)
                    return whole(art, (e for e in seg.get("events", {}).values() if e.get("article_id") == article_id))
                return art
        return None

    def counts(self) -> tuple[int, int]:
        arts = self._doc().get("articles", {})
        return len(arts), sum(int(a.get("events", 0)) for a in arts.values())

    # -- writing -------------------------------------------------------------------
    @contextlib.contextmanager
    def _writing(self, on_wait: Callable[[str], None] | None) -> Iterator[dict[str, Any]]:
        with WriteLock(self.path, on_wait=on_wait):
            self._holding = True
            try:
                self.remove_leftovers()
                self.reload()
                doc = self._doc()
                yield doc
            finally:
                self._holding = False

    def _remove_own(self, names: list[str]) -> None:
        """Remove segment files this process wrote and never listed (a write that failed)."""
        for name in names:
            with contextlib.suppress(OSError):
                (self.dir / name).unlink()
        self.reload()

    def remove_leftovers(self) -> list[Path]:
        """Temporary files of dead hoptac processes beside the manifest and in its folder."""
        gone = remove_leftovers(self.path.parent, f".{self.path.name}.")
        if self.dir.is_dir():
            gone += remove_leftovers(self.dir)
        return gone

    def _next_segment_name(self, doc: dict[str, Any]) -> str:
        used = [int(s["name"][4:10]) for s in doc.get("segments", {}).values() if s["name"][4:10].isdigit()]
        n = max(used, default=0) + 1
        while (self.dir / f"seg-{n:06d}.json").exists():  # an orphan of a crashed writer
            n += 1
        return f"seg-{n:06d}.json"

    def _add_segment(self, doc: dict[str, Any], items: "list[IngestItem | PackedItem]") -> str:
        """Write ``items`` as a new segment file and list it in the manifest ``doc``
        (which the caller writes afterwards). Returns its name."""
        name = self._next_segment_name(doc)
        self.dir.mkdir(parents=True, exist_ok=True)
        data = segment_json(items)
        atomic_write_bytes(self.dir / name, data)
        segs = doc.setdefault("segments", {})
        segs[str(max((int(k) for k in segs), default=0) + 1)] = {
            "name": name, "articles": len(items), "events": sum(n_events_of(i) for i in items),
            "size": len(data), "crc": zlib.crc32(data)}
        return name

    def _write_manifest(self, doc: dict[str, Any]) -> None:
        assert self._storage is not None
        meta = _meta(doc) or {"app": APP, "schema": SCHEMA}
        doc["meta"] = {"1": {**meta, "app": APP, "schema": SCHEMA, "generation": int(meta.get("generation", 0)) + 1}}
        self._storage.write(doc)

    def apply(self, items: "Iterable[IngestItem | PackedItem]", on_wait: Callable[[str], None] | None = None,
              on_item: Callable[[IngestItem, str], None] | None = None,
              after: Callable[[int, list[IngestItem], set[str]], None] | None = None,
              again: bool = False) -> ApplySummary:
        """Store articles and their events: new segments, then one manifest write.

        An article whose id (content hash) is stored already is unchanged; one whose
        source path is stored with other content replaces the old article and its
        events; anything else is new. The same text from the same source is read again
        ("reread": its reading replaces the stored one) when another extractor read the stored
        one, or always with ``again`` (``hoptac reread --all``). ``after(old_generation, stored, replaced_ids)``
        runs while the write lock is still held (the caches are updated there).
        """
        summary = ApplySummary()
        stored: list[IngestItem] = []
        removed: set[str] = set()
        with self._writing(on_wait) as doc:
            old_generation = int(_meta(doc).get("generation", 0))
            arts: dict[str, Any] = doc.setdefault("articles", {})
            by_id = {a["id"]: key for key, a in arts.items()}
            by_source = {a["source"]: key for key, a in arts.items()}
            next_key = max((int(k) for k in arts), default=0) + 1
            pending: list[IngestItem] = []
            written: list[str] = []

            def flush() -> None:
                if not pending:
                    return
                name = self._add_segment(doc, pending)
                written.append(name)
                for it in pending:
                    arts[by_id[head_of(it)["id"]]]["segment"] = name
                pending.clear()

            try:
                for item in items:
                    art = head_of(item)  # id, source, extractor (a packed item is not decoded)
                    source = art["source"]
                    outcome = "new"
                    if art["id"] in by_id:
                        stored_as = arts[by_id[art["id"]]]
                        # the same text: unchanged, unless this file's stored reading is another extractor's
                        if (stored_as.get("extractor") == art.get("extractor") and not again) \
                                or stored_as["source"] != source:
                            summary.unchanged.append(source)
                            if on_item:
                                on_item(item, "unchanged")
                            continue
                        outcome = "reread"  # a newer (or older) hoptac's reading replaces the stored one
                        old = arts.pop(by_id.pop(art["id"]))
                        by_source.pop(old["source"], None)
                        removed.add(old["id"])
                        summary.events_removed += int(old.get("events", 0))
                    old_key = by_source.get(source)
                    if old_key is not None:
                        old = arts.pop(old_key)
                        del by_id[old["id"]]
                        removed.add(old["id"])
                        summary.events_removed += int(old.get("events", 0))
                        outcome = "replaced"
                    key = str(next_key)
                    next_key += 1
                    arts[key] = {"id": art["id"], "source": source, "segment": None, "events": n_events_of(item)}
                    if art.get("extractor"):
                        arts[key]["extractor"] = art["extractor"]
                    by_id[art["id"]] = key
                    by_source[source] = key
                    pending.append(item)
                    stored.append(item)
                    summary.events_added += n_events_of(item)
                    {"replaced": summary.replaced, "reread": summary.reread}.get(outcome, summary.new).append(source)
                    if on_item:
                        on_item(item, outcome)
                    if len(pending) >= SEGMENT_ARTICLES:
                        flush()
                flush()
                wrote = bool(summary.new or summary.replaced or summary.reread or not self.exists)
                if wrote:
                    rematch(doc, stored)  # a reader's corrections follow their events (same write)
                    self._write_manifest(doc)
            except BaseException:
                self._remove_own(written)  # never listed: the store stays as it was
                raise
            if wrote and after is not None:
                after(old_generation, stored, removed)
        return summary

    # -- upkeep --------------------------------------------------------------------
    def compact(self, on_wait: Callable[[str], None] | None = None) -> int:
        """Rewrite segments that hold dead articles; remove segment files whose every
        article is proven superseded (see :mod:`.compact`). Returns the number of segment
        files removed; :attr:`compact_kept` says which were kept and why."""
        from .compact import compact_store

        removed, self.compact_kept = compact_store(self, on_wait)
        return removed

    # -- schema --------------------------------------------------------------------
    def _migrate(self) -> None:
        """Bring an older database forward: copy it aside, migrate, atomic writes (``migrate``)."""
        migrate(self)

    def backup(self, schema: int) -> Path:
        """A copy of the file as it is, beside it (``migrate.backup``)."""
        return backup(self, schema)


from .migrate import _from_schema_1, _from_schema_2, backup, migrate, read_as_it_is  # noqa: E402

MIGRATIONS[1] = _from_schema_1
MIGRATIONS[2] = _from_schema_2
