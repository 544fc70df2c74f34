"""The Covid-19 pandemic told as present bounds the occasion's year (BOUNDS rows ``pandemic_began``
and ``pandemic``).

A lead that tells the pandemic as what the occasion meets now -- aid handed over "trước diễn biến phức
tạp của đại dịch Covid-19", a meeting held while "dịch Covid-19 đang diễn biến phức tạp" -- was
written while the pandemic raged: from 2020 to the end of 2022 (Vietnam's "thích ứng an toàn" from
2022; in 2023 pages tell it as over: "sau đại dịch", "hậu Covid"). A stamp or a cue outside those
years is a repost's or the site's clock, not the occasion's: no year ("year unknown"). The bound only
takes years away (:func:`year_bounds.find_bounds`; never the one year the bounds leave, see
``years.infer_year``).

Looking back is no present: a sentence that tells the pandemic as over or past ("sau đại dịch",
"trước đại dịch", "hậu Covid", "giai đoạn 2020 - 2022", "thời gian qua", "những năm qua", "đã từng",
"bị gián đoạn", or any year of its own: "Năm 2021, dù dịch Covid-19 diễn biến phức tạp, …") bounds
nothing; nor does a bare "phòng, chống dịch Covid-19" (reviews list it among past work).
Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from datetime import date

from .year_bound_kinds import Bound

__all__ = ["PANDEMIC_PRESENT", "PANDEMIC_YEARS", "pandemic_bounds", "LEAD_PARAGRAPHS"]

#: The years the pandemic is told as present (first and last day).
PANDEMIC_YEARS = (date(2020, 1, 1), date(2022, 12, 31))
#: Where it is read: the lead paragraph and the next ones, up to this many paragraphs.
LEAD_PARAGRAPHS = 3

_COVID = r"(?:dai dich|dich benh|dich)\s+covid\W{0,3}19"
#: (name, example, pattern): the pandemic told as the present of the occasion.
PANDEMIC_PRESENT: tuple[tuple[str, str, str], ...] = (
    ("complex_course", "trước diễn biến phức tạp của đại dịch Covid-19; trong bối cảnh diễn biến phức tạp của dịch Covid-19",
     rf"\bdien bien phuc tap cua (?:tinh hinh )?{_COVID}"),
    ("raging", "dịch Covid-19 đang diễn biến phức tạp; dịch bệnh Covid-19 vẫn diễn biến phức tạp; đại dịch Covid-19 đang lây lan",
     rf"\b{_COVID}\s+(?:(?:dang|van|con)\s+(?:dien bien|lay lan|bung phat|gia tang)|dien bien phuc tap)"),
)
_PRESENT = re.compile("|".join(f"(?:{p})" for _, _, p in PANDEMIC_PRESENT))
#: Words in the sentence that tell the pandemic as over or past, or date the sentence by its own year.
_LOOKING_BACK = re.compile(r"\b(?:sau|hau|truoc dai dich|truoc giai doan|giai doan|thoi gian qua|thoi ky|nhung nam|"
                           r"nam qua|tung|bi gian doan|ke tu|(?:19|20)\d\d)\b")


def _lead_window(folded: str, b0: int, b1: int) -> int:
    """Where the lead paragraph and the LEAD_PARAGRAPHS - 1 after it end."""
    at, seen = b0, 0
    while seen < LEAD_PARAGRAPHS:
        nl = folded.find("\n", at, b1)
        if nl < 0:
            return b1
        if folded[at:nl].strip():
            seen += 1
        at = nl + 1
    return at


def pandemic_bounds(folded: str, b0: int, b1: int) -> list[Bound]:
    """The bounds ``pandemic_began`` (lower) and ``pandemic`` (upper) when the lead tells the pandemic as
    present (:data:`PANDEMIC_PRESENT`) in a sentence that does not look back (:data:`_LOOKING_BACK`)."""
    if "covid" not in folded:
        return []
    end = _lead_window(folded, b0, b1)
    for x in _PRESENT.finditer(folded, b0, end):
        s = max(folded.rfind(ch, b0, x.start()) for ch in ".;!?\n") + 1
        stops = [i for i in (folded.find(ch, x.end(), end) for ch in ".;!?\n") if i >= 0]
        e = min(stops) if stops else end
        if _LOOKING_BACK.search(folded, max(s, b0), e):
            continue
        return [Bound("pandemic_began", PANDEMIC_YEARS[0], x.start(), x.end()),
                Bound("pandemic", PANDEMIC_YEARS[1], x.start(), x.end())]
    return []
