"""The package: one version, `python -m hoptac`, and the seeds' notice."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from click.testing import CliRunner

import hoptac
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_version_lives_in_one_place() -> None:
    project = PYPROJECT["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "hoptac.__version__"}
    assert hoptac.__version__.count(".") == 2


def test_hoptac_version_prints_it() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output == f"hoptac, version {hoptac.__version__}\n"


def test_python_m_hoptac_is_the_command(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "hoptac", "--version"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"hoptac, version {hoptac.__version__}\n"
    usage = subprocess.run([sys.executable, "-m", "hoptac", "no-such-command"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2 and "Usage: hoptac" in usage.stderr


def test_every_seed_is_named_in_the_notice_that_ships_with_it() -> None:
    notice = (ROOT / "seeds" / "NOTICE").read_text(encoding="utf-8")
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert seeds and all(name in notice for name in seeds)
    assert "NOT covered by hoptac's MIT licence" in notice
    assert "NOTICE" in PYPROJECT["tool"]["setuptools"]["package-data"]["hoptac.seeds"]
    assert "seeds/NOTICE" in PYPROJECT["project"]["license-files"]


def test_the_licence_is_mit_and_its_files_exist() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    for name in PYPROJECT["project"]["license-files"]:
        assert (ROOT / name).is_file(), name
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
