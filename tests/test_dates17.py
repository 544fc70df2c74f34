"""Dates round 17 (docs/accuracy.md, "Dates round 17"): a period signed or adopted in September-October
opens its own year; one carried out, or a five-year term's, gives none; a signing in November-December
still may be the year before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cue_kinds import SIGNED_PERIOD_MONTHS, TERM_START
from extract_support import main_event

HEAD = "Hai địa phương tăng cường hợp tác\n\n"
BODY = "\nHai bên thống nhất tăng cường trao đổi đoàn, chia sẻ kinh nghiệm trong thời gian tới.\n"

#: A period signed or adopted in September-October: the occasion opens it.
SIGNED_IN_AUTUMN = [
    ("Ngày 13/10, tại tỉnh Lào Cai, Ủy ban MTTQ tỉnh Lào Cai và Ủy ban MTTQ tỉnh Hà Giang đã ký kết chương trình "
     "hợp tác giai đoạn 2023 - 2025.", "2023-10-13"),
    ("Sáng 20/9, UBND huyện Bảo Thắng và UBND huyện Bắc Quang ký kết chương trình phối hợp bảo vệ rừng vùng giáp ranh "
     "giai đoạn 2024-2026.", "2024-09-20"),
    ("Chiều 5/10, tại thành phố Cao Bằng, hai tỉnh Cao Bằng và Lạng Sơn tổ chức hội nghị thông qua phương hướng "
     "hợp tác giai đoạn 2018 – 2020.", "2018-10-05"),
    ("Ngày 1/10, Đồn Biên phòng A Pa Chải và Công an xã Sín Thầu (tỉnh Điện Biên) ký kết nghĩa, hợp tác giúp đỡ "
     "nhau giai đoạn 2017-2022.", "2017-10-01"),
    ("Ngày 28/9, tỉnh Lạng Sơn và tỉnh Cao Bằng ký biên bản ghi nhớ hợp tác toàn diện trên 9 lĩnh vực giai đoạn "
     "2023 – 2025.", "2023-09-28"),
]


@pytest.mark.parametrize("lead, want", SIGNED_IN_AUTUMN)
def test_a_period_signed_in_september_or_october_opens_its_year(lead, want):
    main = main_event(HEAD + lead + "\n" + BODY)
    assert main["date"] == want, main


#: ... but not one carried out there (it may have begun years before), nor a five-year term's (signed
#: ahead, in the autumn before it begins), nor one signed in November-December (ahead or not).
NO_YEAR = [
    "Ngày 5/9, tỉnh Lạng Sơn và tỉnh Cao Bằng họp bàn giải pháp triển khai hiệu quả nội dung Thỏa thuận hợp tác "
    "giai đoạn 2022-2026.",
    "Sáng 12/10, tỉnh Lạng Sơn và tỉnh Cao Bằng tổ chức hội nghị tiếp tục thực hiện chương trình hợp tác giai "
    "đoạn 2023 - 2025.",
    "Ngày 24/9, UBND tỉnh Lạng Sơn và UBND tỉnh Cao Bằng ký kết thỏa thuận hợp tác giai đoạn 2026 - 2030.",
    "Chiều 8/10, hai tỉnh Lạng Sơn và Cao Bằng ký kết chương trình hợp tác giai đoạn 2021-2025.",
    "Ngày 14/11, tỉnh Lạng Sơn và tỉnh Cao Bằng ký kết chương trình phối hợp giai đoạn 2024 - 2025.",
    "Ngày 18/12, hai tỉnh Lạng Sơn và Cao Bằng ký kết thỏa thuận hợp tác giai đoạn 2023-2027.",
]


@pytest.mark.parametrize("lead", NO_YEAR)
def test_a_period_carried_out_a_terms_or_signed_at_the_years_end_gives_no_year(lead):
    main = main_event(HEAD + lead + "\n" + BODY)
    assert main["date"] is not None and main["date"].startswith("--"), main


def test_the_autumn_and_the_term_are_named_in_the_table():
    assert SIGNED_PERIOD_MONTHS == (9, 10) and 2026 % 5 == TERM_START and 2021 % 5 == TERM_START


# --- the days an issued plan sets out (core/extract/issued_plans.py) ----------------------------------

#: A lead that reports a plan's issue and dates only what the plan sets out.
ISSUED_PLAN_LEADS = [
    "UBND tỉnh Sơn La vừa ban hành Kế hoạch số 154/KH-UBND về việc tổ chức Ngày hội văn hóa các dân tộc tại tỉnh "
    "Hủa Phăn (Lào) từ ngày 12 đến 14/11/2024.",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu mới ban hành kế hoạch tổ chức Hội chợ thương mại biên giới Lai "
    "Châu - Vân Nam tại huyện Phong Thổ vào ngày 20/11/2024.",
    "UBND thành phố Hải Phòng vừa có văn bản thống nhất tổ chức Tuần lễ ẩm thực Hải Phòng - Quảng Ninh tại thành "
    "phố Hạ Long từ ngày 3 - 6/12/2024.",
    "UBND tỉnh Sơn La vừa phê duyệt Đề án tổ chức đoàn công tác sang thăm, làm việc tại tỉnh Hủa Phăn (Lào) từ "
    "ngày 5 đến 8/11/2024.",
]
PLAN_BODY = ("\nHoạt động nhằm tăng cường quan hệ hữu nghị giữa hai địa phương.\n"
             "Theo kế hoạch, các hoạt động được tổ chức trong nhiều ngày với nhiều nội dung phong phú.\n")


@pytest.mark.parametrize("lead", ISSUED_PLAN_LEADS)
def test_an_issued_plan_is_not_dated_by_the_days_it_sets_out(lead):
    main = main_event(HEAD + lead + "\n" + PLAN_BODY)
    assert main["date"] is None, main


@pytest.mark.parametrize("lead", ISSUED_PLAN_LEADS)
def test_an_issued_plan_told_as_recent_takes_the_stamps_month(lead):
    main = main_event(HEAD + "Cập nhật: 16/08/2024 09:30\n" + lead + "\n" + PLAN_BODY)
    assert main["date"] == "2024-08", main


def test_the_planned_days_told_again_below_are_the_planned_occasions_too():
    lead = ISSUED_PLAN_LEADS[0]
    body = "\nTheo kế hoạch, ngày hội diễn ra từ ngày 12 đến 14/11/2024 với nhiều hoạt động.\n"
    main = main_event(HEAD + lead + "\n" + body)
    assert main["date"] is None, main


#: ... but the issue's own day, and a planned occasion told in a sentence of its own, stay dates.
KEEP = [
    ("Ngày 14/8/2024, UBND tỉnh Sơn La ban hành Kế hoạch tổ chức Ngày hội văn hóa các dân tộc tại tỉnh Hủa Phăn "
     "(Lào) từ ngày 12 đến 14/11/2024.", "2024-08-14"),
    ("UBND tỉnh Sơn La vừa ban hành Kế hoạch tổ chức Ngày hội văn hóa các dân tộc tại tỉnh Hủa Phăn (Lào). Ngày hội "
     "sẽ diễn ra từ ngày 12 đến 14/11/2024 tại thành phố Sầm Nưa.", "2024-11-12"),
    ("UBND tỉnh Sơn La ban hành Kế hoạch số 154/KH-UBND ngày 14/8/2024 về việc tổ chức Ngày hội văn hóa tại tỉnh "
     "Hủa Phăn (Lào).", "2024-08-14"),
]


@pytest.mark.parametrize("lead, want", KEEP)
def test_the_issues_day_or_an_occasion_told_on_its_own_keeps_its_date(lead, want):
    main = main_event(HEAD + lead + "\n" + PLAN_BODY)
    assert main["date"] == want, main


def test_the_planned_days_with_their_year_are_an_other_milestone():
    from hoptac.core.extract.article import parse_article
    from hoptac.core.extract.events import extract_events
    events, _ = extract_events(parse_article(HEAD + ISSUED_PLAN_LEADS[0] + "\n" + PLAN_BODY), article_id="t",
                               source="t.txt")
    assert [e["date"] for e in events if e["main"]] == [None]
    assert [(e["date"], e["date_end"]) for e in events if not e["main"]] == [("2024-11-12", "2024-11-14")]


# --- an account and a launch in one clause: the year is what is launched (year_cues._LAUNCHED_AFTER) ----

@pytest.mark.parametrize("lead", [
    "Ngày 30-5, tại huyện Bố Trạch, Bộ Chỉ huy BĐBP tỉnh Quảng Bình và Bộ Chỉ huy Quân sự tỉnh Khăm Muộn gặp gỡ, "
    "trao đổi tình hình và khởi động chương trình giao lưu hữu nghị biên giới năm 2022.",
    "Sáng 12-4, Công an tỉnh Quảng Trị và Công an tỉnh Savannakhet trao đổi tình hình an ninh và phát động "
    "phong trào thi đua bảo vệ biên giới năm 2022.",
    "Ngày 20/3, hai huyện Mường Lát và Viêng Xay trao đổi tình hình biên giới và triển khai kế hoạch phối hợp "
    "năm 2022.",
])
def test_an_account_then_a_launch_names_the_launched_programmes_year(lead):
    main = main_event(HEAD + lead + "\n" + BODY)
    assert main["date"][:4] == "2022", main


def test_an_account_alone_is_still_last_years():
    lead = ("Sáng 11/4, đoàn công tác tỉnh Quảng Bình thăm tỉnh Khăm Muộn; hai bên thông tin về tình hình kinh tế - "
            "xã hội của mỗi tỉnh trong năm 2021.")
    main = main_event(HEAD + lead + "\n" + BODY)
    assert main["date"] == "2022-04-11", main
