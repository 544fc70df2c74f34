"""Prefilters of the partners' stage must never change an answer: counted sides, patterns with a
first character, flights and departures, missions, datelines and introduced lists."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from prefilter_support import same_as_written as _same_as_written


_COUNT_PIECES = ["1", "12", "123", "0", "hai", "ba", "bay", "bon", "nam", "muoi", "mot so", "cac", "a", "x", "_", " ", "  ", "\n",
                 "\u00a0", "tinh", "tinh, thanh", "tinh, thanh pho", "tinh va thanh pho", "dia phuong", "huyen", "tinhx", ",", "2"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_COUNT_PIECES), max_size=14).map("".join))
def test_a_count_and_level_found_by_two_patterns_equals_the_rule(text):
    # partner_sides.add_counted: _COUNT_DIGITS_RE or _COUNT_WORDS_RE finds one exactly when _COUNT_LEVEL_RE does
    from hoptac.core.extract import partner_sides as ps

    either = ps._COUNT_DIGITS_RE.search(text) is not None or ps._COUNT_WORDS_RE.search(text) is not None
    assert either == (ps._COUNT_LEVEL_RE.search(text) is not None)


# Patterns put in a form whose first character is a literal or one class (the engine then skips to it instead
# of trying the pattern at every character), beside the form they were written in.
_FIRST_CHARACTER_FORMS = (
    ("hoptac.core.extract.stamps", "_SPACES", r"\s{2,}"),
    ("hoptac.core.place_levels", "_WORD", r"\w+"),
    ("hoptac.core.extract.location_shapes", "GUESTS_ORGANISER_RE", r"\bdoan\b[^.;]{0,60}\bdo\s+([^.;,]{0,70})$"),
    ("hoptac.core.extract.chrome", "_ARCHIVE_PHOTO", r"\banh\s*:?\s*(?:tu lieu|minh hoa)\b"),
    ("hoptac.core.extract.type_phrases", "CAPTION_CREDIT", r"\banh\s*:|\((?:phai|trai|giua|thu \w+ tu (?:phai|trai))\)"),
    ("hoptac.core.extract.event_type", "_ABBREVIATION_STOP", r"\b(?:tp|tx|tt|ts|gs|[qhxp])\.(?=\s)"),
    ("hoptac.core.extract.lead_blanks", "_LONG", r"\s{9,}"),
    ("hoptac.core.extract.stamps", "_WEEKDAY", r"\b(?:[Tt]hứ|THỨ|[Cc]hủ [Nn]hật|CN|T[2-7])\b"),
    ("hoptac.core.extract.type_joint_rites", "_RITE",
     r"\b(?:dang huong|dat vong hoa|dang hoa|vieng (?:nghia trang|dai tuong niem|den tho|tuong dai))\b"),
    ("hoptac.core.extract.trips", "_SIGNING_HEADLINE", r"\b(?:ky ket|le ky|ky bien ban|ky thoa thuan|ky ban ghi nho)\b"),
    ("hoptac.core.places", "_WORDS", r"\w+"),
    ("hoptac.core.extract.type_attended", "_SIGNS", r"\bky(?: ket)? (?:bien ban|thoa thuan|ban ghi nho|ghi nho|chuong trinh|"
                                                    r"quy che|hop tac|ke hoach|mou|ket nghia)\b"),
)


def _written_partner_sides() -> tuple:
    from hoptac.core.extract import partner_sides as ps
    from hoptac.core.extract import partner_venues as pv
    from hoptac.core.extract import verdict_shapes as vs
    from hoptac.core.extract import announced as an

    return (
        (ps._COUNTED_PARTNER_RE, r"(?<!\w)(?:voi|va|cung|giua)\s+(?:" + ps._BODY + r"\s+)?" + ps._N + r"\s+" + ps._LEVEL),
        (ps._COUNTED_STOPS_RE, r"(?<!\w)(?:tai|tham|den|khao sat)\s+" + ps._N + r"\s+" + ps._LEVEL),
        (ps._SOME_STOPS_RE, r"(?<!\w)(?:tai|tham|den|khao sat)\s+(?:mot so|cac)\s+" + ps._LEVEL),
        (vs._DOCUMENT, rf"\b(?:{vs._DOC_NOUNS})\s+(?:so\s+)?{vs._W}*\d{vs._W}*(?:\s+{vs._W}+)?\s*(?:cua\s+[^,;.()]{{0,80}})?\s*$"),
        (vs._SIGNED_DOC, r"\b(?:ban ghi nho|bien ban ghi nho|thoa thuan hop tac|ban thoa thuan|hiep dinh|"
                         r"nghi quyet|ke hoach so|ban ky ket)"
                         r"(?:(?!\b(?:dien ra|to chuc|ky|ky ket|vao|tai|hoi nghi|le)\b)[^,;.()\n]){0,60}$"),
        (vs._SIGNED_ON, r"\bky(?:\s+ket)?\s+(?:vao\s+)?$"),
        (an._ANNOUNCING, r"\b(?:%s)\b" % "|".join(w for w, _ in an.ANNOUNCING)),
        (pv._VENUE_ASIDE_RE, pv._VENUE_ASIDE_RE.pattern.replace(
            r"(?:t(?<!\w.)ại|T(?<!\w.)ại|ở(?<!\w.)|Ở(?<!\w.))", r"(?<!\w)(?:tại|Tại|ở|Ở)", 1)),
    )


_FORM_PIECES = ["anh", "Anh", "xanh", "_anh", "anh:", "anh :", " ", "  ", "\n", "\t", "\u00a0", " " * 9, "tu lieu", "minh hoa",
                "(phai)", "(trai)", "(thu hai tu trai)", "(", ")", "doan", "adoan", "doan cong tac", "do", "do ong a", ".", ";", ",",
                "tp.", "tx.", "tt.", "ts.", "gs.", "q.", "h.", "x.", "p.", "atp.", "h", "x", "1", "é", "_", "ı",
                "Thứ", "thứ", "THỨ", "Chủ nhật", "chủ Nhật", "CN", "T2", "T8", "aThứ", "dang huong", "vieng den tho", "dang hoa",
                "ky ket", "le ky", "ky ban ghi nho", "aky ket", "tại", "Tại", "ở", "Ở", "Hà Nội", "voi", "va", "cung", "giua", "tai",
                "tham", "den", "khao sat", "2 tinh", "hai tinh", "cong an", "mot so", "cac", "dia phuong", "avoi",
                "quyet dinh", "ke hoach", "so", "12/kh-ubnd", "luat", "aluat", "ban ghi nho", "bien ban ghi nho", "ky", "ky ket",
                "vao", "aky", "cua ubnd", "thoa thuan hop tac",
                "cho biet", "thong bao", "hop bao", "to chuc hop bao", "thong tin tu", "mou", "ket nghia", "aky ket mou"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FORM_PIECES), max_size=16).map("".join))
def test_patterns_with_a_first_character_equal_the_forms_as_written(text):
    import importlib

    pairs = [(getattr(importlib.import_module(m), n), w) for m, n, w in _FIRST_CHARACTER_FORMS] + list(_written_partner_sides())
    for rx, written in pairs:
        was = _same_as_written(rx, written, text)
        assert rx.sub("#", text) == was.sub("#", text)


_FLIGHT_PIECES = ["đường", "Đường", "ĐƯỜNG", "tuyến", "chuyến", "chặng", "bay", "Bay", "BAY", "bAy", "bay thẳng", "thẳng", "rời",
                  "Rời", "RỜI", "khỏi", "rời khỏi", "trời", "x", "a", " ", "  ", "\n", "\u00a0", ".", ";", ",", "–", "Hà Nội",
                  "tỉnh A", "bayer", "_", "İ", "K"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FLIGHT_PIECES), max_size=20).map("".join))
def test_flight_and_departure_gates_equal_the_patterns(text):
    # partner_venues: names_a_flight, on_a_flight_route, departed_from (asked only where "bay" / "ời" stands)
    # answer as their patterns searched everywhere; the case-blind "b", "a", "y" match nothing that lowers otherwise
    from hoptac.core.extract import partner_venues as pv

    assert pv.names_a_flight(text) == (pv._FLIGHT_RE.search(text + " ") is not None)
    for start in range(len(text) + 1):
        assert pv.on_a_flight_route(text, start) == (pv._FLIGHT_RE.search(text, max(0, start - 110), start) is not None)
        assert pv.departed_from(text, start) == (pv._DEPARTED_RE.search(text, max(0, start - 14), start) is not None)


def test_the_case_blind_flight_letters_match_only_what_lowers_to_them():
    for ch in "bay":
        rx = re.compile(ch, re.IGNORECASE)
        assert all(chr(c).lower() == ch for c in range(sys.maxunicode + 1) if rx.fullmatch(chr(c)))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FLIGHT_PIECES + ["bảy", "Bảy", "BÀY", "bấy", "ƀay", "ｂay", "baу"]), max_size=20).map("".join))
def test_flight_words_of_the_fold_keep_the_flight_answers(text):
    # partners (speed24): a window without a "bay" of the page's fold (flight_words) names no flight
    from hoptac.core.extract import partner_venues as pv
    from hoptac.core.scan import fast_fold

    bays = pv.flight_words(fast_fold(text))
    if not bays:
        assert not pv.names_a_flight(text)
    for start in range(len(text) + 1):
        assert pv.on_a_flight_route(text, start, bays) == pv.on_a_flight_route(text, start)


_MISSION_PIECES = ["Đại sứ", "đại sứ", "ĐẠI SỨ", "Lãnh sự", "lãnh sự", "LÃNH SỰ", "Ại Sứ", "ại Sứ", "ẠI sứ", "dai su", "DAI SU",
                   "Dai Su", "lanh su", "LANH SU", "hai sự", "tại sự", "tai su", "anh sư", "ãnh sư", "ai", "anh", " ", "  ", "\n",
                   "\u00a0", "sự", "su", "SỰ", "quán", "x", "ı", "İ", "ẞ"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_MISSION_PIECES), max_size=16).map("".join))
def test_the_mission_gate_asked_where_the_fold_stands_equals_the_scans(text):
    # partner_seats (speed24): the gate's words asked where their fold stands in the page's fold
    from hoptac.core.extract import partner_seats as ps
    from hoptac.core.scan import fast_fold

    assert ps._names_a_mission(text, fast_fold(text)) == ps._names_a_mission(text, None) == any(w in text for w in ps._GATE)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FLIGHT_PIECES + ["người", "rồi", "RỜI KHỎI", "rờI"]), max_size=20).map("".join))
def test_a_text_without_rời_has_no_place_left(text):
    # partners (speed24): departed_from is asked only of a text that may_leave says holds "rời" or "Rời"
    from hoptac.core.extract import partner_venues as pv

    if not pv.may_leave(text):
        assert not any(pv.departed_from(text, start) for start in range(len(text) + 1))


_DATELINE_PIECES = ["(", ")", "TTXVN", "ttxvn", "TTXVN/Vietnam+", "Vietnam+", "VİETNAM+", "Vıetnam+", "VNA", "vna", "VOV", "VOVworld",
                    "VOV5", "Chinhphu.vn", "CHİNHPHU.VN", "chınhphu.vn", "VGP", "vgp", "ſ", "K", "İ", "ı", "Việt Nam", " ", "\u00a0",
                    "\n", ", ", "14/1", "ngày ", "2025", "-", "–", ":", "Hà Nội", "x", "/"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=16).map("".join))
def test_a_page_without_an_agency_in_parentheses_has_no_dateline(text):
    # partner_datelines (speed24c): a page _GATE finds nothing in matches _AFTER nowhere
    from hoptac.core.extract import partner_datelines as pd

    if pd._GATE.search(text) is None:
        assert not any(pd._AFTER.match(text, pos) for pos in range(len(text) + 1))


def _introduced_lists_as_written(text, groups, places, body):
    # partner_lists.introduced_lists before speed24c (every run's members gathered, then its length asked)
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        i = 0
        while i < len(group):
            j = i + 1
            while j < len(group) and group[j][1] == "list":
                j += 1
            joined = group[i - 1][0] if i and group[i][1] == "pair" else None
            run = [m for m, _ in group[i:j] if m.start in places]
            i = j
            if len(run) < 2:
                continue
            members = ([joined] if joined and joined.start in places else []) + run
            provs = list(dict.fromkeys(places[m.start].province for m in members))
            if len(provs) >= 2:
                out.append((provs, text, run, body))
    return out


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(["list", "pair", "other"]), st.booleans(), st.sampled_from("ABC")),
                         max_size=7), max_size=5))
def test_introduced_lists_skipping_lone_names_equals_the_runs_as_written(spec):
    # partner_lists (speed24c): a run of fewer than two links is skipped before its members are gathered
    from hoptac.core.extract import partner_lists as pl
    from hoptac.core.places import Place, PlaceMention

    groups, places, at = [], {}, 0
    for g in spec:
        group = []
        for kind, known, prov in g:
            m = PlaceMention(at, at + 3, at, "x", None, ())
            if known:
                places[at] = Place(prov, "tỉnh", prov, "Việt Nam", prov, True)
            group.append((m, kind))
            at += 5
        groups.append(group)
    for body in (False, True):
        assert pl.introduced_lists("t", groups, places, body) == _introduced_lists_as_written("t", groups, places, body)
