"""The command line as a hostile or hurried user meets it (issue 10, items 7, 14, 16, 17):
which database an option names, what a typed value means, limits, ingest inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent

ONE = ("Lào Cai và Yên Bái ký kết hợp tác\n\n"
       "Sáng ngày 8/3/2020, tại thành phố Yên Bái, lãnh đạo tỉnh Lào Cai và tỉnh Yên Bái "
       "đã ký kết chương trình hợp tác phát triển du lịch.\n")


def run(*args: str, env: dict[str, str] | None = None, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "db.json"
    result = run("ingest", "--db", str(path), str(ROOT / "seeds"))
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def one_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("one")
    (folder / "one.txt").write_text(ONE, encoding="utf-8")
    path = folder / "db.json"
    result = run("ingest", "--db", str(path), str(folder / "one.txt"))
    assert result.exit_code == 0, result.output
    return path


def _ids(output: str) -> list[str]:
    return [e["id"] for e in json.loads(output)]


# --- 14: the explicit option wins over $HOPTAC_DB ----------------------------------------------------

def test_root_db_option_wins_over_the_environment(seeds_db: Path, one_db: Path) -> None:
    alone = _ids(run("events", "--db", str(one_db), "--json").output)
    seeds = _ids(run("events", "--db", str(seeds_db), "--json").output)
    assert alone and len(seeds) > len(alone)
    env = {"HOPTAC_DB": str(seeds_db)}
    assert _ids(run("--db", str(one_db), "events", "--json", env=env).output) == alone
    assert _ids(run("events", "--db", str(one_db), "--json", env=env).output) == alone
    assert _ids(run("events", "--json", env=env).output) == seeds
    # the closer option wins when both are given
    assert _ids(run("--db", str(seeds_db), "events", "--db", str(one_db), "--json").output) == alone
    pairs = json.loads(run("--db", str(one_db), "pairs", "--json", env=env).output)
    assert pairs == [{"pair": ["Lào Cai", "Yên Bái"], "count": len(alone)}]
