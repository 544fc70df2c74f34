"""Round 20, the South (TP.HCM with the Mekong Delta and the Southeast): south20's misses as shapes, in
sentences written for this test (no page's own words).

* a site's contact numbers above the headline ("Hà Nội - 024…   TP. Hồ Chí Minh - 028…") are chrome: the
  bureaus' cities are no parties and the line is no headline;
* "A và tất cả 13 tỉnh thành ĐBSCL", "A cùng toàn bộ các tỉnh vùng Tây Nguyên" make the region a party as
  "A và 13 tỉnh, thành ĐBSCL" does; a quantifier with a count that does not fit still adds nothing.
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.chrome import junk_reason
from hoptac.core.scan import fast_fold

from extract_support import main_event

MEKONG = {"An Giang", "Bạc Liêu", "Bến Tre", "Cà Mau", "Cần Thơ", "Đồng Tháp", "Hậu Giang", "Kiên Giang",
          "Long An", "Sóc Trăng", "Tiền Giang", "Trà Vinh", "Vĩnh Long"}
HIGHLANDS = {"Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum", "Lâm Đồng"}


def _junk(raw: str) -> str | None:
    return junk_reason(raw, " ".join(fast_fold(raw).split()))


@pytest.mark.parametrize("raw", [
    "Hà Nội - 02438251234    TP. Hồ Chí Minh - 02838257890    Cần Thơ - 02923821456",
    "• Đà Nẵng - 02363822111",
    "Điện thoại: 0270.3822.456 | Fax: 0270.3822.457",
    "Số điện thoại: 0912345678",
])
def test_a_line_of_contact_numbers_is_chrome(raw):
    assert _junk(raw)


@pytest.mark.parametrize("raw", [
    "Hà Nội - Cần Thơ ký kết hợp tác giai đoạn 2026-2030",
    "Ngày 05.03.2026, hai tỉnh ký kết",
    "Cần Thơ - 15/11/2023",
    "Tổng đài: 1900 1234",
])
def test_a_headline_a_date_or_a_short_number_is_not_contact_numbers(raw):
    assert _junk(raw) is None


def test_the_bureaus_city_is_neither_headline_nor_party():
    text = ("Hà Nội - 02438251234    TP. Hồ Chí Minh - 02838257890    Cần Thơ - 02923821456\n"
            "Thời sự\n\n"
            "Khai mạc hội nghị hợp tác giữa TP.HCM và tỉnh Bến Tre\n\n"
            "Sáng 9/10/2025, tại tỉnh Bến Tre, UBND TP.HCM và UBND tỉnh Bến Tre tổ chức hội nghị hợp tác "
            "phát triển kinh tế - xã hội.\n")
    ev = main_event(text)
    assert sorted(ev["pair"]) == ["Bến Tre", "Hồ Chí Minh"]
    assert ev["title"].startswith("Khai mạc")


@pytest.mark.parametrize("text, partner, members", [
    ("Diễn đàn liên kết vùng năm 2026\n\n"
     "Chiều 12/3/2026, tại TP.HCM, diễn đàn liên kết giữa TP.HCM và tất cả 13 tỉnh thành Đồng bằng sông Cửu Long "
     "đã khai mạc.\n", "Hồ Chí Minh", MEKONG),
    ("Hợp tác phát triển du lịch\n\n"
     "Ngày 4/6/2026, thành phố Hải Phòng cùng toàn bộ các tỉnh vùng Tây Nguyên ký kết chương trình liên kết "
     "du lịch.\n", "Hải Phòng", HIGHLANDS),
    ("Hội nghị xúc tiến thương mại\n\n"
     "Sáng 21/9/2025, Sở Công Thương Hà Nội và cả 13 tỉnh, thành ĐBSCL tổ chức hội nghị kết nối cung cầu.\n",
     "Hà Nội", MEKONG),
])
def test_all_of_a_region_joined_to_a_partner_brings_its_members(text, partner, members):
    ev = main_event(text)
    assert {p["province"] for p in ev["parties"]} == members | {partner}
    assert partner in ev["pair"] and len(ev["pair"]) == 2


def test_all_with_a_count_that_does_not_fit_adds_nothing():
    ev = main_event("Hợp tác du lịch\n\n"
                    "Ngày 4/6/2026, tỉnh Phú Yên và tất cả 5 tỉnh ĐBSCL ký kết chương trình liên kết du lịch.\n")
    assert not MEKONG <= {p["province"] for p in ev["parties"]}


# --- "tư" (four, "đầu tư") is no "từ" (from) -------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("TP.HCM và tỉnh A kết nối đầu tư\n\n"
     "Ngày 18-11, tại TP.HCM, UBND TP.HCM và UBND tỉnh Bạc Liêu phối hợp tổ chức Hội nghị xúc tiến đầu tư "
     "năm 2025.\n", "2025-11-18"),
    ("Diễn đàn đầu tư\n\n"
     "Chiều 9/6, tại TP Cần Thơ, Diễn đàn hợp tác đầu tư năm 2023 giữa TP Cần Thơ và tỉnh Hậu Giang đã diễn ra.\n",
     "2023-06-09"),
    ("Khai mạc hội chợ biên giới\n\n"
     "Sáng 5/4, tại tỉnh Tây Ninh, Hội chợ thương mại biên giới lần thứ tư năm 2024 đã khai mạc với sự tham gia "
     "của tỉnh Svay Rieng (Campuchia).\n", "2024-04-05"),
])
def test_invest_or_fourth_before_a_year_is_no_period_start(text, date):
    assert main_event(text)["date"] == date


def test_from_a_year_is_still_a_period_start():
    ev = main_event("Hợp tác hai tỉnh\n\n"
                    "Sáng 5/3, lãnh đạo tỉnh Long An và tỉnh Tiền Giang đã hội đàm. Hai tỉnh hợp tác từ năm 2015 "
                    "đến nay.\n")
    assert ev["date"] == "--03-05" or ev["year_source"] == "unknown"


def test_the_mention_drops_four_but_keeps_from():
    from hoptac.core.extract.dates import find_dates
    assert [m.text for m in find_dates("xúc tiến đầu tư năm 2025")] == ["năm 2025"]
    assert [m.text for m in find_dates("hợp tác từ năm 2015")] == ["từ năm 2015"]


# --- "miền Tây" with its count; the members' organ after the link ----------------------------------

@pytest.mark.parametrize("text, partner", [
    ("Kết nối du lịch vùng\n\n"
     "Ngày 10/3/2026, TP.HCM và 13 tỉnh miền Tây ký kết chương trình liên kết phát triển du lịch.\n", "Hồ Chí Minh"),
    ("Kết nối du lịch vùng\n\n"
     "Ngày 10/3/2026, TP Cần Thơ và 12 tỉnh miền Tây tổ chức hội nghị liên kết phát triển du lịch.\n", "Cần Thơ"),
    ("Kết nối du lịch vùng\n\n"
     "Ngày 10/3/2026, TP.HCM cùng các tỉnh miền Tây Nam Bộ ký kết chương trình liên kết du lịch.\n", "Hồ Chí Minh"),
    ("Hợp tác phát triển\n\n"
     "Ngày 10/3/2026, UBND TP Hải Phòng và UBND 13 tỉnh, thành ĐBSCL ký kết chương trình hợp tác.\n", "Hải Phòng"),
])
def test_the_west_counted_and_the_members_organ_bring_the_delta(text, partner):
    ev = main_event(text)
    assert {p["province"] for p in ev["parties"]} == MEKONG | {partner}


@pytest.mark.parametrize("text", [
    "Hỗ trợ huyện miền núi\n\nNgày 10/3/2026, tỉnh Nghệ An hỗ trợ 3 huyện miền Tây của tỉnh Thanh Hóa xây trường.\n",
    "Hợp tác phát triển\n\nNgày 10/3/2026, TP.HCM và các tỉnh miền Tây ký kết chương trình hợp tác.\n",
])
def test_the_west_without_its_count_names_no_region(text):
    ev = main_event(text)
    assert not MEKONG <= {p["province"] for p in ev["parties"]}
