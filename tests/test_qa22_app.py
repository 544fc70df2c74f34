"""The app as the QA helper of round twenty-two found it (appqa22), at 80x24, 60x20 and
120x40 on about 310 real pages: letters typed in the same read as a Tab, the command
palette in Vietnamese asked in English, the titles' room beside a wide detail, and a
Vietnamese official's home province. (Every sentence here is written for the test.)"""

from __future__ import annotations

from pathlib import Path

from app_support import cursor_event, make_app, make_article, make_event, press, screen_text, settle, shown_events
from hoptac.core.store.segments import IngestItem, Store

LC_YB = [("Lào Cai", "tỉnh", "Lào Cai"), ("Yên Bái", "tỉnh", "Yên Bái")]


def _db(path: Path) -> Path:
    one = make_article("qa22/sign.txt", "Lào Cai và Yên Bái ký kết hợp tác phát triển du lịch vùng cao\n\n"
                       "Chiều 20/5/2019, hai tỉnh Lào Cai và Yên Bái đã ký kết chương trình hợp tác giai đoạn mới.\n")
    sign = make_event(one, "Chiều 20/5", "2019-05-20", "signing", LC_YB, date_text="Chiều 20/5/2019")
    two = make_article("qa22/visit.txt", "Lào Cai đón đoàn công tác tỉnh Yên Bái sang thăm và làm việc\n\n"
                       "Ngày 9/7/2019, lãnh đạo tỉnh Lào Cai đã đón đoàn công tác tỉnh Yên Bái sang thăm.\n")
    visit = make_event(two, "Ngày 9/7", "2019-07-09", "visit", LC_YB, date_text="Ngày 9/7/2019")
    Store(path).apply([IngestItem(one, [sign]), IngestItem(two, [visit])])
    return path


# -- letters typed in the same read as a Tab go to the field Tab moves to ---------------------

async def test_letters_after_a_tab_in_one_read_go_to_the_next_field(tmp_path: Path) -> None:
    """Over SSH "lao cai", Tab, "yen" typed quickly arrive together: the "yen" went into the
    Pair field (the Tab went up to the screen, which moved the focus after the letters)."""
    from textual import events
    from textual.widgets import Input

    db = _db(tmp_path / "hoptac.json")
    typed = [*((c if c != " " else "space", c) for c in "lao cai"), ("tab", None), *((c, c) for c in "yen"),
             ("tab", None), ("2", "2"), ("0", "0"), ("shift+tab", None), ("shift+tab", None), ("end", None),
             ("comma", ","), ("space", " "), ("y", "y")]
    got = []
    for together in (True, False):
        app = make_app(db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await press(pilot, "f")
            for key, char in typed:
                app.post_message(events.Key(key, char))  # posted at once, as one read of the terminal gives them
                if not together:
                    await pilot.pause(0.05)  # one by one
            await pilot.pause(0.2)
            form = app.screen
            got.append([form.query_one(f"#{wid}", Input).value for wid in ("f-pair", "f-province", "f-since")])
            assert app.focused is form.query_one("#f-pair", Input)
    assert got[0] == got[1] == ["lao cai, y", "yen", "20"], got


# -- the palette in Vietnamese finds the English names of the commands -------------------------

async def _palette_hits(pilot, app, query: str, expect: str) -> list[str]:
    """The palette's hits for ``query`` once the first is ``expect`` (it searches in the
    background), or after three seconds whatever they are."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*(c if c != " " else "space" for c in query))
    listed = app.screen.query_one(CommandList)

    def hits() -> list[str]:
        return [str(getattr(p, "plain", p)) for p in (listed.get_option_at_index(i).prompt
                                                     for i in range(listed.option_count))]

    for _ in range(60):
        if hits() and hits()[0].startswith(expect):
            break
        await pilot.pause(0.05)
    return hits()


async def test_the_vietnamese_palette_finds_commands_typed_in_english(tmp_path: Path, vietnamese) -> None:
    """Without a Vietnamese keyboard a user of `--lang vi` types "export", "filter", "quit":
    nothing was found (the palette matched the Vietnamese names only)."""
    from hoptac.tui.screens.filters import FilterScreen

    app = make_app(_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        hits = await _palette_hits(pilot, app, "export", "Xuất khung đang xem")
        assert hits and hits[0].split("\n")[0] == "Xuất khung đang xem… (Export current view…)", hits
        await press(pilot, "escape")
        hits = await _palette_hits(pilot, app, "all filters", "Lọc: mọi bộ lọc")
        assert hits and hits[0].startswith("Lọc: mọi bộ lọc…"), hits
        await press(pilot, "enter")
        assert isinstance(app.screen, FilterScreen)
        await press(pilot, "escape")
        hits = await _palette_hits(pilot, app, "quit", "Thoát")
        assert hits and hits[0].startswith("Thoát"), hits
        await press(pilot, "escape")
        hits = await _palette_hits(pilot, app, "xuat", "Xuất khung đang xem")  # folded Vietnamese, as before
        assert hits and hits[0].split("\n")[0] == "Xuất khung đang xem…", hits  # no English said
        await press(pilot, "escape")
        hits = await _palette_hits(pilot, app, "signing", "Loại: ký kết")  # a quick filter by its English
        assert hits and hits[0].split("\n")[0] == "Loại: ký kết", hits
        await press(pilot, "enter")
        assert app.screen.flt.type == "signing"


# -- side by side, the timeline keeps a readable title ------------------------------------------

async def test_the_wide_detail_leaves_the_titles_a_readable_column(tmp_path: Path) -> None:
    """At 120x40 the detail took 45% and the titles got 18 cells ("Lào Cai và Yên Bái…"): the
    timeline keeps 78 columns (its title column as at 80x24), the detail the rest; from 160
    columns the detail has its 45% as before."""
    from rich.cells import cell_len

    from hoptac.tui.widgets.detail import DetailPane
    from hoptac.tui.widgets.timeline import Timeline

    db = _db(tmp_path / "hoptac.json")
    for width, detail in ((120, 41), (140, 61), (160, 71)):
        app = make_app(db)
        async with app.run_test(size=(width, 40)) as pilot:
            await settle(pilot)
            assert app.screen.query_one(DetailPane).size.width == detail
            assert app.screen.query_one(Timeline).size.width == width - detail - 1
            [row] = [x for x in screen_text(app).splitlines() if x[:14].lstrip("▶ ~").startswith("2019-05-20")]
            title = row[row.index("Lào Cai và"):row.index("▏")].rstrip()
            assert cell_len(title) >= (28 if width < 160 else 36), row


# -- a person's province read from their events is never a foreign partner ----------------------

def _envoys_db(path: Path) -> Path:
    """Trần Văn Kiên (his title names no province) at Chăm-pa-sắc's meetings with Bình Định
    and with Kon Tum; Hà Văn Lộc (nor his) at two of Lạng Sơn's with Quảng Tây."""
    ls_qt = [("Lạng Sơn", "tỉnh", "Lạng Sơn"), ("Quảng Tây", "khu tự trị", "Quảng Tây")]
    items = []
    for i, (partner, day) in enumerate((("Bình Định", 3), ("Kon Tum", 9))):
        art = make_article(f"qa22/cps{i}.txt", f"{partner} và Chăm-pa-sắc hội đàm\n\nNgày {day}/4/2018, đoàn "
                           f"tỉnh Chăm-pa-sắc hội đàm với tỉnh {partner}; ông Trần Văn Kiên, Phó Chủ tịch, dự.\n")
        items.append(IngestItem(art, [make_event(
            art, f"Ngày {day}/4", f"2018-04-0{day}", "conference",
            [(partner, "tỉnh", partner), ("Chăm-pa-sắc", "tỉnh", "Chăm-pa-sắc")],
            people=[("Trần Văn Kiên", "Phó Chủ tịch UBND tỉnh")])]))
    for day in (5, 6):
        art = make_article(f"qa22/ls{day}.txt", f"Lạng Sơn và Quảng Tây hội đàm lần {day}\n\nNgày {day}/6/2019, "
                           "ông Hà Văn Lộc, Phó Bí thư Tỉnh ủy, dự hội đàm với Khu tự trị Quảng Tây.\n")
        items.append(IngestItem(art, [make_event(art, f"Ngày {day}/6", f"2019-06-0{day}", "conference", ls_qt,
                                                 people=[("Hà Văn Lộc", "Phó Bí thư Tỉnh ủy")])]))
    Store(path).apply(items)
    return path


def test_a_province_read_from_the_events_is_never_a_foreign_partner(tmp_path: Path) -> None:
    """An official whose title names no province, seen only at Lạng Sơn's meetings with Quảng
    Tây, read "Lạng Sơn or Quảng Tây"; one seen with Chăm-pa-sắc and two Vietnamese provinces
    read "Chăm-pa-sắc" (their one party in common): a home province is Vietnamese."""
    from hoptac.core.library import Library
    from hoptac.core.store.people import people_of

    index = Library.open(_envoys_db(tmp_path / "hoptac.json")).index
    found = {p["name"]: p for p in people_of(index, range(len(index)), places=True)}
    assert found["Hà Văn Lộc"]["province"] is None and found["Hà Văn Lộc"]["shared"] == ["Lạng Sơn"]
    assert found["Trần Văn Kiên"]["shared"] == []  # was ["Chăm-pa-sắc"]


async def test_the_province_from_the_events_is_never_cut_across_two_lines(tmp_path: Path, vietnamese) -> None:
    """At 60 columns in Vietnamese the people view read "…(không chức danh nào ghi): Lạng"
    then "Sơn"."""
    app = make_app(_envoys_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        await pilot.press(*"van loc")
        await pilot.pause(0.2)
        await settle(pilot)
        lines = [x.strip("│ ") for x in screen_text(app).splitlines()]
        said = [i for i, x in enumerate(lines) if x.startswith("Tỉnh theo các sự kiện")]
        assert said, lines
        assert "Lạng Sơn" in lines[said[0]] or lines[said[0] + 1].startswith("Lạng Sơn"), lines[said[0]:said[0] + 2]

# -- the detail says when a page was published as people write it --------------------------------

def test_the_publication_date_is_written_as_people_write_it() -> None:
    """"published 2022-04-27T00:00" in the detail's Source row: midnight is a page that gave
    no time."""
    from hoptac.tui.widgets.detail_rows import published_line

    assert published_line("2022-04-27T00:00") == published_line("2022-04-27T00:00:00") == "2022-04-27"
    assert published_line("2022-04-27T14:35") == published_line("2022-04-27T14:35:10+07:00") == "2022-04-27 14:35"
    assert published_line("2022-04-27") == "2022-04-27" and published_line("2022") == "2022"


async def test_the_detail_says_the_day_a_page_was_published(tmp_path: Path) -> None:
    art = make_article("qa22/pub.txt", "Lào Cai và Yên Bái ký kết hợp tác\n\nChiều 20/5/2019, hai tỉnh Lào Cai "
                       "và Yên Bái đã ký kết chương trình hợp tác.\n", published="2019-05-21T00:00:00")
    ev = make_event(art, "Chiều 20/5", "2019-05-20", "signing", LC_YB, date_text="Chiều 20/5/2019")
    path = tmp_path / "hoptac.json"
    Store(path).apply([IngestItem(art, [ev])])
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        if "Source" not in screen_text(app):
            await press(pilot, "i")
        text = screen_text(app)
        assert "published 2019-05-21" in text and "T00:00" not in text, text


# -- a filter's error puts the focus on the field it is about -------------------------------------

async def test_a_filters_error_takes_the_keyboard_to_its_field(tmp_path: Path) -> None:
    """The reason was said under the form, the focus left where it was (on Apply, or the
    Level list): a keyboard's user was Shift+Tabs away from the field to fix."""
    from textual.widgets import Input, Static

    app = make_app(_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        form = app.screen
        for wid, value, said in (("f-pair", "ha giang", "a pair is two names"),
                                 ("f-province", "atlantis", "no province matches"),
                                 ("f-until", "2019-13", "not a date"), ("f-since", "2020", "is after"),
                                 ("f-search", ".*[(", "nothing to search for")):
            for other in ("f-pair", "f-province", "f-since", "f-until", "f-search"):
                form.query_one(f"#{other}", Input).value = ""
            form.query_one(f"#{wid}", Input).value = value
            if wid == "f-since":
                form.query_one("#f-until", Input).value = "2019"
            line = form.query_one("#filter-error", Static)
            line.update("")
            apply = form.query_one("#apply")
            apply.focus()
            for _ in range(100):  # the focus moves a message later (Enter must reach the button, not the field
                # left), and a Button ignores a press for 0.2 s after the last one (its "-active" effect)
                if app.focused is apply and not apply.has_class("-active"):
                    break
                await pilot.pause(0.05)
            assert app.focused is apply, (wid, app.focused)
            await press(pilot, "enter")
            field = form.query_one(f"#{wid}", Input)
            for _ in range(100):  # the button's message reaches the form a few messages later (slow under load)
                if app.focused is field and str(line.visual).startswith("✗") and said in str(line.visual):
                    break
                await pilot.pause(0.1)
            error = str(line.visual)
            assert app.screen is form and error.startswith("✗") and said in error, (wid, error)
            assert app.focused is form.query_one(f"#{wid}", Input), (wid, app.focused)


# -- letters typed in the same read as the key that opens a dialog go to the dialog -------------

async def test_letters_after_a_dialogs_key_in_one_read_go_to_the_dialog(tmp_path: Path) -> None:
    """Over SSH "/du lich" or "t2019" typed quickly arrive together: the prompt opened empty
    (the letters had been handed to the timeline before the "/" opened it, and were lost)."""
    from textual import events
    from textual.widgets import Input

    db = _db(tmp_path / "hoptac.json")
    for opener, typed, field in (("slash", "du lich", None), ("t", "2019", None), ("f", "lao cai", "#f-pair")):
        app = make_app(db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.post_message(events.Key(opener, "/" if opener == "slash" else opener))
            for c in typed:  # posted at once, as one read of the terminal gives them
                app.post_message(events.Key(c if c != " " else "space", c))
            await pilot.pause(0.3)
            await settle(pilot)
            got = app.screen.query_one(field or Input, Input)
            assert got.value == typed, (opener, got.value)


# -- keys typed after Enter in one read wait for the dialog to read the Enter -------------------

async def test_keys_after_enter_in_one_read_wait_for_the_dialog(tmp_path: Path) -> None:
    """"p", "lao cai", Enter, "yen bai", Enter typed quickly left the pair dialog open ("yen
    bai" went into the field before the dialog read "lao cai", and was lost); "t2019-05",
    Enter, "j" went to May's event but the "j" (to the next) was lost in the closed prompt."""
    from textual import events

    from hoptac.core.store.query import Filter
    from hoptac.tui.screens.main import MainScreen

    db = _db(tmp_path / "hoptac.json")
    named = {"slash": "/", "space": " ", "enter": "\r"}
    for typed, flt, at in ((["p", *"lao cai", "enter", *"yen bai", "enter"], Filter(pair=("Lào Cai", "Yên Bái")), 0),
                           (["t", *"2019-05", "enter", "j"], Filter(), 1)):
        app = make_app(db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            for key in typed:  # posted at once, as one read of the terminal gives them
                key = "space" if key == " " else key
                app.post_message(events.Key(key, named.get(key, key)))
            await pilot.pause(0.5)
            await settle(pilot)
            assert isinstance(app.screen, MainScreen) and app.screen.flt == flt, (typed, app.screen)
            shown = shown_events(app)
            assert len(shown) == 2 and cursor_event(app) == shown[at], (typed, cursor_event(app))


# -- the 2025 map's notice says what changes --------------------------------------------------------

async def test_the_2025_maps_notice_says_the_rows_keep_the_articles_names(tmp_path: Path) -> None:
    """"provinces and pairs as named now": pressing m the rows did not change (filters, counts
    and partners do), and the notice read as if they had."""
    from app_support import said_soon

    app = make_app(_db(tmp_path / "hoptac.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "m")
        said = await said_soon(pilot, app, "Today's map")
        assert "the rows keep the articles' names" in said and "as named now" not in said, said
