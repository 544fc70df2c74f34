"""The lean entry point (``tui/quick.py``) against the click command line: the same
standard output, standard error and exit code for every command line, whether the lean
path answers it or hands it to click; and the commands it answers pay none of click,
orjson or the dataclasses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.store.cache import build_caches
from hoptac.core.store.filter import Filter
from hoptac.core.store.query import EVENT_TYPES
from hoptac.core.store.segments import Store
from hoptac.tui import quick
from hoptac.tui.cli import main as click_main
from hoptac.tui.cli_answer import FIELDS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quick") / "db.json"
    write_db(path, 800, seed=11, workers=1)
    build_caches(Store(path))
    return path


@pytest.fixture(autouse=True)
def _no_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOPTAC_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.delenv("HOPTAC_DB", raising=False)
    monkeypatch.delenv("_HOPTAC_COMPLETE", raising=False)


@pytest.fixture(autouse=True)
def _one_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """An export document's time, the same for both paths."""
    from hoptac.core.store import export

    monkeypatch.setattr(export, "_now", lambda: "2026-12-03T10:00:00+00:00")


def _click(argv: list[str]) -> tuple[bytes, bytes, int]:
    r = CliRunner().invoke(click_main, argv, prog_name="hoptac")
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return r.stdout_bytes, r.stderr_bytes, r.exit_code


def _quick(argv: list[str]) -> tuple[bytes, bytes, int, bool]:
    """The lean entry point in the same capture as CliRunner's; whether it answered."""
    answered = []
    real = quick.quick

    def spy(args: Any) -> Any:
        code = real(args)
        answered.append(code is not None)
        return code

    runner = CliRunner()
    with runner.isolation() as (out, err, _both):
        quick.quick = spy
        try:
            code = quick.main(argv, prog_name="hoptac")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            quick.quick = real
        sys.stdout.flush()
        sys.stderr.flush()
        return out.getvalue(), err.getvalue(), int(code or 0), answered[0]


def _same(argv: list[str]) -> bool:
    got = _quick(argv)
    assert got[:3] == _click(argv), argv
    return got[3]


def test_the_filter_fields_are_filters_fields() -> None:
    assert FIELDS == tuple(Filter.__dataclass_fields__)
    assert quick._TYPES == EVENT_TYPES


@pytest.mark.parametrize("given_", [
    {}, {"pair": "lao cai,yen bai"}, {"province": "Yên Bái", "type_": "signing", "since": "2015", "until": "2016-06"},
    {"level": "huyen", "person": "nguyen van an"}, {"search": "du lich"},
])
def test_an_asked_filter_is_written_in_an_export_as_the_filter_is(given_: dict[str, str]) -> None:
    """The lean ``export -o -`` writes ``Asked.as_dict`` where click writes ``Filter.as_dict``."""
    from hoptac.tui.cli_answer import Asked, filter_fields

    values = {k: given_.get(k) for k in ("pair", "province", "since", "until", "type_", "level", "search")}
    fields = filter_fields(**values, person=given_.get("person"))
    assert Asked(fields).as_dict() == Filter(**fields).as_dict()
    assert list(Asked(fields).as_dict()) == list(Filter(**fields).as_dict())


@pytest.mark.parametrize("args", [
    ["events", "--province", "lao cai", "--json"],
    ["events", "--province=Lào Cai", "--jsonl"],
    ["events", "--pair", "lao cai,yen bai", "--json"],
    ["events", "--type", "signing", "--limit", "3", "--json"],
    ["events", "--since", "2015", "--until", "2016-06", "-n", "0", "--jsonl"],
    ["events", "--level", "huyen", "--json"],
    ["events", "--person", "nguyen van an", "--json"],
    ["events", "--json"],
    ["export", "-o", "-"],
    ["export", "--output=-", "--compact", "--pair", "lao cai,yen bai"],
    ["export", "--type", "signing", "--level", "huyen", "-o", "-", "--since", "2015"],
    ["export", "-o", "-", "--person", "nguyen van an", "--compact"],
])
def test_the_lean_path_answers_as_click_does(db: Path, args: list[str]) -> None:
    assert _same(["--db", str(db), *args])
    assert _same([args[0], "--db", str(db), *args[1:]])


@pytest.mark.parametrize("args", [
    ["events", "--province", "nowhere at all", "--json"],   # an unknown name: click's one line
    ["events", "--since", "2020-02-30", "--json"],           # a wrong date
    ["events", "--type", "party", "--json"],                 # not a type
    ["events", "--json", "--jsonl"],                         # both
    ["events", "--limit", "-1", "--json"],
    ["events", "--province", "lao cai", "--province", "yen bai", "--json"],  # twice: click's rule
    ["events", "--search", "du lich", "--json"],             # search: the full path
    ["events", "--help"],
    ["--lang", "vi", "events", "--nope"],
    ["events", "--person", " ", "--json"],
    ["events", "--province", "", "--json"],                  # given empty: click's one line (refused)
    ["pairs", "--json"],
    ["--version"],
    ["export", "-o", "FILE"],                                # a file: click's (checked, written aside)
    ["export"],                                              # -o missing
    ["export", "-o", "-", "--json"],                         # not an option of export
    ["export", "-o", "-", "--limit", "2"],
    ["export", "-o", "-", "-o", "-"],
    ["export", "-o", "-", "--search", "du lich"],
])
def test_what_the_lean_path_does_not_answer_goes_to_click_untouched(db: Path, tmp_path: Path, args: list[str]) -> None:
    args = [str(tmp_path / "out.json") if a == "FILE" else a for a in args]
    assert not _same(["--db", str(db), *args])


def test_a_stale_cache_is_the_full_paths(db: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "c.json"
    shutil.copy(db, copy)
    shutil.copytree(db.with_name(db.name + ".d"), copy.with_name(copy.name + ".d"))
    (copy.with_name(copy.name + ".d") / "rows.json").write_bytes(b"{}")  # damaged: the full path rebuilds
    argv = ["--db", str(copy), "events", "--province", "lao cai", "--json"]
    first = _quick(argv)
    assert not first[3] and first[2] == 0
    assert _same(argv)  # rebuilt by the first: now answered, the same bytes
    assert first[:3] == _click(argv)


def test_a_settings_problem_is_said_by_click(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 'red'\n", encoding="utf-8")
    monkeypatch.setenv("HOPTAC_CONFIG", str(bad))
    assert not _same(["--db", str(db), "events", "--province", "lao cai", "--json"])


def test_the_database_of_the_settings_file_and_of_the_environment(db: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "c.toml"
    conf.write_text(f"database = {str(db)!r}\n", encoding="utf-8")
    monkeypatch.setenv("HOPTAC_CONFIG", str(conf))
    assert _same(["events", "--province", "lao cai", "--json"])
    monkeypatch.setenv("HOPTAC_DB", str(db))
    monkeypatch.setenv("HOPTAC_CONFIG", str(tmp_path / "none.toml"))
    assert _same(["events", "--pair", "lao cai,yen bai", "--jsonl"])
    monkeypatch.setenv("HOPTAC_DB", str(tmp_path))  # a folder: click's error, even with --db
    assert not _same(["events", "--db", str(db), "--json"])


_WORDS = ["events", "--db", "DB", "--lang", "vi", "en", "xx", "--province", "lao cai", "Yên Bái", "nowhere",
          "--pair", "lao cai,yen bai", "lao cai", "--type", "signing", "visit", "Signing", "--level", "tinh",
          "--since", "2015", "2019-13", "--until", "2020", "--person", "nguyen", "--json", "--jsonl", "--limit",
          "-n", "2", "x", "", "--search", "--map", "2025", "-h", "--", "pairs", "--province=lao cai", "--json=1",
          "export", "-o", "-", "--output=-", "--compact"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_WORDS), max_size=7), lead=st.booleans())
def test_any_command_line_gives_what_click_gives(db: Path, words: list[str], lead: bool,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    argv = [str(db) if w == "DB" else w for w in words]
    if lead:
        argv = ["--db", str(db), "events", *argv]
    assume("events" in argv or "pairs" in argv or "export" in argv)  # no command: the app would open
    monkeypatch.setenv("HOPTAC_DB", str(db))  # never the default database (seeded on first use)
    monkeypatch.chdir(db.parent)  # "export -o 2019-13" writes its file here, not in the repository
    _same(argv)


def test_a_filter_command_or_an_export_imports_neither_click_nor_orjson_nor_dataclasses(db: Path, tmp_path: Path) -> None:
    code = ("import sys; from hoptac.tui.quick import main; main(sys.argv[1:]); "
            "print(sorted(m for m in ('click', 'orjson', 'dataclasses', 'numpy', 'textual') if m in sys.modules),"
            " file=sys.stderr)")
    env = {**os.environ, "HOPTAC_CONFIG": str(tmp_path / "none.toml")}
    env.pop("HOPTAC_DB", None)
    for filt in (["--province", "lao cai"], ["--pair", "lao cai,yen bai"]):
        r = subprocess.run([sys.executable, "-c", code, "--db", str(db), "events", *filt, "--json"],
                           capture_output=True, env=env, check=True)
        assert r.stderr.decode().strip().splitlines()[-1] == "[]", (filt, r.stderr)
        assert r.stdout.startswith(b"[")
    for cmd in (["export", "-o", "-"], ["export", "-o", "-", "--type", "signing", "--compact"]):
        r = subprocess.run([sys.executable, "-c", code, "--db", str(db), *cmd], capture_output=True, env=env, check=True)
        assert r.stderr.decode().strip().splitlines()[-1] == "[]", (cmd, r.stderr)
        assert r.stdout.startswith(b'{\n  "hoptac_export": 1') or r.stdout.startswith(b'{"hoptac_export":1')


def test_a_type_as_json_lines_imports_nothing_it_does_not_use(db: Path, tmp_path: Path) -> None:
    """``events --type T --jsonl`` in English: no typing, gettext, threading, nor the
    filter parsers and their text folding (a type needs no parsing), nor numpy: each costs
    a cold command millions of instructions before its first line."""
    code = ("import sys; from hoptac.tui.quick import main; main(sys.argv[1:]); "
            "print(sorted(m for m in ('typing', 'gettext', 'threading', 'hoptac.core.text', 'hoptac.core.store.query',"
            " 'numpy', 'click', 'orjson') if m in sys.modules), file=sys.stderr)")
    env = {**os.environ, "HOPTAC_CONFIG": str(tmp_path / "none.toml"), "LANGUAGE": "en"}
    env.pop("HOPTAC_DB", None)
    r = subprocess.run([sys.executable, "-c", code, "--db", str(db), "events", "--type", "signing", "--jsonl"],
                       capture_output=True, env=env, check=True)
    assert r.stderr.decode().strip().splitlines()[-1] == "[]", r.stderr
    assert r.stdout.count(b"\n") > 0 and b'"type":"signing"' in r.stdout.split(b"\n")[0]


@pytest.mark.parametrize("argv", [[], ["--db", "DB"], ["--lang", "vi", "--db=DB"], ["--db", "DB", "--lang", "en"]])
def test_the_app_opens_on_the_same_database_either_way(db: Path, tmp_path: Path, argv: list[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """No command: the app, with the database, filter and settings click gives it."""
    import hoptac.tui.app as app_mod
    from hoptac.tui.i18n import language

    calls: list[tuple[Any, ...]] = []

    def fake_run_app(path: Path, initial: Any = None, settings: Any = None) -> int:
        calls.append((Path(path), initial, settings, language()))
        return 0

    monkeypatch.setattr(app_mod, "run_app", fake_run_app)
    conf = tmp_path / "c.toml"
    conf.write_text(f"database = {str(tmp_path / 'conf.json')!r}\n", encoding="utf-8")
    monkeypatch.setenv("HOPTAC_CONFIG", str(conf))
    argv = [w.replace("DB", str(db)) for w in argv]
    assert _quick(argv)[2:] == (0, True)
    assert _click(argv)[2] == 0
    assert len(calls) == 2 and calls[0] == calls[1]
    assert calls[0][0] == (db if argv else tmp_path / "conf.json")
