"""Round 32's late date fixes (late32a), each in sentences written for this test: anniversaries named without
"kỷ niệm" whose counts agree ("50 năm Ngày … (12/3/1975), 40 năm Ngày … (20/6/1985)": 2025), and their
counter-examples (a loose count, counts that disagree, a name told ahead, a clause dated by its own year,
a stamp of another year)."""

from __future__ import annotations

from extract_support import main_event

_MEETING = (
    "Hai huyện biên giới gặp mặt hữu nghị\n\n"
    "Từ ngày 14/3 đến 16/3, đoàn công tác huyện Mường Khương do Bí thư Huyện ủy dẫn đầu đã đến thăm và làm việc "
    "với huyện Phong Thổ.\n\n"
    "Tại buổi gặp mặt, hai bên đã cùng nhau ôn lại truyền thống hữu nghị; {names}.\n\n"
    "Hai bên thống nhất tăng cường trao đổi đoàn các cấp.\n")

AGREE = ("khẳng định chặng đường 50 năm Ngày thiết lập quan hệ hữu nghị giữa hai đơn vị (12/3/1975), 40 năm "
         "Ngày ký Thỏa thuận hợp tác toàn diện (ngày 20/6/1985)")


def _year(names: str, top: str = "") -> str | None:
    return main_event(top + _MEETING.format(names=names))["date"]


def test_two_named_anniversaries_whose_counts_agree_give_the_occasion_their_year():
    assert _year(AGREE) == "2025-03-14"


def test_a_loose_count_names_no_anniversary():
    loose = AGREE.replace("chặng đường 50 năm", "chặng đường hơn 50 năm").replace(", 40 năm", ", gần 40 năm")
    assert _year(loose) == "--03-14"
    spans = AGREE.replace("chặng đường 50 năm", "trải qua 50 năm").replace(", 40 năm", ", suốt 40 năm")
    assert _year(spans) == "--03-14"


def test_brackets_that_hold_the_anniversaries_own_days_disagree_and_give_no_year():
    own = ("nhắc lại lễ 20 năm Ngày tái lập huyện (ngày 1/1/2011) và 10 năm Ngày thành lập Hội hữu nghị "
           "(ngày 5/1/2011)")
    assert _year(own) == "--03-14"


def test_names_of_one_count_told_twice_give_no_year():
    twice = ("khẳng định chặng đường 50 năm Ngày thiết lập quan hệ hữu nghị (12/3/1975), 50 năm Ngày mở "
             "cửa khẩu song phương (ngày 12/3/1975)")
    assert _year(twice) == "--03-14"


def test_names_told_ahead_give_no_year():
    ahead = "thống nhất tổ chức các hoạt động chào mừng " + AGREE.removeprefix("khẳng định chặng đường ")
    assert _year(ahead) == "--03-14"


def test_names_in_a_clause_dated_by_its_own_year_are_an_earlier_occasions():
    earlier = ("nhắc lại năm 2010, hai huyện đã chào mừng 40 năm Ngày thiết lập quan hệ hữu nghị (12/3/1975), "
               "30 năm Ngày ký Thỏa thuận hợp tác toàn diện (ngày 20/6/1985)")
    assert _year(earlier) != "2015-03-14"   # (the written year is an earlier occasion's)


def test_a_stamp_of_another_year_outweighs_the_agreeing_names():
    stamped = "Thứ Năm, 16/03/2023 08:15\n"
    assert _year(AGREE, top=stamped) == "2023-03-14"
