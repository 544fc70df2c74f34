"""partners_of and pair_edges (vectorised) equal counting the events one by one, for
every province of a varied database, on the articles' map and on the 2025 map."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db

from hoptac.core.library import Library
from hoptac.core.store.map2025 import to_unit
from hoptac.core.store.partners import pair_edges, partners_of


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return Library.open(build_fixture_db(tmp_path_factory.mktemp("pv") / "db.json")).index


def _naive(index, province: str, map_to) -> dict[str, tuple]:
    conv = map_to or (lambda s: s)
    me = conv(province)
    found: dict[str, list] = {}
    for r in range(len(index)):
        ev = index.events[r]
        mapped = [conv(p["province"]) for p in ev.get("parties") or () if p.get("province")]
        if me not in mapped:
            continue
        others = {m for m in mapped if m != me}
        if not others and map_to is not None and mapped.count(me) >= 2:
            others = {me}
        year = int(ev["date"][:4]) if ev["date"][:4].isdigit() else None
        for o in others:
            rec = found.setdefault(o, [0, set(), {}])
            rec[0] += 1
            if year:
                rec[1].add(year)
            rec[2][ev["type"]] = rec[2].get(ev["type"], 0) + 1
    return {o: (n, min(ys) if ys else None, max(ys) if ys else None, t) for o, (n, ys, t) in found.items()}


@pytest.mark.parametrize("map_to", [None, to_unit], ids=["as-written", "2025"])
def test_partners_equal_counting_each_event(index, map_to) -> None:
    seen = 0
    for province in index.provinces():
        got = {p["partner"]: (p["events"], p["first"], p["last"], p["types"])
               for p in partners_of(index, range(len(index)), province, map_to)}
        assert got == _naive(index, province, map_to), province
        seen += len(got)
    assert seen > 10


def test_edges_count_every_pair_once(index) -> None:
    edges = pair_edges(index, range(len(index)))
    assert sum(e["events"] for e in edges) == sum(1 for r in range(len(index)) if index.events[r].get("pair"))
    merged = pair_edges(index, range(len(index)), to_unit)
    assert sum(e["events"] for e in merged) == sum(e["events"] for e in edges)   # merged pairs kept
    assert any(e["a"] == e["b"] for e in merged)


@pytest.mark.parametrize("map_to", [None, to_unit], ids=["as-written", "2025"])
def test_edges_equal_counting_each_event(index, map_to) -> None:
    from hoptac.core.text import fold_query

    conv = map_to or (lambda s: s)
    want: dict[tuple[str, str], list] = {}
    for r in range(len(index)):
        ev = index.events[r]
        names = [conv(p) for p in ev.get("pair") or () if p]
        if not names:
            continue
        a, b = sorted((names[0], names[-1]), key=fold_query)
        e = want.setdefault((a, b), [0, None, None])
        e[0] += 1
        d = ev["date"]
        if not d.startswith("--"):
            e[1] = d if e[1] is None or d < e[1] else e[1]
            e[2] = d if e[2] is None or d > e[2] else e[2]
    got = {(e["a"], e["b"]): [e["events"], e["first"], e["last"]] for e in pair_edges(index, range(len(index)), map_to)}
    assert got == want
