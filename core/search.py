"""Free-text search over the caches: whole folded words, the last one a prefix.

Each event's folded words are one line of ``search.txt`` (held in memory as one string);
each article's body is one line of ``bodies.txt`` (streamed from disk in line-aligned
chunks, so memory stays flat). A query's rarest word picks the candidates — one
``find`` per matching line, in C — and the other words are checked on those only.
"""

from __future__ import annotations

import bisect
import os
import re
from typing import Any, Callable

from .text import fold_query

__all__ = ["TextSearch", "search_terms"]

_CHUNK = 8 << 20  # bodies are read 8 MB at a time


def search_terms(needle: str) -> list[str]:
    """What to look for in the word lines of the caches: each word whole (' sa '), the
    last one as a prefix (' ca') unless the query ends with a space — so results follow
    what is typed: 'lao ca' already finds Lào Cai."""
    words = _TERM_WORDS.findall(fold_query(needle))
    if not words:
        return []
    terms = [f" {w} " for w in words[:-1]]
    terms.append(f" {words[-1]} " if needle.endswith(" ") else f" {words[-1]}")
    return list(dict.fromkeys(terms))


_TERM_WORDS = re.compile(r"[^\W_]+")


class TextSearch:
    """The search half of :class:`~hoptac.core.index.EventIndex` (a mixin: it uses the
    index's ``cols``, ``_search_lines``, ``_bodies`` and ``_article_ranks``)."""

    cols: Any
    _search_lines: list[str] | None
    _bodies: list[str] | None
    _search_blob: str | None
    _article_ranks: Callable[[], dict[int, list[int]]]

    def warm_search(self) -> None:
        """Read the search text now, so the first search does not wait for it."""
        if self._search_lines is None:
            self._search_text()
            self._rank_of_line()
            self._article_ranks()

    def _search(self, ranks: list[int], needle: str, should_stop: Callable[[], bool] | None,
                bodies: bool = True) -> list[int]:
        """Events where every word of ``needle`` (folded) is in the event's own text or in
        its article's body. The rarest word picks the candidates; the others are checked
        on those only."""
        words = search_terms(needle)
        if not words:
            return ranks
        if self._search_lines is not None:  # an index built in memory
            return self._search_small(ranks, words, bodies)
        blob = self._search_text()
        sample = blob[: 8 << 20]
        words.sort(key=lambda w: (sample.count(w), -len(w)))  # rarest first, judged on a sample
        first = words[0]
        article = self.cols.article
        cands = set(self._event_lines_with(first))  # one C find per matching line
        if bodies:
            cands |= self._events_of_articles(self._bodies_with(first, should_stop))
        allowed = set(ranks) if len(ranks) != len(self) else None
        out = []
        for n, r in enumerate(sorted(cands)):
            if allowed is not None and r not in allowed:
                continue
            if should_stop is not None and n % 4096 == 0 and should_stop():
                break
            own = self._event_text(r)
            body: str | None = None if bodies else ""
            ok = True
            for w in words[1:]:
                if w in own:
                    continue
                if body is None:
                    body = self._body_text(article[r])
                if w not in body:
                    ok = False
                    break
            if ok:
                out.append(r)
        return out

    def _search_small(self, ranks: list[int], words: list[str], with_bodies: bool) -> list[int]:
        lines, article = self._search_lines, self.cols.article
        bodies = self._bodies if with_bodies else None
        assert lines is not None
        out = []
        for r in ranks:
            own = lines[r]
            if all(w in own or (bodies is not None and w in bodies[article[r]]) for w in words):
                out.append(r)
        return out

    def _search_text(self) -> str:
        if self._search_blob is None:
            self._search_blob = (self.cols.folder / "search.txt").read_bytes().decode("utf-8", "replace")
        return self._search_blob

    def _rank_of_line(self) -> list[int]:
        """search.txt line → rank (-1: the line of a replaced article's event)."""
        if not hasattr(self, "_line_rank"):
            ranks = [-1] * len(self.cols.search_pos)
            for r, line in enumerate(self.cols.sidx):
                ranks[line] = r
            self._line_rank = ranks
        return self._line_rank

    def _event_lines_with(self, word: str) -> list[int]:
        """Ranks whose own search text has ``word``: one find per matching line."""
        blob, offs, rank_of = self._search_text(), self.cols.search_pos, self._rank_of_line()
        out = []
        n = len(offs)
        i = blob.find(word)
        while i != -1:
            line = bisect.bisect_right(offs, i) - 1
            if rank_of[line] >= 0:
                out.append(rank_of[line])
            i = blob.find(word, offs[line + 1]) if line + 1 < n else -1
        return out

    def _event_text(self, rank: int) -> str:
        blob, offs = self._search_text(), self.cols.search_pos
        line = self.cols.sidx[rank]
        return blob[offs[line]: offs[line + 1] if line + 1 < len(offs) else len(blob)]

    def _body_text(self, article: int) -> str:
        offs = self.cols.body_off
        if getattr(self, "_bodies_fd", None) is None:
            self._bodies_fd = os.open(self.cols.folder / "bodies.txt", os.O_RDONLY)
        end = offs[article + 1] if article + 1 < len(offs) else os.fstat(self._bodies_fd).st_size
        return os.pread(self._bodies_fd, end - offs[article], offs[article]).decode("utf-8", "replace")

    def _events_of_articles(self, articles: set[int]) -> set[int]:
        by = self._article_ranks()
        return {r for a in articles for r in by.get(a, ())}

    def _bodies_with(self, word: str, should_stop: Callable[[], bool] | None) -> set[int]:
        """Articles whose body has ``word``: bodies.txt read in line-aligned chunks (flat
        memory), one find per matching article."""
        offs = self.cols.body_off
        if not offs:
            return set()
        needle = word.encode("utf-8")
        path = self.cols.folder / "bodies.txt"
        size = path.stat().st_size
        found: set[int] = set()
        with open(path, "rb") as fh:
            start_line = 0
            while start_line < len(offs):
                if should_stop is not None and should_stop():
                    break
                start = offs[start_line]
                end_line = bisect.bisect_left(offs, start + _CHUNK, start_line + 1)
                end = offs[end_line] if end_line < len(offs) else size
                fh.seek(start)
                buf = fh.read(end - start)
                i = buf.find(needle)
                while i != -1:
                    line = bisect.bisect_right(offs, start + i, start_line, end_line) - 1
                    found.add(line)
                    nxt = (offs[line + 1] if line + 1 < len(offs) else size) - start
                    i = buf.find(needle, nxt)
                start_line = end_line
        return found
