"""Round 30 (late30c): a friendship get-together named as a programme ("chương trình gặp gỡ hữu nghị thanh niên
ba tỉnh … lần thứ V") is the programme, 'other', as the same programme under its other name ("chương trình giao
lưu hữu nghị", round 20) — not the meeting its word 'gặp gỡ' reads alone (docs/accuracy.md, "Round 30: late30c";
the rows of core/extract/type_words.py). Sentences written for this test (no page's own words)."""

from __future__ import annotations

import pytest

from extract_support import lead_event, headed_type as _type


@pytest.mark.parametrize("lead", [
    # the programme a youth union takes part in, hosted by the partner, over several days
    "Từ ngày 8 - 10/11/2023, Tỉnh đoàn Hà Tĩnh tham gia chương trình gặp gỡ hữu nghị thanh niên hai tỉnh Hà Tĩnh – "
    "Bolikhamxay lần thứ V do Đoàn Thanh niên tỉnh Bolikhamxay (Lào) đăng cai tổ chức.",
    # the same on one day, held by the two sides
    "Ngày 9/11/2023, tỉnh Hà Tĩnh và tỉnh Bolikhamxay (Lào) tổ chức chương trình gặp gỡ hữu nghị thanh niên hai bên.",
    # the youth's friendship get-together named as such, with no "chương trình"
    "Từ ngày 8 đến 10/11/2023, Gặp gỡ hữu nghị thanh niên hai tỉnh Hà Tĩnh – Bolikhamxay (Lào) lần thứ V diễn ra "
    "tại thành phố Hà Tĩnh.",
])
def test_a_friendship_get_together_named_as_a_programme_is_the_programme(lead):
    assert lead_event(lead)["type"] == "other"


def test_the_headline_that_names_the_programme_is_read_as_the_programme():
    assert _type("Gặp gỡ hữu nghị thanh niên hai tỉnh Hà Tĩnh – Bolikhamxay lần thứ V",
                 "Từ ngày 8 - 10/11/2023, Tỉnh đoàn Hà Tĩnh tham gia chương trình gặp gỡ hữu nghị thanh niên hai "
                 "tỉnh do Đoàn Thanh niên tỉnh Bolikhamxay (Lào) chủ trì.") == "other"


@pytest.mark.parametrize("lead, want", [
    # a delegation that travels over to take part in it is on its visit (as "sang … tham gia chương trình Giao lưu")
    ("Từ ngày 8 đến 10/11/2023, Đoàn đại biểu tỉnh Hà Tĩnh đã sang tỉnh Bolikhamxay (Lào) tham gia chương trình gặp "
     "gỡ hữu nghị thanh niên hai tỉnh.", "visit"),
    # talks named beside the programme are the occasion (rank 5 over the programme's 8)
    ("Ngày 9/11/2023, Tỉnh đoàn Hà Tĩnh và Đoàn Thanh niên tỉnh Bolikhamxay (Lào) hội đàm trong chương trình gặp gỡ "
     "hữu nghị thanh niên hai tỉnh.", "conference"),
])
def test_guards_a_trip_or_talks_beside_the_programme(lead, want):
    assert lead_event(lead)["type"] == want


@pytest.mark.parametrize("lead", [
    # a host's friendly meeting with a delegation, no programme named: the meeting 'gặp gỡ' reads, not 'other'
    "Chiều 9/11/2023, Bí thư Tỉnh ủy Hà Tĩnh có buổi gặp gỡ hữu nghị với đoàn đại biểu tỉnh Bolikhamxay (Lào).",
    # a leader meeting the partner's youth (not their friendship programme)
    "Chiều 9/11/2023, Chủ tịch UBND tỉnh Hà Tĩnh gặp gỡ thanh niên tỉnh Bolikhamxay (Lào) đang học tập tại tỉnh.",
])
def test_a_get_together_not_named_as_a_programme_is_not_read_as_one(lead):
    assert lead_event(lead)["type"] != "other"
