"""A region named as one party brings its member provinces (sentences written for these
tests; none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.places import resolve
from hoptac.core.places_regions import REGIONS

from extract_support import main_event

MEKONG = {"An Giang", "Bạc Liêu", "Bến Tre", "Cà Mau", "Cần Thơ", "Đồng Tháp", "Hậu Giang", "Kiên Giang",
          "Long An", "Sóc Trăng", "Tiền Giang", "Trà Vinh", "Vĩnh Long"}
HIGHLANDS = {"Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum", "Lâm Đồng"}


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


def test_every_member_is_a_province_of_the_gazetteer_and_every_row_has_its_source():
    for region in REGIONS:
        assert region.source in ("NQ81", "VB", "TBMR", "TW") and region.example
        assert len(set(region.members)) == len(region.members)
        for name in region.members:
            place = resolve(name)
            assert place is not None and place.is_province and place.province == name
    # the six socio-economic regions cover the 63 provinces once each
    six = [r for r in REGIONS if r.source == "NQ81"]
    members = [m for r in six for m in r.members]
    assert len(six) == 6 and len(members) == len(set(members)) == 63


@pytest.mark.parametrize("text, partner, members", [
    # joined, counted: "và 13 tỉnh, thành <region>"
    ("Hải Phòng và 13 tỉnh, thành ĐBSCL bàn hợp tác logistics\n\n"
     "Ngày 8/5/2024, tại Cần Thơ, hội nghị hợp tác giữa thành phố Hải Phòng và 13 tỉnh, thành ĐBSCL đã diễn ra.\n",
     "Hải Phòng", MEKONG),
    # joined, collective: "giữa X với các tỉnh vùng <region>"
    ("Đà Nẵng mở rộng liên kết\n\n"
     "Sáng 2/6/2023, hội nghị xúc tiến du lịch giữa thành phố Đà Nẵng với các tỉnh vùng Tây Nguyên được tổ chức.\n",
     "Đà Nẵng", HIGHLANDS),
    # the region first, bare, in the headline
    ("Tây Nguyên và Hà Nội kết nối cung cầu nông sản\n\n"
     "Ngày 9/4/2024, Sở Công Thương Hà Nội tổ chức hội nghị kết nối cung cầu với các tỉnh Tây Nguyên.\n",
     "Hà Nội", HIGHLANDS),
    # a headline "X – <region>"
    ("Hà Nội – Đồng bằng sông Cửu Long: chung tay phát triển\n\n"
     "Ngày 20/10/2022, lãnh đạo thành phố Hà Nội làm việc với đại diện các địa phương.\n",
     "Hà Nội", MEKONG),
])
def test_a_region_joined_to_a_partner_brings_its_members(text, partner, members):
    ev = main_event(text)
    assert provinces(ev) == members | {partner}
    assert partner in ev["pair"] and len(ev["pair"]) == 2 and set(ev["pair"]) - {partner} <= members
    assert all(p.get("region") for p in ev["parties"] if p["province"] != partner)
    assert not any(p.get("region") for p in ev["parties"] if p["province"] == partner)


def test_the_member_named_as_the_venue_is_the_pairs_second():
    ev = main_event("Hội nghị hợp tác giữa TP Hồ Chí Minh với ĐBSCL\n\n"
                    "Sáng 4/3/2023, hội nghị hợp tác giữa TP Hồ Chí Minh với 13 tỉnh, thành phố vùng ĐBSCL được tổ "
                    "chức tại tỉnh Sóc Trăng.\n")
    assert ev["pair"] == ["Hồ Chí Minh", "Sóc Trăng"] and len(ev["parties"]) == 14


def test_tay_bac_needs_its_count():
    eight = ("Đà Nẵng và 8 tỉnh Tây Bắc hợp tác du lịch\n\n"
             "Ngày 5/9/2021, thành phố Đà Nẵng và 8 tỉnh Tây Bắc ký kết chương trình hợp tác du lịch.\n")
    ev = main_event(eight)
    assert len(ev["parties"]) == 9 and {"Lào Cai", "Điện Biên", "Phú Thọ", "Hà Giang"} <= provinces(ev)
    # "the north-west" without its count: four, six or twelve provinces? Nothing is added.
    ev = main_event(eight.replace("8 tỉnh Tây Bắc", "các tỉnh Tây Bắc"))
    assert provinces(ev) == {"Đà Nẵng"}
    # "mở rộng" names the eight without the count
    ev = main_event(eight.replace("8 tỉnh Tây Bắc", "các tỉnh Tây Bắc mở rộng"))
    assert len(ev["parties"]) == 9


def test_a_member_joined_to_its_own_region_brings_the_rest():
    ev = main_event("Bình Dương và 5 tỉnh Đông Nam Bộ hợp tác\n\n"
                    "Ngày 12/7/2024, tỉnh Bình Dương và 5 tỉnh Đông Nam Bộ ký kết thỏa thuận liên kết vùng.\n")
    assert provinces(ev) == {"Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Bình Dương", "Bình Phước", "Đồng Nai", "Tây Ninh"}


@pytest.mark.parametrize("text, expected", [
    # five of the thirteen: some of them, not the region (the count does not fit)
    ("Phú Yên ký kết hợp tác du lịch với 5 tỉnh ĐBSCL\n\n"
     "Ngày 6/8/2018, tỉnh Phú Yên ký kết hợp tác du lịch với 5 tỉnh ĐBSCL.\n", {"Phú Yên"}),
    # the members listed after the region: the list names them, the region adds nothing
    ("Hợp tác du lịch\n\nNgày 6/8/2018, tỉnh Phú Yên và các tỉnh vùng ĐBSCL gồm Cà Mau, Bạc Liêu ký kết hợp tác.\n",
     {"Phú Yên", "Cà Mau", "Bạc Liêu"}),
    # part of the region, a name, a passing mention
    ("Hợp tác du lịch\n\nNgày 6/8/2018, tỉnh Phú Yên và các tỉnh phía Tây ĐBSCL ký kết hợp tác.\n", {"Phú Yên"}),
    ("Hợp tác đào tạo\n\nNgày 6/8/2018, Trường Đại học Tây Nguyên và tỉnh Phú Yên ký kết hợp tác đào tạo.\n",
     {"Phú Yên"}),
    ("Phú Yên thu hút đầu tư\n\nNgày 6/8/2018, tỉnh Phú Yên làm việc với doanh nghiệp vùng Tây Nguyên.\n",
     {"Phú Yên"}),
])
def test_what_is_not_a_region_party(text, expected):
    ev = main_event(text)
    assert provinces(ev) and provinces(ev) <= expected
    assert not any(p.get("region") for p in ev["parties"])


def test_a_region_joined_to_a_town_is_a_name_not_a_party():
    ev = main_event("Lâm Đồng đón khách\n\nNgày 3/3/2014, tỉnh Lâm Đồng khai mạc Năm Du lịch Tây Nguyên – Đà Lạt "
                    "với tỉnh Khánh Hòa.\n")
    assert not any(p.get("region") for p in ev["parties"])


# --- how an event with a region party is shown ----------------------------------------------

REGION_EVENT = ("Hội nghị hợp tác giữa TP Hồ Chí Minh với các tỉnh vùng Tây Nguyên\n\n"
                "Sáng 4/3/2023, hội nghị hợp tác giữa TP Hồ Chí Minh với các tỉnh vùng Tây Nguyên được tổ chức "
                "tại tỉnh Gia Lai.\n")


def test_the_timeline_shows_the_region_not_one_of_its_members():
    from hoptac.tui.widgets.text import pair_label

    ev = main_event(REGION_EVENT)
    assert ev["pair"] == ["Gia Lai", "Hồ Chí Minh"]   # two provinces, as every pair
    assert pair_label(ev) == "Hồ Chí Minh – Tây Nguyên"
    assert pair_label(ev, short=True) == "TP.HCM – Tây Nguyên"
    # a further party outside the region is still counted
    ev["parties"].append({"name": "Hà Nội", "level": "thành phố", "province": "Hà Nội"})
    assert pair_label(ev) == "Hồ Chí Minh – Tây Nguyên +1"


def test_the_detail_lists_the_members_under_their_region():
    from hoptac.tui.widgets.text import parties_label

    ev = main_event(REGION_EVENT)
    assert parties_label(ev["parties"]) == (
        "Hồ Chí Minh (thành phố) · Tây Nguyên (vùng, 5: Gia Lai, Đắk Lắk, Đắk Nông, Kon Tum, Lâm Đồng)")
    # parties without a region are listed as before
    plain = [{"name": "Lào Cai", "level": "tỉnh", "province": "Lào Cai"},
             {"name": "Vân Nam", "level": "tỉnh", "province": "Vân Nam", "country": "Trung Quốc"}]
    assert parties_label(plain) == "Lào Cai (tỉnh) · Vân Nam (tỉnh, Trung Quốc)"


def test_explain_lists_the_region_with_its_members(tmp_path):
    from click.testing import CliRunner

    from hoptac.tui.cli import main

    f = tmp_path / "vung.txt"
    f.write_text(REGION_EVENT, encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(f)])
    assert result.exit_code == 0, result.output
    assert "parties   Hồ Chí Minh (thành phố) · Tây Nguyên (vùng, 5: Gia Lai," in result.output
