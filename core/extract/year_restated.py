"""The day of the lead told again, far below, with its year: year evidence beyond the nearby reach
(used by :func:`hoptac.core.extract.year_nearby._context`).

A lead often dates its occasion by day and month only ("Tối ngày 29/1, tại tỉnh B đã khai mạc …")
and the body, paragraphs later, tells the same day again with its year ("… được tổ chức vào ngày
29/1/2018 tại khu di tích …"). That full date is the occasion's own: its year outweighs a stamp that
says another year (a copy republished later), and gives the year when the page has no stamp. Each
shape is a row of :data:`RESTATED`, with an example written for it.

Not when the restating sentence tells the past (``year_nearby.PAST_MARKERS``: "Ngày 29/1/2015, hai
tỉnh đã ký …" is an earlier occasion on the same day), nor on a page of many years (a history), nor,
for a range mention, the same days (``year_nearby`` and ``events._restated`` read those; a longer range that holds it
is read here: ``range_holds_the_range``). A range of one year that begins or
ends on the mention's day restates it (round 45: "Chiều 20/9, Đoàn công tác tỉnh A đã nhập cảnh về nước" and,
below, "Từ ngày 16/9 đến 20/9/2023, … Đoàn công tác tỉnh A đã có chuyến công tác tại tỉnh B": 2023). A short range
of one year that holds the mention's day inside it does too (round 59: "Chiều 14/5, đoàn xe đạp hữu nghị dừng chân tại
tỉnh A" and, below, "Hành trình (diễn ra từ ngày 11 – 16/5/2019) …": a day of the journey, 2019), when it is not told
in the past and spans at most :data:`HOLDS_DAYS` days.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable, Sequence

from .dates import DateMention
from .year_cue_kinds import YearCue
from ..text import fold

__all__ = ["HOLDS_DAYS", "RESTATED", "RESTATED_WEIGHT", "restated_day"]

#: The shapes read here: (name, example, what it requires).
RESTATED: tuple[tuple[str, str, str], ...] = (
    ("same_day_with_year",
     "Tối ngày 29/1, tỉnh B khai mạc Năm du lịch … Lễ khai mạc được tổ chức vào ngày 29/1/2018 tại …",
     "the same day and month, one day (no range), its year stated, farther than the nearby reach"),
    ("same_day_opens_a_run",
     "Ngày 15.7, hai bảo tàng khai mạc triển lãm … Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020",
     "the same day and month after 'từ (ngày)', then 'đến (hết)' and a month (or day) with its year, of the same "
     "month or a later one (so of the same year), farther than the nearby reach (late43a)"),
    ("range_ends_or_starts_on_the_day",
     "Chiều 20/9, Đoàn công tác tỉnh A đã nhập cảnh về nước, kết thúc tốt đẹp chuyến công tác tại tỉnh B … Từ ngày "
     "16/9 đến 20/9/2023, nhận lời mời của lãnh đạo tỉnh B, Đoàn công tác tỉnh A đã có chuyến công tác tại tỉnh B",
     "a range of one year (no other year at its end, its last month not before its first) whose first or last day "
     "and month are the mention's, its year stated, farther than the nearby reach; told in the past (or near by) only "
     "when the mention's sentence reports the end of the trip whose days the range tells (late45a)"),
    ("range_holds_the_range",
     "Trong 2 ngày 10 và 11/9, đoàn công tác tỉnh A thăm, làm việc tại tỉnh B … Chương trình giao lưu hữu nghị A - B diễn "
     "ra từ ngày 9-11/9/2024 …",
     "the mention a range of no year; a range of one year, at most HOLDS_DAYS days long, that holds it (not the same "
     "days: events._restated reads those), its year stated, farther than the nearby reach, not told in the past: the "
     "programme the lead's days are part of (round 61)"),
    ("short_range_holds_the_day",
     "Chiều 14/5, đoàn xe đạp hữu nghị dừng chân tại tỉnh A … Hành trình (diễn ra từ ngày 11 – 16/5/2019) do tỉnh B tổ "
     "chức …",
     "a range of one year, at most HOLDS_DAYS days long, that holds the mention's day and month strictly inside it, "
     "its year stated, farther than the nearby reach, not told in the past: the occasion is a day of the journey, "
     "festival or week the range tells (round 59, late59a)"),
)
#: How long a range may be whose inside days are read as its own (``short_range_holds_the_day``): a trip, a festival, a
#: week of events; not a campaign month or a season ("từ ngày 1/10 đến 31/10/2019"), which a later year repeats.
HOLDS_DAYS = 14
#: As strong as a full date in the mention's own paragraph (``year_nearby.NEARBY['same_paragraph']``):
#: above ``years.CONFLICT``, so a stamp of another year gives no year against it.
RESTATED_WEIGHT = 85


#: What opens and what closes a run around the restated day: "từ (ngày) 15.7 đến (hết) tháng 9.2020".
_RUN_FROM = re.compile(r"\btu\s+(?:ngay\s+)?$")
_RUN_TO = re.compile(r"\s*(?:-|–|den|toi)\s+(?:het\s+)?(?:ngay\s+)?$")


def _run_year(other: DateMention, mentions: Sequence[DateMention], text: str) -> int | None:
    """The year of the run ``other`` opens ("từ ngày 15.7 đến tháng 9.2020": 2020), when the run ends in the
    same month or a later one of its stated year; else None."""
    if not text or _RUN_FROM.search(fold(text[max(0, other.start - 10):other.start])) is None:
        return None
    for end in mentions:
        if (end.kind == "date" and end.year is not None and end.month and end.start >= other.end
                and end.start - other.end <= 14 and _RUN_TO.match(fold(text[other.end:end.start]))):
            return end.year if end.month >= other.month else None
    return None


#: A sentence that reports the end of a trip (folded): "đoàn … nhập cảnh về nước, kết thúc tốt đẹp chuyến công tác",
#: "lễ tiễn đoàn …"; and a sentence that tells a trip's days: "Từ ngày 16/9 đến 20/9/2023, … Đoàn công tác tỉnh A đã có chuyến
#: công tác tại tỉnh B".
_TRIP_END = re.compile(r"\b(?:ket thuc (?:tot dep )?(?:chuyen|dot) (?:tham|cong tac|lam viec)|tien doan|tien dua doan|"
                       r"ve nuoc|nhap canh ve|tro ve nuoc)\b")
_TRIP_TOLD = re.compile(r"\b(?:chuyen (?:tham|cong tac|lam viec)|doan (?:cong tac|dai bieu)|lich trinh|ngay lam viec"
                        r"|doan (?:da |cung )?(?:tham|lam viec|co chuyen))\b")


def _sentence_folded(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 300)
    hi = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return " ".join(fold(text[max(lo, 0):min(hi + [end + 300])]).split())


def _trip_ended(text: str, mention: DateMention, other: DateMention) -> bool:
    """Does the sentence of ``mention`` report the end of a trip whose days ``other`` tells? Then ``other`` told as
    done ("đã có chuyến công tác") is that trip, not an earlier occasion: the past is the trip's own."""
    return bool(text and _TRIP_END.search(_sentence_folded(text, mention.start, mention.end))
                and _TRIP_TOLD.search(_sentence_folded(text, other.start, other.end)))


def _range_of_the_day(other: DateMention, mention: DateMention) -> bool:
    """Is ``other`` a range of one stated year that begins or ends on the day and month of ``mention``
    ("Từ ngày 16/9 đến 20/9/2023" for "Chiều 20/9"; not "28/12/2023 - 2/1/2024", of two years)?"""
    if not (other is not mention and other.kind == "date" and other.year is not None and other.day and other.month
            and other.end_day and (other.end_year is None or other.end_year == other.year)):
        return False
    last_month = other.end_month or other.month
    if last_month < other.month:
        return False   # "29/12 - 2/1/2024": the year written may be the last day's only
    return (mention.day, mention.month) in ((other.day, other.month), (other.end_day, last_month))


def _short_range_days(other: DateMention, mention: DateMention, *days: tuple[int, int]) -> tuple[date, date, list[date]] | None:
    """``other``'s first and last days, when it is a range of one stated year at most :data:`HOLDS_DAYS` days long
    (not ``mention`` itself), and ``days`` ((month, day) pairs) in its year; else None."""
    if not (other is not mention and other.kind == "date" and other.year is not None and other.day and other.month
            and other.end_day and (other.end_year is None or other.end_year == other.year)):
        return None
    try:
        first = date(other.year, other.month, other.day)
        last = date(other.year, other.end_month or other.month, other.end_day)
        inside = [date(other.year, m, d) for m, d in days]
    except ValueError:
        return None
    return (first, last, inside) if 0 < (last - first).days <= HOLDS_DAYS else None


def _range_holds_the_day(other: DateMention, mention: DateMention) -> bool:
    """Is ``other`` a range of one stated year, at most :data:`HOLDS_DAYS` days long, that holds the day and month of
    ``mention`` strictly inside it ("từ ngày 11 – 16/5/2019" for "Chiều 14/5")? Its ends are
    :func:`_range_of_the_day`'s."""
    got = _short_range_days(other, mention, (mention.month, mention.day))
    return got is not None and got[0] < got[2][0] < got[1]


def _range_holds_the_range(other: DateMention, mention: DateMention) -> bool:
    """Is ``other`` a range of one stated year, at most :data:`HOLDS_DAYS` days long, that holds the range ``mention``
    (no year) inside it and is not the same days ("từ ngày 9-11/9/2024" for "trong 2 ngày 10 và 11/9")?"""
    got = _short_range_days(other, mention, (mention.month, mention.day),
                            (mention.end_month or mention.month, mention.end_day))
    if got is None:
        return False
    first, last, (start, end) = got
    return first <= start <= end <= last and (first, last) != (start, end)


def restated_day(mention: DateMention, mentions: Sequence[DateMention], *, reach: int,
                 tells_past: Callable[[DateMention], bool], history: bool, text: str = "") -> list[tuple]:
    """Candidates ``(score, -gap, year, cue)`` for ``mention`` (day and month, no year) from the
    full dates farther than ``reach`` that tell its day again with a year; for a range ``mention``, from the longer
    ranges of a stated year that hold it (``range_holds_the_range``)."""
    if history or mention.year is not None or not (mention.day and mention.month):
        return []
    if mention.end_day:   # a range: a longer one of a stated year that holds it (round 61, range_holds_the_range)
        return [(RESTATED_WEIGHT, -gap, other.year,
                 YearCue(other.start, other.year, "nearby_date", RESTATED_WEIGHT, other.start, other.end))
                for other in mentions if _range_holds_the_range(other, mention)
                and (gap := max(other.start - mention.end, mention.start - other.end, 0)) > reach and not tells_past(other)]
    out = []
    for other in mentions:
        if (other is not mention and other.kind == "date" and other.precision == "day" and other.year is None
                and not other.end_day and (other.day, other.month) == (mention.day, mention.month)
                and max(other.start - mention.end, mention.start - other.end, 0) > reach and not tells_past(other)):
            year = _run_year(other, mentions, text)   # "… Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020"
            if year is not None:
                gap = max(other.start - mention.end, mention.start - other.end, 0)
                cue = YearCue(other.start, year, "nearby_date", RESTATED_WEIGHT, other.start, other.end)
                out.append((RESTATED_WEIGHT, -gap, year, cue))
            continue
        if _range_of_the_day(other, mention):   # "Chiều 20/9 …" and "Từ ngày 16/9 đến 20/9/2023, …": 2023
            gap = max(other.start - mention.end, mention.start - other.end, 0)
            # near by, a range not told in the past already gives its year (year_nearby); one told in the past is the
            # trip's own when the lead reports the trip's end (the past marker lowers it there), at any distance
            if _trip_ended(text, mention, other) or (gap > reach and not tells_past(other)):
                cue = YearCue(other.start, other.year, "nearby_date", RESTATED_WEIGHT, other.start, other.end)
                out.append((RESTATED_WEIGHT, -gap, other.year, cue))
            continue
        if _range_holds_the_day(other, mention):   # "Chiều 14/5 …" and "(diễn ra từ ngày 11 – 16/5/2019)": 2019
            gap = max(other.start - mention.end, mention.start - other.end, 0)
            if gap > reach and not tells_past(other):   # near by, year_nearby reads it
                cue = YearCue(other.start, other.year, "nearby_date", RESTATED_WEIGHT, other.start, other.end)
                out.append((RESTATED_WEIGHT, -gap, other.year, cue))
            continue
        if (other is mention or other.kind != "date" or other.precision != "day" or other.year is None
                or other.end_day or other.end_year or (other.day, other.month) != (mention.day, mention.month)):
            continue
        gap = max(other.start - mention.end, mention.start - other.end, 0)
        if gap <= reach or tells_past(other):
            continue
        cue = YearCue(other.start, other.year, "nearby_date", RESTATED_WEIGHT, other.start, other.end)
        out.append((RESTATED_WEIGHT, -gap, other.year, cue))
    return out
