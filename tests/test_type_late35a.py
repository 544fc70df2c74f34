"""Round 35 (late35a): a meeting told by the lead's verb ("vừa có cuộc tọa đàm … với …") and dated by the next
sentence, which places it in a trip by its kind ("Chương trình nằm trong khuôn khổ chuyến thăm và làm việc … (từ
ngày …)"): the meeting's verb gives the type, as for "Đây là hoạt động nằm trong khuôn khổ …" (type_framed).
Sentences written for these tests."""

from __future__ import annotations

from extract_support import main_event
from hoptac.core.extract.type_framed import frames_the_occasion_before
from hoptac.core.text import fold

HEAD = "Phụ nữ hai tỉnh thắt chặt hợp tác\n\n"
SEMINAR = ("Hội LHPN tỉnh Quảng Trị vừa có cuộc tọa đàm trao đổi kinh nghiệm công tác hội với Hội phụ nữ tỉnh "
           "Savannakhet (Lào). Chương trình nằm trong khuôn khổ chuyến thăm và làm việc của Hội LHPN tỉnh Quảng Trị "
           "tại tỉnh Savannakhet (từ ngày 10-13/6/2024).\n\nHai bên thống nhất phối hợp tổ chức các hoạt động.\n")


def test_a_seminar_placed_in_a_trip_by_the_sentence_that_dates_it_is_a_conference():
    main = main_event(HEAD + SEMINAR)
    assert main["date"].startswith("2024-06-10")
    assert main["type"] == "conference"


# --- counter-examples ------------------------------------------------------------------------------------

def test_a_visit_told_before_the_frame_stays_the_visit():
    text = (HEAD + "Đoàn Hội LHPN tỉnh Quảng Trị đã đến thăm và làm việc tại tỉnh Savannakhet (Lào). Chương trình "
            "nằm trong khuôn khổ chuyến thăm và làm việc của Hội LHPN tỉnh Quảng Trị tại tỉnh Savannakhet (từ ngày "
            "10-13/6/2024).\n\nHai bên thống nhất phối hợp tổ chức các hoạt động.\n")
    assert main_event(text)["type"] == "visit"


def test_a_programme_named_in_the_sentence_is_no_frame():
    assert not frames_the_occasion_before(fold("Chương trình giao lưu văn hóa trong khuôn khổ chuyến thăm diễn ra "
                                               "từ ngày 10-13/6."))
    assert frames_the_occasion_before(fold("Chương trình nằm trong khuôn khổ chuyến thăm của đoàn."))


# --- an exchange of two bodies already twinned ("tổ chức giao lưu kết nghĩa"): a meeting, not a signing --------

def lead_type(lead: str) -> str:
    return main_event("Hai huyện thắt chặt tình đoàn kết\n\n" + lead + "\n")["type"]


def test_a_twinned_bodies_exchange_is_a_conference():
    assert lead_type("Sáng 5/4, Hội LHPN huyện Tây Sơn và Hội LHPN huyện Hoài Ân tổ chức giao lưu kết nghĩa, trao "
                     "đổi kinh nghiệm công tác hội.") == "conference"


def test_a_twinning_ceremony_stays_the_signing():
    assert lead_type("Sáng 5/4, Hội LHPN huyện Tây Sơn và Hội LHPN huyện Hoài Ân tổ chức lễ kết nghĩa.") == "signing"


def test_a_twinning_signed_stays_the_signing():
    assert lead_type("Sáng 5/4, Hội LHPN huyện Tây Sơn và Hội LHPN huyện Hoài Ân ký kết kết nghĩa giai đoạn "
                     "2024 - 2026.") == "signing"
