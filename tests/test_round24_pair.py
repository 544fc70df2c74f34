"""Round 24 (pair24): a province's name written bare after a battle's words names the battle, not a
party ("các chiến sĩ Điện Biên" are veterans of 1954, not the province of today).

Every sentence here is our own."""

from __future__ import annotations

import pytest
from extract_support import first_provinces as _provinces, main_event as _main


@pytest.mark.parametrize("text, want", [
    ("Sáng nay, huyện ủy đã gặp mặt 40 chiến sĩ Điện Biên của xã.", []),
    ("Ông kể lại những ngày tham gia trận Quảng Trị năm 1972.", []),
    ("Đơn vị từng tham gia chiến dịch Quảng Trị.", []),
    ("Nhiều đồng đội đã nằm lại chiến trường Quảng Trị.", []),
    # a level word, or other words before the name: the place
    ("Đoàn đại biểu các chiến sĩ tỉnh Điện Biên dự lễ.", ["Điện Biên"]),
    ("Đoàn cựu chiến binh Quảng Trị thăm Hà Nội.", ["Quảng Trị", "Hà Nội"]),
])
def test_a_battle_is_no_place(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


def test_a_national_page_with_veterans_of_a_battle_has_no_party() -> None:
    text = ("Hội đàm giữa hai Mặt trận\n\n"
            "Chiều 14/5/2024, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam hội đàm với Đoàn đại biểu Mặt trận "
            "Lào xây dựng đất nước.\n\n"
            "Trước đó, đoàn đã thăm hỏi, tặng quà các chiến sĩ Điện Biên đang sống tại Thủ đô.\n")
    assert _main(text)["pair"] == []


@pytest.mark.parametrize("text, want", [
    # a venue's building named after a place or a word
    ("Lễ hội diễn ra tại Nhà thi đấu TDTT Phú Thọ.", []),
    ("Đêm nhạc được tổ chức tại Nhà hát Hòa Bình.", []),
    # a level word keeps the place
    ("Trận đấu diễn ra tại sân vận động tỉnh Nghệ An.", ["Nghệ An"]),
])
def test_a_venue_named_after_a_place_is_the_building(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


def test_a_long_group_name_closed_by_gom_introduces_its_members() -> None:
    text = ("Cần Thơ cùng các tỉnh miền Trung tăng cường kết nối du lịch\n\n"
            "Sáng 8/5/2024, tại TP Quy Nhơn diễn ra hội nghị kết nối du lịch giữa TP Cần Thơ với các địa phương "
            "miền Trung và Tây Nguyên gồm: Gia Lai, Kon Tum, Quảng Ngãi, Bình Định, Phú Yên. Dự hội nghị có lãnh "
            "đạo các sở du lịch.\n")
    assert sorted(p["province"] for p in _main(text)["parties"]) == sorted(["Cần Thơ", "Gia Lai", "Kon Tum", "Quảng Ngãi", "Bình Định",
                                                  "Phú Yên"])


def test_an_envoys_page_takes_no_lone_body_mention_across_the_border() -> None:
    text = ("Tăng cường hợp tác giữa tỉnh Nara với Việt Nam\n\n"
            "Mở văn phòng xúc tiến, nhận thêm thực tập sinh: các hoạt động nhằm tăng cường hợp tác của tỉnh Nara.\n"
            "TP.HCM giao lưu với cộng đồng người Việt tại Kobe\n\n"
            "Ngày 20/5/2024, đoàn công tác Tổng Lãnh sự quán Việt Nam tại Osaka do ông Trần Văn Nam dẫn đầu đã "
            "đến thăm và làm việc tại tỉnh Nara. Hai bên trao đổi về hợp tác lao động và du lịch.\n")
    assert _main(text)["pair"] == ["Nara"]


def test_a_university_receiving_a_consul_keeps_no_university_abroad() -> None:
    text = ("Ngày 14-10-2024, Trường Đại học Vinh có buổi tiếp và làm việc với ông Kim Min-su, Lãnh sự Tổng "
            "Lãnh sự quán Hàn Quốc tại Đà Nẵng.\n\n"
            "Hiệu trưởng nhà trường giới thiệu chiến lược hợp tác quốc tế của trường trong những năm qua, với "
            "nhiều chương trình trao đổi giảng viên và sinh viên.\n\n"
            "Những năm gần đây, nhà trường đã ký kết biên bản ghi nhớ với Đại học Changwon (Hàn Quốc).\n")
    assert _main(text)["pair"] == ["Nghệ An"]


def test_without_an_envoy_a_foreign_body_mention_still_completes_the_pair() -> None:
    text = ("Ngày 14-10-2024, Trường Đại học Vinh có buổi tiếp và làm việc với đoàn giảng viên Hàn Quốc.\n\n"
            "Hiệu trưởng nhà trường giới thiệu chiến lược hợp tác quốc tế của trường trong những năm qua, với "
            "nhiều chương trình trao đổi giảng viên và sinh viên.\n\n"
            "Đoàn đến từ thành phố Changwon (Hàn Quốc).\n")
    assert sorted(_main(text)["pair"]) == ["Changwon", "Nghệ An"]   # its region unnamed: the city (round 25)


def test_a_provinces_sports_centre_is_its_side() -> None:
    # "TDTT" alone is no venue word: a province's training centre names its province (review24)
    text = ("Ngày 9/8/2024, Trung tâm Huấn luyện và Thi đấu TDTT Quảng Ninh tổ chức giao lưu bóng chuyền với đội "
            "tuyển tỉnh Hủa Phăn (Lào).\n\nHai đội thi đấu ba trận.\n")
    assert sorted(_main(text)["pair"]) == ["Hủa Phăn", "Quảng Ninh"]


def test_a_great_matter_or_a_monk_is_no_envoy() -> None:
    # folded, "đại sự" (a great matter) and "đại sư" (a great monk) are "dai su" like "Đại sứ" (review24)
    text = ("Ngày 14-10-2024, Trường Đại học Vinh có buổi tiếp và làm việc với đoàn giảng viên Hàn Quốc, coi hợp "
            "tác đào tạo là đại sự của nhà trường.\n\n"
            "Hiệu trưởng nhà trường giới thiệu chiến lược hợp tác quốc tế của trường trong những năm qua, với "
            "nhiều chương trình trao đổi giảng viên và sinh viên.\n\n"
            "Đoàn đến từ thành phố Changwon (Hàn Quốc).\n")
    assert sorted(_main(text)["pair"]) == ["Changwon", "Nghệ An"]   # its region unnamed: the city (round 25)


@pytest.mark.parametrize("text", [
    "Sáng 5/12, hai tỉnh Lào Cai và Vân Nam thống nhất triển khai hiệu quả Hiệp định Quy chế quản lý biên giới "
    "năm 2009.",
    "Chiều 14-11, Công an hai tỉnh Kon Tum và Attapeu thống nhất kế hoạch phối hợp thực hiện Luật Biên phòng "
    "Việt Nam năm 2020.",
])
def test_a_law_or_treaty_named_with_its_year_gives_no_plan_year(text: str) -> None:
    assert _main(text)["date"].startswith("--")   # the document's year is no year of the occasion


def test_a_plan_for_the_next_year_still_gives_its_year() -> None:
    text = "Sáng 5/12/2023, hai tỉnh Lào Cai và Vân Nam thống nhất kế hoạch hợp tác năm 2024 và Luật Biên phòng."
    assert _main(text)["date"] == "2023-12-05"
