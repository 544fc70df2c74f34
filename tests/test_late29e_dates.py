"""Round 29's late date fixes (late29e), as shapes in sentences written for this test (no page's own words).

* a lead's day whose dash has a stray space on one side only ("vào chiều 22 -11") is that day and month
  (rule ``lead_dm``); spaced on both sides ("Sáng 5 - 12") it may join two days and stays unread, and
  followed by a month ("ngày 5 -12/3") it is still the days of that month (``range_days``);
* a source's tag with its filing date opening the lead ("(KHCN-03/11/2017): Ngày 2/11, …") is the page's
  stamp, cut from the lead (``stamp_source_tag``); a bracketed date alone, or after a word ("(Ngày
  03/11/2017):"), is no tag.
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.stamp_source_tag import SOURCE_TAGS, source_tag

from extract_support import main_or_none as _main


def _read(text: str) -> list[tuple]:
    return [(m.day, m.month, m.end_day) for m in find_dates(text)]


# --- a stray space on one side of a lead's dash ---------------------------------------

@pytest.mark.parametrize("text", ["Hai bên gặp nhau vào chiều 22 -11, tại trụ sở", "Sáng 22 -11, tại trụ sở",
                                  "Ngày 22 -11, hai bên"])
def test_a_space_before_a_glued_dash_is_a_typo_in_the_day(text):
    assert _read(text) == [(22, 11, None)]


@pytest.mark.parametrize("text,want", [
    ("Sáng 5 - 12, tại trụ sở", []),                  # spaced on both sides: perhaps days 5 to 12
    ("ngày 5 -12/3, hai bên", [(5, 3, 12)]),           # a month after: days 5 to 12 of March
    ("ngày 5 -12 tháng 3, hai bên", [(5, 3, 12)]),
    ("ngày 5 -13, hai bên", []),                       # no month 13
    ("có 22 -11 người", []),                           # no 'ngày' nor a part of the day: numbers
])
def test_a_spaced_dash_that_joins_days_or_numbers_is_not_a_day(text, want):
    assert _read(text) == want


def test_a_lead_closing_with_a_day_split_by_a_space_dates_the_occasion():
    text = ("Thành phố A tăng cường hợp tác với thành phố B\n\n"
            "Chủ tịch UBND tỉnh Lạng Sơn đã tiếp đoàn công tác tỉnh Cao Bằng nhằm tăng cường hợp tác, "
            "vào chiều 22 -11.\n")
    main = _main(text)
    assert main is not None and main["date"] == "--11-22"


# --- a source's dated tag opening the lead -----------------------------------------------

def test_each_tag_form_reads_its_example():
    for _, _, example in SOURCE_TAGS:
        got = source_tag(example)
        assert got is not None and example[got[0]:].startswith("Ngày")


@pytest.mark.parametrize("line,want", [
    ("(KHCN-03/11/2017): Ngày 2/11, hai sở ký kết.", "2017-11-03"),
    ("(TTXVN 03/11/2017) - Sáng 2/11, hai tỉnh hội đàm.", "2017-11-03"),
    ("(Baotinh.vn-03/11/2017): Chiều 2/11, …", "2017-11-03"),
    ("(03/11/2017): Ngày 2/11, hai sở ký kết.", None),          # a bracketed date alone
    ("(Ngày 03/11/2017): hai sở ký kết.", None),                # a word that dates an occasion
    ("(ngày 03/11/2017) - hai sở ký kết.", None),
    ("(KHCN-31/02/2017): Ngày 2/11, hai sở ký kết.", None),     # no such day
    ("Ngày 2/11 (KHCN-03/11/2017): hai sở ký kết.", None),      # not opening the line
])
def test_the_tag_is_an_agencys_initials_or_a_site_then_a_date(line, want):
    got = source_tag(line)
    assert (got[1].date().isoformat() if got else None) == want


PAGE = ("Hai sở hợp tác nghiên cứu khoa học\n"
        "(KHCN-03/11/2017): Ngày 2/11, tại tỉnh Sóc Trăng, Sở Khoa học và Công nghệ tỉnh Sóc Trăng và Sở Khoa học "
        "và Công nghệ tỉnh Bạc Liêu đã ký kết kế hoạch phối hợp nghiên cứu khoa học giai đoạn tới.\n"
        "Theo kế hoạch, hai sở phối hợp chuyển giao tiến bộ kỹ thuật vào sản xuất nông nghiệp.\n")


def test_the_tag_is_the_pages_stamp_and_gives_the_leads_day_its_year():
    art = parse_article(PAGE)
    assert art.published is not None and art.published.date().isoformat() == "2017-11-03"
    assert art.text[art.lead[0]:].startswith("Ngày 2/11")
    main = _main(PAGE)
    assert main is not None and main["date"] == "2017-11-02"


def test_without_the_tag_the_day_keeps_no_year():
    main = _main(PAGE.replace("(KHCN-03/11/2017): ", ""))
    assert main is not None and main["date"] == "--11-02"


# --- a photo's caption glued to the paragraph after it ------------------------------------

from hoptac.core.extract.glued_captions import GLUED_CAPTIONS, glued_caption  # noqa: E402


def test_each_glued_caption_shape_reads_its_example():
    for _, _, example in GLUED_CAPTIONS:
        end = glued_caption(example)
        assert end is not None and example[:end].endswith(")") and example[end:].strip()[0].isupper()


@pytest.mark.parametrize("line", [
    "Hai bên ký kết biên bản ghi nhớ (Ảnh: Minh Anh).",                  # the credit ends the line: a caption line
    "Hai bên trao đổi như trong ảnh (ảnh 2, 3). Sau đó hai bên ký kết.",  # a photo pointed at, no credit
    "Lãnh đạo hai tỉnh ký kết. (Ảnh: Minh Anh) và sau đó hai bên trao đổi.",  # no new sentence after it
    "Hai bên " + "tiếp tục trao đổi về hợp tác du lịch, " * 9 + "ký kết. (Ảnh: Minh Anh) Sau đó, hai bên …",   # a long paragraph
])
def test_a_credit_that_ends_its_line_or_follows_a_long_paragraph_glues_no_caption(line):
    assert glued_caption(line) is None


GLUED_PAGE = ("Tỉnh Lạng Sơn và bang Virginia thúc đẩy hợp tác\n"
              "Hơn 100 doanh nghiệp của tỉnh Lạng Sơn và bang Virginia (Hoa Kỳ) đã có những buổi làm việc, trao đổi "
              "cụ thể về nhiều dự án và thỏa thuận hợp tác.\n"
              "Ngày 10/7, tại thủ đô Washington, đoàn đã làm việc tại Bộ Thương mại Hoa Kỳ. (Ảnh: Minh Anh/TTXVN) "
              "Trong khuôn khổ chuyến công tác, ngày 11/7, đoàn tỉnh Lạng Sơn đã thăm và làm việc tại bang Virginia "
              "(Hoa Kỳ), hai bên ký kết thỏa thuận hợp tác.\n")


def test_the_day_of_a_glued_caption_is_the_photos_not_the_occasions():
    main = _main(GLUED_PAGE)
    assert main is not None and main["date"] == "--07-11"
    main = _main(GLUED_PAGE.replace(" (Ảnh: Minh Anh/TTXVN) ", " "))   # no credit: the first day stays the occasion
    assert main is not None and main["date"] == "--07-10"


# --- a year that opens a quoted sentence, or a clause after a connective --------------------

from hoptac.core.extract.year_clause_openings import OPENINGS, SAID_OPENINGS, opens_clause, opens_sentence  # noqa: E402
from hoptac.core.text import fold  # noqa: E402


def test_each_opening_reads_its_example():
    for _, _, example in OPENINGS:
        f = fold(example)
        at = f.find("nam 20")
        assert opens_sentence(f[max(0, at - 12):at])
    for _, _, example in SAID_OPENINGS:
        f = fold(example)
        at = f.find("nam 20")
        assert opens_clause(f[max(0, at - 40):at])


QUOTED = ("Hai tỉnh khai trương cặp cửa khẩu quốc tế\n\n"
          "{day}, tỉnh An Giang và tỉnh Kandal (Campuchia) phối hợp tổ chức lễ khai trương cặp cửa khẩu quốc tế.\n\n"
          "Ông Nguyễn Văn A, Giám đốc Sở Ngoại vụ tỉnh An Giang.\n\n"
          "\"Năm 2022, kim ngạch xuất nhập khẩu qua cửa khẩu {how} 650 triệu USD\", ông A cho biết.\n")


@pytest.mark.parametrize("day, how, want", [
    ("Ngày 23-2", "đạt gần", "2023-02-23"),      # the quoted year's figures: the year is over
    ("Ngày 20-12", "đạt gần", "--12-20"),         # in December they may be the year's own: no year
    ("Ngày 23-2", "ước đạt", "--02-23"),          # an estimate: no year
])
def test_a_quoted_sentence_opening_with_a_years_figures_gives_the_next_year(day, how, want):
    main = _main(QUOTED.format(day=day, how=how))
    assert main is not None and main["date"] == want


CONNECTED = ("Sở Giao thông vận tải họp với các tỉnh lân cận\n\n"
             "Ngày 18-1, Sở Giao thông vận tải tỉnh Long An tổ chức cuộc họp về kết nối giao thông với tỉnh Tiền Giang "
             "và tỉnh Tây Ninh.\n\n"
             "Việc ùn tắc ở nhiều điểm ảnh hưởng đến cả vùng. {conn}, trong năm 2018, các sở của ba tỉnh {verb} phối "
             "hợp điều chỉnh quy hoạch giao thông.\n")


@pytest.mark.parametrize("conn, verb, want", [
    ("Vì vậy", "cần", "2018-01-18"),      # a connective, then the year's plan
    ("Do đó", "cần", "2018-01-18"),
    ("Trước đó", "cần", "--01-18"),       # a connective of time: a history told on, no plan's year
    ("Vì vậy", "đã", "--01-18"),          # done, not planned
])
def test_a_years_plan_after_a_connective_gives_its_year(conn, verb, want):
    main = _main(CONNECTED.format(conn=conn, verb=verb))
    assert main is not None and main["date"] == want
