"""Year inference for dates written without a year: hoptac.core.extract.years."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.years import CUES, NEARBY, THRESHOLD, YearCue, find_year_cues, infer_year


def year_of(text: str, written: str, published=None) -> tuple[int | None, str]:
    mentions = find_dates(text)
    mention = next(m for m in mentions if m.text == written)
    return infer_year(mention, text, published=published, mentions=mentions)


# --- excerpts of the sample articles (seeds/), quoted -----------------------------------

SEED_000 = ("Trong hai ngày 24 và 25 tháng 11 năm 2018, Tại thành phố Yên Bái tổ chức Hội nghị sơ "
            "kết chương trình hợp tác giữa thành phố Yên Bái và thành phố Lao Cai năm 2018, ký kết "
            "chương trình hợp tác năm 2019.")

SEED_001 = ("Chiều 8/3, tại thành phố Lào Cai, Ban Thường vụ Tỉnh ủy Lào Cai phối hợp với Ban "
            "Thường vụ Tỉnh ủy Thái Bình tổ chức Hội nghị đánh giá kết quả hợp tác giữa 2 địa phương "
            "giai đoạn 2018 - 2023 và phương hướng trong giai đoạn tới.\n\n"
            "Theo đó, ngày 19/9/2018 tại thành phố Thái Bình, lãnh đạo tỉnh Lào Cai và tỉnh Thái "
            "Bình đã ký kết Biên bản ghi nhớ hợp tác toàn diện với chủ đề “Chung dòng sông, cùng ý "
            "tưởng, hướng tương lai”.")

SEED_002 = ("Chiều 18/2, tại thành phố Yên Bái đã diễn ra Hội nghị đánh giá kết quả hợp tác giữa "
            "tỉnh Yên Bái và tỉnh Lào Cai từ đầu nhiệm kỳ tới nay; phương hướng hợp tác năm 2023.\n\n"
            "Phát biểu tại hội nghị, đồng chí Đỗ Đức Duy, Bí thư Tỉnh ủy Yên Bái bày tỏ niềm vui khi "
            "ngay trong những ngày đầu xuân mới 2023 được đón Đoàn công tác của tỉnh Lào Cai tới "
            "thăm và làm việc.")

SEED_003 = ("Ngày 7/1, tại thành phố Lào Cai, đoàn công tác Thành ủy Hà Nội do ông Hoàng Trung Hải, "
            "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội làm trưởng đoàn đã đến thăm và làm việc với "
            "tỉnh Lào Cai về vấn đề hợp tác giữa thành phố Hà Nội và tỉnh Lào Cai.\n\n"
            "Tại buổi làm việc, lãnh đạo hai địa phương đã nghe báo cáo tóm tắt kết quả thực hiện "
            "nhiệm vụ năm 2016 và phương hướng nhiệm vụ trong năm 2017 của hai bên.")

SEED_004 = ("Thành phố Hà Nội và tỉnh Hưng Yên hợp tác phát huy thế mạnh của mỗi địa phương "
            "(16:25 13/07/2019)\n\nHNP - Ngày 11/7, Thành ủy Hà Nội ban hành Thông báo số 2077-TB/TU, "
            "truyền đạt kết luận Hội nghị giữa Ban Thường vụ Thành ủy Hà Nội và Ban Thường vụ Tỉnh ủy "
            "Hưng Yên.")

GOLD = [
    # (name, text, date as written, publication, expected (year, source))
    ("seed 000: stated range", SEED_000, "ngày 24 và 25 tháng 11 năm 2018", None, (2018, "stated")),
    ("seed 001: review of 2018-2023", SEED_001, "Chiều 8/3", None, (2024, "context")),
    ("seed 002: plan 2023, spring 2023", SEED_002, "Chiều 18/2", None, (2023, "context")),
    ("seed 003: results 2016, plans 2017", SEED_003, "Ngày 7/1", None, (2017, "context")),
    ("seed 004: published", SEED_004, "Ngày 11/7", datetime(2019, 7, 13, 16, 25), (2019, "published")),
    ("nothing at all", "Chiều 8/3, hai tỉnh tổ chức hội nghị.", "Chiều 8/3", None, (None, "unknown")),
    ("published in January", "Ngày 28/12, hai tỉnh ký kết.", "Ngày 28/12", date(2020, 1, 5), (2019, "published")),
]


@pytest.mark.parametrize("name, text, written, published, expected", GOLD, ids=[g[0] for g in GOLD])
def test_gold(name, text, written, published, expected):
    assert year_of(text, written, published) == expected


def test_seed_000_range_keeps_both_days():
    m = find_dates(SEED_000)[0]
    assert (m.day, m.end_day, m.month, m.end_month, m.year) == (24, 25, 11, 11, 2018)


def test_seed_001_past_signing_nearby_does_not_win():
    """The 2018 full date is near but tells the past ('Theo đó ... đã ký kết')."""
    mentions = find_dates(SEED_001)
    signing = next(m for m in mentions if m.text == "ngày 19/9/2018")
    chieu = mentions[0]
    assert signing.start - chieu.end < 300          # it is within reach
    assert infer_year(chieu, SEED_001, published=None, mentions=mentions) == (2024, "context")


# --- publication time -------------------------------------------------------------------

PUBLISHED = [
    # (date as written, published, year)
    ("Ngày 11/7", datetime(2019, 7, 13, 16, 25), 2019),
    ("Ngày 11/7", date(2019, 7, 13), 2019),             # a date works as well as a datetime
    ("Ngày 28/12", date(2020, 1, 5), 2019),             # December before a January article
    ("Ngày 20/8", date(2019, 7, 13), 2019),             # five weeks ahead: an announced event
    ("Ngày 20/10", date(2019, 7, 13), 2018),            # three months ahead: last year
    ("Ngày 5/1", date(2020, 12, 10), 2020),             # the publication year (the rule as given)
    ("Ngày 5/3", date(2020, 1, 5), 2020),               # 60 days ahead: still this year
    ("Ngày 8/3", date(2020, 1, 5), 2019),               # 63 days ahead: the year before
    ("Ngày 13/7", date(2019, 7, 13), 2019),             # the same day
    ("ngày 29/2", date(2021, 3, 10), 2021),             # no 29/2 in 2021: compared as 28/2
]


@pytest.mark.parametrize("written, published, year", PUBLISHED, ids=[f"{p[0]}@{p[1]}" for p in PUBLISHED])
def test_published(written, published, year):
    assert year_of(f"{written}, hai tỉnh ký kết.", written, published) == (year, "published")


def test_a_day_days_after_the_stamp_in_the_next_year_gets_no_year():
    # 5/1/2020 lies 360 days before a stamp of 30/12/2020, 5/1/2021 six days after it: neither is a
    # report of what just happened (years.JUST_AFTER_DAYS)
    assert year_of("Ngày 5/1, hai tỉnh ký kết.", "Ngày 5/1", date(2020, 12, 30)) == (None, "unknown")


def test_stated_beats_published():
    assert year_of("ngày 19/9/2018", "ngày 19/9/2018", date(2024, 3, 9)) == (2018, "stated")


def test_published_beats_a_weak_or_agreeing_context():
    # a far, weak cue does not outvote the stamp; an agreeing strong one confirms it
    text = "Chiều 18/2, hai tỉnh gặp mặt." + " Hai tỉnh trao đổi kinh nghiệm." * 20 + "\n\nNăm 2020 có nhiều việc."
    assert year_of(text, "Chiều 18/2", date(2024, 2, 19)) == (2024, "published")
    text = "Chiều 18/2, hội nghị bàn phương hướng hợp tác năm 2024."
    assert year_of(text, "Chiều 18/2", date(2024, 2, 19)) == (2024, "published")


def test_a_stamp_that_a_strong_cue_contradicts_gives_no_year():
    # issue 9: a republication stamp is not a publication date; when the article's own
    # strong cue disagrees with the stamp, the honest answer is "year unknown"
    text = "Chiều 18/2, hội nghị bàn phương hướng hợp tác năm 2023."
    assert year_of(text, "Chiều 18/2", date(2024, 2, 19)) == (None, "unknown")


# --- the article's cues -------------------------------------------------------------------

CUE_CASES = [
    # (text, date as written, expected year)
    ("Chiều 18/2, hội nghị bàn phương hướng hợp tác năm 2023.", "Chiều 18/2", 2023),
    ("Sáng 12/3, hai tỉnh ký kết kế hoạch hợp tác năm 2023.", "Sáng 12/3", 2023),
    ("Sáng 12/3, lãnh đạo hai tỉnh ký biên bản. Kế hoạch hợp tác năm 2023 gồm 11 nội dung.",
     "Sáng 12/3", 2023),
    ("Sáng 20/7, Hội nghị sơ kết chương trình hợp tác năm 2018 được tổ chức.", "Sáng 20/7", 2018),
    ("Sáng 15/12, hội nghị tổng kết năm 2018 giữa hai tỉnh.", "Sáng 15/12", 2018),
    ("Ngày 7/1, hai bên nghe báo cáo kết quả năm 2016 và phương hướng năm 2017.", "Ngày 7/1", 2017),
    ("Chiều 8/3, hội nghị đánh giá kết quả hợp tác giai đoạn 2018 - 2023.", "Chiều 8/3", 2024),
    ("Chiều 10/2, trong không khí đầu xuân mới 2023, hai tỉnh gặp mặt.", "Chiều 10/2", 2023),
    ("Sáng 30/1, nhân dịp xuân Quý Mão 2023, hai tỉnh gặp mặt.", "Sáng 30/1", 2023),
    ("Sáng 30/1, nhân dịp Tết Nguyên đán Quý Mão, hai tỉnh gặp mặt.", "Sáng 30/1", 2023),
    ("Sáng 5/2, chúc mừng xuân Giáp Thìn, hai tỉnh gặp mặt.", "Sáng 5/2", 2024),
    ("Sáng 20/1, đón Tết Kỷ Tỵ, hai tỉnh gặp mặt.", "Sáng 20/1", 1989),
    ("Sáng 20/1, đón Tết Canh Tý, hai tỉnh gặp mặt.", "Sáng 20/1", 2020),
    ("Sáng 5/4, hai tỉnh triển khai chương trình hợp tác năm 2019.", "Sáng 5/4", 2019),
]


@pytest.mark.parametrize("text, written, year", CUE_CASES, ids=[c[0][:50] for c in CUE_CASES])
def test_cues(text, written, year):
    assert year_of(text, written) == (year, "context")


TURN_OF_YEAR = [
    # a plan for 2017 met in December is held in 2016; a review of 2018 in January, in 2019
    ("Ngày 20/12, hai bên bàn phương hướng nhiệm vụ năm 2017.", "Ngày 20/12", 2016),
    ("Ngày 15/1, hội nghị tổng kết chương trình hợp tác năm 2018.", "Ngày 15/1", 2019),
    ("Ngày 24/11, hội nghị sơ kết chương trình hợp tác năm 2018, ký kết chương trình hợp tác năm 2019.",
     "Ngày 24/11", 2018),
    ("Ngày 15/12, hội nghị đánh giá kết quả hợp tác giai đoạn 2018 - 2023.", "Ngày 15/12", 2023),
    ("Ngày 28/12, chuẩn bị đón Tết Nguyên đán 2024.", "Ngày 28/12", 2023),
]


@pytest.mark.parametrize("text, written, year", TURN_OF_YEAR, ids=[c[1] + " " + c[0][-30:] for c in TURN_OF_YEAR])
def test_turn_of_the_year(text, written, year):
    assert year_of(text, written) == (year, "context")


def test_find_year_cues_names_and_years():
    cues = find_year_cues(SEED_003)
    # the review of 2016 in the sentence that plans 2017 (review_before_plan: 2017 on 7/1, as the plan says)
    assert [(c.name, c.year) for c in cues] == [("review_before_plan", 2016), ("plan_year", 2017)]
    assert all(isinstance(c, YearCue) and SEED_003[c.pos:c.pos + 3].lower() == "năm" for c in cues)
    cues = find_year_cues(SEED_001)
    assert [(c.name, c.year) for c in cues] == [("review_period", 2024)]
    assert [(c.name, c.year) for c in find_year_cues(SEED_002)] == [("review_plan_year", 2023), ("spring", 2023)]


def test_find_year_cues_accepts_the_mentions():
    mentions = find_dates(SEED_000)
    assert find_year_cues(SEED_000, mentions=mentions) == find_year_cues(SEED_000)
    names = [(c.name, c.year) for c in find_year_cues(SEED_000)]
    assert names == [("review_before_plan", 2018), ("plan_year", 2019)]   # a review of 2018 with the plan of 2019


def test_periods_and_targets_are_no_cues_by_themselves():
    text = "Chiều 8/3, hai tỉnh tăng cường hợp tác trong giai đoạn 2021-2025, tầm nhìn đến năm 2030."
    assert find_year_cues(text) == []
    assert year_of(text, "Chiều 8/3") == (None, "unknown")


# --- a full date nearby ---------------------------------------------------------------------

def test_full_date_in_the_same_sentence():
    text = "Chiều 8/3, ngay sau lễ khánh thành ngày 7/3/2021, hai tỉnh ký kết."
    assert year_of(text, "Chiều 8/3") == (2021, "context")


def test_full_date_in_the_same_paragraph_beats_a_far_cue():
    text = ("Chiều 8/3, hai tỉnh ký kết. Hội nghị tiếp nối buổi làm việc ngày 7/3/2021 tại Hà Nội."
            + " Hai tỉnh trao đổi kinh nghiệm." * 40 + "\n\nPhương hướng hợp tác năm 2019.")
    assert year_of(text, "Chiều 8/3") == (2021, "context")


def test_past_full_date_alone_is_not_enough():
    text = ("Chiều 8/3, hai tỉnh tổ chức hội nghị.\n\nTheo đó, ngày 19/9/2018 tại thành phố Thái "
            "Bình, lãnh đạo hai tỉnh đã ký kết Biên bản ghi nhớ.")
    assert year_of(text, "Chiều 8/3") == (None, "unknown")


def test_one_of_several_historical_dates_loses_to_a_cue():
    text = ("Chiều 18/2, hai tỉnh gặp mặt. Thỏa thuận hợp tác được ký vào ngày 26/2/2006, bổ sung "
            "ngày 30/9/2011 và ngày 17/4/2021.\n\nĐây là dịp đầu xuân mới 2023.")
    assert year_of(text, "Chiều 18/2") == (2023, "context")
    # one such date alone, in the same paragraph, is taken
    single = "Chiều 18/2, hai tỉnh gặp mặt. Thỏa thuận được ký vào ngày 26/2/2021.\n\nĐầu xuân mới 2023."
    assert year_of(single, "Chiều 18/2") == (2021, "context")


def test_full_date_too_far_is_not_used():
    text = "Chiều 8/3, hai tỉnh tổ chức hội nghị." + " Hai tỉnh trao đổi kinh nghiệm." * 20 + " Ngày 7/3/2021."
    assert year_of(text, "Chiều 8/3") == (None, "unknown")


def test_a_period_nearby_is_not_a_full_date():
    text = "Chiều 8/3, hai tỉnh bàn hợp tác trong giai đoạn 2021-2025."
    assert year_of(text, "Chiều 8/3") == (None, "unknown")


def test_a_year_in_the_same_sentence_counts_a_far_one_does_not():
    assert year_of("Chiều 8/3, hai tỉnh gặp nhau lần đầu trong năm 2020.", "Chiều 8/3") == (2020, "context")
    far = "Chiều 8/3, hai tỉnh gặp nhau." + " Hai tỉnh trao đổi kinh nghiệm." * 20 + "\n\nNăm 2020 có nhiều việc."
    assert year_of(far, "Chiều 8/3") == (None, "unknown")


def test_never_the_clock():
    assert year_of("Tối 31/12, hai tỉnh bắn pháo hoa.", "Tối 31/12") == (None, "unknown")


def test_cues_can_be_passed_in():
    mentions = find_dates(SEED_002)
    cues = find_year_cues(SEED_002, mentions=mentions)
    assert infer_year(mentions[0], SEED_002, published=None, mentions=mentions, cues=cues) == (2023, "context")
    # with no cues given and none passed, nothing supports a year
    assert infer_year(mentions[0], SEED_002, published=None, mentions=[mentions[0]], cues=[]) == (None, "unknown")


def test_the_weights_are_a_documented_table():
    weights = [c.weight for c in CUES]
    assert weights == sorted(weights, reverse=True)
    assert all(c.example and c.note for c in CUES)
    assert NEARBY["same_sentence"] > max(c.weight for c in CUES) > THRESHOLD
