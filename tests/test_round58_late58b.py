"""Round 58 (late58b): a lead that reports a signing, then dates it in its next sentence, in sentences written for
these tests.

- "restated_signing" (core/extract/restated_signing.py, asked by ``verdicts.judge`` where a date reads as a signed
  document's day): "Sở A và Sở B đã ký kết chương trình hợp tác … . Chương trình được ký kết ngày 9/5/2023 tại
  thành phố C." The base read the second sentence's day as a past document's signing (background) and took a later
  one-province occasion of the body for the main event.
The counter-shapes (no venue or hour after the day, another occasion in the first sentence, a later day in the lead,
a first sentence that grounds itself, the signing told in one sentence) pass before and after the change."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.restated_signing import RESTATED_SIGNING

_HEAD = "Chuỗi hoạt động mừng Ngày Hội đọc sách của Thư viện tỉnh Khánh Hòa và Thư viện tỉnh Bình Định\n\n"
_BODY = ("\n\nTheo đó, tại Khánh Hòa, ngày 15/5/2023, Thư viện tỉnh Khánh Hòa đã tổ chức Tuần lễ đọc sách. "
         "Ngày 22/5/2023, Thư viện đã khai mạc Hội sách lần thứ 5 năm 2023.\n")


def _page(lead: str) -> str:
    return _HEAD + lead + _BODY


# --- the signing restated with its day: the page's occasion ----------------------------------------------------

@pytest.mark.parametrize("lead, want", [
    # the venue after the day (base: 2023-05-22, other)
    ("Nhằm giao lưu, trao đổi kinh nghiệm giữa hai tỉnh, Sở Văn hóa và Thể thao tỉnh Khánh Hòa và Sở Văn hóa và Thể "
     "thao tỉnh Bình Định đã ký kết chương trình hợp tác “Phát triển văn hóa Khánh Hòa - Bình Định giai đoạn "
     "2023-2025”. Chương trình được ký kết ngày 9/5/2023 tại thành phố Nha Trang. Theo nội dung ký kết, hai đơn vị "
     "sẽ phối hợp tổ chức các sự kiện văn hóa.", "2023-05-09"),
    # "này", "đã được ký vào ngày", the venue (base: 2023-05-22)
    ("Sở Du lịch tỉnh Khánh Hòa và Sở Du lịch tỉnh Bình Định vừa ký biên bản ghi nhớ hợp tác phát triển du lịch. "
     "Bản ghi nhớ này đã được ký vào ngày 12/5/2023 tại thành phố Quy Nhơn.", "2023-05-12"),
    # a time of day after the day (base: 2023-05-22)
    ("Hai sở văn hóa tỉnh Khánh Hòa và tỉnh Bình Định đã chính thức ký kết thỏa thuận hợp tác về thư viện. "
     "Thỏa thuận được ký kết ngày 3/5/2023, lúc 9 giờ, tại Thư viện tỉnh Khánh Hòa.", "2023-05-03"),
])
def test_a_signing_restated_with_its_day_and_venue_is_the_main_event(lead, want):
    ev = main_event(_page(lead))
    assert ev["date"] == want
    assert ev["type"] == "signing"


def test_the_table_example_reads_as_its_own_signing():
    ev = main_event("Hai tỉnh hợp tác du lịch\n\n" + RESTATED_SIGNING[0][2] + "\n")
    assert (ev["date"], ev["type"]) == ("2023-05-09", "signing")


# --- counter-shapes: the day stays background (pass before and after) -------------------------------------------

@pytest.mark.parametrize("lead", [
    # no venue or hour after the day
    "Sở Văn hóa tỉnh Khánh Hòa và Sở Văn hóa tỉnh Bình Định đã ký kết chương trình hợp tác văn hóa. "
    "Chương trình được ký kết ngày 9/5/2023, có hiệu lực đến năm 2025.",
    # the first sentence's occasion is a review of the signed document
    "Sở Văn hóa tỉnh Khánh Hòa và Sở Văn hóa tỉnh Bình Định tổ chức hội nghị sơ kết chương trình hợp tác đã ký "
    "kết. Chương trình được ký kết ngày 9/5/2020 tại thành phố Nha Trang.",
    # the first sentence grounds itself on the document
    "Thực hiện chương trình hợp tác đã ký kết, Thư viện tỉnh Khánh Hòa và Thư viện tỉnh Bình Định tổ chức chuỗi "
    "hoạt động đọc sách. Chương trình được ký kết ngày 9/5/2020 tại thành phố Nha Trang.",
])
def test_a_restated_signing_that_is_background_stays_past(lead):
    assert main_event(_page(lead))["date"] == "2023-05-22"


def test_a_later_day_in_the_lead_keeps_the_signing_past():
    lead = ("Sở Văn hóa tỉnh Khánh Hòa và Sở Văn hóa tỉnh Bình Định đã ký kết chương trình hợp tác văn hóa. "
            "Chương trình được ký kết ngày 9/5/2020 tại thành phố Nha Trang. Sáng 18/6/2023, hai bên họp sơ kết "
            "ba năm thực hiện chương trình tại tỉnh Bình Định.")
    assert main_event(_page(lead))["date"] == "2023-06-18"


def test_a_signing_dated_in_the_leads_first_sentence_is_read_as_before():
    lead = ("Chương trình hợp tác giữa Sở Văn hóa tỉnh Khánh Hòa và Sở Văn hóa tỉnh Bình Định được ký kết ngày "
            "9/5/2023 tại thành phố Nha Trang.")
    ev = main_event(_page(lead))
    assert (ev["date"], ev["type"]) == ("2023-05-09", "signing")


def test_a_document_signed_long_before_in_a_later_paragraph_stays_past():
    page = (_HEAD + "Sáng 18/6/2023, Sở Văn hóa tỉnh Khánh Hòa và Sở Văn hóa tỉnh Bình Định đã tổ chức hội nghị sơ "
            "kết tại tỉnh Bình Định.\n\nHai sở đã ký kết chương trình hợp tác văn hóa. Chương trình được ký kết "
            "ngày 9/5/2020 tại thành phố Nha Trang.\n")
    assert main_event(page)["date"] == "2023-06-18"
