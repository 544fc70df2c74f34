"""Round 43 (late43a): misses of real pages never seen before, read and fixed as general shapes (docs/accuracy.md,
"Round 43: late43a"). Sentences written for this test (names, days and wording are ours, no page's own words).

1. A run line that closes a page ("Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020", often without its final
   period) is the article's text, not a related title: a bare occasion noun, then its run (`run_lines`).
2. The lead's day told again far below as the start of a run whose end has its year gives the lead's day that
   year when the run ends in the same month or a later one (`year_restated`, row "same_day_opens_a_run").
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.chrome import is_teaser
from hoptac.core.extract.run_lines import RUN_SUBJECTS, RUN_VERBS, is_run_line
from hoptac.core.text import fold

from extract_support import main_or_none

FILLER = ("Triển lãm giới thiệu gần một trăm bức ảnh, tư liệu về cảnh sắc, di tích lịch sử, lễ hội truyền thống và "
          "đời sống văn hóa của đồng bào các dân tộc, góp phần quảng bá hình ảnh quê hương đến với bạn bè trong "
          "nước và du khách quốc tế, đồng thời tăng cường trao đổi kinh nghiệm nghiệp vụ giữa hai đơn vị.")
PAGE = ("Ngày {day}, Bảo tàng tỉnh Cao Bằng phối hợp với Bảo tàng tỉnh Cà Mau tổ chức triển lãm ảnh về đất và "
        "người Cà Mau tại Bảo tàng Cao Bằng.\n\n" + FILLER + "\n\n" + FILLER + "\n\n" + FILLER + "\n\n"
        "{run}\n\nMinh Hà (Bảo tàng tỉnh)\n")


def _date(page: str):
    main = main_or_none(page)
    return main["date"] if main else None


# --- 1. the run line is text, not a teaser

@pytest.mark.parametrize("table", [RUN_SUBJECTS, RUN_VERBS])
def test_every_example_of_the_tables_is_a_run_line(table):
    for _, example in table:
        assert is_run_line(fold(example)), example


@pytest.mark.parametrize("line", [
    "Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020",
    "Hội chợ sẽ diễn ra đến hết ngày 20/10/2022",
    "Chương trình kéo dài từ ngày 3/8 đến ngày 10/8/2021",
])
def test_a_run_line_without_its_period_is_no_teaser(line):
    # before: a line of 4-40 words without a final period was a related title
    assert not is_teaser(line, fold(line))


@pytest.mark.parametrize("line", [
    "Triển lãm ảnh “Sắc màu Tây Bắc” diễn ra từ ngày 2/8 đến tháng 9/2021",   # a named occasion: a related title
    "Hội chợ OCOP tỉnh Lạng Sơn diễn ra từ 5 đến 9/10",
    "Khai mạc triển lãm ảnh về biển đảo quê hương",
    "Triển lãm mỹ thuật khu vực miền núi phía Bắc",
])
def test_a_named_title_stays_a_teaser(line):
    assert is_teaser(line, fold(line))


# --- 2. the run's year gives the lead's day its year

def test_the_closing_run_gives_the_lead_day_its_year():
    # before: --07-15 (the closing line was a teaser, and a run from a day to a month was no range)
    assert _date(PAGE.format(day="15.7", run="Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020")) == "2020-07-15"


def test_the_closing_run_with_its_period_and_slashes():
    assert _date(PAGE.format(day="15/7", run="Triển lãm diễn ra từ ngày 15/7 đến hết tháng 9/2020.")) == "2020-07-15"


def test_a_run_into_the_next_year_gives_no_year():
    # the run ends in an earlier month than it starts: its year is the next one, the start's is not told so
    assert _date(PAGE.format(day="15.11", run="Triển lãm diễn ra từ ngày 15.11 đến tháng 1.2021")) == "--11-15"


def test_another_day_opening_the_run_gives_no_year():
    assert _date(PAGE.format(day="15.7", run="Triển lãm diễn ra từ ngày 20.7 đến tháng 9.2020")) == "--07-15"


def test_without_the_run_the_year_stays_unknown():
    assert _date(PAGE.format(day="15.7", run="Triển lãm mở cửa tự do cho mọi người dân.")) == "--07-15"


# --- 3. the page's stamp between the sapo and the dated paragraph (sapo_stamps)

SAPO_PAGE = ("Gặp mặt những người làm báo hai tỉnh\n\n"
             "Các thế hệ người làm báo Nghệ An - Hà Tĩnh luôn gắn bó, bổ sung cho nhau, giàu nhiệt huyết và tình yêu "
             "quê hương.\n\n{stamp}\n\n"
             "{opening}, tại thành phố Vinh, Ban Liên lạc người làm báo Nghệ An - Hà Tĩnh tổ chức {meeting}. Lãnh đạo "
             "tỉnh Nghệ An và tỉnh Hà Tĩnh đã đến dự.\n\n"
             "Sau ngày tái lập tỉnh, người làm báo hai tỉnh vẫn giữ mối quan hệ gắn bó, thường xuyên trao đổi nghiệp "
             "vụ và hỗ trợ nhau trong công tác tuyên truyền.\n")
REUNION = "gặp mặt những người làm báo qua các thời kỳ"


def _sapo(stamp="12/09/2019 21:15", opening="Sáng nay (12/9)", meeting=REUNION):
    return main_or_none(SAPO_PAGE.format(stamp=stamp, opening=opening, meeting=meeting))


def test_the_stamp_under_the_sapo_is_the_page_stamp():
    # before: the stamp line was read as a date of the text, an occasion (the main date)
    main = _sapo()
    assert main["date"] == "2019-09-12"
    assert "26/8" not in (main.get("date_text") or "") and (main.get("date_text") or "").startswith("Sáng nay")


def test_the_stamp_under_the_sapo_gives_the_year_of_a_yearless_day():
    # the stamp a day after the occasion: before, the stamp's own day was the main date (2019-09-13)
    assert _sapo(stamp="13/09/2019 08:05", opening="Chiều 12/9")["date"] == "2019-09-12"


def test_a_stamp_line_followed_by_no_time_stays_a_date_of_the_text():
    # the line under the stamp opens otherwise: not this shape (the stamp stays where it was read)
    main = _sapo(stamp="13/09/2019 08:05", opening="Tại buổi gặp mặt hôm 12/9")
    assert main is not None and main["date"] != "2019-09-12"


# --- 4. a reunion of a trade's people over the years is no meeting of the sides (type_gatherings.REUNIONS)

def test_a_reunion_over_the_years_is_other():
    # before: 'gặp mặt' (rank 5), a conference
    assert _sapo()["type"] == "other"


@pytest.mark.parametrize("meeting", [
    "họp mặt các thế hệ cán bộ, giáo viên từng công tác tại hai tỉnh",
    "họp mặt truyền thống cựu thanh niên xung phong hai tỉnh",
])
def test_the_other_reunion_rows(meeting):
    assert _sapo(meeting=meeting)["type"] == "other"


@pytest.mark.parametrize("meeting", [
    "gặp mặt, trao đổi kinh nghiệm công tác tuyên truyền",   # an exchange of views: the meeting
    "gặp mặt lãnh đạo các cơ quan báo chí hai tỉnh",          # no reunion word
])
def test_a_plain_get_together_stays_a_conference(meeting):
    assert _sapo(meeting=meeting)["type"] == "conference"


# --- 5. a letter told as just sent, dated by its number's day (letters_issued)

LETTER_PAGE = ("Xây dựng nhà truyền thống kết nghĩa Sầm Sơn - Hội An\n\n"
               "Sầm Sơn và Hội An là hai địa phương có quan hệ kết nghĩa gắn bó từ nhiều năm nay.\n\n"
               "Nhằm lưu giữ tư liệu về tình kết nghĩa giữa thành phố Sầm Sơn và thành phố Hội An, {letter} "
               "{purpose} tại thành phố Sầm Sơn.\n")
BUILD = "thống nhất chủ trương cho phép xây dựng nhà truyền thống kết nghĩa Sầm Sơn - Hội An"


@pytest.mark.parametrize("letter", [
    "vừa qua, UBND thành phố Sầm Sơn đã có văn bản số 1234/UBND ngày 5/10/2021",
    "UBND thành phố Sầm Sơn vừa có công văn số 1234/UBND-VX ngày 5/10/2021",
    "UBND thành phố Sầm Sơn mới có văn bản số 1234//UBND ngày 5/10/2021",
])
def test_a_letter_just_sent_dates_the_page(letter):
    # before: the document's day, no occasion: the page had no date
    main = main_or_none(LETTER_PAGE.format(letter=letter, purpose=BUILD))
    assert main["date"] == "2021-10-05" and main["type"] == "announcement"


def test_a_letter_cited_without_a_new_word_stays_a_document():
    main = main_or_none(LETTER_PAGE.format(
        letter="trước đó, UBND thành phố Sầm Sơn đã có văn bản số 1234/UBND ngày 5/10/2021", purpose=BUILD))
    assert main is None or main["date"] != "2021-10-05"


def test_a_letter_that_asks_for_an_occasion_stays_a_document():
    # round 20's split: the occasion asked for is the news, not the letter's day
    main = main_or_none(LETTER_PAGE.format(
        letter="vừa qua, UBND thành phố Sầm Sơn đã có văn bản số 1234/UBND ngày 5/10/2021",
        purpose="đề nghị thành phố Hội An cử đoàn sang dự lễ khánh thành nhà truyền thống kết nghĩa"))
    assert main is None or main["date"] != "2021-10-05"
