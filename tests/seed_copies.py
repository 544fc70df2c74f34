"""A database of copies of the five seeds (so that a test may change or re-read a file),
and the command-line helpers the tests that use it share."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def seed_copies(tmp_path: Path, *ingest_args: str) -> tuple[Path, Path]:
    """(database, folder of the copies), the copies ingested."""
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted((ROOT / "seeds").glob("0*.txt")):
        shutil.copy(p, src / p.name)
    db = tmp_path / "db.json"
    result = run("ingest", "--db", str(db), *ingest_args, str(src))
    assert result.exit_code == 0, result.output
    return db, src


def events(db: Path) -> list[dict]:
    result = run("events", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def interrupt_at(n: int):
    """An ``on_progress`` that presses Ctrl+C at the ``n``-th result (as a user would while
    the work runs), and the results it heard."""
    seen: list = []

    def hear(fr) -> None:
        seen.append(fr)
        if len(seen) == n:
            raise KeyboardInterrupt

    return hear, seen
