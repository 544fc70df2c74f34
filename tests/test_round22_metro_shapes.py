"""Round 22, the centrally-run cities' sector cooperation (metro23): its year miss as a shape, in sentences
written for this test (no page's own words).

* an occasion described later in the page as one of its year's ("Sự kiện … là sự kiện quan trọng của năm
  2022", "Hội chợ … là hoạt động nổi bật trong năm 2021") gives the lead's undated day that year, as its name
  written with the year does ("Hội chợ … năm 2021", named_year);
* not when the description looks ahead ("… sẽ là sự kiện lớn của năm 2023"), looks back ("Hội chợ năm trước
  là …", "đã tổ chức thành công"), or opens with anything but an occasion ("Năm 2022 là năm …", "Đây là …").
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.year_described import DESCRIBED, OCCASIONS, described_start

from extract_support import main_or_none as _main

_HEAD = "Thành phố Vinh giới thiệu đặc sản các tỉnh Bắc Trung Bộ\n"
_LEAD = ("Sở Công Thương tỉnh Nghệ An phối hợp với UBND thành phố Vinh vừa tổ chức hội chợ giới thiệu đặc sản "
         "các tỉnh Bắc Trung Bộ. Hội chợ diễn ra trong 5 ngày, từ ngày 14/9 đến ngày 18/9 tại Quảng trường Hồ Chí "
         "Minh.\n")
_SPEECH = ("Phát biểu tại hội chợ, ông Lê Văn Tâm, Phó Giám đốc Sở Công Thương cho biết, kết nối tiêu thụ sản "
           "phẩm giữa các địa phương là nhiệm vụ trọng tâm của ngành trong thời gian tới, nhất là với các sản "
           "phẩm nông nghiệp và thủy sản đặc trưng của từng tỉnh.\n")
_TAIL = "Tham gia hội chợ có 90 gian hàng của Nghệ An, Thanh Hóa, Hà Tĩnh và Quảng Bình.\n"


def _page(described: str) -> str:
    return _HEAD + _LEAD + _SPEECH + described + "\n" + _TAIL


def _year_of(sentence: str) -> int | None:
    m = next(d for d in find_dates(sentence) if d.precision == "year")
    return described_start(sentence, m)


@pytest.mark.parametrize("noun, example", OCCASIONS)
def test_each_row_example_is_an_occasion_described_by_its_year(noun, example):
    assert _year_of(example) == 0


def test_the_table_example_of_the_words_between_reads():
    assert _year_of(DESCRIBED[1]) == 0


@pytest.mark.parametrize("described", [
    "Hội chợ giới thiệu đặc sản các tỉnh Bắc Trung Bộ là sự kiện quan trọng của năm 2020 nhằm hỗ trợ doanh nghiệp.",
    "Hội chợ giới thiệu đặc sản các tỉnh Bắc Trung Bộ là hoạt động nổi bật trong năm 2020 của ngành công thương.",
    "Sự kiện này là một trong những sự kiện thương mại lớn của năm 2020 tại Nghệ An.",
])
def test_the_lead_day_takes_the_year_the_occasion_is_described_by(described):
    main = _main(_page(described))
    assert main is not None and main["date"] == "2020-09-14" and main["date_end"] == "2020-09-18"


@pytest.mark.parametrize("described", [
    # told ahead: the page's day may lie before it, in the year before
    "Hội chợ giới thiệu đặc sản các tỉnh Bắc Trung Bộ sẽ là sự kiện quan trọng của năm 2021 nhằm hỗ trợ doanh nghiệp.",
    # an earlier edition
    "Sự kiện năm trước là sự kiện quan trọng của năm 2019 với hơn 60 gian hàng tham gia.",
    "Sự kiện giới thiệu đặc sản các tỉnh Bắc Trung Bộ lần trước đã là hoạt động nổi bật của năm 2019.",
    # a sentence that does not open with the occasion
    "Năm 2020 là năm có nhiều khó khăn đối với doanh nghiệp trong tỉnh.",
    "Đây là sự kiện quan trọng của năm 2020 nhằm hỗ trợ doanh nghiệp.",
])
def test_other_descriptions_give_the_lead_day_no_year(described):
    main = _main(_page(described))
    assert main is not None and main["date"] == "--09-14"
