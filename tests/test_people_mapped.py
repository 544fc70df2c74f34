"""The people views from the mapped, columnar table equal a plain count over the events;
the table read back from disk answers as the one made in memory; a damaged part is
found by its checksum when first read and the table made again, never half-used."""

from __future__ import annotations

import zlib
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings, strategies as st

from hoptac.core.store.index import EventIndex
from hoptac.core.store.people import iter_people, people_of, person_ranks
from hoptac.core.store.people_names import event_people, folded_words
from hoptac.core.store.people_table import EventLines, PeopleTable, table_for_folder

NAMES = ["Đặng Xuân Phong", "Dang Xuan Phong", "Lê Văn Thử", "Trần Thị Hai", "Nguyễn Văn A", "Hà Văn Bốn"]
TITLES = ["Chủ tịch UBND tỉnh Lào Cai", "Bí thư Tỉnh ủy Hà Giang", "Giám đốc Sở Du lịch", "", "Phó Chủ tịch UBND tỉnh Lào Cai"]
DATES = ["2019-03-02", "2020-07", "2021", "2021-12-31", "2023-01-05", "", "--05-06"]
PARTIES = [{"name": "tỉnh Lào Cai", "province": "Lào Cai"}, {"name": "tỉnh Hà Giang", "province": "Hà Giang"}]

EVENT = st.fixed_dictionaries({
    "date": st.sampled_from(DATES),
    "title": st.sampled_from(["a", "b", "c"]),
    "people": st.lists(st.fixed_dictionaries({"name": st.sampled_from(NAMES), "title": st.sampled_from(TITLES)}),
                       max_size=3),
})


def _events(raw: list[dict]) -> list[dict]:
    return [{**ev, "id": f"e{i}", "article": f"a{i}", "parties": PARTIES, "type": "signing"} for i, ev in enumerate(raw)]


def _reference(index: EventIndex, ranks: list[int], query: str) -> list[tuple]:
    """People counted the plain way: every event's people, one Python step each."""
    dated = index._dated
    got: dict[tuple, dict] = {}
    for r in ranks:
        seen = set()
        for name, prov, title in event_people(index.events[r]):
            who = (name, prov)
            if who in seen or (query and folded_words(query) not in folded_words(name)):
                continue
            seen.add(who)
            p = got.setdefault(who, {"ranks": [], "titles": {}})
            p["ranks"].append(r)
            p["titles"].setdefault(title, []).append(r)
    out = []
    for (name, prov), p in got.items():
        rs = p["ranks"]
        d = [r for r in rs if r < dated]
        titles = sorted(((min(v), t, len(v), max(v)) for t, v in p["titles"].items() if t))
        out.append((name, prov, len(rs), index.cols.dates[min(d)] if d else None,
                    index.cols.dates[max(d)] if d else None,
                    tuple((t, n, index.cols.dates[lo] if lo < dated else None, index.cols.dates[hi] if hi < dated else None)
                          for lo, t, n, hi in titles)))
    return sorted(out, key=lambda x: (-x[2], folded_words(x[0]), x[0], x[1] or ""))


def _summary(found: list[dict]) -> list[tuple]:
    return [(p["name"], p["province"], p["events"], p["first"], p["last"],
             tuple((t["title"], t["events"], t["first"], t["last"]) for t in p["titles"])) for p in found]


@settings(max_examples=60, deadline=None)
@given(raw=st.lists(EVENT, max_size=25), pick=st.lists(st.booleans(), max_size=25),
       query=st.sampled_from(["", "xuan phong", "van", "le van thu", "zz"]))
def test_people_equal_a_plain_count(raw, pick, query) -> None:
    index = EventIndex.build(_events(raw))
    ranks = [r for r in range(len(index)) if r < len(pick) and pick[r]]
    for rs in (list(range(len(index))), ranks):
        got = _summary(people_of(index, rs, query=query))
        # ties in the count are ordered by folded name, then first seen: compare as sets per count
        want = _reference(index, rs, query)
        assert sorted(got, key=repr) == sorted(want, key=repr)
        assert [g[2] for g in got] == [w[2] for w in want]
        # streamed in batches (of one, growing): the same persons in the same order
        assert list(iter_people(index, rs, query=query, first_batch=1)) == people_of(index, rs, query=query)
    if query:
        want_ranks = {r for r in range(len(index)) for n, _p, _t in event_people(index.events[r])
                      if folded_words(query) in folded_words(n)}
        assert person_ranks(index, query) == want_ranks


def _folder_with_table(tmp_path: Path, events: list[dict]) -> tuple[Path, int, int, EventLines]:
    """A caches folder (its events.jsonl says which build), and the events as its lines."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "events.jsonl").write_bytes(b"")
    import os

    fd = os.open(folder / "events.jsonl", os.O_RDONLY)
    return folder, fd, len(events), EventLines(events, list(range(len(events))))


@settings(max_examples=30, deadline=None)
@given(raw=st.lists(EVENT, min_size=1, max_size=25))
def test_the_mapped_table_answers_as_the_one_made(tmp_path_factory, raw) -> None:
    folder, fd, end, src = _folder_with_table(tmp_path_factory.mktemp("pm"), _events(raw))
    made = table_for_folder(folder, fd, end, source=src)          # made from the events, and saved
    loaded = PeopleTable.load(folder)                  # mapped
    assert not isinstance(loaded.keys, type(made.keys))
    keys = made.keys
    import numpy as np

    k = np.asarray(keys, dtype=np.int64)
    for a, b in zip(made.all_entries(k), loaded.all_entries(k, np.arange(len(k)))):
        assert a.tolist() == b.tolist()
    some = k[::2]
    for a, b in zip(made.of_keys(some), loaded.of_keys(some)):
        assert a.tolist() == b.tolist()
    assert [loaded.person(i) for i in range(made.n_persons)] == [made.person(i) for i in range(made.n_persons)]
    assert loaded.holding(" van ").tolist() == made.holding(" van ").tolist()


def test_a_damaged_name_part_is_found_when_read_and_the_table_made_again(tmp_path: Path) -> None:
    raw = [{"date": "2020-01-0%d" % (i % 9 + 1), "title": "t", "people": [{"name": n, "title": TITLES[0]}]}
           for i, n in enumerate(NAMES * 3)]
    folder, fd, end, src = _folder_with_table(tmp_path, _events(raw))
    made = table_for_folder(folder, fd, end, source=src)
    want = [made.person(i) for i in range(made.n_persons)]
    head = orjson.loads((folder / "people.json").read_bytes())
    at = 8 * (2 * head["n"] + 1) + 8 * head["m"]
    data = bytearray((folder / "people.bin").read_bytes())
    data[at + 2] ^= 0x20   # a letter of the first name: same size, same shape
    (folder / "people.bin").write_bytes(bytes(data))
    with pytest.raises(ValueError):
        PeopleTable.load(folder).person(0)   # opened without a way to make it again: refused, not read
    table = table_for_folder(folder, fd, end, source=src)   # the numbers match: opened, names not read yet
    assert table._blobs is not None
    assert [table.person(i) for i in range(table.n_persons)] == want   # found, made again, right
    fixed = (folder / "people.bin").read_bytes()
    assert zlib.crc32(fixed) == orjson.loads((folder / "people.json").read_bytes())["crcs"]["people.bin"]
    data = bytearray(fixed)
    data[3] ^= 0x01   # a number: refused at once
    (folder / "people.bin").write_bytes(bytes(data))
    with pytest.raises(ValueError):
        PeopleTable.load(folder)


@given(items=st.lists(st.fixed_dictionaries({"name": st.text(max_size=6), "events": st.integers(0, 9),
                                             "titles": st.lists(st.fixed_dictionaries({"title": st.text(max_size=4)}),
                                                                max_size=2),
                                             "years": st.dictionaries(st.integers(1990, 2030), st.integers(1, 5),
                                                                      max_size=2)}), max_size=8))
def test_people_json_streamed_is_the_json_of_the_list(items) -> None:
    import io
    import sys

    from hoptac.tui.cli_views import _json_out, _json_stream

    outs = []
    for write in (lambda: _json_out(items), lambda: _json_stream(iter(items)),  # one batch, several, one item each
                  lambda: _json_stream(iter(items), batch=3), lambda: _json_stream(iter(items), batch=1)):
        buf = io.BytesIO()
        old, sys.stdout = sys.stdout, type("Out", (), {"buffer": buf})()
        try:
            write()
        finally:
            sys.stdout = old
        outs.append(buf.getvalue())
    assert outs[0] == outs[1] == outs[2] == outs[3]
    assert orjson.loads(outs[1]) == orjson.loads(orjson.dumps(items, option=orjson.OPT_NON_STR_KEYS))
