"""A headline that names only a get-together ("Gặp mặt …", "Gặp gỡ …") does not make a delegation's visit told by
the lead a meeting (round 32, type32; core/extract/type_visits.py). Sentences of our own."""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text
from hoptac.core.extract.type_visits import GET_TOGETHER_HEADLINE_EXAMPLES


def _type(headline: str, lead: str) -> str | None:
    return (explain_text(f"{headline}\n\n{lead}\n").main or {}).get("type")


_EXCHANGE = "Gặp mặt, trao đổi kinh nghiệm giữa Hội Nông dân tỉnh A và Hội Nông dân tỉnh B"

CASES = [
    *GET_TOGETHER_HEADLINE_EXAMPLES,
    # the delegation comes to visit; what it exchanged is the visit's content
    (_EXCHANGE, "Ngày 5/3/2024, đoàn công tác Hội Nông dân tỉnh B đã đến thăm, trao đổi kinh nghiệm với Hội Nông dân "
                "tỉnh A.", "visit"),
    ("Gặp mặt, trao đổi kinh nghiệm giữa Công an tỉnh A và Công an tỉnh B",
     "Ngày 5/3/2024, đoàn công tác Công an tỉnh B đã đến thăm và làm việc với Công an tỉnh A.", "visit"),
    ("Gặp gỡ giữa Tỉnh đoàn A và Tỉnh đoàn B (Lào)",
     "Sáng 5/3/2024, đoàn đại biểu Tỉnh đoàn B do Bí thư Tỉnh đoàn dẫn đầu đã sang thăm Tỉnh đoàn A.", "visit"),
    # the lead names a meeting of its own, or talks: the headline still picks
    (_EXCHANGE, "Ngày 5/3/2024, Hội Nông dân tỉnh A và Hội Nông dân tỉnh B tổ chức buổi gặp mặt, trao đổi kinh nghiệm.",
     "conference"),
    ("Gặp gỡ, giao lưu giữa hai huyện A và B",
     "Sáng 5/3/2024, đoàn đại biểu huyện B (Lào) do Chủ tịch huyện dẫn đầu đã sang thăm và hội đàm với lãnh đạo huyện A.",
     "conference"),
    ("Gặp mặt đoàn đại biểu tỉnh B",
     "Sáng 5/3/2024, lãnh đạo tỉnh A đã có buổi gặp mặt đoàn đại biểu tỉnh B đến thăm tỉnh.", "conference"),
    # a headline that names talks is no mere get-together
    ("Hội đàm giữa tỉnh A và tỉnh B",
     "Sáng 5/3/2024, đoàn đại biểu tỉnh B đã sang thăm và trao đổi kinh nghiệm với tỉnh A.", "conference"),
]


@pytest.mark.parametrize(("headline", "lead", "want"), CASES)
def test_a_get_together_headline_over_a_visit(headline: str, lead: str, want: str) -> None:
    assert _type(headline, lead) == want
