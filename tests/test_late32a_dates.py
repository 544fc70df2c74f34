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


# --- the headline's occasion named with its year, told in the lead --------------------------------------------

_DRILL = (
    "{head}\n\n"
    "Ngày 12/8, tại huyện Mường Tè, tỉnh Lai Châu phối hợp với tỉnh Phongsaly {lead} trên sông Đà. Cuộc diễn tập "
    "diễn ra an toàn, đúng kế hoạch.\n\n"
    "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Lai Châu cho biết: “Vào năm 2019, hai tỉnh đã cùng nhau ứng phó lũ "
    "lớn.”\n")
DRILL_HEAD = "Lai Châu phối hợp tỉnh Phongsaly diễn tập cứu hộ cứu nạn năm 2024"


def _drill(head: str = DRILL_HEAD, lead: str = "tổ chức diễn tập cứu hộ cứu nạn", top: str = "") -> str | None:
    return main_event(top + _DRILL.format(head=head, lead=lead))["date"]


def test_the_headlines_occasion_named_with_its_year_and_held_in_the_lead_gives_its_year():
    assert _drill() == "2024-08-12"


def test_a_section_label_glued_before_the_headline_is_no_matter():
    assert _drill(head="Quốc phòng, an ninh " + DRILL_HEAD) == "2024-08-12"


def test_words_the_lead_shares_with_the_headline_but_does_not_hold_give_no_year():
    head = "Lai Châu và Phongsaly đẩy mạnh hợp tác giữa hai tỉnh năm 2025"
    assert _drill(head=head, lead="tổ chức hội nghị bàn về hợp tác giữa hai tỉnh") == "--08-12"


def test_an_occasion_the_headline_tells_ahead_gives_no_year():
    head = "Lai Châu và Phongsaly chuẩn bị diễn tập cứu hộ cứu nạn năm 2025"
    assert _drill(head=head, lead="tổ chức diễn tập cứu hộ cứu nạn thử") == "--08-12"


def test_an_occasion_the_lead_tells_ahead_gives_no_year():
    lead = "thống nhất tổ chức diễn tập cứu hộ cứu nạn"
    assert _drill(lead=lead) == "--08-12"


def test_a_stamp_of_another_year_is_not_outweighed_by_the_headlines_name():
    assert _drill(top="Thứ Tư, 13/08/2025 08:15\n") != "2024-08-12"


def test_a_shorter_end_of_the_name_inside_another_name_gives_no_year():
    head = "Lai Châu và Phongsaly tăng cường phối hợp phòng chống dịch năm 2025"
    lead = "tổ chức sơ kết công tác phối hợp phòng chống dịch"
    assert _drill(head=head, lead=lead) == "--08-12"
