"""Instructions from ``exec`` to the app's first frame: ``hoptac`` in tmux at 80x24 under
``valgrind --tool=callgrind``, ended (``os._exit``) at Textual's first ``App._display`` by a
``sitecustomize`` written to a temporary folder put first on ``PYTHONPATH``.

    python -m bench.first_frame_cg DB [--code PATH] [--reps N]

``--code PATH``: also count the hoptac package at PATH (a folder holding ``hoptac/``, e.g.
an archive of main), run for run. Both trees are compiled to bytecode first
(``tmux_timing.compile_tree``): with ``PYTHONDONTWRITEBYTECODE=1`` a module edited since its
bytecode was written is compiled from source on every start (20–40 M instructions).
Repeated counts agree within about 0.05%, where wall and CPU times on a shared machine
vary by half (``docs/performance.md``, "The app's opening, fourth step").
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .tmux_timing import compile_tree

HOOK = '''import os, sys, importlib.abc, importlib.util
class _FirstFrame(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "textual.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.App._display = lambda self, screen, renderable: os._exit(0)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, _FirstFrame())
'''


def count(db: Path, code: str | None = None, timeout: float = 600.0) -> int | None:
    """Instructions (callgrind's ``Collected``) from exec to the first frame; None if none."""
    tmp = Path(tempfile.mkdtemp(prefix="hoptac-bench-cg-"))
    try:
        (tmp / "sitecustomize.py").write_text(HOOK)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TMUX", "NO_COLOR", "TEXTUAL"))}
        env.update(PYTHONPATH=str(tmp) + (os.pathsep + code if code else ""), HOPTAC_DB=str(db),
                   PYTHONHASHSEED="0", TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        hoptac = Path(sys.executable).parent / "hoptac"
        log, sock = tmp / "vg.log", str(tmp / "tmux.sock")
        cmd = f"valgrind --tool=callgrind --callgrind-out-file=/dev/null '{sys.executable}' '{hoptac}' 2> '{log}'"
        tmux = ["tmux", "-S", sock, "-f", "/dev/null"]
        subprocess.run([*tmux, "new-session", "-d", "-s", "cg", "-x", "80", "-y", "24", cmd], env=env, check=True)
        end = time.monotonic() + timeout
        while time.monotonic() < end and subprocess.run([*tmux, "has-session", "-t", "cg"],
                                                        capture_output=True).returncode == 0:
            time.sleep(0.2)
        subprocess.run([*tmux, "kill-server"], capture_output=True)
        m = re.search(r"Collected : (\d+)", log.read_text() if log.exists() else "")
        return int(m.group(1)) if m else None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.first_frame_cg")
    ap.add_argument("db", type=Path)
    ap.add_argument("--code", help="PYTHONPATH of another hoptac to count against this one")
    ap.add_argument("--reps", type=int, default=1)
    args = ap.parse_args(argv)
    if not (shutil.which("valgrind") and shutil.which("tmux")):
        print("needs valgrind and tmux", file=sys.stderr)
        return 1
    compile_tree(Path(__file__).resolve().parent.parent)
    if args.code:
        compile_tree(Path(args.code) / "hoptac")
    for _ in range(args.reps):
        for name, code in [("this", None)] + ([("other", args.code)] if args.code else []):
            n = count(args.db, code)
            print(f"{name}: {n:,} instructions to the first frame" if n else f"{name}: no count")
    return 0


if __name__ == "__main__":
    sys.exit(main())
