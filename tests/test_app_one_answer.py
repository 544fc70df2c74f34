"""The app builds one answer at a time (issue 14's memory row, branch ``appmem14``): a
search's preview still being built when Enter confirms the same text is not built a second
time beside it, and an answer replaced by a newer filter stops before the newer one is
built, so two answers' arrays are never held at once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from app_support import build_fixture_db, make_app, settle

from hoptac.core.store.query import Filter

SIZE = (80, 24)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("db") / "hoptac.json")


def _gated(main, gate: threading.Event, calls: list[str], busy: list[int], most: list[int]) -> None:
    """``main.index.filter`` waits for ``gate`` the first time, and records each call and
    how many run at once."""
    real = main.index.filter
    lock = threading.Lock()

    def filter_(flt, **kwargs):
        with lock:
            calls.append(flt.search or flt.describe())
            busy[0] += 1
            most[0] = max(most[0], busy[0])
        try:
            gate.wait(10)
            return real(flt, **kwargs)
        finally:
            with lock:
                busy[0] -= 1

    main.index.filter = filter_


async def test_enter_on_the_preview_being_built_builds_it_once(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # typing pauses only once the whole text is typed: on a loaded machine two keystrokes
    # of the pilot can lie further apart than the prompt's 0.15 s (the preview was built for "h")
    monkeypatch.setattr("hoptac.tui.screens.prompt.DEBOUNCE", 2.0)
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.screen
        want = list(main.index.filter(Filter(search="hoi dam")))
        gate, calls, busy, most = threading.Event(), [], [0], [0]
        _gated(main, gate, calls, busy, most)
        await pilot.press("slash")
        await pilot.press(*"hoi dam")
        for _ in range(500):   # the preview starts once typing pauses, and waits at the gate
            await pilot.pause(0.02)   # (up to 10 s: on a loaded machine the worker starts late)
            if calls:
                break
        assert calls == ["hoi dam"]
        await pilot.press("enter")
        await pilot.pause(0.05)
        gate.set()
        await settle(pilot)
        assert calls == ["hoi dam"]   # Enter did not build it again
        assert main.flt.search == "hoi dam" and main.view_flt.search == "hoi dam"
        assert list(main.ranks) == want and 0 < len(want)


async def test_a_replaced_answer_stops_before_the_next_is_built(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.screen
        provinces = main.index.provinces()
        want = list(main.index.filter(Filter(province=provinces[0])))
        gate, calls, busy, most = threading.Event(), [], [0], [0]
        _gated(main, gate, calls, busy, most)
        main.apply_filter(Filter(search="hop tac"))
        for _ in range(500):   # (up to 10 s, as above)
            await pilot.pause(0.02)
            if calls:
                break
        main.apply_filter(Filter(province=provinces[0]))   # while "hop tac" waits at the gate
        await pilot.pause(0.1)
        assert len(calls) == 1   # the newer waits for the one replaced
        gate.set()
        await settle(pilot)
        assert most[0] == 1 and len(calls) == 2
        assert main.view_flt == Filter(province=provinces[0]) and list(main.ranks) == want
