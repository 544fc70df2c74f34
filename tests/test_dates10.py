"""The tenth dates round (docs/accuracy.md): a range "từ ngày D đến hết ngày D/M" and the same range
told again with its year, a visit of the country's leaders told in passing
(other_occasions.NATIONAL_VISIT), an occasion held ahead of a national Party Congress
(anniversaries.KNOWN_CONGRESSES, cue ``party_congress``) and a year's record at a yearly meeting
(cue ``yearly_review``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.year_cues import find_year_cues
from extract_support import main_event, verdicts_of as _verdicts

HEAD = "Hai tỉnh Lạng Sơn và Cao Bằng tăng cường hợp tác\n\n"


def _span(main: dict) -> tuple[str | None, str | None]:
    return main.get("date"), main.get("date_end")


# --- a range "đến hết ngày" -------------------------------------------------------------------

@pytest.mark.parametrize("words, want", [
    ("từ ngày 25 đến hết ngày 27-4", (25, 4, 27, 4)),
    ("từ ngày 3 đến hết ngày 5/10", (3, 10, 5, 10)),
    ("từ ngày 25 đến ngày 27/4", (25, 4, 27, 4)),
    ("sáng 25/4 đến chiều 27/4", (25, 4, 27, 4)),      # the second end with its part of the day
])
def test_a_range_to_the_end_of_a_day_is_one_range(words, want):
    found = [m for m in find_dates(f"Tuần văn hóa diễn ra {words} tại công viên.") if m.kind == "date"]
    assert [(m.day, m.month, m.end_day, m.end_month) for m in found] == [want]


def test_the_same_range_told_again_with_its_year_gives_it():
    page = (HEAD + "Tuần văn hóa hai tỉnh Lạng Sơn và Cao Bằng chính thức diễn ra từ ngày 10 đến hết ngày 12/5 "
            "tại thành phố Lạng Sơn.\n\nTheo kế hoạch, sự kiện sẽ diễn ra từ ngày 10/5 đến hết ngày 12/5/2023 "
            "với nhiều hoạt động giao lưu.\n")
    assert _span(main_event(page)) == ("2023-05-10", "2023-05-12")
    # another occasion's days told ahead with a year are a bound, never this range's year
    other = page.replace("từ ngày 10/5 đến hết ngày 12/5/2023", "từ ngày 20/6 đến hết ngày 22/6/2023")
    assert (main_event(other).get("year_cue") or {}).get("kind") != "nearby_date"


# --- a visit of the country's leaders ----------------------------------------------------------

LEAD_NO_DAY = ("Vừa qua, đoàn công tác tỉnh Lạng Sơn đã hội đàm với lãnh đạo tỉnh Cao Bằng về kết quả hợp tác "
               "năm 2025.\n\n")


@pytest.mark.parametrize("body", [
    "Dấu ấn nổi bật là chuyến thăm cấp Nhà nước của Tổng Bí thư, Chủ tịch nước bạn tới Việt Nam từ ngày "
    "14 - 15/4/2025, mở ra giai đoạn phát triển mới.",
    "Hai bên nhắc lại chuyến thăm chính thức của Thủ tướng Chính phủ nước bạn ngày 8/1/2025 với nhiều kết quả.",
])
def test_a_visit_of_the_countrys_leaders_told_in_passing_is_no_date_of_the_occasion(body):
    page = HEAD + LEAD_NO_DAY + body + "\n"
    assert [v for t, v in _verdicts(page).items() if "/" in t] == ["past"]
    main = main_event(page)
    assert main.get("precision") != "day" and (main.get("date") or "2025")[:4] == "2025"


@pytest.mark.parametrize("body", [
    # the page's own occasion framed in the visit, and a visit told ahead: not this rule's
    "Nhân chuyến thăm chính thức của Thủ tướng nước bạn, ngày 9/1/2025, hai tỉnh đã ký kết bản ghi nhớ.",
    "Chuyến thăm cấp Nhà nước của Chủ tịch nước bạn sẽ diễn ra từ ngày 14 - 15/4/2025.",
])
def test_a_visit_framing_the_occasion_or_told_ahead_is_not_a_passing_one(body):
    page = HEAD + LEAD_NO_DAY + body + "\n"
    trace: dict = {}
    extract_events(parse_article(page), article_id="t", source="t.txt", trace=trace)
    assert not any("country's leaders" in str(r.why) for r in trace["readings"])


# --- ahead of a national Party Congress ------------------------------------------------------

CONGRESS = ("{day}, tại tỉnh Cao Bằng, diễn ra Hội nghị liên kết vùng giữa hai tỉnh Lạng Sơn và Cao Bằng, "
            "tiến tới chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.\n")


@pytest.mark.parametrize("day, want", [
    ("Chiều 9/1", "2026-01-09"),     # in the January of the congress
    ("Sáng 5/12", "2025-12-05"),     # the months before it
    ("Ngày 20/8", "2025-08-20"),
])
def test_an_occasion_greeting_a_party_congress_ahead_lies_before_it(day, want):
    assert main_event(HEAD + CONGRESS.format(day=day))["date"] == want


@pytest.mark.parametrize("words", [
    "chào mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",   # after it
    "chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV",                      # a province's congress
    "chào mừng Đại hội XIV",                                                     # not told national
])
def test_other_congress_words_give_no_year(words):
    text = f"Chiều 9/1, hai tỉnh tổ chức hội nghị hợp tác, {words}."
    assert not [c for c in find_year_cues(text) if c.name == "party_congress"]
    page = HEAD + text + "\n"
    assert main_event(page).get("year") is None or main_event(page)["date"][:4] != "2026"


# --- a year's record at a yearly meeting -------------------------------------------------------

YEARLY = ("Trong hai ngày ({days}), thành phố Lạng Sơn và thành phố Cao Bằng đã tổ chức Hội nghị {kind} tại "
          "thành phố Cao Bằng.\n\nNăm 2019, quan hệ hợp tác giữa hai thành phố diễn ra 30 lượt trao đổi đoàn "
          "trên các lĩnh vực.\n")


def test_a_years_record_at_a_yearly_meeting_in_november_is_that_years():
    main = main_event(HEAD + YEARLY.format(days="24 - 25/11", kind="thường niên"))
    assert _span(main) == ("2019-11-24", "2019-11-25")
    assert main["year_cue"]["kind"] == "yearly_review"


@pytest.mark.parametrize("days, kind", [
    ("24 - 25/11", "hợp tác"),        # a meeting not told yearly: either year, no cue
    ("12 - 13/6", "thường niên"),     # mid-year: last year's record or this year's so far
])
def test_a_years_record_elsewhere_gives_no_year(days, kind):
    main = main_event(HEAD + YEARLY.format(days=days, kind=kind))
    assert (main.get("year_cue") or {}).get("kind") != "yearly_review"
    assert main.get("date") is None or not main["date"].startswith("2019")


# --- an account of a whole year's situation --------------------------------------------------

ACCOUNT = ("{day}, đoàn công tác tỉnh Lạng Sơn đã đến thăm, chúc Tết tỉnh Cao Bằng. Tại buổi gặp, trưởng đoàn "
           "thông tin về tình hình kinh tế - xã hội của tỉnh Lạng Sơn trong năm 2017.\n")


@pytest.mark.parametrize("day, want", [
    ("Ngày 11-4", "2018-04-11"),     # told in April: the year before, a whole year known
    ("Ngày 20/1", "2018-01-20"),
    ("Ngày 15/12", "2017-12-15"),    # at the year's end: that year's
])
def test_an_account_of_a_whole_years_situation(day, want):
    main = main_event(HEAD + ACCOUNT.format(day=day))
    assert main["date"] == want and main["year_cue"]["kind"] == "account_year"


def test_an_account_in_the_middle_of_a_year_gives_no_year():
    main = main_event(HEAD + ACCOUNT.format(day="Ngày 20/8"))
    assert (main.get("year_cue") or {}).get("kind") != "account_year"


# --- the previous yearly edition carried out --------------------------------------------------

def test_the_previous_yearly_editions_results_carried_out_date_the_next_edition():
    page = (HEAD + "Vừa qua, tại tỉnh Cao Bằng, hội nghị thường niên giữa lãnh đạo hai tỉnh Lạng Sơn và Cao Bằng "
            "đã diễn ra.\n\nCác nhận thức chung đạt được tại hội nghị lãnh đạo hai tỉnh năm 2022 đã được triển "
            "khai hiệu quả.\n")
    main = main_event(page)
    assert main["date"] == "2023" and main["year_cue"]["kind"] == "annual_edition"
    # a meeting not told yearly, or an edition told by its number: this shape gives nothing
    for other in (page.replace("hội nghị thường niên", "hội nghị hợp tác"),
                  page.replace("tại hội nghị lãnh đạo", "tại hội nghị lần thứ nhất của lãnh đạo")):
        assert (main_event(other).get("year_cue") or {}).get("kind") != "annual_edition"


# --- a cue that would put a done occasion long after the page's stamp -------------------------

PREPARES = ("Hai tỉnh Lạng Sơn và Cao Bằng chuẩn bị kỷ niệm 60 năm kết nghĩa\n\nNgày đăng: {stamp}\n\n"
            "Chiều 9.10, lãnh đạo tỉnh Lạng Sơn làm việc với tỉnh Cao Bằng về việc tổ chức các hoạt động kỷ "
            "niệm 60 năm kết nghĩa giữa hai tỉnh Lạng Sơn - Cao Bằng (1960 - 2020).\n")


def test_a_cue_later_than_the_stamp_cannot_be_a_done_occasions_year():
    main = main_event(PREPARES.format(stamp="10/10/2019 10:55"))
    assert main["date"] == "2019-10-09" and main["year_source"] == "published"


def test_a_cue_earlier_than_the_stamp_still_makes_the_year_unknown():
    # a later stamp may be a republication's: the anniversary of 2020 against a stamp of 2024 decides nothing
    main = main_event(PREPARES.format(stamp="10/10/2024 10:55"))
    assert main.get("year") is None or main["date"][:4] not in ("2024",)


def test_an_anniversary_after_the_stamps_year_does_not_date_an_undated_lead():
    page = PREPARES.format(stamp="10/10/2019 10:55").replace("Chiều 9.10", "Vừa qua")
    main = main_event(page)
    assert not (main.get("date") or "").startswith("2020")
    # without the stamp the anniversary's year stands (nothing tells it is ahead)
    assert main_event(page.replace("Ngày đăng: 10/10/2019 10:55\n\n", "")).get("date") == "2020"


# --- an earlier milestone recalled ---------------------------------------------------------------

RECENT_LEAD = ("Vừa qua, đoàn công tác tỉnh Lạng Sơn đã đến thăm và làm việc tại tỉnh Cao Bằng.\n\n")


@pytest.mark.parametrize("body", [
    "Chủ tịch tỉnh nhắc lại sự kiện tháng 6/2017 lãnh đạo nước bạn sang thăm lại tỉnh.",
    "Hai bên ôn lại chuyến thăm ngày 12/3/1984 của đoàn tỉnh bạn.",
])
def test_a_milestone_recalled_is_no_date_of_the_occasion(body):
    page = HEAD + RECENT_LEAD + body + "\n"
    assert [v for t, v in _verdicts(page).items() if "/" in t] == ["past"]
    assert main_event(page).get("precision") not in ("day", "month")


def test_a_day_told_ahead_after_nhac_lai_is_not_recalled():
    page = HEAD + RECENT_LEAD + "Ông nhắc lại rằng ngày 5/6 tới, hai tỉnh sẽ tổ chức hội nghị.\n"
    assert [v for t, v in _verdicts(page).items() if "/" in t] != ["past"]
