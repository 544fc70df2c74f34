"""The in-memory event index every filter runs on: columns, not records.

Events are in timeline order (by date; unknown years, "--MM-DD", after every dated
event); a *rank* is a position in that order. The index keeps, per event, only what
the timeline and the filters need (date, flags, type, title, pair, parties'
provinces and levels), plus the rows of each province, type or level a filter asks
for (one numpy pass over its column, kept) and an article lookup. A filter is set
intersections and a
bisect over the sorted dates; free-text search looks its words up in the inverted
word index (``search.py``, ``wordindex.py``).

Full records are read only when asked for (``index.events[rank]``): from
``events.jsonl`` by offset for a database, from the list for an index built in
memory (:meth:`EventIndex.build`).
"""

from __future__ import annotations

import bisect
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from .colfile import Ragged
from .map2025 import same_unit_twice, to_unit, unit_members
from .records import LazyRecords, SegmentFiles
from .search import TextSearch, search_terms
from ..place_keys import former_names
from ..text import fold_query
from .fastdates import Window  # ascending ranks: a few early ones, then a range

if TYPE_CHECKING:
    import numpy as np

    from .cache import Columns
    from .query import Filter

__all__ = ["EventIndex", "LazyRecords", "search_terms"]


def _mapped_reach(ends: Any, dated: int) -> tuple[list[int], list[str]]:
    """``EventIndex._reach`` over a mapped end column (``mapped.TextColumn``): the ranges'
    ends as byte strings padded with zeros sort as the strings do (a shorter date before
    the longer ones it begins), so each is numbered by its place among the distinct ends
    and the running maximum taken over those numbers."""
    import numpy as np

    ranged = np.flatnonzero(ends.present()[:dated])
    if not len(ranged):
        return [], []
    k = int(ends.lengths()[ranged].max())
    padded = np.ascontiguousarray(ends.prefixes(ranged, k)).view(f"S{k}").ravel()
    distinct, number = np.unique(padded, return_inverse=True)
    names = [b.decode("utf-8") for b in distinct.tolist()]
    return ranged.tolist(), [names[i] for i in np.maximum.accumulate(number.ravel()).tolist()]


class EventIndex(TextSearch):
    """Events in timeline order with what filters need; see the module docstring."""

    def __init__(self, cols: Columns | None, events: Sequence[dict[str, Any]],
                 articles: Callable[[int], dict[str, Any] | None] | None = None,
                 search_lines: list[str] | None = None, bodies: list[str] | None = None) -> None:
        self.cols = cols
        self.events = events
        self._article_at = articles
        self._search_lines = search_lines
        self._bodies = bodies
        self._article_by_id: Callable[[str], dict[str, Any] | None] | None = None
        self._arrays: dict[tuple[str, int], np.ndarray] = {}  # (province|level|type, code) → ranks
        self._provinces: list[str] | None = None
        self._article_np: np.ndarray | None = None
        self._article_pos: dict[str, int] | None = None
        self._reach_cache: tuple[list[int], list[str]] | None = None
        c = cols
        assert c is not None
        self.strings = c.strings
        # unknown years ("", "--MM-DD": FLAG_UNKNOWN) sort last: the first of them by a bisect
        self._dated = bisect.bisect_left(c.dates, True, key=lambda d: not d or d.startswith("--"))

    # -- building ---------------------------------------------------------------------
    @classmethod
    def build(cls, events: Iterable[dict[str, Any]],
              article: Callable[[str], dict[str, Any] | None] | None = None) -> "EventIndex":
        """An index over records in memory (tests, small sets, read-only databases);
        ``article(id)`` gives the article records (their bodies are searched too)."""
        # the caches' builder (and the search text's folding), not imported for an index
        # opened from the caches: the app's first frame does without them
        from .cache import FLAG_INFERRED, FLAG_MAIN, FLAG_UNKNOWN, Columns, _sort_key
        from .searchtext import body_haystack, event_haystack

        evs = sorted(events, key=_sort_key)
        strings: dict[str, int] = {}

        def code(s: str) -> int:
            return strings.setdefault(s, len(strings))

        aids: dict[str, int] = {}
        cols = Columns(
            strings=[], dates=[], ends=[], flags=[], types=[], titles=[], pairs=[], provinces=[], levels=[],
            article=[], ev_off=[], ev_len=[], sidx=[], article_ids=[], art_seg=[], art_off=[], art_len=[],
            line_rank=[], folder=Path("."),
        )
        for ev in evs:
            date = ev.get("date") or ""
            parties = ev.get("parties") or ()
            cols.dates.append(date)
            cols.ends.append(ev.get("date_end"))
            cols.flags.append((FLAG_INFERRED if ev.get("year_inferred") else 0) | (FLAG_MAIN if ev.get("main") else 0)
                              | (FLAG_UNKNOWN if (not date or date.startswith("--")) else 0))
            cols.types.append(code(ev.get("type") or "other"))
            cols.titles.append(code(ev.get("title") or ""))
            cols.pairs.append([code(p) for p in ev.get("pair") or ()])
            cols.provinces.append([code(p.get("province") or "") for p in parties])
            cols.levels.append([code(p.get("level") or "") for p in parties])
            cols.article.append(aids.setdefault(ev.get("article_id") or "", len(aids)))
        cols.strings = list(strings)
        cols.article_ids = list(aids)
        cols.pairs, cols.provinces, cols.levels = (Ragged.from_lists(x) for x in (cols.pairs, cols.provinces, cols.levels))
        bodies = None
        if article is not None:
            bodies = [body_haystack(article(a) or {}) for a in cols.article_ids]
        index = cls(cols, evs, search_lines=[event_haystack(e) for e in evs], bodies=bodies)
        index._article_by_id = article
        return index

    @classmethod
    def from_columns(cls, cols: Columns) -> "EventIndex":
        """An index over a database's caches (``cache.load_columns``)."""
        fds = getattr(cols, "fds", None)  # mapped columns: the files opened with them (``mapped``)
        # mapped: where the records lie is not checked whole first (nor read until used):
        # each record read is checked against its own CRC-32 anyway
        part = getattr(cols, "unchecked", lambda name: getattr(cols, name))
        events = LazyRecords(cols.folder / "events.jsonl", part("ev_off"), part("ev_len"), crcs=part("ev_crc"),
                             fd=fds.pop("events.jsonl") if fds else None,
                             segments=SegmentFiles(cols.folder, cols.seg_names or []))
        from .segrecords import SegmentRecords  # the articles, where the segments hold them

        arts = SegmentRecords(cols.folder, cols.seg_names or [], part("art_seg"), part("art_off"), part("art_len"),
                              part("art_crc"), cols.folder / "articles.jsonl",
                              fd=fds.pop("articles.jsonl") if fds else None)
        index = cls(cols, events, articles=lambda i: arts[i])
        if fds:
            # the search files opened with the columns: a ``wordindex.Pinned`` when search
            # first needs them (that module imports numpy: not before the first frame)
            from .search import OpenFiles

            index._pinned_fds = OpenFiles(fds)
            fds.clear()
        else:
            index.pin_search_files()
        return index

    # -- facts -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.cols.dates)

    def date(self, rank: int) -> str:
        return self.cols.dates[rank]

    def date_end(self, rank: int) -> str | None:
        return self.cols.ends[rank]

    def _rows(self, kind: str, value: str) -> "np.ndarray":
        """The ranks with ``value`` as their type or among their parties' provinces or
        levels (``rankset.rows_with``: one vectorised pass over that column, a few
        milliseconds at a million events), found when a filter first asks, and kept."""
        from .rankset import EMPTY, rows_with  # numpy: loaded when first needed

        code = self._code(value)
        if code is None:
            return EMPTY
        got = self._arrays.get((kind, code))
        if got is None:
            got = self._arrays[(kind, code)] = rows_with(self.cols, kind, code)
        return got

    def _set(self, kind: str, value: str) -> set[int]:
        return set(self._rows(kind, value).tolist())

    def _province_rows(self, province: str, map_: str | None) -> "np.ndarray":
        """The ranks with a party in ``province`` (on ``map_``: in its unit); a region the
        gazetteer renamed also under its former names (events read before, ``former_names``)."""
        from .rankset import union

        if not map_:
            former = former_names(province)
            if not former:
                return self._rows("province", province)
            return union([self._rows("province", p) for p in (province, *former)])

        return union([self._rows("province", m) for m in sorted(unit_members(to_unit(province)))])

    def warm(self) -> None:
        """Build the article lookup, the list of provinces and the date ranges' reach now
        (e.g. in a background thread after loading), so no key waits for them; each
        filter's rows are found when it is first asked (:meth:`_set`)."""
        self.provinces()
        self.release_pages()   # each step's mapped pages let go of before the next's are read
        ids = self.cols.article_ids
        if hasattr(ids, "build_lookup"):  # mapped: the ids' hashes, not a table of strings
            ids.build_lookup()
        else:
            self._article_code("")
        self.release_pages()
        self._reach()
        self.release_pages()

    def _code(self, s: str) -> int | None:
        """The code of a province, level or type name (None: no event has it as one)."""
        if not hasattr(self, "_codes"):
            names = getattr(self.cols, "names", None)  # mapped: rows.json names them, no table decoded
            self._codes = names if names is not None else {v: i for i, v in enumerate(self.strings)}
        return self._codes.get(s)

    def provinces(self) -> list[str]:
        if self._provinces is None:
            import numpy as np

            from .rankset import ints

            flat = ints(self.cols.provinces.flat)
            codes = np.flatnonzero(np.bincount(flat)).tolist() if len(flat) else []
            self._provinces = sorted((self.strings[c] for c in codes if self.strings[c]), key=fold_query)
        return list(self._provinces)

    def partners_of(self, province: str) -> list[str]:
        code = self._code(province)
        found = {p for r in self._set("province", province) for p in self.cols.provinces[r] if p != code}
        return sorted((self.strings[p] for p in found if self.strings[p]), key=fold_query)

    def partner_counts(self, province: str) -> dict[str, int]:
        code = self._code(province)
        out: dict[str, int] = {}
        for r in self._set("province", province):
            for p in set(self.cols.provinces[r]):
                if p != code and self.strings[p]:
                    out[self.strings[p]] = out.get(self.strings[p], 0) + 1
        return out

    def _article_code(self, article_id: str) -> int | None:
        ids = self.cols.article_ids
        if hasattr(ids, "last_index"):  # mapped: one search in the map, no lookup table held
            return ids.last_index(article_id)
        if self._article_pos is None:
            self._article_pos = {a: i for i, a in enumerate(self.cols.article_ids)}
        return self._article_pos.get(article_id)

    def of_article(self, article_id: str) -> list[int]:
        """The ranks of one article's events: one vectorised comparison over the article
        column (a million events: about a millisecond, and nothing built up front)."""
        code = self._article_code(article_id)
        if code is None:
            return []
        import numpy as np  # loaded when first needed: start-up stays quick

        if self._article_np is None:
            art = self.cols.article
            self._article_np = np.frombuffer(art, dtype=np.int64) if isinstance(art, array) else np.asarray(art)
        return np.flatnonzero(self._article_np == code).tolist()

    def article(self, article_id: str) -> dict[str, Any] | None:
        if self._article_by_id is not None:
            return self._article_by_id(article_id)
        code = self._article_code(article_id)
        if code is None or self._article_at is None:
            return None
        return self._article_at(code)

    def year_counts(self, ranks: Sequence[int]) -> dict[int | None, int]:
        """Events per year among ``ranks`` (ascending): a bisect per year, not a scan."""
        counts: dict[int | None, int] = {}
        dates = self.cols.dates
        i, n = 0, len(ranks)
        while i < n:
            d = dates[ranks[i]]
            if not d[:4].isdigit():
                counts[None] = n - i
                break
            year = int(d[:4])
            first_after = bisect.bisect_left(dates, f"{year + 1:04d}", 0, self._dated)
            j = bisect.bisect_left(ranks, first_after, i)
            counts[year] = j - i
            i = j
        return counts

    def pair_counts(self, ranks: Sequence[int]) -> list[tuple[tuple[str, ...], int]]:
        counts: dict[tuple[int, ...], int] = {}
        pairs = self.cols.pairs
        for r in ranks:
            key = tuple(pairs[r])
            counts[key] = counts.get(key, 0) + 1
        named = [(tuple(self.strings[c] for c in k), n) for k, n in counts.items()]
        return sorted(named, key=lambda kv: (-kv[1], [fold_query(p) for p in kv[0]]))

    # -- filtering ---------------------------------------------------------------------
    def _reach(self) -> tuple[list[int], list[str]]:
        """The dated ranks that have an end date (ranges: few), and for each the latest
        end among them so far — it never decreases, so a bisect finds the first range
        that can still reach a bound. Built on the first ``since`` filter: one C-speed
        pass over the end column (about 10 ms a million events), then the ranges only."""
        if self._reach_cache is None:
            from itertools import accumulate, compress

            ends = self.cols.ends
            if hasattr(ends, "present"):  # mapped: the same with numpy, no end decoded twice
                self._reach_cache = _mapped_reach(ends, self._dated)
            else:
                ranged = list(compress(range(self._dated), ends))
                self._reach_cache = (ranged, list(accumulate((ends[r] for r in ranged), max)))
        return self._reach_cache

    def _date_range(self, since: str | None, until: str | None) -> "Window":
        """The dated ranks that overlap ``since``..``until``: those starting inside it,
        plus the earlier events whose range reaches ``since`` (however many events that
        end sooner lie between them and the bound)."""
        dates, ends = self.cols.dates, self.cols.ends
        lo, hi = 0, self._dated
        early: list[int] = []
        if since:
            lo = bisect.bisect_left(dates, since, 0, self._dated)
            # an event that starts before `since` but ends on or after it still overlaps;
            # none can before the first rank whose running latest end reaches `since`
            ranged, reach = self._reach()
            k = bisect.bisect_left(reach, since)
            early = [r for r in ranged[k:bisect.bisect_left(ranged, lo)] if ends[r] >= since]
        if until:
            # "2018-12-31" must include "2018-12" and "2018" (reduced precision)
            hi = bisect.bisect_right(dates, until + "~", 0, self._dated)
        early = [r for r in early if r < hi]
        return Window(early, range(lo, max(lo, hi)))

    def filter(self, flt: "Filter", should_stop: Callable[[], bool] | None = None, *,
               bodies: bool = True, compact: bool = False) -> list[int]:
        """The ranks of the events ``flt`` admits, ascending. ``bodies=False`` searches
        the events' own text only (the app shows that first, then the full answer).
        ``compact``: an ``array("i")`` rather than a list where numpy found them
        (``rankset.as_ranks``: the app's answers, up to a million ranks, in 4 MB)."""
        import numpy as np  # the criteria are arrays of ranks (``rankset``)

        from .rankset import intersect

        arrays: list[np.ndarray] = []
        if flt.pair:
            arrays += [self._province_rows(flt.pair[0], flt.map), self._province_rows(flt.pair[1], flt.map)]
        if flt.province:
            arrays.append(self._province_rows(flt.province, flt.map))
        if flt.type:
            arrays.append(self._rows("type", flt.type))
        if flt.level:
            arrays.append(self._rows("level", flt.level))
        if flt.article_id:
            arrays.append(np.asarray(self.of_article(flt.article_id), dtype=np.int64))
        if flt.person:
            from .people import person_ranks

            arrays.append(np.array(sorted(person_ranks(self, flt.person)), dtype=np.int64))
        window: Window | range = (self._date_range(flt.since, flt.until) if (flt.since or flt.until)
                                   else range(len(self)))
        if arrays:
            ranks = intersect(arrays, window, compact)
        elif flt.search and isinstance(window, range):   # a search reads the range as it is
            return self._search(window, flt.search, should_stop, bodies, compact=compact)
        else:
            ranks = list(window)
        if flt.pair and (flt.pair[0] == flt.pair[1] or (flt.map and to_unit(flt.pair[0]) == to_unit(flt.pair[1]))):
            ranks = same_unit_twice(self, ranks, flt.pair[0], flt.map)
        if flt.search:
            ranks = self._search(ranks, flt.search, should_stop, bodies, compact=compact)
        return ranks
