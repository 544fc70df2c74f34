"""The command line: exit codes, filters, export round trip, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.json"
    result = CliRunner().invoke(main, ["ingest", "--db", str(path), str(ROOT / "seeds")])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_ingest_summary_and_exit_code_for_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = run("ingest", "--db", str(tmp_path / "db.json"), str(ROOT / "seeds"), str(bad))
    assert result.exit_code == 1
    assert "5 new" in result.output and "1 failed" in result.output
    assert "bad.txt" in result.output and "not text" in result.output


def test_events_json_respects_pair_filter_without_accents(db: Path) -> None:
    result = run("events", "--db", str(db), "--pair", "lao cai,yen bai", "--json")
    assert result.exit_code == 0
    events = json.loads(result.output)
    assert events and all(e["pair"] == ["Lào Cai", "Yên Bái"] for e in events)
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    assert "2023-02-18" in dates and "2018-11-24" in dates


def test_events_jsonl(db: Path) -> None:
    result = run("events", "--db", str(db), "--jsonl", "--type", "signing")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert lines and all(e["type"] == "signing" for e in lines)


def test_export_round_trip(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("export", "--db", str(db), "--province", "Hà Nội", "-o", str(out))
    assert result.exit_code == 0
    doc = orjson.loads(out.read_bytes())
    assert doc["filters"] == {"province": "Hà Nội"}
    assert doc["count"] == len(doc["events"]) > 0
    assert all(any(p["province"] == "Hà Nội" for p in e["parties"]) for e in doc["events"])
    listed = json.loads(run("events", "--db", str(db), "--province", "ha noi", "--json").output)
    assert [e["id"] for e in listed] == [e["id"] for e in doc["events"]]
    assert listed == doc["events"]


def test_export_to_stdout_and_empty_result(db: Path) -> None:
    result = run("export", "--db", str(db), "--search", "no such words anywhere", "-o", "-")
    doc = json.loads(result.output)
    assert doc["count"] == 0 and doc["events"] == []


def test_export_to_unwritable_place_is_one_line_and_keeps_old_file(db: Path, tmp_path: Path) -> None:
    result = run("export", "--db", str(db), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "does not exist" in result.output
    existing = tmp_path / "keep.json"
    existing.write_text("old")
    (tmp_path / "ro").mkdir()
    result = run("export", "--db", str(db), "-o", str(tmp_path / "ro"))
    assert result.exit_code == 1 and "folder" in result.output
    result = run("export", "--db", str(db), "-o", str(tmp_path / ("x" * 300 + ".json")))
    assert result.exit_code == 1 and result.output.startswith("hoptac: cannot write")
    assert existing.read_text() == "old"


def test_usage_errors_exit_2(db: Path) -> None:
    assert run("events", "--db", str(db), "--pair", "Lào Cai").exit_code == 2
    assert run("events", "--db", str(db), "--pair", "Lào Cai,Atlantis").exit_code == 2
    assert run("events", "--db", str(db), "--since", "yesterday").exit_code == 2
    assert run("events", "--db", str(db), "--type", "party").exit_code == 2
    assert run("nonsense").exit_code == 2


def test_damaged_database_is_one_line_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run("events", "--db", str(bad))
    assert result.exit_code == 1
    assert result.output.startswith("hoptac: ") and "not valid JSON" in result.output
    assert bad.read_text() == "{not json"


def test_hoptac_db_environment_variable(db: Path) -> None:
    result = run("pairs", "--json", env={"HOPTAC_DB": str(db)})
    pairs = {tuple(p["pair"]): p["count"] for p in json.loads(result.output)}
    assert pairs[("Lào Cai", "Yên Bái")] >= 2
    assert ("Hà Nội", "Hưng Yên") in pairs


def test_table_output_never_carries_markup_or_escapes(tmp_path: Path) -> None:
    art = tmp_path / "hostile.txt"
    art.write_text(
        "[bold]Hợp tác[/b] giữa [Lào Cai] \x1b]0;pwned\x07 và tỉnh Yên Bái\n\n"
        "Chiều 8/3/2020, tại thành phố Yên Bái, tỉnh Lào Cai và tỉnh Yên Bái tổ chức Hội nghị hợp tác.\n",
        encoding="utf-8",
    )
    db = tmp_path / "h.json"
    assert run("ingest", "--db", str(db), str(art)).exit_code == 0
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--json"])
    events = json.loads(result.output)
    assert events[0]["title"].startswith("[bold]Hợp tác[/b] giữa [Lào Cai]")
    assert "\x1b" not in events[0]["title"]


def test_compact_keeps_every_live_event_and_drops_old_versions(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    article = corpus / "a.txt"
    article.write_text((ROOT / "seeds" / "003_580a197666628d6c.txt").read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "db.json"
    assert run("ingest", "--db", str(db), str(corpus)).exit_code == 0
    article.write_text(article.read_text(encoding="utf-8").replace("Ngày 7/1,", "Ngày 9/1,"), encoding="utf-8")
    assert run("ingest", "--db", str(db), str(corpus)).exit_code == 0
    before = json.loads(run("events", "--db", str(db), "--json").output)
    result = run("compact", "--db", str(db))
    assert result.exit_code == 0 and "1 segment file removed" in result.output
    after = json.loads(run("events", "--db", str(db), "--json").output)
    assert after == before and [e["date"] for e in after] == ["2017-01-09"]
    assert run("compact", "--db", str(tmp_path / "none.json")).exit_code == 1
