"""A period the page reviews is not the period its occasion opens (round 35).

A review of a period ("Ngày 9/4, hai hội tổ chức hội nghị sơ kết 2 năm thực hiện chương trình hợp tác giai đoạn
2021-2025", a ``review_period`` cue) says the period began before the occasion. The same period told elsewhere on
the page as signed or carried out ("Ngày 3/11/2021, hai hội đã ký kết chương trình hợp tác giai đoạn 2021 - 2025";
"hai hội phổ biến nội dung biên bản ký kết chương trình … giai đoạn 2021 - 2025") is then that earlier signing's:
its ``plan_period`` / ``plan_period_weak`` cue (the period's first year) is no cue of the occasion's year. The
review's own cue is kept (it may give no year in its months: a review in July-October).

    Ngày 9/4, … hội nghị sơ kết 2 năm thực hiện chương trình hợp tác giai đoạn 2021-2025.   (the review)
    Ngày 3/11/2021, hai hội đã ký kết chương trình hợp tác giai đoạn 2021 - 2025.          (no cue: 2021 is not
                                                                                      the review's year)

Not another period (a review of "giai đoạn 2014-2019" beside the signing of "giai đoạn 2019-2025": the
hand-over, :func:`year_signed_period.handovers`).
"""

from __future__ import annotations

import re

from .year_cue_kinds import YearCue

__all__ = ["SIGNED_KINDS", "drop_reviewed_periods"]

#: The cues of a period's first year that a review of the same period makes an earlier signing's.
SIGNED_KINDS = frozenset({"plan_period", "plan_period_weak"})
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _period(text: str, cue: YearCue) -> tuple[str, str] | None:
    """The first and last years written in the cue's period (its words from ``pos`` to ``end``)."""
    ys = _YEARS.findall(text, cue.pos, cue.end)
    return (ys[0], ys[-1]) if len(ys) >= 2 else None


def drop_reviewed_periods(text: str, cues: list[YearCue]) -> list[YearCue]:
    """``cues`` without the signed periods' cues whose period a ``review_period`` cue of the page reviews."""
    reviewed = {p for c in cues if c.name == "review_period" and (p := _period(text, c)) is not None}
    if not reviewed:
        return cues
    return [c for c in cues if not (c.name in SIGNED_KINDS and _period(text, c) in reviewed)]
