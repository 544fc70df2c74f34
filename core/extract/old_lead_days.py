"""An old bond day opening a page's lead, then the page's own occasion told undated (round 19).

The shape: the lead opens on the day a pair was bonded long ago and the page then reports what
the pair does now, with no date and no stamp::

    Ngày 28/4/2005, xã A và xã B đã ký kết nghĩa, mở ra quan hệ gắn bó …
    Sáng nay, tại hội trường UBND xã A, hai xã tổ chức hội nghị sơ kết …

The old day is the pair's history (historic_dates makes it an earlier milestone, verdict "past"):
the main event is the occasion the page reports, undated or with the year its cues give -- never
the founding day. Weighed evidence (all needed, read by :func:`bond_before_undated_occasion`):

1. the day (with its year) opens the lead's first sentence, and that sentence tells a bond
   (historic_dates.HISTORIC_AFTER: "kết nghĩa", "thành lập", "thiết lập quan hệ", "ra đời");
2. the page has no stamp and dates nothing else with a year (with one, historic_dates weighs the
   day against it);
3. a later sentence, with no date of its own, tells an occasion of the page's present in one of
   the shapes of :data:`LATER_OCCASION`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .verdicts import Reading

#: The shapes of a later, undated sentence that tell the page's own occasion (folded; name, regex
#: matched from the sentence's start, a sentence written for the shape).
LATER_OCCASION: tuple[tuple[str, str, str], ...] = (
    ("told_now", r"\W*(?:(?:sang|chieu|toi|trua)\s+(?:nay|qua)|hom\s+(?:nay|qua)|vua\s+qua|moi\s+day|tuan\s+qua)\b",
     "Sáng nay, tại hội trường UBND xã A, hai xã tổ chức hội nghị sơ kết quan hệ kết nghĩa."),
    ("just_done", r"[^.;!?\n]{0,160}?\bvua\s+(?:co|to chuc|tham|den|sang|tiep|lam viec|hop|gap)\b",
     "Đoàn công tác xã B vừa đến thăm và làm việc tại xã A."),
    ("review_meeting", r"[^.;!?\n]{0,160}?\b(?:hoi nghi|buoi|le)\s+(?:so ket|tong ket|gap mat|danh gia)\b",
     "Tại hội nghị sơ kết quan hệ kết nghĩa tổ chức tại xã A, hai bên đánh giá kết quả."),
)
_LATER = re.compile(r"(?:" + "|".join(rx for _, rx, _ in LATER_OCCASION) + r")")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def bond_before_undated_occasion(readings: list[Reading], folded: str, r: Reading, lead, told_bond: bool,
                                 published) -> bool:
    """Is ``r`` (its day opening the lead's first sentence, ``told_bond``: that sentence tells a bond)
    an old bond day before the page's own undated occasion (see the module)?"""
    m = r.mention
    if published is not None or not told_bond or not lead[0] <= m.start < lead[1]:
        return False
    if any(o is not r and o.verdict not in ("headline", "teaser") and (o.mention.year or o.mention.end_year)
           for o in readings):
        return False   # another year on the page: historic_dates weighs the day against it
    dated = [o.mention.start for o in readings]
    end = _SENTENCE_END.search(folded, m.end)
    pos = end.end() if end else len(folded)
    while pos < len(folded):
        stop = _SENTENCE_END.search(folded, pos)
        s_end = stop.start() if stop else len(folded)
        if folded[pos:s_end].strip() and not any(pos <= d < s_end for d in dated) \
                and _LATER.match(folded, pos, s_end):
            return True
        pos = stop.end() if stop else len(folded)
    return False
