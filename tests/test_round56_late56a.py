"""Round 56 (late56a): two shapes of real pages, in sentences written for these tests.

- A stated group's list a colon closes, with a guest marked after its name (core/extract/partner_lists.py:
  ``counted``'s colon, ``GUEST_MARKS``): "có 7 đoàn tham dự … của VKSND các tỉnh: A, B, C, D, E và F (khách mời)"
  on a page whose lead names only the cluster and its venue: A to E are the sides, F (khách mời) watched.
- A festival named after its own city that the listed sides take part in (core/extract/partner_festival_venues.py,
  ``drop_festival_city``): "Tỉnh A tham gia Hội chợ Du lịch Đà Nẵng", lead "các tỉnh trong khối … gồm A, B, C, D và
  E … tại Hội chợ Du lịch lần thứ 9 Đà Nẵng": the five are the sides, Đà Nẵng is where.
The counter-shapes pass before and after the change."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract import partner_festival_venues as fv
from hoptac.core.extract import partner_lists as pl

# --- counted: a colon closes the stated group; the guest marked after its name is not of it ------------------------

CLUSTER_LEAD = ("Trong hai ngày 12, 13/5/2023 tại tỉnh Hậu Giang, Cụm thi đua số V Viện kiểm sát nhân dân tổ chức "
                "Hội nghị sơ kết và Hội thao năm 2023.")
CLUSTER_HOST = "Ông Trần Văn Tám, Viện trưởng VKSND tỉnh Hậu Giang, phát biểu khai mạc hội nghị."
MEMBERS = {"Cà Mau", "Bạc Liêu", "Kiên Giang", "An Giang", "Hậu Giang"}


def _cluster(*body: str) -> dict:
    return main_event("\n".join([CLUSTER_LEAD, *body, CLUSTER_HOST]) + "\n")


@pytest.mark.parametrize("attendance", [
    "Hội thao có 7 đoàn tham dự với hơn 200 vận động viên là cán bộ, công chức của VKSND các tỉnh: Cà Mau, Bạc "
    "Liêu, Kiên Giang, An Giang, Hậu Giang và Cần Thơ (khách mời).",
    # the took-part word after "có", the guest's mark with no space
    "Tham dự hội nghị có lãnh đạo VKSND các tỉnh: Bạc Liêu, Cà Mau, Kiên Giang, Hậu Giang, An Giang và Cần "
    "Thơ(khách mời).",
])
def test_the_cluster_members_a_colon_lists_are_the_sides(attendance):
    # before: Hậu Giang alone (the list has no count and no "gồm")
    ev = _cluster(attendance)
    names = {p["name"] for p in ev["parties"]}
    assert names == MEMBERS, ev["parties"]
    assert set(ev["pair"]) <= MEMBERS and len(set(ev["pair"])) == 2, ev["pair"]


def test_a_list_with_no_guest_after_a_colon():
    ev = _cluster("Hội thao có 5 đoàn tham dự, gồm cán bộ của VKSND các tỉnh: Cà Mau, Bạc Liêu, Kiên Giang, An Giang "
                  "và Hậu Giang.")
    assert {p["name"] for p in ev["parties"]} == MEMBERS, ev["parties"]


@pytest.mark.parametrize("body", [
    # no word that the members took part: background, not the occasion's sides
    "Năm 2022, cụm có thành viên là VKSND các tỉnh: Cà Mau, Bạc Liêu, Kiên Giang, An Giang và Hậu Giang.",
    # the places a trip visited ("tại các tỉnh:"): where, not who
    "Năm 2022, đoàn đã tham gia đi thực tế tại các tỉnh: Cà Mau, Bạc Liêu, Kiên Giang, An Giang và Hậu Giang.",
    # the exhibitors' businesses (partner_lists.EXHIBITORS): not the sides
    "Hội thao có sự tham gia của các doanh nghiệp của các tỉnh: Cà Mau, Bạc Liêu, Kiên Giang, An Giang và Hậu "
    "Giang.",
])
def test_other_colon_lists_add_no_side(body):
    ev = _cluster(body)
    assert [p["name"] for p in ev["parties"]] == ["Hậu Giang"], ev["parties"]


def test_the_gom_list_as_before():
    ev = _cluster("Tham dự có đại diện VKSND các tỉnh trong cụm gồm: Cà Mau, Bạc Liêu, Kiên Giang, An Giang, Hậu "
                  "Giang.")
    assert {p["name"] for p in ev["parties"]} == MEMBERS, ev["parties"]


def test_a_guest_mark_follows_the_name():
    text = "các tỉnh: Cà Mau, Bạc Liêu và Cần Thơ (khách mời)."
    from hoptac.core.places import find_places
    found = {m.surface: m for m in find_places(text)}
    assert pl.guest_marked(text, found["Cần Thơ"]) and not pl.guest_marked(text, found["Bạc Liêu"])
    assert all(mark and example for mark, example in pl.GUEST_MARKS)


# --- drop_festival_city: a city's own festival the listed sides take part in ---------------------------------------

FEST_HEAD = "Tỉnh Kiên Giang tham gia Hội chợ Du lịch Quốc tế Đà Nẵng"
FEST_LEAD = ("Trung tâm Xúc tiến Du lịch các tỉnh trong khối liên kết phía Tây gồm Kiên Giang, An Giang, Cà Mau, "
             "Bạc Liêu và Sóc Trăng vừa đưa gian hàng chung tới trưng bày tại Hội chợ Du lịch Quốc tế lần thứ 9 năm "
             "2022 Đà Nẵng. Hội chợ diễn ra từ ngày 8 đến 11/6/2022.")
FEST_BODY = "Theo ông Lê Văn Chín, Phó Giám đốc Sở Du lịch TP. Đà Nẵng, hội chợ năm nay có hơn 300 gian hàng."
WEST = {"Kiên Giang", "An Giang", "Cà Mau", "Bạc Liêu", "Sóc Trăng"}


def _fest(head: str = FEST_HEAD, lead: str = FEST_LEAD) -> dict:
    return main_event("\n\n".join([head, lead, FEST_BODY]) + "\n")


@pytest.mark.parametrize("head, lead", [
    (FEST_HEAD, FEST_LEAD),
    # "dự" in the headline, the festival's word "Lễ hội"
    ("Tỉnh Kiên Giang dự Lễ hội Biển Đà Nẵng", FEST_LEAD.replace("Hội chợ Du lịch Quốc tế lần thứ 9", "Lễ hội Biển")),
])
def test_the_listed_sides_over_the_festivals_city(head, lead):
    # before: Kiên Giang – Đà Nẵng (the city's headline points over the list's one each)
    ev = _fest(head, lead)
    assert set(ev["pair"]) <= WEST and len(set(ev["pair"])) == 2, ev["pair"]
    assert {p["name"] for p in ev["parties"]} == WEST, ev["parties"]


@pytest.mark.parametrize("head, lead, city_side", [
    # the city acts in the lead too: a side
    (FEST_HEAD, "UBND TP. Đà Nẵng phối hợp với các tỉnh trong khối liên kết phía Tây gồm Kiên Giang, An Giang, Cà "
                "Mau, Bạc Liêu và Sóc Trăng tổ chức gian hàng chung. Hội chợ diễn ra từ ngày 8 đến 11/6/2022.", True),
    # the festival of a province held in the city (partner_fairs: the host market is a side)
    ("Tuần lễ văn hóa tỉnh Kiên Giang tại Đà Nẵng", "Từ ngày 8 đến 11/6/2022, tỉnh Kiên Giang tổ chức Tuần lễ văn "
     "hóa tỉnh Kiên Giang tại TP. Đà Nẵng.", True),
    # one participant, no list: the city stays (a pair needs two)
    (FEST_HEAD, "Từ ngày 8 đến 11/6/2022, Trung tâm Xúc tiến Du lịch tỉnh Kiên Giang tham gia gian hàng tại Hội chợ "
                "Du lịch Quốc tế Đà Nẵng.", True),
])
def test_the_city_stays_a_side(head, lead, city_side):
    ev = _fest(head, lead)
    assert ("Đà Nẵng" in ev["pair"]) == city_side, ev["pair"]


def test_each_festival_row_has_an_example():
    assert all(word and example for word, example in fv.FESTIVAL_AT)
