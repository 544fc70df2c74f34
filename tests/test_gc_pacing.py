"""Full garbage collections wait for a pause in the input (or run anyway when too many
are owed), and the app gives CPython's own schedule back when it ends."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from app_support import build_fixture_db, make_app, settle

from hoptac.tui import gc_pacing
from hoptac.tui.gc_pacing import GCPacer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_full_collection_waits_for_quiet_input() -> None:
    clock, runs = Clock(), []
    pacer = GCPacer(clock=clock, collect=lambda: runs.append(clock.now))
    pacer.touch()
    assert not pacer.due(pending=5)                      # typing: not now
    clock.now += gc_pacing.QUIET / 2
    assert not pacer.due(pending=5)
    clock.now += gc_pacing.QUIET
    assert pacer.due(pending=5)                          # a second of quiet: now
    assert not pacer.due(pending=0)                      # nothing owed: never
    pacer.touch()
    assert pacer.due(pending=gc_pacing.FORCE)            # owed too many: even while typing


def test_tick_collects_only_when_due(monkeypatch) -> None:
    clock, runs = Clock(), []
    pacer = GCPacer(clock=clock, collect=lambda: runs.append(clock.now))
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, 3))
    pacer.touch()
    assert pacer.tick() is False and runs == []
    clock.now += gc_pacing.QUIET + 0.1
    assert pacer.tick() is True and runs == [clock.now] and pacer.collections == 1


def test_start_and_stop_take_and_give_back_the_schedule() -> None:
    before = gc.get_threshold()
    pacer = GCPacer()
    pacer.start()
    try:
        assert gc.get_threshold()[:2] == before[:2]
        assert gc.get_threshold()[2] > 10_000
    finally:
        pacer.stop()
    assert gc.get_threshold() == before


def test_full_collections_held_from_the_start_give_cpythons_schedule_back() -> None:
    before = gc.get_threshold()
    assert gc.isenabled()
    gc_pacing.hold_full_collections()  # what ``hoptac`` does before importing Textual
    try:
        assert not gc.isenabled()          # nothing collected until the first frame
        assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] > 10_000
        gc_pacing.hold_full_collections()  # twice: still CPython's schedule remembered
        pacer = GCPacer()
        pacer.start()                      # the app's pacer takes over ...
        assert not gc.isenabled()
        gc_pacing.resume_young_collections()  # the first frame is painted
        assert gc.isenabled() and gc.get_threshold()[2] > 10_000
        pacer.stop()                       # ... and gives back CPython's own, not the held one
        assert gc.get_threshold() == before
    finally:
        gc_pacing.release_full_collections()
    assert gc.get_threshold() == before and gc.isenabled()
    gc_pacing.release_full_collections()   # nothing held: nothing changed
    assert gc.get_threshold() == before and gc.isenabled()


def test_a_collector_switched_off_before_the_start_stays_off() -> None:
    gc.disable()
    try:
        gc_pacing.hold_full_collections()
        gc_pacing.resume_young_collections()
        assert not gc.isenabled()
        gc_pacing.release_full_collections()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_run_app_gives_the_schedule_back_when_the_database_is_refused(tmp_path: Path, capsys) -> None:
    from hoptac.tui.app import run_app

    before = gc.get_threshold()
    bad = tmp_path / "bad.json"
    bad.write_text("not a database")
    gc_pacing.hold_full_collections()
    assert run_app(bad) == 1 and "hoptac:" in capsys.readouterr().err
    assert gc.get_threshold() == before and gc.isenabled()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("db") / "hoptac.json")


async def test_the_app_paces_collections_and_hears_keys(db: Path) -> None:
    before = gc.get_threshold()
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert gc.get_threshold()[2] > 10_000
        app.gc_pacer.last_input = 0.0
        await pilot.press("down")
        await settle(pilot)
        assert app.gc_pacer.last_input > 0.0             # a key counts as input
    assert gc.get_threshold() == before
