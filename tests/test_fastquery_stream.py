"""Streamed answers from the caches as they lie (``--jsonl``, ``--json``, ``export``,
``pairs``, ``partners``): the same as the full index's unstreamed answer, whatever the
filter; the stored lines copied whole and checked; a rebuild under a running stream never
mixed in."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store.cache import build_caches
from hoptac.core.store.export import document_from_lines, line_runs
from hoptac.core.store.fastquery import FastIndex
from hoptac.core.store.query import EVENT_TYPES, LEVELS, parse_date_bound
from hoptac.core.store.records import SEG_SHIFT
from hoptac.core.store.segments import Store
from hoptac.core.store.storage import StoreError
from hoptac.core.text import json_escape_controls
from hoptac.tui import cli_common, cli_data
from hoptac.tui.cli import main
from hoptac.tui.cli_common import parse_filter


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stream") / "db.json"
    write_db(path, 1500, seed=7, workers=1)
    build_caches(Store(path))
    return path


@pytest.fixture(scope="module")
def full(db: Path) -> Library:
    return Library.open(db)


@contextmanager
def only_fast() -> Iterator[None]:
    """The full index may not be opened: an answer must come from the caches as they lie."""
    def refuse(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the full index was opened")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cli_data, "open_library", refuse)
        mp.setattr(cli_common, "open_library", refuse)
        mp.setattr(Library, "open", classmethod(refuse))
        yield


@contextmanager
def only_full() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(FastIndex, "open", classmethod(lambda cls, path: None))
        yield


def _years(full: Library) -> list[str]:
    dates = [full.index.date(r) for r in range(0, len(full.index), 50)]
    return sorted({d[:7] for d in dates if d[:4].isdigit()} | {d[:4] for d in dates if d[:4].isdigit()})


def _filters(data: st.DataObject, full: Library) -> dict[str, Any]:
    names = full.index.provinces()
    name = st.sampled_from(names)
    years = st.sampled_from(_years(full))
    if data.draw(st.integers(0, 5)) == 0:  # no filter at all, often enough to be drawn
        return {"pair": None, "province": None, "since": None, "until": None, "type_": None, "level": None}
    pair = data.draw(st.none() | st.tuples(name, name).filter(lambda p: p[0] != p[1]))
    since, until = data.draw(st.none() | years), data.draw(st.none() | years)
    if since and until and parse_date_bound(since, end=False) > parse_date_bound(until, end=True):
        since, until = until, since  # a range typed backwards is refused (exit 2): the same range forwards
    return {"pair": ",".join(pair) if pair else None, "province": data.draw(st.none() | name),
            "since": since, "until": until,
            "type_": data.draw(st.none() | st.sampled_from(EVENT_TYPES)),
            "level": data.draw(st.none() | st.sampled_from(LEVELS))}


def _args(filters: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key, value in filters.items():
        if value is not None:
            out += ["--" + key.rstrip("_"), value]
    return out


def _parse(filters: dict[str, Any]) -> Any:
    return parse_filter(filters["pair"], filters["province"], filters["since"], filters["until"],
                        filters["type_"], filters["level"], None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_streamed_output_equals_the_unstreamed_answer(db: Path, full: Library, data: st.DataObject) -> None:
    filters = _filters(data, full)  # none at all too: the caches as they lie, the store checked (fastwhole)
    limit = data.draw(st.none() | st.integers(0, 40))
    fmt = data.draw(st.sampled_from(["--jsonl", "--json", "export", "export --compact"]))
    ranks = full.index.filter(_parse(filters))
    records = [full.index.events[r] for r in ranks]
    if fmt.startswith("export"):
        argv = ["--db", str(db), "export", "-o", "-", *fmt.split()[1:], *_args(filters)]
    else:
        argv = ["--db", str(db), "events", fmt, *_args(filters)] + (["-n", str(limit)] if limit is not None else [])
        records = records[:limit] if limit is not None else records
    from hoptac.core.store.records import LazyRecords

    planned = data.draw(st.booleans())  # the reads planned by numpy or by Python: the same answer
    window = data.draw(st.sampled_from([3, 32768]))
    with only_fast(), pytest.MonkeyPatch.context() as mp:
        mp.setattr(LazyRecords.runs, "__defaults__", (None, 4096, window, planned))
        got = CliRunner().invoke(main, argv)
    assert got.exit_code == 0, got.output
    out = got.stdout_bytes
    # the unstreamed answer: the whole list of records dumped at once
    if fmt == "--jsonl":
        assert out == b"".join(json_escape_controls(orjson.dumps(ev, option=orjson.OPT_APPEND_NEWLINE))
                               for ev in records)
    elif fmt == "--json":
        assert out == (b"[\n" + b",\n".join(json_escape_controls(orjson.dumps(ev)) for ev in records) + b"\n]\n"
                       if records else b"[]\n")
        assert orjson.loads(out) == records
    else:
        doc = orjson.loads(out)
        assert doc["events"] == records and doc["count"] == len(records)
        assert doc["filters"] == _parse(filters).as_dict()
        with only_full():
            again = CliRunner().invoke(main, argv)
        stamp = orjson.loads(again.stdout_bytes)["exported_at"]
        assert again.stdout_bytes == out.replace(doc["exported_at"].encode(), stamp.encode())


@pytest.mark.parametrize("argv", [
    ["pairs", "--json"], ["pairs", "--json", "--type", "signing"], ["pairs", "--json", "--since", "2015"],
    ["pairs", "--json", "--province", "FIRST"], ["partners", "FIRST", "--json"],
    ["partners", "FIRST", "--json", "--since", "2012", "--until", "2019-06"],
    ["partners", "FIRST", "--json", "--province", "SECOND"], ["partners", "SECOND", "--json", "--level", "huyện"],
    ["people", "--json"], ["people", "--json", "--limit", "7"], ["people", "--json", "--province", "FIRST"],
    ["people", "--json", "--since", "2014", "--type", "signing"], ["people", "--json", "--person", "PERSON"],
    ["people", "--json", "--person", "PERSON", "--province", "FIRST", "--limit", "3"],
])
def test_pairs_partners_and_people_from_the_mapped_columns_equal_the_full_index(db: Path, full: Library,
                                                                         argv: list[str]) -> None:
    names = sorted(full.index.provinces(), key=lambda p: -len(full.index.filter(_parse(
        {"pair": None, "province": p, "since": None, "until": None, "type_": None, "level": None}))))
    from hoptac.core.store.people import event_people

    person = next(name for r in range(len(full.index)) for name, prov, _t in event_people(full.index.events[r])
                  if prov == names[0])
    argv = [{"FIRST": names[0], "SECOND": names[1], "PERSON": person}.get(a, a) for a in argv]
    with only_fast():
        fast = CliRunner().invoke(main, ["--db", str(db), *argv])
    with only_full():
        slow = CliRunner().invoke(main, ["--db", str(db), *argv])
    assert fast.exit_code == 0 == slow.exit_code, fast.output
    assert fast.stdout_bytes == slow.stdout_bytes
    assert len(orjson.loads(fast.stdout_bytes)) >= 1  # an answer, not an empty list


@pytest.mark.parametrize("argv", [["partners", "PROV", "--json", "--map", "2025"], ["pairs", "--json", "--map", "2025"],
                                  ["pairs", "--format", "csv"]])
def test_the_views_take_the_full_index_for_what_the_columns_do_not_hold(db: Path, full: Library,
                                                                       argv: list[str]) -> None:
    argv = ["--db", str(db), *[full.index.provinces()[0] if a == "PROV" else a for a in argv]]
    with only_fast():
        refused = CliRunner().invoke(main, argv)
    assert isinstance(refused.exception, AssertionError)  # it needed the full index
    got = CliRunner().invoke(main, argv)
    assert got.exit_code == 0 and got.stdout_bytes.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_stored_lines_are_copied_whole_and_in_the_order_asked(db: Path, full: Library, data: st.DataObject) -> None:
    fast = FastIndex.open(db)
    assert fast is not None
    try:
        n = len(fast)
        off = fast._ints("ev_off")
        order = data.draw(st.sampled_from(["timeline", "storage", "random"]))
        if order == "timeline":
            ranks: Any = range(data.draw(st.integers(0, n)))
        elif order == "storage":  # end to end in the file: read together
            ranks = sorted(range(n), key=lambda r: off[r])[: data.draw(st.integers(0, n))]  # (segment, offset)
        else:
            ranks = data.draw(st.lists(st.integers(0, n - 1), max_size=300))
        runs = list(fast.events.lines(ranks, batch=data.draw(st.integers(1, 600)), window=data.draw(st.sampled_from([1, 7, 2048])),
                                      planned=data.draw(st.sampled_from([True, False, None]))))  # numpy's plan, Python's or none: the same lines
        assert all(run.endswith(b"\n") for run in runs)
        assert b"".join(runs) == b"".join(orjson.dumps(full.index.events[r]) + b"\n" for r in ranks)
        # an array's items: each line without its new line (a lone line is read without it, its
        # CRC-32 folded in), joined within a run; the runs count what they hold
        counted = list(fast.events.runs(ranks, b",\n", batch=data.draw(st.integers(1, 600)),
                                        window=data.draw(st.sampled_from([1, 7, 2048])), planned=data.draw(st.sampled_from([True, False, None]))))
        assert sum(k for k, _run in counted) == len(ranks)
        assert b",\n".join(run for _k, run in counted) == b",\n".join(orjson.dumps(full.index.events[r]) for r in ranks)
    finally:
        fast.close()


@pytest.mark.parametrize("window", [1, 2048])
@pytest.mark.parametrize("filters", [[], ["--since", "1000"]])  # every event (fastwhole), or a filter's
def test_a_damaged_line_is_caught_and_the_command_still_gives_the_whole_answer(tmp_path: Path, window: int,
                                                                                 filters: list[str]) -> None:
    """A flipped byte in the CRC-32 the caches recorded for an event (columns.bin, the
    size kept; the event itself lies in its segment, which is never changed): the stream
    reader refuses the record; the command then takes the full path, which finds
    columns.bin damaged, rebuilds the caches, and gives the same answer as before the
    damage, whole."""
    path = tmp_path / "db.json"
    write_db(path, 300, seed=4, workers=1)
    build_caches(Store(path))
    full = Library.open(path).index
    want = b"".join(json_escape_controls(orjson.dumps(full.events[r], option=orjson.OPT_APPEND_NEWLINE))
                    for r in full.filter(parse_filter(None, None, "1000" if filters else None, None, None, None, None)))
    fast = FastIndex.open(path)
    assert fast is not None
    victim = len(fast) // 2
    assert fast._ints("ev_off")[victim] >> SEG_SHIFT  # in a segment, not in events.jsonl
    at = fast._layout["ev_crc"][1] + 8 * victim
    with open(path.with_name(path.name + ".d") / "columns.bin", "r+b") as fh:  # one byte, the size kept
        fh.seek(at)
        byte = fh.read(1)
        fh.seek(at)
        fh.write(b"X" if byte != b"X" else b"Y")
    for planned in (False, True):
        with pytest.raises(StoreError, match="damaged"):
            b"".join(fast.events.lines(range(len(fast)), batch=64, window=window, planned=planned))
    fast.close()
    from hoptac.core.store.records import LazyRecords

    with pytest.MonkeyPatch.context() as mp:  # small runs: the damage is met after some were written
        mp.setattr(LazyRecords.runs, "__defaults__", (None, 16, window, None))
        got = CliRunner().invoke(main, ["--db", str(path), "events", "--jsonl", *filters])
    assert got.exit_code == 0, got.output
    assert got.stdout_bytes == want


def test_caches_replaced_under_a_running_stream_are_not_mixed_in(tmp_path: Path) -> None:
    """A rebuild (every cache file replaced, aside then renamed) between two runs of an
    export: the rest of the stream still comes from the files the command opened, so the
    document is the old generation's, whole; the next command sees the new one."""
    path = tmp_path / "db.json"
    write_db(path, 2600, seed=5, workers=1)
    build_caches(Store(path))
    before = Library.open(path).index
    expected = [before.events[r] for r in range(len(before))]
    fast = FastIndex.open(path)
    assert fast is not None
    ranks = range(len(fast))
    chunks = document_from_lines((run for run in line_runs(fast.events, ranks)), filters={}, count=len(ranks),
                                 exported_at="x")
    got = [next(chunks), next(chunks)]  # the head and the first run of lines
    write_db(path, 900, seed=6, workers=1)  # another process: new events, every cache rebuilt
    build_caches(Store(path))
    got += list(chunks)
    fast.close()
    doc = orjson.loads(b"".join(got))
    assert doc["events"] == expected
    again = FastIndex.open(path)
    assert again is not None and len(again) == len(Library.open(path).index) != len(expected)
    again.close()


def test_pairs_counted_without_numpy_equal_the_numpy_count(db: Path, full: Library) -> None:
    from hoptac.core.store.fastviews import pair_counts

    fast = FastIndex.open(db)
    assert fast is not None
    try:
        for ranks in (range(len(fast)), fast.filter(_parse({"pair": None, "province": full.index.provinces()[0],
                                                             "since": None, "until": None, "type_": "signing",
                                                             "level": None})), []):
            few = pair_counts(fast, ranks)
            assert few == pair_counts(fast, ranks, few=-1)  # the numpy count
            assert few == full.index.pair_counts(list(ranks))
    finally:
        fast.close()


def test_events_from_the_segments_and_events_jsonl_read_alike(tmp_path: Path) -> None:
    """After corrections the caches read most events from their segments and the
    corrected ones from events.jsonl: every way of reading them (one by one, lines in
    any order, a JSON array's items, Python's plan or numpy's) gives the records the
    full index gives, corrections applied."""
    path = tmp_path / "db.json"
    write_db(path, 300, seed=8, workers=1)
    build_caches(Store(path))
    index = Library.open(path).index
    for r in (5, 77, 150):
        ev = index.events[r]
        got = CliRunner().invoke(main, ["--db", str(path), "correct", ev["id"], "--type",
                                        "visit" if ev.get("type") != "visit" else "signing"])
        assert got.exit_code == 0, got.output
    full = Library.open(path).index
    want = [orjson.dumps(full.events[r]) for r in range(len(full))]
    fast = FastIndex.open(path)
    assert fast is not None
    off = fast._ints("ev_off")
    places = {o >> SEG_SHIFT > 0 for o in off}
    assert places == {True, False}   # both: the segments and events.jsonl
    assert sum(o >> SEG_SHIFT == 0 for o in off) == 3
    assert [orjson.dumps(fast.events[r]) for r in range(len(fast))] == want
    order = sorted(range(len(fast)), key=lambda r: (r * 7919) % len(fast))
    for planned in (False, True):
        for window in (1, 5, 4096):
            got_lines = b"".join(fast.events.lines(order, batch=13, window=window, planned=planned))
            assert got_lines == b"".join(want[r] + b"\n" for r in order)
            items = [run for _n, run in fast.events.runs(order, b",", batch=13, window=window, planned=planned)]
            assert b",".join(items) == b",".join(want[r] for r in order)
    fast.close()


_VALUES = st.recursive(st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                       max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(), _VALUES, max_size=5), st.booleans())
def test_an_export_head_is_what_orjson_writes(head: dict, indent: bool) -> None:
    """``export.head_json`` (the standard library's json, no orjson import) gives
    orjson's bytes; what orjson refuses (a lone surrogate) it still refuses."""
    from hoptac.core.store.export import head_json

    option = orjson.OPT_NON_STR_KEYS | (orjson.OPT_INDENT_2 if indent else 0)
    try:
        want = orjson.dumps(head, option=option)
    except orjson.JSONEncodeError:
        with pytest.raises(orjson.JSONEncodeError):
            head_json(head, indent)
        return
    assert head_json(head, indent) == want
