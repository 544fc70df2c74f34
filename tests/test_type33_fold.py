"""A headline that names only a get-together over a delegation's visit, as a row of type_headline_defers (round 33,
type33): the check of a headline's verb on a page that dates no occasion sees it too, not only the check of the
occasion a headline opens with (tests/test_type_visits32.py). Sentences of our own."""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text
from hoptac.core.extract.type_headline_defers import EXAMPLES, headline_defers

_STAMP = "05/03/2024 08:30"   # a publication stamp: the lead's "Vừa qua" dates no day, the page dates no occasion


def _type(headline: str, lead: str) -> str | None:
    return (explain_text(f"{headline}\n{_STAMP}\n\n{lead}\n").main or {}).get("type")


# --- the get-together headline, on a page that dates no occasion (the headline's verb check) ----------------------
UNDATED_GET_TOGETHER = [
    # the lead's delegation comes to visit and names no meeting of its own: the visit (conference before)
    ("Hội Nông dân hai tỉnh A và B gặp mặt, trao đổi kinh nghiệm",
     "Vừa qua, đoàn công tác Hội Nông dân tỉnh B do Chủ tịch Hội dẫn đầu đã sang thăm và trao đổi kinh nghiệm với "
     "Hội Nông dân tỉnh Nghệ An.", "visit"),
    ("Công an hai huyện gặp gỡ, trao đổi kinh nghiệm",
     "Mới đây, đoàn công tác Công an huyện B do Trưởng Công an huyện dẫn đầu đã đến thăm và trao đổi kinh nghiệm "
     "với Công an tỉnh Nghệ An.", "visit"),
    # ... a meeting of its own in the lead: the headline still picks
    ("Hai huyện A và B gặp gỡ hữu nghị",
     "Vừa qua, đoàn đại biểu huyện B đã có chuyến thăm tỉnh Nghệ An, gặp gỡ lãnh đạo huyện.", "conference"),
    ("Tỉnh đoàn A gặp mặt Tỉnh đoàn B",
     "Mới đây, đoàn đại biểu Tỉnh đoàn B do Bí thư dẫn đầu đã sang thăm Tỉnh đoàn Nghệ An và gặp mặt cán bộ đoàn.",
     "conference"),
]


@pytest.mark.parametrize(("headline", "lead", "want"), UNDATED_GET_TOGETHER)
def test_a_get_together_headline_over_an_undated_visit(headline: str, lead: str, want: str) -> None:
    assert _type(headline, lead) == want



def test_the_row_is_named() -> None:
    name, etype, _, _, _ = EXAMPLES[2]
    lead = "sang 19/9, doan cong tac so tu phap tinh b da sang tham va trao doi kinh nghiem voi so tu phap tinh a."
    found = [(39, "visit", 7, "sang tham")]
    assert headline_defers(etype, "gap mat, trao doi kinh nghiem", lead, "gap mat", found) == name
    assert headline_defers(etype, "gap mat, trao doi kinh nghiem", lead, "gap mat",
                           found + [(60, "conference", 5, "hoi dam")]) is None
