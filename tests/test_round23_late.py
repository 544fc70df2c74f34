"""Round 23, late fixes (late23fix). Sentences written for these tests (no page's own words).

- A headline whose subject holds talks ("Công an tỉnh A hội đàm thường niên với …") over a lead whose
  delegation "sang thăm và hội đàm với" its hosts over several days: the talks (corpus a01's convention).
- Two units of one province as the two sides, listed after "giữa hai/02 đơn vị": that province twice.
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events


def _main(text: str) -> dict:
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    return next(e for e in events if e["main"])


LEAD = ("Từ ngày 10 - 13/10/2025, Đoàn công tác Công an tỉnh Lai Châu do Đại tá Lò Văn Hùng, Phó Giám đốc làm "
        "Trưởng đoàn đã sang thăm và hội đàm thường niên với Công an tỉnh Phông Sa Lỳ (Lào).\n")


@pytest.mark.parametrize("head", [
    "Công an tỉnh Lai Châu hội đàm thường niên với Công an tỉnh Phông Sa Lỳ\n\n",
    "Tỉnh Lai Châu và tỉnh Phông Sa Lỳ (Lào) hội đàm thường niên năm 2025\n\n",
])
def test_a_headline_whose_subject_holds_talks_picks_the_talks(head):
    assert _main(head + LEAD)["type"] == "conference"


@pytest.mark.parametrize("head", [
    "Tăng cường hợp tác giữa Lai Châu và Phông Sa Lỳ\n\n",          # no verb: the trip over several days
    "Công an tỉnh Lai Châu thăm và làm việc tại tỉnh Phông Sa Lỳ\n\n",  # the headline names the visit
])
def test_without_the_talks_in_the_headline_the_trip_stays_the_visit(head):
    assert _main(head + LEAD)["type"] == "visit"
