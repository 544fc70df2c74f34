"""Round 36 (fold36): the one reader of a season's span "Y–(Y+1)" (:mod:`hoptac.core.extract.season_spans`) that
season_opened (late35c) and the dry season of year_shapes / season_signed (late35b) share. Sentences are our own."""

from __future__ import annotations

import re

import pytest

from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.season_spans import SEASON_SPANS, SPAN_WORDS, dry_season_spans, running, running_spans
from hoptac.core.text import fold


@pytest.mark.parametrize("name, pattern, example", SEASON_SPANS)
def test_each_rows_example_is_read_by_its_pattern(name, pattern, example):
    folded = fold(example)
    if name == "running_years":
        assert re.fullmatch(pattern, folded)
    else:   # the season's words stand right before the years
        assert re.match(pattern + SPAN_WORDS["running_years"], folded)


@pytest.mark.parametrize("first, last, want", [(2031, 2032, True), (2031, 2033, False), (2032, 2031, False),
                                               (None, 2032, False), (2031, None, False)])
def test_running_years_are_a_year_and_the_next(first, last, want):
    assert running(first, last) is want


@pytest.mark.parametrize("words, years", [
    ("mùa du lịch tàu biển 2031–2032", [("2031", "2032")]),
    ("mùa giải 2031/2032 và năm học 2031 - 2032", [("2031", "2032"), ("2031", "2032")]),
    ("giai đoạn 2031-2035", []),       # a period of several years, not a season
    ("mã số 120311-2032", []),         # not a year: a longer number
])
def test_running_spans(words, years):
    folded = fold(words)
    assert [m.groups() for m in running_spans(folded, 0, len(folded))] == years


@pytest.mark.parametrize("sentence, read", [
    ("Mùa khô 2026-2027, đội quy tập đã cất bốc được 12 hài cốt liệt sĩ.", True),
    ("Hai tỉnh ký văn bản phối hợp tìm kiếm hài cốt liệt sĩ mùa khô năm 2026-2027.", True),
    ("Hai đội chuẩn bị cho mùa khô 2026-2027.", False),       # a season ahead: "cho mùa khô"
    ("Từ mùa khô 2016-2017 đến nay, đội đã cất bốc 80 hài cốt.", False),   # a period it starts
    ("Mùa mưa 2026-2027 đến sớm.", False),                    # not a dry season
])
def test_dry_season_spans(sentence, read):
    got = list(dry_season_spans(sentence, find_dates(sentence)))
    assert bool(got) is read
    if read:
        m, at, before = got[0]
        assert (m.year, m.end_year) == (2026, 2027)
        assert fold(sentence[at:]).startswith("mua kho")
        assert before == fold(sentence[:at])   # the sentence's words before the season's noun
