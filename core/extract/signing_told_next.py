"""When a signing told after the lead may not date the page the headline's signing names
(:func:`hoptac.core.extract.trips.signing_the_headline_names`). Matched on folded text (no accents,
no case, đ→d), offsets shared with the text.

A headline that names a signing ("Ký bổ sung Quy chế phối hợp … giữa hai tỉnh A – B") over a lead whose
date is the meeting that prepared it is dated by the signing told next ("Ngày 17/8, hai tỉnh tổ chức hội
nghị đánh giá quy chế … Ngày 14/10, Chi cục Kiểm lâm hai tỉnh đã ký bổ sung Quy chế"). Not when:

===================  ============================================================================
shape                example (the lead's date stays the page's)
===================  ============================================================================
a planned signing    "Theo kế hoạch, ngày 14/10, hai tỉnh sẽ ký kết quy chế …" ("sẽ", "dự kiến",
                     "theo kế hoạch", "kế hoạch … ký": the signing has not happened yet)
another pair         "Ngày 14/10, tỉnh B đã ký kết quy chế với tỉnh C" (a place of its sentence not
                     named in the headline)
the lead signs       "Ngày 17/8, … hội nghị … và ký kết bổ sung quy chế" (the lead's meeting is the
                     signing already: a later signing is another)
===================  ============================================================================
"""

from __future__ import annotations

import re

from ..places import find_places

__all__ = ["ahead", "another_pair", "lead_signs"]

#: A signing told as planned (its sentence, folded).
_AHEAD = re.compile(r"\b(?:se|du kien|theo ke hoach|ke hoach|du dinh|chuan bi|tien toi)\b")
#: A signing the lead tells itself (folded).
_SIGNS = re.compile(r"\b(?:ky ket|le ky|ky bo sung|ky bien ban|ky thoa thuan|ky quy che|ky ban ghi nho|"
                    r"ky chuong trinh|ky ke hoach)\b")


def ahead(folded: str, s: int, e: int) -> bool:
    """Does the sentence folded[s:e] tell the signing as planned ("Theo kế hoạch, ngày 14/10, … sẽ ký kết")?"""
    return _AHEAD.search(folded, s, e) is not None


def lead_signs(folded: str, s: int, e: int) -> bool:
    """Does the lead's sentence folded[s:e] tell a signing itself?"""
    return _SIGNS.search(folded, s, e) is not None


def _provinces(text: str) -> set[str]:
    return {c.province for p in find_places(text) for c in p.candidates[:1]}


def another_pair(text: str | None, title: str, s: int, e: int) -> bool:
    """Does the sentence text[s:e] name a place the headline does not ("tỉnh B đã ký kết quy chế với tỉnh
    C" under a headline of A and B)? True when the headline names no place (the pair cannot be told) or
    without the text (accents are needed to find places)."""
    if text is None:
        return True
    named = _provinces(title)
    return not named or not _provinces(text[s:e]) <= named
