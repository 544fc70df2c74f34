"""Vietnamese localities with regions and cities of Europe, the Americas and Oceania (round 20, set
west20), in sentences written for these tests (none is copied from a page): a signing the parties
work towards ("xúc tiến ký …", "nghiên cứu ký kết", "chuẩn bị cho lễ ký kết") is no signing; two
localities that sign at a forum of many localities (a decentralised cooperation conference, a
local cooperation forum) hold a signing, not the forum; and on a page that dates nothing, the body's
own sentences tell its occasion before a photo's caption does."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_forum import forum_frame
from hoptac.core.places import find_places
from hoptac.core.text import fold

from extract_support import main_event


def provinces(ev: dict) -> list[str]:
    return sorted(p["province"] for p in ev["parties"])


# --- a signing to come is no signing ----------------------------------------------------------------

@pytest.mark.parametrize("headline", [
    "Thành phố Cần Thơ xúc tiến ký thỏa thuận hợp tác với bang Victoria",
    "Thành phố Cần Thơ xúc tiến việc ký kết hợp tác với bang Victoria",
    "Cần Thơ và bang Victoria nghiên cứu ký kết thiết lập quan hệ hữu nghị",
])
def test_a_headline_that_prepares_a_signing_leaves_the_reception_a_visit(headline):
    ev = main_event(headline + "\nSáng 12/3/2024, Chủ tịch UBND thành phố Cần Thơ tiếp đoàn đại biểu bang "
                    "Victoria (Australia).\n")
    assert (ev["date"], ev["type"]) == ("2024-03-12", "visit")
    assert provinces(ev) == ["Cần Thơ", "Victoria"]


def test_a_headline_that_reports_the_signing_still_makes_it_one():
    ev = main_event("Thành phố Cần Thơ ký thỏa thuận hợp tác với bang Victoria\nSáng 12/3/2024, Chủ tịch UBND "
                    "thành phố Cần Thơ tiếp đoàn đại biểu bang Victoria (Australia).\n")
    assert ev["type"] == "signing"


def test_a_meeting_that_prepares_the_signing_is_no_signing():
    ev = main_event("Hai địa phương tăng cường hợp tác\nSáng 12/3/2024, lãnh đạo thành phố Cần Thơ và bang "
                    "Victoria (Australia) họp chuẩn bị cho lễ ký kết thỏa thuận hợp tác.\n")
    assert ev["type"] != "signing"


# --- a signing at a forum of many localities --------------------------------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Ngày 14/4/2023, tại Hội nghị hợp tác giữa các địa phương Việt Nam – Pháp lần thứ 12, tỉnh Hải Dương và "
     "tỉnh Seine-Saint-Denis (Pháp) đã ký kết bản ghi nhớ hợp tác.", ["Hải Dương", "Seine-Saint-Denis"]),
    ("Sáng 5/6/2024, bên lề Diễn đàn hợp tác địa phương Việt Nam – Nhật Bản, tỉnh Quảng Bình đã ký kết thỏa "
     "thuận hợp tác với tỉnh Gunma (Nhật Bản).", ["Gunma", "Quảng Bình"]),
])
def test_two_localities_that_sign_at_a_forum_of_many_hold_a_signing(lead, want):
    ev = main_event("Hai địa phương tăng cường hợp tác\n" + lead + "\n")
    assert ev["type"] == "signing"
    assert provinces(ev) == want


@pytest.mark.parametrize("lead, want", [
    # the pair's own conference: no "địa phương" in its name, the meeting stays (the corpus convention)
    ("Sáng 10/5/2024, tại Hội nghị sơ kết hợp tác giữa hai tỉnh, lãnh đạo tỉnh Quảng Nam và tỉnh Sê Kông (Lào) "
     "đã ký kết biên bản hợp tác năm 2024.", "conference"),
    # the forum's own business after the setting: no signing, the forum
    ("Ngày 14/4/2023, tại Hội nghị hợp tác giữa các địa phương Việt Nam – Pháp lần thứ 12, đại biểu tỉnh Hải "
     "Dương và tỉnh Seine-Saint-Denis (Pháp) đã thảo luận về hợp tác y tế.", "conference"),
])
def test_the_pairs_own_conference_and_a_forum_without_a_signing_stay_meetings(lead, want):
    assert main_event("Hai địa phương tăng cường hợp tác\n" + lead + "\n")["type"] == want


@pytest.mark.parametrize("clause, framed", [
    ("tai hoi nghi hop tac giua cac dia phuong viet nam va phap lan thu 12, tinh a va tinh b da ky ket", True),
    ("ngay 14/4, tai hoi nghi hop tac giua cac dia phuong viet nam - phap, tinh a ky ket", True),
    ("ben le dien dan hop tac dia phuong viet nam - nhat ban, tinh a ky ket thoa thuan", True),
    ("tai hoi nghi, hai tinh da ky ket bien ban", False),
    ("tai hoi nghi so ket hop tac giua hai tinh, lanh dao hai tinh ky ket", False),
    ("tinh a va tinh b da ky ket tai hoi nghi hop tac giua cac dia phuong", False),
])
def test_the_forum_frame_is_a_setting_at_the_clause_start(clause, framed):
    assert (forum_frame(fold(clause)) is not None) is framed


# --- a page that dates nothing: the body before the captions ----------------------------------------

_UNDATED = ("Lào Cai và Nouvelle-Aquitaine: hợp tác bền chặt\nThứ Ba, 12/09/2023 08:15\n"
            "Quan hệ hợp tác giữa hai địa phương ngày càng tốt đẹp.\n"
            "Chủ tịch UBND tỉnh Lào Cai tiếp xã giao đoàn công tác vùng Nouvelle-Aquitaine (Pháp) đến làm việc "
            "tại tỉnh. Ảnh: Minh Hà\n")


def test_the_body_names_the_occasion_before_a_photo_caption():
    ev = main_event(_UNDATED + "Tại Hội nghị hợp tác giữa các địa phương Việt Nam và Pháp vừa diễn ra tại Hà Nội, "
                    "tỉnh Lào Cai và vùng Nouvelle-Aquitaine đã cùng nhau ký kết bản ghi nhớ hợp tác.\n")
    assert (ev["date"], ev["type"]) == ("2023-09", "signing")
    assert provinces(ev) == ["Lào Cai", "Nouvelle-Aquitaine"]


def test_a_caption_still_names_the_occasion_when_the_body_names_none():
    ev = main_event(_UNDATED + "Hai tỉnh có nhiều tiềm năng hợp tác về du lịch.\n")
    assert ev["type"] == "visit"


# --- Argentina's provinces --------------------------------------------------------------------------

def test_argentine_provinces_are_partners():
    ev = main_event("Thành phố Hồ Chí Minh xúc tiến hợp tác với các tỉnh của Argentina\nSáng 16/11/2022, Chủ tịch "
                    "UBND Thành phố Hồ Chí Minh tiếp đoàn đại biểu tỉnh Cordoba và tỉnh Entre Rios (Argentina).\n")
    assert provinces(ev) == ["Córdoba", "Entre Ríos", "Hồ Chí Minh"]


@pytest.mark.parametrize("sentence, found", [
    # round 29: the capital is a unit of its own, as the capitals of the other countries whose regions are listed
    ("Chiều 5/9, Chủ tịch UBND tỉnh Đồng Nai tiếp đoàn đại biểu thành phố Buenos Aires.", [("Buenos Aires", "Argentina")]),
    ("Đoàn công tác Thủ đô Buenos Aires thăm thành phố Cần Thơ.", [("Buenos Aires", "Argentina")]),
    # counter-example: a declaration named after the city, with no level word, names no partner
    ("Các bên nhắc lại Tuyên bố Buenos Aires về hợp tác Nam - Nam.", []),
])
def test_buenos_aires_with_its_level_word(sentence, found):
    assert [(m.candidates[0].name, m.candidates[0].country) for m in find_places(sentence)
            if m.candidates and m.candidates[0].country != "Việt Nam"] == found


def test_the_steel_works_named_after_an_argentine_province_are_no_partner():
    ev = main_event("Hai địa phương tăng cường hợp tác\nNgày 3/5/2024, đoàn công tác tỉnh Quảng Bình đến thăm Công ty "
                    "Formosa Hà Tĩnh và làm việc với tỉnh Hà Tĩnh.\n")
    assert provinces(ev) == ["Hà Tĩnh", "Quảng Bình"]
