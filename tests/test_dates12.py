"""The twelfth dates round (docs/accuracy.md): a lead that tells its occasion as recent with no day,
on a page with no stamp, keeps it against an earlier occasion the body tells with its full date and
no marker of being earlier -- a sentence that opens with that day and its year ("Ngày 12/5/2022, hai
bên đã tổ chức hội nghị sơ kết …") or names another occasion before it ("Hội nghị sơ kết được tổ chức
ngày 12/5/2022 …"): undated.not_the_recent_occasion, _OPENS_A_STORY, _another_named. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from extract_support import main_event

HEAD = "Tỉnh Quảng Trị và tỉnh Savannakhet tăng cường hợp tác\n\n"
LEAD = ("Vừa qua, UBND tỉnh Quảng Trị và chính quyền tỉnh Savannakhet (Lào) đã ký kết thỏa thuận hợp tác "
        "giai đoạn mới về thương mại, du lịch và giáo dục.\n\n")
TAIL = "\n\nHai bên thống nhất tăng cường trao đổi đoàn các cấp, hỗ trợ doanh nghiệp hai tỉnh.\n"


@pytest.mark.parametrize("earlier", [
    "Ngày 12/5/2022, hai bên đã tổ chức hội nghị sơ kết tại thành phố Đông Hà.",
    "Sáng 12/5/2022, đoàn công tác tỉnh Savannakhet đã sang thăm và làm việc tại Quảng Trị.",
    "Vào ngày 12/5/2022, lãnh đạo hai tỉnh cũng đã gặp gỡ tại thành phố Đông Hà.",
    "Ngày 12-5-2022, hai bên tổ chức hội nghị sơ kết tại thành phố Đông Hà.",
    "Tháng 5/2022, hai bên đã ký biên bản ghi nhớ về hợp tác y tế.",
    "Hội nghị sơ kết được tổ chức ngày 12/5/2022 tại thành phố Đông Hà.",
    "Cuộc hội đàm giữa lãnh đạo hai tỉnh diễn ra ngày 12/5/2022 tại Savannakhet.",
])
def test_an_earlier_occasion_told_with_its_year_does_not_date_a_recent_lead(earlier):
    main = main_event(HEAD + LEAD + earlier + TAIL)
    assert not (main["date"] or "").startswith("2022"), main["date"]
    assert main["date_text"] != earlier.split(",")[0]


@pytest.mark.parametrize("body, want", [
    # the lead's occasion named again, or pointed back at with a bare noun: its day
    ("Lễ ký kết thỏa thuận hợp tác giai đoạn mới diễn ra ngày 12/5/2022 tại thành phố Đông Hà.", "2022-05-12"),
    ("Buổi lễ được tổ chức vào ngày 12/5/2022 tại trụ sở UBND tỉnh Quảng Trị.", "2022-05-12"),
    # a day without its year, or a stay of several days: the recent occasion's
    ("Lễ ký kết diễn ra sáng 12/5 tại thành phố Đông Hà.", "--05-12"),
    ("Từ ngày 10 - 12/5/2022, đoàn công tác tỉnh Savannakhet đã thăm và làm việc tại Quảng Trị.", "2022-05-10"),
])
def test_the_recent_occasion_told_again_keeps_its_day(body, want):
    main = main_event(HEAD + LEAD + body + TAIL)
    assert main["date"] == want


def test_with_a_stamp_the_window_decides_as_before():
    stamp = "Cập nhật: 20/05/2022 08:15\n\n"
    main = main_event(HEAD + stamp + LEAD + "Ngày 12/5/2022, hai bên đã tổ chức lễ ký tại thành phố Đông Hà." + TAIL)
    assert main["date"] == "2022-05-12"
