"""Round 24 (late24pair): a locality's week, fair or festival held in another names the place it is
held in as the other side (core/extract/partner_fairs.py).

Every sentence here is our own."""

from __future__ import annotations

import pytest
from extract_support import main_event as _main


@pytest.mark.parametrize("text, want", [
    # the headline names a province's fruit week and the city it is held in: both sides
    ("Tuần lễ vải thiều và nông sản tỉnh Bắc Giang tại Hà Nội\n\n"
     "Sáng nay (12/6), UBND tỉnh Bắc Giang phối hợp với một hệ thống siêu thị khai mạc Tuần lễ vải thiều "
     "tại siêu thị Long Biên.\n\nNgười tiêu dùng Hà Nội được mua vải tươi.\n",
     ["Bắc Giang", "Hà Nội"]),
    ("Khai mạc Ngày hội văn hóa tỉnh Hà Giang tại TP.HCM\n\n"
     "Tối 3/11/2023, tỉnh Hà Giang tổ chức ngày hội giới thiệu văn hóa, du lịch tại nhà văn hóa thanh niên.\n",
     ["Hà Giang", "Hồ Chí Minh"]),
])
def test_a_fair_of_one_locality_held_in_another_has_both_sides(text: str, want: list[str]) -> None:
    assert sorted(_main(text)["pair"]) == want


@pytest.mark.parametrize("text, want", [
    # a conference (no fair's word): the place is a venue
    ("Hội nghị xúc tiến đầu tư tỉnh Bình Định tại Hà Nội\n\n"
     "Ngày 5/4/2024, UBND tỉnh Bình Định tổ chức hội nghị xúc tiến đầu tư tại một khách sạn.\n",
     ["Bình Định"]),
    # words between the locality and "tại": a venue
    ("Tuần lễ nông sản tỉnh Sơn La khai mạc tại Hà Nội\n\n"
     "Ngày 5/7/2024, UBND tỉnh Sơn La khai mạc tuần lễ nông sản tại một siêu thị.\n",
     ["Sơn La"]),
])
def test_other_headlines_keep_the_place_a_venue(text: str, want: list[str]) -> None:
    assert sorted(_main(text)["pair"]) == want


# -- a document's bases ("Căn cứ …") above its operative paragraph (core/extract/document_bases.py) --

_PLAN = ("KẾ HOẠCH\n\n"
         "THỰC HIỆN CHƯƠNG TRÌNH HỢP TÁC DU LỊCH NĂM 2022\n\n"
         "Căn cứ Quyết định số 41/QĐ-UBND ngày 10/1/2022 của Ủy ban nhân dân tỉnh Yên Bái về việc phê duyệt "
         "chương trình du lịch các tỉnh miền núi phía Bắc;\n\n"
         "Căn cứ Kế hoạch số 17/KH-UBND ngày 2/3/2022 của Ủy ban nhân dân tỉnh Lào Cai về triển khai chương "
         "trình hợp tác du lịch các tỉnh năm 2022.\n\n"
         "Ủy ban nhân dân tỉnh Điện Biên ban hành Kế hoạch thực hiện chương trình hợp tác du lịch với tỉnh "
         "Hòa Bình năm 2022 với các nội dung sau:\n\n"
         "1. Mục đích\n\n"
         "Đẩy mạnh kết nối du lịch giữa Điện Biên với Hòa Bình, thu hút khách du lịch.\n")


def test_a_documents_bases_are_not_its_lead() -> None:
    from hoptac.core.extract.article import parse_article
    art = parse_article(_PLAN)
    s, e = art.lead_span()
    assert _PLAN[s:e].startswith("Ủy ban nhân dân tỉnh Điện Biên ban hành")
    assert sorted(_main(_PLAN)["pair"]) == ["Hòa Bình", "Điện Biên"]


def test_one_long_paragraph_opening_with_its_basis_stays_the_lead() -> None:
    from hoptac.core.extract.article import parse_article
    text = ("Lễ hội trăng rằm hai tỉnh\n\n"
            "Căn cứ Kế hoạch số 9/KH-UBND ngày 4/6/2021 của Ủy ban nhân dân tỉnh Bắc Kạn, tối 18/9/2021 tại "
            "quảng trường trung tâm, tỉnh Bắc Kạn phối hợp với tỉnh Cao Bằng tổ chức lễ hội trăng rằm. " * 5 + "\n\n"
            "Lễ hội thu hút đông đảo người dân tham gia.\n")
    s, e = parse_article(text).lead_span()
    assert text[s:e].startswith("Căn cứ Kế hoạch số 9/KH-UBND")


# -- a province's department twinned with a unit of that province (core/extract/partner_departments.py) --

@pytest.mark.parametrize("text, want", [
    ("Lễ ký kết chương trình kết nghĩa giữa Sở Tài chính và UBND xã Cư Pui, huyện Krông Bông\n\n"
     "Sáng 12/9/2022, lãnh đạo Sở Tài chính cùng cán bộ công đoàn Sở đã đến xã và tổ chức lễ ký kết chương "
     "trình kết nghĩa giai đoạn 2022 - 2025.\n",
     ["Đắk Lắk", "Đắk Lắk"]),
    # no twinning word: the department works with the district, one side
    ("Làm việc giữa Sở Tài chính và UBND huyện Krông Bông về ngân sách\n\n"
     "Sáng 12/9/2022, lãnh đạo Sở Tài chính làm việc với huyện về dự toán ngân sách năm 2023.\n",
     ["Đắk Lắk"]),
])
def test_a_department_twinned_with_a_commune_of_its_province(text: str, want: list[str]) -> None:
    assert _main(text)["pair"] == want


# -- foreigners living in a region are no side of its provinces (partner_groups._COMMUNITY_RE) --

def test_a_foreign_community_of_a_region_is_not_its_provinces() -> None:
    text = ("Cần Thơ: Gặp mặt mừng năm mới với bạn bè Nhật Bản\n\n"
            "Ngày 14/1, UBND TP Cần Thơ phối hợp cùng cộng đồng người Nhật Bản các tỉnh khu vực ĐBSCL tổ chức "
            "buổi gặp mặt mừng năm mới tại TP Cần Thơ.\n\n"
            "Phát biểu tại buổi gặp mặt, lãnh đạo thành phố cảm ơn các doanh nghiệp Nhật Bản.\n")
    assert _main(text)["pair"] == ["Cần Thơ"]
