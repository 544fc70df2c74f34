"""The app opens its database in a thread behind a loading screen."""

from __future__ import annotations

from pathlib import Path

from hoptac.tui.app import HoptacApp, run_app
from hoptac.tui.screens.main import MainScreen


async def _until_main(app: HoptacApp, pilot) -> None:
    for _ in range(400):
        await pilot.pause(0.02)
        if isinstance(app.screen, MainScreen):
            break
    await app.workers.wait_for_complete()
    await pilot.pause()



async def _ends_with(app: HoptacApp) -> int | None:
    """Run the app until it ends by itself (at most 4 s); its return code."""
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if app.return_code is not None:
                break
    return app.return_code


async def test_a_new_database_is_seeded_behind_the_loading_screen(tmp_path: Path, monkeypatch) -> None:
    from hoptac.core import dbpaths as library_mod  # where the default database is (library re-exports it)

    db = tmp_path / "new.json"
    monkeypatch.setattr(library_mod, "default_data_path", lambda: db)  # the default database
    app = HoptacApp(None, None, db_path=db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert type(app.screen).__name__ == "LoadingScreen"
        await _until_main(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert len(app.screen.ranks) == len(app.library.index) == 9  # the five seeds' events
    assert db.exists()


async def test_a_damaged_database_ends_the_app_with_its_reason(tmp_path: Path) -> None:
    db = tmp_path / "bad.json"
    db.write_text('{"_default": {"1": {"x": 1}}}')
    app = HoptacApp(None, None, db_path=db)
    assert await _ends_with(app) == 1
    assert db.read_text() == '{"_default": {"1": {"x": 1}}}'


def test_run_app_refuses_a_foreign_file_before_the_screen_changes(tmp_path: Path, capsys) -> None:
    db = tmp_path / "other.json"
    db.write_text('{"_default": {"1": {"x": 1}}}')
    assert run_app(db) == 1
    assert "not a hoptac database" in capsys.readouterr().err


async def test_a_missing_database_named_by_the_user_ends_the_app_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "typo.json"
    app = HoptacApp(None, None, db_path=db)
    assert await _ends_with(app) == 1
    assert sorted(tmp_path.iterdir()) == []


async def test_damaged_cache_files_are_found_after_the_first_frame_and_rebuilt(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from hoptac.core.library import Library
    from hoptac.core.store.segments import Store
    from hoptac.tui.cli import main

    db = tmp_path / "db.json"
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert CliRunner().invoke(main, ["ingest", "--db", str(db), str(seeds)]).exit_code == 0
    Library.open(db)
    want = sorted(e["id"] for e in Store(db).events())
    path = db.with_name("db.json.d") / "words.bin"
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01  # same size: the stamp's sizes still fit, the checksum does not
    path.write_bytes(bytes(raw))
    app = HoptacApp(None, None, db_path=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _until_main(app, pilot)
        # the check runs after the first frame, in the background; the word index may also
        # find the damage first (it marks the caches stale: rows.json goes), so the warning
        # names words.bin or, when that came first, rows.json. Either way the caches are
        # rebuilt and the timeline shown again from them. (30 s is a bound, not a timing.)
        def warned() -> list[str]:
            return [str(n.message) for n in app._notifications if "rebuilt" in str(n.message)]

        for _ in range(1500):
            if warned():
                break
            await pilot.pause(0.02)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(warned()) == 1
        assert "words.bin" in warned()[0] or "rows.json" in warned()[0]
        assert isinstance(app.screen, MainScreen)
        assert sorted(app.library.index.events[r]["id"] for r in app.screen.ranks) == want
    assert Library.open(db).cache_problems == []  # rebuilt on disk


def _seeded(tmp_path: Path) -> Path:
    from click.testing import CliRunner

    from hoptac.tui.cli import main

    db = tmp_path / "db.json"
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert CliRunner().invoke(main, ["ingest", "--db", str(db), str(seeds)]).exit_code == 0
    return db


async def test_the_main_screen_opens_on_the_rows_the_loading_thread_built(tmp_path: Path, monkeypatch) -> None:
    """Every event's rows are built in the loading screen's thread: the main screen shows
    them when it mounts (no filter worker round trip, no empty first frame), and they are
    the rows the filter worker builds."""
    from hoptac.core.store.query import Filter
    from hoptac.tui.screens import main as main_mod

    db = _seeded(tmp_path)
    workers: list[Filter] = []
    worker = MainScreen._filter_worker
    monkeypatch.setattr(MainScreen, "_filter_worker", lambda self, flt, *a: (workers.append(flt), worker(self, flt, *a)))
    mounted: list[int] = []
    on_mount = MainScreen.on_mount
    monkeypatch.setattr(MainScreen, "on_mount", lambda self: (on_mount(self), mounted.append(len(self.ranks))))
    app = HoptacApp(None, None, db_path=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _until_main(app, pilot)
        index = app.library.index
        assert mounted == [len(index)] and len(index) == 9  # the rows were there when it mounted
        assert workers == []
        want = main_mod.build_rows(index, range(len(index)))
        shown = app.screen.timeline.data
        assert list(shown.rows) == list(want.rows) and shown.headings == want.headings
        assert (shown.pair_full, shown.pair_short) == (want.pair_full, want.pair_short) != (0, 0)
        app.screen.apply_filter(Filter(province="Hà Nội"))  # later filters still go through the worker
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert workers == [Filter(province="Hà Nội")]


async def test_rows_the_loading_thread_cannot_build_are_built_by_the_filter_worker(tmp_path: Path,
                                                                                     monkeypatch) -> None:
    from hoptac.tui.screens import main as main_mod

    db = _seeded(tmp_path)
    build = main_mod.build_rows
    calls: list[int] = []

    def flaky(index, ranks, should_stop=None):  # noqa: ANN001
        calls.append(len(ranks))
        if len(calls) == 1:
            raise OSError(5, "Input/output error")  # the loading thread's attempt
        return build(index, ranks, should_stop)

    monkeypatch.setattr(main_mod, "build_rows", flaky)
    app = HoptacApp(None, None, db_path=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _until_main(app, pilot)
        assert calls == [9, 9]  # the worker's second attempt
        assert len(app.screen.ranks) == 9 and not app._notifications


async def test_caches_mapped_by_their_stamp_open_on_the_main_screen_and_are_checked_after(tmp_path: Path,
                                                                                          monkeypatch) -> None:
    """Fresh caches of a database of up to ``textcolumn.STDLIB_LINES`` events: the main
    screen is the first screen (no loading screen), with every event's rows, and the
    caches are still checked after the first frame (the manifest too); a larger one
    shows the loading screen first, as a stale or new one does."""
    from hoptac.core.library import Library
    from hoptac.core.store import textcolumn

    db = _seeded(tmp_path)
    Library.open(db)  # the caches stamped for this manifest
    checked: list[bool] = []
    verify = Library.verify_caches
    monkeypatch.setattr(Library, "verify_caches", lambda self: (checked.append(self.manifest_unchecked),
                                                                verify(self))[1])
    app = HoptacApp(None, None, db_path=db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, MainScreen) and len(app.screen_stack) == 1
        await _until_main(app, pilot)
        assert len(app.screen.ranks) == 9 and checked == [True]
    monkeypatch.setattr(textcolumn, "STDLIB_LINES", 8)  # fewer than the nine events
    app = HoptacApp(None, None, db_path=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _until_main(app, pilot)
        assert type(app.screen_stack[0]).__name__ == "LoadingScreen"  # the first screen, beneath
        assert isinstance(app.screen, MainScreen) and len(app.screen.ranks) == 9
