"""Round 30 (late30b): a page with no publication time whose headline or lead dates the border
occasion after June 2025 (a full date, or the Tết it is held for) is of after the merger: "Biên
phòng tỉnh Lâm Đồng" with a Cambodian province is then old Đắk Nông's side
(:func:`hoptac.core.extract.partner_border_parts.dated_after_merger`). Sentences written for the
test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

from hoptac.core.extract.partner_border_parts import dated_after_merger

_TAIL = "\nHai bên thống nhất tiếp tục phối hợp tuần tra song phương trên tuyến biên giới.\n"


def _guards(lead: str) -> dict:
    return main_event(lead + _TAIL)


def test_a_tet_visit_of_2026_to_lam_dong_guards_is_dak_nongs():
    e = _guards("Ngày 12/2, đoàn Công an tỉnh Mondulkiri (Campuchia) đến chúc Tết Bộ đội Biên phòng tỉnh "
                "Lâm Đồng nhân dịp Tết Nguyên đán Bính Ngọ 2026.")
    assert e["pair"] == ["Đắk Nông", "Mondulkiri"]


def test_a_full_date_after_the_merger_in_the_lead():
    e = _guards("Ngày 4/12/2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tuyên Quang hội đàm với Đồn Biên phòng "
                "huyện Ma Lật Pha, tỉnh Vân Nam (Trung Quốc).")
    assert "Hà Giang" in e["pair"] and "Tuyên Quang" not in e["pair"]


@pytest.mark.parametrize("lead", [
    "Ngày 4/3/2025, Biên phòng tỉnh Đồng Nai tiếp đoàn tỉnh Mondulkiri (Campuchia).",            # before July 2025
    "Ngày 20/1, Biên phòng tỉnh Đồng Nai chúc Tết tỉnh Mondulkiri nhân dịp Tết Nguyên đán Ất Tỵ 2025.",  # Tết of 2025
])
def test_a_date_before_the_merger_leaves_the_page_as_written(lead):
    assert not dated_after_merger(lead, [(0, len(lead))])
    assert "Đồng Nai" in _guards(lead)["pair"]


# Round 36 (merged36): without a date either way, the geography is the sign (old Đồng Nai never bordered
# Cambodia: partner_border_parts' NAMESAKE_NEVER_BORDERED), so these are old Bình Phước's occasions.
@pytest.mark.parametrize("lead", [
    "Ngày 5/3, Biên phòng tỉnh Đồng Nai và tỉnh Mondulkiri ký kế hoạch hợp tác giai đoạn 2026-2030.",     # a plan
    "Ngày 10/12, Biên phòng tỉnh Đồng Nai hội đàm với tỉnh Mondulkiri (Campuchia).",              # no year
])
def test_no_date_either_way_lets_the_geography_tell(lead):
    assert not dated_after_merger(lead, [(0, len(lead))])
    assert _guards(lead)["pair"] == ["Bình Phước", "Mondulkiri"]


def test_a_tet_told_as_coming_is_no_date_of_the_occasion():
    lead = ("Ngày 15/12, Biên phòng tỉnh Đồng Nai và tỉnh Mondulkiri thống nhất sẽ tổ chức giao lưu nhân dịp "
            "Tết Nguyên đán Bính Ngọ 2026.")
    assert not dated_after_merger(lead, [(0, len(lead))])


def test_the_kept_name_on_the_border_stays_whatever_the_date():
    e = _guards("Ngày 12/2, tỉnh Gia Lai và tỉnh Ratanakiri (Campuchia) gặp mặt nhân dịp Tết Nguyên đán Bính Ngọ 2026.")
    assert e["pair"] == ["Gia Lai", "Ratanakiri"]
