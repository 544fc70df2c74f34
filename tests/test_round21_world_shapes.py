"""Round 21 (audit21a): pages with a foreign partner beyond Laos, Cambodia and China. A party site
runs a marquee of slogans above its article ("Chào mừng kỷ niệm … (dd/mm/yyyy - dd/mm/yyyy)- Kỷ niệm
…- CHÀO MỪNG …", one paragraph once scraped): read as the lead, its ranges gave a lead day with no
year the crawl's year, and the real headline and lead were teasers. Sentences written for the test
(names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.slogan_marquee import MARQUEES, NOT_MARQUEES, is_marquee
from hoptac.core.scan import fast_fold

MARQUEE = ("Chào mừng kỷ niệm 70 năm Ngày thành lập Đảng bộ tỉnh Hòa Phong (05/03/1955 - 05/03/2025)- "
           "Kỷ niệm 50 năm Ngày giải phóng quê hương (20/4/1975 - 20/4/2025)- CHÀO MỪNG ĐẠI HỘI HỘI NÔNG "
           "DÂN TỈNH LẦN THỨ IX, NHIỆM KỲ 2023-2028 - CHÀO MỪNG KỶ NIỆM 30 NĂM TÁI LẬP TỈNH.")
CLOCK = "Thứ Hai, 14/04/2025 08:05"
HEADLINE = "HỘI HỮU NGHỊ TỈNH HÒA PHONG ĐÓN ĐOÀN GIAO LƯU THÀNH PHỐ SAKAI (NHẬT BẢN)"
BODY = ("Tại buổi gặp, hai bên trao đổi về các hoạt động giao lưu văn hóa, giáo dục trong thời gian tới và "
        "thống nhất duy trì việc trao đổi đoàn hằng năm.")


def _fold(line: str) -> str:
    return " ".join(fast_fold(line).split())


@pytest.mark.parametrize("line", MARQUEES)
def test_a_chain_of_greetings_is_a_marquee(line):
    assert is_marquee(_fold(line))


@pytest.mark.parametrize("line", NOT_MARQUEES + (
    "Kỷ niệm 25 năm kết nghĩa, ngày 3/9, huyện A và huyện B (Nhật Bản) tổ chức lễ - kỷ niệm diễn ra trang trọng.",
    "Tỉnh A tiếp đoàn tỉnh B (Hàn Quốc) - chào mừng năm mới 2026 - kỷ niệm 30 năm hợp tác.",
))
def test_a_greeting_alone_or_a_dated_lead_is_no_marquee(line):
    assert not is_marquee(_fold(line))


def _page(lead: str) -> str:
    return "\n".join([MARQUEE, CLOCK, "", HEADLINE, "", lead, "", BODY]) + "\n"


def test_the_marquee_is_cut_and_the_headline_and_lead_are_found():
    art = parse_article(_page("Sáng ngày 9/4, tại trụ sở, Hội hữu nghị tỉnh Hòa Phong có buổi tiếp đoàn "
                              "giao lưu thành phố Sakai (Nhật Bản) sang thăm tỉnh."))
    assert art.title.startswith("HỘI HỮU NGHỊ TỈNH HÒA PHONG")
    assert any(MARQUEE[:30] in art.text[s:e] for s, e, _ in art.chrome)


def test_a_lead_day_without_year_takes_no_year_from_the_marquee():
    m = main_event(_page("Sáng ngày 9/4, tại trụ sở, Hội hữu nghị tỉnh Hòa Phong có buổi tiếp đoàn giao lưu "
                         "thành phố Sakai (Nhật Bản) sang thăm tỉnh."))
    assert m["date"] == "--04-09"


def test_a_lead_with_its_year_keeps_it_under_a_marquee():
    m = main_event(_page("Sáng ngày 9/4/2016, tại trụ sở, Hội hữu nghị tỉnh Hòa Phong có buổi tiếp đoàn "
                         "giao lưu thành phố Sakai (Nhật Bản) sang thăm tỉnh."))
    assert m["date"] == "2016-04-09"


def test_a_related_box_under_the_marquee_does_not_end_the_article():
    # the marquee is no lead: a related box after it leaves the article standing
    page = "\n".join([MARQUEE, "Tin liên quan", "Hai huyện vùng cao bàn cách đưa nông sản qua cửa khẩu (14/09/2013)",
                      CLOCK, "", HEADLINE, "",
                      "Sáng ngày 9/4, tại trụ sở, Hội hữu nghị tỉnh Hòa Phong có buổi tiếp đoàn giao lưu thành phố "
                      "Sakai (Nhật Bản) sang thăm tỉnh.", "", BODY]) + "\n"
    m = main_event(page)
    assert m["date"].endswith("04-09") and not m["date"].startswith(("2025", "2013"))


# -- foreign cities listed bare after their country's group (core/places_listed.py) ----------------------

from hoptac.core.places import find_places  # noqa: E402
from hoptac.core.places_listed import EXAMPLES  # noqa: E402


def _foreign_names(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_places(text)
            if m.candidates and m.candidates[0].country != "Việt Nam"]


@pytest.mark.parametrize("sentence, names", EXAMPLES)
def test_the_module_table(sentence, names):
    assert tuple(_foreign_names(sentence)) == names


@pytest.mark.parametrize("sentence, names", [
    ("Tham dự ngày hội có lãnh đạo các thành phố Nhật Bản có quan hệ hữu nghị với tỉnh như Sakai, Kawasaki, "
     "Fukuoka… cùng các đoàn nghệ thuật.", ["Sakai", "Kawasaki", "Fukuoka"]),
    ("Thành phố đã kết nghĩa với những thành phố của Hàn Quốc như Daegu và Changwon.", ["Daegu", "Changwon"]),
])
def test_cities_listed_after_their_country_are_its_places(sentence, names):
    assert _foreign_names(sentence) == names


@pytest.mark.parametrize("sentence", [
    "Đoàn có ông Sakai, Giám đốc Sở, và bà Fukuoka tham dự.",        # people, no group of units
    "Các thành phố như Sakai, Kawasaki có nhiều doanh nghiệp.",        # a group, no country
    "Các nước như Nhật Bản, Hàn Quốc là đối tác; Sakai là một nhãn hàng.",   # a list of countries
])
def test_no_country_group_no_place(sentence):
    assert _foreign_names(sentence) == [] or "Sakai" not in _foreign_names(sentence)


def test_a_festival_notice_names_its_partner_cities():
    page = ("Giao lưu văn hóa Việt - Nhật\nCập nhật: 02/06/2016\n"
            "Lễ hội giao lưu văn hóa Việt Nam - Nhật Bản sẽ diễn ra từ ngày 20 đến 21/8 tại TP. Quy Nhơn. Tham dự "
            "có đại diện các thành phố Nhật Bản kết nghĩa với thành phố Quy Nhơn như Sakai, Kawasaki, Fukuoka... cùng các "
            "đoàn nghệ thuật.\n")
    m = main_event(page)
    assert "Bình Định" in m["pair"] and any(p in ("Osaka", "Kanagawa", "Fukuoka") for p in m["pair"]), m["pair"]
