"""Round 36 (type36): trips told by who travels or by the rite held there, with no verb of travel
(docs/accuracy.md, "Round 36: type36"). Sentences written for this test (no page's own words)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_phrases import DELEGATION_NOUNS, found
from hoptac.core.extract.type_travellers import TRAVELLER_PHRASES
from hoptac.core.text import fold
from extract_support import headed_type as _type


# --- the travellers named by who they are: the delegation's trip, as "Đoàn công tác …" (rank 9)
@pytest.mark.parametrize("lead", [
    "Ngày 12/3, Đoàn cán bộ tỉnh Nghệ An tìm hiểu cách làm du lịch cộng đồng tại tỉnh Xiêng Khoảng (Lào).",
    "Ngày 12/3, Đoàn cán bộ trẻ tỉnh Nghệ An tìm hiểu mô hình trồng cà phê tại tỉnh Champasak (Lào).",
    "Ngày 12/3, Đoàn cán bộ lãnh đạo tỉnh Khăm Muồn (Lào) tìm hiểu mô hình trồng cà phê tại tỉnh Nghệ An.",
    "Ngày 12/3, Đoàn lãnh đạo tỉnh Nghệ An quảng bá sản phẩm du lịch tại thành phố Côn Minh (Trung Quốc).",
    "Ngày 12/3, Đoàn doanh nghiệp tỉnh Nghệ An tìm hiểu thị trường tại tỉnh Champasak (Lào).",
    "Ngày 20/5, tại Lào, đoàn famtrip của các công ty lữ hành tỉnh Quảng Bình có mặt tại các điểm đến của tỉnh "
    "Savannakhet.",
])
def test_travellers_named_by_who_they_are_are_on_a_visit(lead):
    assert _type("Tin hợp tác", lead) == "visit"


@pytest.mark.parametrize("lead, expected", [
    # "Đoàn Thanh niên" is the Youth Union, a body: no delegation's trip
    ("Ngày 12/3, Đoàn Thanh niên tỉnh Nghệ An quảng bá sản phẩm du lịch tại thành phố Côn Minh (Trung Quốc).", "other"),
    # "đoàn" of a period, a party group, a trade union, a group of companies: no delegation
    ("Ngày 12/3, trong giai đoạn doanh nghiệp gặp khó, tỉnh Nghệ An giảm thuế cho hàng hóa của tỉnh Xiêng Khoảng "
     "(Lào).", "other"),
    ("Ngày 12/3, Đảng đoàn lãnh đạo Hội Nông dân tỉnh Nghệ An quán triệt nghị quyết về hợp tác với tỉnh Xiêng "
     "Khoảng (Lào).", "other"),
    ("Ngày 12/3, Tập đoàn doanh nghiệp An Phát tìm hiểu thị trường tại tỉnh Champasak (Lào).", "other"),
    ("Ngày 12/3, Công đoàn doanh nghiệp tỉnh Nghệ An quyên góp ủng hộ người dân tỉnh Xiêng Khoảng (Lào).", "other"),
    # another occasion named outranks the travellers, as it outranks "đoàn công tác"
    ("Ngày 12/3, Đoàn doanh nghiệp tỉnh Nghệ An dự hội nghị xúc tiến đầu tư tại tỉnh Champasak (Lào).", "conference"),
    ("Ngày 12/3, Đoàn cán bộ tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào) ký kết biên bản ghi nhớ hợp tác.", "signing"),
    ("Ngày 12/3, Đoàn doanh nghiệp tỉnh Nghệ An tham gia hội chợ thương mại tại tỉnh Xiêng Khoảng (Lào).", "other"),
])
def test_guards_no_delegation_or_another_occasion(lead, expected):
    assert _type("Tin hợp tác", lead) == expected


def test_the_rows_are_delegation_nouns_and_weakest():
    for phrase, etype, rank, example in TRAVELLER_PHRASES:
        assert phrase in DELEGATION_NOUNS and etype == "visit" and rank == 9
        assert phrase in [f[3] for f in found(fold(example))], example


def test_talks_over_several_days_with_business_travellers_stay_the_talks():
    lead = ("Từ ngày 17 đến 19/6, đoàn đại biểu tỉnh Nghệ An hội đàm với lãnh đạo tỉnh Xiêng Khoảng (Lào); đoàn doanh "
            "nghiệp đi cùng kết nối với các đối tác.")
    assert _type("Tin hợp tác", lead) == "conference"


# --- a tribute paid in the partner's province, told with no verb of going: the trip
@pytest.mark.parametrize("lead", [
    "Sáng 25/7, lãnh đạo tỉnh Quảng Nam viếng hương Nghĩa trang liệt sĩ quốc gia Trường Sơn (tỉnh Quảng Trị).",
    "Ngày 12/3, lãnh đạo tỉnh An Giang dâng hương tại Đài hữu nghị Việt Nam – Campuchia ở tỉnh Takeo (Campuchia).",
    "Ngày 12/3, lãnh đạo tỉnh An Giang dâng hoa tại Đài hữu nghị Việt Nam – Campuchia ở tỉnh Takeo (Campuchia).",
    "Ngày 12/3, lãnh đạo tỉnh An Giang đặt vòng hoa tại Đài hữu nghị Việt Nam – Campuchia ở tỉnh Takeo (Campuchia).",
    "Ngày 12/3, lãnh đạo tỉnh An Giang thắp hương tưởng niệm liệt sĩ quân tình nguyện tại tỉnh Takeo (Campuchia).",
])
def test_a_tribute_in_the_partners_province_is_a_visit(lead):
    assert _type("Tin hợp tác", lead) == "visit"


@pytest.mark.parametrize("lead", [
    # the venue in the subject's own province
    "Sáng 25/7, lãnh đạo tỉnh Quảng Trị viếng hương Nghĩa trang liệt sĩ quốc gia Trường Sơn (tỉnh Quảng Trị) cùng "
    "đoàn tỉnh Quảng Nam.",
    # the other side named as company, not as the venue
    "Sáng 25/7, lãnh đạo tỉnh Quảng Trị dâng hương tại Nghĩa trang liệt sĩ quốc gia Trường Sơn cùng lãnh đạo tỉnh "
    "Quảng Nam.",
    # where the fallen fell, the rite held at home
    "Ngày 12/3, lãnh đạo tỉnh An Giang dâng hương tưởng niệm các liệt sĩ quân tình nguyện hy sinh tại tỉnh Takeo "
    "(Campuchia).",
    # both sides before the rite: a joint rite
    "Ngày 12/3, lãnh đạo tỉnh An Giang và tỉnh Takeo (Campuchia) dâng hương tại Đài hữu nghị ở huyện Tịnh Biên.",
])
def test_guards_a_rite_at_home_or_shared_is_no_trip(lead):
    assert _type("Tin hợp tác", lead) != "visit"
