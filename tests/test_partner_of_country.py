"""""A của <country> và B": a country told with "của" after a locality is an aside, like "(Việt Nam)",
and the two localities are joined (core/extract/partners.py, _OF_COUNTRY_RE); "A và Ủy ban chính
quyền tỉnh B" (a Lao province's authority) joins A and B too (_WHO). The sentences are written for
these tests; none is copied from a page."""

from __future__ import annotations

from hoptac.core.extract.partners import linked_groups
from hoptac.core.places import find_places

from extract_support import main_event


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


def groups(text: str) -> list[list[str]]:
    return [[text[m.start:m.end] for m in g] for g in linked_groups(text, find_places(text))]


def test_a_country_after_of_joins_the_two_sides():
    text = "Hội chợ luân phiên giữa thành phố Móng Cái của Việt Nam và Đông Hưng của Trung Quốc."
    assert ["thành phố Móng Cái", "Đông Hưng"] in groups(text)


def test_the_joined_side_outweighs_a_list_of_goods_origins():
    # the headline is missing; the lead names the foreign venue; the body's pair and a list of origins
    ev = main_event("Ngày 12/10, Hội chợ thương mại biên giới năm 2019 khai mạc tại huyện Hà Khẩu, tỉnh Vân Nam, "
                    "Trung Quốc.\n"
                    "Đây là lần thứ 9 hội chợ được luân phiên tổ chức giữa thành phố Lào Cai của Việt Nam và "
                    "Hà Khẩu của Trung Quốc.\n"
                    "Hàng hóa bày bán đến từ Quảng Châu của Trung Quốc; Thành phố Hồ Chí Minh, Hà Nội, Hải Phòng "
                    "của Việt Nam.\n"
                    "Doanh nghiệp Lào Cai mang đến nhiều nông sản.\n")
    assert provinces(ev) == {"Lào Cai", "Vân Nam"}


def test_not_before_a_lists_semicolon():
    # counter-example: two countries' lists, one after the other, are not one list
    text = "Hàng hóa của tỉnh Vân Nam của Trung Quốc; Hà Nội, Hải Phòng của Việt Nam."
    assert not any("tỉnh Vân Nam" in g and "Hà Nội" in g for g in groups(text))


def test_not_a_country_word():
    # counter-example: "của" and something not a country ("của doanh nghiệp") still breaks the join
    text = "Sản phẩm của Lào Cai của doanh nghiệp và Hà Khẩu được giới thiệu."
    assert not any("Lào Cai" in g and "Hà Khẩu" in g for g in groups(text))


def test_a_lao_provinces_authority_after_and_is_a_side():
    # "Ủy ban chính quyền tỉnh" is how a Lao province's authority is called (a UBND's counterpart)
    text = "UBND tỉnh Kon Tum và Ủy ban chính quyền tỉnh Át-tạ-pư đã ký biên bản ghi nhớ."
    assert ["tỉnh Kon Tum", "tỉnh Át-tạ-pư"] in groups(text)


def test_the_lao_side_outweighs_a_list_of_the_home_provinces_cities():
    # a lead that names no place; the pair is told in the body, where a list of cities also stands
    ev = main_event(
        'Mở cặp cửa khẩu mới\n'
        '\n'
        'Việc nâng cấp cặp cửa khẩu thành cửa khẩu quốc tế đã mở ra con đường ngắn nhất để thúc đẩy '
        'giao thương hàng hóa, du lịch và đầu tư giữa hai nước láng giềng.\n'
        '\n'
        'Cửa khẩu mới đi vào hoạt động, mở ra nhiều cơ hội hợp tác về kinh tế, thương mại.\n'
        '\n'
        'Cửa khẩu thuộc khu kinh tế cửa khẩu của tỉnh Quảng Nam được nâng cấp theo nghị quyết của Chính phủ.\n'
        '\n'
        'Sau đó, UBND tỉnh Quảng Nam và Ủy ban chính quyền tỉnh Xê Kông đã tổ chức lễ khai trương cửa khẩu '
        'vào ngày 20/9/2021.\n'
        '\n'
        'Theo UBND tỉnh Quảng Nam, con đường mới sẽ rút ngắn thời gian vận chuyển hàng hóa.\n'
        '\n'
        'Hàng hóa từ thành phố Đà Nẵng, thành phố Hội An, Tam Kỳ sẽ đi qua cửa khẩu.\n'
    )
    assert provinces(ev) == {"Quảng Nam", "Sê Kông"}


def test_an_authority_reported_to_is_no_join():
    # counter-example: a verb other than a joining word before the authority joins nothing
    text = "UBND tỉnh Kon Tum báo cáo Ủy ban chính quyền tỉnh Át-tạ-pư về tiến độ."
    assert not any("tỉnh Kon Tum" in g and "tỉnh Át-tạ-pư" in g for g in groups(text))
