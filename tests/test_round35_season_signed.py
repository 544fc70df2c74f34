"""Round 35 (late35b): a dry season a text of coordination is signed for is the coming one: an
occasion of August to December is in its first year (:mod:`hoptac.core.extract.season_signed`).
Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

from hoptac.core.extract.season_signed import signed_for
from hoptac.core.text import fold


def _page(lead: str) -> str:
    return ("Quảng Trị – Salavan (Lào): phối hợp tìm kiếm hài cốt liệt sĩ\n\n"
            f"{lead}\n"
            "Hai bên đánh giá cao sự phối hợp chặt chẽ của các lực lượng trong những năm qua.\n")


def test_a_season_signed_for_in_september_is_its_first_year():
    e = main_event(_page("Ngày 20/9, UBND tỉnh Quảng Trị cho biết, lãnh đạo tỉnh Quảng Trị và tỉnh Salavan (Lào) "
                         "vừa ký kết văn bản phối hợp tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2021-2022."))
    assert e["date"][:7] == "2021-09"   # (the day told "cho biết … vừa ký kết" may be kept or not: the year is the test)


def test_a_season_signed_for_in_january_gives_no_year():
    e = main_event(_page("Ngày 20/1, UBND tỉnh Quảng Trị cho biết, lãnh đạo tỉnh Quảng Trị và tỉnh Salavan (Lào) "
                         "vừa ký kết văn bản phối hợp tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2021-2022."))
    assert not e["date"].startswith("2021")


def test_remains_handed_over_are_the_season_done():
    e = main_event(_page("Ngày 12/8, tỉnh Quảng Trị và tỉnh Salavan (Lào) ký biên bản bàn giao 30 hài cốt liệt sĩ "
                         "quy tập được trong mùa khô 2021-2022."))
    assert not e["date"].startswith("2021")


@pytest.mark.parametrize("sentence,signed", [
    ("hai tỉnh vừa ký kết văn bản phối hợp tìm kiếm, quy tập hài cốt liệt sĩ ", True),
    ("hai ban chỉ đạo ký biên bản hợp tác tìm kiếm ", True),
    ("hai bên ký biên bản bàn giao 30 hài cốt liệt sĩ do đội phối hợp quy tập ", False),
    ("hai tỉnh phối hợp tìm kiếm, quy tập hài cốt liệt sĩ ", False),
])
def test_signed_for(sentence, signed):
    assert signed_for(fold(sentence)) is signed
