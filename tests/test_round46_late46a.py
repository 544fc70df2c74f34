"""Round 46 (late46a): misses of real pages never seen before, read and fixed as general shapes (docs/accuracy.md,
"Round 46: late46a"). Sentences written for this test (names, days and wording are ours, no page's own words).

1. A founding told in passing with the founded body's name between the verb and its date, the date in brackets
   ("sau khi thành lập Văn phòng Liên lạc (tháng 8/2020)"): the founding's, never the page's occasion
   (``verdict_shapes.FOUNDED_NAME_BRACKET``, verdict "founding"); a founding held as a rite keeps its day.
2. A day given as an example of what the cooperation achieved ("Điển hình như ngày 5/8/2023, … đã bắt …"): a
   result cited as background (``verdict_shapes.CITED_EXAMPLE``, verdict "past"), never the occasion.
"""

from __future__ import annotations

import re

import pytest

from hoptac.core.extract.verdict_shapes import (CITED_EXAMPLE, CITED_EXAMPLE_BEFORE, FOUNDED_NAME_BRACKET,
                                                founded_in_brackets)
from hoptac.core.text import fold

from extract_support import date_of_main, verdicts_of

HEAD = "Hai tỉnh tăng cường phối hợp phòng, chống tội phạm\n\n"
CAPTION = "Lãnh đạo công an hai tỉnh tại buổi hội đàm. Ảnh: Minh Hà\n\n"
TALKS = ("Dự hội đàm có ông Lý Văn Sơn, Phó Giám đốc Công an tỉnh Cao Bằng, cùng lãnh đạo các phòng chức năng "
         "của Công an tỉnh Hà Giang.\n\n")


# --- 1. a founding in brackets after the founded body's name ------------------------------------------------

@pytest.mark.parametrize("name, verb, example", FOUNDED_NAME_BRACKET)
def test_each_founding_row_reads_its_example(name, verb, example):
    folded = fold(example)
    at = folded.index("(") + 1
    assert founded_in_brackets(folded[:at]), name


FOUNDED = ("Từ năm 2019 đến nay, đặc biệt là sau khi thành lập Tổ công tác liên ngành hai tỉnh (tháng 3/2021), "
           "việc trao đổi thông tin giữa Cao Bằng và Hà Giang đã có nhiều chuyển biến.\n")


def test_a_founding_in_brackets_is_no_occasion():
    page = HEAD + CAPTION + TALKS + FOUNDED
    assert verdicts_of(page)["tháng 3/2021"] == "founding"
    assert date_of_main(page) is None   # before: 2021-03, the founding's month as the talks' date


@pytest.mark.parametrize("sentence", [
    # a rite that makes the founding known is held on the bracket's day
    "Sáng nay, hai tỉnh Cao Bằng và Hà Giang tổ chức Lễ công bố quyết định thành lập Tổ công tác liên ngành (ngày 5/3/2021).",
    "Công an tỉnh Cao Bằng và Công an tỉnh Hà Giang tổ chức lễ ra mắt và thành lập Tổ công tác chung (ngày 5/3/2021).",
])
def test_a_founding_held_as_a_rite_keeps_its_day(sentence):
    folded = fold(sentence)
    assert not founded_in_brackets(folded[:folded.index("(") + 1])
    assert verdicts_of(HEAD + sentence + "\n")["ngày 5/3/2021"] != "founding"


def test_a_bracket_with_no_founding_is_left_alone():
    folded = fold("Đoàn công tác tỉnh Cao Bằng thăm và làm việc tại tỉnh Hà Giang (ngày 5/3/2021")
    assert not founded_in_brackets(folded)


# --- 2. a day given as an example of results ---------------------------------------------------------------

@pytest.mark.parametrize("name, words, example", CITED_EXAMPLE)
def test_each_cited_example_row_reads_its_example(name, words, example):
    folded = fold(example)
    at = re.search(words, folded).start()
    before = folded[:at + re.search(r"\d", folded[at:]).start()]
    assert CITED_EXAMPLE_BEFORE.search(before.removesuffix("thang ")), name


EXAMPLE = ("Hai bên đã chia sẻ nhiều thông tin, phối hợp truy bắt đối tượng truy nã. Điển hình như ngày 12/6/2023, "
           "qua trao đổi thông tin, Công an tỉnh Hà Giang đã bắt một đối tượng truy nã.\n")


def test_a_cited_example_is_no_occasion():
    page = HEAD + CAPTION + TALKS + EXAMPLE
    assert verdicts_of(page)["ngày 12/6/2023"] == "past"
    assert date_of_main(page) is None   # before: 2023-06-12, the arrest as the talks' date


def test_a_lead_day_stays_the_occasion_beside_an_example():
    page = HEAD + "Ngày 20/11/2023, Công an tỉnh Cao Bằng hội đàm với Công an tỉnh Hà Giang.\n\n" + EXAMPLE
    assert date_of_main(page) == "2023-11-20"


# --- 3. a day a photo shows held, weeks after the stamp --------------------------------------------------

from hoptac.core.extract.held_after_stamp import HELD_SCENES, caption_shows_held  # noqa: E402

STAMP = "Đường dây nóng: 0900000000Chủ nhật, 02/04/2023 06:20 GMT+7\n\nHai xã biên giới gặp lại nhau\n\n"
LEAD = ("Biên phòng - Ông Lò Văn Sinh, Trưởng ấp Bàu Tre, xã Lộc Hòa, huyện Lộc Ninh, tỉnh Bình Phước, cho biết đã "
        "lâu rồi mới gặp lại ông Chan Da, Trưởng phum Srae Kor, huyện Mê Mốt, tỉnh Tbong Khmum.\n\n")
PHOTO = "{opening} Hội nghị sơ kết kết nghĩa giữa ấp Bàu Tre và phum Srae Kor. Ảnh: Minh Hà\n\n"
DAY = ("{day}, tại hội trường xã Lộc Hòa, bà con {tense}đón đoàn phum Srae Kor sang dự sơ kết 3 năm kết nghĩa hai "
       "bên biên giới.\n")


@pytest.mark.parametrize("pattern, example", HELD_SCENES)
def test_each_scene_row_reads_its_example(pattern, example):
    assert caption_shows_held(example + " Ảnh: T.L", fold(example))


def test_a_day_shown_held_weeks_after_the_stamp_takes_no_year():
    page = STAMP + LEAD + PHOTO.format(opening="Các đại biểu tham dự") + DAY.format(day="Sáng ngày 20-5", tense="")
    assert date_of_main(page) == "--05-20"   # before: 2023-05-20, the stamp's year for a day after it


@pytest.mark.parametrize("opening, day, tense, date", [
    ("Các đại biểu tham dự", "Sáng ngày 20-5", "sẽ ", "2023-05-20"),        # told ahead: a preview
    ("Ảnh minh họa: Các đại biểu tham dự", "Sáng ngày 20-5", "", "2023-05-20"),   # a file photo
    ("Các đại biểu tham dự", "Sáng ngày 5-4", "", "2023-04-05"),             # within a week of the stamp
    ("Ông Lò Văn Sinh phát biểu tại", "Sáng ngày 20-5", "", "2023-05-20"),    # no scene of it held
])
def test_no_photo_of_it_held_or_told_ahead_keeps_the_stamps_year(opening, day, tense, date):
    page = STAMP + LEAD + PHOTO.format(opening=opening) + DAY.format(day=day, tense=tense)
    assert date_of_main(page) == date


# --- 4. a signed document carried out, named by its signing ----------------------------------------------

from hoptac.core.extract.event_type import body_type, main_type  # noqa: E402
from hoptac.core.extract.type_phrases import _CARRIED_OUT_SIGNED, CARRIED_OUT_SIGNED  # noqa: E402


@pytest.mark.parametrize("name, words, example", CARRIED_OUT_SIGNED)
def test_each_carried_out_row_reads_its_example(name, words, example):
    folded = fold(example)
    assert _CARRIED_OUT_SIGNED.search(folded[:folded.index("ky ket")]), name
    assert main_type(folded)[0] != "signing"   # before: signing, the document's name


def test_an_undated_trip_carrying_out_minutes_is_the_trip():
    body = [fold("Thực hiện Biên bản ký kết thường niên giữa huyện Kỳ Sơn và huyện Mường Mộc nhằm vun đắp tình hữu "
                 "nghị, lãnh đạo huyện Kỳ Sơn vừa có chuyến công tác trao hỗ trợ 50 con bò giống cho huyện Mường Mộc.")]
    assert body_type(body)[0] == "visit"   # before: signing


@pytest.mark.parametrize("sentence", [
    "Sáng 5/3, theo chương trình, hai huyện ký kết biên bản hợp tác giai đoạn 2024 - 2026.",   # the signing itself
    "Ngày 5/3, hai huyện tổ chức lễ ký kết biên bản hợp tác năm 2024.",
    "Thực hiện chủ trương của tỉnh, ngày 5/3 hai huyện ký kết thỏa thuận hợp tác.",
])
def test_a_signing_the_sentence_reports_stays_a_signing(sentence):
    assert main_type(fold(sentence))[0] == "signing"
