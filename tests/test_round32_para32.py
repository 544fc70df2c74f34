"""Round 32, the lead reworded again (para32): the metamorphic harness of round 31 with the variants it was
thin on (a weekday before the date, a lunar date beside it, the place first, leaders named first, more verbs);
the misses as shapes, in sentences written for this test (no page's own words), each with counter-examples.

* a short lead that opens with a part of the day and a weekday ("Sáng thứ Năm (5/3), …", "Chiều thứ Năm, 5/3,
  …") or with "Chủ nhật" ("Chủ nhật, ngày 8/3, …") was no lead (chrome.LEAD_OPENINGS knew "Thứ Hai (14/3)"
  alone and "Sáng 14/1" alone), so a later paragraph's day won; a site's stamp line with a weekday and a lead
  that opens on "Chủ nhật tuần trước" keep their readings.
* a short lead with its day after the subject or at its end (lead_time_inside, para31) may name the weekday,
  write the month in words, set the lunar day beside the date, or give the days of a range after the subject.
"""

from __future__ import annotations

import pytest

from extract_support import HEAD, main_or_none as _main

_REST = ("\n\nTiếp đó, đoàn đã tham quan khu công nghiệp và trao đổi kinh nghiệm phát triển kinh tế cửa khẩu với "
         "các sở, ngành của tỉnh.\n\nSáng 6/3, đoàn tiếp tục làm việc với Sở Công Thương tỉnh Lào Cai về xúc tiến "
         "thương mại qua biên giới.\n")
_WHO = "đoàn công tác châu Hồng Hà (Trung Quốc) thăm và làm việc tại tỉnh Lào Cai."


@pytest.mark.parametrize("opening", [
    "Sáng thứ Năm (5/3), ",
    "Chiều thứ Năm, 5/3, ",
    "Sáng thứ 5 (5/3), ",
    "Sáng Chủ nhật (5/3), ",
    "Chủ nhật, ngày 5/3, ",
    # as before
    "Sáng 5/3, ",
    "Thứ Năm (5/3), ",
])
def test_a_weekday_after_the_part_of_the_day_opens_the_lead(opening):
    main = _main(HEAD + opening + _WHO + _REST)
    assert main is not None and (main["date"], main["type"]) == ("--03-05", "visit")


_LEAD = "lãnh đạo tỉnh Lào Cai và châu Hồng Hà (Trung Quốc) tổ chức hội nghị sơ kết hợp tác."


@pytest.mark.parametrize("page, date", [
    # a site's stamp line with its weekday stays a stamp: the lead's day, the stamp's year
    (f"{HEAD}Chủ nhật, 08/03/2026 - 10:15\n\nSáng 6/3, {_LEAD}\n\nHai bên thống nhất tiếp tục phối hợp.\n", "2026-03-06"),
    (f"{HEAD}Thứ Năm, 05/03/2026 10:15\n\nSáng 4/3, {_LEAD}\n\nHai bên thống nhất tiếp tục phối hợp.\n", "2026-03-04"),
    # a weekday with no date ("Chủ nhật tuần trước") dates nothing
    (f"{HEAD}Chủ nhật tuần trước, đoàn công tác tỉnh Lào Cai đã sang thăm châu Hồng Hà (Trung Quốc).\n\n"
     f"Sáng 6/3, {_LEAD}\n", "--03-06"),
])
def test_weekday_lines_that_are_no_lead_opening(page, date):
    main = _main(page)
    assert main is not None and main["date"] == date


# * a short lead with its day after the subject or at its end (lead_time_inside, para31) may write the month in
#   words ("…, ngày 5 tháng 3 đã …", "… vào ngày 5 tháng 3."), name the weekday
#   ("Đoàn … , sáng thứ Năm (5/3) đã …", "… vào sáng thứ Năm (5/3).") or the lunar day beside it ("…, sáng 5/3
#   (tức ngày 16 tháng Giêng năm Giáp Thìn) đã …"); the lunar day between the date and "đã" keeps the date's
#   clause_start (main_date._THEN_DONE).
_GUESTS = "Đoàn công tác châu Hồng Hà (Trung Quốc)"


@pytest.mark.parametrize("lead", [
    f"{_GUESTS}, sáng thứ Năm (5/3) đã thăm và làm việc tại tỉnh Lào Cai.",
    f"{_GUESTS}, chiều thứ Năm, 5/3 đã thăm và làm việc tại tỉnh Lào Cai.",
    f"{_GUESTS} thăm và làm việc tại tỉnh Lào Cai vào sáng thứ Năm (5/3).",
    # ... or the day and month in words ("ngày 5 tháng 3")
    f"{_GUESTS}, ngày 5 tháng 3 đã thăm và làm việc tại tỉnh Lào Cai.",
    f"{_GUESTS} thăm và làm việc tại tỉnh Lào Cai vào ngày 5 tháng 3.",
    # as before
    f"{_GUESTS}, thứ Năm, ngày 5/3 đã thăm và làm việc tại tỉnh Lào Cai.",
    f"{_GUESTS}, sáng 5/3 đã thăm và làm việc tại tỉnh Lào Cai.",
    f"{_GUESTS} thăm và làm việc tại tỉnh Lào Cai vào sáng 5/3 (tức ngày 16/1 âm lịch).",
])
def test_a_weekday_inside_a_short_lead(lead):
    main = _main(HEAD + lead + _REST)
    assert main is not None and (main["date"], main["type"]) == ("--03-05", "visit")


_STALLS = "Hội chợ năm nay có hơn 300 gian hàng của doanh nghiệp hai nước giới thiệu nông sản và hàng thủ công.\n"
_RANGE = "\n\nCác hoạt động của hội chợ diễn ra từ ngày 8 – 12/3 tại khu kinh tế cửa khẩu.\n"
_FAIR = "Thành phố Móng Cái và thành phố Đông Hưng (Trung Quốc), sáng {} đã khai mạc hội chợ thương mại."


@pytest.mark.parametrize("day, date", [
    ("5/3 (tức ngày 16 tháng Giêng năm Giáp Thìn)", "--03-05"),
    ("5/3 (tức ngày 16/1 âm lịch)", "--03-05"),
    ("14/2 (mùng 5 Tết Giáp Thìn)", "2024-02-14"),
    # as before
    ("5/3", "--03-05"),
])
def test_a_lunar_day_between_the_date_and_the_verb(day, date):
    main = _main(HEAD + _STALLS + _FAIR.format(day) + _RANGE)
    assert main is not None and main["date"] == date and main["date_end"] is None


# * ... and the days of a range after the subject ("Đoàn …, từ ngày 5 đến 6/3 đã …", "…, trong hai ngày 5-6/3 đã
#   …"): the lead's range, not a later paragraph's single day (lead_time_inside._RANGE)
@pytest.mark.parametrize("days, date, end", [
    ("từ ngày 5 đến 6/3", "--03-05", "--03-06"),
    ("trong hai ngày 5-6/3", "--03-05", "--03-06"),
    # as before
    ("trong 2 ngày 5 và 6/3", "--03-05", "--03-06"),
    ("từ ngày 28/2 đến ngày 2/3/2024", "2024-02-28", "2024-03-02"),
])
def test_a_range_after_the_subject_of_a_short_lead(days, date, end):
    main = _main(HEAD + f"{_GUESTS}, {days} đã thăm và làm việc tại tỉnh Lào Cai." + _REST)
    assert main is not None and (main["date"], main["date_end"], main["type"]) == (date, end, "visit")
