"""A dry season's year read through an abbreviated level inside its sentence ("Bộ Chỉ huy Quân sự TP.HCM đã
… quy tập", "Đội K52 (H. Sê Pôn) đã cất bốc"): the dot of "TP.", "TX.", "H.", "Q." ends no sentence there
(year_shapes._FOUND; meta30: found by swapping a page's province for TP.HCM)."""

from __future__ import annotations

import pytest

from extract_support import main_or_none

HEAD = "Tiếp nhận hài cốt liệt sĩ hy sinh tại Lào\n\n"
LEAD = ("Sáng nay (14/6), tại cửa khẩu quốc tế Bờ Y, tỉnh Kon Tum và tỉnh Attapư (Lào) tổ chức lễ tiếp nhận "
        "hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.\n")


@pytest.mark.parametrize("unit", ["Bộ Chỉ huy Quân sự TP.HCM", "Bộ Chỉ huy Quân sự TP. Cần Thơ",
                                  "Đội quy tập của H. Sa Thầy", "Bộ Chỉ huy Quân sự tỉnh Kon Tum"])
def test_the_season_names_the_year_through_an_abbreviation(unit):
    body = f"Mùa khô 2024 – 2025, {unit} đã nỗ lực tìm kiếm, quy tập được 9 hài cốt liệt sĩ.\n"
    main = main_or_none(HEAD + LEAD + body)
    assert main is not None and main["date"] == "2025-06-14", main
