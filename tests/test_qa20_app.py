"""The app as the twentieth QA round found it (appqa20), at 60x24 and 80x24: a place name
kept whole when the detail's fields wrap, the first-run sample message above the keys
(not over them), a day of unknown year that the correction form can save, ``C Correct``
in the detail's footer, and a person of one year said once in the people dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import (build_fixture_db, cursor_event, goto_date, make_app, make_article, make_event, press,
                         said_soon, screen_text, settle, shown_events)


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("qa20f") / "hoptac.json")


# -- a place name whole where the detail's fields wrap -----------------------------------------

def _merged_db(path: Path) -> Path:
    """One signing of two provinces merged into others in 2025: the pair's row says both maps."""
    from hoptac.core.store.segments import IngestItem, Store

    text = ("Hai tỉnh ký kết hợp tác phát triển\n\nSáng ngày 9/4/2006, tại thành phố Quy Nhơn, lãnh đạo "
            "tỉnh Bình Định và tỉnh Phú Yên đã ký bản thỏa thuận hợp tác giai đoạn mới.\n")
    art = make_article("qa20/merged.txt", text, body=("Sáng", None))
    ev = make_event(art, "Sáng ngày 9/4", "2006-04-09", "signing",
                    [("Bình Định", "tỉnh", "Bình Định"), ("Phú Yên", "tỉnh", "Phú Yên")],
                    pair_2025=["Đắk Lắk", "Gia Lai"], location="Quy Nhơn", date_text="Sáng ngày 9/4/2006",
                    people=[("Nguyễn Văn Thành", "Phó Chủ tịch Thường trực UBND tỉnh Bình Định")])
    Store(path).apply([IngestItem(art, [ev])])
    return path


@pytest.mark.parametrize("width", [60, 80])
async def test_the_detail_keeps_each_place_name_on_one_line(tmp_path: Path, width: int) -> None:
    """At 60 columns the pair's row read "(on the 2025 map: Đắk" and, under it, "Lắk – Gia Lai"."""
    from hoptac.tui.widgets.detail import DetailPane

    app = make_app(_merged_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        await press(pilot, "i")
        text = screen_text(app)
        assert "(on the 2025 map:" in text, text
        for name in ("Đắk Lắk", "Gia Lai", "Bình Định", "Phú Yên", "Nguyễn Văn Thành"):
            assert name in text, (name, text)
        fields = str(app.screen.query_one(DetailPane).query_one("#fields").visual)
        assert "2006-04-09" in fields


def test_the_fields_wrap_at_words_and_keep_names_whole() -> None:
    from hoptac.tui.widgets.wrap import wrap_words

    row = "Bình Định – Phú Yên   (on the 2025 map: Đắk Lắk – Gia Lai)"
    lines = wrap_words(row, 43, names=["Đắk Lắk", "Gia Lai", "Bình Định", "Phú Yên"])
    assert lines == ["Bình Định – Phú Yên   (on the 2025 map:", "Đắk Lắk – Gia Lai)"], lines
    # a name of capitals not among the event's (a person, a town) is kept whole too
    lines = wrap_words("Nguyễn Văn Thành — Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu", 38)
    assert all(not line.endswith(("Bà", "Vũng", "Nguyễn", "Văn")) for line in lines), lines
    # a name longer than the line is cut at its spaces; nothing is lost, no line too long
    long_ = "Khu Kinh Tế Cửa Khẩu Quốc Tế Lào Cai Hà Khẩu Vân Nam Trung Quốc"
    lines = wrap_words("tại " + long_, 20)
    assert " ".join(lines) == "tại " + long_ and all(len(line) <= 20 for line in lines), lines
    # a comma ends a name: "Lạng Sơn, Cao Bằng" may wrap after the comma
    assert wrap_words("bốn tỉnh Lạng Sơn, Cao Bằng", 19) == ["bốn tỉnh Lạng Sơn,", "Cao Bằng"]
    # spaces as they were (the pair row's three before the 2025 map)
    assert wrap_words("A – B   (x)", 40) == ["A – B   (x)"]


# -- the first-run sample's message stays above the keys -----------------------------------------

@pytest.mark.parametrize("lang,size", [("en", (80, 24)), ("vi", (80, 24)), ("en", (60, 24)), ("vi", (60, 24))])
async def test_the_sample_message_leaves_the_keys_in_sight(default_db: Path, lang: str, size: tuple[int, int]) -> None:
    from textual.widgets._toast import Toast

    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(default_db)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        said = await said_soon(pilot, app, "hoptac ingest")
        assert "hoptac ingest FOLDER" in said or "hoptac ingest THƯ_MỤC" in said, said
        assert "--db" in said, said  # a database of one's own pages alone
        await pilot.pause(0.3)
        footer = screen_text(app).split("\n")[-1]
        assert ("? Trợ giúp" if lang == "vi" else "? Help") in footer, footer
        assert ("q Thoát" if lang == "vi" else "q Quit") in footer, footer
        toast = app.screen.query_one(Toast)
        assert toast.region.bottom <= size[1] - 1, toast.region  # not on the footer's line
        assert toast.region.height <= 3, toast.region  # a short message: the timeline stays in sight


async def test_a_later_message_takes_the_footers_line_again(default_db: Path) -> None:
    """Only while the sample's message shows does the message line sit above the keys."""
    from textual.widgets._toast import Toast

    app = make_app(default_db)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await said_soon(pilot, app, "hoptac ingest")
        await press(pilot, "o")  # nothing to do on the timeline: a key that says something
        app.screen.notify("saved", timeout=3)
        await pilot.pause(0.3)
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 1 and toasts[0].region.bottom == 24, [t.region for t in toasts]


# -- a day of unknown year, corrected -------------------------------------------------------------

async def _form_date(pilot, app, value: str) -> None:
    from textual.widgets import Input

    field = app.screen.query_one("#correct-date", Input)
    field.value = value
    await settle(pilot)


@pytest.mark.parametrize("typed", ["????-03-26", "26/3", "--03-26"])
async def test_the_form_saves_a_day_while_the_year_stays_unknown(tmp_path: Path, typed: str) -> None:
    from hoptac.core.store import corrections as corr
    from hoptac.core.store.segments import Store
    from hoptac.tui.screens.correct import CorrectScreen

    db = build_fixture_db(tmp_path / "hoptac.json")
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "?")
        ev = cursor_event(app)
        assert ev is not None and ev["date"].startswith("--") and ev["date"] != "--03-26", ev
        await press(pilot, "C")
        await _form_date(pilot, app, typed)
        await press(pilot, "enter")
        assert not isinstance(app.screen, CorrectScreen), screen_text(app)
        await settle(pilot)
        [shown] = [e for e in shown_events(app) if e["id"] == ev["id"]]
        assert (shown["date"], shown["precision"], shown["corrected"]) == ("--03-26", "day", True)
        await press(pilot, "enter", "i")
        assert "????-03-26 · day · year unknown" in screen_text(app), screen_text(app)
        assert f"the extraction said: date ????{ev['date'][1:]}" in screen_text(app)  # not "--MM-DD"
    [rec] = corr.list_corrections(Store(db))
    assert rec["set"] == {"date": "--03-26", "precision": "day"}


async def test_a_known_year_can_be_said_unknown(fixture_db: Path, tmp_path: Path) -> None:
    """A reader who knows the day but doubts the year the extraction gave ("a wrong year is
    the worst answer"): 2024-03-08 becomes ????-03-08."""
    db = build_fixture_db(tmp_path / "hoptac.json")
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2024")
        ev = cursor_event(app)
        await press(pilot, "C")
        await _form_date(pilot, app, "8/3")
        await press(pilot, "enter")
        await settle(pilot)
        [shown] = [e for e in shown_events(app) if e["id"] == ev["id"]]
        assert shown["date"] == "--03-08" and shown["extracted"]["date"] == ev["date"]


@pytest.mark.parametrize("typed,message", [("31/2", "no day 31"), ("????-13-01", "month 13"), ("????-03", "not a date")])
async def test_the_form_refuses_a_day_of_unknown_year_that_cannot_be(tmp_path: Path, typed: str, message: str) -> None:
    from hoptac.tui.screens.correct import CorrectScreen

    app = make_app(build_fixture_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "?")
        await press(pilot, "C")
        await _form_date(pilot, app, typed)
        await press(pilot, "enter")
        assert isinstance(app.screen, CorrectScreen)
        assert message in screen_text(app), screen_text(app)


def test_parse_changes_reads_a_day_of_unknown_year() -> None:
    from hoptac.core.store import corrections as corr
    from hoptac.core.store.query import FilterError

    for typed in ("26/3", "26/03", "????-03-26", "--03-26", "26/3/????", "２６/３"):
        assert corr.parse_changes(date=typed) == {"date": "--03-26", "precision": "day"}, typed
    assert corr.parse_changes(date="29/2")["date"] == "--02-29"  # some year has it
    assert corr.parse_changes(date="3/2019") == {"date": "2019-03", "precision": "month"}  # as before
    assert corr.parse_changes(date="26/3", date_end="28/3")["date_end"] == "--03-28"
    with pytest.raises(FilterError, match="before the date"):
        corr.parse_changes(date="26/3", date_end="20/3")
    with pytest.raises(FilterError, match="before the date"):  # an end alone, against the event's day
        corr.check_range({"date": "--03-26"}, {"date_end": "--03-20"})
    for bad in ("30/2", "26/13", "????-03", "--03"):
        with pytest.raises(FilterError):
            corr.parse_changes(date=bad)


# -- the key that corrects, in the detail's footer --------------------------------------------

@pytest.mark.parametrize("lang,words", [("en", "C Correct"), ("vi", "C Sửa")])
async def test_the_detail_footer_shows_the_correction_key_at_80_columns(fixture_db: Path, lang: str,
                                                                       words: str) -> None:
    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        footer = screen_text(app).split("\n")[-1]
        assert words in footer, footer
        assert ("q Thoát" if lang == "vi" else "q Quit") in footer, footer


# -- a person of one year, said once ----------------------------------------------------------

def test_a_strip_of_one_year_says_the_year_once() -> None:
    from hoptac.tui.screens.people import years_strip

    assert str(years_strip({2022: 1})) == "2022 █"
    two = str(years_strip({2021: 1, 2023: 2}))
    assert two.startswith("2021 ") and two.endswith(" 2023"), two


async def test_the_people_dialog_says_a_single_year_once(fixture_db: Path) -> None:
    app = make_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        seen = set()
        for _ in range(12):
            seen.add(str(app.screen.query_one("#people-info").visual).split("\n")[-1])
            await press(pilot, "down")
        for line in seen:
            words = line.split(" ")
            assert not (words[0].isdigit() and words[0] == words[-1]), line  # "2022 █ 2022"
        assert any(line.split(" ")[0].isdigit() and line.endswith("█") for line in seen), seen


def test_the_command_line_takes_a_day_of_unknown_year(tmp_path: Path) -> None:
    """``hoptac correct --date 26/3`` as the form takes it; ``hoptac events`` shows ????-03-26."""
    from click.testing import CliRunner

    from hoptac.core.library import Library
    from hoptac.tui.cli import main

    db = build_fixture_db(tmp_path / "hoptac.json")
    index = Library.open(db).index
    ev = next(index.events[r] for r in range(len(index)) if str(index.events[r]["date"]).startswith("--"))
    result = CliRunner().invoke(main, ["correct", "--db", str(db), ev["id"], "--date", "26/3"])
    assert result.exit_code == 0, result.output
    index = Library.open(db).index
    [now] = [index.events[r] for r in range(len(index)) if index.events[r]["id"] == ev["id"]]
    assert (now["date"], now["precision"], now["extracted"]["date"]) == ("--03-26", "day", ev["date"])
    result = CliRunner().invoke(main, ["correct", "--db", str(db), ev["id"], "--date", "31/2"])
    assert result.exit_code == 2 and "no day 31" in result.output, result.output


async def test_the_partners_of_one_year_say_the_year_once(tmp_path: Path) -> None:
    """Partners seen in a single year: the title said "strips 2006–2006"."""
    from textual.widgets import Static

    app = make_app(_merged_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "P")
        await pilot.pause(0.2)
        await settle(pilot)
        title = str(app.screen.query_one("#partners-title", Static).visual)
        assert "strips 2006" in title and "2006–2006" not in title, title


def test_the_partners_table_of_one_year_names_it_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import click.testing
    from click.testing import CliRunner

    from hoptac.tui.cli import main

    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True)  # the table, not JSON
    db = _merged_db(tmp_path / "hoptac.json")
    result = CliRunner().invoke(main, ["--lang", "en", "partners", "--db", str(db), "phu yen"])
    assert result.exit_code == 0 and "Bình Định" in result.output, result.output
    assert "2006–2006" not in result.output and "2006" in result.output, result.output


async def test_a_database_of_one_event_is_not_all_1_events(tmp_path: Path) -> None:
    app = make_app(_merged_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = screen_text(app).split("\n")[0]
        assert bar.startswith(" 1 event in all · #1"), bar


@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_the_correction_forms_labels_wrap_at_60_columns(fixture_db: Path, lang: str) -> None:
    """"Các bên (hai bên, cách nhau bằng dấu phẩy; không cần dấu" lost its end at 60 columns."""
    from textual.widgets import Label

    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(fixture_db)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "C")
        for label in app.screen.query(Label):
            text = str(label.visual)
            assert label.size.width * label.size.height >= len(text), (text, label.size)
        assert ("không cần dấu)" if lang == "vi" else "accents optional)") in " ".join(
            line.strip("│ ") for line in screen_text(app).split("\n")), screen_text(app)


async def test_folded_runs_with_only_blank_lines_between_are_one_note(tmp_path: Path) -> None:
    """A page's menu (before the body) and a caption line marked apart, with a blank line
    between: "┄ 1 line …", a blank line, "┄ 2 lines …" stood one above the other."""
    from hoptac.core.store.segments import IngestItem, Store
    from hoptac.tui.widgets.detail import DetailPane

    text = ("Trang chủ | Thời sự\n\nẢnh: tư liệu\nChú thích ảnh\n\nNgày 5/6/2021, hai huyện ký kết nghĩa "
            "giữa huyện Mường Khương và huyện Tiền Hải.\n\nTin liên quan\n")
    art = make_article("qa20/folds.txt", text, body=("Ảnh: tư liệu", "Tin liên quan"),
                       boilerplate=["Ảnh: tư liệu\nChú thích ảnh"])
    ev = make_event(art, "Ngày 5/6", "2021-06-05", "signing", [("Lào Cai", "tỉnh", "Lào Cai"),
                                                                ("Thái Bình", "tỉnh", "Thái Bình")])
    path = tmp_path / "hoptac.json"
    Store(path).apply([IngestItem(art, [ev])])
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        pre = str(app.screen.query_one(DetailPane).query_one("#art-pre").visual)
        assert pre.count("┄ ") == 1 and "3 lines not part of the article" in pre, pre
        await press(pilot, "o")  # shown: each run behind its gutter, as before
        pre = str(app.screen.query_one(DetailPane).query_one("#art-pre").visual)
        assert "┆ Trang chủ | Thời sự" in pre and "┆ Chú thích ảnh" in pre, pre


def test_a_persons_title_keeps_a_place_name_on_one_line() -> None:
    """The people dialog at 60 columns: "… Chủ tịch HĐND tỉnh Thanh" then "Hóa"."""
    from hoptac.tui.screens.people import title_lines

    title = "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Thanh Hóa"
    lines = [str(c) for c in title_lines([{"title": title, "first": None, "last": None, "events": 1}], 56, 4)]
    assert len(lines) == 2 and lines[1].strip() == "Thanh Hóa", lines


@pytest.mark.parametrize("year,axis", [(2022, "▲2022: 1  2024"), (2024, "2022    ▲2024: 2"), (None, "2022   2024")])
def test_the_histograms_last_year_stays_by_its_bar(year, axis: str) -> None:
    """Three years of bars at 80 columns: "2024" stood at the 80th column, far from its bar."""
    from hoptac.tui.widgets.histogram import YearHistogram

    histogram = YearHistogram()
    histogram.counts = {2022: 1, 2024: 2, None: 2}
    histogram.year = year
    bars, bar_w, gap = histogram._layout(80 - 5)
    assert str(histogram._axis(bars, bar_w, gap, 80)) == axis


def test_a_histogram_of_one_year_names_it_once() -> None:
    from hoptac.tui.widgets.histogram import YearHistogram

    histogram = YearHistogram()
    histogram.counts = {2006: 1}
    bars, bar_w, gap = histogram._layout(80)
    assert str(histogram._axis(bars, bar_w, gap, 80)) == "2006"
