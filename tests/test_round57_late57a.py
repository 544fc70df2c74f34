"""Round 57, late57a: a hard-wrapped page whose first line is its lead's, cut mid-sentence, is no headline
(core/extract/wrapped_leads.py, cut_headline); a place's level word cut right after an opening bracket is
joined to its name on the next line (core/extract/wrapped_joins.py, level_word); a border market named with
its year, "Phiên chợ … năm Y", names the occasion (core/extract/year_names.py, FESTIVALS). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from extract_support import events_of
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.partner_venues import in_venue_aside
from hoptac.core.extract.wrapped_joins import cut_between
from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_names import FESTIVALS


def _main(page: str) -> dict:
    return next(e for e in events_of(page)[1] if e["main"])


#: The body of a wrapped page (lines of 40-110 characters cut mid-sentence, no blank line): the market's days
#: written without a year, after the lead.
_BODY = ("Phiên chợ do Sở Công Thương phối hợp với UBND huyện Ngọc Hồi và Sở Công Thương\n"
         "tỉnh Attapeu tổ chức. Diễn ra từ ngày 12 đến 14-11 tại khu kinh tế cửa khẩu, phiên\n"
         "chợ có 80 gian hàng trưng bày sản phẩm đặc trưng, sản phẩm OCOP của các địa phương\n"
         "hai nước cùng nhiều hàng hóa tiêu dùng, nông sản và sản phẩm thủ công của đồng bào\n"
         "các dân tộc thiểu số vùng biên giới hai tỉnh.\n"
         "Tham\n"
         "gia phiên chợ, một hợp tác xã chè của huyện Ngọc Hồi mang đến nhiều sản phẩm trà\n"
         "xanh và trà túi lọc, trong đó có hai sản phẩm đạt chứng nhận OCOP bốn sao của tỉnh.\n")

#: The lead, wrapped: its first line cut after "(huyện", joined to "Ngọc Hồi) …" (level_word); the line under the
#: joined one goes on in lower case.
_LEAD_JOINED = ("Phiên chợ biên giới tại Khu kinh tế cửa khẩu quốc tế Bờ Y (huyện\n"
                "Ngọc Hồi) năm 2025 đã thu hút hàng nghìn lượt khách, mở ra cơ hội kết nối\n"
                "giao thương giữa Kon Tum và tỉnh Attapeu (Lào).\n")
#: ... its first line cut inside a bracket that the next line closes (no level word: no join).
_LEAD_BRACKET = ("Phiên chợ biên giới giữa tỉnh Kon Tum và tỉnh Attapeu (Cộng hòa Dân chủ Nhân dân\n"
                 "Lào) năm 2025 đã thu hút hàng nghìn lượt khách, mở ra cơ hội giao thương mới cho\n"
                 "hai tỉnh.\n")
#: ... its first line cut before a word in lower case.
_LEAD_LOWER = ("Phiên chợ hàng Việt tại Khu kinh tế cửa khẩu quốc tế Bờ Y của huyện Ngọc Hồi năm\n"
               "2025 đã thu hút hàng nghìn lượt khách, mở ra cơ hội giao thương giữa tỉnh Kon Tum\n"
               "và tỉnh Attapeu (Lào), thúc đẩy thương mại biên giới hai bên cùng phát triển.\n")


# --- cut_headline: the wrapped lead's first line is no headline ----------------------------------------------

@pytest.mark.parametrize("lead", [_LEAD_JOINED, _LEAD_BRACKET, _LEAD_LOWER])
def test_the_first_line_of_a_wrapped_lead_is_no_headline(lead):
    page = "(KT)-\n" + lead + _BODY
    art = parse_article(page)
    assert art.title_span == (0, 0)   # no headline: the lead's opening stands for it
    s, _ = art.lead_span()
    assert page[s:].startswith("Phiên chợ")


def test_a_wrapped_market_named_with_its_year_dates_its_days():
    # base: the first line was the headline ("… Bờ Y (huyện"), the lead "Ngọc Hồi) năm 2025 …" a bare year
    # (weight 30, far from the days): the year unknown
    main = _main("(KT)-\n" + _LEAD_JOINED + _BODY)
    assert (main["date"], main["date_end"]) == ("2025-11-12", "2025-11-14")
    assert set(main["pair"]) == {"Kon Tum", "Át-tạ-pư"}   # (Attapeu: the gazetteer's name)
    # the venue's district in its aside ("tại Khu kinh tế … Bờ Y (huyện Ngọc Hồi)", nine words) is no side's name
    assert {(p["name"], p["level"]) for p in main["parties"]} == {("Kon Tum", "tỉnh"), ("Át-tạ-pư", "tỉnh")}


_LEAD_UNDER = ("Ngày 12/11, tại Khu kinh tế cửa khẩu quốc tế Bờ Y thuộc huyện Ngọc Hồi, Sở Công Thương\n"
               "tỉnh Kon Tum phối hợp với Sở Công Thương tỉnh Attapeu (Lào) khai mạc phiên chợ biên\n"
               "giới năm 2025 với 80 gian hàng của các doanh nghiệp, hợp tác xã hai tỉnh.\n")


@pytest.mark.parametrize("head", [
    # counter-shapes: the lead under the headline opens on a capital, the headline has no bracket left open ...
    "Kon Tum và Attapeu tổ chức phiên chợ biên giới tại cửa khẩu quốc tế Bờ Y\n",
    # ... or "(Lào)" closed on the headline's own line
    "Phiên chợ biên giới giữa tỉnh Kon Tum và tỉnh Attapeu (Lào) tại cửa khẩu Bờ Y\n",
])
def test_a_whole_headline_over_its_wrapped_lead_stays_the_headline(head):
    page = head + _LEAD_UNDER + _BODY
    assert parse_article(page).title == head.strip()


def test_a_headline_over_a_blank_line_stays_the_headline():
    # counter-shape: a blank line under the headline (a title apart), though the lead opens in lower case
    head = "Hợp tác xã chè huyện Ngọc Hồi mang sản phẩm OCOP tới phiên chợ biên giới Bờ Y"
    page = head + "\n\n" + ("đó là một trong những hoạt động của Sở Công Thương tỉnh Kon Tum trong tháng 11, theo\n"
                            "kế hoạch phối hợp với Sở Công Thương tỉnh Attapeu (Lào) ký kết từ đầu năm nay.\n") + _BODY
    assert parse_article(page).title == head


def test_a_page_not_wrapped_keeps_its_headline():
    # counter-shape: a headline over a lead in lower case on a page of whole paragraphs (not wrapped)
    head = "Hai tỉnh Kon Tum và Attapeu tổ chức phiên chợ biên giới tại cửa khẩu quốc tế Bờ Y"
    page = (head + "\n"
            "chiều 12/11, tại Khu kinh tế cửa khẩu quốc tế Bờ Y, Sở Công Thương tỉnh Kon Tum phối hợp với Sở "
            "Công Thương tỉnh Attapeu (Lào) khai mạc phiên chợ biên giới với 80 gian hàng.\n\n"
            "Phiên chợ diễn ra trong ba ngày, từ ngày 12 đến 14/11, với nhiều sản phẩm đặc trưng của hai tỉnh.\n")
    assert parse_article(page).title == head


def test_a_headline_wrapped_over_a_bracket_stays_the_headline():
    # counter-shape: a headline in two lines joined at "(huyện" / "Ngọc Hồi)", a short second line, the lead
    # under it opening on a capital
    page = ("Hội chợ hàng Việt tại cửa khẩu quốc tế Bờ Y (huyện\nNgọc Hồi) thu hút khách\n"
            "Ngày 12/11, tại Khu kinh tế cửa khẩu quốc tế Bờ Y thuộc huyện Ngọc Hồi, Sở Công Thương\n"
            "tỉnh Kon Tum phối hợp với Sở Công Thương tỉnh Attapeu (Lào) khai mạc hội chợ hàng\n"
            "Việt với 80 gian hàng của các doanh nghiệp, hợp tác xã hai tỉnh.\n") + _BODY
    assert parse_article(page).title == "Hội chợ hàng Việt tại cửa khẩu quốc tế Bờ Y (huyện Ngọc Hồi) thu hút khách"


# --- the venue's aside: up to ten words of the venue's name ------------------------------------------------------

@pytest.mark.parametrize("text, name, venue", [
    ("Ngày 2/4, tại Khu kinh tế cửa khẩu quốc tế Bờ Y (huyện Ngọc Hồi), hai tỉnh ký kết", "huyện Ngọc Hồi", True),
    ("Ngày 2/4, tại Trung tâm Hội nghị và Triển lãm (tỉnh Kon Tum), hai tỉnh ký kết", "tỉnh Kon Tum", False),  # "và"
    ("Ngày 2/4, tại Hà Nội, huyện Đăk Glei và huyện Ngọc Hồi (tỉnh Kon Tum) ký kết", "tỉnh Kon Tum", False),
])
def test_a_place_in_a_long_venue_s_parentheses(text, name, venue):
    at = text.index(name)
    assert (in_venue_aside(text, at, at + len(name)) >= 0) is venue


# --- level_word: a bracketed place cut after its level word ----------------------------------------------------

def test_a_level_word_cut_after_an_opening_bracket():
    assert cut_between("… tại cửa khẩu quốc tế Bờ Y (huyện", "Ngọc Hồi) năm 2025") == "level_word"
    assert cut_between("… hợp tác xã chè (xã", "Đăk Xú) mang đến") == "level_word"
    # counter-shapes, as before: no name after the level word; a level word glued to another word
    assert cut_between("… tại cửa khẩu quốc tế Bờ Y (huyện", "và các xã) năm 2025") is None
    assert cut_between("… hợp tác xã chè (liên xã", "và huyện) mang đến") is None
    assert cut_between("… mặt hàng của doanh nghiệp Ngọc(tỉnh", "Kon Tum) mang đến") is None


# --- FESTIVALS: "Phiên chợ … năm Y" names the occasion -----------------------------------------------------------

def _cue_names(text: str) -> set[tuple[str, int]]:
    return {(c.name, c.year) for c in find_year_cues(text)}


def test_a_market_named_with_its_year():
    assert dict(FESTIVALS)["phien cho"]
    assert ("named_year", 2025) in _cue_names(
        "Phiên chợ hàng Việt tại cửa khẩu Bờ Y (huyện Ngọc Hồi) năm 2025 đã thu hút hàng nghìn lượt khách.")
    assert ("named_year", 2024) in _cue_names(
        "Chiều 12/11, Sở Công Thương tỉnh A khai mạc Phiên chợ nông sản an toàn năm 2024 tại huyện B.")


@pytest.mark.parametrize("text, year", [
    # counter-shapes: an earlier edition's year, told done or followed up
    ("Tiếp nối thành công của Phiên chợ biên giới năm 2024, hai tỉnh tiếp tục tổ chức phiên chợ vào ngày 12/11.",
     2024),
    ("Phiên chợ hàng Việt đã được tổ chức thành công năm 2023 tại cửa khẩu Bờ Y; ngày 12/11, hai tỉnh khai mạc.",
     2023),
    # "phiên họp" is no market
    ("Tại phiên họp thường kỳ năm 2024, hai tỉnh thống nhất tổ chức hội chợ vào ngày 12/11.", 2024),
])
def test_no_market_named_where_the_year_is_another_occasion_s(text, year):
    assert ("named_year", year) not in _cue_names(text)


def test_a_dated_line_under_the_wrapped_lead_does_not_make_its_first_lines_a_headline():
    # (the merge) an old day on a line of its own under the lead paragraph reads like a lead; the lead's first line,
    # joined at its bracket and gone on with in lower case, was then the headline and the old day the main event
    page = "(KT)-\n" + _LEAD_JOINED.replace("kết nối\n", "kết nối giao\nthương, ") + \
        "Ngày 12/2/1975, hai huyện chính thức kết nghĩa. Từ đó đến nay quan hệ không ngừng vun đắp.\n" + _BODY
    art = parse_article(page)
    assert art.title_span == (0, 0)
    main = _main(page)
    assert (main["date"], main["date_end"]) == ("2025-11-12", "2025-11-14")
