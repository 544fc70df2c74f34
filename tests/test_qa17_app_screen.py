"""The app as the seventeenth QA round found it at 80x24 and 60x20 (appqa17): what the footer keeps
in a narrow window, where the help lists keys, the narrow type column's words, the export message
whole at 80 columns, and the command palette's filters in the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import db, make_app, press, screen_text, settle  # noqa: F401 (db: a fixture)


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
