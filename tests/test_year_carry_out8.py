"""A meeting whose results or minutes are carried out (rulesdate8): its year is the occasion's only
when the occasion itself is told as carrying it out (the headline, the lead that dates it, or the
carry-out told as its purpose); after a lead that dates its own occasion it is a lower bound, and
its date is never the occasion's (sentences written for these tests; the decoy audit over the
learning pages is in docs/accuracy.md, rulesdate8)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.other_occasions import CARRIED_OUT
from hoptac.core.extract.year_bounds import OCCASION_CARRIES
from extract_support import main_event

HEAD = "Hai tỉnh tăng cường hợp tác\n\n"
LEAD = "Sáng 14/10, đoàn công tác tỉnh Lạng Sơn đến thăm và làm việc tại tỉnh Cao Bằng.\n"


def _trace(text: str) -> dict:
    trace: dict = {}
    extract_events(parse_article(text), article_id="t", source="t.txt", trace=trace)
    return trace


@pytest.mark.parametrize("decoy", [
    "Thực hiện kết quả hội đàm tháng 8/1983 giữa lãnh đạo hai nước, hai tỉnh đã kết nghĩa từ đó.",
    "Hai bên tiếp tục triển khai thực hiện Biên bản ghi nhớ Hội nghị lần thứ nhất ký ngày 12/5/1995.",
    "Các ngành tiếp tục cụ thể hóa kết quả chuyến thăm ngày 3/3/2001 của lãnh đạo tỉnh bạn.",
])
def test_a_history_carried_out_after_the_lead_is_a_lower_bound_not_the_year(decoy):
    text = HEAD + LEAD + decoy + "\n"
    main = main_event(text)
    assert main["date"] == "--10-14" and main["year_source"] == "unknown"
    lower = _trace(text)["bounds"].lower
    assert lower is not None and lower.day.year < 2002 and not lower.near


def test_a_plan_that_carries_out_minutes_named_in_its_headline_takes_their_year():
    text = ("Kế hoạch triển khai thực hiện Biên bản ghi nhớ Hội nghị lần thứ 5 giữa tỉnh Lạng Sơn và tỉnh Quảng Tây\n\n"
            "Ngày 23/5, UBND tỉnh Lạng Sơn ban hành Kế hoạch số 77/KH-UBND triển khai thực hiện Biên bản ghi nhớ "
            "Hội nghị lần thứ 5 giữa tỉnh Lạng Sơn và Khu tự trị Quảng Tây (Trung Quốc).\n"
            "Kế hoạch cụ thể hóa Biên bản ghi nhớ Hội nghị lần thứ 5 ký ngày 24/2/2024 tại thành phố Nam Ninh.\n")
    main = main_event(text)
    assert (main["date"], main["year_source"]) == ("2024-05-23", "context")


def test_a_visit_whose_purpose_carries_out_a_meeting_takes_the_year_after_it():
    main = main_event(HEAD + LEAD + "Chuyến thăm nhằm cụ thể hóa kết quả hội đàm tháng 3/2025 giữa lãnh đạo hai tỉnh.\n")
    assert (main["date"], main["year_source"]) == ("2025-10-14", "context")


@pytest.mark.parametrize("row", range(len(CARRIED_OUT)))
def test_each_carried_out_meeting_row_dates_an_earlier_milestone(row):
    sentence = CARRIED_OUT[row][1]
    readings = _trace(HEAD + LEAD + sentence + "\n")["readings"]
    body = [r for r in readings if r.mention.year]
    assert body and all(r.verdict == "past" for r in body)


def test_a_conference_that_carries_out_results_keeps_its_own_day():
    text = (HEAD + "Hội nghị triển khai kết quả hội đàm giữa lãnh đạo hai tỉnh Lạng Sơn và Cao Bằng diễn ra "
            "sáng 5/9 tại thành phố Lạng Sơn.\n")
    main = main_event(text)
    assert main["date"].endswith("09-05")


def test_the_occasion_carries_rows_name_the_three_places_it_is_told():
    assert [w for w, _ in OCCASION_CARRIES] == ["headline", "lead", "purpose"]


def test_when_the_lead_has_no_day_a_carried_out_meeting_is_not_the_occasion():
    text = (HEAD + "Vừa qua, đoàn công tác tỉnh Lạng Sơn đã đến thăm và làm việc tại tỉnh Cao Bằng.\n"
            "Thực hiện kết quả hội đàm tháng 8/2011 giữa lãnh đạo hai tỉnh, các sở đã xây dựng kế hoạch cụ thể.\n")
    main = main_event(text)
    assert not (main.get("date") or "").startswith("2011")
