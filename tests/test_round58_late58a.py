"""Round 58, late58a: a lunar day restating a solar one after "nhằm" or before a year named by its stem and branch
is no occasion (core/extract/verdict_shapes.py, LUNAR_RESTATED and the sexagenary year); a body's name in capitals
over the headline is chrome (core/extract/header_banners.py, ORGANISATION_BANNERS); a page-type label glued before
the headline is cut (core/extract/viewing_label.py, GLUED_LABELS); a trip told one paragraph a day is one event
from its first day to its last (core/extract/trip_days.py, day_by_day). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.header_banners import ORGANISATION_BANNERS
from hoptac.core.extract.trip_days import day_by_day
from hoptac.core.extract.verdict_shapes import LUNAR_RESTATED
from hoptac.core.extract.verdicts import judge
from hoptac.core.extract.viewing_label import GLUED_LABELS
from hoptac.core.text import fold


# --- the lunar day after "nhằm", or before a year's stem and branch -----------------------------------------

_HEAD = "Hội Chữ thập đỏ huyện Phú An trao quà cho bà con vùng lũ tỉnh Lạng Sơn\n\n"


@pytest.mark.parametrize("lunar", ["(nhằm ngày 28/08/ Quý Mão)", "(nhằm ngày 28/08 năm Quý Mão)",
                                   "(nhằm ngày 28/8 âm lịch)", "nhằm ngày 28/08/Quý Mão"])
def test_a_lunar_day_after_nham_is_no_occasion(lunar):
    page = (_HEAD + "Hội Chữ thập đỏ huyện Phú An (tỉnh Thanh Hà) vừa tổ chức chuyến thiện nguyện lên vùng cao.\n\n"
            f"Chiều ngày 12/10/2023 {lunar}, đoàn trao 300 suất quà cho bà con xã Tân Lập, tỉnh Lạng Sơn.\n")
    e = main_event(page)
    assert e["date"] == "2023-10-12" and e["date_end"] is None


def _verdicts(text: str) -> dict[str, str]:
    readings = judge(text, fold(text), find_dates(text), title_span=(0, 0), lead=(0, len(text)), teasers=[],
                     captions=[], paragraphs=[(0, len(text))])
    return {r.mention.text: r.verdict for r in readings}


@pytest.mark.parametrize("text, lunar", [
    ("Chiều ngày 12/10/2023 (nhằm ngày 28/08/ Quý Mão), đoàn trao quà cho xã Tân Lập.", "ngày 28/08"),
    ("Chiều ngày 12/10/2023 (nhằm ngày 28/08 năm Quý Mão), đoàn trao quà cho xã Tân Lập.", "ngày 28/08"),
    ("Hôm nay ngày 5/2/2022 nhằm ngày 5/1 năm Nhâm Dần, nhà chùa đón đoàn huyện bạn.", "ngày 5/1"),
])
def test_the_lunar_day_is_read_lunar(text, lunar):
    v = _verdicts(text)
    assert v[lunar] == "lunar" and [k for k, x in v.items() if x == "event"] != []


def test_counter_a_solar_day_before_nham_of_a_purpose_stays_an_occasion():
    v = _verdicts("Ngày 12/10/2023, đoàn trao quà nhằm hỗ trợ bà con; ngày 14/10/2023 đoàn về huyện.")
    assert set(v.values()) == {"event"}


def test_the_rule_tables_name_their_shapes():
    assert {n for n, _, _ in LUNAR_RESTATED} == {"tuc_bracket", "nham_after_day"}
    assert all(ex for _, _, ex in ORGANISATION_BANNERS) and all(ex for _, ex in GLUED_LABELS)


def test_a_lunar_bracket_does_not_hide_the_clause_comma():
    # "Theo đó, sáng 12/10/2023 (nhằm …), đoàn …": the day opens its clause as "sáng 12/10/2023, đoàn …" would
    # (clause_start), over a day after "vào" (after_event_word); on the base the bracket hid the comma
    page = (_HEAD + "Theo đó, sáng ngày 12/10/2023 (nhằm ngày 28/08/ Quý Mão), đoàn Hội Chữ thập đỏ huyện Phú An "
            "trao 300 suất quà cho xã Tân Lập, tỉnh Lạng Sơn và sẽ trở về huyện vào ngày 14/10/2023.\n")
    assert main_event(page)["date"] == "2023-10-12"


def test_counter_nham_of_a_purpose_is_no_lunar_day():
    # "nhằm" of a purpose, no solar day right before it: the day is read as before
    page = (_HEAD + "Sáng 12/10/2023, Hội Chữ thập đỏ huyện Phú An trao quà nhằm hỗ trợ bà con xã Tân Lập, tỉnh "
            "Lạng Sơn khắc phục hậu quả lũ.\n")
    assert main_event(page)["date"] == "2023-10-12"


def test_counter_a_solar_day_restating_a_lunar_one_stays():
    # "mùng 6 Tết (tức 15/2)": the bracket gives the lunar day's solar day, as before
    page = (_HEAD + "Sáng mùng 6 Tết (tức 15/2/2024), lãnh đạo huyện Phú An sang thăm, chúc Tết huyện Tân Lập, "
            "tỉnh Lạng Sơn.\n")
    assert main_event(page)["date"] == "2024-02-15"


# --- a body's name in capitals over the headline ----------------------------------------------------------

_ORG_PAGE = ("{banner}\n\nCác đoàn thiện nguyện huyện Phú An trao quà cho bà con vùng lũ tỉnh Lạng Sơn\n\n"
             "Hưởng ứng lời kêu gọi của Ban Trị sự, sáng ngày 12/10/2023, đoàn thiện nguyện tỉnh Thanh Hà đã trao "
             "500 suất quà cho bà con xã Tân Lập, tỉnh Lạng Sơn bị ảnh hưởng bởi lũ quét.\n")


@pytest.mark.parametrize("banner", ["GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH THANH HÀ", "ỦY BAN NHÂN DÂN HUYỆN PHÚ AN",
                                    "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ TÂN AN"])
def test_a_body_name_in_capitals_over_the_headline_is_chrome(banner):
    art = parse_article(_ORG_PAGE.format(banner=banner))
    assert art.title.startswith("Các đoàn thiện nguyện")


def test_counter_an_all_capitals_headline_that_tells_an_occasion_stays():
    art = parse_article(_ORG_PAGE.format(banner="ỦY BAN NHÂN DÂN TỈNH THANH HÀ TIẾP ĐOÀN TỈNH LẠNG SƠN"))
    assert art.title.startswith("ỦY BAN NHÂN DÂN TỈNH THANH HÀ TIẾP")


def test_counter_a_body_name_in_ordinary_case_stays_the_headline():
    art = parse_article(_ORG_PAGE.format(banner="Giáo hội Phật giáo Việt Nam tỉnh Thanh Hà"))
    assert art.title.startswith("Giáo hội Phật giáo Việt Nam tỉnh Thanh Hà")


def test_counter_a_banner_over_another_capitals_line_stays():
    page = ("GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH THANH HÀ\n\nĐOÀN THIỆN NGUYỆN TRAO QUÀ CHO BÀ CON VÙNG LŨ\n\n"
            "Sáng ngày 12/10/2023, đoàn thiện nguyện tỉnh Thanh Hà đã trao 500 suất quà cho bà con xã Tân Lập, "
            "tỉnh Lạng Sơn bị ảnh hưởng bởi lũ quét.\n")
    assert parse_article(page).title.startswith("GIÁO HỘI PHẬT GIÁO")


# --- a page-type label glued before the headline -----------------------------------------------------------

_LEAD = ("\nSáng ngày 12/10/2023, đoàn thiện nguyện tỉnh Thanh Hà đã trao 500 suất quà cho bà con xã Tân Lập, "
         "tỉnh Lạng Sơn bị ảnh hưởng bởi lũ quét.\n")


@pytest.mark.parametrize("label", ["Chi tiết tin tức", "Tin chi tiết"])
def test_a_glued_page_label_is_cut_from_the_headline(label):
    art = parse_article(f"{label} Đoàn thiện nguyện tỉnh Thanh Hà trao quà cho bà con tỉnh Lạng Sơn" + _LEAD)
    assert art.title.startswith("Đoàn thiện nguyện tỉnh Thanh Hà")
    assert art.text[art.title_span[0]:].startswith("Đoàn thiện nguyện")


def test_counter_a_headline_opening_with_the_words_in_lower_case_stays_whole():
    art = parse_article("Chi tiết tin tức về chuyến thiện nguyện của tỉnh Thanh Hà lên tỉnh Lạng Sơn" + _LEAD)
    assert art.title.startswith("Chi tiết tin tức về chuyến")


# --- a trip told one paragraph a day ------------------------------------------------------------------------

_TRIP_LEAD = (_HEAD + "Hưởng ứng lời kêu gọi của tỉnh, đoàn thiện nguyện huyện Phú An (tỉnh Thanh Hà) đã lên đường "
              "trao quà cho bà con vùng lũ các tỉnh miền núi phía Bắc.\n\n")
_DAY1 = "Theo đó, sáng ngày 12/10/2023, đoàn trao 300 suất quà cho bà con xã Tân Lập, tỉnh Lạng Sơn.\n\n"
_DAY2 = "Ngày 13/10/2023, đoàn trao 200 suất quà cho học sinh nghèo tại huyện Văn Lãng, tỉnh Lạng Sơn.\n\n"
_DAY3 = "Ngày 14/10/2023, đoàn đến xã Hòa Bình, tỉnh Cao Bằng để trao 400 suất quà cho bà con.\n"


def test_a_trip_told_day_by_day_is_one_event():
    e = main_event(_TRIP_LEAD + _DAY1 + _DAY2 + _DAY3)
    assert (e["date"], e["date_end"]) == ("2023-10-12", "2023-10-14")


def test_a_trip_told_day_by_day_with_lunar_days():
    page = _TRIP_LEAD + _DAY1.replace("2023,", "2023 (nhằm ngày 28/08/ Quý Mão),") + \
        _DAY2.replace("2023,", "2023 (nhằm ngày 29/08/ Quý Mão)") + _DAY3
    e = main_event(page)
    assert (e["date"], e["date_end"]) == ("2023-10-12", "2023-10-14")


def test_counter_days_that_skip_one_are_no_trip():
    e = main_event(_TRIP_LEAD + _DAY1 + _DAY3)
    assert e["date_end"] is None


def test_counter_days_inside_a_paragraph_are_no_trip():
    page = _TRIP_LEAD + _DAY1.rstrip() + " " + _DAY2
    assert main_event(page)["date_end"] is None


def test_counter_another_date_between_the_days_breaks_the_run():
    page = _TRIP_LEAD + _DAY1 + "Trước đó, ngày 5/10/2023, huyện đã phát động quyên góp.\n\n" + _DAY2
    assert main_event(page)["date_end"] is None


def test_counter_a_single_dated_paragraph_gives_no_span():
    folded = fold(_TRIP_LEAD + _DAY1)
    mentions = find_dates(_TRIP_LEAD + _DAY1)
    assert day_by_day(folded, mentions[0], [], [(0, len(folded))]) is None
