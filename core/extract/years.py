"""The year of a date the text gives without one ("Chiều 8/3").

:func:`infer_year` weighs the evidence and says which kind gave the year:

1. ``"stated"``: the mention has its year ("ngày 19/9/2018").
2. ``"published"``: the page's publication time. Its year, unless the day and month
   would then lie more than ~2 months (:data:`AHEAD_DAYS`) after publication: an article
   published on 5 January about "28/12" means the December before. A relative date
   ("hôm qua", "tuần trước", "tháng trước", "năm ngoái", :data:`RELATIVE`) is counted
   back from the publication time first (``dateutil.relativedelta``). When a strong cue
   of the article (:data:`CONFLICT`) points to another year, the stamp may be a
   republication's, and the answer is "unknown": a wrong year is the worst answer --
   unless the cue names the occasion itself in the sentence that dates it and is earlier
   than the stamp (:data:`NAMES_THE_OCCASION`): then the cue's year.
3. and 4. ``"context"``: a full date nearby (:data:`NEARBY`) and the article's own cues
   (:mod:`hoptac.core.extract.year_cues`), scored together; the best score wins if it
   reaches :data:`THRESHOLD`. A full date nearby ("ngày 19/9/2018" within 300
   characters, best in the same sentence) usually wins; but a full date in another
   sentence that tells the past ("Theo đó, ngày 19/9/2018 ... đã ký kết", "kỷ niệm",
   "thành lập"), or one of several dates of different years (a history), loses to a
   strong cue such as a review of the period 2018-2023 (held in 2024).
5. ``"context"`` from bounds (:mod:`hoptac.core.extract.year_bounds`): what the article
   tells as earlier (the agreement signed, a legal basis, a meeting followed up, names
   after the 2025 merger) and as expected ("sẽ … tháng 12.2025"); a year from steps 3-4
   outside them is no year, and when exactly one year puts the day and month inside
   them, that is the year. A full date of another occasion is a bound, never the year.
   A stamp that puts the occasion before a lower bound is no year either.
   An earlier occasion the occasion follows up and tells as recent ("đoàn đã đến thăm
   vừa qua ngày 5/9/2025", a decision that sends the delegation, minutes carried out, a
   return visit) comes within about a year before it: when no cue gives a year, nor
   disagrees, the year is the one of the first such day and month after it
   (``follow_up``). Figures "as of" a day and "tiếp nối …" are lower bounds only.
6. ``(None, "unknown")``: nothing supports a year. A page clock (today's date in the
   site's header) is never a year; it only rules out later years.

With ``explain=True`` the answer has a third member: the :class:`YearCue` that gave
the year (its ``start``/``end`` are the words), which :func:`year_cue_record` turns
into the event's ``year_cue``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from .dates import DateMention
from .year_bounds import Bounds, follow_year, outside, years_within
from .year_cue_kinds import NEW_YEAR_DAYS, cue_shift
from .year_cues import CUE, CUES, YearCue, anniversary_cues, find_year_cues
from ..text import fold

__all__ = ["weekday_disagrees", "WEEKDAYS", "YearCue", "CUES", "NEARBY", "THRESHOLD", "AHEAD_DAYS", "RELATIVE", "CONFLICT",
           "find_year_cues", "anniversary_cues", "infer_year", "relative_anchor", "year_cue_record",
           "anniversary_year_near", "NEW_YEAR_DAYS"]

#: Another mention with a stated year near the mention (step 3), and what lowers it.
NEARBY = {
    "same_sentence": 100,
    "same_paragraph": 85,
    "within": 70,            # within REACH characters
    "past_marker": -45,      # its own sentence tells the past and is not the mention's
    "history": -20,          # the article has full dates of 3 or more different years
}
REACH = 300
#: A cue counts more the nearer it is to the mention.
PROXIMITY = {"same_sentence": 15, "same_paragraph": 8, "within": 4, "far": 0}
THRESHOLD = 40
AHEAD_DAYS = 62
#: A cue of the article that disagrees with the publication year and scores at least
#: this makes the year unknown (the stamp may be a republication's). 65: a named occasion, a
#: plan's or a review's year, an anniversary, wherever they are in the page; a plan noun, a
#: period or a bare "năm Y" only in the sentence that dates the occasion. (85 until the seventh
#: dates round: on the 301 pages of the learning sets no stamp-given year meets a cue of 40 or
#: more that disagrees, so nothing there changes; with a later date line put above each page --
#: a republication's stamp -- 95 main years turned wrong at 85, 66 at 65, 63 at 40: the rest are
#: pages whose text has no year evidence at all.)
CONFLICT = 65
#: Cues that name the occasion itself with its year ("Chương trình giao lưu đầu xuân năm 2024",
#: "Tuần lễ văn hóa … 2022"): in the sentence that dates it, such a cue beats a later
#: publication stamp (a republication's), where other cues only make the year unknown.
NAMES_THE_OCCASION = frozenset({"spring", "named_year", "quoted_name", "anniversary", "known_anniversary",
                                "review_since"})
#: Words that make the named occasion an earlier one ("triển khai kết quả Chương trình giao
#: lưu đầu xuân năm 2024"): then it does not beat the stamp.
_EARLIER_ONE = re.compile(r"\b(?:ket qua|tiep noi|tiep theo|thuc hien|trien khai|nam truoc|nam ngoai|lan truoc|"
                          r"ky truoc)\b")
#: Two candidates of at least STRONG for different years within MARGIN of each other:
#: the evidence does not agree, and the year is unknown.
STRONG = 70
MARGIN = 10

#: Words that tell the past, in a nearby date's sentence (folded).
PAST_MARKERS = ("da", "truoc do", "ky niem", "thanh lap", "tai lap", "tung", "nam truoc")

#: Relative dates, counted back from the publication time (folded words just before
#: the mention, or the mention's own words): words -> relativedelta.
RELATIVE: tuple[tuple[str, relativedelta, str], ...] = (
    (r"hom qua|chieu qua|sang qua|toi qua|trua qua|dem qua", relativedelta(days=1), "Chiều qua (7/3): the day before"),
    (r"tuan truoc|tuan qua", relativedelta(weeks=1), "tuần trước: a week before"),
    (r"thang truoc", relativedelta(months=1), "tháng trước: a month before"),
    (r"nam ngoai|nam truoc|nam qua", relativedelta(years=1), "năm ngoái: a year before"),
)
_RELATIVE = [(re.compile(rf"\b(?:{p})\b"), d) for p, d, _ in RELATIVE]
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_PARAGRAPH_END = re.compile(r"\n")


def _pub_date(published) -> date:
    return published.date() if isinstance(published, datetime) else published


def relative_anchor(mention: DateMention, text: str, published) -> date | None:
    """The publication date moved back by a relative word said with the mention
    ('hôm qua', 'tuần trước', 'tháng trước', 'năm ngoái'), or None."""
    if published is None:
        return None
    near = fold(text[max(0, mention.start - 24):mention.end])
    for rx, delta in _RELATIVE:
        if rx.search(near):
            return _pub_date(published) - delta
    return None


#: An occasion told ahead: "tới" just after its date ("vào ngày 5/1 tới"), or a verb of the future
#: ("sẽ", "dự kiến", "sắp") as the first tense word of its clause after the date -- not after
#: "đã"/"vừa" ("Ngày 5/1, hai bên đã thống nhất sẽ …" is done). (On the text as written: "tới".)
_AHEAD_RIGHT_AFTER = re.compile(r"\s*(?:\(|,)?\s*tới\b")
_TENSE = re.compile(r"\b(?:se|du kien|sap|da|vua|dang)\b")


def _told_ahead(mention: DateMention, text: str) -> bool:
    """Is the occasion of ``mention`` told as still to come?"""
    if _AHEAD_RIGHT_AFTER.match(text, mention.end, mention.end + 8):
        return True
    rest = fold(text[mention.end:mention.end + 160])
    stop = _SENTENCE_END.search(rest)
    tense = _TENSE.search(rest, 0, stop.start() if stop else len(rest))
    return tense is not None and tense.group(0) in ("se", "du kien", "sap")


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


def _context(mention: DateMention, text: str, mentions, cues):
    """The best (score, -distance, year, cue) from dates nearby and the cues, or None
    (also when a strong candidate for another year comes within :data:`MARGIN` of it);
    and the best from the cues alone."""
    best: tuple | None = None
    best_cue: tuple | None = None
    every = []
    full_years = {m.year for m in mentions if m.kind == "date" and m.precision == "day" and m.year}
    anchored = {c.pos for c in cues if c.name == "review_since"}  # another occasion's date
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
            own = " " + " ".join(fold(_sentence(text, other.start, other.end)).split()) + " "
            if any(f" {w} " in own for w in PAST_MARKERS):
                score += NEARBY["past_marker"]
        if len(full_years) >= 3:
            score += NEARBY["history"]
        year = other.end_year or other.year
        cand = (score, -gap, year, YearCue(other.start, year, "nearby_date", score, other.start, other.end))
        every.append(cand)
        best = cand if best is None or cand[:3] > best[:3] else best
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
    return best, best_cue


#: The weekday a date is told with ("Sáng thứ Năm (5/12)", "Chủ nhật, 8/12") checks a year found for
#: it (stated dates with their weekday agree on every page of the learning sets): a year in which
#: the day falls on another weekday is no year.
_WEEKDAY = re.compile(r"\b(?:thu\s+(hai|ba|tu|nam|sau|bay|[2-7])(?![0-9])|(chu\s+nhat))\b")
WEEKDAYS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5,
            "2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}


def weekday_disagrees(mention: DateMention, year: int) -> bool:
    """Does the weekday written with ``mention`` disagree with its day in ``year``?"""
    if not (mention.day and mention.month) or mention.end_day is not None:
        return False   # (a range's weekday may be its first day's or its last's)
    w = _WEEKDAY.search(fold(mention.text))
    if w is None:
        return False
    try:
        real = date(year, mention.month, mention.day).weekday()
    except ValueError:
        return True
    return real != (6 if w.group(2) else WEEKDAYS[w.group(1)])


def infer_year(mention: DateMention, text: str, *, published: "datetime | date | None",
               mentions: list[DateMention], cues: list[YearCue] | None = None,
               clock: "datetime | date | None" = None, floor: date | None = None, bounds: Bounds | None = None,
               explain: bool = False):
    """(year, year_source) for ``mention``; year_source is "stated", "published",
    "context" or "unknown" (then year is None). ``floor``: the latest date the article
    tells as earlier than the occasion; a year that would put the mention before it is
    no year. ``bounds`` (:func:`year_bounds.find_bounds`): a year from the cues outside
    them is no year, and when the cues give none, the one year the bounds admit for the
    day and month is the year. With ``explain=True``, a third member:
    the cue that gave the year (None for "published" and "unknown")."""
    def out(year, source, cue=None):
        if year is not None and source != "stated" and weekday_disagrees(mention, year):
            year, source, cue = None, "unknown", None   # "thứ Năm (5/12)" is no Thursday that year
        return (year, source, cue) if explain else (year, source)

    if mention.year is not None:
        return out(mention.year, "stated", YearCue(mention.start, mention.year, "stated", 100, mention.start, mention.end))
    if cues is None:
        cues = find_year_cues(text, mentions=mentions)
    best, best_cue = _context(mention, text, mentions, cues)
    if published is not None:
        anchor = relative_anchor(mention, text, published)
        if anchor is not None and mention.month:
            # the nearest such day, never after the stamp ("hôm qua (4/1)" stamped 20/10/2023: no 4/1/2024)
            stamp = _pub_date(published)
            year: int | None = min((y for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                        if date(y, mention.month, min(mention.day or 1, 28)) <= stamp + timedelta(days=1)),
                       key=lambda y: abs((date(y, mention.month, min(mention.day or 1, 28)) - anchor).days))
        elif anchor is not None:
            year = anchor.year
        else:
            year = _from_published(mention, _pub_date(published), text)
            if year is None:
                return out(None, "unknown")
        if best_cue is not None and best_cue[0] >= CONFLICT and best_cue[2] != year \
                and not _after_the_stamp(mention, best_cue[2], _pub_date(published)) \
                and not (best_cue[3].name in _NAMES and _reported_that_day(mention, _pub_date(published))):
            cue = best_cue[3]
            if (best_cue[2] < year and cue.name in NAMES_THE_OCCASION
                    and _relation(text, mention.start, cue.pos) == "same_sentence"
                    and not _EARLIER_ONE.search(fold(text[min(mention.end, cue.start):cue.start]))
                    and not _before(mention, best_cue[2], floor)
                    and not outside(bounds, best_cue[2], mention.month, mention.day)):
                # "Ngày 12/2, … Chương trình giao lưu đầu xuân năm 2024": the sentence names the
                # occasion with its year; a later stamp is a republication's
                return out(best_cue[2], "context", cue)
            return out(None, "unknown")
        if _before(mention, year, floor) or (bounds is not None and bounds.lower is not None
                                             and _before(mention, year, bounds.lower.day)):
            return out(None, "unknown")  # the stamp puts it before what the article tells as earlier
        return out(year, "published")
    if best is not None and clock is not None and best[2] is not None and best[2] > _pub_date(clock).year:
        best = None  # later than the page's clock: impossible
    if (best is None or best[0] < THRESHOLD or best[2] is None or _before(mention, best[2], floor)
            or outside(bounds, best[2], mention.month, mention.day)):
        years = years_within(bounds, mention.month, mention.day)
        if years is not None and len(years) == 1:  # the bounds leave one year
            lo, hi = bounds.lower, bounds.upper
            first, second = (lo, hi) if hi.start < 0 or lo.start <= hi.start else (hi, lo)
            cue = YearCue(first.start, years[0], "bounds", THRESHOLD, first.start, first.end,
                          also=(second.start, second.end) if second.start >= 0 else None)
            return out(years[0], "context", cue)
        follow = None if best is not None and best[0] >= THRESHOLD and best[2] is not None else (
            follow_year(bounds, mention.month, mention.day))   # a cue that disagrees: no year
        if follow is not None and not _before(mention, follow[1], floor):
            f = follow[0]
            return out(follow[1], "context", YearCue(f.start, follow[1], f.name, THRESHOLD, f.start, f.end))
        return out(None, "unknown")
    return out(best[2], "context", best[3])


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


def _before(mention: DateMention, year: int | None, floor: date | None) -> bool:
    """Would the mention in ``year`` lie before ``floor`` -- the latest date the article
    tells as earlier (a document it implements, a background milestone, where a reviewed
    period starts)? Then the year contradicts the article."""
    if floor is None or year is None or mention.month is None:
        return False
    day = min(mention.day or 28, 28)
    return date(year, mention.month, day) < floor - timedelta(days=1)


def year_cue_record(text: str, cue: YearCue | None, source: str, published=None,
                    published_span: tuple[int, int] | None = None) -> dict | None:
    """The event's ``year_cue``: the words that gave its year and where they are
    ({"text", "span", "kind"}), or None when the year is unknown."""
    if source == "published":
        rec = {"text": "published " + (published.strftime("%d/%m/%Y") if published else "?"),
               "span": list(published_span) if published_span else None, "kind": "published"}
        if published_span:
            rec["text"] = " ".join(text[published_span[0]:published_span[1]].split())
        return rec
    if cue is None or cue.start < 0:
        return None
    words = " ".join(text[cue.start:cue.end].split())
    if cue.also is not None:
        words += " … " + " ".join(text[cue.also[0]:cue.also[1]].split())
    return {"text": words, "span": [cue.start, cue.end], "kind": cue.name}
