"""A large hoptac database written directly, without extraction, to test scale.

    python -m bench.events N --db PATH [--seed S]

Writes N events (about 3-6 per article, so roughly N/4.5 articles) in exactly the
layout ``hoptac.core.store.segments.Store`` produces (schema 3, ``SCHEMA``): a TinyDB manifest and TinyDB
segment files in ``PATH.d/`` with ``articles`` and ``events`` tables, keyed by string
doc ids "1", "2", ... Records have the fields of the design's event record
and of ingest's article record; each event's ``snippet`` is a sentence of its
article's ``text`` at ``span``, the article id is the content hash hoptac uses, and
dates, parties and pairs are consistent (pair = the first two parties' provinces,
sorted; pair_2025 from the gazetteer's 2025 map).

Blocks of articles are generated in worker processes, each written as one segment
(atomically, with the store's own ``atomic_write_bytes``); the manifest is written
last. Memory stays small whatever N is. The derived caches are then built (as the
first ``hoptac`` would), unless ``--no-cache``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import time
from pathlib import Path
from typing import Iterator

from hoptac.core.store.storage import AtomicJSONStorage, atomic_write_bytes
from hoptac.core.store.packed import PackedItem, pack, segment_json
from hoptac.core.store.segments import APP, SCHEMA

from .events_parts import (
    BODY_FILLER, Gazetteer, MAIN_TYPE_CUM, PREFIXES, SECTORS, TAILS, TITLES, TITLE_FORMS, TYPES,
    TYPE_CUM, YEARS, YEAR_CUM, _DAYS, _R, _YEAR_START, _date_text, _iso, _person, _snippet,
    _weighted
)

_GAZ: Gazetteer | None = None


def generate(ks: list[int], seed: int, block: int = 0) -> Iterator[tuple[dict, list[dict]]]:
    """(article, events) pairs, one article per entry of ``ks`` (its number of events);
    deterministic from (ks, seed, block)."""
    global _GAZ
    if _GAZ is None:
        _GAZ = Gazetteer()
    g = _GAZ
    r = _R(f"hoptac-events:{seed}:{block}")
    rnd = r.rnd
    for art_no, k in enumerate(ks, 1):
        a = g.party(r.rng)
        b = g.party(r.rng)
        while b[2] == a[2]:
            b = g.party(r.rng)
        year = _weighted(r, YEARS, YEAR_CUM)
        # districts were abolished on 1 July 2025: keep district-level parties before that
        span_days = 364 if year < 2025 else (180 if (a[1] in ("huyện", "quận", "thị xã") or b[1] in ("huyện", "quận", "thị xã")) else 350)
        main_ix = _YEAR_START[year] + r.below(span_days + 1)
        x = rnd()
        main_source = "stated" if x < 0.35 else "published" if x < 0.70 else "context" if x < 0.94 else "unknown"
        published = None
        if main_source == "published" or rnd() < 0.3:
            pd = _DAYS[main_ix + r.below(4)]
            published = f"{pd.isoformat()}T{r.between(6, 22):02d}:{r.below(60):02d}"
        main_type = _weighted(r, TYPES, MAIN_TYPE_CUM)
        a_s, b_s = a[3], b[3]
        title = r.pick(TITLE_FORMS).format(A=a_s[0].upper() + a_s[1:], a=a_s, b=b_s, an=a[0], bn=b[0])
        ta = TITLES["foreign" if a in g.foreign_set else a[1]]
        tb = TITLES["foreign" if b in g.foreign_set else b[1]]
        people_a = [(_person(r), f"{t} {a[0]}") for t in r.rng.sample(ta, 1 + r.below(len(ta)))]
        people_b = [(_person(r), f"{t} {b[0]}") for t in r.rng.sample(tb, r.below(len(tb) + 1))]

        # the events of this article: the main one first (in the lead), then older ones
        evs_plan = []
        for j in range(k):
            if j == 0:
                d_ix, source, etype, precision = main_ix, main_source, main_type, "day"
            else:
                d_ix = max(_YEAR_START[2000], main_ix - r.between(30, 365 * 8))
                x = rnd()
                source = "stated" if x < 0.8 else "context" if x < 0.93 else "unknown"
                etype = _weighted(r, TYPES, TYPE_CUM)
                x = rnd()
                precision = "day" if x < 0.85 or source == "unknown" else "month" if x < 0.97 else "year"
            end = None
            if precision == "day" and rnd() < 0.08:
                end = _DAYS[d_ix + r.between(1, 3)]
            third = None
            if rnd() < 0.02:
                third = g.party(r.rng)
                if third[2] in (a[2], b[2]):
                    third = None
            evs_plan.append((_DAYS[d_ix], source, etype, precision, end, third))

        # ---- the article text, with each event's sentence at a known span --------------
        pieces: list[str] = [title, "\n\n"]
        pos = len(title) + 2
        body_start = pos
        spans = []
        target = r.between(1500, 4400)  # characters: about 2-6 KB of UTF-8
        s1, s2, s3 = r.rng.sample(SECTORS, 3)
        person0 = people_b[0][0] if people_b else people_a[0][0]
        n1, m1, p1 = r.between(2, 60), r.between(100, 999), r.between(3, 25)
        start_f = r.below(len(BODY_FILLER))
        fi = 0

        def filler(i: int) -> str:
            return BODY_FILLER[(start_f + i) % len(BODY_FILLER)].format(
                ev="hội nghị", a=a[0], b=b[0], s1=s1, s2=s2, s3=s3, person=person0, n=n1 + i, m=m1, p=p1)

        for j, (d, source, etype, precision, end, third) in enumerate(evs_plan):
            dtext = _date_text(r, d, source, precision, end)
            loc = (a_s, b_s, None)[r.below(3)] if etype != "visit" else None
            person = people_a[0] if j == 0 and etype == "visit" else None
            snip = _snippet(r, etype, dtext, a_s, b_s, third[3] if third else None, loc, person)
            if j == 0 and rnd() < 0.3:
                snip = r.pick(PREFIXES) + snip
            spans.append((pos, pos + len(snip), snip, dtext, loc))
            pieces.append(snip)
            pieces.append("\n\n")
            pos += len(snip) + 2
            for _ in range(1 + r.below(2)):   # filler paragraphs between events
                if pos - body_start > target * (j + 1) / k:
                    break
                f = filler(fi)
                fi += 1
                pieces.append(f)
                pieces.append("\n\n")
                pos += len(f) + 2
        while pos - body_start < target:
            f = filler(fi)
            fi += 1
            pieces.append(f)
            pieces.append("\n\n")
            pos += len(f) + 2
        body_end = pos
        pieces.append(r.pick(TAILS))
        text = "".join(pieces)
        aid = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        source_path = f"bench/synthetic/{block:05d}/{art_no:05d}.txt"
        article = {
            "id": aid,
            "source": source_path,
            "title": title,
            "published": published,
            "body_span": [body_start, body_end],
            "title_span": [0, len(title)],
            "boilerplate": [[body_end, len(text)]],
            "text": text,
            "warnings": [],
        }
        pa = {"name": a[0], "level": a[1], "province": a[2]}
        pb = {"name": b[0], "level": b[1], "province": b[2]}
        pair = sorted([a[2], b[2]])
        pair_s = ",".join(pair)
        p25 = sorted({g.to2025[a[2]], g.to2025[b[2]]})
        all_people = [{"name": nm, "title": t} for nm, t in (people_a + people_b)]
        events = []
        for j in range(k):
            d, source, etype, precision, end, third = evs_plan[j]
            s0, e0, snip, dtext, loc = spans[j]
            parties = [pa, pb] if third is None else [pa, pb, {"name": third[0], "level": third[1], "province": third[2]}]
            unknown = source == "unknown"
            date = _iso(d, precision, unknown)
            if etype == "visit":
                loc_prov = b[2]
            else:
                loc_prov = None if loc is None else (a[2] if loc is a_s else b[2])
            eid = hashlib.sha1(f"{aid}|{date}|{etype}|{pair_s}|{s0}".encode()).hexdigest()[:16]
            events.append({
                "id": eid,
                "article_id": aid,
                "source": source_path,
                "title": title,
                "date": date,
                "date_end": _iso(end, "day", unknown) if end else None,
                "precision": precision,
                "year_inferred": source != "stated",
                "year_source": source,
                "date_text": dtext,
                "type": etype,
                "main": j == 0,
                "parties": parties,
                "pair": pair,
                "pair_2025": p25,
                "location": loc_prov,
                "people": all_people if j == 0 else [],
                "sectors": [s1, s2, s3] if j == 0 else [s1, s2, s3][: r.below(4)],
                "snippet": snip,
                "span": [s0, e0],
            })
        yield article, events


ARTICLES_PER_BLOCK = 4000   # the unit of work (one worker call) and of determinism


def plan(n_events: int, seed: int) -> list[int]:
    """Events per article (3-6; the last one trimmed so the total is exactly n_events)."""
    rnd = random.Random(f"hoptac-events-plan:{seed}").random
    ks: list[int] = []
    total = 0
    while total < n_events:
        k = min(3 + int(rnd() * 4), n_events - total)
        ks.append(k)
        total += k
    return ks


def make_block(args: tuple[list[int], int, int, str]) -> list[tuple[str, str, int]]:
    """Write one block's articles and events as one segment file (a TinyDB document with
    ``articles`` and ``events`` tables) in ``folder``; returns the block's
    (article id, source, events) for the manifest."""
    ks, seed, block, folder = args
    items: list[PackedItem] = []
    listed: list[tuple[str, str, int]] = []
    for article, events in generate(ks, seed, block):
        items.append(pack(article, events))
        listed.append((article["id"], article["source"], len(events)))
    body = segment_json(items)   # as the store writes a segment (its articles without the sentences quoted)
    atomic_write_bytes(Path(folder) / f"seg-{block + 1:06d}.json", body)
    return listed


def write_db(path: Path, n_events: int, seed: int, workers: int | None = None) -> tuple[int, int]:
    """Write the database to ``path``; returns (articles, events).

    The layout is the store's (``hoptac.core.store.segments``, schema 3): one segment file per
    block of articles in ``PATH.d/`` (written by worker processes when there are several
    cores), then the manifest that lists them, written atomically last. The result
    depends on (n_events, seed) only, not on the number of processes."""
    import shutil

    path.parent.mkdir(parents=True, exist_ok=True)
    folder = path.with_name(path.name + ".d")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    ks = plan(n_events, seed)
    jobs = [(ks[i: i + ARTICLES_PER_BLOCK], seed, block, str(folder))
            for block, i in enumerate(range(0, len(ks), ARTICLES_PER_BLOCK))]
    workers = max(1, min(len(jobs), workers if workers is not None else (os.cpu_count() or 1)))
    pool = None
    if workers > 1:
        import multiprocessing as mp
        pool = mp.get_context("fork" if sys.platform != "win32" else "spawn").Pool(workers)
        results = pool.imap(make_block, jobs)
    else:
        results = map(make_block, jobs)
    segments: dict[str, dict] = {}
    articles: dict[str, dict] = {}
    n_ev = 0
    try:
        for job, listed in zip(jobs, results):
            name = f"seg-{job[2] + 1:06d}.json"
            segments[str(len(segments) + 1)] = {"name": name, "articles": len(listed),
                                                "events": sum(k for _, _, k in listed)}
            for aid, source, k in listed:
                articles[str(len(articles) + 1)] = {"id": aid, "source": source, "segment": name, "events": k}
                n_ev += k
    finally:
        if pool is not None:
            pool.terminate()
    manifest = {"meta": {"1": {"app": APP, "schema": SCHEMA, "generation": 1}},
                "segments": segments, "articles": articles}
    AtomicJSONStorage(path, checksum=True).write(manifest)  # with its CRC-32 head, as the store writes it
    return len(articles), n_ev


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.events", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="how many events")
    ap.add_argument("--db", type=Path, required=True, help="the database file to write (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=None, help="processes (default: one per core)")
    ap.add_argument("--no-cache", action="store_true", help="do not build the derived caches (the first open will)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    if args.db.is_dir():
        ap.error(f"{args.db} is a folder")
    t0 = time.perf_counter()
    n_art, n_ev = write_db(args.db, args.n, args.seed, args.workers)
    took = time.perf_counter() - t0
    folder = args.db.with_name(args.db.name + ".d")
    size = args.db.stat().st_size + sum(p.stat().st_size for p in folder.glob("seg-*.json"))
    print(f"wrote {n_ev:,} events from {n_art:,} articles to {args.db} in {took:.1f} s "
          f"({n_ev / took:,.0f} events/s); {size / 1e6:,.1f} MB with its segments")
    if not args.no_cache:
        from hoptac.core.store.cache import build_caches
        from hoptac.core.store.segments import Store

        t0 = time.perf_counter()
        build_caches(Store(args.db))
        print(f"built the caches in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
