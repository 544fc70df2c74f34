"""Round 27 (late27e): the large German, French and Italian cities papers name as partners
(scripts/gazetteer_cities, CITIES: about 500,000 people or more, Rome the capital) are read as
the Korean and Japanese ones: named alone, the city is the pair; named with its region beside it,
the region. Never bare: a club or a treaty named after a city is no party. Sentences written for
the test."""

from __future__ import annotations

import pytest

from extract_support import HEAD, main_event


def _foreign(event: dict) -> dict:
    return next(p for p in event["parties"] if p.get("country"))


@pytest.mark.parametrize("body, city", [
    # its level word only, no country beside it: the table knows it is German
    ("Chiều 8/6, Phó Chủ tịch UBND thành phố Hải Phòng và Thị trưởng thành phố Frankfurt ký kết bản ghi nhớ "
     "hợp tác.", "Frankfurt"),
    ("Sáng 14/10, tỉnh Bình Dương tiếp đoàn đại biểu thành phố Munich (CHLB Đức) đến thăm và làm việc.", "München"),
    ("Ngày 2/3, thành phố Đà Nẵng và TP Lyon ký thỏa thuận hợp tác về quy hoạch đô thị.", "Lyon"),
    ("Ngày 21/11, đoàn công tác tỉnh Quảng Nam thăm và làm việc với chính quyền thành phố Milan (Italia).", "Milano"),
])
def test_a_european_city_named_alone_is_the_pair(body: str, city: str) -> None:
    ev = main_event(HEAD + body)
    assert city in ev["pair"], ev["pair"]
    assert _foreign(ev)["name"] == city


def test_named_with_its_region_the_region_is_the_pair() -> None:
    ev = main_event(HEAD + "Sáng 12/9, đoàn đại biểu thành phố Leipzig, bang Sachsen (Đức) đến thăm và làm việc "
                    "với tỉnh Thái Nguyên.")
    assert sorted(ev["pair"]) == ["Sachsen", "Thái Nguyên"], ev["pair"]
    assert _foreign(ev)["name"] == "Leipzig"


@pytest.mark.parametrize("body", [
    # a football club and a treaty named after a city: no level word, no country after it
    "Sáng 14/10, tỉnh Bình Dương tiếp đoàn cầu thủ trẻ từng tập huấn tại câu lạc bộ Napoli và Milan.",
    "Sáng 14/10, tỉnh Bình Dương tổ chức kỷ niệm ngày ký Hiệp định Paris, có đại diện thành phố Huế dự.",
])
def test_a_bare_city_name_is_no_party(body: str) -> None:
    ev = main_event(HEAD + body)
    assert not [p for p in ev["parties"] if p.get("country")], ev["parties"]
