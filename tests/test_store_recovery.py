"""Recovery (issue 10, items 4, 5, 10, 11): ``check`` and ``repair``, checksums on every
segment and cache file, leftovers of dead processes, a full disk."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from hoptac.core.library import Library
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEAD = 4_999_999  # above any pid_max: no process has this id


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.json"
    assert run("ingest", "--db", str(path), str(ROOT / "seeds")).exit_code == 0
    Library.open(path)
    return path


def _folder(db: Path) -> Path:
    return db.with_name(db.name + ".d")


def _events(db: Path) -> list[dict]:
    result = run("events", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    return orjson.loads(result.output)


def _files(db: Path) -> dict[str, bytes]:
    return {str(p.relative_to(db.parent)): p.read_bytes() for p in sorted(db.parent.rglob("*")) if p.is_file()}


# -- 4. check and repair -----------------------------------------------------------------------------

def test_check_passes_a_sound_database(db: Path) -> None:
    result = run("check", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "problem" not in result.output


@pytest.mark.parametrize("damage", ["empty manifest", "entry segment", "schema 1", "missing key"])
def test_check_names_the_damage_and_repair_restores_every_event(db: Path, damage: str) -> None:
    want = sorted(e["id"] for e in _events(db))
    segs = {p.name: p.read_bytes() for p in _folder(db).glob("seg-*.json")}
    doc = orjson.loads(db.read_bytes())
    if damage == "empty manifest":
        db.write_bytes(b"")
    else:
        if damage == "entry segment":
            next(iter(doc["articles"].values()))["segment"] = "seg-000009.json"
        elif damage == "schema 1":
            next(iter(doc["meta"].values()))["schema"] = 1
        else:
            del next(iter(doc["articles"].values()))["id"]
        db.write_bytes(orjson.dumps(doc))
    checked = run("check", "--db", str(db))
    assert checked.exit_code == 1 and "problem: manifest" in checked.output, checked.output
    repaired = run("repair", "--db", str(db))
    assert repaired.exit_code == 0, repaired.output
    assert "manifest rebuilt" in repaired.output
    assert sorted(e["id"] for e in _events(db)) == want
    assert run("check", "--db", str(db)).exit_code == 0
    # nothing deleted: every segment as it was, the damaged manifest kept aside (when it held anything)
    assert {p.name: p.read_bytes() for p in _folder(db).glob("seg-*.json")} == segs
    if damage != "empty manifest":
        assert list(db.parent.glob("db.json.repair-*.bak"))
    assert run("compact", "--db", str(db)).exit_code == 0
    assert sorted(e["id"] for e in _events(db)) == want


def test_repair_says_what_it_could_not_use_and_keeps_it(db: Path) -> None:
    seg = next(_folder(db).glob("seg-*.json"))
    seg.write_bytes(b"{not json")
    assert run("check", "--db", str(db)).exit_code == 1
    result = run("repair", "--db", str(db))
    assert result.exit_code == 1 and "could not use seg-000001.json" in result.output
    assert seg.read_bytes() == b"{not json"
    assert run("events", "--db", str(db), "--json").exit_code == 0  # opens, empty, says nothing false


# -- 5. checksums --------------------------------------------------------------------------------------

def _flip(path: Path, at: int) -> None:
    raw = bytearray(path.read_bytes())
    i = at % len(raw)
    while chr(raw[i]) not in "0123456789":  # a digit for a digit: same size, still valid JSON
        i = (i + 1) % len(raw)
    raw[i] = ord("1") if raw[i] != ord("1") else ord("2")
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("at", [101, 2020, 5555, 7777])
def test_a_same_size_flip_in_the_event_cache_never_changes_an_answer(db: Path, at: int) -> None:
    """events.jsonl holds the corrected events (the others are read from their segments);
    where each event lies and its CRC-32 are in columns.bin: a digit flipped in either."""
    first = _events(db)[0]
    assert run("correct", "--db", str(db), first["id"], "--type",
               "visit" if first.get("type") != "visit" else "signing").exit_code == 0
    want = _events(db)
    assert (_folder(db) / "events.jsonl").stat().st_size
    _flip(_folder(db) / "events.jsonl", at)
    assert _events(db) == want
    _flip(_folder(db) / "columns.bin", at)
    assert _events(db) == want


@pytest.mark.parametrize("name", ["words.bin", "words.txt", "columns.bin"])
def test_a_damaged_cache_file_is_rebuilt_before_it_is_trusted(db: Path, name: str) -> None:
    want = _events(db)
    path = _folder(db) / name
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    lib = Library.open(db)
    assert lib.cache_problems or name == "columns.bin"
    assert _events(db) == want
    assert run("check", "--db", str(db)).exit_code == 0  # rebuilt


def test_a_same_size_flip_in_a_segment_is_refused_with_a_message(db: Path) -> None:
    seg = next(_folder(db).glob("seg-*.json"))
    _flip(seg, 3000)
    (_folder(db) / "rows.json").unlink()  # the caches must come from the segment again
    result = run("events", "--db", str(db))
    assert result.exit_code == 1 and "checksum" in result.output and "Traceback" not in result.output
    checked = run("check", "--db", str(db))
    assert checked.exit_code == 1 and seg.name in checked.output


def test_the_manifest_records_a_checksum_for_every_segment(db: Path) -> None:
    import zlib

    doc = orjson.loads(db.read_bytes())
    for s in doc["segments"].values():
        data = (_folder(db) / s["name"]).read_bytes()
        assert s["crc"] == zlib.crc32(data) and s["size"] == len(data)
    rows = (_folder(db) / "rows.json").read_bytes()
    assert orjson.loads(rows)["crc"] == zlib.crc32(rows[18:])


# -- 10. leftovers of dead processes -----------------------------------------------------------------

def test_the_next_writer_removes_leftovers_of_dead_processes_only(db: Path, tmp_path: Path) -> None:
    folder = _folder(db)
    dead = [tmp_path / f".db.json.{DEAD}.k3j2h1.tmp", folder / f".seg-000002.json.{DEAD}.abc123.tmp",
            folder / f".events.jsonl.{DEAD}.build", folder / f".rows.json.{DEAD}.zz_9.tmp"]
    alive = [tmp_path / f".db.json.{os.getpid()}.q1w2e3.tmp", folder / f".words.bin.{os.getpid()}.build",
             tmp_path / "notes.tmp"]
    for p in dead + alive:
        p.write_bytes(b"x" * 100)
    extra = tmp_path / "in"
    extra.mkdir()
    (extra / "a.txt").write_text((ROOT / "seeds" / "003_580a197666628d6c.txt").read_text(encoding="utf-8")
                                 + "\nMột dòng mới.\n", encoding="utf-8")
    assert run("ingest", "--db", str(db), str(extra)).exit_code == 0
    assert [p for p in dead if p.exists()] == []
    assert all(p.exists() for p in alive)


@pytest.mark.parametrize("cmd", ["compact", "check"])
def test_compact_and_check_remove_leftovers_too(db: Path, cmd: str) -> None:
    left = _folder(db) / f".words.txt.{DEAD}.build"
    left.write_bytes(b"x")
    assert run(cmd, "--db", str(db)).exit_code == 0
    assert not left.exists()


def test_an_export_removes_the_leftover_of_a_killed_export(db: Path, tmp_path: Path) -> None:
    left = tmp_path / f".out.json.{DEAD}.abcdef.tmp"
    left.write_bytes(b"x" * 1000)
    assert run("export", "--db", str(db), "-o", str(tmp_path / "out.json")).exit_code == 0
    assert not left.exists()


# -- 11. a full disk -----------------------------------------------------------------------------------

def _full_disk(monkeypatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)


def _one_line(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.startswith("hoptac:")]
    assert len(lines) == 1, result.output
    return lines[0]


def test_a_full_disk_during_ingest_is_one_line_and_changes_nothing(db: Path, tmp_path: Path, monkeypatch) -> None:
    extra = tmp_path / "in"
    extra.mkdir()
    (extra / "a.txt").write_text((ROOT / "seeds" / "001_18231fda04807153.txt").read_text(encoding="utf-8")
                                 + "\nMột dòng khác.\n", encoding="utf-8")
    before = _files(db)
    _full_disk(monkeypatch)
    line = _one_line(run("ingest", "--db", str(db), str(extra)))
    assert "full" in line and str(tmp_path) in line and "needs about" in line
    monkeypatch.undo()
    assert _files(db) == before  # nothing leaked, the store as it was


@pytest.mark.parametrize("cmd", ["compact", "export"])
def test_a_full_disk_during_compact_or_export_is_one_line(db: Path, tmp_path: Path, monkeypatch, cmd: str) -> None:
    before = _files(db)
    _full_disk(monkeypatch)
    args = ["-o", str(tmp_path / "out.json")] if cmd == "export" else []
    line = _one_line(run(cmd, "--db", str(db), *args))
    assert "full" in line
    monkeypatch.undo()
    after = _files(db)
    assert not [n for n in after if n.endswith((".tmp", ".build"))]
    assert {n: b for n, b in after.items() if "seg-" in n or n == "db.json"} == \
        {n: b for n, b in before.items() if "seg-" in n or n == "db.json"}
    assert len(_events(db)) == 9
