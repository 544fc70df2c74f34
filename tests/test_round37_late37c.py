"""Round 37 (late37c): misses of real pages never seen before, read and fixed as general shapes.
Sentences written for the test (names, days and wording are ours, not a publisher's).

1. An opening made known at its ceremony, told with "mở chính thức", "mở cặp cửa khẩu" or "mở lối thông quan"
   (the rows of round 27, "công bố khai trương", "công bố mở cửa", read only two of the ways it is written): the
   opening, 'other', not the announcement the bare "công bố" is; a decision made known stays an announcement.
"""

from __future__ import annotations

import pytest

from extract_support import lead_event


# --- 1. an opening made known at its ceremony

@pytest.mark.parametrize("sentence", [
    "Sáng 12/9, tỉnh Lạng Sơn phối hợp với Khu tự trị dân tộc Choang Quảng Tây tổ chức Lễ công bố mở chính thức "
    "cặp cửa khẩu song phương Chi Ma - Ái Điểm.",
    "Chiều 3/10, tỉnh Cao Bằng và Khu tự trị dân tộc Choang Quảng Tây tổ chức lễ công bố mở cặp cửa khẩu Trà Lĩnh "
    "- Long Bang.",
    "Ngày 20/5, huyện Bình Liêu (tỉnh Quảng Ninh) và khu Phòng Thành (Quảng Tây) tổ chức lễ công bố mở lối thông "
    "quan Hoành Mô - Động Trung.",
    "Sáng 8/8, tại cửa khẩu Hoành Mô diễn ra Lễ công bố lối thông quan giữa tỉnh Quảng Ninh và Quảng Tây.",
])
def test_an_opening_made_known_at_its_ceremony_is_the_opening(sentence):
    assert lead_event(sentence)["type"] == "other"


@pytest.mark.parametrize("sentence", [
    # a decision made known (round 27's guard): the announcement
    "Sáng 12/9, tỉnh Lạng Sơn tổ chức lễ công bố Quyết định mở chính thức cặp cửa khẩu Chi Ma với tỉnh Quảng Tây.",
    # a plan made known: the bare 'công bố'
    "Ngày 5/6, tỉnh Lạng Sơn và tỉnh Cao Bằng công bố quy hoạch khu kinh tế cửa khẩu chung.",
])
def test_a_decision_or_a_plan_made_known_stays_an_announcement(sentence):
    assert lead_event(sentence)["type"] == "announcement"
