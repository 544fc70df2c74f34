"""A national park or a nature reserve named with its words stands for its province (core/places_parks.py):
round 28's forest28 03 and 04, working sessions between two parks' boards whose pages name one province or
none. The sentences are written for these tests; none is copied from a page."""

from __future__ import annotations

from hoptac.core.places_parks import PARKS

from extract_support import first_provinces, main_event


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


def test_a_park_is_its_province():
    assert first_provinces("Vườn quốc gia Cúc Phương tiếp đoàn công tác của Khu BTTN Pù Huống.") == [
        "Ninh Bình", "Nghệ An"]


def test_the_park_words_may_be_abbreviated_and_the_name_hyphenated():
    assert first_provinces("Ban quản lý VQG Phong Nha-Kẻ Bàng và Khu bảo tồn thiên nhiên Xuân Liên") == [
        "Quảng Bình", "Thanh Hóa"]


def test_a_second_park_joined_by_and_keeps_the_words():
    assert first_provinces("hai vườn quốc gia Tràm Chim và U Minh Thượng chia sẻ kinh nghiệm") == [
        "Đồng Tháp", "Kiên Giang"]


def test_two_parks_meeting_are_the_pair():
    ev = main_event("Vườn quốc gia Cúc Phương làm việc với Vườn quốc gia Tràm Chim\n\n"
                    "Sáng ngày 12/3/2024, tại trụ sở, Vườn quốc gia Cúc Phương đã có buổi làm việc với đoàn công "
                    "tác Vườn quốc gia Tràm Chim về công tác bảo tồn đa dạng sinh học.\n\n"
                    "Hai đơn vị đã trao đổi kinh nghiệm quản lý rừng và phát triển du lịch sinh thái.\n")
    assert provinces(ev) == {"Ninh Bình", "Đồng Tháp"}


def test_a_reserve_visiting_a_park_of_a_named_province():
    # one side's province is written, the other's only through its reserve
    ev = main_event("Chiều ngày 20/5/2024, đoàn công tác Ban quản lý Khu BTTN Pù Huống đã có buổi làm việc với "
                    "VQG Yok Đôn, tỉnh Đắk Lắk về công tác bảo vệ rừng.\n\n"
                    "Hai bên chia sẻ kinh nghiệm về chi trả dịch vụ môi trường rừng.\n")
    assert provinces(ev) == {"Nghệ An", "Đắk Lắk"}


def test_a_place_written_after_the_park_speaks_for_it():
    # counter-example: Cát Tiên's board sits in Đồng Nai, but the page says which province's part it means
    assert first_provinces("Vườn quốc gia Cát Tiên của tỉnh Lâm Đồng đón đoàn khách.") == ["Lâm Đồng"]
    assert first_provinces("VQG Tam Đảo (tỉnh Tuyên Quang) trồng thêm rừng.") == ["Tuyên Quang"]


def test_a_district_mountain_or_island_of_the_same_name_is_no_park():
    # counter-examples: without the park's words the name is the district's (huyện Tam Đảo, Vĩnh Phúc's
    # district, found by the gazetteer), a mountain's, an island's
    assert first_provinces("Du khách leo núi Ba Vì rồi về huyện Tam Đảo, sau đó ra đảo Cát Bà.") == ["Vĩnh Phúc"]
    assert first_provinces("Rừng U Minh Hạ và hồ Ba Bể đẹp vào mùa thu.") == []


def test_a_reserve_two_provinces_name_alike_is_not_read():
    # counter-example: Thừa Thiên Huế and Quảng Nam each have a reserve named Sao La
    assert first_provinces("Khu bảo tồn Sao La tiếp nhận cá thể động vật quý hiếm.") == []
    assert not any(name.startswith(("Sao La", "Ngọc Linh")) for name, _ in PARKS)


def test_a_park_named_in_passing_is_no_party():
    # counter-example: a page about two other provinces' tourism names a park as a destination
    ev = main_event("Quảng Ninh và Hải Dương ký kết hợp tác phát triển du lịch\n\n"
                    "Ngày 5/4/2024, UBND tỉnh Quảng Ninh và UBND tỉnh Hải Dương ký kết chương trình hợp tác phát "
                    "triển du lịch giai đoạn 2024-2026.\n\n"
                    "Theo chương trình, hai tỉnh sẽ xây dựng tour kết nối các điểm đến, mở rộng sang Vườn quốc "
                    "gia Cúc Phương và các tỉnh lân cận.\n\n"
                    "Lãnh đạo tỉnh Quảng Ninh và tỉnh Hải Dương cam kết phối hợp chặt chẽ.\n")
    assert provinces(ev) == {"Quảng Ninh", "Hải Dương"}


def test_a_park_as_the_venue_of_two_other_provinces_is_no_party():
    # counter-example: two provinces sign at a park; the park is where, not who
    ev = main_event("Hòa Bình và Thanh Hóa ký quy chế phối hợp bảo vệ rừng\n\n"
                    "Ngày 5/4/2024, tại Vườn quốc gia Cúc Phương, UBND tỉnh Hòa Bình và UBND tỉnh Thanh Hóa ký kết "
                    "quy chế phối hợp bảo vệ rừng vùng giáp ranh.\n\n"
                    "Hai tỉnh thống nhất tuần tra chung.\n")
    assert provinces(ev) == {"Hòa Bình", "Thanh Hóa"}


def test_a_department_visiting_a_park_pairs_with_its_province():
    ev = main_event("Sở NN&PTNT tỉnh Nghệ An làm việc với Vườn quốc gia Bạch Mã\n\n"
                    "Ngày 7/6/2024, đoàn công tác Sở NN&PTNT tỉnh Nghệ An đã có buổi làm việc với Ban quản lý "
                    "Vườn quốc gia Bạch Mã về bảo tồn động vật hoang dã.\n\n"
                    "Hai bên trao đổi kinh nghiệm.\n")
    assert provinces(ev) == {"Nghệ An", "Thừa Thiên Huế"}
