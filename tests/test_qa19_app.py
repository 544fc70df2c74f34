"""The app as the nineteenth QA round found it at 80x24 and 60x24 (appqa19): the first-run
sample database said to be a sample (and how to add one's own pages), the people dialog's
count said in words and a person's province from their events when their title names
none, the keys from inside a dialog (F1), and the help's examples whole at 60 columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, make_app, press, said_soon, screen_text, settle, type_text


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("qa19f") / "hoptac.json")


def _bar(app) -> str:
    return screen_text(app).split("\n")[0]


# -- the sample database is said to be one ---------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_the_first_run_sample_is_labelled_and_says_how_to_ingest(default_db: Path, lang: str) -> None:
    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(default_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        sample = "bộ mẫu" if lang == "vi" else "bundled sample"
        assert sample in _bar(app), _bar(app)
        said = await said_soon(pilot, app, "hoptac ingest")
        assert "hoptac ingest" in said and ("5" in said and "9" in said), said
        assert "hoptac ingest --db" in said  # a database of one's own pages alone: the sample stays otherwise
        await press(pilot, "question_mark")  # the help says it too, above the keys
        top = screen_text(app).split("\n")[:8]
        assert any("hoptac ingest" in line for line in top), top


async def test_a_named_database_of_the_same_articles_is_no_sample(seeded: Path) -> None:
    """``--db`` names the user's own database: never called a sample, whatever it holds."""
    app = make_app(seeded)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "sample" not in _bar(app) and _bar(app).startswith(" All 9 events")
        assert not any("ingest" in str(n.message) for n in app._notifications)


async def test_the_sample_is_no_longer_one_once_other_pages_are_added(default_db: Path, tmp_path: Path) -> None:
    from hoptac.core.library import Library
    from hoptac.tui.sample import sample_articles

    assert sample_articles(Library.open(default_db)) == 5
    other = tmp_path / "own.json"
    build_fixture_db(other)
    assert sample_articles(Library.open(other)) == 0  # not the default database


# -- the people dialog: its count in words, a province from the events -------------------------

def _people_lines(app) -> list[str]:
    from textual.widgets import OptionList

    options = app.screen.query_one("#people-options", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_the_people_title_says_what_it_counts(fixture_db: Path, lang: str) -> None:
    from textual.widgets import Static

    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        n = len(_people_lines(app))
        title = str(app.screen.query_one("#people-title", Static).visual)
        words = "người được nêu tên" if lang == "vi" else ("people named" if n != 1 else "person named")
        assert f"{n} {words}" in title, title
        await type_text(pilot, "dang xuan phong")
        title = str(app.screen.query_one("#people-title", Static).visual)
        assert ("1 người được nêu tên" if lang == "vi" else "1 person named") in title, title


def test_the_provinces_every_event_of_a_person_shares(seeded: Path) -> None:
    """The seeds name people whose title names no province ("Phó Bí thư Tỉnh ủy"): at two
    events that share Lào Cai, Lào Cai; at one Lào Cai – Yên Bái event, both."""
    from hoptac.core.library import Library
    from hoptac.core.store.people import people_of

    index = Library.open(seeded).index
    found = {p["name"]: p for p in people_of(index, range(len(index)), places=True)}
    plain = {p["name"]: p for p in people_of(index, range(len(index)))}
    assert all("shared" not in p for p in plain.values())  # the command line's JSON: unchanged
    giang = found["Hoàng Giang"]
    assert giang["province"] is None and giang["events"] == 2 and giang["shared"] == ["Lào Cai"]
    long_ = found["Tạ Văn Long"]
    assert long_["province"] is None and long_["events"] == 1 and long_["shared"] == ["Lào Cai", "Yên Bái"]
    assert "shared" not in found["Mai Đình Định"]  # the title names Lào Cai: the province, as before
    # within a filter: only the events shown count (the one Lào Cai – Thái Bình event)
    ranks = [r for r in range(len(index)) if index.events[r]["date"].startswith("2024")]
    within = {p["name"]: p for p in people_of(index, ranks, places=True)}
    assert within["Hoàng Giang"]["shared"] == ["Lào Cai", "Thái Bình"]


async def test_the_people_dialog_shows_the_province_from_the_events(seeded: Path) -> None:
    app = make_app(seeded)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        lines = {line.split(" · ")[0]: line for line in _people_lines(app)}
        assert "Hoàng Giang · Lào Cai  2 events" in lines["Hoàng Giang"], lines  # dim, italic: from the events
        assert "Tạ Văn Long · Lào Cai or Yên Bái  1 event" in lines["Tạ Văn Long"], lines
        assert "Mai Đình Định · Lào Cai  1 event" in lines["Mai Đình Định"], lines
        assert not any("province unknown" in line for line in lines.values()), lines
        info = str(app.screen.query_one("#people-info").visual)  # the first: Đặng Xuân Phong, from the events
        assert info.startswith("Province from their events (no title names it): Lào Cai"), info
        await press(pilot, "down", "down", "down", "down", "down", "down")  # Mai Đình Định: his title names it
        assert "Province from" not in str(app.screen.query_one("#people-info").visual)


# -- the keys from inside a dialog -----------------------------------------------------------

@pytest.mark.parametrize("dialog", ["w", "p", "f", "P", "t", "e", "C"])
async def test_f1_shows_the_keys_over_a_dialog_and_closes_again(fixture_db: Path, dialog: str) -> None:
    from hoptac.tui.screens.help import HelpScreen

    app = make_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, dialog)
        under = app.screen
        assert not isinstance(under, HelpScreen)
        assert "F1 keys" in screen_text(app)  # said on the dialog's bottom edge
        await press(pilot, "f1")  # a field has the focus: ? would be typed, F1 is not
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "In this dialog" in text and "Esc" in text, text
        assert "main screen" in text
        await press(pilot, "f1")
        assert app.screen is under  # back in the dialog, as it was


async def test_f1_on_the_main_screen_is_the_help_as_question_mark(fixture_db: Path) -> None:
    from hoptac.tui.screens.help import HelpScreen

    app = make_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen) and "In this dialog" not in screen_text(app)
        assert any(keys == "F1" for _t, rows in app.screen.rows() for keys, _w in rows)  # listed, with what it does
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)


# -- the help at 60 columns: every key and example whole ---------------------------------------

@pytest.mark.parametrize("lang,width", [("en", 60), ("vi", 60), ("en", 80)])
async def test_the_helps_keys_and_examples_never_wrap_in_their_column(fixture_db: Path, lang: str,
                                                                     width: int) -> None:
    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(fixture_db)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        keys = list(app.screen.query(".help-key"))
        assert keys
        for key in keys:
            assert key.size.height == 1, (str(key.visual), key.size)
        shown = [str(k.visual) for k in keys]
        assert "Luổng N… – Vĩnh Phúc" in shown  # whole, on a line of its own
        beside = [text for k, text in zip(keys, shown) if not k.has_class("help-key-long")]
        assert all(len(text) <= 14 for text in beside), beside  # two cells at least before what it does
        assert ("họp ký thăm" if lang == "vi" else "conf sign visit") in shown


def test_a_person_whose_events_share_no_province_stays_unknown(tmp_path: Path) -> None:
    """Named at a Lào Cai – Yên Bái event and at a Hà Nội – Hưng Yên one, with a title that
    names neither: no province is shared, none is said."""
    from app_support import make_article, make_event
    from hoptac.core.library import Library
    from hoptac.core.store.people import people_of
    from hoptac.core.store.segments import IngestItem, Store

    items = []
    for i, (a, b) in enumerate([("Lào Cai", "Yên Bái"), ("Hà Nội", "Hưng Yên")]):
        text = f"Hai địa phương bàn hợp tác {i}\n\nNgày 9/3/202{i}, ông Lê Văn Bình, Phó Trưởng ban, dự buổi làm việc.\n"
        art = make_article(f"qa19/moving{i}.txt", text, body=("Ngày", None))
        items.append(IngestItem(art, [make_event(art, "Ngày 9/3", f"202{i}-03-09", "conference",
                                                 [(a, "tỉnh", a), (b, "tỉnh", b)],
                                                 people=[("Lê Văn Bình", "Phó Trưởng ban")])]))
    path = tmp_path / "hoptac.json"
    Store(path).apply(items)
    index = Library.open(path).index
    (person,) = people_of(index, range(len(index)), places=True)
    assert person["province"] is None and person["events"] == 2 and person["shared"] == []


@pytest.mark.parametrize("person,said", [
    ({"province": "Hà Nội"}, " · Hà Nội"),
    ({"province": None, "shared": ["Lào Cai"]}, " · Lào Cai"),
    ({"province": None, "shared": ["Lào Cai", "Yên Bái"]}, " · Lào Cai or Yên Bái"),
    ({"province": None, "shared": ["Hà Nội", "Lào Cai", "Yên Bái"]}, " · province unknown"),
    ({"province": None, "shared": []}, " · province unknown"),
    ({"province": None}, " · province unknown"),
])
def test_what_the_people_dialog_says_of_a_province(person: dict, said: str) -> None:
    from hoptac.tui.screens.people import _province

    assert str(_province(person)) == said


# -- the correction form shows a day of unknown year as the rest of the app does ------------

async def test_the_correction_form_shows_an_unknown_year_as_question_marks(tmp_path: Path) -> None:
    from textual.widgets import Input

    from app_support import cursor_event, goto_date

    db = build_fixture_db(tmp_path / "hoptac.json")
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "?")
        ev = cursor_event(app)
        assert ev is not None and ev["date"].startswith("--"), ev
        await press(pilot, "C")
        date = app.screen.query_one("#correct-date", Input).value
        assert date == "????" + ev["date"][1:], date  # as the timeline shows it, not "--MM-DD"
        type_ = app.screen.query_one("#correct-type", Input)
        type_.value = "other" if ev["type"] != "other" else "visit"
        await press(pilot, "enter")  # the date left as it was shown: not read, not refused
        assert not app.screen.query("#correct-date"), screen_text(app)
        assert cursor_event(app)["date"] == ev["date"]


# -- the partners view's title says what it counts, as the people view's now does --------------

@pytest.mark.parametrize("lang,words", [("en", "partners in"), ("vi", "đối tác trong")])
async def test_the_partners_title_says_what_it_counts(fixture_db: Path, lang: str, words: str) -> None:
    from textual.widgets import OptionList, Static

    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "P")
        await pilot.pause(0.2)
        await settle(pilot)
        n = app.screen.query_one(OptionList).option_count
        title = str(app.screen.query_one("#partners-title", Static).visual)
        assert n > 1 and f"{n} {words}" in title, title


# -- the people dialog's titles: wrapped under their own start, the strip always shown ---------

def _t(title: str, year: str) -> dict:
    return {"title": title, "first": year, "last": year, "events": 1}


def test_a_long_title_wraps_under_its_own_start() -> None:
    from hoptac.tui.screens.people import title_lines

    long_ = "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh"
    lines = [str(c) for c in title_lines([_t("Phó Chủ tịch UBND tỉnh", "2019"), _t(long_, "2023")], 56, 4)]
    assert lines[0] == "        2019  Phó Chủ tịch UBND tỉnh"
    assert lines[1].startswith("        2023  Ủy viên")
    assert len(lines) == 4 and all(line.startswith(" " * 14) and line[14] != " " for line in lines[2:]), lines
    assert " ".join(line.strip() for line in lines[1:]) == "2023  " + long_
    assert all(len(line) <= 56 for line in lines)


def test_the_latest_titles_are_kept_within_the_room() -> None:
    from hoptac.tui.screens.people import title_lines

    titles = [_t(f"Chức vụ số {i} của một người", str(2010 + i)) for i in range(6)]
    lines = [str(c) for c in title_lines(titles, 72, 4)]
    assert [line.split()[0] for line in lines] == ["2012", "2013", "2014", "2015"]  # the latest four
    one = [str(c) for c in title_lines([_t("rất dài " * 60, "2020")], 40, 4)]
    assert len(one) == 4 and one[-1].endswith("…")  # cut, so the strip below still shows


async def test_the_people_info_keeps_its_strip_at_60_columns(seeded: Path) -> None:
    """The seeds' first person has two titles longer than a line: at 60 columns each took
    two lines from the years' column, and the strip of their events was cut off."""
    app = make_app(seeded)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        lines = [line.strip("│ ").rstrip("│") for line in screen_text(app).split("\n")]
        at = next(i for i, line in enumerate(lines) if line.startswith("2024  Ủy viên"))  # the latest title
        raw = screen_text(app).split("\n")
        assert raw[at + 1].split("│")[1].startswith(" " * 15), raw[at:at + 5]  # under the title, not the years
        assert any("2023 ██ 2024" in line for line in lines[at:at + 5]), raw[at:at + 5]


@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_the_people_list_fits_a_line_a_person_at_60_columns(seeded: Path, lang: str) -> None:
    """A province from the events adds no words to the list's line (it is dim and italic;
    the lines below the list say where it comes from): a line a person at 60 columns."""
    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(seeded)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        inside = [line.split("│")[1].strip() for line in screen_text(app).split("\n")[6:] if "│" in line]
        rows = inside[: inside.index("")]  # the list, down to the blank line above the info
        assert len(rows) >= 5 and all(" · " in row for row in rows), rows  # no line wrapped
        info = str(app.screen.query_one("#people-info").visual).split("\n")
        assert len(info) <= 5 and "█" in info[-1], info


async def test_f1_over_the_command_palette_says_its_keys_in_vietnamese(fixture_db: Path) -> None:
    from hoptac.tui import i18n
    from hoptac.tui.screens.help import HelpScreen

    i18n.set_language("vi")
    app = make_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        said = [what for _t, rows in app.screen.rows()[:1] for _k, what in rows]
        assert "Đóng bảng lệnh" in said and "Lệnh sau" in said, said  # Textual's words, translated


def test_two_shared_provinces_in_the_alphabets_order(tmp_path: Path) -> None:
    """Đ is a letter after D: "Đà Nẵng or Quảng Nam", not after Z as code points sort it."""
    from app_support import make_article, make_event
    from hoptac.core.library import Library
    from hoptac.core.store.people import people_of
    from hoptac.core.store.segments import IngestItem, Store

    text = "Hai địa phương bàn hợp tác\n\nNgày 9/3/2021, ông Lê Văn Bình, Chủ tịch UBND thành phố, dự buổi làm việc.\n"
    art = make_article("qa19/two.txt", text, body=("Ngày", None))
    ev = make_event(art, "Ngày 9/3", "2021-03-09", "conference",
                    [("Quảng Nam", "tỉnh", "Quảng Nam"), ("Đà Nẵng", "thành phố", "Đà Nẵng")],
                    people=[("Lê Văn Bình", "Chủ tịch UBND thành phố")])
    path = tmp_path / "hoptac.json"
    Store(path).apply([IngestItem(art, [ev])])
    index = Library.open(path).index
    (person,) = people_of(index, range(len(index)), places=True)
    assert person["shared"] == ["Đà Nẵng", "Quảng Nam"]


@pytest.mark.parametrize("lang,want", [("en", "People · filter: person Đặng Xuân Phong"),
                                       ("vi", "Nhân vật · lọc: nhân vật Đặng Xuân Phong")])
async def test_the_people_title_names_the_filter_as_the_bar_does(fixture_db: Path, lang: str, want: str) -> None:
    """Under a person filter the title read "People in person Đặng Xuân Phong"."""
    from textual.widgets import Static

    from hoptac.core.store.query import Filter
    from hoptac.tui import i18n

    i18n.set_language(lang)
    app = make_app(fixture_db, initial=Filter(person="Đặng Xuân Phong"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        title = str(app.screen.query_one("#people-title", Static).visual)
        assert title.startswith(want), title
