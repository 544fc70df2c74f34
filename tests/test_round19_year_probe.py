"""Round 19's year probe (scripts/year_probe.py) shapes: a variant must give the occasion's own year or "year
unknown", never another occasion's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extract_support import main_or_none as _main, year_of


def _year(text: str) -> int | None:
    return year_of(_main(text), heed_unknown=False)  # this round's probe read any year given, unknown or not


# --- an anniversary being prepared: an upper bound, never the year ----------------------------------------

_VISIT = ("Tỉnh Kon Tum tiếp đoàn tỉnh Quảng Ngãi\n"
          "Ngày 14/4, tại trụ sở UBND tỉnh, lãnh đạo tỉnh Kon Tum đã tiếp đoàn công tác tỉnh Quảng Ngãi.\n")


@pytest.mark.parametrize("sentence", [
    "Hiện hai tỉnh đang chuẩn bị kỷ niệm 30 năm Ngày ký kết Biên bản hợp tác (9/11/1996 – 9/11/2026).",
    "Hai bên cũng đang chuẩn bị lễ kỷ niệm 20 năm kết nghĩa (5/12/2006 - 5/12/2026) tại tỉnh bạn.",
])
def test_an_anniversary_being_prepared_gives_no_year(sentence):
    # told in April 2025 as well as in April 2026: the anniversary's year is no more than an upper bound
    assert _year(_VISIT + sentence + "\nHai bên trao đổi về hợp tác du lịch.\n") in (None,)


def test_an_anniversary_being_prepared_still_bounds_the_year_from_above():
    page = ("Tỉnh Kon Tum tiếp đoàn tỉnh Quảng Ngãi\nNgày đăng: 15/04/2027\n"
            "Ngày 14/4, lãnh đạo tỉnh Kon Tum đã tiếp đoàn công tác tỉnh Quảng Ngãi. Hai tỉnh đang chuẩn bị kỷ "
            "niệm 30 năm Ngày ký kết Biên bản hợp tác (9/11/1996 – 9/11/2026).\n")
    assert _year(page) != 2027


def test_an_activity_held_towards_an_anniversary_keeps_its_year_within_the_run_up():
    # "hướng tới kỷ niệm": an activity of the anniversary's run-up, less than a year before its day
    page = ("Giao lưu hữu nghị\nNgày 8/10, tỉnh Gia Lai tổ chức giao lưu với tỉnh Ratanakiri (Campuchia), hướng tới "
            "kỷ niệm 25 năm Ngày ký Biên bản hợp tác (2/2/2001 - 2/2/2026).\n")
    assert _year(page) == 2025


# --- a plan of a later week with its own full date ------------------------------------------------------------

def test_a_week_planned_on_its_own_gives_the_visit_no_year():
    # told in January 2025 as well as in January 2026: nothing ties the planned week to the visit
    page = ("Tỉnh Hà Giang tiếp đoàn tỉnh Tuyên Quang\nNgày 12/1, lãnh đạo tỉnh Hà Giang đã tiếp đoàn công tác tỉnh "
            "Tuyên Quang.\nTheo kế hoạch, Liên hoan văn nghệ hai tỉnh sẽ diễn ra từ ngày 8 đến 12/4/2026 tại tỉnh bạn.\n")
    assert _year(page) is None


def test_a_meeting_that_prepares_the_planned_visit_still_takes_its_year():
    page = ("Chuẩn bị đón đoàn tỉnh Champasak\nSáng 3-9, Phó Chủ tịch UBND tỉnh Kon Tum chủ trì cuộc họp bàn kế hoạch "
            "đón tiếp đoàn tỉnh Champasak (Lào).\nTheo dự kiến, từ ngày 10 đến 12-9-2025, đoàn sẽ sang thăm và làm việc.\n")
    assert _main(page)["date"] == "2025-09-03"


def test_every_row_of_the_preparing_table_is_found_in_its_example():
    from hoptac.core.extract.plan_ties import PREPARES, prepares_for
    from hoptac.core.text import fold
    for name, _, example in PREPARES:
        folded = fold(example)
        assert prepares_for(folded, 0, 4), name


def test_a_letter_sent_is_no_news_of_a_week_half_a_year_later():
    page = ("Tỉnh Cà Mau đề nghị hỗ trợ\nNgày 27/8, UBND tỉnh Cà Mau cho biết đã có công văn gửi tỉnh Kiên Giang đề nghị hỗ "
            "trợ tiêu thụ nông sản.\nTheo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 2 đến 8/3/2022 tại tỉnh bạn.\n")
    assert not (_main(page).get("date") or "").startswith("2022-03")   # the letter's day, or no date


def test_an_undated_signing_lead_is_not_dated_by_next_years_week():
    page = ("Ký kết hợp tác giữa hai tỉnh\nTham dự buổi lễ ký kết Chương trình hợp tác giai đoạn 2022 – 2025 có lãnh đạo "
            "tỉnh Lào Cai và tỉnh Yên Bái.\nTheo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 6 đến 10/3/2023 tại "
            "tỉnh bạn.\nHai bên thống nhất tăng cường trao đổi đoàn.\n")
    main = _main(page)
    assert not (main and (main.get("date") or "").startswith("2023"))


def test_an_announcement_is_no_news_of_a_week_half_a_year_later():
    page = ("Thông tin về hợp tác hai tỉnh\nSáng 29/8, Sở Văn hóa tỉnh Cà Mau cho biết, hai tỉnh tiếp tục trao đổi đoàn "
            "nghệ thuật.\nTheo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 2 đến 8/3/2022 tại tỉnh bạn.\n")
    assert not (_main(page).get("date") or "").startswith("2022-03")


# --- a related title glued to an unfinished last line ------------------------------------------------------

def test_every_unfinished_shape_gives_its_tail():
    from hoptac.core.extract.glued_titles import UNFINISHED, unfinished_tail
    for name, line in UNFINISHED:
        span = unfinished_tail(line, 0)
        assert span is not None and line[span[0]:span[1]].endswith("năm 2025"), name


def test_a_sentence_cut_short_keeps_its_year():
    from hoptac.core.extract.glued_titles import unfinished_tail
    assert unfinished_tail("Kim ngạch qua cửa khẩu năm 2024 đạt 150 triệu USD, 6 tháng đầu năm 2025 ước", 0) is None


def test_a_title_glued_to_a_page_cut_short_gives_no_year():
    page = ("Tỉnh Hòa Bình làm việc với tỉnh Phú Thọ\nChiều 19/10, lãnh đạo tỉnh Hòa Bình đã làm việc với đoàn công tác "
            "tỉnh Phú Thọ.\nHai bên đánh giá cao kết quả hợp tác trên các lĩnh vực nông nghiệp, du lịch, kết quả ph "
            "Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2026\n")
    assert _year(page) is None


# --- a stamp weeks after a day its sentence does not tell as recent ------------------------------------------

_STAMPED = ("Tỉnh Lai Châu tiếp đoàn tỉnh Lào Cai\n{stamp}\nNgày 7/3, {words}lãnh đạo tỉnh Lai Châu đã tiếp đoàn công "
            "tác tỉnh Lào Cai.\nHai bên trao đổi về hợp tác du lịch.\n")


def test_a_plain_day_stamped_a_month_later_has_no_year():
    assert _year(_STAMPED.format(stamp="2024-04-08 10:15", words="")) is None


def test_a_plain_day_stamped_days_later_takes_the_stamps_year():
    assert _year(_STAMPED.format(stamp="2024-03-09 10:15", words="")) == 2024


def test_a_day_told_as_recent_may_be_stamped_weeks_later():
    assert _year(_STAMPED.format(stamp="2024-04-08 10:15", words="vừa qua, ")) in (2024, None)


# --- an old twinning day told from long after, on a page with no other year -----------------------------------

def test_an_old_day_followed_by_since_then_is_the_pairs_past():
    page = ("Hai tỉnh tăng cường hợp tác\nTại buổi tiếp đoàn công tác tỉnh Hà Nam, Chủ tịch UBND tỉnh Thái Bình khẳng "
            "định quan hệ hai địa phương đang phát triển tốt đẹp trên nhiều lĩnh vực.\nNgày 3/5/1965, hai tỉnh chính thức kết nghĩa. Từ đó đến nay, quan hệ hai bên không ngừng được "
            "vun đắp.\nHai bên trao đổi về hợp tác du lịch.\n")
    main = _main(page)
    assert not (main and (main.get("date") or "").startswith("1965"))


def test_a_plan_told_ahead_bounds_the_stamps_year_but_a_stale_clock_does_not():
    page = ("Thứ Sáu, 23/08/2019\nHai tỉnh ký kết thỏa thuận hợp tác\n09:33, 15/05/2025\nNgày 14/5, tỉnh Sơn La và tỉnh "
            "Lai Châu đã ký kết thỏa thuận hợp tác.\nHai bên thống nhất tăng cường trao đổi đoàn.\n")
    assert _year(page) == 2025
