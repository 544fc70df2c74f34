"""The regions of India, Canada, New Zealand and Kazakhstan (ISO 3166-2 through pycountry at build
time, with the Vietnamese spellings of scripts/gazetteer_exonyms.EXONYMS): each is a first-level
partner with its country, after a level word ("tỉnh bang", "bang", "vùng", "thủ đô") or before its
country ("vùng lãnh thổ Bắc Úc"); a compass word alone, or a bare English word, is none. Sentences written for the test."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places

from extract_support import main_event


def foreign(text: str) -> list[tuple[str, str, bool]]:
    return [(m.candidates[0].name, m.candidates[0].country, m.candidates[0].is_province)
            for m in find_places(text) if m.candidates[0].country != "Việt Nam"]


@pytest.mark.parametrize("text, name, country", [
    # Canada: "tỉnh bang" (a province), its Vietnamese spellings, or the country after the name
    ("Đoàn công tác tỉnh Bình Dương làm việc với chính quyền tỉnh bang Alberta.", "Alberta", "Canada"),
    ("Lãnh đạo bang Ôn-ta-ri-ô tiếp đoàn thành phố Cần Thơ.", "Ontario", "Canada"),
    ("Thành phố Hồ Chí Minh ký ghi nhớ với tỉnh bang Quê-béc.", "Quebec", "Canada"),
    ("Hợp tác giữa tỉnh Khánh Hòa và British Columbia (Canada) về du lịch.", "British Columbia", "Canada"),
    # New Zealand: its regions after "vùng" or before the country
    ("Lãnh đạo thành phố Cần Thơ tiếp đoàn vùng Waikato sang thăm.", "Waikato", "New Zealand"),
    ("Hà Nội và vùng Ốc-lân (Niu Di-lân) trao đổi kinh nghiệm.", "Auckland", "New Zealand"),
    ("Đoàn công tác của Wellington (New Zealand) thăm tỉnh Quảng Ninh.", "Wellington", "New Zealand"),
    # Kazakhstan: the capital by both its names, a region with its compass word
    ("Hà Nội thiết lập quan hệ kết nghĩa với thủ đô Nursultan (Kazakhstan).", "Astana", "Kazakhstan"),
    ("Đoàn thành phố A-xta-na thăm thành phố Hà Nội.", "Astana", "Kazakhstan"),
    ("Tỉnh Đông Kazakhstan ký kết hợp tác với tỉnh Lạng Sơn.", "East Kazakhstan", "Kazakhstan"),
    ("Đoàn tỉnh Aktobe (Ca-dắc-xtan) thăm tỉnh Thái Nguyên.", "Aktobe", "Kazakhstan"),
    # India: the states by their ISO names without macrons, a translated compass name after "bang"
    ("Đoàn công tác tỉnh Long An đã đến thăm và làm việc tại bang Gujarat (Ấn Độ).", "Gujarat", "Ấn Độ"),
    ("Tỉnh Bắc Ninh hợp tác với bang Tây Bengal.", "West Bengal", "Ấn Độ"),
    ("Đoàn bang Kerala thăm thành phố Đà Nẵng.", "Kerala", "Ấn Độ"),
    # "vùng lãnh thổ" (a territory) before a territory's name
    ("Đoàn đại biểu vùng lãnh thổ Bắc Úc làm việc với tỉnh Bà Rịa - Vũng Tàu.", "Northern Territory", "Australia"),
    ("Lãnh đạo vùng lãnh thổ Yukon (Canada) tiếp đoàn thành phố Đà Nẵng.", "Yukon", "Canada"),
])
def test_a_region_of_the_new_countries_is_a_partner_with_its_country(text, name, country):
    assert (name, country, True) in foreign(text)


@pytest.mark.parametrize("text", [
    "Sinh viên Kazakhstan học tập tại tỉnh Thái Nguyên.",          # the country alone
    "Phía Đông Kazakhstan giáp Trung Quốc.",                       # a compass word, no level word
    "Thời tiết ở bờ West Coast rất đẹp.",                          # English words, no level word, no country
    "Đoàn Canada thăm tỉnh Khánh Hòa.",                            # a country, no region
    "Bảo vệ chủ quyền vùng lãnh thổ biên giới của tỉnh Lào Cai.",  # the words, no name after them
])
def test_no_region_from_a_country_a_compass_word_or_english_words(text):
    assert foreign(text) == []


def test_a_twinning_with_a_capital_named_by_its_old_name_pairs_the_city():
    text = ("Hà Nội và Nursultan (Kazakhstan) tăng cường hợp tác\n\n"
            "Ngày 5/3, Chủ tịch UBND thành phố Hà Nội tiếp Đại sứ Kazakhstan, bàn việc thiết lập quan hệ "
            "kết nghĩa giữa Hà Nội và thủ đô Nursultan.")
    main = main_event(text)
    assert sorted(main["pair"]) == ["Astana", "Hà Nội"]
    assert any(p.get("country") == "Kazakhstan" for p in main["parties"])
