"""Round 29's late misses (late29b), each a shape stated with sentences written for the test:

- a year bound to a person's life (born, fallen, enlisted) never dates the occasion (year_lives);
- a period after "và bàn phương hướng …" / ", kế hoạch …" in a reviewing sentence is the plan's (year_planned_after);
- remains gathered, exhumed or repatriated in a dry season, the verb before the season or far after it
  (year_shapes' ``dry_season``)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_lives import LIFE_YEARS, life_year
from hoptac.core.extract.year_planned_after import PLANNED_AFTER
from extract_support import main_event

HEAD = "Đón nhận hài cốt liệt sĩ hy sinh tại Lào\n\n"


def _lead(day: str) -> str:
    return (f"Ngày {day}, tại Nghĩa trang liệt sĩ tỉnh, UBND tỉnh Nghệ An tổ chức lễ truy điệu và an táng 15 hài "
            "cốt liệt sĩ quân tình nguyện hy sinh tại tỉnh Xiêng Khoảng (Lào).\n")


def _years(text: str) -> set[tuple[str, int]]:
    return {(c.name, c.year) for c in find_year_cues(text)}


# --- a life's year -------------------------------------------------------------------------------------------

LIVES = [
    "Đội quy tập đã cất bốc được hài cốt liệt sĩ Lê Văn Tám (SN 1950), quê xã An Hòa, huyện Quỳnh Lưu.",
    "Đội quy tập đã cất bốc được hài cốt liệt sĩ Lê Văn Tám, sinh năm 1950, quê xã An Hòa.",
    "Trong số đó có hài cốt liệt sĩ Hoàng Văn Hai, hy sinh năm 1972 tại mặt trận Cánh đồng Chum.",
    "Ông Nguyễn Văn Ba nhập ngũ năm 1968, từng chiến đấu tại chiến trường Lào.",
]


@pytest.mark.parametrize("sentence", LIVES)
def test_a_life_year_gives_no_cue(sentence):
    assert not {y for _, y in _years(sentence)} & {1950, 1972, 1968}


def test_a_birth_year_does_not_date_the_ceremony():
    page = HEAD + _lead("10-5") + LIVES[0] + "\n"
    assert main_event(page)["date"] == "--05-10"   # was 1950-05-10 (named_year "SN 1950")
    assert {n for n, _ in LIFE_YEARS} >= {"born_sn", "born", "fell", "enlisted"}


@pytest.mark.parametrize("sentence", [
    "Tại hội nghị, hai tỉnh bàn giao hài cốt liệt sĩ Lê Văn Tám (1950 - 1972), quê xã An Hòa.",
    "Hội nghị tưởng niệm đồng chí Trần Văn Bình (1920 - 1990), nguyên Bí thư Tỉnh ủy.",
])
def test_a_life_span_beside_a_titled_name_gives_no_cue(sentence):
    assert not _years(sentence)   # was plan_period_weak 1950 / 1920


@pytest.mark.parametrize("sentence, cue", [
    # an anniversary's span keeps its cue; a span beside places is the agreement's period
    ("Lễ kỷ niệm 110 năm ngày sinh đồng chí Trần Văn Bình (1907 - 2017) được tổ chức trọng thể.", ("anniversary", 2017)),
    ("Ngày 10/5, lễ ký kết biên bản ghi nhớ giữa tỉnh Phú Yên và thành phố Gimhae (2019 - 2021).",
     ("plan_period_weak", 2019)),
])
def test_other_spans_in_brackets_keep_their_cue(sentence, cue):
    assert cue in _years(sentence)


@pytest.mark.parametrize("sentence", [
    # "sinh" closing another word: enrolment, pupils, Christmas, arising -- no birth
    "Trường tuyển sinh năm 2025 được 300 lưu học sinh Lào.",
    "Chương trình đón Giáng sinh năm 2023 của hai thành phố",
    "Học sinh năm 2024 của trường được giao lưu với bạn Lào.",
    "Các chi phí phát sinh năm 2024 do tỉnh bạn chi trả.",
])
def test_other_words_ending_in_sinh_are_no_birth(sentence):
    import re
    at = re.search(r"(?:năm )?20\d\d", sentence).start()
    assert not life_year(sentence, at)


# --- a period the plan names ----------------------------------------------------------------------------------

def test_a_period_after_the_plans_words_is_planned():
    s = ("Ngày 17-5, hai tỉnh làm việc đánh giá kết quả hợp tác thời gian qua và bàn phương hướng, giải pháp "
         "hợp tác toàn diện giai đoạn 2026 - 2030.")
    assert ("plan_period", 2026) in _years(s) and ("review_period", 2031) not in _years(s)
    assert {n for n, _ in PLANNED_AFTER} == {"and_plans", "next_period", "proposes"}   # proposes: round 59, late59a


def test_a_season_reviewed_then_the_next_planned():
    s = ("Hai tỉnh hội đàm về kết quả phối hợp cất bốc hài cốt liệt sĩ mùa khô năm 2022-2023, kế hoạch "
         "2023-2024.")
    assert not {c for c in _years(s) if c[0] == "review_period"}


@pytest.mark.parametrize("sentence", [
    # the plan's noun is a second object of what is reviewed: a review of the period
    "Hội nghị đánh giá kết quả thực hiện chương trình và kế hoạch hợp tác giai đoạn 2016 - 2020.",
    "Hội nghị đánh giá kết quả thực hiện Chương trình, kế hoạch hợp tác giai đoạn 2016 - 2020.",
])
def test_a_plan_reviewed_stays_reviewed(sentence):
    assert ("review_period", 2021) in _years(sentence)


# --- remains of a dry season ----------------------------------------------------------------------------------

FOUND_BEFORE = [
    "15 hài cốt liệt sĩ được Đội K91 của tỉnh quy tập trong mùa khô 2022-2023 tại hai tỉnh của Lào.",
    "Đây là những hài cốt do Đội K91 tìm kiếm và cất bốc tại huyện bạn trong mùa khô 2022 - 2023.",
    "Trong số 15 liệt sĩ được quy tập mùa khô 2022 - 2023 có hai liệt sĩ đã xác định được tên.",
    # the done verb far after the season, one long sentence
    "Mùa khô 2022 – 2023, được sự quan tâm, hỗ trợ của cấp ủy, chính quyền và lực lượng vũ trang tỉnh bạn, đặc "
    "biệt là sự giúp đỡ tận tình, chu đáo cả về vật chất lẫn tinh thần của nhân dân các bản dọc biên giới của "
    "tỉnh Xiêng Khoảng, Đội quy tập K91, Bộ Chỉ huy Quân sự tỉnh đã nỗ lực tìm kiếm, quy tập được 15 hài cốt.",
]


@pytest.mark.parametrize("sentence", FOUND_BEFORE)
def test_remains_gathered_in_a_season_date_the_ceremony(sentence):
    assert [y for n, y in _years(sentence) if n == "dry_season"] == [2023]
    assert main_event(HEAD + _lead("25-5") + sentence + "\n")["date"] == "2023-05-25"


@pytest.mark.parametrize("sentence", [
    # a season launched or planned: the work lies ahead
    "Lễ xuất quân tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2023-2024 được tổ chức tại Bộ Chỉ huy Quân sự tỉnh.",
    "Đội K91 sẽ tiếp tục tìm kiếm, quy tập hài cốt liệt sĩ trong mùa khô 2023-2024.",
    "Hội nghị triển khai nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2023-2024.",
    # a period starting from a season
    "Đội đã tìm kiếm, quy tập hơn 500 hài cốt liệt sĩ từ mùa khô 2010-2011 đến nay.",
    # the team's name, not its work
    "Đội quy tập K91 mùa khô 2022-2023 gồm 30 cán bộ, chiến sĩ.",
    # a drought
    "Trong mùa khô 2022-2023, hạn hán kéo dài làm thiệt hại hàng nghìn ha lúa.",
])
def test_a_season_ahead_a_start_or_a_drought_gives_no_cue(sentence):
    assert "dry_season" not in {n for n, _ in _years(sentence)}


# --- a work's milestone told as done ----------------------------------------------------------------------------

from hoptac.core.extract.verdict_shapes import WORK_DONE_ON  # noqa: E402


def _bridge(day: str, milestone: str) -> str:
    return ("Thông quan cầu hữu nghị nối hai thành phố biên giới\n\n"
            f"Sáng {day}, tại thành phố A, tỉnh Lạng Sơn và chính quyền thành phố B, tỉnh Quảng Tây (Trung Quốc) phối "
            "hợp tổ chức lễ thông quan cầu hữu nghị nối hai thành phố. " + milestone + " Cầu dài 600 m, rộng 27 m.\n")


def test_a_work_inaugurated_before_bounds_the_occasion():
    # 19/3 of the milestone's year would put the customs opening before the bridge was inaugurated: no year
    assert main_event(_bridge("19/3", "Cầu được khánh thành ngày 13/9/2017."))["date"] == "--03-19"   # was 2017-03-19
    assert {n for n, _, _ in WORK_DONE_ON} >= {"inaugurated", "opened_to_traffic", "begun", "completed", "put_in_use"}


def test_a_day_after_the_milestone_takes_no_year_from_it():
    # a bound, as a document's signing: the occasion is after it, in its year or a later one
    assert main_event(_bridge("19/10", "Cầu được khánh thành ngày 13/9/2017."))["date"] == "--10-19"   # was 2017-10-19


@pytest.mark.parametrize("sentence", [n for _, _, n in WORK_DONE_ON])
def test_each_work_milestone_bounds_the_occasion(sentence):
    assert main_event(_bridge("19/1", sentence))["date"] == "--01-19"


@pytest.mark.parametrize("words", [
    # told ahead: a plan or a deadline, not a milestone passed
    "Cầu dự kiến được khánh thành ",
    "Cầu sẽ được thông xe vào ",
    "Công trình phải được hoàn thành ",
    "Theo kế hoạch được đưa vào sử dụng ",
])
def test_a_work_milestone_ahead_is_not_past(words):
    from hoptac.core.extract.verdict_shapes import _WORK_DONE_ON
    from hoptac.core.text import fold
    assert _WORK_DONE_ON.search(fold(words)) is None
    assert _WORK_DONE_ON.search(fold(words.split(" ", 1)[0] + " được khánh thành ")) is not None


def test_the_lead_reporting_the_inauguration_keeps_its_day():
    page = ("Khánh thành cầu hữu nghị nối hai thành phố biên giới\n\n"
            "Cầu hữu nghị nối thành phố A, tỉnh Lạng Sơn với thành phố B, tỉnh Quảng Tây (Trung Quốc) được khánh "
            "thành ngày 13/9/2017. Cầu dài 600 m, rộng 27 m.\n")
    assert main_event(page)["date"] == "2017-09-13"
