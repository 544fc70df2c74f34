"""End to end in a real terminal: tmux runs the `hoptac` console script at 80x24 on a
temporary database (HOPTAC_DB), keys are sent, and the screen is read with capture-pane.

Needs tmux (CI installs it). Every wait polls the screen with a deadline; nothing relies on
a fixed sleep.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from app_support import build_fixture_db

HOPTAC = Path(sys.executable).parent / "hoptac"
DEADLINE = 30.0


class Tmux:
    def __init__(self, socket: str, env: dict[str, str]) -> None:
        self.socket = socket
        self.env = env

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args], env=self.env,
                              capture_output=True, text=True, check=check, timeout=20)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "hoptac").stdout

    def wait_for(self, predicate, what: str) -> str:
        end = time.monotonic() + DEADLINE
        screen = ""
        while time.monotonic() < end:
            screen = self.screen()
            if predicate(screen):
                return screen
            if "[hoptac exited" in screen:
                raise AssertionError(f"hoptac exited while waiting for {what}; screen:\n{screen}")
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; screen:\n{screen}")

    def wait_text(self, text: str) -> str:
        return self.wait_for(lambda s: text in s, repr(text))

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "hoptac", *keys)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "hoptac", "-l", text)


@pytest.fixture
def tmux(tmp_path: Path):
    assert shutil.which("tmux"), "tmux is needed for this test (apt-get install tmux)"
    assert HOPTAC.exists(), f"the hoptac console script is not installed next to {sys.executable}"
    db = build_fixture_db(tmp_path / "hoptac.json")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TMUX", "NO_COLOR", "TEXTUAL"))}
    env.update(HOPTAC_DB=str(db), TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
               HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    t = Tmux(f"hoptac-test-{uuid.uuid4().hex[:8]}", env)
    # the shell reports hoptac's exit code and keeps the pane, so a crash can be read
    command = f"'{HOPTAC}'; echo \"[hoptac exited $?]\"; sleep 120"
    t.run("new-session", "-d", "-s", "hoptac", "-x", "80", "-y", "24", "-c", str(tmp_path), command)
    try:
        yield t
    finally:
        t.run("kill-server", check=False)


EVENT_ROW = re.compile(r"^[▶ >][~ ]?(\d{4}|\?{4})[-\d]*")


def test_pair_filter_in_a_real_terminal(tmux: Tmux) -> None:
    # the whole screen is drawn: filter bar on top, the footer on the 24th line
    screen = tmux.wait_for(lambda s: "All 19 events" in s and "Quit" in (s.splitlines() or [""])[-1],
                           "the first screen")
    lines = screen.splitlines()
    assert len(lines) == 24 and all(len(line) <= 80 for line in lines)
    assert lines[0].lstrip().startswith("All 19 events")
    assert "── 2006 " in screen and "▶ 2006-02-26" in screen and "Lào Cai – Yên Bái" in screen

    tmux.keys("p")
    tmux.wait_text("Pair — first province")
    tmux.type("lao cai")
    tmux.wait_for(lambda s: "Lào Cai" in s and "no match" not in s, "Lào Cai offered")
    tmux.keys("Enter")
    tmux.wait_text("any partner of Lào Cai")
    tmux.type("thai")
    tmux.wait_for(lambda s: "Thái Bình" in s and "Yên Bái" not in s.split("any partner")[-1], "partners narrowed")
    tmux.keys("Enter")
    # the filter bar can be drawn a frame before the timeline: wait for both
    screen = tmux.wait_for(lambda s: "5 of 19 events" in s
                           and sum(bool(EVENT_ROW.match(line)) for line in s.splitlines()) == 5,
                           "5 of 19 events, and 5 rows")
    assert screen.splitlines()[0].lstrip().startswith("Filter: Lào Cai – Thái Bình")
    rows = [line for line in screen.splitlines() if EVENT_ROW.match(line)]
    assert len(rows) == 5, screen
    assert all("Lào Cai – Thái Bình" in row for row in rows), screen
    assert "Yên Bái" not in screen and "Hà Nội" not in screen

    # Enter opens the detail full screen (80 columns) with the article; Esc comes back
    tmux.keys("Enter")
    screen = tmux.wait_text("Parties")
    assert "Bảo Thắng (huyện, Lào Cai) · Kiến Xương (huyện, Thái Bình)" in screen
    tmux.keys("Escape")  # sent alone: Esc followed at once by a key would read as Alt+key
    tmux.wait_for(lambda s: "Parties" not in s and "── 2009 " in s, "the timeline again")

    # x clears the filters; q quits and the terminal gets its shell back
    tmux.keys("x")
    tmux.wait_text("All 19 events")
    tmux.keys("q")
    end = time.monotonic() + DEADLINE
    while "[hoptac exited" not in tmux.screen() and time.monotonic() < end:
        time.sleep(0.1)
    assert "[hoptac exited 0]" in tmux.screen(), tmux.screen()


def _pane_modes(tmux: Tmux) -> str:
    return tmux.run("display-message", "-p", "-t", "hoptac",
                    "#{alternate_on} #{mouse_any_flag} #{mouse_button_flag} #{mouse_standard_flag} #{mouse_sgr_flag}"
                    ).stdout.strip()


def _hoptac_pid(tmux: Tmux) -> int:
    shell = int(tmux.run("display-message", "-p", "-t", "hoptac", "#{pane_pid}").stdout.strip())
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                if int(stat[stat.rindex(")") + 2:].split()[1]) == shell:
                    return int(entry)
        time.sleep(0.1)
    raise AssertionError("hoptac's process was not found under the pane's shell")


@pytest.mark.parametrize("sig", ["TERM", "HUP"])
def test_sigterm_and_sighup_give_the_terminal_back(tmux: Tmux, sig: str) -> None:
    import signal

    tmux.wait_for(lambda s: "All 19 events" in s and "Quit" in (s.splitlines() or [""])[-1], "the first screen")
    assert _pane_modes(tmux).split()[0] == "1"  # the app is on the alternate screen …
    assert "1" in _pane_modes(tmux).split()[1:]  # … with mouse reporting on
    os.kill(_hoptac_pid(tmux), getattr(signal, f"SIG{sig}"))
    screen = tmux.wait_text("[hoptac exited")
    assert _pane_modes(tmux) == "0 0 0 0 0", (_pane_modes(tmux), screen)
    assert "Traceback" not in screen
