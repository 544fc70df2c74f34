"""An anniversary of the bond the page holds ("Ngày 18/9, hai xã tổ chức lễ kỷ niệm 10 năm kết nghĩa") and the
bond's founding day told in another sentence ("Ngày 18/9/2009, hai xã chính thức ký kết nghĩa"): the founding
day lends the yearless day no year of its own -- a full date nearby otherwise would (:mod:`.year_nearby`, where
the founding day is set aside as ``review_since``'s date is: the cue ``bond_founding``, which gives no year).
When the anniversary's own sentence dates the page's occasion with a day and month within
:data:`NEAR_DAYS` of the founding's (an anniversary is held near its day), the occasion's year is the founding
year plus N (the cue ``bond_anniversary``).

Only a founding told with its full date counts (a year alone, "kết nghĩa từ năm 2014", may be another pair's
start), in a sentence that names the bond (:data:`BOND_WORDS`) and holds no anniversary of its own; and only
when the page tells one count of years for the bond and one founding day (two founding days of different
years: no year). An anniversary the page tells as planned, discussed or held before
(:func:`.anniversary_apart.anniversary_apart`) gives no year either; in every case the founding days are set
aside (``bond_founding``).

========================  ===========================================================================
what                      example (written for the table)
========================  ===========================================================================
``ANNIVERSARY``           "tổ chức lễ kỷ niệm 15 năm kết nghĩa"; "gặp mặt kỷ niệm 10 năm ngày ký kết nghĩa";
                          "kỷ niệm 20 năm thiết lập quan hệ kết nghĩa"
``REVIEW`` (round 45)     a review of N years of the bond, held like its anniversary: "Cuối tháng 8, hai xã dự
                          hội nghị sơ kết 15 năm kết nghĩa"; "tổng kết 10 năm kết nghĩa giữa hai bản"
``BOND_WORDS``            "Ngày 2/3/2008, hai huyện chính thức ký kết nghĩa"; "ngày 5/9/2004, hai bản đã
                          thiết lập quan hệ kết nghĩa"; a list of the pairs between the date and the bond words,
                          set off by ";" ("ngày 14/8/2009, các cặp thôn: thôn A với bản B; thôn C với bản D
                          tổ chức kết nghĩa"): the founding sentence runs to its full stop (round 45)
========================  ===========================================================================

A review (``REVIEW``) counts as an anniversary does: the founding year plus N only when the review's own
sentence dates the occasion within :data:`NEAR_DAYS` of the founding's day -- a month alone ("hạ tuần tháng 8",
"tháng 8") counts by its first day -- and not when the page tells the review as coming ("sẽ sơ kết …").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from .anniversary_apart import anniversary_apart
from .occasions_ahead import told_ahead
from .year_cue_kinds import YearCue, _cue

__all__ = ["ANNIVERSARY", "REVIEW", "BOND_WORDS", "NEAR_DAYS", "bond_anniversary_cues"]

#: The page's anniversary of the bond: "kỷ niệm N năm (ngày) (chính thức) (ký) kết nghĩa / thiết lập quan hệ".
ANNIVERSARY = re.compile(r"\bky niem\s+(?P<n>\d{1,3})\s+nam\s+(?:ngay\s+)?(?:chinh thuc\s+)?(?:ky\s+)?"
                         r"(?:ket nghia|thiet lap quan he)\b")
#: The page's review of N years of the bond (round 45, late45b: commune45 08): "sơ kết / tổng kết N năm (ngày)
#: (ký) kết nghĩa / thiết lập quan hệ".
REVIEW = re.compile(r"\b(?:so ket|tong ket)\s+(?P<n>\d{1,3})\s+nam\s+(?:ngay\s+)?(?:chinh thuc\s+)?(?:ky\s+)?"
                    r"(?:ket nghia|thiet lap quan he)\b")
#: The bond named in the founding day's sentence.
BOND_WORDS = re.compile(r"\b(?:ket nghia|thiet lap quan he)\b")
_KY_NIEM = re.compile(r"\bky niem\b")
#: How near the founding's day and month the anniversary's own day lies for the year plus N to be its.
NEAR_DAYS = 31
_SENTENCE_ENDS = ".;!?\n"


def _bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``folded[start:end]`` begins and ends."""
    lo = max(folded.rfind(ch, 0, start) for ch in _SENTENCE_ENDS) + 1
    his = [i for i in (folded.find(ch, end) for ch in _SENTENCE_ENDS) if i >= 0]
    return lo, min(his) if his else len(folded)


def _sentence(folded: str, start: int, end: int) -> str:
    lo, hi = _bounds(folded, start, end)
    return folded[lo:hi]


def _founding_sentence(folded: str, start: int, end: int) -> str:
    """The founding day's sentence: from its start (as :func:`_sentence`) to its full stop, past the ";" that
    set off a list of the pairs ("ngày 14/8/2009, các cặp thôn: thôn A với bản B; thôn C với bản D tổ chức kết
    nghĩa")."""
    lo, _ = _bounds(folded, start, end)
    his = [i for i in (folded.find(ch, end) for ch in ".!?\n") if i >= 0]
    return folded[lo:min(his) if his else len(folded)]


#: The words :data:`REVIEW` opens with, found as written before it is tried there (a page-wide search of a
#: pattern opening with an alternation tries it at every character; most pages review no bond).
REVIEW_WORDS = ("so ket", "tong ket")


def _reviews(text: str, folded: str) -> list[re.Match[str]]:
    """The reviews of N years of the bond (:data:`REVIEW`) the page holds, not told as coming."""
    if "ket nghia" not in folded and "thiet lap quan he" not in folded:
        return []   # (REVIEW ends with one of them)
    found = []
    for word in REVIEW_WORDS:
        at = folded.find(word)
        while at >= 0:
            if (m := REVIEW.match(folded, at)) is not None and told_ahead(text, m.start()) is None:
                found.append(m)
            at = folded.find(word, at + 1)
    return sorted(found, key=lambda m: m.start())


def _apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two (month, day) in a year, either way round the new year."""
    d = abs((date(2001, *a) - date(2001, *b)).days)
    return min(d, 365 - d)


def _anniversaries(folded: str) -> list[re.Match[str]]:
    """``ANNIVERSARY.finditer(folded)``, tried only where "ky niem" is written: the pattern's leading ``\\b`` keeps
    the regex engine from jumping to its words, so a page that names any other "kỷ niệm" was read character by
    character (speed20b; no match holds "ky niem" past its start, so the matches are the same)."""
    found, i = [], folded.find("ky niem")
    while i >= 0:
        m = ANNIVERSARY.match(folded, i)
        if m is not None:
            found.append(m)
        i = folded.find("ky niem", m.end() if m is not None else i + 1)
    return found


def bond_anniversary_cues(text: str, folded: str, readings: Sequence) -> list[YearCue]:
    """The cue ``bond_anniversary`` (at the founding day, the founding year plus N) when the page holds one
    anniversary of N years of the bond, tells one founding day and dates the anniversary near that day; the cue
    ``bond_founding`` (no year: the founding day set aside) when it does not date it so (see the module)."""
    every = _anniversaries(folded) if "ky niem" in folded else []
    reviews = _reviews(text, folded)
    if not every and not reviews:
        return []
    founded = []
    for r in readings:
        m = r.mention
        if m.kind != "date" or m.precision != "day" or not m.year or m.end_day:
            continue
        own = _founding_sentence(folded, m.start, m.end)
        if BOND_WORDS.search(own) and not _KY_NIEM.search(own) and not REVIEW.search(own):
            founded.append(m)
    aside = [_cue("bond_founding", m.year, m.start, m.start, m.end) for m in founded]
    held = [m for m in every if anniversary_apart(text, m.end()) is None] + reviews
    if len({int(m["n"]) for m in held}) != 1 or not 1 <= int(held[0]["n"]) <= 100 or len({m.year for m in founded}) != 1:
        return aside   # an anniversary planned, several counts or founding years: the founding days set aside only
    n, m = int(held[0]["n"]), founded[0]
    for at in held:   # (round 48: each telling of it, not the first only: a headline's "A kỷ niệm 25 năm thiết lập
        # quan hệ …" dates nothing, the lead's "Ngày 8/4, … tổ chức kỷ niệm 25 năm …" does)
        lo, hi = _bounds(folded, at.start(), at.end())   # the anniversary's sentence: does it date the occasion?
        days = [r.mention for r in readings if r.mention.kind == "date" and r.mention.precision in ("day", "month")
                and r.mention.year is None and r.mention.month and lo <= r.mention.start < hi]
        if any(_apart((d.month, d.day or 1), (m.month, m.day)) <= NEAR_DAYS for d in days):
            return [_cue("bond_anniversary", m.year + n, m.start, at.start(), at.end(), day_month=(m.month, m.day))]
    return aside
