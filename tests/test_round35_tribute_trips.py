"""Round 35 (late35b): one side's delegation that goes to pay tribute in the other side's province is on a
trip, a visit (:mod:`hoptac.core.extract.type_tribute_trips`). Sentences written for the test (names, days
and wording are ours)."""

from __future__ import annotations

from extract_support import main_event


def _page(headline: str, lead: str) -> str:
    return (f"{headline}\n\nThứ Bảy, 13/04/2024 08:30\n\n{lead}\n"
            "Đoàn đã thắp hương tưởng nhớ các anh hùng liệt sĩ đã hy sinh vì độc lập của Tổ quốc.\n"
            "Cùng ngày, đoàn cũng đến viếng Nghĩa trang liệt sĩ Đường 9, TP Đông Hà, tỉnh Quảng Trị.\n")


def test_a_district_goes_to_pay_tribute_in_another_province():
    e = main_event(_page("Huyện Phú Ninh tri ân các anh hùng liệt sĩ",
                         "Ngày 12/4, lãnh đạo huyện Phú Ninh (tỉnh Quảng Nam) đã đến dâng hoa, dâng hương tại "
                         "Nghĩa trang liệt sĩ Trường Sơn (tỉnh Quảng Trị), nhân kỷ niệm Ngày Giải phóng miền Nam."))
    assert sorted(e["pair"]) == ["Quảng Nam", "Quảng Trị"]
    assert e["type"] == "visit"


def test_the_other_side_as_company_is_no_venue():
    e = main_event(_page("Quảng Nam – Quảng Trị tri ân các anh hùng liệt sĩ",
                         "Ngày 12/4, lãnh đạo huyện Gio Linh (tỉnh Quảng Trị) đã đến dâng hương tại Nghĩa trang "
                         "liệt sĩ Trường Sơn cùng lãnh đạo tỉnh Quảng Nam."))
    assert e["type"] == "other"


def test_both_sides_before_the_verb_stay_a_joint_rite():
    e = main_event(_page("Quảng Nam – Quảng Trị tri ân các anh hùng liệt sĩ",
                         "Ngày 12/4, lãnh đạo tỉnh Quảng Nam và tỉnh Quảng Trị đã đến dâng hương tại Nghĩa trang "
                         "liệt sĩ Trường Sơn (tỉnh Quảng Trị)."))
    assert e["type"] == "other"


def test_no_verb_of_going_is_the_same_trip():
    # round 35 kept this 'other' (no verb of going); round 36 (type36, type_travellers.tribute_here) reads the rite
    # alone as the trip where the subject is of one side and the venue of the other: real leads of new sites tell
    # such trips with the rite only ("lãnh đạo tỉnh A viếng hương Nghĩa trang … (tỉnh B)")
    e = main_event(_page("Huyện Phú Ninh tri ân các anh hùng liệt sĩ",
                         "Ngày 12/4, lãnh đạo huyện Phú Ninh (tỉnh Quảng Nam) dâng hương tại Nghĩa trang liệt sĩ "
                         "Trường Sơn (tỉnh Quảng Trị)."))
    assert e["type"] == "visit"


def test_no_verb_of_going_at_home_stays_the_rite():
    e = main_event(_page("Huyện Gio Linh tri ân các anh hùng liệt sĩ",
                         "Ngày 12/4, lãnh đạo huyện Gio Linh (tỉnh Quảng Trị) dâng hương tại Nghĩa trang liệt sĩ "
                         "Trường Sơn (tỉnh Quảng Trị) cùng lãnh đạo tỉnh Quảng Nam."))
    assert e["type"] == "other"
