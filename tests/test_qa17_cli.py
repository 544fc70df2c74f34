"""The command line as the seventeenth QA round found it (appqa17): a filter option given
empty ("--search ''") meant no filter at all, silently, while "--person ''" was refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from hoptac.tui.cli import main

from cli_support import ONE, one_db, run_quick  # noqa: F401 (one_db: a fixture)

def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("option", ["--search", "--pair", "--province", "--since", "--until", "--level", "--person"])
@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_filter_is_refused_not_taken_for_no_filter(one_db: Path, option: str, value: str) -> None:
    result = run("events", "--db", str(one_db), option, value, "--json")
    assert result.exit_code == 2, result.output
    assert '"id"' not in result.output  # not every event, as if the option were not there
    assert f"{option} is empty" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    output, code = run_quick("events", "--db", str(one_db), option, value, "--json")
    assert code == 2 and f"{option} is empty" in output and '"id"' not in output


@pytest.mark.parametrize("command", ["pairs", "people", "export", "browse"])
def test_every_command_with_filters_refuses_an_empty_search(one_db: Path, command: str) -> None:
    extra = {"export": ["-o", "-"], "browse": []}.get(command, ["--json"])
    result = run(command, "--db", str(one_db), "--search", "", *extra)
    assert result.exit_code == 2 and "--search is empty" in result.output, result.output


def test_a_search_with_words_still_answers(one_db: Path) -> None:
    result = run("events", "--db", str(one_db), "--search", "du lich", "--json")
    assert result.exit_code == 0 and '"id"' in result.output
