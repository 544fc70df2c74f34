"""Round 55 (late55a): foreign regions and Vietnamese names licensed by the country written after them,
in sentences written for these tests.

- ``region_before_country`` (core/places_bare.py, asked by core/places_match.py): a foreign province-level
  region that ends an institution's name, right before its own country ("Bệnh viện Đông Y Vân Nam, Trung
  Quốc"), is that region, though the capitalised word before it would make a bare name a person's; only
  after an institution's head noun in the same clause, with no word of address between, and only a
  province-level region of exactly the country written.
- ``with_own_marks`` (the same modules): a bare name licensed by "(Việt Nam)" after it, in an accented page,
  is a Vietnamese place only when it carries that place's own marks ("Thanh Phú (Việt Nam)" is no huyện
  Thạnh Phú), as a bare province name already must.
- ``country_licensed`` (the same modules): a name licensed by the country after it is a person's when a
  surname, a middle name or a word of address stands right before it ("ông Lưu Văn Sơn (Trung Quốc)" is no
  prefecture).
"""

from __future__ import annotations

import pytest

from extract_support import events_of
from hoptac.core.places import find_places


def _found(text: str) -> list[tuple[str, str, str]]:
    """(as written, the place's name, its country) of each mention."""
    return [(m.surface, m.candidates[0].name, m.candidates[0].country) for m in find_places(text)]


def _main(page: str) -> dict:
    return next(e for e in events_of(page)[1] if e["main"])


# --- region_before_country ------------------------------------------------------------------------

@pytest.mark.parametrize("text, region", [
    ("Sáng 12/4, Bệnh viện Quốc tế Đông Y Vân Nam, Trung Quốc đã làm việc với đoàn khách.", "Vân Nam"),
    ("Bệnh viện Y học cổ truyền Tỉnh A và Bệnh viện Phụ sản Nhi Quảng Đông (Trung Quốc) trao đổi.",
     "Quảng Đông"),
    ("Đại diện Học viện Trung Y Quảng Tây, Trung Quốc cho biết chương trình kéo dài ba năm.", "Quảng Tây"),
])
def test_a_region_ending_an_institutions_name_before_its_country_is_that_region(text, region):
    assert (region, region, "Trung Quốc") in [(w, n, c) for w, n, c in _found(text)]


def test_the_hospitals_region_makes_a_pair_with_the_vietnamese_hospitals_province():
    page = ("Ký kết hợp tác giữa Bệnh viện Đa khoa Đà Nẵng và Bệnh viện Quốc tế Đông Y Vân Nam, Trung Quốc\n"
            "Chiều ngày 14/06/2023, Bệnh viện Đa khoa Đà Nẵng và Bệnh viện Quốc tế Đông Y Vân Nam, Trung Quốc "
            "đã tổ chức lễ ký biên bản ghi nhớ hợp tác về y học cổ truyền.\n"
            "Hai bệnh viện sẽ trao đổi bác sĩ và cùng nghiên cứu.\n")
    assert sorted(_main(page)["pair"]) == ["Vân Nam", "Đà Nẵng"]


@pytest.mark.parametrize("text", [
    "Bệnh viện Quốc tế Đông Y Vân Nam tiếp đón đoàn khách.",           # no country after it
    "Phát biểu tại buổi lễ, ông Trương Vân Nam (Trung Quốc) cảm ơn.",   # a person: no institution before
    "Đại diện Trường Đại học Y, ông Trương Vân Nam (Trung Quốc) phát biểu.",   # a comma, then a person
    "Bệnh viện có ông Trương Vân Nam (Trung Quốc) đến thăm.",           # a word of address between
    "Bệnh viện Quốc tế Đông Y Nguyễn Vân Nam (Trung Quốc) khai trương.",   # a surname right before
    "Bệnh viện Quốc tế Đông Y Vân Nam (Hàn Quốc) ký kết.",              # not that country's region
])
def test_no_region_where_the_institutions_shape_or_its_own_country_is_missing(text):
    assert not [f for f in _found(text) if f[1] == "Vân Nam"]


def test_an_institution_named_after_a_vietnamese_province_is_unchanged():
    # counter-shape: the country written is Việt Nam; the bare rules alone decide, as before
    assert _found("Bệnh viện Đa khoa Quốc tế Hải Phòng, Việt Nam ký kết.") == \
        _found("Bệnh viện Đa khoa Quốc tế Hải Phòng ký kết.")


# --- with_own_marks -------------------------------------------------------------------------------

def test_a_crossing_named_like_a_district_with_other_marks_is_no_place():
    text = "lối mở Thanh Phú (Việt Nam) - Ái Điểm (Trung Quốc) được công bố mở chính thức."
    assert not [f for f in _found(text) if f[2] == "Việt Nam"]


def test_the_crossings_province_pairs_with_the_chinese_region():
    page = ("Công bố mở lối thông quan Thanh Phú (Việt Nam) - Ái Điểm (Trung Quốc)\n"
            "Ngày 18/6, lễ công bố mở chính thức lối thông quan Thanh Phú (Việt Nam)-Ái Điểm (Trung Quốc) đã "
            "diễn ra tại khu vực mốc 1120.\nTham dự có lãnh đạo UBND tỉnh Lạng Sơn và lãnh đạo Khu Tự trị dân "
            "tộc Choang, Quảng Tây, Trung Quốc.\n")
    assert sorted(_main(page)["pair"]) == ["Lạng Sơn", "Quảng Tây"]


@pytest.mark.parametrize("text, name, country", [
    ("lối mở Thạnh Phú (Việt Nam) được công bố.", "Thạnh Phú", "Việt Nam"),   # the district's own marks
    ("Đoàn công tác Hồ Nam (Trung Quốc) thăm Lạng Sơn.", "Hồ Nam", "Trung Quốc"),   # a foreign region
])
def test_a_name_with_its_own_marks_is_still_read_by_its_country(text, name, country):
    assert any(f[1] == name and f[2] == country for f in _found(text))


# --- country_licensed -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Phát biểu tại hội thảo, ông Lưu Văn Sơn (Trung Quốc) cho rằng hai bên cần hợp tác.",
    "Chuyên gia Đặng Văn Sơn (Trung Quốc) trình bày tham luận.",
])
def test_a_persons_name_before_a_country_is_no_prefecture(text):
    assert not [f for f in _found(text) if f[1] == "Văn Sơn"]


@pytest.mark.parametrize("text, name", [
    ("Đoàn công tác Gunma (Nhật Bản) thăm tỉnh Thái Nguyên.", "Gunma"),
    ("Tỉnh Lào Cai tiếp đoàn lãnh đạo châu Văn Sơn (Trung Quốc).", "Văn Sơn"),
])
def test_a_region_licensed_by_its_country_after_other_words_is_still_read(text, name):
    assert any(f[1] == name for f in _found(text))
