"""The app as the QA helper of round twenty-four found it (appqa24), on about 450 real pages
at 80x24, 60x24 and 160x40. (Every sentence here is written for the test.)"""

from __future__ import annotations

from pathlib import Path

from app_support import make_app, make_article, make_event, press, screen_text, settle
from hoptac.core.store.segments import IngestItem, Store

SIDES = [("Bà Rịa - Vũng Tàu", "tỉnh", "Bà Rịa - Vũng Tàu"), ("Thừa Thiên Huế", "tỉnh", "Thừa Thiên Huế")]


# -- the people dialog: a long row in a list that scrolls keeps its count and years ---------------

def _many_people_db(path: Path) -> Path:
    """Thirty people at two events each (so the list scrolls at 24 lines), their titles naming
    no province: each row reads "… · Bà Rịa - Vũng Tàu or Thừa Thiên Huế  2 events  2021–2023"."""
    items = []
    for k, said in enumerate(["Ngày 4/6/2021", "Ngày 9/10/2023"]):
        names = [f"Trần Văn Khải {chr(65 + i % 26)}{chr(97 + i // 26)}" for i in range(30)]
        body = ", ".join(f"ông {n}" for n in names)
        art = make_article(f"qa24/people{k}.txt", f"Hai tỉnh gặp gỡ lần {k}\n\n{said}, {body} đã dự buổi làm "
                           f"việc của hai tỉnh.\n")
        date = "2021-06-04" if k == 0 else "2023-10-09"
        items.append(IngestItem(art, [make_event(art, said, date, "conference", SIDES, date_text=said,
                                                 people=[(n, "Phó Trưởng ban") for n in names])]))
    Store(path).apply(items)
    return path


async def test_a_persons_row_fits_beside_the_scrollbar_at_60_columns(tmp_path: Path) -> None:
    """At 60 columns with many people (the list scrolls) a row cut to fit the list's width
    wrapped its years onto a second line: the width was taken before the scrollbar came,
    so each row was two cells too long ("… Hà N…  2 sự kiện" then "2024" below it)."""
    app = make_app(_many_people_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        await pilot.pause(0.2)
        await settle(pilot)
        lines = screen_text(app).splitlines()
        rows = [x for x in lines if "Trần Văn Khải" in x and "·" in x]
        assert rows, lines
        for row in rows:
            assert "2 events  2021–2023" in row, lines
        assert not any(x.strip("│ ") in ("2021–2023", "2023") for x in lines), lines  # no years alone on a line


# -- the histogram's label: the cursor's year's own count -----------------------------------------

def test_the_histogram_label_gives_the_years_own_count_when_a_bar_holds_several() -> None:
    """At 60 columns 67 years take two a bar, and the label under the cursor read "▲2021: 40"
    (2020's 17 and 2021's 23) above a timeline whose 2021 heading said 23 events."""
    from hoptac.tui.widgets.histogram import YearHistogram

    hist = YearHistogram()
    hist.counts = {1960: 1, 2020: 17, 2021: 23, 2026: 2, None: 5}
    hist.year = 2021
    bars, bar_w, gap = hist._layout(40)
    assert any(a == 2020 and b == 2021 for _c, a, b in bars), bars  # one bar for both years
    axis = str(hist._axis(bars, bar_w, gap, 40))
    assert "2021: 23" in axis and "40" not in axis, axis


# -- the filter form: Enter on a chosen type applies, as the form's help says ---------------------

async def test_enter_on_the_type_list_applies_the_form(tmp_path: Path) -> None:
    """The form says "Enter or ctrl+s applies"; on the Type (or Level) list Enter opened the
    list again, so a type picked with Enter then Enter was never applied (Space and ↓ open
    the list)."""
    from textual.widgets import Select

    from app_support import build_fixture_db

    app = make_app(build_fixture_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        form = app.screen
        kind = form.query_one("#f-type", Select)
        kind.focus()
        await settle(pilot)
        await press(pilot, "down")  # opens the list
        await press(pilot, "down", "down", "enter")  # "any type", conference, signing: the list closes
        assert kind.value == "signing" and not kind.expanded, (kind.value, kind.expanded)
        await press(pilot, "enter")
        await pilot.pause(0.2)
        await settle(pilot)
        assert app.screen is not form, "Enter opened the list again"
        assert "signing" in screen_text(app).splitlines()[0], screen_text(app)


# -- counts in Vietnamese: thousands grouped with a dot -------------------------------------------

async def test_counts_in_vietnamese_group_thousands_with_a_dot(tmp_path: Path, vietnamese) -> None:
    """In Vietnamese a comma is the decimal mark: "Tất cả 1,200 sự kiện" and "Đã chép … (1,174
    ký tự)" read as one and a bit. Vietnamese groups thousands with a dot (English keeps the comma)."""
    from app_support import build_synthetic_db
    from hoptac.tui import i18n

    app = make_app(build_synthetic_db(tmp_path / "hoptac.json", 1200))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        first = screen_text(app).splitlines()[0]
        assert "1.200 sự kiện" in first and "1,200" not in first, first
    assert i18n.num(1200) == "1.200"
    i18n.set_language("en")
    assert i18n.num(1200) == "1,200"
