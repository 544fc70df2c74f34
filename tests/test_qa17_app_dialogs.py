"""The app's dialogs and forms as the seventeenth QA round found them (appqa17): the people dialog's
"unknown" in words, the correction form's cursor, end date and "Not an event" box, and the filter bar
and dialog writing a year as it was typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import db, make_app, press, screen_text, settle  # noqa: F401 (db: a fixture)


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
