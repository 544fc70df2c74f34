"""Round 36 (merged36): a border the province's old self never had is a sign of the merger. A page
with no publication time that names a province of 2025 as the side of a border occasion with a
country its old namesake never bordered ("Biên phòng Đà Nẵng" with a Lao province: old Đà Nẵng
had no Lao border) is of after the merger, and the side is the old part that held that border
(:func:`hoptac.core.extract.partner_border_parts.namesake_never_bordered`). Sentences written for
the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

from hoptac.core.extract.partner_border_parts import BORDERS, border_part, namesake_never_bordered, unit_parts
from hoptac.core.places import resolve


def _page(headline: str, lead: str, stamp: str = "") -> str:
    stamp = f"{stamp}\n\n" if stamp else ""
    return f"{headline}\n\n{stamp}{lead}\nHai bên thống nhất duy trì trao đổi thông tin thường xuyên.\n"


def test_the_gazetteer_of_2025_gives_six_such_borders():
    # every unit of 2025 named after an old part that never had a border one other old part had
    found = sorted((u, c, border_part(resolve(u), {c}).name) for u, parts in unit_parts().items() if u in parts
                   for c in BORDERS if namesake_never_bordered(resolve(u), {c}))
    assert found == [("Lâm Đồng", "Campuchia", "Đắk Nông"), ("Quảng Ngãi", "Campuchia", "Kon Tum"),
                     ("Quảng Ngãi", "Lào", "Kon Tum"), ("Tuyên Quang", "Trung Quốc", "Hà Giang"),
                     ("Đà Nẵng", "Lào", "Quảng Nam"), ("Đồng Nai", "Campuchia", "Bình Phước")]


@pytest.mark.parametrize("unit,country", [
    ("Gia Lai", "Campuchia"),     # old Gia Lai had it
    ("Quảng Trị", "Lào"),         # old Quảng Trị had it (and old Quảng Bình)
    ("Đà Nẵng", "Campuchia"),     # no old part of Đà Nẵng had it
    ("Kon Tum", "Lào"),           # an old province named as itself
])
def test_no_sign_where_the_namesake_had_the_border_or_no_part_did(unit, country):
    assert not namesake_never_bordered(resolve(unit), {country})


@pytest.mark.parametrize("headline,lead,pair", [
    ("Biên phòng Đà Nẵng – Sê Kông ký kết kết nghĩa",
     "Từ ngày 3 đến 5/11, các đồn biên phòng thuộc Bộ đội Biên phòng thành phố Đà Nẵng và Đại đội "
     "biên phòng của tỉnh Sê Kông (Lào) tổ chức lễ kết nghĩa.", ["Quảng Nam", "Sê Kông"]),
    ("Tuần tra chung biên giới",
     "Ngày 14/11, Bộ đội Biên phòng tỉnh Tuyên Quang và Công an tỉnh Vân Nam (Trung Quốc) tổ chức tuần "
     "tra chung trên tuyến biên giới.", ["Hà Giang", "Vân Nam"]),
    ("Hội đàm quản lý biên giới",
     "Ngày 20/11, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lâm Đồng hội đàm với Công an tỉnh Mondulkiri "
     "(Campuchia) về bảo vệ biên giới.", ["Đắk Nông", "Mondulkiri"]),
    ("Phối hợp bảo vệ cột mốc",
     "Ngày 8/11, Bộ đội Biên phòng tỉnh Quảng Ngãi và lực lượng bảo vệ biên giới tỉnh Attapeu (Lào) "
     "phối hợp bảo vệ cột mốc.", ["Kon Tum", "Át-tạ-pư"]),
])
def test_a_border_unit_of_2025_meeting_a_country_its_namesake_never_bordered(headline, lead, pair):
    assert sorted(main_event(_page(headline, lead))["pair"]) == sorted(pair)


def test_a_non_border_matter_is_no_sign():
    e = main_event(_page("Đà Nẵng và Sê Kông hợp tác du lịch",
                         "Ngày 6/11, thành phố Đà Nẵng và tỉnh Sê Kông (Lào) ký kết hợp tác phát triển du lịch."))
    assert "Đà Nẵng" in e["pair"] and "Quảng Nam" not in e["pair"]


def test_a_namesake_that_had_the_border_is_unchanged():
    e = main_event(_page("Hội đàm biên giới",
                         "Ngày 12/11, Bộ đội Biên phòng tỉnh Gia Lai hội đàm với Công an tỉnh Ratanakiri "
                         "(Campuchia) về quản lý biên giới."))
    assert "Gia Lai" in e["pair"]


def test_a_lead_dated_before_july_2025_is_left_as_written():
    e = main_event(_page("Hội đàm biên giới",
                         "Ngày 10/12/2024, Bộ đội Biên phòng tỉnh Đồng Nai hội đàm với Công an tỉnh Mondulkiri "
                         "(Campuchia) về quản lý biên giới."))
    assert "Đồng Nai" in e["pair"] and "Bình Phước" not in e["pair"]


def test_a_page_stamped_before_july_2025_is_left_as_written():
    e = main_event(_page("Hội đàm biên giới",
                         "Ngày 10/12, Bộ đội Biên phòng tỉnh Đồng Nai hội đàm với Công an tỉnh Mondulkiri "
                         "(Campuchia) về quản lý biên giới.", stamp="Thứ ba - 10/12/2024 09:30"))
    assert "Đồng Nai" in e["pair"] and "Bình Phước" not in e["pair"]


def test_a_tet_of_2025_in_the_lead_is_left_as_written():
    e = main_event(_page("Chúc Tết lực lượng biên giới",
                         "Ngày 22/1, Bộ đội Biên phòng tỉnh Đồng Nai chúc Tết Công an tỉnh Mondulkiri (Campuchia) "
                         "nhân dịp Tết Nguyên đán Ất Tỵ 2025."))
    assert "Đồng Nai" in e["pair"] and "Bình Phước" not in e["pair"]


def test_a_partners_own_border_gates_are_no_sign():
    # a profile of the partner: its gates are with other countries, the relation is the city's
    e = main_event(_page("Tỉnh Attapeu, nước CHDCND Lào",
                         "Attapeu là tỉnh cực nam của Lào, thông thương với Campuchia qua các cửa khẩu.\n"
                         "Quan hệ với Đà Nẵng: tháng 8/2004, đoàn tỉnh Attapeu thăm thành phố Đà Nẵng và đề nghị "
                         "hợp tác với thành phố Đà Nẵng."))
    assert "Quảng Nam" not in e["pair"]


def test_the_partners_border_unit_alone_is_no_sign():
    # the foreign side's border guards, helped by the city: the city names no border unit of its own
    e = main_event(_page("Đà Nẵng trao quà cho biên phòng Sê Kông",
                         "Ngày 9/11, thành phố Đà Nẵng trao tặng Đại đội biên phòng tỉnh Sê Kông (Lào) 200 bộ "
                         "quân trang."))
    assert "Quảng Nam" not in e["pair"]
