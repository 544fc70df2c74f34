"""Round 21, domestic pairs (audit21b): shapes of Vietnamese news on provinces working together.

* a year that opens its sentence after "Vào" / "Trong" is the time of the twinning or signing the
  sentence tells ("Vào năm 1961, tỉnh A và tỉnh B tổ chức lễ kết nghĩa"): a milestone, as "Năm 1961, …";
* a programme that lists a signing before a meeting of its own, under a headline that reports the
  signing alone, is the signing (:mod:`hoptac.core.extract.type_programme`).

Every sentence here is our own."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_programme import EXAMPLES, signing_listed_first
from hoptac.core.text import fold

from extract_support import first_main as _main, events_in as _events


def _others(text: str) -> list[str]:
    return [e["date"] for e in _events(text) if not e["main"]]


# -- a year opening its sentence after "Vào" ---------------------------------------------------------

_TWINNED_IN = ("Tổng kết hợp tác giữa ba tỉnh Sóc Trăng, Hưng Yên và Hậu Giang\n"
               "Ngày 12/5/2023, Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết chương trình hợp tác ba tỉnh "
               "Sóc Trăng – Hưng Yên – Hậu Giang giai đoạn 2018 – 2022.\n"
               "{opening} 1961, tỉnh Hưng Yên và tỉnh Sóc Trăng tổ chức lễ kết nghĩa. Từ đó, hai tỉnh thường "
               "xuyên thăm hỏi, giúp đỡ nhau.\n")


@pytest.mark.parametrize("opening", ["Vào năm", "Năm"])
def test_a_year_opening_its_sentence_after_vao_is_the_twinning_milestone(opening: str) -> None:
    text = _TWINNED_IN.format(opening=opening)
    assert _main(text)["date"] == "2023-05-12"
    assert "1961" in _others(text)


def test_a_year_after_vao_in_the_middle_of_a_clause_is_no_milestone() -> None:
    # "đầu tư vào năm 2019, …": the year is not the opening of its clause
    text = ("Hai tỉnh Trà Vinh và Bến Tre ký kết hợp tác\n"
            "Ngày 3/8/2024, hai tỉnh Trà Vinh và Bến Tre ký kết chương trình hợp tác giai đoạn 2024 – 2028.\n"
            "Nhiều doanh nghiệp đã đầu tư vào năm 2019, sau hội nghị xúc tiến của hai tỉnh.\n")
    assert _main(text)["date"] == "2024-08-03"
    assert "2019" not in _others(text)


# -- a programme that lists the signing before a meeting -------------------------------------------------

@pytest.mark.parametrize("lead,headline,want", EXAMPLES)
def test_the_module_table_reads_as_it_says(lead: str, headline: str, want: str) -> None:
    found = signing_listed_first(fold(lead), fold(headline))
    assert (found is not None) == (want == "signing")


def test_a_signing_at_a_meeting_named_as_its_venue_is_not_this_rule() -> None:
    assert signing_listed_first(fold("Ngày 5/3, A và B ký kết thỏa thuận tại Hội nghị xúc tiến đầu tư."),
                                fold("A và B ký kết thỏa thuận")) is None


def test_a_headline_of_an_anniversary_is_no_signing() -> None:
    # "kỷ niệm" folds to "ky niem": no verb of signing
    assert signing_listed_first(fold("Ngày 5/3, hai huyện ký kết biên bản ghi nhớ và tọa đàm về hợp tác."),
                                fold("Kỷ niệm 20 năm kết nghĩa hai huyện")) is None


_PROGRAMME = ("Thành phố Cần Thơ và tỉnh Bạc Liêu ký kết hợp tác phát triển du lịch\n"
              "Trong hai ngày 14-15/9/2019, tại Bạc Liêu sẽ diễn ra chương trình khảo sát điểm đến, ký kết hợp tác "
              "phát triển du lịch giữa Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ và tỉnh Bạc Liêu và tọa đàm "
              "về liên kết tour giữa hai địa phương.\n"
              "Các đại biểu sẽ tham quan một số điểm du lịch của tỉnh.\n")


def test_a_programme_with_the_signing_before_a_seminar_is_the_signing() -> None:
    main = _main(_PROGRAMME)
    assert (main["date"], main["date_end"], main["type"]) == ("2019-09-14", "2019-09-15", "signing")


def test_a_review_meeting_that_also_signs_stays_the_meeting() -> None:
    text = ("Cần Thơ – Bạc Liêu tiếp tục ký kết hợp tác\n"
            "Ngày 14/9/2019, tại Bạc Liêu đã diễn ra Hội nghị sơ kết và ký kết hợp tác phát triển giữa "
            "thành phố Cần Thơ và tỉnh Bạc Liêu giai đoạn 2019 – 2023.\n")
    assert _main(text)["type"] == "conference"


# -- a commune inside a district of before 2025 -----------------------------------------------------------

def test_a_commune_inside_a_district_and_its_province_keeps_that_province() -> None:
    # "Tân Phú" is also a commune of 2025 of Đồng Nai, which took Bình Phước in: the district and the
    # province written after the commune say where it lies, not the merged province of 2025
    text = ("Hai xã kết nghĩa\n"
            "Ngày 2/9/2024, xã Tân Phú (huyện Đồng Phú, tỉnh Bình Phước) và xã Quang Trung (huyện Kiến Xương, "
            "tỉnh Thái Bình) tổ chức lễ kết nghĩa.\n")
    main = _main(text)
    assert (main["type"], sorted(main["pair"])) == ("signing", ["Bình Phước", "Thái Bình"])


# -- a range of days in a sentence naming its occasion with its year ----------------------------------------

def test_a_range_of_days_of_a_named_occasion_takes_its_year_as_a_milestone() -> None:
    text = ("Đà Nẵng và Quảng Bình ký kết hợp tác du lịch\n"
            "Chiều 18/11/2024, tại Đà Nẵng, Sở Du lịch thành phố Đà Nẵng và Sở Du lịch tỉnh Quảng Bình ký kết "
            "chương trình hợp tác phát triển du lịch.\n"
            "Hai bên thống nhất cùng tham gia Ngày hội Du lịch miền Trung 2024 diễn ra từ 20/11-23/11 tại Quảng "
            "Bình.\n")
    assert _main(text)["date"] == "2024-11-18"
    assert "2024-11-20" in _others(text)
