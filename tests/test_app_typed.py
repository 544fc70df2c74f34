"""What a user types into the app is read as NFKC, and a search with nothing to look for
says so (issue 10, item 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, cursor_event, goto_date, make_app, press, settle, type_text

SIZE = (80, 24)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("db") / "hoptac.json")


async def test_go_to_date_with_full_width_digits(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "２０１９")  # the same year as "2019", not the unknown-year block
        assert cursor_event(app)["date"] == "2019-04-02"
        await goto_date(pilot, "１１/７/２０１９")
        assert cursor_event(app)["date"] == "2019-07-11"


async def test_a_search_with_nothing_to_look_for_says_so(db: Path) -> None:
    notes: list[str] = []
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.notify = lambda message, *a, **k: notes.append(str(message))  # type: ignore[method-assign]
        main = app.screen
        every = list(main.ranks)
        await press(pilot, "slash")
        await type_text(pilot, ".*[(")
        await press(pilot, "enter")
        await settle(pilot)
        assert any("Nothing to search for" in n for n in notes), notes
        assert main.flt.search == "" and list(main.ranks) == every
        await press(pilot, "slash")
        await type_text(pilot, "ｈｏｉ ｄａｍ")  # full-width letters: the same words
        await press(pilot, "enter")
        await settle(pilot)
        assert main.flt.search == "hoi dam" and 0 < len(main.ranks) < len(every)
