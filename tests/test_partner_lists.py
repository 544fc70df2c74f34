"""A list a plural or counted level word introduces names one side's members: each is a
party when the list holds a principal partner (core/extract/partner_lists.py). The
sentences are written for these tests; none is copied from a page."""

from __future__ import annotations

import re

import pytest

from hoptac.core.extract.partner_lists import FRAMEWORKS, GROUP_INTROS
from hoptac.core.text import fold

from extract_support import main_event


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


@pytest.mark.parametrize("text, parties", [
    # a count, a group name and a bracketed list without level words
    ("Quảng Ngãi hợp tác với các tỉnh Nam Lào\n\n"
     "Ngày 12-4, UBND tỉnh Quảng Ngãi và Chính quyền 3 tỉnh Nam Lào (Attapu, Salavan, Sekong) đã ký kết "
     "thỏa thuận hợp tác giai đoạn 2026 - 2030.\n",
     {"Quảng Ngãi", "Át-tạ-pư", "Salavan", "Sê Kông"}),
    # the lead's counted list, closed by the country before the other side
    ("Hội đàm đầu xuân\n\n"
     "Ngày 20/2/2024, Bí thư Tỉnh ủy ba tỉnh Cao Bằng, Hà Giang, Lạng Sơn (Việt Nam) và Bí thư Khu ủy Quảng Tây "
     "(Trung Quốc) đã hội đàm tại thành phố Lạng Sơn.\n",
     {"Cao Bằng", "Hà Giang", "Lạng Sơn", "Quảng Tây"}),
    # "các tỉnh … gồm A, B và C"
    ("Bình Phước làm việc với đoàn các tỉnh Campuchia\n\n"
     "Sáng 7-10-2024, lãnh đạo tỉnh Bình Phước làm việc với đoàn đại biểu các tỉnh biên giới Campuchia gồm "
     "Kratie, Tboung Khmum và Mondulkiri.\n",
     {"Bình Phước", "Kratie", "Tbong Khmum", "Mondulkiri"}),
    # in the body: the sentence that names the other side too
    ("Đoàn công tác tỉnh Sơn La kết thúc chuyến thăm tỉnh Hủa Phăn\n\n"
     "Chiều 9/5/2024, Đoàn công tác tỉnh Sơn La đã về nước, kết thúc chuyến thăm tỉnh Hủa Phăn (Lào).\n"
     "Trong chuyến thăm, đoàn tỉnh Sơn La cùng các tỉnh Điện Biên, Lai Châu dự hội nghị với tỉnh Hủa Phăn.\n",
     {"Sơn La", "Hủa Phăn", "Điện Biên", "Lai Châu"}),
    # in the body: the members took part
    ("Quảng bá địa phương Việt Nam tại Hoa Kỳ\n\n"
     "Từ ngày 9 - 13/10/2023, lãnh đạo bang Texas (Hoa Kỳ) đã đón đoàn công tác tỉnh Bắc Giang.\n"
     "Chương trình có sự tham gia của lãnh đạo các tỉnh Bắc Giang, Nam Định và Thái Bình.\n",
     {"Texas", "Bắc Giang", "Nam Định", "Thái Bình"}),
    # "N tỉnh và thành phố … là A, B, C và D", the list alone in the body
    ("Hội thảo hợp tác địa phương Việt Nam - Pháp\n\n"
     "Hội thảo diễn ra ngày 14/5/2019 tại Lyon, Pháp.\n"
     "Hội thảo có 4 tỉnh và thành phố Việt Nam là Hải Phòng, Huế, Bình Định và Đà Nẵng.\n",
     {"Hải Phòng", "Thừa Thiên Huế", "Bình Định", "Đà Nẵng"}),
])
def test_an_introduced_list_brings_its_members(text, parties):
    assert provinces(main_event(text)) == parties


def test_a_list_of_background_adds_no_party():
    # the list holds a partner, but its sentence names neither the other side nor a part taken
    ev = main_event("Tỉnh Lào Cai hội đàm với tỉnh Vân Nam\n\n"
                    "Ngày 3/4/2024, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) đã hội đàm tại thành phố Lào Cai.\n"
                    "Trước đó, Lào Cai đã kết nghĩa với các tỉnh Thái Nguyên, Phú Thọ và Bắc Ninh.\n")
    assert provinces(ev) == {"Lào Cai", "Vân Nam"}


def test_a_list_without_an_introduction_is_left_to_the_scores():
    # "tại TP.HCM, tỉnh A và tỉnh B": the venue's comma opens no list of a side
    ev = main_event("Hai tỉnh ký kết hợp tác\n\n"
                    "Ngày 5/3/2024, tại TP.HCM, tỉnh Bạc Liêu và tỉnh Sóc Trăng đã ký kết chương trình hợp tác.\n")
    assert provinces(ev) == {"Bạc Liêu", "Sóc Trăng"}


def test_every_introduction_has_an_example_it_matches():
    for pattern, example in GROUP_INTROS:
        assert re.search(r"(?<!\w)" + pattern + r"\s", fold(example))


def test_a_delegation_abroad_with_no_partner_named_is_hosted_by_its_foreign_venue():
    ev = main_event("Hội nghị hợp tác các tỉnh trên hành lang kinh tế\n\n"
                    "Tại hội nghị, các tỉnh thống nhất tăng cường hợp tác.\n"
                    "Trong 2 ngày (5 - 6/3/2024), tại tỉnh Udon Thani (Thái Lan), đoàn đại biểu tỉnh Quảng Trị "
                    "tham dự hội nghị hợp tác các tỉnh trên hành lang kinh tế Đông - Tây.\n")
    assert sorted(ev["pair"]) == ["Quảng Trị", "Udon Thani"]
    # a partner named: the venue stays where it happened
    ev = main_event("Quảng Trị làm việc với Savannakhet\n\n"
                    "Ngày 7/3/2024, tại tỉnh Udon Thani (Thái Lan), đoàn đại biểu tỉnh Quảng Trị đã làm việc với "
                    "đoàn đại biểu tỉnh Savannakhet (Lào).\n")
    assert sorted(ev["pair"]) == ["Quảng Trị", "Savannakhet"]
    # a Vietnamese venue does not become a partner this way
    ev = main_event("Hội nghị xúc tiến đầu tư\n\n"
                    "Ngày 9/3/2024, tại Hà Nội, đoàn đại biểu tỉnh Quảng Trị tham dự hội nghị xúc tiến đầu tư.\n")
    assert ev["pair"] == ["Quảng Trị"]


def test_a_frameworks_members_are_no_side_of_the_occasion():
    # an economic corridor's provinces, both partners among them, are background
    ev = main_event("Hà Nội và Lào Cai đẩy mạnh hợp tác\n\n"
                    "Ngày 9/1/2024, thành phố Hà Nội và tỉnh Lào Cai tổ chức hội nghị đánh giá kết quả hợp tác.\n"
                    "Hai bên tiếp tục hợp tác trong khuôn khổ hành lang kinh tế 5 tỉnh (Hà Nội, Lào Cai, Hải Phòng, "
                    "Quảng Ninh, Vân Nam - Trung Quốc).\n")
    assert provinces(ev) == {"Hà Nội", "Lào Cai"}
    for words, example in FRAMEWORKS:
        assert words in fold(example)


def test_a_visit_with_talks_takes_place_at_the_hosts():
    ev = main_event("Hai tỉnh tăng cường hợp tác\n\n"
                    "Từ ngày 5-8/9/2024, Đoàn đại biểu HĐND tỉnh Quảng Trị đã có chuyến thăm, làm việc và hội đàm "
                    "với Thường trực HĐND tỉnh Savannakhet (Lào).\n")
    assert ev["location"] == "Savannakhet"


@pytest.mark.parametrize("text, parties", [
    # one host, then "with the participation of N provinces: …" naming all N
    ("Liên hoan dân ca các tỉnh miền núi sẽ khai mạc tại Hà Giang\n\n"
     "Liên hoan dân ca các tỉnh miền núi lần thứ III sẽ diễn ra từ ngày 5 đến 7/9/2026 tại tỉnh Hà Giang.\n"
     "Liên hoan có sự tham gia của 4 tỉnh gồm: Hà Giang, Cao Bằng, Bắc Kạn và Tuyên Quang.\n",
     {"Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang"}),
    # a count in words and a bracketed list after the group's name
    ("Tuần văn hóa các tỉnh đồng bằng\n\n"
     "Ngày 3/4/2026, tuần văn hóa do tỉnh Long An chủ trì khai mạc tại thành phố Tân An.\n"
     "Tuần lễ nhằm giới thiệu văn hóa năm tỉnh vùng đồng bằng (Long An, Tiền Giang, Bến Tre, Vĩnh Long và "
     "Trà Vinh) tới du khách.\n",
     {"Long An", "Tiền Giang", "Bến Tre", "Vĩnh Long", "Trà Vinh"}),
])
def test_a_lone_partners_counted_group_named_in_full_brings_its_members(text, parties):
    assert provinces(main_event(text)) == parties


def test_a_count_that_is_not_the_lists_length_adds_no_party():
    text = ("Tuần văn hóa các tỉnh đồng bằng\n\n"
            "Ngày 3/4/2026, tuần văn hóa do tỉnh Long An chủ trì khai mạc tại thành phố Tân An.\n"
            "Tuần lễ nhằm giới thiệu văn hóa sáu tỉnh vùng đồng bằng (Long An, Tiền Giang, Bến Tre, Vĩnh Long và "
            "Trà Vinh) tới du khách.\n")
    assert provinces(main_event(text)) == {"Long An"}


@pytest.mark.parametrize("text, parties", [
    # a longer group name closed by an opening bracket (round 29: late29c)
    ("Hội nghị xúc tiến đầu tư vùng duyên hải\n\n"
     "Sáng 14/6/2026, tại thành phố Quy Nhơn, UBND tỉnh Bình Định tổ chức hội nghị xúc tiến đầu tư.\n"
     "Dự hội nghị có đại biểu 4 tỉnh khu vực duyên hải Nam Trung Bộ (Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận) "
     "và nhiều doanh nghiệp.\n",
     {"Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận"}),
    # a group's noun closed by a colon alone; the guests' provinces are no side (round 29: late29c)
    ("Hội thảo liên kết khoa học công nghệ\n\n"
     "Ngày 8-11, tại thành phố Lạng Sơn đã diễn ra hội thảo liên kết phát triển khoa học công nghệ lần thứ "
     "III.\n"
     "Dự hội thảo có đại biểu đến từ các sở 5 tỉnh phía Bắc trong khối liên kết: Lạng Sơn, Cao Bằng, "
     "Hà Giang, Quảng Ninh, Tuyên Quang; đại diện khách mời đến từ sở Tài chính các tỉnh Bắc Kạn, Thái Nguyên và "
     "Bắc Giang.\n",
     {"Lạng Sơn", "Cao Bằng", "Hà Giang", "Quảng Ninh", "Tuyên Quang"}),
])
def test_a_meeting_of_a_group_named_in_full_has_its_members_for_parties(text, parties):
    assert provinces(main_event(text)) == parties


def test_a_bracketed_group_whose_count_is_not_the_lists_length_adds_no_party():
    # counter-example: the bracket names five, the count says six (one left unnamed)
    text = ("Hội nghị xúc tiến đầu tư vùng duyên hải\n\n"
            "Sáng 14/6/2026, tại thành phố Quy Nhơn, UBND tỉnh Bình Định tổ chức hội nghị xúc tiến đầu tư.\n"
            "Dự hội nghị có đại biểu 6 tỉnh khu vực duyên hải Nam Trung Bộ (Bình Định, Phú Yên, Khánh Hòa, Ninh "
            "Thuận, Bình Thuận) và nhiều doanh nghiệp.\n")
    assert provinces(main_event(text)) == {"Bình Định"}


def test_guests_named_by_a_list_are_no_side_but_a_pair_the_lead_names_stays():
    # counter-example: the guests' list drops its join points, the lead's pair is kept
    text = ("Hai tỉnh ký kết hợp tác\n\n"
            "Ngày 9/3/2026, tại thành phố Thái Bình, UBND tỉnh Thái Bình và UBND tỉnh Nam Định đã ký kết chương "
            "trình hợp tác giai đoạn 2026 - 2030.\n"
            "Dự lễ ký có khách mời đến từ các tỉnh Ninh Bình và Hà Nam.\n")
    assert provinces(main_event(text)) == {"Thái Bình", "Nam Định"}


def test_a_list_after_a_guest_named_in_another_clause_keeps_its_join():
    from hoptac.core.extract.partner_lists import invited
    from hoptac.core.places import find_places
    text = "Hội nghị đón khách mời từ Trung ương, lãnh đạo các tỉnh Ninh Bình và Hà Nam cùng dự."
    first = find_places(text, fold(text))[0]
    assert not invited(text, first)
    text2 = "Hội nghị có khách mời đến từ các tỉnh Ninh Bình và Hà Nam."
    assert invited(text2, find_places(text2, fold(text2))[0])
