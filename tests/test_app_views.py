"""Pilot tests of the research views in the app: people (w), partners (P), the 2025 map (m),
and their palette commands; snapshots at 80x24 and 160x40."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import keys, build_fixture_db, goto_date, make_app, press, screen_text, settle, shown_events, type_text
from hoptac.core.store.query import Filter
from hoptac.tui.screens.palette import ACTIONS
from hoptac.tui.screens.partners import PartnersScreen
from hoptac.tui.screens.people import PeopleScreen
from textual.command import CommandPalette

SIZE = (80, 24)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("views") / "hoptac.json")


def _names(app) -> set[str]:
    return {p["name"] for p in app.screen.found}


async def test_people_screen_finds_a_name_and_filters_the_timeline(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        assert isinstance(app.screen, PeopleScreen)
        assert {"Đặng Xuân Phong", "Hoàng Trung Hải", "Đỗ Đức Duy"} <= _names(app)
        assert app.screen.found[0]["name"] == "Đặng Xuân Phong"   # most events first
        text = screen_text(app)
        assert "Bí thư Tỉnh ủy Lào Cai" in text                     # the highlighted person's titles
        await type_text(pilot, "DUC DUY")                             # accents and case optional
        assert _names(app) == {"Đỗ Đức Duy"}
        await type_text(pilot, "x")
        assert _names(app) == set() and "nobody by that name" in screen_text(app)
        await press(pilot, "backspace")
        await press(pilot, "enter")
        main = app.screen
        assert not isinstance(main, PeopleScreen)
        assert main.flt.person == "Đỗ Đức Duy"
        events = shown_events(app)
        assert events and all(any(p["name"] == "Đỗ Đức Duy" for p in e["people"]) for e in events)
        assert "person Đỗ Đức Duy" in screen_text(app)


async def test_people_screen_lists_the_people_of_what_is_shown_and_esc_leaves_it(db: Path) -> None:
    app = make_app(db, initial=Filter(province="Hà Nội"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = [e["id"] for e in shown_events(app)]
        await press(pilot, "w")
        assert "Hoàng Trung Hải" in _names(app) and "Đỗ Đức Duy" not in _names(app)
        await press(pilot, "escape")
        assert not isinstance(app.screen, PeopleScreen)
        assert [e["id"] for e in shown_events(app)] == before and app.screen.flt == Filter(province="Hà Nội")


async def test_partners_of_the_selected_event_and_enter_filters_the_pair(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")     # Lào Cai – Thái Bình
        event = shown_events(app)[0]
        parties = [p["province"] for p in app.screen.timeline.current_event["parties"]]
        await press(pilot, "P")
        screen = app.screen
        assert isinstance(screen, PartnersScreen) and screen.province == parties[0]
        partners = [p["partner"] for p in screen.found]
        assert partners and parties[0] not in partners
        assert [p["events"] for p in screen.found] == sorted((p["events"] for p in screen.found), reverse=True)
        await press(pilot, "tab")          # the event's other party
        assert screen.province == parties[1]
        first = screen.found[0]["partner"]
        await press(pilot, "enter")
        main = app.screen
        assert not isinstance(main, PartnersScreen)
        assert set(main.flt.pair) == {parties[1], first}
        assert all({parties[1], first} <= {p["province"] for p in e["parties"]} for e in shown_events(app))
        assert event  # (the event we started from)


async def test_partners_of_a_typed_province(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.timeline.current_event  # noqa: B018
        await press(pilot, "P")
        screen = app.screen
        await type_text(pilot, "thai binh")
        await press(pilot, "enter")
        assert screen.province == "Thái Bình"
        assert [p["partner"] for p in screen.found] == ["Lào Cai"]
        assert "Partners of Thái Bình" in screen_text(app)


async def test_the_2025_map_key_shows_in_the_filter_bar_and_merges_provinces(db: Path) -> None:
    app = make_app(db, initial=Filter(pair=("Hưng Yên", "Lào Cai")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert shown_events(app) == []
        await press(pilot, "m")
        app.clear_notifications()
        await settle(pilot)
        assert app.screen.flt.map == "2025"
        assert "map 2025" in screen_text(app).splitlines()[0]
        events = shown_events(app)
        assert events and all(e["pair"] == ["Lào Cai", "Thái Bình"] for e in events)
        await press(pilot, "m")
        assert app.screen.flt.map is None and shown_events(app) == []


async def test_merged_partners_on_the_2025_map(db: Path) -> None:
    app = make_app(db, initial=Filter(map="2025"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "P")
        await type_text(pilot, "yen bai")
        await press(pilot, "enter")
        screen = app.screen
        merged = [p for p in screen.found if p["merged"]]
        assert merged and merged[0]["partner"] == "Lào Cai"   # Yên Bái is Lào Cai now: kept, marked
        assert "(merged)" in screen_text(app)


async def test_palette_opens_the_views(db: Path) -> None:
    assert {"people", "partners", "toggle_map"} <= {a for _t, _h, a in ACTIONS}
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "people")
        for _ in range(50):
            if "People…" in screen_text(app):
                break
            await pilot.pause(0.05)
        await press(pilot, "enter")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)


# -- snapshots ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (160, 40)], ids=["80x24", "160x40"])
def test_people_snapshot(db: Path, snap_compare, size) -> None:
    assert snap_compare(make_app(db), terminal_size=size, run_before=keys("w", "down"))


@pytest.mark.parametrize("size", [(80, 24), (160, 40)], ids=["80x24", "160x40"])
def test_partners_snapshot(db: Path, snap_compare, size) -> None:
    assert snap_compare(make_app(db), terminal_size=size, run_before=keys("t", *"2024", "enter", "P"))


# -- search matches in the detail pane ------------------------------------------------------------

def _match_texts(app) -> list[str]:
    out = []
    for wid in ("#art-pre", "#art-hit", "#art-post"):
        content = app.screen.query_one(wid).content
        out += [content.plain[s.start:s.end] for s in content.spans if "underline" in str(s.style)]
    return out


async def test_the_detail_marks_every_match_and_n_moves_between_them(db: Path) -> None:
    from app_support import cursor_event
    from hoptac.tui.widgets.detail import ArticleView, DetailPane

    app = make_app(db, initial=Filter(search="thai binh"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024", open_detail=True)
        detail = app.screen.query_one(DetailPane)
        text = detail.article["text"]
        from hoptac.core.text import fold_query

        from hoptac.tui.widgets.detail import article_runs

        assert len(detail.matches) == fold_query(text).count("thai binh")
        shown = [(a, b) for a, b in detail.matches                  # folded-away page text is not shown
                 if any(s <= a and b <= e and is_article for s, e, is_article in article_runs(detail.article))]
        marked = _match_texts(app)
        assert len(marked) == len(shown) > 3
        assert {fold_query(m) for m in marked} == {"thai binh"}
        view = app.screen.query_one(ArticleView)
        event = cursor_event(app)["id"]
        lines = view.match_lines()
        assert len(lines) > 3
        seen = []
        for _ in range(3):
            await press(pilot, "n")
            seen.append(view.scroll_y)
        assert seen == sorted(seen) and seen[-1] > seen[0]          # down through the matches
        assert cursor_event(app)["id"] == event                     # the same event: n moved in the article
        await press(pilot, "N")
        assert view.scroll_y < seen[-1]


async def test_without_a_search_n_still_steps_events_and_nothing_is_marked(db: Path) -> None:
    from app_support import cursor_event

    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024", open_detail=True)
        assert _match_texts(app) == []
        before = cursor_event(app)["id"]
        await press(pilot, "n")
        assert cursor_event(app)["id"] != before


async def test_partners_key_works_from_the_detail_pane(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:     # 80x24: the detail takes the whole screen
        await settle(pilot)
        await goto_date(pilot, "2024", open_detail=True)
        parties = [p["province"] for p in app.screen.timeline.current_event["parties"]]
        await press(pilot, "P")
        assert isinstance(app.screen, PartnersScreen) and app.screen.choices == parties


async def test_hostile_names_show_literally_in_the_people_and_partners_screens(tmp_path: Path) -> None:
    from app_support import build_hostile_db

    app = make_app(build_hostile_db(tmp_path / "hostile.json"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        assert "[b]Người[/b]" in screen_text(app)        # markup shown as typed, not applied
        await press(pilot, "escape")
        await press(pilot, "P")
        text = screen_text(app)
        assert isinstance(app.screen, PartnersScreen) and "\x1b" not in text
