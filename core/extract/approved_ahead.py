"""A lead that tells only a document approving an occasion, under a headline that gives the occasion's day.

"UBND tỉnh vừa có công văn đồng ý cho thành phố A phối hợp tổ chức biểu diễn nghệ thuật với thành phố B", under
the headline "Ngày 20/6, tại thành phố A tổ chức biểu diễn nghệ thuật …" and stamped 9/6: the page reports the
occasion approved, on the headline's day (days after the stamp), not the approval. Read as a recent occasion
(undated: "vừa …", the stamp's month) the page's main event was the letter, an announcement (round 30, sport30k 05,
where a year of another signing had hidden it until then).

=============  ============================================================================  ==================
row            example (written for the table)                                               reads
=============  ============================================================================  ==================
``approved``   "Sở Văn hóa vừa có văn bản chấp thuận cho huyện A tổ chức giao lưu với huyện   the headline's day
               B" under "Ngày 3/7, huyện A tổ chức giao lưu …", stamped 25/6
=============  ============================================================================  ==================

Only a document told as just sent ("vừa có / ban hành / gửi" công văn, văn bản, quyết định, thông báo) that
approves ("đồng ý", "cho phép", "chấp thuận", "phê duyệt") an occasion to hold ("tổ chức", in the same sentence),
and a headline with one day. The day is taken whatever its distance from the stamp, which dates the letter, not
the occasion: its year is the stamp's only within year_from_stamp's reach ahead of it; a day months away from the
stamp gets none (stamp_lag), where the letter took the stamp's month (the year probe's stamp+8m: a wrong year).
Not a recent occasion of another kind ("Vừa qua, đoàn tỉnh A đã thăm …": the headline's later day is an occasion
announced, undated.HEADLINE_DAYS_BEFORE_STAMP), nor an approval with no headline day (the letter stays the page's
occasion). Matched on folded text.
"""

from __future__ import annotations

import re

from .dates import DateMention

__all__ = ["APPROVED", "approved_ahead_day"]

APPROVED: tuple[tuple[str, str], ...] = (
    ("approved", "Sở Văn hóa vừa có văn bản chấp thuận cho huyện A tổ chức giao lưu với huyện B"),
)
_WORD = r"(?:[^.;!?\n]|\.(?=\w))"   # within a sentence (a stop inside a word: "TP.Vũng Tàu", "5619/UBND-VP")
_APPROVAL = re.compile(rf"\bvua\s+(?:co|ban hanh|gui)\s+(?:cong van|van ban|quyet dinh|thong bao)\b{_WORD}{{0,120}}?"
                       rf"\b(?:dong y|cho phep|chap thuan|phe duyet)\b{_WORD}{{0,100}}?\bto chuc\b")


def approved_ahead_day(readings, folded: str, lead: tuple[int, int], published) -> DateMention | None:
    """The headline's one day when the lead tells only a document approving an occasion (:data:`APPROVED`);
    else None. ``published``: the page's stamp (none: the letter is no recent occasion to put aside)."""
    l0, l1 = lead
    if published is None or "vua" not in folded[l0:l1] or _APPROVAL.search(folded, l0, l1) is None:
        return None
    days = [r.mention for r in readings if r.verdict == "headline" and r.mention.kind == "date"
            and r.mention.precision == "day" and not r.mention.end_day]
    return days[0] if len(days) == 1 else None
