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


# --- a festival named with its year (year_names.festival_start) ------------------------------------------

def _festival(sentence: str):
    from hoptac.core.extract.year_names import festival_start
    m = next(d for d in find_dates(sentence) if d.precision == "year")
    return festival_start(sentence, m)


@pytest.mark.parametrize("sentence", [
    # "Đà" folds as "đã" does: a city's name before the festival is no earlier edition
    "Tối 2/6, thành phố Đà Nẵng khai mạc Lễ hội Văn hóa Việt - Hàn năm 2023 tại Công viên Biển Đông.",
    "Sáng 20/12, tại Đà Lạt, tỉnh Lâm Đồng khai mạc Festival Hoa năm 2024.",
    "Tuần lễ văn hóa Đà Nẵng - Viêng Chăn năm 2022 khai mạc tối 10/8.",
])
def test_a_festival_after_a_city_named_da_keeps_its_year(sentence):
    assert _festival(sentence) is not None


@pytest.mark.parametrize("sentence", [
    # an earlier edition told between the festival's name and its year
    "Lễ hội Hoa Ban đã được tổ chức thành công năm 2023 với hơn 20 nghìn lượt khách.",
    "Hội chợ thương mại hai tỉnh lần trước diễn ra vào năm 2022 tại Lạng Sơn.",
    "Tuần văn hóa du lịch hai tỉnh từng được tổ chức năm 2019 tại Quảng Trị.",
    # "đã" before the festival (as before), also where the page carries no accents
    "Đoàn đã dự Lễ hội Hoa Ban năm 2023 tại Điện Biên.",
    "Hai ben da to chuc Le hoi Hoa Ban nam 2023 tai Dien Bien.",
])
def test_a_festival_told_as_held_before_gives_no_named_year(sentence):
    assert _festival(sentence) is None


def test_the_lead_day_does_not_take_an_earlier_edition_year():
    text = ("Khai mạc Lễ hội Hoa Ban kết nối với tỉnh Luông Pha Băng\n"
            "Tối 15/3, tại thành phố Điện Biên Phủ, UBND tỉnh Điện Biên phối hợp với tỉnh Luông Pha Băng (Lào) "
            "khai mạc Lễ hội Hoa Ban với nhiều hoạt động giao lưu văn hóa.\n"
            "Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh Điện Biên cho biết, lễ hội là dịp quảng bá du lịch hai tỉnh.\n"
            "Lễ hội Hoa Ban đã được tổ chức thành công năm 2023 với hơn 20 nghìn lượt khách tham quan.\n")
    main = _main(text)
    assert main is not None and main["date"] == "--03-15"


def test_a_quoted_name_after_a_city_named_da_keeps_its_year():
    from hoptac.core.extract.year_shapes import _quoted_name
    said = "Tối 2/6, tại Đà Nẵng, hai thành phố tổ chức “Lễ hội Văn hóa Việt - Hàn năm 2023” với nhiều hoạt động."
    done = "Hai bên đã tổ chức “Lễ hội Văn hóa Việt - Hàn năm 2023” thành công tốt đẹp."
    for sentence, want in ((said, True), (done, False)):
        m = next(d for d in find_dates(sentence) if d.precision == "year")
        assert (_quoted_name(sentence, m) is not None) is want


# --- a day told ahead after a name that folds as "đã" (year_from_stamp.first_tense) ----------------------

@pytest.mark.parametrize("clause, want", [
    (", đoàn lãnh đạo thành phố Đà Nẵng sẽ sang thăm tỉnh Sê Kông.", "se"),
    (", Bệnh viện Đa khoa tỉnh dự kiến tiếp nhận đoàn chuyên gia.", "du kien"),
    (", đội bóng đá hai huyện sẽ giao hữu tại sân vận động.", "se"),
    (", đoàn lãnh đạo thành phố Đà Lạt đã sang thăm tỉnh bạn.", "da"),
    (", doan lanh dao tinh da sang tham tinh ban.", "da"),       # a page written without accents
])
def test_the_first_tense_word_reads_da_only_where_the_text_says_it(clause, want):
    from hoptac.core.extract.year_from_stamp import first_tense
    assert first_tense(clause, 0, len(clause)) == want


def test_a_day_told_ahead_after_da_nang_takes_the_next_year_from_a_december_stamp():
    text = ("Đà Nẵng và Sê Kông trao đổi hợp tác\n13/12/2023 08:30\n"
            "Ngày 5/1, đoàn lãnh đạo thành phố Đà Nẵng sẽ sang thăm và làm việc tại tỉnh Sê Kông (Lào), trao đổi "
            "hợp tác giáo dục.\nHai bên dự kiến ký kết kế hoạch hợp tác trong chuyến thăm.\n")
    main = _main(text)
    assert main is not None and main["date"] == "2024-01-05"
