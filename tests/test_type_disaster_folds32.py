""""Thảm họa" (a disaster) folds to the letters of "thăm Hòa …" (a visit to a place named Hòa …): where no place name
can follow it, it is no visit (round 32, type32; core/extract/type_folds.FOLDS_GUARDED). Sentences of our own."""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text

_HEADLINE = "Hai tỉnh phối hợp diễn tập cứu nạn"


def _type(lead: str) -> str | None:
    return (explain_text(f"{_HEADLINE}\n\n{lead}\n").main or {}).get("type")


@pytest.mark.parametrize("lead", [
    "Ngày 29/7/2024, tại huyện B, tỉnh A phối hợp với tỉnh B tổ chức diễn tập cứu nạn, cứu hộ, khắc phục hậu quả "
    "thiên tai, thảm họa.",
    "Ngày 29/7/2024, tỉnh A và tỉnh B tổ chức diễn tập ứng phó thảm họa do động đất tại huyện C.",
    "Ngày 29/7/2024, lực lượng hai tỉnh A và B diễn tập phòng chống thiên tai và thảm họa tại huyện C.",
])
def test_a_disaster_is_no_visit(lead: str) -> None:
    assert _type(lead) == "other"


@pytest.mark.parametrize("lead", [
    "Ngày 29/7/2024, đoàn đại biểu tỉnh Houaphanh đã sang thăm Hòa Bình.",
    "Ngày 29/7/2024, đoàn công tác tỉnh B đã đến thăm Hòa Vang, thành phố Đà Nẵng.",
])
def test_a_visit_to_a_place_named_hoa_stays(lead: str) -> None:
    assert _type(lead) == "visit"
