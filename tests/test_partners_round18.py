"""Partner round 18: foreign names written with their own marks, a list of foreign provinces
read as one inside the next, and spellings one province has (sentences written for these
tests; none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places
from hoptac.core.scan import fast_fold, shape
from hoptac.core.text import fold

from extract_support import main_event


def names(text: str) -> list[tuple[str, str]]:
    return [(m.candidates[0].name, m.candidates[0].province) for m in find_places(text)]


# --- a foreign name written with letters outside Vietnamese ones ------------------------------

@pytest.mark.parametrize("text", [
    "vùng Île-de-France", "bang Thüringen (Đức)", "thành phố Hachiōji (Nhật Bản)", "Ça ira, Noël à Tōkyō",
])
def test_latin_letters_fold_fast_as_fold_does(text):
    assert fast_fold(text) == fold(text)


@pytest.mark.parametrize("text, want", [
    ("Hà Nội và vùng Île-de-France ký chương trình hợp tác mới", "Île-de-France"),
    ("Đoàn đại biểu bang Thüringen (Đức) thăm tỉnh Bắc Ninh", "Thüringen"),
    ("Lãnh đạo thành phố Hachiōji (Nhật Bản) làm việc với tỉnh Bình Định", "Tokyo"),
])
def test_a_foreign_region_written_with_its_own_marks_is_found(text, want):
    assert want in [p for _n, p in names(text)]


def test_a_capital_outside_vietnamese_still_leaves_the_shape_unsure():
    assert shape("vùng Île-de-France") is None   # (the class regexes run: they know no "Î")


def test_a_region_with_its_own_marks_is_the_partner():
    ev = main_event("Ký kết chương trình hợp tác giữa vùng Île-de-France và thành phố Hà Nội\n\n"
                    "Ngày 14 tháng 5, Chủ tịch Vùng Île-de-France và Chủ tịch UBND thành phố Hà Nội đã ký "
                    "chương trình hợp tác mới giữa hai địa phương cho ba năm tới.\n")
    assert sorted(ev["pair"]) == ["Hà Nội", "Île-de-France"]


# --- a list of foreign provinces, not one inside the next --------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Đoàn an ninh các tỉnh Luông Phra Bang, U Đôm Xay và Xay Nhạ Bu Ly (Lào)",
     ["Luông Pha Bang", "U Đôm Xay", "Xay-nhạ-bu-ly"]),
    ("lãnh đạo tỉnh Phoong-Sa-Ly, U Đôm Xay (Lào) sang thăm", ["Phông Sa Lỳ", "U Đôm Xay"]),
    ("Công an tỉnh Luông Phra-bang, tỉnh Hủa Phăn (Lào)", ["Luông Pha Bang", "Hủa Phăn"]),
])
def test_a_province_written_another_way_before_another_is_its_own(text, want):
    assert [p for _n, p in names(text)] == want


def test_an_unknown_province_before_another_is_no_part_of_it():
    found = names("Đoàn tỉnh Kông-pông Xyzơ, Prey Veng (Campuchia) đến thăm")
    assert found[0][1] != "Prey Veng"


@pytest.mark.parametrize("text, want", [
    ("huyện Peam Ro thuộc tỉnh Prey Veng (Campuchia)", "Prey Veng"),
    ("châu Văn Sơn (tỉnh Vân Nam, Trung Quốc)", "Vân Nam"),
    ("huyện Mường Xyz, tỉnh Hủa Phăn (Lào)", "Hủa Phăn"),
])
def test_a_district_before_its_province_still_lies_in_it(text, want):
    assert names(text)[0][1] == want


@pytest.mark.parametrize("written", ["Luông Phra Bang", "Luông Phra-bang", "Luang Phrabang"])
def test_luang_prabang_has_one_name_however_written(written):
    assert names(f"tỉnh {written} (Lào)")[0] == ("Luông Pha Bang", "Luông Pha Bang")


def test_sekong_written_with_a_doubled_vowel():
    assert names("Ban thanh tra tỉnh Sê Koong, Lào")[0][1] == "Xê Kông"
