"""A year from a full date nearby and the article's cues, scored together (steps 3 and 4 of
:mod:`hoptac.core.extract.years`): :data:`NEARBY`, :data:`PROXIMITY`, :data:`THRESHOLD`.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DateMention
from .tense_words import WRITTEN
from .year_cue_kinds import NEW_YEAR_DAYS, cue_shift
from .year_cues import CUE, YearCue
from .year_from_stamp import SENTENCE_END as _SENTENCE_END
from .year_restated import restated_day
from ..text import fold

#: Another mention with a stated year near the mention (step 3), and what lowers it.
NEARBY = {
    "same_sentence": 100,
    "same_paragraph": 85,
    "within": 70,            # within REACH characters
    "past_marker": -45,      # its own sentence tells the past and is not the mention's
    "history": -20,          # the article has full dates of 3 or more different years
    "same_month": 10,        # a month and its year naming the mention's month: "tháng 10 vừa qua, … từ tháng 10/2024
                             # đến tháng 2/2025" is October 2024, not a tie of 2024 and 2025 (round 36, late36d)
}
REACH = 300
#: A cue counts more the nearer it is to the mention.
PROXIMITY = {"same_sentence": 15, "same_paragraph": 8, "within": 4, "far": 0}
THRESHOLD = 40
#: Two candidates of at least STRONG for different years within MARGIN of each other:
#: the evidence does not agree, and the year is unknown.
STRONG = 70
MARGIN = 10

#: Words that tell the past, in a nearby date's sentence (folded).
#: A bond's founding ("Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa", "thiết lập quan hệ", "ra đời") is the past
#: too: on a page with no stamp such a day lent its year to the lead's day (the year probe's variant
#: ``twinning``, scripts/year_probe.py).
PAST_MARKERS = ("da", "truoc do", "ky niem", "thanh lap", "tai lap", "tung", "nam truoc", "ket nghia",
                "thiet lap", "ra doi")
_PARAGRAPH_END = re.compile(r"\n")
#: A sentence that opens as a legal basis (folded, as ``own`` above starts): its date lends no year outside it.
_BASIS_OPENS = (" can cu ", " xet de nghi ")


#: The markers that fold like other words, as they must be written: "Đà Nẵng", "đa phương", "bóng đá" are "da";
#: "tỉnh Quảng Nam trước sáp nhập" holds "nam truoc" (fold22).
_WRITTEN_MARKERS = {"da": WRITTEN["da"], "nam truoc": WRITTEN["nam"] + " trước"}


def _tells_past(said: str, own: str) -> bool:
    """Does the sentence ``said`` (``own``: folded, spaced as above) hold a word of :data:`PAST_MARKERS`? Those of
    :data:`_WRITTEN_MARKERS` only as written there (or on a page written without accents; :mod:`.tense_words`)."""
    spaced = None
    for w in PAST_MARKERS:
        if f" {w} " not in own:
            continue
        written = _WRITTEN_MARKERS.get(w)
        if written is None or said.isascii():
            return True
        spaced = spaced or " " + " ".join(said.lower().split()) + " "
        if f" {written} " in spaced:
            return True
    return False


def _relation(text: str, a: int, b: int) -> str:
    """How two places relate: same_sentence, same_paragraph, within (REACH) or far."""
    lo, hi = min(a, b), max(a, b)
    if hi - lo > REACH:
        return "far"
    between = text[lo:hi]
    if _PARAGRAPH_END.search(between):
        return "within"
    return "same_paragraph" if _SENTENCE_END.search(between) else "same_sentence"


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (at most REACH characters either side)."""
    lo = max(0, start - REACH)
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    m = _SENTENCE_END.search(text, end, end + REACH)
    return text[lo:m.start() if m else end + REACH]


def anniversary_year_near(cue: YearCue, month: int, day: int | None) -> int:
    """The year of an occasion on day/month held for an anniversary on ``cue.day_month`` of
    ``cue.year``: the one that puts it nearest to the anniversary's day. An occasion on 28/12
    for '(7/1/1979 - 7/1/2024)' is on 28/12/2023, days before it, not a year after."""
    am, ad = cue.day_month
    target = date(cue.year, am, min(ad, 28))

    def apart(y: int) -> int:
        return abs((date(y, month, min(day or 15, 28)) - target).days)
    # the year before or after only within days of the anniversary, across the new year
    near = [y for y in (cue.year - 1, cue.year + 1) if apart(y) <= NEW_YEAR_DAYS * 2 and apart(y) < apart(cue.year)]
    return near[0] if near else cue.year


def _same_month(mention: DateMention, other: DateMention) -> bool:
    """Does ``other``, a month with its year ("tháng 10/2024", "tháng 10.2024"), name the month of ``mention``, a month
    or a day written without its year ("tháng 10 vừa qua", "Cuối tháng 10", "ngày 25/10")? A span's start or end that
    is the mention's month tells its year over the span's other end (a day of the month does not count: "ngày
    5/10/2024" is an occasion of its own, already near by its sentence)."""
    return (other.precision == "month" and other.end_year is None and mention.month is not None
            and mention.year is None and other.month == mention.month)


def _context(mention: DateMention, text: str, mentions, cues):
    """The best (score, -distance, year, cue) from dates nearby and the cues, or None
    (also when a strong candidate for another year comes within :data:`MARGIN` of it);
    and the best from the cues alone."""
    best: tuple | None = None
    best_cue: tuple | None = None
    every = []
    full_years = {m.year for m in mentions if m.kind == "date" and m.precision == "day" and m.year}
    anchored = {c.pos for c in cues if c.name in ("review_since", "bond_anniversary", "bond_founding")}  # another occasion's date
    for other in mentions:  # a full date nearby
        if (other is mention or other.kind != "date" or other.year is None or other.precision == "year"
                or other.start in anchored):
            continue
        gap = max(other.start - mention.end, mention.start - other.end, 0)
        if gap > REACH:
            continue
        where = _relation(text, mention.start, other.start)
        score = NEARBY[where if where != "far" else "within"]
        if where != "same_sentence":
            said = _sentence(text, other.start, other.end)
            own = " " + " ".join(fold(said).split()) + " "
            if own.startswith(_BASIS_OPENS):
                continue   # a legal basis's date ("Căn cứ Nghị quyết số …, ngày …") dates no other sentence's day
            if _tells_past(said, own):
                score += NEARBY["past_marker"]
        if len(full_years) >= 3:
            score += NEARBY["history"]
        if _same_month(mention, other):
            score += NEARBY["same_month"]
        year = other.end_year or other.year
        cand = (score, -gap, year, YearCue(other.start, year, "nearby_date", score, other.start, other.end))
        every.append(cand)
        best = cand if best is None or cand[:3] > best[:3] else best

    def tells_past(other) -> bool:
        said = _sentence(text, other.start, other.end)
        own = " " + " ".join(fold(said).split()) + " "
        return own.startswith(_BASIS_OPENS) or _tells_past(said, own)
    for cand in restated_day(mention, mentions, reach=REACH, tells_past=tells_past,
                             history=len(full_years) >= 3, text=text):  # the lead's day told again far below with its year
        every.append(cand)
        best = cand if best is None or cand[:3] > best[:3] else best
        best_cue = cand if best_cue is None or cand[:3] > best_cue[:3] else best_cue
    for cue in cues:  # the article's cues
        kind = CUE[cue.name]
        add = cue_shift(cue, kind, mention.month, mention.day)   # (year_cue_kinds)
        if add is None:
            continue  # in these months the cue may point to either of two years
        year = cue.year + add
        if cue.day_month is not None and mention.month and cue.name != "named_ahead":
            year = anniversary_year_near(cue, mention.month, mention.day)
        gap = abs(cue.pos - mention.start)
        score = cue.weight + PROXIMITY[_relation(text, mention.start, cue.pos)]
        cand = (score, -gap, year, cue)
        every.append(cand)
        best = cand if best is None or cand[:3] > best[:3] else best
        best_cue = cand if best_cue is None or cand[:3] > best_cue[:3] else best_cue
    if best is not None and best[0] >= STRONG and any(
            c[2] != best[2] and c[0] >= STRONG and best[0] - c[0] < MARGIN for c in every):
        best = (0, 0, None, None)  # the evidence does not agree: no year
    elif best is not None and best[2] is not None and best[0] < STRONG and any(
            c[2] is not None and c[2] != best[2] and c[0] == best[0] for c in every):
        # two weak cues of one score for two years ("“… Nghị quyết năm 2022 …, tạo tiền đề cho năm 2023” – …
        # tại Hội nghị … ngày 10.10"): only nearness would choose, and it tells nothing of the occasion
        best = (0, 0, None, None)
    return best, best_cue
