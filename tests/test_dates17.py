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
