"""A period signed before the occasion is not the period the occasion opens (``period_signed_earlier``).

A period the page shows as signed before its occasion is that earlier signing's: its ``plan_period`` /
``plan_period_weak`` cue (the period's first year), wherever the page names the period (the signing's sentence,
"… nội dung biên bản ký kết chương trình … giai đoạn 2018 - 2022 …"), is no cue of the occasion's year. One rule,
one table, asked once (:func:`.year_cues.find_year_cues`); each row is a way the page shows the signing earlier.
Round 36 (fold36) folded round 35's two rules into this one: year35's reviewed period (was
``year_reviewed_period``) and late35a's dated signing (was ``year_signed_dated.drop_signed_periods``).

=======================  ===========================================  =================================================
row                      what shows the signing earlier               example (written for this table)
=======================  ===========================================  =================================================
reviewed_period          a review of the same period on the page      "Ngày 9/4, hai hội tổ chức hội nghị sơ kết 2 năm
                         (a ``review_period`` cue): the period began  thực hiện chương trình hợp tác giai đoạn
                         before the occasion                          2021-2025. … Hai hội phổ biến nội dung biên bản
                                                                      ký kết chương trình hợp tác giai đoạn 2021 - 2025."
dated_signing_period     a full date whose sentence signs a document  "Để thắt chặt quan hệ, ngày 5/12/2017, hai hội đã
                         and names the period (the signing's date is  ký kết chương trình phối hợp giai đoạn 2017 - 2021."
                         another occasion's)
=======================  ===========================================  =================================================

The two rows differ in what they cover, so both stay: a review needs no dated signing (the period named as
carried out, "phổ biến nội dung biên bản ký kết …", is enough), and a dated signing needs no review. They read
"the same period" each as round 35 wrote it, kept so that no output moves:

- ``reviewed_period``: the first and last four-digit years written in the cue's words (``pos`` to ``end``: for a
  period launched in a sentence, to the sentence's end), for the review's cue and the plan's alike;
- ``dated_signing_period``: the date engine's period mention (its ``year``, ``end_year``) that stands in the
  signing's sentence after the date, and the one the plan's cue opens at.

Not another period: a review of "giai đoạn 2014-2019" beside the signing of "giai đoạn 2019-2025" (the hand-over,
:func:`year_signed_period.handovers`), or an occasion that signs the next period ("giai đoạn 2023 - 2027") beside
an earlier dated signing keep their cues. The review's own cue is kept (it may give no year in its months).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .year_cue_kinds import YearCue

__all__ = ["SIGNED_EARLIER", "PLAN_KINDS", "drop_signed_earlier"]

#: (row, example written for this table): the ways a page shows a period signed before its occasion.
SIGNED_EARLIER: tuple[tuple[str, str], ...] = (
    ("reviewed_period", "Ngày 9/4, hai hội tổ chức hội nghị sơ kết 2 năm thực hiện chương trình hợp tác giai đoạn "
                        "2021-2025. … Hai hội phổ biến nội dung biên bản ký kết chương trình hợp tác giai đoạn "
                        "2021 - 2025."),
    ("dated_signing_period", "Để thắt chặt quan hệ, ngày 5/12/2017, hai hội đã ký kết chương trình phối hợp giai "
                             "đoạn 2017 - 2021."),
)

#: The cues of a period's first year that an earlier signing takes from the occasion.
PLAN_KINDS = frozenset({"plan_period", "plan_period_weak"})
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _written_period(text: str, cue: YearCue) -> tuple[str, str] | None:
    """``reviewed_period``'s reading: the first and last years written in the cue's words (``pos`` to ``end``)."""
    ys = _YEARS.findall(text, cue.pos, cue.end)
    return (ys[0], ys[-1]) if len(ys) >= 2 else None


def drop_signed_earlier(text: str, cues: list[YearCue], mentions: list[DateMention],
                        signings: list[tuple[DateMention, str, int]]) -> list[YearCue]:
    """``cues`` without the plan cues of a period signed before the occasion (:data:`SIGNED_EARLIER`).
    ``signings``: :func:`.year_signed_dated.dated_signings` (the date, the document noun, its sentence's end)."""
    reviewed = {p for c in cues if c.name == "review_period" and (p := _written_period(text, c)) is not None}
    signed = {(p.year, p.end_year) for d, _, hi in signings for p in mentions
              if p.kind == "period" and p.end_year is not None and d.end <= p.start < hi}
    if not reviewed and not signed:
        return cues
    periods = {p.start: (p.year, p.end_year) for p in mentions if p.kind == "period"} if signed else {}
    return [c for c in cues if not (c.name in PLAN_KINDS
                                    and ((reviewed and _written_period(text, c) in reviewed)
                                         or (signed and periods.get(c.pos) in signed)))]
