"""Types of lead shapes read on real pages of seen sites in type round 9 (the days of a delegation's
stay, a farewell, a host hearing its departments, an online signing, fields of cooperation, aid
handed over and people in hardship asked after). Every sentence is written for these tests; none is
copied from a page."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.event_type import main_type
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.type_vocab import MAIN_TYPE_NOT, MAIN_TYPE_PHRASES
from hoptac.core.text import fold

from extract_support import lead_event as _lead
from extract_support import main_event


@pytest.mark.parametrize("sentence, etype", [
    # the days of a delegation's stay ("N ngày làm việc") are no working session: its programme, a visit
    ("Trong 3 ngày làm việc (5/11 đến 7/11) tại tỉnh Lạng Sơn, Đoàn đại biểu huyện Bằng Tường (Quảng Tây, Trung "
     "Quốc) đã tham dự Lễ khai mạc Ngày hội văn hóa, thăm các mô hình sản xuất và dự Hội nghị trao đổi kinh nghiệm.",
     "visit"),
    ("Trong hai ngày làm việc (12 và 13/3) tại huyện Kỳ Sơn, đoàn công tác huyện Mường Khọn (Xiêng Khoảng, Lào) "
     "đã giao lưu hữu nghị với cán bộ huyện và dự tọa đàm về quản lý biên giới.", "visit"),
    # ... a conference that is itself the subject, or talks the delegation holds first, stay what they are
    ("Trong 2 ngày làm việc (5 và 6/11), Hội nghị đã thảo luận các nội dung hợp tác giữa tỉnh Lạng Sơn và Khu tự "
     "trị dân tộc Choang Quảng Tây (Trung Quốc).", "conference"),
    ("Trong 2 ngày làm việc (5 và 6/11) tại tỉnh Lào Cai, đoàn đại biểu tỉnh Vân Nam (Trung Quốc) đã hội đàm với "
     "lãnh đạo tỉnh Lào Cai.", "conference"),
    # ... and the day of a working session is still one
    ("Sáng 6/11, lãnh đạo tỉnh Lào Cai làm việc với lãnh đạo châu Hồng Hà (Vân Nam, Trung Quốc) tại trụ sở UBND "
     "tỉnh.", "conference"),
    # a delegation seen off ends its trip
    ("Sáng 30/11, tại cửa khẩu Móng Cái đã diễn ra lễ tiễn Đoàn đại biểu thành phố Đông Hưng (Quảng Tây, Trung "
     "Quốc) sau chương trình giao lưu hữu nghị với tỉnh Quảng Ninh.", "visit"),
    # a host hearing its own departments report is an internal meeting; a meeting with the partner is one
    ("Chiều 10/1, Chủ tịch UBND tỉnh Lào Cai chủ trì cuộc họp nghe các sở, ngành báo cáo kế hoạch tổ chức Lễ hội "
     "biên giới với tỉnh Vân Nam (Trung Quốc).", "other"),
    ("Chiều 10/1, lãnh đạo tỉnh Lào Cai và lãnh đạo tỉnh Vân Nam (Trung Quốc) có cuộc họp trao đổi về thông quan "
     "hàng hóa.", "conference"),
    # an online meeting held to sign is a signing; an online meeting on a subject stays a meeting
    ("Ngày 20/5, UBND tỉnh Cao Bằng và chính quyền thành phố Bách Sắc (Quảng Tây, Trung Quốc) tổ chức hội nghị "
     "trực tuyến, ký kết biên bản hợp tác năm 2021.", "signing"),
    ("Ngày 20/5, tỉnh Cao Bằng và thành phố Bách Sắc (Quảng Tây, Trung Quốc) tổ chức hội nghị trực tuyến ký kết "
     "thỏa thuận hợp tác.", "signing"),
    ("Ngày 20/5, lãnh đạo tỉnh Cao Bằng và Quảng Tây (Trung Quốc) họp trực tuyến về thông quan hàng hóa.",
     "conference"),
    # aid handed over: 'other'; people in hardship asked after by a delegation that comes: its visit (round 21,
    # typeconv21: corpus a06, b35; round 9 read it as aid)
    ("Ngày 12/10, Đoàn công tác thành phố Đà Nẵng đã đến thăm hỏi, động viên và trao 1 tỷ đồng hỗ trợ người dân "
     "tỉnh Quảng Nam bị ảnh hưởng bão lũ.", "visit"),
    ("Ngày 12/10, thành phố Hà Nội trao kinh phí hỗ trợ tỉnh Quảng Bình khắc phục hậu quả bão lũ.", "other"),
    ("Ngày 12/10, đoàn đại biểu thành phố Cần Thơ trao tiền hỗ trợ tỉnh Hậu Giang xây nhà đại đoàn kết.", "other"),
    # ... a visit named first stays the visit, and "thăm Hội …" (an association) is no 'thăm hỏi'
    ("Ngày 12/10, Đoàn công tác tỉnh Quảng Trị đã đến thăm, tặng quà và chúc Tết lãnh đạo tỉnh Salavan (Lào).",
     "visit"),
    ("Ngày 12/10, đoàn đại biểu tỉnh Nghệ An đến thăm Hội người Việt Nam tại tỉnh Xiêng Khoảng (Lào).", "visit"),
    ("Ngày 12/10, đoàn công tác tỉnh Hà Tĩnh đến thăm và làm việc với tỉnh Bolikhamxay (Lào), thăm hỏi, tặng quà "
     "các gia đình chính sách.", "visit"),
    # ... nor is asking after one another and exchanging delegations ("thăm hỏi, trao đổi đoàn") aid, nor "tăng qua
    # các năm" (grew over the years) a gift
    ("Ngày 12/10, đoàn đại biểu huyện Kỳ Sơn đến thăm hỏi, trao đổi đoàn với huyện Mường Khọn (Xiêng Khoảng, Lào).",
     "visit"),
    ("Ngày 12/10, Đoàn công tác tỉnh Lạng Sơn cùng doanh nghiệp Quảng Tây (Trung Quốc) điểm lại kim ngạch thương mại "
     "tăng qua các năm.", "visit"),
])
def test_lead_shapes_of_round_9(sentence, etype):
    assert _lead(sentence)["type"] == etype


def test_a_field_of_cooperation_names_no_festival():
    # what the parties will do more of is no occasion held; a cultural exchange held is one
    assert main_type(fold("Theo thỏa thuận, hai tỉnh sẽ tăng cường giao lưu văn hóa, thể thao và du lịch."))[0] is None
    assert main_type(fold("Hai bên thống nhất đẩy mạnh giao lưu nghệ thuật giữa hai huyện."))[0] is None
    assert main_type(fold("Tối 5/3, hai huyện tổ chức giao lưu văn hóa, văn nghệ chào mừng năm mới."))[0] == "other"


def test_an_undated_page_takes_its_signing_from_the_body_not_a_field_of_cooperation():
    text = ("Tỉnh Điện Biên và tỉnh Phông Sa Lỳ: hợp tác các lĩnh vực then chốt\n"
            "Theo thỏa thuận, hai tỉnh Điện Biên và Phông Sa Lỳ (Lào) sẽ tăng cường trao đổi đoàn các cấp, đồng thời "
            "tăng cường giao lưu văn hóa, giao lưu nhân dân giữa hai địa phương.\n"
            "Phát biểu tại buổi lễ, Bí thư Tỉnh ủy Điện Biên khẳng định việc ký kết thỏa thuận giai đoạn mới là quyết "
            "tâm chính trị của hai tỉnh.\n")
    event = main_event(text)
    assert event["date"] is None
    assert event["type"] == "signing"


def test_every_row_of_the_round_is_named_with_an_example():
    rows = {p: (t, e) for p, t, _, e in MAIN_TYPE_PHRASES}
    for phrase, etype in (("le tien doan", "visit"), ("cuoc hop nghe", "other"), ("hop nghe cac so", "other"),
                          ("hop nghe bao cao", "other"), ("hoi nghi truc tuyen ky ket", "signing"),
                          ("hoi nghi truc tuyen, ky ket", "signing"), ("tang qua", "other"), ("trao tien", "other"),
                          ("trao kinh phi", "other"), ("trao ho tro", "other"), ("den tham hoi, dong vien", "visit"),
                          ("tham hoi, tang qua", "visit"), ("tham hoi, trao qua", "visit")):   # visit: round 21
        assert rows[phrase][0] == etype and rows[phrase][1]
    for words in ("ngay lam viec", "tang cuong giao luu", "day manh giao luu", "thuc day giao luu"):
        assert words in MAIN_TYPE_NOT


def test_a_delegations_stay_over_several_days_is_read_on_a_whole_page():
    text = ("Kết thúc chương trình giao lưu hữu nghị\n"
            "Sáng ngày 9/12, tại cửa khẩu Lào Cai đã diễn ra lễ tiễn Đoàn đại biểu châu Văn Sơn (Vân Nam, Trung Quốc) "
            "về nước.\n"
            "Trong 3 ngày làm việc (7/12 đến 9/12) tại tỉnh Lào Cai, Đoàn đại biểu châu Văn Sơn đã tham dự Ngày hội "
            "văn hóa biên giới và Hội nghị trao đổi kinh nghiệm công tác.\n")
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    main = next(e for e in events if e["main"])
    assert main["type"] == "visit"


def test_a_related_card_and_its_summary_are_not_the_article():
    # a related article's card inside the text: its title printed twice (link and picture), then its
    # summary with a date of its own; the lead's recent signing under the stamp is the occasion
    card = "Tuần văn hóa hai thành phố khép lại với nhiều dấu ấn"
    text = ("Tỉnh Cao Bằng và thành phố Bách Sắc ký kết chương trình hợp tác\n"
            "08:15 | 28/05/2021 GMT+7\n"
            "UBND tỉnh Cao Bằng và chính quyền thành phố Bách Sắc (Quảng Tây, Trung Quốc) vừa tổ chức hội nghị "
            "trực tuyến, ký kết chương trình hợp tác giai đoạn 2021 – 2025.\n"
            f"{card} {card}\n"
            "Chiều 20/5, Hội nghị trực tuyến giữa thành phố Đà Nẵng và thành phố Tanger (Maroc) đã bàn về hợp tác "
            "du lịch trong thời gian tới.\n"
            "Theo báo Cao Bằng, hai bên đánh giá cao kết quả hợp tác giai đoạn trước.\n")
    event = main_event(text)
    assert event["date"] == "2021-05"
    assert event["type"] == "signing"
    # a line that only repeats a shorter phrase is no card ("Hà Nội Hà Nội" is too short to be a title)
    from hoptac.core.extract.article import _card_title
    assert _card_title(f"{card} {card}") and not _card_title("Hà Nội Hà Nội") and not _card_title(card)


def test_who_attended_and_a_state_visit_name_no_occasion_of_the_page():
    # a sentence listing who attended an occasion named before it: the delegation in it is a guest
    assert main_type(fold("Tham dự chương trình, phía Việt Nam có đoàn công tác tỉnh Hà Giang do ông Nguyễn Văn A "
                          "làm trưởng đoàn."))[0] is None
    assert main_type(fold("Dự buổi lễ có đoàn đại biểu tỉnh Cao Bằng và lãnh đạo thành phố Bách Sắc."))[0] is None
    # ... but an occasion it names is still read, and a delegation that is the subject still visits
    assert main_type(fold("Tham dự hội nghị, phía tỉnh Hà Giang có đoàn công tác do ông A dẫn đầu."))[0] == "conference"
    assert main_type(fold("Đoàn công tác tỉnh Hà Giang do ông A dẫn đầu đã sang thăm châu Văn Sơn."))[0] == "visit"
    # the countries' leaders' state visit told in the body is no occasion of the two localities
    text = ("Viết tiếp tình hữu nghị hai bên biên giới\n"
            "Tham dự chương trình, phía Việt Nam có đoàn công tác tỉnh Hà Giang do ông Nguyễn Văn A làm trưởng đoàn; "
            "phía Trung Quốc có lãnh đạo châu Văn Sơn, tỉnh Vân Nam (Trung Quốc).\n"
            "Năm qua, Chủ tịch nước bạn nhận lời mời thăm cấp nhà nước đến Việt Nam, mở ra giai đoạn mới.\n"
            "Liên hoan nhân dân biên giới năm nay có nhiều tiết mục đặc sắc của hai bên.\n")
    assert main_event(text)["type"] == "other"
