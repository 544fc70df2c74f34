"""An occasion's length told after its lead's day as a count of days, with no range (round 42, late42a): the
lead dates the first day of a conference, a later sentence says how many days it lasted; the main event then
ends on the last of them (used by :func:`hoptac.core.extract.occasion_days.lasted` when no range is told: only
the end is added, the day, its year and its type stay as read).

| rule              | shape                                                  | example (our own sentences)              |
|-------------------|--------------------------------------------------------|------------------------------------------|
| ``lasted_for``    | a later sentence opens with the count ("Trong 2 ngày", | "Sáng 12/3/2024, tại thành phố A, hai    |
| (opening)         | "Trong thời gian 3 ngày", "Qua 2 ngày"), a few words   | tỉnh tổ chức Hội thảo về … . … Trong     |
|                   | at most, a comma, then the lead's occasion by name     | thời gian 2 ngày, Hội thảo đã …"         |
|                   | (the same type: "Hội thảo", "Hội nghị", "Diễn đàn")    | → 12/3/2024 – 13/3/2024                  |
| ``lasted_for``    | a later sentence names the lead's occasion (or points  | "Hội nghị diễn ra trong 2 ngày." →       |
| (told after)      | back to it: "Chương trình", "Sự kiện", "Hoạt động")    | the lead's day and the next              |
|                   | and says it lasted the count ("diễn ra / kéo dài       |                                          |
|                   | (trong) N ngày")                                       |                                          |

Counts of 2 to 7 days (a week at most, as ``occasion_days``). Counter-shapes (kept on the lead's day;
tests/test_round42_occasion_length.py): told ahead ("Hội thảo **sẽ** diễn ra trong 2 ngày", "dự kiến"); the
count followed by its days ("Trong 2 ngày 12 và 13/3": a range, read by ``occasion_days``); a subject that is not
the lead's occasion ("Trong 2 ngày, đoàn đã tham quan …" after a conference's lead: the delegation's stay;
"Giải đấu diễn ra trong 3 ngày": another occasion, its kind unnamed); a
lead that reports an opening, a closing or a signing (that act's day); the months a programme runs ("Trong 2
tháng"). Without a stated year, an end past the month's last day is computed only outside February.

All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Callable

from .event_type import main_type
from .tense_words import says
from .number_words import counting

__all__ = ["LASTED_FOR_OPENING", "LASTED_FOR_AFTER", "COUNTS", "COUNT_AFTER", "OCCASIONS", "counts_days", "length_told", "last_day",
           "ONE_DAY_ACT"]

_COUNT = r"(?P<n>[2-7]|0[2-7]|hai|ba|bon|nam|sau|bay)"
COUNTS = counting(2, 7)
#: "Trong (thời gian) 2 ngày[ với 08 chủ đề chính], <occasion> …": the count opens the sentence, the occasion follows.
LASTED_FOR_OPENING = re.compile(r"(?:trong(?: thoi gian)?|qua) " + _COUNT + r" ngay\b(?!\s*(?:\d|\(|tu\b))"
                                r"(?P<rest>[^,.;:\n/]{0,40}),\s*"
                                r"(?P<subject>[^,.;:\n]{3,60})")
#: "<occasion> diễn ra / kéo dài (trong) 2 ngày": the occasion named, then its length.
LASTED_FOR_AFTER = re.compile(r"(?P<subject>[^,.;:\n]{3,60}?)\s+(?:(?:da|duoc)\s+)?(?:dien ra|keo dai)\s+"
                              r"(?:trong (?:thoi gian )?)?" + _COUNT + r" ngay\b(?!\s*(?:\d|tu\b|ngay\b))")
#: The lead's types whose occasion is held in one place from the day the lead dates (a trip's day may be any of its
#: days: ``trips`` reads a trip's range only when the text gives it).
OCCASIONS = ("conference",)
#: A subject that points back to the lead's occasion without naming its kind ("Chương trình diễn ra trong 2 ngày").
_POINTER = re.compile(r"(?:chuong trinh|su kien|hoat dong)(?: nay)?$")
#: Told ahead: the rest of the occasion is to come, the lead's day stays (as ``occasion_days``'s ``_told_ahead``).
_AHEAD = re.compile(r"\b(?:se|du kien|theo ke hoach|theo chuong trinh|chuan bi)\b")
#: A lead that reports one day's act: its day is that act's, whatever the occasion's length.
#: A lead that reports an opening, a closing or a signing: its day is that act's, whatever the occasion's days
#: (shared with :mod:`.occasion_days`'s ranges told later).
ONE_DAY_ACT = re.compile(r"\b(?:khai mac|be mac|ket thuc|ky ket|ky bien ban|ky thoa thuan|ky ban ghi nho|le ky)\b")


def _count(word: str) -> int:
    return COUNTS.get(word) or int(word)


_SENTENCE = re.compile(r"[^\n.!?]+")
#: Both shapes hold a count word after a space and " ngày" after it: the page's " ngay" are looked at first (a
#: literal find, a few a page), and the sentences are walked only when one has a count before it ("trong 2 ngày",
#: "qua ba ngày").
_COUNT_END = re.compile(r"\s" + _COUNT + "$")
#: ... and the word before the count is one the two shapes put there (round 44, speed44): "trong", "thời gian",
#: "qua" (``LASTED_FOR_OPENING``), "diễn ra", "kéo dài" (``LASTED_FOR_AFTER``) -- "kỷ niệm 20 năm ngày tái lập"
#: (năm, a year, folds like the count five) walks no sentence.
COUNT_AFTER = ("trong", "gian", "qua", "ra", "dai")


def _counts_days(folded: str, after: int) -> bool:
    """Is there, after ``after``, a count of days either shape could read (the gate of :func:`length_told`)? A later
    ``after`` finds no more: the wrapper in :mod:`.occasion_days` asks it from the day's end first."""
    i = folded.find(" ngay", after)
    while i >= 0:
        if (count := _COUNT_END.search(folded, max(after, i - 4), i)) is not None:
            j = count.start()
            while j > after and folded[j - 1].isspace():
                j -= 1
            if folded.endswith(COUNT_AFTER, after, j):
                return True
        i = folded.find(" ngay", i + 5)
    return False


def counts_days(folded: str, after: int) -> bool:
    """:func:`_counts_days`, for :mod:`.occasion_days` (the tests replace the private one to walk without the gate)."""
    return _counts_days(folded, after)


def _told_ahead(sentence: str, at: int, end: int, text: str) -> bool:
    """Does ``sentence`` (folded, at ``at`` in the page) tell its length ahead before ``end``? A tense word counts
    as written in ``text`` (:func:`.tense_words.says`: "chia sẻ", "Sê Kông" are no "sẽ"; no text: as folded)."""
    return any(not text or says(text, at + m.start(), m.group(0)) for m in _AHEAD.finditer(sentence, 0, end))


def length_told(folded: str, lead_sentence: tuple[int, int], after: int,
                lead_type: str | None | Callable[[], str | None], text: str = "") -> tuple[int, int, int] | None:
    """(days, start, end of the words that tell it) when a sentence after ``after`` (the lead's sentence's end) tells the length of the
    occasion of type ``lead_type`` the lead's sentence ``folded[s:e]`` dates, or None (``text``: the page as written,
    for its tense words). ``lead_type`` may be given as
    a function: it is then read only once a sentence tells a length (the lead's type is the costly part; most pages
    tell no length)."""
    s, e = lead_sentence
    if not _counts_days(folded, after):
        return None
    lead_read = False
    for found in _SENTENCE.finditer(folded, after):
        sentence = found.group()
        if " ngay" not in sentence:
            continue   # both shapes count the days ("N ngày"): a sentence without the word tells no length
        at = found.start() + len(sentence) - len(sentence.lstrip())
        sentence = sentence.strip()
        opening = LASTED_FOR_OPENING.match(sentence)
        after_m = None if opening is not None or ("dien ra" not in sentence and "keo dai" not in sentence) \
            else LASTED_FOR_AFTER.match(sentence)
        if opening is None and after_m is None:
            continue
        if not lead_read:   # the lead is read at the first length told: the same answer, in its cheap order
            lead_read = True
            if callable(lead_type):
                lead_type = lead_type()
            if lead_type not in OCCASIONS or ONE_DAY_ACT.search(folded, s, e):
                return None
        if opening is not None:
            if main_type(opening.group("subject"))[0] != lead_type or _told_ahead(sentence, at, opening.end(), text):
                continue
            return _count(opening.group("n")), at, at + opening.end("rest")
        subject = after_m.group("subject").strip()
        if _told_ahead(sentence, at, after_m.end(), text):
            continue
        if main_type(subject)[0] != lead_type and _POINTER.match(subject) is None:
            continue   # "Giải đấu diễn ra trong 3 ngày": another occasion's length
        return _count(after_m.group("n")), at + after_m.start("subject"), at + after_m.end()
    return None


def last_day(year: int | None, month: int, day: int, days: int) -> SimpleNamespace | None:
    """The last day of ``days`` days from ``day``/``month`` (``year`` when known) as the fields
    :func:`~.occasion_days.extend_to` reads (``month``, ``end_month``, ``end_day``), or None when it cannot be
    told without a year (past the end of February)."""
    if year:
        end = date(year, month, day) + timedelta(days - 1)
        return SimpleNamespace(month=month, end_month=end.month, end_day=end.day)
    if month == 2:
        return SimpleNamespace(month=2, end_month=2, end_day=day + days - 1) if day + days - 1 <= 28 else None
    length = calendar.monthrange(2001, month)[1]
    last = day + days - 1
    if last <= length:
        return SimpleNamespace(month=month, end_month=month, end_day=last)
    return SimpleNamespace(month=month, end_month=month % 12 + 1, end_day=last - length)
