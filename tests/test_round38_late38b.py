"""Round 38 (late38b): the misses of real pages never seen before (mass38, region38, old38), fixed as general
shapes. Every sentence here is written for the test (names, days and wording are ours); the shapes are the pages'."""

from __future__ import annotations

import pytest

from hoptac.core.extract import other_occasions as oo
from hoptac.core.extract import partner_study as ps
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from extract_support import events_of, main_event

HEAD = "Hai tỉnh tăng cường hợp tác\n\n"
DATED = "Sáng 14/10/2024, đoàn công tác tỉnh Lạng Sơn đến thăm và làm việc tại tỉnh Cao Bằng.\n"


def _verdicts(text: str) -> dict[str, str]:
    trace: dict = {}
    extract_events(parse_article(text), article_id="t", source="t.txt", trace=trace)
    return {r.mention.text: r.verdict for r in trace["readings"]}


def _parties(e: dict) -> list[str]:
    return sorted(p["name"] for p in e["parties"])


# --- a task assigned with its time (other_occasions.ASSIGNED), and a letter sent named "công văn" (type_vocab)

LETTER = ("Quảng Ngãi và Bình Định phối hợp quản lý lưu vực sông\n\n"
          "UBND tỉnh Quảng Ngãi vừa có công văn gửi UBND tỉnh Bình Định về việc ký kết thỏa thuận phối hợp quản lý "
          "tài nguyên nước lưu vực sông Trà Khúc.\n\n"
          "Theo đó, UBND tỉnh Quảng Ngãi thống nhất với nội dung dự thảo thỏa thuận giữa hai tỉnh.\n\n"
          "UBND tỉnh Quảng Ngãi giao Sở Nông nghiệp và Môi trường làm đầu mối, phối hợp với Sở Nông nghiệp và Môi "
          "trường tỉnh Bình Định hoàn thiện văn bản, trình lãnh đạo hai tỉnh ký kết trong tháng 9/2024.\n")


def test_an_occasion_a_task_assigned_sets_for_a_month_is_planned_not_the_main_date():
    art, events, _ = events_of(LETTER)
    main = next(e for e in events if e["main"])
    assert main.get("date") != "2024-09"
    assert "2024-09" in [e.get("date") for e in events if not e["main"]]   # the planned signing, an other milestone


def test_a_letter_sent_named_cong_van_is_the_news():
    assert main_event(LETTER)["type"] == "announcement"


@pytest.mark.parametrize("name, words, sentence", oo.ASSIGNED)
def test_each_assigned_row_is_planned_after_a_dated_lead(name, words, sentence):
    got = {t: v for t, v in _verdicts(HEAD + DATED + sentence + "\n").items() if "14/10" not in t}
    assert got and set(got.values()) == {"planned"}, got


def test_a_task_with_no_occasion_is_a_deadline():
    sentence = ("UBND tỉnh Lạng Sơn giao Sở Ngoại vụ tổng hợp, báo cáo kết quả hợp tác với tỉnh Cao Bằng trong "
                "tháng 11/2024.")
    got = {t: v for t, v in _verdicts(HEAD + DATED + sentence + "\n").items() if "14/10" not in t}
    assert set(got.values()) == {"deadline"}, got


@pytest.mark.parametrize("sentence", oo.ASSIGNED_NOT + (
    # Đà Nẵng folds to the letters of "đã": still an assignment ... is tested above; here the day of a letter received
    "Ngày 5/3/2024, Sở Ngoại vụ tỉnh A nhận được công văn của tỉnh B về việc tổ chức đoàn.",
))
def test_no_assignment_read_in_a_handover_a_task_told_done_or_a_directive_dated_before(sentence):
    got = _verdicts(HEAD + DATED + sentence + "\n")
    assert "planned" not in got.values() and "deadline" not in got.values(), got


def test_da_nang_between_giao_and_the_time_is_no_task_told_done():
    sentence = ("UBND tỉnh Quảng Nam giao Sở Tài chính phối hợp với Sở Tài chính thành phố Đà Nẵng trình lãnh đạo "
                "hai địa phương ký kết trong tháng 8/2024.")
    got = {t: v for t, v in _verdicts(HEAD + DATED + sentence + "\n").items() if "14/10" not in t}
    assert set(got.values()) == {"planned"}, got


def test_a_dated_visit_with_gifts_keeps_its_own_date():
    # no "giao": the page's own occasion keeps its day (counter-shape, the same before and after)
    e = main_event(HEAD + "Sáng 14/10/2024, đoàn công tác tỉnh Lạng Sơn trao quà cho người dân tại tỉnh Cao Bằng.\n")
    assert e["date"] == "2024-10-14"


# --- the delegation goes on in a sentence of its own, handing over at a place (partner_study.GOES_ON_TO)

def _relief(then: str) -> str:
    return ("Đoàn công tác gồm cán bộ, hội viên Hội Chữ thập đỏ tỉnh, do ông Trần Văn Hải, Chủ tịch Hội làm Trưởng "
            "đoàn.\nSáng 12-9, đoàn xuất phát từ trụ sở Hội Chữ thập đỏ tỉnh Quảng Trị, mang theo 200 triệu đồng "
            f"cùng nhiều nhu yếu phẩm.\n{then}\nHoạt động thể hiện tinh thần tương thân tương ái.\n")


def test_the_delegation_that_goes_on_to_hand_over_at_a_place_makes_it_the_second_partner():
    e = main_event(_relief("Dự kiến, ngày 13-9, đoàn sẽ trao quà hỗ trợ người dân bị ảnh hưởng bởi lũ tại tỉnh "
                           "Quảng Bình."))
    assert _parties(e) == ["Quảng Bình", "Quảng Trị"]


@pytest.mark.parametrize("name, words, sentence", ps.GOES_ON_TO)
def test_each_goes_on_row_gives_the_place(name, words, sentence):
    e = main_event("Hoạt động hỗ trợ\n\n" + sentence.replace("tỉnh A", "tỉnh Hà Tĩnh").replace("huyện A", "huyện Kỳ Anh")
                   .replace("tỉnh B", "tỉnh Nghệ An") + "\n")
    assert "Nghệ An" in _parties(e), _parties(e)


@pytest.mark.parametrize("then", [
    # the delegation's own province again
    "Dự kiến, ngày 13-9, đoàn sẽ trao quà hỗ trợ người dân tại huyện Hải Lăng.",
    # another side's delegation, named in the sentence
    "Dự kiến, ngày 13-9, đoàn công tác tỉnh Quảng Nam cũng trao quà tại tỉnh Quảng Bình.",
    # a place named with no delegation acting there
    "Lũ lớn đã gây thiệt hại nặng cho người dân tại tỉnh Quảng Bình.",
])
def test_no_second_partner_where_the_delegation_does_not_go_on_there(then):
    assert _parties(main_event(_relief(then))) == ["Quảng Trị"]


def test_the_place_two_paragraphs_away_from_the_delegation_is_not_read():
    text = ("Đoàn công tác Hội Chữ thập đỏ tỉnh Quảng Trị lên đường sáng 12-9.\nChương trình có nhiều hoạt động.\n"
            "Các đơn vị chuẩn bị hàng hóa.\nNgày 13-9, đoàn sẽ trao quà cho người dân tại tỉnh Quảng Bình.\n")
    assert _parties(main_event(text)) == ["Quảng Trị"]


# --- a span counted from an earlier meeting named with its year (milestone_years.since_meeting)

def _others(text: str) -> list[str]:
    _, events, _ = events_of(text)
    return [e.get("date") for e in events if not e["main"]]


SINCE_LEAD = ("Hội nghị hợp tác công an ba tỉnh\n\nNgày 20/8/2016, tại thành phố Vinh, Công an tỉnh Nghệ An và Công an "
              "tỉnh Hủa Phăn (Lào) tổ chức hội nghị hợp tác bảo vệ an ninh năm 2016.\n")


def test_a_span_counted_from_an_earlier_meeting_gives_that_meeting_year():
    text = SINCE_LEAD + ("Từ sau Hội nghị giao ban năm 2015 đến nay, công an hai tỉnh đã phối hợp chặt chẽ trong "
                         "công tác phòng chống tội phạm.\n")
    assert "2015" in _others(text)


def test_the_row_example_gives_its_year():
    (name, _words, example), = [r for r in __import__("hoptac.core.extract.milestone_years", fromlist=["x"]).MILESTONE_YEARS
                                if r[0] == "since_meeting"]
    text = SINCE_LEAD + example.split(". ", 1)[1].rsplit(" (", 1)[0] + "\n"
    assert "2015" in _others(text)


@pytest.mark.parametrize("sentence", [
    # a span from a year alone, no meeting named
    "Từ năm 2015 đến nay, công an hai tỉnh đã phối hợp chặt chẽ trong công tác phòng chống tội phạm.",
    # the meeting of the main year itself
    "Từ sau Hội nghị giao ban năm 2016 đến nay, công an hai tỉnh đã phối hợp chặt chẽ.",
    # the year of a programme, not a meeting
    "Từ khi thực hiện chương trình hợp tác năm 2015 đến nay, công an hai tỉnh đã phối hợp chặt chẽ.",
])
def test_no_meeting_year_from_a_span_without_an_earlier_meeting(sentence):
    assert "2015" not in _others(SINCE_LEAD + sentence + "\n") and "2016" not in _others(SINCE_LEAD + sentence + "\n")
