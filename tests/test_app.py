"""Pilot tests of the app: timeline, moving, filters, search, detail pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import (
    build_fixture_db,
    cursor_event,
    goto_date,
    fixture_events,
    make_app,
    press,
    screen_text,
    settle,
    shown_events,
    type_text,
)
from hoptac.core.store.query import Filter
from hoptac.tui.widgets.detail import HIT_STYLE, DetailPane
from hoptac.tui.widgets.timeline import Timeline

SIZE = (80, 24)
WIDE = (160, 40)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("db") / "hoptac.json")


def _with(*provinces: str) -> list[str]:
    """Ids of the fixture events whose parties include all ``provinces``, in timeline order."""
    out = []
    for ev in sorted(fixture_events(), key=lambda e: (e["date"].startswith("--"), e["date"], e["title"])):
        have = {p["province"] for p in ev["parties"]}
        if all(p in have for p in provinces):
            out.append(ev["id"])
    return out


def _ids(app) -> list[str]:
    return [ev["id"] for ev in shown_events(app)]


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


async def test_pair_picker_narrows_to_exactly_that_pair(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        await type_text(pilot, "lao cai")  # no accents
        await press(pilot, "enter")
        await type_text(pilot, "THAI")  # any case
        await press(pilot, "enter")
        assert app.screen.flt.pair == ("Lào Cai", "Thái Bình")
        assert _ids(app) == _with("Lào Cai", "Thái Bình")
        assert len(_ids(app)) == 5
        text = screen_text(app)
        assert "Lào Cai – Thái Bình" in text and "5 of 19 events" in text
        assert all(set(e["pair"]) == {"Lào Cai", "Thái Bình"} for e in shown_events(app))


async def test_pair_typed_in_one_go_and_three_party_events_match_each_pair(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        await type_text(pilot, "yen bai, lao cai")
        await press(pilot, "enter")
        assert app.screen.flt.pair == ("Lào Cai", "Yên Bái")
        assert _ids(app) == _with("Lào Cai", "Yên Bái")
        await press(pilot, "p")
        await type_text(pilot, "ha giang,yen bai")
        await press(pilot, "enter")
        assert [e["date"] for e in shown_events(app)] == ["2015-06-12"]  # Hà Giang is the third party


async def test_pair_picker_any_partner_is_a_province_filter(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        await type_text(pilot, "ha noi")
        await press(pilot, "enter", "enter")  # the first option of step 2: any partner
        assert app.screen.flt.province == "Hà Nội" and app.screen.flt.pair is None
        assert _ids(app) == _with("Hà Nội")


async def test_search_ignores_accents_and_case_and_reads_article_text(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await type_text(pilot, "hội đàm")
        await press(pilot, "enter")
        with_accents = _ids(app)
        assert "2019-04-02" in [e["date"] for e in shown_events(app)] and len(with_accents) < 19
        await press(pilot, "slash")
        for _ in range(10):
            await pilot.press("backspace")
        await type_text(pilot, "HOI DAM")
        await press(pilot, "enter")
        assert _ids(app) == with_accents
        assert "“HOI DAM”" in screen_text(app)
        await press(pilot, "slash")
        for _ in range(10):
            await pilot.press("backspace")
        await type_text(pilot, "xoa doi giam ngheo")  # only in the body of the Hà Nội visit article
        await press(pilot, "enter")
        assert [e["date"] for e in shown_events(app)] == ["2017-01-07"]


async def test_x_clears_and_u_brings_the_filters_back(db: Path) -> None:
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Thái Bình")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(shown_events(app)) == 5
        await goto_date(pilot, "2014")
        kept = cursor_event(app)["id"]
        await press(pilot, "x")
        assert len(shown_events(app)) == 19 and app.screen.flt.is_empty()
        assert "All 19 events" in screen_text(app) and "u brings the filters back" in screen_text(app)
        await press(pilot, "u")
        assert app.screen.flt == Filter(pair=("Lào Cai", "Thái Bình")) and len(shown_events(app)) == 5
        assert cursor_event(app)["id"] == kept
        # Backspace no longer clears (it could not be undone); a new filter forgets the undo
        await press(pilot, "backspace")
        assert len(shown_events(app)) == 5
        await press(pilot, "x")
        app.screen.apply_filter(Filter(type="visit"))
        await settle(pilot)
        await press(pilot, "u")
        assert {e["type"] for e in shown_events(app)} == {"visit"}


async def test_cursor_stays_on_the_same_event_when_a_filter_keeps_it(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2018-09-19")
        before = cursor_event(app)["id"]
        app.screen.apply_filter(Filter(province="Thái Bình"))
        await settle(pilot)
        assert cursor_event(app)["id"] == before


async def test_empty_state_says_what_to_do(db: Path, tmp_path: Path) -> None:
    app = make_app(db, initial=Filter(search="zzqxy"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "No events match" in text and "press x to clear" in text.lower()
        assert "0 of 19 events" in text
    empty = tmp_path / "empty.json"
    from hoptac.core.store.segments import Store

    Store(empty).apply([])
    app = make_app(empty)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert "has no events yet" in text and "hoptac ingest FOLDER" in text


async def test_detail_shows_fields_and_the_article_with_the_sentence_highlighted(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024", open_detail=True)
        ev = cursor_event(app)
        assert ev["date"] == "2024-03-08"
        detail = app.screen.query_one(DetailPane)
        assert detail.display and not app.screen.query_one(Timeline).display  # full screen at 80 columns
        fields = str(detail.query_one("#fields").render())
        assert "~2024-03-08 · day · year inferred from context" in fields
        assert "“Chiều 8/3”" in fields and "Lào Cai (tỉnh) · Thái Bình (tỉnh)" in fields
        assert "Đặng Xuân Phong — Bí thư Tỉnh ủy Lào Cai" in fields
        hit = detail.query_one("#art-hit").render()
        highlighted = [str(hit)[s.start:s.end] for s in hit.spans if str(s.style) == HIT_STYLE]
        # (the pane cuts the lines itself, a space made a newline: wrap.break_lines)
        assert [x.replace("\n", " ") for x in highlighted] == [ev["snippet"]]
        # the highlighted paragraph is on screen
        assert ev["snippet"][:40] in screen_text(app).replace("\n ", " ")
        # Esc goes back to the timeline, on the same event
        await press(pilot, "escape")
        assert app.screen.query_one(Timeline).display and not detail.display
        assert cursor_event(app)["id"] == ev["id"]


async def test_boilerplate_is_folded_and_marked_when_shown(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024", open_detail=True)
        detail = app.screen.query_one(DetailPane)

        def article_text() -> str:
            return "\n".join(str(detail.query_one(f"#art-{p}").render()) for p in ("pre", "hit", "post"))

        folded = article_text()
        assert "2.JPG" not in folded and "Tin cùng chuyên mục" not in folded
        assert "not part of the article" in folded
        await press(pilot, "o")
        shown = article_text()
        assert "┆ 2.JPG" in shown and "┆ Tin cùng chuyên mục" in shown


async def test_same_article_key_lists_its_events_and_esc_goes_back(db: Path) -> None:
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Yên Bái")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2023", open_detail=True)  # open the detail of the 2023 conference
        ev = cursor_event(app)
        await press(pilot, "a")
        assert {e["article_id"] for e in shown_events(app)} == {ev["article_id"]}
        assert [e["date"] for e in shown_events(app)] == ["2006-02-26", "2011-09-30", "2021-04-17", "2023-02-18"]
        assert cursor_event(app)["id"] == ev["id"]
        top = screen_text(app).splitlines()[0]
        assert "Article: Tỉnh Lào Cai và tỉnh Yên Bái" in top and "Esc back" in top
        await press(pilot, "escape")
        assert app.screen.flt == Filter(pair=("Lào Cai", "Yên Bái"))
        assert cursor_event(app)["id"] == ev["id"]


async def test_n_and_shift_n_step_through_events_in_the_detail(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        first = cursor_event(app)
        await press(pilot, "n")
        detail = app.screen.query_one(DetailPane)
        assert detail.event is cursor_event(app) and detail.event["date"] == "2009-08-15"
        await press(pilot, "N")
        assert detail.event["id"] == first["id"]


async def test_wide_terminal_shows_timeline_and_detail_side_by_side(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        detail = app.screen.query_one(DetailPane)
        assert timeline.display and detail.display
        assert timeline.region.right <= detail.region.x
        await press(pilot, "j")
        assert detail.event["id"] == cursor_event(app)["id"]
        await press(pilot, "tab")
        assert app.focused is app.screen.query_one("#detail-article")
        await press(pilot, "escape")
        assert app.focused is timeline


async def test_mouse_click_selects_a_row(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        row = timeline.data.row_of_rank(timeline.data.ranks[2])
        await pilot.click(Timeline, offset=(10, row - int(timeline.scroll_y)))
        await settle(pilot)
        assert cursor_event(app)["id"] == shown_events(app)[2]["id"]


async def test_initial_filter_from_the_command_line(db: Path) -> None:
    app = make_app(db, initial=Filter(pair=("Hà Nội", "Lào Cai"), since="2015-01-01"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [e["date"] for e in shown_events(app)] == ["2017-01-07"]
        assert "Hà Nội – Lào Cai" in screen_text(app).splitlines()[0]


async def test_filter_form_sets_dates_type_and_reports_bad_values(db: Path) -> None:
    from textual.widgets import Input, Select

    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        form = app.screen
        form.query_one("#f-since", Input).value = "2010"
        form.query_one("#f-until", Input).value = "2019"
        form.query_one("#f-type", Select).value = "signing"
        form.query_one("#f-province", Input).value = "lao cai"
        await press(pilot, "ctrl+s")
        flt = app.screen.flt
        assert (flt.since, flt.until, flt.type, flt.province) == ("2010", "2019-12-31", "signing", "Lào Cai")
        assert [e["date"] for e in shown_events(app)] == ["2011-09-30", "2015-06-12", "2018-09-19"]
        await press(pilot, "f")
        app.screen.query_one("#f-since", Input).value = "2020"
        await press(pilot, "ctrl+s")
        assert "is after" in screen_text(app)  # From after To: the form stays open
        app.screen.query_one("#f-pair", Input).value = "lao cai, atlantis"
        app.screen.query_one("#f-since", Input).value = ""
        await press(pilot, "ctrl+s")
        assert "no province matches “atlantis”" in screen_text(app)
        await press(pilot, "escape")
        assert app.screen.flt == flt


async def test_filtering_keeps_only_the_last_request(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        for flt in (Filter(search="hội nghị"), Filter(province="Hà Nội"), Filter(type="signing")):
            screen.apply_filter(flt)
        await settle(pilot)
        assert screen.view_flt == Filter(type="signing")
        assert {e["type"] for e in shown_events(app)} == {"signing"}


async def test_search_results_follow_the_typing_and_esc_goes_back(db: Path) -> None:
    from hoptac.tui.screens.prompt import DEBOUNCE, PromptScreen

    app = make_app(db, initial=Filter(province="Lào Cai"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = _ids(app)
        await press(pilot, "slash")
        await type_text(pilot, "hoi dam")
        await pilot.pause(DEBOUNCE * 3)
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)          # still typing: the dialog is open
        main = app.screen_stack[-2]
        assert main.flt.search == "hoi dam" and main.flt.province == "Lào Cai"
        previewed = [main.index.events[r]["id"] for r in main.ranks]
        assert previewed and set(previewed) < set(before)    # the timeline behind already shows them
        await press(pilot, "escape")
        assert app.screen is main and main.flt == Filter(province="Lào Cai")
        assert _ids(app) == before                           # Esc: back to what was there
        await press(pilot, "slash")
        await type_text(pilot, "hoi dam")
        await press(pilot, "enter")                          # Enter at once: no wait for the pause
        assert main.flt.search == "hoi dam" and _ids(app) == previewed


async def test_a_filter_that_cannot_read_its_files_keeps_the_view_and_says_why(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = _ids(app)
        main = app.screen

        def broken(*_a, **_k):
            raise OSError(5, "Input/output error")

        main.index.filter = broken
        main.apply_filter(Filter(search="hoi nghi"))
        await settle(pilot)
        assert app.is_running and app.screen is main
        assert main.flt == Filter() and _ids(app) == before
        assert any("Input/output error" in str(n.message) for n in app._notifications)
