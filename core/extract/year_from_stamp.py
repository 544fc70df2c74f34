"""The year a page's stamp gives a day told without one (step 2 of :mod:`hoptac.core.extract.years`).

The stamp's year, the year before when the day would lie more than :data:`AHEAD_DAYS` after the
stamp, the year after for an occasion told ahead; a relative word ("hôm qua", "tuần trước",
:data:`RELATIVE`) counts back from the stamp first. Also when the stamp is the report's own
(:func:`_reported_that_day`) and when a year would put the day after it (:func:`_after_the_stamp`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from .dates import DateMention
from .tense_words import says
from ..scan import fold_slice
from ..text import fold

AHEAD_DAYS = 62

#: Relative dates, counted back from the publication time (folded words just before
#: the mention, or the mention's own words): words -> relativedelta.
RELATIVE: tuple[tuple[str, relativedelta, str], ...] = (
    (r"hom qua|chieu qua|sang qua|toi qua|trua qua|dem qua", relativedelta(days=1), "Chiều qua (7/3): the day before"),
    (r"tuan truoc|tuan qua", relativedelta(weeks=1), "tuần trước: a week before"),
    (r"thang truoc", relativedelta(months=1), "tháng trước: a month before"),
    (r"nam ngoai|nam truoc|nam qua", relativedelta(years=1), "năm ngoái: a year before"),
)
_RELATIVE = [(re.compile(rf"\b(?:{p})\b"), d) for p, d, _ in RELATIVE]
#: A count before "năm qua" makes it a span, not last year: "Kết quả hợp tác 5 năm qua ngày 15/3 …", "nhiều năm
#: qua" (folded, the words just before "năm"; no anchor then). ("3 năm trước" is left as it was.)
_COUNTED = re.compile(r"(?:\b\d+|\b(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nhung|nhieu|cac|may|vai|hang|suot))\s+$")
SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")


def _pub_date(published) -> date:
    return published.date() if isinstance(published, datetime) else published


def relative_anchor(mention: DateMention, text: str, published) -> date | None:
    """The publication date moved back by a relative word said with the mention
    ('hôm qua', 'tuần trước', 'tháng trước', 'năm ngoái'), or None."""
    if published is None:
        return None
    lo = max(0, mention.start - 24)
    near = fold_slice(text, lo, mention.end, fold)
    for rx, delta in _RELATIVE:
        for m in rx.finditer(near):
            if m.group(0).startswith("nam") and not says(text, lo + m.start(), "nam"):
                continue   # "tỉnh Quảng Nam qua …", "Hà Nam trước …", "Việt Nam qua …": no "năm" (tense_words)
            if m.group(0) == "nam qua" and _COUNTED.search(
                    fold_slice(text, max(0, lo + m.start() - 12), lo + m.start(), fold)):
                continue   # "5 năm qua", "nhiều năm qua": a span, not last year
            return _pub_date(published) - delta
    return None


#: An occasion told ahead: "tới" just after its date ("vào ngày 5/1 tới"), or a verb of the future
#: ("sẽ", "dự kiến", "sắp") as the first tense word of its clause after the date -- not after
#: "đã"/"vừa" ("Ngày 5/1, hai bên đã thống nhất sẽ …" is done). (On the text as written: "tới".)
_AHEAD_RIGHT_AFTER = re.compile(r"\s*(?:\(|,)?\s*tới\b")
#: The tense words (folded): "sẽ", "dự kiến", "sắp" tell ahead; "đã", "vừa", "đang" done or under way
#: (trips reads a trip's days with the same words).
TENSE = re.compile(r"\b(?:se|du kien|sap|da|vua|dang)\b")


def _told_ahead(mention: DateMention, text: str) -> bool:
    """Is the occasion of ``mention`` told as still to come?"""
    if _AHEAD_RIGHT_AFTER.match(text, mention.end, mention.end + 8):
        return True
    rest = fold_slice(text, mention.end, mention.end + 160, fold)
    stop = SENTENCE_END.search(rest)
    return first_tense(text, mention.end, mention.end + (stop.start() if stop else len(rest))) in ("se", "du kien", "sap")


def first_tense(text: str, start: int, end: int) -> str | None:
    """The first tense word of text[start:end] (folded, :data:`TENSE`), read as written (:mod:`.tense_words`):
    folded, "đã" is "da" as "Đà Nẵng", "đa khoa", "bóng đá" are, "sẽ" is "se" as "chia sẻ", "sắp" is "sap"
    as "sáp nhập", "đang" is "dang" as "Đảng": "Ngày 5/1, đoàn thành phố Đà Nẵng sẽ sang thăm …" is told
    ahead, "Ngày 3/1, hai bên chia sẻ …" is not."""
    for t in TENSE.finditer(fold_slice(text, start, end, fold)):
        if says(text, start + t.start(), t.group(0)):
            return t.group(0)
    return None


#: A day told without "sẽ" that lies a few days after the stamp in the next year and almost a year
#: before it in the stamp's year ("Chiều 2/1" on a page stamped 28 December: a page updated after
#: the occasion, or an occasion of nearly a year ago) gets no year from the stamp.
JUST_AFTER_DAYS = 14


def _from_published(mention: DateMention, published: date, text: str = "") -> int | None:
    """The year of publication, or the year before when the day would then lie more
    than AHEAD_DAYS after publication, or the year after when the occasion is told ahead
    ("Ngày 5/1, đoàn … sẽ sang thăm" on 28 December) and its day comes within AHEAD_DAYS."""
    month, day = mention.month or 1, mention.day or 1
    if month == 2 and day == 29:
        day = 28  # compared as 28/2 in a year that has no 29/2
    ahead = date(published.year, month, day) - published
    if ahead < timedelta(0) and text and date(published.year + 1, month, day) - published <= timedelta(days=AHEAD_DAYS) \
            and _told_ahead(mention, text):
        return published.year + 1
    if ahead < -timedelta(days=365 - JUST_AFTER_DAYS) and text:
        return None   # "Chiều 2/1" on a page stamped 28/12: a year before, or days after the stamp
    if text and (past := _TOLD_PAST_RIGHT_AFTER.match(text, mention.end, mention.end + 16)) is not None:
        if past.group(1) is not None:
            return published.year - 1   # "ngày 5/3 năm ngoái" on a page of October: the year before
        if ahead > timedelta(days=1):
            return published.year - 1   # "Tháng 12 vừa qua" on a page of October: the December before
    return published.year - 1 if ahead > timedelta(days=AHEAD_DAYS) else published.year


#: A date told as past just after it ("tháng 12 vừa qua", "ngày 28/12 vừa rồi"): never after the stamp,
#: even by less than AHEAD_DAYS (which leaves room for an occasion told ahead); told as last year's
#: ("ngày 5/3 năm ngoái", "tháng 3 năm trước"; not "năm trước đó", the year before another): the
#: stamp's year before. (On the text as written.)
_TOLD_PAST_RIGHT_AFTER = re.compile(r"\s*(?:\(|,)?\s*(?:vừa qua|vừa rồi|(năm ngoái|năm trước)(?!\s+(?:đó|nữa)))\b", re.IGNORECASE)


#: A stamp on the occasion's (last) day or up to this many days after it is the report's own against the year
#: in an occasion's name: a republication would not fall on the same days ("Từ ngày 21 đến 23/3, … Ngày hội …
#: Sơn La - Hủa Phăn 2023" stamped 23/03/2024 is 2024's; the name's year an error or the last edition's).
REPORTED_DAYS = 2
_NAMES = frozenset({"named_year", "quoted_name"})


def _reported_that_day(mention: DateMention, published: date) -> bool:
    month, day = mention.end_month or mention.month, mention.end_day or mention.day
    return bool(month and day) and (month, day) != (2, 29) and \
        0 <= (published - date(published.year, month, day)).days <= REPORTED_DAYS


def _after_the_stamp(mention: DateMention, year: int, published: date) -> bool:
    """Would the mention in ``year`` lie more than AHEAD_DAYS after the page's stamp? Then a cue of that
    year cannot be its year: a stamp may be a later republication's, never an earlier one ("Chiều 9.10"
    on a page stamped 10/10/2019 that prepares an anniversary "(1960 - 2020)": 2019, not 2020)."""
    if mention.month is None:
        return year > published.year
    day = min(mention.day or 1, 28)
    return date(year, mention.month, day) - published > timedelta(days=AHEAD_DAYS)


#: A day told as today or yesterday with its day and month ("chiều nay (16/4)", "Sáng nay 16-4", "hôm qua
#: (15/4)") that is the stamp's day (or the day before): the stamp is this report's own, not a later
#: republication's, and its year stands against a cue of another year ("… khánh thành tượng đài … vào năm
#: 2017" told as background). (Folded: the words before the day and the day, up to the mention's end.)
_TODAY_OR_YESTERDAY = re.compile(r"\b(?:sang|chieu|toi|trua|dem|hom)\s+(nay|qua)\s*\(?\s*(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*\)?$")


def told_on_the_stamps_day(mention: DateMention, text: str, published: date) -> bool:
    """Is ``mention`` told as today (or yesterday) and on the stamp's day (or the day before)?"""
    if not (mention.day and mention.month) or mention.end_day is not None or mention.year is not None:
        return False
    w = _TODAY_OR_YESTERDAY.search(fold_slice(text, max(0, mention.start - 16), mention.end, fold))
    if w is None:
        return False
    on = published - timedelta(days=1) if w.group(1) == "qua" else published
    return (on.month, on.day) == (mention.month, mention.day)
