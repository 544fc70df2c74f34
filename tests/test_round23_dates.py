"""Round 23's date and year rules (date23): each test is a page or a sentence written for it (no sentence is
copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.congress_term import congress_term_cues
from hoptac.core.text import fold

from extract_support import main_or_none as _main

# --- congress_term: a congress attended or held, named with the term it opens: the term's first year

_HEAD = "Đoàn tỉnh Nghệ An dự Đại hội Hội Nông dân tỉnh Hà Tĩnh\n"
_TAIL = ("Tại Đại hội, thay mặt lãnh đạo tỉnh Nghệ An, ông Trần Văn Bình đã trao tặng bức tranh lưu niệm và "
         "chúc mừng tỉnh Hà Tĩnh.\n")


@pytest.mark.parametrize("lead, year", [
    ("Trong 2 ngày (8,9/6), tại thành phố Hà Tĩnh, ông Trần Văn Bình, Chủ tịch Hội Nông dân tỉnh Nghệ An "
     "tham dự Đại hội đại biểu Hội Nông dân tỉnh Hà Tĩnh lần thứ X, nhiệm kỳ 2023 - 2028.\n", "2023"),
    ("Sáng 15/8, Đại hội đại biểu Mặt trận Tổ quốc tỉnh Hà Tĩnh lần thứ XII, nhiệm kỳ 2024-2029 đã long trọng "
     "khai mạc, với sự tham dự của đoàn đại biểu tỉnh Nghệ An.\n", "2024"),
])
def test_a_congress_attended_with_its_term_gives_the_terms_first_year(lead, year):
    main = _main(_HEAD + lead + _TAIL)
    assert main is not None and main["date"].startswith(year)


@pytest.mark.parametrize("words", [
    # its resolution carried out: any year of the term
    "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025, hai tỉnh tăng cường hợp tác.",
    # greeted ahead
    "Các hoạt động chào mừng Đại hội Công đoàn tỉnh lần thứ XI, nhiệm kỳ 2023-2028 diễn ra sôi nổi.",
    # after it
    "Sau Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025, huyện đã ký kết nhiều chương trình.",
    # a term too long for a congress's
    "Tham dự Đại hội có đại diện các ngành, nhiệm kỳ 2020-2030 là mục tiêu của kế hoạch.",
])
def test_a_congress_that_is_not_the_occasion_gives_no_cue(words):
    assert congress_term_cues(fold(words)) == []


def test_a_congress_held_in_november_gives_no_year():
    # in November-December a congress may be held ahead of a term that starts the next year
    lead = ("Ngày 20/11, ông Trần Văn Bình, Chủ tịch Hội Nông dân tỉnh Nghệ An tham dự Đại hội đại biểu Hội "
            "Nông dân tỉnh Hà Tĩnh lần thứ X, nhiệm kỳ 2023 - 2028.\n")
    main = _main(_HEAD + lead + _TAIL)
    assert main is not None and main["date"] == "--11-20"


# --- year_spans._counted_after: a review of what was signed on a full date, the years counted after it

_REVIEW_HEAD = "Hợp tác giữa thành phố Cần Thơ và tỉnh Sóc Trăng\n"


def _review(counted: str) -> dict | None:
    lead = ("(PV) - Thành phố Cần Thơ và tỉnh Sóc Trăng vừa tổng kết Chương trình hợp tác phát triển được lãnh "
            "đạo hai địa phương ký kết ngày 14-3-2008.\n")
    body = (counted + " hai bên đã phối hợp đào tạo nguồn nhân lực, chuyển giao kỹ thuật nông nghiệp và "
            "hỗ trợ an sinh xã hội.\n")
    return _main(_REVIEW_HEAD + lead + body)


@pytest.mark.parametrize("counted, year", [("Trong 12 năm qua,", "2020"), ("Sau 5 năm thực hiện,", "2013")])
def test_a_review_of_a_signing_counting_its_years_after_the_date_gives_the_year(counted, year):
    main = _review(counted)
    assert main is not None and main["date"] == year


@pytest.mark.parametrize("counted", ["Sau hơn 5 năm thực hiện,", "Qua gần 12 năm triển khai,", "Thời gian qua,"])
def test_years_counted_loosely_give_no_year(counted):
    main = _review(counted)
    assert main is None or main["date"] in ("", None) or not main["date"][:1].isdigit()


# --- trips.signing_the_headline_names: the headline's signing dated in the paragraph after the lead's meeting

_SIGN_HEAD = "Ký bổ sung Quy chế phối hợp bảo vệ rừng giữa hai tỉnh Gia Lai và Kon Tum\n"
_SIGN_LEAD = ("Ngày 12/6/2019, tại thành phố Pleiku, UBND hai tỉnh Gia Lai và Kon Tum tổ chức hội nghị đánh giá "
              "kết quả thực hiện quy chế phối hợp bảo vệ rừng vùng giáp ranh.\n")


def _signing_page(second: str) -> dict | None:
    return _main(_SIGN_HEAD + _SIGN_LEAD + second + "\nVùng giáp ranh gồm 3 huyện của hai tỉnh.\n")


def test_the_headlines_signing_told_next_and_later_dates_the_page():
    main = _signing_page("Trên cơ sở kết quả hội nghị, hai tỉnh giao Chi cục Kiểm lâm sửa đổi quy chế. Ngày 20/9/2019, "
                         "tại thành phố Kon Tum, Chi cục Kiểm lâm hai tỉnh đã ký bổ sung Quy chế phối hợp.")
    assert main is not None and main["date"] == "2019-09-20" and main["type"] == "signing"


def test_a_signing_told_next_with_an_earlier_day_is_the_background():
    main = _signing_page("Quy chế được hai tỉnh ký kết ngày 20/3/2017. Ngày 20/3/2017, Chi cục Kiểm lâm hai tỉnh đã "
                         "ký kết Quy chế phối hợp.")
    assert main is not None and main["date"] == "2019-06-12"


# --- history_chain: the next step of a history told as background

_STORY_HEAD = "Tình hữu nghị nơi biên giới\n"
_STORY_LEAD = ("Một buổi chiều cuối năm, nhà văn hóa thôn Pa Cheo (xã Bản Vược, huyện Bát Xát, tỉnh Lào Cai) rộn ràng "
               "đón người dân thôn Hà Khẩu, tỉnh Vân Nam (Trung Quốc) sang thăm.\n")


def test_a_step_after_a_background_milestone_is_no_occasion():
    body = ("Cách đây hơn 8 năm, tháng 3/2016, thôn Pa Cheo đã kết nghĩa với thôn Hà Khẩu. Tiếp đó, vào tháng "
            "9/2017, thôn Lũng Pô kết nghĩa với thôn Bá Sái.\n")
    main = _main(_STORY_HEAD + _STORY_LEAD + body)
    assert main is None or not (main["date"] or "").startswith("2017")


def test_a_step_after_the_occasions_own_day_stays_an_occasion():
    head = "Đoàn huyện Bát Xát thăm và làm việc tại huyện Hà Khẩu\n"
    lead = ("Chiều 12/3/2024, đoàn công tác huyện Bát Xát, tỉnh Lào Cai do Bí thư Huyện ủy dẫn đầu đã đến thăm huyện "
            "Hà Khẩu, tỉnh Vân Nam (Trung Quốc).\n")
    body = "Tiếp đó, ngày 13/3/2024, hai bên tổ chức hội đàm về quản lý biên giới.\n"
    main = _main(head + lead + body)
    assert main is not None and main["date"] == "2024-03-12"


# --- year_names.spring_cues: the new year named with its year

_PATROL_HEAD = "Tuần tra chung trên sông biên giới ngày đầu năm\n"


@pytest.mark.parametrize("day, year", [("1/1", "2019"), ("3/1", "2019")])
def test_the_new_year_named_with_its_year_gives_a_january_day_its_year(day, year):
    lead = (f"Ngay trong ngày đầu năm mới 2019 ({day}), lực lượng Đồn Biên phòng Thanh Thủy và Trạm kiểm soát biên "
            "phòng huyện Mã Quan, tỉnh Vân Nam (Trung Quốc) đã tổ chức tuần tra chung trên tuyến biên giới.\n")
    main = _main(_PATROL_HEAD + lead + "Hai bên đã trao đổi tình hình quản lý biên giới.\n")
    assert main is not None and main["date"].startswith(year)


def test_the_new_year_beside_a_summer_day_gives_no_year():
    lead = ("Ngày 12/7, lực lượng Đồn Biên phòng Thanh Thủy và Trạm kiểm soát biên phòng huyện Mã Quan, tỉnh Vân Nam "
            "(Trung Quốc) đã tổ chức tuần tra chung, tiếp nối cuộc gặp gỡ chúc mừng năm mới 2019 của hai bên.\n")
    main = _main(_PATROL_HEAD + lead)
    assert main is not None and main["date"] == "--07-12"


# --- anniversary_cues: a range after a duration counted loosely is background, no anniversary held

_SHOW_HEAD = "Giao lưu văn nghệ Việt - Lào tại Điện Biên\n"
_SHOW_STAMP = "Thứ sáu - 20/12/2024 09:15\n"
_SHOW_LEAD = ("Tối 20/12, tại Quảng trường tỉnh, tỉnh Điện Biên và tỉnh Luông Pha Băng (Lào) tổ chức chương trình giao "
              "lưu văn nghệ hữu nghị.\n")


def test_a_loosely_counted_range_leaves_the_stamps_year():
    body = ("Gần 63 năm thiết lập quan hệ ngoại giao (5/01/1962 - 5/01/2024), nhân dân hai nước luôn kề vai sát cánh "
            "bên nhau.\n")
    main = _main(_SHOW_HEAD + _SHOW_STAMP + _SHOW_LEAD + body)
    assert main is not None and main["date"] == "2024-12-20"


def test_an_anniversary_held_keeps_its_range():
    lead = ("Tối 20/12, nhân kỷ niệm 60 năm kết nghĩa hai tỉnh (22/12/1964 - 22/12/2024), tỉnh Điện Biên và tỉnh "
            "Luông Pha Băng (Lào) tổ chức chương trình giao lưu văn nghệ hữu nghị.\n")
    main = _main(_SHOW_HEAD + lead)
    assert main is not None and main["date"] == "2024-12-20"
