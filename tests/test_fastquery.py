"""The fast path (``fastquery``): the same answers as the full index, streamed output equal
to the unstreamed answer, never half-old half-new caches, the full path when stale."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store.cache import build_caches
from hoptac.core.store.export import dumped_lines, json_array
from hoptac.core.store.fastquery import FastIndex, equal_rows, supports
from hoptac.core.store.query import EVENT_TYPES, LEVELS, Filter
from hoptac.core.store.segments import Store
from hoptac.core.text import json_escape_controls
from hoptac.tui.cli import main



@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fast") / "db.json"
    write_db(path, 1500, seed=7, workers=1)
    build_caches(Store(path))
    return path


@pytest.fixture(scope="module")
def full(db: Path) -> Library:
    return Library.open(db)


def _provinces(lib: Library) -> list[str]:
    return lib.index.provinces()


def _people(lib: Library) -> list[str]:
    from hoptac.core.store.people import event_people

    names = [name for r in range(0, len(lib.index), 97) for name, _p, _t in event_people(lib.index.events[r])]
    return sorted(set(names))[:12] + ["nguyen", "Zzz Nobody"]


def _bounds(lib: Library, *, end: bool) -> list[str]:
    """Date bounds as ``parse_date_bound`` gives them, from the data's own dates."""
    from hoptac.core.store.query import parse_date_bound

    dates = {lib.index.date(r)[:n] for r in range(0, len(lib.index), 37) for n in (4, 7, 10)}
    return sorted(parse_date_bound(d, end=end) for d in dates if d[:4].isdigit() and len(d) in (4, 7, 10))


def test_the_fast_path_opens_fresh_caches_and_answers(db: Path, full: Library) -> None:
    fast = FastIndex.open(db)
    assert fast is not None
    assert len(fast) == len(full.index)
    flt = Filter(province=_provinces(full)[0])
    ranks = fast.filter(flt)
    assert ranks and ranks == full.index.filter(flt)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fast_answers_equal_the_full_index(db: Path, full: Library, data: st.DataObject) -> None:
    names = _provinces(full) + ["Nowhere"]
    name = st.sampled_from(names)
    pair = data.draw(st.none() | st.tuples(name, name))
    flt = Filter(pair=tuple(sorted(pair)) if pair else None,  # type: ignore[arg-type]
                 province=data.draw(st.none() | name),
                 type=data.draw(st.none() | st.sampled_from(EVENT_TYPES)),
                 level=data.draw(st.none() | st.sampled_from(LEVELS)),
                 person=data.draw(st.none() | st.sampled_from(_people(full))),
                 since=data.draw(st.none() | st.sampled_from(_bounds(full, end=False))),
                 until=data.draw(st.none() | st.sampled_from(_bounds(full, end=True))))
    if not supports(flt):
        flt = Filter(province=names[0])
    fast = FastIndex.open(db)
    assert fast is not None
    try:
        ranks = fast.filter(flt)
        assert list(ranks) == full.index.filter(flt)
        assert [fast.events[r] for r in ranks[:20]] == [full.index.events[r] for r in ranks[:20]]
    finally:
        fast.close()


@given(st.lists(st.sampled_from([0, 1, 2, 255, 256, 257, -1, -256, 1 << 40]) | st.integers(-(2**63), 2**63 - 1),
                max_size=300), st.data())
def test_a_scan_without_numpy_finds_the_rows_equal_to_a_code(values: list[int], data: st.DataObject) -> None:
    """``equal_rows`` (the type scan when numpy is not imported) against a row-by-row look."""
    import array

    code = data.draw(st.sampled_from(values) if values else st.integers(-1, 300))
    part = memoryview(array.array("q", values)).cast("B")
    assert equal_rows(part, code) == [i for i, v in enumerate(values) if v == code]
    assert equal_rows(part, 3) == [i for i, v in enumerate(values) if v == 3]
    # a narrow part (columns.bin stores each at the least width that holds its numbers)
    for width, typecode in ((1, "b"), (2, "h"), (4, "i")):
        if all(-(1 << (8 * width - 1)) <= v < 1 << (8 * width - 1) for v in values):
            narrow = memoryview(array.array(typecode, values)).cast("B")
            assert equal_rows(narrow, code, width) == [i for i, v in enumerate(values) if v == code]
            assert equal_rows(narrow, 300, width) == [i for i, v in enumerate(values) if v == 300]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.sampled_from(["id", "title", "pair", "n"]),
                                st.text() | st.integers(-(2**63), 2**63 - 1) | st.lists(st.text(), max_size=2)), max_size=4))
def test_streamed_json_equals_the_whole_document(evs: list[dict]) -> None:
    """The array of ``--json``, one record a line, written run by run: the same value as
    the whole list dumped at once, and one record on each line between the brackets."""
    for batch in (1, 2, 512):
        got = b"".join(json_array(dumped_lines(iter(evs), batch=batch)))
        assert orjson.loads(got) == orjson.loads(json_escape_controls(orjson.dumps(evs)))
        lines = got.split(b"\n")
        assert (lines[0], lines[-2:]) == ((b"[", [b"]", b""]) if evs else (b"[]", [b"[]", b""]))
        assert [orjson.loads(x.rstrip(b",")) for x in lines[1:-2]] == evs


def test_the_command_gives_the_same_bytes_either_way(db: Path, full: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    prov = _provinces(full)[1]
    runner = CliRunner()
    args = ["--db", str(db), "events", "--province", prov]
    for extra in (["--json"], ["--jsonl"], ["--json", "-n", "3"]):
        fast = runner.invoke(main, args + extra)
        assert fast.exit_code == 0, fast.output
        monkeypatch.setattr(FastIndex, "open", classmethod(lambda cls, path: None))
        slow = runner.invoke(main, args + extra)
        monkeypatch.undo()
        assert slow.exit_code == 0
        assert fast.stdout_bytes == slow.stdout_bytes and fast.stdout_bytes.strip() not in (b"", b"[]")


def test_stale_caches_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    write_db(path, 200, seed=3, workers=1)
    assert FastIndex.open(path) is None  # no caches yet
    build_caches(Store(path))
    assert FastIndex.open(path) is not None
    os.replace(path, tmp_path / "moved")
    (tmp_path / "moved").rename(path)
    data = path.read_bytes()
    path.write_bytes(data)  # the manifest rewritten: the caches may not be its own any more
    assert FastIndex.open(path) is None


def test_a_copied_database_takes_the_fast_path_again_once_the_full_path_found_its_caches_whole(
        tmp_path: Path) -> None:
    import shutil

    from hoptac.core.store.cache_stamp import cache_stamp, restamp

    src = tmp_path / "a" / "db.json"
    src.parent.mkdir()
    write_db(src, 300, seed=3, workers=1)
    build_caches(Store(src))
    dst = tmp_path / "b" / "db.json"
    shutil.copytree(src.parent, dst.parent)  # the manifest is another file now: its caches are not known its own
    assert FastIndex.open(dst) is None
    stamp = cache_stamp(Store(dst))
    assert stamp is not None
    assert not restamp(Store(dst), {**stamp, "crcs": {**stamp["crcs"], "events.jsonl": 1}})  # not what was checked
    assert FastIndex.open(dst) is None
    lib = Library.open(dst)  # checks every cache file whole, then names this manifest in the stamp
    fast = FastIndex.open(dst)
    assert fast is not None
    for prov in lib.index.provinces()[:5]:
        assert list(fast.filter(Filter(province=prov))) == lib.index.filter(Filter(province=prov))
    fast.close()
    assert FastIndex.open(src) is not None  # the original is its own still


def test_a_damaged_copy_is_never_restamped(tmp_path: Path) -> None:
    import shutil

    from hoptac.core.store.cache_stamp import cache_stamp, restamp

    src = tmp_path / "a" / "db.json"
    src.parent.mkdir()
    write_db(src, 200, seed=4, workers=1)
    build_caches(Store(src))
    dst = tmp_path / "b" / "db.json"
    shutil.copytree(src.parent, dst.parent)
    words = dst.parent / "db.json.d" / "words.bin"   # (events.jsonl is empty: the events lie in the segments)
    raw = bytearray(words.read_bytes())
    raw[len(raw) // 2] ^= 1  # same size: only a checksum can tell
    words.write_bytes(bytes(raw))
    stamp = cache_stamp(Store(dst))
    lib = Library.open(dst)  # finds it, rebuilds the caches (a new stamp, of this manifest)
    assert lib.cache_problems
    assert stamp is not None and not restamp(Store(dst), stamp)
    fast = FastIndex.open(dst)
    assert fast is not None and len(fast) == len(lib.index)
    fast.close()


def test_a_rebuild_under_a_running_command_is_not_mixed_in(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    write_db(path, 300, seed=5, workers=1)
    store = Store(path)
    build_caches(store)
    fast = FastIndex.open(path)
    assert fast is not None
    prov = Library.open(path).index.provinces()[0]
    before = fast.filter(Filter(province=prov))
    records = [fast.events[r] for r in before]
    # another process replaces every cache file with a build over other events
    write_db(path, 900, seed=6, workers=1)
    build_caches(Store(path))
    assert fast.filter(Filter(province=prov)) == before  # the files it holds open stay whole
    fast.events._lru.clear()
    assert [fast.events[r] for r in before] == records
    fast.close()
    again = FastIndex.open(path)
    assert again is not None and len(again) == len(Library.open(path).index)


def test_files_replaced_while_opening_are_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The data files opened from one build, rows.json read from the next: seen, and
    opened again, whole, from the new build."""
    from hoptac.core.store import fastquery

    path = tmp_path / "db.json"
    write_db(path, 300, seed=5, workers=1)
    build_caches(Store(path))
    real = fastquery.read_rows
    calls = []

    def racing(p: Path) -> dict:
        if not calls:  # between opening the data files and reading rows.json: a rebuild
            write_db(path, 700, seed=9, workers=1)
            build_caches(Store(path))
        calls.append(p)
        return real(p)

    monkeypatch.setattr(fastquery, "read_rows", racing)
    fast = FastIndex.open(path)
    assert len(calls) == 2  # the first try saw the change
    assert fast is not None
    full = Library.open(path).index
    assert len(fast) == len(full)
    for prov in full.provinces()[:8]:
        ranks = fast.filter(Filter(province=prov))
        assert ranks == full.filter(Filter(province=prov))
        assert [fast.events[r] for r in ranks] == [full.events[r] for r in ranks]


def test_a_damaged_part_falls_back_to_the_full_path(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    write_db(path, 300, seed=5, workers=1)
    build_caches(Store(path))
    prov = Library.open(path).index.provinces()[0]
    args = ["--db", str(path), "events", "--province", prov, "--json"]
    before = CliRunner().invoke(main, args)
    assert before.exit_code == 0 and before.stdout_bytes.strip() != b"[]"
    folder = path.with_name(path.name + ".d")
    from hoptac.core.store.cache_files import read_rows

    entry = read_rows(folder / "rows.json")["layout"]["province_ranks.flat"]
    with open(folder / "columns.bin", "r+b") as fh:  # one code changed, the size kept
        fh.seek(entry[1])
        first = fh.read(8)
        fh.seek(entry[1])
        fh.write((int.from_bytes(first, "little") + 1).to_bytes(8, "little"))
    fast = FastIndex.open(path)
    assert fast is not None
    with pytest.raises(fastquery_unusable()):
        fast.filter(Filter(province=prov))
    after = CliRunner().invoke(main, args)  # the full path: verified, rebuilt, answered
    assert after.exit_code == 0
    assert after.stdout_bytes == before.stdout_bytes


def fastquery_unusable() -> type[Exception]:
    from hoptac.core.store.fastquery import Unusable

    return Unusable


def test_a_person_is_found_in_the_mapped_people_table_as_when_it_was_made(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    write_db(path, 400, seed=11, workers=1)
    build_caches(Store(path))
    full = Library.open(path)
    names = _people(full)
    fast = FastIndex.open(path)
    assert fast is not None
    first = [fast.filter(Filter(person=n)) for n in names]  # the table made (and saved) on the way
    from hoptac.core.store.fastperson import _indexed, _mapped_people
    from hoptac.core.store.people_names import folded_words

    end = len(fast._ints("line_rank"))   # the table has a row an event line
    assert _mapped_people(fast, end) is not None  # now read from the map
    assert all(_indexed(fast, folded_words(n)) is not None for n in names)  # and through its index
    again = FastIndex.open(path)
    assert again is not None
    assert [again.filter(Filter(person=n)) for n in names] == first == [full.index.filter(Filter(person=n))
                                                                         for n in names]
    assert any(first)


def test_a_person_is_found_by_rank_when_lines_of_replaced_articles_stay_behind(tmp_path: Path) -> None:
    """A correction appends its article's events again (``corrections``): the old lines
    stay in the people table without a rank (the corrected events in events.jsonl). The fast person filter
    finds the ranks through the line numbers and must answer as the full index does."""
    from hoptac.core.store.people import event_people

    path = tmp_path / "db.json"
    write_db(path, 400, seed=12, workers=1)
    build_caches(Store(path))
    full = Library.open(path)
    named = [(r, name) for r in range(0, len(full.index), 7) for name, _p, _t in event_people(full.index.events[r])]
    assert named
    fast = FastIndex.open(path)
    assert fast is not None
    fast.filter(Filter(person=named[0][1]))  # the people table made before the correction
    fast.close()
    for r, _name in named[:3]:
        ev = full.index.events[r]
        result = CliRunner().invoke(main, ["--db", str(path), "correct", ev["id"], "--type",
                                           "visit" if ev.get("type") != "visit" else "signing"])
        assert result.exit_code == 0, result.output
    full = Library.open(path)
    fast = FastIndex.open(path)
    assert fast is not None
    for _r, name in named[:12]:
        assert fast.filter(Filter(person=name)) == full.index.filter(Filter(person=name)), name


def test_a_copied_database_checked_by_the_app_is_mapped_at_its_next_opening(tmp_path: Path) -> None:
    """The app opens without the full path (``verify=False, trust_stamp=True``) and checks
    the caches after its first frame (``Library.verify_caches``): a copy found whole is
    restamped there, so the next opening maps its caches instead of decoding them."""
    import shutil

    from hoptac.core.store.mapped import MappedColumns

    src = tmp_path / "a" / "db.json"
    src.parent.mkdir()
    write_db(src, 300, seed=5, workers=1)
    build_caches(Store(src))
    dst = tmp_path / "b" / "db.json"
    shutil.copytree(src.parent, dst.parent)
    first = Library.open(dst, verify=False, trust_stamp=True)
    assert not isinstance(first.index.cols, MappedColumns)  # the stamp names the original's manifest
    assert first.verify_caches() == []
    again = Library.open(dst, verify=False, trust_stamp=True)
    assert isinstance(again.index.cols, MappedColumns)
    assert [again.index.events[r]["id"] for r in range(len(again.index))] == \
        [first.index.events[r]["id"] for r in range(len(first.index))]
    fast = FastIndex.open(dst)
    assert fast is not None
    fast.close()
