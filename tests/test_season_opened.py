"""A season or a school year of two running years that the dated day opens (core/extract/season_opened.py,
round 35 late35c): an occasion of July-December is in the span's first year; no cue otherwise. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.season_opened import SEASON_SHAPES

from extract_support import first_main

_REST = "\n\nTỉnh Quảng Ninh và thành phố Bắc Hải (Trung Quốc) thống nhất tăng cường hợp tác du lịch.\n"


def _main_date(lead: str) -> str:
    return first_main(lead + _REST)["date"]


@pytest.mark.parametrize("name,lead,year", SEASON_SHAPES)
def test_every_shape_of_the_table(name, lead, year):
    date = _main_date(lead)
    assert date.startswith(f"{year}-") if year else date.startswith("--"), name


@pytest.mark.parametrize("lead", [
    # two spans: which is the occasion's?
    "Sáng 14/11, cảng A mở màn cho mùa du lịch 2031–2032, sau mùa 2030–2031 có 9 chuyến tàu.",
    # January-June: the day may close a season, or belong to one opened the year before
    "Sáng 10/4, cảng A đón tàu đầu tiên, mở màn cho mùa du lịch 2031–2032.",
    # a season told in passing, not opened on the day
    "Sáng 14/11, cảng A đón 2.000 du khách trong mùa du lịch tàu biển 2031–2032.",
])
def test_no_year_where_the_season_does_not_date_the_day(lead):
    assert _main_date(lead).startswith("--")
