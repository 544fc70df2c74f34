"""The tree shows the data flow: core/extract reads articles, core/store keeps and finds
events, neither imports the other, and nothing in core/ knows the UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved)."""
    rel = path.relative_to(ROOT).with_suffix("")
    package = ["hoptac", *rel.parts[:-1]]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{a.name}" for a in node.names)
    return found


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for name in _imports(path):
            if name.startswith(forbidden):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


UI = ("hoptac.tui", "textual", "click", "rich")


def test_extract_imports_nothing_from_store_or_ui():
    assert _offenders("core/extract", ("hoptac.core.store", "hoptac.core.ingest", "hoptac.core.library") + UI) == []


def test_store_imports_nothing_from_extract_or_ui():
    assert _offenders("core/store", ("hoptac.core.extract", "hoptac.core.ingest", "hoptac.core.library") + UI) == []


def test_core_imports_no_ui():
    assert _offenders("core", UI) == []


def test_the_checker_sees_relative_imports(tmp_path):
    # the check would pass vacuously if relative imports were not resolved
    names = _imports(ROOT / "core" / "ingest.py")
    assert "hoptac.core.extract.events" in names and "hoptac.core.store.segments" in names


def test_both_rooms_import_alone():
    code = ("import sys, hoptac.core.extract, hoptac.core.store; "
            "sys.exit(any(m in sys.modules for m in ('textual', 'click', 'hoptac.tui')))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_index_and_query_do_not_import_each_other_both_ways():
    index = _imports(ROOT / "core" / "store" / "index.py")
    query = _imports(ROOT / "core" / "store" / "query.py")
    assert not ({"hoptac.core.store.query"} <= index and {"hoptac.core.store.index"} <= query)
