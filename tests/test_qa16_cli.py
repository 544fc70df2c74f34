"""The command line as the sixteenth QA round found it (appqa16): an empty --db, a date
range typed backwards, an article that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from hoptac.tui.cli import main

from cli_support import ONE, one_db, run_quick  # noqa: F401 (one_db: a fixture)

ROOT = Path(__file__).resolve().parent.parent

def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user whose default database holds the seeds: an empty --db must not read it."""
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("HOPTAC_DB", raising=False)
    return tmp_path


@pytest.mark.parametrize("args", [
    ("--db", "", "events", "--json"), ("events", "--db", "", "--json"), ("--db=", "pairs", "--json"),
    ("--db", "", "check"), ("--db", "", "repair"), ("--db", "", "compact"), ("--db", "", "corrections"),
    ("--db", "", "ingest", str(ROOT / "seeds")),
])
def test_an_empty_db_is_refused_as_usage_not_a_traceback(home: Path, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2, (result.output, result.exception)
    assert not isinstance(result.exception, ValueError)
    assert "Traceback" not in result.output
    assert "--db" in result.output
    assert not list(home.rglob("*.json.d"))  # nothing was created anywhere


@pytest.mark.parametrize("args", [("--db", "", "events"), ("--db=", "events", "--jsonl"), ("--db", "")])
def test_the_lean_entry_point_does_not_read_an_empty_db_as_the_default_one(home: Path, args, monkeypatch) -> None:
    import hoptac.tui.app as app_module

    def no_app(*a, **k):  # the app on the default database is what an empty --db opened
        raise SystemExit(99)

    monkeypatch.setattr(app_module, "run_app", no_app)
    output, code = run_quick(*args)
    assert code == 2, output
    assert '"id"' not in output  # the default database's events were not listed
    assert "--db" in output


def test_an_empty_environment_database_is_unset(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(ONE, encoding="utf-8")
    db = tmp_path / "db.json"
    assert run("--db", str(db), "ingest", str(folder)).exit_code == 0
    result = run("events", "--json", env={"HOPTAC_DB": ""})
    assert result.exit_code in (0, 1), result.output  # the default database, as when unset
    assert "Invalid value" not in result.output


@pytest.mark.parametrize("since,until", [("2022", "2020"), ("2020-03-09", "2020-03-08"), ("2021-01", "2020")])
@pytest.mark.parametrize("command", ["events", "pairs", "people", "export"])
def test_since_after_until_is_refused_like_the_apps_filter_dialog(one_db: Path, since, until, command) -> None:
    extra = ["-o", "-"] if command == "export" else ["--json"]
    result = run(command, "--db", str(one_db), "--since", since, "--until", until, *extra)
    assert result.exit_code == 2, result.output
    assert "after" in result.output and since in result.output
    output, code = run_quick(command, "--db", str(one_db), "--since", since, "--until", until, *extra)
    assert code == 2 and "after" in output


def test_a_range_that_holds_one_day_is_kept(one_db: Path) -> None:
    result = run("events", "--db", str(one_db), "--since", "2020-03-08", "--until", "2020-03-08", "--json")
    assert result.exit_code == 0 and '"2020-03-08"' in result.output


def test_explain_an_unreadable_file_says_so_in_one_line(tmp_path: Path, monkeypatch) -> None:
    import os

    locked = tmp_path / "locked.txt"
    locked.write_text(ONE, encoding="utf-8")
    locked.chmod(0)
    # as root, chmod does not stop reading: the refusal a user gets is made here
    real_access, real_read = os.access, Path.read_bytes

    def access(path, mode, *a, **k):
        return False if Path(path) == locked and mode & os.R_OK else real_access(path, mode, *a, **k)

    def read_bytes(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run("explain", str(locked))
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [f"hoptac: {locked}: cannot be read (Permission denied)"]


def test_check_on_a_missing_database_says_how_one_is_made_not_to_repair(tmp_path: Path) -> None:
    typo = tmp_path / "typo.json"
    result = run("check", "--db", str(typo))
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and f"no database at {typo}" in lines[0] and "hoptac ingest" in lines[0]
    assert "repair" not in result.output  # repair would only say "nothing to repair"
    assert sorted(tmp_path.rglob("*")) == []


def test_ctrl_c_while_the_files_are_still_being_found_does_not_give_a_false_total(tmp_path, monkeypatch) -> None:
    import os
    import signal

    import hoptac.core.ingest as ingest

    folder = tmp_path / "in"
    folder.mkdir()
    files = []
    for i in range(6):
        f = folder / f"{i}.txt"
        f.write_text(ONE.replace("8/3/2020", f"{i + 1}/3/2020"), encoding="utf-8")
        files.append(f)
    real = ingest.iter_files

    def slow_listing(paths):
        for k, item in enumerate(real(paths)):
            if k == 2:  # Ctrl+C while the folder is still being listed
                os.kill(os.getpid(), signal.SIGINT)
            yield item

    monkeypatch.setattr(ingest, "iter_files", slow_listing)
    # Ctrl+C as a fresh process gets it: an earlier test of the same process may have left SIGINT
    # ignored, and the ingest (rightly) leaves an ignored SIGINT ignored, as under nohup.
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        result = CliRunner().invoke(main, ["ingest", "-j", "1", "--db", str(tmp_path / "db.json"), str(folder)])
    finally:
        signal.signal(signal.SIGINT, before)
    assert result.exit_code == 130, result.output
    said = result.output.strip().splitlines()[-1]
    assert said.startswith("interrupted after") and "run the same command again" in said.lower()
    assert "of 2 files" not in said and "found so far" in said  # 2 was what the listing had found
