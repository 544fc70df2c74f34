"""Round 23 (pairwide23b): districts listed bare after "N địa phương", and the city a trip leaves.

Every sentence here is our own."""

from __future__ import annotations

from hoptac.core.places import find_places
from hoptac.core.places_bare_lists import __doc__ as _LISTS_DOC

from extract_support import first_main


def _pair(text: str) -> list[str]:
    return first_main(text)["pair"]


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.candidates[0].level, m.candidates[0].province) for m in find_places(text)]


def test_districts_counted_as_localities_are_their_provinces() -> None:
    text = "Sáng 5/6, lực lượng dân quân hai địa phương Tam Kỳ và Núi Thành đã diễn tập phối hợp."
    assert _found(text) == [("Tam Kỳ", "thành phố", "Quảng Nam"), ("Núi Thành", "huyện", "Quảng Nam")]
    text = "Đoàn khảo sát ba địa phương: Vinh, Cửa Lò và Diễn Châu trong hai ngày."
    assert [p for _, _, p in _found(text)] == ["Nghệ An"] * 3


def test_a_bare_list_says_nothing_without_one_province_in_common() -> None:
    assert _found("Hai địa phương Sa Pa và Hội An cùng quảng bá du lịch.") == []
    assert _found("Các địa phương Bắc Hà đều tham gia.") == []   # one name
    # a province's name in the list: read as before (the province alone)
    assert [s for s, _, _ in _found("Ba địa phương Lào Cai, Sa Pa và Bát Xát")] == ["Lào Cai"]


def test_three_districts_signing_among_themselves_are_their_province_twice() -> None:
    text = ("Ký quy chế phối hợp bảo vệ an ninh vùng giáp ranh\n\n08:15, 14/10/2022\n\n"
            "Chiều 12/10, Công an ba địa phương Tam Kỳ, Núi Thành và Phú Ninh tổ chức hội nghị ký kết "
            "quy chế phối hợp bảo đảm an ninh trật tự vùng giáp ranh giữa ba địa phương.\n"
            "Quy chế gồm 4 chương, 12 điều về trách nhiệm của mỗi bên.\n")
    assert _pair(text) == ["Quảng Nam", "Quảng Nam"]


def test_the_city_a_trip_leaves_is_no_party() -> None:
    text = ("Chủ tịch nước thăm tỉnh Luông Pha Bang\n\n09:30, 12/05/2023\n\n"
            "Tiếp tục chuyến thăm chính thức Lào, hôm nay (11/5), Chủ tịch nước rời thủ đô Viêng Chăn, "
            "đến thăm tỉnh Luông Pha Bang.\n"
            "Tại tỉnh Luông Pha Bang, Chủ tịch nước đã hội kiến lãnh đạo tỉnh và thăm di sản cố đô.\n")
    assert _pair(text) == ["Luông Pha Bang"]


def test_the_table_names_its_shapes() -> None:
    assert "địa phương" in _LISTS_DOC


def test_a_flights_ends_in_the_body_are_no_party() -> None:
    # the story is a consul's visit to the state; the route is a background fact of the body
    text = ("Thúc đẩy hợp tác với bang Queensland\n\n10:00, 20/06/2024\n\n"
            "Ngày 18/6, Tổng Lãnh sự Việt Nam đã có chuyến thăm làm việc tại bang Queensland (Australia).\n"
            "Hai bên trao đổi về giáo dục, nông nghiệp và du lịch.\n"
            "Theo lãnh đạo bang, từ năm ngoái đã có đường bay thẳng giữa thành phố Brisbane, thủ phủ của bang, "
            "với Thành phố Hồ Chí Minh, giúp du khách đi lại thuận tiện.\n")
    assert _pair(text) == ["Queensland"]


def test_a_flight_route_that_is_the_story_keeps_its_ends() -> None:
    text = ("Khai trương đường bay thẳng Đà Nẵng – Busan\n\n10:00, 20/06/2024\n\n"
            "Tối 19/6, hãng hàng không tổ chức lễ khai trương đường bay thẳng nối Đà Nẵng với Busan (Hàn Quốc).\n"
            "Đường bay giữa Đà Nẵng và Busan có 7 chuyến mỗi tuần.\n")
    assert set(_pair(text)) == {"Đà Nẵng", "Busan"}
