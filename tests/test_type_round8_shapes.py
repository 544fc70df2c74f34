"""Types of lead shapes read on real pages of seen sites in type round 8 (leads of trade fairs,
delegations to a neighbour's celebrations, border crossings home): a delegation that goes to attend
its hosts' occasion over several days, a delegation that crosses home at the end of its trip, and
"phối hợp Ban …", whose folded letters hold 'họp bàn' (a meeting), and an office for work ("văn
phòng làm việc", "nhà làm việc"), no working session. Every sentence is written for
these tests; none is copied from a page."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_vocab import DELEGATION_ATTENDS, FOLDS_ACROSS_WORDS, MAIN_TYPE_PHRASES

from extract_support import lead_event as _lead


@pytest.mark.parametrize("sentence, etype", [
    # a delegation that goes to attend its hosts' occasion over several days: its trip
    ("Trong 3 ngày từ 5 đến 7/9, Đoàn công tác tỉnh Nghệ An do ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh làm "
     "Trưởng đoàn đã sang dự Lễ kỷ niệm Quốc khánh tại tỉnh Xiêng Khoảng (Lào).", "visit"),
    ("Từ ngày 12 đến 14/4, đoàn đại biểu huyện Tân Biên (Tây Ninh) sang tham dự Lễ hội năm mới tại huyện "
     "Memot, tỉnh Tbong Khmum (Campuchia).", "visit"),
    ("Trong các ngày 3 - 5/12, đoàn đại biểu tỉnh Hủa Phăn (Lào) đến tham dự Liên hoan văn nghệ hữu nghị tại "
     "tỉnh Thanh Hóa.", "visit"),
    # ... one evening's ceremony stays the ceremony; a festival that is the sentence's subject stays the festival
    ("Tối 29/1, đoàn công tác tỉnh Thừa Thiên Huế sang tham dự Lễ kỷ niệm Ngày thành lập tỉnh Champasak (Lào).",
     "other"),
    ("Trong 2 ngày 21 và 22/11, tại tỉnh Vân Nam (Trung Quốc) đã diễn ra Lễ hội sông Hồng với sự tham dự của "
     "đoàn đại biểu tỉnh Lào Cai.", "other"),
    ("Từ ngày 26/4 đến 3/5, Tuần văn hóa thành phố Hội An diễn ra tại thành phố Thanh Hóa.", "other"),
    # a delegation crossing home ends its trip, whatever it attended
    ("Tối 29/1, Đoàn đại biểu châu Văn Sơn (tỉnh Vân Nam, Trung Quốc) đã xuất cảnh về nước, kết thúc chuyến "
     "tham dự Chương trình giao lưu văn nghệ mừng Xuân tại tỉnh Hà Giang.", "visit"),
    ("Chiều 15/6, Đoàn công tác tỉnh Lai Châu đã nhập cảnh về nước, kết thúc chuyến công tác tại tỉnh Phông "
     "Sa Lỳ (Lào), trong đó hai bên đã ký kết biên bản hợp tác.", "visit"),
    ("Ngày 20/3, Đoàn đại biểu tỉnh Kampot (Campuchia) kết thúc tốt đẹp chuyến tham dự Lễ hội Nghinh Ông tại "
     "tỉnh Kiên Giang.", "visit"),
    # "phối hợp Ban …": no 'họp bàn'; the fair is the occasion (also "phối hợp báo cáo", no 'họp báo')
    ("Ngày 11/12, Sở Công Thương tỉnh Quảng Ninh phối hợp Ban Xúc tiến đầu tư tỉnh và chính quyền thành phố "
     "Đông Hưng (Quảng Tây, Trung Quốc) khai mạc Hội chợ thương mại biên giới.", "other"),
    ("Sáng 5/3, Sở Ngoại vụ tỉnh Lào Cai phối hợp báo cáo kết quả hợp tác với tỉnh Vân Nam (Trung Quốc) tại "
     "hội nghị sơ kết.", "conference"),
    # ... and "phối hợp bàn giao" is still a handover, before the working session that follows it
    ("Ngày 3/7, đoàn công tác tỉnh Quảng Nam phối hợp bàn giao công trình trường học và làm việc với lãnh đạo "
     "tỉnh Xê Kông (Lào).", "other"),
    # a building or an office for work is no working session: the handover is the occasion
    ("Ngày 3/7, thành phố Đà Nẵng bàn giao cho tỉnh Chăm-pa-sắc (Lào) trường tiểu học gồm 6 phòng học và văn "
     "phòng làm việc của Hội người Việt.", "other"),
    ("Ngày 3/7, Công an tỉnh Quảng Nam khánh thành nhà làm việc tặng Công an tỉnh Xê Kông (Lào).", "other"),
    ("Sáng 3/7, lãnh đạo tỉnh Quảng Nam làm việc với lãnh đạo tỉnh Xê Kông (Lào) tại trụ sở UBND tỉnh.",
     "conference"),
    # a meeting to plan the agenda ('họp bàn') is still one
    ("Ngày 9/3, lãnh đạo huyện Mèo Vạc (Hà Giang) và huyện Phú Ninh (Vân Nam, Trung Quốc) họp bàn kế hoạch "
     "giao lưu năm 2025.", "conference"),
])
def test_lead_shapes_of_round_8(sentence, etype):
    assert _lead(sentence)["type"] == etype


def test_every_row_of_the_round_is_named_with_an_example():
    rows = {p: (t, e) for p, t, _, e in MAIN_TYPE_PHRASES}
    for phrase in ("xuat canh ve nuoc", "nhap canh ve nuoc", "ket thuc tot dep chuyen"):
        assert rows[phrase][0] == "visit" and rows[phrase][1]
    assert all(verb and example for verb, example in DELEGATION_ATTENDS)
    assert all(words and example for words, _, example in FOLDS_ACROSS_WORDS)
