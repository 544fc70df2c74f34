"""Helpers of the command-line tests: the lean entry point (what the ``hoptac`` script runs) in
CliRunner's capture, and a database of one short article."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from hoptac.tui import quick
from hoptac.tui.cli import main

#: One short article with one signing, for the command-line tests' small database.
ONE = ("Lào Cai và Yên Bái ký kết hợp tác\n\n"
       "Sáng ngày 8/3/2020, tại thành phố Yên Bái, lãnh đạo tỉnh Lào Cai và tỉnh Yên Bái "
       "đã ký kết chương trình hợp tác phát triển du lịch.\n")


@pytest.fixture(scope="module")
def one_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of ONE alone (import the fixture into a test module to use it)."""
    folder = tmp_path_factory.mktemp("one")
    (folder / "one.txt").write_text(ONE, encoding="utf-8")
    path = folder / "db.json"
    result = CliRunner().invoke(main, ["ingest", "--db", str(path), str(folder / "one.txt")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


def run_quick(*args: str, env: dict[str, str] | None = None) -> tuple[str, int]:
    """The lean entry point (what the ``hoptac`` script runs), stdout piped: (output, exit code)."""
    runner = CliRunner(env=env)
    with runner.isolation(env=env) as (out, err, _both):
        try:
            code = quick.main(list(args), prog_name="hoptac")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        sys.stdout.flush()
        sys.stderr.flush()
        return out.getvalue().decode() + err.getvalue().decode(), int(code or 0)
