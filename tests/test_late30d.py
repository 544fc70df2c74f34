"""Round 30 (late30d): years the text gives that were left unknown, a stamp hidden by another signing's year,
and two types (sentences written for these tests; the pages were a friendly run across a border, an art
performance approved by letter, a ministry's meeting with two localities of one river basin and a regional plan
announced at a conference)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.approved_ahead import APPROVED
from hoptac.core.extract.programme_names import numbered_programme
from hoptac.core.extract.type_central import CENTRAL
from hoptac.core.extract.year_not_plans import not_a_plan
from hoptac.core.extract.year_shapes import SHAPES

from extract_support import main_event

HEAD = "Hai địa phương đẩy mạnh hợp tác\n\n"


def main_of(text: str, head: str = HEAD) -> dict:
    return main_event(head + text)


# --- 1. a programme numbered by its edition, named with its year: the occasion's year, not a plan's -----------

RUN = ("Sáng ngày 14/12, chương trình Giao lưu thể thao hữu nghị hai tỉnh lần thứ 4 năm 2024 đã được tổ chức tại "
       "thành phố Móng Cái (tỉnh Quảng Ninh) với sự tham gia của vận động viên thành phố Đông Hưng (Quảng Tây, "
       "Trung Quốc).\n\nHoạt động nằm trong khuôn khổ Hội chợ thương mại hai bên lần thứ 16 năm 2024.\n")


def test_a_numbered_programme_names_its_year():
    main = main_of(RUN)
    assert (main["date"], main["year_source"]) == ("2024-12-14", "context")


@pytest.mark.parametrize("before, programme, named", [
    ("Sáng 14/12, ", "chương trình Giao lưu thể thao lần thứ 4 năm 2024", True),
    ("Sáng 14/12, ", "chương trình Giao lưu thể thao lần thứ IV - năm 2024", True),
    # an earlier edition the occasion follows
    ("Tiếp nối thành công của ", "chương trình Giao lưu thể thao lần thứ 3 năm 2023", False),
    # no edition: a programme of the year, a plan (in December the next year's)
    ("Hai bên thống nhất ", "chương trình hợp tác năm 2025", False),
    # the edition outside the programme's name
    ("Tại kỳ họp lần thứ 5, hai bên ký ", "chương trình hợp tác năm 2025", False),
])
def test_numbered_programme(before, programme, named):
    text = before + programme + " giữa hai tỉnh."
    at = text.index(programme)
    assert numbered_programme(text, at, text.index("năm 20", at)) is named


def test_a_plan_to_hold_a_numbered_programme_stays_a_plan():
    text = "Ngày 10/12, hai tỉnh thông qua kế hoạch tổ chức Chương trình giao lưu lần thứ 5 năm 2026."
    at = text.index("kế hoạch")
    assert numbered_programme(text, at, text.index("năm 20", at)) is False


# --- 2. a memorandum between the parties signed in a year: a lower bound, not the year's plan ------------------

@pytest.mark.parametrize("sentence, shape", [
    ("Đây là hoạt động trong khuôn khổ Bản ghi nhớ hợp tác giữa TP.Hội An và thành phố Gimhae ký kết vào năm 2021.",
     "signed_in_year"),
    ("Hoạt động thực hiện Thỏa thuận hợp tác giữa huyện A và huyện B được ký năm 2019.", "signed_in_year"),
    # not yet signed
    ("Hai bên thống nhất Bản ghi nhớ hợp tác giữa huyện A và huyện B sẽ ký kết vào năm 2026.", None),
])
def test_a_document_between_the_parties_signed_in_a_year(sentence, shape):
    at = sentence.index("năm 20")
    assert not_a_plan(sentence, at, "plan", sentence.index("ký")) == shape


# --- 3. a letter approving an occasion, under a headline with its day: the occasion -----------------------------

APPROVAL_HEAD = "Ngày 20/6, tại TP.Hội An tổ chức giao lưu nghệ thuật Việt Nam - Hàn Quốc\n\nCập nhật: 09:10, 09/06/2024\n\n"
APPROVAL = ("UBND tỉnh vừa có công văn số 1234/UBND-VX về việc đồng ý cho TP.Hội An phối hợp tổ chức giao lưu nghệ "
            "thuật với thành phố Gimhae (Hàn Quốc).\n\nChương trình dự kiến diễn ra tại TP.Hội An vào ngày 20/6. Đây là "
            "hoạt động trong khuôn khổ Bản ghi nhớ hợp tác giữa TP.Hội An và thành phố Gimhae ký kết vào năm 2021.\n")


def test_an_approved_occasion_on_the_headlines_day():
    main = main_of(APPROVAL, head=APPROVAL_HEAD)
    assert (main["date"], main["year_source"], main["type"]) == ("2024-06-20", "published", "other")


def test_a_recent_visit_under_a_later_headline_day_stays_the_visit():
    head = "Ngày 20/6, TP.Hội An đón đoàn thành phố Gimhae\n\nCập nhật: 09:10, 09/06/2024\n\n"
    main = main_of("Vừa qua, đoàn công tác TP.Hội An đã đến thăm và làm việc tại thành phố Gimhae (Hàn Quốc).\n",
                   head=head)
    assert main["date"] != "2024-06-20"


def test_the_table_row_is_approved():
    assert [r for r, _ in APPROVED] == ["approved"]


# --- 4. the dry season of one year the occasion works for ----------------------------------------------------

SEASON = ("Sáng {day}, Thứ trưởng Bộ Nông nghiệp dẫn đầu đoàn công tác trung ương làm việc với tỉnh Quảng Nam và "
          "thành phố Đà Nẵng về cấp nước {season}.\n")


@pytest.mark.parametrize("day, season, date", [
    ("9/3", "trong mùa khô 2019", "2019-03-09"),
    ("9/3", "trong mùa khô năm 2019", "2019-03-09"),
    ("12/6", "phục vụ mùa khô 2021", "2021-06-12"),
    # from September on it may prepare next year's season
    ("9/10", "cho mùa khô 2019", "--10-09"),
    # where a period starts; a season of two years told with nothing done
    ("9/3", "từ mùa khô 2016 đến nay", "--03-09"),
    ("9/3", "trong mùa khô 2018-2019", "--03-09"),
])
def test_a_dry_season_of_one_year(day, season, date):
    assert main_of(SEASON.format(day=day, season=season))["date"] == date


def test_a_dry_season_compared_with_gives_no_year():
    text = ("Sáng 9/3, đoàn công tác làm việc với tỉnh Quảng Nam và thành phố Đà Nẵng về cấp nước. Hạn hán có thể nặng "
            "như trong mùa khô 2016.\n")
    assert main_of(text)["date"] == "--03-09"


def test_the_shape_is_a_row():
    assert "dry_season_year" in dict(SHAPES)


# --- 5. a delegation from the centre that works with two localities: the meeting it convenes -------------------

@pytest.mark.parametrize("sentence, etype", [
    ("Sáng 9/3/2019, Thứ trưởng Bộ Nông nghiệp dẫn đầu đoàn công tác trung ương làm việc với tỉnh Quảng Nam và "
     "thành phố Đà Nẵng về cấp nước.", "conference"),
    ("Sáng 9/3/2019, đoàn công tác của Bộ Y tế do ông Nguyễn Văn An dẫn đầu làm việc với thành phố Đà Nẵng và tỉnh "
     "Quảng Nam.", "conference"),
    # a province's delegation visits, whoever it works with
    ("Sáng 9/3/2019, đoàn công tác tỉnh Quảng Ngãi do ông Nguyễn Văn An dẫn đầu làm việc với tỉnh Quảng Nam và "
     "thành phố Đà Nẵng.", "visit"),
    # the centre's delegation with one host: a visit to it
    ("Sáng 9/3/2019, Thứ trưởng Bộ Y tế dẫn đầu đoàn công tác trung ương làm việc với tỉnh Quảng Nam về phòng dịch "
     "cùng huyện Lao Bảo.", "visit"),
])
def test_a_central_delegation_with_two_localities(sentence, etype):
    assert main_of(sentence + "\n")["type"] == etype


def test_the_central_row():
    assert [r for r, _ in CENTRAL] == ["central"]


# --- 6. a conference that makes a plan known -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, etype", [
    ("Ngày 23/1/2018, Bộ Xây dựng cùng tỉnh Long An và tỉnh Tây Ninh chủ trì Hội nghị công bố quy hoạch vùng.",
     "conference"),
    ("Ngày 23/1/2018, tỉnh Long An và tỉnh Tây Ninh chủ trì Hội nghị công bố điều chỉnh quy hoạch vùng giáp ranh.",
     "conference"),
    # a decision made known at a conference, a plan made known alone: announcements
    ("Ngày 23/1/2018, tỉnh Long An và tỉnh Tây Ninh tổ chức Hội nghị công bố Quyết định thành lập khu kinh tế chung.",
     "announcement"),
    ("Ngày 23/1/2018, tỉnh Long An và tỉnh Tây Ninh công bố quy hoạch vùng giáp ranh.", "announcement"),
])
def test_a_conference_that_makes_a_plan_known(sentence, etype):
    assert main_of(sentence + "\n")["type"] == etype


def test_an_approved_occasion_months_from_the_stamp_gets_no_year():
    head = APPROVAL_HEAD.replace("09/06/2024", "10/01/2025")
    main = main_of(APPROVAL, head=head)
    assert (main["date"], main["year_source"]) == ("--06-20", "unknown")   # not the letter's month, 2025-01


# --- 7. a day told as still to come, before the stamp: the stamp is a later copy's ----------------------------

PREVIEW = ("Cập nhật: 09:10, {stamp}\n\nNgày 20/6, huyện Tân Biên (Tây Ninh) và huyện Memot (Tboung Khmum, "
           "Campuchia) giao lưu văn nghệ. Chương trình {verb} tại cửa khẩu Xa Mát vào ngày 20/6.\n")


@pytest.mark.parametrize("stamp, verb, date", [
    ("09/06/2024", "dự kiến diễn ra", "2024-06-20"),    # a preview, stamped before its day
    ("22/06/2024", "dự kiến diễn ra", "2024-06-20"),    # two days after: still the report's (a late evening)
    ("08/07/2024", "dự kiến diễn ra", "--06-20"),       # weeks after a day it tells as ahead: a later copy
    ("08/07/2024", "sẽ diễn ra", "--06-20"),
    ("08/07/2024", "đã diễn ra", "2024-06-20"),         # told as done: a report of 18 days after (FRESH_LAG_DAYS)
])
def test_a_day_told_ahead_before_the_stamp(stamp, verb, date):
    main = main_of(PREVIEW.format(stamp=stamp, verb=verb), head="Giao lưu văn nghệ hai huyện\n\n")
    assert main["date"] == date


def test_a_deputy_prime_ministers_delegation_with_two_localities_is_a_meeting():
    sentence = ("Sáng 9/3/2019, Phó Thủ tướng Trịnh Văn Bình dẫn đầu đoàn công tác làm việc với tỉnh Sơn La và tỉnh "
                "Điện Biên về phòng chống hạn.")
    assert main_of(sentence + "\n")["type"] == "conference"
