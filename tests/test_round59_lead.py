"""Round 59, the lead: a counted group of a country's provinces named by a compass region ("3 tỉnh Đông Bắc
(Campuchia)") is no place; a page whose only day is the lead's "Như tin đã đưa, hôm qua (…)" dates its occasion
by it (last_resort.reported_in_lead).

Our own sentences. The first of each pair fails before the change; the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.places import find_places


def _foreign(text: str) -> list[str]:
    return [c.name for m in find_places(text) for c in m.candidates[:1] if c.country != "Việt Nam"]


# -- a counted group: "N tỉnh <region> (country)" ------------------------------------------------------------------

FOLLOW_UP = ("Như tin đã đưa, hôm qua (14.7), sau khi thăm tỉnh Kratie (Vương quốc Campuchia), Đoàn đại biểu tỉnh "
             "Bình Phước do đồng chí Trần Văn Tư, Bí thư Tỉnh ủy làm Trưởng đoàn đã đến thăm, chào xã giao lãnh đạo "
             "tỉnh Mondulkiri (Vương quốc Campuchia). Chuyến thăm nhằm tăng cường kết nối giữa tỉnh Bình Phước "
             "(Việt Nam) với 3 tỉnh Đông Bắc (Vương quốc Campuchia).\n"
             "Tiếp đoàn có ông Sok Dara, Tỉnh trưởng tỉnh Mondulkiri.\n")


@pytest.mark.parametrize("text", [
    "Hai bên thúc đẩy kết nối giữa tỉnh A với 3 tỉnh Đông Bắc (Vương quốc Campuchia).",
    "Chương trình hợp tác với hai tỉnh Tây Nam (Lào) được ký năm ngoái.",
    "Đoàn đã làm việc với các tỉnh Bắc Lào.",
])
def test_a_counted_group_of_a_countrys_provinces_is_no_place(text):
    assert _foreign(text) == []


@pytest.mark.parametrize("text, name", [
    ("Đoàn công tác huyện Yeoncheon (Hàn Quốc) đến thăm tỉnh Đồng Tháp.", "Yeoncheon"),
    ("Đoàn đại biểu 3 tỉnh Attapeu (Lào) sang thăm.", "Át-tạ-pư"),
])
def test_one_named_unit_before_a_country_is_still_a_place(text, name):
    assert name in _foreign(text)


def test_the_follow_up_pair_is_the_visited_province_not_the_region():
    assert sorted(main_event(FOLLOW_UP)["pair"]) == ["Bình Phước", "Mondulkiri"]


# -- reported_in_lead: the page's only day -------------------------------------------------------------------------

def test_a_follow_up_whose_only_day_is_told_as_reported_is_dated_by_it():
    event = main_event(FOLLOW_UP)
    assert event["date"] == "--07-14"


def test_a_day_told_as_reported_yields_to_the_news_of_another_day():
    text = ("Như tin đã đưa, ngày 5/3, tỉnh Bình Phước đã tiếp đoàn đại biểu tỉnh Kratie (Campuchia). "
            "Sáng 9/3, đoàn đại biểu tỉnh Bình Phước đã đến thăm và làm việc tại tỉnh Kratie (Campuchia).\n"
            "Hai bên thống nhất tăng cường hợp tác.\n")
    assert main_event(text)["date"] == "--03-09"


def test_two_days_told_as_reported_give_no_date():
    text = ("Như tin đã đưa, ngày 5/3 và như báo đã đưa tin, ngày 6/3, đoàn đại biểu tỉnh Bình Phước đã thăm tỉnh "
            "Kratie (Campuchia).\nHai bên thống nhất tăng cường hợp tác.\n")
    assert main_event(text)["date"] in (None, "")


# -- a title ends before "chủ trì" / "đồng chủ trì", whatever is chaired --------------------------------------------

from extract_support import titles_of as _titles   # noqa: E402


@pytest.mark.parametrize("text, name, title", [
    ("Ông Lò Văn Sổm, Tỉnh trưởng tỉnh Bắc Sơn chủ trì buổi tiếp.", "Lò Văn Sổm", "Tỉnh trưởng tỉnh Bắc Sơn"),
    ("Ông Lê Văn Bình, Chủ tịch UBND tỉnh A chủ trì buổi làm việc.", "Lê Văn Bình", "Chủ tịch UBND tỉnh A"),
    ("Ông Lê Văn Bình, Tỉnh trưởng tỉnh Bắc Sơn đồng chủ trì hội nghị.", "Lê Văn Bình", "Tỉnh trưởng tỉnh Bắc Sơn"),
    ("Ông Lê Văn Bình, Tỉnh trưởng tỉnh Bắc Sơn chủ trì.", "Lê Văn Bình", "Tỉnh trưởng tỉnh Bắc Sơn"),
    ("Ông Lê Văn Bình, Tỉnh trưởng tỉnh Bắc Sơn đồng chỉ trì hội nghị.", "Lê Văn Bình", "Tỉnh trưởng tỉnh Bắc Sơn"),
])
def test_a_title_ends_before_the_verb_to_chair(text, name, title):
    assert _titles(text)[name] == title


@pytest.mark.parametrize("text, name, title", [
    ("Ông Lê Văn Bình, Chủ tịch UBND tỉnh A chủ trì hội nghị.", "Lê Văn Bình", "Chủ tịch UBND tỉnh A"),
    ("Ông Lê Văn Bình, Phó Chủ tịch Hội đồng nhân dân tỉnh phát biểu.", "Lê Văn Bình",
     "Phó Chủ tịch Hội đồng nhân dân tỉnh"),
    ("Ông Lê Văn Bình, Bí thư Huyện ủy Thanh Trì dự buổi lễ.", "Lê Văn Bình", "Bí thư Huyện ủy Thanh Trì"),
])
def test_titles_with_chủ_and_đồng_read_as_before(text, name, title):
    assert _titles(text)[name] == title


# -- "Nguyễn" (a family name) folds as "nguyên" (former): a list of names is no title -------------------------------

def test_a_list_of_names_gives_no_titles():
    text = "Vùng đất của các danh nhân như Lý Văn Phúc, Chu Văn Hòa, Nguyễn Văn Ngọc, Nguyễn Thị Lan…"
    assert all(t == "" for t in _titles(text).values())


@pytest.mark.parametrize("text, name, title", [
    ("Có mặt ông Hà Văn Sáu, Nguyên Bí thư Tỉnh ủy.", "Hà Văn Sáu", "Nguyên Bí thư Tỉnh ủy"),
    ("Có ông Hà Văn Sáu, nguyên Phó Chủ tịch UBND tỉnh.", "Hà Văn Sáu", "nguyên Phó Chủ tịch UBND tỉnh"),
])
def test_a_former_holders_title_still_reads(text, name, title):
    assert _titles(text)[name] == title


# -- a capitalised honorific before a foreign name with a title is no part of the name ------------------------------

@pytest.mark.parametrize("text, name, title", [
    ("Hai bên trao đổi quà.\nÔng Sổm Xay Phăn, Bí thư Tỉnh ủy tỉnh Bắc Sơn chúc mừng.", "Sổm Xay Phăn",
     "Bí thư Tỉnh ủy tỉnh Bắc Sơn"),
    ("Ông Kim Min Soo - Phó Thị trưởng thành phố Bắc Sơn phát biểu.", "Kim Min Soo", "Phó Thị trưởng thành phố Bắc Sơn"),
])
def test_a_capitalised_honorific_before_a_foreign_name_is_dropped(text, name, title):
    assert _titles(text) == {name: title}


@pytest.mark.parametrize("text, people", [
    ("Bà Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh phát biểu.", {"Nguyễn Thị Lan": "Phó Chủ tịch UBND tỉnh"}),
    ("Bà Rịa Vũng Tàu là tỉnh ven biển.", {}),
])
def test_names_with_honorifics_read_as_before(text, people):
    assert _titles(text) == people


def test_a_chinese_consultative_conference_is_in_the_title():
    text = "Đoàn hội kiến với ông Lưu Văn Đông, Phó Chủ tịch Chính hiệp tỉnh Quảng Tây."
    assert _titles(text)["Lưu Văn Đông"] == "Phó Chủ tịch Chính hiệp tỉnh Quảng Tây"


# -- a Lao name of five syllables; a photo's position note; "Tỉnh ủy viên" --------------------------------------------

@pytest.mark.parametrize("text, name, title", [
    ("Đoàn do đồng chí Khăm Ta Sổm Vông Sả, Tỉnh ủy viên, Giám đốc Sở Lao động tỉnh làm Trưởng đoàn.",
     "Khăm Ta Sổm Vông Sả", "Tỉnh ủy viên, Giám đốc Sở Lao động tỉnh"),
    ("Đồng chí Hà Văn Tám (bên trái), Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh A tặng quà.", "Hà Văn Tám",
     "Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh A"),
    ("Ông Lê Văn Bình (thứ hai từ trái sang), Chủ tịch UBND tỉnh A tặng hoa.", "Lê Văn Bình", "Chủ tịch UBND tỉnh A"),
    ("Có ông Lê Văn Sả, Huyện ủy viên, Chủ tịch UBND xã.", "Lê Văn Sả", "Huyện ủy viên, Chủ tịch UBND xã"),
])
def test_long_names_position_notes_and_committee_members_keep_their_titles(text, name, title):
    assert _titles(text)[name] == title


@pytest.mark.parametrize("text, people", [
    ("Ông Lê Văn Bình (Bắc Sơn), Chủ tịch.", {"Lê Văn Bình": ""}),   # a place in brackets is no position note
    ("Tiếp đoàn có đồng chí Khăm Phăn Phôm Ma Thắt cùng các thành viên.", {"Khăm Phăn Phôm Ma": ""}),
])
def test_without_a_title_after_them_names_read_as_before(text, people):
    assert _titles(text) == people


# -- results_until: results counted up to a month of a year date the report (year_spans) -----------------------------

from extract_support import main_event as _main_of   # noqa: E402

_REVIEW_LEAD = ("Trong hai ngày 12 và 13-9, tại TP Bắc Sơn, UBND tỉnh Bắc Sơn tổ chức hội nghị hợp tác giữa tỉnh Bắc Sơn "
                "và tỉnh Nam Hà (Lào). Hội nghị đã đánh giá kết quả đạt được từ hội nghị lần thứ 5 tại tỉnh Nam Hà "
                "tháng 10-2015 đến tháng 9-2016 trên các lĩnh vực thương mại, du lịch.\n")
_AS_OF = ("Sáng 14/5, đoàn công tác tỉnh Bắc Sơn đã làm việc với thành phố Nam Ninh (Trung Quốc). Tính đến hết tháng "
          "4-2023, kim ngạch thương mại giữa hai địa phương đạt 300 triệu USD.\n")


def test_a_reviewed_span_up_to_a_month_dates_the_report():
    assert _main_of(_REVIEW_LEAD)["date"] == "2016-09-12"


def test_figures_as_of_a_month_stay_a_lower_bound():
    # (tests/test_year_follow.py: figures as of a month may be years old; no year from them)
    assert _main_of(_AS_OF)["date"] == "--05-14"


def test_a_past_span_told_alone_is_no_results_cue():
    # (the base dates it by the nearby month, as before; no "so far" cue is read from the span's end)
    text = ("Sáng 5/3, đoàn công tác tỉnh Bắc Sơn đã làm việc với tỉnh Nam Hà (Lào). Từ tháng 11-2009 đến tháng 8-2010, "
            "hai tỉnh đã trao đổi nhiều đoàn công tác.\n")
    assert (_main_of(text).get("year_cue") or {}).get("kind") != "so_far"
