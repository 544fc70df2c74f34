"""Dates an article gives only indirectly (sentences written for these tests): an occasion
held within a frame event whose days a later sentence gives; a year counted back from a
dated milestone ('cách đây 40 năm, ngày 5/8/1983'); a dated milestone in a last line cut short;
a dated report of a recent occasion ('Ngày 15/3, … cho biết, … vừa …')."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events

HEAD = "Hai địa phương đẩy mạnh hợp tác du lịch\n\n"


def test_an_occasion_within_a_frame_event_takes_the_frames_month():
    text = (HEAD + "Việc hợp tác mở ra giai đoạn mới cho du lịch hai địa phương.\n\n"
            "Trong khuôn khổ Tuần lễ Văn hóa Quảng Bình - Lâm Đồng 2024 vừa diễn ra tại thành phố Đồng Hới, tỉnh Quảng Bình và tỉnh "
            "Lâm Đồng đã ký kết Biên bản ghi nhớ hợp tác phát triển du lịch.\n\n"
            "Theo đó, hai tỉnh sẽ phối hợp quảng bá điểm đến.\n\n"
            "Tuần lễ Văn hóa Quảng Bình - Lâm Đồng 2024 diễn ra từ 4/4-7/4 tại Đồng Hới với hơn 300 gian hàng.\n")
    ev = main_event(text)
    assert (ev["date"], ev["date_end"], ev["precision"]) == ("2024-04", None, "month")
    assert ev["type"] == "signing"
    assert ev["date_text"].startswith("Trong khuôn khổ Tuần lễ Văn hóa")


def test_a_range_of_another_event_is_not_a_frame():
    # the range dates a different event than the frame the signing was held in: the range stays
    # (told "vừa diễn ra", the frame is recent and a range told ahead is no day of it: test_other_occasions)
    text = (HEAD + "Việc hợp tác mở ra giai đoạn mới cho du lịch hai địa phương.\n\n"
            "Trong khuôn khổ Tuần lễ Văn hóa Quảng Bình - Lâm Đồng 2024 diễn ra tại thành phố Đồng Hới, tỉnh Quảng Bình và tỉnh "
            "Lâm Đồng đã ký kết Biên bản ghi nhớ hợp tác phát triển du lịch.\n\n"
            "Tuần lễ Văn hóa hai tỉnh sẽ diễn ra từ 4/5-7/5/2024 tại Đà Lạt.\n")
    ev = main_event(text)
    assert ev["precision"] == "day" and ev["date_end"] is not None


def test_a_visit_dated_by_its_own_range_keeps_it():
    text = (HEAD + "Trong khuôn khổ chuyến thăm chính thức (từ 12-15/3), đoàn đại biểu tỉnh Quảng Bình đã có "
            "chuyến thăm, làm việc tại tỉnh Khăm Muộn (Lào).\n")
    ev = main_event(text)
    assert ev["precision"] == "day" and ev["date_end"] is not None


def test_a_milestone_counted_back_from_now_gives_the_year():
    text = (HEAD + "Sáng 12/3, đoàn đại biểu tỉnh Kampot (Campuchia) đến chào xã giao lãnh đạo tỉnh Kiên Giang.\n\n"
            "Hai bên ôn lại chặng đường cách đây 40 năm, ngày 5/8/1983, khi hai tỉnh kết nghĩa.\n")
    ev = main_event(text)
    assert ev["date"] == "2023-03-12"
    assert ev["year_cue"]["kind"] == "years_ago" and "cách đây 40 năm" in ev["year_cue"]["text"]


@pytest.mark.parametrize("count", ["cách đây hơn 40 năm", "cách đây gần 40 năm"])
def test_a_loose_count_back_gives_no_year(count):
    text = (HEAD + "Sáng 12/3, đoàn đại biểu tỉnh Kampot (Campuchia) đến chào xã giao lãnh đạo tỉnh Kiên Giang.\n\n"
            f"Hai bên ôn lại chặng đường {count}, ngày 5/8/1983, khi hai tỉnh kết nghĩa.\n")
    ev = main_event(text)
    assert ev["date"] == "--03-12"


def test_a_last_line_cut_short_that_opens_with_a_connective_is_text():
    # the excerpt ends mid-sentence: the line is the article's, its dated signing a milestone
    text = (HEAD + "Sáng 12/3/2024, đoàn đại biểu tỉnh Kampot (Campuchia) đến chào xã giao lãnh đạo tỉnh Kiên "
            "Giang.\n\nĐặc biệt, ngày 5/8/2010, hai tỉnh đã ký kết Bản ghi nhớ hợp tác về thủy sản và du l")
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    assert any(e["date"] == "2010-08-05" and e["type"] == "signing" and not e["main"] for e in events)


@pytest.mark.parametrize("lead", [
    "Ngày 15/3, Sở Ngoại vụ tỉnh Lào Cai cho biết, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) vừa tổ chức hội "
    "đàm về hợp tác kinh tế.",
    "Ngày 15/3, theo Sở Ngoại vụ tỉnh Lào Cai, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) vừa ký kết biên bản "
    "hợp tác.",
])
def test_a_dated_report_of_a_recent_occasion_gives_its_month(lead):
    ev = main_event(HEAD + lead + "\n")
    assert (ev["date"], ev["precision"]) == ("--03", "month")


@pytest.mark.parametrize("lead", [
    # the report's own day names the occasion ("vừa qua" after the date is the date's)
    "Ngày 15/3 vừa qua, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) đã tổ chức hội đàm về hợp tác kinh tế.",
    # the occasion told has its own day
    "Theo Sở Ngoại vụ tỉnh Lào Cai, chiều 12/3, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) đã tổ chức hội đàm.",
    # a report with nothing recent in it: the report is the occasion
    "Ngày 15/3, Sở Ngoại vụ tỉnh Lào Cai cho biết, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) sẽ tổ chức hội "
    "đàm vào tháng 5.",
])
def test_an_occasion_with_its_own_day_keeps_it(lead):
    ev = main_event(HEAD + lead + "\n")
    assert ev["precision"] == "day"
