"""The app's opening by the caches' stamp (``Library.open(trust_stamp=True)``): the same
index as a full open, the manifest checked after, never trusted when it is another file;
columns loaded part by part as they are whole; filter rows found on demand as the old
posting sets had them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store import colfile
from hoptac.core.store.cache import build_caches
from hoptac.core.store.cache_files import read_rows
from hoptac.core.store.errors import StoreError
from hoptac.core.store.query import EVENT_TYPES, LEVELS, Filter
from hoptac.core.store.segments import Store


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.json"
    write_db(path, 600, seed=11, workers=1)
    build_caches(Store(path))
    return path


def _same(a: Library, b: Library) -> None:
    assert len(a.index) == len(b.index) and a.index.provinces() == b.index.provinces()
    for name in a.index.provinces()[:8]:
        assert a.index.filter(Filter(province=name)) == b.index.filter(Filter(province=name))
    for t in EVENT_TYPES:
        assert a.index.filter(Filter(type=t)) == b.index.filter(Filter(type=t))
    assert [a.index.events[r] for r in range(0, len(a.index), 37)] == [b.index.events[r] for r in range(0, len(b.index), 37)]


def test_opened_by_its_stamp_it_is_the_same_index_and_the_manifest_is_checked_after(db: Path) -> None:
    quick = Library.open(db, verify=False, trust_stamp=True)
    assert quick.manifest_unchecked
    _same(quick, Library.open(db))
    assert quick.verify_caches() == [] and not quick.manifest_unchecked


def test_a_manifest_rewritten_is_not_trusted_by_the_stamp(db: Path) -> None:
    db.write_bytes(db.read_bytes())  # another file now (same content): the stamp does not name it
    lib = Library.open(db, verify=False, trust_stamp=True)
    assert not lib.manifest_unchecked  # the manifest was read at open, as before


def test_a_manifest_damaged_in_place_behind_the_stamp_is_refused_when_checked(db: Path) -> None:
    st = os.stat(db)
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2: len(raw) // 2 + 4] = b"\x00\x00\x00\x00"
    with open(db, "r+b") as fh:  # same file, same size ...
        fh.write(bytes(raw))
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns))  # ... and the same time: only reading it tells
    lib = Library.open(db, verify=False, trust_stamp=True)
    assert lib.manifest_unchecked
    with pytest.raises(StoreError):
        lib.verify_caches()
    with pytest.raises(StoreError):
        Library.open(db)


def test_columns_read_part_by_part_are_the_columns_read_whole(db: Path) -> None:
    folder = db.with_name(db.name + ".d")
    rows = read_rows(folder / "rows.json")
    whole = colfile.load(folder / "columns.bin", rows["layout"], crc=rows["stamp"]["crcs"]["columns.bin"])
    wanted = ("dates", "ends", "types", "pairs", "provinces", "strings", "article_ids")
    parts = colfile.load(folder / "columns.bin", rows["layout"], only=wanted)
    assert set(parts) == set(wanted)
    for name in wanted:
        a, b = whole[name], parts[name]
        assert (a.tolist() if hasattr(a, "tolist") else list(a)) == (b.tolist() if hasattr(b, "tolist") else list(b))


def test_a_damaged_part_is_refused_when_read_alone(db: Path) -> None:
    folder = db.with_name(db.name + ".d")
    rows = read_rows(folder / "rows.json")
    entry = rows["layout"]["types"]
    with open(folder / "columns.bin", "r+b") as fh:
        fh.seek(entry[1])
        byte = fh.read(1)
        fh.seek(entry[1])
        fh.write(bytes([byte[0] ^ 1]))
    with pytest.raises(ValueError):
        colfile.load(folder / "columns.bin", rows["layout"], only=("types",))
    colfile.load(folder / "columns.bin", rows["layout"], only=("dates",))  # the others still read
    lib = Library.open(db)  # found, rebuilt: the answers are the store's
    _same(lib, Library.open(db))


def test_levels_and_types_are_found_as_the_posting_sets_found_them(db: Path) -> None:
    index = Library.open(db).index
    c = index.cols
    for level in LEVELS:
        code = index._code(level)
        want = {r for r in range(len(index)) if code in list(c.levels[r])} if code is not None else set()
        assert index._set("level", level) == want
    for name in index.provinces()[:10]:
        code = index._code(name)
        assert index._set("province", name) == {r for r in range(len(index)) if code in list(c.provinces[r])}
