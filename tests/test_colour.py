"""Contrast and colour: text at WCAG's 4.5:1 in the default theme, no colour at all with
NO_COLOR, a reverse-video cursor with 16 colours, messages that never cover the article."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, goto_date, make_app, press, screen_text, settle
from contrast import worst
from hoptac.tui.colour import NoColour

SIZE = (80, 24)
WIDE = (160, 40)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("colour") / "hoptac.json")


def _region(app):
    found = app.screen.query(".dialog, #help-body")  # a dialog: what is behind it is faded on purpose
    if found:
        r = found.first().region
        return (r.x, r.y, r.width, r.height)
    return None


@pytest.mark.parametrize("size", [SIZE, WIDE])
@pytest.mark.parametrize("keys", [(), ("enter",), ("question_mark",), ("p",), ("f",), ("e",), ("slash",)])
async def test_text_contrast_is_at_least_4_5_to_1(db: Path, size, keys) -> None:
    app = make_app(db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, *keys)
        assert app.theme == "textual-dark"
        low = worst(app, 4.5, _region(app))
        assert not low, [(text, round(r, 2), y) for text, r, y in low[:8]]


async def test_year_headings_measure_at_least_4_5(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        from contrast import cells

        headings = [r for text, r, _y in cells(app) if " 2006 " in text]
        assert headings and min(headings) >= 4.5


async def test_no_color_sends_no_colour(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any(isinstance(f, NoColour) for f in app._filters)
        for keys in ((), ("enter",), ("escape", "f")):
            await press(pilot, *keys)
            coloured = [seg.text for strip in app.screen._compositor.render_strips() for seg in strip
                        if seg.style is not None and (seg.style.color is not None or seg.style.bgcolor is not None)]
            assert not coloured, coloured[:5]
        # what still marks the cursor: reverse video
        await press(pilot, "escape", "escape")
        cursor = [seg for strip in app.screen._compositor.render_strips() for seg in strip
                  if "▶" in seg.text]
        assert cursor and cursor[0].style.reverse


async def test_sixteen_colours_use_reverse_video_for_the_cursor(db: Path) -> None:
    app = make_app(db, sixteen=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        row = [seg for strip in app.screen._compositor.render_strips() for seg in strip if "2006-02-26" in seg.text]
        assert row and row[0].style.reverse and row[0].style.bold
    app = make_app(db, sixteen=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        row = [seg for strip in app.screen._compositor.render_strips() for seg in strip if "2006-02-26" in seg.text]
        assert row and not row[0].style.reverse  # the theme's cursor colour


async def test_a_message_does_not_cover_the_article_at_80x24(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2023-02-18", open_detail=True)
        before = screen_text(app).splitlines()
        await press(pilot, "o")  # says something
        app.notify("a second message, which replaces the first")
        await settle(pilot)
        after = screen_text(app).splitlines()
        for _ in range(20):  # the message is drawn on a later refresh
            if "a second message" in after[-1]:
                break
            await pilot.pause(0.05)
            after = screen_text(app).splitlines()
        assert len(app._notifications) == 1
        assert "a second message" in after[-1]
        # above the footer's line: the filter bar and the summary as they were, the article
        # (moved by "o" unfolding) and no message
        assert after[:3] == before[:3] and len(after) == len(before) == 24
        assert all("second message" not in line and "Showing text" not in line for line in after[:-1])
