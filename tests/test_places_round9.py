"""Place shapes of the ninth partner round: spellings and lists of unseen pages (sentences
written for these tests; none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places


def found(text: str) -> list[tuple[str, str]]:
    return [(m.candidates[0].name, m.candidates[0].country) for m in find_places(text)]


@pytest.mark.parametrize("text, place", [
    # Latin names of Cambodian, Lao and Thai units glued into one word
    ("Đoàn đã thăm Tiểu khu Quân sự Preyveng, Campuchia.", ("Prey Veng", "Campuchia")),
    ("Đoàn công tác làm việc với tỉnh Kampongthom.", ("Kampong Thom", "Campuchia")),
    ("Hai bên hội đàm tại tỉnh Luangprabang.", ("Luông Pha Bang", "Lào")),
    ("Lãnh đạo tỉnh Preahvihear tiếp đoàn.", ("Preah Vihear", "Campuchia")),
])
def test_a_glued_latin_name_is_its_unit(text, place):
    assert place in found(text)
