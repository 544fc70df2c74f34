"""An ingest that is killed or interrupted (issue 10, items 8 and 9): its extraction workers
end with it, whatever the signal; what it finished is stored, it says so, and running it
again continues where it stopped."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import hoptac.core.ingest as ingest
from hoptac.core.ingest import IngestInterrupted, ingest_paths
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the kill helpers are shared with bench/robustness.py

from bench.faults import check_consistent, make_corpus  # noqa: E402
from bench.kills import kill_ingest  # noqa: E402
from seed_copies import interrupt_at  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    # enough files for a process pool (PARALLEL_FROM) and for the kill to land mid-way
    return make_corpus(tmp_path_factory.mktemp("corpus"), 240, tag="k")


def _kill_midway(tmp_path: Path, sig: str, corpus: list[Path], seed: str):
    """A kill that lands while the ingest runs. Whether it does is a race with the
    machine's load (a fast run may store every batch, or be ending, when the signal
    comes): such a round proves nothing either way, so it is run again, up to five times."""
    res = None
    for attempt in range(5):
        res = kill_ingest(tmp_path / f"round{attempt}", sig, corpus, rng=random.Random(f"{seed}-{attempt}"))
        landed = 0 < res.articles < len(corpus) and not res.problem
        if landed and (sig == "KILL" or res.exit_code == 130):
            break
        if sig == "KILL" and res.articles == 0 and not res.problem:
            break  # killed before the first batch: still a fair round for KILL
    return res


@pytest.mark.parametrize("sig", ["KILL", "TERM", "HUP", "INT"])
def test_no_worker_outlives_a_killed_ingest(tmp_path: Path, corpus: list[Path], sig: str) -> None:
    res = _kill_midway(tmp_path, sig, corpus, sig)
    assert res.workers >= 2, res.line()      # the pool was running when the signal came
    assert res.left_alive == [], res.line()  # … and none of its processes is left
    assert res.store_opens and not res.problem, res.line()
    if sig != "KILL":
        # TERM, HUP (a dropped session) and INT (Ctrl+C) end it like an interrupt: the
        # batches it finished are stored, it says so, nothing is left half-written
        assert res.exit_code == 130, res.line()
        assert res.said.startswith("interrupted after") and "run the same command again" in res.said.lower()
        assert res.articles > 0 and res.temp_left == [], res.line()


def test_a_rerun_after_an_interrupt_continues(tmp_path: Path, corpus: list[Path]) -> None:
    res = _kill_midway(tmp_path, "TERM", corpus, "7")
    assert res.db is not None and 0 < res.articles < len(corpus), res.line()
    result = CliRunner().invoke(main, ["ingest", "-j", "1", "--db", str(res.db), *map(str, corpus)])
    assert result.exit_code == 0, result.output
    assert (f"{len(corpus)} files: {len(corpus) - res.articles} new, {res.articles} unchanged"
            in result.output), result.output
    assert check_consistent(res.db)[0] == len(corpus)


def test_interrupt_stores_finished_batches_and_the_rerun_skips_them(tmp_path: Path, monkeypatch) -> None:
    files = make_corpus(tmp_path / "in", 20, tag="b")
    db = tmp_path / "db.json"
    monkeypatch.setattr(ingest, "BATCH_FILES", 5)
    stop_at_twelve, _ = interrupt_at(12)
    with pytest.raises(IngestInterrupted) as info:
        ingest_paths(Store(db), files, on_progress=stop_at_twelve, workers=1)
    summary = info.value.summary
    assert summary.interrupted and summary.total == 20 and summary.commits >= 2
    # the eleven files finished before Ctrl+C are stored, whole, with their events
    assert summary.count("new") == 11 and len(summary.files) == 11
    assert check_consistent(db)[0] == 11

    extracted = []
    real = ingest.parse_article
    monkeypatch.setattr(ingest, "parse_article", lambda text: extracted.append(1) or real(text))
    again = ingest_paths(Store(db), files, workers=1)
    assert (again.count("unchanged"), again.count("new")) == (11, 9)
    assert len(extracted) == 9  # what was stored is not extracted again
    assert check_consistent(db)[0] == 20


@pytest.fixture
def ctrl_c_as_in_a_terminal():
    """A run started in the background (a shell's `&`, nohup) ignores SIGINT, and Python then
    sets no handler: the test's own Ctrl+C would be lost. Interactive, as a user runs it."""
    import signal
    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


@pytest.mark.usefixtures("ctrl_c_as_in_a_terminal")
def test_a_second_ctrl_c_ends_a_wait_for_another_writer(tmp_path: Path) -> None:
    """The first Ctrl+C asks for a clean stop; while the ingest waits for another process's
    write lock, the second one ends the wait at once: nothing of the batch is stored, the
    summary says so, the store is as it was."""
    import os
    import signal
    import subprocess

    files = make_corpus(tmp_path / "in", 3, tag="w")
    db = tmp_path / "db.json"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom filelock import FileLock\nlock = FileLock(sys.argv[1])\nlock.acquire()\n"
        "print('held', flush=True)\ntime.sleep(60)\n"), str(db) + ".lock"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        waits = []

        def on_wait(message: str) -> None:  # the ingest is waiting for the lock: Ctrl+C, twice
            waits.append(message)
            os.kill(os.getpid(), signal.SIGINT)
            os.kill(os.getpid(), signal.SIGINT)

        with pytest.raises(IngestInterrupted) as info:
            ingest_paths(Store(db), files, on_wait=on_wait, workers=1)
    finally:
        holder.kill()
        holder.wait()
    assert waits and "waiting for another hoptac process" in waits[0]
    summary = info.value.summary
    assert summary.interrupted and summary.count("new") == 0 and summary.commits == 0
    assert not Store(db).exists or Store(db).counts() == (0, 0)
