"""Round 37 (late37a): reading errors of unseen pages, fixed as general shapes, each beside its counter-shapes.

- a site owner's postal address above the headline is chrome, not the lead (``site_controls.POSTAL_ADDRESSES``):
  the labelled stamp under it is then the page's, and a lead's yearless day takes its year;
- a media label ("VIDEO: ", "CLIP - ") is no agency's tag (``media_labels``): a long headline with a stamp
  glued to it stays the headline, and the stamp the page's;
- a fair of one locality held in another keeps the host a side when the edition's year stands between them
  ("Tuần lễ xoài tỉnh A 2022 tại Hà Nội": ``partner_fairs``).

Every sentence here is our own (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event, main_or_none
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.chrome import is_leadlike
from hoptac.core.extract.site_controls import POSTAL_ADDRESSES, control_reason
from hoptac.core.extract.media_labels import MEDIA_LABELS, is_media_label
from hoptac.core.extract.chrome import agency_tag_end
from hoptac.core.text import fold

# --- a site owner's postal address above the headline ---------------------------------------------------------

_ADDRESS_PAGE = ("Văn phòng Tỉnh ủy Quảng Trị. Số 45, đường Hùng Vương, phường Đông Lễ, thành phố Đông Hà, tỉnh Quảng Trị.\n"
                 "Văn phòng Trung ương Đảng\n"
                 "Đăng ngày: 03/04/2018 - Lượt xem: 87\n"
                 "Tỉnh Quảng Trị và tỉnh Thừa Thiên Huế bàn phối hợp phát triển\n\n"
                 "Ngày 1.4, tại thành phố Huế, Tỉnh ủy Quảng Trị và Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị "
                 "bàn phối hợp phát triển.\n\n"
                 "Hai bên thống nhất tăng cường kết nối giao thông và du lịch.\n")


def test_a_postal_address_above_the_headline_is_chrome_and_the_stamp_dates_the_lead() -> None:
    art = parse_article(_ADDRESS_PAGE)
    assert art.published is not None and art.published.date().isoformat() == "2018-04-03"
    s, e = art.lead_span()
    assert art.text[s:e].startswith("Ngày 1.4")
    assert main_event(_ADDRESS_PAGE)["date"] == "2018-04-01"


@pytest.mark.parametrize("line", [
    "Văn phòng Tỉnh ủy Quảng Trị. Số 45, đường Hùng Vương, phường Đông Lễ, thành phố Đông Hà, tỉnh Quảng Trị.",
    "Địa chỉ: Số 8 phố Lý Thường Kiệt, quận Hoàn Kiếm, thành phố Hà Nội",
    "Sở Ngoại vụ tỉnh Cà Mau - Số 12A, đường Phan Ngọc Hiển, phường 5, thành phố Cà Mau, tỉnh Cà Mau",
    *(example for _, example in POSTAL_ADDRESSES),
])
def test_postal_addresses_are_chrome(line: str) -> None:
    assert control_reason(line, fold(line)) is not None


@pytest.mark.parametrize("line", [
    # a lead that is an address goes on after the province, or opens with its day
    "Sáng 5/3, tại số 12, đường Trần Phú, phường 1, tỉnh Sóc Trăng, hai tỉnh đã ký kết hợp tác.",
    "Ngày 5/3, tại Nhà khách số 12, đường Trần Phú, phường 1, thành phố Sóc Trăng, tỉnh Sóc Trăng.",
    "Tỉnh Sóc Trăng và tỉnh Bạc Liêu ký kết hợp tác phát triển du lịch giai đoạn 2024-2028",
    "Số 12 đường Trần Phú là nơi hai tỉnh ký kết hợp tác, ông A cho biết, tỉnh Sóc Trăng",
])
def test_lines_that_are_not_an_address_stay(line: str) -> None:
    assert control_reason(line, fold(line)) is None


# --- a media label is no agency's tag -----------------------------------------------------------------------------

_VIDEO_PAGE = ("VIDEO: 25 y bác sĩ cuối cùng của Hà Nam kết thúc hỗ trợ tỉnh Bình Dương chống dịch15/10/2021 - 09:12:00\n"
               "Chiều qua 14/10 đoàn y bác sĩ của tỉnh Hà Nam gồm 25 thành viên đã kết thúc đợt hỗ trợ tỉnh Bình Dương "
               "chống dịch Covid-19 từ ngày 20/8. Ngay khi về đến Hà Nam, các thành viên đoàn thực hiện cách ly y tế "
               "theo quy định. |\n")


def test_a_video_headline_with_its_stamp_glued_stays_the_headline() -> None:
    art = parse_article(_VIDEO_PAGE)
    assert art.title.startswith("VIDEO: 25 y bác sĩ") or art.title.startswith("25 y bác sĩ")
    assert art.published is not None and art.published.date().isoformat() == "2021-10-15"
    ev = main_event(_VIDEO_PAGE)
    assert ev["date"] == "2021-10-14"
    assert sorted(ev["pair"]) == ["Bình Dương", "Hà Nam"]


@pytest.mark.parametrize("label", [w for w, _ in MEDIA_LABELS])
def test_the_media_labels_of_the_table(label: str) -> None:
    raw = label.upper() + ": Hai tỉnh A và B ký kết hợp tác"
    assert is_media_label(raw, len(label) + 2)


@pytest.mark.parametrize("line", [
    # an agency's tag before a long line: still a lead
    "VOV.VN - Hai tỉnh Sơn La và Điện Biên đã ký kết chương trình hợp tác phát triển kinh tế xã hội giai đoạn mới",
    "LSO- Đoàn công tác tỉnh Lạng Sơn đã đến thăm và làm việc với tỉnh Quảng Tây về hợp tác cửa khẩu biên giới.",
])
def test_an_agencys_tag_before_a_long_line_still_makes_a_lead(line: str) -> None:
    assert not is_media_label(line, agency_tag_end(line))
    assert is_leadlike(line, fold(line))


def test_a_lead_after_a_media_label_is_still_a_lead() -> None:
    line = "VIDEO: Sáng 5/3, đoàn công tác tỉnh Hà Nam đã đến thăm và làm việc tại tỉnh Bình Dương."
    assert is_leadlike(line, fold(line))


# --- a fair of one locality held in another, the edition's year between them ---------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Tuần lễ Xoài và nông sản an toàn tỉnh Yên Bái 2023 tại Hà Nội\n\n"
     "Ngày 7/7/2023, UBND tỉnh Yên Bái khai mạc tuần lễ giới thiệu xoài và nông sản tại một siêu thị.\n",
     ["Hà Nội", "Yên Bái"]),
    ("Ngày hội văn hóa tỉnh Hà Giang năm 2024 tại TP.HCM\n\n"
     "Tối 3/11/2024, tỉnh Hà Giang tổ chức ngày hội giới thiệu văn hóa, du lịch tại nhà văn hóa thanh niên.\n",
     ["Hà Giang", "Hồ Chí Minh"]),
])
def test_a_fair_with_its_years_edition_held_in_another_has_both_sides(text: str, want: list[str]) -> None:
    assert sorted(main_event(text)["pair"]) == want


@pytest.mark.parametrize("text, want", [
    # a conference with its year: the place is a venue
    ("Hội nghị xúc tiến đầu tư tỉnh Bình Định năm 2024 tại Hà Nội\n\n"
     "Ngày 5/4/2024, UBND tỉnh Bình Định tổ chức hội nghị xúc tiến đầu tư tại một khách sạn.\n",
     ["Bình Định"]),
    # a period, not an edition: a venue
    ("Lễ hội văn hóa tỉnh Sơn La 2020-2025 tại Hà Nội\n\n"
     "Ngày 5/7/2024, UBND tỉnh Sơn La khai mạc lễ hội văn hóa tại một nhà văn hóa.\n",
     ["Sơn La"]),
])
def test_other_headlines_with_a_year_keep_the_place_a_venue(text: str, want: list[str]) -> None:
    assert sorted(main_event(text)["pair"]) == want


def test_an_undated_fair_of_the_years_edition_is_kept_with_both_sides() -> None:
    text = ("Tuần lễ nhãn và nông sản an toàn tỉnh Hưng Yên 2023 tại Hà Nội\n"
            "Phát biểu tại lễ khai mạc, ông Nguyễn Văn B, Phó Giám đốc Sở Công Thương tỉnh Hưng Yên, cho biết, "
            "nhãn Hưng Yên năm nay được mùa.\n"
            "Các sản phẩm nông sản tỉnh Hưng Yên đã có mặt tại nhiều siêu thị lớn.\n")
    ev = main_or_none(text)
    assert ev is not None and sorted(ev["pair"]) == ["Hà Nội", "Hưng Yên"]
