"""Free-text search: phrases of whole folded syllables, the last one a prefix while typed.

An event matches when every phrase of the query (``phrase.py``: syllables typed together,
adjacent and in order; phrases apart by commas or quotes) is in its own text (title, snippet,
names: an event *line*) or in its article's body (a body line: the article's number).
For a database the phrases are looked up in the inverted index (``wordindex``): one
syllable's postings, or a phrase's pairs of adjacent syllables (``wordpairs``: their
lines and every position they stand at; ``phrasemask`` joins them, so a line is read to
check only when it is too long for its positions to be recorded); each article's body
is checked first and an event's own text only when its article's body missed; each
phrase only on the events the ones before left, and the ranks read off. An index
built in memory (tests, small or read-only sets) checks its lines directly. If the word
index turns out damaged (its checksum or its numbers are off), search reads the text
lines instead — slowly, but right — and the caches are rebuilt at the next open. The
lines' text is not kept on disk: a line read is made again from its event's or its
article's record (``searchtext``), the words it was indexed with.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Callable, Sequence

import orjson

from .errors import StoreError
from .phrase import phrase_terms, term_words

if TYPE_CHECKING:
    import numpy as np

    from .wordindex import Pinned, WordIndex

__all__ = ["TextSearch", "search_terms", "phrase_mask"]


_PINNING = threading.Lock()
_OPENING = threading.Lock()   # one word index read at a time (``TextSearch._word_index``)


class OpenFiles(dict):  # type: ignore[type-arg]
    """File descriptors by name, closed when let go (what ``wordindex.Pinned`` does for
    them once search makes one of them: ``TextSearch._files``)."""

    def __del__(self) -> None:
        for fd in self.values():
            try:
                os.close(fd)
            except OSError:
                pass
        self.clear()


def __getattr__(name: str) -> Any:
    # ``phrase_mask`` (numpy) imported when first asked for: the index (a subclass of
    # TextSearch) opens for the app's first frame without numpy
    if name == "phrase_mask":
        from .phrasemask import phrase_mask

        return phrase_mask
    raise AttributeError(name)


def search_terms(needle: str) -> list[str]:
    """What to look for in the word lines of the caches: each phrase of the query as
    its syllables with a space around each (' thu duc '), the last syllable typed a
    prefix (' lao ca') unless the query ends with a space — so results follow what is
    typed. Phrases are separated by commas or quotes (``phrase.py``)."""
    return phrase_terms(needle)


class TextSearch:
    """The search half of :class:`~hoptac.core.store.index.EventIndex` (a mixin: it uses the
    index's ``cols``, ``_search_lines`` and ``_bodies``)."""

    cols: Any
    events: Sequence[dict[str, Any]]
    _article_at: Callable[[int], dict[str, Any] | None] | None
    _search_lines: list[str] | None
    _bodies: list[str] | None
    _words: WordIndex | None = None
    _rank_lines: tuple[np.ndarray, np.ndarray] | None = None
    _index_damaged = False
    _pinned: Pinned | None = None
    _pinned_fds: OpenFiles | None = None  # the search files opened with mapped columns, not yet a Pinned

    def pin_search_files(self) -> None:
        """Open the files search will read now, with the records: if another process
        rebuilds the caches meanwhile, this index keeps reading what it was opened on."""
        from .wordindex import Pinned

        try:
            self._pinned = Pinned(self.cols.folder)
        except OSError:
            self._pinned = None  # opened at the first search instead

    def warm_search(self) -> None:
        """Read the word index now, so the first search does not wait for it."""
        if self._search_lines is None and not self._index_damaged:
            from .wordindex import DamagedIndex

            try:
                self._word_index().warm()
                self.release_pages()   # the blocks' heads read to list them: not needed in memory
            except DamagedIndex:
                self._give_up_index()
            except OSError:
                pass  # unreadable now: the first search will say so

    def release_pages(self) -> None:
        """Let go of the pages of the mapped cache files (columns.bin, words.bin) read so
        far: they stay in the page cache, and are mapped again when read again. The app
        calls it once an answer is built, so each answer's peak memory is what it reads,
        not what every answer before it read."""
        words = self._words
        if words is not None:
            words.release()
        release = getattr(self.cols, "release", None)   # mapped columns only
        if release is not None:
            release()

    def _word_index(self) -> WordIndex:
        if self._words is None:
            from .wordindex import WordIndex  # numpy and the index load on the first search

            # once: the app's warm-up thread reads it while a search typed meanwhile (its
            # worker thread) waits for it, not a second copy read beside it (the vocabulary,
            # the blocks: at a million events two copies went past 400 MB at the peak)
            with _OPENING:
                if self._words is None:
                    c = self.cols
                    self._words = WordIndex(self._files(), c.words or {},
                                            {"e": len(c.line_rank), "b": len(c.article_ids)})
        return self._words

    def _files(self) -> Pinned:
        """The cache files search reads, pinned when the index was opened (or now)."""
        if self._pinned is None:
            from .wordindex import Pinned  # numpy: not before the first frame (``EventIndex.from_columns``)

            with _PINNING:  # the fds opened with the columns become one Pinned, once
                if self._pinned is None:
                    fds, self._pinned_fds = self._pinned_fds, None
                    if fds:
                        pinned = Pinned.__new__(Pinned)
                        pinned.fds = dict(fds)
                        fds.clear()  # now the Pinned's to close
                        self._pinned = pinned
                    else:
                        self._pinned = Pinned(self.cols.folder)
        return self._pinned

    def _line_columns(self) -> tuple[np.ndarray, np.ndarray]:
        """rank → its event line, rank → its article's body line (the article's number)."""
        if self._rank_lines is None:
            import numpy as np

            from .rankset import ints

            # copies as int64 (16 MB at a million events), not the mapped int32 views: every
            # search indexes with them whole, and views cost each search its page faults
            # after the pages were let go of and an int32 index array numpy casts first
            # (a phrase's 20 ms became 35)
            c = self.cols
            self._rank_lines = (ints(c.sidx).astype(np.int64), ints(c.article).astype(np.int64))
        return self._rank_lines

    def _give_up_index(self) -> None:
        """The word index is damaged: search reads the text lines from now on, and the
        caches are marked stale so that the next open rebuilds them (when no other
        process is writing; otherwise the damage is found again next time)."""
        from .storage import StoreError, WriteLock

        self._index_damaged = True
        self._words = None
        folder = self.cols.folder
        try:
            with WriteLock(folder.with_name(folder.name.removesuffix(".d")), timeout=0):
                rows = folder / "rows.json"
                current = orjson.loads(rows.read_bytes()).get("words")
                if current == self.cols.words:  # still the index found damaged, not a newer one
                    rows.unlink()
        except (OSError, ValueError, AttributeError, StoreError):
            pass

    def _line_text(self, kind: str, line: int) -> str:
        """Line ``line`` of ``kind`` ("e": an event's own words; "b": an article's title
        and body), made again from its record as when it was indexed. A record that
        cannot be read (it fails its checksum: said when it is shown) holds nothing."""
        from .searchtext import body_haystack, event_haystack  # the folding tables: not before the first frame

        try:
            if kind == "b":
                art = self._article_at(line) if self._article_at is not None else None
                return body_haystack(art) if isinstance(art, dict) else ""
            rank = int(self.cols.line_rank[line])
            return event_haystack(self.events[rank]) if rank >= 0 else ""   # -1: a replaced article's line
        except (StoreError, ValueError, OSError):
            return ""

    def _holding(self, kind: str, lines: np.ndarray, term: str,
                 should_stop: Callable[[], bool] | None = None) -> np.ndarray:
        """Which of ``lines`` (line numbers of ``kind``) hold ``term``: a boolean each."""
        import numpy as np

        want, back = np.unique(np.asarray(lines, dtype=np.int64), return_inverse=True)
        got = np.zeros(len(want), dtype=bool)
        for i, line in enumerate(want.tolist()):
            if i % 1024 == 1023 and should_stop is not None and should_stop():
                break
            got[i] = term in self._line_text(kind, line)
        return got[back.ravel()]

    def _search(self, ranks: Sequence[int], needle: str, should_stop: Callable[[], bool] | None,
                bodies: bool = True, *, compact: bool = False) -> list[int]:
        """Events (among ``ranks``, ascending: a list, or a range of every event) where
        every word of ``needle`` (folded) is in the event's own text or, with ``bodies``,
        in its article's body."""
        terms = search_terms(needle)
        if not terms:
            return list(ranks)
        if self._search_lines is not None:  # an index built in memory
            return self._search_small(ranks, terms, bodies)
        import numpy as np

        from .wordindex import DamagedIndex

        try:
            index = None if self._index_damaged else self._word_index()
        except DamagedIndex:
            index = None
            self._give_up_index()
        line_of, article_of = self._line_columns()
        if index is not None and len(terms) > 1:
            terms = self._most_selective_first(index, terms)
        everything = len(ranks) == len(line_of)
        alive: np.ndarray | None = None if everything else np.asarray(ranks, dtype=np.int64)
        for term in terms:  # each phrase is checked only on the events the ones before left
            hit: np.ndarray | None = None
            own = line_of if alive is None else line_of[alive]
            art = article_of if alive is None else article_of[alive]
            if index is not None:
                try:
                    if bodies:   # the bodies first: an event whose article holds the phrase is not looked at again
                        hit = self._phrase_mask(index, term, "b", alive, should_stop)[art]
                        miss = np.flatnonzero(~hit)
                        rest = miss if alive is None else alive[miss]
                        hit[miss] = self._phrase_mask(index, term, "e", rest, should_stop)[own[miss]]
                    else:
                        hit = self._phrase_mask(index, term, "e", alive, should_stop)[own]
                except DamagedIndex:
                    index = None
                    self._give_up_index()
            if hit is None:
                # the slow way, for when the word index cannot be trusted: each line read
                hit = self._holding("e", own, term, should_stop)
                if bodies:
                    hit |= self._holding("b", art, term, should_stop)
            alive = np.flatnonzero(hit) if alive is None else alive[hit]
            if should_stop is not None and should_stop():
                return []
            if not len(alive):
                return []
        assert alive is not None
        if compact:   # 4 bytes a rank (``rankset.as_ranks``), no Python int made
            from .rankset import as_ranks

            return as_ranks(alive, True)
        from .gcpause import gc_paused

        with gc_paused():   # up to a million ints: no full collection meanwhile
            return alive.tolist()

    def _most_selective_first(self, index: WordIndex, terms: list[str]) -> list[str]:
        """The phrases ordered by how many lines may hold them (one syllable: its lines;
        several: the lines of its rarest pair; events' own text, plus articles weighted
        by their events): the rarest is checked first."""
        per_article = len(self.cols.dates) / max(1, len(self.cols.article_ids))

        def candidates(term: str) -> float:
            words = term_words(term)
            total = 0.0
            for kind, weight in (("e", 1.0), ("b", per_article)):
                if len(words) == 1:
                    total += weight * int(index.mask(kind, index.ids(words[0][0], prefix=words[0][1])).sum())
                    continue
                # at most the lines of its rarest pair of syllables
                rarest = None
                for (a, _whole), (b, prefix) in zip(words, words[1:]):
                    first, seconds = index.id_of(a), index.ids(b, prefix=prefix)
                    got = 0 if first is None or not len(seconds) else index.pair_lines(kind, first, seconds).bound
                    rarest = got if rarest is None else min(rarest, got)
                total += weight * (rarest or 0)
            return total

        return sorted(terms, key=candidates)

    def _phrase_mask(self, index: WordIndex, term: str, kind: str, within: np.ndarray | None,
                     should_stop: Callable[[], bool] | None) -> np.ndarray:
        """Which lines of ``kind`` hold the phrase ``term`` (:func:`phrase_mask`), among
        the lines the events ``within`` use (None: all) when it has three syllables or
        more (fewer are answered by postings alone: nothing to narrow)."""
        import numpy as np

        from .phrasemask import phrase_mask

        used = None
        if within is not None and len(term_words(term)) > 2:
            line_of, article_of = self._line_columns()
            used = np.zeros(index.sizes[kind], dtype=bool)
            used[(line_of if kind == "e" else article_of)[within]] = True

        def read(lines: np.ndarray) -> np.ndarray:
            return lines[self._holding(kind, lines, term, should_stop)]

        return phrase_mask(index, term, kind, used, read)

    def _search_small(self, ranks: Sequence[int], words: list[str], with_bodies: bool) -> list[int]:
        lines, article = self._search_lines, self.cols.article
        bodies = self._bodies if with_bodies else None
        assert lines is not None
        out = []
        for r in ranks:
            own = lines[r]
            if all(w in own or (bodies is not None and w in bodies[article[r]]) for w in words):
                out.append(r)
        return out

