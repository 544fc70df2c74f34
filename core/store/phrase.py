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
    """Of the ``candidates`` (line numbers holding every syllable of ``term``), those
    whose line holds the term itself. The file is mapped, not copied: each check is one
    search between where line ``i`` begins (``offsets[i]``) and where the next does."""
    import numpy as np

    if not len(candidates):
        return candidates
    needle = term.encode("utf-8")
    keep = np.zeros(len(candidates), dtype=bool)
    n = len(offsets)
    with mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as mm:
        size = len(mm)
        find = mm.find
        for j, line in enumerate(candidates.tolist()):
            start = offsets[line]
            end = offsets[line + 1] if line + 1 < n else _line_end(mm, start, size)
            if find(needle, start, end) >= 0:
                keep[j] = True
            if should_stop is not None and not j % 4096 and j and should_stop():
                break
    return candidates[keep]


def _line_end(mm: mmap.mmap, start: int, size: int) -> int:
    """Where the line at ``start`` ends (lines appended since are not part of it)."""
    cut = mm.find(b"\n", start)
    return size if cut < 0 else cut
