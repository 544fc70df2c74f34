"""In a real 80x24 terminal (tmux): every detail field of the 2023-02-18 event comes on
screen with keys alone; NO_COLOR output holds no colour codes; 16 colours show the cursor
in reverse video. The screen is read with ``capture-pane -e`` (the cells' attributes)."""

from __future__ import annotations

import os
import re
import shutil
import uuid
from pathlib import Path

import pytest
from app_support import build_fixture_db, fixture_events
from test_tmux_e2e import HOPTAC, Tmux

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
COLOUR_PARAMS = {*range(30, 38), 38, *range(40, 48), 48, *range(90, 98), *range(100, 108)}


def colour_codes(screen: str) -> list[str]:
    """The SGR sequences of ``screen`` that set a colour (39/49, "the default colour", do not)."""
    found = []
    for m in SGR.finditer(screen):
        params = [p for p in re.split("[;:]", m.group(1)) if p]
        if any(int(p) in COLOUR_PARAMS for p in params if p.isdigit()):
            found.append(m.group(0))
    return found


def start(tmp_path: Path, **env_extra: str) -> Tmux:
    assert shutil.which("tmux"), "tmux is needed for this test (apt-get install tmux)"
    db = tmp_path / "hoptac.json"
    if not db.exists():
        build_fixture_db(db)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TMUX", "NO_COLOR", "TEXTUAL", "COLORTERM"))}
    env.update(HOPTAC_DB=str(db), TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
               HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.update(env_extra)
    t = Tmux(f"hoptac-home-{uuid.uuid4().hex[:8]}", env)
    # tmux sets its own TERM in the pane: the command line sets the one the app should see
    command = f"env TERM={env['TERM']} '{HOPTAC}'; echo \"[hoptac exited $?]\"; sleep 120"
    t.run("new-session", "-d", "-s", "hoptac", "-x", "80", "-y", "24", "-c", str(tmp_path),
          *(arg for k, v in env_extra.items() for arg in ("-e", f"{k}={v}")), command)
    return t


@pytest.fixture
def session(tmp_path: Path):
    made: list[Tmux] = []

    def open_(**env: str) -> Tmux:
        t = start(tmp_path, **env)
        made.append(t)
        return t

    yield open_
    for t in made:
        t.run("kill-server", check=False)


def colour_screen(t: Tmux) -> str:
    return t.run("capture-pane", "-p", "-e", "-t", "hoptac").stdout


def test_every_field_of_the_2023_02_18_event_with_keys_alone(session) -> None:
    t = session()
    t.wait_text("All 19 events")
    t.keys("t")
    t.wait_text("Go to date")
    t.type("2023-02-18")
    t.keys("Enter")
    t.wait_text("#17")
    ev = next(e for e in fixture_events() if e["date"] == "2023-02-18")
    t.keys("Enter")
    t.wait_text("i fields")
    seen = t.wait_text(ev["snippet"][:25])  # opened on the event's sentence
    t.keys("i")
    seen += t.wait_text("Date ")
    for _ in range(10):  # down, a line at a time, each line seen before the next key
        before = t.screen()
        t.keys("j")
        seen += t.wait_for(lambda s, before=before: s != before, "the view to move down")
    flat = " ".join(seen.split())
    for want in [ev["date_text"], *(p["name"] for p in ev["people"]), *ev["sectors"], ev["source"],
                 "a: all 4 events of this article"]:
        assert want in flat, want
    lines = t.screen().splitlines()
    assert len(lines) == 24 and lines[-1].rstrip().endswith("q Quit")


def test_no_color_output_has_no_colour_codes(session) -> None:
    t = session(NO_COLOR="1")
    t.wait_for(lambda s: "All 19 events" in s and "▶" in s, "the timeline and its cursor")
    screens = [colour_screen(t)]
    t.keys("Enter")
    t.wait_text("i fields")
    screens.append(colour_screen(t))
    t.keys("Escape")
    t.wait_for(lambda s: "i fields" not in s, "the timeline")
    t.keys("f")
    t.wait_text("Filters")
    screens.append(colour_screen(t))
    for screen in screens:
        assert "\x1b[" in screen  # attributes are there: bold, reverse
        assert colour_codes(screen) == [], set(colour_codes(screen))
    # the cursor row is reverse video
    assert any("\x1b[" in line and "7" in line and "▶" in line for line in screens[0].splitlines())


def test_sixteen_colours_cursor_is_reverse_not_black_on_red(session) -> None:
    t = session(TERM="xterm")
    t.wait_for(lambda s: "All 19 events" in s and "▶" in s, "the timeline and its cursor")
    screen = colour_screen(t)
    row = next(line for line in screen.splitlines() if "▶" in line)
    params = {p for m in SGR.finditer(row) for p in re.split("[;:]", m.group(1)) if p}
    assert "7" in params, repr(row)  # reverse video
    assert not params & {"41", "101", "30"}, repr(row)  # not black on (bright) red


def test_the_colour_check_finds_colour() -> None:
    assert colour_codes("\x1b[1m\x1b[38;5;244mgrey\x1b[0m") == ["\x1b[38;5;244m"]
    assert colour_codes("\x1b[1;7mx\x1b[39m\x1b[49m") == []
