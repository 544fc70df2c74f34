"""Pilot tests of the app's detail pane: an event's fields and its article with the sentence marked,
folded boilerplate, the article's other events, stepping with n and N, and the wide side-by-side layout."""

from __future__ import annotations

from pathlib import Path

from hoptac.core.store.query import Filter
from hoptac.tui.widgets.detail import HIT_STYLE, DetailPane
from hoptac.tui.widgets.timeline import Timeline

from app_pilot import SIZE, WIDE, cursor_event, goto_date, make_app, press, screen_text, settle, shown_events
from app_support import db  # noqa: F401 (db: a fixture)


async def test_detail_shows_fields_and_the_article_with_the_sentence_highlighted(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024", open_detail=True)
        ev = cursor_event(app)
        assert ev["date"] == "2024-03-08"
        detail = app.screen.query_one(DetailPane)
        assert detail.display and not app.screen.query_one(Timeline).display  # full screen at 80 columns
        fields = str(detail.query_one("#fields").render())
        assert "~2024-03-08 · day · year inferred from context" in fields
        assert "“Chiều 8/3”" in fields and "Lào Cai (tỉnh) · Thái Bình (tỉnh)" in fields
        assert "Đặng Xuân Phong — Bí thư Tỉnh ủy Lào Cai" in fields
        hit = detail.query_one("#art-hit").render()
        highlighted = [str(hit)[s.start:s.end] for s in hit.spans if str(s.style) == HIT_STYLE]
        # (the pane cuts the lines itself, a space made a newline: wrap.break_lines)
        assert [x.replace("\n", " ") for x in highlighted] == [ev["snippet"]]
        # the highlighted paragraph is on screen
        assert ev["snippet"][:40] in screen_text(app).replace("\n ", " ")
        # Esc goes back to the timeline, on the same event
        await press(pilot, "escape")
        assert app.screen.query_one(Timeline).display and not detail.display
        assert cursor_event(app)["id"] == ev["id"]


async def test_boilerplate_is_folded_and_marked_when_shown(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024", open_detail=True)
        detail = app.screen.query_one(DetailPane)

        def article_text() -> str:
            return "\n".join(str(detail.query_one(f"#art-{p}").render()) for p in ("pre", "hit", "post"))

        folded = article_text()
        assert "2.JPG" not in folded and "Tin cùng chuyên mục" not in folded
        assert "not part of the article" in folded
        await press(pilot, "o")
        shown = article_text()
        assert "┆ 2.JPG" in shown and "┆ Tin cùng chuyên mục" in shown


async def test_same_article_key_lists_its_events_and_esc_goes_back(db: Path) -> None:
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Yên Bái")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2023", open_detail=True)  # open the detail of the 2023 conference
        ev = cursor_event(app)
        await press(pilot, "a")
        assert {e["article_id"] for e in shown_events(app)} == {ev["article_id"]}
        assert [e["date"] for e in shown_events(app)] == ["2006-02-26", "2011-09-30", "2021-04-17", "2023-02-18"]
        assert cursor_event(app)["id"] == ev["id"]
        top = screen_text(app).splitlines()[0]
        assert "Article: Tỉnh Lào Cai và tỉnh Yên Bái" in top and "Esc back" in top
        await press(pilot, "escape")
        assert app.screen.flt == Filter(pair=("Lào Cai", "Yên Bái"))
        assert cursor_event(app)["id"] == ev["id"]


async def test_n_and_shift_n_step_through_events_in_the_detail(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        first = cursor_event(app)
        await press(pilot, "n")
        detail = app.screen.query_one(DetailPane)
        assert detail.event is cursor_event(app) and detail.event["date"] == "2009-08-15"
        await press(pilot, "N")
        assert detail.event["id"] == first["id"]


async def test_wide_terminal_shows_timeline_and_detail_side_by_side(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        detail = app.screen.query_one(DetailPane)
        assert timeline.display and detail.display
        assert timeline.region.right <= detail.region.x
        await press(pilot, "j")
        assert detail.event["id"] == cursor_event(app)["id"]
        await press(pilot, "tab")
        assert app.focused is app.screen.query_one("#detail-article")
        await press(pilot, "escape")
        assert app.focused is timeline
