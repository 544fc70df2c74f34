"""Round 40 (late40d): the ward that seats a merged province of 2025 in an old part whose name the
province did not keep ("phường Đồng Hới", the seat of the Quảng Trị of 2025, in old Quảng Bình) is the
province's own place: an occasion its bodies hold there is the province's, named as written
(:mod:`hoptac.core.extract.province_seats`). Every other commune of that old part still makes the
occasion the old part's (round 27's venue parts). Sentences written for the test (names, days and
wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

from hoptac.core.extract.province_seats import SEATS, is_seat
from hoptac.core.places import find_places


def _page(lead: str, stamp: str | None = None) -> str:
    stamp = f"{stamp}\n\n" if stamp else ""
    return (f"{stamp}{lead}\n\nHội nghị nhằm nâng cao nhận thức pháp luật cho người có uy tín ở khu vực "
            "biên giới hai nước.\n")


def _border_meeting(where: str, stamp: str | None = None) -> dict:
    return main_event(_page(f"Ngày 12/3, tại {where}, Bộ Chỉ huy Bộ đội Biên phòng tỉnh khai mạc hội nghị "
                            "tập huấn cho già làng, trưởng bản hai bên biên giới, với sự tham dự của đại diện "
                            "Bộ Chỉ huy Quân sự tỉnh Khăm Muộn (Lào).", stamp))


def _aid(where: str, stamp: str | None = "Thứ ba - 09/12/2025 10:15") -> dict:
    return main_event(f"TP Cần Thơ hỗ trợ tỉnh Quảng Trị khắc phục hậu quả mưa lũ\n\n{stamp}\n\n"
                      f"Sáng 8/12, {where}, đoàn công tác TP Cần Thơ đã thăm hỏi và trao 2 tỷ đồng hỗ trợ "
                      "tỉnh Quảng Trị khắc phục hậu quả mưa lũ.\nLãnh đạo tỉnh cảm ơn sự chia sẻ của đoàn.\n")


def test_every_seat_is_a_ward_of_2025_of_its_old_part():
    for unit, (ward, old) in SEATS.items():
        found = [c for m in find_places(f"phường {ward}, tỉnh {unit}") for c in m.candidates
                 if c.level == "phường" and c.name == ward]
        assert any(is_seat(c) and c.province == old and c.province_2025 == unit for c in found), unit


def test_a_meeting_at_the_seat_is_the_province_of_2025s():
    e = _border_meeting("phường Đồng Hới, tỉnh Quảng Trị")
    assert "Quảng Trị" in e["pair"] and "Quảng Bình" not in e["pair"]


def test_a_meeting_at_the_seat_on_a_stamped_page():
    e = _border_meeting("phường Đồng Hới, tỉnh Quảng Trị", "Thứ sáu - 13/03/2026 09:20")
    assert "Quảng Trị" in e["pair"] and "Quảng Bình" not in e["pair"]


def test_aid_received_at_the_seat():
    assert _aid("tại phường Đồng Hới, tỉnh Quảng Trị")["pair"] == ["Cần Thơ", "Quảng Trị"]


def test_another_seat_of_the_table():
    e = main_event(_page("Ngày 5/3, tại phường Long An, tỉnh Tây Ninh, UBND tỉnh tiếp đoàn đại biểu tỉnh "
                         "Svay Rieng (Campuchia) sang thăm và làm việc."))
    assert "Tây Ninh" in e["pair"] and "Long An" not in e["pair"]


# counter-examples: what stays as before

def test_another_commune_of_that_old_part_is_still_its_own():
    assert _aid("tại xã Bố Trạch, tỉnh Quảng Trị")["pair"] == ["Cần Thơ", "Quảng Bình"]


def test_a_meeting_in_another_ward_of_the_old_part():
    e = _border_meeting("phường Đồng Thuận, tỉnh Quảng Trị", "Thứ sáu - 13/03/2026 09:20")
    assert "Quảng Bình" in e["pair"]


@pytest.mark.parametrize("ward,old", [("Đông Hà", "Quảng Trị"), ("Bố Trạch", "Quảng Bình")])
def test_no_other_ward_is_a_seat(ward, old):
    assert not any(is_seat(c) for m in find_places(f"phường {ward}, tỉnh Quảng Trị") for c in m.candidates)
