"""The start-up measurements of ``python -m bench.run`` in a real terminal: ``hoptac``
started in tmux at 80x24, timed from the process start to the first frame, to the main
screen, and to every event browsable (see ``bench.app_timing.NOTES``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .app_timing import SEARCH_TEXT, med, repeat, vm_hwm

perf = time.perf_counter


ALL_EVENTS = re.compile(r"All ([\d,]+) events")
EVENT_ROW = re.compile(r"^[▶> ][~ ]?(\d{4}|\?{1,4})[-\s]", re.M)


def tmux_start(db: Path, env: dict[str, str], *, timeout: float = 600.0, search: bool = True,
               poll: float = 0.02) -> dict[str, Any]:
    """Start ``hoptac`` (HOPTAC_DB=db) in tmux at 80x24 and time, from the process start:
    the first text on screen, the first frame of the app (its footer), and every event
    browsable ("All N events", not filtering, event rows shown). Then the peak RSS of the
    process, a search typed in the prompt, its peak RSS again, and q."""
    hoptac = Path(sys.executable).parent / "hoptac"
    env = {k: v for k, v in env.items() if not k.startswith(("TMUX", "NO_COLOR", "TEXTUAL"))}
    env.update(HOPTAC_DB=str(db), TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    tmp = Path(tempfile.mkdtemp(prefix="hoptac-bench-tmux-"))
    sock = str(tmp / "tmux.sock")   # a private server, removed with the folder
    fifo = tmp / "go"
    os.mkfifo(fifo)

    def tmux(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-S", sock, "-f", "/dev/null", *args], env=env, capture_output=True,
                              text=True, check=check, timeout=30)

    def screen() -> str | None:
        r = tmux("capture-pane", "-p", "-t", "bench", check=False)
        return r.stdout if r.returncode == 0 else None

    res: dict[str, Any] = {}
    # the pane's shell waits on a FIFO, then execs hoptac (same pid): the clock starts at the write
    cmd = f"read _ < '{fifo}'; exec '{hoptac}'"
    try:
        tmux("new-session", "-d", "-s", "bench", "-x", "80", "-y", "24", "-c", str(tmp), cmd)
        pid = int(tmux("display", "-p", "-t", "bench", "#{pane_pid}").stdout.strip())
        fd = _open_writer(fifo)
        t0 = perf()
        os.write(fd, b"\n")
        os.close(fd)
        first = app = ready = None
        last = ""
        while perf() - t0 < timeout:
            tick = perf()
            s = screen()
            now = perf() - t0
            if s is None:
                res["error"] = "hoptac exited before every event was shown; last screen:\n" + last
                break
            last = s
            lines = [ln for ln in s.splitlines() if ln.strip()]
            if first is None and lines:
                first, res["first_screen"] = now, s
            if app is None and lines and ("Quit" in lines[-1] or ALL_EVENTS.search(s) or "Filter:" in s):
                app = now
            elif app is None and lines:
                res["loading_screen"] = " / ".join(ln.strip() for ln in lines[:3])
            m = ALL_EVENTS.search(s)
            if m and "filtering" not in s and "oading" not in s and EVENT_ROW.search(s):
                ready, res["shown_events"] = now, int(m.group(1).replace(",", ""))
                break
            time.sleep(max(0.0, poll - (perf() - tick)))
        else:
            res["error"] = f"not browsable after {timeout:.0f} s; last screen:\n{last}"
        res.update(first_s=first, app_frame_s=app, browsable_s=ready, rss_ready=vm_hwm(pid), cpu_ready=cpu_time(pid),
                   pid=pid)
        if ready is not None and search:
            tmux("send-keys", "-t", "bench", "/")
            if _wait(screen, lambda s: "Search titles" in s, 30):
                tmux("send-keys", "-t", "bench", "-l", SEARCH_TEXT)
                t1 = perf()
                tmux("send-keys", "-t", "bench", "Enter")
                done = _wait(screen, lambda s: "“" + SEARCH_TEXT in s and "filtering" not in s
                             and "Search titles" not in s, timeout)
                res["search_enter_s"] = (perf() - t1) if done else None
            res["rss_search"] = vm_hwm(pid)
        if ready is not None:
            tmux("send-keys", "-t", "bench", "q")
            _wait(screen, lambda s: False, 10, until_gone=True)
    finally:
        tmux("kill-server", check=False)
        shutil.rmtree(tmp, ignore_errors=True)
    return res


def cpu_time(pid: int) -> float | None:
    """The CPU time (user + system, every thread) the process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _open_writer(fifo: Path, timeout: float = 20.0) -> int:
    """The FIFO's write end, once the pane's shell has opened it for reading."""
    end = perf() + timeout
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:   # ENXIO: no reader yet
            if perf() > end:
                raise RuntimeError("the tmux pane did not start") from None
            time.sleep(0.002)


def _wait(screen: Any, pred: Any, timeout: float, until_gone: bool = False) -> bool:
    end = perf() + timeout
    while perf() < end:
        s = screen()
        if s is None:
            return until_gone
        if pred(s):
            return True
        time.sleep(0.02)
    return False


def m_start(db: Path, reps: int, log: Any) -> dict[str, Any]:
    if not shutil.which("tmux"):
        return {"skip": "not measured: tmux missing"}
    runs = repeat(lambda: tmux_start(db, dict(os.environ)), reps, at_least=2)
    for r in runs:
        r["rss"] = max((x for x in (r.get("rss_ready"), r.get("rss_search")) if x), default=None)
        if r.get("error"):
            log("  tmux: " + r["error"][:600])
    ok = [r for r in runs if not r.get("error")]
    return {"runs": runs, "n": len(runs), "first": med([r.get("first_s") for r in runs]),
            "app": med([r.get("app_frame_s") for r in runs]), "browse": med([r.get("browsable_s") for r in ok]),
            "rss": max((r["rss"] for r in runs if r["rss"]), default=None),
            "search_enter": med([r.get("search_enter_s") for r in ok]),
            "loading": max(runs, key=lambda r: r.get("browsable_s") or 1e9).get("loading_screen", "")}




def compile_tree(pkg: Path) -> None:
    """The hoptac package at ``pkg`` compiled to bytecode (its ``__pycache__``), as pip does
    when it installs the wheel and as ``bench.run`` does first: with PYTHONDONTWRITEBYTECODE=1
    (as on the machine these figures come from) a tree never run with bytecode writing on
    would compile every module from source in every timed start (about 0.1 s more), and a
    ``--code`` copy would pay it while this one does not."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    parts = [str(pkg / "core"), str(pkg / "tui"), str(pkg / "__init__.py")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-x", r"[\\/](\.venv|tests|bench|scripts)[\\/]",
                    *[x for x in parts if os.path.exists(x)]], env=env, capture_output=True, check=False)


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.tmux_timing DB [DB ...] [--reps N] [--code PATH] [--search]``: the app's
    start on each database (what ``bench.run --only start`` measures, without its
    database stamps): medians of every event browsable, its peak RSS and the CPU time
    used by then, with the load average. ``--code PATH``: also time the hoptac package at
    PATH (a folder holding ``hoptac/``, e.g. a checkout of main), alternating run by run.
    Both are compiled to bytecode first (``compile_tree``). ``--search``: each run then
    types ``bench.run``'s search and the peak RSS after it is printed too (``bench.run``'s
    memory row)."""
    import argparse
    import statistics

    ap = argparse.ArgumentParser(prog="python -m bench.tmux_timing")
    ap.add_argument("dbs", nargs="+", type=Path)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--code", help="PYTHONPATH of another hoptac to time against this one")
    ap.add_argument("--search", action="store_true",
                    help="then type bench.run's search and report the peak RSS after it too (as bench.run does)")
    args = ap.parse_args(argv)
    variants = [("this", None)] + ([("other", args.code)] if args.code else [])
    compile_tree(Path(__file__).resolve().parent.parent)
    if args.code:
        compile_tree(Path(args.code) / "hoptac")
    for db in args.dbs:
        got: dict[str, list[dict[str, Any]]] = {name: [] for name, _path in variants}
        for _ in range(args.reps):
            for name, path in variants:
                env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
                if path:
                    env["PYTHONPATH"] = path
                load = os.getloadavg()[0]
                r = tmux_start(db, env, search=args.search)
                r["load"] = load
                got[name].append(r)
                if r.get("error"):
                    print(f"{name}: {r['error'][:300]}", file=sys.stderr)
        for name, runs in got.items():
            def m(key: str, scale: float = 1.0) -> str:
                xs = [r[key] for r in runs if r.get(key) is not None]
                return f"{statistics.median(xs) / scale:.2f}" if xs else "-"
            searched = ""
            if args.search:
                peaks = sorted(r["rss_search"] / 1e6 for r in runs if r.get("rss_search"))
                searched = (f", after a search {m('rss_search', 1e6)} MB (highest {peaks[-1]:.2f}), search Enter → "
                            f"shown {m('search_enter_s')} s" if peaks else ", after a search: -")
            print(f"{db.name} {name}: browsable {m('browsable_s')} s, peak RSS {m('rss_ready', 1e6)} MB, "
                  f"CPU {m('cpu_ready')} s, load {m('load')}{searched} (medians of {len(runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
