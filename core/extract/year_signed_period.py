"""A period named apart from the signing that opens it (a year cue for :mod:`hoptac.core.extract.year_cues`).

A lead reports a signing "to" a year ("Ngày 25/3, tỉnh A và thành phố B ký kết biên bản thỏa thuận hợp
tác … đến năm 2025") and a later sentence names what was signed with its period, no verb beside it
("Chương trình hợp tác … giai đoạn 2023 - 2025 được xác định …"): the period ends in the year the
signing runs to, so it is the signed one, and the signing opens it -- the period's first year is the
occasion's (CUES' plan_period_weak: in November-December it may be the year before, no cue; a signing in
September-October opens its own year).
:func:`handovers`: a period signed from Y on a page that tells another ending in Y (CUES' handover_period).
All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .year_cue_kinds import CUE, YearCue
from ..scan import fold_slice
from ..text import fold

__all__ = ["SIGNED_TO", "signed_periods", "handovers"]

#: The signing sentence's words before "đến năm Y" (folded), each with a sentence of the shape.
SIGNED_TO: tuple[tuple[str, str], ...] = (
    (r"ky ket", "Sáng 12/4, hai tỉnh ký kết thỏa thuận hợp tác phát triển kinh tế - xã hội đến năm 2030."),
    (r"ky (?:thoa thuan|bien ban|ban ghi nho|chuong trinh|ke hoach)",
     "Chiều 8/3, lãnh đạo hai thành phố ký chương trình hợp tác đến năm 2025, tầm nhìn 2030."),
)
_SIGNED = re.compile(r"\b(?:" + "|".join(p for p, _ in SIGNED_TO) + r")\b")
#: ... not one told as done before ("đã ký kết …", "được ký kết từ …": an earlier signing).
_DONE = re.compile(r"\b(?:da|duoc|tung)\s+(?:duoc\s+)?$")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
#: A period that is a term of office or a horizon aimed at: no plan's.
_TERM_OR_AIM = re.compile(r"\b(?:nhiem ky|huong (?:den|toi)|tam nhin)\b[^.;\n]*$")   # (in the period's words or the 40 before)


def signed_periods(text: str, mentions: list[DateMention], cues: list[YearCue]) -> list[YearCue]:
    """plan_period_weak cues for the periods (with no cue yet) that end in the year a signing runs to."""
    targets = [m for m in mentions if m.kind == "period" and m.rule == "target_year" and m.year]
    if not targets:
        return []
    cued = {c.pos for c in cues}
    periods = [m for m in mentions if m.kind == "period" and m.rule != "target_year" and m.year and m.end_year
               and m.end_year - m.year >= 1 and m.start not in cued]
    out: list[YearCue] = []
    for t in targets:
        lo = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, t.start - 300), t.start)), default=max(0, t.start - 300))
        before = fold_slice(text, lo, t.start, fold)
        signed = _SIGNED.search(before)
        if signed is None or _DONE.search(before[:signed.start()]):
            continue
        for p in periods:
            if p.end_year == t.year and p.start > t.end and not _TERM_OR_AIM.search(
                    fold_slice(text, max(0, p.start - 40), p.end, fold)):
                out.append(YearCue(p.start, p.year, "plan_period_weak", CUE["plan_period_weak"].weight, p.start, p.end,
                                   also=(t.start, t.end), signed=True))   # (signed: "ký kết … đến năm Y")
                cued.add(p.start)
    return out


def handovers(mentions: list[DateMention], cues: list[YearCue]) -> list[YearCue]:
    """A period signed from Y on a page that tells another ending in Y (CUES' handover_period)."""
    starts = [c for c in cues if c.name in ("plan_period", "plan_period_weak") and not c.carried]
    if not starts:   # (a period only carried out opens nothing at the occasion: plan_carried)
        return []
    # (a span of two years at least: not a school year, "năm học 2020-2021", that a period signed late
    # in 2020 for 2021-2025 would meet)
    ends = {m.end_year for m in mentions if m.kind == "period" and m.end_year and m.year and m.end_year - m.year >= 2}
    return [YearCue(c.pos, c.year, "handover_period", CUE["handover_period"].weight, c.start, c.end)
            for c in starts if c.year in ends]
