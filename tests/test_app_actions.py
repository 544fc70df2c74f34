"""Pilot tests of the app's actions: export, copy, help, command palette, quit."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from app_support import (
    build_fixture_db,
    cursor_event,
    make_app,
    press,
    screen_text,
    settle,
    shown_events,
    type_text,
)
from hoptac.core.store.export import read_export
from hoptac.core.store.query import Filter
from hoptac.tui.clipboard import event_json, osc52
from hoptac.tui.screens.help import HelpScreen, key_names
from hoptac.tui.screens.main import MainScreen, default_export_name
from hoptac.tui.screens.prompt import PromptScreen
from hoptac.tui.widgets.detail import DetailPane
from hoptac.tui.widgets.timeline import Timeline
from textual.widgets import Input

SIZE = (80, 24)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("db") / "hoptac.json")


@pytest.fixture
def in_tmp(tmp_path: Path):
    old = os.getcwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(old)


async def _set_prompt(pilot, value: str) -> None:
    field = pilot.app.screen.query_one(Input)
    field.value = value
    field.cursor_position = len(value)
    await settle(pilot)


async def test_export_writes_exactly_the_current_view(db: Path, in_tmp: Path) -> None:
    flt = Filter(pair=("Lào Cai", "Yên Bái"), since="2010")
    app = make_app(db, initial=flt)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = [e["id"] for e in shown_events(app)]
        await press(pilot, "e")
        assert isinstance(app.screen, PromptScreen)
        default = app.screen.query_one(Input).value
        assert default == "hoptac-export-lao-cai-yen-bai-2010-2026-11-21.json"
        assert "Export 5 events" in screen_text(app)
        await press(pilot, "enter")
        await settle(pilot)
        doc = read_export(in_tmp / default)
        assert doc["count"] == len(shown) == 5
        assert [e["id"] for e in doc["events"]] == shown
        assert doc["filters"] == {"pair": ["Lào Cai", "Yên Bái"], "since": "2010"}
        assert doc["events"][0]["title"].startswith("Tỉnh Lào Cai")  # UTF-8, not escapes
        messages = [n.message for n in app._notifications]
        assert any(f"Exported 5 events to {default} in {in_tmp}" in m for m in messages)


async def test_export_asks_before_replacing_and_reports_errors_in_one_line(db: Path, in_tmp: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        target = in_tmp / "out.json"
        target.write_text("old")
        await press(pilot, "e")
        await _set_prompt(pilot, str(target))
        await press(pilot, "enter")
        assert isinstance(app.screen, PromptScreen)  # not yet: it exists
        assert "exists: press Enter again to replace it" in screen_text(app)
        assert target.read_text() == "old"
        await press(pilot, "enter")
        await settle(pilot)
        assert read_export(target)["count"] == 19
        # a folder that does not exist: one clear line, the dialog stays
        await press(pilot, "e")
        await _set_prompt(pilot, str(in_tmp / "no" / "such" / "x.json"))
        await press(pilot, "enter")
        assert isinstance(app.screen, PromptScreen)
        assert "does not exist" in screen_text(app)
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)
        # a name the file system refuses: one line in the dialog, no crash
        await press(pilot, "e")
        await _set_prompt(pilot, str(in_tmp / ("x" * 300 + ".json")))
        await press(pilot, "enter")
        assert isinstance(app.screen, PromptScreen)
        assert "cannot use that name: File name too long" in screen_text(app)
        await press(pilot, "escape")
        # a place nobody can write (not even root): the error comes back as one line
        await press(pilot, "e")
        await _set_prompt(pilot, "/proc/hoptac-export-test.json")
        await press(pilot, "enter")
        await settle(pilot)
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert errors and errors[-1].startswith("Export failed: cannot write /proc/hoptac-export-test.json")
        assert "\n" not in errors[-1]
        assert sorted(p.name for p in in_tmp.iterdir()) == ["out.json"]


def test_default_export_name() -> None:
    assert default_export_name(Filter(), "2026-11-21") == "hoptac-export-all-2026-11-21.json"
    name = default_export_name(Filter(pair=("Hà Nội", "Hưng Yên"), type="signing"), "2026-11-21")
    assert name == "hoptac-export-ha-noi-hung-yen-signing-2026-11-21.json"


async def test_copy_puts_the_event_json_on_the_clipboard(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j", "c")
        ev = cursor_event(app)
        assert json.loads(app.clipboard) == ev
        assert any("Copied the event as JSON" in n.message for n in app._notifications)
    seq = osc52(event_json(ev))
    assert seq.startswith("\x1b]52;c;") and seq.endswith("\a")
    assert json.loads(base64.b64decode(seq[7:-1]).decode("utf-8"))["id"] == ev["id"]
    assert "Lào Cai" in event_json(ev)  # Vietnamese stays readable


async def test_help_lists_every_binding_and_closes(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {keys: what for _title, section in app.screen.rows() for keys, what in section}
        for binding in [*MainScreen.BINDINGS, *Timeline.BINDINGS, *DetailPane.BINDINGS, *type(app).BINDINGS]:
            assert key_names(binding.key) in rows, binding.key
        assert rows["p"].startswith("Filter by a province pair")
        assert rows["["] == "Previous year" and rows["}"] == "Next month"
        assert rows["t :"].startswith("Go to a date")
        assert rows["x"] == "Clear every filter (u brings them back)"
        assert rows["u"].startswith("Take back the correction just saved") and rows["u"].endswith("filters x cleared")
        text = screen_text(app)
        assert "Moving in the timeline" in text
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)
        await press(pilot, "question_mark", "q")  # q closes help, not the app
        assert isinstance(app.screen, MainScreen) and app.is_running


async def test_q_quits(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value == 0


async def test_command_palette_runs_hoptac_commands(db: Path) -> None:
    from textual.command import CommandPalette

    app = make_app(db, initial=Filter(type="visit"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        async def run(query: str, expect: str) -> None:
            await pilot.press("ctrl+p")
            await settle(pilot)
            assert isinstance(app.screen, CommandPalette)
            await type_text(pilot, query)
            for _ in range(50):  # the palette searches in the background
                if expect in screen_text(app):
                    break
                await pilot.pause(0.05)
            assert expect in screen_text(app)
            await press(pilot, "enter")
            await settle(pilot)

        await run("clear filters", "Clear filters")
        assert app.screen.flt.is_empty() and len(shown_events(app)) == 19
        await run("thai binh", "Province: Thái Bình")
        assert app.screen.flt == Filter(province="Thái Bình")
        assert all("Thái Bình" in {p["province"] for p in e["parties"]} for e in shown_events(app))
        await run("go to date", "Go to date")
        assert isinstance(app.screen, PromptScreen)
