"""Pilot tests of the app's filters and search: the pair picker, searching the text, clearing and
bringing back filters, the filter form, the empty state, and filters that fail or are overtaken."""

from __future__ import annotations

from pathlib import Path

from hoptac.core.store.query import Filter

from app_pilot import SIZE, cursor_event, goto_date, make_app, press, screen_text, settle, shown_events, type_text
from app_support import db, fixture_events  # noqa: F401 (db: a fixture)


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
