"""A lead that opens with background (round 44, late44b): a scraped copy that lost the article's first
paragraph starts its lead with what happened before ("Trước đó, vào tháng 7/2022, trong chuyến công tác tới
tỉnh B, đoàn tỉnh A đã trao …"). When the page dates no occasion at all, that sentence tells an earlier
occasion, not the page's: the headline tells the page's occasion and types it (used by
:func:`hoptac.core.extract.events.extract_events` for the undated event only; a dated page is read as before).

| rule                | shape (the lead's first words)           | example (our own sentences)                     |
|---------------------|------------------------------------------|-------------------------------------------------|
| ``background_lead`` | "Trước đó," (as the lead's first words)  | "Tỉnh A bàn giao trường học cho tỉnh B" over    |
|                     | then the earlier occasion (the date      | "Trước đó, vào tháng 7/2022, trong chuyến công  |
|                     | reader's background words, verdicts.past)| tác tới tỉnh B, đoàn tỉnh A đã trao 500 triệu   |
|                     |                                          | đồng" → the headline's handover (other), not the |
|                     |                                          | earlier trip (visit)                            |

Counter-shapes (tests/test_round44_late44b.py): a lead that tells its own occasion first ("Đoàn tỉnh A có
chuyến công tác tới tỉnh B …") keeps its type; "Trước đó" later in the lead changes nothing.
Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

__all__ = ["BACKGROUND_OPENERS", "lead_tells_background"]

#: (the opener, folded, example written for it)
BACKGROUND_OPENERS: tuple[tuple[str, str], ...] = (
    ("truoc do", "Trước đó, vào tháng 7/2022, đoàn tỉnh A đã trao 500 triệu đồng cho tỉnh B"),
)
#: the opener at the lead's start, after a site's tag "(Báo A) - " if any, then a comma
_OPENER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*[-–]\s*)?(?:" + "|".join(
    re.escape(o) for o, _ in sorted(BACKGROUND_OPENERS, key=lambda r: -len(r[0]))) + r")\s*,")


def lead_tells_background(folded: str, lead: tuple[int, int]) -> bool:
    """Does the lead ``folded[lead[0]:lead[1]]`` open with background ("Trước đó, …")?"""
    return _OPENER.match(folded, lead[0], lead[1]) is not None
