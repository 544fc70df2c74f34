"""The app as the seventeenth QA round found it at 80x24 and 60x20 (appqa17): what the
footer keeps in a narrow window, where the help lists keys, what the dialogs say."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, make_app, press, screen_text, settle


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("qa17") / "hoptac.json")


# -- finding 16: the footer at 60 columns ---------------------------------------------------

async def _footers(db: Path, size: tuple[int, int]) -> tuple[str, str, str]:
    """The footer line on the timeline, in the detail, and after a resize to 80 columns."""
    app = make_app(db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        main = screen_text(app).splitlines()[-1]
        await press(pilot, "enter")
        detail = screen_text(app).splitlines()[-1]
        await press(pilot, "escape")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await pilot.pause(0.1)
        wider = screen_text(app).splitlines()[-1]
        return main, detail, wider


async def test_the_footer_keeps_help_and_quit_at_60_columns_in_vietnamese(db: Path, vietnamese) -> None:
    main, detail, wider = await _footers(db, (60, 20))
    for line in (main, detail):
        assert line.rstrip().endswith("q Thoát"), line  # whole, not "q T"
        assert "? Trợ giúp" in line, line
        assert len(line) <= 60
    assert "esc Quay lại" in detail
    assert "e Xuất" in wider and "q Thoát" in wider  # keys left out come back when there is room


async def test_the_footer_keeps_help_and_quit_at_60_columns(db: Path) -> None:
    main, detail, _wider = await _footers(db, (60, 20))
    assert main.rstrip().endswith("q Quit") and "? Help" in main, main
    assert detail.rstrip().endswith("q Quit") and "esc Back" in detail, detail


def test_fit_keys_leaves_out_the_last_keys_and_keeps_pairs_together() -> None:
    from types import SimpleNamespace as K

    from hoptac.tui.widgets.footer import fit_keys

    keys = [K(key_display="esc", description="Back", action="screen.back"),
            K(key_display="o", description="Other", action="toggle_other"),
            K(key_display="n", description="Next", action="step_event(1)"),
            K(key_display="N", description="Prev", action="step_event(-1)"),
            K(key_display="?", description="Help", action="help"),
            K(key_display="e", description="Export", action="export"),
            K(key_display="q", description="Quit", action="quit")]
    assert fit_keys(keys, 80) == keys
    names = [k.description for k in fit_keys(keys, 38)]
    assert names == ["Back", "Next", "Prev", "Help", "Quit"]  # "o" first, then the last (Export)
    names = [k.description for k in fit_keys(keys, 30)]
    assert names == ["Back", "Help", "Quit"]  # Next and Prev go together
    assert [k.description for k in fit_keys(keys, 5)] == ["Back", "Help", "Quit"]  # never fewer


# -- finding 14: n/N in the help ---------------------------------------------------------------

async def test_the_help_lists_n_and_N_under_the_detail(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        sections = dict(app.screen.rows())
        detail = [what for _keys, what in sections["Detail pane (the article)"]]
        files = [what for _keys, what in sections["Filters, views and files"]]
        assert "Next event, while the detail is open" in detail
        assert "Previous event, while the detail is open" in detail
        assert not any("while the detail is open" in what for what in files)
        # the event keys come before the search-match keys that share n and N
        assert detail.index("Next event, while the detail is open") < next(
            i for i, what in enumerate(detail) if what.startswith("With a search: the next place"))


# -- finding 15: the people dialog says "unknown" in words ----------------------------------

@pytest.fixture(scope="module")
def unknown_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app_support import make_article, make_event
    from hoptac.core.store.segments import IngestItem, Store

    text = ("Hai tỉnh trao đổi kinh nghiệm\n\nNgày 20/5, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, "
            "tiếp đoàn công tác tỉnh Yên Bái.\n")
    art = make_article("qa17/people.txt", text, body=("Ngày", None))
    ev = make_event(art, "Ngày 20/5", "--05-20", "visit", [("Lào Cai", "tỉnh", "Lào Cai"), ("Yên Bái", "tỉnh", "Yên Bái")],
                    people=[("Nguyễn Văn An", "Bí thư Tỉnh ủy")])
    path = tmp_path_factory.mktemp("qa17people") / "hoptac.json"
    Store(path).apply([IngestItem(art, [ev])])
    return path


@pytest.mark.parametrize("lang,province,year", [("en", "Lào Cai or Yên Bái", "year unknown"),
                                                ("vi", "Lào Cai hoặc Yên Bái", "không rõ năm")])
async def test_the_people_dialog_says_unknown_in_words(unknown_db: Path, lang: str, province: str, year: str) -> None:
    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(unknown_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        await pilot.pause(0.2)
        await settle(pilot)
        lines = screen_text(app).splitlines()
    row = next(line for line in lines if "Nguyễn Văn An" in line)
    # the title names no province: the event's two (appqa19; "province unknown" before)
    assert f"Nguyễn Văn An · {province}" in row and year in row, row
    assert " · ?" not in row and not row.rstrip(" │…").endswith("?"), row
    title = next(line for line in lines if "Bí thư Tỉnh ủy" in line)
    assert year in title and "?" not in title, title


# -- finding 17: the correction form sends the cursor to the field at fault -------------------

async def _clear(pilot, n: int) -> None:
    await press(pilot, "end", *(["backspace"] * n))


@pytest.mark.parametrize("field,typed,said", [
    ("#correct-date", "2024-13", "not a date"),
    ("#correct-type", "meeting", "unknown event type"),
    ("#correct-date-end", "2024-01-01", "before the date"),
])
async def test_a_refused_value_takes_the_cursor_to_its_field(db: Path, field: str, typed: str, said: str) -> None:
    from app_support import goto_date
    from hoptac.tui.screens.correct import CorrectScreen
    from textual.widgets import Input

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")
        await press(pilot, "C")
        form = app.screen
        assert isinstance(form, CorrectScreen)
        if field == "#correct-date-end":  # a new date, and an end before it
            await _clear(pilot, 10)
            await pilot.press(*"2024-03-09")
        form.query_one(field, Input).focus()
        await _clear(pilot, 20)
        await pilot.press(*typed)
        form.query_one("#correct-pair", Input).focus()  # Enter from another field
        await press(pilot, "enter")
        assert isinstance(app.screen, CorrectScreen) and said in screen_text(app)
        assert app.focused is form.query_one(field, Input), app.focused


async def test_enter_with_nothing_changed_says_so_in_the_apps_words(db: Path) -> None:
    from app_support import goto_date

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")
        await press(pilot, "C", "enter")
        shown = screen_text(app)
        assert "nothing changed" in shown and "--date" not in shown  # not the command line's options


# -- finding 18: the short Vietnamese types are words a reader knows ---------------------------

async def test_the_narrow_type_column_reads_as_words_in_vietnamese(db: Path, vietnamese) -> None:
    from hoptac.tui.widgets.text import short_type_width, type_label

    shorts = {t: type_label(t, short=True) for t in ("conference", "signing", "visit", "announcement", "other")}
    assert shorts["conference"] == "họp" and shorts["announcement"] == "công bố"
    assert not any("." in s for s in shorts.values())  # no cut words ("hnghị", "c.bố")
    assert short_type_width() == max(len(s) for s in shorts.values())
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
    row = next(line for line in lines if line[2:6] == "2012")  # the plan Hà Nội and Lào Cai issue
    assert " công bố " in row, row
    assert any(" họp " in line for line in lines)


def test_the_narrow_type_column_stays_five_cells_in_english() -> None:
    from hoptac.tui.widgets.text import short_type_width

    assert short_type_width() == 5


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


async def test_an_end_date_alone_before_the_events_date_keeps_the_form_open(db: Path) -> None:
    from app_support import goto_date
    from hoptac.tui.screens.correct import CorrectScreen
    from textual.widgets import Input

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")   # 2024-03-08
        await press(pilot, "C", "tab")
        await pilot.press(*"2020-01-01")
        form = app.screen
        await press(pilot, "enter")
        assert app.screen is form and isinstance(form, CorrectScreen)  # not closed to say "Not saved"
        assert "before the date" in screen_text(app)
        assert app.focused is form.query_one("#correct-date-end", Input)


# -- new (appqa17): the exported file's name is not cut off at 80 columns -----------------------

async def test_the_export_message_shows_the_files_name_whole_at_80_columns(db: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from hoptac.core.store.query import Filter

    deep = tmp_path / "a-research-folder-with-a-long-name" / "provinces-cooperation-2026"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Yên Bái")))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        name = app.screen.query_one("Input").value
        await press(pilot, "enter")
        await settle(pilot)
        for _ in range(40):
            lines = screen_text(app).splitlines()
            at = [i for i, line in enumerate(lines) if "Exported" in line]
            if at:
                break
            await pilot.pause(0.05)
    assert (deep / name).exists()
    said = " ".join(line.strip(" ▌") for line in lines[at[0]:])  # the message, wrapped (appqa18)
    assert f"Exported 6 events to {name} in" in said, said
    assert "".join(f"{name} in {deep}".split()) in "".join(said.split()), said  # a long folder folds at the edge


# -- new (appqa17): "Not an event" looks unchecked when it is, without colour too ----------------

async def test_the_not_an_event_box_shows_its_mark_only_when_checked(db: Path) -> None:
    from app_support import goto_date
    from textual.widgets import Checkbox

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")
        await press(pilot, "C")
        row = next(line for line in screen_text(app).splitlines() if "Not an event" in line)
        assert "▐ ▌ Not an event" in row, row  # unchecked: no X (colour alone told it apart)
        app.screen.query_one(Checkbox).value = True
        await settle(pilot)
        row = next(line for line in screen_text(app).splitlines() if "Not an event" in line)
        assert "▐X▌ Not an event" in row, row


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


# -- new (appqa17): the filter bar writes a "To" year as typed ----------------------------------

def test_an_upper_bound_is_written_as_it_was_typed() -> None:
    from hoptac.core.store.query import Filter
    from hoptac.tui.widgets.text import describe_filter, until_label

    assert until_label("2020-12-31") == "2020" and until_label("2020-02-29") == "2020-02"
    assert until_label("2019-02-28") == "2019-02" and until_label("2020-02-28") == "2020-02-28"
    assert until_label("2020-06-15") == "2020-06-15"
    assert describe_filter(Filter(province="Hà Tĩnh", since="2019", until="2020-12-31")) == "Hà Tĩnh · 2019–2020"


async def test_the_filter_dialog_says_from_and_to_as_typed(db: Path) -> None:
    from textual.widgets import Input

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        app.screen.query_one("#f-since", Input).value = "2019"
        app.screen.query_one("#f-until", Input).value = "2018"
        await press(pilot, "enter")
        shown = screen_text(app)
        assert "“From” (2019) is after “To” (2018)" in shown, shown
        app.screen.query_one("#f-until", Input).value = "2020"
        await press(pilot, "enter")
        await settle(pilot)
        assert "2019–2020 " in screen_text(app).splitlines()[0]  # not "2019–2020-12-31"


# -- new (appqa17): the command palette's filters speak Vietnamese in Vietnamese ---------------

async def test_the_palettes_filters_are_in_the_interfaces_language(db: Path, vietnamese) -> None:
    from app_support import type_text
    from hoptac.core.store.query import Filter
    from textual.command import CommandPalette

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "thai binh")
        for _ in range(50):  # the palette searches in the background
            if "Tỉnh: Thái Bình" in screen_text(app):
                break
            await pilot.pause(0.05)
        shown = screen_text(app)
        assert "Tỉnh: Thái Bình" in shown and "Province:" not in shown, shown
        assert "Keep only" not in shown
        await press(pilot, "enter")
        await settle(pilot)
        assert app.screen.flt == Filter(province="Thái Bình")
