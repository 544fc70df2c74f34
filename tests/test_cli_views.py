"""The research views on the command line: people, partners, pairs as CSV, --person and
--map 2025, on the five sample articles (read as a human would: tests/seeds-gold.json)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hoptac.core.store.people import name_matches, person_province
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("views") / "db.json"
    result = CliRunner().invoke(main, ["ingest", "--db", str(path), str(ROOT / "seeds")])
    assert result.exit_code == 0, result.output
    return path


def run(db: Path, *args: str):
    return CliRunner().invoke(main, [args[0], "--db", str(db), *args[1:]], catch_exceptions=False)


def data(db: Path, *args: str):
    res = run(db, *args)
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_person_province_is_the_one_party_the_title_names() -> None:
    parties = [{"name": "Lào Cai", "province": "Lào Cai"}, {"name": "Tân Uyên", "province": "Lai Châu"}]
    assert person_province("Bí thư Tỉnh ủy Lào Cai", parties) == "Lào Cai"
    assert person_province("Chủ tịch UBND huyện Tân Uyên", parties) == "Lai Châu"   # a district names its province
    assert person_province("Phó Chủ tịch UBND tỉnh", parties) is None              # no name: unknown
    assert person_province("Bí thư Tỉnh ủy Lào Cai, nguyên Bí thư Huyện ủy Tân Uyên", parties) is None  # two
    assert person_province("Bí thư Thành ủy Hà Nội", parties) is None              # not a party of the event


def test_names_match_folded_and_adjacent() -> None:
    assert name_matches("dang xuan phong", "Đặng Xuân Phong")
    assert name_matches("XUÂN PHONG", "Đặng Xuân Phong")
    assert not name_matches("phong xuan", "Đặng Xuân Phong")
    assert not name_matches("xuan pho", "Đặng Xuân Phong")
    assert not name_matches("", "Đặng Xuân Phong")


def test_people_lists_everyone_with_titles_over_time(db: Path) -> None:
    people = data(db, "people")   # piped: JSON
    by_name = {(p["name"], p["province"]): p for p in people}
    phong = by_name[("Đặng Xuân Phong", None)]
    assert phong["events"] == 2 and (phong["first"], phong["last"]) == ("2023-02-18", "2024-03-08")
    assert [t["first"] for t in phong["titles"]] == ["2023-02-18", "2024-03-08"]   # as written, earliest first
    assert by_name[("Nguyễn Văn Vịnh", "Lào Cai")]["events"] == 1
    assert by_name[("Hoàng Trung Hải", "Hà Nội")]["first"] == "2017-01-07"
    counts = [p["events"] for p in people]
    assert counts == sorted(counts, reverse=True)


def test_people_with_filters_and_person(db: Path) -> None:
    hanoi = data(db, "people", "--province", "ha noi")
    assert {p["name"] for p in hanoi} >= {"Hoàng Trung Hải"}
    assert "Đặng Xuân Phong" not in {p["name"] for p in hanoi}
    only = data(db, "people", "--person", "dang xuan phong")
    assert [p["name"] for p in only] == ["Đặng Xuân Phong"]
    assert data(db, "people", "--person", "zzz") == []
    assert len(data(db, "people", "--limit", "3")) == 3


def test_person_filters_every_command(db: Path) -> None:
    evs = data(db, "events", "--person", "DANG xuân Phong")
    assert sorted(e["date"] for e in evs) == ["2023-02-18", "2024-03-08"]
    assert all(any(p["name"] == "Đặng Xuân Phong" for p in e["people"]) for e in evs)
    assert data(db, "events", "--person", "phong xuan") == []
    assert len(data(db, "events", "--person", "xuan phong", "--since", "2024")) == 1
    pairs = data(db, "pairs", "--person", "dang xuan phong")
    assert sorted(tuple(p["pair"]) for p in pairs) == [("Lào Cai", "Thái Bình"), ("Lào Cai", "Yên Bái")]
    res = run(db, "events", "--person", "  ")
    assert res.exit_code == 2 and "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1


def test_partners_of_a_province(db: Path) -> None:
    found = data(db, "partners", "lao cai")
    assert [(p["partner"], p["events"], p["first"], p["last"]) for p in found] == [
        ("Yên Bái", 5, 2006, 2023), ("Thái Bình", 2, 2018, 2024), ("Hà Nội", 1, 2017, 2017)]
    assert found[0]["years"] == {"2006": 1, "2011": 1, "2018": 1, "2021": 1, "2023": 1}
    assert sum(found[0]["types"].values()) == 5
    since = data(db, "partners", "Lào Cai", "--since", "2020")
    assert [(p["partner"], p["events"]) for p in since] == [("Yên Bái", 2), ("Thái Bình", 1)]


def test_partners_errors_are_one_line(db: Path) -> None:
    res = run(db, "partners", "Atlantis")
    assert res.exit_code == 2 and "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1


def test_partners_on_the_2025_map_keep_merged_pairs(db: Path) -> None:
    found = data(db, "partners", "yen bai", "--map", "2025")
    got = {p["partner"]: (p["events"], p["merged"]) for p in found}
    assert got == {"Lào Cai": (5, True), "Hưng Yên": (2, False), "Hà Nội": (1, False)}


def test_pairs_as_a_csv_edge_list(db: Path) -> None:
    res = run(db, "pairs", "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert list(rows[0]) == ["a", "b", "events", "first", "last"]
    assert rows[0] == {"a": "Lào Cai", "b": "Yên Bái", "events": "5", "first": "2006-02-26", "last": "2023-02-18"}
    assert sum(int(r["events"]) for r in rows) == 9
    res = run(db, "pairs", "--format", "csv", "--map", "2025")
    rows = {(r["a"], r["b"]): int(r["events"]) for r in csv.DictReader(io.StringIO(res.output))}
    assert rows == {("Lào Cai", "Lào Cai"): 5, ("Hưng Yên", "Lào Cai"): 2, ("Hà Nội", "Lào Cai"): 1,
                    ("Hà Nội", "Hưng Yên"): 1}


def test_map_2025_filters(db: Path) -> None:
    assert data(db, "events", "--pair", "hung yen,lao cai") == []
    thai_binh = data(db, "events", "--pair", "hung yen,lao cai", "--map", "2025")
    assert sorted(e["date"] for e in thai_binh) == ["2018-09-19", "2024-03-08"]
    assert all(e["pair"] == ["Lào Cai", "Thái Bình"] for e in thai_binh)
    merged = data(db, "events", "--pair", "lao cai,yen bai", "--map", "2025")
    assert len(merged) == 5   # both sides are Lào Cai now: shown, not dropped
    assert len(data(db, "events", "--province", "hung yen", "--map", "2025")) == 3
    assert len(data(db, "events", "--province", "hung yen")) == 1
    pairs = data(db, "pairs", "--map", "2025")
    assert {"pair": ["Lào Cai"], "count": 5, "merged": True} in pairs
    res = run(db, "events", "--map", "1990")
    assert res.exit_code == 2
