"""Fault rounds a reviewer can rerun: kill -9 in the middle of writes, and two writers
at once on one database. ``python -m bench.robustness`` runs them after its own rounds;
``tests/test_faults.py`` runs the same helpers with assertions.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from hoptac.core.library import Library, seed_paths
from hoptac.core.store.segments import Store

# A writer that stores one article per write, many times, so that kills land in every
# phase: reading, extracting, writing a segment, the manifest, growing the caches.
WRITER = """
import sys
from pathlib import Path
from hoptac.core.ingest import ingest_paths
from hoptac.core.store.segments import Store
db = Path(sys.argv[1])
for i, p in enumerate(sys.argv[2:], 1):
    ingest_paths(Store(db), [p], workers=1)
    print("wrote", i, flush=True)  # after the renames: durable
print("done", flush=True)
"""


def make_corpus(folder: Path, n: int, tag: str = "") -> list[Path]:
    """n distinct articles: the seeds, each with a marker line that makes it new."""
    seeds = seed_paths()
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        path = folder / f"{tag}{i:03d}_{seed.name}"
        path.write_text(seed.read_text(encoding="utf-8") + f"\n\nBản sao {tag}{i}\n", encoding="utf-8")
        out.append(path)
    return out


def check_consistent(db: Path) -> tuple[int, int]:
    """The database opens; every event belongs to a stored article, every article has
    all of its events; the caches agree with the store. Returns (articles, events)."""
    store = Store(db)
    articles = {a["id"]: a for a in store.articles()}
    events = store.events()
    counts: dict[str, int] = {}
    for e in events:
        if e["article_id"] not in articles:
            raise AssertionError("an event without its article")
        counts[e["article_id"]] = counts.get(e["article_id"], 0) + 1
    for aid, art in articles.items():
        if counts.get(aid, 0) < 1:
            raise AssertionError(f"article {art['source']} stored without its events")
    if len(Library.open(db).index) != len(events):
        raise AssertionError("the caches disagree with the store")
    return len(articles), len(events)


def kill_round(folder: Path, rng: random.Random, k: int, corpus: list[Path], db: Path) -> tuple[int, int]:
    """Let a writer store ``k`` articles, wait a random few ms more, kill -9 it, check."""
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), *map(str, corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(k):
        line = proc.stdout.readline()
        if not line.startswith("wrote"):
            raise AssertionError(f"the writer failed: {proc.stderr.read() if proc.stderr else line}")
    time.sleep(rng.uniform(0, 0.03))
    if proc.poll() is not None:
        raise AssertionError("the writer finished before the kill")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    n_articles, n_events = check_consistent(db)
    if not k <= n_articles <= len(corpus):
        raise AssertionError(f"{k} articles were reported written, {n_articles} are stored")
    return n_articles, n_events


def two_writers(folder: Path, n_each: int, db: Path) -> int:
    """Two processes ingest different files into one database at once; returns how many
    articles are stored (both batches, when nothing was lost)."""
    a = make_corpus(folder / "a", n_each, tag="a")
    b = make_corpus(folder / "b", n_each, tag="b")
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), *map(str, files)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for files in (a, b)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        if p.returncode != 0:
            raise AssertionError(err.decode())
    return check_consistent(db)[0]


def round_kills(tmp: Path, rounds: int = 20, seed: int = 20261121) -> tuple[bool, list[str]]:
    rng = random.Random(seed)
    corpus = make_corpus(tmp / "kill-corpus", 40)
    lines = [f"kill -9 during ingest: {rounds} rounds"]
    ok = True
    for r in range(rounds):
        k = rng.randint(1, 20)
        try:
            n_articles, n_events = kill_round(tmp, rng, k, corpus, tmp / f"kill{r}.json")
            lines.append(f"  round {r + 1}: killed after {k} writes; opens, {n_articles} articles, {n_events} events, consistent")
        except AssertionError as exc:
            ok = False
            lines.append(f"  round {r + 1}: PROBLEM: {exc}")
    return ok, lines


def round_writers(tmp: Path, rounds: int = 3, n_each: int = 6) -> tuple[bool, list[str]]:
    lines = [f"two writers at once: {rounds} rounds of {n_each} + {n_each} articles"]
    ok = True
    for r in range(rounds):
        try:
            stored = two_writers(tmp / f"writers{r}", n_each, tmp / f"writers{r}.json")
            good = stored == 2 * n_each
            ok &= good
            lines.append(f"  round {r + 1}: {stored} of {2 * n_each} articles stored" + ("" if good else " — LOST UPDATES"))
        except AssertionError as exc:
            ok = False
            lines.append(f"  round {r + 1}: PROBLEM: {exc}")
    return ok, lines
