"""A worker's answer that arrives after its screen is gone is dropped, not a traceback.

CI once ended a test with ``NoMatches: No nodes match 'Timeline'``: a correction was
saved, its reload's rows were handed to the main screen by ``call_from_thread``, and the
app had begun quitting, its widgets already pruned. The same holds for a dialog closed with
Esc before its list was gathered. (The database here is the shared test fixture.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import build_fixture_db, make_app, press, settle
from hoptac.tui.screens.main import MainScreen, build_rows
from hoptac.tui.screens.people import PeopleScreen

SIZE = (80, 24)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("landing") / "hoptac.json")


async def test_rows_landing_after_the_app_quit_are_dropped(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        shown = list(main.ranks)
        data = build_rows(main.index, main.ranks)
        token = main._token
    assert shown and not app.is_running
    # what the filter worker's ``call_from_thread`` runs (in the app's context), once the
    # app has quit; and with no app left at all
    with app._context():
        main._show_result(token, main.flt, data, None)
        main._filter_failed(token, "the answer came too late")
    main._show_result(token, main.flt, data, None)
    assert list(main.ranks) == shown


async def test_the_people_list_landing_after_esc_is_dropped(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        people = app.screen
        assert isinstance(people, PeopleScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)
        before = list(people.found)
        people._fill([{"name": "Người Đến Muộn", "events": 1}], people._token)   # the gathering's late answer
        assert people.found == before and isinstance(app.screen, MainScreen)
