"""Phrases: what a search query means, and how a phrase is checked on a line.

Vietnamese words and names are several syllables ("Thủ Đức", "du lịch", "Đỗ Đức Duy"),
so syllables typed together are one *phrase*: they must appear adjacent and in order
(accents and case optional). Several phrases are separated by commas or written in
quotes; each must match::

    thu duc                  one phrase: "thu" directly followed by "duc"
    lao cai, du lich         two phrases, both required
    "lào cai" "du lịch"      the same, quoted
    "lao cai" du lich        quoted and unquoted mixed: two phrases

While a query is typed its last syllable is a prefix ("lao ca" already finds Lào Cai);
a query ending with a space, a comma or a closing quote has only whole syllables.

A phrase becomes a *term*: its folded syllables with one space around each, as the
lines of the search caches are written (``searchtext.words_line``): " thu duc " (whole)
or " thu du" (the last one a prefix). A line holds the phrase exactly when the term is
a substring of it — that is how every search path checks it.
"""

from __future__ import annotations

import mmap
import os
import re
import unicodedata
from typing import TYPE_CHECKING, Callable, Sequence

from ..text import fold_query

if TYPE_CHECKING:
    import numpy as np

__all__ = ["parse_phrases", "phrase_terms", "term_words", "verify_lines"]

_SYLLABLES = re.compile(r"[^\W_]+")
_QUOTES = "\"“”„«»"
_SEPARATORS = ",;"


def parse_phrases(needle: str) -> list[tuple[list[str], bool]]:
    """The phrases of a query, each ``(folded syllables, last one is a prefix)``."""
    text = unicodedata.normalize("NFKC", needle or "")
    raw: list[tuple[str, bool]] = []   # (phrase text, closed by what followed it)
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch in _QUOTES:
            raw.append(("".join(buf), True))
            buf = []
            quoted = not quoted
        elif ch in _SEPARATORS and not quoted:
            raw.append(("".join(buf), True))
            buf = []
        else:
            buf.append(ch)
    raw.append(("".join(buf), False))
    out: list[tuple[list[str], bool]] = []
    for i, (part, closed) in enumerate(raw):
        words = _SYLLABLES.findall(fold_query(part))
        if not words:
            continue
        last = all(not _SYLLABLES.findall(fold_query(p)) for p, _c in raw[i + 1:])
        open_end = last and not closed and not part[-1:].isspace()
        out.append((words, open_end))
    return out


def phrase_terms(needle: str) -> list[str]:
    """The terms of a query (see the module docstring), without repeats."""
    terms = []
    for words, prefix in parse_phrases(needle):
        term = " " + " ".join(words)
        terms.append(term if prefix else term + " ")
    return list(dict.fromkeys(terms))


def term_words(term: str) -> list[tuple[str, bool]]:
    """A term's syllables, each ``(syllable, is a prefix)``: only the last can be."""
    words = term.split()
    prefix = not term.endswith(" ")
    return [(w, prefix and i == len(words) - 1) for i, w in enumerate(words)]


def verify_lines(fd: int, offsets: Sequence[int], candidates: np.ndarray, term: str,
                 should_stop: Callable[[], bool] | None = None) -> np.ndarray:
    """Of the ``candidates`` (line numbers, ascending, holding every syllable of
    ``term``), those whose line holds the term itself. The file is mapped, not copied.
    Few candidates: one search in each line (``offsets[i]`` is where line ``i`` begins).
    Many: every line of the stretch they span is tested, in pieces of a few megabytes
    split at line breaks, which costs less per line than finding each candidate."""
    import numpy as np

    if not len(candidates):
        return candidates
    needle = term.encode("utf-8")
    n = len(offsets)
    last = int(candidates[-1])
    if last + 1 < n and len(candidates) * DENSE_BYTES < offsets[last + 1] - offsets[int(candidates[0])]:
        return _read_each(fd, offsets, candidates, needle, should_stop)
    with mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as mm:
        lo = offsets[int(candidates[0])]
        hi = offsets[last + 1] if last + 1 < n else _line_end(mm, offsets[last], len(mm))
        if len(candidates) * DENSE_BYTES < hi - lo:
            return _each_line(mm, offsets, candidates, needle, should_stop)
        found = _occurrences(mm, np.asarray(offsets, dtype=np.int64), int(candidates[0]), last, hi, needle,
                             should_stop)
    return candidates[np.isin(candidates, found, assume_unique=True)]


DENSE_BYTES = 700  # above one candidate in this many bytes, test every line of the stretch instead


def _read_each(fd: int, offsets: Sequence[int], candidates: np.ndarray, needle: bytes,
               should_stop: Callable[[], bool] | None) -> np.ndarray:
    """Few candidates, none the file's last line: each line read by itself (no mapping
    of the whole file to set up and tear down)."""
    import numpy as np

    keep = np.zeros(len(candidates), dtype=bool)
    pread = os.pread
    at = np.asarray(offsets, dtype=np.int64) if not isinstance(offsets, np.ndarray) else offsets
    starts = at[candidates]
    sizes = (at[candidates + 1] - starts).tolist()
    for j, (start, size) in enumerate(zip(starts.tolist(), sizes)):
        if needle in pread(fd, size, start):
            keep[j] = True
        if should_stop is not None and not j % 4096 and j and should_stop():
            break
    return candidates[keep]


def _each_line(mm: mmap.mmap, offsets: Sequence[int], candidates: np.ndarray, needle: bytes,
               should_stop: Callable[[], bool] | None) -> np.ndarray:
    import numpy as np

    keep = np.zeros(len(candidates), dtype=bool)
    n, size, find = len(offsets), len(mm), mm.find
    for j, line in enumerate(candidates.tolist()):
        start = offsets[line]
        end = offsets[line + 1] if line + 1 < n else _line_end(mm, start, size)
        if find(needle, start, end) >= 0:
            keep[j] = True
        if should_stop is not None and not j % 4096 and j and should_stop():
            break
    return candidates[keep]


def _occurrences(mm: mmap.mmap, offsets: np.ndarray, first: int, last: int, end: int, needle: bytes,
                 should_stop: Callable[[], bool] | None, step: int = 16 << 20) -> np.ndarray:
    """The lines ``first``..``last`` that hold ``needle`` (``end``: where line ``last``
    ends): stretches of whole lines are copied, split at their line breaks and each line
    tested with ``in`` (a C search; the Python step per line is the cheapest there is)."""
    import numpy as np

    hits = []
    line = first
    while line <= last:
        a = int(offsets[line])
        stop = min(max(int(np.searchsorted(offsets, a + step, side="left")), line + 1), last + 1)
        b = int(offsets[stop]) if stop <= last else end
        count = stop - line
        lines = mm[a:b].split(b"\n")
        if len(lines) < count:  # not one line per offset: check these one by one
            part = np.arange(line, stop, dtype=np.int64)
            hits.append(_each_line(mm, offsets, part, needle, None))
        else:
            found = np.fromiter((needle in x for x in lines[:count]), dtype=bool, count=count)
            hits.append(np.flatnonzero(found) + line)
        line = stop
        if should_stop is not None and should_stop():
            break
    return np.concatenate(hits) if hits else np.zeros(0, dtype=np.int64)


def _line_end(mm: mmap.mmap, start: int, size: int) -> int:
    """Where the line at ``start`` ends (lines appended since are not part of it)."""
    cut = mm.find(b"\n", start)
    return size if cut < 0 else cut


def match_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where the phrases of ``needle`` occur in ``text`` (original, unfolded): sorted,
    non-overlapping ``(start, end)`` spans, a syllable typed as a prefix widened to the
    whole syllable. Syllables match across any run of spaces and punctuation, as search
    does (its lines keep only the words)."""
    from ..scan import fast_fold

    phrases = parse_phrases(needle)
    if not phrases or not text:
        return []
    folded = fast_fold(text)  # same length as text: positions carry over
    spans: list[tuple[int, int]] = []
    for words, prefix in phrases:
        pattern = (r"(?<![^\W_])" + r"[\W_]+".join(re.escape(w) for w in words)
                   + (r"[^\W_]*" if prefix else r"(?![^\W_])"))
        spans.extend(m.span() for m in re.finditer(pattern, folded) if m.end() > m.start())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
