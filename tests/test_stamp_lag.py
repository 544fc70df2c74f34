"""A stamp months after the main event's day (core/extract/stamp_lag.py): a late copy's stamp (a mirror
site's line, a republication) gives no year on its own; a cue, the bounds or a weekday of the page that
agree keep it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.stamp_lag import FRESH_LAG_DAYS, STAMP_LAG_DAYS


def _page(stamp: str, lead_day: str, more: str = "") -> str:
    return (f"Hai tỉnh biên giới tăng cường hợp tác\n\n{stamp}\n\n"
            f"{lead_day}, đoàn công tác tỉnh Lạng Sơn do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến "
            f"thăm và làm việc với tỉnh Cao Bằng{more}.\n\n"
            "Hai bên thống nhất tăng cường phối hợp trong thời gian tới.\n")


def _main(text: str) -> dict:
    art = parse_article(text)
    assert art.published is not None
    events, _ = extract_events(art, article_id="t", source="t.txt")
    return next(e for e in events if e["main"])


@pytest.mark.parametrize("stamp", ["2025-03-16 00:32", "16/03/2025 09:15", "Thứ Tư, 10/9/2025 - 14:20"])
def test_a_stamp_months_after_the_leads_day_gives_no_year(stamp):
    main = _main(_page(stamp, "Ngày 22.12"))
    assert main["date"] == "--12-22" and main["year_source"] == "unknown"


@pytest.mark.parametrize("stamp, year", [
    ("2024-12-22 17:40", 2024),      # the same day
    ("2024-12-24 08:00", 2024),      # two days later
    ("2025-01-05 10:00", 2024),      # across the new year, days later
    ("2025-01-10 10:00", 2024),      # 19 days: within the reach of a plain day (FRESH_LAG_DAYS, round 19)
])
def test_a_stamp_within_days_of_the_occasion_gives_its_year(stamp, year):
    main = _main(_page(stamp, "Ngày 22.12"))
    assert main["date"] == f"{year}-12-22" and main["year_source"] == "published"


def test_the_reach_is_counted_from_the_last_day_of_a_range():
    # a five-day visit ending 14/12, stamped 19 days after its last day (23 after its first)
    main = _main(_page("2025-01-02 07:00", "Từ ngày 10 đến 14.12"))
    assert main["date"] == "2024-12-10" and main["year_source"] == "published"
    assert 19 <= FRESH_LAG_DAYS < 23 < STAMP_LAG_DAYS


def test_a_plain_day_forty_days_before_the_stamp_has_no_year():
    # within STAMP_LAG_DAYS, but nothing tells the day as recent: a copy's stamp as likely as the report's (round 19)
    main = _main(_page("2025-01-31 10:00", "Ngày 22.12"))
    assert main["year_source"] == "unknown"


def test_a_cue_of_the_text_that_agrees_keeps_the_stamps_year():
    main = _main(_page("2025-03-16 00:32", "Ngày 22.12",
                       " để tổng kết kết quả hợp tác năm 2024"))
    assert main["date"] == "2024-12-22"


def test_a_weekday_that_fits_only_the_stamps_year_keeps_it():
    # 22/12/2024 is a Sunday; no 22/12 of 2020-2023 is
    main = _main(_page("2025-03-16 00:32", "Chủ nhật (22.12)"))
    assert main["date"] == "2024-12-22" and main["year_source"] == "published"


def _page_done_or_ahead(stamp: str, verb: str) -> str:
    return (f"Hai tỉnh biên giới tăng cường hợp tác\n\n{stamp}\n\n"
            f"Ngày 22.12, đoàn công tác tỉnh Lạng Sơn {verb} thăm và làm việc với tỉnh Cao Bằng.\n\n"
            "Hai bên thống nhất tăng cường phối hợp trong thời gian tới.\n")


@pytest.mark.parametrize("stamp, verb", [
    ("2025-12-01 10:00", "sẽ sang"),          # told ahead: the stamp's year, as before
    ("2025-12-01 10:00", "đến"),              # a preview three weeks ahead with no "sẽ" by the day
    ("2025-12-17 21:30", "đã đến"),           # five days after a late evening's stamp
])
def test_a_day_after_the_stamp_keeps_its_year(stamp, verb):
    main = _main(_page_done_or_ahead(stamp, verb))
    assert main["date"] == "2025-12-22" and main["year_source"] == "published"
