"""Round 23 (pairwide23): parties of pages of used hosts read as a careful reader reads them.

Every sentence here is our own."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places

from extract_support import first_main


def _pair(text: str) -> list[str]:
    return first_main(text)["pair"]


def _provinces(text: str) -> list[str]:
    return [m.candidates[0].province for m in find_places(text)]


_NATIONAL_DAY = ("Lãnh đạo tỉnh dự lễ kỷ niệm Quốc khánh nước bạn\n\n{stamp}\n\n"
                 "Tối 3/12, lãnh đạo tỉnh Thái Nguyên, đại diện huyện Phú Lương và nhân dân xã Yên Lạc "
                 "đã dự lễ kỷ niệm Quốc khánh Vương quốc Thái Lan do Đại sứ quán tổ chức tại Hà Nội.\n"
                 "Nhân dịp này, tỉnh giới thiệu các sản phẩm chè và nông sản đặc trưng.\n")


def test_a_page_before_the_merger_names_no_commune_of_2025() -> None:
    # "xã Yên Lạc" of 2025 (Phú Thọ, once huyện Yên Lạc of Vĩnh Phúc) did not exist in 2019: this is
    # one of the older communes of that name, here beside huyện Phú Lương; Vĩnh Phúc is named nowhere
    assert "Vĩnh Phúc" not in _pair(_NATIONAL_DAY.format(stamp="14:04, 04/12/2019"))
    # after July 2025 the commune of 2025 is what the name means, as before
    assert "Vĩnh Phúc" in _pair(_NATIONAL_DAY.format(stamp="14:04, 04/12/2025"))


def test_a_ward_is_no_commune_of_2025_of_another_level() -> None:
    # only a xã Thanh Hà is of 2025 (Hải Dương's, after huyện Thanh Hà): "phường Thanh Hà" is an older
    # ward elsewhere (Hội An's), whose province the article must name
    text = ("Công an các địa phương giáp ranh ký quy chế phối hợp\n\n"
            "Chiều 11/10, công an phường Thanh Hà và công an tỉnh Quảng Nam tổ chức hội nghị ký kết "
            "quy chế phối hợp bảo đảm an ninh trật tự vùng giáp ranh.\n"
            "Quy chế gồm 14 điều về trách nhiệm của mỗi bên.\n")
    assert "Hải Dương" not in _pair(text)


def test_a_districts_town_and_a_ward_of_its_level_stay() -> None:
    # a town named after its district lies in it, whatever the page's date
    text = ("Đoàn công tác thăm thị trấn biên giới\n\n10:00, 05/03/2019\n\n"
            "Sáng 4/3, đoàn công tác tỉnh Điện Biên đã đến thăm thị trấn Si Ma Cai và tặng quà học sinh.\n"
            "Hai bên trao đổi kinh nghiệm phát triển du lịch.\n")
    assert "Lào Cai" in _pair(text)


def test_a_listed_commune_is_written_with_its_own_marks() -> None:
    # "Cẩm An" (Hội An) after a list's head is not phường Cam An of Khánh Hòa, which folds alike
    text = "Lực lượng công an tuần tra tại các phường Thanh Hà, Cẩm An của thành phố Hội An."
    assert "Khánh Hòa" not in _provinces(text)
    assert _provinces(text)[-1] == "Quảng Nam"


def test_nakhon_phanom_spelt_without_its_h() -> None:
    # papers write the Thai province "Nakhon Panom" as often as "Nakhon Phanom"
    found = find_places("Kiều bào ở tỉnh Nakhon Panom đón đoàn công tác.")
    assert [m.candidates[0].name for m in found] == ["Nakhon Phanom"]


@pytest.mark.parametrize("text, want", [
    ("Công an các quận 1, 3 và 10 đã ký kết quy chế.", ["Quận 1", "Quận 3", "Quận 10"]),
    ("Đại diện các quận: 5, 6, Bình Tân cùng dự.", ["Quận 5", "Quận 6", "Bình Tân"]),
    ("Lãnh đạo các quận 4 và 8.", ["Quận 4", "Quận 8"]),
])
def test_numbered_districts_listed_after_one_level_word(text: str, want: list[str]) -> None:
    assert [m.candidates[0].name for m in find_places(text)] == want


@pytest.mark.parametrize("text", [
    "Hội nghị tại quận 1, 12/5/2024 có 200 đại biểu.",   # a date after it
    "Quận 3, 2 phường được khen thưởng.",                # a count after it
])
def test_a_date_or_a_count_after_a_numbered_district_is_no_district(text: str) -> None:
    assert len(find_places(text)) == 1


def test_bodies_of_one_citys_districts_listed_after_giua_are_the_sides() -> None:
    text = ("Công an các quận ký kế hoạch phối hợp vùng giáp ranh\n\n"
            "Chiều 14-3, tại quận 5 (TPHCM) đã diễn ra hội nghị ký kết kế hoạch phối hợp giữa Công an "
            "các quận 5, 6, 8 và Bình Tân trong bảo đảm trật tự an toàn xã hội.\n"
            "Các đơn vị thống nhất trao đổi thông tin thường xuyên.\n")
    assert _pair(text) == ["Hồ Chí Minh", "Hồ Chí Minh"]
