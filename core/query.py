"""One filter for the command line, the app and export alike, over an in-memory index.

The store is read once; :class:`EventIndex` sorts the events by date and keeps
small indexes (province → events, type → events, level → events, folded search
text) so that a filter is a few set intersections and a bisect, never a scan of
TinyDB.

Positions ("ranks") are indexes into ``EventIndex.events``, which is in timeline
order: by date, with events of unknown year ("--MM-DD") after all dated ones.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Sequence

from . import places
from .places_match import fast_fold
from .text import fold_query

__all__ = ["Filter", "EventIndex", "parse_pair", "parse_province", "parse_date_bound", "EVENT_TYPES", "LEVELS"]

EVENT_TYPES = ("conference", "signing", "visit", "announcement", "other")
LEVELS = ("tỉnh", "thành phố", "thị xã", "huyện", "quận")


class FilterError(ValueError):
    """A filter value a user typed that cannot be understood (one-line message)."""


def parse_province(text: str) -> str:
    """A province (or foreign partner) name, any accents or case → canonical name."""
    name = text.strip()
    if not name:
        raise FilterError("empty province name")
    place = places.resolve(name)
    if place is None:
        raise FilterError(f"unknown province or partner: {name!r}")
    return place.province


def parse_pair(text: str) -> tuple[str, str]:
    """``"lao cai,yen bai"`` → ``("Lào Cai", "Yên Bái")`` (sorted canonical names)."""
    sep = "," if "," in text else (";" if ";" in text else None)
    parts = [p for p in text.split(sep)] if sep else []
    if len(parts) != 2:
        raise FilterError(f"a pair is two names separated by a comma, e.g. \"Lào Cai,Yên Bái\"; got {text!r}")
    a, b = (parse_province(p) for p in parts)
    return (a, b) if fold_query(a) <= fold_query(b) else (b, a)


def parse_date_bound(text: str, *, end: bool) -> str:
    """``2018``, ``2018-03``, ``2018-03-08`` (or ``8/3/2018``) → an ISO bound."""
    t = text.strip()
    import re

    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", t)
    if not m:
        m2 = re.fullmatch(r"(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})", t)
        if not m2:
            raise FilterError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        d, mo, y = m2.group(1), m2.group(2), m2.group(3)
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", f"{y}-{mo}" + (f"-{d}" if d else ""))
        assert m
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        raise FilterError(f"not a date: {text!r} (month {mo})")
    if d and not 1 <= int(d) <= 31:
        raise FilterError(f"not a date: {text!r} (day {d})")
    iso = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if d else "")
    if end:
        # an end bound covers the whole year/month it names
        return iso + ("-12-31" if not mo else ("-31" if not d else ""))
    return iso


@dataclass(frozen=True, slots=True)
class Filter:
    """What the user asked for. Empty fields mean "any"."""

    pair: tuple[str, str] | None = None
    province: str | None = None
    since: str | None = None      # ISO date (bound), inclusive
    until: str | None = None      # ISO date (bound), inclusive
    type: str | None = None
    level: str | None = None
    search: str = ""
    article_id: str | None = None  # the events of one article (the app's "same article" view)

    def is_empty(self) -> bool:
        return self == Filter()

    def as_dict(self) -> dict[str, Any]:
        """The filters in use, for an export document (only the ones set)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if value not in (None, "", ()):
                out[key] = list(value) if isinstance(value, tuple) else value
        return out

    def describe(self) -> str:
        """A short human line: ``pair Lào Cai – Yên Bái · 2018–2020 · conference``."""
        bits: list[str] = []
        if self.pair:
            bits.append(f"{self.pair[0]} – {self.pair[1]}")
        if self.province:
            bits.append(self.province)
        if self.since or self.until:
            bits.append(f"{self.since or '…'} → {self.until or '…'}")
        if self.type:
            bits.append(self.type)
        if self.level:
            bits.append(self.level)
        if self.search:
            bits.append(f"“{self.search}”")
        if self.article_id:
            bits.append("one article")
        return " · ".join(bits)


def date_sort_key(event: dict[str, Any]) -> tuple[int, str, str, str]:
    date = event.get("date") or ""
    unknown = 1 if (not date or date.startswith("--")) else 0
    return (unknown, date, event.get("date_end") or "", event.get("title") or "")


def event_year(event: dict[str, Any]) -> int | None:
    date = event.get("date") or ""
    if len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


@dataclass(slots=True)
class EventIndex:
    """Events in timeline order, with the indexes a filter needs.

    ``article_text`` (optional) maps an article id to its text, for free-text
    search over article bodies; it is folded once, lazily, on the first search.
    """

    events: list[dict[str, Any]]
    article_text: Callable[[str], str | None] | None = None
    _by_province: dict[str, set[int]] = field(default_factory=dict)
    _by_type: dict[str, set[int]] = field(default_factory=dict)
    _by_level: dict[str, set[int]] = field(default_factory=dict)
    _by_article: dict[str, list[int]] = field(default_factory=dict)
    _dates: list[str] = field(default_factory=list)
    _dated: int = 0
    _haystack: list[str] | None = None
    _article_hay: dict[str, str] | None = None

    @classmethod
    def build(cls, events: Iterable[dict[str, Any]], article_text: Callable[[str], str | None] | None = None) -> "EventIndex":
        ordered = sorted(events, key=date_sort_key)
        index = cls(events=ordered, article_text=article_text)
        index._reindex()
        return index

    def _reindex(self) -> None:
        self._dates = []
        for rank, ev in enumerate(self.events):
            date = ev.get("date") or ""
            if date and not date.startswith("--"):
                self._dates.append(date)
            for party in ev.get("parties") or ():
                prov = party.get("province")
                if prov:
                    self._by_province.setdefault(prov, set()).add(rank)
                level = party.get("level")
                if level:
                    self._by_level.setdefault(level, set()).add(rank)
            self._by_type.setdefault(ev.get("type") or "other", set()).add(rank)
            self._by_article.setdefault(ev.get("article_id") or "", []).append(rank)
        self._dated = len(self._dates)

    def __len__(self) -> int:
        return len(self.events)

    # -- facts the UI shows ----------------------------------------------------------
    def provinces(self) -> list[str]:
        return sorted(self._by_province, key=fold_query)

    def partners_of(self, province: str) -> list[str]:
        ranks = self._by_province.get(province, set())
        found: set[str] = set()
        for r in ranks:
            for party in self.events[r].get("parties") or ():
                p = party.get("province")
                if p and p != province:
                    found.add(p)
        return sorted(found, key=fold_query)

    def of_article(self, article_id: str) -> list[int]:
        return list(self._by_article.get(article_id, []))

    def year_counts(self, ranks: Sequence[int]) -> dict[int | None, int]:
        counts: dict[int | None, int] = {}
        for r in ranks:
            y = event_year(self.events[r])
            counts[y] = counts.get(y, 0) + 1
        return counts

    def pair_counts(self, ranks: Sequence[int]) -> list[tuple[tuple[str, ...], int]]:
        counts: dict[tuple[str, ...], int] = {}
        for r in ranks:
            pair = tuple(self.events[r].get("pair") or ())
            counts[pair] = counts.get(pair, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], [fold_query(p) for p in kv[0]]))

    # -- filtering -------------------------------------------------------------------
    def _date_range(self, since: str | None, until: str | None) -> range:
        lo = 0
        hi = self._dated
        if since:
            lo = bisect.bisect_left(self._dates, since)
            # an event that starts before `since` but ends after it still overlaps:
            # step back over events whose date_end reaches the bound
            while lo > 0 and (self.events[lo - 1].get("date_end") or "") >= since:
                lo -= 1
        if until:
            # "2018-12-31" must include "2018-12" and "2018" (reduced precision)
            hi = bisect.bisect_right(self._dates, until + "~")
        return range(lo, max(lo, hi))

    def filter(self, flt: Filter, should_stop: Callable[[], bool] | None = None) -> list[int]:
        """The ranks (timeline positions) of the events ``flt`` admits, ascending."""
        sets: list[set[int] | list[int]] = []
        if flt.pair:
            a, b = flt.pair
            sets.append(self._by_province.get(a, set()))
            sets.append(self._by_province.get(b, set()) if a != b else self._by_province.get(a, set()))
        if flt.province:
            sets.append(self._by_province.get(flt.province, set()))
        if flt.type:
            sets.append(self._by_type.get(flt.type, set()))
        if flt.level:
            sets.append(self._by_level.get(flt.level, set()))
        if flt.article_id:
            sets.append(set(self._by_article.get(flt.article_id, [])))
        if flt.since or flt.until:
            window = self._date_range(flt.since, flt.until)
            candidates: Iterable[int] = window
        else:
            candidates = range(len(self.events))
        if sets:
            smallest = min(sets, key=len)
            others = [s for s in sets if s is not smallest]
            window_set = candidates if isinstance(candidates, range) else set(candidates)
            ranks = sorted(r for r in smallest if r in window_set and all(r in s for s in others))
        else:
            ranks = list(candidates)
        if flt.pair and flt.pair[0] == flt.pair[1]:
            ranks = [r for r in ranks if _both_sides(self.events[r], flt.pair[0])]
        if flt.search:
            ranks = self._search(ranks, flt.search, should_stop)
        return ranks

    def _search(self, ranks: list[int], needle: str, should_stop: Callable[[], bool] | None) -> list[int]:
        words = fold_query(needle).split()
        if not words:
            return ranks
        hay = self._event_haystack()
        art_hay = self._article_haystack()
        out: list[int] = []
        for n, r in enumerate(ranks):
            if should_stop is not None and n % 4096 == 0 and should_stop():
                return out
            h = hay[r]
            if all(w in h for w in words):
                out.append(r)
                continue
            body = art_hay.get(self.events[r].get("article_id") or "")
            if body is not None and all(w in h or w in body for w in words):
                out.append(r)
        return out

    def _event_haystack(self) -> list[str]:
        if self._haystack is None:
            hay = []
            for ev in self.events:
                bits = [ev.get("title") or "", ev.get("snippet") or "", ev.get("location") or ""]
                bits += [p.get("name") or "" for p in ev.get("parties") or ()]
                bits += [p.get("name") or "" for p in ev.get("people") or ()]
                hay.append(fold_query(" ".join(bits)))
            self._haystack = hay
        return self._haystack

    def _article_haystack(self) -> dict[str, str]:
        if self._article_hay is None:
            out: dict[str, str] = {}
            if self.article_text is not None:
                for aid in self._by_article:
                    text = self.article_text(aid)
                    if text:
                        # stored text is NFC already; words are matched one by one,
                        # so the fast same-length fold is enough here
                        out[aid] = fast_fold(text)
            self._article_hay = out
        return self._article_hay


def _both_sides(event: dict[str, Any], province: str) -> bool:
    """A pair (X, X): two distinct parties of the same province (e.g. a city and its province)."""
    return sum(1 for p in event.get("parties") or () if p.get("province") == province) >= 2
