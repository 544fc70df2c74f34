"""A foreign place kept only because its country was written ("huyện Gapyeong (Hàn Quốc)":
no gazetteer entry) can be filtered on: from the command line (--province, --pair, the
partners argument, browse) and in the app's pair picker and filter form, accents and
case optional; a name neither the gazetteer nor the database knows stays one line."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from app_support import make_app, press, settle, shown_events, type_text
from click.testing import CliRunner

from hoptac.core import places
from hoptac.core.ingest import ingest_paths
from hoptac.core.store.query import FilterError, UnknownPlace, parse_pair, parse_province
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main

# written for this test: a district of a foreign country, named only with its country
ARTICLE = ("Tỉnh Bến Tre hợp tác nông nghiệp với huyện Gapyeong (Hàn Quốc)\n\n"
           "Ngày 14/6/2023, tại tỉnh Bến Tre, lãnh đạo tỉnh Bến Tre đã tiếp đoàn công tác huyện Gapyeong "
           "(Hàn Quốc) và ký kết biên bản ghi nhớ hợp tác phát triển nông nghiệp công nghệ cao giữa hai "
           "địa phương.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("foreign")
    (root / "a").mkdir()
    (root / "a" / "gapyeong.txt").write_text(ARTICLE, encoding="utf-8")
    path = root / "db.json"
    ingest_paths(Store(path), [root / "a"])
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _dates(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [e["date"] for e in orjson.loads(result.output)]


def test_the_place_is_a_party_the_gazetteer_does_not_know(db: Path) -> None:
    (ev,) = orjson.loads(run("events", "--json", "--db", str(db)).output)
    assert ev["pair"] == ["Bến Tre", "Gapyeong"]
    assert places.resolve("Gapyeong") is None
    with pytest.raises(UnknownPlace):
        parse_province("gapyeong")


def test_parse_province_falls_back_to_the_database_names_folded() -> None:
    known = lambda: ["Bến Tre", "Gapyeong", "Đắk Lắk"]  # noqa: E731
    assert parse_province("GAPYEONG", known) == "Gapyeong"
    assert parse_province("gápyeong", known) == "Gapyeong"  # accents optional either way
    assert parse_province("ben tre", known) == "Bến Tre"  # the gazetteer first
    assert parse_pair("gapyeong, ben tre", known) == ("Bến Tre", "Gapyeong")
    with pytest.raises(FilterError, match="unknown province or partner: 'Gapyeon'"):
        parse_province("Gapyeon", known)  # folded equality, not a prefix
    with pytest.raises(FilterError):
        parse_province("gapyeong", lambda: ["Gapyeong", "GAPYEONG"])  # two names fold alike: not guessed


@pytest.mark.parametrize("args", [["--province", "gapyeong"], ["--province", "GAPYEONG"],
                                  ["--pair", "ben tre,gapyeong"], ["--pair", "Gapyeong;Bến Tre"]])
def test_the_cli_filters_on_it(db: Path, args: list[str]) -> None:
    assert _dates(run("events", "--json", "--db", str(db), *args)) == ["2023-06-14"]


def test_the_other_commands_filter_on_it(db: Path) -> None:
    pairs = run("pairs", "--json", "--db", str(db), "--province", "gapyeong")
    assert orjson.loads(pairs.output) == [{"pair": ["Bến Tre", "Gapyeong"], "count": 1}]
    partners = run("partners", "gapyeong", "--json", "--db", str(db))
    assert partners.exit_code == 0 and [p["partner"] for p in orjson.loads(partners.output)] == ["Bến Tre"]
    assert run("people", "--json", "--db", str(db), "--pair", "gapyeong,ben tre").exit_code == 0


@pytest.mark.parametrize("args", [["events", "--province", "atlantis"], ["events", "--pair", "atlantis,ben tre"],
                                  ["partners", "atlantis"], ["browse", "--province", "atlantis"],
                                  ["events", "--province", "gapyeong", "--since", "2020-13"]])
def test_a_name_neither_knows_is_one_line(db: Path, args: list[str]) -> None:
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hoptac: "), result.output
    assert "atlantis" in lines[0] or "2020-13" in lines[0]


def test_browse_passes_the_database_name_to_the_app(db: Path, monkeypatch) -> None:
    import hoptac.tui.cli as cli

    got = []
    monkeypatch.setattr(cli, "_run_app", lambda path, flt: got.append(flt))
    assert CliRunner().invoke(main, ["browse", "--province", "gapyeong", "--db", str(db)]).exit_code == 0
    assert got[0].province == "Gapyeong"


async def test_the_app_pair_picker_and_filter_form_take_it(db: Path) -> None:
    from textual.widgets import Input

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        await type_text(pilot, "gapyeong, ben tre")
        await press(pilot, "enter")
        assert app.screen.flt.pair == ("Bến Tre", "Gapyeong")
        assert [e["date"] for e in shown_events(app)] == ["2023-06-14"]
        await press(pilot, "f")
        app.screen.query_one("#f-pair", Input).value = ""
        app.screen.query_one("#f-province", Input).value = "GAPYEONG"
        await press(pilot, "ctrl+s")
        assert app.screen.flt.province == "Gapyeong" and app.screen.flt.pair is None
        assert [e["date"] for e in shown_events(app)] == ["2023-06-14"]
