"""Round 45 (late45c): a group of provinces of several countries that meets in turn; the body's earlier
host of its meeting is a member, the pair's second when one partner was found
(core/extract/partner_group_hosts.py). The sentences are written for these tests; none is copied from a page."""

from __future__ import annotations

import pytest

from hoptac.core.extract import page_partners
from hoptac.core.extract.partner_group_hosts import _group
from hoptac.core.text import fold

from extract_support import main_event

_HEAD = "6 tỉnh của Việt Nam, Lào và Campuchia bàn cách mở rộng đường ven sông\n\n"
_LEAD = ("Ngày 3/3/2026, tại tỉnh Champasak (Lào), đại diện chính quyền 6 tỉnh, thuộc 3 nước Việt Nam, Lào và "
         "Campuchia có chung tuyến đường ven sông, đã họp hội nghị trù bị để chuẩn bị cho kỳ họp thường niên.\n\n"
         "Đại diện chính quyền tỉnh Champasak cho biết, các bên đã hoàn thành phần lớn việc nâng cấp tuyến đường.\n\n")


def _pair(text: str) -> list[str]:
    return main_event(text)["pair"]


@pytest.mark.parametrize("body", [
    # the group's earlier meeting, held at a province of one of its countries
    "Đại diện tỉnh Champasak cho biết, các nội dung thống nhất tại Hội nghị lãnh đạo 6 tỉnh thuộc 3 nước được "
    "tổ chức tại tỉnh Quảng Nam, Việt Nam vào tháng 10/2024 đã được triển khai tốt.\n",
    # "diễn ra tại", the count in words
    "Kỳ họp trước của sáu tỉnh diễn ra tại tỉnh Kon Tum năm 2024, các bên đã ký biên bản ghi nhớ.\n",
])
def test_an_earlier_host_of_the_groups_meeting_is_the_second(body):
    pair = _pair(_HEAD + _LEAD + body)
    assert len(pair) == 2 and "Champasak" in pair
    assert ("Quảng Nam" in pair) or ("Kon Tum" in pair)


def test_the_countries_named_alone_make_the_group():
    # "6 tỉnh của Việt Nam, Lào và Campuchia" (no count of countries) in the headline; the lead without the group
    lead = ("Ngày 3/3/2026, tại tỉnh Champasak (Lào), hội nghị trù bị đã diễn ra để chuẩn bị cho kỳ họp thường niên.\n\n"
            "Đại diện chính quyền tỉnh Champasak cho biết, các bên đã hoàn thành phần lớn việc nâng cấp tuyến đường.\n\n")
    body = "Hội nghị 6 tỉnh năm trước được tổ chức tại tỉnh Quảng Nam.\n"
    assert sorted(_pair(_HEAD + lead + body)) == sorted(["Champasak", "Quảng Nam"])


@pytest.mark.parametrize("body", [
    # another count: another group
    "Hội nghị 4 tỉnh năm trước được tổ chức tại tỉnh Quảng Nam, Việt Nam.\n",
    # a province of another country than the group's
    "Hội nghị 6 tỉnh lần đầu được tổ chức tại tỉnh Vân Nam (Trung Quốc) theo lời mời của nước bạn.\n",
])
def test_no_earlier_host_of_the_group_adds_nothing(body, monkeypatch):
    text = _HEAD + _LEAD + body
    with_rule = _pair(text)
    monkeypatch.setattr(page_partners, "add_group_host", lambda *a, **k: None)
    assert with_rule == _pair(text)   # the pair the other rules read, whatever it is
    assert with_rule == ["Champasak"]


def test_one_countrys_counted_provinces_are_no_group_of_countries():
    assert _group(fold("6 tỉnh Tây Bắc họp tại tỉnh Sơn La"), [(0, 40)]) is None
    assert _group(fold("6 tỉnh thuộc 3 nước Việt Nam, Lào và Campuchia"), [(0, 60)]) == (6, {"Việt Nam", "Lào", "Campuchia"})


def test_two_partners_found_are_kept():
    head = "Tỉnh Quảng Nam và tỉnh Sekong chủ trì hội nghị 6 tỉnh thuộc 3 nước Việt Nam, Lào, Campuchia\n\n"
    lead = ("Ngày 5/3/2026, tại tỉnh Quảng Nam, tỉnh Quảng Nam và tỉnh Sekong (Lào) chủ trì hội nghị lãnh đạo "
            "6 tỉnh thuộc 3 nước Việt Nam, Lào và Campuchia.\n\n")
    body = "Hội nghị 6 tỉnh năm trước được tổ chức tại tỉnh Kon Tum.\n"
    assert "Kon Tum" not in _pair(head + lead + body)


def test_where_the_groups_delegates_went_is_no_host_of_theirs(monkeypatch):
    # not a meeting of the group held there: the rule adds nothing (the pair is what the other rules read)
    text = _HEAD + _LEAD + "Sau hội nghị, đại diện 6 tỉnh đã đến thăm tỉnh Quảng Nam để học tập kinh nghiệm.\n"
    with_rule = _pair(text)
    monkeypatch.setattr(page_partners, "add_group_host", lambda *a, **k: None)
    assert with_rule == _pair(text)
