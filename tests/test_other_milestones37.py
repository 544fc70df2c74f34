"""Round 37 (other37): other dated milestones the sets of the round missed, each in sentences written for this
test -- a coming occasion's days told ahead, a day beside 'hôm qua', a signing between the partners 'từ năm Y',
an annual exchange begun in a year, a year listed after an earlier bond's, an attended fair named with its year;
and the shapes next to them that must stay out (a wrong year is worse than none)."""

from __future__ import annotations

import pytest

from hoptac.core.extract import milestone_years as my, told_days as td

from extract_support import other_dates as _others


HEAD = "Tỉnh Hà Giang giới thiệu du lịch tại thành phố Cần Thơ\nCập nhật: 05/08/2024 - 10:10\n"
LEAD = "Chiều 4/8, tại thành phố Cần Thơ, UBND tỉnh Hà Giang tổ chức buổi giới thiệu chương trình du lịch năm 2024. "


# --- a coming occasion's days, told ahead ----------------------------------------------------

@pytest.mark.parametrize("tail, want", [
    ("Lễ hội mùa thu của tỉnh sẽ được tổ chức từ ngày 20/9 đến ngày 27/9 tại tỉnh Hà Giang.", "2024-09-20"),
    ("Ngày hội văn hóa vùng cao dự kiến diễn ra ngày 15/10 tại thành phố Hà Giang.", "2024-10-15"),
])
def test_a_coming_occasions_days_told_ahead_take_the_main_year(tail, want):
    assert want in _others(HEAD + LEAD + "\n" + tail + "\n")


@pytest.mark.parametrize("tail", [
    # no word of a coming occasion
    "Lễ hội mùa thu của tỉnh từ ngày 20/9 đến ngày 27/9 thu hút đông du khách.",
    # too far ahead (more than DAYS_AHEAD days): the year may be the next one
    "Lễ hội mùa đông của tỉnh sẽ được tổ chức từ ngày 20/12 đến ngày 27/12 tại tỉnh Hà Giang.",
    # before the main day in the calendar: not a coming one
    "Lễ hội mùa hè của tỉnh sẽ được tổ chức từ ngày 20/2 đến ngày 27/2 tại tỉnh Hà Giang.",
])
def test_days_without_words_ahead_or_too_far_get_no_year(tail):
    assert not any(d[:1].isdigit() and d[5:7] in ("09", "12", "02") for d in _others(HEAD + LEAD + "\n" + tail + "\n"))


def test_told_ahead_keeps_to_the_same_year():
    from hoptac.core.extract.dates import DateMention
    main = DateMention(0, 9, "Chiều 4/8", 4, 8, None)
    coming = DateMention(40, 50, "ngày 20/1", 20, 1, None)
    text = "chieu 4/8 ............................. ngay 20/1 se duoc to chuc"
    assert td.told_ahead(text, coming, main, 2024, (0, len(text))) is None


# --- a day beside a word relative to the time of writing -------------------------------------

REL = ("Hai thành phố ký kết hợp tác du lịch\n"
       "Ngày 28/11, trong khuôn khổ Hội nghị toàn quốc về du lịch năm 2020, thành phố Hà Nội và thành phố Hồ Chí Minh "
       "đã ký kết chương trình hợp tác du lịch.\n"
       "Trong ngày hôm qua ({day}), hai thành phố đã phối hợp tổ chức diễn đàn liên kết phát triển du lịch.\n")


def test_a_day_beside_hom_qua_takes_the_year_that_puts_it_a_day_before():
    assert "2020-11-27" in _others(REL.format(day="27/11"))


def test_a_day_far_from_what_hom_qua_says_gets_no_year():
    assert not any(d.endswith("-11-20") and d[:1].isdigit() for d in _others(REL.format(day="20/11")))


# --- years alone ------------------------------------------------------------------------------

SIGNED = ("Tỉnh Tiền Giang làm việc với đoàn tỉnh Sekong\n"
          "Ngày 7/4/2016, Sở Ngoại vụ tỉnh Tiền Giang làm việc với đoàn lãnh đạo tỉnh Sekong (Lào).\n"
          "Tại buổi làm việc, hai bên rà soát các nội dung ký kết giữa chính quyền tỉnh Tiền Giang và tỉnh Sekong "
          "{when} năm 2012.\n")


def test_a_signing_between_the_partners_since_a_year_is_a_milestone():
    assert "2012" in _others(SIGNED.format(when="từ"))


def test_a_signing_planned_between_the_partners_is_not():
    text = SIGNED.replace("rà soát các nội dung ký kết", "dự kiến sẽ ký kết thêm").format(when="vào")
    assert "2012" not in _others(text)


SERIES = ("Giao lưu hát đối đáp trên sông biên giới\n"
          "Chiều 22/12/2015, thành phố Móng Cái tổ chức giao lưu văn nghệ với thị trấn Đông Hưng (Quảng Tây, "
          "Trung Quốc) trong khuôn khổ hội chợ thương mại.\n"
          "Đây là hoạt động giao lưu được tổ chức {how}, bắt đầu từ năm 2003.\n")


def test_an_annual_exchange_begun_in_a_year_is_a_milestone():
    assert "2003" in _others(SERIES.format(how="thường niên"))


def test_a_programme_begun_without_a_word_of_a_yearly_series_is_not():
    assert "2003" not in _others(SERIES.format(how="trong nhiều dịp"))


LISTED = ("Giao ban giữa các cặp khóm bản kết nghĩa\n"
          "Chiều 9/11/2024, khóm A Lưới và bản Đen Sa Vẵn, tỉnh Savannakhet (Lào) tổ chức giao ban quý IV.\n"
          "Lễ kết nghĩa đầu tiên diễn ra vào năm 2004 giữa thôn Pa Nang và bản Lạc Hoa, {then} năm 2007 với "
          "thôn Ka Lu và bản Ka Ho.\n")


def test_a_year_listed_after_an_earlier_bonds_year_is_a_milestone():
    others = _others(LISTED.format(then="sau đó là vào"))
    assert "2004" in others and "2007" in others


def test_a_year_after_a_bond_without_sau_do_stays_out():
    assert "2007" not in _others(LISTED.format(then="nhiều hoạt động diễn ra trong"))


FAIR = ("Ba địa phương liên kết phát triển du lịch\n"
        "Ngày 23/1/2019, tại thành phố Hội An, Sở Du lịch ba địa phương tổ chức hội nghị tổng kết liên kết du lịch.\n"
        "Năm qua, ba địa phương {how} gian hàng chung tại Hội chợ Du lịch Quốc tế Đà Nẵng {year}.\n")


def test_an_attended_fair_named_with_its_year_is_a_milestone():
    assert "2017" in _others(FAIR.format(how="cùng tham gia", year="2017"))


@pytest.mark.parametrize("how, year", [
    ("sẽ cùng tham gia", "2017"),   # a plan
    ("cùng tham gia", "2020"),      # later than the main occasion's year
    ("cùng trưng bày ảnh", "2017"), # not told as attended
])
def test_a_named_fair_planned_later_or_not_attended_stays_out(how, year):
    assert year not in _others(FAIR.format(how=how, year=year))


def test_every_row_of_the_round_37_tables_has_a_name_a_reading_and_an_example():
    for table in (td.TOLD_DAYS, my.MILESTONE_YEARS):
        for name, reading, example in table:
            assert name and reading and example and "(" in example


@pytest.mark.parametrize("how", [
    "tiếp tục phối hợp tham gia",                  # the time to come
    "phối hợp tham gia",                           # the main year's fair, not told done
])
def test_the_main_years_fair_to_come_stays_out(how):
    text = FAIR.replace("Năm qua, ", "Trong thời gian tới, " if how.startswith("tiếp") else "").format(how=how, year="2019")
    assert "2019" not in [d for d in _others(text)]


def test_the_main_years_fair_told_done_is_a_milestone():
    assert "2019" in _others(FAIR.replace("Năm qua, ", "Trước đó, ").format(how="đã cùng tham gia", year="2019"))


# --- a date format: 'diễn ra từ 16-18.5' (a range whose month follows a dot) -------------------

@pytest.mark.parametrize("text, want", [
    ("Chuỗi ngày văn hóa tỉnh A năm 2025 diễn ra từ 16-18.5; ban tổ chức cho biết.", "từ 16-18.5"),
    ("Hội chợ được tổ chức từ 3-5.9 tại thành phố B.", "từ 3-5.9"),
])
def test_a_range_with_a_dot_after_an_occasions_verb_is_read(text, want):
    from hoptac.core.extract.dates import find_dates
    assert want in [d.text for d in find_dates(text) if d.rule == "range_days"]


@pytest.mark.parametrize("text", [
    "Giá bán từ 16-18.5 triệu đồng mỗi tấn.",          # a decimal, no occasion's verb
    "Sản lượng diễn ra từ 16-18.5 tấn mỗi ngày.",        # a unit after
    "Lễ hội diễn ra từ 18-16.5 năm nay.",                # the days falling
])
def test_a_dot_range_without_its_verb_or_with_a_unit_is_no_date(text):
    from hoptac.core.extract.dates import find_dates
    assert not [d for d in find_dates(text) if d.rule == "range_days"]


def test_the_days_of_an_umbrella_occasion_around_the_main_day_take_its_year():
    text = ("Diễn đàn kết nối đầu tư tỉnh Lâm Đồng năm 2025\n"
            "Ngày 17.5, tại Hà Nội, UBND tỉnh Lâm Đồng tổ chức diễn đàn kết nối đầu tư năm 2025 với thành phố Hà Nội.\n"
            "Diễn đàn nằm trong chuỗi sự kiện Ngày văn hóa Lâm Đồng tại Hà Nội năm 2025, diễn ra từ 16-18.5; "
            "do UBND tỉnh Lâm Đồng chủ trì, phối hợp với thành phố Hà Nội.\n")
    assert "2025-05-16" in _others(text)


# --- a month or a day told as the coming one ('tháng 9 tới') ------------------------------------

COMING = ("Tỉnh Nam Định bàn giao trường học cho tỉnh Oudomxay\nCập nhật: {stamp} 09:50\n"
          "Tỉnh Nam Định vừa bàn giao một trường trung học cho tỉnh Oudomxay (Lào), báo chí Lào đưa tin.\n"
          "Theo kế hoạch, ngôi trường sẽ đi vào hoạt động vào {when}, khi năm học mới bắt đầu.\n")


@pytest.mark.parametrize("stamp, when, want", [
    ("02/08/2024", "tháng 9 tới", "2024-09"),
    ("05/11/2024", "tháng 2 tới", "2025-02"),
    ("02/08/2024", "tháng 9 sắp tới", "2024-09"),
])
def test_a_coming_month_takes_the_first_such_after_the_writing(stamp, when, want):
    assert want in _others(COMING.format(stamp=stamp, when=when))


@pytest.mark.parametrize("stamp, when", [
    ("02/08/2024", "tháng 8 tới"),             # the month of writing: this one or next year's
    ("02/08/2024", "tháng 9 tới tháng 10"),    # 'tới' as 'until'
])
def test_a_coming_month_that_may_be_two_or_is_until_gets_no_year(stamp, when):
    assert not any(d[:1].isdigit() and d[5:7] == when.split()[1].zfill(2) for d in _others(COMING.format(stamp=stamp, when=when)))
