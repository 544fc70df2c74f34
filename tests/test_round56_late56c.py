"""Round 56 (late56c): the organisers named as one body of several localities, in sentences written for these tests.

- ``organiser_list`` (core/extract/partner_organisers.py, called by core/extract/page_partners.py after the
  partners' first reading): an institution's name followed by two or more localities joined by commas or "và"
  only ("do Sở Công Thương A, B và C phối hợp … tổ chức") names that institution of each: when an organising verb
  follows, every one of them is a side, over a province the headline names only as a product's origin.
  Counter-shapes: one locality after the institution; one department working with a list ("phối hợp với các tỉnh
  B, C"); businesses' lists (partner_lists.EXHIBITORS); no organising verb after the list; the lead already
  giving the organisers.
"""

from __future__ import annotations

import pytest

from extract_support import main_event


def _sides(page: str) -> list[str]:
    return [p["province"] for p in main_event(page)["parties"]]


_WEEK = ('Sáng 15-9, tại trung tâm thương mại Aeon Bình Tân (quận Bình Tân, TP.HCM), "Tuần lễ hàng Việt - Đặc sản '
         'vùng miền" do Sở Công Thương TP.HCM, Hà Nội và Cần Thơ phối hợp với Tập đoàn Aeon tổ chức khai mạc.\n'
         "Tuần lễ diễn ra từ ngày 15 đến 20-9 với gần 120 gian hàng, trong đó có 40 gian hàng của doanh nghiệp trên "
         "địa bàn TP Cần Thơ và 30 gian hàng tại Aeon Long Biên (Hà Nội).\n"
         "Khách tham quan có thể mua xoài Đồng Tháp, chè Thái Nguyên, mận Sơn La với giá ưu đãi.\n")

_FESTIVAL = ("Tối 12-6, tại quảng trường trung tâm thành phố Vinh, Ngày hội văn hóa du lịch do Sở Văn hóa, Thể thao "
             "và Du lịch tỉnh Nghệ An, Hà Tĩnh và Quảng Bình phối hợp tổ chức đã khai mạc.\n"
             "Ngày hội kéo dài đến hết 15-6, có nhiều gian hàng nón lá Thừa Thiên Huế và gốm Bình Dương.\n")

_FAIR = ("Sáng 3-10, Sở Công Thương tỉnh Quảng Ninh và thành phố Hải Phòng đã phối hợp tổ chức Hội chợ hàng Việt tại "
         "thành phố Hạ Long.\nHội chợ có 200 gian hàng, trong đó nhiều gian hàng bày bán cà phê Đắk Lắk, chè Thái "
         "Nguyên.\n")


# --- organiser_list ------------------------------------------------------------------------------

@pytest.mark.parametrize("page, sides", [
    # a headline naming a product's origin alone; the lead's three organisers
    ("Mận Sơn La hút khách tại Tuần lễ hàng Việt\n" + _WEEK, ["Hồ Chí Minh", "Hà Nội", "Cần Thơ"]),
    # two origins joined in the headline
    ("Xoài Đồng Tháp, chè Thái Nguyên hút khách tại Tuần lễ hàng Việt\n" + _WEEK, ["Hồ Chí Minh", "Hà Nội", "Cần Thơ"]),
    # a department whose own name holds a comma and "và"; a venue city of one of them
    ("Nón lá Thừa Thiên Huế thu hút du khách tại Ngày hội văn hóa\n" + _FESTIVAL, ["Nghệ An", "Hà Tĩnh", "Quảng Bình"]),
])
def test_the_organisers_named_as_one_body_are_the_sides(page, sides):
    assert _sides(page) == sides


def test_the_organisers_side_is_named_at_its_own_level():
    parties = main_event("Nón lá Thừa Thiên Huế thu hút du khách tại Ngày hội văn hóa\n" + _FESTIVAL)["parties"]
    assert parties[0]["name"] == "Nghệ An" and parties[0]["level"] == "tỉnh"   # (not the venue city of Vinh)


def test_the_tables_give_an_example_for_every_word():
    from hoptac.core.extract.partner_organisers import BODIES, VERBS
    assert all(w and ex for w, ex in BODIES + VERBS)


# --- counter-shapes (pass before and after) ----------------------------------------------------

@pytest.mark.parametrize("page, sides", [
    # the lead's organisers already the sides (no headline; a headline naming none of them)
    (_WEEK, ["Cần Thơ", "Hồ Chí Minh", "Hà Nội"]),
    ("Khai mạc Tuần lễ hàng Việt của ba thành phố lớn\n" + _WEEK, ["Cần Thơ", "Hồ Chí Minh", "Hà Nội"]),
    # two organisers, the department the subject ("Sở … A và B đã phối hợp tổ chức"): joined, the partners' pair
    ("Cà phê Đắk Lắk, chè Thái Nguyên hút khách tại hội chợ\n" + _FAIR, ["Quảng Ninh", "Hải Phòng"]),
    # one department alone
    ("Khai mạc hội chợ nông sản tại Nghệ An\nSáng 5-8, Sở Công Thương tỉnh Nghệ An tổ chức khai mạc Hội chợ nông "
     "sản, với sự tham gia của tỉnh Hà Tĩnh.\nHội chợ có 100 gian hàng.\n", ["Nghệ An", "Hà Tĩnh"]),
    # one department and the provinces it works with
    ("Khai mạc hội chợ nông sản tại Nghệ An\nSáng 5-8, Sở Công Thương tỉnh Nghệ An phối hợp với các tỉnh Hà Tĩnh, "
     "Thanh Hóa tổ chức khai mạc Hội chợ nông sản.\nHội chợ có 100 gian hàng.\n", ["Nghệ An", "Hà Tĩnh", "Thanh Hóa"]),
    # businesses of a list of provinces (exhibitors), after the host's department
    ("Gạo Sóc Trăng hút khách tại hội chợ\nSáng 5-8, Sở Công Thương tỉnh Sóc Trăng khai mạc hội chợ, với sự tham gia "
     "của các doanh nghiệp của các tỉnh Bạc Liêu, Cà Mau và Kiên Giang tổ chức gian hàng.\nHội chợ có 100 gian hàng.\n",
     ["Sóc Trăng", "Bạc Liêu", "Cà Mau", "Kiên Giang"]),
    # departments listed as guests: no organising verb after them
    ("Gạo Sóc Trăng hút khách tại hội chợ\nSáng 5-8, hội chợ nông sản khai mạc tại thành phố Cần Thơ, đại diện Sở Công "
     "Thương tỉnh Bạc Liêu, Cà Mau và Kiên Giang tham dự.\nHội chợ có 100 gian hàng.\n",
     ["Sóc Trăng", "Bạc Liêu", "Cà Mau", "Kiên Giang"]),
])
def test_what_the_organisers_rule_leaves(page, sides):
    assert _sides(page) == sides
