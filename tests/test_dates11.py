"""The eleventh dates round (docs/accuracy.md): a year written bare after a name in a clause that
tells that occasion as held ("tổ chức thành công Lễ hội … Busan 2019") is an earlier edition, not
the occasion's year (year_names._HELD_BEFORE); a stamp with the month abbreviated "22 Th12, 2019"
(stamps.PUBLISHED_FORMS); a recent occasion on an unstamped page named with its edition and year
("lần thứ 3, năm 2024", undated._EDITION_YEAR); a report whose subject stands before "đã"
and the visit's days told as "kéo dài 3 ngày, từ ngày 6 - 9/6" (frames._REPORTS_DONE, _ITS_DAYS); a headline that opens with an occasion's noun and ends with a
bare year ("… các tỉnh, thành 2016", year_names._HEADLINE_OCCASION). Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cues import find_year_cues
from extract_support import main_event

HEAD = "Hà Nội và Busan đẩy mạnh hợp tác\n\n"


def _named(text: str) -> list[int]:
    return [c.year for c in find_year_cues(text) if c.name == "named_year"]


@pytest.mark.parametrize("clause", [
    "cảm ơn phía bạn đã phối hợp tổ chức thành công Lễ hội Văn hóa Hà Nội - Busan 2019",
    "sau thành công của Tuần lễ ẩm thực Huế - Kyoto 2022",
    "tiếp nối Festival Hữu nghị Hải Phòng - Incheon 2021",
])
def test_a_name_told_as_held_gives_no_year(clause):
    assert _named(f"Ông Minh bày tỏ vui mừng, {clause}, được đánh giá cao.") == []


@pytest.mark.parametrize("clause, want", [
    ("hai bên khai mạc Lễ hội Văn hóa Hà Nội - Busan 2019", [2019]),
    ("tỉnh đã khai mạc Tuần lễ văn hóa Thanh Hóa - Hủa Phăn 2022", [2022]),   # "đã" alone: the occasion itself
])
def test_a_name_of_the_occasion_still_gives_its_year(clause, want):
    assert _named(f"Tối 5/3, {clause} tại quảng trường.") == want


def test_an_earlier_edition_thanked_for_does_not_date_the_visit():
    page = (HEAD + "Chiều 7/3, ông Trần Văn Minh, Phó Chủ tịch UBND thành phố Hà Nội tiếp đoàn thành phố Busan "
            "(Hàn Quốc) đang thăm Hà Nội.\n\nÔng Minh cảm ơn thành phố Busan đã cùng tổ chức thành công Lễ hội "
            "Văn hóa Hà Nội - Busan 2019, một trong những sự kiện nổi bật của thành phố.\n\nÔng Minh nhấn mạnh, "
            "trong năm 2020, hai địa phương cần tích cực phối hợp giao lưu văn hóa.\n")
    main = main_event(page)
    assert main["date"] != "2019-03-07"
    assert (main["date"] or "").endswith("03-07")


# --- a stamp with the month abbreviated "Th12" ------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("Đã đăng vào 22 Th12, 2019 lúc 13:03", (2019, 12, 22)),
    ("Đăng vào 3 Th5, 2021", (2021, 5, 3)),
])
def test_a_stamp_with_the_month_abbreviated_is_read(line, want):
    from hoptac.core.extract.stamps import parse_stamp
    got = parse_stamp(line)
    assert got is not None and (got[0].year, got[0].month, got[0].day) == want


def test_the_abbreviated_stamp_gives_the_lead_its_year():
    page = ("Quận A thăm huyện kết nghĩa B\n\nĐã đăng vào 22 Th12, 2019 lúc 13:03\n\n"
            "Chiều 21/12, Quận ủy quận Hoàn Kiếm, thành phố Hà Nội đến thăm Huyện ủy Năm Căn, tỉnh Cà Mau.\n")
    assert main_event(page)["date"] == "2019-12-21"


# --- a recent occasion named with its edition and year, on a page with no stamp ---------------

@pytest.mark.parametrize("lead, want", [
    ("Vừa qua, tại tỉnh Trà Vinh, UBND tỉnh Trà Vinh phối hợp với UBND thành phố Cần Thơ tổ chức Diễn đàn "
     "hợp tác du lịch hai địa phương lần thứ 3, năm 2024 với nhiều hoạt động.", "2024"),
    ("Mới đây, Hội nghị xúc tiến đầu tư giữa tỉnh Sóc Trăng và tỉnh Bạc Liêu lần thứ II năm 2019 đã diễn ra "
     "tại thành phố Sóc Trăng.", "2019"),
])
def test_a_recent_occasion_named_with_its_edition_gets_that_year(lead, want):
    page = "Hai địa phương đẩy mạnh liên kết\n\n" + lead + "\n\nHai bên trao đổi nhiều nội dung hợp tác.\n"
    assert main_event(page)["date"] == want


def test_an_edition_with_no_year_gives_none():
    page = ("Hai địa phương đẩy mạnh liên kết\n\nVừa qua, UBND tỉnh Trà Vinh phối hợp với UBND thành phố Cần Thơ "
            "tổ chức Diễn đàn hợp tác du lịch lần thứ 3.\n\nHai bên trao đổi nhiều nội dung hợp tác.\n")
    assert main_event(page)["date"] in (None, "")


# --- a report whose subject comes before "đã", and days told as "kéo dài 3 ngày, từ ngày …" ------

@pytest.mark.parametrize("report, days", [
    ("Ngày 9/6, tin từ Hội Nông dân tỉnh Hà Tĩnh cho biết, đoàn công tác do Chủ tịch Hội Nguyễn Văn An dẫn "
     "đầu đã sang thăm và làm việc với Hội Nông dân tỉnh Bolikhamxay, Lào.",
     "Chuyến thăm kéo dài 3 ngày, từ ngày 6 - 9/6."),
    ("Ngày 20/9, Sở Ngoại vụ tỉnh Nghệ An cho biết đoàn công tác của tỉnh vừa sang thăm và làm việc với "
     "tỉnh Xiengkhouang, Lào.",
     "Chuyến công tác diễn ra từ ngày 15 - 18/9."),
])
def test_a_report_after_the_visit_gives_the_visits_days(report, days):
    page = ("Tỉnh tăng cường hợp tác với Lào\n\n(Mặt trận) - Nhân dịp kỷ niệm quan hệ hữu nghị, đoàn công tác "
            "của tỉnh đã sang thăm tỉnh bạn Lào.\n\n" + report + "\n\n" + days + "\n\nHai bên đã hội đàm.\n")
    main = main_event(page)
    d0, d1 = days.split("từ ngày ")[1].rstrip(".").split(" - ")
    assert (main["date"] or "").endswith(f"-{int(d1.split('/')[1]):02d}-{int(d0):02d}")
    assert (main["date_end"] or "").endswith(f"-{int(d1.split('/')[0]):02d}")


# --- a headline naming its occasion with a bare year at its end ---------------------------------

@pytest.mark.parametrize("head, want", [
    ("Hội nghị kết nối cung - cầu giữa tỉnh Long An và các tỉnh, thành 2017", [2017]),
    ("Hội chợ nông sản các tỉnh miền núi phía bắc 2023", [2023]),
    ("Hội nghị tổng kết hợp tác các tỉnh, thành 2017", []),     # a review: told the year after
    ("Hai tỉnh bàn hợp tác các tỉnh, thành 2017", []),          # no occasion's noun opens it
])
def test_a_headline_ending_with_a_bare_year_names_its_occasion(head, want):
    assert _named(head + "\n\nSáng 25-11, hội nghị đã diễn ra tại tỉnh Long An.\n") == want


def test_a_bare_year_after_a_lowercase_word_in_the_body_names_nothing():
    assert _named("Tiêu đề\n\nHội nghị kết nối cung - cầu giữa các tỉnh, thành 2017\n") == []
