"""The page's capitalised words, found once for the places and the people.

:func:`capitals` gives a :class:`Capitals` table of a text: where each word that starts
with a capital letter (one no word character comes before) starts and ends, and its
folded form ("Lào" -> "lao"). The places (``places_match.Matcher.find``: the words that may
begin a name) and the people (``people_titled``: the words that may begin a title) read
it instead of each walking the page's capitals in Python:

* the spans come from the text's shape (:func:`hoptac.core.scan.shape`: "A" a capital,
  "a" another word character) cut by one ``re.split`` -- the words and the gaps between
  them as strings, made in C -- and their lengths summed (``itertools.accumulate``): no
  match object a word (a third of the cost of ``[m.span() for m in finditer]``);
* the folded forms are sliced by a list comprehension (its ``BUILD_SLICE`` is cheaper than
  ``map`` calling the ``slice`` type and ``str.__getitem__`` for each word: 0.1 M instructions
  a seed page less, round 25), and a word list filtered by a set with ``itertools.compress``.

The spans are :func:`hoptac.core.scan.capital_words`'s (tests/test_prefilters_*.py checks
it on generated text). The table of the last text asked is kept: the places and the
people of a page ask for the same text.
"""

from __future__ import annotations

import operator
import re
from itertools import accumulate, compress

from .scan import fast_fold, shape

__all__ = ["Capitals", "capitals"]

# the same words as scan._CAPITAL_WORD, as the separators of a split: the parts alternate
# gap, word, gap, word, ..., gap
_CAPITAL_SPLIT = re.compile(rb"(A(?<![Aa].)[Aa]*)")


class Capitals:
    """The capitalised words of one text: ``starts[i]``, ``ends[i]`` and ``words[i]``
    (folded), in order."""

    __slots__ = ("starts", "ends", "words")

    def __init__(self, starts: list[int], ends: list[int], words: list[str]):
        self.starts, self.ends, self.words = starts, ends, words

    def starts_of(self, keys: frozenset[str] | set[str]) -> list[int]:
        """Where the words whose folded form is one of ``keys`` start, in order."""
        return list(compress(self.starts, map(keys.__contains__, self.words)))

    def starts_of_or_after(self, keys: frozenset[str] | set[str], folded: str, befores: tuple[str, ...]) -> list[int]:
        """Where the words whose folded form is one of ``keys``, or that come right after
        one of ``befores`` (in ``folded``: ``folded.endswith(befores, 0, start)``), start, in order."""
        found = list(map(keys.__contains__, self.words))
        for i in compress(range(len(found)), map(operator.not_, found)):
            if folded.endswith(befores, 0, self.starts[i]):
                found[i] = True
        return list(compress(self.starts, found))

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, self.ends))


_LAST: tuple[str | None, Capitals | None] = (None, None)


def capitals(text: str, folded: str | None = None, shaped: bytes | None = None) -> Capitals | None:
    """The capitalised words of ``text`` (``folded``: ``fold(text)`` or the page's fast fold,
    which agree on every capitalised word; ``shaped``: the text's :func:`~hoptac.core.scan.shape`,
    if the caller has it); None where the shape is unsure (a letter outside the one-byte
    code: the callers then scan as before)."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    if shaped is None:
        shaped = shape(text)
    table = None
    if shaped is not None:
        cum = list(accumulate(map(len, _CAPITAL_SPLIT.split(shaped))))
        starts, ends = cum[0:-1:2], cum[1::2]
        if folded is None or len(folded) != len(text):
            folded = fast_fold(text)
        table = Capitals(starts, ends, [folded[s:e] for s, e in zip(starts, ends)])
    _LAST = (text, table)  # one pair, replaced whole (threads never see another text's table)
    return table
