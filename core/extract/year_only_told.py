"""A year alone for an occasion told with no day, no "vừa" and no page stamp (round 45, yearonly45).

:func:`hoptac.core.extract.undated.undated_main` dates such an occasion ("told") only by its own
year (``OCCASION_YEAR_CUES``: an anniversary it is held for, a name with its year …). Round 45
measured every other year cue kind over every labelled page (all sets and the corpus), comparing the
cue's year with the gold main event's year: :data:`KINDS` is that table, one row a kind, with an
example in our own words, the counts (same year / another year) and the decision. Only a kind that
never gave another year is shipped (:data:`SHIPPED`): a wrong year is worse than no year.

The shipped kind, results of a year so far ("Trong 9 tháng đầu năm 2019, hai đơn vị đã …"), is the
review told at the occasion: the occasion is held in that year. It counts wherever the page tells it
(round 42 let it count only inside the lead), when it is the page's only such year and the page tells
no later year (:func:`results_so_far_year`): a later year makes the tally background to another report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .year_cue_kinds import YearCue

__all__ = ["YearOnlyKind", "KINDS", "SHIPPED", "AHEAD_KINDS", "results_so_far_year", "without_review_before_spring"]


@dataclass(frozen=True, slots=True)
class YearOnlyKind:
    name: str        # a year cue kind (year_cue_kinds.CUES) or a shape named here
    example: str     # our own sentence, and the year it would give
    same: int        # over every labelled page: the cue's year is the gold main event's year
    other: int       # ... is another year
    shipped: bool
    why: str


#: Round 45's counts (every year cue of every labelled page against its gold main year: docs/accuracy.md
#: "Round 45: yearonly45"). Shipped only where ``other`` is 0 and the kind's meaning ties the year to the
#: occasion itself.
KINDS: tuple[YearOnlyKind, ...] = (
    YearOnlyKind("so_far", "Tại buổi làm việc, hai bên thông tin kết quả hợp tác. Trong 9 tháng đầu năm 2019, "
                 "hai đơn vị đã tổ chức 12 cuộc họp: 2019", 19, 0, True,
                 "results of a year so far are told in that year, at the occasion that reviews them"),
    YearOnlyKind("plan_noun", "Tại lễ kết nghĩa, hai huyện thông tin nhiệm vụ trọng tâm trong năm 2019: 2019 "
                 "(or 2018)", 16, 0, False,
                 "no other year measured, but a plan for year Y is adopted in November-December of Y-1 too "
                 "(the kind's own shift): a plan for next year stays undated"),
    YearOnlyKind("plan_year", "Hai bên ký kết biên bản hợp tác năm 2016: 2016 (or 2015)", 34, 16, False,
                 "a plan or document for year Y is often signed the year before"),
    YearOnlyKind("review_year", "Hội nghị tổng kết hợp tác năm 2017: 2017 or 2018", 14, 16, False,
                 "a year's review is held at its end or early in the next year"),
    YearOnlyKind("so_ket_year", "Hai xã sơ kết thỏa thuận hợp tác năm 2024: 2024 or 2025", 3, 2, False,
                 "even an interim review (sơ kết) named with a year was held in the next January"),
    YearOnlyKind("review_period", "Hội nghị tổng kết chương trình hợp tác giai đoạn 2016 - 2020: 2021 or 2020",
                 10, 14, False, "a period's review is held in its last year or the next"),
    YearOnlyKind("plan_period", "Hai tỉnh ký kết chương trình phối hợp giai đoạn 2013 - 2017: 2013 or 2012", 44, 15,
                 False, "a period is often signed the year before it starts (round 36)"),
    YearOnlyKind("framed_year", "Trong khuôn khổ các hoạt động giao lưu chào Xuân năm 2026, hai tỉnh tổ chức …: 2026",
                 10, 4, False, "the frame may be what the occasion carries out or reviews, of the year before "
                 "(\"trong khuôn khổ thực hiện thỏa thuận … năm 2023\" at an occasion of 2024)"),
    YearOnlyKind("anniversary_new_year", "Nhân kỷ niệm 70 năm Ngày thành lập Hội (20/1/1950 - 20/1/2020), đoàn tỉnh A "
                 "sang thăm tỉnh B: 2020 or 2019", 5, 1, False,
                 "an anniversary within NEW_YEAR_DAYS of a new year may be marked in the days before it, across "
                 "the year (1/1/1997 - 1/1/2017 was marked on 30/12/2016): the decided guard stays"),
    YearOnlyKind("year", "Năm 2019, hai bên đã trao đổi nhiều đoàn: any year", 101, 74, False,
                 "a bare year is any occasion's"),
)

SHIPPED = frozenset(k.name for k in KINDS if k.shipped)

#: Cue kinds that look ahead: a plan or target for a later year is no sign that the tally is old.
AHEAD_KINDS = frozenset({"plan_year", "plan_noun", "year_ahead", "plan_period", "plan_period_weak", "next_edition",
                         "review_plan_year", "continued_from", "spring_ahead", "named_ahead", "school_year",
                         "season_opened"})


def results_so_far_year(cues: Sequence[YearCue], readings: Sequence) -> YearCue | None:
    """The cue of results so far ("6 tháng đầu năm 2019", "Từ đầu năm 2019 đến nay") anywhere on a page
    whose occasion is told undated, when all such cues give one year Y and the page tells no later year
    (a cue of a later year that is not a plan, or a date after Y that is not a period or a target):
    the occasion's year. Else None."""
    so_far = [c for c in cues if c.name in SHIPPED]
    if not so_far or len({c.year for c in so_far}) != 1:
        return None
    year = so_far[0].year
    if any(c.year > year and c.name not in AHEAD_KINDS for c in cues):
        return None   # "Trong 6 tháng đầu năm 2019 …" + "Năm 2021, …": the tally is background
    for r in readings:
        m = r.mention
        if r.verdict == "period" or m.rule == "target_year":
            continue   # "giai đoạn 2019 - 2025", "đến năm 2030": a term or a horizon, ahead by nature
        if max(m.year or 0, m.end_year or 0) > year:
            return None
    return so_far[0]


def without_review_before_spring(strong: Sequence[YearCue]) -> list[YearCue]:
    """``strong`` without the review of year Y-1 told at an occasion held for the Tết of year Y (round 46,
    late46b: police46b 06). "Nhân dịp Tết Nguyên đán Bính Ngọ 2026, đoàn … sang chúc Tết … Tại buổi gặp mặt, hai
    bên thông tin kết quả phối hợp công tác năm 2025": the Tết greeting reviews the year that ends before it, so the
    review does not disagree with the Tết's year; the spring cue (kind ``spring``, its number written) gives it.
    Not a Tết told as coming (``spring_ahead``), a Tết named only by its lunar name (``spring_canchi``: round 45's
    table keeps it for dated pages), nor a review of another year than the one before."""
    springs = {c.year for c in strong if c.name == "spring"}
    if len(springs) != 1:
        return list(strong)
    year = next(iter(springs))
    return [c for c in strong if not (c.name == "review_year" and c.year == year - 1)]
