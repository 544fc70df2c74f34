"""Round 36 (late36a): a festival's quoted name, commas and all, with its year and then its venue.

``named_year`` (year_names.festival_start, its quoted path): "Tại lễ khai mạc “Tuần lễ kết nối và giới thiệu nông
sản, đặc sản tỉnh A năm 2024 tại TP Hồ Chí Minh”" names the occasion with its year, as a short unquoted name
("Tuần lễ văn hóa ẩm thực năm 2019") already did. Sentences are our own, written for the shape; the counter-shapes
keep no year (they pass before and after the change).
"""

from __future__ import annotations

import pytest

from extract_support import main_event


# --- 2. a quoted name: its year, then its venue ----------------------------------------------------------------

def _fair_page(quoted: str, day: str = "Ngày 23/8") -> str:
    return ("Tuần lễ giới thiệu nông sản tỉnh Lâm Đồng tại thành phố\n\n" + day + ", Trung tâm Xúc tiến Thương mại "
            "tỉnh Lâm Đồng phối hợp Trung tâm Xúc tiến Thương mại TP Hồ Chí Minh tổ chức tuần lễ giới thiệu nông sản "
            "của Lâm Đồng tại TP Hồ Chí Minh.\n\n" + quoted + " Ông A, Phó Giám đốc trung tâm cho biết, tỉnh có "
            "nhiều sản phẩm đạt chuẩn.\n")


@pytest.mark.parametrize("quoted, want", [
    # the shape read before: the year closes the quote
    ("Tại lễ khai mạc “Tuần lễ giới thiệu nông sản, đặc sản tỉnh Lâm Đồng năm 2024”,", "2024-08-23"),
    # the year, then the venue, inside the quote
    ("Tại lễ khai mạc “Tuần lễ giới thiệu nông sản, đặc sản và sản phẩm tiêu biểu tỉnh Lâm Đồng năm 2024 tại "
     "TP Hồ Chí Minh”,", "2024-08-23"),
    ("Phát biểu khai mạc “Hội chợ kết nối cung cầu nông sản năm 2024 tại thành phố Thủ Đức”,", "2024-08-23"),
])
def test_a_quoted_name_with_its_year_and_its_venue_names_the_occasion(quoted, want):
    assert main_event(_fair_page(quoted))["date"] == want


@pytest.mark.parametrize("quoted", [
    # an earlier edition told as done before the quote: its year is not the occasion's
    "Năm ngoái, hai bên đã tổ chức thành công “Tuần lễ giới thiệu nông sản tỉnh Lâm Đồng năm 2023 tại TP Hồ Chí "
    "Minh”.",
    # a quote that does not open on a festival's noun: a slogan, not the occasion's name
    "Khẩu hiệu “Nông sản sạch, an toàn năm 2024 tại mọi chợ” được treo ở cổng.",
    # a festival's name with another year in the quote: a span, not the name's own year
    "Tại lễ khai mạc “Tuần lễ nông sản, đặc sản (2014 - 2024) năm 2024 tại TP Hồ Chí Minh”,",
    # the quote does not close after the year: a sentence, not a name
    "Ông A nói: “Tuần lễ nông sản, đặc sản năm 2024 tại thành phố đã thu hút nhiều khách. Sản lượng tăng”.",
    # words after the venue that go on as a sentence (a verb, a number): not a name's venue
    "Theo ông A, “sản lượng năm 2024 tại Lâm Đồng sẽ tăng 10%”, cao hơn năm trước.",
])
def test_no_year_from_a_quote_that_is_no_name_of_the_occasion(quoted):
    assert main_event(_fair_page(quoted))["date"] == "--08-23"


def test_a_long_quoted_festival_in_november_reads_as_a_short_one():
    # a festival named with its year gives it in any month (named_year); the short name did before, the long one now
    short = "Tại lễ khai mạc “Tuần lễ giới thiệu nông sản tỉnh Lâm Đồng năm 2024 tại TP Hồ Chí Minh”,"
    long = ("Tại lễ khai mạc “Tuần lễ giới thiệu nông sản, đặc sản và sản phẩm tiêu biểu tỉnh Lâm Đồng năm 2024 tại "
            "TP Hồ Chí Minh”,")
    assert [main_event(_fair_page(q, day="Ngày 23/11"))["date"] for q in (short, long)] == ["2024-11-23"] * 2


def test_a_quoted_festival_one_is_invited_to_gives_no_year():
    quoted = ("Tỉnh A mời doanh nghiệp tham dự “Tuần lễ giới thiệu nông sản, đặc sản tỉnh Lâm Đồng năm 2024 tại TP Hồ "
              "Chí Minh”.")
    assert main_event(_fair_page(quoted))["date"] == "--08-23"


def test_the_quoted_finder_gives_where_the_name_starts():
    from hoptac.core.extract.dates import find_dates
    from hoptac.core.extract.year_names import festival_start
    text = "Tại lễ khai mạc “Tuần lễ nông sản, đặc sản tỉnh A năm 2024 tại TP Hồ Chí Minh”, ông B phát biểu."
    year = next(m for m in find_dates(text) if m.precision == "year")
    assert text[festival_start(text, year):year.start] == "Tuần lễ nông sản, đặc sản tỉnh A "
