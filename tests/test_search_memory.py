"""What the app holds of its caches (issue 14's memory row, branch ``appmem14``): the mapped
int columns are views of ``columns.bin`` as stored (no widened copy), the word pairs'
blocks keep 4 bytes a pair of layout, a search lets go of the word index's pages between
blocks once past its budget (``mapped.ReadBudget``), and the word index is read once even
when a search and the warm-up ask for it at the same moment. The answers stay the same."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store import colfile, wordindex
from hoptac.core.store.cache import build_caches, load_columns
from hoptac.core.store.mapped import MappedColumns, ReadBudget
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import Store

QUERIES = ["hop tac", "ky ket thoa thuan", "lao cai, du lich", "h", "nguyen van", "hoi nghi du lich", "zzz"]


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("searchmem") / "db.json"
    write_db(path, 2500, seed=17, workers=1)
    build_caches(Store(path))
    return path


def _open(path: Path) -> Library:
    lib = Library.open(path, verify=False, trust_stamp=True)
    assert isinstance(lib.index.cols, MappedColumns)
    return lib


def test_int_columns_are_views_as_stored(path: Path) -> None:
    cols = _open(path).index.cols
    loaded = load_columns(Store(path))
    widths = set()
    for name in ("types", "flags", "titles", "article", "sidx", "line_rank", "pairs", "provinces", "levels",
                 "ev_off", "ev_crc", "art_off"):
        got = getattr(cols, name)
        parts = [(name + ".flat", got.flat), (name + ".start", got.start)] if not isinstance(got, np.ndarray) else [(name, got)]
        for part, arr in parts:
            code = colfile.code(cols._layout[part])
            widths.add(code)
            if code in ("i", "q"):   # as it lies in columns.bin: a read-only view, nothing copied
                assert arr.dtype == np.dtype("<" + code) and not arr.flags.owndata and not arr.flags.writeable, part
            else:   # one or two bytes a number: widened once, to int32
                assert arr.dtype == np.int32, part
        want = getattr(loaded, name)
        if not isinstance(got, np.ndarray):
            assert [got[r] for r in range(len(cols))] == [list(want[r]) for r in range(len(cols))], name
        else:
            assert got.tolist() == list(want), name
    assert widths & {"i", "q"} and widths & {"b", "h"}   # both kinds met


def test_pair_blocks_keep_four_bytes_a_pair(path: Path) -> None:
    index = _open(path).index
    want = {q: list(index.filter(Filter(search=q))) for q in QUERIES}
    words = index._word_index()
    read = [blk for kind in ("e", "b") for blk in words.pairs[kind] if blk._at is not None]
    assert read
    for blk in read:
        assert blk._at.dtype == np.uint32 and len(blk._at) == len(blk.first)
        # the fields read from the widths when asked are those the layout was summed from
        js = np.arange(len(blk.first), dtype=np.int64)
        at, wp, wm, wx = blk._fields(js)
        w = blk.widths.astype(np.int64)
        assert (wp == (w & 0x1F)).all() and (wm == ((w >> 5) & 7)).all() and (wx == ((w >> 8) & 0x1F)).all()
        assert at[0] == 0 and (np.diff(at) >= 0).all()
        j = len(blk.first) // 2
        assert blk._field(j) == (int(at[j]), int(wp[j]), int(wm[j]), int(wx[j]))
    fresh = _open(path).index
    assert {q: list(fresh.filter(Filter(search=q))) for q in QUERIES} == want


def test_read_budget(tmp_path: Path) -> None:
    import mmap

    calls: list[int] = []
    statm = tmp_path / "statm"
    statm.write_text(f"90000 30000 {(10 << 20) // mmap.PAGESIZE} 500 0 20000 0\n")
    under = ReadBudget(lambda: calls.append(1), budget=64 << 20, statm=str(statm))
    assert under.resident() == ((10 << 20) // mmap.PAGESIZE) * mmap.PAGESIZE
    under.spent()
    assert calls == [] and under.released == 0
    over = ReadBudget(lambda: calls.append(2), budget=8 << 20, statm=str(statm))
    over.spent()
    over.spent()
    assert calls == [2, 2] and over.released == 2
    unknown = ReadBudget(lambda: calls.append(3), budget=0, statm=str(tmp_path / "missing"))
    unknown.spent()   # statm unreadable (not Linux): nothing let go mid-search
    assert unknown.resident() is None and calls == [2, 2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_search_lets_go_between_blocks(path: Path) -> None:
    index = _open(path).index
    words = index._word_index()
    words.budget.budget = 1 << 40   # never: the answers as they were
    want = {q: list(index.filter(Filter(search=q))) for q in QUERIES}
    assert words.budget.released == 0 and any(want.values())
    other = _open(path).index
    ow = other._word_index()
    ow.budget.budget = 0   # always: let go after every block read
    assert {q: list(other.filter(Filter(search=q))) for q in QUERIES} == want
    blocks = sum(len(ow.pairs[k]) + len(ow.blocks[k]) for k in ("e", "b"))
    assert ow.budget.released >= blocks   # at least once a block of each kind was read


def test_word_index_read_once(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    want = list(_open(path).index.filter(Filter(search="hop tac")))
    made: list[int] = []
    real = wordindex.WordIndex.__init__

    def slow(self, *args, **kwargs) -> None:   # noqa: ANN001
        made.append(1)
        time.sleep(0.3)   # the warm-up still reading it when the search asks
        real(self, *args, **kwargs)

    monkeypatch.setattr(wordindex.WordIndex, "__init__", slow)
    index = _open(path).index
    got: list[object] = []
    warm = threading.Thread(target=index.warm_search)
    warm.start()
    time.sleep(0.05)
    searched = threading.Thread(target=lambda: got.append(index.filter(Filter(search="hop tac"))))
    searched.start()
    warm.join()
    searched.join()
    assert made == [1] and got and list(got[0]) == want


def test_a_word_index_let_go_is_freed_at_once(path: Path) -> None:
    """No reference cycle holds a word index (and its 361 MB map at a million events) until
    a full collection, which the app defers and a frozen heap never runs on it."""
    import gc
    import weakref

    words = wordindex.WordIndex(path.with_name(path.name + ".d"), _open(path).index.cols.words,
                                {"e": len(_open(path).index.cols.line_rank), "b": len(_open(path).index.cols.article_ids)})
    words.budget.spent()
    gone = weakref.ref(words)
    was = gc.isenabled()
    gc.disable()
    try:
        del words
        assert gone() is None
    finally:
        if was:
            gc.enable()
