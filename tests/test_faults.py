"""The database survives kill -9 mid-write and two writers at once."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import orjson

from hoptac.core.store.segments import Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the fault helpers are shared with bench/robustness.py

from bench.faults import WRITER, check_consistent, kill_round, make_corpus, two_writers  # noqa: E402


def test_kill_minus_nine_at_random_moments(tmp_path: Path) -> None:
    """20 rounds: let the writer store k articles (k random), wait a random few
    milliseconds more — so the kill lands while it reads, extracts, writes a segment,
    the manifest or the caches — then SIGKILL it; the database opens, holds every
    article reported written, each whole, and its caches agree with it."""
    corpus = make_corpus(tmp_path / "corpus", 40)
    rng = random.Random(20261121)
    for round_ in range(20):
        k = rng.randint(1, 20)
        n_articles, _ = kill_round(tmp_path, rng, k, corpus, tmp_path / f"db{round_}.json")
        assert k <= n_articles <= len(corpus)


def test_two_writers_lose_no_update(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    assert two_writers(tmp_path, 6, db) == 12
    sources = {Path(x["source"]).name for x in Store(db).articles()}
    assert len(sources) == 12 and {s[0] for s in sources} == {"a", "b"}


def test_a_waiting_writer_says_so(tmp_path: Path) -> None:
    from hoptac.core.store.storage import WriteLock

    said: list[str] = []
    with WriteLock(tmp_path / "db.json"):
        proc = subprocess.Popen([sys.executable, "-c", (
            "import sys; from pathlib import Path; from hoptac.core.store.storage import WriteLock\n"
            f"with WriteLock(Path({str(tmp_path / 'db.json')!r}), on_wait=lambda m: print(m, flush=True), patience=0.2):\n"
            "    print('got it', flush=True)\n")], stdout=subprocess.PIPE, text=True)
        time.sleep(1.0)
        assert proc.poll() is None  # it waits while the lock is held
    out, _ = proc.communicate(timeout=30)
    said = out.splitlines()
    assert said[0].startswith("waiting for another hoptac process") and said[-1] == "got it"


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
