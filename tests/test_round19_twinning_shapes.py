"""Round 19, twinning and support between districts and communes (sentences written for these tests):
the year a bond began told with its partner between the verb and the year ("kết nghĩa với xã B từ năm
2020", "kết nghĩa với nhau từ năm 1968") is a milestone of the bond; a Tết told as coming in talks
("thống nhất tổ chức … nhân dịp Tết Nguyên đán 2020") lies ahead of the talks, so it gives their year
only in January-February (that Tết's year) or December (the year before), never a later month's."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.year_cue_kinds import CUE

from extract_support import events_in, first_main

HEAD = "Hai xã kết nghĩa thăm hỏi lẫn nhau\n\n"
LEAD = ("Chiều 16/5, đoàn công tác xã Tân Phước (huyện Gò Công Đông, tỉnh Tiền Giang) đã đến thăm và làm việc "
        "tại xã Phú Mỹ (huyện Tân Phước, tỉnh Tiền Giang) và xã Hòa Bình (huyện Chợ Gạo).\n\n")
TALKS = ("Sáng {day}, tại huyện Quan Sơn, lãnh đạo huyện Quan Sơn (tỉnh Thanh Hóa) và huyện Viêng Xay "
         "(tỉnh Hủa Phăn, Lào) đã hội đàm về hợp tác bảo vệ biên giới.\n\n")


def _events(text: str) -> list[dict]:
    return events_in(HEAD + text)


def _others(text: str) -> list[str]:
    return [e["date"] for e in _events(text) if not e["main"]]


def _main(text: str) -> dict:
    return first_main(HEAD + text)


# --- the year a bond began, its partner between the verb and the year ----------------------

@pytest.mark.parametrize("sentence, year", [
    ("Xã Tân Phước và đơn vị kết nghĩa với xã Phú Mỹ từ năm 2019 đến nay.", "2019"),
    ("Hai huyện đã kết nghĩa với nhau từ năm 1967, gắn bó qua hai cuộc kháng chiến.", "1967"),
    ("Hai địa phương thiết lập quan hệ kết nghĩa với nhau từ năm 2016.", "2016"),
    ("Quận Hai Bà Trưng thiết lập quan hệ hữu nghị với huyện Sìn Hồ, tỉnh Lai Châu từ năm 2011.", "2011"),
])
def test_the_year_a_bond_began_with_its_partner_between_is_a_milestone(sentence, year):
    assert year in _others(LEAD + sentence + "\n")


@pytest.mark.parametrize("sentence, year", [
    # two countries' relations are no bond between the localities
    ("Việt Nam thiết lập quan hệ ngoại giao với Lào từ năm 1962.", "1962"),
    # cooperation running since a year, with no word of a bond founded
    ("Hai xã phối hợp tổ chức giao lưu văn nghệ với nhau từ năm 2018 đến nay.", "2018"),
    # the bond's words in another sentence do not reach the year
    ("Hai xã đã kết nghĩa với nhau. Từ năm 2018 đến nay, thu nhập của người dân tăng đều.", "2018"),
])
def test_a_year_with_no_bond_founded_there_is_no_milestone(sentence, year):
    assert year not in _others(LEAD + sentence + "\n")


# --- a Tết told as coming in the talks ---------------------------------------------------

AHEAD = "Hai bên thống nhất tổ chức giao lưu văn nghệ nhân dịp Tết Nguyên đán Canh Tý 2020.\n"


@pytest.mark.parametrize("day, date", [
    ("12/4", "--04-12"),        # after that year's Tết has passed: the coming one is next year's, either year
    ("25/9", "--09-25"),
    ("9/1", "2020-01-09"),      # in January, before the Tết of 2020
    ("3/2", "2020-02-03"),      # in February, days before it ("chuẩn bị đón Tết …")
    ("18/12", "2019-12-18"),    # in December, the Tết of the next year
])
def test_a_tet_told_as_coming_gives_the_talks_year_only_around_the_new_year(day, date):
    assert _main(TALKS.format(day=day) + AHEAD)["date"] == date


def test_a_tet_told_as_past_still_gives_its_year():
    text = (TALKS.format(day="12/2") + "Nhân dịp Tết Nguyên đán Canh Tý 2020, hai bên đã thăm hỏi, tặng quà "
            "các gia đình chính sách.\n")
    assert _main(text)["date"] == "2020-02-12"
    assert "2020" in CUE["spring_ahead"].example   # the kind's row names its shape


# --- an archive photo's caption ------------------------------------------------------------

VISIT = ("Sáng 20/4, đoàn công tác huyện Tương Dương (Nghệ An) đã đến thăm huyện Xay Chăm Phon, tỉnh "
         "Bôlykhămxay (Lào).\n")
GIFT = "Dịp này, huyện Tương Dương trao tặng 150 triệu đồng hỗ trợ xây dựng trạm y tế.\n"


@pytest.mark.parametrize("caption", [
    "Lãnh đạo hai huyện ký kết biên bản kết nghĩa năm 2011 (Ảnh tư liệu).",
    "Lễ ký kết nghĩa giữa hai huyện ngày 14/3/2011. Ảnh: Tư liệu",
    "Một buổi giao lưu văn nghệ giữa hai huyện năm 2011 (Ảnh minh họa).",
])
def test_an_archive_photo_caption_gives_the_page_no_year(caption):
    assert _main(VISIT + caption + "\n" + GIFT)["date"] == "--04-20"


def test_a_caption_of_the_page_own_occasion_still_gives_its_year():
    caption = "Lãnh đạo hai huyện tại buổi làm việc ngày 20/4/2024. Ảnh: Thu Hà"
    assert _main(VISIT + caption + "\n" + GIFT)["date"] == "2024-04-20"


# --- a national programme's phase that a support serves ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Từ năm 2014 đến nay, huyện Tân Phước đã hỗ trợ xã Phú Mỹ hơn 3 tỷ đồng xây dựng nông thôn mới giai đoạn "
    "2016 - 2020.",
    "Dịp này, đoàn trao 800 triệu đồng hỗ trợ xã Phú Mỹ xây dựng nông thôn mới nâng cao giai đoạn 2021-2025.",
    "Hai xã phối hợp thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.",
])
def test_a_national_programme_phase_gives_no_year(sentence):
    assert _main(LEAD + sentence + "\n")["date"] == "--05-16"


def test_a_cooperation_plan_for_a_period_still_gives_its_first_year():
    text = LEAD + "Hai xã thống nhất các nội dung hợp tác giai đoạn 2021 - 2025.\n"
    assert _main(text)["date"] == "2021-05-16"


# --- a print view's time --------------------------------------------------------------------

PRINTED_BODY = ("Hai huyện kết nghĩa\nNgày 20/11, tại huyện Yên Thành, tỉnh Nghệ An, đã diễn ra lễ kết nghĩa giữa "
                "huyện Yên Thành và huyện Đức Phổ (tỉnh Quảng Ngãi).\n")


@pytest.mark.parametrize("page", [
    PRINTED_BODY + "Hồng Nhung\nIn ngày 22/11/2024\n",
    "In bài viết | Ngày in: 22/11/2024 09:35\n" + PRINTED_BODY,
    PRINTED_BODY + "Thời gian in: 22/11/2024 - 09:35\n",
])
def test_a_print_time_is_no_stamp_and_gives_no_year(page):
    art = parse_article(page)
    assert art.published is None
    assert art.title.startswith("Hai huyện kết nghĩa")
    main = next(e for e in extract_events(art, article_id="t", source="t.txt")[0] if e["main"])
    assert main["date"] == "--11-20"


def test_a_publication_stamp_under_the_article_still_dates_it():
    art = parse_article(PRINTED_BODY + "Hồng Nhung\n22/11/2024 09:35\n")
    assert art.published is not None and art.published.year == 2024


# --- a commune's district in brackets; a name's own marks ------------------------------------

@pytest.mark.parametrize("lead, pair", [
    ("Sáng 12/3, xã Tam Thanh (Phú Ninh) và xã Hoằng Phụ (Hoằng Hóa) đã tổ chức lễ kết nghĩa.",
     ["Quảng Nam", "Thanh Hóa"]),
    ("Sáng 12/3, xã Duy Hải (Duy Xuyên) và xã Trường Sơn (Nông Cống, Thanh Hóa) đã tổ chức lễ kết nghĩa.",
     ["Quảng Nam", "Thanh Hóa"]),
    ("Sáng 12/3, thị trấn Đồng Lê (Tuyên Hóa) đón đoàn công tác thị trấn Mường Xén (Kỳ Sơn, Nghệ An).",
     ["Nghệ An", "Quảng Bình"]),
    # the marks the name is written with: Quảng Nam's Phú Ninh, not Phú Thọ's Phù Ninh
    ("Sáng 12/3, huyện Phú Ninh và huyện Hoằng Hóa đã tổ chức lễ kết nghĩa.", ["Quảng Nam", "Thanh Hóa"]),
    ("Sáng 12/3, huyện Phù Ninh và huyện Hoằng Hóa đã tổ chức lễ kết nghĩa.", ["Phú Thọ", "Thanh Hóa"]),
])
def test_a_commune_district_in_brackets_and_a_name_own_marks_give_the_province(lead, pair):
    assert sorted(_main(lead + "\n")["pair"]) == pair


@pytest.mark.parametrize("text", [
    "Sáng 12/3, đoàn đã đến thăm (Phú Ninh) và làm việc.",       # no commune before the bracket
    "Sáng 12/3, lãnh đạo xã biên giới (Phú Ninh) đã làm việc.",  # no commune's name
])
def test_a_bare_district_elsewhere_is_no_place(text):
    from hoptac.core.places import find_places
    assert not any(c.name == "Phú Ninh" for m in find_places(text) for c in m.candidates)


def test_an_island_district_is_a_district():
    text = "Sáng 12/3, đoàn công tác huyện đảo Cô Tô đã đến thăm huyện đảo Bạch Long Vĩ.\n"
    assert sorted(_main(text)["pair"]) == ["Hải Phòng", "Quảng Ninh"]


# --- a period signed at an earlier time the sentence names -----------------------------------

VISIT_25_6 = ("Sáng 25/6, đoàn công tác huyện Đức Phổ (Quảng Ngãi) đã thăm huyện kết nghĩa Yên Thành "
              "(Nghệ An).\n")


@pytest.mark.parametrize("sentence", [
    "Năm 2016, hai huyện đã ký kết chương trình phối hợp giai đoạn 2016 - 2020.",
    "Trước đó, hai huyện đã ký kết chương trình phối hợp giai đoạn 2016 - 2020.",
    "Tháng 5/2016, hai huyện đã ký kết chương trình phối hợp giai đoạn 2016 - 2020.",
])
def test_a_period_signed_at_an_earlier_time_gives_the_page_no_year(sentence):
    assert _main(VISIT_25_6 + sentence + "\n")["date"] == "--06-25"


def test_a_period_signed_at_the_page_occasion_still_gives_its_year():
    text = VISIT_25_6 + "Tại buổi làm việc, hai huyện ký kết chương trình phối hợp giai đoạn 2021 - 2025.\n"
    assert _main(text)["date"] == "2021-06-25"


def test_building_a_school_within_a_running_period_opens_no_period():
    text = (VISIT_25_6 + "Dịp này, huyện Đức Phổ trao 50 triệu đồng hỗ trợ xây dựng trường học theo kế hoạch hợp tác "
            "giai đoạn 2021 - 2025.\n")
    assert _main(text)["date"] == "--06-25"
    # building a plan still plans it
    text = VISIT_25_6 + "Hai huyện thống nhất xây dựng chương trình phối hợp giai đoạn 2021 - 2025.\n"
    assert _main(text)["date"] == "2021-06-25"


# --- a national day greeted without "kỷ niệm" -------------------------------------------------

@pytest.mark.parametrize("words, date", [
    ("chào mừng 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước", "2024-04-14"),
    ("chào mừng kỷ niệm 49 năm Ngày Giải phóng miền Nam", "2024-04-14"),
    ("hướng tới chào mừng 50 năm Ngày Giải phóng miền Nam", "--04-14"),   # looked ahead: either year
])
def test_a_national_day_greeted_gives_its_year(words, date):
    text = ("Sáng 14/4, hai huyện Bố Trạch (Quảng Bình) và Thủy Nguyên (Hải Phòng) tổ chức giao lưu văn nghệ "
            + words + ".\n")
    assert _main(text)["date"] == date
