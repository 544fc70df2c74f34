"""Round 40 (late40d): a traditional New Year greeting named by a bare "chúc Tết", in the headline over a lead
that opens on the occasion ("Tại buổi tiếp, …"), at which a whole year is summed up as done ("Trong năm 2025,
tỉnh đã tổ chức thành công các lễ hội …"): the year after it (lead_new_year). Sentences written for these tests
(names and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import date_of_main as _date

HEAD = "Đoàn đại biểu tỉnh Kampot (Campuchia) chúc Tết tỉnh Kiên Giang\n\n"
LEAD = ("Tại buổi tiếp, Phó Chủ tịch UBND tỉnh Kiên Giang cảm ơn tình cảm của đoàn đại biểu tỉnh Kampot và giới "
        "thiệu tình hình phát triển của tỉnh.\n\n")
BODY = ("Trong năm 2025, tỉnh đã tổ chức thành công các lễ hội truyền thống của đồng bào Khmer, bảo đảm trang "
        "nghiêm, tiết kiệm.\n")


def test_a_bare_greeting_in_the_headline_over_a_framed_lead():
    assert _date(HEAD + LEAD + BODY) == "2026"   # (before round 40: no date)


def test_done_successfully_is_a_year_summed_up():
    lead = ("Nhân dịp Tết Nguyên đán, đoàn đại biểu tỉnh Kampot (Campuchia) đã đến chúc Tết lãnh đạo tỉnh Kiên "
            "Giang.\n\n")
    assert _date("Tỉnh Kampot chúc Tết tỉnh Kiên Giang\n\n" + lead + BODY.replace("2025", "2023")) == "2024"


# counter-examples: no year where the shape is not whole

@pytest.mark.parametrize("page", [
    HEAD.replace("chúc Tết", "chúc mừng năm mới, Tết Dương lịch và chúc Tết") + LEAD + BODY,   # 1 January named
    HEAD.replace("chúc Tết", "thăm") + LEAD + BODY,                                              # no New Year
    HEAD + LEAD + BODY.replace("đã tổ chức thành công", "sẽ tổ chức thành công"),               # planned, not done
    HEAD + LEAD.replace("Tại buổi tiếp, Phó", "Phó") + BODY,                                      # the lead's own occasion
])
def test_no_year(page):
    assert _date(page) in (None, "")
