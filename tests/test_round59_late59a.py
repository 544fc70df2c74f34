"""Round 59, late59a: a review of N years of a text dated D/M/Y, told on a day and month before D/M, gives no
year (core/extract/year_spans.py, review_since's counted_from); a season's search for remains that an agreement
(thỏa thuận) is signed for is the coming season (core/extract/season_signed.py, SIGNED_FOR); a period a speaker
proposes after the review's clause is the proposal's, ahead, not the review's (core/extract/year_planned_after.py,
``proposes``); a short range of one year far below that holds the lead's day gives its year
(core/extract/year_restated.py, ``short_range_holds_the_day``). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.season_signed import SIGNED_FOR, signed_for
from hoptac.core.extract.year_planned_after import PLANNED_AFTER, planned_after
from hoptac.core.extract.year_restated import HOLDS_DAYS, RESTATED
from hoptac.core.text import fold


def _year(page: str) -> str:
    return main_event(page)["date"]


# --- review_since: the N years end on the text's day and month ---------------------------------------------------

def _review(day: str) -> str:
    return (f"(BTH) - Chiều nay {day} tại huyện Phú An đã diễn ra hội nghị tổng kết 5 năm thực hiện Nghị quyết liên "
            "tịch số 12-NQ/LT ngày 23.5.2017 do Ban Thường vụ Tỉnh ủy Quảng Ngãi và Ban Thường vụ Tỉnh ủy Bình Định "
            "phối hợp tổ chức.\n\nLãnh đạo hai tỉnh cùng các sở, ngành dự hội nghị.\n")


def test_a_review_told_before_the_nth_anniversary_of_its_text_gives_no_year():
    assert _year(_review("20.5")) == "--05-20"   # 2022 is 3 days short of 5 years: 2023, or a loose count


@pytest.mark.parametrize("day, want", [("28.5", "2022-05-28"), ("23.5", "2022-05-23"), ("14.9", "2022-09-14")])
def test_counter_a_review_told_on_or_after_the_nth_anniversary_keeps_its_year(day, want):
    assert _year(_review(day)) == want


def test_counter_a_review_of_a_text_dated_by_its_year_alone_is_unchanged():
    page = ("(BTH) - Chiều nay 20.5 tại huyện Phú An đã diễn ra hội nghị sơ kết 1 năm thực hiện thỏa thuận hợp tác "
            "(ký ngày 14/3/2021) giữa tỉnh Quảng Ngãi và tỉnh Bình Định.\n")
    assert _year(page) == "2022-05-20"


# --- dry_season_signed: an agreement signed for the season ---------------------------------------------------------

_SEASON = ("Chiều 22-10, đoàn công tác Ban Chỉ đạo tỉnh Kon Tum do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm "
           "với Ban Chỉ đạo tỉnh Attapeu (Lào).\n\n{body}\n\nHai bên cảm ơn sự phối hợp chặt chẽ của nhau.\n")


def test_an_agreement_signed_for_the_season_is_the_coming_season():
    body = ("Buổi hội đàm nhằm thống nhất nội dung và ký kết biên bản thỏa thuận về việc tìm kiếm, quy tập hài cốt "
            "liệt sĩ quân tình nguyện Việt Nam hy sinh tại tỉnh Attapeu trong mùa khô 2026-2027.")
    e = main_event(_SEASON.format(body=body))
    assert e["date"] == "2026-10-22" and e["year_cue"]["kind"] == "dry_season_signed"


@pytest.mark.parametrize("sentence, signed", [
    ("buổi hội đàm nhằm ký kết biên bản thỏa thuận về việc tìm kiếm, quy tập hài cốt liệt sĩ trong ", True),
    ("hai tỉnh ký thỏa thuận về tìm kiếm hài cốt liệt sĩ ", True),
    ("hai bên ký biên bản bàn giao 12 hài cốt liệt sĩ theo thỏa thuận ", False),   # remains handed over
    ("theo thỏa thuận của hai bên, đội đã quy tập được 12 hài cốt liệt sĩ trong ", False),   # no signing
])
def test_the_agreement_row_and_its_counter_shapes(sentence, signed):
    assert signed_for(fold(sentence)) is signed


def test_counter_a_season_done_under_an_agreement_stays_the_season_done():
    body = ("Thực hiện thỏa thuận giữa hai tỉnh, mùa khô 2025-2026, đội quy tập của tỉnh Kon Tum đã cất bốc được 12 "
            "hài cốt liệt sĩ tại tỉnh Attapeu.")
    page = _SEASON.format(body=body).replace("Chiều 22-10", "Chiều 22-3")
    e = main_event(page)
    assert e["date"] == "2026-03-22" and e["year_cue"]["kind"] == "dry_season"


# --- proposes: a period a speaker proposes after the review's clause -----------------------------------------------

def _proposal(lead_day: str, verb: str) -> str:
    return (f"Hội nghị cấp cao giữa hai tỉnh kết nghĩa Kon Tum – Attapeu được tổ chức vào sáng {lead_day}.\n\n"
            "Đoàn đại biểu cấp cao tỉnh Attapeu do Bí thư – Tỉnh trưởng làm trưởng đoàn.\n\n"
            "Phát biểu tại hội nghị, bên cạnh ghi nhận, đánh giá những kết quả đạt được, Chủ tịch UBND tỉnh Kon Tum "
            f"{verb} giai đoạn 2026 – 2028, hai tỉnh Kon Tum và Attapeu thống nhất tập trung thực hiện ba nội dung "
            "lớn về giao thông, giáo dục và thương mại.\n")


@pytest.mark.parametrize("verb", ["đề nghị", "đề xuất", "kiến nghị"])
def test_a_period_a_speaker_proposes_is_ahead_not_reviewed(verb):
    e = main_event(_proposal("15/5", verb))   # the base read a review of the period: 2029
    assert e["date"] == "2026-05-15" and e["year_cue"]["kind"] == "plan_period"


def test_a_proposal_in_september_gives_no_year_as_any_unsigned_period():
    assert _year(_proposal("26/9", "đề nghị")) == "--09-26"   # plan_period: a period named there may be running


@pytest.mark.parametrize("words, planned", [
    ("danh gia nhung ket qua dat duoc, chu tich ubnd tinh a de nghi ", True),
    ("danh gia ket qua, ong b de xuat ", True),
    ("danh gia ket qua hop tac, de nghi danh gia ket qua ", False),   # the proposal reviews
    ("danh gia ket qua thuc hien chuong trinh ", False),   # no proposal
])
def test_the_proposes_row_and_its_counter_shapes(words, planned):
    assert (planned_after(words) is not None) is planned


def test_counter_a_review_of_a_period_without_a_proposal_stays_a_review():
    page = ("Sáng 15/5, hai tỉnh Kon Tum và Attapeu tổ chức hội nghị tổng kết, đánh giá kết quả hợp tác giai đoạn "
            "2021 – 2025.\n\nLãnh đạo hai tỉnh dự hội nghị.\n")
    e = main_event(page)
    assert e["date"] == "2026-05-15" and e["year_cue"]["kind"] == "review_period"


# --- short_range_holds_the_day: a day of a journey the page dates below ---------------------------------------------

def _journey(lead_day: str, span: str) -> str:
    return ("Đoàn xe đạp hữu nghị tỉnh Savannakhet đến với Quảng Trị\n\n"
            f"Chiều {lead_day}, đoàn xe đạp hữu nghị của tỉnh Savannakhet (Lào) đã dừng chân tại tỉnh Quảng Trị, trong "
            "chuyến đạp xe qua các tỉnh miền Trung.\n\n"
            "Các thành viên đoàn được chính quyền và nhân dân địa phương đón tiếp nồng hậu, thăm các điểm di tích lịch sử "
            "trên địa bàn tỉnh và dâng hương tại Nghĩa trang liệt sĩ quốc tế. Tại buổi giao lưu, các thành viên đoàn đã "
            "trao quà cho học sinh nghèo vượt khó của huyện Hướng Hóa, giao lưu văn nghệ với đoàn viên thanh niên địa "
            "phương và cùng nhau trồng cây hữu nghị. Lãnh đạo tỉnh Quảng Trị cảm ơn tình cảm của nhân dân các bộ tộc Lào "
            "dành cho nhân dân Việt Nam trong suốt những năm qua.\n\n"
            f"Hành trình đạp xe hữu nghị (diễn ra {span}) do tỉnh Savannakhet tổ chức với sự tham gia của gần 80 thành "
            "viên. Đây là một trong những hoạt động nhằm thắt chặt tình hữu nghị giữa các địa phương hai nước.\n")


@pytest.mark.parametrize("span", ["từ ngày 11 – 16/5/2019", "từ ngày 11/5 đến 16/5/2019", "từ ngày 8/5 đến ngày 20/5/2019"])
def test_a_short_range_below_that_holds_the_lead_day_gives_its_year(span):
    e = main_event(_journey("14/5", span))
    assert e["date"] == "2019-05-14" and e["year_cue"]["kind"] == "nearby_date"


@pytest.mark.parametrize("lead_day, span", [
    ("14/5", "từ ngày 1/5 đến ngày 31/5/2019"),   # a month: a campaign or season a later year repeats
    ("18/5", "từ ngày 11 – 16/5/2019"),   # the day is not inside it
])
def test_counter_a_long_range_or_one_without_the_day_gives_no_year(lead_day, span):
    assert main_event(_journey(lead_day, span))["date"].startswith("--")


def test_the_rule_tables_name_their_shapes():
    assert "short_range_holds_the_day" in {n for n, _, _ in RESTATED} and HOLDS_DAYS == 14
    assert "proposes" in {n for n, _ in PLANNED_AFTER}
    assert any("thoa thuan" in p for p, _ in SIGNED_FOR)
