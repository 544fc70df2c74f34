"""The command line as a hostile or hurried user meets it (issue 10, items 7, 14, 16, 17):
which database an option names, what a typed value means, limits, ingest inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hoptac.tui.cli import main

from cli_support import ONE, one_db  # noqa: F401 (one_db: a fixture)

ROOT = Path(__file__).resolve().parent.parent

def run(*args: str, env: dict[str, str] | None = None, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "db.json"
    result = run("ingest", "--db", str(path), str(ROOT / "seeds"))
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


# --- 7: what users type is read as NFKC; impossible dates and empty searches are refused -----------

def test_full_width_digits_are_digits(seeds_db: Path) -> None:
    ascii_ = _ids(run("events", "--db", str(seeds_db), "--since", "2020", "--json").output)
    wide = run("events", "--db", str(seeds_db), "--since", "２０２０", "--json")
    assert wide.exit_code == 0 and ascii_ and _ids(wide.output) == ascii_
    assert _ids(run("events", "--db", str(seeds_db), "--until", "２０１９－１２", "--json").output) == \
        _ids(run("events", "--db", str(seeds_db), "--until", "2019-12", "--json").output)


def test_go_to_date_reads_full_width_digits_as_a_year() -> None:
    from hoptac.core.store.query import parse_date_bound

    assert parse_date_bound("２０１９", end=False) == "2019"
    assert parse_date_bound("１１/７/２０１９", end=False) == "2019-07-11"


@pytest.mark.parametrize("bad", ["2020-02-30", "31/4/2021", "2019-02-29", "2020-13"])
def test_impossible_dates_are_refused_in_one_line(seeds_db: Path, bad: str) -> None:
    result = run("events", "--db", str(seeds_db), "--since", bad)
    assert result.exit_code == 2
    assert result.output.startswith("hoptac: not a date") and result.output.count("\n") == 1


def test_leap_day_is_a_date(seeds_db: Path) -> None:
    assert run("events", "--db", str(seeds_db), "--since", "2020-02-29", "--json").exit_code == 0


@pytest.mark.parametrize("needle", [".*[(", "  --  ", "!!!"])
def test_a_search_with_nothing_to_look_for_says_so(seeds_db: Path, needle: str) -> None:
    result = run("events", "--db", str(seeds_db), "--search", needle, "--json")
    assert result.exit_code == 2
    assert "nothing to search for" in result.output and result.output.count("\n") == 1


def test_full_width_search_words_are_found(seeds_db: Path) -> None:
    plain = _ids(run("events", "--db", str(seeds_db), "--search", "du lich", "--json").output)
    assert plain
    assert _ids(run("events", "--db", str(seeds_db), "--search", "ｄｕ　ｌｉｃｈ", "--json").output) == plain


# --- 18 (the command line's part): --level without accents --------------------------------------------

def test_level_without_accents(seeds_db: Path) -> None:
    accented = _ids(run("events", "--db", str(seeds_db), "--level", "tỉnh", "--json").output)
    assert accented
    for typed in ("tinh", "TINH", "Tỉnh"):
        result = run("events", "--db", str(seeds_db), "--level", typed, "--json")
        assert result.exit_code == 0, result.output
        assert _ids(result.output) == accented
    bad = run("events", "--db", str(seeds_db), "--level", "xa")
    assert bad.exit_code == 2 and "unknown level" in bad.output


# --- 16: --limit -------------------------------------------------------------------------------------

def test_events_limit(seeds_db: Path) -> None:
    every = _ids(run("events", "--db", str(seeds_db), "--json").output)
    assert len(every) > 3
    assert _ids(run("events", "--db", str(seeds_db), "--limit", "3", "--json").output) == every[:3]
    lines = run("events", "--db", str(seeds_db), "-n", "2", "--jsonl").output.splitlines()
    assert [json.loads(x)["id"] for x in lines] == every[:2]
    assert _ids(run("events", "--db", str(seeds_db), "--limit", "0", "--json").output) == []
    assert run("events", "--db", str(seeds_db), "--limit", "-1").exit_code == 2


# --- 17: ingest inputs -------------------------------------------------------------------------------

def _articles(tmp: Path, names: list[str]) -> list[Path]:
    out = []
    for i, name in enumerate(names):
        p = tmp / name
        p.write_text(ONE.replace("du lịch", f"du lịch số {i}"), encoding="utf-8")
        out.append(p)
    return out


def test_ingest_reads_paths_from_standard_input(tmp_path: Path) -> None:
    files = _articles(tmp_path, ["a.txt", "b c.txt", "d.txt"])
    db = tmp_path / "db.json"
    result = run("ingest", "--db", str(db), "-", input="\n".join(map(str, files[:2])) + "\n")
    assert result.exit_code == 0, result.output
    assert "2 files: 2 new" in result.output
    # -0: NUL-separated, so a name may hold a new line; '-' mixes with paths given as arguments
    odd = tmp_path / "line\nbreak.txt"
    odd.write_text(ONE.replace("du lịch", "du lịch, một dòng mới"), encoding="utf-8")
    result = run("ingest", "--db", str(db), "-0", str(files[2]), "-", input=f"{odd}\0{files[0]}\0".encode())
    assert result.exit_code == 0, result.output
    assert "3 files: 2 new, 1 unchanged" in result.output


def test_an_unreadable_file_is_one_failed_file_not_a_usage_error(tmp_path: Path, monkeypatch) -> None:
    import os

    import hoptac.core.ingest as ingest

    good = _articles(tmp_path, ["good.txt", "also good.txt"])
    locked = _articles(tmp_path, ["locked.txt"])[0]
    locked.chmod(0)
    # as root, chmod does not stop reading: the refusal a user gets is made here
    real_access, real_open = os.access, open

    def access(path, mode, *a, **k):
        return False if Path(path) == locked and mode & os.R_OK else real_access(path, mode, *a, **k)

    def fake_open(path, *a, **k):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(ingest, "open", fake_open, raising=False)
    db = tmp_path / "db.json"
    result = run("ingest", "--db", str(db), str(good[0]), str(locked), str(good[1]))
    assert result.exit_code == 1, result.output
    assert f"failed  {locked}: permission denied" in result.output
    assert "3 files: 2 new, 0 unchanged, 0 replaced, 1 failed" in result.output


def test_a_read_only_database_folder_is_found_before_any_file_is_read(tmp_path: Path, monkeypatch) -> None:
    import hoptac.core.ingest as ingest

    files = _articles(tmp_path, ["a.txt", "b.txt"])
    extracted = []
    monkeypatch.setattr(ingest, "parse_article", lambda text: extracted.append(text))
    # /sys refuses new files to everyone, root included
    result = run("ingest", "--db", "/sys/hoptac-test.json", *map(str, files))
    assert result.exit_code == 1
    assert result.output.startswith("hoptac: cannot write the database in /sys") and result.output.count("\n") == 1
    assert extracted == []


def test_ingest_knows_how_many_files_there_are_before_the_first_one(tmp_path: Path) -> None:
    from hoptac.core.ingest import ingest_paths
    from hoptac.core.store.segments import Store

    folder = tmp_path / "in"
    folder.mkdir()
    _articles(folder, ["a.txt", "b.txt", "c.txt"])
    (folder / "empty.txt").write_bytes(b"")
    events: list[tuple[str, int]] = []
    ingest_paths(Store(tmp_path / "db.json"), [folder, tmp_path / "missing.txt"],
                 on_total=lambda n: events.append(("total", n)),
                 on_progress=lambda fr: events.append(("file", 0)))
    totals = [n for kind, n in events if kind == "total"]
    assert totals == [5]
    # only files that failed while the paths were listed may come before the total
    first_read = events.index(("total", 5))
    assert events.count(("file", 0)) == 5 and first_read <= 1
