"""Round 33 (date33): a span of months a meeting reviews, and a named occasion whose name holds a bracketed aside
before its year (sentences written for these tests; the pages that showed the shapes are in docs/accuracy.md,
"Round 33: date33")."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events

from hoptac.core.extract.year_held_in import REVIEW_MONTHS
from extract_support import main_event

HEAD = "Các xã giáp ranh tăng cường phối hợp\n\n"


def main_of(text: str) -> dict:
    return main_event(HEAD + text + "\n")


# --- a span of months reviewed (year_held_in, cue review_months) --------------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Ngày 21/8, tại huyện Yên Minh, cụm an ninh ba huyện giáp ranh tổ chức giao ban từ tháng 10/2024 đến "
     "tháng 6/2025.", "2025-08-21"),
    # the same year written once, after the second month
    ("Sáng 15/7, công an hai huyện Mèo Vạc và Đồng Văn tổ chức hội nghị sơ kết công tác phối hợp từ tháng 1 "
     "đến tháng 6 năm 2024.", "2024-07-15"),
    # held in the span's last month
    ("Chiều 28/12, hai xã biên giới tổ chức tổng kết hoạt động kết nghĩa từ tháng 1/2023 đến tháng 12/2023.",
     "2023-12-28"),
])
def test_a_meeting_that_reviews_a_span_of_months_takes_its_last_year(lead, want):
    main = main_of(lead)
    assert (main["date"], main["year_source"]) == (want, "context")
    assert main["year_cue"]["kind"] == "review_months"


@pytest.mark.parametrize("lead", [
    # a day long after the span, or inside it: either year could hold it
    "Ngày 15/3, tại huyện Yên Minh, cụm an ninh ba huyện giáp ranh tổ chức giao ban từ tháng 10/2024 đến "
    "tháng 6/2025.",
    # a span that is a plan, not reviewed
    "Ngày 21/8, hai huyện thống nhất sẽ tổ chức giao ban từ tháng 10/2024 đến tháng 6/2025.",
    # no meeting names the span in its clause: work done over it, told beside the occasion
    "Ngày 21/8, hai huyện gặp mặt đầu năm học, từ tháng 10/2024 đến tháng 6/2025 đã trao đổi 30 đoàn.",
])
def test_a_span_of_months_that_names_no_review_of_the_occasion_gives_no_year(lead):
    assert main_of(lead)["year_source"] == "unknown"


def test_the_window_after_the_span_is_a_few_months():
    assert 1 <= REVIEW_MONTHS <= 4
    # a day four months after June: no year
    main = main_of("Ngày 20/10, tại huyện Yên Minh, cụm an ninh ba huyện giáp ranh tổ chức giao ban từ tháng "
                   "10/2024 đến tháng 6/2025.")
    assert main["year_source"] == "unknown"


# --- a named occasion whose name holds an aside in brackets (year_names._ASIDE) ------------------------

def test_a_bracketed_aside_inside_a_coming_occasions_name_keeps_its_year():
    main = main_of("Các đoàn nghệ thuật sẽ biểu diễn trong chương trình Festival, diễn ra từ ngày 30/3 đến 3/4 tại "
                   "thành phố Quy Nhơn.\n\nHội thảo quốc tế các làng nghề truyền thống (có 40 làng nghề của 12 nước) "
                   "năm 2027 sẽ khai mạc ngày 1/4, với chủ đề phát triển bền vững.")
    assert (main["date"], main["year_cue"]["kind"]) == ("2027-03-30", "named_ahead")


def test_a_bracket_that_holds_years_is_no_aside():
    # "(2019 - 2023)": the editions before, a span of its own; the year after it names no occasion here
    main = main_of("Các đoàn nghệ thuật sẽ biểu diễn trong chương trình Festival, diễn ra từ ngày 30/3 đến 3/4 tại "
                   "thành phố Quy Nhơn.\n\nLiên hoan nghệ thuật các làng nghề (2019 - 2023) năm 2027 sẽ khai mạc "
                   "ngày 1/4, với chủ đề phát triển bền vững.")
    assert main["year_cue"] is None or main["year_cue"]["kind"] != "named_ahead"


# --- a late copy's stamp and a strong cue of an earlier year (years.infer_year) ----------------------------

def _stamped(stamp: str, lead_day: str, cue_paragraph: str) -> dict:
    text = (f"Những ngày văn hóa Lào tại tỉnh Nghệ An\n\n{stamp}\n\n"
            f"{lead_day}, tại Nhà hát tỉnh Nghệ An, Sở Văn hóa tỉnh phối hợp với Sở Thông tin, Văn hóa và Du lịch "
            "tỉnh Xiêng Khoảng (Lào) khai mạc Những ngày văn hóa Lào tại Nghệ An.\n\n"
            "Chương trình có nhiều tiết mục ca múa đặc sắc của hai nước.\n\n"
            f"{cue_paragraph}\n")
    art = parse_article(text)
    assert art.published is not None
    events, _ = extract_events(art, article_id="t", source="t.txt")
    return next(e for e in events if e["main"])


_ANNIVERSARY = ("Hoạt động nhằm chào mừng kỷ niệm 55 năm ngày thiết lập quan hệ ngoại giao và 40 năm ngày ký Hiệp "
                "ước Hữu nghị và hợp tác Việt Nam - Lào.")


def test_a_late_copys_stamp_yields_to_a_strong_cue_of_an_earlier_year():
    # stamped four months after the day, seven years on: the anniversaries' year (1962 + 55 = 1977 + 40)
    main = _stamped("CHỦ NHẬT, NGÀY 10 THÁNG 11 NĂM 2024 06:08", "Tối 19/7", _ANNIVERSARY)
    assert (main["date"], main["year_source"]) == ("2017-07-19", "context")
    assert main["year_cue"]["kind"] == "known_anniversary"


def test_a_stamp_near_the_day_and_a_cue_that_disagrees_still_give_no_year():
    # stamped two days after the day: the stamp may be right and the cue another occasion's
    main = _stamped("CHỦ NHẬT, NGÀY 21 THÁNG 7 NĂM 2024 06:08", "Tối 19/7", _ANNIVERSARY)
    assert main["year_source"] == "unknown"


def test_a_late_stamp_without_a_strong_cue_still_gives_no_year():
    main = _stamped("CHỦ NHẬT, NGÀY 10 THÁNG 11 NĂM 2024 06:08", "Tối 19/7",
                    "Hai bên thống nhất tiếp tục tổ chức giao lưu văn hóa.")
    assert main["year_source"] == "unknown"


def test_a_late_copys_stamp_does_not_yield_to_a_name_recalled_in_another_sentence():
    # a named programme's year in another sentence may be another edition's: only an anniversary's year is taken
    main = _stamped("CHỦ NHẬT, NGÀY 10 THÁNG 11 NĂM 2024 06:08", "Tối 19/7",
                    "Hai bên nhắc lại Chương trình giao lưu đầu xuân năm 2017.")
    assert main["year_source"] == "unknown"
