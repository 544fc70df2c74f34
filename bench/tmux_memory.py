"""What the app's memory is made of around ``bench.tmux_timing``'s runs: a thread samples
``/proc/PID/status`` of each ``hoptac`` it starts (every 5 ms: RssAnon, RssFile) and, at
each new high, ``/proc/PID/smaps`` per mapping; at the end, for each run, the peak split
into anonymous and file-backed pages, the mappings holding most, and the RSS over time.

    python -m bench.tmux_memory DB [DB ...] [--reps N] [--code PATH]

(``bench.tmux_timing``'s options; ``--search`` is always on: the peak after a search is
issue 14's memory row.) Linux only. The sampler finds the app by the ``hoptac`` script
beside this Python, so two such benchmarks must not run at once from one environment.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any

from . import tmux_timing

HOPTAC = str(Path(sys.executable).parent / "hoptac")
KEYS = ("VmRSS", "RssAnon", "RssFile", "VmHWM")


def find_app() -> int | None:
    """The pid of a running ``hoptac`` of this environment (not the shell that starts it)."""
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            argv = Path(f"/proc/{p}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if HOPTAC.encode() in argv and os.path.basename(argv[0]) not in (b"sh", b"bash"):
            return int(p)
    return None


def status(pid: int) -> dict[str, int]:
    """kB of each of ``KEYS``; KeyError when the process is gone meanwhile."""
    got = {}
    for ln in Path(f"/proc/{pid}/status").read_text().splitlines():
        k, _, v = ln.partition(":")
        if k in KEYS:
            got[k] = int(v.split()[0])
    if len(got) != len(KEYS):
        raise KeyError("gone")
    return got


def mappings(pid: int) -> dict[str, dict[str, int]]:
    """kB resident (Rss), anonymous and in anonymous huge pages, per mapped file ('[anon]')."""
    out: dict[str, dict[str, int]] = {}
    cur: dict[str, int] = {}
    for ln in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", ln):
            parts = ln.split()
            cur = out.setdefault(parts[5] if len(parts) > 5 else "[anon]", {"Rss": 0, "Anonymous": 0, "AnonHugePages": 0})
        else:
            k, _, v = ln.partition(":")
            if k in cur:
                cur[k] += int(v.split()[0])
    return out


class Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.runs: list[dict[str, Any]] = []
        self.done = False

    def run(self) -> None:
        pid: int | None = None
        run: dict[str, Any] = {}
        high = 0
        while not self.done:
            if pid is None:
                pid = find_app()
                if pid is None:
                    time.sleep(0.005)
                    continue
                run, high = {"pid": pid, "t0": time.perf_counter(), "samples": [], "peak": None}, 0
                self.runs.append(run)
            try:
                s = status(pid)
                run["samples"].append((time.perf_counter() - run["t0"], s))
                if s["VmRSS"] > high + 2048:   # a new high (by 2 MB): where it lies
                    high = s["VmRSS"]
                    run["peak"] = {"t": run["samples"][-1][0], "status": s, "maps": mappings(pid)}
            except (OSError, KeyError, IndexError, ValueError):
                pid = None
                continue
            time.sleep(0.005)


def report(runs: list[dict[str, Any]]) -> None:
    mb = 1024
    for r in runs:
        p = r["peak"]
        if not p:
            continue
        s = p["status"]
        print(f"pid {r['pid']}: highest sampled {s['VmRSS'] / mb:.1f} MB at {p['t']:.2f} s (anonymous "
              f"{s['RssAnon'] / mb:.1f}, file-backed {s['RssFile'] / mb:.1f}; VmHWM {s['VmHWM'] / mb:.1f})")
        for name, m in sorted(p["maps"].items(), key=lambda kv: -kv[1]["Rss"])[:4]:
            print(f"    {m['Rss'] / mb:7.1f} MB (anonymous {m['Anonymous'] / mb:.1f}, huge pages "
                  f"{m['AnonHugePages'] / mb:.1f})  {name}")
        per: dict[float, tuple[int, int, int]] = {}
        for t, x in r["samples"]:
            b = int(t * 2) / 2
            per[b] = max(per.get(b, (0, 0, 0)), (x["VmRSS"], x["RssAnon"], x["RssFile"]))
        print("    RSS/anonymous/file MB by half-second: "
              + " ".join(f"{t:g}:{v[0] // mb}/{v[1] // mb}/{v[2] // mb}" for t, v in sorted(per.items())))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--search" not in args:
        args.append("--search")
    sampler = Sampler()
    sampler.start()
    try:
        rc = tmux_timing.main(args)
    finally:
        sampler.done = True
        sampler.join()
    report(sampler.runs)
    return rc


if __name__ == "__main__":
    sys.exit(main())
