"""A lead's occasion told with no day, dated at the precision the page supports (round 37: partial37):
the one year a page's cues leave in every month (``cues_agree``), and a news source's issue that reports
what was just done (``report_issue``). Each row and each counter-shape, in sentences written for these tests."""

from __future__ import annotations

from click.testing import CliRunner

from hoptac.core.extract.undated_bounds import AGREE_WEIGHT, UNDATED_BOUNDS, cues_agree, cues_disagree, report_issue
from hoptac.core.extract.year_cue_kinds import CUE, YearCue
from hoptac.tui.cli import main as cli

from extract_support import main_event

# --- cues_agree ------------------------------------------------------------------------------------------

AGREE = ("Công an huyện Kỳ Sơn và Công an huyện Mường Lát ký kết biên bản ghi nhớ\n\n"
         "Vừa qua, tại huyện Kỳ Sơn, tỉnh Nghệ An, Công an huyện Kỳ Sơn đã có buổi hội đàm với đoàn Công an "
         "huyện Mường Lát, tỉnh Thanh Hóa.\n\n"
         "Tại buổi làm việc, hai bên đã thông báo kết quả công tác phối hợp thực hiện biên bản ghi nhớ giữa hai "
         "đơn vị năm 2021. Hai bên cũng đã thống nhất ký kết nội dung hợp tác trong năm 2021-2022.\n")
PLAN = " Hai bên cũng đã thống nhất ký kết nội dung hợp tác trong năm 2021-2022."


def _cue(name: str, year: int, at: int = 0) -> YearCue:
    return YearCue(at, year, name, CUE[name].weight, at, at + 8)


def test_a_review_and_a_plan_leave_one_year():
    ev = main_event(AGREE)
    assert ev["date"] == "2021" and ev["precision"] == "year"
    assert ev["year_cue"]["kind"] == "cues_agree"
    assert "năm 2021" in ev["year_cue"]["text"] and "2021-2022" in ev["year_cue"]["text"]


def test_a_review_alone_leaves_two_years():
    # a review of 2021 is held in 2021, or early in 2022: no year
    ev = main_event(AGREE.replace(PLAN, ""))
    assert ev["date"] is None and ev["year_cue"] is None
    assert main_event(AGREE)["date"] == "2021"


def test_a_review_and_the_next_years_plan_leave_two_years():
    # review 2021 (2022 in January-February) and a plan from 2022 (2021 in November-December): 2021 or 2022
    ev = main_event(AGREE.replace("2021-2022", "2022-2023"))
    assert ev["date"] is None
    assert main_event(AGREE)["date"] == "2021"


def test_no_vua_takes_no_agreed_year():
    # an occasion told undated with no sign it is recent takes only the occasion's own year
    ev = main_event(AGREE.replace("Vừa qua, tại", "Tại"))
    assert ev["date"] is None
    assert main_event(AGREE)["date"] == "2021"


def test_cues_agree_month_by_month():
    assert cues_agree([_cue("review_year", 2021), _cue("plan_period", 2021, 40)]).year == 2021
    assert cues_agree([_cue("review_year", 2021), _cue("plan_period", 2022, 40)]) is None
    assert cues_agree([_cue("review_year", 2021)]) is None                       # one kind alone
    assert cues_agree([_cue("review_year", 2021), _cue("review_year", 2021, 40)]) is None
    assert cues_agree([_cue("review_year", 2021), _cue("year", 2021, 40)]) is None   # a bare year: too weak
    assert CUE["year"].weight < AGREE_WEIGHT <= CUE["plan_period"].weight
    # a plan of the year and its review before it: the plan's year from November on, the review's ... disagree
    assert cues_agree([_cue("plan_year", 2021), _cue("review_year", 2020, 40)]) is None


def test_the_record_names_both_cues():
    got = cues_agree([_cue("plan_period", 2021, 40), _cue("review_year", 2021, 0)])
    assert got.name == "cues_agree" and (got.start, got.end) == (0, 8) and got.also == (40, 48)


# --- cues_disagree ---------------------------------------------------------------------------------------

TALKS = ("Hai huyện Kỳ Sơn và Mường Lát hội đàm\n\n"
         "Vừa qua, tại huyện Kỳ Sơn, tỉnh Nghệ An, lãnh đạo huyện Kỳ Sơn đã hội đàm với đoàn huyện Mường Lát, tỉnh "
         "Thanh Hóa.\n\nTại buổi làm việc, hai bên đã thông báo kết quả phối hợp năm 2021. Hai bên thống nhất kế "
         "hoạch hợp tác năm 2022.\n")


def test_a_review_and_the_next_years_plan_give_no_year():
    # the plan alone would give 2022; the review of 2021 says the end of 2021 as well: no year
    assert main_event(TALKS)["date"] is None
    plan_only = TALKS.replace("hai bên đã thông báo kết quả phối hợp năm 2021. Hai bên thống nhất", "hai bên thống nhất")
    assert main_event(plan_only)["date"] == "2022"   # (the project's rule for a plan alone: its year)


def test_a_plan_and_a_period_of_the_same_year_agree():
    ev = main_event(TALKS.replace("kết quả phối hợp năm 2021", "ký kết chương trình hợp tác giai đoạn 2022-2025"))
    assert ev["date"] == "2022"
    assert main_event(TALKS)["date"] is None


def test_cues_disagree_by_the_year_of_most_months():
    assert cues_disagree([_cue("plan_year", 2022), _cue("review_year", 2021, 40)], 2022)
    assert not cues_disagree([_cue("plan_year", 2022), _cue("plan_period", 2022, 40)], 2022)
    assert not cues_disagree([_cue("so_far", 2024), _cue("plan_year", 2023, 40)], 2024)   # results so far


# --- report_issue ----------------------------------------------------------------------------------------

ISSUE = ("Thêm một trạm y tế được Việt Nam bàn giao cho Lào\n09:10 | 15/09/2024\n\n"
         "Theo báo chí Lào, nằm ở trung tâm tỉnh Xiêng Khoảng, trạm y tế có 8 phòng khám với tổng kinh phí hơn "
         "3 tỷ đồng.\n\n"
         "Báo Pasaxon số ra ngày 14/9 đưa tin tỉnh Nghệ An của Việt Nam vừa bàn giao một trạm y tế cho tỉnh "
         "Xiêng Khoảng của Lào.\n")
EARLY = ISSUE.replace("15/09/2024", "03/09/2024").replace("ngày 14/9", "ngày 3/9")


def test_an_issue_after_the_lead_reports_the_occasion():
    ev = main_event(ISSUE)
    assert ev["date"] == "2024-09" and ev["precision"] == "month"
    assert ev["year_cue"]["kind"] == "report_issue" and ev["year_cue"]["text"].endswith("số ra ngày 14/9")
    assert ev["date_text"].startswith("vừa bàn giao")


def test_an_issue_in_a_months_first_days_gives_the_year():
    # the occasion told as just done before the 3rd may be of the month before: the year only
    ev = main_event(EARLY)
    assert ev["date"] == "2024" and ev["precision"] == "year" and ev["year_cue"]["kind"] == "report_issue"


def test_an_issue_with_its_own_year_needs_no_stamp():
    ev = main_event(ISSUE.replace("09:10 | 15/09/2024\n", "").replace("ngày 14/9", "ngày 14/9/2024"))
    assert ev["date"] == "2024-09"


def test_counter_shapes_of_an_issue():
    assert main_event(EARLY)["date"] == "2024"
    # no 'vừa' after the issue: no report of a recent occasion (and the stamp's first days give none)
    assert main_event(EARLY.replace("vừa bàn giao", "về việc bàn giao"))["date"] is None
    # the first days of January: the occasion may be of the year before
    assert main_event(EARLY.replace("03/09/2024", "03/01/2025").replace("ngày 3/9", "ngày 3/1"))["date"] is None
    # no year on the issue and no stamp: nothing
    assert main_event(ISSUE.replace("09:10 | 15/09/2024\n", ""))["date"] is None
    # a stamp weeks after the issue is no bound of the issue's: not this report's year
    far = EARLY.replace("03/09/2024", "03/12/2024")
    assert main_event(far)["date"] is None


def test_report_issue_wants_one_issue_told_as_reporting_vua():
    assert report_issue("", "", [], (0, 10), None, 8, 45) is None


def test_the_rows_are_a_table():
    assert [name for name, _, _ in UNDATED_BOUNDS] == ["cues_agree", "cues_disagree", "report_issue", "stamp_plan"]
    assert all(example and gives for _, example, gives in UNDATED_BOUNDS)


def test_explain_shows_the_cue(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(EARLY, encoding="utf-8")
    out = CliRunner().invoke(cli, ["explain", str(page)]).output
    assert "(report_issue)" in out and "số ra ngày 3/9" in out and "no dated occasion: report_issue" in out


def test_a_plan_after_the_issue_is_not_the_occasion():
    # "sẽ … vào tháng 10 tới" after a news issue's report of what was just done: a plan (verdict ahead), not the
    # occasion -- the report's year stands
    ev = main_event(EARLY + "\nTheo kế hoạch, trạm y tế sẽ đi vào hoạt động vào tháng 10 tới.\n")
    assert ev["date"] == "2024" and ev["year_cue"]["kind"] == "report_issue"


def test_a_king_is_no_vua():
    # "vua" folded is also a king ("vua Hùng"): no report of a recent occasion
    king = EARLY.replace("vừa bàn giao một trạm y tế cho", "tổ chức lễ dâng hương tưởng nhớ vua Hùng tại")
    assert main_event(king)["date"] is None
    assert main_event(EARLY)["date"] == "2024"
