"""The database survives kill -9 mid-write and two writers at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from hoptac.core.library import Library
from hoptac.core.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# A writer that stores one article per write, many times, so that kills land
# in every phase: reading, extracting, writing the temporary file, renaming.
WRITER = """
import sys
from pathlib import Path
from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store import Store
db = Path(sys.argv[1])
for i, p in enumerate(sys.argv[2:], 1):
    ingest_paths(Store(db), [p], workers=1)
    print("wrote", i, flush=True)  # after the rename: durable
print("done", flush=True)
"""


def make_corpus(folder: Path, n: int, tag: str = "") -> list[Path]:
    """n distinct articles: the seeds with the lead's day changed and a marker line."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        seed = SEEDS[i % len(SEEDS)]
        text = seed.read_text(encoding="utf-8") + f"\n\nBản sao {tag}{i}\n"
        path = folder / f"{tag}{i:03d}_{seed.name}"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def check_consistent(db: Path) -> tuple[int, int]:
    """The file opens; every event belongs to a stored article and every article
    has all of its events (an article is never half stored)."""
    store = Store(db)
    articles = {a["id"]: a for a in store.articles()}
    events = store.events()
    by_article: dict[str, int] = {}
    for e in events:
        assert e["article_id"] in articles, "an event without its article"
        by_article[e["article_id"]] = by_article.get(e["article_id"], 0) + 1
    for aid, art in articles.items():
        assert by_article.get(aid, 0) >= 1, f"article {art['source']} stored without its events"
    return len(articles), len(events)


def test_kill_minus_nine_at_random_moments(tmp_path: Path) -> None:
    """20 rounds: let the writer store k articles (k random), wait a random few
    milliseconds more — so the kill lands while it reads, extracts, writes the
    temporary file or renames it — then SIGKILL it and open the database."""
    corpus = make_corpus(tmp_path / "corpus", 40)
    rng = random.Random(20261121)
    rounds = 20
    for round_ in range(rounds):
        db = tmp_path / f"db{round_}.json"
        k = rng.randint(1, 20)
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), *map(str, corpus)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for _ in range(k):
            line = proc.stdout.readline()
            assert line.startswith("wrote"), proc.stderr.read() if proc.stderr else line
        time.sleep(rng.uniform(0, 0.03))
        assert proc.poll() is None, "the writer finished before the kill"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        n_articles, n_events = check_consistent(db)
        # everything reported written survived, and nothing beyond the corpus
        assert k <= n_articles <= len(corpus)
        # the caches (perhaps killed mid-update) never disagree with the store
        assert len(Library.open(db).index) == n_events
        for p in tmp_path.iterdir():
            if p.name.startswith(f".db{round_}.json."):
                assert p.name.endswith(".tmp")  # a killed writer's leftover, never the database


def test_two_writers_lose_no_update(tmp_path: Path) -> None:
    a = make_corpus(tmp_path / "a", 6, tag="a")
    b = make_corpus(tmp_path / "b", 6, tag="b")
    db = tmp_path / "db.json"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db), *map(str, files)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for files in (a, b)
    ]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    n_articles, _ = check_consistent(db)
    assert n_articles == 12
    sources = {Path(x["source"]).name for x in Store(db).articles()}
    assert sources == {p.name for p in a + b}


def test_a_reader_never_sees_a_partial_file(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 8)
    db = tmp_path / "db.json"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), *map(str, corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reads = 0
    while proc.poll() is None:
        if db.exists():
            orjson.loads(db.read_bytes())  # must always parse
            reads += 1
        time.sleep(0.005)
    assert proc.returncode == 0
    assert reads > 0
    assert check_consistent(db)[0] == 8
