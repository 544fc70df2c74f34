"""The detail pane says where an event's year came from (its ``year_cue``), literally."""

from __future__ import annotations

from pathlib import Path

from app_support import cursor_event, goto_date, make_app, settle
from click.testing import CliRunner
from hoptac.tui.cli import main
from hoptac.tui.widgets.detail import DetailPane, year_cue_line

ARTICLE = ("Hai tỉnh bàn phương hướng hợp tác\n\nChiều 18/2, tại thành phố Yên Bái diễn ra hội nghị "
           "giữa tỉnh Yên Bái và tỉnh Lào Cai bàn phương hướng hợp tác năm 2023.\n")


def test_year_cue_line():
    ev = {"date": "2023-02-18", "year_cue": {"text": "phương hướng hợp tác năm 2023", "span": [1, 2]}}
    assert year_cue_line(ev) == "year 2023 from 'phương hướng hợp tác năm 2023'"
    assert year_cue_line({"date": "--02-18", "year_cue": None}) == ""
    assert year_cue_line({"date": "2023-02-18"}) == ""          # events stored before year_cue


async def test_the_detail_pane_shows_the_year_cue_as_plain_text(tmp_path: Path) -> None:
    art = tmp_path / "in" / "bai.txt"
    art.parent.mkdir()
    art.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "hoptac.json"
    assert CliRunner().invoke(main, ["--db", str(db), "ingest", str(art.parent)]).exit_code == 0
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await goto_date(pilot, "2023", open_detail=True)
        assert cursor_event(app)["date"] == "2023-02-18"
        fields = str(app.screen.query_one(DetailPane).query_one("#fields").render())
        assert "year 2023 from 'phương hướng hợp tác năm 2023'" in fields
