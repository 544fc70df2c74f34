"""``hoptac check`` and ``hoptac repair``: verify the whole store, rebuild what can be.

Segments hold the articles and events themselves; the manifest only says which
article lives where, and the caches are derived from both. So:

* :func:`check_store` reads the manifest, every segment file and every cache file,
  and returns what is wrong, one plain line each (and removes temporary files of
  dead hoptac processes, which are never data);
* :func:`repair_store` keeps a manifest that checks out and otherwise rebuilds it
  from the segment files (the old one is kept as ``<db>.repair-<time>.bak``), then
  rebuilds the caches, and says what it could not do. Neither ever deletes a segment,
  a manifest or a backup.

When the manifest is rebuilt, an article stored twice (a changed file ingested
again, a compact interrupted before it removed the old copy) is taken from the
newest segment that holds its source — the order in which hoptac writes them.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..messages import M_, Message, Mn_, message_of, trimmed
from .manifest import SEGMENT_NAME, check_segment
from .storage import StoreError, WriteLock, read_regular

__all__ = ["check_store", "repair_store", "Report"]


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)  # what is wrong (check) / could not be done (repair)
    notes: list[str] = field(default_factory=list)     # what is fine, or what was done


def _read_segment(path: Path, entry: dict[str, Any] | None) -> tuple[dict[str, Any] | None, str | None, bytes]:
    try:
        data = read_regular(path)
    except FileNotFoundError:
        return None, M_("{name}: missing", name=path.name), b""
    except StoreError as exc:
        return None, M_("{name}: {reason}", name=path.name, reason=message_of(exc)), b""
    try:
        doc = orjson.loads(data)
        check_segment(data, doc, path, entry)
    except orjson.JSONDecodeError:
        return None, M_("{name}: damaged (not valid JSON)", name=path.name), data
    except StoreError as exc:
        said = message_of(exc)
        short = (trimmed(said, "{path} ", "; {hint}") or trimmed(said, "{path} ")) if isinstance(said, Message) \
            and str(said.args.get("path")) == str(path) else None
        return None, M_("{name}: {reason}", name=path.name, reason=short if short is not None else
                        str(exc).split('; `hoptac')[0].replace(str(path) + ' ', '', 1)), data
    return doc, None, data


def _manifest(store: Any) -> tuple[dict[str, Any] | None, str | None]:
    try:
        store.reload()
        store._storage = None
        doc = store._doc()
    except StoreError as exc:
        said = message_of(exc)
        if isinstance(said, Message):  # the hint is given once, after every problem
            return None, trimmed(said, tail="; {hint}") or said
        return None, str(exc).split("; `hoptac")[0]
    return doc, None


def check_store(path: str | Path) -> Report:
    from .segments import Store

    store = Store(path)
    report = Report()
    gone = store.remove_leftovers()
    if gone:
        report.notes.append(Mn_("removed {n} temporary file of dead hoptac processes",
                                "removed {n} temporary files of dead hoptac processes", len(gone)))
    if not store.path.exists() and not store.segment_files():
        report.problems.append(M_("no database at {path}", path=store.path))
        return report
    doc, why = _manifest(store)
    if why:
        report.problems.append(M_("manifest: {why}", why=why))
    entries = {s["name"]: s for s in (doc or {}).get("segments", {}).values()}
    listed_ids = {a["id"]: a for a in (doc or {}).get("articles", {}).values()}
    seen: set[str] = set()
    for seg in store.segment_files():
        sdoc, bad, _ = _read_segment(seg, entries.get(seg.name))
        if bad:
            report.problems.append(bad)
            continue
        assert sdoc is not None
        ids = {a["id"] for a in sdoc["articles"].values()}
        seen |= {aid for aid in ids if listed_ids.get(aid, {}).get("segment") == seg.name}
        if doc is not None and seg.name not in entries:
            unlisted = [aid for aid in ids if aid not in listed_ids]
            if unlisted:
                report.problems.append(Mn_("{name}: not in the manifest, and {n} of its articles is listed nowhere (an "
                                           "interrupted ingest?); `hoptac repair` lists it",
                                           "{name}: not in the manifest, and {n} of its articles are listed nowhere "
                                           "(an interrupted ingest?); `hoptac repair` lists them",
                                           len(unlisted), name=seg.name))
            else:
                report.notes.append(M_("{name}: an old copy of articles stored elsewhere (compact removes it)",
                                       name=seg.name))
    missing = [a for aid, a in listed_ids.items() if aid not in seen and a["segment"] in entries]
    for a in missing[:5]:
        report.problems.append(M_("article {source}: the manifest places it in {segment}, which does not "
                                  "hold it (readably)", source=a["source"], segment=a["segment"]))
    if len(missing) > 5:
        report.problems.append(Mn_("… and {n} more article like that", "… and {n} more articles like that",
                                   len(missing) - 5))
    if doc is not None and store._storage is not None and store._storage.checksum_ok is None and doc:
        report.notes.append(M_("manifest: written without a checksum (by an older hoptac, or edited by hand); "
                               "the next write adds one"))
    if doc is not None and not report.problems:
        _check_caches(store, report)
    n_art, n_ev = (len(listed_ids), sum(int(a.get("events", 0)) for a in listed_ids.values()))
    report.notes.append(M_("{segments} segment files, {articles} articles, {events} events listed",
                           segments=len(store.segment_files()), articles=n_art, events=n_ev))
    return report


def _check_caches(store: Any, report: Report) -> None:
    from .cache import CACHE_VERSION, STAMPED
    from .cache_files import read_rows, verify_files, verify_head
    from .people import FILES as PEOPLE

    for line in verify_head(store.dir, PEOPLE[0], PEOPLE[1:]):  # kept apart: checked whatever rows.json says
        report.problems.append(M_("cache {line} (the people table is made again when next used)", line=line))
    try:
        stamp = read_rows(store.dir / "rows.json").get("stamp")
    except FileNotFoundError:
        report.notes.append(M_("caches: not built yet; they are built at the next open"))
        return
    except (OSError, ValueError) as exc:
        report.problems.append(M_("cache rows.json: {reason} (the caches are rebuilt at the next open)",
                                  reason=message_of(exc)))
        return
    if not isinstance(stamp, dict) or not isinstance(stamp.get("sizes"), dict) \
            or not isinstance(stamp.get("crcs"), dict):
        report.problems.append(M_("cache rows.json: it has no valid stamp (the caches are rebuilt at the next open)"))
        return
    if stamp.get("version") != CACHE_VERSION or stamp.get("generation") != store.generation:
        report.notes.append(M_("caches: out of date; they are rebuilt at the next open"))
        return
    for line in verify_files(store.dir, stamp["crcs"], STAMPED):
        report.problems.append(M_("cache {line} (the caches are rebuilt at the next open)", line=line))


def _rebuild_manifest(store: Any, old: dict[str, Any] | None, report: Report) -> dict[str, Any]:
    """A manifest listing every readable segment's articles (newest copy of a source wins)."""
    from .segments import APP, SCHEMA

    old_entries = {s["name"]: s for s in (old or {}).get("segments", {}).values()
                   if isinstance(s, dict) and isinstance(s.get("name"), str)}
    segments: dict[str, Any] = {}
    set_aside: list[str] = []
    by_source: dict[str, dict[str, Any]] = {}
    for seg in store.segment_files():
        if not SEGMENT_NAME.match(seg.name):
            continue
        entry = old_entries.get(seg.name)
        if entry is not None and not all(isinstance(entry.get(k), int) for k in ("articles", "events")):
            entry = None
        doc, bad, data = _read_segment(seg, entry)
        if bad and entry is not None:  # the manifest's record may be the damaged part: try the file alone
            doc, bad, data = _read_segment(seg, None)
            if doc is not None:
                report.notes.append(M_("{name}: it does not match what the manifest recorded; its own content "
                                       "was used", name=seg.name))
        if doc is None:
            report.problems.append(M_("could not use {what}; the file was kept", what=bad))
            set_aside.append(seg.name)
            continue
        events_of: dict[str, int] = {}
        for ev in doc["events"].values():
            events_of[ev["article_id"]] = events_of.get(ev["article_id"], 0) + 1
        segments[str(len(segments) + 1)] = {"name": seg.name, "articles": len(doc["articles"]),
                                            "events": len(doc["events"]), "size": len(data),
                                            "crc": zlib.crc32(data)}
        for a in doc["articles"].values():  # segment files are sorted oldest first
            by_source[a["source"]] = {"id": a["id"], "source": a["source"], "segment": seg.name,
                                      "events": events_of.get(a["id"], 0)}
    articles: dict[str, Any] = {}
    ids: set[str] = set()
    for a in by_source.values():
        if a["id"] not in ids:
            ids.add(a["id"])
            articles[str(len(articles) + 1)] = a
    meta = next(iter(((old or {}).get("meta") or {}).values()), {}) if isinstance((old or {}).get("meta"), dict) \
        else {}
    generation = meta.get("generation") if isinstance(meta, dict) and isinstance(meta.get("generation"), int) else 0
    # a generation no cache was stamped with (the old count may be the damaged part)
    generation = max(generation + 1, int(time.time()))
    rebuilt = {"articles": articles, "segments": segments,
               "meta": {"1": {"app": APP, "schema": SCHEMA, "generation": generation, "set_aside": set_aside}}}
    kept = (old or {}).get("corrections")  # a reader's corrections are not in the segments: keep them
    if isinstance(kept, dict) and kept and all(isinstance(v, dict) for v in kept.values()):
        rebuilt["corrections"] = kept
    return rebuilt


def repair_store(path: str | Path) -> Report:
    from .cache import build_caches
    from .segments import Store
    from .storage import atomic_write_bytes

    store = Store(path)
    report = Report()
    if not store.path.exists() and not store.segment_files():
        report.problems.append(M_("no database at {path}; nothing to repair", path=store.path))
        return report
    with WriteLock(store.path):
        store._holding = True  # a migration tried on the way must not wait for this lock
        gone = store.remove_leftovers()
        if gone:
            report.notes.append(Mn_("removed {n} temporary file of dead hoptac processes",
                                    "removed {n} temporary files of dead hoptac processes", len(gone)))
        doc, why = _manifest(store)
        if doc is None or check_store_lines(store):
            try:
                raw = orjson.loads(read_regular(store.path)) if store.path.exists() else None
            except (StoreError, OSError, ValueError):
                raw = None
            new = _rebuild_manifest(store, raw if isinstance(raw, dict) else None, report)
            if store.path.exists() and store.path.stat().st_size:
                stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S")
                backup = store.path.with_name(f"{store.path.name}.repair-{stamp}.bak")
                shutil.copy2(store.path, backup)
                report.notes.append(M_("the old manifest was kept as {path}", path=backup))
            atomic_write_bytes(store.path, orjson.dumps(new))
            report.notes.append(M_("manifest rebuilt from {segments} segment files: {articles} articles ({why})",
                                   segments=len(new["segments"]), articles=len(new["articles"]), why=why) if why else
                                M_("manifest rebuilt from {segments} segment files: {articles} articles",
                                   segments=len(new["segments"]), articles=len(new["articles"])))
        else:
            report.notes.append(M_("manifest: sound, kept as it is"))
        store._storage = None
        store.reload()
        try:
            store._doc()
            build_caches(store)
            drop_people(store.dir)
            report.notes.append(M_("caches rebuilt from the store"))
        except (StoreError, OSError) as exc:
            report.problems.append(M_("could not rebuild the caches: {reason}", reason=message_of(exc)))
    return report


def drop_people(folder: Path) -> None:
    """Remove the people table (derived: made again, from the events, when next used)."""
    from .people import FILES as PEOPLE

    for name in PEOPLE:
        (folder / name).unlink(missing_ok=True)


def check_store_lines(store: Any) -> list[str]:
    """The problems :func:`check_store` finds in the manifest and segments (not caches)."""
    doc, why = _manifest(store)
    if why:
        return [M_("manifest: {why}", why=why)]
    entries = {s["name"]: s for s in doc.get("segments", {}).values()}
    lines = []
    listed = {a["id"]: a for a in doc.get("articles", {}).values()}
    for name, entry in entries.items():
        sdoc, bad, _ = _read_segment(store.dir / name, entry)
        if bad:
            lines.append(bad)
            continue
        held = {a["id"] for a in sdoc["articles"].values()}
        if any(a["segment"] == name and aid not in held for aid, a in listed.items()):
            lines.append(M_("the manifest places an article in {name}, which does not hold it", name=name))
    return lines
