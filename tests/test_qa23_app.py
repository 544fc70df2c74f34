"""The app and the command line as the QA helper of round twenty-three found them (appqa23),
on about 350 real pages at 80x24, 60x24 and 160x40: an answer redirected to a full disk,
a full disk met part way through an export, the partners' strips at 60 columns, and the
export's file name. (Every sentence here is written for the test.)"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app_support import make_app, make_article, make_event, press, settle
from cli_support import one_db  # noqa: F401  (a fixture)
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import IngestItem, Store

FULL = Path("/dev/full")


# -- an answer redirected to a full disk: one line, exit 1 ---------------------------------------

@pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [["events", "--jsonl"], ["events", "--json", "--limit", "1"], ["export", "-o", "-"],
                                  ["pairs", "--format", "csv"], ["--help"]])
def test_an_answer_to_a_full_disk_is_one_line_not_a_traceback(one_db: Path, tmp_path: Path, args: list[str]) -> None:
    """``hoptac events --jsonl > big.jsonl`` on a disk that fills up printed Python's
    traceback of ``OSError: [Errno 28]`` (twice: again at the flush on exit)."""
    env = {**os.environ, "HOME": str(tmp_path), "HOPTAC_DB": str(one_db), "LANG": "C.UTF-8"}
    env.pop("HOPTAC_LANG", None)
    with FULL.open("wb") as full:
        done = subprocess.run([sys.executable, "-m", "hoptac", "--lang", "en", *args], stdout=full,
                              stderr=subprocess.PIPE, env=env, timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err.strip().splitlines() == ["hoptac: cannot write the output: the disk is full"], err


def test_a_full_disk_under_a_file_names_the_file_and_its_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Redirected to a file (``> answer.jsonl``), the line names it and its disk."""
    from hoptac.tui import cli_output

    answer = tmp_path / "answer.jsonl"
    monkeypatch.setattr(cli_output, "_stdout_file", lambda: answer)
    line = cli_output.output_full(OSError(errno.ENOSPC, "No space left on device"))
    assert line is not None and line.startswith(f"cannot write {answer}: the disk holding {tmp_path}"), line
    assert cli_output.output_full(OSError(errno.EACCES, "Permission denied")) is None  # not ours to word
    assert cli_output.output_full(BrokenPipeError()) is None  # `| head`: ended quietly, as before


def test_a_full_disk_part_way_through_a_write_claims_no_need(tmp_path: Path) -> None:
    """An export stopped by the disk after its first chunks said "this write needs about 0
    kB more": what was written so far, not what the write needs. The need is said only when
    every chunk was in hand."""
    from hoptac.core.store.errors import StoreError
    from hoptac.core.store.storage import atomic_write_bytes

    def chunks():
        yield b"[" + b" " * 300
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "out.json"
    with pytest.raises(StoreError) as got:
        atomic_write_bytes(target, chunks())
    said = str(got.value)
    assert "is full" in said and "needs about" not in said, said
    assert not target.exists() and not list(tmp_path.iterdir())  # nothing left behind


# -- the partners' strips fit a narrow window ---------------------------------------------------

def _delta_db(path: Path) -> Path:
    """Cà Mau with a long-named partner (Thừa Thiên Huế) and a partner of 1960 and 2024, so
    the strips span more years than fit beside the names at 60 columns."""
    items = []
    cm = ("Cà Mau", "tỉnh", "Cà Mau")
    ties = [("1960", ("Ninh Bình", "tỉnh", "Ninh Bình"), "Năm 1960"),
            ("2024-03-08", ("Ninh Bình", "tỉnh", "Ninh Bình"), "Ngày 8/3/2024"),
            ("2019-06-02", ("Thừa Thiên Huế", "tỉnh", "Thừa Thiên Huế"), "Ngày 2/6/2019"),
            ("2025-01-15", ("Hồ Chí Minh", "thành phố", "Hồ Chí Minh"), "Ngày 15/1/2025")]
    for k, (date, other, said) in enumerate(ties):
        art = make_article(f"qa23/delta{k}.txt", f"Cà Mau và bạn bè lần thứ {k}\n\n{said}, hai địa phương đã "
                           f"ký kết chương trình hợp tác mới.\n")
        items.append(IngestItem(art, [make_event(art, said, date, "signing", [cm, other], date_text=said)]))
    Store(path).apply(items)
    return path


@pytest.mark.parametrize("width", [60, 80])
async def test_the_partners_strips_fit_the_window(tmp_path: Path, width: int) -> None:
    """At 60 columns a partner's line (name, count, years, 26 years of strip) was wider than
    the list: every line wrapped, its last bars alone under the name."""
    from textual.widgets import OptionList, Static

    app = make_app(_delta_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "P")
        await pilot.pause(0.2)
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        room = options.size.width - options.styles.gutter.width
        rows = [o.prompt.cell_length for o in options._options]
        assert rows and max(rows) <= room, (rows, room)
        title = str(app.screen.query_one("#partners-title", Static).visual)
        if width == 80:  # room enough: the 26 years as before
            assert "strips 2000–2025" in title, title
        else:  # fewer years, said in the title; 1960 before them still marked
            assert "strips 2000–2025" not in title and "◂" in title, title
        prompts = [str(o.prompt) for o in options._options]
        assert any(p.startswith("Ninh Bình") and "◂" in p for p in prompts), prompts


async def test_the_partners_strips_follow_a_resize(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    app = make_app(_delta_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "P")
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.resize_terminal(60, 24)
        await pilot.pause(0.2)
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        room = options.size.width - options.styles.gutter.width
        assert max(o.prompt.cell_length for o in options._options) <= room


# -- the export's file name gives the dates as they were typed -----------------------------------

def test_the_export_name_gives_an_upper_bound_as_typed() -> None:
    """"To 2022" is stored as 2022-12-31: the file was "hoptac-export-2020-2022-12-31-signing-…"
    where the filter bar and the prompt said "2020–2022 · signing"."""
    from hoptac.tui.screens.exporting import default_export_name

    name = default_export_name(Filter(since="2020", until="2022-12-31", type="signing"), "2026-12-05")
    assert name == "hoptac-export-2020-2022-signing-2026-12-05.json"
    assert default_export_name(Filter(until="2024-02-29"), "2026-12-05") == "hoptac-export-2024-02-2026-12-05.json"
    assert default_export_name(Filter(since="2019-03-08"), "2026-12-05") == "hoptac-export-2019-03-08-2026-12-05.json"


# -- a correction saved while another hoptac writes says that it waits ---------------------------

async def test_a_correction_waiting_for_another_writer_says_so(tmp_path: Path) -> None:
    """With an ingest writing the database, Enter in the correction form closed it and
    nothing was said until the lock came free (the command line says "waiting for another
    hoptac process …"): a reader took the correction for lost. The app says it waits, then
    that the correction is saved."""
    import filelock

    from app_support import cursor_event, said_soon
    from hoptac.core.store import corrections as corr
    from textual.widgets import Input

    db = _delta_db(tmp_path / "hoptac.json")
    app = make_app(db)
    lock = filelock.FileLock(str(db) + ".lock")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        ev = cursor_event(app)
        await press(pilot, "C")
        app.screen.query_one("#correct-date", Input).value = "1961"
        await settle(pilot)
        lock.acquire()
        try:
            await pilot.press("enter")  # not ``press``: its settling would wait for the writer
            said = await said_soon(pilot, app, "waiting for another hoptac")
            assert "waiting for another hoptac process to finish writing" in said, said
            assert not corr.list_corrections(Store(db))
        finally:
            lock.release()
        said = await said_soon(pilot, app, "saved")
        assert "Correction 1 saved: date 1961" in said and "waiting" not in said, said
    [rec] = corr.list_corrections(Store(db))
    assert rec["event_id"] == ev["id"] and rec["set"]["date"] == "1961"


# -- the pair dialog on the 2025 map counts as the filter it leads to ----------------------------

def _merged_db(path: Path) -> Path:
    """Thái Bình with Hải Dương (2020), Hưng Yên with Hải Phòng (2021), Thái Bình with Hưng
    Yên (2022): on today's map Hưng Yên – Hải Phòng twice, and Hưng Yên with itself once."""
    items = []
    tb, hy = ("Thái Bình", "tỉnh", "Thái Bình"), ("Hưng Yên", "tỉnh", "Hưng Yên")
    hd, hp = ("Hải Dương", "tỉnh", "Hải Dương"), ("Hải Phòng", "thành phố", "Hải Phòng")
    for k, (date, sides, said) in enumerate([("2020-04-02", [tb, hd], "Ngày 2/4/2020"),
                                             ("2021-05-03", [hy, hp], "Ngày 3/5/2021"),
                                             ("2022-06-04", [tb, hy], "Ngày 4/6/2022")]):
        art = make_article(f"qa23/merged{k}.txt", f"Hai tỉnh bạn gặp nhau lần {k}\n\n{said}, lãnh đạo hai địa phương "
                           f"đã ký kết chương trình hợp tác.\n")
        items.append(IngestItem(art, [make_event(art, said, date, "signing", sides, date_text=said)]))
    Store(path).apply(items)
    return path


async def test_the_pair_dialog_on_the_2025_map_counts_todays_units(tmp_path: Path) -> None:
    """With ``m`` on, ``p`` listed "Thái Bình 2 events", then "Hải Dương 1 event", and the
    filter it set (on today's map: Hưng Yên – Hải Phòng) showed 2 events. The lists are now
    today's units, counted as the filter counts (an old name typed finds its unit)."""
    from textual.widgets import OptionList

    from app_support import shown_events, type_text

    app = make_app(_merged_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "m", "p")
        await type_text(pilot, "thai binh")
        options = app.screen.query_one(OptionList)
        first = [str(o.prompt) for o in options._options]
        assert first == ["Hưng Yên  3 events · 1 partner"], first
        await press(pilot, "enter")
        second = [str(o.prompt) for o in options._options]
        assert "Hải Phòng  2 events" in second and "Hưng Yên (merged)  1 event" in second, second
        await type_text(pilot, "hai phong")
        await press(pilot, "enter")
        await settle(pilot)
        assert len(shown_events(app)) == 2
    app = make_app(_merged_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:  # without the map: the articles' names, as before
        await settle(pilot)
        await press(pilot, "p")
        await type_text(pilot, "thai binh")
        first = [str(o.prompt) for o in app.screen.query_one(OptionList)._options]
        assert first == ["Thái Bình  2 events · 2 partners"], first


# -- a folder with no *.txt in it is said, not taken for a good ingest ---------------------------

def test_a_folder_without_txt_files_is_said_and_exits_1(tmp_path: Path) -> None:
    """``hoptac ingest ~/pages/`` on a folder of .html files said "0 files: 0 new, 0
    unchanged, 0 replaced, 0 failed" and exited 0, as if all had gone well."""
    from click.testing import CliRunner

    from cli_support import ONE
    from hoptac.tui.cli import main

    pages, good = tmp_path / "pages", tmp_path / "good"
    pages.mkdir()
    good.mkdir()
    (pages / "a.html").write_text("<p>Lào Cai</p>", encoding="utf-8")
    (good / "one.txt").write_text(ONE, encoding="utf-8")
    db = str(tmp_path / "db.json")
    result = CliRunner().invoke(main, ["--lang", "en", "ingest", "--db", db, str(pages), str(good)])
    assert result.exit_code == 1, result.output
    assert f"warning {pages}: no *.txt file in this folder" in " ".join(result.output.split()), result.output
    assert "Traceback" not in result.output and "1 file: 1 new" in result.output
    result = CliRunner().invoke(main, ["--lang", "en", "ingest", "--db", db, str(good)])
    assert result.exit_code == 0 and "no *.txt" not in result.output, result.output  # a folder read: nothing said


# -- the app on a database that is not there: said before the screen changes ---------------------

def test_the_app_on_a_missing_database_says_so_before_the_screen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """``hoptac --db typo.json`` switched the terminal to the app's loading screen, then left
    it and said "no database at …", the line cut in two at the terminal's width."""
    from hoptac.tui import app as app_module

    started = []
    monkeypatch.setattr(app_module.HoptacApp, "run", lambda self, *a, **k: started.append(self) or 1)
    typo = tmp_path / "typo.json"
    assert app_module.run_app(typo) == 1
    assert not started and not typo.exists()
    err = capsys.readouterr().err
    assert err.splitlines() == [f"hoptac: no database at {typo} (`hoptac ingest --db {typo} FILES` creates one)"], err


# -- the search prompt says what the search does -------------------------------------------------

@pytest.mark.parametrize("size", [(80, 24), (60, 24)])
async def test_the_search_prompt_says_words_together_are_a_phrase(tmp_path: Path, size: tuple[int, int]) -> None:
    """The prompt said "All words must appear", but syllables typed together are a phrase
    ("thu duc" finds "Thủ Đức", not every page with "thu" here and "đức" there)."""
    from app_support import screen_text

    app = make_app(_delta_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        said = " ".join(" ".join(line.strip(" │") for line in screen_text(app).splitlines()).split())
        assert "All words must appear" not in said, said
        assert "Words typed together are a phrase; phrases apart by commas must all appear." in said, said
        assert "Enter keeps them, Esc goes back." in said, said  # whole on the screen


async def test_quitting_while_a_correction_waits_asks_first(tmp_path: Path) -> None:
    """appqa23 left it: q while a correction waited for another hoptac's lock quit and the
    correction was lost. The first q now says so; the correction is saved when the lock comes
    free, and q then quits."""
    import filelock

    from app_support import said_soon
    from hoptac.core.store import corrections as corr
    from textual.widgets import Input

    db = _delta_db(tmp_path / "hoptac.json")
    app = make_app(db)
    lock = filelock.FileLock(str(db) + ".lock")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "C")
        app.screen.query_one("#correct-date", Input).value = "1962"
        await settle(pilot)
        lock.acquire()
        try:
            await pilot.press("enter")
            await said_soon(pilot, app, "waiting for another hoptac")
            await pilot.press("q")
            said = await said_soon(pilot, app, "Press q again")
            assert "Press q again to quit without it" in said, said
            assert app.is_running and app.return_code is None
        finally:
            lock.release()
        said = await said_soon(pilot, app, "Correction 1 saved")
        assert "Correction 1 saved: date 1962" in said, said
        for _ in range(200):   # the worker says "saved" before its own count comes down (a thread)
            if app.saving == 0:
                break
            await pilot.pause(0.05)
        assert app.saving == 0
        await pilot.press("q")
        await pilot.pause(0.2)
        assert app.return_code == 0
    [rec] = corr.list_corrections(Store(db))
    assert rec["set"]["date"] == "1962"
