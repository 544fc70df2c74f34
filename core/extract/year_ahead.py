"""Anniversaries an occasion looks ahead to ("Đây là hoạt động hướng tới kỷ niệm 60 năm Ngày truyền thống …
(3/3/1959 - 3/3/2019)"): the occasion comes before the anniversary's day and less than a year before it --
two bounds (:data:`~hoptac.core.extract.year_bound_kinds.BOUNDS` ``ahead_of_anniversary`` and
``before_plan``) on its year, not a cue of the anniversary's year (a "ngày 3/11" looking ahead to 3/3/2019 is
2018, not 2019). An anniversary being *prepared* ("Hiện hai tỉnh đang chuẩn bị kỷ niệm 25 năm … (20/10/2001 –
20/10/2026)") is only the upper bound: preparations for a round anniversary may start more than a year
before its day (:data:`PREPARING`), so the occasion may be of that year or of any year before.
Several anniversaries one look-ahead lists ("hướng tới kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 -
10/10/2024) và 50 năm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2025)", told on 21/3/2024): the occasion comes
before each, but less than a year before the nearest only -- the later ones may be further off (round 33), so
they give the upper bound alone.
A known day looked ahead to without its dates ("hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ": 7/5/2024,
:func:`anniversaries.known_days_ahead`) gives the same bounds (round 35).
Matched on folded text (no accents, no case, đ→d)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Sequence

from .anniversaries import AHEAD_BETWEEN, AHEAD_WORDS, known_days_ahead
from .year_bound_kinds import PLAN_REACH_DAYS, Bound

__all__ = ["LOOKS_AHEAD", "PREPARING", "ahead_of_anniversaries"]

#: The words before "kỷ niệm" that look ahead to it (within the clause before the anniversary's dates).
#: (round 54, late54a: "hướng đến" as "hướng tới", and the greeting or holding between: "chuẩn bị chào mừng kỷ niệm",
#: "tiến tới tổ chức lễ kỷ niệm": anniversaries.AHEAD_WORDS, AHEAD_BETWEEN)
LOOKS_AHEAD = re.compile(r"\b" + AHEAD_WORDS + r"\s+" + AHEAD_BETWEEN + r"(?:(?:le\s+)?ky niem)\b[^.;:\n]{0,120}$")
#: The words of LOOKS_AHEAD that tell preparations, not an activity held for the anniversary: an upper bound
#: only ("Hai tỉnh đang chuẩn bị kỷ niệm 25 năm … (20/10/2001 – 20/10/2026)" told in March 2025).
PREPARING = frozenset({"chuan bi"})


def ahead_of_anniversaries(folded: str, readings, main, span: tuple[int, int] | None = None,
                           skip: Sequence[tuple[int, int]] = ()) -> list[Bound]:
    """The bounds of the anniversaries the page looks ahead to (see :data:`LOOKS_AHEAD`); with ``span`` (the
    body's), also those of known days it names without their dates (:func:`_known_ahead`), outside ``skip``
    (related titles)."""
    out = []
    nearest: dict[int, Bound] = {}   # the look-ahead's start -> its before_plan (the nearest anniversary's)
    for r in readings:
        m = r.mention
        if r.verdict != "anniversary" or m is main or not (m.end_year and m.end_month and m.end_day) \
                or "ky niem" not in folded[max(0, m.start - 140):m.start]:
            continue
        looks = LOOKS_AHEAD.search(folded, max(0, m.start - 140), m.start)
        if looks:
            try:
                day = date(m.end_year, m.end_month, m.end_day)
            except ValueError:
                continue
            out.append(Bound("ahead_of_anniversary", day, m.start, m.end))
            if looks.group("word") not in PREPARING:
                plan = Bound("before_plan", day - timedelta(PLAN_REACH_DAYS), m.start, m.end)
                had = nearest.get(looks.start())
                if had is None or plan.day < had.day:
                    nearest[looks.start()] = plan
    return out + list(nearest.values()) + ([] if span is None else _known_ahead(folded, span, skip))


def _known_ahead(folded: str, span: tuple[int, int], skip: Sequence[tuple[int, int]]) -> list[Bound]:
    """A known anniversary looked ahead to without its dates ("Tối 4/12, hai tỉnh khai mạc tuần văn hóa, hướng tới
    kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", :func:`anniversaries.known_days_ahead`): the same bounds as with its dates
    written. Several look-aheads on a page (each with its own "hướng tới", "tiến tới"): every one is an upper
    bound, the nearest alone a lower one (round 35, as above for one look-ahead: the later ones may be further
    off, "tiến tới kỷ niệm 50 năm ngày giải phóng miền Nam" told in December 2023)."""
    out, near = [], None
    for word, _, day, start, end in known_days_ahead(folded, span, skip):
        out.append(Bound("ahead_of_anniversary", day, start, end))
        if near is None or day < near[0]:
            near = (day, word, start, end)
    if near is not None and near[1] not in PREPARING:   # "chuẩn bị kỷ niệm …": preparations, an upper bound only
        out.append(Bound("before_plan", near[0] - timedelta(PLAN_REACH_DAYS), near[2], near[3]))
    return out
