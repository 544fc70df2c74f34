"""An envoy or a mission stands for its country's side (used by :mod:`.events`, after
:func:`.partners.principal_partners`).

A page whose headline or lead tells of an ambassador, a consul or their mission ("Đại sứ",
"Tổng Lãnh sự quán", "Lãnh sự"; or the paragraph right after the lead, where a page with a sapo
writes its dateline) has that envoy as one side: the ambassador visits a foreign
province, a consulate general works with a Vietnamese university. The pair's rules take, as a
second partner across the border, a locality the body names only once (0.3 points: "a
cooperation of a Vietnamese locality with a foreign one names both"); on such a page that
lone mention is background (a related title, an earlier memorandum with a university named
after its city), not the envoy's side. Shapes (sentences written for this table):

| headline or lead                                          | body                                        | the pair            |
|-----------------------------------------------------------|---------------------------------------------|---------------------|
| "Đoàn Tổng Lãnh sự quán Việt Nam tại Osaka thăm tỉnh Nara" | one mention of TP.HCM in a related title    | Nara alone          |
| "Trường Đại học Vinh tiếp Lãnh sự Hàn Quốc tại Đà Nẵng"     | "trước đó đã ký MoU với Đại học Busan"      | Nghệ An alone       |
| NOT: a partner of the headline or lead, or named twice    | (0.6 points or more)                        | kept                |
| NOT: the lead's mission abroad ("đoàn tỉnh A thăm Tổng Lãnh sự quán Việt Nam tại tỉnh B (Lào)") | | A – B (B named in the lead) |
| NOT: no envoy in the headline or lead                     | one foreign mention                         | kept (the rule of :mod:`.partners`) |
"""

from __future__ import annotations

import re

from ..places import VIETNAM

__all__ = ["ENVOY_WORDS", "drop_lone_across"]

#   (words as written, any case, example): matched with their marks, as folded "dai su" is also
#   "đại sự" (a great matter) and "đại sư" (a great monk) (review24)
ENVOY_WORDS: tuple[tuple[str, str], ...] = (
    ("đại sứ", "Đại sứ Việt Nam tại Thái Lan làm việc với Tỉnh trưởng tỉnh Udon Thani"),
    ("lãnh sự", "Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng làm việc với nhà trường"),
)
_ENVOY_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in ENVOY_WORDS) + r")(?!\w)", re.IGNORECASE)
_PARAGRAPH = 120   # characters: a paragraph, not a related title's line
_SECOND = 0.6   # the points a second partner of the same side needs (:data:`.partners._SECOND`)


def drop_lone_across(partners, text: str, spans: list[tuple[int, int]]) -> None:
    """Two parties, the second across the border with fewer than 0.6 points (one body mention),
    and an envoy named in the headline or lead (``spans``): the second is dropped."""
    if len(partners.parties) != 2:
        return
    first, second = partners.parties
    if (first.place.country == VIETNAM) == (second.place.country == VIETNAM):
        return
    if partners.scores.get(second.place.province, 0.0) >= _SECOND:
        return
    ends = [e for _s, e in spans if e > _s]
    at = max(ends, default=0)
    while ends and at < len(text):   # the first paragraph after the lead (a sapo's dateline), over short lines
        nl = text.find("\n", at)    # (related titles: "TP.HCM gặp gỡ cộng đồng người Việt tại Osaka")
        nl = len(text) if nl < 0 else nl
        if nl - at >= _PARAGRAPH:
            spans = list(spans) + [(at, nl)]
            break
        at = nl + 1
    if any(s <= second.first < e for s, e in spans):
        return   # in the headline, lead or next paragraph ("thăm Tổng Lãnh sự quán Việt Nam tại tỉnh A (Lào)")
    if not any(_ENVOY_RE.search(text, s, e) for s, e in spans if e > s):
        return
    partners.parties.remove(second)
