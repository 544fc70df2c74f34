"""Kill rounds a reviewer can rerun: ``hoptac ingest`` and ``hoptac export`` (the real command
line, in a subprocess) killed by SIGKILL, SIGTERM, SIGHUP and SIGINT at random moments.

After each kill: does the database open (and agree with its caches), is any process of the
killed command still alive (the ingest's extraction workers above all), is any temporary
file left — and once the next writer ran (``hoptac check``, the next export), still? ``python -m bench.robustness`` prints the counts; ``tests/test_ingest_signals.py``
runs the same helpers with assertions. Linux: processes are found through ``/proc``.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .faults import check_consistent, make_corpus

SIGNALS = {"KILL": signal.SIGKILL, "TERM": signal.SIGTERM, "HUP": signal.SIGHUP, "INT": signal.SIGINT}
DEADLINE = 30.0

# the command line, with smaller batches so that a kill lands after some were stored
# The command as a terminal starts it: a shell's `&` (a test run in the background, nohup)
# starts its children with Ctrl+C ignored, and Python then installs no handler for it.
CLI = """
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
import hoptac.core.ingest as ingest
ingest.BATCH_FILES = int(sys.argv[1])
from hoptac.tui.cli import main
main(sys.argv[2:], prog_name="hoptac")
"""


def children_of(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    out = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rindex(b")") + 2:].split()
        if int(fields[1]) == pid and fields[0] != b"Z":
            out.append(int(entry.name))
    return out


def alive(pid: int) -> bool:
    """A process that exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return False
    return stat[stat.rindex(b")") + 2:].split()[0] != b"Z"


def wait_gone(pids: list[int], deadline: float = DEADLINE) -> list[int]:
    """The pids still alive when they are all gone or the deadline passes."""
    end = time.monotonic() + deadline
    left = [p for p in pids if alive(p)]
    while left and time.monotonic() < end:
        time.sleep(0.05)
        left = [p for p in left if alive(p)]
    return left


def temp_files(*folders: Path) -> list[str]:
    """Files a writer makes aside before renaming them into place."""
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p.name for p in folder.iterdir()
                      if p.name.endswith((".tmp", ".build"))]
    return sorted(found)


@dataclass
class KillResult:
    command: str
    signal: str
    exit_code: int | None = None
    workers: int = 0                  # worker processes seen before the kill
    left_alive: list[int] = field(default_factory=list)
    store_opens: bool = False
    articles: int = 0
    temp_left: list[str] = field(default_factory=list)
    temp_after_next: list[str] = field(default_factory=list)  # once the next writer ran
    said: str = ""                    # the last line on standard error
    problem: str = ""
    db: Path | None = None

    def line(self) -> str:
        what = (f"{self.command:6} {self.signal:4}: exit {self.exit_code}, {self.workers} workers seen, "
                f"{len(self.left_alive)} processes left, store {'opens' if self.store_opens else 'DOES NOT OPEN'} "
                f"({self.articles} articles), {len(self.temp_left)} temp files left, "
                f"{len(self.temp_after_next)} after the next writer")
        return what + (f" — {self.problem}" if self.problem else "")


def send(proc: subprocess.Popen[bytes], sig: str) -> None:
    """INT and HUP as a terminal sends them (Ctrl+C, a closed window or a dropped SSH
    session): to the whole process group. TERM and KILL as ``kill`` does: to the command."""
    try:
        if sig in ("INT", "HUP"):
            os.killpg(proc.pid, SIGNALS[sig])
        else:
            os.kill(proc.pid, SIGNALS[sig])
    except ProcessLookupError:
        pass  # it had ended: the caller says so


def _spawn(args: list[str], batch: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, COLUMNS="200")
    env.pop("HOPTAC_DB", None)
    return subprocess.Popen([sys.executable, "-c", CLI, str(batch), *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, start_new_session=True)


def kill_ingest(tmp: Path, sig: str, corpus: list[Path], *, jobs: int = 2, batch: int = 20,
                rng: random.Random | None = None) -> KillResult:
    """Ingest ``corpus`` into a new database; once its workers run and a batch or so is
    stored (a random moment), send ``sig``; then check."""
    rng = rng or random.Random(0)
    db = tmp / f"ingest-{sig}-{rng.randrange(10**6)}" / "db.json"
    db.parent.mkdir(parents=True)
    res = KillResult("ingest", sig, db=db)
    proc = _spawn(["ingest", "-q", "-j", str(jobs), "--db", str(db), *map(str, corpus)], batch)
    end = time.monotonic() + DEADLINE
    workers: list[int] = []
    seen_at = None
    while time.monotonic() < end and proc.poll() is None:
        workers = children_of(proc.pid)
        if len(workers) >= jobs:
            seen_at = seen_at or time.monotonic()
            # a batch stored: wait for it however loaded the machine is (a fixed few
            # seconds made the kill land before the first batch on a busy machine)
            if _stored(db):
                break
        time.sleep(0.01)
    time.sleep(rng.uniform(0, 0.3))
    workers = sorted(set(workers) | set(children_of(proc.pid)))
    res.workers = len(workers)
    if proc.poll() is not None:
        res.problem = "the ingest ended before the kill"
    send(proc, sig)
    err = _finish(proc, res, workers)
    res.said = (err.strip().splitlines() or [""])[-1]
    if "Traceback" in err:
        res.problem = "a traceback: " + err[-400:]
    _check_store(res, db)
    if db.exists():
        # the next command on the store: `hoptac check` verifies it whole and removes
        # what dead writers left
        done = _spawn(["check", "--db", str(db)], 1)
        _, check_err = done.communicate(timeout=DEADLINE * 4)
        if done.returncode != 0:
            res.problem = res.problem or "hoptac check: " + check_err.decode("utf-8", "replace").strip()[-300:]
    res.temp_after_next = temp_files(db.parent, db.with_name(db.name + ".d"))
    return res


def _finish(proc: subprocess.Popen[bytes], res: KillResult, workers: list[int]) -> str:
    """Wait for the command to end, count its processes still alive (then end them: the
    next round must not see them), and return what it wrote on standard error."""
    try:
        proc.wait(timeout=DEADLINE)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        res.problem = f"the {res.command} did not end after the signal"
    res.exit_code = proc.returncode
    res.left_alive = wait_gone(workers)
    for pid in res.left_alive:  # they would hold the pipe below open for good
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert proc.stderr is not None
    return proc.stderr.read().decode("utf-8", "replace")


def kill_export(tmp: Path, sig: str, db: Path, *, rng: random.Random | None = None) -> KillResult:
    """Export every event of ``db`` to a file; send ``sig`` at a random moment of the write."""
    rng = rng or random.Random(0)
    out_dir = tmp / f"export-{sig}-{rng.randrange(10**6)}"
    out_dir.mkdir(parents=True)
    out = out_dir / "all.json"
    res = KillResult("export", sig)
    proc = _spawn(["export", "--db", str(db), "-o", str(out)], 1)
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end and proc.poll() is None and not any(out_dir.iterdir()):
        time.sleep(0.005)  # the export has started writing its file aside
    time.sleep(rng.uniform(0, 0.05))
    res.workers = len(children_of(proc.pid))
    if proc.poll() is not None:
        res.problem = "the export ended before the kill"
    send(proc, sig)
    text = _finish(proc, res, children_of(proc.pid) if proc.poll() is None else [])
    res.said = (text.strip().splitlines() or [""])[-1]
    if "Traceback" in text:
        res.problem = "a traceback: " + text[-400:]
    if out.exists():
        import orjson

        try:
            orjson.loads(out.read_bytes())
        except orjson.JSONDecodeError:
            res.problem = "a half-written export"
    res.temp_left = temp_files(out_dir)
    _check_store(res, db, temp=False)
    again = _spawn(["export", "--db", str(db), "-o", str(out)], 1)  # the next export there
    _, again_err = again.communicate(timeout=DEADLINE * 4)
    if again.returncode != 0:
        res.problem = res.problem or "the next export: " + again_err.decode("utf-8", "replace").strip()[-300:]
    res.temp_after_next = temp_files(out_dir)
    return res


def _stored(db: Path) -> int:
    """Articles the database lists now (0 while there is none, or it cannot be read yet)."""
    from hoptac.core.store.segments import Store

    try:
        return Store(db).counts()[0] if db.exists() else 0
    except Exception:  # noqa: BLE001 — being written: ask again
        return 0


def _check_store(res: KillResult, db: Path, temp: bool = True) -> None:
    try:
        res.articles = check_consistent(db)[0] if db.exists() else 0
        res.store_opens = True
    except Exception as exc:  # noqa: BLE001 — reported, that is the point
        res.problem = res.problem or f"the store: {type(exc).__name__}: {exc}"
    if temp:
        res.temp_left = temp_files(db.parent, db.with_name(db.name + ".d"))


def round_signals(tmp: Path, rounds: int = 2, seed: int = 20261202, n_files: int = 240,
                  export_events: int = 60_000) -> tuple[bool, list[str]]:
    """Each signal, ``rounds`` times, during ingest and during export; counts per signal."""
    from .events import write_db

    rng = random.Random(seed)
    corpus = make_corpus(tmp / "signal-corpus", n_files, tag="s")
    big = tmp / "export-src" / "db.json"
    write_db(big, export_events, seed)
    check_consistent(big)  # builds the caches once, before any kill
    lines = [f"kills during ingest ({n_files} files, -j 2, batches of 20) and export ({export_events:,} events): "
             f"{rounds} rounds per signal"]
    ok = True
    for command in ("ingest", "export"):
        for sig in SIGNALS:
            results = []
            for _ in range(rounds):
                if command == "ingest":
                    results.append(kill_ingest(tmp / "kills", sig, corpus, rng=rng))
                else:
                    results.append(kill_export(tmp / "kills", sig, big, rng=rng))
            opens = sum(r.store_opens for r in results)
            left = sum(len(r.left_alive) for r in results)
            temps = sum(len(r.temp_left) for r in results)
            after = sum(len(r.temp_after_next) for r in results)
            problems = [r.problem for r in results if r.problem]
            graceful = sig != "KILL"
            good = (opens == len(results) and left == 0 and not problems and after == 0
                    and (temps == 0 or not graceful))
            ok &= good
            lines.append(f"  {command:6} SIG{sig:4}: store opens {opens}/{len(results)}, processes left {left}, "
                         f"temp files left {temps} (after the next writer {after}), "
                         f"exit codes {sorted({r.exit_code for r in results})}" + ("" if good else "  ← PROBLEM"))
            lines += [f"      {p}" for p in problems]
    lines.append("  (a SIGKILL may leave temp files: the next writer — `hoptac check` on the store, the next export "
                 "to that file — must remove them; after TERM, HUP and INT there must be none at all)")
    return ok, lines


if __name__ == "__main__":  # pragma: no cover
    import argparse
    import tempfile

    ap = argparse.ArgumentParser(prog="python -m bench.kills", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2, help="rounds per signal and command (default 2)")
    ap.add_argument("--seed", type=int, default=20261202)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="hoptac-kills-") as d:
        good, out = round_signals(Path(d), rounds=opts.rounds, seed=opts.seed)
        print("\n".join(out))
        sys.exit(0 if good else 1)
