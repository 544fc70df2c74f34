"""Round 51 (late51b): the misses of real pages never seen before, fixed in general.

A greeting visit for a solar New Year (Lao Bunpimay, Khmer Chôl Chnăm Thmây, Thai Songkran) told with
no day and dated by the year of the festival's name takes the festival's month, April
(core/extract/solar_new_years). The lunar Tết Nguyên đán gives no month. A bond established "từ năm Y" is
another milestone also when written "mối quan hệ" or "từ đầu năm Y" (milestones._ESTABLISHED,
other_milestones._from_part). All sentences are ours.
"""

from __future__ import annotations

import re

import pytest

from extract_support import main_or_none, other_dates

from hoptac.core.extract.solar_new_years import SOLAR_NEW_YEARS, solar_new_year_month
from hoptac.core.text import fold


def _main(text: str) -> dict:
    main = main_or_none(text)
    assert main is not None
    return main


VISIT = ("Lãnh đạo tỉnh Sóc Trăng thăm, chúc Tết tỉnh {partner}\n"
         "Tại chuyến thăm, hai bên đã trao đổi tình hình phát triển kinh tế - xã hội của mỗi địa phương.\n"
         "Thay mặt lãnh đạo tỉnh Sóc Trăng, trưởng đoàn gửi lời chúc mừng tốt đẹp đến nhân dân tỉnh {partner} "
         "nhân dịp {festival}.\n"
         "Hai bên mong muốn quan hệ hợp tác giữa hai tỉnh tiếp tục được mở rộng.\n")


@pytest.mark.parametrize("partner, festival, want", [
    ("Khăm Muộn (Lào)", "Tết cổ truyền Bunpimay 2022", "2022-04"),
    ("Savannakhet (Lào)", "Tết cổ truyền Bun Pi May 2023", "2023-04"),
    ("Trà Vinh", "Tết cổ truyền Chôl Chnăm Thmây 2024 của đồng bào Khmer", "2024-04"),
])
def test_a_solar_new_year_named_with_its_year_gives_its_month(partner, festival, want):
    main = _main(VISIT.format(partner=partner, festival=festival))
    assert main["date"] == want, main


@pytest.mark.parametrize("festival", [
    "Tết Nguyên đán Nhâm Dần 2022",          # lunar: January or February, no month
    "Tết cổ truyền của nhân dân Lào",         # no year named: the festival gives no year
])
def test_a_lunar_new_year_or_a_yearless_festival_gives_no_month(festival):
    main = main_or_none(VISIT.format(partner="Khăm Muộn (Lào)", festival=festival))
    assert main is None or not re.match(r"\d{4}-\d\d", main["date"] or ""), main


def test_a_year_told_elsewhere_gives_no_month_to_a_yearless_festival():
    text = VISIT.format(partner="Khăm Muộn (Lào)", festival="Tết cổ truyền Bunpimay") + \
        "Trong 3 tháng đầu năm 2022, hai tỉnh đã trao đổi 4 đoàn công tác.\n"
    main = _main(text)
    assert main["date"] in (None, "2022"), main


def test_a_day_the_page_gives_stays_its_own():
    text = ("Ngày 10/4, đoàn đại biểu tỉnh Điện Biên sang thăm, chúc Tết cổ truyền Bunpimay 2023 tỉnh "
            "Phông Sa Lỳ (Lào).\n")
    assert _main(text)["date"] in ("2023-04-10", "--04-10")


@pytest.mark.parametrize("name, month, pattern, example", SOLAR_NEW_YEARS)
def test_each_rule_reads_its_own_example(name, month, pattern, example):
    assert solar_new_year_month(fold(example)) == month
    assert re.search(pattern, fold(example))


def test_the_vietnamese_new_year_is_no_solar_one():
    assert solar_new_year_month(fold("chúc Tết Nguyên đán Giáp Thìn 2024")) is None


# --- a bond established since a year: another milestone ---------------------------------------

BOND = ("Tỉnh Bến Tre tiếp đoàn công tác tỉnh Attapeu (Lào)\n"
        "Ngày 5/6/2023, lãnh đạo tỉnh Bến Tre đã tiếp và làm việc với đoàn công tác tỉnh Attapeu (Lào).\n"
        "{body}\n"
        "Hai bên thống nhất tiếp tục tăng cường hợp tác trên các lĩnh vực giáo dục, y tế, nông nghiệp.\n")


@pytest.mark.parametrize("body, year", [
    ("Tỉnh Bến Tre và tỉnh Attapeu đã thiết lập mối quan hệ hợp tác hữu nghị từ năm 2009.", "2009"),
    ("Quan hệ hợp tác giữa hai tỉnh được thiết lập từ đầu năm 2016, mang lại nhiều kết quả thiết thực.", "2016"),
])
def test_a_bond_established_since_a_year_is_another_milestone(body, year):
    assert year in other_dates(BOND.format(body=body))


@pytest.mark.parametrize("body, year", [
    # two countries' ties, not the partners' bond
    ("Việt Nam và Lào thiết lập mối quan hệ ngoại giao từ năm 1962, là tình hữu nghị đặc biệt.", "1962"),
    # a span of work since the start of a year, nothing established
    ("Từ đầu năm 2016 đến nay, hai tỉnh đã trao đổi nhiều đoàn công tác.", "2016"),
])
def test_other_years_since_stay_no_milestone(body, year):
    assert year not in other_dates(BOND.format(body=body))
