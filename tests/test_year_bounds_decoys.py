"""Decoys for the year bounds: a history, figures as of an old day, an old decision put after a
lead whose year is not stated. A bound may then narrow the year, never give a far one (sentences
written for these tests; the counts over the learning pages are in docs/accuracy.md, bounds8)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from extract_support import main_event

HEAD = "Hai tỉnh tăng cường hợp tác\n\n"
LEAD = "Sáng 14/10, đoàn công tác tỉnh Lạng Sơn đến thăm và làm việc tại tỉnh Cao Bằng.\n"


def _main(decoy: str) -> dict:
    return main_event(HEAD + LEAD + decoy + "\n")


def _lower(decoy: str):
    trace: dict = {}
    extract_events(parse_article(HEAD + LEAD + decoy + "\n"), article_id="t", source="t.txt", trace=trace)
    return trace["bounds"].lower


@pytest.mark.parametrize("decoy, kind", [
    # narrative follow words open histories: a lower bound, no year
    ("Sau chuyến thăm lịch sử của Chủ tịch nước ngày 20/2/1983, quan hệ giữa hai tỉnh ngày càng gắn bó.",
     "follow_up"),
    ("Tiếp nối truyền thống từ cuộc gặp đầu tiên ngày 5/9/1979, hai bên luôn giúp đỡ nhau.", "follow_up"),
    ("Sau hội nghị tại Hà Nội ngày 5/9/1992, hai tỉnh đã chính thức kết nghĩa.", "follow_up"),
    # figures as of an old day
    ("Tính đến ngày 30/4/1975, tỉnh đã cử hơn 5.000 thanh niên sang giúp tỉnh bạn.", "as_of"),
    ("Tính đến hết tháng 12/2001, hai bên đã trao đổi hơn 300 đoàn cán bộ.", "as_of"),
    # a decision that posts officials for years is no delegation sent on this trip
    ("Theo Quyết định số 25/QĐ-TTg ngày 3/4/1996 về việc cử cán bộ tăng cường cho các huyện biên giới, "
     "nhiều thế hệ cán bộ đã đến công tác tại đây.", "earlier_date"),
])
def test_a_far_dated_history_after_the_lead_gives_no_year(decoy, kind):
    main = _main(decoy)
    assert main["date"] == "--10-14" and main["year_source"] == "unknown"
    assert _lower(decoy).name == kind   # still a lower bound


@pytest.mark.parametrize("decoy, year", [
    ("Chuyến thăm tiếp nối kết quả buổi làm việc vừa qua ngày 5/9/2025 tại Lạng Sơn.", 2025),
    ("Hai bên rà soát những nội dung đạt được tại hội nghị lần trước ngày 20/11/2024.", 2025),
    ("Thực hiện Quyết định số 88/QĐ-UBND ngày 2/10/2024 về việc cử đoàn công tác sang tỉnh bạn.", 2024),
])
def test_a_follow_up_told_as_recent_still_gives_the_year_after_it(decoy, year):
    main = _main(decoy)
    assert (main["date"], main["year_source"]) == (f"{year}-10-14", "context")


def test_a_later_year_on_the_page_voids_a_recent_follow_up():
    # the page names 2023 as done: a follow-up of 2019 is not what came just before
    main = _main("Chuyến thăm tiếp nối kết quả buổi làm việc vừa qua ngày 5/9/2019 tại Lạng Sơn. Năm 2023, "
                 "hai tỉnh đã ký kết biên bản ghi nhớ.")
    assert main["year_source"] == "unknown"


def test_a_far_plan_year_does_not_void_a_recent_follow_up():
    # what lies ahead ('sẽ') is no later year told
    main = _main("Chuyến thăm tiếp nối kết quả buổi làm việc vừa qua ngày 5/9/2025 tại Lạng Sơn. Hai bên sẽ "
                 "hoàn thành tuyến đường vào năm 2030.")
    assert main["date"] == "2025-10-14"
