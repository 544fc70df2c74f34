"""Round 56, late56b: a Chinese prefecture named with "châu" and no country beside it
(core/places_prefectures.py), the abbreviation "T.Ư" inside a person's title (core/extract/people.py,
central_abbrev), and a scene's caption with its photo credit never taken for the headline
(core/extract/article_lines.py, caption_credit). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from extract_support import events_of
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.people import find_people
from hoptac.core.places import find_places, resolve


def _found(text: str) -> list[tuple[str, str, str, str]]:
    """(as written, the place's name, its province, its country) of each mention."""
    return [(m.surface, m.candidates[0].name, m.candidates[0].province, m.candidates[0].country)
            for m in find_places(text)]


def _main(page: str) -> dict:
    return next(e for e in events_of(page)[1] if e["main"])


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.title) for p in find_people(text, is_place=lambda n: resolve(n) is not None)]


# --- places_prefectures: prefecture_small, prefecture_of_body -----------------------------------------

@pytest.mark.parametrize("text, written", [
    # prefecture_small: the level word written small, China named elsewhere on the page
    ("Sở Công Thương tỉnh Lào Cai làm việc với đoàn châu Hồng Hà về thương mại qua biên giới Trung Quốc.",
     "châu Hồng Hà"),
    # ... or a place of China named on the page (not before it: "châu A, tỉnh Vân Nam" is read by places_foreign)
    ("Đoàn châu Hồng Hà đến Lào Cai; trước đó đoàn đã thăm thành phố Côn Minh (Trung Quốc).", "châu Hồng Hà"),
    # prefecture_of_body: capitalised after a body's name
    ("Hội đàm giữa Sở Nội vụ tỉnh Cao Bằng và Cục Lâm nghiệp Châu Văn Sơn về rừng giáp biên Trung Quốc.",
     "Châu Văn Sơn"),
    ("Ngày 3/5, Công an tỉnh Hà Giang tiếp Công an Châu Văn Sơn; hai nước Việt Nam và Trung Quốc hợp tác.",
     "Châu Văn Sơn"),
    ("Sở Ngoại vụ tỉnh Lai Châu và Văn phòng Ngoại sự Châu Hồng Hà (phía Trung Quốc) ký biên bản.",
     "Châu Hồng Hà"),
])
def test_a_chinese_prefecture_written_with_chau_on_a_page_naming_china(text, written):
    assert (written, written.split(" ", 1)[1], "Vân Nam", "Trung Quốc") in _found(text)


@pytest.mark.parametrize("text", [
    "Sở Công Thương tỉnh Lào Cai làm việc với đoàn châu Hồng Hà về thương mại.",     # no China on the page
    "Hội đàm giữa Sở Nội vụ tỉnh Cao Bằng và Cục Lâm nghiệp Châu Văn Sơn.",          # the same
    "Tại Trung Quốc, ông Châu Văn Sơn phát biểu về hợp tác.",                        # a person: a word of address
    "Tại Trung Quốc, đồng chí Châu Hồng Hà cho biết.",                               # the same
    "Giám đốc Sở Ngoại vụ Châu Văn Sơn đi Trung Quốc.",                              # a title, its body, a person
    "Đoàn sang Trung Quốc. Châu Văn Sơn là trưởng đoàn.",                            # a name opening a sentence
    "Về Trung Quốc: anh Lê Văn Sơn và chị Lò Thị Hồng Hà dự lễ.",                    # middle and last names
])
def test_no_prefecture_without_china_or_where_chau_is_a_surname(text):
    assert not any(c == "Trung Quốc" for *_, c in _found(text))


@pytest.mark.parametrize("text, unit", [
    ("Đoàn xã Hồng Hà, huyện Đan Phượng sang thăm Trung Quốc.", "xã Hồng Hà"),
    ("Đoàn phường Hồng Hà, quận Hoàn Kiếm sang thăm Trung Quốc.", "phường Hồng Hà"),
    ("Du khách châu Á và châu Âu đến tỉnh Lai Châu, giáp Trung Quốc.", "tỉnh Lai Châu"),
])
def test_vietnamese_homonyms_and_continents_are_unchanged(text, unit):
    found = find_places(text)
    assert unit in [m.surface for m in found]
    assert not any(m.level_word == "châu" for m in found)   # read by their own level words, as before


def test_the_prefecture_of_a_bodys_name_makes_the_pair_with_the_vietnamese_department():
    page = ("Hội đàm giữa Sở Xây dựng Lào Cai và Cục Giao thông Châu Hồng Hà\n\n"
            "Ngày 14/9/2019, Sở Xây dựng tỉnh Lào Cai đón và làm việc với Cục Giao thông Châu Hồng Hà tại thành "
            "phố Lào Cai.\n"
            "Hai bên trao đổi về các cây cầu qua sông biên giới giữa Việt Nam và Trung Quốc.\n")
    assert sorted(_main(page)["pair"]) == ["Lào Cai", "Vân Nam"]


@pytest.mark.parametrize("text, written", [
    ("Đoàn châu Văn Sơn (Trung Quốc) thăm tỉnh Hà Giang.", "Văn Sơn"),
    ("Hai bên bàn về cửa khẩu giữa huyện Mường Khương và châu Hồng Hà, tỉnh Vân Nam.", "châu Hồng Hà"),
])
def test_a_prefecture_with_its_country_or_province_is_read_as_before(text, written):
    assert (written, written.split(" ")[-2] + " " + written.split(" ")[-1], "Vân Nam", "Trung Quốc") in _found(text)


# --- people.py: central_abbrev -------------------------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("Đoàn do ông Sok Vanna, Ủy viên T.Ư Đảng Nhân dân Campuchia, Tỉnh trưởng tỉnh Kampot dẫn đầu.",
     [("Sok Vanna", "Ủy viên T.Ư Đảng Nhân dân Campuchia, Tỉnh trưởng tỉnh Kampot")]),
    ("Dự có ông Lê Văn Bình, Ủy viên T.W Đảng, Bí thư Tỉnh ủy Lào Cai.",
     [("Lê Văn Bình", "Ủy viên T.W Đảng, Bí thư Tỉnh ủy Lào Cai")]),
    ("Dự có ông Lê Văn Bình, Ủy viên BCH T.Ư Đảng, Bí thư Tỉnh ủy Lào Cai.",
     [("Lê Văn Bình", "Ủy viên BCH T.Ư Đảng, Bí thư Tỉnh ủy Lào Cai")]),
])
def test_the_central_committees_abbreviation_does_not_end_a_title(text, people):
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    ("Dự có ông Lê Văn Bình, Ủy viên TƯ Đảng, Bí thư Tỉnh ủy Lào Cai.",
     [("Lê Văn Bình", "Ủy viên TƯ Đảng, Bí thư Tỉnh ủy Lào Cai")]),
    ("Dự có ông Lê Văn Bình, Ủy viên TW Đảng, Bí thư Tỉnh ủy Lào Cai.",
     [("Lê Văn Bình", "Ủy viên TW Đảng, Bí thư Tỉnh ủy Lào Cai")]),
    ("Dự có ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh. T. Hà và ông Đỗ Văn Cường cùng dự.",
     [("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh"), ("Đỗ Văn Cường", "")]),
])
def test_titles_without_the_dotted_abbreviation_are_unchanged(text, people):
    assert _people(text) == people


# --- article_lines.credited_caption: caption_credit ----------------------------------------------------

_LEAD = ("Chiều 12/3, Đoàn công tác tỉnh Gangwon, Hàn Quốc do ông Kim Min, Phó Tỉnh trưởng làm trưởng đoàn "
         "đến thăm và làm việc với tỉnh Ninh Bình. Hai bên trao đổi về hợp tác du lịch và giáo dục.\n")


@pytest.mark.parametrize("caption", [
    "Toàn cảnh buổi hội đàm - Ảnh: Báo Ninh Bình",
    "Quang cảnh buổi làm việc. Ảnh: baoninhbinh.vn",
    "Quang cảnh lễ đón (Ảnh: Minh Anh)",
])
def test_a_scenes_caption_with_its_photo_credit_is_never_the_headline(caption):
    art = parse_article(caption + "\n" + _LEAD + "Hai bên thống nhất trao đổi đoàn.\n")
    assert "Ảnh" not in art.title and not art.title.startswith(("Toàn cảnh", "Quang cảnh"))
    assert art.title.startswith("Chiều 12/3")


@pytest.mark.parametrize("headline, title", [
    ("Tỉnh Ninh Bình đón đoàn công tác tỉnh Gangwon", None),       # a headline: no credit
    ("Quang cảnh buổi làm việc giữa hai tỉnh", None),              # a scene's words, no credit: as before
    # a caption that tells the occasion still stands for a missing headline, its credit cut (as before)
    ("Lãnh đạo tỉnh Ninh Bình đón đoàn tỉnh Gangwon (Ảnh: Minh Anh)", "Lãnh đạo tỉnh Ninh Bình đón đoàn tỉnh Gangwon"),
])
def test_a_line_without_a_scenes_credit_stays_the_headline(headline, title):
    assert parse_article(headline + "\n" + _LEAD).title == (title or headline)
