"""Segments mapped in memory by a command answering from the caches as they lie
(``segfiles.SegmentFiles``, ``records.LazyRecords._apart``): the same lines as when each
is read by a system call, whatever the order asked and however often the mapped pages
are let go; a line that does not match its CRC-32 and a segment cut short are refused
as before, never printed and never a crash."""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store import records, segfiles
from hoptac.core.store.cache import build_caches
from hoptac.core.store.fastquery import FastIndex
from hoptac.core.store.records import SEG_MASK, SEG_SHIFT
from hoptac.core.store.segments import Store
from hoptac.core.store.storage import StoreError


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("segfiles") / "db.json"
    write_db(path, 1200, seed=12, workers=1)
    build_caches(Store(path))
    return path


@pytest.fixture(scope="module")
def want(db: Path) -> list[bytes]:
    index = Library.open(db).index
    return [orjson.dumps(index.events[r]) for r in range(len(index))]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_lines_copied_from_mapped_segments_are_the_lines_read_one_by_one(db: Path, want: list[bytes],
                                                                          data: st.DataObject) -> None:
    n = len(want)
    ranks = data.draw(st.one_of(st.lists(st.integers(0, n - 1), max_size=400),
                                st.permutations(range(n)), st.just(range(n))))
    batch = data.draw(st.integers(1, 300))
    expected = b"".join(want[r] + b"\n" for r in ranks)
    items = b",".join(want[r] for r in ranks)
    for mapped, budget in ((True, segfiles.MAPPED_BUDGET), (True, 0), (False, segfiles.MAPPED_BUDGET)):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(segfiles, "MAPPED_BUDGET", budget)  # 0: the pages let go of after every run
            mp.setattr(records, "MAP_LINES", 1)  # (an answer of 8,192 lines or more, else)
            if not mapped:
                mp.setattr(segfiles, "MAP_LIMIT", 0)  # segments larger than this in all: read, not mapped
            fast = FastIndex.open(db)
            assert fast is not None
            try:
                assert b"".join(fast.events.lines(ranks, batch=batch)) == expected
                assert b",".join(run for _n, run in fast.events.runs(ranks, b",", batch=batch)) == items
                segs = fast.events._segs
                assert segs is not None and segs.mapping() is mapped
                if ranks and mapped:
                    assert segs._maps and all(m is not None for m in segs._maps.values())
                assert mapped or not any(m is not None for m in segs._maps.values())
            finally:
                fast.close()


def test_the_pages_are_let_go_of_past_the_budget(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A budget of nothing: every mapped segment told to let go of its pages after each run."""
    import mmap

    told: list[int] = []

    class Counted(mmap.mmap):
        def madvise(self, option: int, *args: int) -> None:
            told.append(option)
            super().madvise(option, *args)

    monkeypatch.setattr(segfiles.mmap, "mmap", Counted)
    monkeypatch.setattr(segfiles, "MAPPED_BUDGET", 0)
    monkeypatch.setattr(records, "MAP_LINES", 1)
    fast = FastIndex.open(db)
    assert fast is not None
    try:
        runs = list(fast.events.lines(range(len(fast)), batch=100))
    finally:
        fast.close()
    assert len(runs) == -(-len(fast) // 100)
    assert told and set(told) == {mmap.MADV_DONTNEED}
    assert len(told) >= len(runs) - 1


def _segment_line(fast: FastIndex, rank: int) -> tuple[Path, int, int]:
    off, size = fast._ints("ev_off")[rank], fast._ints("ev_len")[rank]
    assert off >> SEG_SHIFT, "the line lies in a segment"
    name = fast.events._segs._names[(off >> SEG_SHIFT) - 1]  # type: ignore[union-attr]
    return fast.folder / name, off & SEG_MASK, size - 1


def _fast_db(tmp_path: Path, seed: int, mapped: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, FastIndex]:
    """A 300-event store with its caches, every answer mapped (or nothing mapped)."""
    path = tmp_path / "db.json"
    write_db(path, 300, seed=seed, workers=1)
    build_caches(Store(path))
    monkeypatch.setattr(records, "MAP_LINES", 1)
    if not mapped:
        monkeypatch.setattr(segfiles, "MAP_LIMIT", 0)
    fast = FastIndex.open(path)
    assert fast is not None
    return path, fast


@pytest.mark.parametrize("mapped", [True, False])
def test_a_changed_byte_of_a_line_in_its_segment_is_refused(tmp_path: Path, mapped: bool,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path, fast = _fast_db(tmp_path, 13, mapped, monkeypatch)
    victim = len(fast) // 3
    seg, at, size = _segment_line(fast, victim)
    fast.close()
    with open(seg, "r+b") as fh:  # one byte of the event's text, the size kept
        fh.seek(at + size // 2)
        byte = fh.read(1)
        fh.seek(at + size // 2)
        fh.write(b"X" if byte != b"X" else b"Y")
    fast = FastIndex.open(path)
    assert fast is not None
    try:
        assert fast.events._segs.mapping() is mapped  # type: ignore[union-attr]
        with pytest.raises(StoreError, match=f"record {victim} does not match"):
            b"".join(fast.events.lines(range(len(fast)), batch=50))
        assert b"".join(fast.events.lines(range(victim), batch=50))  # the lines before it are whole
    finally:
        fast.close()


@pytest.mark.parametrize("mapped", [True, False])
def test_a_segment_cut_short_is_refused_not_a_crash(tmp_path: Path, mapped: bool,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The mapping covers the file as it is: a line past its end is short, and refused."""
    path, fast = _fast_db(tmp_path, 14, mapped, monkeypatch)
    ends = {}
    for r in range(len(fast)):
        seg, at, size = _segment_line(fast, r)
        if at + size > ends.get(seg, (0, -1))[0]:
            ends[seg] = (at + size, r)
    fast.close()
    seg, (end, last) = next(iter(ends.items()))
    with open(seg, "r+b") as fh:
        fh.truncate(end - 10)   # the last line of this segment loses its end
    fast = FastIndex.open(path)
    assert fast is not None
    try:
        with pytest.raises(StoreError, match="damaged"):
            b"".join(fast.events.lines([last], batch=50))
        with pytest.raises(StoreError, match="damaged"):
            b"".join(fast.events.lines(range(len(fast)), batch=64))
    finally:
        fast.close()


def test_a_small_answer_is_read_not_mapped(db: Path, want: list[bytes]) -> None:
    """Fewer lines than ``records.MAP_LINES``: each read by a system call (a mapped page
    brings its neighbours into the process's resident memory: a province's few thousand
    lines would hold most of the segments' pages)."""
    fast = FastIndex.open(db)
    assert fast is not None
    try:
        ranks = list(range(0, len(fast), 3))
        assert len(ranks) < records.MAP_LINES
        assert b"".join(fast.events.lines(ranks)) == b"".join(want[r] + b"\n" for r in ranks)
        assert not fast.events._segs._maps  # type: ignore[union-attr]
    finally:
        fast.close()
