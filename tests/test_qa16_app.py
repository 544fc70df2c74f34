"""The app as the sixteenth QA round found it at 80x24 (appqa16): messages that stacked
up over the timeline when keys came quickly, warnings cut before they said what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, make_app, make_article, make_event, press, screen_text, settle
from hoptac.core.store.segments import IngestItem, Store

SIZE = (80, 24)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("qa16") / "hoptac.json")


async def _drawn(pilot, app, needle: str) -> list[str]:
    lines = screen_text(app).splitlines()
    for _ in range(40):  # a message is drawn on a later refresh
        if any(needle in line for line in lines):
            break
        await pilot.pause(0.05)
        lines = screen_text(app).splitlines()
    return lines


async def test_messages_sent_before_the_first_arrives_still_take_one_line(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        before = screen_text(app).splitlines()
        # what three quick keys do: each handler sends its message before the first arrives
        for n in ("first", "second", "third"):
            app.notify(f"the {n} quick message")
        await settle(pilot)
        after = await _drawn(pilot, app, "third quick")
        assert len(app._notifications) == 1
        assert "the third quick message" in after[-1]
        assert not any("first quick" in line or "second quick" in line for line in after)
        assert after[:-1] == before[:-1]  # the timeline is not covered


@pytest.mark.parametrize("severity", ["warning", "error"])
async def test_a_warning_at_80_columns_is_shown_to_its_end(db: Path, severity: str) -> None:
    app = make_app(db)
    reason = ("Not saved: cannot lock /home/someone/research/provinces/cooperation/hoptac.json.lock: "
              "Permission denied; ask for write access to that folder")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        app.notify(reason, severity=severity, markup=False)
        await settle(pilot)
        lines = await _drawn(pilot, app, "Not saved")
        shown = " ".join(line.strip(" ▌") for line in lines if line.strip())
        assert "ask for write access to that folder" in shown
        assert "Permission denied" in shown
        assert len(lines) == 24 and lines[0].startswith(" All")  # the filter bar stays


async def test_an_information_message_that_fits_takes_only_the_footer_line(db: Path) -> None:
    # (a longer one wraps onto the lines above it, said whole: appqa18, test_qa18_app.py)
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        before = screen_text(app).splitlines()
        app.notify("Copied the event as JSON (1,612 characters) to the clipboard")
        await settle(pilot)
        after = await _drawn(pilot, app, "Copied the event")
        assert after[:-1] == before[:-1]
        assert "to the clipboard" in after[-1]


def _opening_sentence_db(path: Path) -> Path:
    """One article whose first line is the event's sentence (no headline before it), as
    many scraped pages are, and one whose sentence comes after a headline."""
    items = []
    first = ("Ngày 5/6/2021, tỉnh Lào Cai và tỉnh Yên Bái ký kết chương trình hợp tác du lịch.\n\n"
             "Hai bên thống nhất trao đổi đoàn công tác mỗi năm.\n")
    art = make_article("qa16/opening.txt", first, title="Lào Cai – Yên Bái ký kết", body=("Ngày", None))
    items.append(IngestItem(art, [make_event(art, "Ngày 5/6/2021", "2021-06-05", "signing",
                                             [("Lào Cai", "tỉnh", "Lào Cai"), ("Yên Bái", "tỉnh", "Yên Bái")])]))
    later = ("Hà Giang và Hà Nội làm việc\n\nSáng 7/8/2022, đoàn công tác tỉnh Hà Giang làm việc tại Hà Nội.\n")
    art = make_article("qa16/later.txt", later, body=("Hà Giang", None))
    items.append(IngestItem(art, [make_event(art, "Sáng 7/8/2022", "2022-08-07", "visit",
                                             [("Hà Giang", "tỉnh", "Hà Giang"), ("Hà Nội", "thành phố", "Hà Nội")])]))
    Store(path).apply(items)
    return path


def _gap_under_heading(lines: list[str], first_words: str) -> int:
    heading = next(i for i, line in enumerate(lines) if "── Article ──" in line)
    text = next(i for i, line in enumerate(lines) if first_words in line and i > heading)
    return text - heading - 1


@pytest.mark.parametrize("date,first_words", [("2021-06-05", "Ngày 5/6/2021"), ("2022-08-07", "Hà Giang và Hà Nội")])
async def test_one_blank_line_between_the_article_heading_and_the_article(tmp_path: Path, date, first_words) -> None:
    db = _opening_sentence_db(tmp_path / "hoptac.json")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        if date.startswith("2022"):
            await press(pilot, "down")
        await press(pilot, "enter")
        await settle(pilot)
        await press(pilot, "g")  # the top: the fields, the heading and the article's start
        await settle(pilot)
        assert _gap_under_heading(screen_text(app).splitlines(), first_words) == 1


async def test_the_help_explains_the_histograms_cues(db: Path) -> None:
    """The line above the timeline shows "?:N" and "▲2019: 11"; the help says what they are."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        top = screen_text(app).splitlines()[:3]
        assert any("?:" in line for line in top) and any("▲" in line for line in top)
        await press(pilot, "question_mark")
        await press(pilot, "end")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert any("▁▂▄█ ?:42" in line for line in lines) and any("▲2019: 11" in line for line in lines)
        text = " ".join(" ".join(line.strip("│ ").split()) for line in lines)  # the help wraps
        assert "?:N events whose year is unknown" in text
        assert "the selected event's year" in text


async def test_the_help_says_the_2025_map_leaves_the_rows_names_as_written(db: Path) -> None:
    """`m` changes filters, counts and partners, not the names in the rows (README: Today's
    map); the help read as if the names changed."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        found = ""
        for _ in range(8):
            lines = screen_text(app).splitlines()
            text = " ".join(" ".join(line.strip("│ ").split()) for line in lines)
            if "34 units" in text:
                found = text
                break
            await press(pilot, "pagedown")
        assert "rows keep the articles' names" in found
