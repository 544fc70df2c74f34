"""A copy's stamp labelled by a Chinese content system (core/extract/stamp_mirror.py): the mirror's time of
posting bounds the year from above and never gives it; the article's own cues say the year, or nothing does.
Sentences written for these tests (round 36, late36d)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.stamp_mirror import mirror_stamp


def _page(stamp: str, lead: str, more: str = "") -> str:
    return ("Các tỉnh cụm thi đua miền Đông tổng kết công tác Mặt trận\n"
            f"{stamp}\n"
            f"{lead}, Ủy ban MTTQ các tỉnh Bình Dương, Đồng Nai, Tây Ninh và Bình Phước tổ chức hội nghị "
            f"tổng kết hoạt động cụm thi đua tại tỉnh Bình Dương.\n\n"
            f"Tại hội nghị, đại biểu các tỉnh trình bày tham luận về công tác mặt trận{more}.\n\n"
            "Các tỉnh thống nhất tiếp tục phối hợp trong thời gian tới.\n")


def _main(text: str) -> tuple[dict, object]:
    art = parse_article(text)
    events, _ = extract_events(art, article_id="t", source="t.txt")
    return next(e for e in events if e["main"]), art


def test_a_copys_stamp_does_not_outvote_the_years_review():
    # main: the copy's 2025 stamp disputed the review of 2011, so the year was unknown
    main, art = _main(_page("作者:Văn hóa 来源:Văn hóa 发布时间:2025-01-10 02:51:00 评论数:", "Sáng nay (12-12)",
                            " trong năm 2011. Đồng thời, tổng kết công tác thi đua năm 2011"))
    assert main["date"] == "2011-12-12" and main["year_source"] != "published"
    assert art.published is None and art.clock is not None and art.clock.year == 2025


@pytest.mark.parametrize("stamp", ["时间:2025-01-10 10:00:00", "更新时间：2025-01-10 10:00", "发表时间: 2025-01-10 10:00"])
def test_a_copys_stamp_gives_no_year_to_a_day_just_before_it(stamp):
    # main: 19 days after "Ngày 22.12", the stamp gave 2024 (stamp_lag's reach for a plain day)
    main, art = _main(_page(stamp, "Ngày 22.12"))
    assert main["date"] == "--12-22" and main["year_source"] == "unknown"
    assert art.published is None


@pytest.mark.parametrize("stamp", ["Cập nhật: 10/01/2025 10:00", "2025-01-10 10:00"])
def test_a_vietnamese_or_unlabelled_stamp_is_still_the_articles(stamp):
    # counter-shape: passes before and after the rule
    main, art = _main(_page(stamp, "Ngày 22.12"))
    assert art.published is not None and art.published.year == 2025
    assert main["date"] == "2024-12-22" and main["year_source"] == "published"


def test_chinese_words_elsewhere_leave_the_stamp_alone():
    # counter-shape: a spam copy's related list ("猜你喜欢") is no stamp label
    main, art = _main(_page("2025-01-10 10:00", "Ngày 22.12") + "猜你喜欢\n")
    assert art.published is not None and main["date"] == "2024-12-22"


@pytest.mark.parametrize("raw, copy", [
    ("发布时间:2025-01-10 02:51:00", True),
    ("作者:Văn hóa 来源:Văn hóa 发布时间:2025-01-10 02:51:00", True),
    ("时间:2025-03-25 11:50:50", True),
    ("更新时间：2024-06-02 08:00", True),
    ("发表时间: 2023-11-30", True),
    ("Cập nhật: 10/01/2025 02:51", False),
    ("10/01/2025 02:51", False),
    ("猜你喜欢 2025-01-10", False),
])
def test_the_table_of_labels(raw, copy):
    assert mirror_stamp(raw) is copy
