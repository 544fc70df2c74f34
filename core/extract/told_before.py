"""Days a later occasion tells as before it (round 43, late43d; used by
:func:`hoptac.core.extract.verdicts.judge` before scoring).

Two general shapes of a news page that reports an occasion which itself looks back:

- a **thanks for a deed**: a delegation comes to thank its hosts for help given earlier ("Ngày 6/11,
  đoàn tỉnh B đến thăm và cảm ơn tỉnh A đã giúp dập tắt đám cháy ngày 3/11"). The day after "cảm ơn …
  đã …" is the deed's, an earlier milestone; the page's occasion is the thanks, dated later;
- a **letter received that tells what was done before it**: "Chiều 5/8, huyện A cho biết vừa nhận được
  công văn của huyện B … Theo đó, trong các ngày 3 đến 4/8, huyện B đã tìm kiếm …". The letter's day
  is read as a document's ("the occasion it asks for comes later", verdicts._WHY_RECEIVED); when every
  other day of an occasion comes after it in the text but BEFORE it in time, none is the occasion it
  asks for: they are what the letter tells, and the day the letter arrived is the occasion reported;
- a **letter received, told as news** (round 55, late55b): "Ngày 5/5, đại diện UBND huyện A cho biết địa phương
  nhận được văn bản của … B đề nghị …". When the page dates no other occasion at all, and a reporting verb
  (:data:`TOLD_WORDS`: "cho biết", "cho hay", "thông báo", "xác nhận") stands between the day and "nhận được" in
  its clause, the day is when the locality told it: the announcement's (the corpus's convention for "Ngày …,
  tỉnh A cho biết đã có văn bản …"). A letter whose clause tells no one reporting it stays a document's date.

Each shape is a row of :data:`RULES` (name, an example written for it, the reading), and each has
its counter-shapes, kept by tests (tests/test_round43_late43d.py). A day is compared with another
only when both have no year or the same year (a wrong year is worse than no year). All patterns are
matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..messages import M_
from .year_thanked_visit import THANKS_WORDS

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["RULES", "THANKS_FOR", "told_before"]

#: rule name -> (an example, our own sentences; how it is read)
RULES: tuple[tuple[str, str, str], ...] = (
    ("thanked_deed",
     "Ngày 6/11, đoàn công tác tỉnh B đã đến thăm và gửi lời cảm ơn tỉnh A đã hỗ trợ dập tắt đám cháy ngày 3/11.",
     "3/11 is the deed thanked for (past, an other milestone); the thanks of 6/11 is the occasion"),
    ("thanked_deed_alone (counter-shape)",
     "Ông X cảm ơn các đại biểu đã về dự Hội nghị ngày 3/11 tại tỉnh A.",
     "no later day of an occasion on the page: 3/11 is kept (the thanks may be said at that occasion)"),
    ("thanks_dated_first (counter-shape)",
     "Sáng 3/11, lãnh đạo tỉnh A cảm ơn tỉnh B đã hỗ trợ … (the day before the thanks)",
     "the day opens the thanks' sentence: it dates the thanks, kept"),
    ("letter_tells_earlier",
     "Chiều 5/8, UBND huyện A cho biết vừa nhận được công văn của huyện B nhờ giúp tìm kiếm … Theo đó, "
     "trong các ngày 3 đến 4/8, huyện B đã tìm kiếm dọc suối …",
     "3–4/8 is what the letter tells (past, an other milestone); the letter's arrival, 5/8, is the occasion"),
    ("letter_asks_later (counter-shape)",
     "Ngày 15/7, Sở A nhận được công văn của tỉnh B đề nghị … Ngày 20/7, đoàn tỉnh B đến làm việc tại Sở A.",
     "a later day is the occasion the letter asks for: the letter stays a document's date"),
    ("letter_told",
     "Ngày 12/6, đại diện UBND huyện A cho biết địa phương nhận được văn bản của huyện B (Trung Quốc) đề nghị "
     "phối hợp tổ chức phiên chợ biên giới. (no other day on the page)",
     "12/6 is the day the letter's receipt was told: the announcement's, the occasion reported"),
    ("letter_untold (counter-shape)",
     "Ngày 12/6, UBND huyện A nhận được văn bản của huyện B đề nghị … (no reporting verb, no other day)",
     "no one tells it on that day: the letter's day stays a document's (no date)"),
    ("occasion_then_letter (counter-shape)",
     "Ngày 3/8, đoàn tỉnh A thăm tỉnh B. … Ngày 10/8, tỉnh B nhận được thư cảm ơn của tỉnh A.",
     "the earlier day is told before the letter: it is the page's occasion, kept"),
)

#: "cảm ơn / tri ân … đã <verb>": the deed thanked for, up to the day, in one sentence (no full stop).
THANKS_FOR = r"\b" + THANKS_WORDS + r"\b[^.;!?\n]{0,240}?\bda\s+(?!(?:dang|phuong|nganh|so|dien|muc)\b)[^.;!?\n]{0,200}$"
_THANKS_FOR = re.compile(THANKS_FOR)
#: The words :data:`THANKS_FOR` cannot match without (``THANKS_WORDS``: cảm ơn, cảm tạ, cảm kích, tri ân, biết ơn),
#: looked for in the 400 characters before a day first (round 44, speed44: the sentence ends are found only then;
#: "cảm" alone would let every "cam kết" through).
THANKS_GATE = ("cam on", "cam ta", "cam kich", "tri an", "biet on")
_SENTENCE_END = re.compile(r"[.;!?]\s|\n")

_WHY_THANKED = M_("the deed a later thanks is for ('cảm ơn … đã … ngày …'): an earlier milestone")
_WHY_LETTER_TELLS = M_("told by a letter received later ('nhận được công văn …'): before the letter")
_WHY_LETTER_DAY = M_("the day a letter arrived, with nothing later it asks for: the occasion reported")

_WHY_LETTER_TOLD = M_("the day a letter's receipt was told ('cho biết … nhận được …'), no other day: the announcement's")

_OCCASIONS = ("event", "range")

#: The reporting verbs that make a received letter's day the telling's (letter_told; folded, whole words, between the
#: day and "nhận được"). "thông tin" is left out: it is as often a noun ("Trung tâm Thông tin tỉnh …").
TOLD_WORDS: tuple[tuple[str, str], ...] = (
    ("cho biet", "Ngày 12/6, đại diện UBND huyện A cho biết địa phương nhận được văn bản của …"),
    ("cho hay", "Sáng 3/4, lãnh đạo Sở Công Thương tỉnh A cho hay vừa nhận được công văn của …"),
    ("thong bao", "Ngày 8/9, UBND tỉnh A thông báo đã nhận được thư mời của tỉnh B …"),
    ("xac nhan", "Chiều 2/11, Sở Ngoại vụ tỉnh A xác nhận đã nhận được công hàm của …"),
)
_TOLD_RE = re.compile(r"\b(?:" + "|".join(w for w, _ in TOLD_WORDS) + r")\b")


def _key(m):
    """(year or 0, month, first day) of a day date; None where it has no day or month."""
    if m.kind != "date" or m.precision != "day" or not m.month or not m.day:
        return None
    return (m.year or 0, m.month, m.day)


def _last_key(m):
    k = _key(m)
    if k is None:
        return None
    return (m.end_year or k[0], m.end_month or k[1], m.end_day or k[2])


def _before(a, b) -> bool | None:
    """Is day-date ``a`` (its last day) before ``b``'s first? None where they cannot be compared (a year on one
    side only, or years that differ only on one side)."""
    ka, kb = _last_key(a), _key(b)
    if ka is None or kb is None or (a.year or 0) != (b.year or 0) or (a.end_year and a.end_year != a.year):
        return None
    return ka < kb


def _thanked(readings: list[Reading], folded: str) -> None:
    for r in readings:
        m = r.mention
        if r.verdict not in _OCCASIONS or _key(m) is None:
            continue
        lo = max(0, m.start - 400)
        before = folded[lo:m.start]
        if not any(w in before for w in THANKS_GATE):
            continue
        ends = [x.end() for x in _SENTENCE_END.finditer(before)]
        clause = before[ends[-1]:] if ends else before
        if not clause.strip() or not _THANKS_FOR.search(clause):
            continue
        if any(o is not r and o.verdict in _OCCASIONS and _before(m, o.mention) for o in readings):
            r.verdict, r.why = "past", _WHY_THANKED


def _told(folded: str, m) -> bool:
    """Does a reporting verb of :data:`TOLD_WORDS` stand between the day ``m`` and its clause's "nhận được"?"""
    at = folded.find("nhan duoc", m.end, m.end + 160)
    return at > 0 and _TOLD_RE.search(folded, m.end, at) is not None


def _next_paragraph(at: int, lead_end: int, paragraphs) -> bool:
    """Is offset ``at`` in the first paragraph after the lead (a sapo's dateline paragraph)?"""
    nxt = next(((s, e) for s, e in paragraphs if s >= lead_end), None)
    return nxt is not None and nxt[0] <= at < nxt[1]


def _letter(readings: list[Reading], folded: str, lead_end: int, paragraphs) -> None:
    letters = [r for r in readings if r.verdict == "document"]
    if not letters:
        return   # (round 44, speed44: a received letter is a document's day; verdicts imported only then)
    from .verdicts import _WHY_RECEIVED
    letters = [r for r in letters if r.why == _WHY_RECEIVED]
    if not letters:
        return
    if not any(r.verdict in _OCCASIONS for r in readings):   # nothing else dated: the telling (letter_told)
        told = next((r for r in letters if (r.in_lead or _next_paragraph(r.mention.start, lead_end, paragraphs))
                     and _told(folded, r.mention)), None)
        if told is not None:
            told.verdict, told.why = "event", _WHY_LETTER_TOLD
        return   # (with no occasion day, letter_tells_earlier has nothing to set before the letter)
    letters = [r for r in letters if r.in_lead]   # (letter_tells_earlier reads a letter of the lead only)
    if not letters:
        return
    letter = letters[0]
    occ = [r for r in readings if r.verdict in _OCCASIONS and r.mention.kind == "date"]
    if not occ or any(r.mention.start < letter.mention.start for r in occ + [x for x in readings
                                                                            if x.verdict == "caption"]):
        return   # an occasion told before the letter is the page's (occasion_then_letter)
    if not all(_before(r.mention, letter.mention) for r in occ):
        return   # a later day, or one not comparable: the occasion asked for (letter_asks_later)
    for r in occ:
        r.verdict, r.why = "past", _WHY_LETTER_TELLS
    letter.verdict, letter.why = "event", _WHY_LETTER_DAY


def told_before(readings: list[Reading], folded: str, lead_end: int = 0, paragraphs=()) -> None:
    """Apply :data:`RULES` to the readings (in place). ``lead_end``: where the lead ends; ``paragraphs``: the body's
    paragraph spans (letter_told reads a letter of the lead or of the paragraph after it)."""
    _thanked(readings, folded)
    _letter(readings, folded, lead_end, paragraphs)
