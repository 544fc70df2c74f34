"""The app as the QA helper of round twenty-one found it (appqa21), at 80x24 and 60x20 on
about 240 real pages: what a date correction leaves of the page's words, the corrected
mark and the title column, a range of unknown year in the timeline's date column, and
names cut by the article's wrapping. (Every sentence here is written for the test.)"""

from __future__ import annotations

from pathlib import Path

from app_support import goto_date, make_app, make_article, make_event, press, screen_text, settle
from hoptac.core.store import corrections as corr
from hoptac.core.store.segments import IngestItem, Store

LEAD = ("Sáng 14/3, tại thành phố Đông Hà, đoàn công tác của tỉnh Thừa Thiên Huế do ông Nguyễn Hoàng "
        "Phúc, Phó Chủ tịch UBND tỉnh, dẫn đầu đã làm việc với lãnh đạo tỉnh Quảng Trị về hợp tác phát "
        "triển du lịch biển.")
HUE_QT = [("Thừa Thiên Huế", "tỉnh", "Thừa Thiên Huế"), ("Quảng Trị", "tỉnh", "Quảng Trị")]
LC_YB = [("Lào Cai", "tỉnh", "Lào Cai"), ("Yên Bái", "tỉnh", "Yên Bái")]


def _db(path: Path) -> tuple[Path, dict, dict, dict]:
    """Three events of 2019 (a working session, a signing, a visit) and one of unknown year
    told over three days of a month."""
    one = make_article("qa21/hue.txt", "Huế và Quảng Trị bàn hợp tác du lịch biển\n\n" + LEAD + "\n")
    meet = make_event(one, "Sáng 14/3", "2019-03-14", "conference", HUE_QT, inferred=True, date_text="Sáng 14/3",
                      people=[("Nguyễn Hoàng Phúc", "Phó Chủ tịch UBND tỉnh Thừa Thiên Huế")])
    two = make_article("qa21/sign.txt", "Lào Cai và Yên Bái ký kết hợp tác\n\nChiều 20/5/2019, hai tỉnh Lào Cai "
                       "và Yên Bái đã ký kết chương trình hợp tác giai đoạn mới.\n")
    sign = make_event(two, "Chiều 20/5", "2019-05-20", "signing", LC_YB, date_text="Chiều 20/5/2019")
    three = make_article("qa21/visit.txt", "Đoàn tỉnh Yên Bái thăm Lào Cai\n\nTừ ngày 26 đến ngày 28/3, đoàn "
                         "công tác tỉnh Yên Bái đã thăm và làm việc tại tỉnh Lào Cai.\n")
    visit = make_event(three, "Từ ngày 26", "--03-26", "visit", LC_YB, date_end="--03-28",
                       date_text="Từ ngày 26 đến ngày 28/3")
    four = make_article("qa21/visit2.txt", "Lào Cai đón đoàn Yên Bái\n\nNgày 9/7/2019, lãnh đạo tỉnh Lào Cai "
                        "đã đón đoàn công tác tỉnh Yên Bái sang thăm.\n")
    other = make_event(four, "Ngày 9/7", "2019-07-09", "visit", LC_YB, date_text="Ngày 9/7/2019")
    Store(path).apply([IngestItem(one, [meet]), IngestItem(two, [sign]), IngestItem(three, [visit]),
                       IngestItem(four, [other])])
    return path, meet, sign, visit


# -- after a date correction the "Written" row no longer gives the page's words as the date ----

def test_a_date_correction_keeps_the_pages_words_under_extracted() -> None:
    ev = {"id": "e1", "date": "--02-18", "precision": "day", "date_text": "Chiều 18/2", "type": "visit",
          "year_source": "unknown"}
    out = corr.apply(ev, {"set": {"date": "2019-02-18", "precision": "day"}})
    # the page's words stay on the event (what the page wrote; they find it), and say under
    # "extracted" which date they gave
    assert out is not None and out["date_text"] == out["extracted"]["date_text"] == "Chiều 18/2"
    kept = corr.apply(ev, {"set": {"type": "signing"}})  # the date not corrected: its words are still its own
    assert kept is not None and kept["date_text"] == "Chiều 18/2" and "date_text" not in kept["extracted"]


def test_the_written_row_says_the_date_is_a_readers() -> None:
    from hoptac.tui.widgets.detail import written_line

    ev = {"date": "2019-02-18", "date_text": "Chiều 18/2", "corrected": True,
          "extracted": {"date": "--02-18", "date_text": "Chiều 18/2"}}
    line = written_line(ev)
    assert line.startswith("✎") and "“Chiều 18/2”" in line and "extracted" in line, line
    # an event patched into the caches before the words were kept under "extracted"
    assert written_line({**ev, "extracted": {"date": "--02-18"}}) == line
    assert written_line({"date": "2019-02-18", "date_text": "Chiều 18/2"}) == "“Chiều 18/2”"
    typed = {"date": "2019-02-18", "date_text": "Chiều 18/2", "corrected": True, "extracted": {"type": "visit"}}
    assert written_line(typed) == "“Chiều 18/2”"  # a type corrected: the page's words still date it


async def test_the_detail_of_a_corrected_date_says_whose_it_is(tmp_path: Path) -> None:
    db, meet, _sign, _visit = _db(tmp_path / "hoptac.json")
    corr.add_correction(Store(db), meet, corr.parse_changes(date="2018-03-14"))
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2018", open_detail=True)
        if "Written" not in screen_text(app):
            await press(pilot, "i")
        lines = screen_text(app).splitlines()
        [written] = [x for x in lines if x.strip().startswith("Written")]
        assert "✎" in written and not written.strip().endswith("“Sáng 14/3”"), written
        [date] = [x for x in lines if x.strip().startswith("Date ")]
        assert "corrected by a reader" in date and "year stated" not in date, date


# -- the corrected mark takes no column from the titles ----------------------------------------

def _title_column(line: str, title: str) -> int:
    from rich.cells import cell_len

    return cell_len(line[:line.index(title)])


async def test_the_corrected_mark_leaves_the_titles_in_one_column(tmp_path: Path) -> None:
    db, _meet, sign, _visit = _db(tmp_path / "hoptac.json")
    corr.add_correction(Store(db), sign, corr.parse_changes(type_="visit"))
    for size in ((80, 24), (60, 20)):
        app = make_app(db)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await goto_date(pilot, "2019")
            lines = screen_text(app).splitlines()
            [marked] = [x for x in lines if "✎" in x]
            [plain] = [x for x in lines if "2019-07-09" in x]
            assert marked.index("Lào Cai") == plain.index("Lào Cai"), (marked, plain)
            assert _title_column(marked, "Lào Cai và") == _title_column(plain, "Lào Cai đón"), (marked, plain)
            assert _title_column(marked, "✎") < _title_column(marked, "Lào Cai và")


# -- a range of unknown year whole (or short and whole) in the date column ----------------------

def test_a_range_of_unknown_year_is_written_short_and_whole() -> None:
    from hoptac.tui.widgets.text import fitted_date, format_date

    same = {"date": "--03-26", "date_end": "--03-28"}
    assert format_date(same)[1] == "????-03-26–28"  # as "2018-11-24–25"
    assert fitted_date(same, 11) == "??-03-26–28" and fitted_date(same, 15) == "????-03-26–28"
    assert fitted_date({"date": "--03-30", "date_end": "--04-02"}, 11) == "03-30–04-02"
    assert fitted_date({"date": "2017-10-30", "date_end": "2017-11-03"}, 11) == "2017-10-30…"  # as before
    assert fitted_date({"date": "--03-26"}, 11) == "????-03-26"


async def test_the_timeline_shows_where_a_range_of_unknown_year_ends(tmp_path: Path) -> None:
    db = _db(tmp_path / "hoptac.json")[0]
    for size in ((80, 24), (60, 20)):
        app = make_app(db)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await press(pilot, "G")
            [row] = [x for x in screen_text(app).splitlines() if "03-26" in x]
            assert "??-03-26–28 visit" in row, row


# -- the article's text keeps names whole where it wraps ----------------------------------------

def test_break_lines_keeps_names_whole_and_the_offsets() -> None:
    from hoptac.tui.widgets.wrap import break_lines

    out = break_lines(LEAD, 56, ["Quảng Trị"])
    assert len(out) == len(LEAD) and out.replace("\n", " ") == LEAD
    lines = out.split("\n")
    assert all(len(x) <= 56 for x in lines), lines
    assert any("Quảng Trị" in x for x in lines) and any("Thừa Thiên Huế" in x for x in lines), lines
    assert break_lines("short line", 56) == "short line"
    word = "x" * 70  # a word longer than the line is left for Textual to fold; the next word starts a line
    assert break_lines(f"a {word} b c", 20) == f"a\n{word}\nb c"


async def test_the_article_text_keeps_a_place_name_on_one_line(tmp_path: Path) -> None:
    db = _db(tmp_path / "hoptac.json")[0]
    app = make_app(db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2019-03", open_detail=True)
        text = screen_text(app)
        assert "tỉnh Quảng Trị" in text or "Quảng Trị về" in text, text  # "Quảng" | "Trị" before
        assert not any(x.rstrip().endswith("Quảng") for x in text.splitlines()), text
        await press(pilot, "i")  # the fields keep their names whole as before
        assert "Nguyễn Hoàng Phúc" in screen_text(app)


# -- go to date: the event found is not left on the last line -----------------------------------

async def test_go_to_date_shows_the_events_after_the_one_found(tmp_path: Path) -> None:
    from app_support import build_synthetic_db
    from hoptac.tui.widgets.timeline import Timeline

    db = build_synthetic_db(tmp_path / "hoptac.json", 600)
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        height = timeline.scrollable_content_region.height
        await goto_date(pilot, "2012-07-15")
        y = timeline.cursor - int(timeline.scroll_y)
        assert timeline.data.rows[timeline.cursor - 1] >= 0  # (an event mid-year, not the first of 2012)
        assert 2 <= y <= height - 4, (y, height)  # it was on the last line
        await goto_date(pilot, "2016")  # the first event of a year: its heading at the top, as ] does
        assert int(timeline.scroll_y) == timeline.cursor - 1, (timeline.scroll_y, timeline.cursor)


# -- the partners' strips say when a partner has events before them -----------------------------

def _old_ties_db(path: Path) -> Path:
    """Hải Phòng and Quảng Ninh: a bond of 1978 told again in 2019; Hải Phòng and Thái Bình
    in 2022 (the strips, 26 years, begin in 1997)."""
    items = []
    hp_qn = [("Hải Phòng", "thành phố", "Hải Phòng"), ("Quảng Ninh", "tỉnh", "Quảng Ninh")]
    hp_tb = [("Hải Phòng", "thành phố", "Hải Phòng"), ("Thái Bình", "tỉnh", "Thái Bình")]
    for k, (date, parties, said) in enumerate([("1978-05", hp_qn, "Tháng 5/1978"), ("2019-05-12", hp_qn, "Ngày 12/5/2019"),
                                               ("2022-09-03", hp_tb, "Ngày 3/9/2022")]):
        art = make_article(f"qa21/ties{k}.txt", f"Hải Phòng và bạn bè số {k}\n\n{said}, hai bên đã ký kết "
                           f"hợp tác toàn diện.\n")
        items.append(IngestItem(art, [make_event(art, said, date, "signing", parties, date_text=said)]))
    Store(path).apply(items)
    return path


async def test_a_partner_with_years_before_the_strips_is_marked(tmp_path: Path) -> None:
    from textual.widgets import OptionList, Static

    app = make_app(_old_ties_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "P")
        await pilot.pause(0.2)
        await settle(pilot)
        title = str(app.screen.query_one("#partners-title", Static).visual)
        assert "Hải Phòng" in title and "strips 1997–2022" in title and "◂" in title, title
        rows = [str(o.prompt) for o in app.screen.query_one(OptionList)._options]
        [qn] = [r for r in rows if r.startswith("Quảng Ninh")]
        [tb] = [r for r in rows if r.startswith("Thái Bình")]
        assert "1978–2019 ◂" in qn and "◂" not in tb, rows  # 1978 is before the strip: said, not lost
        assert len(qn) == len(tb), rows  # the mark takes the cell before the strip: columns stay


# -- the people dialog: a long province gives way to the count and the years ---------------------

def _envoy_db(path: Path) -> Path:
    """A person whose titles name no province, at two events of Bà Rịa - Vũng Tàu and Thừa
    Thiên Huế (so the list gives "Bà Rịa - Vũng Tàu or Thừa Thiên Huế"; Hồ Chí Minh and Thủ
    đô Viêng Chăn before appqa22: a foreign partner is no longer a home province)."""
    items = []
    sides = [("Bà Rịa - Vũng Tàu", "tỉnh", "Bà Rịa - Vũng Tàu"), ("Thừa Thiên Huế", "tỉnh", "Thừa Thiên Huế")]
    for k, said in enumerate(["Ngày 4/6/2021", "Ngày 9/10/2023"]):
        art = make_article(f"qa21/envoy{k}.txt", f"Hai thành phố gặp gỡ lần {k}\n\n{said}, ông Phan Quốc Toản, "
                           f"Phó Trưởng ban, đã dự buổi làm việc của hai thành phố.\n")
        date = "2021-06-04" if k == 0 else "2023-10-09"
        items.append(IngestItem(art, [make_event(art, said, date, "conference", sides, date_text=said,
                                                 people=[("Phan Quốc Toản", "Phó Trưởng ban")])]))
    Store(path).apply(items)
    return path


async def test_a_persons_row_keeps_its_count_and_years_at_60_columns(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    app = make_app(_envoy_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        await pilot.pause(0.2)
        await settle(pilot)
        [row] = [x for x in screen_text(app).splitlines() if "Phan Quốc Toản" in x and "·" in x]
        assert "2 events  2021–2023" in row, row  # cut after "Viêng Chăn  2" before
        assert "Bà Rịa - Vũng Tàu" in row and "…" in row, row
        assert len(app.screen.query_one(OptionList)._options) == 1


# -- the detail's Pair row names a region as the summary does -----------------------------------

def test_the_pair_row_names_a_region_as_itself() -> None:
    from hoptac.tui.widgets.detail import pair_line
    from hoptac.tui.widgets.text import pair_label

    delta = "Đồng bằng sông Cửu Long"
    ev = {"pair": ["Bến Tre", "Hồ Chí Minh"], "pair_2025": ["Hồ Chí Minh", "Vĩnh Long"],
          "parties": [{"name": "Hồ Chí Minh", "level": "thành phố", "province": "Hồ Chí Minh"},
                      *({"name": p, "level": "tỉnh", "province": p, "region": delta}
                        for p in ("Bến Tre", "Cần Thơ", "An Giang"))]}
    assert pair_line(ev) == f"Hồ Chí Minh – {delta}", pair_line(ev)  # it read "Bến Tre – Hồ Chí Minh"
    assert pair_label(ev) == "Hồ Chí Minh – ĐBSCL"  # the summary line's, as before
    merged = {**ev, "pair": ["Bà Rịa - Vũng Tàu", "Bến Tre"], "parties": [
        {"name": "Bà Rịa - Vũng Tàu", "level": "tỉnh", "province": "Bà Rịa - Vũng Tàu"}, *ev["parties"][1:]]}
    assert pair_line(merged) == f"Bà Rịa - Vũng Tàu – {delta}   (on the 2025 map: Hồ Chí Minh – {delta})"
    plain = {"pair": ["Lào Cai", "Yên Bái"], "pair_2025": ["Lào Cai"], "parties": []}
    assert pair_line(plain) == "Lào Cai – Yên Bái   (on the 2025 map: Lào Cai)"


# -- keys that arrive together keep their order in a text field -----------------------------------

async def test_keys_arriving_in_one_read_keep_their_order_in_a_field(tmp_path: Path) -> None:
    """Over SSH a quick typist's keys arrive together: Backspace then "i" gave "lao caj" (the
    "i" typed, then taken away), Ctrl+U then "z" an empty field, ← then "x" the "x" at the end."""
    from textual import events
    from textual.widgets import Input

    from hoptac.tui.widgets.field import Field

    app = make_app(_db(tmp_path / "hoptac.json")[0])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await pilot.press(*"lao caj")
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert isinstance(field, Field) and field.value == "lao caj"

        async def burst(*keys: tuple[str, str | None]) -> str:
            for key, char in keys:  # posted at once, as one read of the terminal gives them
                app.post_message(events.Key(key, char))
            await pilot.pause(0.2)
            return field.value

        assert await burst(("backspace", None), ("i", "i")) == "lao cai"
        assert await burst(("left", None), ("x", "x")) == "lao caxi"
        assert await burst(("ctrl+u", None), ("z", "z")) == "zi"
        assert await burst(("end", None), ("y", "y"), ("enter", None)) == "ziy"
        await settle(pilot)
        assert not isinstance(app.screen.focused, Input)  # Enter, after the letters, closed the prompt
