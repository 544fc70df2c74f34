"""Round 25 (late25pair): a foreign city of the gazetteer's city table (scripts/gazetteer_cities,
CITIES and TOWNS) is the pair itself where the page does not name its region beside it, and its
region where it does ("thành phố X, tỉnh Y", "X (tỉnh Y)", "X thuộc tỉnh Y", or "X là thành phố
của tỉnh Y"); the party keeps the city either way. The corpus's reading: the highest unit the
page names for the partner (b18 keeps "Yeoncheon", its region named only apart). The
localities across the border (FOREIGN_LOCALITIES proper) stay in their province. The city as a
pair entry works in the store: the filters (--province, --pair, the 2025 map) and the
province lists. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from extract_support import HEAD, main_event
from hoptac.core import places
from hoptac.core.ingest import ingest_paths
from hoptac.core.store.query import parse_pair, parse_province
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main


def _foreign(event: dict) -> dict:
    return next(p for p in event["parties"] if p.get("country"))


# --- named alone: the city ------------------------------------------------------------------

@pytest.mark.parametrize("body, city", [
    # a delegation of the city, its country in parentheses
    ("Sáng 12/9, đoàn đại biểu thành phố Cheonan (Hàn Quốc) do Thị trưởng dẫn đầu đến thăm và làm việc "
     "với tỉnh Thái Bình.", "Cheonan"),
    # "TP" and the country after a comma
    ("Chiều 3/4, UBND tỉnh Bắc Giang và chính quyền TP Ansan, Hàn Quốc ký kết bản ghi nhớ hợp tác.", "Ansan"),
    # a Japanese city
    ("Ngày 20/5, thành phố Hải Phòng tiếp đoàn công tác thành phố Kitakyushu (Nhật Bản).", "Kitakyushu"),
])
def test_a_foreign_city_named_alone_is_the_pair(body: str, city: str) -> None:
    ev = main_event(HEAD + body)
    assert city in ev["pair"] and city in ev["pair_2025"]
    assert _foreign(ev)["name"] == city and _foreign(ev)["province"] == city


def test_another_event_of_the_page_reads_the_city_alike() -> None:
    from hoptac.core.extract.article import parse_article
    from hoptac.core.extract.events import extract_events

    events, _ = extract_events(parse_article(
        "Thái Bình tiếp đoàn thành phố Cheonan (Hàn Quốc)\n\nSáng 12/9/2019, tỉnh Thái Bình tiếp đoàn đại biểu "
        "thành phố Cheonan (Hàn Quốc) đến thăm và làm việc.\n\nTrước đó, ngày 3/5/2017, tỉnh Thái Bình và thành "
        "phố Cheonan (Hàn Quốc) đã ký kết biên bản ghi nhớ hợp tác.\n"), article_id="t", source="t.txt")
    assert len(events) == 2
    assert all(sorted(e["pair"]) == ["Cheonan", "Thái Bình"] for e in events)
    assert all(p["province"] == "Cheonan" for e in events for p in e["parties"] if p.get("country"))


def test_its_region_named_apart_is_not_its_home() -> None:
    # b18's shape: the region is another, prospective partner, not the city's named home
    ev = main_event(HEAD + "Sáng 12/9, đoàn đại biểu thành phố Ansan (Hàn Quốc) đến thăm và làm việc với "
                    "tỉnh Bắc Giang.\n\nHai bên cũng bàn việc mở rộng hợp tác với tỉnh Gyeonggi trong thời "
                    "gian tới.\n")
    assert sorted(ev["pair"]) == ["Ansan", "Bắc Giang"]


def test_a_city_as_the_venue_leaves_the_region_named_as_partner() -> None:
    # the city apart from its region, as the venue: the region the lead names stays the partner
    ev = main_event(HEAD + "Ngày 5/6/2023, đoàn công tác tỉnh Bắc Ninh đến thăm và làm việc với tỉnh Gyeonggi "
                    "(Hàn Quốc). Buổi làm việc diễn ra tại thành phố Suwon (Hàn Quốc).")
    assert sorted(ev["pair"]) == ["Bắc Ninh", "Gyeonggi"]


# --- named with its region: the region ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Sáng 12/9, đoàn đại biểu thành phố Cheonan, tỉnh Chungcheongnam (Hàn Quốc) đến thăm tỉnh Thái Bình.",
    "Sáng 12/9, đoàn đại biểu thành phố Cheonan (tỉnh Chungcheongnam, Hàn Quốc) đến thăm tỉnh Thái Bình.",
    "Sáng 12/9, đoàn đại biểu thành phố Cheonan thuộc tỉnh Chungcheongnam (Hàn Quốc) đến thăm tỉnh Thái Bình.",
])
def test_a_foreign_city_named_with_its_region_is_its_region(body: str) -> None:
    ev = main_event(HEAD + body)
    assert sorted(ev["pair"]) == ["Chungcheongnam", "Thái Bình"]
    assert _foreign(ev) == {"name": "Cheonan", "level": "thành phố", "province": "Chungcheongnam",
                            "country": "Hàn Quốc"}


def test_its_region_named_beside_it_once_holds_for_every_mention() -> None:
    # alone in the headline, with its region in the lead: the region
    ev = main_event("Thái Bình hợp tác với thành phố Cheonan, Hàn Quốc\n\nSáng 12/9, tỉnh Thái Bình và thành "
                    "phố Cheonan, tỉnh Chungcheongnam (Hàn Quốc) ký kết biên bản ghi nhớ.\n")
    assert sorted(ev["pair"]) == ["Chungcheongnam", "Thái Bình"]


def test_a_city_said_to_be_of_its_region_is_its_region() -> None:
    ev = main_event(HEAD + "Sáng 12/9, tỉnh Thái Bình tiếp đoàn đại biểu thành phố Cheonan (Hàn Quốc).\n\n"
                    "Thành phố Cheonan là một đô thị lớn của tỉnh Chungcheongnam, có nhiều khu công nghiệp.\n")
    assert sorted(ev["pair"]) == ["Chungcheongnam", "Thái Bình"]


# --- across the border: the province, as before -------------------------------------------------

@pytest.mark.parametrize("body, province", [
    ("Sáng 12/9, huyện Bát Xát tiếp đoàn công tác huyện Hà Khẩu (Trung Quốc).", "Vân Nam"),
    ("Sáng 12/9, tỉnh Lạng Sơn tiếp đoàn công tác thành phố Bằng Tường (Trung Quốc).", "Quảng Tây"),
    ("Sáng 12/9, huyện Quế Phong tiếp đoàn công tác huyện Sầm Tớ (Lào).", "Hủa Phăn"),
])
def test_a_locality_across_the_border_named_alone_stays_in_its_province(body: str, province: str) -> None:
    assert province in main_event(HEAD + body)["pair"]


# --- the city as a pair entry in the store -----------------------------------------------------

ARTICLE = ("Hải Dương ký kết hợp tác với thành phố Suwon\n\n"
           "Chiều 26/2/2024, UBND tỉnh Hải Dương và chính quyền thành phố Suwon (Hàn Quốc) ký kết bản ghi nhớ "
           "hợp tác giáo dục và thương mại.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("city")
    (root / "a").mkdir()
    (root / "a" / "suwon.txt").write_text(ARTICLE, encoding="utf-8")
    path = root / "db.json"
    ingest_paths(Store(path), [root / "a"])
    return path


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_a_typed_city_is_the_city() -> None:
    assert parse_province("suwon") == "Suwon" and parse_province("Xu-uôn") == "Suwon"
    assert parse_pair("suwon, hai duong") == ("Hải Dương", "Suwon")
    assert places.to_2025("Suwon") == "Suwon"
    assert parse_province("ha khau") == "Vân Nam"   # across the border: its province


@pytest.mark.parametrize("args", [["--province", "suwon"], ["--pair", "hai duong,suwon"],
                                  ["--province", "suwon", "--map", "2025"],
                                  ["--pair", "hai phong,suwon", "--map", "2025"]])
def test_the_cli_filters_on_the_city(db: Path, args: list[str]) -> None:
    result = _run("events", "--json", "--db", str(db), *args)
    assert result.exit_code == 0, result.output
    (ev,) = orjson.loads(result.output)
    assert ev["pair"] == ["Hải Dương", "Suwon"] and ev["pair_2025"] == ["Hải Phòng", "Suwon"]


def test_the_province_lists_hold_the_city(db: Path) -> None:
    pairs = _run("pairs", "--json", "--db", str(db))
    assert orjson.loads(pairs.output) == [{"pair": ["Hải Dương", "Suwon"], "count": 1}]
    partners = _run("partners", "suwon", "--json", "--db", str(db))
    assert partners.exit_code == 0 and [p["partner"] for p in orjson.loads(partners.output)] == ["Hải Dương"]
    assert _run("events", "--db", str(db), "--province", "gyeonggi").exit_code == 0   # its region: no event, no error


async def test_the_app_pair_picker_takes_the_city(db: Path) -> None:
    from app_support import make_app, press, settle, shown_events, type_text

    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        await type_text(pilot, "suwon, hai duong")
        await press(pilot, "enter")
        assert app.screen.flt.pair == ("Hải Dương", "Suwon")
        assert [e["date"] for e in shown_events(app)] == ["2024-02-26"]
