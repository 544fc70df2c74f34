"""What a manifest and a segment must look like before they are trusted.

A file can be valid JSON and still be damaged: a key missing, a value of the wrong
type, a segment name that points nowhere, a segment emptied to ``{"articles": {}}``.
Trusting such a file gives wrong answers or — worse — lets ``compact`` remove data
the manifest no longer accounts for. These checks turn every such case into one
plain line (:class:`StoreError`) naming what is wrong and what to run.

Each segment entry of the manifest records how many articles and events the segment
holds, its size and its CRC-32 (written with it); a segment is read only when it
matches all four.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from ..messages import M_
from .storage import StoreError
from .storefile import SEGMENT_NAME

__all__ = ["check_manifest", "check_segment", "SEGMENT_NAME", "REPAIR_HINT"]

REPAIR_HINT = M_("`hoptac check` says what is wrong, `hoptac repair` rebuilds what can be rebuilt")


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _table(doc: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    table = doc.get(name, {})
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        raise StoreError(M_("{path} is damaged: its {name} table is not a table of records; {hint}",
                            path=path, name=name, hint=REPAIR_HINT))
    return table


def check_manifest(doc: dict[str, Any], path: Path, folder: Path, *, on_disk: bool = True) -> None:
    """Raise :class:`StoreError` unless ``doc`` is a well-formed manifest (schema 2 or 3) whose
    segments are all in ``folder`` (with the recorded sizes, when ``on_disk``)."""
    segs = _table(doc, "segments", path)
    arts = _table(doc, "articles", path)
    _table(doc, "corrections", path)  # a reader's corrections (corrections.py)
    meta = next(iter(doc.get("meta", {}).values()), {})
    if "generation" in meta and not _int(meta["generation"]):
        raise StoreError(M_("{path} is damaged: its generation is not a whole number; {hint}",
                            path=path, hint=REPAIR_HINT))
    listed: dict[str, dict[str, Any]] = {}
    for key, s in segs.items():
        name = s.get("name")
        if not isinstance(name, str) or not SEGMENT_NAME.match(name):
            raise StoreError(M_("{path} is damaged: segment entry {key} has no valid name; {hint}",
                                path=path, key=key, hint=REPAIR_HINT))
        if not (_int(s.get("articles")) and _int(s.get("events"))):
            raise StoreError(M_("{path} is damaged: segment entry {name} has no valid counts; {hint}",
                                path=path, name=name, hint=REPAIR_HINT))
        for opt in ("crc", "size"):
            if opt in s and not _int(s[opt]):
                raise StoreError(M_("{path} is damaged: segment entry {name} has a bad {field}; {hint}",
                                    path=path, name=name,
                                    field=opt, hint=REPAIR_HINT))
        if name in listed:
            raise StoreError(M_("{path} is damaged: segment {name} is listed twice; {hint}",
                                path=path, name=name, hint=REPAIR_HINT))
        listed[name] = s
    per_segment: dict[str, int] = {}
    ids: set[str] = set()
    sources: set[str] = set()
    for key, a in arts.items():
        aid, source, seg, n = a.get("id"), a.get("source"), a.get("segment"), a.get("events")
        if not isinstance(aid, str) or not aid or not isinstance(source, str) or not _int(n):
            raise StoreError(M_("{path} is damaged: article entry {key} is incomplete; {hint}",
                                path=path, key=key, hint=REPAIR_HINT))
        if seg not in listed:
            raise StoreError(M_("{path} is damaged: article entry {key} ({source}) names a segment the manifest "
                                "does not list; {hint}", path=path, key=key, source=source, hint=REPAIR_HINT))
        if aid in ids or source in sources:
            raise StoreError(M_("{path} is damaged: article {source} is listed twice; {hint}",
                                path=path, source=source, hint=REPAIR_HINT))
        ids.add(aid)
        sources.add(source)
        per_segment[seg] = per_segment.get(seg, 0) + 1
    for name, count in per_segment.items():
        if count > listed[name]["articles"]:
            raise StoreError(M_("{path} is damaged: it lists more articles in {name} than the segment holds; {hint}",
                                path=path, name=name, hint=REPAIR_HINT))
    if not on_disk:
        return
    for name, s in listed.items():
        try:
            size = (folder / name).stat().st_size
        except FileNotFoundError:
            raise StoreError(M_("{path} is missing: the manifest lists it; the database is incomplete; {hint}",
                                path=folder / name, hint=REPAIR_HINT)) from None
        except OSError as exc:
            raise StoreError(M_("cannot read {path}: {reason}",
                                path=folder / name, reason=exc.strerror or exc)) from None
        if "size" in s and size != s["size"]:
            raise StoreError(M_("{path} is damaged: {size:,} bytes, the manifest recorded {recorded:,}; {hint}",
                                path=folder / name, size=size, recorded=s["size"], hint=REPAIR_HINT))


def check_segment(data: bytes, doc: Any, path: Path, entry: dict[str, Any] | None) -> None:
    """Raise :class:`StoreError` unless ``doc`` (parsed from ``data``) is a segment of
    the shape and checksum its manifest ``entry`` recorded."""
    if entry is not None and "crc" in entry and zlib.crc32(data) != entry["crc"]:
        raise StoreError(M_("{path} is damaged: it does not match the checksum recorded when it was written; {hint}",
                            path=path, hint=REPAIR_HINT))
    if not isinstance(doc, dict):
        raise StoreError(M_("{path} is damaged: not a segment; {hint}", path=path, hint=REPAIR_HINT))
    arts, evs = doc.get("articles"), doc.get("events")
    if not isinstance(arts, dict) or not isinstance(evs, dict):
        raise StoreError(M_("{path} is damaged: it has no articles or events table; {hint}",
                            path=path, hint=REPAIR_HINT))
    for a in arts.values():
        if not isinstance(a, dict) or not isinstance(a.get("id"), str) or not isinstance(a.get("source"), str):
            raise StoreError(M_("{path} is damaged: an article record is incomplete; {hint}",
                                path=path, hint=REPAIR_HINT))
    for e in evs.values():
        if not isinstance(e, dict) or not isinstance(e.get("article_id"), str):
            raise StoreError(M_("{path} is damaged: an event record is incomplete; {hint}",
                                path=path, hint=REPAIR_HINT))
    if entry is not None and (len(arts) != entry.get("articles") or len(evs) != entry.get("events")):
        raise StoreError(M_("{path} is damaged: it holds {articles} articles and {events} events, the manifest "
                            "recorded {listed_articles} and {listed_events}; {hint}", path=path, articles=len(arts),
                            events=len(evs), listed_articles=entry.get("articles"), listed_events=entry.get("events"),
                            hint=REPAIR_HINT))
