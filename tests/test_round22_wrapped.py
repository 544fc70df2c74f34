"""Round 22 (wrap22): a page wrapped at a fixed width breaks its sentences inside a date ("… Ngày" /
"15- 3, tại …") or a place's name ("tỉnh Quảng" / "Nam"); the two lines are read as one
(core/extract/wrapped_joins.py) before the headline, the lead and the dates are read, and every span still
points into the page. Pages written for these tests (no page's own words)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

import hoptac.core.extract.article as article_mod
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.explain import explain_text
from hoptac.core.extract.wrapped_joins import cut_between, joined_lines
from hoptac.core.extract.page_lines import _lines

from extract_support import main_or_none as _main

_HEAD = "Tỉnh Hà Giang và tỉnh Cao Bằng ký kết hợp tác phát triển du lịch\n"
_BODY = ("Tại buổi làm việc, hai bên thông tin cho nhau về kết quả phát triển kinh tế\n"
         "trong năm qua, bàn việc mở rộng giao thương và phối hợp đào tạo nguồn nhân\n"
         "lực cho các xã biên giới, nhất là trong lĩnh vực nông nghiệp công nghệ cao.\n"
         "Lãnh đạo hai tỉnh cũng thống nhất sẽ tiếp tục tổ chức các hoạt động giao lưu\n"
         "văn hóa, thể thao giữa nhân dân hai bên trong thời gian tới.\n")
_VISIT = ("đoàn công tác tỉnh Hà Giang đã đến thăm và làm việc với lãnh đạo tỉnh Cao\n"
          "Bằng về chương trình hợp tác phát triển du lịch giữa hai tỉnh giai đoạn tới.\n")
_SIGNING = ("tại thành phố Hà Giang, lãnh đạo UBND tỉnh Hà Giang và tỉnh Cao\n"
            "Bằng tổ chức lễ ký kết chương trình hợp tác phát triển du lịch. Ông Trần Văn\n"
            "An, Phó Chủ tịch UBND tỉnh đến dự.\n")


def _date(page: str) -> str | None:
    return (_main(page) or {}).get("date")


def _lead(page: str) -> str:
    s, _ = parse_article(page).lead_span()
    return page[s:]


# --- a date cut by the width -------------------------------------------------------------------------------------

def test_ngay_alone_on_its_line_is_the_lead_s_date():
    # "Ngày" alone was cut as a label, the day "15- 3" lost with it
    page = _HEAD + "Ngày\n15- 3, " + _SIGNING + _BODY
    assert _date(page) == "--03-15"
    assert _lead(page).startswith("Ngày\n15- 3")


def test_ngay_at_a_line_s_end_keeps_its_sentence_in_the_lead():
    page = _HEAD + "Trong không khí phấn khởi của những ngày đầu xuân mới, Ngày\n15- 3, " + _SIGNING + _BODY
    assert _date(page) == "--03-15"
    assert _lead(page).startswith("Trong không khí")


def test_a_day_cut_after_its_separator_is_read():
    page = (_HEAD + "Trong không khí phấn khởi của những ngày đầu xuân mới, vào sáng ngày 15-\n3, "
            + _VISIT + _BODY)
    assert _date(page) == "--03-15"


def test_a_day_cut_before_its_month_word_stays_in_the_lead():
    page = _HEAD + "Sáng ngày 24 tháng\n4, " + _VISIT + _BODY
    assert _date(page) == "--04-24"
    assert _lead(page).startswith("Sáng ngày 24 tháng")


def test_ngay_and_its_figure_cut_before_thang():
    page = _HEAD + "Vào sáng ngày 24\ntháng 4, " + _VISIT + _BODY
    assert _lead(page).startswith("Vào sáng ngày 24")


def test_thang_cut_before_its_month_and_year():
    page = (_HEAD + "Ký kết vào tháng\n10/2019, chương trình hợp tác giữa hai tỉnh Hà Giang và Cao Bằng đến nay đã\n"
            "đạt nhiều kết quả tích cực trên các lĩnh vực du lịch và thương mại.\n" + _BODY)
    assert _date(page) == "2019-10"


def test_a_page_with_no_headline_cut_inside_its_lead_s_date():
    # no headline: the first line stood for it and the lead began at "4, đoàn …"
    page = ("Trong không khí phấn khởi của những ngày đầu xuân, vào sáng ngày 24 tháng\n4, " + _VISIT + _BODY)
    assert _date(page) == "--04-24"
    assert _lead(page).startswith("Trong không khí")


def test_the_date_s_span_points_into_the_page():
    page = _HEAD + "Ngày\n15- 3, " + _SIGNING + _BODY
    main = _main(page)
    assert main is not None
    s, e = main["span"]   # the sentence that dates it
    assert page[s:e].startswith("Ngày\n15- 3, tại") and page[s:e].endswith("phát triển du lịch.")
    assert main["date_text"] == "Ngày 15- 3"
    dated = explain_text(page).dates[0]   # explain's spans: the page's own offsets
    s, e = dated["span"]
    assert page[s:e] == "Ngày\n15- 3" and dated["in_lead"]


# --- a place's name cut by the width -----------------------------------------------------------------------------

_VISIT_QN = ("Chiều 15/3, đoàn công tác của tỉnh Hà Giang đã đến thăm và làm việc tại tỉnh Quảng\n"
             "Nam về chương trình hợp tác phát triển du lịch giữa hai địa phương giai đoạn\n"
             "tới, theo kế hoạch đã được lãnh đạo hai tỉnh thống nhất từ đầu năm.\n")


def test_a_headline_cut_after_a_level_word_keeps_the_place():
    page = "Đoàn công tác của tỉnh Hà Giang thăm và làm việc với tỉnh\nQuảng Nam\n" + _VISIT_QN + _BODY
    art = parse_article(page)
    assert art.title.endswith("tỉnh Quảng Nam")
    assert set((_main(page) or {}).get("pair") or ()) == {"Hà Giang", "Quảng Nam"}


def test_a_headline_cut_inside_a_place_s_name_keeps_the_place():
    page = "Đoàn công tác của tỉnh Hà Giang thăm và làm việc với tỉnh Quảng\nNam\n" + _VISIT_QN + _BODY
    art = parse_article(page)
    assert art.title.endswith("tỉnh Quảng Nam")
    assert not any(page[s:e] == "Nam" for s, e, _ in art.chrome)


def test_a_district_s_name_under_a_wrapped_headline_is_no_label():
    page = ("Đoàn công tác của huyện Mèo Vạc thăm và làm việc với huyện\nBảo Lạc\n"
            "Chiều 15/3, đoàn công tác huyện Mèo Vạc (Hà Giang) đã đến thăm và làm việc với\n"
            "huyện Bảo Lạc về chương trình hợp tác phát triển du lịch giữa hai địa phương.\n" + _BODY)
    assert "Bảo Lạc" in parse_article(page).title


def test_the_cuts_named():
    assert cut_between("… tổ chức lễ ký kết. Ngày", "13- 1, tại") == "date_word"
    assert cut_between("vào sáng ngày 24", "tháng 4, đoàn") == "day_number"
    assert cut_between("vào sáng ngày 15-", "3, đoàn") == "day_separator"
    assert cut_between("làm việc với tỉnh", "Quảng Nam") == "level_word"
    assert cut_between("làm việc với tỉnh Quảng", "Nam về") == "place_name"
    assert cut_between("lãnh đạo UBND tỉnh Ninh Thuận và TP. Hồ", "Chí Minh ký kết") == "place_name"
    # no date, no place: a break between two words
    assert cut_between("hai bên thống nhất sẽ tiếp tục", "tổ chức các hoạt động") is None
    assert cut_between("đời sống của nhân dân hai bên ngày", "càng được nâng cao") is None
    assert cut_between("đoàn đã đến thăm tỉnh Hà Giang", "Sáng nay") is None       # "Hà Giang Sáng": no place
    assert cut_between("thủ phủ của tỉnh", "và các huyện") is None                   # no name after the level word


# --- a page that is not wrapped throughout is read line by line, as before -------------------------------------

def test_a_short_page_with_a_caption_after_a_cut_lead_is_not_joined():
    # a headline, a lead cut short at "huyện", a caption, then a paragraph: no page wrapped at a width
    page = ("Kết nghĩa thôn bản hai bên biên giới\n"
            "Sáng 18/9, tại khu kinh tế cửa khẩu Đông Sơn, UBND huyện\n"
            "Quang cảnh lễ ký kết biên bản hợp tác giữa hai tỉnh ngày 12/5/2020. Ảnh: Thu Hà\n\n"
            "Lễ kết nghĩa được thực hiện theo biên bản ghi nhớ giữa hai tỉnh ký tại hội nghị thường niên. "
            "Chính quyền hai huyện thông qua thỏa thuận thiết lập quan hệ kết nghĩa giữa các thôn, bản.\n")
    assert parse_article(page).joins == ()


_SENTENCES = [
    "Ngày", "Sáng", "tháng", "15- 3, tại thành phố Hà Giang, hai tỉnh ký kết chương trình hợp tác.",
    "Đoàn công tác của tỉnh Hà Giang thăm và làm việc với tỉnh", "Quảng Nam", "Nam",
    "Chiều 15/3, đoàn công tác của tỉnh Hà Giang đã đến thăm và làm việc tại tỉnh Quảng Nam về chương trình "
    "hợp tác phát triển du lịch giữa hai địa phương giai đoạn tới.",
    "Tại buổi làm việc, hai bên thông tin cho nhau về kết quả phát triển kinh tế trong năm qua.",
    "4, đoàn công tác tỉnh Hà Giang đã đến thăm tỉnh Cao Bằng.", "10/2019", "huyện", "Bảo Lạc",
    "24/04/2025 10:15", "Tin liên quan",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SENTENCES), st.sampled_from(["\n", "\n\n"])), min_size=1, max_size=9))
def test_a_page_not_wrapped_throughout_reads_as_without_the_joins(parts):
    # pages of whole lines (each paragraph one line): the joins never apply, the reading is the same
    page = "".join(s + sep for s, sep in parts)
    lines = _lines(page)
    joined, joins = joined_lines(page, lines)
    if joins:
        return   # (a run of short cut lines may read as wrapped: only pages not wrapped are the property's)
    assert joined is lines
    with_joins = extract_events(parse_article(page), article_id="t", source="t.txt")
    plain = article_mod.joined_lines
    article_mod.joined_lines = lambda text, lines: (lines, ())
    try:
        without = extract_events(parse_article(page), article_id="t", source="t.txt")
    finally:
        article_mod.joined_lines = plain
    assert with_joins == without
