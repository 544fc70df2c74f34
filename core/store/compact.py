"""``compact``: rewrite segments that hold dead articles, and remove segment files
only when every article in them is *proven* superseded.

An article in a segment file is superseded when the manifest lists the same article
(same id) in another segment that really holds it, or lists its source with other
content (a changed file was ingested again) in a segment that really holds that. An
article the manifest cannot account for — a damaged entry, a lost manifest, a
crashed writer's batch — keeps its file: ``compact`` says so, and ``hoptac repair``
can list it again. Nothing else is ever removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import orjson

from ..messages import M_, Mn_
from .storage import StoreError, read_regular

if TYPE_CHECKING:
    from .segments import Store

__all__ = ["compact_store"]


class _Proof:
    """Which articles each listed segment really holds (read once, on demand)."""

    def __init__(self, store: "Store", doc: dict[str, Any]) -> None:
        self.store = store
        self.entries = {s["name"]: s for s in doc.get("segments", {}).values()}
        arts = doc.get("articles", {}).values()
        self.by_id = {a["id"]: a for a in arts}
        self.by_source = {a["source"]: a for a in arts}
        self._holds: dict[str, set[str]] = {}

    def holds(self, name: str) -> set[str]:
        if name not in self._holds:
            try:
                seg = self.store._segment(name, self.entries.get(name))
                self._holds[name] = {a["id"] for a in seg["articles"].values()}
            except StoreError:
                self._holds[name] = set()
        return self._holds[name]

    def superseded(self, art: dict[str, Any], here: str) -> bool:
        entry = self.by_id.get(art["id"])
        if entry is not None and entry["segment"] != here:
            return art["id"] in self.holds(entry["segment"])
        entry = self.by_source.get(art["source"])
        if entry is not None and entry["id"] != art["id"] and entry["segment"] in self.entries:
            return entry["id"] in self.holds(entry["segment"])
        return False


def _articles_of(path: Path) -> list[dict[str, Any]] | None:
    try:
        doc = orjson.loads(read_regular(path))
        out = list(doc.get("articles", {}).values())
        if all(isinstance(a, dict) and isinstance(a.get("id"), str) and isinstance(a.get("source"), str)
               for a in out):
            return out
    except (StoreError, OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return None


def compact_store(store: "Store", on_wait: Callable[[str], None] | None = None) -> tuple[int, list[str]]:
    from .segments import SEGMENT_ARTICLES, IngestItem

    kept: list[str] = []
    with store._writing(on_wait) as doc:
        index = store._index()
        segs: dict[str, Any] = doc.get("segments", {})
        live_count: dict[str, int] = {}
        for entry in index.values():
            live_count[entry["segment"]] = live_count.get(entry["segment"], 0) + 1
        proof = _Proof(store, doc)
        keep: list[IngestItem] = []
        stale = []
        for k, s in segs.items():
            if live_count.get(s["name"], 0) >= s["articles"]:
                continue
            seg = store._segment(s["name"], s)
            dead = [a for a in seg["articles"].values()
                    if index.get(a["id"], {}).get("segment") != s["name"] and not proof.superseded(a, s["name"])]
            if dead:
                kept.append(Mn_("kept {name}: {n} article the manifest does not account for (`hoptac repair` lists it again)",
                                "kept {name}: {n} articles the manifest does not account for (`hoptac repair` lists them "
                                "again)", len(dead), name=s["name"]))
                continue
            stale.append(k)
            keep += [IngestItem(art, evs) for art, evs in store._live_in(s["name"], index)]
        for k in stale:
            del segs[k]
        by_id = {a["id"]: key for key, a in doc.get("articles", {}).items()}
        written: list[str] = []
        try:
            for start in range(0, len(keep), SEGMENT_ARTICLES):
                chunk = keep[start:start + SEGMENT_ARTICLES]
                name = store._add_segment(doc, chunk)
                written.append(name)
                for it in chunk:
                    doc["articles"][by_id[it.article["id"]]]["segment"] = name
            if stale:
                store._write_manifest(doc)
        except BaseException:
            store._remove_own(written)  # never listed: the store stays as it was
            raise
        store._segment_cache.clear()
        proof = _Proof(store, doc)
        referenced = {s["name"] for s in segs.values()}
        removed = 0
        for p in store.segment_files():
            if p.name in referenced:
                continue
            arts = _articles_of(p)
            if arts is None:
                kept.append(M_("kept {name}: it cannot be read as a segment", name=p.name))
                continue
            unproven = [a for a in arts if not proof.superseded(a, p.name)]
            if unproven:
                kept.append(Mn_("kept {name}: {n} article the manifest does not list (`hoptac repair` lists it again)",
                                "kept {name}: {n} articles the manifest does not list (`hoptac repair` lists them again)",
                                len(unproven), name=p.name))
                continue
            p.unlink(missing_ok=True)
            removed += 1
        store._segment_cache.clear()
        return removed, kept
