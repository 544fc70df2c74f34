"""The shapes real scraped pages take (issue 9), in sentences written for these tests: the year from
stamps, anniversaries, occasions and cues, and the shapes that must give no year."""

from __future__ import annotations

from datetime import date

import pytest

from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.years import infer_year, relative_anchor

from extract_support import main_event as main_of


def test_an_anniversary_range_is_no_event_but_gives_the_year():
    text = ("Lễ kỷ niệm tại huyện biên giới\n\n(Báo Nghệ An) - Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ "
            "ngoại giao (5/9/1962 - 5/9/2022) được tổ chức tại huyện Kỳ Sơn, tỉnh Nghệ An ngày 10/8.\n")
    main = main_of(text)
    assert main["date"] == "2022-08-10" and main["type"] == "other"
    assert main["year_cue"]["kind"] == "anniversary"


def test_an_anniversary_with_its_date_gives_the_year_by_arithmetic():
    text = ("Hai tỉnh ký biên bản hợp tác\n\nChiều 11/7, tỉnh Vĩnh Long và tỉnh Bến Tre tổ chức lễ ký kết "
            "biên bản hợp tác, hướng tới kỷ niệm 46 năm Ngày ký Hiệp ước hữu nghị (18/7/1977).\n")
    main = main_of(text)
    assert main["date"] == "2023-07-11"


def test_an_occasion_held_for_an_anniversary_has_the_anniversarys_year():
    text = ("Hai xã kết nghĩa\n\nNhân dịp kỷ niệm 70 năm ngày thành lập Chi bộ xã Hòa Bình (3/2/1956 – 3/2/2026), "
            "tại xã Hòa Bình đã diễn ra lễ kết nghĩa giữa xã Hòa Bình và xã Tân Lập.\n")
    main = main_of(text)
    assert (main["date"], main["precision"], main["type"]) == ("2026", "year", "signing")


# --- years -----------------------------------------------------------------------------------

def test_a_stamp_contradicted_by_a_strong_cue_gives_no_year():
    text = ("Hai tỉnh tổng kết hợp tác\n05/03/2024 08:10\n\nSáng 4/3, hai tỉnh Lạng Sơn và Cao Bằng "
            "tổ chức hội nghị tổng kết hợp tác, bàn phương hướng hợp tác năm 2019.\n")
    main = main_of(text)
    assert main["year_source"] == "unknown" and main["date"] == "--03-04"


def test_cues_that_disagree_give_no_year():
    text = ("Sáng 9/9, hai tỉnh hội đàm, bàn phương hướng hợp tác năm 2019. Trong đợt này, hai bên chuẩn "
            "bị phương hướng hợp tác năm 2021.")
    mentions = find_dates(text)
    assert infer_year(mentions[0], text, published=None, mentions=mentions) == (None, "unknown")


@pytest.mark.parametrize("words, published, expected", [
    ("Chiều qua (7/3)", date(2024, 3, 8), 2024),
    ("Chiều qua (31/12)", date(2025, 1, 1), 2024),
    ("Tuần trước, ngày 28/12", date(2025, 1, 3), 2024),
    ("Tháng trước, ngày 20/12", date(2025, 1, 15), 2024),
    ("Năm ngoái, ngày 5/6", date(2025, 1, 15), 2024),
])
def test_relative_dates_count_back_from_publication(words, published, expected):
    text = f"{words}, hai tỉnh ký kết thỏa thuận hợp tác."
    mention = find_dates(text)[0]
    assert relative_anchor(mention, text, published) is not None
    assert infer_year(mention, text, published=published, mentions=[mention]) == (expected, "published")


def test_a_named_occasion_gives_the_year():
    text = ("Hai tỉnh mở tuần văn hóa\n\nSáng 25/8, tại thành phố Thanh Hóa, khai mạc Tuần lễ văn hóa "
            "Thanh Hóa - Hủa Phăn 2022 với nhiều hoạt động.\n")
    main = main_of(text)
    assert main["date"] == "2022-08-25" and main["year_cue"]["kind"] == "named_year"
    assert main["year_cue"]["text"].endswith("2022")


def test_tet_with_a_lunar_year_and_nam():
    main = main_of("Ngày 14/1, Đoàn đại biểu tỉnh Kampot sang thăm và chúc Tết Nguyên đán Ất Tỵ năm 2025 "
                   "tỉnh Kiên Giang.")
    assert main["date"] == "2025-01-14" and main["type"] == "visit"


def test_year_cue_names_the_words_and_where_they_are():
    text = "Chiều 18/2, tại thành phố Yên Bái diễn ra hội nghị bàn phương hướng hợp tác năm 2023 giữa hai tỉnh."
    main = main_of(text)
    cue = main["year_cue"]
    assert main["date"] == "2023-02-18"
    assert cue["text"] == "phương hướng hợp tác năm 2023"
    assert text[cue["span"][0]:cue["span"][1]] == cue["text"]


def test_a_review_of_a_period_in_summer_or_autumn_may_be_either_year():
    text = "Ngày 15/8, hai tỉnh Hà Nam và Nam Định tổ chức hội nghị tổng kết hợp tác giai đoạn 2021 - 2025."
    mentions = find_dates(text)
    assert infer_year(mentions[0], text, published=None, mentions=mentions) == (None, "unknown")
    text = text.replace("15/8", "15/3")
    mentions = find_dates(text)
    assert infer_year(mentions[0], text, published=None, mentions=mentions) == (2026, "context")


def test_a_documents_date_in_the_same_sentence_gives_no_year():
    text = ("Sáng 12/3, thực hiện Nghị quyết số 26-NQ/TW ngày 3/11/2022 của Bộ Chính trị, hai tỉnh "
            "Nghệ An và Hà Tĩnh tổ chức hội nghị bàn giải pháp liên kết vùng.")
    main = main_of(text)
    assert main["date"] == "--03-12" and main["year_source"] == "unknown"


def test_a_named_target_year_is_no_cue():
    from hoptac.core.extract.year_cues import find_year_cues
    assert find_year_cues("Hai tỉnh bàn Chiến lược phát triển Vision 2030 và Tầm Nhìn 2045.") == []


def test_an_anniversarys_years_in_brackets_give_the_year():
    text = ("Hai tỉnh kỷ niệm quan hệ hữu nghị\n\nChiều 14/6, tại thành phố Sơn La, hai tỉnh Sơn La và Luông Pha "
            "Bang tổ chức lễ kỷ niệm 30 năm thiết lập quan hệ hữu nghị (1994 - 2024).\n")
    main = main_of(text)
    assert main["date"] == "2024-06-14" and main["year_cue"]["kind"] == "anniversary"


@pytest.mark.parametrize("text, written", [
    ("Ngày 20/10, hai tỉnh bàn phương hướng hợp tác năm 2027.", "Ngày 20/10"),          # 2026 or 2027
    ("Ngày 15/3, hai tỉnh tổ chức hội nghị tổng kết hợp tác năm 2026.", "Ngày 15/3"),    # 2026 or 2027
])
def test_months_where_a_plan_or_review_may_point_to_either_year(text, written):
    mentions = find_dates(text)
    mention = next(m for m in mentions if m.text == written)
    assert infer_year(mention, text, published=None, mentions=mentions) == (None, "unknown")


def test_a_year_before_what_the_article_tells_as_earlier_is_no_year():
    # the plan cue says 2023, but the occasion implements a decision of 20/5/2024: no year
    text = ("Sáng 12/3, thực hiện Quyết định số 12/QĐ-UBND ngày 20/5/2024 của UBND tỉnh, hai tỉnh Lạng Sơn "
            "và Cao Bằng tổ chức hội nghị, ký kết kế hoạch hợp tác năm 2023.")
    main = main_of(text)
    assert main["year_source"] == "unknown" and main["date"] == "--03-12"
