"""Migrations of older databases (``segments.MIGRATIONS``), and the refusal of files
that only claim to be old."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..messages import M_
from .cache_files import manifest_stat
from .manifest import REPAIR_HINT
from .schema import SCHEMA, _meta
from .storage import StoreError, WriteLock

if TYPE_CHECKING:
    from .segments import Store

__all__ = ["migrate", "backup", "_from_schema_1", "_from_schema_2", "_refuse_bad_schema_1", "META_ONLY"]

# the steps that change nothing but the manifest's schema number (from this schema to the
# next): the segments and the caches derived from them stay as they are
META_ONLY = frozenset({2})


def migrate(store: "Store") -> None:
    """Bring an older database forward: copy it aside, migrate (``segments.MIGRATIONS``,
    one step a schema), atomic writes."""
    from .segments import MIGRATIONS

    assert store._storage is not None
    with contextlib.nullcontext() if store._holding else WriteLock(store.path):
        store._storage.reload()
        doc = store._storage.read() or {}
        old = int(_meta(doc).get("schema", SCHEMA))
        if old >= SCHEMA:
            return
        if old == 1:
            _refuse_bad_schema_1(store, doc)
        steps = []
        for version in range(old, SCHEMA):
            step = MIGRATIONS.get(version)
            if step is None:
                raise StoreError(M_("cannot migrate this database from schema {version}; it was left untouched",
                                    version=version))
            steps.append(step)
        store.backup(old)
        old_generation, old_manifest = int(_meta(doc).get("generation", 0)), manifest_stat(store.dir)
        for step in steps:
            doc = step(store, doc)
        store._write_manifest(doc)
        if all(v in META_ONLY for v in range(old, SCHEMA)):
            from .cache_stamp import carry_stamp  # it imports segments, which imports this module

            carry_stamp(store, old_generation, old_manifest)


def read_as_it_is(store: "Store", doc: dict[str, Any]) -> bool:
    """A database whose migration changes only its schema number, in a folder this
    process cannot write (a read-only disk or share): read as it is, not migrated (this
    hoptac reads the older data; the next write stamps the new number)."""
    old = int(_meta(doc).get("schema", SCHEMA))
    return 1 < old < SCHEMA and all(v in META_ONLY for v in range(old, SCHEMA)) \
        and not os.access(store.path.parent, os.W_OK)


def backup(store: "Store", schema: int) -> Path:
    """A copy of the file as it is, beside it: ``hoptac.json.schema1.bak`` (an earlier
    backup is never replaced: ``.schema1.2.bak`` …)."""
    target = store.path.with_name(f"{store.path.name}.schema{schema}.bak")
    n = 1
    while target.exists():
        n += 1
        target = store.path.with_name(f"{store.path.name}.schema{schema}.{n}.bak")
    shutil.copy2(store.path, target)
    return target


def _refuse_bad_schema_1(store: "Store", doc: dict[str, Any]) -> None:
    """Schema 1 kept everything in one file: full articles and their events, no segments.
    A file stamped schema 1 that has segments (or a folder of them) is damaged, not old:
    migrating it would list nothing and leave the real data to be removed."""
    arts = doc.get("articles") or {}
    whole = isinstance(arts, dict) and all(
        isinstance(a, dict) and isinstance(a.get("id"), str) and isinstance(a.get("source"), str)
        and isinstance(a.get("text"), str) for a in arts.values())
    if "segments" in doc or store.segment_files() or not whole or not isinstance(doc.get("events") or {}, dict):
        raise StoreError(M_("{path} says it is schema 1 but does not hold schema-1 data; it was left untouched; {hint}",
                            path=store.path, hint=REPAIR_HINT))


def _from_schema_1(store: "Store", doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 kept everything in one TinyDB file (``articles`` with texts, ``events``).
    Schema 2 moves the data into segment files and keeps a manifest."""
    from .segments import APP, SEGMENT_ARTICLES, IngestItem

    events_of: dict[str, list[dict[str, Any]]] = {}
    for ev in (doc.get("events") or {}).values():
        events_of.setdefault(ev.get("article_id"), []).append(ev)
    items = [IngestItem(a, events_of.get(a["id"], [])) for a in (doc.get("articles") or {}).values()]
    new: dict[str, Any] = {"meta": {"1": {"app": APP, "schema": 2, "generation": 0}}, "segments": {}, "articles": {}}
    for start in range(0, len(items), SEGMENT_ARTICLES):
        chunk = items[start:start + SEGMENT_ARTICLES]
        name = store._add_segment(new, chunk)
        for it in chunk:
            new["articles"][str(len(new["articles"]) + 1)] = {
                "id": it.article["id"], "source": it.article["source"], "segment": name, "events": len(it.events)}
    return new


def _from_schema_2(store: "Store", doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 lets a segment hold an article as ``text_cut`` (``textcut``) so that a
    hoptac of schema 2 refuses the file; schema-2 segments hold ``text`` and are read as
    they are. Nothing changes but the number (``Store._write_manifest`` writes it)."""
    return doc
