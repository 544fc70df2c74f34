"""Date filters: every one equals a plain scan over the events (issue 10, item 6).

An event overlaps ``--since S`` when it starts on or after S, or starts before S and its
range ends on or after S; it overlaps ``--until U`` when it starts on or before U (a date of
less precision, "2018" or "2018-12", counts from its beginning). Events of unknown year are
outside every date filter.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoptac.core.store.index import EventIndex
from hoptac.core.store.query import Filter

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _event(i: int, date: str, end: str | None = None, type_: str = "visit") -> dict[str, Any]:
    return {"id": f"e{i}", "article_id": f"a{i % 3}", "date": date, "date_end": end, "type": type_,
            "title": f"event {i}", "pair": [], "parties": []}


def _scan(evs: list[dict[str, Any]], since: str | None, until: str | None, type_: str | None) -> list[str]:
    out = []
    for ev in evs:
        date, end = ev["date"] or "", ev["date_end"] or ""
        if (since or until) and (not date or date.startswith("--")):
            continue
        if since and not (date >= since or end >= since):
            continue
        if until and date[:10] > until:
            continue
        if type_ and ev["type"] != type_:
            continue
        out.append(ev["id"])
    return sorted(out)


def test_a_range_straddling_the_bound_is_found_behind_shorter_events() -> None:
    # the range that reaches 2015 sorts before an event that does not: the look-back
    # must not stop at the second
    evs = [_event(1, "2014-12-29", "2015-01-01"), _event(2, "2014-12-30"), _event(3, "2014-12-31", "2014-12-31"),
           _event(4, "2015-02-01"), _event(5, "2013-05-01", "2016-01-01"), _event(6, "2012")]
    index = EventIndex.build(evs)
    got = sorted(index.events[r]["id"] for r in index.filter(Filter(since="2015")))
    assert got == ["e1", "e4", "e5"]
    got = sorted(index.events[r]["id"] for r in index.filter(Filter(since="2015", type="visit")))
    assert got == ["e1", "e4", "e5"]


_year = st.integers(2010, 2016).map(lambda y: f"{y:04d}")
_month = st.integers(1, 12).map(lambda m: f"{m:02d}")
_day = st.integers(1, 28).map(lambda d: f"{d:02d}")


@st.composite
def _date(draw: st.DrawFn) -> str:
    y, m, d = draw(_year), draw(_month), draw(_day)
    return draw(st.sampled_from([y, f"{y}-{m}", f"{y}-{m}-{d}", f"{y}-{m}-{d}", f"--{m}-{d}", ""]))


@st.composite
def _events(draw: st.DrawFn) -> list[dict[str, Any]]:
    n = draw(st.integers(0, 40))
    out = []
    for i in range(n):
        date = draw(_date())
        end = None
        if date and not date.startswith("--") and draw(st.booleans()):
            end = draw(_date().filter(lambda e: e > date and not e.startswith("--")))
        out.append(_event(i, date, end, draw(st.sampled_from(["visit", "signing"]))))
    return out


@st.composite
def _bound(draw: st.DrawFn, end: bool) -> str | None:
    if draw(st.booleans()):
        return None
    y, m, d = draw(_year), draw(_month), draw(_day)
    if end:
        return draw(st.sampled_from([f"{y}-12-31", f"{y}-{m}-31", f"{y}-{m}-{d}"]))
    return draw(st.sampled_from([y, f"{y}-{m}", f"{y}-{m}-{d}"]))


@SETTINGS
@given(_events(), _bound(False), _bound(True), st.sampled_from([None, "visit"]))
def test_every_date_filter_equals_a_plain_scan(evs: list[dict[str, Any]], since: str | None,
                                               until: str | None, type_: str | None) -> None:
    index = EventIndex.build(evs)
    ranks = index.filter(Filter(since=since, until=until, type=type_))
    assert ranks == sorted(ranks)
    assert sorted(index.events[r]["id"] for r in ranks) == _scan(evs, since, until, type_)


def test_a_database_answers_like_a_plain_scan_too(tmp_path) -> None:
    """The same through a stored database (columns read back from the caches): the
    synthetic events get ranges, some reaching far, and every bound is checked."""
    import random

    from app_support import open_library, synthetic_events

    from hoptac.core.store.segments import Store

    rng = random.Random(3)
    items = synthetic_events(400, seed=11)
    for item in items:
        for ev in item.events:
            if ev["date"][:1].isdigit() and rng.random() < 0.3:
                y = int(ev["date"][:4]) + rng.choice([0, 0, 1, 3])
                ev["date_end"] = max(ev["date"], f"{y:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    db = tmp_path / "db.json"
    Store(db).apply(items)
    evs = [ev for item in items for ev in item.events]
    index = open_library(db).index
    for since in ("2001", "2010-06", "2015", "2015-01-01", "2024-12-31"):
        for until in (None, "2016-12-31", "2020-06-30"):
            ranks = index.filter(Filter(since=since, until=until))
            assert sorted(index.events[r]["id"] for r in ranks) == _scan(evs, since, until, None), (since, until)
