"""The app as the sixteenth QA round found it at 80x24 (appqa16): messages that stacked
up over the timeline when keys came quickly, warnings cut before they said what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, make_app, screen_text, settle

SIZE = (80, 24)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("qa16") / "hoptac.json")


async def _drawn(pilot, app, needle: str) -> list[str]:
    lines = screen_text(app).splitlines()
    for _ in range(40):  # a message is drawn on a later refresh
        if any(needle in line for line in lines):
            break
        await pilot.pause(0.05)
        lines = screen_text(app).splitlines()
    return lines


async def test_messages_sent_before_the_first_arrives_still_take_one_line(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        before = screen_text(app).splitlines()
        # what three quick keys do: each handler sends its message before the first arrives
        for n in ("first", "second", "third"):
            app.notify(f"the {n} quick message")
        await settle(pilot)
        after = await _drawn(pilot, app, "third quick")
        assert len(app._notifications) == 1
        assert "the third quick message" in after[-1]
        assert not any("first quick" in line or "second quick" in line for line in after)
        assert after[:-1] == before[:-1]  # the timeline is not covered


@pytest.mark.parametrize("severity", ["warning", "error"])
async def test_a_warning_at_80_columns_is_shown_to_its_end(db: Path, severity: str) -> None:
    app = make_app(db)
    reason = ("Not saved: cannot lock /home/someone/research/provinces/cooperation/hoptac.json.lock: "
              "Permission denied; ask for write access to that folder")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        app.notify(reason, severity=severity, markup=False)
        await settle(pilot)
        lines = await _drawn(pilot, app, "Not saved")
        shown = " ".join(line.strip(" ▌") for line in lines if line.strip())
        assert "ask for write access to that folder" in shown
        assert "Permission denied" in shown
        assert len(lines) == 24 and lines[0].startswith(" All")  # the filter bar stays


async def test_an_information_message_still_takes_only_the_footer_line(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        before = screen_text(app).splitlines()
        app.notify("Copied the event as JSON (1,612 characters) to the clipboard via the terminal (OSC 52)")
        await settle(pilot)
        after = await _drawn(pilot, app, "Copied the event")
        assert after[:-1] == before[:-1]
