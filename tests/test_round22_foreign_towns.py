"""Round 22 (foreign22b): a smaller Korean or Japanese city a Vietnamese locality twins with
is known to the gazetteer with its province or prefecture (scripts/gazetteer_cities.TOWNS), and a
Russian autonomous okrug by its short name (scripts/gazetteer_exonyms). Since round 25 the pair is
the town itself where the page does not name its region beside it (the corpus's reading: b18), its
region where it does. Sentences written for the test."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.places import find_places

HEAD = "Hai địa phương tăng cường hợp tác\n\n"


@pytest.mark.parametrize("body, partner, town", [
    ("Ngày 14/3/2024, UBND tỉnh Tuyên Quang làm việc với đoàn công tác của thành phố Naju, "
     "Hàn Quốc do Thị trưởng dẫn đầu.", "Jeollanam", "Naju"),
    ("Ngày 9/5/2023, lãnh đạo tỉnh Lạng Sơn tiếp đoàn công tác thành phố Gim-je, Hàn Quốc đến "
     "thăm và làm việc.", "Jeollabuk", "Gimje"),
    ("Ngày 2/6/2023, tỉnh Phú Thọ và thành phố Mimasaka (Nhật Bản) ký thỏa thuận hợp tác "
     "hữu nghị.", "Okayama", "Mimasaka"),
    ("Ngày 20/10/2023, thành phố Hải Dương và thành phố Nasushiobara, Nhật Bản ký bản ghi nhớ "
     "hợp tác.", "Tochigi", "Nasushiobara"),
])
def test_a_town_abroad_named_alone_is_paired_as_itself(body, partner, town):
    event = main_event(HEAD + body)
    assert town in event["pair"]
    assert partner not in event["pair"]
    assert next(p for p in event["parties"] if p["name"] == town)["province"] == town


@pytest.mark.parametrize("body, partner, town", [
    ("Ngày 14/3/2024, UBND tỉnh Tuyên Quang làm việc với đoàn công tác của thành phố Naju, "
     "tỉnh Jeollanam, Hàn Quốc do Thị trưởng dẫn đầu.", "Jeollanam", "Naju"),
    ("Ngày 2/6/2023, tỉnh Phú Thọ và thành phố Mimasaka (tỉnh Okayama, Nhật Bản) ký thỏa thuận hợp tác "
     "hữu nghị.", "Okayama", "Mimasaka"),
])
def test_a_town_abroad_named_with_its_region_is_paired_as_its_region(body, partner, town):
    event = main_event(HEAD + body)
    assert partner in event["pair"]
    assert town not in event["pair"]
    assert next(p for p in event["parties"] if p.get("country"))["name"] == town


def test_a_russian_okrug_by_its_short_name():
    event = main_event(HEAD + "Ngày 5/8/2024, tỉnh Kiên Giang tiếp đoàn đại biểu khu tự trị "
                       "Nenetsky (Liên bang Nga) đến thăm và làm việc.")
    assert "Nenetsky" in event["pair"]


def test_a_vietnamese_province_before_korea_stays_vietnamese():
    # Hanam (Gyeonggi) is left out of the towns: it folds like Hà Nam
    names = [(m.candidates[0].name, m.candidates[0].country)
             for m in find_places("Hợp tác lao động giữa tỉnh Hà Nam - Hàn Quốc được mở rộng.")]
    assert ("Hà Nam", "Việt Nam") in names


def test_a_korean_county_stays_itself():
    # counties (gun) are kept with their country, as the corpus's gold writes them
    event = main_event(HEAD + "Ngày 11/4/2024, UBND tỉnh Hà Nam tiếp đoàn công tác của huyện "
                       "Yeongam (Hàn Quốc).")
    assert "Yeongam" in event["pair"]
