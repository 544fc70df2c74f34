"""Dates round 18 (docs/accuracy.md, "Dates round 18"): years a plan verb's sentence names that are no
plan (year_not_plans), and a Lao province's name that folds to "sẽ" (year_bounds). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_not_plans import NOT_PLANS, not_a_plan
from extract_support import main_event

HEAD = "Hai tỉnh tăng cường hợp tác\n\n"
#: The lead's day has no year; a later sentence greets an anniversary with its years (2022). A second year
#: told as a plan's would contradict it and leave the year unknown.
LEAD = ("Sáng 14/8, đoàn đại biểu tỉnh Quảng Trị do Chủ tịch UBND tỉnh dẫn đầu đã đến thăm và làm việc tại tỉnh "
        "Savannakhet (Lào).\nHai bên ôn lại truyền thống hữu nghị, chào mừng kỷ niệm 60 năm ngày thiết lập quan hệ "
        "ngoại giao Việt Nam - Lào (5/9/1962 - 5/9/2022).\n")

#: Each sentence names a year after a plan verb that is another occasion's: no plan_year.
NOT_PLAN_SENTENCES = [
    ("Trạm y tế do tỉnh Quảng Trị xây tặng, theo Thỏa thuận ký kết tại kỳ họp thường niên giữa hai tỉnh vào năm 2019.",
     "signed_document"),
    ("Hai tỉnh triển khai các nội dung theo Biên bản ghi nhớ được ký kết tại thành phố Đông Hà năm 2018.",
     "signed_document"),
    ("Nhà văn hóa được xây dựng với kinh phí 5 tỷ đồng, dự kiến hoàn thành trong năm 2024.", "work_done"),
    ("Hai tỉnh cùng xây dựng cây cầu hữu nghị, sẽ đưa vào sử dụng trong năm 2025.", "work_done"),
    ("Về xây dựng nông thôn mới, chỉ tính năm 2016 và năm 2017 huyện có thêm 9 xã đạt chuẩn.", "tally"),
    ("Hai bên đã triển khai nhiều dự án, tính riêng năm 2020 đã trao đổi 12 đoàn công tác.", "tally"),
]


@pytest.mark.parametrize("sentence, shape", NOT_PLAN_SENTENCES)
def test_a_year_after_a_plan_verb_that_is_another_occasions_gives_no_plan_cue(sentence, shape):
    cues = find_year_cues(sentence)
    assert not [c for c in cues if c.name in ("plan_year", "plan_noun")], cues
    at = sentence.rindex("năm 20")
    assert not_a_plan(sentence, at, "plan", sentence.index("ký" if shape == "signed_document" else "xây")
                      if shape != "tally" else 0) == shape
    assert shape in {s for s, _ in NOT_PLANS}


@pytest.mark.parametrize("sentence, shape", NOT_PLAN_SENTENCES)
def test_such_a_year_no_longer_contradicts_the_occasions_anniversary(sentence, shape):
    main = main_event(HEAD + LEAD + sentence + "\n")
    assert main["date"] == "2022-08-14", main


#: ... while a plan for the year, signed or built, keeps its cue.
PLANS = [
    "Hai tỉnh ký kết kế hoạch hợp tác năm 2023.",
    "Hai bên thống nhất xây dựng chương trình phối hợp năm 2024.",
    "Hai bên thống nhất, trong năm 2024 sẽ phối hợp hoàn thành việc xây dựng kế hoạch năm 2024.",
]


@pytest.mark.parametrize("sentence", PLANS)
def test_a_plan_for_the_year_keeps_its_cue(sentence):
    assert any(c.name in ("plan_year", "plan_noun", "year_ahead") for c in find_year_cues(sentence))
    at = sentence.rindex("năm 20") + 4
    assert not_a_plan(sentence, at, "plan", sentence.index("k" if "ký" in sentence else "x")) in (None, "work_done")


#: "Sê Kông", "Sê Pôn" fold to "se kong", "se pon": a year told beside them is no upper bound of "sẽ".
SE_SENTENCES = [
    "Ngôi trường được tỉnh Quảng Trị tặng tỉnh Sê Kông năm 2019.",
    "Tỉnh Sê Kông nhận bàn giao trạm y tế vào năm 2020.",
    "Đoàn cũng thăm tỉnh Sê Pôn, nơi hai bên xây trường học năm 2019.",
]


@pytest.mark.parametrize("sentence", SE_SENTENCES)
def test_a_lao_province_named_se_is_no_future_word(sentence):
    assert main_event(HEAD + LEAD + sentence + "\n")["date"] == "2022-08-14"


def test_a_year_told_with_se_is_still_an_upper_bound():
    # the real "sẽ": the visit comes before a year it expects, 2021 -- the anniversary's 2022 is outside
    text = HEAD + LEAD + "Hai tỉnh sẽ hoàn thành tuyến đường nối hai tỉnh năm 2021.\n"
    assert main_event(text)["date"] != "2022-08-14"


# --- a programme launched at the occasion with its period (core/extract/year_launched_period.py) ----------

SIGN_LEAD = ("Ông Trần Văn A, Chủ tịch UBND thành phố Huế, và bà Marie Dupont, Chủ tịch vùng Bretagne, đã ký ngày 14 "
             "tháng 5 một chương trình hợp tác mới giữa hai địa phương.\n")

LAUNCHED = [
    "Chương trình Không khí sạch cho thành phố (2019-2021) đã được đưa ra nhân dịp này.",
    "Nhân dịp này, hai bên khởi động Dự án nước sạch giai đoạn 2019-2021.",
    "Kế hoạch hành động 2019 - 2021 cũng được công bố tại buổi lễ.",
    "Tại sự kiện, hai thành phố ra mắt chương trình học bổng (2019-2021).",
]


@pytest.mark.parametrize("sentence", LAUNCHED)
def test_a_programme_launched_at_the_occasion_opens_its_period(sentence):
    main = main_event(HEAD + SIGN_LEAD + sentence + "\n")
    assert main["date"] == "2019-05-14", main


NOT_LAUNCHED = [
    "Trong 3 năm tới (2019-2021), hai thành phố sẽ tăng cường hợp tác về môi trường.",   # said ahead
    "Chương trình học bổng (2019-2021) sẽ được công bố tại buổi lễ vào cuối năm.",       # a launch to come
    "Chương trình Không khí sạch (2019-2021) được đưa ra tại hội nghị tháng 3/2018.",    # another occasion's
    "Chương trình Không khí sạch cho thành phố (2019-2021) tiếp tục được thực hiện.",    # no launch here
]


@pytest.mark.parametrize("sentence", NOT_LAUNCHED)
def test_a_period_said_ahead_or_launched_elsewhere_gives_no_year(sentence):
    main = main_event(HEAD + SIGN_LEAD + sentence + "\n")
    assert main["date"] is not None and not main["date"].startswith("2019"), main


# --- the issue of a news source that reports the occasion (verdict "source") --------------------------

SOURCES = [
    "Báo Pasaxon số ra ngày 5/8 đưa tin chính quyền tỉnh Nam Định vừa bàn giao một trường học cho tỉnh Attapeu.",
    "Tờ Vientiane Times ngày 5/8 đưa tin tỉnh Nam Định vừa bàn giao một trường học cho tỉnh Attapeu.",
    "Hãng tin KPL ngày 5/8 dẫn lời lãnh đạo tỉnh Attapeu cho biết tỉnh Nam Định vừa bàn giao một trường học.",
    "Báo Pasaxon số ra ngày 5/8 cho biết tỉnh Nam Định vừa bàn giao một trường học cho tỉnh Attapeu.",
]


@pytest.mark.parametrize("sentence", SOURCES)
def test_a_papers_issue_is_never_the_occasions_day(sentence):
    text = "Tỉnh Nam Định bàn giao trường học cho Lào\n\n" + sentence + "\nNgôi trường có 10 phòng học.\n"
    main = main_event(text)
    assert not (main["date"] or "").endswith("08-05"), main


def test_a_day_the_paper_reports_as_the_occasion_is_still_read():
    text = ("Tỉnh Nam Định bàn giao trường học cho Lào\n\nBáo chí Lào đưa tin, ngày 2/8, tỉnh Nam Định đã bàn giao một "
            "trường học cho tỉnh Attapeu.\n")
    assert main_event(text)["date"].endswith("08-02")


# --- an anniversary's years counted inclusively (verdict_shapes._years_apart) -------------------------------

from hoptac.core.extract.article import parse_article  # noqa: E402
from hoptac.core.extract.events import extract_events  # noqa: E402


def _others(text: str) -> set[str]:
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    return {e["date"] for e in events if not e["main"]}


@pytest.mark.parametrize("years, signed", [("(2015 - 2019)", "2015"), ("(2014 - 2019)", "2014")])
def test_an_anniversarys_years_give_the_signing_it_counts_from(years, signed):
    # five years counted inclusively (2015 - 2019) or apart (2014 - 2019): the signing of the first year
    text = (HEAD + "Chiều 12/9, tại Hà Nội, lãnh đạo thành phố Hà Nội tiếp đoàn tỉnh Fukuoka (Nhật Bản) sang dự "
            f"chương trình giao lưu, nhân kỷ niệm 5 năm ký kết hợp tác hữu nghị giữa thành phố Hà Nội và tỉnh Fukuoka {years}.\n")
    assert signed in _others(text)


def test_a_period_of_other_length_is_no_anniversarys():
    text = (HEAD + "Chiều 12/9, tại Hà Nội, lãnh đạo thành phố Hà Nội tiếp đoàn tỉnh Fukuoka (Nhật Bản) sang dự "
            "chương trình giao lưu, nhân kỷ niệm 5 năm ký kết hợp tác hữu nghị giữa thành phố Hà Nội và tỉnh Fukuoka "
            "(2017 - 2019).\n")
    assert "2017" not in _others(text)


# --- a plan told after the lead with its year is the next occasion (other_milestones) ------------------------

PLANNED_AHEAD = [
    ("Dự kiến Chương trình giao lưu nghệ thuật hai tỉnh diễn ra vào trung tuần tháng 11/2016, tại thành phố Bắc Ninh.",
     "2016-11"),
    ("Theo kế hoạch, đoàn đại biểu tỉnh Bắc Ninh sẽ sang thăm tỉnh Hà Tĩnh từ ngày 5 đến 9/12/2016.", "2016-12-05"),
]


@pytest.mark.parametrize("sentence, planned", PLANNED_AHEAD)
def test_a_plan_after_the_lead_with_its_year_is_an_other_milestone(sentence, planned):
    # an undated lead told recent under a stamp; the plan below it is verdict "ahead"
    text = ("Bắc Ninh và Hà Tĩnh phối hợp giao lưu văn hóa\nCập nhật: 11/08/2016\n\nUBND tỉnh Bắc Ninh vừa có Công văn "
            "gửi UBND tỉnh Hà Tĩnh về việc phối hợp tổ chức chương trình giao lưu văn hóa giữa hai tỉnh.\n" + sentence + "\n")
    assert not main_event(text)["date"].startswith(planned[:7])
    assert planned in _others(text)


# --- a day told after the main occasion that falls days before it (milestones.day_before, told_after) -------

PROGRAMME = ("Từ ngày 12-9 đến 14-9-2019, chương trình “Những ngày Huế tại Đà Nẵng” sẽ diễn ra tại thành phố Đà Nẵng "
             "với nhiều hoạt động biểu diễn nghệ thuật.\n")


@pytest.mark.parametrize("sentence, day", [
    ("Sáng 10-9, tại thành phố Đà Nẵng, UBND tỉnh Thừa Thiên Huế tổ chức họp báo thông tin về chương trình.", "2019-09-10"),
    ("Chiều 5-9, lãnh đạo hai địa phương đã có buổi làm việc bàn công tác chuẩn bị.", "2019-09-05"),
])
def test_a_day_told_after_the_occasion_that_precedes_it_is_a_milestone(sentence, day):
    text = HEAD + PROGRAMME + sentence + "\n"
    assert main_event(text)["date"] == "2019-09-12"
    assert day in _others(text)


@pytest.mark.parametrize("sentence", [
    "Sáng 10-7, tỉnh Thừa Thiên Huế tổ chức họp báo thông tin về chương trình.",   # two months before: no trip's step
    "Sáng 10-9, nhiều nghệ sĩ đã có mặt tại thành phố Đà Nẵng.",                  # no occasion's words
])
def test_a_day_far_before_or_without_an_occasion_is_no_milestone(sentence):
    text = HEAD + PROGRAMME + sentence + "\n"
    assert not {d for d in _others(text) if d.startswith("2019-07-10") or d.startswith("2019-09-10")}


# --- a year that opens a listed clause after ";" (milestones.year_milestone) --------------------------------

def test_years_that_open_listed_clauses_are_milestones():
    text = (HEAD + "Sáng 31/8, thành phố Lạng Sơn và thành phố Sùng Tả tổ chức hội nghị hợp tác.\n"
            "Từ năm 2009, thành phố Lạng Sơn đã ký kết Biên bản ghi nhớ hợp tác với thị xã Bằng Tường; năm 2014, ký kết "
            "Thỏa thuận khung với thành phố Sùng Tả; năm 2016, hai thành phố chính thức ký kết Thỏa thuận hữu nghị.\n")
    assert {"2009", "2014", "2016"} <= _others(text)


def test_a_year_in_a_listed_clause_without_an_occasion_is_none():
    text = (HEAD + "Sáng 31/8, thành phố Lạng Sơn và thành phố Sùng Tả tổ chức hội nghị hợp tác.\n"
            "Kim ngạch tăng đều qua các năm; năm 2014, kim ngạch đạt 200 triệu USD; năm 2016, đạt 300 triệu USD.\n")
    assert not {"2014", "2016"} & _others(text)


# --- an earlier meeting named with its year; the main occasion's own name is no other milestone ------------

def test_an_earlier_meeting_named_with_its_year_is_a_milestone_and_the_mains_own_name_is_not():
    text = (HEAD + "Ngày 20/2, tỉnh Cao Bằng đăng cai tổ chức Chương trình Gặp gỡ đầu xuân năm 2019 giữa Bí thư Tỉnh ủy "
            "các tỉnh Cao Bằng, Lạng Sơn và Khu tự trị Quảng Tây (Trung Quốc).\n"
            "Các nội dung nhận thức chung đã đạt được tại chương trình gặp gỡ đầu xuân năm 2018 được các bên triển khai "
            "hiệu quả.\n")
    assert main_event(text)["date"] == "2019-02-20"
    others = _others(text)
    assert "2018" in others and "2019" not in others


# --- a delegation's next step told ahead, the day after the main one (other_milestones._TOLD_AHEAD) ---------

VISIT = ("Tối 29/1/2024, tại thành phố Lào Cai, lãnh đạo tỉnh Lào Cai tiếp đoàn đại biểu châu Hồng Hà (Trung Quốc) "
         "sang chúc Tết.\n")


def test_a_delegations_next_step_told_ahead_is_a_milestone():
    text = HEAD + VISIT + ("Ngày mai (30/1), Đoàn đại biểu tỉnh Lào Cai sẽ xuất cảnh sang Trung Quốc để tham dự chương "
                           "trình giao lưu văn nghệ.\n")
    assert "2024-01-30" in _others(text)


def test_a_day_beside_a_visit_told_as_done_is_no_next_step():
    # the anniversary's day the visit greets, told without "sẽ": no milestone of the next day
    text = HEAD + ("Ngày 2/2/2023, đoàn đại biểu thành phố Đông Hưng sang thăm và chúc mừng thành phố Móng Cái nhân dịp kỷ "
                   "niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam 3/2 (1930-2023).\n")
    assert "2023-02-03" not in _others(text)
