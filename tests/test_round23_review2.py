"""Round 23 review, second pass (review23b): misfires of the rules merged after review23's base (typewide23d,
type23c, pairwide23, pairwide23b), shown with sentences written for this test (no page's own words), and the shapes
the rules were written for, kept (docs/accuracy.md, "review23b").
"""

from __future__ import annotations

from extract_support import main_or_none as _main
from hoptac.core.places import find_places


def _event(head: str, lead: str, *body: str) -> dict:
    return _main(head + "\n\n" + lead + "\n" + "".join("\n" + b + "\n" for b in body))


_HEAD = "Hai địa phương tăng cường hợp tác"


# --- type_tribute_greetings: "đến dâng hương … và chúc mừng" is a greeting of the partner, the visit; a tribute
# told after ";" as a step before the sentence's own occasion (a joint ceremony) leaves that occasion the type.
def test_a_tribute_after_a_semicolon_is_no_greeting_trip():
    lead = ("Ngày 27/7, tỉnh Hà Tĩnh và tỉnh Bolikhamxay tổ chức lễ tưởng niệm; trước đó các đại biểu đến dâng "
            "hương tại Nghĩa trang và chúc mừng lực lượng vũ trang.")
    assert _event(_HEAD, lead)["type"] == "other"


def test_the_tribute_and_greeting_trip_stays_a_visit():
    lead = ("Ngày 2/12, đoàn đại biểu huyện Kỳ Sơn sang dâng hoa tại tượng đài Kaysone Phomvihane và chúc mừng "
            "huyện Mường Quắn.")
    assert _event(_HEAD, lead)["type"] == "visit"


# --- year_names: the lunar year's stem and branch as written; the old placement of the mark ("Qúy") is the stem.
def test_a_lunar_year_written_with_the_old_mark_placement():
    lead = "Sáng 2/2, tỉnh Hà Giang gặp mặt đoàn đại biểu tỉnh Vân Nam nhân dịp đầu xuân Qúy Mão."
    assert _event("Gặp mặt đầu xuân", lead)["date"] == "2023-02-02"


def test_a_name_that_is_no_lunar_year_still_gives_none():
    lead = "Sáng 2/2, tỉnh Hà Giang gặp mặt đoàn đại biểu tỉnh Vân Nam do ông Xuân Tân dẫn đầu."
    assert _event("Gặp mặt đầu xuân", lead)["date"] == "--02-02"


# --- places_numbered: "quận 1, 5 doanh nghiệp" is a district and a count, not two districts; a list stays a list,
# a verb after it too ("tổ chức", "hỗ trợ": syllables that are no count).
def _numbered(text: str) -> list[str]:
    return [m.candidates[0].name for m in find_places(text) if m.candidates and m.candidates[0].name.startswith("Quận")]


def test_a_district_then_a_count_is_one_district():
    assert _numbered("Tại quận 1, 5 doanh nghiệp được khen thưởng.") == ["Quận 1"]
    assert _numbered("Trong năm, quận 3, 4 trường học đạt chuẩn.") == ["Quận 3"]
    assert _numbered("Tại quận 7, 8 giờ sáng cùng ngày, lễ ra quân diễn ra.") == ["Quận 7"]


def test_numbered_lists_stay_lists():
    assert _numbered("Công an các quận 1, 3 ký kết quy chế.") == ["Quận 1", "Quận 3"]
    assert _numbered("Công an quận 1, 3 và 10 ký kết quy chế.") == ["Quận 1", "Quận 3", "Quận 10"]
    assert _numbered("Đoàn làm việc tại Quận 4, 7, 8.") == ["Quận 4", "Quận 7", "Quận 8"]
    assert _numbered("Công an quận 1, 3 ký kết quy chế.") == ["Quận 1", "Quận 3"]
    assert _numbered("UBND các quận 5, 6 tổ chức hội nghị.") == ["Quận 5", "Quận 6"]


# --- partner_units "giữa … các quận/huyện": one body of each unit listed after "giữa"; a place joined before the
# list by "với"/"và" is itself a side.
def test_giua_a_place_and_the_listed_units_keeps_the_place():
    lead = "Ngày 5/6, thành phố Đà Lạt ký kết giao ước thi đua giữa thành phố với các huyện Lạc Dương, Đơn Dương."
    names = [p["name"] for p in _event("Hai địa phương ký kết", lead)["parties"]]
    assert "Đà Lạt" in names


def test_giua_the_bodies_of_listed_units_stays_read():
    lead = "Ngày 5/6, ký kết quy chế phối hợp giữa Công an các quận 1, 3 và Bình Thạnh."
    names = [p["name"] for p in _event("Hai địa phương ký kết", lead)["parties"]]
    assert names[:2] == ["Quận 1", "Quận 3"]
