"""Which lines hold a phrase, from the word index alone (``wordindex``, ``wordpairs``).

One syllable: its postings. Two: its pair's postings. More: the lines holding every pair
of adjacent syllables; in each, the pairs' first positions settle most lines at once
(they follow each other: the phrase; a pair standing once elsewhere than its place: not
it); the rest (pairs that repeat, "thoa thuan … thoa thuan hop tac giua") are settled by
joining the pairs' positions: a phrase starting at ``s`` has pair ``i`` at ``s + i``
(only the pairs needed to show every syllable, the one with fewest positions first).
When a sample of lines shows first positions settle few, every line is joined at once.
Only lines whose positions are too far to record are handed to ``read`` (the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import numpy as np

from . import wordpairs
from .phrase import term_words

if TYPE_CHECKING:
    from .pairpostings import Postings
    from .wordindex import WordIndex

__all__ = ["phrase_mask"]


def phrase_mask(index: WordIndex, term: str, kind: str, used: np.ndarray | None,
                read: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Which lines of ``kind`` hold the phrase ``term`` (a boolean per line), only among
    the ``used`` lines (None: all) when it has two syllables or more (the pairs' blocks
    holding none of them are not read). ``read`` is given
    the lines the positions cannot settle (ascending line numbers) and returns those that
    hold the term."""
    words = term_words(term)
    out = np.zeros(index.sizes[kind], dtype=bool)
    if len(words) < 2:
        word, prefix = words[0]
        return index.mask(kind, index.ids(word, prefix=prefix))
    per = []
    for (a, _whole), (b, prefix) in zip(words, words[1:]):
        first, seconds = index.id_of(a), index.ids(b, prefix=prefix)
        if first is None or not len(seconds):
            return out
        # two: the lines alone; the blocks holding no line ``used`` names are not read
        per.append(index.pair_lines(kind, first, seconds, flags=len(words) > 2, used=used))
    if len(per) == 1:   # two syllables: the pair's lines are the answer
        per[0].mark(out)
        if used is not None:
            out &= used
        return out
    common = min(per, key=lambda got: got.bound).lines
    if used is not None:
        common = common[used[common]]
    if DIRECT or (DIRECT is None and len(common) > SAMPLE and _settle_little(per, common, len(out))):
        return _joined_only(per, used, out, read)
    common, flags = _flags_at(per, common, len(out))
    if not len(common):
        return out
    sure, check = _settle(flags)
    out[common[sure]] = True
    if not len(check):
        return out
    lines = common[check]
    # about how many positions each pair has there: the pairs to join are chosen by it
    weight = (1 + ((flags[:, check] >> wordpairs.SHIFT) & 0xF)).sum(axis=1)
    weight = weight.tolist()
    need = np.zeros(len(out), dtype=bool)
    need[lines] = True
    proven, unknown = _joined(per, need, _cover(weight), weight)
    out[lines[proven[lines]]] = True
    left = lines[unknown[lines] & ~proven[lines]]
    if len(left):
        out[read(left)] = True
    return out


def _settle_little(per: list[Postings], common: np.ndarray, size: int) -> bool:
    """Do first positions settle few of the ``common`` lines (a sample of them)? Then
    the pairs' positions are joined in every line without looking at them first."""
    part, flags = _flags_at(per, common[:: len(common) // SAMPLE], size)
    return bool(len(part)) and len(_settle(flags)[1]) > len(part) * 0.7


def _joined_only(per: list[Postings], used: np.ndarray | None, out: np.ndarray,
                 read: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """The phrase's lines by the join alone, over every line (``used``) its pairs share:
    for pairs that stand many times in nearly every line, where first positions settle
    little."""
    weight = [got.weight() for got in per]
    need = np.ones(len(out), dtype=bool) if used is None else used.copy()
    proven, unknown = _joined(per, need, _cover(weight), weight)
    if used is not None:
        proven &= used
        unknown &= used
    out |= proven
    left = np.flatnonzero(unknown & ~proven)
    if len(left):
        out[read(left)] = True
    return out


def _flags_at(per: list[Postings], common: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The lines of ``common`` (ascending, of ``size`` lines) that hold every pair, and
    each pair's flags there (a row per pair): one scatter of its flags each, or a search
    when few lines are left."""
    flags = np.empty((len(per), len(common)), dtype=np.uint32)
    scratch: list[np.ndarray] = []   # a table of lines, made once if a pair needs it
    for i in sorted(range(len(per)), key=lambda i: per[i].bound):
        keep, f = per[i].at(common, size, scratch)
        if not keep.all():
            common, flags = common[keep], flags[:, keep]
        flags[i] = f
        if not len(common):
            break
    return common, flags


def _settle(flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """From the pairs' flags at some lines (a row per pair): the lines where their first
    positions follow each other (the phrase is there: a boolean each), and those left to
    join (their indices): not where a pair standing once is not at its place."""
    far, posbits, more = wordpairs.FAR, wordpairs.POS, wordpairs.MORE
    k = len(flags)
    pos = [(row & posbits).astype(np.int32) for row in flags]   # a row at a time: contiguous, quicker
    sure = pos[0] + (k - 1) < far   # a capped position proves nothing
    for i in range(1, k):
        sure &= pos[i] == pos[0] + i
    rest = np.flatnonzero(~sure)
    if not len(rest):
        return sure, rest
    # a pair standing once pins where the phrase would start: the others must stand there
    pos = [p[rest] for p in pos]
    once = [((flags[i][rest] & more) == 0) & (pos[i] < far) for i in range(k)]
    some = np.flatnonzero(np.logical_or.reduce(once))
    if not len(some):
        return sure, rest
    pos, once = [p[some] for p in pos], [o[some] for o in once]
    low = np.iinfo(np.int32).min // 2
    start = [np.where(once[i], pos[i] - i, low) for i in range(k)]
    begin = np.maximum.reduce(start)
    disagree = begin < 0
    late = np.zeros(len(some), dtype=bool)
    for i in range(k):
        disagree |= once[i] & (start[i] != begin)
        late |= pos[i] > begin + i   # a pair first stands after its place
    drop = np.zeros(len(rest), dtype=bool)
    drop[some] = disagree | late
    return sure, rest[~drop]


def _cover(cost: list[int]) -> list[int]:
    """The pairs to join, cheapest first: pair ``i`` shows syllables ``i`` and ``i + 1``,
    so pairs at most two apart from the first to the last show every syllable ("thuan
    hop" at s and "tac giua" at s + 2 are "thuan hop tac giua" at s: "hop tac", standing
    everywhere, need not be looked at). Of those choices, the one with fewest positions."""
    k = len(cost)
    best = [0] * k
    came = [-1] * k
    for i in range(k):
        if i == 0:
            best[i] = cost[0]
            continue
        j = i - 1 if i < 2 or best[i - 1] <= best[i - 2] else i - 2
        best[i], came[i] = cost[i] + best[j], j
    chosen, i = [], k - 1
    while i >= 0:
        chosen.append(i)
        i = came[i]
    return sorted(chosen, key=lambda i: cost[i])


DIRECT: bool | None = None   # join without first positions: None when a sample says so
SAMPLE = 2048   # lines in that sample
SEARCH = 4   # a pair with more than this many positions a start is searched at the starts' places


def _member(runs: list[np.ndarray], want: np.ndarray) -> np.ndarray:
    """Which of ``want`` are in one of the ascending ``runs``: the longest run first,
    each later one searched only for what the ones before did not hold."""
    hit = np.zeros(len(want), dtype=bool)
    todo: np.ndarray | None = None   # None: every one of want
    for run in sorted(runs, key=len, reverse=True):
        if not len(run):
            continue
        keys = want if todo is None else want[todo]
        j = np.searchsorted(run, keys)
        j[j == len(run)] = len(run) - 1
        got = run[j] == keys
        if todo is None:
            hit = got
            todo = np.flatnonzero(~got)
        else:
            hit[todo[got]] = True
            todo = todo[~got]
        if not len(todo):
            break
    return hit


def _joined(per: list[Postings], need: np.ndarray, chosen: list[int], weight: list[int]
            ) -> tuple[np.ndarray, np.ndarray]:
    """For the lines ``need`` says (a boolean per line of the kind; changed here): does
    the phrase stand in each (pair ``i`` at ``s + i`` for some start ``s``, for each pair
    ``chosen``: enough to show every syllable)? And is a position there too far to record
    (then only reading the line can tell)? Both a boolean per line."""
    size = len(need)
    unknown = np.zeros(size, dtype=bool)
    starts: list[np.ndarray] | None = None   # runs of (line << 32 | s), the starts still possible
    for i in chosen:
        if starts is None:   # the pair with fewest positions: all of them, in the lines to check
            runs, far = per[i].occurrences(need)
            unknown[far] = True
            starts = [r[((r & 0xFFFFFFFF) >= i) & need[r >> 32]] - i for r in runs]
        elif weight[i] > SEARCH * sum(len(s) for s in starts):
            # the others, with many more positions than starts left: looked for where the
            # phrase would put them, line by line
            # the last pair joined: a line it proves at one start is not looked at again for
            # the runs after (a phrase's first positions prove most lines; its later ones,
            # more places than there are lines, are then looked for only in the rest)
            done = np.zeros(size, dtype=bool) if i == chosen[-1] and len(starts) > 1 else None
            kept = []
            for s in starts:
                if done is not None and kept:
                    s = s[~done[s >> 32]]
                    if not len(s):
                        continue
                hit, far = per[i].has(s + i)
                unknown[far] = True
                kept.append(s[hit])
                if done is not None:
                    done[s[hit] >> 32] = True
            starts = kept
        else:   # ... or with few: all of them, in the lines still possible
            need[:] = False
            for s in starts:
                need[s >> 32] = True
            runs, far = per[i].occurrences(need)
            unknown[far] = True
            starts = [s[_member(runs, s + i)] for s in starts]
        starts = [s for s in starts if len(s)]
        if not starts:
            break
    proven = np.zeros(size, dtype=bool)
    for s in starts or ():
        proven[s >> 32] = True
    return proven, unknown
