"""Everything the app knows can be brought on screen at 80x24 with keys alone; columns use
the width there is; one way of writing dates and counts everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, cursor_event, goto_date, make_app, press, screen_text, settle
from hoptac.tui.widgets.columns import MIN_TITLE, pair_column, pair_widths
from hoptac.tui.widgets.detail import ArticleView, DetailPane
from hoptac.tui.widgets.names import country_of, short_name
from hoptac.tui.widgets.rows import TimelineRows
from hoptac.tui.widgets.text import display_date, pair_label, party_label

SIZE = (80, 24)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("reach") / "hoptac.json")


def _field_lines(ev: dict, same: int) -> list[str]:
    """A piece of every field of ``ev`` that the detail must show."""
    want = [ev["title"][:30], ev["date_text"], *(p["name"] for p in ev["people"]), ", ".join(ev["sectors"])[:20],
            ev["source"], f"a: all {same} events of this article"]
    return [w for w in want if w]


async def test_every_detail_field_can_be_brought_on_screen_at_80x24(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2023-02-18", open_detail=True)
        ev = cursor_event(app)
        assert ev["date"] == "2023-02-18" and len(ev["people"]) >= 2 and ev["sectors"]
        same = len(app.screen.index.of_article(ev["article_id"]))
        # opened on the event's sentence, with the two-line summary above it
        first = screen_text(app)
        assert ev["snippet"][:30] in first.replace("\n ", " ")
        assert "~2023-02-18 · conference · Lào Cai – Yên Bái" in first
        seen = first
        await press(pilot, "i")  # to the fields
        seen += screen_text(app)
        for _ in range(12):  # and down through them, key by key
            await press(pilot, "j")
            seen += screen_text(app)
        flat = " ".join(seen.split())
        for want in _field_lines(ev, same):
            assert " ".join(want.split()) in flat, want
        view = app.screen.query_one(ArticleView)
        await press(pilot, "g")  # the top: the fields
        assert view.scroll_y == 0 and "Date" in screen_text(app)
        await press(pilot, "i")  # from the fields, i goes to the sentence
        assert view.scroll_y > 0 and ev["snippet"][:30] in screen_text(app).replace("\n ", " ")
        await press(pilot, "i")  # and back
        assert view.scroll_y == 0


async def test_the_footer_keys_fit_in_80_columns(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        def footer() -> str:
            return screen_text(app).splitlines()[-1]

        assert footer().rstrip().endswith("q Quit")  # nothing cut at the end
        await press(pilot, "enter")
        assert app.screen.query_one(DetailPane).display
        line = footer()
        assert "i Fields" in line and line.rstrip().endswith("q Quit"), line
        # keys left out of the narrow footer still work
        await press(pilot, "question_mark")
        assert "every key" in screen_text(app)


def test_short_forms_come_from_the_gazetteer() -> None:
    assert short_name("Hồ Chí Minh") == "TP.HCM"
    assert short_name("Bà Rịa - Vũng Tàu") == "BR-VT"
    assert short_name("Lào Cai") == "Lào Cai"
    ev = {"pair": ["Cần Thơ", "Hồ Chí Minh"], "parties": []}
    assert pair_label(ev, short=True) == "Cần Thơ – TP.HCM"
    assert country_of("Vân Nam") == "Trung Quốc" and country_of("Lào Cai") is None
    assert party_label({"name": "Vân Nam", "level": "tỉnh", "province": "Vân Nam"}) == "Vân Nam (tỉnh, Trung Quốc)"


def test_the_pair_gets_what_it_needs_and_the_title_the_rest() -> None:
    rows = TimelineRows(events=[], pair_full=21, pair_short=16, pair_typical=21)
    assert pair_column(rows, 60) == 21  # 80 columns: full names
    assert pair_column(rows, 180, wide=True) == 21  # 200 columns: no more than needed, the title gets the rest
    assert pair_column(rows, 30) == 30 - MIN_TITLE  # narrow: each label fitted to it (columns.fit_pair)


async def test_columns_at_60_80_and_200(db: Path) -> None:
    from hoptac.core.store.query import Filter

    for width in (60, 80, 200):
        app = make_app(db, initial=Filter(province="Hồ Chí Minh"))
        async with app.run_test(size=(width, 24)) as pilot:
            await settle(pilot)
            row = next(line for line in screen_text(app).splitlines() if "2022-12-03" in line)
            full = "TP Hồ Chí Minh và Cần Thơ ký kết hợp tác"
            if width >= 80:
                assert "Cần Thơ – Hồ Chí Minh" in row and full[:30] in row, row  # the pair whole
            else:  # 60 columns: the full names when they fit, else the short forms
                assert "Cần Thơ – Hồ Chí Minh" in row or "Cần Thơ – TP.HCM" in row, row
            if width == 200:
                assert full in row
            if width == 200:
                pair_at = row.index("Cần Thơ – Hồ Chí Minh")
                assert row.index(full) - pair_at <= len("Cần Thơ – Hồ Chí Minh") + 2  # no wasted space


def test_pair_widths_from_the_index(db: Path) -> None:
    from app_support import open_library

    index = open_library(db).index
    full, short, typical = pair_widths(index, list(range(len(index))))
    labels = sorted(len(pair_label(index.events[r])) for r in range(len(index)))
    assert full == labels[-1]
    assert short <= full
    assert typical == labels[-(-9 * len(labels) // 10) - 1]  # 9 in 10 labels fit


def test_one_way_of_writing_dates() -> None:
    from hoptac.tui.cli_data import display_date as table_date

    for ev in ({"date": "--08-03"}, {"date": "2023-02-18", "year_inferred": True},
               {"date": "2018-11-24", "date_end": "2018-11-25"}, {"date": "2018-12-30", "date_end": "2019-01-02"}):
        assert table_date(ev) == display_date(ev)
    assert display_date({"date": "--08-03"}) == "????-08-03"
    assert display_date({"date": "2018-11-24", "date_end": "2018-11-25"}) == "2018-11-24–25"


def test_counts_are_written_with_the_right_plural() -> None:
    from types import SimpleNamespace

    from hoptac.tui.cli_ingest import ingest_summary

    one = SimpleNamespace(count=lambda s: {"new": 1}.get(s, 0), events_added=1, events_removed=0)
    line = ingest_summary(1, one, Path("db.json"))
    assert line.startswith("1 file: 1 new") and "1 event added" in line and "1 events" not in line
    many = SimpleNamespace(count=lambda s: {"new": 2}.get(s, 0), events_added=3, events_removed=2)
    assert "2 files:" in ingest_summary(2, many, Path("db.json")) and "3 events added" in ingest_summary(
        2, many, Path("db.json"))


def test_a_filter_is_described_in_the_interface_language() -> None:
    from hoptac.core.store.query import Filter
    from hoptac.tui import i18n
    from hoptac.tui.widgets.text import describe_filter

    flt = Filter(pair=("Lào Cai", "Yên Bái"), since="2010", until="2020-12-31", type="signing")
    assert describe_filter(flt) == "Lào Cai – Yên Bái · 2010–2020 · signing"  # the To year as typed
    i18n.set_language("vi")
    assert describe_filter(flt) == "Lào Cai – Yên Bái · 2010–2020 · ký kết"
    assert describe_filter(Filter(since="2019")) == "2019–…"


@pytest.mark.parametrize("lang, undo, quit_", [("en", "u Undo", "q Quit"), ("vi", "u Lấy lại", "q Thoát")])
async def test_the_footer_fits_with_undo_in_both_languages(db: Path, lang: str, undo: str, quit_: str) -> None:
    from hoptac.core.store.query import Filter
    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Yên Bái")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "x")
        footer = screen_text(app).splitlines()[-1]
        assert undo in footer and footer.rstrip().endswith(quit_), footer
        await press(pilot, "enter")
        footer = screen_text(app).splitlines()[-1]
        assert footer.rstrip().endswith(quit_), footer
