"""The correction form as the eighteenth QA round found it (appqa18): the type in the
interface's language, Enter on "Not an event", and ``u`` taking back the correction just
saved (an event hidden by mistake returns without the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, make_app, press, said_soon, screen_text, settle, type_text


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("qa18c") / "hoptac.json")


# -- new (appqa18): the correction form's type in the interface's language --------------------

async def test_the_correction_form_takes_the_type_in_vietnamese_without_accents(tmp_path: Path, vietnamese) -> None:
    from app_support import cursor_event, goto_date
    from hoptac.core.store import corrections as corr
    from hoptac.core.store.segments import Store
    from hoptac.tui.screens.correct import CorrectScreen
    from textual.widgets import Input

    db = build_fixture_db(tmp_path / "hoptac.json")
    app = make_app(db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")  # Lào Cai – Thái Bình, 2024-03-08, a conference
        ev = cursor_event(app)
        assert ev is not None and ev["type"] == "conference"
        await press(pilot, "C")
        form = app.screen
        assert isinstance(form, CorrectScreen)
        field = form.query_one("#correct-type", Input)
        assert field.value == "hội nghị"  # as the timeline and the detail name it, not "conference"
        assert "ký kết, thăm, công bố" in screen_text(app)
        field.focus()
        await press(pilot, "end", *(["backspace"] * 10))
        await type_text(pilot, "ky k")
        await press(pilot, "right")  # accepts the completion, accent-free
        assert field.value == "ky ket"
        await press(pilot, "enter")
        assert not isinstance(app.screen, CorrectScreen), screen_text(app)
        await settle(pilot)
        await press(pilot, "enter")  # the detail says what the extraction said, in Vietnamese too
        if "bản trích xuất ghi" not in screen_text(app):
            await press(pilot, "i")
        said = " ".join(screen_text(app).split())
        assert "bản trích xuất ghi: loại hội nghị" in said, said  # was "type conference"
        assert "type" not in said
    [rec] = corr.list_corrections(Store(db))
    assert rec["event_id"] == ev["id"] and rec["set"] == {"type": "signing"}


@pytest.mark.parametrize("typed,code", [("ký kết", "signing"), ("KY", "signing"), ("hoi nghi", "conference"),
                                        ("thăm", "visit"), ("cong bo", "announcement"), ("signing", "signing"),
                                        ("khac", "other"), ("meeting", None), ("", None)])
def test_a_typed_type_is_read_in_either_language(typed: str, code: str | None, vietnamese) -> None:
    from hoptac.tui.screens.correct import type_code

    assert type_code(typed) == code


async def test_an_unknown_type_is_refused_with_the_names_of_the_interface(db: Path, vietnamese) -> None:
    from app_support import goto_date
    from hoptac.tui.screens.correct import CorrectScreen
    from textual.widgets import Input

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")
        await press(pilot, "C")
        form = app.screen
        form.query_one("#correct-type", Input).focus()
        await press(pilot, "end", *(["backspace"] * 10))
        await type_text(pilot, "hop mat")
        form.query_one("#correct-pair", Input).focus()
        await press(pilot, "enter")
        assert isinstance(app.screen, CorrectScreen)
        assert "không có loại sự kiện “hop mat” (một trong: hội nghị, ký kết" in screen_text(app)
        assert app.focused is form.query_one("#correct-type", Input)


# -- new (appqa18): Enter on "Not an event" saves; u takes the correction just saved back ------

@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_not_an_event_then_u_brings_the_event_back(tmp_path: Path, lang: str) -> None:
    from app_support import cursor_event, shown_events, wait_workers
    from hoptac.core.store import corrections as corr
    from hoptac.core.store.segments import Store
    from hoptac.tui import i18n
    from hoptac.tui.screens.correct import CorrectScreen

    db = build_fixture_db(tmp_path / "hoptac.json")
    i18n.set_language(lang)
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "j")
        ev = cursor_event(app)
        total = len(shown_events(app))
        await press(pilot, "C", "tab", "tab", "tab", "tab", "space", "enter")  # tick it, Enter saves
        assert not isinstance(app.screen, CorrectScreen), screen_text(app)
        await wait_workers(app)
        await settle(pilot)
        said = await said_soon(pilot, app, "u")
        assert ("(u takes it back)" if lang == "en" else "(u để huỷ)") in said, said
        assert ev["id"] not in {e["id"] for e in shown_events(app)} and len(shown_events(app)) == total - 1
        assert len(corr.list_corrections(Store(db))) == 1
        footer = screen_text(app).splitlines()[-1]
        assert ("u Undo" if lang == "en" else "u Lấy lại") in footer, footer
        await press(pilot, "u")  # the event hidden by mistake comes back
        await wait_workers(app)
        await settle(pilot)
        said = await said_soon(pilot, app, "extraction" if lang == "en" else "trích xuất")
        assert ("taken back" if lang == "en" else "Đã huỷ bản sửa") in said, said
        assert len(shown_events(app)) == total and cursor_event(app)["id"] == ev["id"]
        assert "u Undo" not in screen_text(app).splitlines()[-1]
    assert corr.list_corrections(Store(db)) == []


async def test_u_after_x_still_brings_the_filters_back(db: Path) -> None:
    from hoptac.core.store.query import Filter

    app = make_app(db, initial=Filter(province="Lào Cai"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "x", "u")
        assert app.screen.flt.province == "Lào Cai"
