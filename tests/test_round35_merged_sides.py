"""Round 35 (late35b): after the merger of July 2025 a page names its province by the name of 2025
and, beside it, a commune or district of another old part of that province (where the occasion is,
even when no word of place stands before it): the two are one side, the old part's
(:mod:`hoptac.core.extract.partner_merged_sides`); a list of the foreign side's provinces that a
line of attendance introduces ("Về phía bạn có … lãnh đạo các tỉnh A, B") are its parties
(:mod:`hoptac.core.extract.partner_lists`). Sentences written for the test (names, days and
wording are ours)."""

from __future__ import annotations

from extract_support import main_event


def _page(headline: str, lead: str, body: str, stamp: str | None = "Thứ Sáu, 12/09/2025 09:10") -> str:
    stamp = f"\n{stamp}\n" if stamp else ""
    return f"{headline}\n{stamp}\n{lead}\n{body}\n"


_GUESTS = ("Về phía nước bạn có Thiếu tướng Sok Dara, cùng lãnh đạo các tỉnh Svay Rieng, Kampot.\n"
           "Buổi lễ diễn ra trang trọng, xúc động.")


def _handover(lead_place: str, stamp: str | None = "Thứ Sáu, 12/09/2025 09:10", body: str = _GUESTS) -> dict:
    return main_event(_page("Tây Ninh tiếp nhận hài cốt liệt sĩ từ Campuchia",
                            f"Sáng 11/9, {lead_place}, Ban Chỉ đạo tỉnh Tây Ninh tổ chức lễ tiếp nhận 20 hài cốt "
                            "liệt sĩ hy sinh tại Campuchia.", body, stamp))


def test_a_commune_of_the_other_old_part_beside_the_province_of_2025_is_one_side():
    # xã Hưng Điền is Long An's; the Tây Ninh of September 2025 holds old Long An
    e = _handover("tại Cửa khẩu Hưng Điền, xã Hưng Điền")
    assert "Tây Ninh" not in e["pair"] and "Long An" in e["pair"]


def test_the_foreign_side_listed_after_a_line_of_attendance():
    e = _handover("tại Cửa khẩu Hưng Điền, xã Hưng Điền")
    assert e["pair"] == ["Long An", "Svay Rieng"]
    assert sorted(p["province"] for p in e["parties"]) == ["Kampot", "Long An", "Svay Rieng"]


def test_a_page_of_before_the_merger_keeps_both_provinces():
    e = _handover("tại Cửa khẩu Hưng Điền, xã Hưng Điền", stamp="Thứ Sáu, 12/09/2024 09:10")
    assert "Tây Ninh" in e["pair"]


def test_a_commune_of_the_part_that_kept_the_name_changes_nothing():
    e = _handover("tại Cửa khẩu Xa Mát, xã Tân Biên")
    assert "Long An" not in e["pair"]


def test_no_line_of_attendance_no_listed_side():
    # a list told as background adds no party
    e = _handover("tại Cửa khẩu Hưng Điền, xã Hưng Điền",
                  body="Trước đây, đội quy tập đã làm việc tại các tỉnh Svay Rieng, Kampot.\n"
                       "Buổi lễ diễn ra trang trọng, xúc động.")
    assert "Kampot" not in [p["province"] for p in e["parties"]]


def test_units_of_two_old_parts_in_the_lead_change_nothing():
    e = _handover("tại xã Hưng Điền và xã Tân Biên")
    assert "Tây Ninh" in e["pair"]


def test_the_old_name_the_unit_did_not_keep_is_not_read_as_a_part():
    # "Long An" is no name of 2025: a commune of old Tây Ninh beside it is not folded into it
    e = main_event(_page("Long An tiếp nhận hài cốt liệt sĩ từ Campuchia",
                         "Sáng 11/9, tại Cửa khẩu Xa Mát, xã Tân Biên, Ban Chỉ đạo tỉnh Long An (cũ) tổ chức lễ "
                         "tiếp nhận 20 hài cốt liệt sĩ hy sinh tại Campuchia.", _GUESTS))
    assert "Long An" in e["pair"] and "Tây Ninh" in e["pair"]
