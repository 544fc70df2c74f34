"""A delegation's trip to a country, then the part of it spent with the one foreign partner (round 62, the lead).

A province's delegation often tours a country; the page tells the whole trip, then the day or the days of it spent
with the foreign locality the page is about. The trip's days date a tour of a country, no occasion between
localities; the part with the partner is the occasion:

| shape                                                           | main date                                  |
|-----------------------------------------------------------------|--------------------------------------------|
| "Đoàn công tác tỉnh A … có chuyến thăm và làm việc tại Hàn      | 16/9, the session with the province of B   |
| Quốc từ ngày 14 - 19/9/2022. … Ngày 16/9, trong khuôn khổ       |                                            |
| chuyến công tác, đoàn đã có buổi làm việc với … tỉnh B."        |                                            |
| "Từ 18-22/8, đoàn thành phố A đã có chuyến công tác tại Liên    | 20-22/8, the visit to the province of B    |
| bang Nga. Sau chương trình … ở Moskva ngày 18/8, từ 20-22/8     | (18/8 is told of Moscow, no partner's      |
| đoàn đã tới thăm và làm việc với lãnh đạo tỉnh B."              | clause)                                    |
| the trip "tại tỉnh B (Hàn Quốc)" itself                          | the trip: it is the partner's already      |
| the trip, then a day with province B and a day with province C  | the trip: a tour of two partners           |

Only when the chosen main date is a range whose sentence tells a trip (:data:`TRIP_WORDS`) to a country named after
"tại / đến / sang / ở" and names no foreign locality; the part is a date of that paragraph or the next
:data:`NEXT_PARAGRAPHS`, inside the trip's days, whose own clause (from the date to the next date or the sentence's
end) names a foreign locality, and every such part names the same one (its province). Matched on folded text.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from ..messages import M_
from ..places import VIETNAM
from ..places_index import _gazetteer
from ..scan import fast_fold
from .trips import sentence_start
from .year_cue_kinds import CUE, YearCue

__all__ = ["TRIP_WORDS", "NEXT_PARAGRAPHS", "countries_folded", "part_with_the_partner", "trip_part_main", "trip_year_cue"]

#: A delegation's trip, before the country it goes to (folded).
TRIP_WORDS = ("chuyen tham", "chuyen cong tac", "chuyen lam viec", "tham va lam viec", "tham, lam viec",
              "cong tac va lam viec")
#: How many paragraphs after the trip's the part may be told in.
NEXT_PARAGRAPHS = 2
_TRIP = re.compile(r"\b(?:" + "|".join(map(re.escape, TRIP_WORDS)) + r")\b")
_TO = re.compile(r"\b(?:tai|den|sang|o)\s+(?:nuoc\s+|vuong quoc\s+|lien bang\s+|cong hoa\s+|xu so\s+)?$")
_AHEAD = re.compile(r"\b(?:se|du kien|sap)\b")


@functools.cache
def countries_folded() -> tuple[tuple[str, str], ...]:
    """(a folded way of writing a partner country, its name), the longest first ("lien bang nga", "nga", …)."""
    names = {fast_fold(w).lower(): c for w, c in _gazetteer().country_names().items()}
    names.setdefault("viet nam", "Việt Nam")
    return tuple(sorted(names.items(), key=lambda kv: -len(kv[0])))


@functools.cache
def _country_re() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w, c in countries_folded() if c != "Việt Nam")
                      + r")(?!\w)")


def _days(m) -> tuple[tuple[int, int], tuple[int, int]] | None:
    if not (m.day and m.month):
        return None
    return (m.month, m.day), (m.end_month or m.month, m.end_day or m.day)


def _sentence(folded: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``pos`` within ``[lo, hi)``: from trips.sentence_start to the next full stop or line end."""
    s = sentence_start(folded, pos, lo)
    e = min((x for x in (folded.find(". ", pos, hi), folded.find(".\n", pos, hi), folded.find("\n", pos, hi)) if x >= 0),
            default=hi)
    return s, e


def _foreign_in(places, a: int, b: int) -> list[str]:
    """The provinces of the foreign localities named in ``[a, b)``."""
    return [p.candidates[0].province for p in places if a <= p.start < b and p.candidates
            and p.candidates[0].country not in (None, VIETNAM)]


def part_with_the_partner(folded: str, main, readings: Sequence, paragraphs: Sequence[tuple[int, int]],
                          places: Sequence):
    """The reading of the part of a trip to a country spent with its one foreign partner, and why, or None.
    ``main``: the chosen main reading (a range); ``readings``: the body's event and range readings; ``places``: the
    page's place mentions (each with ``start`` and its ``candidates``)."""
    m = main.mention
    trip_days = _days(m)
    if trip_days is None or m.end_day is None:
        return None
    pi = next((i for i, (a, b) in enumerate(paragraphs) if a <= m.start < b), None)
    if pi is None:
        return None
    p0, p1 = paragraphs[pi]
    s, e = _sentence(folded, m.start, p0, p1)
    trip = _TRIP.search(folded, s, e)
    if trip is None:
        return None
    country = next((c for c in _country_re().finditer(folded, trip.end(), e)
                    if _TO.search(folded, max(trip.end(), c.start() - 30), c.start())
                    and not any(p.start <= c.start() < p.end for p in places)), None)   # not "Lào Cai"
    if country is None or _foreign_in(places, s, e):
        return None   # no country, or the trip is to the partner itself ("tại tỉnh B (Hàn Quốc)")
    first, last = trip_days
    hi = paragraphs[min(len(paragraphs) - 1, pi + NEXT_PARAGRAPHS)][1]
    dated = sorted((r for r in readings if r is not main and r.verdict in ("event", "range")
                    and m.end <= r.mention.start < hi), key=lambda r: r.mention.start)
    parts = []
    for k, r in enumerate(dated):
        d = _days(r.mention)
        if d is None or not (first <= d[0] and d[1] <= last):
            continue
        q = r.mention
        rs, re_ = _sentence(folded, q.start, p0, hi)
        end = min([re_] + [o.mention.start for o in dated[k + 1:] if o.mention.start < re_])
        if _AHEAD.search(folded, rs, q.start):
            continue
        provinces = set(_foreign_in(places, q.end, end))
        if provinces:
            parts.append((r, provinces))
    if not parts or len(set().union(*(p for _, p in parts))) != 1:
        return None
    part = parts[0][0]
    name = dict(countries_folded()).get(country.group(0), country.group(0))
    return part, M_("a day of the trip to {country} ('{trip}') spent with the partner: the trip's days date a tour of "
                    "a country", country=name, trip=m.text)


def trip_year_cue(trip, part) -> YearCue | None:
    """The trip's year for its part (:func:`part_with_the_partner`), when the trip's days carry one and lie in one
    year ("từ ngày 10 - 15/10/2023"), and the part's own days carry none; else None."""
    year = trip.year
    if year is None or part.year is not None or (trip.end_year not in (None, year)):
        return None
    return YearCue(trip.start, year, "trip_year", CUE["trip_year"].weight, trip.start, trip.end)


def trip_part_main(main, why: str, folded: str, readings: Sequence, other: set[int],
                   paragraphs: Sequence[tuple[int, int]], places: Sequence, cues: list[YearCue]):
    """``(main, why)`` again, or the part of the trip the main range dates spent with the partner
    (:func:`part_with_the_partner`, among ``readings`` not in ``other``: ids of those told of another occasion) and
    why; the trip's year is added to ``cues`` for the part (:func:`trip_year_cue`)."""
    if main is None or main.verdict != "range":
        return main, why
    part = part_with_the_partner(folded, main, [r for r in readings if id(r) not in other], paragraphs, places)
    if part is None:
        return main, why
    if (cue := trip_year_cue(main.mention, part[0].mention)) is not None:
        cues.append(cue)   # "… từ ngày 14 - 19/9/2022. … Ngày 16/9, …": 2022
    return part
