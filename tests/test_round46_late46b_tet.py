"""Round 46 (late46b): the Tết named with a dash before its year ("Tết Nguyên đán Bính Ngọ -2026") is the numbered
spring (year_names); the review of the year before told at that Tết's greeting does not veto the Tết's year
(year_only_told.without_review_before_spring). Sentences written for these tests, none copied from a page.
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none

# --- the Tết greeting's year ----------------------------------------------------------------------------------

TET_HEAD = "Công an tỉnh Savannakhet thăm, chúc Tết Công an tỉnh Quảng Trị\n\n"


def _tet(occasion: str, body: str) -> dict:
    main = main_or_none(TET_HEAD + f"Nhân dịp {occasion}, Đoàn đại biểu Công an tỉnh Savannakhet đã sang thăm, "
                        "chúc Tết Công an tỉnh Quảng Trị.\n\n" + body + "\n")
    assert main is not None
    return main


REVIEW_2025 = "Tại buổi gặp mặt, hai bên thông tin kết quả phối hợp công tác năm 2025."


@pytest.mark.parametrize("occasion", ["Tết Nguyên đán Bính Ngọ -2026", "Tết Nguyên đán Bính Ngọ - 2026",
                                      "Tết Nguyên đán Bính Ngọ 2026", "Xuân Bính Ngọ – 2026"])
def test_a_tet_greeting_with_last_years_review_takes_the_tets_year(occasion):
    main = _tet(occasion, REVIEW_2025)
    assert (main["date"], main["precision"]) == ("2026", "year"), main


@pytest.mark.parametrize("occasion, body", [
    # the Tết named by its lunar name only: no number, no year for an undated page
    ("Tết Nguyên đán Bính Ngọ", REVIEW_2025),
    # a review of another year than the one before
    ("Tết Nguyên đán Bính Ngọ 2026", "Tại buổi gặp mặt, hai bên thông tin kết quả phối hợp công tác năm 2023."),
])
def test_a_tet_greeting_stays_undated_without_a_written_year_or_with_an_older_review(occasion, body):
    main = _tet(occasion, body)
    assert main["precision"] != "year" or main["date"] != "2026", main
    assert not str(main["date"] or "").startswith("2025"), main
