"""Pilot tests of the correction form (``C`` from the detail pane or the timeline): a
reader's correction is saved in the database, the timeline shows the event corrected and
marked, and a value that cannot be read is refused in the form, which stays open."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, cursor_event, goto_date, make_app, press, screen_text, settle, shown_events
from hoptac.core.store import corrections as corr
from hoptac.core.store.segments import Store
from hoptac.tui.screens.correct import CorrectScreen
from textual.widgets import Input

SIZE = (80, 24)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return build_fixture_db(tmp_path / "hoptac.json")


async def _clear(pilot, n: int) -> None:
    await press(pilot, "end", *(["backspace"] * n))


async def test_correct_from_the_detail_pane_saves_and_marks_the_event(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024", open_detail=True)   # Lào Cai – Thái Bình, 2024-03-08, conference
        ev = cursor_event(app)
        assert ev is not None and ev["date"] == "2024-03-08" and "✎" not in screen_text(app)
        await press(pilot, "C")
        form = app.screen
        assert isinstance(form, CorrectScreen)
        assert form.query_one("#correct-date", Input).value == "2024-03-08"
        await _clear(pilot, 10)
        await pilot.press(*"3/2019")                         # "2019-03": month precision; it moves to 2019
        await press(pilot, "tab", "tab")                     # to the type
        await _clear(pilot, 20)
        await pilot.press(*"signing")
        await press(pilot, "enter")
        assert not isinstance(app.screen, CorrectScreen)
        await settle(pilot)
        [shown] = [e for e in shown_events(app) if e["id"] == ev["id"]]
        assert shown["corrected"] is True and (shown["date"], shown["precision"], shown["type"]) == \
            ("2019-03", "month", "signing")
        assert shown["extracted"]["date"] == "2024-03-08" and shown["extracted"]["type"] == "conference"
        assert cursor_event(app)["id"] == ev["id"]           # the cursor followed it to its new place
        if "the extraction said" not in screen_text(app):  # the pane opened at the event's sentence
            await press(pilot, "i")                           # i: to the fields
            await settle(pilot)
        assert "the extraction said: date 2024-03-08" in screen_text(app)  # the detail pane says so
        await press(pilot, "escape")                          # the timeline (the detail fills 80 columns)
        assert "✎" in screen_text(app)                       # the mark in the timeline row
    [rec] = corr.list_corrections(Store(db))
    assert rec["event_id"] == ev["id"] and rec["set"] == {"date": "2019-03", "precision": "month", "type": "signing"}


async def test_the_form_refuses_a_date_it_cannot_read_and_esc_leaves_it(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")
        await press(pilot, "C")
        await _clear(pilot, 10)
        await pilot.press(*"2024-13")
        await press(pilot, "enter")
        assert isinstance(app.screen, CorrectScreen)
        assert "not a date" in screen_text(app)
        await press(pilot, "escape")
        assert not isinstance(app.screen, CorrectScreen)
    assert corr.list_corrections(Store(db)) == []
