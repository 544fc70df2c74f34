"""Place finding in text (hoptac.core.places.find_places): offsets, level words and their accents, lists,
communes, what is not a place, bare and ambiguous names, and the folding and level splitting beneath."""

from __future__ import annotations

import json

import pytest

from hoptac.core.places import Place, find_places
from hoptac.core.places_match import split_level
from hoptac.core.scan import fast_fold
from hoptac.core.text import fold

from places_support import ROOT, SEEDS, mentions


def best(text: str) -> Place:
    found = find_places(text)
    assert len(found) == 1, found
    return found[0].candidates[0]


# --- finding places in text --------------------------------------------------------------

def test_offsets_point_into_the_original_text():
    text = "Chiều 18/2, tại thành phố Yên Bái, Đoàn công tác TP.HCM và Tỉnh ủy Lào Cai làm việc."
    found = find_places(text)
    assert [m.surface for m in found] == ["thành phố Yên Bái", "TP.HCM", "Tỉnh ủy Lào Cai"]
    for m in found:
        assert text[m.start:m.end] == m.surface
        assert m.start <= m.name_start < m.end
    assert [text[m.name_start:m.end] for m in found] == ["Yên Bái", "HCM", "Lào Cai"]
    assert [m.level_word for m in found] == ["thành phố", "thành phố", "tỉnh"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text, expected", [
    ("tỉnh Lào Cai", ("tỉnh", "Lào Cai", "tỉnh")),
    ("thành phố Lào Cai", ("thành phố", "Lào Cai", "thành phố")),
    ("thành phố Lao Cai", ("thành phố", "Lào Cai", "thành phố")),
    ("thành phố Hà Nội", ("thành phố", "Hà Nội", "thành phố")),
    ("TP Yên Bái", ("thành phố", "Yên Bái", "thành phố")),
    ("TP.Việt Trì", ("thành phố", "Việt Trì", "thành phố")),
    ("Tp. Hồ Chí Minh", ("thành phố", "Hồ Chí Minh", "thành phố")),
    ("thị xã Sa Pa", ("thị xã", "Sa Pa", "thị xã")),
    ("huyện Sa Pa", ("huyện", "Sa Pa", "huyện")),
    ("Q.1", ("quận", "Quận 1", "quận")),
    ("quận 10", ("quận", "Quận 10", "quận")),
    ("Tỉnh ủy Lào Cai", ("tỉnh", "Lào Cai", "tỉnh")),
    ("Thành ủy Lào Cai", ("thành phố", "Lào Cai", "thành phố")),
    ("Thành uỷ Hà Nội", ("thành phố", "Hà Nội", "thành phố")),
    ("Chủ tịch UBND tỉnh Yên Bái", ("tỉnh", "Yên Bái", "tỉnh")),
    ("HĐND thành phố Thái Bình", ("thành phố", "Thái Bình", "thành phố")),
    ("TỈNH THÁI BÌNH", ("tỉnh", "Thái Bình", "tỉnh")),
    ("Khu tự trị dân tộc Choang Quảng Tây", ("tỉnh", "Quảng Tây", "tỉnh")),
    ("Bà Rịa - Vũng Tàu", (None, "Bà Rịa - Vũng Tàu", "tỉnh")),  # the longest name wins
    ("thành phố Vũng Tàu", ("thành phố", "Vũng Tàu", "thành phố")),
])
def test_level_words(text, expected):
    (surface, level_word, name, level), = mentions(text)
    # the mention starts at the level word ("UBND", "HĐND" are not part of it)
    assert surface == text.removeprefix("Chủ tịch UBND ").removeprefix("HĐND ")
    assert (level_word, name, level) == expected


def test_level_words_need_their_accents_in_an_accented_text():
    # "quan" (official) is not "quận", "xa" (far) is not "xã": the name is then bare
    assert mentions("cơ quan Lào Cai") == [("Lào Cai", None, "Lào Cai", "tỉnh")]
    assert mentions("Cục Hải quan Lào Cai") == [("Lào Cai", None, "Lào Cai", "tỉnh")]
    # a text without accents: the unaccented level words count
    assert mentions("tinh Lao Cai va thanh pho Yen Bai") == [
        ("tinh Lao Cai", "tỉnh", "Lào Cai", "tỉnh"), ("thanh pho Yen Bai", "thành phố", "Yên Bái", "thành phố")]
    assert mentions("thi xa sa pa") == [("thi xa sa pa", "thị xã", "Sa Pa", "thị xã")]


def test_districts_need_a_level_word():
    assert mentions("Bắc Hà và Bảo Yên đẹp") == []
    assert mentions("huyện Bắc Hà") == [("huyện Bắc Hà", "huyện", "Bắc Hà", "huyện")]
    assert mentions("Thành phố Vinh") == [("Thành phố Vinh", "thành phố", "Vinh", "thành phố")]
    assert mentions("vịnh Hạ Long") == []
    # lower-case words after a level word are not names
    assert mentions("Lãnh đạo hai tỉnh thống nhất, 2 tỉnh chú trọng") == []


def test_lists_keep_the_level():
    got = mentions("lãnh đạo các huyện Văn Yên, Lục Yên, Mù Cang Chải và Bát Xát")
    assert got == [("huyện Văn Yên", "huyện", "Văn Yên", "huyện"), ("Lục Yên", "huyện", "Lục Yên", "huyện"),
                   ("Mù Cang Chải", "huyện", "Mù Căng Chải", "huyện"), ("Bát Xát", "huyện", "Bát Xát", "huyện")]
    got = mentions("hai thành phố Lào Cai và Yên Bái")
    assert [g[1:] for g in got] == [("thành phố", "Lào Cai", "thành phố"), ("thành phố", "Yên Bái", "thành phố")]
    # the level is not carried across other words
    assert mentions("huyện Bảo Yên của tỉnh, Văn Yên")[1:] == []


def test_commune_levels():
    (m,) = find_places("phường Sa Pa")
    assert m.level_word == "phường" and {p.province for p in m.candidates} == {"Lào Cai"}
    assert all(not p.is_province for p in m.candidates)
    # a commune named like a province is not the province (xã Long An of 2025 is in Tây Ninh)
    assert all(not p.is_province for m in find_places("xã Long An") for p in m.candidates)
    assert {p.province_2025 for m in find_places("xã Long An") for p in m.candidates} == {"Tây Ninh"}
    assert find_places("xã hội Hà Nội")[0].level_word is None


@pytest.mark.parametrize("text", [
    "ông Nguyễn Hà Giang", "đồng chí Hoàng Giang", "Trịnh Xuân Trường", "Nguyễn Thái Bình phát biểu",
    "Lê Hòa Bình", "đồng chí Vũ Thái Bình", "Thị Hà Nam",  # people
    "Thái Bình Dương", "châu Á - Thái Bình Dương",  # the Pacific
    "vì hòa bình", "Hòa bình là khát vọng", "thái bình",  # peace
    "Chủ tịch Hồ Chí Minh", "đường Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh",  # the president
    "chị Huế", "đồng chí Huế", "Huệ cho biết", "Nam", "Bình",
    "Lào", "Campuchia", "Trung Quốc",
])
def test_not_places(text):
    assert find_places(text) == [], text


@pytest.mark.parametrize("text, name", [
    ("Tại Lào Cai, hội nghị", "Lào Cai"), ("Báo Lào Cai đưa tin", "Lào Cai"),
    ("Sở Công Thương Yên Bái", "Yên Bái"), ("BĐBP Hà Giang", "Hà Giang"), ("Lào cai", "Lào Cai"),
    ("LÀO CAI", "Lào Cai"), ("Lao Cai", "Lào Cai"), ("Hòa Bình", "Hòa Bình"), ("Hoà Bình", "Hòa Bình"),
    ("Hue", "Thừa Thiên Huế"), ("cố đô Huế", "Thừa Thiên Huế"), ("TPHCM", "Hồ Chí Minh"),
    ("Sài Gòn", "Hồ Chí Minh"), ("Ðà Nẵng", "Đà Nẵng"), ("Đắc Lắc", "Đắk Lắk"),
    ("5 tỉnh (Hà Nội, Lào Cai, Hải Phòng, Quảng Ninh, Vân Nam)", "Hà Nội"),
])
def test_bare_province_names(text, name):
    found = find_places(text)
    assert found and found[0].candidates[0].name == name and found[0].candidates[0].is_province
    assert found[0].level_word is None


def test_ambiguous_district_gives_all_candidates():
    (m,) = find_places("huyện Châu Thành")
    assert len(m.candidates) == 10 and len({p.province for p in m.candidates}) == 10


def test_seed_articles_contain_their_pairs():
    gold = json.loads((ROOT / "tests" / "seeds-gold.json").read_text(encoding="utf-8"))
    for article in gold["articles"]:
        text = (SEEDS / article["file"]).read_text(encoding="utf-8")
        found = {m.candidates[0].province for m in find_places(text)}
        assert set(article["pair"]) <= found, article["file"]


# --- machinery ------------------------------------------------------------------------------

def test_fast_fold_is_fold():
    letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđĐÐ"
    sample = letters + letters.upper() + " “Lào Cai” – Hà Nội… 1/7/2025\u00a0x"
    assert fast_fold(sample) == fold(sample)
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert fast_fold(text) == fold(text)
    odd = "東京 İstanbul x\u0301"
    assert len(fast_fold(odd)) == len(odd)
    assert [c.isalnum() for c in fast_fold(odd)] == [c.isalnum() for c in odd]


def test_split_level():
    assert split_level("TP.HCM") == ("thành phố", "hcm")
    assert split_level("Thủ đô Viêng Chăn") == ("thành phố", "vieng chan")
    assert split_level("Tĩnh Gia") == (None, "tinh gia")
    assert split_level("tinh gia", strict=False) == ("tỉnh", "gia")


def test_a_ward_of_2025_named_longer_than_a_district():
    # "phường Quy Nhơn Nam" is a ward of 2025, not the city Quy Nhơn followed by a word
    (m,) = find_places("Đoàn phường Quy Nhơn Nam sang thăm.")
    assert (m.surface, m.level_word) == ("phường Quy Nhơn Nam", "phường")
    assert {(p.name, p.province, p.province_2025) for p in m.candidates} == {("Quy Nhơn Nam", "Bình Định", "Gia Lai")}
    # the district's name alone after phường is still the district's ward
    (m,) = find_places("Đoàn phường Quy Nhơn sang thăm.")
    assert m.surface == "phường Quy Nhơn" and m.candidates[0].province == "Bình Định"


def test_a_capitalised_level_word_is_not_the_start_of_a_namesake():
    # "Tỉnh Tây Ninh" at a sentence start: not the Chinese city Tĩnh Tây followed by "Ninh"
    found = find_places("Đoàn đã về nước. Tỉnh Tây Ninh cam kết hỗ trợ.")
    assert [(m.surface, m.candidates[0].name) for m in found] == [("Tỉnh Tây Ninh", "Tây Ninh")]
    # the city itself, after its level word
    (m,) = find_places("Đoàn thành phố Tĩnh Tây sang thăm.")
    assert m.candidates[0].name == "Tĩnh Tây" and m.candidates[0].country == "Trung Quốc"


@pytest.mark.parametrize("written, province", [
    ("huyện Tam Dương", "Vĩnh Phúc"), ("huyện Tam Đường", "Lai Châu"),
    ("huyện Thạnh Trị", "Sóc Trăng"), ("huyện Thanh Trì", "Hà Nội"),
])
def test_names_alike_but_for_accents_follow_the_accents_written(written, province):
    (m,) = find_places("Đoàn " + written + " sang thăm.")
    assert m.candidates[0].province == province and len({c.province for c in m.candidates}) == 2


@pytest.mark.parametrize("text, province", [
    ("an táng tại nghĩa trang huyện Bình Liêu, Quảng Ninh.", "Quảng Ninh"),
    ("đoàn công tác huyện Kỳ Sơn, Hòa Bình", "Hòa Bình"),
])
def test_a_districts_own_province_after_it_is_its_address(text, province):
    # huyện Quảng Ninh (Quảng Bình) and huyện Hòa Bình (Bạc Liêu) exist, but after a district of the province
    # of that name the bare name is its address, not another district carried on from "huyện" (meta30)
    got = mentions(text)
    assert got[-1][1:] == (None, province, "tỉnh"), got


def test_a_list_of_districts_still_carries_its_level():
    # two districts of one province listed: the level word carries on (the address rule needs the province)
    assert [g[1:] for g in mentions("các huyện Lệ Thủy, Quảng Ninh và Bố Trạch")] == [
        ("huyện", "Lệ Thủy", "huyện"), ("huyện", "Quảng Ninh", "huyện"), ("huyện", "Bố Trạch", "huyện")]
