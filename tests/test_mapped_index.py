"""The app's index over the memory-mapped columns (``core/store/mapped.py``) answers as the
index over the loaded columns (lists and arrays, ``cache.load_columns``) and as one built
in memory from the records; and caches replaced under an open index are never read half
old, half new."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library, seed_paths
from hoptac.core.store import mapped
from hoptac.core.store.cache import build_caches, load_columns
from hoptac.core.store.corrections import apply_all, by_event
from hoptac.core.store.index import EventIndex
from hoptac.core.store.mapped import MappedColumns, open_mapped
from hoptac.core.store.partners import pair_edges, partners_of
from hoptac.core.store.query import EVENT_TYPES, LEVELS, Filter
from hoptac.core.store.segments import Store
from hoptac.tui.widgets.columns import pair_widths
from hoptac.tui.widgets.rows import TimelineRows


def _db(folder: Path, n: int, seed: int) -> Path:
    path = folder / "db.json"
    write_db(path, n, seed=seed, workers=1)
    build_caches(Store(path))
    return path


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> tuple[EventIndex, EventIndex, EventIndex]:
    """(mapped, loaded, in memory) over one generated database."""
    path = _db(tmp_path_factory.mktemp("mapped"), 700, 5)
    store = Store(path)
    opened = Library.open(path, verify=False, trust_stamp=True)
    assert isinstance(opened.index.cols, MappedColumns)  # the app's opening maps the columns
    loaded = EventIndex.from_columns(load_columns(store))
    memory = EventIndex.build(apply_all(store.events(), by_event(store)), article=store.article)
    return opened.index, loaded, memory


def _filters(index: EventIndex) -> st.SearchStrategy[Filter]:
    provinces = index.provinces()
    dates = sorted({index.date(r) for r in range(0, len(index), 7) if index.date(r)[:4].isdigit()})
    words = ["hop tac", "ky ket", "du lich", "lao", "ha noi", "nguyen van", "thu duc", "zzz"]
    opt = st.one_of
    return st.builds(
        Filter,
        pair=opt(st.none(), st.tuples(st.sampled_from(provinces), st.sampled_from(provinces))),
        province=opt(st.none(), st.sampled_from(provinces + ["Nowhere"])),
        type=opt(st.none(), st.sampled_from(EVENT_TYPES)),
        level=opt(st.none(), st.sampled_from(LEVELS)),
        since=opt(st.none(), st.sampled_from(dates), st.sampled_from(["2016", "2019-07"])),
        until=opt(st.none(), st.sampled_from(dates), st.sampled_from(["2018", "2021-12"])),
        search=opt(st.just(""), st.sampled_from(words)),
        map=opt(st.none(), st.just("2025")),
    )


def _rows(index: EventIndex, ranks: list[int]) -> tuple:
    data = TimelineRows.build(index.events, ranks, dates=index.cols.dates, ends=index.cols.ends)
    return (list(data.rows), [(h.year, h.row, h.count) for h in data.headings], data.has_ranges, data.date_width,
            pair_widths(index, ranks))


def test_the_same_facts(three: tuple[EventIndex, EventIndex, EventIndex]) -> None:
    m, loaded, memory = three
    assert len(m) == len(loaded) == len(memory) and m._dated == loaded._dated == memory._dated
    assert m.provinces() == loaded.provinces() == memory.provinces()
    assert [m.date(r) for r in range(len(m))] == [loaded.date(r) for r in range(len(m))]
    assert [m.date_end(r) for r in range(len(m))] == [loaded.date_end(r) for r in range(len(m))]
    assert m._reach() == loaded._reach() and len(m._reach()[0]) > 3  # events with an end date: some
    every = range(len(m))
    assert _rows(m, every) == _rows(loaded, list(every)) == _rows(memory, list(every))
    for province in m.provinces()[:12]:
        assert m.partners_of(province) == loaded.partners_of(province) == memory.partners_of(province)
        assert m.partner_counts(province) == loaded.partner_counts(province)
        ranks = m.filter(Filter(province=province))
        assert partners_of(m, ranks, province) == partners_of(loaded, ranks, province)
    assert pair_edges(m, list(every)) == pair_edges(loaded, list(every))
    from hoptac.core.store.people import people_of

    assert people_of(m, list(every), limit=50) == people_of(loaded, list(every), limit=50)
    some = m.filter(Filter(type="signing"))
    assert people_of(m, some) == people_of(loaded, some)
    assert m.pair_counts(every) == loaded.pair_counts(every)
    for warmed in (False, True):  # found in the map, then by the hashes warm() made
        if warmed:
            m.warm()
        for r in range(0, len(m), 23):
            aid = m.events[r]["article_id"]
            assert m.of_article(aid) == loaded.of_article(aid) == memory.of_article(aid)
            assert m.article(aid) == loaded.article(aid)
        assert m.of_article("no such article") == [] and m.article("no such article") is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_random_filters_give_the_same_rows(three: tuple[EventIndex, EventIndex, EventIndex],
                                           data: st.DataObject) -> None:
    m, loaded, memory = three
    flt = data.draw(_filters(m))
    got = m.filter(flt)
    assert got == loaded.filter(flt) == memory.filter(flt)
    assert m.year_counts(got) == loaded.year_counts(got)
    assert m.pair_counts(got) == memory.pair_counts(got)
    assert _rows(m, got) == _rows(loaded, got)


def test_a_text_column_finds_the_last_line_of_a_value(tmp_path: Path) -> None:
    import mmap

    raw = "a\nbb\n\na\nc".encode()
    path = tmp_path / "t"
    path.write_bytes(b"xx" + raw)
    with open(path, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    col = mapped.TextColumn(mm, 2, len(raw), 5, none_if_empty=True)
    assert list(col) == ["a", "bb", None, "a", "c"] == [col[i] for i in range(5)]
    assert [col.last_index(v) for v in ("a", "bb", "c", "b", "zz")] == [3, 1, 4, None, None]
    col.build_lookup()  # by hashes now: the same answers
    assert [col.last_index(v) for v in ("a", "bb", "c", "b", "zz")] == [3, 1, 4, None, None]
    assert col.present().tolist() == [True, True, False, True, True]
    assert col.years().tolist() == [0, 0, 0, 0, 0]


def _answers(index: EventIndex) -> tuple:
    province = index.provinces()[0]
    ranks = index.filter(Filter(province=province))
    return (len(index), ranks, [index.events[r] for r in ranks], index.filter(Filter(search="hop tac")),
            index.filter(Filter(type="signing")), index.provinces())


def test_caches_replaced_under_an_open_index_are_not_read_half_old_half_new(tmp_path: Path) -> None:
    path = _db(tmp_path, 300, 8)
    index = Library.open(path, verify=False, trust_stamp=True).index
    assert isinstance(index.cols, MappedColumns)
    before = _answers(index)
    store = Store(path)
    ingest_paths(store, seed_paths(), workers=1)  # appended in place, columns.bin and rows.json replaced
    assert _answers(index) == before
    build_caches(Store(path))  # every file replaced
    assert _answers(index) == before
    now = Library.open(path, verify=False, trust_stamp=True).index
    assert len(now) > len(before[1]) and len(now) == len(Library.open(path).index) > before[0]


def test_caches_replaced_while_they_are_opened_are_opened_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    path = _db(tmp_path, 300, 9)
    folder = path.with_name(path.name + ".d")
    real = mapped.read_rows
    calls = []

    def replaced_first(p: Path):  # noqa: ANN202
        calls.append(p)
        if len(calls) == 1:  # the data files are open: now another process adds articles
            ingest_paths(Store(path), seed_paths(), workers=1)
        return real(p)

    monkeypatch.setattr(mapped, "read_rows", replaced_first)
    cols = open_mapped(folder)
    assert cols is not None and len(calls) == 2  # the first try saw files older than rows.json
    index = EventIndex.from_columns(cols)
    full = Library.open(path).index
    assert len(index) == len(full) and _answers(index) == _answers(full)


def test_a_damaged_part_is_one_line_when_first_read(tmp_path: Path) -> None:
    from hoptac.core.store.cache_files import read_rows
    from hoptac.core.store.errors import StoreError

    path = _db(tmp_path, 200, 3)
    folder = path.with_name(path.name + ".d")
    index = Library.open(path, verify=False, trust_stamp=True).index
    entry = read_rows(folder / "rows.json")["layout"]["types"]
    with open(folder / "columns.bin", "r+b") as fh:  # damaged in place, under the open map
        fh.seek(entry[1])
        byte = fh.read(1)
        fh.seek(entry[1])
        fh.write(bytes([byte[0] ^ 1]))
    with pytest.raises(StoreError):
        index.filter(Filter(type="signing"))


def test_a_correction_is_reopened_mapped_with_the_correction(tmp_path: Path) -> None:
    from hoptac.core.store import corrections as corr

    path = tmp_path / "db.json"
    lib = Library.open(path, seed_if_missing=True)
    ev = lib.index.events[0]
    other = "visit" if ev.get("type") != "visit" else "signing"
    corr.add_correction(lib.store, corr.find_event(lib.store, ev["id"]), {"type": other})
    index = Library.open(path, verify=False, trust_stamp=True).index  # as the app reopens after one
    assert isinstance(index.cols, MappedColumns)
    rank = next(r for r in index.of_article(ev["article_id"]) if index.events[r]["id"] == ev["id"])
    assert index.events[rank]["type"] == other and rank in index.filter(Filter(type=other))
