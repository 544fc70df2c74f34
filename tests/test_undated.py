"""An article that tells an occasion between two localities but dates it nowhere keeps its
main event, without a date: the pair, the type and the people are still what it says. The
store, the command line and the app take such an event everywhere a dated one goes."""

from __future__ import annotations

import json

from click.testing import CliRunner

from hoptac.tui.cli import main as cli
from hoptac.tui.widgets.text import date_detail, format_date

from extract_support import main_event
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events

# sentences written for these tests: a signing, a visit, no date anywhere
SIGNING = ("Hai tỉnh Sơn La và Điện Biên ký kết chương trình hợp tác\n\n"
           "Tại thành phố Sơn La, lãnh đạo tỉnh Sơn La và tỉnh Điện Biên đã ký kết chương trình "
           "hợp tác phát triển du lịch và nông nghiệp giai đoạn tới.\n")
VISIT = ("Đoàn công tác tỉnh Quảng Trị thăm tỉnh Savannakhet\n\n"
         "Đoàn công tác tỉnh Quảng Trị do Phó Chủ tịch UBND tỉnh Nguyễn Văn An dẫn đầu đã thăm "
         "và làm việc tại tỉnh Savannakhet (Lào).\n")
ONE_PLACE = ("Tỉnh Sơn La phát triển du lịch\n\nTỉnh Sơn La đẩy mạnh phát triển du lịch cộng đồng "
             "ở các bản vùng cao.\n")


def test_an_undated_signing_keeps_its_pair_and_type():
    ev = main_event(SIGNING)
    assert ev["date"] is None and ev["precision"] == "none" and ev["year_source"] == "unknown"
    assert ev["year_cue"] is None and ev["date_text"] is None
    assert ev["type"] == "signing"
    assert sorted(ev["pair"]) == ["Sơn La", "Điện Biên"]


def test_an_undated_visit_abroad_keeps_the_foreign_party():
    ev = main_event(VISIT)
    assert ev["date"] is None and ev["type"] == "visit"
    assert "Quảng Trị" in ev["pair"] and len(ev["pair"]) == 2
    assert {p.get("country") for p in ev["parties"]} == {None, "Lào"}  # Savannakhet, in Laos


def test_one_place_and_no_date_is_no_event():
    events, warnings = extract_events(parse_article(ONE_PLACE), article_id="t", source="t.txt")
    assert events == [] and "no date found" in warnings


def test_a_dated_article_is_not_touched():
    ev = main_event(SIGNING.replace("Tại thành phố", "Sáng 12/3/2024, tại thành phố"))
    assert ev["date"] == "2024-03-12" and ev["precision"] == "day"


def test_the_timeline_shows_an_undated_event_as_such():
    ev = main_event(SIGNING)
    assert format_date(ev) == (" ", "????-??-??")
    assert "no date in the text" in date_detail(ev)


def test_undated_events_through_the_command_line(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    (src / "signing.txt").write_text(SIGNING, encoding="utf-8")
    (src / "dated.txt").write_text(VISIT.replace("đã thăm", "ngày 5/6/2023 đã thăm"), encoding="utf-8")
    db = str(tmp_path / "db.json")
    run = CliRunner().invoke
    res = run(cli, ["--db", db, "ingest", str(src)])
    assert res.exit_code == 0, res.output
    assert "kept without a date" in res.output
    rows = [json.loads(line) for line in run(cli, ["--db", db, "events", "--jsonl"]).output.splitlines()]
    assert sorted((r["date"] or "", r["source"].rsplit("/", 1)[-1]) for r in rows if r["main"]) == [
        ("", "signing.txt"), ("2023-06-05", "dated.txt")]
    # a date filter asks for dated events: the undated one is not in a period
    since = [json.loads(line) for line in run(cli, ["--db", db, "events", "--since", "2000", "--jsonl"]).output.splitlines()]
    assert [r["date"] for r in since if r["main"]] == ["2023-06-05"]
    pair = [json.loads(line) for line in run(cli, ["--db", db, "events", "--pair", "son la,dien bien", "--jsonl"]).output.splitlines()]
    assert [r["date"] for r in pair] == [None]
    out = tmp_path / "out.json"
    assert run(cli, ["--db", db, "export", "-o", str(out)]).exit_code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    events = exported["events"] if isinstance(exported, dict) else exported
    assert any(e["date"] is None and e["type"] == "signing" for e in events)
    assert run(cli, ["--db", db, "check"]).exit_code == 0
    pairs = run(cli, ["--db", db, "pairs", "--json"])
    assert pairs.exit_code == 0 and "Điện Biên" in pairs.output


async def test_the_app_shows_and_opens_an_undated_event(tmp_path):
    from app_support import cursor_event, make_app, press, screen_text, settle
    from hoptac.tui.widgets.detail import DetailPane

    src = tmp_path / "pages"
    src.mkdir()
    (src / "signing.txt").write_text(SIGNING, encoding="utf-8")
    (src / "dated.txt").write_text(VISIT.replace("đã thăm", "ngày 5/6/2023 đã thăm"), encoding="utf-8")
    db = tmp_path / "db.json"
    assert CliRunner().invoke(cli, ["--db", str(db), "ingest", str(src)]).exit_code == 0
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "end")
        assert cursor_event(app)["date"] is None  # undated events come last
        assert "????-??-??" in screen_text(app)
        await press(pilot, "enter")
        fields = str(app.screen.query_one(DetailPane).query_one("#fields").render())
        assert "no date in the text" in fields and "Điện Biên" in fields
        await press(pilot, "escape", "home")
        assert cursor_event(app)["date"] == "2023-06-05"


def test_explain_says_the_main_event_has_no_date(tmp_path):
    page = tmp_path / "signing.txt"
    page.write_text(SIGNING, encoding="utf-8")
    res = CliRunner().invoke(cli, ["explain", str(page)])
    assert res.exit_code == 0, res.output
    assert "none: the text dates no occasion" in res.output
    assert "kept without a date" in res.output and "signing" in res.output
