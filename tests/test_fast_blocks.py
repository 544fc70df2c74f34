"""The fast path checks what it reads a block at a time: a damaged block of the columns
or of the people table is caught when a command reads it (and the command then takes
the full path, which gives the same answer); blocks it does not read do not change its
answer. A person found through the people table's index is the one the full index finds."""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store.cache import build_caches
from hoptac.core.store.cache_files import read_rows
from hoptac.core.store import colfile
from hoptac.core.store.colfile import BLOCK, BLOCKS
from hoptac.core.store.fastperson import _indexed, person_rows
from hoptac.core.store.fastquery import FastIndex, Unusable
from hoptac.core.store.people import event_people, person_ranks
from hoptac.core.store.people_index import Damaged, MappedIndex, sizes
from hoptac.core.store.people_names import folded_words
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("blocks") / "db.json"
    write_db(path, 1500, seed=9, workers=1)
    build_caches(Store(path))
    fast = FastIndex.open(path)
    assert fast is not None
    person_rows(fast, "nguyen")  # the people table made (and saved), with its index
    fast.close()
    return path


@pytest.fixture(scope="module")
def full(db: Path) -> Library:
    return Library.open(db)


def _folder(db: Path) -> Path:
    return db.with_name(db.name + ".d")


def _flip(path: Path, at: int) -> bytes:
    data = path.read_bytes()
    path.write_bytes(data[:at] + bytes([data[at] ^ 0x5A]) + data[at + 1:])
    return data


def test_a_damaged_block_of_the_postings_is_caught_where_it_is_read(db: Path, full: Library) -> None:
    folder = _folder(db)
    rows = read_rows(folder / "rows.json")
    entry = rows["layout"]["province_ranks.flat"]
    # (2 bytes a rank here: each part is stored at the width its numbers need)
    assert rows["layout"]["province_ranks.flat" + BLOCKS][3] == -(-entry[2] // BLOCK) > 1
    width = entry[2] // entry[3]
    fast = FastIndex.open(db)
    assert fast is not None
    start = fast._ints("province_ranks.start")
    spans = {p: (start[c] * width, start[c + 1] * width) for p, c in rows["names"].items() if c + 1 < len(start)}
    fast.close()
    wanted = {p: full.index.filter(Filter(province=p)) for p in full.index.provinces()}
    for block in range(0, entry[2] // BLOCK + 1):
        at = block * BLOCK + 5
        if at >= entry[2]:
            break
        original = _flip(folder / "columns.bin", entry[1] + at)
        try:
            fast = FastIndex.open(db)
            assert fast is not None
            for prov, want in wanted.items():
                lo, hi = spans.get(prov, (0, 0))
                if lo // BLOCK <= block <= (hi - 1) // BLOCK and hi > lo:
                    with pytest.raises(Unusable):  # read: caught
                        fast.filter(Filter(province=prov))
                else:
                    assert fast.filter(Filter(province=prov)) == want  # not read: the same answer
            fast.close()
        finally:
            (folder / "columns.bin").write_bytes(original)


def test_a_damaged_table_of_block_checksums_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    write_db(path, 1200, seed=3, workers=1)   # (postings of 2 bytes a rank: more than a block of them)
    build_caches(Store(path))
    full = Library.open(path).index
    prov = full.provinces()[0]
    want = [full.events[r] for r in full.filter(Filter(province=prov))]
    folder = _folder(path)
    entry = read_rows(folder / "rows.json")["layout"]["province_ranks.flat" + BLOCKS]
    _flip(folder / "columns.bin", entry[1] + 3)
    fast = FastIndex.open(path)
    assert fast is not None
    with pytest.raises(Unusable):
        fast.filter(Filter(province=prov))
    fast.close()
    got = CliRunner().invoke(main, ["--db", str(path), "events", "--province", prov, "--json"])
    assert got.exit_code == 0  # the full path: found it, rebuilt, answered
    assert orjson.loads(got.stdout_bytes) == want


def test_a_part_read_at_a_few_rows_checks_the_blocks_it_reads(db: Path) -> None:
    folder = _folder(db)
    # ev_off: 8 bytes a number (a segment's code in its high bits); each part at its own width
    entry = read_rows(folder / "rows.json")["layout"]["ev_off"]
    width = entry[2] // entry[3]
    per = BLOCK // width
    n_blocks = -(-entry[3] // per)
    assert n_blocks >= 3
    for damaged in (0, n_blocks // 2, n_blocks - 1):
        original = _flip(folder / "columns.bin", entry[1] + damaged * BLOCK + 2)
        try:
            fast = FastIndex.open(db)
            assert fast is not None
            for block in range(n_blocks):
                lo, hi = block * per, min((block + 1) * per, entry[3])
                if block == damaged:
                    with pytest.raises(Unusable):
                        fast.rows("ev_off", lo, hi)
                else:
                    assert list(fast.rows("ev_off", lo, hi)) == list(memoryview(original)[
                        entry[1] + width * lo: entry[1] + width * hi].cast(colfile.code(entry)))
            with pytest.raises(Unusable):  # a row by row look-up meeting it
                fast.check_items("ev_off", [damaged * per + 3])
            fast.close()
        finally:
            (folder / "columns.bin").write_bytes(original)


def test_each_line_knows_its_rank(db: Path, full: Library) -> None:
    fast = FastIndex.open(db)
    assert fast is not None
    line_rank, sidx = fast._ints("line_rank"), fast._ints("sidx")
    assert len(line_rank) == len(full.index.cols.line_rank)
    assert all(line_rank[sidx[r]] == r for r in range(len(fast)))
    assert sorted(r for r in line_rank if r >= 0) == list(range(len(fast)))
    fast.close()


def _queries(full: Library) -> list[str]:
    names = sorted({name for r in range(0, len(full.index), 11) for name, _p, _t in event_people(full.index.events[r])})
    words = sorted({w for n in names for w in folded_words(n).split()})
    return names[:40] + words[:30] + [" ".join(folded_words(n).split()[1:]) for n in names[:20]] + ["Zzz Nobody", "an"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_person_found_through_the_index_is_the_one_the_full_index_finds(db: Path, full: Library,
                                                                          data: st.DataObject) -> None:
    query = data.draw(st.sampled_from(_queries(full)) | st.text(alphabet="anguyenvtđăhiờ ", max_size=12))
    needle = folded_words(query)
    fast = FastIndex.open(db)
    assert fast is not None
    try:
        want = person_ranks(full.index, query) if needle.strip() else set()
        got = _indexed(fast, needle) if needle.strip() else set()
        assert got is not None  # the index answered (not the numpy path)
        assert got == want
        assert sorted(fast.filter(Filter(person=query))) == sorted(want) if needle.strip() else True
    finally:
        fast.close()


def test_a_damaged_block_of_the_people_index_is_caught_and_the_answer_kept(db: Path, full: Library) -> None:
    folder = _folder(db)
    head = read_rows(folder / "people.json")
    at = sizes(head)
    names = _queries(full)[:12]
    want = {q: person_ranks(full.index, q) for q in names}
    fast = FastIndex.open(db)
    assert fast is not None
    events_fd, events_size = fast.events._fd, fast._layout["line_rank"][3]   # the table has a row an event line
    for part in ("keys", "folds", "fstarts", "pstart", "prows", "blocks"):
        lo, hi = at[part], at[{"keys": "starts", "folds": "fstarts", "fstarts": "pstart", "pstart": "prows",
                                "prows": "blocks", "blocks": "end"}[part]]
        for pos in {lo, (lo + hi) // 2, hi - 1}:
            original = _flip(folder / "people.bin", pos)
            try:
                idx = MappedIndex.open(folder, events_fd, events_size)
                if part == "blocks":
                    assert idx is None or pytest.fail("a damaged table of checksums was used")
                else:
                    assert idx is not None
                    with pytest.raises(Damaged):
                        idx.check(pos, pos + 1)
                    idx.close()
                for q in names:  # a damaged read is never used: the index path gives way
                    try:
                        got = _indexed(fast, folded_words(q))
                    except Damaged:
                        got = None
                    assert got is None or got == want[q], (part, pos, q)
            finally:
                (folder / "people.bin").write_bytes(original)
    fast.close()


def test_a_damaged_people_index_through_the_command_gives_the_same_answer(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    write_db(path, 400, seed=2, workers=1)
    build_caches(Store(path))
    full = Library.open(path)
    q = _queries(full)[0]
    args = ["--db", str(path), "events", "--person", q, "--json"]
    want = CliRunner().invoke(main, args)  # makes the people table
    assert want.exit_code == 0 and orjson.loads(want.stdout_bytes)
    folder = _folder(path)
    at = sizes(read_rows(folder / "people.json"))
    ranks = person_ranks(full.index, q)
    for pos in (at["prows"] + 9, at["fstarts"] + 17, at["folds"] + 1):
        original = _flip(folder / "people.bin", pos)
        fast = FastIndex.open(path)
        assert fast is not None
        try:
            got_ranks = _indexed(fast, folded_words(q))
        except Damaged:  # caught and not used
            got_ranks = None
        assert got_ranks in (None, ranks)  # or not read
        fast.close()
        got = CliRunner().invoke(main, args)
        assert got.exit_code == 0 and got.stdout_bytes == want.stdout_bytes
        if got_ranks is None:  # the numpy path checked the table whole and made it again
            assert (folder / "people.bin").read_bytes() == original
        (folder / "people.bin").write_bytes(original)
    folds = at["folds"] + 1  # the folded names are read whole by every look-up: always caught
    assert at["fstarts"] > folds


@pytest.fixture(scope="module")
def wide_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough events that the line numbers, stored at their least width (2 bytes), fill
    several blocks of ``columns.bin``."""
    path = tmp_path_factory.mktemp("wide") / "db.json"
    write_db(path, 6000, seed=9, workers=1)
    build_caches(Store(path))
    return path


def test_the_people_view_checks_the_blocks_of_the_lines_it_reads_and_a_damaged_one_takes_the_full_path(
        wide_db: Path) -> None:
    from hoptac.core.store.fastpeople import PeopleView

    db = wide_db
    full = Library.open(db)
    folder = _folder(db)
    entry = read_rows(folder / "rows.json")["layout"]["sidx"]
    per = BLOCK // (entry[2] // entry[3])  # numbers a block, at the width the part is stored at
    assert entry[2] > 2 * BLOCK  # several blocks: some read, some not
    from hoptac.core.store.people import people_of

    n_blocks = -(-entry[2] // BLOCK)
    # a province whose events name people and lie in some blocks of the column, not all
    prov = next(p for p in sorted(full.index.provinces(), key=lambda p: len(full.index.filter(Filter(province=p))))
                if people_of(full.index, full.index.filter(Filter(province=p)))
                and len({r // per for r in full.index.filter(Filter(province=p))}) < n_blocks)
    ranks = full.index.filter(Filter(province=prov))
    read = {r // per for r in ranks}
    args = ["--db", str(db), "people", "--province", prov, "--json"]
    want = CliRunner().invoke(main, args)
    assert want.exit_code == 0 and orjson.loads(want.stdout_bytes)
    for block in range(n_blocks):
        original = _flip(folder / "columns.bin", entry[1] + block * BLOCK + 3)
        try:
            fast = FastIndex.open(db)
            assert fast is not None
            assert list(fast.filter(Filter(province=prov))) == list(ranks)
            if block in read:
                with pytest.raises(Unusable):  # caught when the view is made, before any answer
                    PeopleView(fast)
            else:
                PeopleView(fast)  # not read: not checked, the answer unchanged
            fast.close()
            got = CliRunner().invoke(main, args)
            assert got.exit_code == 0 and got.stdout_bytes == want.stdout_bytes
        finally:
            (folder / "columns.bin").write_bytes(original)
