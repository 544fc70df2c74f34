"""Scoring hoptac on a corpus folder (``python -m bench.corpus --score DIR``): ingest it
(or read a database), take each file's main event and compare it with truth.jsonl,
field by field, by how the article was written and by kind of mismatch."""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import orjson


def _load_events(db: Path) -> list[dict]:
    from hoptac.core.store.segments import Store
    return Store(db).events()


def score(folder: Path, db: Path | None) -> int:
    truth_path = folder / "truth.jsonl"
    if not truth_path.exists():
        print(f"{truth_path} not found (write a corpus first: python -m bench.corpus N {folder})", file=sys.stderr)
        return 2
    truths = [orjson.loads(x) for x in truth_path.read_bytes().splitlines() if x.strip()]
    t0 = time.perf_counter()
    if db is None:
        from hoptac.core.ingest import ingest_paths
        from hoptac.core.store.segments import Store
        with tempfile.TemporaryDirectory(prefix="hoptac-score-") as tmp:
            store = Store(Path(tmp) / "score.json")
            summary = ingest_paths(store, [folder])
            failed = summary.failed
            store.reload()
            events = store.events()
        print(f"ingested {len(summary.files)} files in {time.perf_counter() - t0:.1f} s "
              f"({len(failed)} failed, {len(events)} events)")
        for f in failed[:5]:
            print(f"  failed: {f.path}: {f.error}")
    else:
        events = _load_events(db)
        print(f"read {len(events)} events from {db}")
    by_file: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_file[Path(e.get("source", "")).name].append(e)

    fields = ["date", "date+end", "pair", "type", "location", "all three (date+pair+type)"]
    ok = Counter()
    mismatches: list[str] = []
    kinds = Counter()
    by_tag: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    no_main = 0
    for t in truths:
        evs = by_file.get(t["file"], [])
        mains = [e for e in evs if e.get("main")]
        m = mains[0] if mains else None
        if m is None:
            no_main += 1
        got = {
            "date": m.get("date") if m else None,
            "date_end": m.get("date_end") if m else None,
            "pair": sorted(m.get("pair") or []) if m else None,
            "type": m.get("type") if m else None,
            "location": m.get("location") if m else None,
        }
        res = {
            "date": got["date"] == t["date"],
            "date+end": got["date"] == t["date"] and got["date_end"] == t["date_end"],
            "pair": got["pair"] == sorted(t["pair"]),
            "type": got["type"] == t["type"],
            "location": got["location"] == t["location"],
        }
        res["all three (date+pair+type)"] = res["date"] and res["pair"] and res["type"]
        for f in fields:
            ok[f] += res[f]
        tags = t["tags"]
        for tag in ("year_source", "pair_kind", "date_form", "shape"):
            for f in ("date", "pair", "type", "location", "all three (date+pair+type)"):
                by_tag[tag][str(tags[tag])][f] += res[f]
            by_tag[tag][str(tags[tag])]["n"] += 1
        by_tag["type"][t["type"]]["n"] += 1
        for f in ("date", "pair", "type", "location", "all three (date+pair+type)"):
            by_tag["type"][t["type"]][f] += res[f]
        bad = [f for f in ("date", "pair", "type", "location") if not res[f]]
        if not res["date+end"] and res["date"]:
            bad.append("date_end")
        for f in bad:
            kinds[_mismatch_kind(f, t, got, m)] += 1
        if bad:
            exp = {"date": t["date"], "date_end": t["date_end"], "pair": t["pair"], "type": t["type"],
                   "location": t["location"]}
            detail = "; ".join(f"{f}: want {exp[f]!r} got {got[f]!r}" for f in bad)
            extra = f" [date_text {m.get('date_text')!r}]" if m else " [no main event]"
            mismatches.append(f"{t['file']}: {detail}{extra}  (truth: {tags['date_text']!r}, "
                              f"{tags['year_source']}, {tags['pair_kind']})")
    n = len(truths)
    print(f"\nmain-event accuracy on {n} articles ({folder}):")
    for f in fields:
        print(f"  {f:<28} {ok[f] / n:6.1%}  ({ok[f]}/{n})")
    print(f"  articles without a main event: {no_main}")
    for tag in ("year_source", "pair_kind", "type", "date_form"):
        print(f"\nby {tag}:  n   date   pair   type   loc    all3")
        for k, c in sorted(by_tag[tag].items(), key=lambda kv: -kv[1]["n"]):
            nn = c["n"]
            print(f"  {k:<30} {nn:4d} " + " ".join(f"{c[f] / nn:6.0%}" for f in
                                                     ("date", "pair", "type", "location", "all three (date+pair+type)")))
    print("\nkinds of mismatch (count):")
    for k, v in kinds.most_common():
        print(f"  {v:4d}  {k}")
    print(f"\nfirst {min(10, len(mismatches))} of {len(mismatches)} articles with a mismatch:")
    for line in mismatches[:10]:
        print("  " + line)
    return 0


def _mismatch_kind(field_: str, t: dict, got: dict, m: dict | None) -> str:
    if m is None:
        return "no main event"
    tags = t["tags"]
    if field_ == "date":
        g, w = got["date"] or "", t["date"]
        if not g:
            return "date: none"
        if w.startswith("--") and not g.startswith("--"):
            return "date: year guessed where the page gives none"
        if g.startswith("--") and not w.startswith("--"):
            return f"date: year not found (truth year from {tags['year_source']})"
        if g[4:] == w[4:]:
            return f"date: wrong year (truth from {tags['year_source']})"
        if g[:4] == w[:4] or g.startswith("--"):
            return "date: wrong day/month (another date of the page?)"
        return "date: another date entirely"
    if field_ == "date_end":
        return "date_end: " + ("missed range" if t["date_end"] and not got["date_end"] else
                               "spurious range" if got["date_end"] and not t["date_end"] else "wrong end")
    if field_ == "pair":
        gp, wp = set(got["pair"] or []), set(t["pair"])
        if not gp:
            return f"pair: none ({tags['pair_kind']})"
        if len(gp & wp) == 1:
            return f"pair: one partner wrong ({tags['pair_kind']})"
        return f"pair: both wrong ({tags['pair_kind']})"
    if field_ == "type":
        return f"type: {t['type']} read as {got['type']}"
    if field_ == "location":
        if got["location"] is None:
            return "location: none"
        if got["location"] in t["pair"]:
            return "location: the other partner"
        return "location: a third place"
    return field_
