"""The app lets go of the pages of the mapped caches it has read (``release_pages``, issue
14's memory row): the answers stay the same after, the pages really leave the process
(its resident file pages fall), and a cache file's CRC-32 read through one small reused
buffer (``file_crc``) is the file's whole CRC-32, whatever the buffer's size."""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store.cache import build_caches
from hoptac.core.store.cache_files import file_crc
from hoptac.core.store.mapped import MappedColumns
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import Store


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Library:
    path = tmp_path_factory.mktemp("release") / "db.json"
    write_db(path, 3000, seed=11, workers=1)
    build_caches(Store(path))
    lib = Library.open(path, verify=False, trust_stamp=True)
    assert isinstance(lib.index.cols, MappedColumns)
    return lib


def _file_pages_kb() -> int | None:
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        return None
    return next((int(ln.split()[1]) for ln in text.splitlines() if ln.startswith("RssFile:")), None)


QUERIES = ["hop tac", "ky ket thoa thuan", "lao cai, du lich", "h", "nguyen van", "zzz"]


def test_answers_unchanged_after_release(opened: Library) -> None:
    index = opened.index
    index.warm()
    index.warm_search()
    before = {q: list(index.filter(Filter(search=q))) for q in QUERIES}
    assert any(before.values()) and not before["zzz"]
    dates = [index.date(r) for r in range(0, len(index), 97)]
    for q in QUERIES:
        index.release_pages()
        assert list(index.filter(Filter(search=q))) == before[q], q
    index.release_pages()
    assert [index.date(r) for r in range(0, len(index), 97)] == dates
    assert list(index.filter(Filter(type="signing"))) == [r for r in range(len(index)) if index.events[r]["type"] == "signing"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_pages_leave_the_process(opened: Library) -> None:
    index = opened.index
    index.warm_search()
    words = index._word_index()
    folder = opened.store.dir
    size = (folder / "words.bin").stat().st_size
    assert size > 256 << 10
    index.release_pages()
    low = _file_pages_kb()
    sum(int(words._mmap[i]) for i in range(0, size, 4096))   # every page of words.bin read
    high = _file_pages_kb()
    assert low is not None and high is not None
    assert high - low >= size // 1024 // 2   # the mapping's pages counted in the process
    index.release_pages()
    assert _file_pages_kb() <= low + (size // 1024) // 4


@pytest.mark.parametrize("step", [1, 7, 4096, 1 << 20])
def test_file_crc(tmp_path: Path, step: int) -> None:
    data = os.urandom(50_000) + bytes(range(256)) * 40
    path = tmp_path / "f.bin"
    path.write_bytes(data)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert file_crc(fd, step=step) == zlib.crc32(data)
        assert file_crc(fd, 12_345, step=step) == zlib.crc32(data[:12_345])
        assert file_crc(fd, 0, step=step) == 0
    finally:
        os.close(fd)
    empty = tmp_path / "e.bin"
    empty.write_bytes(b"")
    fd = os.open(empty, os.O_RDONLY)
    try:
        assert file_crc(fd) == 0
    finally:
        os.close(fd)


def test_budget(tmp_path: Path) -> None:
    from hoptac.tui.gc_pacing import mapped_over_budget

    page = os.sysconf("SC_PAGE_SIZE")
    statm = tmp_path / "statm"
    statm.write_text(f"90000 30000 {(10 << 20) // page} 500 0 20000 0\n")
    assert not mapped_over_budget(64 << 20, str(statm))
    assert mapped_over_budget(8 << 20, str(statm))
    assert mapped_over_budget(64 << 20, str(tmp_path / "missing"))   # unknown: let go


def test_compact_answers(opened: Library) -> None:
    """The app's answers as ``array("i")`` (``filter(compact=True)``): the same ranks as
    the lists, and the same timeline rows built from them."""
    from array import array

    from hoptac.tui.screens.main import build_rows

    index = opened.index
    provinces = index.provinces()
    flts = [Filter(search=q) for q in QUERIES] + [
        Filter(type="signing"), Filter(province=provinces[0]), Filter(province=provinces[1], search="hop tac"),
        Filter(pair=(provinces[0], provinces[2])), Filter(since="2015", until="2016-06"),
        Filter(type="visit", since="2012", search="du lich"), Filter(province="Nowhere")]
    some = 0
    for flt in flts:
        want = list(index.filter(flt))
        got = index.filter(flt, compact=True)
        assert list(got) == want, flt
        if len(want) > 1 and (flt.search or flt.province or flt.type):
            assert isinstance(got, array) and got.itemsize == 4, flt
            some += 1
        rows, rows_c = build_rows(index, want), build_rows(index, got)
        assert list(rows.rows) == list(rows_c.rows) and rows.headings == rows_c.headings
        assert [rows.event_at(i) for i in range(0, len(rows), 7)] == [rows_c.event_at(i) for i in range(0, len(rows), 7)]
        assert rows.date_width == rows_c.date_width and rows.has_ranges == rows_c.has_ranges
        for r in want[::11]:
            assert rows.row_of_rank(r) == rows_c.row_of_rank(r)
    assert some >= 5


def test_file_crc_without_preadv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the platform has no ``os.preadv`` (or no ``os.pread``) the same CRC-32."""
    data = os.urandom(30_000)
    path = tmp_path / "f.bin"
    path.write_bytes(data)
    monkeypatch.delattr(os, "preadv", raising=False)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert file_crc(fd, step=4096) == zlib.crc32(data)
        monkeypatch.delattr(os, "pread", raising=False)
        assert file_crc(fd, 20_001, step=999) == zlib.crc32(data[:20_001])
    finally:
        os.close(fd)
