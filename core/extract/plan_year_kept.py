"""The plan_year cue's own year Y kept where the page rules out its November-December shift (Y-1).

A plan for year Y ("ký kết biên bản ghi nhớ hợp tác năm 2024", "xây dựng chương trình … năm 2017") made at an
occasion of November or December is read as next year's plan, made in Y-1 (``plan_year`` in
:mod:`.year_cue_kinds`). Over every labelled page (round 46: the corpus and the 91 sets) the cue met an occasion
of November-December 11 times: Y-1 right 7 times (6 pages), Y right 4 times (2 of them already dated by a year
written with the day), neither never. The shift stands; these shapes of the page itself leave Y, the one year of
the two the page still admits (:data:`KEPT`). Used by :func:`.years.infer_year`; no year is guessed: where Y is
outside the page's bounds too, the year stays unknown.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple, Sequence

__all__ = ["KEPT", "CLOCK_DAYS", "PERIOD_KINDS", "kept_year", "period_kept"]

#: A clock this many days or fewer after the occasion's first day in Y (a page saved during a week's trip,
#: "Những ngày tiếp theo, đoàn sẽ …") is the page of the occasion in Y.
CLOCK_DAYS = 7


class Kept(NamedTuple):
    name: str
    example: str
    note: str


KEPT: tuple[Kept, ...] = (
    Kept("lower_bound_in_year", "Ngày 24/11, … hội nghị … Sở Y tế hai tỉnh ký kết biên bản ghi nhớ hợp tác năm 2025. … "
         "Năm 2025, tỉnh Vân Nam đã cấp học bổng …: 2025-11-24 (not 2024)",
         "the page has a lower bound in Y (year_bound_kinds; most often a year told as done, 'Năm Y, … đã ký kết / "
         "cấp học bổng / trao / hỗ trợ …': past_meeting, from 1 January of Y): the occasion it reports is in Y or "
         "later, and a plan for Y is made in Y-1 or Y: Y"),
    Kept("clock_on_the_days", "Thứ Tư ngày 11/12/2030 (the site's clock) … Từ ngày 10 đến 15-12, … đoàn khảo sát xây dựng "
         "chương trình du lịch “…” năm 2030: 2030-12-10 (not 2029)",
         "the page's clock falls on the occasion's days in Y or up to CLOCK_DAYS after its first day: the page was "
         "saved while it was news, in Y (a clock months or a year after the day says nothing: the shift stands)"),
)


def kept_year(cue, shifted: int, month: int | None, day: int | None, *, lower: date | None,
              clock: date | None) -> str | None:
    """The name of the rule in :data:`KEPT` that rules out ``shifted`` (the plan_year cue's Y-1) for an occasion on
    day/month, or None. ``lower``: the page's lower bound (year_bounds), ``clock``: the page's clock."""
    if cue is None or cue.name != "plan_year" or shifted != cue.year - 1 or not month:
        return None
    first = date(cue.year, month, min(day or 1, 28))
    if lower is not None and lower.year == cue.year and lower <= first:
        return "lower_bound_in_year"
    if clock is not None and day and first <= clock <= first + timedelta(days=CLOCK_DAYS):
        return "clock_on_the_days"
    return None


#: The period plans whose November-December gives no year (year_cue_kinds.plan_period)
PERIOD_KINDS = ("plan_period", "plan_period_weak")


def period_kept(cues: Sequence, month: int | None, day: int | None, *, lower: date | None):
    """The period plan's cue whose first year Y is the occasion's, for an occasion on day/month of November-December
    the plan alone leaves undated, when the page's lower bound lies in Y on or before that day; else None. Only when
    every such plan of the page names one first year, none carried out nor counted from a signing."""
    if month not in (11, 12) or lower is None:
        return None
    plans = [c for c in cues if c.name in PERIOD_KINDS and not c.carried and c.counted_from is None]
    if not plans or len({c.year for c in plans}) != 1:
        return None
    year = plans[0].year
    return plans[0] if lower.year == year and lower <= date(year, month, min(day or 1, 28)) else None
