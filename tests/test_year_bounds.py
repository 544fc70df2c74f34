"""The main occasion's year from what the article tells as before and after it, and a
date of another occasion as a bound, never as the year (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.year_bounds import BOUNDS, Bound, Bounds, outside, years_within
from hoptac.core.extract.year_cues import CUE
from extract_support import main_event

HEAD = "Hai tỉnh đẩy mạnh hợp tác\n\n"


def main_of(text: str) -> dict:
    return main_event(HEAD + text)


def trace_of(text: str) -> dict:
    trace: dict = {}
    extract_events(parse_article(HEAD + text), article_id="t", source="t.txt", trace=trace)
    return trace


# --- 1. another occasion's full date is a lower bound, not the year -----------------------

def test_a_review_of_n_years_since_a_signing_adds_n():
    main = main_of("Sáng 10.9, tại thành phố Lào Cai, UBND tỉnh Lào Cai và tỉnh Hà Giang tổ chức hội nghị "
                   "sơ kết 1 năm thực hiện thỏa thuận hợp tác (ký ngày 14/05/2018).\n")
    assert (main["date"], main["year_source"]) == ("2019-09-10", "context")
    assert main["year_cue"]["kind"] == "review_since" and "sơ kết 1 năm" in main["year_cue"]["text"]


def test_a_review_of_years_in_words():
    main = main_of("Ngày 3/4, hai tỉnh Sơn La và Điện Biên tổng kết ba năm thực hiện biên bản ghi nhớ "
                   "đã ký ngày 20/3/2020 giữa hai tỉnh.\n")
    assert main["date"] == "2023-04-03"


def test_a_signing_date_in_the_lead_bounds_the_occasion_but_is_not_its_year():
    main = main_of("Chiều 20/3, hai tỉnh Hà Giang và Tuyên Quang tổ chức hội nghị triển khai biên bản "
                   "ghi nhớ được ký kết ngày 15/1/2021.\n")
    assert (main["date"], main["year_source"]) == ("--03-20", "unknown")


def test_a_lead_that_reports_its_own_signing_keeps_its_date():
    main = main_of("Biên bản hợp tác giữa tỉnh Hà Giang và tỉnh Tuyên Quang được ký kết vào ngày 12/3/2024 "
                   "tại thành phố Hà Giang.\n")
    assert main["date"] == "2024-03-12" and main["type"] == "signing"


# --- 2. bounds ------------------------------------------------------------------------

FOLLOW_UP = ("Sáng 10/11, tại xã Tân Lập (mới), lãnh đạo tỉnh Phú Thọ và tỉnh Tuyên Quang tổ chức hội "
             "nghị hợp tác lần thứ hai.\n\nHội nghị lần thứ nhất đã được tổ chức tại TPHCM ngày 5-9-2025. ")


def test_an_earlier_meeting_and_a_plan_leave_one_year():
    main = main_of(FOLLOW_UP + "Trung tâm thương mại chung sẽ khai trương vào tháng 12.2025.\n")
    assert (main["date"], main["year_source"]) == ("2025-11-10", "context")
    cue = main["year_cue"]
    assert cue["kind"] == "bounds" and cue["text"] == "ngày 5-9-2025 … tháng 12.2025"


def test_a_lower_bound_alone_decides_nothing():
    main = main_of(FOLLOW_UP + "Hai bên thống nhất nhiều nội dung.\n")
    assert main["year_source"] == "unknown"


def test_bounds_that_admit_two_years_decide_nothing():
    main = main_of("Sáng 10/11, tại xã Tân Lập (mới), lãnh đạo tỉnh Phú Thọ và tỉnh Tuyên Quang tổ chức hội "
                   "nghị hợp tác.\n\nHai tỉnh sẽ mở thêm tuyến xe buýt trong năm 2026.\n")
    assert main["year_source"] == "unknown"
    # the same plan for a month: 10/11 fits only in 2025 (after the merger, before 12/2025)
    main = main_of("Sáng 10/11, tại xã Tân Lập (mới), lãnh đạo tỉnh Phú Thọ và tỉnh Tuyên Quang tổ chức hội "
                   "nghị hợp tác.\n\nHai tỉnh sẽ mở thêm tuyến xe buýt vào tháng 12/2025.\n")
    assert main["date"] == "2025-11-10" and main["year_cue"]["kind"] == "bounds"


def test_a_date_since_which_something_holds_is_a_lower_bound():
    trace = trace_of("Ngày 20/10, lãnh đạo tỉnh Phú Thọ và tỉnh Tuyên Quang họp bàn hợp tác.\n\n"
                     "Từ ngày 1/7/2025, sau sáp nhập, tỉnh có 148 xã, phường. Hai tỉnh dự kiến tổ chức "
                     "hội chợ vào ngày 15/3/2026.\n")
    b = trace["bounds"]
    assert (b.lower.name, b.lower.day) == ("since_date", date(2025, 7, 1))
    assert (b.upper.name, b.upper.day) == ("future_plan", date(2026, 3, 15))
    main = next(e for e in trace["readings"] if e.mention.text == "Ngày 20/10")
    assert main.verdict == "event"


def test_a_proposal_from_a_date_is_no_lower_bound():
    trace = trace_of("Chiều 7/11, hai tỉnh An Giang và Kiên Giang họp bàn, đề nghị nâng cấp cửa khẩu "
                     "từ ngày 1/1/2031.\n")
    assert trace["bounds"].lower is None


def test_a_year_from_a_cue_outside_the_bounds_is_no_year():
    # the plan says 2023, but the meeting follows one held on 5/9/2024
    main = main_of("Ngày 12/3, hai tỉnh Lạng Sơn và Cao Bằng ký kết kế hoạch hợp tác năm 2023.\n\n"
                   "Trước đó, hội nghị lần thứ nhất đã diễn ra tại Lạng Sơn ngày 5/9/2024.\n")
    assert main["year_source"] == "unknown"


def test_years_within_and_outside():
    b = Bounds(lower=Bound("after_merger", date(2025, 7, 1), 0, 1),
               upper=Bound("future_plan", date(2026, 2, 28), 5, 6))
    assert years_within(b, 11, 10) == [2025]
    assert years_within(b, 2, 10) == [2026]
    assert years_within(b, 9, None) == [2025]
    assert years_within(Bounds(lower=b.lower), 11, 10) is None
    assert outside(b, 2024, 11, 10) and outside(b, 2026, 11, 10) and not outside(b, 2025, 11, 10)


def test_the_bounds_are_a_documented_table():
    assert {b.side for b in BOUNDS} == {"lower", "upper"}
    assert all(b.example and b.note for b in BOUNDS)


# --- 3. a period signed late in a year ----------------------------------------------------

@pytest.mark.parametrize("written", ["Ngày 27-11", "Ngày 20/12", "Chiều 11-11", "Sáng 15/9"])
def test_a_period_signed_late_in_a_year_has_no_year_by_itself(written):
    # (in September-October a signed period gives its first year, but not a five-year term's: test_dates17)
    main = main_of(f"{written}, UBND tỉnh Lạng Sơn và UBND tỉnh Cao Bằng ký kết thỏa thuận hợp tác "
                   "giai đoạn 2026–2030.\n")
    assert main["year_source"] == "unknown"
    assert CUE["plan_period"].shift == (((11, 12), None),)


def test_a_review_of_the_period_just_ended_decides():
    main = main_of("Ngày 27-11, UBND tỉnh Lạng Sơn và UBND tỉnh Cao Bằng tổ chức hội nghị tổng kết hợp tác "
                   "giai đoạn 2021-2025 và ký kết thỏa thuận hợp tác giai đoạn 2026–2030.\n")
    assert main["date"] == "2025-11-27"


def test_a_period_signed_early_in_its_first_year():
    main = main_of("Ngày 7-4, UBND tỉnh Lạng Sơn và UBND tỉnh Cao Bằng ký kết thỏa thuận hợp tác "
                   "giai đoạn 2026–2030.\n")
    assert main["date"] == "2026-04-07"


# --- 4. a page that reproduces a legal document -----------------------------------------

DECISION = """Quyết định về việc ký kết thỏa thuận hợp tác giữa tỉnh Bắc Ninh và tỉnh Lạng Sơn

ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 1234/QĐ-UBND
Bắc Ninh, ngày 18 tháng 12 năm 2025

QUYẾT ĐỊNH
Về việc ký kết Thỏa thuận hợp tác giữa tỉnh Bắc Ninh và tỉnh Lạng Sơn giai đoạn 2026-2030

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
Căn cứ Nghị định số 150/2025/NĐ-CP ngày 30/6/2025 của Chính phủ quy định về hợp tác quốc tế;
Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 45/TTr-SNgV ngày 10/12/2025.

QUYẾT ĐỊNH:
Điều 1. Ký kết Thỏa thuận hợp tác giữa tỉnh Bắc Ninh và tỉnh Lạng Sơn giai đoạn 2026-2030.
Điều 2. Giao Sở Ngoại vụ chủ trì tổ chức thực hiện. Cán bộ được nghỉ lễ vào ngày 5/9 hoặc 28/6.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_a_decision_page_is_dated_by_its_own_line_and_is_an_announcement():
    events, _ = extract_events(parse_article(DECISION), article_id="t", source="t.txt")
    assert [(e["main"], e["date"], e["type"]) for e in events] == [(True, "2025-12-18", "announcement")]


def test_legal_bases_and_holidays_are_no_occasions():
    trace: dict = {}
    extract_events(parse_article(DECISION), article_id="t", source="t.txt", trace=trace)
    verdicts = {r.mention.text: r.verdict for r in trace["readings"]}
    assert verdicts["ngày 16/6/2025"] == verdicts["ngày 30/6/2025"] == verdicts["ngày 10/12/2025"] == "basis"
    assert verdicts["ngày 5/9"] == verdicts["28/6"] == "holiday"


def test_an_option_between_two_days_is_no_occasion():
    trace = trace_of("Sáng 14/3, hai tỉnh Lạng Sơn và Cao Bằng tổ chức hội nghị.\n\nHai bên thống nhất ký kết "
                     "biên bản hợp tác vào ngày 5/9/2026 hoặc 28/9/2026 tại Lạng Sơn.\n")
    verdicts = {r.mention.text: r.verdict for r in trace["readings"]}
    assert verdicts["ngày 5/9/2026"] == verdicts["28/9/2026"] == "holiday"


# --- 5. the type of the occasion --------------------------------------------------------

TYPES = [
    ("Sáng 12/8, tại cửa khẩu Hữu Nghị, lãnh đạo tỉnh Lạng Sơn và Khu tự trị Quảng Tây (Trung Quốc) tổ chức "
     "hội đàm trao đổi song phương để kiểm tra tình hình công tác chuẩn bị cho lễ công bố mở cửa khẩu.",
     "conference"),   # what the talks are for is not the occasion
    ("Ngày 20/1, Đoàn đại biểu tỉnh Điện Biên do Bí thư Tỉnh ủy dẫn đầu đã sang thăm, chúc Tết cổ truyền "
     "tỉnh Luang Prabang (Lào); nhân dịp này, hai bên đã ký biên bản ghi nhớ hợp tác.", "visit"),
    ("Ngày 20/1, Đoàn đại biểu tỉnh Điện Biên sang chúc Tết và ký kết biên bản hợp tác với tỉnh Luang "
     "Prabang (Lào).", "visit"),     # a minute signed during a Tết visit is part of it
    ("Ngày 12/4, đoàn đại biểu tỉnh Điện Biên sang chúc mừng Tết Bunpimay và ký biên bản hợp tác với "
     "tỉnh Luang Prabang (Lào).", "visit"),
    ("Ngày 3/1, đoàn đại biểu tỉnh Quảng Ninh sang chúc mừng năm mới và ký thỏa thuận hợp tác với thành "
     "phố Đông Hưng (Trung Quốc).", "visit"),
    ("Ngày 5/6, đoàn đại biểu tỉnh Sơn La do Chủ tịch UBND tỉnh dẫn đầu thăm và làm việc, hội đàm với "
     "lãnh đạo tỉnh Hủa Phăn (Lào).", "visit"),   # talks with no day of their own
    ("Ngày 26/5, trong khuôn khổ chuyến thăm Lào từ ngày 25 đến 29/5, đoàn đại biểu tỉnh Sơn La có cuộc "
     "hội đàm với lãnh đạo tỉnh Hủa Phăn.", "conference"),   # talks with their own day in a visit
    ("Sáng 9/3, hai tỉnh Lạng Sơn và Cao Bằng tổ chức hội nghị để ký kết chương trình hợp tác.", "conference"),
    ("Sáng 9/3, hai tỉnh Lạng Sơn và Cao Bằng tổ chức hội nghị nhằm chuẩn bị cho lễ ký kết chương trình "
     "hợp tác.", "conference"),
    ("Sáng 9/3, UBND tỉnh Lạng Sơn công bố quyết định thành lập tổ công tác để đề nghị mở cửa khẩu.",
     "announcement"),   # 'để đề nghị' is no purpose cut before the occasion
]


@pytest.mark.parametrize("sentence, etype", TYPES, ids=[t[1] + " " + t[0][:40] for t in TYPES])
def test_the_type_of_the_occasion(sentence, etype):
    assert main_of(sentence + "\n")["type"] == etype


def test_a_later_date_after_the_occasion_in_its_sentence_is_no_lower_bound():
    trace = trace_of("Sáng 10/3, hai tỉnh Lạng Sơn và Cao Bằng đã ký kết biên bản, hẹn gặp lại ngày 20/9/2025.\n")
    assert trace["bounds"].lower is None


def test_a_meeting_followed_up_is_a_lower_bound():
    trace = trace_of("Sáng 10/11, hai tỉnh Lạng Sơn và Cao Bằng họp bàn, tiếp nối kết quả hội nghị tại Hà Nội "
                     "ngày 5-9-2025.\n")
    assert (trace["bounds"].lower.name, trace["bounds"].lower.day) == ("follow_up", date(2025, 9, 5))


def test_a_signed_document_named_by_its_date_is_a_document():
    main = main_of("Sáng 10/9, lãnh đạo hai tỉnh Lạng Sơn và Cao Bằng họp bàn triển khai Bản ghi nhớ hợp tác "
                   "giữa hai tỉnh ngày 14/5/2018.\n")
    assert (main["date"], main["year_source"]) == ("--09-10", "unknown")
    # the signing itself, dated in its own sentence, stays the occasion
    main = main_of("Lễ ký Bản ghi nhớ hợp tác giữa hai tỉnh Lạng Sơn và Cao Bằng diễn ra ngày 14/5/2018 "
                   "tại thành phố Lạng Sơn.\n")
    assert (main["date"], main["type"]) == ("2018-05-14", "signing")


def test_two_level_local_government_is_after_the_merger():
    trace = trace_of("Ngày 20/10, lãnh đạo tỉnh Phú Thọ và tỉnh Tuyên Quang trao đổi kinh nghiệm vận hành "
                     "chính quyền địa phương hai cấp.\n")
    assert (trace["bounds"].lower.name, trace["bounds"].lower.day) == ("after_merger", date(2025, 7, 1))


def test_a_lead_grounded_on_an_earlier_meeting_keeps_its_own_date():
    main = main_of("Căn cứ kết quả hội nghị ngày 5/9/2025, sáng 10/11, lãnh đạo tỉnh Lạng Sơn và tỉnh Cao Bằng "
                   "họp bàn triển khai các nội dung hợp tác.\n")
    assert main["date_text"].lower().startswith("sáng 10/11")


def test_a_review_of_n_years_counts_from_a_signing_told_in_the_next_sentence():
    main = main_of("Sáng 10.9, UBND tỉnh Lào Cai và tỉnh Hà Giang tổ chức hội nghị sơ kết 1 năm thực hiện "
                   "thỏa thuận hợp tác. Thỏa thuận được hai tỉnh ký ngày 14/05/2018 tại Lào Cai.\n")
    assert main["date"] == "2019-09-10" and main["year_cue"]["kind"] == "review_since"
    # a date in the next sentence that is no signing's gives no such year
    main = main_of("Sáng 10.9, UBND tỉnh Lào Cai và tỉnh Hà Giang tổ chức hội nghị sơ kết 1 năm thực hiện "
                   "thỏa thuận hợp tác. Trước đó, ngày 14/05/2018, hai tỉnh đã trao đổi đoàn.\n")
    assert main["year_source"] == "unknown"


def test_an_expected_target_is_an_upper_bound():
    main = main_of("Sáng 15/3, tại xã Tân Lập (mới), lãnh đạo tỉnh Phú Thọ và tỉnh Tuyên Quang tổ chức hội "
                   "nghị hợp tác.\n\nHai tỉnh phấn đấu đến năm 2026 sẽ hoàn thành tuyến đường kết nối.\n")
    assert main["date"] == "2026-03-15" and main["year_cue"]["kind"] == "bounds"
    # a target said without expecting it ('Tầm nhìn đến năm 2045') bounds nothing
    trace = trace_of("Sáng 15/3, hai tỉnh Phú Thọ và Tuyên Quang bàn quy hoạch, tầm nhìn đến năm 2045.\n")
    assert trace["bounds"].upper is None


def test_da_nang_is_no_past_word():
    # "Đà Nẵng" folds to "da nang" like "đã": a later fair there is no earlier meeting
    trace = trace_of("Sáng 10/3, lãnh đạo thành phố Đà Nẵng và tỉnh Quảng Nam họp bàn, hội chợ chung tại Đà Nẵng "
                     "ngày 5/9/2025 được thống nhất.\n")
    assert trace["bounds"].lower is None


def test_a_meeting_after_which_this_one_comes_and_a_year_told_in_the_past():
    trace = trace_of("Sáng 10/11, hai tỉnh Lạng Sơn và Cao Bằng họp bàn.\n\nSau hội nghị tại Hà Nội ngày 5/9/2025, "
                     "hai bên lập tổ công tác.\n")
    assert (trace["bounds"].lower.name, trace["bounds"].lower.day) == ("follow_up", date(2025, 9, 5))
    trace = trace_of("Sáng 10/11, hai tỉnh Lạng Sơn và Cao Bằng họp bàn.\n\nNăm 2024, hai tỉnh đã ký kết biên bản.\n")
    assert (trace["bounds"].lower.name, trace["bounds"].lower.day) == ("past_meeting", date(2024, 1, 1))


def test_a_stamp_before_the_merger_names_is_no_year():
    # a republished page: its stamp says 2024, but it names a commune that exists only after 1/7/2025
    text = ("Hai tỉnh đẩy mạnh hợp tác\n\n12/03/2024 08:15\n\nSáng 10/11, tại xã Tân Lập (mới), lãnh đạo tỉnh "
            "Phú Thọ và tỉnh Tuyên Quang tổ chức hội nghị hợp tác.\n")
    art = parse_article(text)
    assert art.published is not None and art.published.year == 2024
    events, _ = extract_events(art, article_id="t", source="t.txt")
    main = next(e for e in events if e["main"])
    assert main["year_source"] == "unknown"


def test_a_decision_sending_the_delegation_dates_its_trip_within_a_year():
    from extract_support import main_event

    text = ("Đoàn công tác huyện Mường Tè thăm huyện Mường Khoa\n\n"
            "Thực hiện Quyết định số 120/QĐ-UBND ngày 05/3/2024 của UBND huyện về việc cử đoàn công tác "
            "sang nước bạn, trong 3 ngày trung tuần tháng 3, đoàn công tác huyện Mường Tè (Lai Châu) "
            "đã thăm và làm việc tại tỉnh Phông Sa Lỳ (Lào).\n")
    ev = main_event(text)
    assert ev["date"] == "2024-03" and ev["year_cue"]["kind"] == "follow_up"
    # a document that does not send anyone only bounds the year from below: no year
    other = text.replace("về việc cử đoàn công tác sang nước bạn", "về chương trình hợp tác")
    assert main_event(other)["date"] == "--03"
