"""Round 32's shortcuts (speed32), each against the form it replaced: the level word read through a
remembered function, a span blanked without a generator, a country's name ending a longer name found by
one str.endswith, the frozen PlaceMention built through its slots."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract.text_masks import masked
from hoptac.core.place_levels import _ABBREVIATIONS, _ACCENTED, LEVEL_WORDS, level_written
from hoptac.core.places import PlaceMention, _gazetteer
from hoptac.core.text import fold


def _masked_before(text: str, spans: list[tuple[int, int]]) -> str:
    """masked as round 31 wrote it."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    n = len(text)
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, n)
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append("\n".join(" " * len(part) for part in text[s:e].split("\n")))
        pos = e
    out.append(text[pos:])
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Lào Cai", " ", "\n", "\n\n", "ký kết", "\u00a0", "\r\n", "."]), max_size=20).map("".join),
       st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=5))
def test_masked_equals_the_generator_form(text, spans):
    spans = [(min(a, b), max(a, b)) for a, b in spans]
    assert masked(text, spans) == _masked_before(text, spans)


def test_masked_keeps_line_breaks_and_offsets():
    text = "Chào mừng\nĐại hội\nNgày 5/3, tỉnh A"
    kept = masked(text, [(0, 17)])
    assert kept == " " * 9 + "\n" + " " * 7 + "\nNgày 5/3, tỉnh A"
    assert len(kept) == len(text)


def _level_before(folded: str, written: str, accented: bool) -> str | None:
    """The level word's reading as Matcher.find wrote it inline before round 32."""
    lk = " ".join(folded.replace(".", " ").split())
    if lk.replace(" ", "") in _ABBREVIATIONS:
        return LEVEL_WORDS[lk.replace(" ", "")]
    if not accented or " ".join(written.lower().split()) in _ACCENTED:
        return LEVEL_WORDS[lk]
    return None


@pytest.mark.parametrize("written", ["tỉnh", "Tỉnh", "TỈNH", "tinh", "thành phố", "Thành  phố", "thanh pho", "TP.", "Tp.",
                                     "tp", "TX.", "huyện", "huyen", "Q.", "xã", "xa", "phường", "thị trấn", "đặc khu",
                                     "Tỉnh ủy", "tỉnh\u00a0ủy"])
@pytest.mark.parametrize("accented", [True, False])
def test_level_written_equals_the_inline_reading(written, accented):
    folded = fold(written)
    try:
        want = _level_before(folded, written, accented)
    except KeyError:
        with pytest.raises(KeyError):
            level_written(folded, written if accented else None)
        return
    assert level_written(folded, written if accented else None) == want


def test_level_written_needs_the_marks_on_an_accented_page():
    assert level_written("tinh", "tỉnh") == "tỉnh"
    assert level_written("tinh", "tinh") is None       # "tinh" on a page written with accents: no level word
    assert level_written("tinh", None) == "tỉnh"       # a page without accents
    assert level_written("tp.", "TP.") == "thành phố"


def test_a_country_ending_a_name_is_found_by_one_endswith():
    foreign = _gazetteer().matcher._foreign
    countries = foreign._countries
    names = ["bac lao", "các tỉnh bắc lào", "lào", "lào cai", "miền bắc trung quốc", "trung quốc", "hàn quốc",
             "quảng tây", "khu tự trị dân tộc choang quảng tây", "nhật bản", "bản", " lào", "tỉnh nhật bản"]
    for name in names:
        before = any(name == c or name.endswith(" " + c) for c in countries)
        assert (name in countries or name.endswith(foreign._country_tails)) == before, name
    assert "lào" in countries and "các tỉnh bắc lào".endswith(foreign._country_tails)


def test_place_mention_stays_frozen_and_equal():
    a = PlaceMention(3, 12, 8, "tỉnh Lào Cai", "tỉnh", ())
    b = PlaceMention(start=3, end=12, name_start=8, surface="tỉnh Lào Cai", level_word="tỉnh", candidates=())
    assert a == b and hash(a) == hash(b) and (a.start, a.end, a.name_start, a.level_word) == (3, 12, 8, "tỉnh")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 4
    assert dataclasses.replace(a, start=4).start == 4 and a.start == 3
    assert pickle.loads(pickle.dumps(a)) == a
    assert repr(a).startswith("PlaceMention(start=3, end=12, name_start=8,")
