"""Round 33 (late33a): a year that closes an anniversary inside a plan verb's clause (year_anniversary_within), and
the next edition of a yearly occasion told ahead with its year (year_next_edition). Sentences written for these
tests; the pages were a five-locality corridor conference and a youth camp of two provinces abroad."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_anniversary_within import ANNIVERSARY_WITHIN, anniversary_within
from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_next_edition import NEXT_EDITION, next_edition
from hoptac.core.text import fold

from extract_support import main_event as main_of


def kinds(text: str) -> dict[int, str]:
    return {c.year: c.name for c in find_year_cues(text)}


# --- 1. "triển khai … và kỷ niệm N năm … trong năm Y": the anniversary's year, no plan's ---------------------

CONFERENCE = ("Tỉnh A chủ trì Hội nghị hợp tác vùng biên giới lần thứ IV năm 2024\n\n"
              "Ngày 14/11, tại tỉnh A đã diễn ra Hội nghị hợp tác vùng biên giới giữa bốn tỉnh lần thứ 4.\n"
              "Hội nghị diễn ra khi hai nước đang tích cực triển khai các thỏa thuận cấp cao và kỷ niệm 20 năm "
              "thiết lập quan hệ đối tác toàn diện trong năm 2024.\n")


@pytest.mark.parametrize("shape, example", ANNIVERSARY_WITHIN)
def test_the_tables_example_is_its_shape(shape, example):
    window = fold(example[example.index("triển khai"):example.index("năm 2024")])
    assert anniversary_within(window) == shape
    assert kinds(example + ".").get(2024) != "plan_year"


def test_an_anniversary_between_the_plan_verb_and_the_year_gives_no_plan_year():
    sentence = CONFERENCE.splitlines()[-1]
    assert kinds(sentence).get(2024) != "plan_year"


def test_the_conference_keeps_the_year_its_headline_names():
    # the plan's year read at a meeting of November (2024 - 1) contradicted the headline's "năm 2024"
    main = main_of(CONFERENCE)
    assert main["date"] == "2024-11-14"


@pytest.mark.parametrize("sentence", [
    # the plan named after the anniversary: its year again
    "Hai tỉnh triển khai các hoạt động kỷ niệm 20 năm kết nghĩa và kế hoạch hợp tác năm 2024.",
    # the anniversary in a clause of its own, before the plan verb
    "Nhân kỷ niệm 20 năm kết nghĩa, hai tỉnh ký kết kế hoạch hợp tác năm 2024.",
    # the anniversary closed by a comma before the plan's words
    "Hai tỉnh triển khai, nhân kỷ niệm 20 năm kết nghĩa, chương trình hợp tác năm 2024.",
])
def test_a_plan_named_apart_from_the_anniversary_keeps_its_year(sentence):
    assert kinds(sentence).get(2024) in ("plan_year", "plan_noun")


# --- 2. "… lần thứ N+1 sẽ được tổ chức vào năm Y" of a yearly occasion: the page's edition is Y - 1 ----------

CAMP = ("Giao lưu thanh niên hai tỉnh\n\n"
        "Ngày hội giao lưu lần thứ 3 giữa thanh niên tỉnh A và tỉnh B đã diễn ra tại huyện C.\n"
        "Từ ngày 10 đến ngày 12/5, tại huyện C đã diễn ra Ngày hội giao lưu lần thứ 3 giữa thanh niên hai tỉnh.\n"
        "Đây là hoạt động {often} giữa hai tỉnh.\n"
        "Ngày hội lần thứ {next} sẽ được tổ chức vào năm 2019 tại tỉnh B.\n")


@pytest.mark.parametrize("shape, example", NEXT_EDITION)
def test_the_next_editions_example_is_its_shape(shape, example):
    page = "Ngày hội lần thứ 3 diễn ra tại huyện C. " + example + "."
    folded = fold(page)
    assert next_edition(folded, folded.index("2019")) is not None
    assert kinds(page).get(2019) == shape


def test_the_next_edition_of_a_yearly_camp_dates_this_one_the_year_before():
    main = main_of(CAMP.format(often="thường niên", next=4))
    assert (main["date"], main["date_end"]) == ("2018-05-10", "2018-05-12")


@pytest.mark.parametrize("often, nxt", [
    ("hai năm một lần", 4),   # every second year: the next may be two years on
    ("truyền thống", 4),      # no word says yearly
    ("thường niên", 5),       # the page names no edition just before the next one
])
def test_no_year_from_an_edition_not_known_to_be_the_next_years(often, nxt):
    page = CAMP.format(often=often, next=nxt)
    assert "next_edition" not in kinds(page).values()
    assert main_of(page)["date"] in (None, "")  or not main_of(page)["date"].startswith("2018")


def test_an_edition_told_as_done_is_no_next_one():
    page = CAMP.format(often="thường niên", next=4).replace("sẽ được tổ chức vào", "đã được tổ chức vào")
    assert "next_edition" not in kinds(page).values()


def test_a_page_about_the_next_edition_takes_no_year_from_it():
    # a meeting that prepares the next edition: its day may be that year or the year before
    page = ("Hai tỉnh chuẩn bị Ngày hội giao lưu\n\n"
            "Ngày 5/6, tại tỉnh A, hai tỉnh họp bàn chuẩn bị Ngày hội giao lưu lần thứ 4 giữa thanh niên hai tỉnh.\n"
            "Ngày hội giao lưu lần thứ 3 đã diễn ra tại huyện C. Đây là hoạt động thường niên giữa hai tỉnh.\n"
            "Ngày hội lần thứ 4 sẽ được tổ chức vào năm 2019 tại tỉnh B.\n")
    assert "next_edition" not in kinds(page).values()


@pytest.mark.parametrize("words", ["kỷ niệm tròn 20 năm kết nghĩa", "kỷ niệm hai mươi năm kết nghĩa",
                                   "kỷ niệm 20 năm Ngày thành lập tỉnh"])
def test_the_anniversarys_number_in_words_or_round(words):
    sentence = f"Hai tỉnh tích cực triển khai các thỏa thuận đã ký và {words} trong năm 2024."
    assert kinds(sentence).get(2024) != "plan_year"
