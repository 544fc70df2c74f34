"""Round 30, late date fixes (late30a): the date misses of round 30's sets as shapes, in sentences written for
this test (no page's own words), each with the counter-examples where the new reading would be wrong.

* a yearly meeting's minutes signed at it and named with the year ("ký kết Biên bản hội đàm thường niên năm
  2022") name that meeting's year, as the meeting itself named so does (region30k 03; year_cues, named_year);
  minutes carried out ("triển khai Biên bản hội đàm thường niên năm 2021") are an earlier meeting's.
* the results of year X reviewed in the sentence that plans year X+1 ("kết quả phối hợp … năm 2021, đồng thời
  thảo luận kế hoạch hợp tác năm 2022") put the occasion at the end of X or in X+1, never in X from March to
  October (region30k 03; cue review_before_plan).
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none as _main

_HEADLINE = "Hai tỉnh biên giới tăng cường hợp tác\n\n"
_REST = "\n\nHai bên thống nhất tiếp tục phối hợp chặt chẽ trong thời gian tới.\n"
_LEAD = "Ngày 12/9, tại tỉnh Attapeu, Lào, diễn ra hội đàm công tác biên giới giữa tỉnh Kon Tum và tỉnh Attapeu."


def _page(*paras: str) -> str:
    return _HEADLINE + "\n\n".join(paras) + _REST


@pytest.mark.parametrize("caption, want", [
    # the minutes signed at the yearly talks, named with its year: the talks' year
    ("Lãnh đạo hai tỉnh ký kết Biên bản hội đàm thường niên năm 2023.", "2023-09-12"),
    ("Hai bên đã ký Biên bản hội nghị hợp tác thường niên năm 2023.", "2023-09-12"),
    # counter-example: the minutes of an earlier meeting carried out: no year from it
    ("Hai bên tiếp tục triển khai Biên bản hội đàm thường niên năm 2022.", "--09-12"),
])
def test_minutes_of_yearly_meeting_name_its_year(caption, want):
    main = _main(_page(_LEAD, caption))
    assert main is not None and main["date"] == want


_REVIEW = ("Tại hội đàm, hai bên đã thông báo cho nhau kết quả phối hợp công tác biên giới năm 2022, đồng thời "
           "thảo luận kế hoạch hợp tác năm 2023.")


@pytest.mark.parametrize("day, want", [
    # the review of 2022 with the plan of 2023: not 2022 from March to October
    ("Ngày 12/9", "--09-12"),
    ("Ngày 15/4", "2023-04-15"),
    # counter-examples: the year-end review in November-December is the reviewed year's; in January the next
    ("Ngày 20/12", "2022-12-20"),
    ("Ngày 10/1", "2023-01-10"),
])
def test_review_of_a_year_with_the_next_years_plan(day, want):
    lead = _LEAD.replace("Ngày 12/9", day)
    main = _main(_page(lead, _REVIEW))
    assert main is not None and main["date"] == want


def test_review_alone_keeps_its_year():
    # counter-example: a review of 2022 with no plan for the next year, in September: 2022 as before
    review = "Tại hội đàm, hai bên đã thông báo cho nhau kết quả phối hợp công tác biên giới năm 2022."
    main = _main(_page(_LEAD, review))
    assert main is not None and main["date"] == "2022-09-12"


_VISIT = ("Ngày 12/6, tin từ Hội Nông dân tỉnh A cho biết, đoàn công tác của Hội Nông dân tỉnh Điện Biên đã sang "
          "thăm, làm việc với Hội Nông dân tỉnh Phongsaly, Lào.")


@pytest.mark.parametrize("opening, want", [
    # an anniversary of a known founding with no "kỷ niệm" before its number: its year (1962 + 60)
    ("Nhân dịp 60 năm Ngày thiết lập quan hệ ngoại giao và 45 năm ký kết Hiệp ước hữu nghị hợp tác Việt Nam – "
     "Lào, ", "2022-06-12"),
    ("Chào mừng 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào, ", "2022-06-12"),
    # the treaty written without its "và", signed as "ký kết": 1977 + 46
    ("Nhân dịp kỷ niệm 46 năm ký kết Hiệp ước hữu nghị hợp tác Việt Nam - Lào, ", "2023-06-12"),
    # counter-examples: a span of years the bond has lasted, and an anniversary looked ahead to: no year
    ("Trong 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào, ", "--06-12"),
    ("Hướng tới dịp 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào, ", "--06-12"),
])
def test_known_anniversary_without_ky_niem(opening, want):
    main = _main(_page(opening + "hai tỉnh tăng cường giao lưu.", _VISIT))
    assert main is not None and main["date"] == want


_YOUTH = ("Tỉnh đoàn Quảng Bình cho hay Chương trình giao lưu hữu nghị thanh niên giữa tỉnh Quảng Bình và tỉnh "
          "Khammouane (Lào) năm 2016 ")


@pytest.mark.parametrize("lead, want", [
    # the day the news was given, then the days of the occasion it names in the same sentence: those days
    ("Ngày 22-7, " + _YOUTH + "diễn ra tại Quảng Bình từ 25 đến 27-7.", "2016-07-25"),
    ("Ngày 22-7, " + _YOUTH + "diễn ra tại Quảng Bình ngày 26-7.", "2016-07-26"),
    # counter-example: the days told as before the news: the report's day stays
    ("Ngày 22-7, " + _YOUTH + "đã diễn ra tại Quảng Bình từ 15 đến 17-7.", "2016-07-22"),
])
def test_news_of_an_occasion_in_the_days_after(lead, want):
    main = _main(_page(lead, "Hai bên sẽ trao đổi kinh nghiệm công tác đoàn."))
    assert main is not None and main["date"] == want


@pytest.mark.parametrize("text, found", [
    ("Chương trình diễn ra tại Huế từ 25 đến 27-7.", ("từ 25 đến 27-7", 25, 27, 7)),
    # counter-examples: numbers and spans of time, not days
    ("Số đoàn viên tăng từ 3 đến 5-6 người.", None),
    ("Công trình kéo dài từ 2 đến 3-4 tháng.", None),
])
def test_days_to_a_dashed_day_month(text, found):
    from hoptac.core.extract.dates import find_dates
    got = [(m.text, m.day, m.end_day, m.month) for m in find_dates(text)]
    assert got == ([found] if found else [])


_DRILL = ("Chiều 23/9, bộ đội Biên phòng tỉnh Hà Giang và bộ đội biên phòng khu vực Văn Sơn (Trung Quốc) tổ chức "
          "diễn tập liên hợp tìm kiếm cứu nạn ")


@pytest.mark.parametrize("name, want", [
    # an exercise named in quotes with its year after a dash: that year
    ("“Hữu Nghị - 2019”", "2019-09-23"),
    ("“Sông Lô – 2019”", "2019-09-23"),
    # counter-examples: a place and a year apart with no quotes, a quote that closes elsewhere
    ("tại Lào Cai - 2019", "--09-23"),
    ("“Hữu Nghị” - 2019", "--09-23"),
])
def test_quoted_name_with_its_year_after_a_dash(name, want):
    main = _main(_page(_DRILL + name + " tại huyện Vị Xuyên.", "Hai bên đánh giá cao kết quả diễn tập."))
    assert main is not None and main["date"] == want


@pytest.mark.parametrize("caption, want", [
    # the minutes of a meeting named by its edition and year, signed at it; a yearly "giao ban"
    ("Lãnh đạo hai tỉnh ký kết Biên bản hội đàm lần thứ 5 năm 2023.", "2023-09-12"),
    ("Lãnh đạo hai tỉnh ký kết Biên bản giao ban thường niên năm 2023.", "2023-09-12"),
    # counter-examples: an earlier edition's minutes carried out, a plan alone in September: no year
    ("Hai bên tiếp tục thực hiện Biên bản hội đàm lần thứ 4 năm 2022.", "--09-12"),
    ("Hai bên ký kết kế hoạch hợp tác năm 2023.", "--09-12"),
])
def test_minutes_of_a_numbered_or_yearly_meeting(caption, want):
    main = _main(_page(_LEAD, caption))
    assert main is not None and main["date"] == want


_HOLDS = ("Ngày 22-11, tại tỉnh Vĩnh Long, UBND TP. Cần Thơ phối hợp với Bộ Công Thương ")
_NAMED = ("tổ chức Hội nghị kết nối cung - cầu hàng hóa giữa TP. Cần Thơ và các tỉnh, thành vùng đồng bằng sông "
          "Cửu Long năm 2019")


def test_meeting_held_and_named_with_its_year():
    # a meeting held and named with its year, its name long and holding a comma and an abbreviation's stop
    main = _main(_page(_HOLDS + _NAMED + " với sự tham dự của nhiều doanh nghiệp.",
                       "Hai bên thống nhất tăng cường liên kết tiêu thụ hàng hóa."))
    assert main is not None and main["date"] == "2019-11-22"


@pytest.mark.parametrize("sentence, named", [
    (_HOLDS + _NAMED + ".", True),
    ("Lãnh đạo tỉnh A khai mạc Hội thảo hợp tác phát triển du lịch các tỉnh Tây Bắc mở rộng năm 2019.", True),
    # counter-examples: a year the name aims at, one it counts from, a meeting held before, an earlier edition
    (_HOLDS + "tổ chức Hội nghị kết nối cung - cầu giữa hai địa phương đến năm 2025.", False),
    (_HOLDS + "tổ chức Hội nghị kết nối cung - cầu giữa hai địa phương từ năm 2015.", False),
    ("Thành phố Cần Thơ đã tổ chức thành công Hội nghị kết nối cung - cầu hàng hóa giữa các tỉnh, thành vùng "
     "đồng bằng sông Cửu Long năm 2018.", False),
    ("Tiếp nối kết quả, tỉnh A tổ chức Hội nghị xúc tiến đầu tư năm 2018.", False),
])
def test_held_named_shapes(sentence, named):
    from hoptac.core.extract.dates import find_dates
    from hoptac.core.extract.year_held_named import held_named
    year = [m for m in find_dates(sentence) if m.precision == "year"][-1]
    assert (held_named(sentence, year) is not None) == named
