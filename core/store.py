"""The database: one TinyDB file with ``meta``, ``articles`` and ``events`` tables.

* ``meta`` holds one document: ``{"app": "hoptac", "schema": SCHEMA}``. A file
  without it (another program's TinyDB file) or with a newer schema is refused
  with a clear message and never overwritten; an older schema is migrated forward
  after a backup copy is written beside it.
* ``articles``: one document per article (content hash id, source path, title,
  publication time, body span, the full NFC text, warnings).
* ``events``: the event records of ``hoptac.core.events``.

The file is read once per command (:class:`AtomicJSONStorage` caches it) and
written atomically; writers hold :class:`WriteLock` and re-read the file under
it, so two processes never lose each other's updates.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from tinydb import TinyDB

from .storage import AtomicJSONStorage, StoreError, WriteLock

__all__ = ["SCHEMA", "Store", "StoreError", "IngestItem", "ApplySummary"]

SCHEMA = 1
APP = "hoptac"

# Migrations from schema N to N+1: functions that take the whole document (tables →
# documents) and return it in the next schema. Empty while schema 1 is the only one;
# the machinery (a backup beside the file, then one atomic write) is tested with a
# stand-in migration.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _validate(doc: dict[str, Any]) -> None:
    meta_table = doc.get("meta")
    if not doc:
        return
    if not meta_table:
        raise StoreError("this file is not a hoptac database (no hoptac metadata); it was left untouched")
    meta = next(iter(meta_table.values()), {})
    if not isinstance(meta, dict) or meta.get("app") != APP:
        raise StoreError("this file is not a hoptac database (it belongs to another program); it was left untouched")
    schema = meta.get("schema")
    if not isinstance(schema, int) or schema < 1:
        raise StoreError("this hoptac database has no valid schema version; it was left untouched")
    if schema > SCHEMA:
        raise StoreError(
            f"this database was written by a newer hoptac (schema {schema}; this one reads up to {SCHEMA}); "
            "upgrade hoptac to open it"
        )


@dataclass(slots=True)
class IngestItem:
    """One article ready to be stored: the article document and its events."""

    article: dict[str, Any]
    events: list[dict[str, Any]]


@dataclass(slots=True)
class ApplySummary:
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    events_added: int = 0
    events_removed: int = 0


class Store:
    """A hoptac database file.

    Reading is lazy and happens once; :meth:`events` and :meth:`articles` return
    the stored documents (do not mutate them).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._storage: AtomicJSONStorage | None = None
        self._db: TinyDB | None = None
        self._article_by_id: dict[str, dict[str, Any]] | None = None

    # -- opening -------------------------------------------------------------------
    def _open(self) -> TinyDB:
        if self._db is None:
            if self.path.is_dir():
                raise StoreError(f"{self.path} is a folder, not a hoptac database")
            holder: dict[str, AtomicJSONStorage] = {}

            def make(*_a: Any, **_k: Any) -> AtomicJSONStorage:
                holder["s"] = AtomicJSONStorage(self.path, validate=_validate)
                return holder["s"]

            self._db = TinyDB(storage=make)
            self._storage = holder["s"]
            doc = self._storage.read()  # validate now: a bad file is refused before anything else
            if doc and _schema_of(doc) < SCHEMA:
                self._migrate()
        return self._db

    @property
    def exists(self) -> bool:
        return self.path.exists() and self.path.stat().st_size > 0

    def reload(self) -> None:
        if self._storage is not None:
            self._storage.reload()
        self._article_by_id = None

    def _raw(self) -> dict[str, Any]:
        self._open()
        assert self._storage is not None
        return self._storage.read() or {}

    # -- reading -------------------------------------------------------------------
    def events(self) -> list[dict[str, Any]]:
        return list(self._raw().get("events", {}).values())

    def articles(self) -> list[dict[str, Any]]:
        return list(self._raw().get("articles", {}).values())

    def article(self, article_id: str) -> dict[str, Any] | None:
        if self._article_by_id is None:
            self._article_by_id = {a["id"]: a for a in self.articles()}
        return self._article_by_id.get(article_id)

    def counts(self) -> tuple[int, int]:
        raw = self._raw()
        return len(raw.get("articles", {})), len(raw.get("events", {}))

    # -- writing -------------------------------------------------------------------
    @contextlib.contextmanager
    def writing(self, on_wait: Callable[[str], None] | None = None) -> Any:
        """Hold the write lock, re-read the file, and write once at the end."""
        with WriteLock(self.path, on_wait=on_wait):
            self.reload()
            db = self._open()
            assert self._storage is not None
            with self._storage.deferred():
                if not self._raw().get("meta"):
                    db.table("meta").insert({"app": APP, "schema": SCHEMA})
                yield db
            self._article_by_id = None

    def apply(self, items: Iterable[IngestItem], on_wait: Callable[[str], None] | None = None,
              on_item: Callable[[IngestItem, str], None] | None = None) -> ApplySummary:
        """Store articles and their events in one atomic write.

        An article whose id (content hash) is stored already is unchanged; one whose
        source path is stored with other content replaces the old article and its
        events; anything else is new.
        """
        summary = ApplySummary()
        with self.writing(on_wait=on_wait) as db:
            raw = self._raw()
            articles: dict[str, Any] = raw.setdefault("articles", {})
            events: dict[str, Any] = raw.setdefault("events", {})
            by_id = {a["id"]: key for key, a in articles.items()}
            by_source = {a["source"]: key for key, a in articles.items()}
            next_article = max((int(k) for k in articles), default=0) + 1
            next_event = max((int(k) for k in events), default=0) + 1
            changed = False
            for item in items:
                art = item.article
                source = art["source"]
                if art["id"] in by_id:
                    summary.unchanged.append(source)
                    if on_item:
                        on_item(item, "unchanged")
                    continue
                outcome = "new"
                old_key = by_source.get(source)
                if old_key is not None:
                    old_id = articles[old_key]["id"]
                    doomed = [k for k, e in events.items() if e.get("article_id") == old_id]
                    for k in doomed:
                        del events[k]
                    summary.events_removed += len(doomed)
                    del articles[old_key]
                    del by_id[old_id]
                    outcome = "replaced"
                key = str(next_article)
                next_article += 1
                articles[key] = art
                by_id[art["id"]] = key
                by_source[source] = key
                for ev in item.events:
                    events[str(next_event)] = ev
                    next_event += 1
                summary.events_added += len(item.events)
                (summary.replaced if outcome == "replaced" else summary.new).append(source)
                changed = True
                if on_item:
                    on_item(item, outcome)
            if changed:
                # Hand the modified document back to TinyDB's storage: one write.
                assert self._storage is not None
                self._storage.write(raw)
            del db
        return summary

    # -- schema --------------------------------------------------------------------
    def _migrate(self) -> None:
        """Bring an older database forward: copy it aside, migrate, one atomic write."""
        assert self._storage is not None
        with WriteLock(self.path):
            self._storage.reload()
            doc = self._storage.read() or {}
            old = _schema_of(doc)
            if old >= SCHEMA:
                return
            self.backup(old)
            for version in range(old, SCHEMA):
                step = MIGRATIONS.get(version)
                if step is None:
                    raise StoreError(f"cannot migrate this database from schema {version}; it was left untouched")
                doc = step(doc)
            meta = doc.setdefault("meta", {})
            meta.clear()
            meta["1"] = {"app": APP, "schema": SCHEMA}
            self._storage.write(doc)

    def backup(self, schema: int) -> Path:
        """A copy of the file as it is, beside it: ``hoptac.json.schema1.bak``."""
        target = self.path.with_name(f"{self.path.name}.schema{schema}.bak")
        shutil.copy2(self.path, target)
        return target


def _schema_of(doc: dict[str, Any]) -> int:
    meta = next(iter((doc.get("meta") or {}).values()), {})
    return int(meta.get("schema", SCHEMA)) if isinstance(meta, dict) else SCHEMA
