"""Round 47 (late47c): children's and youth exchange programmes held at home are their programme ('other'), not the
guests' visit -- a list of activities that opens a feature lead names no occasion of its own
(core/extract/type_listed.py), an exchange programme whatever it is named is an occasion ("chương trình giao lưu",
rank 8), one named for trading experience is a meeting, and an anniversary activity a delegation attends is the
activity ("hoạt động kỷ niệm", rank 8). The counter-shapes keep their types. The sentences are written for these
tests; none is copied from a page."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.type_listed import LISTED_ACTIVITIES, without_listed_activities
from hoptac.core.scan import fold_page


def _type(text: str) -> str:
    return main_event(text)["type"]


_STAMP = "10:05 | 18/04/2025\n\n"


def test_listed_activities_are_parts_of_the_programme():
    # before: visit ('tham quan' read as 'thăm', rank 7)
    text = (_STAMP + "Giao lưu thiếu nhi hai tỉnh biên giới\n\n"
            "Tham quan Bảo tàng tỉnh Lạng Sơn, vẽ tranh, làm gốm... là những hoạt động đoàn đại biểu thiếu nhi Trung Quốc "
            "được tham gia trải nghiệm tại Chương trình giao lưu “Bạn nhỏ hai tỉnh” diễn ra ngày 16/4 tại tỉnh Lạng Sơn.\n")
    assert _type(text) == "other"


def test_anniversary_activity_attended():
    # before: visit ('đoàn đại biểu' alone, rank 9)
    text = (_STAMP + "Thiếu nhi hai nước chung vui\n\n"
            "Ngày 20/5, đoàn đại biểu gồm 12 đội viên thiếu nhi thành phố Đông Hưng, Quảng Tây (Trung Quốc) tham dự "
            "hoạt động kỷ niệm 84 năm thành lập Đội tại một trường tiểu học của thành phố Móng Cái, tỉnh Quảng Ninh.\n")
    assert _type(text) == "other"


@pytest.mark.parametrize("clause, kept", [
    # the table's own example: the list goes
    (LISTED_ACTIVITIES[0][2], False),
    # a sentence that opens with its date and subject is no list
    ("Ngày 5/3, đoàn tỉnh A sang thăm tỉnh B, đây là những hoạt động thiết thực tại vùng biên.", True),
    # one act judged
    ("Chuyến thăm của đoàn tỉnh A là hoạt động thiết thực tại tỉnh B.", True),
    # a list with no occasion after it
    ("Tham quan bảo tàng, gói bánh là những hoạt động được các em yêu thích nhất.", True),
])
def test_listed_activities_counter_shapes(clause, kept):
    folded = fold_page(clause)
    assert (without_listed_activities(folded) == folded) is kept


@pytest.mark.parametrize("lead, want", [
    # a visit named with the programme outranks it
    ("Ngày 16/4, đoàn công tác tỉnh Quảng Tây (Trung Quốc) do ông Lý Minh dẫn đầu đã sang thăm và làm việc tại tỉnh "
     "Lạng Sơn, dự chương trình giao lưu văn nghệ.", "visit"),
    # a signing at the programme stays the signing
    ("Ngày 16/4, tại chương trình giao lưu, tỉnh Lạng Sơn và tỉnh Quảng Tây (Trung Quốc) đã ký kết biên bản ghi nhớ "
     "hợp tác.", "signing"),
    # a programme named for trading experience is a meeting
    ("Tại chương trình giao lưu trao đổi kinh nghiệm diễn ra chiều 21/3 tại tỉnh Lào Cai, các đại biểu Đoàn thanh "
     "niên tỉnh Lào Cai và huyện Hà Khẩu, tỉnh Vân Nam (Trung Quốc) đã ôn lại công tác đối ngoại.", "conference"),
    # the commemoration held ranks above a visit, as before
    ("Ngày 20/5, đoàn đại biểu tỉnh Quảng Ninh sang thăm thành phố Đông Hưng (Trung Quốc) và dự lễ kỷ niệm 30 năm "
     "kết nghĩa.", "other"),
])
def test_counter_shapes_keep_their_type(lead, want):
    assert _type(_STAMP + "Hợp tác hai tỉnh\n\n" + lead + "\n") == want


# --- a bond continued is no signing ("Tiếp tục kết nghĩa, …" in a headline over a visit): GUARDED_NOT["ket nghia"]
_VISIT_LEAD = ("Đoàn đại biểu Đoàn Thanh niên thành phố Viêng Chăn (Lào) vừa có chuyến thăm và làm việc tại thành phố "
               "Hà Nội, tìm hiểu các mô hình thanh niên khởi nghiệp.\n")


def test_a_bond_continued_in_the_headline_is_no_signing():
    # before: signing ("a visit whose headline reports a signing ('ket nghia')")
    assert _type("Tuổi trẻ hai thủ đô: Tiếp tục kết nghĩa, vun đắp tình hữu nghị\n\n" + _VISIT_LEAD) == "visit"


@pytest.mark.parametrize("headline", [
    "Tuổi trẻ hai thủ đô kết nghĩa, vun đắp tình hữu nghị",          # the twinning told: unchanged
    "Lễ ký kết tiếp tục kết nghĩa giữa tuổi trẻ hai thủ đô",          # the signing named: unchanged
])
def test_a_twinning_or_its_signing_in_the_headline_stays(headline):
    assert _type(headline + "\n\n" + _VISIT_LEAD) == "signing"
