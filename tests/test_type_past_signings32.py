"""A signing named as the past of the sentence's occasion is no signing of it (round 32, type32;
core/extract/type_past_signings.py). Sentences of our own; each page is read as hoptac reads a file."""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text
from hoptac.core.extract.type_past_signings import PAST_SIGNING_EXAMPLES

_HEADLINE = "Tăng cường hợp tác giữa hai tỉnh"


def _type(lead: str, headline: str | None = _HEADLINE) -> str | None:
    ex = explain_text((f"{headline}\n\n" if headline else "") + lead + "\n")
    return (ex.main or {}).get("type")


# the time since a signing, in words, or the signing's own past year: the visit the sentence tells
PAST = [
    "Sau hai năm ký kết biên bản ghi nhớ, ngày 5/3/2024, đoàn đại biểu tỉnh Luông Pha Bang đã sang thăm tỉnh Sơn La.",
    "Gần ba năm ký kết thỏa thuận, ngày 5/3/2024, đoàn đại biểu tỉnh Hủa Phăn đã sang thăm tỉnh Thanh Hóa.",
    "Thực hiện thỏa thuận hợp tác ký kết năm 2022, sáng 5/3/2024, Phó Chủ tịch UBND tỉnh Sơn La đã tiếp đoàn "
    "đại biểu tỉnh Luông Pha Bang.",
    "Theo biên bản ghi nhớ ký kết từ năm 2019, chiều 5/3/2024, đoàn đại biểu tỉnh Luông Pha Bang đã đến chúc Tết "
    "tỉnh Sơn La.",
    "Chiều 5/3/2024, Phó Chủ tịch UBND tỉnh Sơn La đã tiếp đoàn đại biểu tỉnh Luông Pha Bang, địa phương đã ký kết "
    "hợp tác với tỉnh từ năm 2015.",
    "Thực hiện Biên bản ghi nhớ hợp tác đã ký kết năm 2022, ngày 5/3/2024, đoàn công tác tỉnh Lâm Đồng đã sang thăm "
    "và làm việc tại tỉnh Attapư (Lào).",
    "Cụ thể hóa văn bản được ký kết vào năm 2021, ngày 5/3/2024, đoàn công tác tỉnh Kon Tum đã sang thăm tỉnh Sê Kông.",
]


@pytest.mark.parametrize("lead", PAST)
@pytest.mark.parametrize("headline", [_HEADLINE, None], ids=["headline", "lead-first"])
def test_a_past_signing_leaves_the_visit(lead: str, headline: str | None) -> None:
    assert _type(lead, headline) == "visit"


@pytest.mark.parametrize("headline", [_HEADLINE, None], ids=["headline", "lead-first"])
def test_a_headline_that_counts_the_years_since_a_signing_is_no_signing(headline: str | None) -> None:
    lead = "Ngày 5/3/2024, đoàn công tác tỉnh Lâm Đồng đã sang thăm tỉnh Attapư (Lào)."
    assert _type(lead, "Sau một năm ký kết hợp tác, đoàn tỉnh Lâm Đồng thăm tỉnh Attapư") == "visit"


def test_the_module_examples_are_visits() -> None:
    for lead in PAST_SIGNING_EXAMPLES:
        assert _type(lead) == "visit", lead


# the sentence's own signing stays one: its object's year or period, a rite named, a province ending in "Nam"
SIGNINGS = [
    "Chiều 5/3/2024, hai tỉnh đã ký kết thỏa thuận hợp tác giai đoạn từ năm 2024 đến năm 2028.",
    "Chiều 5/3/2024, hai tỉnh đã ký kết thỏa thuận hợp tác giai đoạn 2024-2028.",
    "Chiều 5/3/2024, hai tỉnh đã ký kết kế hoạch hợp tác năm 2024.",
    "Chiều 5/3/2024, tỉnh Hải Nam ký kết thỏa thuận hợp tác với tỉnh Quảng Ninh.",
    "Chiều 5/3/2024, hai huyện ký kết từ năm 2024 đến năm 2026 chương trình phối hợp.",
    "Chiều 5/3/2024, tỉnh Quảng Nam và tỉnh Sê Kông ký kết biên bản ghi nhớ; năm 2022 hai bên đã ký kết lần đầu.",
    "Sau 5 năm thực hiện, chiều 5/3/2024, hai tỉnh đã ký kết biên bản hợp tác giai đoạn mới.",
]


@pytest.mark.parametrize("lead", SIGNINGS)
def test_the_sentences_own_signing_stays(lead: str) -> None:
    assert _type(lead) == "signing"
