"""The app's timeline as the seventeenth QA round found it (appqa17): keys typed faster than the
screen answers, the cursor kept on screen after a small view, n past a search's last match, and the
first event's year heading at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import db, make_app, press, screen_text, settle  # noqa: F401 (db: a fixture)


# -- finding 4: "a" then Esc typed faster than the screen answers ------------------------------

async def test_a_then_esc_typed_at_once_ends_where_it_began(db: Path) -> None:
    from app_support import goto_date, shown_events
    from textual import events

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        everything = len(shown_events(app))
        await goto_date(pilot, "2024", open_detail=True)   # the detail has the focus
        screen = app.screen
        assert screen.has_class("-detail-open")
        # both keys arrive before either is answered (a fast typist, a slow link)
        app.post_message(events.Key("a", "a"))
        app.post_message(events.Key("escape", None))
        await settle(pilot)
        await pilot.pause(0.1)
        await settle(pilot)
        assert screen.flt.article_id is None, "Esc closed a detail already closed, not the article's view"
        assert len(shown_events(app)) == everything
        assert not screen.has_class("-detail-open") and app.focused is screen.timeline


# -- new (appqa17): the cursor of new rows on screen after a small view -------------------------

async def test_clearing_a_small_view_keeps_the_cursor_on_screen(db: Path) -> None:
    from hoptac.core.store.query import Filter

    app = make_app(db, initial=Filter(pair=("Lào Cai", "Thái Bình")))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "G")   # the last of a few events: the view had no scrollbar
        before = screen_text(app).splitlines()
        chosen = next(line for line in before if line.startswith("▶"))
        await press(pilot, "x")   # every event: the same event, far down
        await pilot.pause(0.1)
        after = screen_text(app).splitlines()
        assert any(line.startswith("▶") for line in after), "the cursor's row is off screen"
        assert next(line for line in after if line.startswith("▶"))[:12] == chosen[:12]


# -- new (appqa17): with a search, n goes through the matches and then on to the next event -----

async def test_with_a_search_n_goes_past_the_last_match_to_the_next_event(db: Path) -> None:
    from app_support import cursor_event, goto_date
    from hoptac.core.store.query import Filter
    from hoptac.tui.widgets.detail import ArticleView

    app = make_app(db, initial=Filter(search="thai binh"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2009", open_detail=True)
        first = cursor_event(app)["id"]
        assert "n Next match" in screen_text(app).splitlines()[-1]  # the footer says what n does now
        lines = app.screen.query_one(ArticleView).match_lines()
        assert lines
        for _ in range(len(lines) + 1):   # every match, and one more: the next event (no wrapping)
            await press(pilot, "n")
        assert cursor_event(app)["id"] != first
        await press(pilot, "N")   # back: the previous event's matches, then that event
        for _ in range(40):
            if cursor_event(app)["id"] == first:
                break
            await press(pilot, "N")
        assert cursor_event(app)["id"] == first


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("loading", [False, True])
async def test_at_start_the_first_events_year_heading_shows_above_it(db: Path, size: tuple[int, int],
                                                                     loading: bool) -> None:
    from hoptac.tui.app import HoptacApp

    # loading: as ``hoptac`` opens it, the rows built behind the loading screen before layout
    app = HoptacApp(None, None, db_path=db, today="2026-11-21", ascii_only=False) if loading else make_app(db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for _ in range(40):
            lines = screen_text(app).splitlines()
            if any(line.startswith("▶") for line in lines):
                break
            await pilot.pause(0.05)
    at = next(i for i, line in enumerate(lines) if line.startswith("▶"))
    assert lines[at - 1].startswith("── 2006 "), lines[:at + 1]
