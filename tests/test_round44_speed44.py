"""Round 44 (speed44): the gates put before rules of rounds 42 and 43 hide no match the rule would find.

Each gate is a literal test on text the rule already has; each test here fails when a word is taken out of a gate.
"""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from hoptac.core.extract import told_before as tb
from hoptac.core.extract.year_thanked_visit import THANKS_WORDS

_THANKS_POOL = ["cam on", "cam ta", "cam kich", "tri an", "biet on", "cam", "on", "tri", "biet", "an", "da", "ho tro",
                "tinh b", "ngay 3/11", "doan", "ket", "dang", "phuong", ","]


def test_every_thanks_word_holds_a_gate_word():
    words = THANKS_WORDS.strip("(?:)").split("|")
    assert len(words) == 5
    assert all(any(g in w for g in tb.THANKS_GATE) for w in words)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_THANKS_POOL), min_size=1, max_size=12))
def test_the_thanks_gate_hides_no_thanked_deed(words):
    clause = " ".join(words)
    if re.compile(tb.THANKS_FOR).search(clause):
        assert any(g in clause for g in tb.THANKS_GATE)


# --- partner_residences: the residence words looked for in each window the walk reads, not over the whole page ----
from types import SimpleNamespace  # noqa: E402

from hoptac.core.extract import partner_residences as pr  # noqa: E402
from hoptac.core.scan import fold_slice  # noqa: E402


def _residences_round43(text, mentions, places):
    """The walk as round 43 wrote it (the whole page tested first), the reference the gated walk must equal."""
    out = set()
    if "trú" not in text and "ngụ" not in text and "TRÚ" not in text:
        return out
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.start not in places:
            continue
        at = m.start
        for _ in range(pr._PARTS_MAX):
            if pr._RESIDES.search(text, max(0, at - 20), at) is not None:
                out.add(m.start)
                break
            j = len(text[:at].rstrip())
            if j == 0 or text[j - 1] != ",":
                break
            lo = max(text.rfind(",", max(0, j - 1 - pr._PART_MAX), j - 1),
                     text.rfind("(", max(0, j - 1 - pr._PART_MAX), j - 1))
            if lo < 0:
                break
            part = text[lo + 1:j - 1]
            start = lo + 1 + len(part) - len(part.lstrip())
            opening = pr._RESIDES_OPENING.match(text, start, j - 1)
            if opening is not None:
                if pr._PART.match(fold_slice(text, opening.end(), j - 1)) or opening.end() in starts:
                    out.add(m.start)
                break
            if not (pr._PART.match(fold_slice(text, start, j - 1)) or start in starts):
                break
            at = start
    return out


_ADDRESS_POOL = ["trú", "Trú", "TRÚ", "thường trú", "tạm trú", "ngụ", "Ngụ", "NGỤ", "lưu trú", "Lưu trú", "trụ sở",
                 " tại ", " ở ", " ", "  ", "\n", ", ", ",", "(", ")", "bản C", "huyện D", "tỉnh", "xã", "thôn 2",
                 "30 tuổi", "bàn giao cho", "Công an", "Xa", "Xb", "chú", "ngũ"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_POOL), min_size=1, max_size=16))
def test_the_residence_gate_hides_no_address(parts):
    text = " ".join(parts)
    mentions = [SimpleNamespace(start=i) for i, ch in enumerate(text) if ch == "X"]
    places = {m.start: None for m in mentions}
    assert pr.residences(text, mentions, places) == _residences_round43(text, mentions, places)


def test_an_address_after_a_residence_word_is_still_found():
    text = "đối tượng Nguyễn Văn B (30 tuổi, thường trú tại bản C, huyện Xa, tỉnh Xb)"
    mentions = [SimpleNamespace(start=text.index("huyện Xa")), SimpleNamespace(start=text.index("tỉnh Xb"))]
    places = {m.start: None for m in mentions}
    assert pr.residences(text, mentions, places) == {m.start for m in mentions}
    assert pr.residences(text.replace("trú", "ở"), mentions, places) == set()


# --- event_type.main_type: a bracketed day is cut only where its opening stands ----------------------------------
from hoptac.core.extract import event_type as et  # noqa: E402

_BRACKET_POOL = ["(", ")", "(ngay", "(ngay ", "(ngay\t", "ngay", "21", "21.11", "3/8/2024", "-", ".", " ", "  ", "co",
                 "van ban", "gui", "(phai)", "(tinh b)"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_BRACKET_POOL), min_size=1, max_size=12), st.sampled_from(["", " "]))
def test_the_bracket_gate_hides_no_bracketed_day(parts, sep):
    clause = sep.join(parts) + " gui"
    if et._BRACKETED_DAY.sub("", clause) != clause:
        assert et.BRACKETED_DAY_OPENS.search(clause)


def test_a_bracketed_day_still_splits_no_phrase():
    assert et.main_type("ubnd tinh a vua co van ban (ngay 21.11) gui ubnd tinh b")[0] == \
        et.main_type("ubnd tinh a vua co van ban gui ubnd tinh b")[0]


# --- occasion_days.occasion_length asks the count gate from the day's end before it finds the sentence's end ------
from hoptac.core.extract import occasion_length as ol  # noqa: E402

_COUNT_POOL = ["trong", "thoi gian", "qua", "dien ra", "keo dai", "2", "ba", "nam", "20", " ngay", "ngay", " ", "  ",
               "\t", ".", ", ", "hoi thao"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_COUNT_POOL), min_size=1, max_size=14), st.integers(0, 40), st.integers(0, 40))
def test_a_count_found_from_a_later_point_is_found_from_an_earlier_one(parts, a, b):
    folded = " ".join(parts)
    lo, hi = min(a, b), max(a, b)
    if ol.counts_days(folded, hi):
        assert ol.counts_days(folded, lo)


# --- places_bare: a military unit's words are looked for before the pattern ---------------------------------------
from hoptac.core import places_bare as pb  # noqa: E402

_UNIT_POOL = ["tiểu", "trung", "sư", "lữ", "đại", "quân", "đoàn", "đội", "1", "12", "4b", " ", "  ", "cựu chiến binh",
              "xã", "và", ","]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_POOL), min_size=1, max_size=6), st.sampled_from(["", " "]))
def test_the_unit_gate_hides_no_unit(parts, sep):
    before = " ".join(parts) + sep
    if pb._UNIT_BEFORE.search(before):
        assert any(w in before for w in pb.UNIT_NOUNS)
