"""An article stored by another version of the extractor is read again by the next ingest of its file
(an upgrade's better reading replaces the older one); the same extractor leaves it alone; the stamp
follows the extraction code, and a reader's corrections follow the events read again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hoptac.core.extract import version as version_mod
from hoptac.core.store.segments import Store

from seed_copies import ROOT, events, run, seed_copies


@pytest.fixture()
def lib(tmp_path: Path) -> tuple[Path, Path]:
    return seed_copies(tmp_path, "-j", "1")


def _another_extractor(monkeypatch, stamp: str = "0123456789abcdef") -> None:
    import hoptac.core.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "extractor_version", lambda: stamp)


def test_the_same_extractor_leaves_stored_articles_alone(lib) -> None:
    db, src = lib
    result = run("ingest", "--db", str(db), "-j", "1", str(src))
    assert result.exit_code == 0 and "0 new, 5 unchanged" in result.output
    assert "read again" not in result.output


def test_another_extractors_articles_are_read_again_once(lib, monkeypatch) -> None:
    db, src = lib
    before = events(db)
    store = Store(db)
    assert {a.get("extractor") for a in store._index().values()} == {version_mod.extractor_version()}
    _another_extractor(monkeypatch)
    result = run("ingest", "--db", str(db), "-j", "1", str(src))
    assert result.exit_code == 0, result.output
    assert "5 read again by this version" in result.output
    after = events(db)
    # the same text read the same way: the same events, once each (no copy left behind)
    assert sorted(e["id"] for e in after) == sorted(e["id"] for e in before)
    index = Store(db)._index()
    assert len(index) == 5 and {a["extractor"] for a in index.values()} == {"0123456789abcdef"}
    again = run("ingest", "--db", str(db), "-j", "1", str(src))
    assert "5 unchanged" in again.output and "read again" not in again.output
    assert run("check", "--db", str(db)).exit_code == 0
    assert run("compact", "--db", str(db)).exit_code == 0
    assert sorted(e["id"] for e in events(db)) == sorted(e["id"] for e in before)


def test_a_database_from_before_the_stamp_is_read_again(lib, monkeypatch) -> None:
    db, src = lib
    doc = json.loads(db.read_text(encoding="utf-8"))
    for art in doc["articles"].values():  # as an older hoptac wrote the manifest
        art.pop("extractor", None)
    db.write_text(json.dumps(doc), encoding="utf-8")
    result = run("ingest", "--db", str(db), "-j", "1", str(src))
    assert result.exit_code == 0 and "5 read again" in result.output, result.output
    assert len(events(db)) >= 5 and run("check", "--db", str(db)).exit_code == 0


def test_a_copy_of_a_stored_text_elsewhere_is_not_read_again(lib, monkeypatch, tmp_path: Path) -> None:
    db, src = lib
    other = tmp_path / "copy"
    other.mkdir()
    shutil.copy(next(src.glob("0*.txt")), other / "same.txt")
    _another_extractor(monkeypatch)
    result = run("ingest", "--db", str(db), "-j", "1", str(other))
    assert "1 unchanged" in result.output  # the stored article keeps its own source
    assert not any(e["source"].endswith("same.txt") for e in events(db))


def test_a_correction_follows_an_event_read_again(lib, monkeypatch) -> None:
    db, src = lib
    ev = next(e for e in events(db) if e.get("date_text") == "ngày 19/9/2018")
    assert run("correct", "--db", str(db), ev["id"], "--type", "conference").exit_code == 0
    _another_extractor(monkeypatch)
    assert "read again" in run("ingest", "--db", str(db), "-j", "1", str(src)).output
    again = {e["id"]: e for e in events(db)}[ev["id"]]
    assert again["corrected"] is True and again["type"] == "conference"
    assert again["extracted"]["type"] == "signing"


def test_the_stamp_follows_the_extraction_code(tmp_path: Path, monkeypatch) -> None:
    stamp = version_mod.extractor_version()
    assert len(stamp) == 16 and int(stamp, 16) >= 0
    # a copy of the package's core with one rule file changed has another stamp
    core = tmp_path / "core"
    shutil.copytree(ROOT / "core", core, ignore=shutil.ignore_patterns("__pycache__", "store"))
    monkeypatch.setattr(version_mod, "_CORE", core)
    version_mod.extractor_version.cache_clear()
    try:
        assert version_mod.extractor_version() == stamp  # the same files
        rules = core / "extract" / "vocab.py"
        rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new rule\n", encoding="utf-8")
        version_mod.extractor_version.cache_clear()
        assert version_mod.extractor_version() != stamp
    finally:
        version_mod.extractor_version.cache_clear()
