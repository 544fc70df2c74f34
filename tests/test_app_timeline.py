"""Pilot tests of the app's timeline: its rows under year headings and their markers, moving the cursor,
jumps by year and month, going to a date, and a mouse click."""

from __future__ import annotations

from pathlib import Path

from hoptac.tui.widgets.timeline import Timeline

from app_pilot import SIZE, cursor_event, goto_date, make_app, press, screen_text, settle, shown_events, type_text
from app_support import db, fixture_events  # noqa: F401 (db: a fixture)


async def test_timeline_lists_every_event_by_date_under_year_headings(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        events = shown_events(app)
        assert len(events) == len(fixture_events()) == 19
        dated = [e["date"] for e in events if not e["date"].startswith("--")]
        assert dated == sorted(dated)
        assert events[-1]["date"] == "--05-20"  # unknown year: last, not hidden
        labels = [h.label for h in timeline.data.headings]
        assert labels[0] == "2006" and labels[-1] == "Year unknown"
        text = screen_text(app)
        assert "All 19 events" in text
        assert "── 2006 " in text
        assert "▶ 2006-02-26" in text  # the cursor is on the first event
        assert "Lào Cai – Yên Bái" in text


async def test_rows_show_markers_for_inferred_years_ranges_and_unknown_years(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        lines = [timeline._render_row(r, 79, timeline.rich_style).text for r in range(len(timeline.data))]
        joined = "\n".join(lines)
        assert "~2017-01-07" in joined  # inferred year
        assert "2018-11-24… " in joined  # below 110 columns a range shows its first day and "…"
        wide = "\n".join(timeline._render_row(r, 150, timeline.rich_style).text for r in range(len(timeline.data)))
        assert "2018-11-24–25" in wide  # from 110 columns, both ends
        assert "????-05-20" in joined  # unknown year
        assert "2020-10 " in joined and "2012 " in joined  # month and year precision
        assert "Lào Cai – Yên Bái +1" in joined  # the three-party event


async def test_cursor_keys_move_over_events_only(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert cursor_event(app)["date"] == "2006-02-26"
        await press(pilot, "j")
        assert cursor_event(app)["date"] == "2009-08-15"  # the 2009 heading was skipped
        await press(pilot, "down", "down")
        assert cursor_event(app)["date"] == "2012"
        await press(pilot, "k", "up")
        assert cursor_event(app)["date"] == "2009-08-15"
        await press(pilot, "G")
        assert cursor_event(app)["date"] == "--05-20"
        await press(pilot, "g")
        assert cursor_event(app)["date"] == "2006-02-26"
        await press(pilot, "end")
        assert cursor_event(app)["date"] == "--05-20"
        await press(pilot, "home")
        assert cursor_event(app)["date"] == "2006-02-26"
        await press(pilot, "pagedown")
        after_page = cursor_event(app)["date"]
        assert after_page > "2012"
        await press(pilot, "pageup")
        assert cursor_event(app)["date"] < after_page
        assert "#1" in screen_text(app).splitlines()[0] or cursor_event(app)["date"] != "2006-02-26"


async def test_year_and_month_jumps_land_on_the_first_event_of_the_period(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "right_square_bracket")
        assert cursor_event(app)["date"] == "2009-08-15"
        await press(pilot, "right_square_bracket", "right_square_bracket", "right_square_bracket")
        assert cursor_event(app)["date"] == "2014-03-05"
        await press(pilot, "left_square_bracket")
        assert cursor_event(app)["date"] == "2012"
        # months: 2016-09-22 and 2016-09-23 share September
        await press(pilot, "right_square_bracket", "right_square_bracket", "right_square_bracket")
        assert cursor_event(app)["date"] == "2016-09-22"
        await press(pilot, "right_curly_bracket")
        assert cursor_event(app)["date"] == "2017-01-07"
        await press(pilot, "left_curly_bracket")
        assert cursor_event(app)["date"] == "2016-09-22"
        await press(pilot, "j", "left_curly_bracket")  # from 09-23 back to the month's start
        assert cursor_event(app)["date"] == "2016-09-22"
        # the year heading is shown above the event a year jump lands on
        timeline = app.screen.query_one(Timeline)
        assert timeline.data.is_heading(int(timeline.scroll_y))


async def test_go_to_date(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2019")
        assert cursor_event(app)["date"] == "2019-04-02"
        await press(pilot, "colon")
        await type_text(pilot, "7/2019")
        await press(pilot, "enter")
        assert cursor_event(app)["date"] == "2019-07-11"
        await goto_date(pilot, "?")
        assert cursor_event(app)["date"] == "--05-20"
        await goto_date(pilot, "2030")
        assert cursor_event(app)["date"] == "2024-03-08"  # nothing later: the last dated event
        await goto_date(pilot, "năm ngoái")
        assert "not a date" in screen_text(app)  # the prompt stays open with the reason
        await press(pilot, "escape")
        assert cursor_event(app)["date"] == "2024-03-08"


async def test_mouse_click_selects_a_row(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        row = timeline.data.row_of_rank(timeline.data.ranks[2])
        await pilot.click(Timeline, offset=(10, row - int(timeline.scroll_y)))
        await settle(pilot)
        assert cursor_event(app)["id"] == shown_events(app)[2]["id"]
