"""Prefilters of the places' stage must never change an answer: unknown and foreign names, district
lists, the kept level answers and greeted places, each beside the regex or index it stands for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prefilter_support import same_as_written as _same_as_written


# Level words in several cases and spellings, unknown names (hyphens, apostrophes, an
# abbreviation's stop, small syllables), blanks of several kinds, the glues, letters outside
# the code (a Kelvin sign K, a dotted İ: their fold is unsure), countries.
_UNKNOWN_PIECES = ["tỉnh", "Tỉnh", "TỈNH", "thành phố", "Thành Phố", "TP", "TP.", "tp.", "huyện", "HUYỆN", "quận",
                   "thị xã", "thị trấn", "xã", "Xã", "phường", "vùng lãnh thổ", "vùng", "Vùng", "bang", "tiểu bang",
                   "Tiểu Bang", "châu", "trấn", "khu", "Khu", "\u212ahu", "cộng hòa", "Cộng hoà", "hạt", "Hạt",
                   "Yeoncheon", "Ulyanovsk", "Ka-ga-oa", "St.", "Petersburg", "O'Neil", "xay", "Bolykhăm", "Peam",
                   "Ro", "İ", "các", "những", " ", "  ", "\u00a0", "\t", "\n", "(", ",", "-", "–", "—", "Lào",
                   "Hàn Quốc", "nước", "thuộc", "do", "ông", "Ngô Hạnh Phúc", "tình", "phát"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_UNKNOWN_PIECES), min_size=1, max_size=30).map("".join), st.data())
def test_the_unknown_names_gate_never_hides_a_match(text, data):
    from hoptac.core import places_foreign as pf
    from hoptac.core.places import _gazetteer

    foreign = _gazetteer().matcher._foreign
    glues = [i for i, c in enumerate(text) if c in pf._GLUE and i >= 1]
    if not glues:
        return
    glue = data.draw(st.sampled_from(glues))
    before = glue - 1
    while before > 0 and text[before] in " \t\u00a0":
        before -= 1
    a = max(0, glue - 70)
    found = (foreign._unknown.search(text, a, glue + 1) or foreign._unknown_loose.search(text, a, glue + 1))
    if found is not None:
        assert pf._may_name(text, glue, before)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_UNKNOWN_PIECES), min_size=1, max_size=30).map("".join), st.data())
def test_the_gate_before_a_foreign_province_never_hides_a_match(text, data):
    # places_foreign._may_name_before, in front of the search before a foreign province ("châu Văn Sơn (tỉnh …")
    from hoptac.core import places_foreign as pf
    from hoptac.core.places import _gazetteer

    foreign = _gazetteer().matcher._foreign
    # (mostly where a province's mention may start: after a bracket, a comma or blanks)
    s = data.draw(st.sampled_from([i for i in range(1, len(text) + 1) if text[i - 1] in "(, \t\u00a0"] or [0])
                  | st.integers(0, len(text)))
    if foreign._unknown_before.search(text, max(0, s - 60), s) is not None:
        assert pf._may_name_before(text, s)


_DISTRICT_LIST_PIECES = ["quan", "q.", "Quan", "aquan", "_q.", "q", "nhu", ":", "1", "3", "12", "123", "٣", "/", ".", "-", ",", " va ",
                         " ", "  ", "\t", "\u00a0", "\n", "phuong", "xa", "cac", "nhung", "hai", "ba", "bon", "nam", "sau", "bay",
                         "tam", "abay", "dia", "phuong", "dia phuong", "la", "gom", "Tam Ky", "x", "c", "h", "b", "s", "t", "n", "di", "a",
                         "hai dia phuong", " dia phuong: "]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_DISTRICT_LIST_PIECES), max_size=18).map("".join))
def test_district_lists_with_a_first_character_equal_the_forms_as_written(text):
    # places_numbered._LIST, first character first, against its look-behind form; places_bare_lists._intros
    # (tried just before each "dia") against _INTRO.finditer
    from hoptac.core import places_bare_lists as bl
    from hoptac.core import places_numbered as pn

    pairs = (
        (pn._LIST, pn._LIST.pattern.replace(r"q(?<!\w.)(?:uan|\.)", r"(?<!\w)q(?:uan|\.)", 1)),
    )
    for rx, written in pairs:
        _same_as_written(rx, written, text)
    assert [(m.span(), m.groups()) for m in bl._intros(text)] == [(m.span(), m.groups()) for m in bl._INTRO.finditer(text)]


def test_the_kept_level_answers_equal_the_index():
    # places (speed24): has_level's answers kept once asked equal the index's entries, asked again or not
    from hoptac.core import places
    from hoptac.core.place_levels import LEVEL_WORDS

    g = places._gazetteer()
    levels = sorted(set(LEVEL_WORDS.values()))
    for key in list(g.index)[::7] + ["khong co", ""]:
        for level in levels:
            want = any(level in e.levels for e in g.index.get(key, ()))
            assert g.has_level(key, level) == want and g.has_level(key, level) == want


_GREETING_TEXT = st.lists(st.sampled_from(["tham ", "tham, ", "va ", "chao xa giao ", "chuc ", "chuc  ", "tet",
                                           " mung nam moi", "x", " ", ".", "ha noi ", "chu", "c tet"]),
                          max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_GREETING_TEXT, st.data())
def test_greeted_place_gate_answers_as_the_regex_alone(folded, data):
    from hoptac.core.extract import location_shapes as ls
    n = len(folded)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    starts = sorted(data.draw(st.lists(st.integers(s, max(s, e - 1)), max_size=3)))

    def ungated():
        for g in ls.GREETED_RE.finditer(folded, s, e):
            nxt = [i for i, p in enumerate(starts) if p >= g.end()]
            if not nxt:
                return None
            gap = folded[g.end():starts[nxt[0]]]
            if len(gap) <= ls.GREETED_GAP_MAX and not ls.GREETED_GAP_STOP.search(gap):
                return nxt[0]
        return None

    assert ls.greeted_place(folded, s, e, starts) == ungated()


_VENUE_TEXT = st.lists(st.sampled_from(["t", "a", "i", "o", " ", "  ", ",", "(", "\n", ".", "x", "tai ", " o ", "o"]),
                       max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_VENUE_TEXT, st.data())
def test_venues_with_a_class_first_equal_the_regex_as_written(folded, data):
    from hoptac.core.extract.event_location import _VENUE_RE, venues
    n = len(folded)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    assert [v.span() for v in venues(folded, s, e)] == [v.span() for v in _VENUE_RE.finditer(folded, s, e)]
    assert [v.span() for v in venues(folded, 0, n)] == [v.span() for v in _VENUE_RE.finditer(folded)]
