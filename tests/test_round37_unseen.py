"""Round 37 (late37d): misses of real pages never seen before, fixed as general shapes. Sentences
written for the tests (names, days and wording are ours); each shape's counter-shapes are kept."""

from __future__ import annotations

import pytest

from extract_support import lead_event, main_event


# --- 1. a party named by its bond with the partner, as a relative clause, then the trip it makes
# (commune37 07: "xã A (TP B) kết nghĩa với xã C đã tổ chức đoàn công tác đến thăm …"): its visit

@pytest.mark.parametrize("lead", [
    "Sáng 9/11, xã Phú Lộc (tỉnh Sóc Trăng) kết nghĩa với xã Tân Hiệp đã tổ chức đoàn công tác đến thăm và "
    "trao quà cho các hộ khó khăn của xã Tân Hiệp (tỉnh Kiên Giang).",
    "Chiều 3/3, huyện Bảo Lâm kết nghĩa với huyện Hòa An (tỉnh Cao Bằng) vừa sang thăm, làm việc với huyện Hòa An.",
])
def test_a_party_named_by_its_bond_with_the_partner_then_its_trip_is_a_visit(lead):
    assert lead_event(lead)["type"] == "visit"


@pytest.mark.parametrize("lead", [
    # the twinning itself, told with its partner: a signing
    "Sáng 9/11, xã Phú Lộc (tỉnh Sóc Trăng) kết nghĩa với xã Tân Hiệp (tỉnh Kiên Giang) tại hội trường xã.",
    # the twinning and the gifts, joined by "và": both told, the twinning first
    "Sáng 9/11, xã Phú Lộc (tỉnh Sóc Trăng) kết nghĩa với xã Tân Hiệp (tỉnh Kiên Giang) và trao tặng 50 suất quà.",
])
def test_a_twinning_told_with_its_partner_stays_a_signing(lead):
    assert lead_event(lead)["type"] == "signing"
