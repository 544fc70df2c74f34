"""An anniversary a photo caption names for another occasion than the lead's (round 38: late38a).

A report's photo may show an earlier occasion of the same partners: a caption under a lead that tells a trip,
naming the signing the two sides held years before and the anniversary that signing greeted. The caption's
anniversary (the cues ``anniversary``, ``known_anniversary``, ``anniversary_year``) then dates the photo's
occasion, not the lead's: given to the lead's day and month it is a wrong year.

One row, on folded text:

=============================  ======================================================================
what                           example (written for the table)
=============================  ======================================================================
``caption_other_occasion``     lead "Sáng 12-5, … đoàn công tác của tỉnh A … đã lên đường thăm và làm việc
                               tại Hàn Quốc từ ngày 12-5 đến ngày 17-5." and a caption "Chủ tịch UBND tỉnh
                               A (trái) và Thống đốc tỉnh B tại Lễ ký kết thỏa thuận hợp tác giữa hai tỉnh
                               nhân dịp kỷ niệm 30 năm quan hệ ngoại giao Việt Nam - Hàn Quốc": the caption
                               names a signing the lead does not tell, so its anniversary (2022) gives the
                               trip no year -- set aside; the plan year of the next sentence ("kế hoạch xúc
                               tiến thương mại năm 2026") dates it, or nothing does
=============================  ======================================================================

Only when the lead names no anniversary of its own (no "kỷ niệm": its occasion is not held for one) and the
caption names an occasion (a row of :data:`.caption_occasion.SAME_OCCASION`: "Lễ ký kết", "Hội nghị", "Hội
thảo", "Diễn đàn", "Buổi làm việc", "Cuộc hội đàm", "Chuyến thăm", "Hội chợ", "Lễ hội") of a kind the lead does
not tell. Kept (the counter-shapes): a caption that names the lead's own kind of occasion ("Lễ ký kết …" under a
lead that signs), one that names no occasion ("Lãnh đạo hai tỉnh … nhân dịp kỷ niệm …"), every caption under a
lead that names an anniversary, and the same anniversary told in the body's sentences (a cue there is not a
caption's).
"""

from __future__ import annotations

import re
from typing import Sequence

from .caption_occasion import SAME_OCCASION
from .lead_anniversary import CAPTION_ANNIVERSARY_CUES
from .year_cue_kinds import YearCue

__all__ = ["CAPTION_OTHER_OCCASION", "caption_anniversaries_aside"]

#: The row's name, its example (a lead and a caption), as in the module's table.
CAPTION_OTHER_OCCASION = (
    "caption_other_occasion",
    "Sáng 12-5, … đoàn công tác của tỉnh A … đã lên đường thăm và làm việc tại Hàn Quốc từ ngày 12-5 đến ngày 17-5. | "
    "Chủ tịch UBND tỉnh A (trái) và Thống đốc tỉnh B tại Lễ ký kết thỏa thuận hợp tác giữa hai tỉnh nhân dịp kỷ niệm "
    "30 năm quan hệ ngoại giao Việt Nam - Hàn Quốc",
)
# each SAME_OCCASION row: the noun anywhere in the caption, what the lead says when it tells that kind
_KINDS = tuple((re.compile(r"\b" + noun + r"\b"), re.compile(said)) for _, noun, said, _, _ in SAME_OCCASION)
_ANNIVERSARY = re.compile(r"\bky niem\b")


def _other_occasion(caption: str, lead: str) -> bool:
    """Does ``caption`` (folded) name an occasion of a kind ``lead`` (folded) does not tell?"""
    return any(noun.search(caption) and not said.search(lead) for noun, said in _KINDS)


def caption_anniversaries_aside(cues: list[YearCue], folded: str, lead: tuple[int, int],
                                captions: Sequence[tuple[int, int]]) -> list[YearCue]:
    """``cues`` without the anniversaries of captions that name another occasion than the lead's (see the
    module); ``cues`` itself when none is set aside."""
    l0, l1 = lead
    if not captions or _ANNIVERSARY.search(folded, l0, l1):
        return cues
    lead_words = folded[l0:l1]
    aside = [(s, e) for s, e in captions if not l0 <= s < l1 and _other_occasion(folded[s:e], lead_words)]
    if not aside:
        return cues
    out = [c for c in cues if not (c.name in CAPTION_ANNIVERSARY_CUES and any(s <= c.pos < e for s, e in aside))]
    return out if len(out) != len(cues) else cues
