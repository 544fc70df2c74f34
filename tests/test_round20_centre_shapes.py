"""Round 20 (audit20g): shapes of the Centre and Central Highlands pages. A site's list of related
titles over the article, each title closed by a detached dash ("Lễ hội … Đà Lạt 2024: … -"), made the
page look hard-wrapped at a fixed width (lines of 40-110 characters that end mid-sentence), so the
titles were read as one sentence going on, not as teasers, and a title's year ("… 2024", "năm 2025")
gave the lead's day its year. And a related title glued to a last sentence cut short that dates a day
("… ký ngày 14/6/2019, … hệ th Khai mạc Tuần … năm 2026") was left as the page's text (found by the year probe).
Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

from extract_support import main_event
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.page_lines import _hard_wrapped, _lines

RELATED = (
    "-\n"
    "Sân bay Liên Khương mở thêm đường bay tới Bangkok -\n"
    "Khai mạc chuỗi sự kiện ẩm thực đường phố tại Nha Trang -\n"
    "Hội An lọt danh sách thành phố đáng sống nhất châu Á -\n"
    "Lễ hội Hoa Đà Lạt 2024: Nơi sắc màu cao nguyên hội tụ -\n"
    "Kon Tum vào nhóm điểm đến hấp dẫn nhất khu vực năm 2025\n"
)
LEAD = ("Sáng 12/10, lãnh đạo tỉnh Gia Lai và tỉnh Phú Yên đã có buổi làm việc trực tuyến để bàn kế hoạch "
        "tổ chức tuần lễ văn hóa chung dự kiến diễn ra vào tháng 12.\n"
        "Tại buổi làm việc, hai bên thống nhất giao sở văn hóa mỗi tỉnh xây dựng chương trình chi tiết.\n")


def test_related_titles_closed_by_a_dash_are_teasers_and_lend_no_year():
    main = main_event(RELATED + LEAD)
    assert main["date"] == "--10-12"     # neither 2024 nor 2025: those years are other stories'


def test_related_titles_closed_by_a_dash_are_no_hard_wrapped_page():
    article = parse_article(RELATED + LEAD)
    assert not article.wrapped
    titles = [article.text[s:e] for s, e in article.teasers]
    assert any("Đà Lạt 2024" in t for t in titles)
    assert any("năm 2025" in t for t in titles)


def test_a_page_broken_at_a_fixed_width_is_still_hard_wrapped():
    # a sentence broken every 60-odd characters, no blank line: a wrapped page (a dash inside
    # a line, "Gia Lai - Phú Yên", does not make it a list)
    text = ("Sáng 12/10, lãnh đạo hai tỉnh Gia Lai - Phú Yên đã có buổi\n"
            "làm việc trực tuyến để bàn kế hoạch tổ chức tuần lễ văn hóa\n"
            "chung của hai địa phương, dự kiến diễn ra vào tháng 12 tại\n"
            "thành phố Tuy Hòa, với sự tham gia của nhiều nghệ nhân và\n"
            "đoàn nghệ thuật của hai tỉnh.\n")
    assert _hard_wrapped(_lines(text))


# --- a related title glued to a last sentence cut short that dates a day -------------------------------------
# (found by the year probe on the round's pages: the tail names a day, so it was read as the page's own text and
# the title's "năm 2024" gave the lead's day its year)

def test_every_dated_then_title_shape_gives_the_title_alone():
    from hoptac.core.extract.glued_titles import DATED_THEN_TITLE, unfinished_tail
    for name, line in DATED_THEN_TITLE:
        span = unfinished_tail(line, 0)
        assert span is not None and line[span[0]:span[1]].endswith("năm 2025"), name
        assert not any(ch.isdigit() for ch in line[span[0]:span[1]][:-4]), name   # the day stays the page's


def test_a_dated_clause_cut_short_on_a_year_of_its_own_keeps_it_after_a_name():
    from hoptac.core.extract.glued_titles import unfinished_tail
    # a capital word after a level word or a form of address is a name, not a title glued on
    assert unfinished_tail("Sáng 5/3, hai bên làm việc với tỉnh Champasak về kế hoạch hợp tác năm 2024", 0) is None
    assert unfinished_tail("Sáng 5/3, ông Phoxay và đoàn công tác thăm khu du lịch năm 2024", 0) is None
    assert unfinished_tail("Sáng 5/3, hai bên ký kết kế hoạch hợp tác năm 2024", 0) is None


_CUT_DATED = ("Hai huyện biên giới tăng cường hợp tác\n"
              "Ngày 8/11, lãnh đạo huyện Đắk Glei (Kon Tum) đã làm việc với lãnh đạo huyện Đắc Chưng, tỉnh Sê Kông.\n"
              "Hai bên thống nhất thực hiện biên bản ký ngày 14/6/2019, cùng tuần tra bảo vệ mốc giới và hệ th "
              "Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2026\n")


def test_a_title_glued_after_a_dated_clause_cut_short_gives_no_year():
    assert main_event(_CUT_DATED)["date"] == "--11-08"


def test_the_pages_one_paragraph_cut_short_with_a_title_glued_on_gives_no_year():
    page = ("Chiều qua (18-9), đoàn công tác tỉnh Khánh Hòa đã làm việc với lãnh đạo tỉnh Sa La Văn. Hai bên trao đổi "
            "về hợp tác du lịch. Sáng nay (19-9), đoàn đã đến thăm khu công nghiệp và thành phố mới Pắc Xế Khai mạc "
            "Tuần Văn hóa - Du lịch hai tỉnh năm 2026\n")
    main = main_event(page)
    assert main["date"] == "--09-18"
