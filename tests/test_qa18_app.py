"""The app as the eighteenth QA round found it at 80x24 and 60x20 (appqa18): what the
pair picker's first step tells, the command palette's own commands in Vietnamese, and
information messages longer than a line."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import make_app, open_library, press, screen_text, settle, type_text

from hoptac.core.text import fold_query


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture's articles, plus one whose event has two parties of one province and
    no other (a province with events and no partner, named twice in an event)."""
    from app_support import fixture_items, make_article, make_event
    from hoptac.core.store.segments import IngestItem, Store

    text = ("Huyện vùng cao học tập tỉnh nhà\n\nNgày 3/4/2021, huyện Mường Nhé làm việc với "
            "Sở Nông nghiệp tỉnh Điện Biên về giống lúa mới.\n")
    art = make_article("qa18/alone.txt", text, body=("Ngày", None))
    ev = make_event(art, "Ngày 3/4/2021", "2021-04-03", "conference",
                    [("Mường Nhé", "huyện", "Điện Biên"), ("Sở Nông nghiệp", "tỉnh", "Điện Biên")])
    path = tmp_path_factory.mktemp("qa18") / "hoptac.json"
    Store(path).apply([*fixture_items(), IngestItem(art, [ev])])
    return path


@pytest.fixture
def vietnamese():
    from hoptac.tui import i18n

    i18n.set_language("vi")
    yield
    i18n.set_language("en")


# -- finding 12: the pair picker's first step counts each province's events ----------------

def test_province_totals_equal_counting_each_event(db: Path) -> None:
    from hoptac.core.store.partners import province_totals

    index = open_library(db).index
    events: dict[str, int] = {}
    partners: dict[str, set[str]] = {}
    for r in range(len(index)):
        named = {p["province"] for p in index.events[r].get("parties") or () if p.get("province")}
        for name in named:
            events[name] = events.get(name, 0) + 1
            partners.setdefault(name, set()).update(named - {name})
    want = {name: (n, len(partners[name])) for name, n in events.items()}
    assert province_totals(index) == want
    assert any(p == 0 for _n, p in want.values()) and any(p > 1 for _n, p in want.values())


def _options(app) -> list[str]:
    from textual.widgets import OptionList

    options = app.screen.query_one("#pair-options", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_the_first_step_shows_each_provinces_events_most_first(db: Path, lang: str) -> None:
    from hoptac.core.store.partners import province_totals
    from hoptac.tui import i18n

    totals = province_totals(open_library(db).index)
    i18n.set_language(lang)
    try:
        app = make_app(db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await press(pilot, "p")
            lines = _options(app)
            assert len(lines) == len(totals)
            events = "sự kiện" if lang == "vi" else "event"
            for line in lines:
                name = line.split("  ")[0]
                n, partners = totals[name]
                assert f"  {n} {events}" in line, line
                assert (("không có đối tác" if lang == "vi" else "no partner") in line) == (partners == 0), line
            counts = [totals[line.split("  ")[0]][0] for line in lines]
            assert counts == sorted(counts, reverse=True)  # the ones that lead anywhere first
            assert "event" in screen_text(app) or "sự kiện" in screen_text(app)  # drawn, not only listed
            await type_text(pilot, "lao cai")
            first = _options(app)[0]
            assert fold_query(first.split("  ")[0]) == "lao cai", first
            await press(pilot, "enter")
            assert "Lào Cai" in screen_text(app).split("\n")[2]  # the second step: its partners
    finally:
        i18n.set_language("en")
