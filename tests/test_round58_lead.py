"""Round 58, the lead: readings found browsing round 58's pages (no score line shows them): a former holder's
title ("nguyên …") and a deputy head of an office ("Phó phòng …") after a name.

Our own sentences. The first of each pair fails before the change; the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import titles_of as _people
from hoptac.core.extract.name_before_title import name_before_title



# -- former_title: "nguyên" opens a title after a name ------------------------------------------------------------

@pytest.mark.parametrize("text, name, title", [
    ("Về phía tỉnh bạn có đồng chí Hà Văn Sáu – nguyên Bí thư Tỉnh ủy; đồng chí Lý Thị Bảy – Phó Bí thư Tỉnh ủy.",
     "Hà Văn Sáu", "nguyên Bí thư Tỉnh ủy"),
    ("Dự buổi gặp có ông Vũ Văn Tám, nguyên Phó Chủ tịch UBND tỉnh, cùng các cựu cán bộ.",
     "Vũ Văn Tám", "nguyên Phó Chủ tịch UBND tỉnh"),
])
def test_a_former_holders_title_is_read(text, name, title):
    assert _people(text)[name] == title


@pytest.mark.parametrize("text, name", [
    ("Theo ông Vũ Văn Tám, nguyên nhân chính là mưa lớn kéo dài.", "Vũ Văn Tám"),
    ("Ông Vũ Văn Tám, nguyên nguyên Bí thư, phát biểu.", "Vũ Văn Tám"),
])
def test_nguyên_not_before_a_title_gives_no_title(text, name):
    # "nguyên nhân" (a cause) is no title; a doubled "nguyên" reads as before
    assert _people(text).get(name, "") == ""


def test_a_capitalised_former_title_reads_as_before():
    assert _people("Có mặt ông Hà Văn Sáu, Nguyên Bí thư Tỉnh ủy.")["Hà Văn Sáu"] == "Nguyên Bí thư Tỉnh ủy"


# -- "Phó phòng" / "Phó Trưởng phòng": a deputy head of an office ----------------------------------------------------

def test_phó_phòng_after_a_name_without_a_comma_ends_the_name():
    people = _people("Tiếp đoàn có ông Lê Văn Tư Phó phòng nội vụ huyện Đông Sơn và các cán bộ.")
    assert "Lê Văn Tư" in people and "Lê Văn Tư Phó" not in people
    assert people["Lê Văn Tư"].startswith("Phó phòng")


@pytest.mark.parametrize("text, name, title", [
    ("Có ông Lê Văn Tư, Phó phòng Nội vụ huyện Đông Sơn, tham dự.", "Lê Văn Tư", "Phó phòng Nội vụ huyện Đông Sơn"),
    ("Có bà Trịnh Thị Năm, Phó Trưởng phòng Y tế thị xã Cửa Lò, tham dự.", "Trịnh Thị Năm",
     "Phó Trưởng phòng Y tế thị xã Cửa Lò"),
])
def test_phó_phòng_after_a_comma_is_a_title(text, name, title):
    assert _people(text)[name] == title


def test_phó_as_a_name_before_other_words_stays_in_the_name():
    # "Phó" then a word that opens no "Phó …" title: the name is not cut
    text = "ông Lê Văn Phó Hùng dự"
    words = ["Lê", "Văn", "Phó", "Hùng"]
    assert name_before_title(text, 4, 19, words) == (19, words)


# -- title_compounds: an office's name after "Phòng" -----------------------------------------------------------------

@pytest.mark.parametrize("text, name, title", [
    ("Tiếp đoàn có ông Lý Văn Hòa – Phó Phòng tổ chức cán bộ, Công an tỉnh Hà Nam.", "Lý Văn Hòa",
     "Phó Phòng tổ chức cán bộ"),
    ("Tiếp đoàn có ông Lý Văn Hòa – Phó trưởng Phòng an ninh đối ngoại, Công an tỉnh Hà Nam.", "Lý Văn Hòa",
     "Phó trưởng Phòng an ninh đối ngoại"),
])
def test_an_offices_name_after_phòng_stays_in_the_title(text, name, title):
    assert _people(text)[name] == title


@pytest.mark.parametrize("text, title", [
    ("Ông Lý Văn Hòa, Trưởng phòng tổ chức hội nghị tại huyện.", "Trưởng phòng"),   # the verb: the title ends before it
    ("Ông Lý Văn Hòa, Trưởng phòng an toàn giao thông, dự.", "Trưởng phòng an toàn"),
])
def test_other_words_after_phòng_end_the_title_as_before(text, title):
    assert _people(text)["Lý Văn Hòa"] == title


# -- the merge's mend of late58c's church_district_level: a deanery's longer name is no district -------------------

def test_a_deanerys_name_that_goes_on_past_a_districts_is_no_district():
    from hoptac.core.places import find_places
    # "Tân Sơn" is a district (Phú Thọ); "giáo hạt Tân Sơn Nhì" names a deanery in another city
    assert find_places("Giáo xứ Thánh Gia, giáo hạt Tân Sơn Nhì đã tổ chức chuyến đi.") == []
    # the district's own name, ending there, is read as before (late58c)
    assert [m.surface for m in find_places("Hội giáo hạt Hóc Môn đã khởi hành.")] == ["Hóc Môn"]


# -- sector_written: "truyền thông" (media) is no "truyền thống" (tradition) ------------------------------------------

def _sectors(text: str) -> list[str]:
    from hoptac.core.extract.event_fields import sectors
    from hoptac.core.text import fold
    return sectors(fold(text), text)


@pytest.mark.parametrize("text", [
    "Hai huyện vun đắp quan hệ hữu nghị truyền thống, đặc biệt.",
    "Phát huy truyền thống đoàn kết, hai xã trao quà cho bà con.",
])
def test_a_tradition_is_no_media_sector(text):
    assert "thông tin - truyền thông" not in _sectors(text)


@pytest.mark.parametrize("text", [
    "Hai tỉnh ký kết hợp tác về truyền thông và quảng bá.",
    "Đoàn Sở Thông tin và Truyền thông tỉnh bạn đến làm việc.",
    "Hội nghị bàn về công tác báo chí hai tỉnh.",
])
def test_media_is_still_the_media_sector(text):
    assert "thông tin - truyền thông" in _sectors(text)


def test_the_main_events_sectors_follow_the_words_as_written():
    from extract_support import main_event
    page = ("Hai tỉnh thắt chặt hợp tác\n\nSáng 12/3/2024, tại tỉnh Hà Nam, lãnh đạo tỉnh Hà Nam và tỉnh Nam Định "
            "hội đàm, khẳng định quan hệ truyền thống tốt đẹp giữa hai tỉnh.\n")
    assert "thông tin - truyền thông" not in main_event(page)["sectors"]
