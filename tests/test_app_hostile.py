"""Untrusted text (titles, bodies, names) shows literally: never markup, never terminal codes."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from app_support import (
    HOSTILE_TITLES,
    build_hostile_db,
    cursor_event,
    make_app,
    press,
    screen_text,
    settle,
    type_text,
)
from hoptac.tui.widgets.detail import DetailPane
from hoptac.tui.widgets.text import visible


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile_db(tmp_path_factory.mktemp("hostile") / "hoptac.json")


def _no_controls(text: str) -> None:
    bad = [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 or c in "\u202e\u2066"]
    assert not bad, bad


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_hostile_titles_show_literally_and_never_reach_the_terminal(db: Path, size) -> None:
    app = make_app(db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        text = screen_text(app)
        _no_controls(text)
        assert "[TODO] Hợp tác [/b] giữa [Lào Cai]"[:28] in text
        assert "[bold red]không phải" in text
        assert "Esc ␛[31mđỏ" in text  # ESC shown as a picture
        assert "NUL␀giữa" in text
        assert "<U+202E>" in text
        # every event's detail renders, with the markup-looking text as it is
        for _ in range(len(HOSTILE_TITLES) + 1):
            await press(pilot, "enter")
            detail = app.screen.query_one(DetailPane)
            fields = str(detail.query_one("#fields").render())
            assert "[b]Người[/b]" in fields or "[b]Tỉnh[/b]" in fields
            article = "".join(str(detail.query_one(f"#art-{p}").render()) for p in ("pre", "hit", "post"))
            _no_controls(fields + article)
            _no_controls(screen_text(app))
            await press(pilot, "escape", "j")


async def test_nfd_text_is_shown_composed(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Tỉnh Lào Cai và tỉnh Yên Bái (NFD)" in text  # NFC, as typed in Vietnamese
        assert unicodedata.normalize("NFD", "Lào Cai") not in text


async def test_hostile_names_in_the_pair_picker_and_palette(db: Path) -> None:
    from textual.command import CommandPalette

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        await type_text(pilot, "[b]")
        text = screen_text(app)
        assert "[b]Tỉnh[/b]" in text
        _no_controls(text)
        await press(pilot, "enter")
        await press(pilot, "enter")  # any partner
        assert app.screen.flt.province == "[b]Tỉnh[/b]"
        assert "[b]Tỉnh[/b]" in screen_text(app).splitlines()[0]
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "esc")
        for _ in range(50):
            if "Province: ␛[31mEsc" in screen_text(app):
                break
            await pilot.pause(0.05)
        assert "Province: ␛[31mEsc" in screen_text(app)
        _no_controls(screen_text(app))


async def test_hostile_event_copies_and_exports_unchanged(db: Path, tmp_path: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "j", "j", "c")  # the ESC-sequence title
        ev = cursor_event(app)
        assert "\x1b" in ev["title"]
        assert json.loads(app.clipboard)["title"] == ev["title"]  # the data is kept exactly
        await press(pilot, "e")
        from textual.widgets import Input

        app.screen.query_one(Input).value = str(tmp_path / "h.json")
        await press(pilot, "enter")
        await settle(pilot)
        doc = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))
        assert [e["title"] for e in doc["events"]][:len(HOSTILE_TITLES)] == HOSTILE_TITLES


def test_visible_maps_every_control_to_something_printable() -> None:
    for cp in [*range(0, 32), *range(0x7F, 0xA0), 0x202E, 0x2066, 0x200B, 0xFEFF]:
        out = visible(f"a{chr(cp)}b")
        assert out.startswith("a") and out.endswith("b")
        _no_controls(out)
    assert visible("a\nb\tc") == "a b c"
    assert visible("a\nb", keep_newlines=True) == "a\nb"
    assert visible("[b]x[/b]") == "[b]x[/b]"
