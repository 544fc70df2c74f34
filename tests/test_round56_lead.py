"""Round 56, the lead: a name written straight before its title, no comma between (name_before_title).

Our own sentences; each of the first group fails before the rule (the name took the title's first word)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.name_before_title import TITLE_HEADS, name_before_title
from hoptac.core.extract.people import find_people


def _people(text: str) -> dict[str, str]:
    return {p.name: p.title for p in find_people(text)}


@pytest.mark.parametrize("text, name, title", [
    ("Tham dự có đ/c Lò Văn Minh Trưởng đoàn Cục Lâm nghiệp tỉnh B.", "Lò Văn Minh", "Trưởng đoàn Cục Lâm nghiệp tỉnh B"),
    ("Đoàn do ông Kim Min Su Huyện trưởng huyện Jangheung dẫn đầu.", "Kim Min Su", None),
    ("Phát biểu tại buổi lễ, ông Hà Văn Nam Phó Chủ tịch UBND huyện A cảm ơn.", "Hà Văn Nam", "Phó Chủ tịch UBND huyện A"),
    ("Tiếp đoàn có bà Lê Thị Lan Giám đốc Sở Du lịch tỉnh A.", "Lê Thị Lan", "Giám đốc Sở Du lịch tỉnh A"),
    ("Dự có ông Park Ji Ho Thị trưởng thành phố Gimhae.", "Park Ji Ho", None),
])
def test_a_title_right_after_a_name_is_not_the_names_last_word(text, name, title):
    people = _people(text)
    assert name in people
    assert not any(n.startswith(name + " ") for n in people)
    if title is not None:
        assert people[name] == title


@pytest.mark.parametrize("text, name", [
    ("ông Lê Văn Trường, Giám đốc Sở Nội vụ tỉnh A, phát biểu.", "Lê Văn Trường"),   # Trường, a given name
    ("bà Nguyễn Thị Mai, Phó Chủ tịch UBND huyện A.", "Nguyễn Thị Mai"),   # Thị, a name's second word
    ("ông Lê Thành Đô, Phó Bí thư Tỉnh ủy tỉnh A.", "Lê Thành Đô"),   # Đô, a given name, no "trưởng" after it
    ("đồng chí Hoàng Văn Trưởng phát biểu.", "Hoàng Văn Trưởng"),   # the word alone, no title's second word after it
])
def test_names_ending_with_such_words_stay_whole(text, name):
    assert name in _people(text)


def test_the_cut_keeps_two_words_at_least_and_finds_the_title_word_in_order():
    text = "ông Lò Văn Minh Trưởng đoàn"
    start = text.index("Lò")
    stop, words = name_before_title(text, start, len(text) - len(" đoàn"), ["Lò", "Văn", "Minh", "Trưởng"])
    assert (text[start:stop], words) == ("Lò Văn Minh", ["Lò", "Văn", "Minh"])
    # a head word in second place ("Lò Trưởng …") is never cut: a name keeps two words
    two = "ông Lò Trưởng đoàn"
    assert name_before_title(two, 4, len(two) - len(" đoàn"), ["Lò", "Trưởng"])[1] == ["Lò", "Trưởng"]


def test_every_head_has_second_words():
    assert all(second and head == head.lower() for head, second in TITLE_HEADS)


# --- an image's file name or path on a line of its own (chrome._FILE_PATH) ------------------------------------

from hoptac.core.extract.article import parse_article   # noqa: E402
from hoptac.core.extract.chrome import junk_reason   # noqa: E402
from hoptac.core.text import fold   # noqa: E402

_PATH = r"D:\Tai lieu\Anh hoi nghi\Content.Word\DSC_1204.jpg"
_NAMED = "Lãnh đạo hai xã trao biên bản kết nghĩa tại hội trường.jpg"


@pytest.mark.parametrize("line", [_PATH, _NAMED, r"C:\Users\Lan Anh\Pictures\anh ky ket 01.png"])
def test_an_image_path_or_a_file_named_as_a_caption_is_chrome(line):
    assert junk_reason(line, fold(line)) is not None


@pytest.mark.parametrize("line", [
    "Hai tỉnh ký kết biên bản ghi nhớ. Ảnh tại trang abc.jpg",   # a sentence before it: text that cites a file
    "Hai tỉnh ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.",
    "Đoàn công tác thăm khu du lịch sinh thái",
])
def test_text_lines_are_not_file_names(line):
    assert junk_reason(line, fold(line)) is None


def test_a_name_without_a_blank_keeps_its_own_row():
    assert junk_reason("DSC_1204.JPG", fold("DSC_1204.JPG")) == junk_reason("1.JPG", fold("1.JPG"))


def test_the_path_between_paragraphs_leaves_the_article_text():
    page = ("Hai huyện ký kết chương trình phối hợp\n\n"
            "Ngày 14/5/2021, UBND huyện A và UBND huyện B tổ chức lễ ký kết chương trình phối hợp giai đoạn 2021 - "
            "2025 tại hội trường huyện A.\n\n" + _PATH + "\n\n"
            "Tại buổi lễ, hai bên thống nhất tăng cường trao đổi thông tin và phối hợp bảo vệ rừng đầu nguồn.\n")
    art = parse_article(page)
    start = page.index(_PATH)
    assert [why for s, e, why in art.chrome if s <= start < e] == [junk_reason(_PATH, fold(_PATH))]
    assert art.lead is not None and _PATH not in page[art.lead[0]:art.lead[1]]


# --- abbreviated title starts (vocab.TITLE_STARTS: PGĐ, GĐ, TGĐ, PCT, PBT) ----------------------------------

@pytest.mark.parametrize("text, name, title", [
    ("Tiếp đoàn có đ/c Hà Văn Long – PGĐ Sở TN&MT tỉnh A.", "Hà Văn Long", "PGĐ Sở TN&MT tỉnh A"),
    ("Ông Lò Văn Bình, PCT UBND huyện A tiếp đoàn.", "Lò Văn Bình", "PCT UBND huyện A"),
    ("bà Hà Thị Lan, PBT thường trực huyện ủy dự buổi lễ.", "Hà Thị Lan", "PBT thường trực huyện ủy"),
    ("ông Lê Văn Nam, GĐ Sở Du lịch tỉnh A, phát biểu.", "Lê Văn Nam", "GĐ Sở Du lịch tỉnh A"),
])
def test_an_abbreviated_title_after_a_name_is_its_title(text, name, title):
    assert _people(text)[name] == title


def test_an_abbreviated_title_before_a_place_makes_no_person_of_the_place():
    text = "Đ/c Hà Văn Long – PGĐ Sở TN&MT Hà Giang và đ/c Lò Văn Bình dự."
    people = {p.name: p.title for p in find_people(text, is_place=lambda n: n == "Hà Giang")}
    assert "Hà Giang" not in people and people["Hà Văn Long"] == "PGĐ Sở TN&MT Hà Giang"


# --- "TP.HCM" inside a title; a four-word name after a capitalised honorific ------------------------------------

@pytest.mark.parametrize("text, name, title", [
    ("bà Lê Thị Tú, phó giám đốc Sở Công Thương TP.HCM cho biết.", "Lê Thị Tú", "phó giám đốc Sở Công Thương TP.HCM"),
    ("ông Võ Văn Hai, Phó Giám đốc Sở Du lịch TP. Cần Thơ, phát biểu.", "Võ Văn Hai",
     "Phó Giám đốc Sở Du lịch TP. Cần Thơ"),
    ("Bà Trần Thị Thanh Mai, Phó Giám đốc Sở Du lịch tỉnh A cho biết.", "Trần Thị Thanh Mai", "Phó Giám đốc Sở Du lịch tỉnh A"),
])
def test_city_abbreviation_in_a_title_and_an_honorific_opened_name(text, name, title):
    assert _people(text).get(name) == title


def test_a_title_still_ends_at_a_sentence_stop():
    assert _people("ông Lê Văn Tâm, Giám đốc Sở Tài chính. TP. Huế cũng gửi thư.")["Lê Văn Tâm"] == "Giám đốc Sở Tài chính"


# --- a caption standing for the headline loses the dash that joined its credit ------------------------------------

def test_a_caption_headline_loses_its_credit_and_the_dash_before_it():
    page = ("Khách tham quan gian hàng nông sản của tỉnh A tại hội chợ - Ảnh: T.HÀ\n"
            "Ngày 12-9, tại thành phố B, Sở Công Thương tỉnh A và thành phố B phối hợp tổ chức khai mạc tuần hàng nông sản.\n")
    assert parse_article(page).title == "Khách tham quan gian hàng nông sản của tỉnh A tại hội chợ"


def test_a_headline_with_a_credit_keeps_its_inner_dashes():
    page = ("Lãnh đạo hai tỉnh A - B tại lễ ký kết - Ảnh: T.HÀ\n"
            "Ngày 12-9, tại thành phố B, lãnh đạo hai tỉnh ký kết chương trình hợp tác giai đoạn 2024 - 2028.\n")
    assert parse_article(page).title == "Lãnh đạo hai tỉnh A - B tại lễ ký kết"
