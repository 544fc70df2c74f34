"""The app as the eighteenth QA round found it at 80x24 and 60x20 (appqa18): what the
pair picker's first step tells and which names it knows, the command palette's own
commands in Vietnamese, messages longer than a line or over a dialog, the filter bar at
60 columns, and where a screenshot goes. The correction form's findings:
``test_qa18_corrections.py``."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import make_app, open_library, press, said_soon, screen_text, settle, type_text

from hoptac.core.text import fold_query


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture's articles, plus one whose event has two parties of one province and
    no other (a province with events and no partner, named twice in an event)."""
    from app_support import fixture_items, make_article, make_event
    from hoptac.core.store.segments import IngestItem, Store

    text = ("Huyện vùng cao học tập tỉnh nhà\n\nNgày 3/4/2021, huyện Mường Nhé làm việc với "
            "Sở Nông nghiệp tỉnh Điện Biên về giống lúa mới.\n")
    art = make_article("qa18/alone.txt", text, body=("Ngày", None))
    ev = make_event(art, "Ngày 3/4/2021", "2021-04-03", "conference",
                    [("Mường Nhé", "huyện", "Điện Biên"), ("Sở Nông nghiệp", "tỉnh", "Điện Biên")])
    path = tmp_path_factory.mktemp("qa18") / "hoptac.json"
    Store(path).apply([*fixture_items(), IngestItem(art, [ev])])
    return path


# -- finding 12: the pair picker's first step counts each province's events ----------------

def test_province_totals_equal_counting_each_event(db: Path) -> None:
    from hoptac.core.store.partners import province_totals

    index = open_library(db).index
    events: dict[str, int] = {}
    partners: dict[str, set[str]] = {}
    for r in range(len(index)):
        named = {p["province"] for p in index.events[r].get("parties") or () if p.get("province")}
        for name in named:
            events[name] = events.get(name, 0) + 1
            partners.setdefault(name, set()).update(named - {name})
    want = {name: (n, len(partners[name])) for name, n in events.items()}
    assert province_totals(index) == want
    assert any(p == 0 for _n, p in want.values()) and any(p > 1 for _n, p in want.values())


def _options(app) -> list[str]:
    from textual.widgets import OptionList

    options = app.screen.query_one("#pair-options", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_the_first_step_shows_each_provinces_events_most_first(db: Path, lang: str) -> None:
    from hoptac.core.store.partners import province_totals
    from hoptac.tui import i18n

    totals = province_totals(open_library(db).index)
    i18n.set_language(lang)
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        lines = _options(app)
        assert len(lines) == len(totals)
        events = "sự kiện" if lang == "vi" else "event"
        for line in lines:
            name = line.split("  ")[0]
            n, partners = totals[name]
            assert f"  {n} {events}" in line, line
            assert (("không có đối tác" if lang == "vi" else "no partner") in line) == (partners == 0), line
        counts = [totals[line.split("  ")[0]][0] for line in lines]
        assert counts == sorted(counts, reverse=True)  # the ones that lead anywhere first
        assert "event" in screen_text(app) or "sự kiện" in screen_text(app)  # drawn, not only listed
        await type_text(pilot, "lao cai")
        first = _options(app)[0]
        assert fold_query(first.split("  ")[0]) == "lao cai", first
        await press(pilot, "enter")
        assert "Lào Cai" in screen_text(app).split("\n")[2]  # the second step: its partners


@pytest.mark.parametrize("typed", ["tp hcm", "hcm", "sai gon"])
async def test_the_pair_picker_knows_the_gazetteers_names(db: Path, typed: str) -> None:
    """The filters dialog and "tp hcm, ha noi" + Enter took them; typed alone, step 1 said
    "no match — check the spelling"."""
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        await type_text(pilot, typed)
        lines = _options(app)
        assert len(lines) == 1 and lines[0].startswith("Hồ Chí Minh  "), lines
        await press(pilot, "enter")
        await type_text(pilot, "ha giang")  # a real province that shares no event with it
        assert _options(app) == ["Hà Giang: no events with Hồ Chí Minh"]


async def test_the_partners_view_knows_the_gazetteers_names_too(db: Path) -> None:
    from textual.widgets import OptionList

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "P")  # the selected event's province first; typing lists provinces
        await type_text(pilot, "sai gon")
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert shown == ["Hồ Chí Minh"], shown


# -- finding 10: Textual's own palette commands, palette and messages in Vietnamese ---------

def _hits(app) -> list[str]:
    from textual.command import CommandList

    found = app.screen.query_one(CommandList)
    return [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]


async def _palette(db: Path, typed: str = "") -> tuple[str, list[str], str]:
    """The palette's placeholder, its hits for ``typed`` and the screen's text."""
    from textual.command import CommandInput

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        await type_text(pilot, typed)
        await pilot.pause(0.8)  # "no matches" is said after half a second
        await settle(pilot)
        return str(app.screen.query_one(CommandInput).placeholder), _hits(app), screen_text(app)


ENGLISH_SYSTEM = ("Keys", "Maximize", "Screenshot", "Theme", "Search for commands", "No matches found",
                  "Quit the application", "Show help for the focused widget")


async def test_the_palette_speaks_vietnamese(db: Path, vietnamese) -> None:
    placeholder, hits, text = await _palette(db)
    assert placeholder == "Tìm lệnh…"
    for title in ("Chủ đề màu", "Phím", "Chụp màn hình", "Phóng to", "Thoát"):
        assert any(h.startswith(title) for h in hits), (title, hits)
    for english in ENGLISH_SYSTEM:
        assert english not in text and not any(english in h for h in hits), english


async def test_the_palettes_commands_are_found_without_accents(db: Path, vietnamese) -> None:
    _placeholder, hits, _text = await _palette(db, "phim")
    assert hits and hits[0].startswith("Phím"), hits
    _placeholder, hits, _text = await _palette(db, "chup man")
    assert hits and hits[0].startswith("Chụp màn hình"), hits
    _placeholder, hits, _text = await _palette(db, "loc cap")
    assert any(h.startswith("Lọc: cặp tỉnh") for h in hits), hits  # hoptac's own commands too


async def test_no_match_is_said_in_vietnamese(db: Path, vietnamese) -> None:
    _placeholder, hits, text = await _palette(db, "qqqqzz")
    assert "Không tìm thấy" in text and "No matches" not in text


async def test_the_palette_in_english_keeps_textuals_words(db: Path) -> None:
    placeholder, hits, _text = await _palette(db)
    assert placeholder == "Search for commands…"
    for title in ("Theme", "Keys", "Screenshot", "Quit"):
        assert any(h.startswith(title) for h in hits), (title, hits)


async def test_the_panel_of_keys_speaks_vietnamese(db: Path, vietnamese) -> None:
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        await type_text(pilot, "phim")
        await press(pilot, "enter")
        await pilot.pause(0.2)
        text = screen_text(app)
        assert "Cuộn sang" in text, text
        for english in ("Scroll Left", "Scroll Right", "Page Left", "Focus Next", "Copy selected"):
            assert english not in text, english


async def test_ctrl_c_and_a_screenshot_say_so_in_vietnamese(db: Path, vietnamese, tmp_path: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_help_quit()  # what Ctrl+C does in a terminal (the pilot's Ctrl+C is the screen's copy)
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert said == ["Bấm q để thoát hoptac (Ctrl+C không thoát)"], said
        app.clear_notifications()
        app.deliver_screenshot(path=str(tmp_path))
        for _ in range(50):
            await pilot.pause(0.05)
            if app._notifications:
                break
        said = [str(n.message) for n in app._notifications]
        assert len(said) == 1 and said[0].startswith("Đã lưu ảnh màn hình vào " + str(tmp_path)), said
        assert list(tmp_path.glob("*.svg"))


def test_every_textual_key_the_panel_can_show_is_in_the_catalogs() -> None:
    """Textual's own key descriptions on hoptac's screens (the pinned version's): each is
    in ``TEXTUAL_WORDS``, so it reaches the catalogs (an upgrade that adds one fails here)."""
    from textual.containers import ScrollableContainer
    from textual.screen import Screen
    from textual.widgets import Button, Checkbox, Input, OptionList, Select
    from textual.widgets._select import SelectOverlay

    from hoptac.tui.screens.system import TEXTUAL_WORDS

    for cls in (Screen, ScrollableContainer, Input, OptionList, Checkbox, Button, Select, SelectOverlay):
        for binding in cls._merge_bindings().key_to_bindings.values():
            for b in binding:
                if b.description and not b.system:
                    assert b.description in TEXTUAL_WORDS, (cls.__name__, b.description)


# -- finding 13: a message longer than a line is said whole -----------------------------------

@pytest.mark.parametrize("lang,size", [("en", (80, 24)), ("vi", (80, 24)), ("en", (60, 20)), ("vi", (60, 20))])
async def test_a_long_message_is_shown_whole(db: Path, lang: str, size: tuple[int, int],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Copying in tmux says how many characters and what tmux needs: longer than a line at
    80 columns; it was cut to one line ("… via the termina…")."""
    from hoptac.tui import i18n

    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    i18n.set_language(lang)
    app = make_app(db)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "c")
        await pilot.pause(0.1)
        said = [str(n.message) for n in app._notifications]
        assert len(said) == 1 and len(said[0]) > size[0], said
        lines = screen_text(app).splitlines()
        start = next(i for i, line in enumerate(lines) if said[0][:20] in line)
        shown = " ".join(line.strip().lstrip("▌").strip() for line in lines[start:])  # (▌: its edge)
        assert "…" not in shown, shown
        assert " ".join(said[0].split()) in " ".join(shown.split()), (said, shown)


# -- new (appqa18): the filter bar at 60 columns keeps its hint whole or leaves it out --------

def test_the_bar_leaves_the_hint_out_whole_then_cuts_the_filters() -> None:
    from textual.content import Content

    from hoptac.tui.widgets.filterbar import fit

    what = Content("Filter: Lào Cai – Yên Bái · 2018–2020")
    assert fit(what, "  3 of 90 events · #1", "   x clears", 80).plain.endswith("x clears")
    line = fit(what, "  3 of 90 events · #1", "   x clears", 58).plain
    assert line.endswith("  3 of 90 events · #1") and "x" not in line.split("#1")[-1]
    line = fit(what, "  3 of 90 events · #1", "   x clears", 40).plain
    assert line.endswith("…  3 of 90 events · #1") and len(line) <= 40, line


async def test_the_bar_at_60_columns_ends_whole(db: Path) -> None:
    from hoptac.core.store.query import Filter

    app = make_app(db, initial=Filter(province="Lào Cai", since="2018", until="2020"))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        bar = screen_text(app).splitlines()[0].rstrip()
        assert bar.endswith("events · #1"), repr(bar)  # not "… · #1   x clear"
        await pilot.resize_terminal(100, 24)
        await settle(pilot)
        await pilot.pause(0.1)
        assert screen_text(app).splitlines()[0].rstrip().endswith("x clears")


# -- new (appqa18): a message showing when a dialog opens stays off the dialog ----------------

@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_message_over_a_dialog_stays_along_the_bottom(db: Path, size: tuple[int, int]) -> None:
    app = make_app(db)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.notify("Exported 6 events to hoptac-export-lao-cai-yen-bai-2026-11-21.json in /home/someone/research")
        await settle(pilot)
        await press(pilot, "e")  # the export dialog, the message still showing
        await pilot.pause(0.1)
        lines = screen_text(app).splitlines()
        bottom = max(i for i, line in enumerate(lines) if "╰" in line)  # the dialog's last line
        said = [i for i, line in enumerate(lines) if "▌" in line]
        assert said and min(said) > bottom, "\n".join(lines)
        assert lines[said[0]].lstrip().startswith("▌ Exported 6 events")  # the line of the main screen


# -- new (appqa18): the palette's screenshot goes where an export goes, or says why not -------

async def test_the_screenshot_command_saves_in_the_current_folder(db: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "no-such-home"))  # no Downloads folder: it failed there
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        await type_text(pilot, "screenshot")
        await press(pilot, "enter")
        said = await said_soon(pilot, app, "Screenshot saved")
        assert said.startswith(f"Screenshot saved to {tmp_path}"), said
        assert len(list(tmp_path.glob("*.svg"))) == 1


async def test_a_screenshot_that_cannot_be_saved_says_why(db: Path, tmp_path: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.deliver_screenshot(path=str(tmp_path / "missing" / "folder"))
        said = await said_soon(pilot, app, "Could not")
        assert said.startswith("Could not save the screenshot: ") and len(said) > 32, said
