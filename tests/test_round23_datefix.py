"""datefix23: three of date23's rules narrowed where review23 found them giving a wrong year or date. Each
test is a sentence of our own in the shape review23 read (no sentence is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.congress_term import congress_term_cues
from hoptac.core.text import fold

from extract_support import main_or_none as _main

# --- congress_term: only the occasion of a dated sentence (or the headline), not the background

_VISIT_HEAD = "Đoàn công tác tỉnh Quảng Ngãi làm việc tại tỉnh Kon Tum\n"
_VISIT_LEAD = ("Ngày 12/3, đoàn công tác tỉnh Quảng Ngãi do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm và làm việc "
               "tại tỉnh Kon Tum.\n")


@pytest.mark.parametrize("body", [
    "Tại Đại hội Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020-2025, tỉnh đã xác định du lịch là khâu đột phá.",
    "Theo lãnh đạo tỉnh, trong Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025, Kon Tum đặt mục tiêu "
    "phát triển nông nghiệp công nghệ cao.",
    "Ông Nguyễn Văn Hòa là đại biểu dự Đại hội Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020-2025 và được "
    "bầu vào Ban Chấp hành.",
])
def test_a_congress_in_the_background_gives_the_meeting_no_year(body):
    main = _main(_VISIT_HEAD + _VISIT_LEAD + body + "\nHai bên thống nhất tăng cường hợp tác du lịch.\n")
    assert main is not None and main["date"] == "--03-12"


@pytest.mark.parametrize("words", [
    "Ngày 5/4, trong Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025, tỉnh đặt mục tiêu tăng trưởng cao.",
    "Ngày 5/4, ông Nguyễn Văn Hòa, người từng là đại biểu dự Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ "
    "2020-2025, đến thăm tỉnh bạn.",
])
def test_what_a_congress_decided_or_a_persons_past_gives_no_cue(words):
    assert congress_term_cues(fold(words), dated=[0]) == []


def test_a_congress_attended_in_a_dated_sentence_keeps_its_cue():
    words = "Ngày 5/4, ông Nguyễn Văn Hòa tham dự Đại hội Hội Nông dân tỉnh Bình Định lần thứ X, nhiệm kỳ 2023-2028."
    assert [c.year for c in congress_term_cues(fold(words), dated=[0])] == [2023]
    assert congress_term_cues(fold(words)) == []   # no dated sentence, no headline: not the occasion's


# --- year_spans._counted_after: N years after a signing end on the signing's day and month

_REVIEW_HEAD = "Tổng kết hợp tác giữa tỉnh Bến Tre và tỉnh Trà Vinh\n"


def _review(day: str, counted: str) -> dict | None:
    lead = (f"Ngày {day}, tỉnh Bến Tre và tỉnh Trà Vinh tổ chức hội nghị tổng kết Chương trình hợp tác phát triển "
            "được hai tỉnh ký kết ngày 20-12-2015.\n")
    body = (counted + " hai bên đã phối hợp đào tạo nguồn nhân lực và chuyển giao kỹ thuật nông nghiệp.\n")
    return _main(_REVIEW_HEAD + lead + body)


@pytest.mark.parametrize("counted", ["Trong 5 năm qua,", "Sau 5 năm thực hiện,"])
def test_a_review_on_a_day_before_the_signings_day_gets_no_counted_year(counted):
    main = _review("15/1", counted)
    assert main is not None and not main["date"].startswith("2020")


def test_a_review_on_a_day_after_the_signings_day_keeps_the_counted_year():
    main = _review("28/12", "Trong 5 năm qua,")
    assert main is not None and main["date"] == "2020-12-28"


# --- trips.signing_the_headline_names: only the headline's pair's signing done, and not when the lead signs

_SIGN_HEAD = "Ký bổ sung Quy chế phối hợp bảo vệ rừng giữa hai tỉnh Gia Lai và Kon Tum\n"
_SIGN_LEAD = ("Ngày 12/6/2019, tại thành phố Pleiku, UBND hai tỉnh Gia Lai và Kon Tum tổ chức hội nghị đánh giá "
              "kết quả thực hiện quy chế phối hợp bảo vệ rừng vùng giáp ranh.\n")


def _signing_page(second: str, lead: str = _SIGN_LEAD) -> dict | None:
    return _main(_SIGN_HEAD + lead + second + "\nVùng giáp ranh gồm 3 huyện của hai tỉnh.\n")


@pytest.mark.parametrize("second", [
    "Hai tỉnh giao Chi cục Kiểm lâm sửa đổi quy chế. Theo kế hoạch, ngày 20/9/2019, hai tỉnh sẽ ký kết Quy chế "
    "phối hợp sửa đổi.",
    "Hai tỉnh giao Chi cục Kiểm lâm sửa đổi quy chế. Ngày 20/9/2019, tỉnh Kon Tum đã ký kết quy chế phối hợp với "
    "tỉnh Quảng Ngãi.",
])
def test_a_planned_signing_or_another_pairs_leaves_the_leads_date(second):
    main = _signing_page(second)
    assert main is not None and main["date"] == "2019-06-12"


def test_a_lead_that_signs_already_keeps_its_date():
    lead = ("Ngày 12/6/2019, tại thành phố Pleiku, UBND hai tỉnh Gia Lai và Kon Tum tổ chức hội nghị đánh giá "
            "kết quả thực hiện quy chế phối hợp bảo vệ rừng và ký kết bổ sung quy chế.\n")
    main = _signing_page("Ngày 20/9/2019, Chi cục Kiểm lâm hai tỉnh đã ký kết kế hoạch tuần tra chung.", lead)
    assert main is not None and main["date"] == "2019-06-12"


def test_a_signing_told_next_in_the_leads_own_month_leaves_the_leads_day():
    # found by the round-27 crash fuzz: a month alone in the next paragraph ("Trong tháng 12 năm 2023") was
    # compared day by day with the lead's day and raised (None against a day)
    head = "Hai tỉnh Lạng Sơn và Cao Bằng ký kết bổ sung quy chế phối hợp\n\n"
    lead = ("Ngày 13 tháng 12 năm 2023, tỉnh Lạng Sơn và tỉnh Cao Bằng tổ chức hội nghị đánh giá quy chế phối "
            "hợp giữa hai tỉnh.\n\n")
    main = _main(head + lead + "Trong tháng 12 năm 2023, hai tỉnh đã ký kết bổ sung Quy chế phối hợp tại thành "
                 "phố Lạng Sơn.\n")
    assert main is not None and main["date"] == "2023-12-13"
