"""Round 57, the lead: readings found browsing rounds 54–57's pages (no score line shows them): people and their
titles, sentence stops after glued ranks, the parties of a signing, a gift or a list, site controls and labels.

Our own sentences. The first of each pair fails before the change; the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import main_event, titles_of as _people
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.page_lines import province_names
from hoptac.core.extract.people_titled import _late_before
from hoptac.core.extract.section_labels import is_section_label
from hoptac.core.extract.sentences import sentences
from hoptac.core.extract.title_compounds import compound_at
from hoptac.core.text import fold



# -- title_compounds: "dự khuyết" after "Ủy viên", "giao lưu" after "Văn phòng", "Thể thao" after "Văn hóa" ----------

@pytest.mark.parametrize("text, name, title", [
    ("Dự lễ có ông Trần Văn Bình, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Ngoại giao, phát biểu.",
     "Trần Văn Bình", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Ngoại giao"),
    ("Tiếp đoàn có bà Lê Thị Hoa, Chánh Văn phòng giao lưu Văn hóa Thể thao Bắc Sơn, cùng các cán bộ.",
     "Lê Thị Hoa", "Chánh Văn phòng giao lưu Văn hóa Thể thao Bắc Sơn"),
    ("Tham dự có ông Hồ Văn Nam, Giám đốc Trung tâm Văn hoá Thể thao huyện Tuy Phong, và các đoàn viên.",
     "Hồ Văn Nam", "Giám đốc Trung tâm Văn hoá Thể thao huyện Tuy Phong"),
])
def test_a_title_runs_through_these_compounds(text, name, title):
    assert _people(text)[name] == title


@pytest.mark.parametrize("text, name, title", [
    # "dự" is the verb (to attend) after any word but "viên": the title ends before it
    ("Ông Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy dự và phát biểu.", "Trần Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy"),
])
def test_the_same_words_elsewhere_end_the_title_as_before(text, name, title):
    assert _people(text)[name] == title


@pytest.mark.parametrize("text, title", [
    # "giao lưu" (to hold an exchange), "giao" (to assign) after a body's name: the verb, not the title's
    ("Ông Lê Văn An, Chánh Văn phòng Tỉnh ủy giao lưu cùng đoàn bạn.", "Chánh Văn phòng Tỉnh ủy"),
    ("Ông Lê Văn An, Trưởng Ban Đối ngoại Tỉnh ủy giao nhiệm vụ cho các ban.", "Trưởng Ban Đối ngoại Tỉnh ủy"),
])
def test_giao_after_a_body_is_the_verb(text, title):
    assert _people(text)["Lê Văn An"] == title


def test_ngoại_giao_stays_in_the_title():
    text = "Ông Lê Văn An, Thứ trưởng Bộ Ngoại giao, phát biểu."
    assert _people(text)["Lê Văn An"] == "Thứ trưởng Bộ Ngoại giao"


def test_chánh_văn_phòng_after_a_name_is_read():
    # the office's name "Văn phòng Tỉnh ủy" is glued as one word: the title's start was not recognised
    assert _people("Ông Lê Văn An, Chánh Văn phòng Tỉnh ủy, phát biểu.")["Lê Văn An"] == "Chánh Văn phòng Tỉnh ủy"


def test_the_compounds_follow_only_their_word():
    assert compound_at(["Ủy", "viên"], ["dự", "khuyết"]) == (0, 2)
    assert compound_at(["Tỉnh", "ủy"], ["dự", "khuyết"]) is None
    assert compound_at(["Văn", "phòng", "giao"], ["lưu"]) == (0, 1)
    assert compound_at(["Bộ", "Ngoại", "giao"], ["lưu"]) is None
    assert compound_at(["Văn", "hóa", "Thể"], ["thao"]) == (0, 1)


# -- late_leader: "cố" (the late) before a title ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Đoàn công tác huyện Tuy Phong dâng hương cố Tổng Bí thư Lê Văn Khải.", "Lê Văn Khải"),
    ("Cố Thủ tướng Phan Văn Định từng thăm xã Bình Minh năm 1990.", "Phan Văn Định"),
])
def test_a_late_leader_honoured_is_no_one_who_took_part(text, name):
    assert name not in _people(text)


@pytest.mark.parametrize("text, name", [
    ("Đoàn công tác huyện Tuy Phong chào Tổng Bí thư Lê Văn Khải.", "Lê Văn Khải"),
    ("Đoàn do Phó Bí thư Tỉnh ủy Lê Văn Cố dẫn đầu; Chủ tịch UBND tỉnh Hồ Văn An tiếp đoàn.", "Hồ Văn An"),
])
def test_a_leader_without_cố_before_the_title_is_read_as_before(text, name):
    assert name in _people(text)


def test_cố_inside_củng_cố_is_not_the_late():
    text = "nhằm củng cố Tổng Bí thư"
    assert _late_before(text, text.index("Tổng")) is False
    text = "dâng hương cố Tổng Bí thư"
    assert _late_before(text, text.index("Tổng")) is True
    assert _late_before("Cố Thủ tướng", 3) is True
    assert _late_before("Ba cố Thủ", 6) is True
    assert _late_before("bicố Thủ", 5) is False


# -- a foreign unit's title after another title and a comma ---------------------------------------------------------

def test_a_foreign_title_after_a_comma_gives_its_holder():
    text = "Ngày 9.3, lãnh đạo tỉnh Salavan do Bí thư, Tỉnh trưởng Khamphanh Sitthivong dẫn đầu tiếp đoàn tỉnh Quảng Trị."
    assert _people(text).get("Khamphanh Sitthivong") == "Bí thư, Tỉnh trưởng"


@pytest.mark.parametrize("text, absent", [
    # the words after the foreign title are a place: no one
    ("Đoàn do Bí thư, Tỉnh trưởng tỉnh Salavan dẫn đầu đã đến thăm tỉnh Quảng Trị.", "Salavan"),
    # the title after the comma is no foreign unit's: a name without a family name is still not read
    ("Đoàn do Bí thư, Chủ tịch Khamphanh Sitthivong dẫn đầu tiếp đoàn tỉnh Quảng Trị.", "Khamphanh Sitthivong"),
])
def test_no_holder_where_the_words_are_a_place_or_the_title_is_not_foreign(text, absent):
    assert absent not in _people(text)


# -- ABBREVIATION_END: "PGS.TS.", "GS.TS." (two ranks glued) end no sentence ---------------------------

def _first_sentence(text: str) -> str:
    s, e = sentences(text, 0, len(text))[0]
    return text[s:e]


@pytest.mark.parametrize("text, first", [
    ("Ngày 5/6, PGS.TS. Lê Văn An, Giám đốc Đại học A, và ông B đã ký biên bản. Sau đó hai bên trao quà.",
     "Ngày 5/6, PGS.TS. Lê Văn An, Giám đốc Đại học A, và ông B đã ký biên bản."),
    ("Dự lễ có GS.TS. Hồ Văn Minh, Hiệu trưởng Trường Đại học A. Buổi lễ kết thúc lúc 11 giờ.",
     "Dự lễ có GS.TS. Hồ Văn Minh, Hiệu trưởng Trường Đại học A."),
])
def test_glued_ranks_end_no_sentence(text, first):
    assert _first_sentence(text) == first


@pytest.mark.parametrize("text, first", [
    ("Đoàn đã đến thăm tỉnh A. Sau đó đoàn về TP. Hồ Chí Minh.", "Đoàn đã đến thăm tỉnh A."),
    ("Hai bên ký biên bản với ông TS. Sau đó trao quà.", "Hai bên ký biên bản với ông TS. Sau đó trao quà."),   # (as before: TS alone)
    ("Công ty đạt chuẩn ISO GS. Hai bên trao quà.", "Công ty đạt chuẩn ISO GS. Hai bên trao quà."),
])
def test_other_stops_read_as_before(text, first):
    assert _first_sentence(text) == first


# -- partners: the two sides of a signing verb with its object, of a gift, and a list after the pair's link -------------

def _parties(text: str) -> list[str]:
    return [p["name"] for p in main_event(text)["parties"]]


@pytest.mark.parametrize("text, parties", [
    ("Ngày 12/4/2022, tỉnh Hà Nam ký kết hợp tác với tỉnh Lai Châu và tỉnh Điện Biên.",
     {"Hà Nam", "Lai Châu", "Điện Biên"}),
    ("Ngày 12/4/2022, tỉnh Hà Nam ký biên bản ghi nhớ với tỉnh Lai Châu và tỉnh Điện Biên.",
     {"Hà Nam", "Lai Châu", "Điện Biên"}),
    ("Ngày 12/4/2022, tỉnh Hà Nam chuyển kinh phí ủng hộ tỉnh Lai Châu và tỉnh Điện Biên khắc phục hậu quả lũ.",
     {"Hà Nam", "Lai Châu", "Điện Biên"}),
    ("Ngày 12/4/2022, tỉnh Hà Nam trao 1,2 tỷ đồng cho tỉnh Lai Châu và tỉnh Điện Biên.",
     {"Hà Nam", "Lai Châu", "Điện Biên"}),
    ("Ngày 12/4/2022, tỉnh Hà Nam làm việc với tỉnh Lai Châu, tỉnh Điện Biên và tỉnh Sơn La.",
     {"Hà Nam", "Lai Châu", "Điện Biên", "Sơn La"}),
])
def test_each_side_of_the_lead_is_a_party(text, parties):
    assert set(_parties(text)) == parties


@pytest.mark.parametrize("text, parties", [
    # (as before) one partner after the verb and its object; a list told in another sentence is no side
    ("Ngày 12/4/2022, tỉnh Hà Nam ký kết hợp tác với tỉnh Lai Châu.", {"Hà Nam", "Lai Châu"}),
    ("Ngày 12/4/2022, tỉnh Hà Nam làm việc với tỉnh Lai Châu. Trước đó tỉnh Điện Biên, tỉnh Sơn La và tỉnh Yên Bái "
     "đã đón đoàn.", {"Hà Nam", "Lai Châu"}),
])
def test_other_leads_keep_their_parties(text, parties):
    assert set(_parties(text)) == parties


# -- chrome: font-size buttons and back links are no headline ---------------------------------------------------------

@pytest.mark.parametrize("line", ["Tăng cỡ chữ Giảm cỡ chữ", "Trở lại chủ đề", "Quay lại trang trước", "Cỡ chữ"])
def test_controls_are_no_headline(line):
    text = f"{line}\nHai tỉnh ký kết hợp tác du lịch\nNgày 12/4, tỉnh Hà Nam và tỉnh Lai Châu ký kết hợp tác du lịch."
    assert parse_article(text).title == "Hai tỉnh ký kết hợp tác du lịch"


def test_a_headline_opening_with_such_words_stays():
    text = "Trở lại Điện Biên sau 70 năm\nNgày 12/4, đoàn tỉnh Hà Nam đến thăm tỉnh Điện Biên."
    assert parse_article(text).title == "Trở lại Điện Biên sau 70 năm"


# -- section labels: a numbered breadcrumb's items, and a school's or office's own section -----------------------------

def _label(line: str) -> bool:
    return is_section_label(fold(line), province_names())


@pytest.mark.parametrize("line", ["3. Tin tức của trường", "Hoạt động nhà trường", "Tin tức đơn vị", "2. Tin tức"])
def test_numbered_and_own_unit_labels_are_section_labels(line):
    assert _label(line)


@pytest.mark.parametrize("line", ["3. Hai trường kết nghĩa", "Tin tức của trường Tiểu học Bình An tổ chức lễ kết nghĩa"])
def test_headlines_so_opened_are_no_labels(line):
    assert not _label(line)


def test_a_numbered_breadcrumb_over_the_headline_is_cut():
    text = ("1. Trang chủ\n  2. Tin tức\n  3. Tin tức của trường\n\nTrường Tiểu học Bình An kết nghĩa với trường bạn\n\n"
            "Ngày 3/1/2023, Trường Tiểu học Bình An (huyện A) ký kết nghĩa với trường tiểu học xã B, huyện Mường Nhé.")
    assert parse_article(text).title == "Trường Tiểu học Bình An kết nghĩa với trường bạn"
