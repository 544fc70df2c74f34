"""Round 42 (late42d): misses of real pages never seen before (veterans42b, highland42b), fixed as general shapes.

Every sentence here is our own."""

from __future__ import annotations

import pytest
from extract_support import first_provinces as _provinces, main_event as _main


# -- a military unit named after a province is no party (veterans42b 12) --------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Cựu chiến binh Tiểu đoàn 1 Long An thăm tỉnh Hà Nam.", ["Hà Nam"]),
    ("Các cựu binh Trung đoàn 4 Hà Tĩnh về thăm tỉnh Nam Định.", ["Nam Định"]),
    ("Ông từng chiến đấu trong Sư đoàn 9 Bình Phước.", []),
    ("Đoàn cựu chiến binh Tiểu đoàn Kon Tum về thăm chiến trường xưa.", []),
])
def test_a_unit_named_after_a_province_is_no_place(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


@pytest.mark.parametrize("text, want", [
    # a level word keeps the place; so does a delegation with no unit word
    ("Tiểu đoàn 1 tỉnh Long An tham gia diễn tập.", ["Long An"]),
    ("Tiểu đoàn 1, Bộ CHQS tỉnh Long An tham gia diễn tập.", ["Long An"]),
    ("Đoàn cựu chiến binh Quảng Trị thăm Hà Nội.", ["Quảng Trị", "Hà Nội"]),
])
def test_a_level_word_or_no_unit_word_keeps_the_place(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


def test_veterans_of_a_battalion_visiting_beside_a_province_delegation() -> None:
    text = ("Chiều 14/4, Bộ CHQS tỉnh Hà Nam gặp mặt Đoàn cựu chiến binh Tiểu đoàn 1 Long An và Đoàn cựu chiến binh "
            "tỉnh Nam Định thăm lại chiến trường xưa tại tỉnh Hà Nam.\n"
            "Đại tá A tặng quà các đoàn cựu chiến binh.\n")
    main = _main(text)
    assert sorted(p["province"] for p in main["parties"]) == ["Hà Nam", "Nam Định"]
    assert main["type"] == "visit"


# -- a host that "gặp mặt" a delegation receives it, as "gặp gỡ đoàn" (veterans42b 12) -------------------------------

@pytest.mark.parametrize("text, want", [
    ("Sáng 14/4, Bộ Chỉ huy Quân sự tỉnh Hà Nam gặp mặt đoàn cựu chiến binh tỉnh Nam Định về thăm.", "visit"),
    # the youth union's members or the union itself: no delegation received, a meeting
    ("Sáng 14/4, Tỉnh đoàn Hà Nam gặp mặt đoàn viên thanh niên tỉnh Nam Định.", "conference"),
    ("Sáng 14/4, Bí thư tỉnh Hà Nam gặp mặt Đoàn Thanh niên tỉnh Nam Định.", "conference"),
    ("Sáng 14/4, Bí thư tỉnh Hà Nam gặp gỡ đoàn viên tỉnh Nam Định.", "conference"),
    # a delegation that meets another holds a meeting
    ("Sáng 14/4, Đoàn đại biểu tỉnh Hà Nam gặp mặt đoàn đại biểu tỉnh Nam Định.", "conference"),
])
def test_a_host_meeting_a_delegation(text: str, want: str) -> None:
    assert _main(text)["type"] == want


# -- both sides agreeing "đồng ý để" is no one side's approval (veterans42b 05) --------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Ngày 5/3, hai bên đã đồng ý để các xã biên giới của tỉnh Nghệ An và tỉnh Hủa Phăn kết nghĩa.", "signing"),
    ("Hội Cựu chiến binh hai tỉnh sẽ phối hợp tuyên truyền. Hai bên đồng ý để Hội Cựu chiến binh các huyện biên giới "
     "kết nghĩa, giúp đỡ nhau giữa tỉnh Nghệ An và tỉnh Hủa Phăn.", "signing"),
    # one authority's approval stays the announcement
    ("Ngày 5/3, UBND tỉnh Nghệ An đồng ý để huyện Kỳ Sơn thiết lập quan hệ hữu nghị với huyện Mường Quan (Hủa Phăn).",
     "announcement"),
    ("Ngày 5/3, tỉnh Nghệ An đồng ý để tỉnh Hủa Phăn cử học sinh sang học.", "announcement"),
])
def test_both_sides_agreeing_is_no_approval(text: str, want: str) -> None:
    assert _main(text)["type"] == want
