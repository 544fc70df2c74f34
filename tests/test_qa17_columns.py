"""The timeline's columns at 60x20 and 80x24 (appqa17, finding 12 of appqa16): one rare
range of days must not take width from every row, a pair label too long for its column
keeps both partners, and the title gets what is left."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_support import make_app, make_article, make_event, screen_text, settle
from hoptac.core.store.segments import IngestItem, Store
from hoptac.tui.widgets.columns import MIN_TITLE, fit_pair, pair_column, row_layout
from hoptac.tui.widgets.rows import TimelineRows
from rich.cells import cell_len

T = "tỉnh"
LONG_PAIR = "Thủ đô Viêng Chăn"
# (title, date, date_end, two partners (name, level, province))
ROWS = [
    ("Hai tỉnh ký kết hợp tác nông nghiệp", "2019-03-04", None, [("Lào Cai", T, "Lào Cai"), ("Yên Bái", T, "Yên Bái")]),
    ("Đoàn công tác sang thăm và làm việc nhiều ngày", "2019-10-30", "2019-11-03",
     [("Hà Giang", T, "Hà Giang"), ("Vân Nam", T, "Vân Nam")]),
    ("Hội đàm giữa thành phố và thủ đô nước bạn", "2019-05-06", None,
     [("Hồ Chí Minh", "thành phố", "Hồ Chí Minh"), (LONG_PAIR, "thủ đô", LONG_PAIR)]),
    ("Hội chợ kéo dài đến đầu năm sau", "2019-12", "2020-01-05", [("Lào Cai", T, "Lào Cai"), ("Hà Giang", T, "Hà Giang")]),
    ("Tỉnh bạn Lào sang dự hội nghị tổng kết", "2019-07-08", None,
     [("Luổng Nậm Thà", T, "Luổng Nậm Thà"), ("Vĩnh Phúc", T, "Vĩnh Phúc")]),
    *[(f"Hội nghị sơ kết hợp tác lần thứ {n}", f"2019-08-{n:02d}", None,
       [("Nghệ An", T, "Nghệ An"), ("Hà Tĩnh", T, "Hà Tĩnh")]) for n in range(10, 18)],
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    items = []
    for n, (title, date, end, parties) in enumerate(ROWS):
        day = f"{int(date[8:])}/" if len(date) == 10 else ""
        text = f"{title}\n\nNgày {day}{int(date[5:7])}/2019, đại diện hai bên gặp nhau lần {n}.\n"
        art = make_article(f"qa17/columns{n}.txt", text, title=title, body=("Ngày", None))
        items.append(IngestItem(art, [make_event(art, "Ngày", date, "conference", parties, date_end=end)]))
    path = tmp_path_factory.mktemp("qa17cols") / "hoptac.json"
    Store(path).apply(items)
    return path


async def _rows(db: Path, size: tuple[int, int]) -> list[str]:
    app = make_app(db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        return [line for line in screen_text(app).splitlines() if re.match(r"^[ ▶][ ~]2019-", line)]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_rare_range_takes_no_width_from_the_other_rows(db: Path, size: tuple[int, int]) -> None:
    rows = await _rows(db, size)
    assert len(rows) >= 8
    for row in rows:
        # a one-day date is followed by one space (the range's "…" takes the other), not by
        # the six a whole range "2019-10-30–11-03" would need
        assert re.match(r"^[ ▶][ ~]2019-\d\d(-\d\d|…  | {3})[ …] (conf|sign|visit|annc|other)", row), row
    ranged = next(r for r in rows if "2019-10-30" in r)
    assert "2019-10-30…" in ranged  # its first day, and "…": the detail gives the last
    month = next(r for r in rows if "2019-12" in r)
    assert "2019-12… " in month, month  # a month's range: the month and "…", not "2019-12–20…"


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_long_pair_keeps_both_partners(db: Path, size: tuple[int, int]) -> None:
    rows = await _rows(db, size)
    laos = next(r for r in rows if "2019-07-08" in r)
    assert "Luổng" in laos and "Vĩnh Phúc" in laos, laos
    capital = next(r for r in rows if "2019-05-06" in r)
    assert "TP.HCM – Thủ đô" in capital or "Hồ Chí Minh – Thủ đô" in capital, capital
    # the titles start in one column and keep at least MIN_TITLE cells
    starts = {r.index("Hội nghị sơ kết") for r in rows if "Hội nghị sơ kết" in r}
    assert len(starts) == 1
    start = starts.pop()
    assert all(cell_len(r[start:]) >= MIN_TITLE for r in rows if "Hội nghị sơ kết" in r)


async def test_from_110_columns_ranges_and_pairs_are_whole(db: Path) -> None:
    rows = await _rows(db, (200, 40))  # the timeline beside the detail: 110 columns
    assert any("2019-10-30–11-03" in r for r in rows)
    assert any(f"Hồ Chí Minh – {LONG_PAIR}" in r for r in rows)


def _event(a: str, b: str, extra: int = 0) -> dict:
    parties = [{"name": a, "province": a}, {"name": b, "province": b}]
    parties += [{"name": f"P{i}", "province": f"P{i}"} for i in range(extra)]
    return {"pair": sorted([a, b]), "parties": parties}


def test_fit_pair_keeps_both_names() -> None:
    ev = _event("Luổng Nậm Thà", "Vĩnh Phúc")
    assert fit_pair(ev, 30) == "Luổng Nậm Thà – Vĩnh Phúc"
    assert fit_pair(ev, 22) == "Luổng Nậm… – Vĩnh Phúc"  # the longer name is cut first
    assert fit_pair(_event("Hồ Chí Minh", "Tiền Giang"), 20) == "TP.HCM – Tiền Giang"  # a short form first
    both = fit_pair(_event("Chăm-pa-sắc", "Quảng Bình", extra=2), 20)
    assert cell_len(both) <= 20 and both.endswith(" +2") and " – " in both, both
    left, right = both[:-3].split(" – ")
    assert left.startswith("Chăm") and right.startswith("Quảng"), both


def test_the_pair_column_fits_most_rows_below_110_columns() -> None:
    rows = TimelineRows(events=[], pair_full=31, pair_short=26, pair_typical=24)
    assert pair_column(rows, 58) == 24  # 80 columns: what 9 in 10 rows need, the title the rest
    assert pair_column(rows, 38) == 38 - MIN_TITLE  # 60 columns: the title keeps its minimum
    assert pair_column(rows, 90, wide=True) == 31  # from 110 columns: the widest label
    assert row_layout(TimelineRows(events=[], date_width=17), 79).date == 12
    assert row_layout(TimelineRows(events=[], date_width=17), 150).date == 17
    assert row_layout(TimelineRows(events=[], date_width=11), 79).date == 11
