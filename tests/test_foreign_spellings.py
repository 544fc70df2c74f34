"""The audit of the Vietnamese spellings of foreign first-level regions (issue 9): each
spelling of scripts/gazetteer_exonyms.EXONYMS is found, at region level, with its country;
a compass word or a common word alone never makes a foreign region. Sentences written for
the test."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places


def foreign(text: str) -> list[tuple[str, str, bool]]:
    return [(m.candidates[0].name, m.candidates[0].country, m.candidates[0].is_province)
            for m in find_places(text) if m.candidates[0].country != "Việt Nam"]


@pytest.mark.parametrize("text, name, country", [
    # Australia: the territories named whole stand bare; the states after "bang"
    ("Đoàn công tác của Lãnh thổ Thủ đô Australia thăm tỉnh Khánh Hòa.", "Australian Capital Territory", "Australia"),
    ("Đoàn công tác của Lãnh thổ Bắc Úc thăm tỉnh Khánh Hòa.", "Northern Territory", "Australia"),
    ("Chính quyền Lãnh thổ phía Bắc Australia làm việc với tỉnh Bình Định.", "Northern Territory", "Australia"),
    ("Lãnh đạo bang Niu Xao Uên tiếp đoàn tỉnh Nghệ An.", "New South Wales", "Australia"),
    ("Tỉnh Quảng Nam ký kết với bang Tây Úc.", "Western Australia", "Australia"),
    ("Đoàn bang Tây Australia thăm tỉnh Bà Rịa - Vũng Tàu.", "Western Australia", "Australia"),
    ("Hợp tác giữa tỉnh Sóc Trăng và bang Nam Úc.", "South Australia", "Australia"),
    # the United States: compass states, Vietnamese spellings
    ("Đoàn bang Bắc Carolina thăm tỉnh Đắk Lắk.", "North Carolina", "Hoa Kỳ"),
    ("Tỉnh Thừa Thiên Huế và bang Nam Ca-rô-li-na ký ghi nhớ.", "South Carolina", "Hoa Kỳ"),
    ("Đoàn bang Tây Virginia đến Hà Nội.", "West Virginia", "Hoa Kỳ"),
    ("Thống đốc bang Ca-li-phoóc-ni-a tiếp đoàn TP.HCM.", "California", "Hoa Kỳ"),
    # Korea: the older romanisations and "Bắc"/"Nam" after the name
    ("Đoàn tỉnh Kyungbuk thăm tỉnh Thái Nguyên.", "Gyeongsangbuk", "Hàn Quốc"),
    ("Tỉnh Kyongsang Bắc và tỉnh Bắc Ninh ký kết hợp tác.", "Gyeongsangbuk", "Hàn Quốc"),
    ("Đoàn tỉnh Chollanam thăm tỉnh Kiên Giang.", "Jeollanam", "Hàn Quốc"),
    ("Đoàn tỉnh Jeolla Nam thăm tỉnh Kiên Giang.", "Jeollanam", "Hàn Quốc"),
    ("Tỉnh Vĩnh Phúc kết nghĩa với tỉnh Chungchongbuk.", "Chungcheongbuk", "Hàn Quốc"),
    ("Đoàn thành phố Taegu thăm thành phố Đà Nẵng.", "Daegu", "Hàn Quốc"),
    # China: the full names of the autonomous regions
    ("Đoàn Khu tự trị Duy Ngô Nhĩ Tân Cương thăm tỉnh Lào Cai.", "Tân Cương", "Trung Quốc"),
    ("Đoàn Khu tự trị dân tộc Hồi Ninh Hạ thăm tỉnh Lào Cai.", "Ninh Hạ", "Trung Quốc"),
    ("Đoàn Khu tự trị dân tộc Choang Quảng Tây thăm tỉnh Lạng Sơn.", "Quảng Tây", "Trung Quốc"),
    # Laos, Cambodia, Thailand
    ("Đoàn tỉnh Xayabuly thăm tỉnh Điện Biên.", "Xay-nhạ-bu-ly", "Lào"),
    ("Tỉnh Bình Phước hợp tác với tỉnh Kampông Spư.", "Kampong Speu", "Campuchia"),
    ("Tỉnh Đắk Nông tiếp đoàn tỉnh Môn-đôn-ki-ri.", "Mondulkiri", "Campuchia"),
    ("Đoàn tỉnh Korat thăm tỉnh Quảng Trị.", "Nakhon Ratchasima", "Thái Lan"),
    ("Đoàn tỉnh Udon thăm tỉnh Quảng Trị.", "Udon Thani", "Thái Lan"),
    ("Đoàn tỉnh Salavanh thăm tỉnh Thừa Thiên Huế.", "Salavan", "Lào"),
    ("Đoàn tỉnh Luang Pra Bang thăm tỉnh Sơn La.", "Luông Pha Bang", "Lào"),
    ("Đoàn tỉnh Kampong Chnang thăm tỉnh An Giang.", "Kampong Chhnang", "Campuchia"),
    ("Đoàn tỉnh Phu-két thăm tỉnh Khánh Hòa.", "Phuket", "Thái Lan"),
    # France, Germany, Cuba, Myanmar, Russia
    ("Đoàn vùng Corse thăm tỉnh Thừa Thiên Huế.", "Corse", "Pháp"),
    ("Đoàn bang Hạ Saxony thăm tỉnh Bình Dương.", "Niedersachsen", "Đức"),
    ("Đoàn bang Saxony-Anhalt thăm tỉnh Bình Dương.", "Sachsen-Anhalt", "Đức"),
    ("Đoàn bang Thuringia thăm tỉnh Bình Dương.", "Thüringen", "Đức"),
    ("Đoàn tỉnh Xan-ti-a-gô đê Cu-ba thăm tỉnh Quảng Trị.", "Santiago de Cuba", "Cuba"),
    ("Đoàn thủ đô Naypyidaw thăm thủ đô Hà Nội.", "Nay Pyi Taw", "Myanmar"),
    ("Đoàn Cộng hòa Tatarstan thăm tỉnh Bắc Ninh.", "Tatarstan", "Nga"),
    ("Tỉnh Thanh Hóa hợp tác với tỉnh Kursk (Nga).", "Kursk", "Nga"),
    ("Đoàn vùng Kamchatka thăm tỉnh Khánh Hòa.", "Kamchatka", "Nga"),
    ("Đoàn tỉnh Nizhny Novgorod thăm tỉnh Phú Thọ.", "Nizhny Novgorod", "Nga"),
    ("Thống đốc Primorye tiếp đoàn tỉnh Khánh Hòa.", "Primorsky", "Nga"),
])
def test_a_vietnamese_spelling_is_the_region_with_its_country(text, name, country):
    assert (name, country, True) in foreign(text)


@pytest.mark.parametrize("text", [
    # a compass word, a translated compass part without its level word, a common word
    "Sinh viên Đại học Tây Úc thăm tỉnh Khánh Hòa.",
    "Miền Nam Úc có khí hậu ôn hòa.",
    "Đoàn Bắc Carolina thăm tỉnh Khánh Hòa.",
    "Hướng Bắc, hướng Nam, phía Tây, phía Đông của tỉnh Khánh Hòa.",
    "Khu vực phía Bắc và phía Nam của tỉnh Lào Cai.",
    "Ông Vladimir đến thăm tỉnh Khánh Hòa.",
    "Tổng thống Vladimir Putin gặp ông Kirov.",
    "Vùng Viễn Đông của Nga giàu tài nguyên.",   # a federal district, no first-level region
    "Lãnh thổ phía Bắc của tỉnh Lào Cai giáp Trung Quốc.",
])
def test_no_foreign_region_from_a_compass_or_common_word(text):
    assert foreign(text) == []


def test_a_longer_name_wins_over_its_first_part():
    # "Saxony-Anhalt" is not Saxony; "Nizhny Novgorod" is not Novgorod
    assert foreign("bang Saxony-Anhalt") == [("Sachsen-Anhalt", "Đức", True)]
    assert foreign("tỉnh Nizhny Novgorod") == [("Nizhny Novgorod", "Nga", True)]
