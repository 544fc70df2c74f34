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
   than the stamp (:data:`NAMES_THE_OCCASION`): then the cue's year. A stamp more than 45 days after
   the main event's day (or a day a photo shows held more than a week after the stamp, :mod:`held_after_stamp`)
   is a late copy's: no year, unless the bounds, a cue or a weekday of the page agree (:mod:`stamp_lag`).
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

from .dates import DateMention
from .tense_words import NAM
from .weekdays import WEEKDAYS, weekday_disagrees
from .year_bounds import Bounds, follow_year, outside, years_within
from .year_cue_kinds import NEW_YEAR_DAYS
from .year_cues import CUES, YearCue, anniversary_cues, find_year_cues
from .stamp_lag import far_from_stamp, supported
from .held_after_stamp import held_after_stamp
from .plan_year_kept import kept_year, period_kept
from .year_from_stamp import (AHEAD_DAYS, RELATIVE, _NAMES, _after_the_stamp, _from_published, _pub_date,
                              _reported_that_day, relative_anchor, told_on_the_stamps_day)
from .year_nearby import NEARBY, THRESHOLD, _context, _relation, anniversary_year_near
from ..text import fold

__all__ = ["weekday_disagrees", "WEEKDAYS", "YearCue", "CUES", "NEARBY", "THRESHOLD", "AHEAD_DAYS", "RELATIVE", "CONFLICT",
           "find_year_cues", "anniversary_cues", "infer_year", "relative_anchor", "year_cue_record",
           "anniversary_year_near", "NEW_YEAR_DAYS"]

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
# A stamp months after the main day in the stamp's own year (:func:`stamp_lag.far_from_stamp`) is a late copy's:
# no evidence on its own. When the page's strong cue (CONFLICT or more, agreeing with the best of every candidate,
# nearby dates included) gives an earlier year, that year is read as on a page with no stamp: "Tối 19/7, … khai
# mạc Những ngày văn hóa …" stamped 10/11/2024, "… nhân dịp kỷ niệm 55 năm thiết lập quan hệ ngoại giao và 40 năm
# ngày ký Hiệp ước …" (1962 + 55 = 1977 + 40 = 2017): 2017. A stamp near the day still makes a disagreeing cue no
# year (the stamp may be right and the cue another occasion's); a cue later than the stamp is never taken. Only an
# anniversary's cue: its year is counted from the page's own words for the occasion held for it; a named occasion's
# year in another sentence may be another edition's ("Hai bên nhắc lại Chương trình giao lưu đầu xuân năm 2024").
LATE_COPY_CUES = frozenset({"known_anniversary", "anniversary", "bond_anniversary"})
#: Words that make the named occasion an earlier one ("triển khai kết quả Chương trình giao
#: lưu đầu xuân năm 2024"): then it does not beat the stamp.
_EARLIER_ONE = re.compile(rf"\b(?:ket qua|tiep noi|tiep theo|thuc hien|trien khai|{NAM} truoc|nam ngoai|lan truoc|"
                          r"ky truoc)\b")   # ("tỉnh Quảng Nam trước sáp nhập": tense_words.NAM)


def infer_year(mention: DateMention, text: str, *, published: "datetime | date | None",
               mentions: list[DateMention], cues: list[YearCue] | None = None,
               clock: "datetime | date | None" = None, floor: date | None = None, bounds: Bounds | None = None,
               explain: bool = False, main: bool = False):
    """(year, year_source) for ``mention``; year_source is "stated", "published",
    "context" or "unknown" (then year is None). ``floor``: the latest date the article
    tells as earlier than the occasion; a year that would put the mention before it is
    no year. ``bounds`` (:func:`year_bounds.find_bounds`): a year from the cues outside
    them is no year, and when the cues give none, the one year the bounds admit for the
    day and month is the year. With ``explain=True``, a third member:
    the cue that gave the year (None for "published" and "unknown"). ``main``: the mention dates the
    main event (a stamp far after its day gives no year on its own: :mod:`stamp_lag`)."""
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
                and not (best_cue[3].name in _NAMES and _reported_that_day(mention, _pub_date(published))) \
                and not told_on_the_stamps_day(mention, text, _pub_date(published)):
            cue = best_cue[3]
            if (best_cue[2] < year and cue.name in NAMES_THE_OCCASION
                    and _relation(text, mention.start, cue.pos) == "same_sentence"
                    and not _EARLIER_ONE.search(fold(text[min(mention.end, cue.start):cue.start]))
                    and not _before(mention, best_cue[2], floor)
                    and not outside(bounds, best_cue[2], mention.month, mention.day)):
                # "Ngày 12/2, … Chương trình giao lưu đầu xuân năm 2024": the sentence names the
                # occasion with its year; a later stamp is a republication's
                return out(best_cue[2], "context", cue)
            if (main and anchor is None and cue.name in LATE_COPY_CUES and best is not None and best[2] == best_cue[2]
                    and best_cue[2] < year and far_from_stamp(mention, year, _pub_date(published), text) is not None
                    and not _before(mention, best_cue[2], floor)
                    and not outside(bounds, best_cue[2], mention.month, mention.day)):
                # a late copy's stamp (months after the day in its own year, stamp_lag) is no evidence: the page
                # reads as an unstamped one, and its strong cue of an earlier year gives the year (the note before _EARLIER_ONE)
                return out(best_cue[2], "context", cue)
            return out(None, "unknown")
        if _before(mention, year, floor) or (bounds is not None and bounds.lower is not None
                                             and _before(mention, year, bounds.lower.day)):
            return out(None, "unknown")  # the stamp puts it before what the article tells as earlier
        if _after_upper(mention, year, bounds):
            return out(None, "unknown")  # ... or after what it tells as ahead ("đang chuẩn bị kỷ niệm … (… – 20/10/2026)")
        if main and anchor is None and (far_from_stamp(mention, year, _pub_date(published), text) is not None
                                        or held_after_stamp(mention, year, _pub_date(published), text)) \
                and supported(mention, year, best, THRESHOLD, years_within(bounds, mention.month, mention.day)) is None:
            return out(None, "unknown")  # stamped months after the day (a late copy's), or weeks before a day shown held
        return out(year, "published")
    if best is not None and clock is not None and best[2] is not None and best[2] > _pub_date(clock).year:
        best = None  # later than the page's clock: impossible
    if best is not None and best[2] is not None and best[3] is not None:
        lows = [d for d in (floor, bounds.lower.day if bounds is not None and bounds.lower is not None else None) if d]
        if kept_year(best[3], best[2], mention.month, mention.day, lower=max(lows, default=None),
                     clock=_pub_date(clock) if clock is not None else None):
            best = (best[0], best[1], best[3].year, best[3])   # plan_year's Y-1 ruled out by the page (plan_year_kept)
    if (best is None or best[0] < THRESHOLD or best[2] is None or _before(mention, best[2], floor)
            or outside(bounds, best[2], mention.month, mention.day)):
        years = years_within(bounds, mention.month, mention.day)
        if years is not None and len(years) == 1 and bounds.upper.name not in _TAKES_ONLY:  # the bounds leave one year
            # (not by the page's clock: a header rendered years ago is stale, an upper bound only -- round 21)
            lo, hi = bounds.lower, bounds.upper
            first, second = (lo, hi) if hi.start < 0 or lo.start <= hi.start else (hi, lo)
            cue = YearCue(first.start, years[0], "bounds", THRESHOLD, first.start, first.end,
                          also=(second.start, second.end) if second.start >= 0 else None)
            return out(years[0], "context", cue)
        if (best is None or best[0] < THRESHOLD or best[2] is None) and bounds is not None and bounds.lower is not None \
                and (kept := period_kept(cues, mention.month, mention.day, lower=bounds.lower.day)) is not None \
                and not outside(bounds, kept.year, mention.month, mention.day):
            return out(kept.year, "context", kept)   # a period's plan in November-December, Y-1 ruled out (plan_year_kept)
        follow = None if best is not None and best[0] >= THRESHOLD and best[2] is not None else (
            follow_year(bounds, mention.month, mention.day))   # a cue that disagrees: no year
        if follow is not None and not _before(mention, follow[1], floor):
            f = follow[0]
            return out(follow[1], "context", YearCue(f.start, follow[1], f.name, THRESHOLD, f.start, f.end))
        return out(None, "unknown")
    return out(best[2], "context", best[3])


def _after_upper(mention: DateMention, year: int, bounds: Bounds | None) -> bool:
    """Would the mention in ``year`` lie after the page's upper bound (an anniversary or a plan it tells as
    still ahead)? Then a stamp giving that year is a later copy's (a republication), not the occasion's."""
    if bounds is None:
        return False
    ahead = [b for b in bounds.every if b.name in _TOLD_AHEAD]
    return bool(ahead) and outside(Bounds(upper=min(ahead, key=lambda b: b.day)), year, mention.month, mention.day)


#: The upper bounds the text tells as ahead (not the page's clock: a stale one is no sign of a copy), and the
#: pandemic told as present (year_pandemic): a stamp after them is a later copy's.
_TOLD_AHEAD = frozenset({"ahead_of_anniversary", "future_plan", "pandemic"})
#: Upper bounds that never give the one year the bounds leave: the page's clock (a stale header), the pandemic's end
#: (the pandemic's last year is no occasion's).
_TAKES_ONLY = frozenset({"clock", "pandemic"})


def _before(mention: DateMention, year: int | None, floor: date | None) -> bool:
    """Would the mention in ``year`` lie before ``floor`` -- the latest date the article
    tells as earlier (a document it implements, a background milestone, where a reviewed
    period starts)? Then the year contradicts the article."""
    if floor is None or year is None or mention.month is None:
        return False
    day = min(mention.day or 28, 28)
    return date(year, mention.month, day) < floor - timedelta(days=1)


#: Counters a site prints after its stamp on the same line ("15/03/2023 499 0": views, then comments):
#: bare numbers after the date (or its time of day) to the line's end, which the cue does not quote.
_COUNTERS_AFTER = re.compile(r"(?<=\d{4}|\d:\d\d)(?:\s+\d[\d.,]*)+$")


def _date_words(words: str) -> str:
    """The stamp's words without the counters glued on after its date (:data:`_COUNTERS_AFTER`)."""
    return _COUNTERS_AFTER.sub("", words) if words[-1:].isdigit() else words


def year_cue_record(text: str, cue: YearCue | None, source: str, published=None,
                    published_span: tuple[int, int] | None = None) -> dict | None:
    """The event's ``year_cue``: the words that gave its year and where they are
    ({"text", "span", "kind"}), or None when the year is unknown."""
    if source == "published":
        rec = {"text": "published " + (published.strftime("%d/%m/%Y") if published else "?"),
               "span": list(published_span) if published_span else None, "kind": "published"}
        if published_span:
            rec["text"] = _date_words(" ".join(text[published_span[0]:published_span[1]].split()))
        return rec
    if cue is None or cue.start < 0:
        return None
    words = " ".join(text[cue.start:cue.end].split())
    if cue.also is not None:
        words += " … " + " ".join(text[cue.also[0]:cue.also[1]].split())
    return {"text": words, "span": [cue.start, cue.end], "kind": cue.name}
