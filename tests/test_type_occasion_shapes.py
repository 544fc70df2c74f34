"""The main event's type on shapes seen on real pages: a led delegation's working session, a trip
told as "chuyến công tác, làm việc", a reason with its subject, a headline that names what a
working session or a visit did, talks then visits over days, a document that plans an occasion,
words that fold like 'thăm'. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.event_type import main_type
from hoptac.core.text import fold

from extract_support import HEAD, first_main


def _type(text: str) -> str:
    return first_main(text)["type"]


SHAPES = [
    # a delegation led by someone that works with its hosts: its visit; a working session it holds with them is a
    # meeting (round 10: holdout12 m18, from either side as the hosts' own, m06)
    (HEAD + "Chiều 7/11, đoàn đại biểu huyện Tam Đảo (Vĩnh Phúc) do ông Lê Văn Hùng, Chủ tịch UBND huyện "
     "làm trưởng đoàn đã có buổi làm việc với UBND huyện Sa Pa (Lào Cai).\n", "conference"),
    (HEAD + "Ngày 3 tháng 5 năm 2019, đoàn Hội Nông dân tỉnh Bắc Giang do TS. Trần Văn Nam làm trưởng đoàn "
     "làm việc với Hội Nông dân tỉnh Hải Dương.\n", "visit"),
    # ... and so is one where it meets them (learn-rulespair9 p16)
    (HEAD + "Sáng 12/9, đoàn công tác tỉnh Quảng Trị do Phó Bí thư Tỉnh ủy dẫn đầu đã gặp gỡ, giao lưu với "
     "lãnh đạo tỉnh Salavan (Lào).\n", "conference"),
    # but a working session told as one step of a trip already under way is a session of its own
    (HEAD + "Ngày 25/4, tiếp tục chuỗi hoạt động tại tỉnh Sơn La, đoàn đại biểu tỉnh Thái Bình do Bí thư "
     "Tỉnh ủy dẫn đầu đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Sơn La.\n", "conference"),
    # talks a led delegation holds stay talks
    (HEAD + "Chiều 9/4, đoàn đại biểu tỉnh Hà Giang do Chủ tịch UBND tỉnh dẫn đầu đã hội đàm với lãnh đạo "
     "tỉnh Hủa Phăn (Lào).\n", "conference"),
    # a signing the session prepares is not the occasion
    (HEAD + "Chiều 7/11, đoàn đại biểu huyện Tam Đảo do ông Lê Văn Hùng làm trưởng đoàn đã có buổi làm việc "
     "với UBND huyện Sa Pa về các nội dung cho ký kết bản ghi nhớ giữa hai huyện.\n", "conference"),
    # a trip told with its work
    (HEAD + "Ngày 5.4, Tỉnh đoàn Quảng Trị cho biết đã tổ chức thành công chuyến công tác, làm việc với "
     "Đoàn Thanh niên tỉnh Savannakhet (Lào).\n", "visit"),
    # a reason with its subject: the guests came for a celebration; receiving them is the visit
    (HEAD + "Tối 20/8, Bí thư Tỉnh ủy Quảng Bình tiếp đoàn lãnh đạo tỉnh Khăm Muồn (Lào), nhân dịp đoàn "
     "sang Quảng Bình dự Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao.\n", "visit"),
    # a festival whose motto holds 'thắm tình' is no visit
    ("Ngày hội văn hóa biên giới tại Điện Biên\n\nNgày 1/10, tỉnh Điện Biên tổ chức khai mạc Ngày hội "
     "văn hóa vùng biên với chủ đề “Thắm tình hữu nghị” cùng tỉnh Phông Sa Lỳ (Lào).\n", "other"),
    # a delegation attending a festival or an exhibition: the festival, not a visit
    (HEAD + "Sáng 2/9, đoàn đại biểu tỉnh Hà Giang dự khai mạc Triển lãm ảnh về tình hữu nghị tại tỉnh "
     "Vân Nam (Trung Quốc).\n", "other"),
    (HEAD + "Tối 12/4, đoàn đại biểu tỉnh Luông Pha Bang (Lào) dự Ngày hội văn hóa các dân tộc tỉnh Điện "
     "Biên.\n", "other"),
    # ... but a visit verb outranks it, and "lễ hội đàm" is talks
    (HEAD + "Sáng 2/9, đoàn đại biểu tỉnh Hà Giang đến thăm gian hàng của tỉnh Vân Nam (Trung Quốc) tại "
     "Hội chợ thương mại.\n", "visit"),
    (HEAD + "Sáng 19/8, lễ hội đàm chính thức giữa Hội Cựu chiến binh tỉnh Nghệ An và tỉnh Xiêng Khoảng "
     "(Lào) diễn ra tại thành phố Vinh.\n", "conference"),
    # two sides surveying a site together
    (HEAD + "Ngày 5/3/2017, đoàn công tác tỉnh Lai Châu có buổi khảo sát song phương với đoàn công tác tỉnh "
     "Luổng Nậm Thà (Lào) về vị trí mở cặp cửa khẩu.\n", "other"),
]


@pytest.mark.parametrize("text, etype", SHAPES, ids=[f"{t[1]}-{i}" for i, t in enumerate(SHAPES)])
def test_occasion_shapes(text, etype):
    assert _type(text) == etype


def test_a_headline_that_opens_with_a_signing_names_what_a_working_session_did():
    text = ("Sở Tư pháp Gia Lai: Ký kết biên bản hợp tác với Sở Tư pháp tỉnh Attapeu\n\n"
            "Tại buổi làm việc vào sáng ngày 5 tháng 6 năm 2023, Sở Tư pháp tỉnh Gia Lai và Sở Tư pháp tỉnh "
            "Attapeu đã ôn lại truyền thống, trao đổi các nội dung về công tác tư pháp; hội nghị tư pháp các "
            "tỉnh biên giới được nhắc lại.\n")
    assert _type(text) == "signing"
    # a headline "Làm việc với …" names no kind of occasion: the lead tells it (a meeting with the governor)
    assert main_type(fold("Tiếp tục chương trình làm việc tại Thái Lan, sáng 28/8, đoàn công tác tỉnh Bình "
                          "Định do Phó Bí thư dẫn đầu đã gặp gỡ, giao lưu, trao đổi với Thống đốc tỉnh Surin."),
                     fold("Làm việc với lãnh đạo tỉnh Surin"))[0] == "conference"


def test_a_visit_whose_headline_reports_a_signing_is_the_signing():
    lead = ("Ngày 29/3/2024, đoàn công tác của Liên hiệp Hội tỉnh Đắk Lắk do Chủ tịch dẫn đầu đã có buổi "
            "thăm và làm việc tại Liên hiệp Hội thành phố Đà Nẵng.\n")
    assert _type("Liên hiệp Hội Đắk Lắk và Liên hiệp Hội Đà Nẵng ký kết hợp tác\n\n" + lead) == "signing"
    assert _type("Liên hiệp Hội Đắk Lắk thăm Liên hiệp Hội Đà Nẵng\n\n" + lead) == "visit"


def test_talks_then_visits_over_several_days_are_a_visit():
    assert main_type(fold("Từ ngày 17 - 20/6, đoàn đại biểu tỉnh Quảng Tây sẽ cùng đoàn công tác tỉnh Cao Bằng "
                          "hội đàm với Sở Du lịch tỉnh Quảng Ninh; khảo sát một số điểm du lịch tại Hạ Long."),
                     several_days=True)[0] == "visit"
    # a visit that only frames the talks: main_type reads the talks (the page reads the trip's days that open
    # the sentence as the visit: main_event_type, tests/test_type_round14_shapes.py)
    assert main_type(fold("Trong chuyến thăm và làm việc tại Lào từ ngày 30-5 đến 2-6, đoàn đại biểu tỉnh "
                          "Nghệ An do Bí thư Tỉnh ủy dẫn đầu đã hội đàm với lãnh đạo tỉnh Xiêng Khoảng."),
                     several_days=True)[0] == "conference"
    # ... and talks then visits in one day stay the talks
    assert main_type(fold("Ngày 17/6, đoàn đại biểu tỉnh Quảng Tây hội đàm với Sở Du lịch tỉnh Quảng Ninh; "
                          "khảo sát một số điểm du lịch."))[0] == "conference"


def test_a_document_that_plans_an_occasion_dated_in_the_sentence():
    text = ("- UBND tỉnh Sơn La ban hành Kế hoạch số 1234/KH-UBND về việc tổ chức Tuần văn hóa Sơn La "
            "tại tỉnh Hủa Phăn, Lào từ ngày 12-14/11/2023.\n")
    assert _type(text) == "other"
    # told as just issued ("vừa/mới ban hành"), the issuing is the news (type round 14, holdout15 t19)
    assert _type(text.replace("La ban hành", "La vừa ban hành")) == "announcement"
    # a plan issued on its own date stays an announcement
    assert main_type(fold("Ngày 5/3, UBND tỉnh Sơn La ban hành Kế hoạch số 1234/KH-UBND về việc tổ chức "
                          "Tuần văn hóa tại tỉnh Hủa Phăn từ ngày 12-14/11."))[0] == "announcement"
    assert main_type(fold("Ngày 5/3, UBND tỉnh Sơn La ban hành Kế hoạch số 1234/KH-UBND về hợp tác với "
                          "tỉnh Hủa Phăn."))[0] == "announcement"
