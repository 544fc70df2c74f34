"""Kinds of events between localities (round 20, set types20), in sentences written for these tests
(none is copied from a page): a delegation that comes to exchange or learn "tại" a place is hosted by
it (the place is its partner, not a venue), and one that comes to exchange experience with another
study word before it is on its study trip (a visit); with the kinds of the set's pages beside them
(a handover with an award, a police coordination signing, a gift to a village cluster, periodic
border talks, a review conference that signs, a council delegation's crossing)."""

from __future__ import annotations

import re

import pytest

from hoptac.core.extract.partner_study import _CAME_TO, EXCHANGES, STUDY_BEFORE, STUDY_TRIPS
from hoptac.core.text import fold

from extract_support import lead_event


def provinces(ev: dict) -> list[str]:
    return sorted(p["province"] for p in ev["parties"])


# --- a study trip names its host with "tại" ---------------------------------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Sáng 8/3/2024, đoàn công tác Tỉnh ủy Bắc Kạn đã đến trao đổi kinh nghiệm tại tỉnh Bình Phước.",
     ["Bình Phước", "Bắc Kạn"]),
    ("Chiều 4/12/2024, đoàn công tác tỉnh Hưng Yên do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, trao đổi "
     "kinh nghiệm tại tỉnh Long An.", ["Hưng Yên", "Long An"]),
    ("Ngày 5/4/2024, đoàn công tác tỉnh Yên Bái đã đến trao đổi kinh nghiệm về chuyển đổi số tại tỉnh Bắc Ninh.",
     ["Bắc Ninh", "Yên Bái"]),
    ("Ngày 5/4/2024, đoàn công tác tỉnh Yên Bái đến học hỏi kinh nghiệm tại tỉnh Bắc Ninh.", ["Bắc Ninh", "Yên Bái"]),
    ("Ngày 5/4/2024, đoàn công tác tỉnh Yên Bái đã đến tìm hiểu kinh nghiệm xây dựng nông thôn mới tại tỉnh "
     "Bắc Ninh.", ["Bắc Ninh", "Yên Bái"]),
    ("Ngày 5/4/2024, đoàn công tác tỉnh Yên Bái đến giao lưu, trao đổi kinh nghiệm tại tỉnh Bắc Ninh.",
     ["Bắc Ninh", "Yên Bái"]),
])
def test_the_place_a_delegation_comes_to_learn_in_is_its_partner(lead, want):
    assert provinces(lead_event(lead)) == want


@pytest.mark.parametrize("lead, want", [
    # two sides that exchange experience at a third place meet there: it stays the venue
    ("Ngày 5/4/2024, tỉnh Hòa Bình và tỉnh Phú Thọ trao đổi kinh nghiệm tại Hà Nội.", ["Hòa Bình", "Phú Thọ"]),
    ("Ngày 5/4/2024, lãnh đạo tỉnh Hòa Bình và tỉnh Phú Thọ đã trao đổi kinh nghiệm tại hội nghị tổ chức ở Hà Nội.",
     ["Hòa Bình", "Phú Thọ"]),
    # the study words already read before round 20 keep their host
    ("Ngày 12/3/2024, đoàn công tác tỉnh Bến Tre đã tham quan, học hỏi kinh nghiệm tại tỉnh Đồng Tháp.",
     ["Bến Tre", "Đồng Tháp"]),
])
def test_a_venue_and_the_older_study_words_stay_as_they_were(lead, want):
    assert provinces(lead_event(lead)) == want


@pytest.mark.parametrize("window, hosts", [
    ("doan cong tac tinh a da den trao doi kinh nghiem tai ", True),
    ("doan cong tac tinh a da den trao doi kinh nghiem ve chuyen doi so tai ", True),
    ("doan cong tac tinh a den hoc hoi kinh nghiem tai ", True),
    ("doan cong tac tinh a den tim hieu co hoi dau tu tai ", True),
    ("hai tinh trao doi kinh nghiem tai hoi nghi to chuc o ", False),     # past another "tại": a venue
    ("hai tinh trao doi kinh nghiem ve rat nhieu linh vuc cua hai dia phuong trong nam qua tai ", False),  # too far
])
def test_the_exchange_words_reach_only_a_short_way(window, hosts):
    assert bool(re.search(rf"(?:{STUDY_BEFORE})(?:tai|o)\s+$", window)) is hosts


def test_every_study_row_has_an_example_that_reads_it():
    for words, example in STUDY_TRIPS + EXCHANGES:
        assert words in fold(example), words


# --- with no other partner named, the place a delegation came to hosts it --------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Ngày 5/4/2024, đoàn công tác tỉnh Hà Nam đến chúc mừng Đại hội Đảng bộ tại tỉnh Ninh Bình.",
     ["Hà Nam", "Ninh Bình"]),
    ("Ngày 5/4/2024, đoàn công tác tỉnh Hà Nam đã đến thăm hỏi, tặng quà các gia đình chính sách tại tỉnh Ninh Bình.",
     ["Hà Nam", "Ninh Bình"]),
    ("Ngày 5/4/2024, đoàn công tác tỉnh Hà Nam đã đến trao quà hỗ trợ người dân vùng lũ tại tỉnh Ninh Bình.",
     ["Hà Nam", "Ninh Bình"]),
    ("Ngày 5/4/2024, lãnh đạo tỉnh Hà Nam đã đến viếng Nghĩa trang liệt sĩ Trường Sơn tại tỉnh Quảng Trị.",
     ["Hà Nam", "Quảng Trị"]),
])
def test_with_no_other_partner_the_place_a_delegation_came_to_hosts_it(lead, want):
    assert provinces(lead_event(lead)) == want


@pytest.mark.parametrize("window, came", [
    ("ngay 5/4, doan cong tac tinh a da den chuc mung dai hoi tai ", True),
    ("lanh dao tinh a da den vieng nghia trang liet si tai ", True),
    ("doan dai bieu tinh a da sang du le hoi tai ", True),
    ("doan cong tac tinh a tu nam 2010 den nay da ho tro nhieu du an tai ", False),   # 'đến nay': until now
    ("doan cong tac tinh a, sang 5/4, du hoi nghi tai ", False),                      # 'sáng 5/4': a morning
    ("tinh a da den chuc mung dai hoi tai ", False),                                  # no delegation, no leaders
    ("doan cong tac tinh a da den chuc mung dai hoi. hoi nghi dien ra tai ", False),  # another sentence
])
def test_what_tells_that_a_delegation_came_to_a_place(window, came):
    assert bool(_CAME_TO.search(window)) is came


# --- a delegation that comes to exchange experience is on its study trip --------------------------------

@pytest.mark.parametrize("lead", [
    "Ngày 5/4/2024, đoàn công tác tỉnh Yên Bái đến giao lưu, trao đổi kinh nghiệm tại tỉnh Bắc Ninh.",
    "Ngày 5/4/2024, đoàn công tác tỉnh Yên Bái đã đến nghiên cứu, trao đổi kinh nghiệm tại tỉnh Bắc Ninh.",
    "Ngày 5/4/2024, đoàn cán bộ huyện Mường Lát sang giao lưu, trao đổi kinh nghiệm với huyện Viêng Xay (Lào).",
])
def test_coming_to_exchange_experience_is_a_visit(lead):
    assert lead_event(lead)["type"] == "visit"


@pytest.mark.parametrize("lead, want", [
    # held at home, an exchange is a meeting; organised as an event, an 'other' occasion (earlier rounds)
    ("Ngày 5/4/2024, tỉnh Hòa Bình và tỉnh Phú Thọ trao đổi kinh nghiệm tại Hà Nội.", "conference"),
    ("Ngày 5/4/2024, huyện Kỳ Sơn tổ chức giao lưu, trao đổi kinh nghiệm và tặng quà cho bản Nậm Cắn (Lào).", "other"),
])
def test_an_exchange_not_travelled_to_keeps_its_type(lead, want):
    assert lead_event(lead)["type"] == want


# --- the set's kinds of events, in sentences of our own --------------------------------------------------

@pytest.mark.parametrize("lead, want", [
    # a handover of a gift building, at which the partner confers an award: the ceremony ('other')
    ("Tại lễ khánh thành, bàn giao nhà văn hóa do tỉnh Quảng Bình tài trợ diễn ra chiều 12/12/2023 ở tỉnh "
     "Khăm Muồn (Lào), lãnh đạo tỉnh Khăm Muồn đã trao tặng Huân chương Hữu nghị cho tỉnh Quảng Bình.", "other"),
    # the police of several provinces meet to sign a coordination regulation: the signing
    ("Ngày 14/11/2023, Công an tỉnh Cần Thơ tổ chức hội nghị ký kết quy chế phối hợp bảo đảm an ninh trật tự "
     "vùng giáp ranh giữa Công an 4 tỉnh, thành phố gồm: Cần Thơ, Hậu Giang, Vĩnh Long, An Giang.", "signing"),
    # a district's exchange and gifts for a village cluster across the border: 'other'
    ("Sáng 20/9/2023, tại xã Mường Lý, huyện Mường Lát tổ chức giao lưu, tặng quà cụm bản Sốp Bau huyện Viêng "
     "Xay tỉnh Hủa Phăn (Lào).", "other"),
    # periodic talks of two border forces: a meeting
    ("Chiều 20-9, tại thành phố Lào Cai đã diễn ra buổi hội đàm định kỳ quý III năm 2023 giữa các đồn Biên phòng "
     "tỉnh Lào Cai với đoàn đại biểu Công an Biên phòng huyện Hà Khẩu (Vân Nam, Trung Quốc).", "conference"),
    # a review conference of a programme, a signing inside it: the conference
    ("Ngày 20/3/2024, tại tỉnh Long An, UBND Thành phố Hồ Chí Minh và UBND các tỉnh vùng Đông Nam Bộ tổ chức "
     "Hội nghị tổng kết chương trình hợp tác, ký kết thỏa thuận hợp tác giai đoạn mới.", "conference"),
    # a council delegation crosses to visit and work in a neighbouring region
    ("Sáng ngày 10/5/2024, đoàn công tác của Thường trực HĐND tỉnh Cao Bằng đã sang thăm, làm việc tại Khu tự "
     "trị dân tộc Choang Quảng Tây (Trung Quốc).", "visit"),
    # a district twinning signed during a visit: its ceremony is named, the signing
    ("Ngày 15/3/2023, huyện Nghi Xuân (Hà Tĩnh) và huyện Quảng Ninh (Quảng Bình) tổ chức lễ kết nghĩa và ký "
     "kết biên bản ghi nhớ hợp tác.", "signing"),
])
def test_the_kinds_of_events_of_the_set(lead, want):
    assert lead_event(lead)["type"] == want


# --- a letter that asks for no occasion is the page's announcement -------------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Ngày 14/6/2024, UBND tỉnh Hà Giang có công văn đề nghị châu Văn Sơn (Trung Quốc) phối hợp quản lý cửa khẩu.",
     ("2024-06-14", "announcement")),
    ("Ngày 3/9/2024, UBND tỉnh Lạng Sơn có văn bản đề nghị Khu tự trị Quảng Tây (Trung Quốc) tạm dừng thông quan "
     "hàng hóa qua cặp chợ biên giới.", ("2024-09-03", "announcement")),
])
def test_a_letter_asking_for_no_occasion_is_dated_and_announced(lead, want):
    ev = lead_event(lead)
    assert (ev["date"], ev["type"]) == want


@pytest.mark.parametrize("after, asks", [
    ("co van ban de nghi tinh ban cu doan sang lam viec.", True),
    ("co van ban de nghi tinh b to chuc hoi nghi thuong nien.", True),
    ("co cong van de nghi tinh b sang du le ky niem.", True),
    ("co cong van de nghi chau b phoi hop quan ly cua khau.", False),
    ("co van ban de nghi tinh b tao dieu kien thong quan hang hoa.", False),
])
def test_what_a_letter_asks_for(after, asks):
    from hoptac.core.extract.other_occasions import _ASKED_OCCASION, _LETTER_SENT
    sent = _LETTER_SENT.match(after)
    assert sent is not None
    assert bool(_ASKED_OCCASION.match(after, sent.end())) is asks


def test_a_letter_asking_for_an_occasion_stays_a_document_date():
    # the occasion it asks for comes later: the letter's day is no occasion (round 12's row, kept)
    ev = lead_event("Vừa qua, đoàn công tác tỉnh Lạng Sơn đã đến thăm tỉnh Cao Bằng. Ngày 12/5, UBND tỉnh đã có "
                    "văn bản đề nghị tỉnh bạn cử đoàn sang làm việc.")
    assert ev.get("precision") != "day"


@pytest.mark.parametrize("lead", [
    "Ngày 10/3/2024, Thủ tướng Chính phủ đã đồng ý chủ trương thiết lập quan hệ hữu nghị giữa tỉnh Hưng Yên và tỉnh "
    "Chungcheongbuk (Hàn Quốc).",
    "Ngày 2/7/2024, UBND tỉnh Bắc Giang chấp thuận chủ trương hợp tác phát triển du lịch với tỉnh Cao Bằng.",
])
def test_a_plan_agreed_to_and_made_known_is_an_announcement(lead):
    assert lead_event(lead)["type"] == "announcement"


def test_a_plan_agreed_to_at_a_meeting_stays_the_meeting():
    lead = ("Ngày 2/7/2024, tại hội nghị, lãnh đạo tỉnh Bắc Giang và tỉnh Cao Bằng đã đồng ý chủ trương kết nghĩa "
            "giữa hai huyện.")
    assert lead_event(lead)["type"] == "conference"
