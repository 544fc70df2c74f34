"""The people table (people.json + people.bin) is under the caches' checksums: a damaged
one is never trusted (made again), ``hoptac check`` and ``verify_caches`` name it, and
``hoptac repair`` / an open that finds it damaged drop it."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from hoptac.core.library import Library
from hoptac.core.store.cache import verify_caches
from hoptac.core.store.people import people_of
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.json"
    assert run("ingest", "--db", str(path), str(ROOT / "seeds")).exit_code == 0
    assert run("people", "--json", "--db", str(path)).exit_code == 0  # the caches and the people table
    return path


def _folder(db: Path) -> Path:
    return db.with_name(db.name + ".d")


def _flipped(data: bytes, i: int) -> bytes:
    raw = bytearray(data)
    raw[i] ^= 0x01
    return bytes(raw)


def test_the_head_records_the_data_checksum(db: Path) -> None:
    import zlib

    head = orjson.loads((_folder(db) / "people.json").read_bytes())
    assert head["crcs"]["people.bin"] == zlib.crc32((_folder(db) / "people.bin").read_bytes())
    assert verify_caches(Store(db)) == []
    assert run("check", "--db", str(db)).exit_code == 0


@pytest.mark.parametrize("name", ["people.bin", "people.json"])
def test_a_same_size_flip_anywhere_gives_the_right_people_and_check_notices(db: Path, name: str) -> None:
    want = run("people", "--json", "--db", str(db)).output
    names = [p["name"] for p in orjson.loads(want)]
    path = _folder(db) / name
    data = path.read_bytes()
    # bytes spread over the file (a flip in people.bin was a wrong answer or a traceback before)
    for i in range(0, len(data), max(1, len(data) // 20)):
        path.write_bytes(_flipped(data, i))
        check = run("check", "--db", str(db))
        assert check.exit_code != 0 and f"cache {name}" in check.output, (i, check.output)
        assert any(p.startswith(name) for p in verify_caches(Store(db)))
        lib = Library.open(db, verify=False)   # no verify first: the table's own load check
        assert [p["name"] for p in people_of(lib.index, range(len(lib.index)))] == names, i
        path.write_bytes(_flipped(data, i))
        got = run("people", "--json", "--db", str(db))   # verifies first, drops the table
        assert got.exit_code == 0 and got.output == want, i
        path.write_bytes(data)


@pytest.mark.parametrize("damage", ["truncated", "zeroed", "shape"])
def test_truncated_zeroed_or_wrong_shape_tables_are_made_again(db: Path, damage: str) -> None:
    want = run("people", "--json", "--db", str(db)).output
    for name in ("people.bin", "people.json"):
        path = _folder(db) / name
        data = path.read_bytes()
        path.write_bytes({"truncated": data[: len(data) // 2], "zeroed": bytes(len(data)),
                          "shape": b'{"version": 4, "n": 1, "m": 0, "persons": 0}'}[damage])
        assert run("check", "--db", str(db)).exit_code != 0
        got = run("people", "--json", "--db", str(db))
        assert got.exit_code == 0 and got.output == want
        assert run("check", "--db", str(db)).exit_code == 0  # the open dropped it; the answer made it again
        path.write_bytes(data)


def test_repair_drops_a_damaged_table(db: Path) -> None:
    path = _folder(db) / "people.bin"
    path.write_bytes(bytes(path.stat().st_size))
    assert run("check", "--db", str(db)).exit_code != 0
    run("repair", "--db", str(db))
    assert not path.exists()
    assert run("check", "--db", str(db)).exit_code == 0


def test_the_app_verifying_after_its_first_frame_finds_it(db: Path) -> None:
    lib = Library.open(db, verify=False)
    path = _folder(db) / "people.bin"
    path.write_bytes(_flipped(path.read_bytes(), 3))
    assert any(p.startswith("people.bin") for p in lib.verify_caches())


@pytest.mark.parametrize("name", ["people.bin", "people.json"])
def test_the_fast_person_filter_does_not_trust_a_damaged_table(db: Path, name: str) -> None:
    want = run("events", "--json", "--person", "xuan phong", "--db", str(db)).output
    assert orjson.loads(want)  # the seeds name him
    path = _folder(db) / name
    data = path.read_bytes()
    for i in range(0, len(data), max(1, len(data) // 10)):
        path.write_bytes(_flipped(data, i))
        got = run("events", "--json", "--person", "xuan phong", "--db", str(db))
        assert got.exit_code == 0 and got.output == want, i
        path.write_bytes(data)
