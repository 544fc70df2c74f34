"""Round 47 (late47b): misses of real pages never seen before, read in general shapes.

``national_visit_of`` (other_occasions.NATIONAL_VISIT): a visit of the country's leaders named by whose it is
("chuyến thăm Việt Nam của Tổng Bí thư, Chủ tịch nước bạn từ ngày 14-15/4 vừa qua"), told in passing after a
lead that dates nothing, is an earlier milestone of the two countries, not the day of the localities' talks.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from extract_support import main_event, verdicts_of as _verdicts

HEAD = "Hai tỉnh Lạng Sơn và Cao Bằng tăng cường hợp tác\n\n"
LEAD_NO_DAY = ("Hội đàm do ông Nguyễn Văn An, Giám đốc Sở Ngoại vụ tỉnh Lạng Sơn và ông Hoàng Văn Bình, Phó Chủ "
               "tịch UBND tỉnh Cao Bằng đồng chủ trì.\nPhát biểu tại hội đàm, ông Nguyễn Văn An cho biết, hội đàm "
               "diễn ra trong bối cảnh quan hệ hai nước tiếp tục phát triển mạnh mẽ. ")


@pytest.mark.parametrize("body", [
    "Đặc biệt, chuyến thăm Việt Nam của Tổng Bí thư, Chủ tịch nước bạn từ ngày 14-15/4 vừa qua đã tạo dấu mốc "
    "quan trọng.",
    "Chuyến thăm của Chủ tịch nước bạn ngày 8/1 đã mở ra nhiều cơ hội hợp tác.",
    "Hai bên nhắc đến chuyến thăm hữu nghị tới Việt Nam của Thủ tướng nước bạn hôm 20/3.",
])
def test_a_leaders_visit_named_by_whose_it_is_is_no_date_of_the_talks(body):
    page = HEAD + LEAD_NO_DAY + body + "\n"
    assert [v for t, v in _verdicts(page).items() if "/" in t or "hôm" in t] == ["past"]
    main = main_event(page)
    assert main.get("precision") != "day"
    assert main.get("type") == "conference"


@pytest.mark.parametrize("body", [
    # a local leader's visit, a visit framing the page's occasion, a visit told ahead: not this rule's
    "Chuyến thăm của Chủ tịch UBND tỉnh Lạng Sơn ngày 8/1 đã mở ra nhiều cơ hội hợp tác.",
    "Chuyến thăm tỉnh Cao Bằng của Bí thư Tỉnh ủy Lạng Sơn ngày 8/1 đã mở ra nhiều cơ hội hợp tác.",
    "Nhân chuyến thăm Việt Nam của Thủ tướng nước bạn, ngày 9/1, hai tỉnh đã ký kết bản ghi nhớ.",
    "Chuyến thăm Việt Nam của Chủ tịch nước bạn sẽ diễn ra từ ngày 14 - 15/4.",
])
def test_other_visits_are_not_a_passing_national_one(body):
    page = HEAD + LEAD_NO_DAY + body + "\n"
    trace: dict = {}
    extract_events(parse_article(page), article_id="t", source="t.txt", trace=trace)
    assert not any("country's leaders" in str(r.why) for r in trace["readings"])
