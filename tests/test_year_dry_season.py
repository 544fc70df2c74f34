"""A dry season Y-(Y+1) ("mùa khô", when remains of fallen volunteers are searched for in Laos and Cambodia) told
as done gives a ceremony for what it found, on a day from January to July, the year Y+1 (year_shapes' ``dry_season``;
round 27, data27 22). Sentences written for the test."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_shapes import SHAPES
from extract_support import main_event

HEAD = "Đón nhận hài cốt liệt sĩ hy sinh tại Lào\n\n"


def _lead(day: str) -> str:
    return (f"Ngày {day}, tại Nghĩa trang liệt sĩ tỉnh, UBND tỉnh Nghệ An tổ chức lễ truy điệu và an táng 15 hài "
            "cốt liệt sĩ quân tình nguyện hy sinh tại tỉnh Xiêng Khoảng (Lào).\n")


FOUND = [
    "Mùa khô 2022-2023, được sự giúp đỡ của chính quyền tỉnh bạn, Đội quy tập của tỉnh đã tìm kiếm, cất bốc "
    "được 15 hài cốt liệt sĩ.",
    "Trong mùa khô năm 2022 - 2023, hai tỉnh phối hợp quy tập được 15 hài cốt.",
]


@pytest.mark.parametrize("sentence", FOUND)
def test_a_season_told_done_dates_the_ceremony_after_it(sentence):
    assert [c.year for c in find_year_cues(sentence) if c.name == "dry_season"] == [2023]
    assert main_event(HEAD + _lead("12-4") + sentence + "\n")["date"] == "2023-04-12"
    assert "dry_season" in {s for s, _ in SHAPES}


def test_from_august_on_the_season_gives_no_year():
    # the next season may be starting: the day keeps no year
    assert main_event(HEAD + _lead("20-11") + FOUND[0] + "\n")["date"] == "--11-20"


@pytest.mark.parametrize("sentence", [
    # a season prepared for, or one a period starts from: nothing found in it yet / not the occasion's
    "Hai tỉnh thống nhất kế hoạch chuẩn bị cho mùa khô 2023-2024, phấn đấu tìm kiếm nhiều hài cốt hơn.",
    "Từ mùa khô 2010-2011 đến nay, hai tỉnh đã quy tập được hơn 500 hài cốt liệt sĩ.",
    # a dry season of drought, nothing searched for
    "Mùa khô 2022-2023, hạn hán đã làm thiệt hại hàng nghìn ha lúa của hai huyện.",
])
def test_a_season_ahead_or_a_start_gives_no_cue(sentence):
    assert "dry_season" not in {c.name for c in find_year_cues(sentence)}
