"""The timeline's row model and display helpers, without a terminal."""

from __future__ import annotations

from hoptac.core.store.index import EventIndex
from hoptac.tui.widgets.rows import TimelineRows
from hoptac.tui.widgets.text import (
    format_date,
    match_names,
    pair_label,
    resolve_name,
    slug,
    type_label,
)
from hypothesis import given, settings
from hypothesis import strategies as st

dates = st.one_of(
    st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", st.integers(2000, 2006), st.integers(1, 12), st.integers(1, 28)),
    st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(2000, 2006), st.integers(1, 12)),
    st.builds(str, st.integers(2000, 2006)),
    st.builds(lambda m, d: f"--{m:02d}-{d:02d}", st.integers(1, 12), st.integers(1, 28)),
)


def _rows(date_list: list[str]) -> TimelineRows:
    index = EventIndex.build([{"date": d, "title": str(i)} for i, d in enumerate(date_list)])
    return TimelineRows.build(index.events, list(range(len(index.events))))


def _date(rows: TimelineRows, row: int | None) -> str | None:
    return None if row is None else rows.events[rows.rows[row]]["date"]


@settings(max_examples=150, deadline=None)
@given(st.lists(dates, min_size=1, max_size=40), st.data())
def test_rows_headings_and_navigation_agree_with_a_plain_scan(date_list, data) -> None:
    rows = _rows(date_list)
    events = [rows.events[r] for r in rows.ranks]
    # every event once, in order, each under the heading of its year
    assert [rows.rows[i] for i in range(len(rows)) if rows.rows[i] >= 0] == rows.ranks
    for i in range(len(rows)):
        if rows.rows[i] >= 0:
            year = rows.events[rows.rows[i]]["date"][:4]
            h = rows.heading_of(i)
            assert h is not None and h.label == (year if year.isdigit() else "Year unknown")
            assert rows.event_at(i) is events[rows.ordinal(i) - 1]
            assert rows.row_of_rank(rows.rows[i]) == i
    assert sum(h.count for h in rows.headings) == len(events)
    # go to date: the first dated event on or after the bound
    bound = data.draw(st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1999, 2007), st.integers(1, 12)))
    expected = next((e["date"] for e in events if e["date"][:4].isdigit() and e["date"] >= bound), None)
    assert _date(rows, rows.row_for_date(bound)) == expected
    # next year / next month land on the first event of the next period
    row = data.draw(st.sampled_from([i for i in range(len(rows)) if rows.rows[i] >= 0]))
    here = rows.events[rows.rows[row]]["date"]
    known = here[:4].isdigit()
    nxt = rows.next_group(row, unit="year")
    def year_key(d: str) -> str:
        return d[:4] if d[:4].isdigit() else "~"

    later_years = [e["date"] for e in events if year_key(e["date"]) > year_key(here)]
    assert _date(rows, nxt) == (later_years[0] if later_years else None)
    if known:
        nxt_m = rows.next_group(row, unit="month")
        month = here[:7]
        later = [e["date"] for e in events if not e["date"][:4].isdigit() or e["date"][:7] > month]
        assert _date(rows, nxt_m) == (later[0] if later else None)
        prev_m = rows.prev_group(row, unit="month")
        if prev_m is not None:
            assert prev_m < row


def test_prev_year_goes_to_the_start_of_the_year_then_the_year_before() -> None:
    rows = _rows(["2001-05-01", "2003-01-01", "2003-06-01", "2003-07-01", "--01-01"])
    last_2003 = rows.row_of_rank(3)
    start_2003 = rows.prev_group(last_2003, unit="year")
    assert _date(rows, start_2003) == "2003-01-01"
    assert _date(rows, rows.prev_group(start_2003, unit="year")) == "2001-05-01"
    assert rows.prev_group(rows.first_event_row(), unit="year") is None
    assert _date(rows, rows.next_group(last_2003, unit="year")) == "--01-01"
    assert _date(rows, rows.last_dated_row()) == "2003-07-01"
    assert rows.nearest_row_of_rank(99) == rows.last_event_row()


def test_empty_rows() -> None:
    rows = _rows([])
    assert len(rows) == 0 and rows.first_event_row() is None and rows.row_for_date("2000") is None
    assert rows.nearest_row_of_rank(0) is None and rows.last_dated_row() is None


def test_format_date() -> None:
    assert format_date({"date": "2023-02-18", "year_inferred": True}) == ("~", "2023-02-18")
    assert format_date({"date": "2018-11-24", "date_end": "2018-11-25"}) == (" ", "2018-11-24–25")
    assert format_date({"date": "2018-11-30", "date_end": "2018-12-01"}) == (" ", "2018-11-30–12-01")
    assert format_date({"date": "2018-12-30", "date_end": "2019-01-02"}) == (" ", "2018-12-30–2019-01-02")
    assert format_date({"date": "--02-18", "year_inferred": True}) == (" ", "????-02-18")
    assert format_date({"date": "2018-11"}) == (" ", "2018-11")
    assert format_date({"date": None}) == (" ", "????-??-??")


def test_labels_and_names() -> None:
    ev = {"pair": ["Lào Cai", "Yên Bái"], "parties": [{"province": "Lào Cai"}, {"province": "Yên Bái"},
                                                      {"province": "Hà Giang"}]}
    assert pair_label(ev) == "Lào Cai – Yên Bái +1"
    assert type_label("announcement", short=True) == "annc" and type_label("signing", short=False) == "signing"
    names = ["Hà Giang", "Hà Nội", "Lào Cai", "Thái Bình", "Bà Rịa - Vũng Tàu"]
    assert match_names("lao", names) == ["Lào Cai"]
    assert match_names("HA", names)[:2] == ["Hà Giang", "Hà Nội"]
    assert match_names("vung tau", names) == ["Bà Rịa - Vũng Tàu"]
    assert resolve_name("  LÀO cai ", names) == "Lào Cai"
    assert resolve_name("thai", names) == "Thái Bình"
    assert slug("Lào Cai – Yên Bái · “hội nghị”") == "lao-cai-yen-bai-hoi-nghi"
