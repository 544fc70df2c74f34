"""A guest who thanks the hosts for the reception given to him on an earlier visit, dated with its year (round 42,
late42b).

Round 29's follow-up (:mod:`.year_bounds`, the bound ``follow_up`` told ``near``) reads an earlier occasion the
page's occasion follows up within about a year as a lower bound that also gives the year (the first such day and
month after it, :func:`.year_bound_days.follow_year`); a return visit told by "gặp lại", "đáp lễ" is one
(``year_bounds._RETURN``). Writers tell a return visit another way too: the person who now receives a delegation
thanks its locality for the reception it gave *him* on his own visit there, with that visit's full date ("ông A cảm
ơn lãnh đạo thành phố đã dành cho ông sự đón tiếp chân thành trong chuyến thăm … ngày 5-9-2027"). The thanked
visit was his, and the visit now returns it: a follow-up told as recent.

Read only when the sentence that holds the date (back to . ; ! ? or a line break, at most :data:`REACH`
characters) has, in this order before the date, each of :data:`PARTS`. Matched on folded text (no accents, no case,
đ→d); every example is our own.

=================  ====================================================  ==============================================
part               folded words                                          example (written for the table)
=================  ====================================================  ==============================================
thanks             cam on, cam ta, cam kich, tri an, biet on             "Ông A cảm ơn lãnh đạo tỉnh B …"
received           (cho / tiep / don) ong, ba, doan                      "… đã dành cho ông sự đón tiếp nồng hậu …"
reception          don tiep, tiep don                                    (the same)
visit              chuyen / dot + tham, cong tac, lam viec               "… trong chuyến thăm tỉnh B ngày 12-3-2027."
=================  ====================================================  ==============================================

Only a visit dated earlier in the same year than the page's occasion (:func:`gives_year_to`): a thanked visit on a
later day and month would put the occasion in the next year, a guess this rule does not make; a range (the current
trip's days, "trong chuyến thăm từ 4 đến 6-9-2027") is never read (``year_bounds``: a past bound has no end day).
Not read: thanks with no one received ("cảm ơn tỉnh B đã hỗ trợ … ngày 12-3-2027"), thanks for a reception with no
visit named, and thanks for the reception of someone else ("… đã đón tiếp Bác Hồ …": a history).
"""

from __future__ import annotations

import re

__all__ = ["THANKS_WORDS", "PARTS", "REACH", "thanked_for_visit", "gives_year_to"]

#: The words of thanks (folded), shared with :mod:`.told_before` (the deed a later thanks is for).
THANKS_WORDS = r"(?:cam on|cam ta|cam kich|tri an|biet on)"
#: "bà" (a woman received) folds like "ba" (three): not before a noun it counts ("cho ba tỉnh").
_NOT_THREE = r"(?!\s+(?:tinh|huyen|xa|nuoc|ben|dia|thanh|quan|nam|ngay|thang|lan|nguoi)\b)"
#: The parts of the sentence, in order before the date: (name, folded pattern, example of ours).
PARTS: tuple[tuple[str, str, str], ...] = (
    ("thanks", r"\b" + THANKS_WORDS + r"\b", "Ông A cảm ơn lãnh đạo tỉnh B …"),
    ("received", r"\b(?:cho|tiep|don)\s+(?:ong|doan|ba" + _NOT_THREE + r")\b", "… đã dành cho ông sự đón tiếp nồng hậu …"),
    ("reception", r"\b(?:don tiep|tiep don)\b", "… đã dành cho ông sự đón tiếp nồng hậu …"),
    ("visit", r"\b(?:chuyen|dot)\s+(?:tham|cong tac|lam viec)\b", "… trong chuyến thăm tỉnh B ngày 12-3-2027."),
)
_PARTS = tuple(re.compile(p) for _, p, _ in PARTS)
#: How far back the sentence's opening is looked for.
REACH = 400
_ENDS = re.compile(r"[.;!?\n]")


def thanked_for_visit(folded: str, at: int) -> bool:
    """Does the sentence that holds ``at`` (a full date) thank for the reception given on the visit it dates
    (every part of :data:`PARTS`, in order, before ``at``)?"""
    if "cam " not in folded and "tri an" not in folded and "biet on" not in folded:
        return False
    lo = max(0, at - REACH)
    ends = [m.end() for m in _ENDS.finditer(folded, lo, at)]
    if not ends and lo > 0:
        return False   # the sentence opens further back than REACH
    pos = ends[-1] if ends else 0
    thanks = _PARTS[0].search(folded, pos, at)
    if thanks is None:
        return False
    if _PARTS[1].search(folded, thanks.end(), at) is None:
        return False
    reception = _PARTS[2].search(folded, thanks.end(), at)
    return reception is not None and _PARTS[3].search(folded, reception.end(), at) is not None


def gives_year_to(visit_month: int, visit_day: int | None, month: int | None, day: int | None) -> bool:
    """Is the occasion (``month``/``day``, no year) on or after the thanked visit's day in the same year?"""
    if month is None or visit_day is None:
        return False
    return (month, day or 31) >= (visit_month, visit_day)
