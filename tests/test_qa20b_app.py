"""The app as the second QA helper of round twenty found it (appqa20b), at 60x20 and 80x24:
the detail's footer with a search open keeps the keys a user needs most."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, goto_date, make_app, make_article, make_event, press, screen_text, settle


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("qa20b") / "hoptac.json")


# -- the detail's footer at 60 columns with a search open -------------------------------------

async def _detail_footer(db: Path) -> str:
    from hoptac.core.store.query import Filter

    app = make_app(db, initial=Filter(search="thai binh"))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2009", open_detail=True)
        await settle(pilot)
        return screen_text(app).splitlines()[-1]


async def test_the_detail_footer_keeps_fields_and_correct_with_a_search_at_60_columns(fixture_db: Path) -> None:
    line = await _detail_footer(fixture_db)
    for key in ("esc Back", "i Fields", "C Correct", "? Help", "q Quit"):
        assert key in line, line  # the match keys give way first: i and C are what a reader needs
    assert len(line) <= 60


async def test_the_detail_footer_keeps_fields_and_correct_with_a_search_in_vietnamese(fixture_db: Path,
                                                                                      vietnamese) -> None:
    line = await _detail_footer(fixture_db)
    assert line.rstrip().endswith("q Thoát") and "esc Quay lại" in line, line
    assert "i " in line and "C " in line, line
    assert len(line) <= 60


# -- the detail's summary line keeps its "i fields" hint on the line in Vietnamese --------------

def _long_pair_db(path: Path) -> Path:
    """One conference of two places whose names fill the summary line at 60 columns."""
    from hoptac.core.store.segments import IngestItem, Store

    text = ("Hai thành phố bàn hợp tác du lịch\n\nNgày 14/5/2019, lãnh đạo Thành phố Hồ Chí Minh và tỉnh "
            "Bà Rịa - Vũng Tàu đã họp bàn kế hoạch hợp tác du lịch giai đoạn tới.\n")
    art = make_article("qa20b/long.txt", text, body=("Ngày", None))
    ev = make_event(art, "Ngày 14/5/2019", "2019-05-14", "conference",
                    [("Hồ Chí Minh", "thành phố", "Hồ Chí Minh"), ("Bà Rịa - Vũng Tàu", "tỉnh", "Bà Rịa - Vũng Tàu")],
                    date_text="Ngày 14/5/2019")
    Store(path).apply([IngestItem(art, [ev])])
    return path


async def test_the_summary_hint_stays_on_its_line_at_60_columns_in_vietnamese(tmp_path: Path, vietnamese) -> None:
    app = make_app(_long_pair_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert lines[2].rstrip().endswith("i các trường"), lines[:4]  # "trường" was on a line of its own
        assert lines[3].strip().startswith("───"), lines[:4]
