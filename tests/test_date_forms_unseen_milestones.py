"""The other milestones the learning sets missed (issue 9, the fourth dates round of the README), each
in sentences written for this test: milestones told as just past, as last year's, in a relation's
history, a programme started in a year, a letter received; and the counts, targets and plans that
are no milestone."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events

from extract_support import other_dates as _others


# --- a day or a month told as just past ------------------------------------------------------

JUST_PAST = ("Huyện Đông Anh thăm huyện Gapyeong\nCập nhật: {stamp} 08:15\n"
             "Sáng {main}, đoàn đại biểu huyện Đông Anh đã đến thăm huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc).\n"
             "Chuyến thăm lần này đáp lại việc trao tặng xe cứu thương của đoàn đại biểu huyện Gapyeong vào "
             "{past} vừa qua.\n")


@pytest.mark.parametrize("stamp, main, past, want", [
    ("16/10/2019", "4/10", "tháng 5", "2019-05"),
    ("12/03/2020", "10/3", "tháng 11", "2019-11"),
    ("16/10/2019", "4/10", "ngày 12/8", "2019-08-12"),
])
def test_a_month_or_day_told_as_just_past_takes_the_year_before_the_writing(stamp, main, past, want):
    assert want in _others(JUST_PAST.format(stamp=stamp, main=main, past=past))


def test_just_past_without_a_year_of_writing_gives_no_year():
    text = JUST_PAST.format(stamp="x", main="4/10", past="tháng 5").replace("Cập nhật: x 08:15\n", "")
    assert all(not (d or "-")[:1].isdigit() for d in _others(text))


# --- the years of a relation's history --------------------------------------------------------

HISTORY = ("Từ ngày 14/4 đến ngày 16/4/2023, tại thành phố Huế diễn ra Hội nghị hợp tác giữa các địa phương "
           "Việt Nam - Nhật Bản. Đoàn đại biểu tỉnh Quảng Trị tham dự Hội nghị.\n"
           "Hợp tác giữa tỉnh Quảng Trị và tỉnh Shiga bắt đầu từ năm 1999 với việc thiết lập quan hệ hữu "
           "nghị giữa hai tỉnh, và {by}, tỉnh Quảng Trị thiết lập quan hệ với tỉnh Okayama.\n")


def test_the_years_of_a_relations_history_are_milestones():
    others = _others(HISTORY.format(by="đến năm 2005"))
    assert "1999" in others and "2005" in others


@pytest.mark.parametrize("by", ["đến năm 2030", "đến hết năm 2005"])
def test_a_target_or_a_count_so_far_is_no_milestone(by):
    others = _others(HISTORY.format(by=by))
    assert "1999" in others and not {"2030", "2005"} & set(others)


def test_a_count_of_agreements_by_a_year_is_no_milestone():
    text = HISTORY.format(by="đến năm 2005") .replace(
        "tỉnh Quảng Trị thiết lập quan hệ với tỉnh Okayama", "tỉnh Quảng Trị ký kết thỏa thuận hợp tác với 13 tỉnh")
    assert "2005" not in _others(text)


def test_a_bond_since_a_year_is_a_milestone_but_a_planned_one_is_not():
    since = ("Hai thôn biên giới sơ kết quy chế kết nghĩa\nSáng 12/6/2025, thôn A Mú (xã Pha Long, tỉnh Lào Cai) và "
             "thôn Lao Kha (tỉnh Vân Nam, Trung Quốc) tổ chức hội nghị sơ kết. Hai thôn ký kết nghĩa từ năm 2013.\n")
    assert "2013" in _others(since)
    planned = since.replace("Hai thôn ký kết nghĩa từ năm 2013.", "Hai bên thống nhất tổ chức ký kết nghĩa vào đầu năm 2026.")
    assert "2026" not in _others(planned)


def test_the_day_a_letter_between_localities_arrived_is_a_milestone():
    text = ("Huyện Đông Anh tiếp đoàn học tập của huyện Gapyeong\n"
            "Ngày 15/7/2022, UBND huyện Đông Anh nhận được Công văn số 68/UBND của huyện Gapyeong, tỉnh Gyeonggi "
            "(Hàn Quốc) về việc tổ chức đoàn học tập.\n"
            "Trong hai ngày 21 và 22/7/2022, đoàn công tác huyện Gapyeong đã đến thăm và làm việc tại huyện Đông Anh.\n")
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    main = next(e for e in events if e["main"])
    assert (main["date"], main["date_end"]) == ("2022-07-21", "2022-07-22")
    assert "2022-07-15" in [e["date"] for e in events if not e["main"]]


@pytest.mark.parametrize("sentence, milestone", [
    ("Từ năm 2017, huyện Đông Anh và huyện Gapyeong đã tiến hành chương trình hợp tác trao đổi thực tập sinh.", True),
    ("Từ năm 2017, huyện Đông Anh và huyện Gapyeong sẽ tiến hành chương trình hợp tác trao đổi thực tập sinh.", False),
    ("Từ năm 2017, huyện Đông Anh đã thu hút 20 dự án của các nhà đầu tư.", False),
])
def test_a_programme_started_in_a_year_is_a_milestone(sentence, milestone):
    text = ("Huyện Đông Anh và huyện Gapyeong ký kết hợp tác\nNgày 25/5/2021, huyện Đông Anh và huyện Gapyeong, "
            "tỉnh Gyeonggi (Hàn Quốc) ký kết biên bản ghi nhớ hợp tác.\n" + sentence + "\n")
    assert ("2017" in _others(text)) is milestone


@pytest.mark.parametrize("day, words, want", [
    ("22-9-2008", "năm vừa qua", "2007"),
    ("22-9-2008", "năm ngoái", "2007"),
    ("22-12-2008", "năm ngoái", "2007"),
    ("22-12-2008", "năm vừa qua", None),   # in December it may mean the year ending
])
def test_an_occasion_told_as_last_years(day, words, want):
    text = ("Thành phố A tiếp đoàn thành phố Thượng Hải\n"
            f"Chiều {day}, lãnh đạo TP Đà Nẵng tiếp đoàn đại biểu thành phố Thượng Hải (Trung Quốc). Chuyến thăm "
            f"đáp lại chuyến thăm hữu nghị Thượng Hải của lãnh đạo TP Đà Nẵng {words}.\n")
    years = [d for d in _others(text) if len(d or "") == 4]
    assert years == ([want] if want else [])


def test_dau_tu_nam_is_no_tu_nam():
    text = ("Huyện Đông Anh và huyện Gapyeong ký kết hợp tác\nNgày 25/5/2021, huyện Đông Anh và huyện Gapyeong, "
            "tỉnh Gyeonggi (Hàn Quốc) ký kết biên bản ghi nhớ hợp tác.\n"
            "Dự án đầu tư năm 2017, huyện Đông Anh và huyện Gapyeong đã tiến hành chương trình hợp tác.\n"
            "Hai huyện ký kết nghĩa đầu tư năm 2016.\n")
    assert not {"2016", "2017"} & set(_others(text))
