"""Shapes of round 21's pages whose occasion is no plain meeting (a fair, a festival, a letter, a decision):
a border fair ('phiên chợ'), a document cited as the basis in a lead that stands for the headline, and a
programme named in quotes with its year beside another occasion. Every sentence is written for these
tests; none is copied from a page."""

from __future__ import annotations

import pytest

from hoptac.core.extract.programme_names import named_with_another
from hoptac.core.extract.type_cited import without_cited_titles
from hoptac.core.extract.type_vocab import MAIN_TYPE_PHRASES
from hoptac.core.text import fold

from extract_support import lead_event, main_event


# --- a fair of goods for two sides: 'other', as 'hội chợ'

@pytest.mark.parametrize("sentence", [
    "Từ ngày 12 đến 14/5/2024, tại cửa khẩu Bờ Y, Sở Công Thương tỉnh Kon Tum phối hợp với Sở Thương mại tỉnh "
    "Attapeu (Lào) tổ chức phiên chợ biên giới năm 2024.",
    "Sáng 3/11/2023, huyện Tân Biên (Tây Ninh) và huyện Memot (Tboung Khmum, Campuchia) khai mạc phiên chợ hàng "
    "Việt tại khu vực cửa khẩu.",
])
def test_a_border_fair_is_other(sentence):
    assert lead_event(sentence)["type"] == "other"


def test_a_delegation_that_visits_a_fair_stays_on_its_visit():
    event = lead_event("Ngày 7/9/2023, đoàn công tác tỉnh Quảng Trị do ông Lê Văn An dẫn đầu đã đến thăm và làm "
                       "việc tại tỉnh Savannakhet (Lào), tham quan phiên chợ biên giới của hai huyện.")
    assert event["type"] == "visit"


def test_the_fair_row_is_named_with_an_example():
    rows = {p: (t, r, e) for p, t, r, e in MAIN_TYPE_PHRASES}
    assert rows["phien cho"][:2] == ("other", 8) and rows["phien cho"][2]


# --- a document cited as the basis names no occasion, even in a lead that stands for the headline

def test_a_cited_decisions_title_is_blanked():
    folded = fold("Thực hiện Quyết định số 75/QĐ-TTg ngày 2-3-2022 của Thủ tướng về việc phê duyệt đề án hợp tác "
                  "biên giới, hai huyện tăng cường giao thương.")
    out = without_cited_titles(folded)
    assert len(out) == len(folded)
    assert "phe duyet" not in out and "hai huyen tang cuong giao thuong" in out


def test_an_issued_document_is_not_blanked():
    folded = fold("UBND tỉnh Bắc Giang ban hành Quyết định số 88/QĐ-UBND về việc phê duyệt kế hoạch hợp tác với "
                  "tỉnh Luông Nậm Thà.")
    assert without_cited_titles(folded) == folded


def test_a_page_opening_on_a_cited_decision_is_no_announcement():
    text = ("Thực hiện Quyết định số 75/QĐ-TTg ngày 2-3-2022 của Thủ tướng Chính phủ về việc phê duyệt đề án "
            "hợp tác biên giới, các hoạt động giao thương giữa hai huyện được đẩy mạnh.\n"
            "Cụ thể, trong hai ngày (ngày 6 đến 7/10/2023), tại cửa khẩu huyện Ia Grai, tỉnh Gia Lai, Sở Công "
            "Thương tỉnh Gia Lai phối hợp với Sở Thương mại tỉnh Ratanakiri tổ chức các hoạt động kết nối giao "
            "thương năm 2023.\n")
    event = main_event(text)
    assert event["date"] == "2023-10-06"
    assert event["type"] != "announcement"


# --- a programme named in quotes with its year, held with another occasion: the programme's own year

def test_a_quoted_programme_after_another_occasion_names_its_year():
    text = ("Thanh niên hai tỉnh giao lưu hữu nghị\n"
            "Tối 19/12, tại tỉnh Lai Châu đã diễn ra hội thảo “Tuổi trẻ biên cương” và Chương trình giao lưu "
            "“Vòng tay bè bạn” năm 2024 với sự tham gia của Tỉnh Đoàn tỉnh Phông Sa Lỳ (Lào).\n")
    assert main_event(text)["date"] == "2024-12-19"


@pytest.mark.parametrize("before, programme, named", [
    ("đã diễn ra hội thảo “A” và ", "Chương trình giao lưu “B” năm 2024", True),
    ("khai mạc Lễ hội hoa cùng ", "Chương trình nghệ thuật “C” năm 2023", True),
    # no quoted name: a year's programme, a plan
    ("tổ chức hội nghị tổng kết và ", "Chương trình hợp tác năm 2025", False),
    # no occasion opened before it
    ("hai bên thống nhất và ", "Chương trình giao lưu “B” năm 2024", False),
    # not a programme
    ("tổ chức hội nghị “A” và ", "Kế hoạch “B” năm 2025", False),
])
def test_named_with_another(before, programme, named):
    text = "Tối 19/12, " + before + programme + " với tỉnh bạn."
    at = text.index(programme)
    year_at = text.index("năm 20", at)
    assert named_with_another(text, at, year_at) is named


# --- a friendly run across the border is a sports event, not the meeting 'giao lưu hữu nghị' would be

@pytest.mark.parametrize("sentence", [
    "Sáng 8/12/2024, vận động viên thành phố Móng Cái (Quảng Ninh) và thành phố Đông Hưng (Quảng Tây, Trung "
    "Quốc) tham gia chạy giao lưu hữu nghị qua cửa khẩu.",
    "Sáng 8/12/2024, tại cửa khẩu Hữu Nghị, chương trình chạy giao lưu giữa huyện Cao Lộc (Lạng Sơn) và thành phố "
    "Bằng Tường (Quảng Tây, Trung Quốc) đã diễn ra.",
])
def test_a_friendly_run_is_other(sentence):
    assert lead_event(sentence)["type"] == "other"


def test_two_delegations_meeting_in_friendship_stay_a_meeting():
    event = lead_event("Chiều 8/12/2024, đoàn đại biểu HĐND thành phố Móng Cái giao lưu hữu nghị với đoàn đại biểu "
                       "thành phố Đông Hưng (Quảng Tây, Trung Quốc).")
    assert event["type"] == "conference"


# --- a letter of thanks and an approval to establish ties are the page's announcement; a meeting or a visit named
#     with them stays what it is

@pytest.mark.parametrize("sentence, etype", [
    ("Ngày 9/11/2020, UBND tỉnh Quảng Bình có thư cảm ơn gửi tỉnh Khăm Muộn (Lào) đã hỗ trợ khắc phục hậu quả mưa lũ.",
     "announcement"),
    ("Ngày 4/4/2022, UBND tỉnh Lạng Sơn đồng ý để huyện Tràng Định thiết lập quan hệ hữu nghị với huyện Long Châu "
     "(Quảng Tây, Trung Quốc).", "announcement"),
    ("Ngày 4/4/2022, tại buổi hội đàm, hai huyện đồng ý để các doanh nghiệp hai bên tham gia hội chợ.", "conference"),
    ("Ngày 9/11/2020, đoàn công tác tỉnh Quảng Bình sang thăm tỉnh Khăm Muộn (Lào), trao thư cảm ơn của lãnh đạo "
     "tỉnh.", "visit"),
])
def test_a_letter_of_thanks_and_an_approval(sentence, etype):
    assert lead_event(sentence)["type"] == etype
