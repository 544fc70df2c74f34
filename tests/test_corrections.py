"""A reader's corrections (issue 11, "Corrections that stick"): stored as the reader's,
applied wherever events are read, and never lost to a re-ingest, a changed version of
the file, `compact`, deleted caches or a kill -9 during the next ingest."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from hoptac.core.store import corrections as corr
from hoptac.core.store.query import FilterError
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the kill helpers are shared with bench/robustness.py

from bench.faults import make_corpus  # noqa: E402
from seed_copies import events, run, seed_copies  # noqa: E402
from bench.kills import _spawn, wait_gone, children_of  # noqa: E402

SIGNING = "ngày 19/9/2018"  # the signing of Lào Cai and Thái Bình in seed 001


@pytest.fixture()
def lib(tmp_path: Path) -> tuple[Path, Path]:
    """A database of copies of the seeds (so that a test can change a file)."""
    return seed_copies(tmp_path)


def the_signing(db: Path) -> dict:
    found = [e for e in events(db) if e.get("date_text") == SIGNING
             and e.get("source", "").endswith(os.path.join("in", "001_18231fda04807153.txt"))]
    assert len(found) == 1, found
    return found[0]


def correct_signing(db: Path) -> str:
    ev = the_signing(db)
    result = run("correct", "--db", str(db), ev["id"], "--date", "2018-09", "--type", "conference",
                 "--pair", "ha noi,lao cai")
    assert result.exit_code == 0, result.output
    return ev["id"]


def assert_corrected(ev: dict) -> None:
    assert ev["corrected"] is True
    assert (ev["date"], ev["precision"], ev["type"], ev["pair"]) == ("2018-09", "month", "conference",
                                                                     ["Hà Nội", "Lào Cai"])
    assert ev["extracted"]["date"] == "2018-09-19" and ev["extracted"]["type"] == "signing"
    assert ev["extracted"]["pair"] == ["Lào Cai", "Thái Bình"]


def listed(db: Path) -> list[dict]:
    result = run("corrections", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# -- applied where events are read ------------------------------------------------------

def test_a_correction_shows_in_events_json_and_export_with_what_was_extracted(lib, tmp_path: Path) -> None:
    db, _ = lib
    before = {e["id"]: e for e in events(db)}
    eid = correct_signing(db)
    after = {e["id"]: e for e in events(db)}
    assert_corrected(after[eid])
    assert [i for i, e in after.items() if e.get("corrected")] == [eid]  # only that one
    assert set(after) == set(before)
    # the pair filter sees the reader's pair, not the extraction's
    hits = json.loads(run("events", "--db", str(db), "--pair", "lao cai,ha noi", "--json").output)
    assert eid in {e["id"] for e in hits}
    hits = json.loads(run("events", "--db", str(db), "--pair", "lao cai,thai binh", "--json").output)
    assert eid not in {e["id"] for e in hits}
    out = tmp_path / "out.json"
    assert run("export", "--db", str(db), "-o", str(out)).exit_code == 0
    exported = {e["id"]: e for e in orjson.loads(out.read_bytes())["events"]}
    assert_corrected(exported[eid])


def test_a_correction_patches_the_caches_exactly_as_a_rebuild_would(lib) -> None:
    from hoptac.core.store.cache import cache_is_fresh

    db, _ = lib
    eid = correct_signing(db)
    assert cache_is_fresh(Store(db))  # patched in place: the next open rebuilds nothing
    patched = events(db)
    run("correct", "--db", str(db), patched[0]["id"], "--not-event")
    run("correct", "--db", str(db), patched[-1]["id"], "--date", "2001")
    assert cache_is_fresh(Store(db))
    patched = events(db)
    folder = db.with_name(db.name + ".d")
    (folder / "rows.json").unlink()
    rebuilt = events(db)
    assert patched == rebuilt and len(rebuilt) == 8 and rebuilt[0]["date"] == "2001"
    assert eid in {e["id"] for e in rebuilt}
    assert run("corrections", "--db", str(db), "undo", eid).exit_code == 0
    assert cache_is_fresh(Store(db))
    undone = events(db)
    (folder / "rows.json").unlink()
    assert undone == events(db)


def test_not_an_event_hides_it_and_undo_brings_it_back(lib) -> None:
    db, _ = lib
    ev = the_signing(db)
    n = len(events(db))
    result = run("correct", "--db", str(db), ev["id"], "--not-event")
    assert result.exit_code == 0 and "not an event" in result.output
    assert ev["id"] not in {e["id"] for e in events(db)} and len(events(db)) == n - 1
    recs = listed(db)
    assert [(r["event_id"], r["changed"], r["orphaned"]) for r in recs] == [(ev["id"], "not an event", False)]
    result = run("corrections", "--db", str(db), "undo", recs[0]["id"])
    assert result.exit_code == 0, result.output
    back = {e["id"]: e for e in events(db)}
    assert ev["id"] in back and "corrected" not in back[ev["id"]] and len(back) == n
    assert listed(db) == []


def test_a_second_correction_of_an_event_adds_to_the_first_and_undo_by_event_id(lib) -> None:
    db, _ = lib
    eid = correct_signing(db)
    assert run("correct", "--db", str(db), eid, "--date-end", "2018-09-20").exit_code == 0
    recs = listed(db)
    assert len(recs) == 1 and recs[0]["set"]["date_end"] == "2018-09-20" and recs[0]["set"]["type"] == "conference"
    ev = {e["id"]: e for e in events(db)}[eid]
    assert ev["date_end"] == "2018-09-20" and ev["extracted"]["date_end"] is None
    assert run("corrections", "--db", str(db), "undo", eid).exit_code == 0
    assert "corrected" not in {e["id"]: e for e in events(db)}[eid]


# -- it sticks ----------------------------------------------------------------------------

def test_survives_reingest_of_the_same_file_compact_and_deleted_caches(lib) -> None:
    db, src = lib
    eid = correct_signing(db)
    result = run("ingest", "--db", str(db), str(src))
    assert result.exit_code == 0 and "unchanged" in result.output
    assert_corrected({e["id"]: e for e in events(db)}[eid])
    assert run("compact", "--db", str(db)).exit_code == 0
    assert_corrected({e["id"]: e for e in events(db)}[eid])
    folder = db.with_name(db.name + ".d")
    for name in ("rows.json", "columns.bin", "events.jsonl", "articles.jsonl"):
        (folder / name).unlink()
    assert_corrected({e["id"]: e for e in events(db)}[eid])  # rebuilt from the store and the corrections
    assert not listed(db)[0]["orphaned"]


def test_a_changed_file_keeps_the_correction_when_the_event_is_still_there(lib) -> None:
    db, src = lib
    eid = correct_signing(db)
    path = src / "001_18231fda04807153.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nMột dòng thêm vào sau.\n", encoding="utf-8")
    result = run("ingest", "--db", str(db), str(path))
    assert result.exit_code == 0 and "replaced" in result.output, result.output
    ev = the_signing(db)
    assert ev["id"] != eid  # a new version of the article: new ids
    assert_corrected(ev)
    [rec] = listed(db)
    assert rec["event_id"] == ev["id"] and rec["orphaned"] is False
    # compact drops the old version's segment; the correction stays with the new one
    assert run("compact", "--db", str(db)).exit_code == 0
    assert_corrected(the_signing(db))


def test_a_changed_file_without_the_event_reports_the_correction_as_orphaned(lib) -> None:
    db, src = lib
    correct_signing(db)
    path = src / "001_18231fda04807153.txt"
    original = path.read_text(encoding="utf-8")
    assert SIGNING in original
    path.write_text(original.replace(SIGNING, "ngày 20/9/2018"), encoding="utf-8")
    assert run("ingest", "--db", str(db), str(path)).exit_code == 0
    assert not any(e.get("corrected") for e in events(db))
    [rec] = listed(db)
    assert rec["orphaned"] is True and rec["set"]["type"] == "conference"  # kept, never deleted
    table = run("corrections", "--db", str(db))
    assert "orphaned" in table.output
    # the file comes back as it was: the correction follows its event again
    path.write_text(original, encoding="utf-8")
    assert run("ingest", "--db", str(db), str(path)).exit_code == 0
    assert_corrected(the_signing(db))
    assert listed(db)[0]["orphaned"] is False


def test_kill_9_during_the_next_ingest_loses_no_correction(lib, tmp_path: Path) -> None:
    db, src = lib
    eid = correct_signing(db)
    path = src / "001_18231fda04807153.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nMột dòng thêm vào sau.\n", encoding="utf-8")
    corpus = make_corpus(tmp_path / "more", 240, tag="c")
    generation = Store(db).generation
    proc = _spawn(["ingest", "-q", "-j", "2", "--db", str(db), str(path), *map(str, corpus)], 20)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if Store(db).generation > generation:  # a batch is stored: kill the rest mid-way
                break
        except Exception:  # noqa: BLE001 — being written: ask again
            pass
        time.sleep(0.01)
    workers = children_of(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    for pid in wait_gone(workers):
        os.kill(pid, signal.SIGKILL)
    assert proc.stderr is not None
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    # the store opens, the correction is there and applied (to whichever version is stored)
    assert_corrected(the_signing(db))
    assert len(listed(db)) == 1
    # the next ingest finishes the work; the correction follows the new version
    result = run("ingest", "--db", str(db), str(path), *map(str, corpus))
    assert result.exit_code == 0, result.output
    ev = the_signing(db)
    assert_corrected(ev)
    [rec] = listed(db)
    assert rec["event_id"] == ev["id"] != eid and rec["orphaned"] is False


# -- the command line ---------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["--date", "2018-13"], "not a date"),
    (["--date", "2018-02-30"], "no day 30"),
    (["--type", "party"], "unknown event type"),
    (["--pair", "ha noi,atlantis"], "unknown province"),
    (["--pair", "ha noi,hà nội"], "two different partners"),
    (["--date", "2019", "--date-end", "2018"], "before the date"),
    ([], "nothing to correct"),
])
def test_correct_refuses_values_it_cannot_read_in_one_line(lib, args: list[str], message: str) -> None:
    db, _ = lib
    eid = the_signing(db)["id"]
    result = CliRunner().invoke(main, ["correct", "--db", str(db), eid, *args])
    assert result.exit_code == 2 and message in result.output, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert listed(db) == []


def test_an_end_before_the_extracted_date_is_refused(lib) -> None:
    db, _ = lib
    eid = the_signing(db)["id"]  # 2018-09-19
    result = CliRunner().invoke(main, ["correct", "--db", str(db), eid, "--date-end", "2018-09-01"])
    assert result.exit_code == 2 and "would be before the date 2018-09-19" in result.output, result.output
    assert listed(db) == []
    assert run("correct", "--db", str(db), eid, "--date-end", "2018-09").exit_code == 0  # the same month: fine


def test_correct_and_undo_unknown_ids_say_so_in_one_line(lib) -> None:
    db, _ = lib
    result = CliRunner().invoke(main, ["correct", "--db", str(db), "0000000000000000", "--type", "visit"])
    assert result.exit_code == 1 and "no event '0000000000000000'" in result.output
    result = CliRunner().invoke(main, ["corrections", "--db", str(db), "undo", "7"])
    assert result.exit_code == 1 and "no correction '7'" in result.output
    result = CliRunner().invoke(main, ["correct", "--db", str(db.with_name("none.json")), "x", "--type", "visit"])
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_typed_input_is_nfkc(lib) -> None:
    db, _ = lib
    ev = the_signing(db)
    result = run("correct", "--db", str(db), ev["id"], "--date", "２０１８-０９")  # full-width digits
    assert result.exit_code == 0, result.output
    assert {e["id"]: e for e in events(db)}[ev["id"]]["date"] == "2018-09"


def test_corrections_table_on_a_terminal_lists_what_changed(lib, monkeypatch) -> None:
    db, _ = lib
    eid = correct_signing(db)
    import click.testing

    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True)  # as on a terminal
    table = run("corrections", "--db", str(db)).output
    assert eid in table and "applied" in table and "1 correction" in table
    assert "✎ 2018-09" in run("events", "--db", str(db)).output  # the events table marks it
    result = run("corrections", "--db", str(db), "--json")
    [rec] = json.loads(result.output)
    assert rec["event_id"] == eid and rec["changed"] == "date 2018-09; type conference; pair Hà Nội, Lào Cai"
    assert rec["at"][:4].isdigit() and rec["source"].endswith("001_18231fda04807153.txt")


def test_parse_changes_reads_the_precision_from_what_was_typed() -> None:
    assert corr.parse_changes(date="2019") == {"date": "2019", "precision": "year"}
    assert corr.parse_changes(date="3/2019") == {"date": "2019-03", "precision": "month"}
    assert corr.parse_changes(date="8/3/2019")["precision"] == "day"
    assert corr.parse_changes(date_end="") == {"date_end": None}
    with pytest.raises(FilterError):
        corr.parse_changes(date="yesterday")


def test_apply_keeps_the_extraction_and_hides_not_events() -> None:
    ev = {"id": "e", "date": "2020-01-02", "precision": "day", "type": "visit", "pair": ["A", "B"], "parties": []}
    assert corr.apply(ev, {"set": {"not_event": True}}) is None
    out = corr.apply(ev, {"id": "1", "set": {"type": "signing"}})
    assert out is not None and out["type"] == "signing" and out["extracted"] == {"type": "visit"}
    assert ev["type"] == "visit"  # the record as extracted is not changed


def test_check_accepts_and_repair_keeps_the_corrections(lib) -> None:
    db, _ = lib
    eid = correct_signing(db)
    assert run("check", "--db", str(db)).exit_code == 0
    raw = db.read_bytes()
    at = json.loads(raw)["corrections"]["1"]["at"]
    damaged = raw.replace(at.encode(), at.replace("T", "t").encode())  # valid JSON, wrong checksum
    assert damaged != raw
    db.write_bytes(damaged)
    assert run("check", "--db", str(db)).exit_code == 1
    result = run("repair", "--db", str(db))
    assert result.exit_code == 0 and "manifest rebuilt" in result.output, result.output
    assert_corrected({e["id"]: e for e in events(db)}[eid])
    assert len(listed(db)) == 1


def test_a_day_of_unknown_year_reads_as_the_app_shows_it_and_list_is_the_listing(lib) -> None:
    """``--03-26`` is how JSON keeps a day of unknown year; people read ``????-03-26`` (the
    app's form) in every line the commands print, and ``corrections list`` lists (appqa20b)."""
    db, _ = lib
    eid = the_signing(db)["id"]
    result = run("correct", "--db", str(db), eid, "--date", "26/3")
    assert result.exit_code == 0 and "date ????-03-26" in result.output, result.output
    result = run("corrections", "--db", str(db), "--json")
    rec = json.loads(result.output)[0]
    assert rec["set"]["date"] == "--03-26" and rec["changed"] == "date ????-03-26"
    listed_too = run("corrections", "list", "--db", str(db), "--json")
    assert listed_too.exit_code == 0 and json.loads(listed_too.output) == json.loads(result.output), listed_too.output
    result = run("corrections", "--db", str(db), "undo", "1")
    assert result.exit_code == 0 and "date ????-03-26" in result.output, result.output


def test_a_corrected_date_keeps_no_year_cue_of_the_extraction() -> None:
    """The words that gave the extraction's year are no cue of the reader's date: the
    detail said "year 2019 from 'Tháng 5/1978'" and export a stated 1978 beside --03-26."""
    from hoptac.tui.widgets.detail import year_cue_line

    ev = {"id": "e1", "date": "1978-05", "precision": "month", "year_inferred": False, "year_source": "stated",
          "year_cue": {"text": "Tháng 5/1978", "span": [3, 15], "kind": "stated"}, "type": "conference"}
    assert year_cue_line(ev) == "year 1978 from 'Tháng 5/1978'"
    for date, precision in (("2019-03-08", "day"), ("--03-26", "day")):
        out = corr.apply(ev, {"id": "1", "set": {"date": date, "precision": precision}})
        assert out["year_cue"] is None and year_cue_line(out) == ""
        assert out["extracted"]["year_cue"] == ev["year_cue"] and out["extracted"]["date"] == "1978-05"
    out = corr.apply(ev, {"id": "2", "set": {"type": "signing"}})
    assert out["year_cue"] == ev["year_cue"]  # the date as extracted: its cue stays
