"""Audit round 17: a site's masthead over the article — its name ("Báo <tỉnh> điện tử", with a slogan or
its address after it) and its imprint ("Tổng Biên tập: …") — is chrome, not the headline; the real
headline under it names the occasion (lines written for this test, no page's own words).
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events

BODY = ("Trang chủ\n\n"
        "Hội đàm giữa đoàn đại biểu tỉnh Điện Biên và tỉnh Phông Sa Lỳ\n\n"
        "Ngày 14/9, Đoàn đại biểu tỉnh Phông Sa Lỳ (Lào) do ông Bun Thăn làm trưởng đoàn đã thăm và hội đàm với "
        "lãnh đạo tỉnh Điện Biên nhân dịp kỷ niệm ngày thành lập hai tỉnh.\n")


@pytest.mark.parametrize("masthead", [
    "Báo Điện Biên điện tử - Tin tức cập nhật hằng ngày",
    "Báo Điện Biên Phủ điện tử",
    "Báo Bà Rịa Vũng Tàu điện tử - www.baobrvt.vn",
    "Tạp chí Văn hóa điện tử",
    "Báo Điện Biên điện tử\nTổng Biên tập: NGUYỄN VĂN AN\nPhó Tổng Biên tập: TRẦN THỊ BÌNH - LÊ VĂN CƯỜNG",
    "Báo Điện Biên điện tử\nCơ quan chủ quản: Tỉnh ủy Điện Biên\nGiấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
])
def test_a_masthead_is_not_the_headline(masthead):
    art = parse_article(masthead + "\n\n" + BODY)
    assert art.title.startswith("Hội đàm giữa")
    events, _ = extract_events(art, article_id="t", source="t.txt")
    main = next(e for e in events if e["main"])
    assert main["type"] == "conference"   # the headline names the talks


@pytest.mark.parametrize("headline", [
    "Báo chí hai tỉnh ký kết chương trình hợp tác",          # about newspapers, no 'điện tử' name
    "Theo Báo Điện Biên điện tử, hai tỉnh đã hội đàm",      # a sentence citing the site
])
def test_a_headline_that_only_mentions_a_paper_stays(headline):
    art = parse_article(headline + "\n\n" + BODY.replace("Trang chủ\n\n", "").split("\n\n", 1)[1])
    assert art.title == headline
