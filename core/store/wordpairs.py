"""Two-syllable postings: which lines hold which pair of adjacent words, and where.

A phrase ("hop tac", "ky ket thoa thuan") must have its syllables side by side. The
single-word postings (``wordindex``) only say that a line holds each syllable somewhere,
so a phrase in nearly every line meant reading nearly every line. These postings answer
it instead: a phrase of two syllables is exactly the lines of its pair; a longer one is
the lines holding all of its pairs at positions that follow each other. Each posting
says where the pair first stands in its line (its word position) and how many times it
stands there; the positions of the other times are kept beside the postings, so a
phrase of any length is checked by joining its pairs' positions (``phrase_join``),
without reading its lines. Only a line longer than the positions can say (a first
position of ``FAR`` or beyond, a later one of 65,535 or beyond) is read.

They are blocks of ``words.bin``, listed in ``rows.json`` with the single-word blocks
(their kind is the lines' kind with a "2": ``"e2"``, ``"b2"``), so the same CRC-32 and
stamp cover them. A block, all little-endian (cache version 18):

    base, span, narrow, x, size (uint32: the block's first line; one more than its last
    line, from base; 1 if the word ids below are uint16, 0 if uint32; the number of
    numbers in ``more`` below; the uint32 of the bit stream),
    first[k], second[k] (word ids, uint16 or uint32, each array padded to 4 bytes: the
    pairs, ascending by (first, second)),
    starts[k + 1] (uint32: where each pair's postings begin, as if in one array),
    xstarts[k + 1] (uint32: where each pair's part of ``more`` begins, likewise),
    widths[k] (uint16, padded: bits 0-4 the bits of each first position of the pair,
    5-7 those of each "more times", 8-12 those of each number of its part of ``more``),
    then a bit stream (``bitpack``) holding, pair after pair: its lines (line - base) in
    Elias-Fano form; for each posting its first position (the bits 0-11 of the flags
    below) and above it how many more times the pair stands in the line (bits 12-15 of
    the flags), one number; its part of ``more``. Each field of a pair takes the bits
    of its largest.

What is read is as before: per posting, ``flags`` (uint16: bits 0-11 the first
position, or FAR when it is FAR or beyond; bits 12-15 how many more times the pair
stands in the line, 15 for "15 or more"), and per pair ``more`` (first the exact "more
times" of its postings whose bits say 15 or more, then the later positions of each
posting that has some, ascending; 65,535 for a position too far to record).

A build writes a block per 65,536 lines at most (``pairwrite``). A posting costs about 2 + log2(lines /
postings) bits for its line, and the bits of the pair's positions (6 to 7 in an event's
text, 10 in an article's body); a later occurrence the same (2 and 2 bytes before); a
pair 10 to 14 bytes per block it is in.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from . import bitpack

__all__ = ["PAIR_KINDS", "block_size", "stored_size", "PairBlock", "lookup", "POS", "FAR", "MORE", "BEYOND", "ragged",
           "counts"]

PAIR_KINDS = {"e": "e2", "b": "b2"}   # the lines' kind → the kind of their pairs' blocks
POS = 0x0FFF    # the bits of a posting's flags that hold the first position
FAR = 0x0FFF    # a first position too far to record (or beyond): it proves nothing
MORE = 0xF000   # the bits that count the pair's later occurrences in the line (0: it stands once)
SHIFT = 12      # ... counted from this bit
ESCAPE = 15     # that count when it is 15 or more (the exact one is in ``more``)
BEYOND = 0xFFFF  # a later position too far to record
_U4, _U2 = np.dtype("<u4"), np.dtype("<u2")


FEW_PAIRS = 8    # PairBlock.find: more pairs than this are read at once, not one by one
SPAN = 1 << 16   # a build's block covers at most this many lines (their numbers then fit in 16 bits)
HEADER = 5       # uint32 before the pairs: base, span, narrow, x, size


def _pad4(n: int) -> int:
    return 4 * ((n + 3) // 4)


def _table(k: int, narrow: bool) -> int:
    """Bytes of a block's header and tables for ``k`` pairs."""
    ids = 2 * _pad4(2 * k) if narrow else 8 * k
    return 4 * HEADER + ids + 8 * (k + 1) + _pad4(2 * k)


def stored_size(k: int, narrow: bool, words: int) -> int:
    """Bytes of a block of ``k`` pairs (word ids uint16 when ``narrow``) whose bit stream
    is ``words`` uint32 (as its header says)."""
    return _table(k, narrow) + 4 * words


def block_size(k: int, n: int, wide: bool = False, x: int = 0) -> int:
    """The least bytes a block of ``k`` pairs can take (its tables, uint16 word ids, and
    the spare word of an empty bit stream); ``n``, ``wide`` and ``x`` play no part since
    the postings are bit-packed."""
    return _table(k, True) + 4


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """A stable sort order of uint32 ``keys``: radix passes of 16 bits (linear time)."""
    if not len(keys) or int(keys.max()) < 1 << 16:
        return np.argsort(keys.astype(np.uint16), kind="stable")
    low = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    high = np.argsort((keys[low] >> 16).astype(np.uint16), kind="stable")
    return low[high]


def ragged(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The indices starts[i] .. starts[i] + counts[i] - 1, for every i, one after another."""
    counts = counts.astype(np.int64, copy=False)
    total = int(counts.sum())
    if not total:
        return np.zeros(0, np.int64)
    return np.arange(total, dtype=np.int64) + np.repeat(starts.astype(np.int64) - (np.cumsum(counts) - counts), counts)


def counts(flags: np.ndarray, extra: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For one pair's postings in a block (their ``flags``, the pair's part of ``more``):
    how many later positions each posting has, and where they begin in ``extra``."""
    more = ((flags >> SHIFT) & 0xF).astype(np.int64)
    esc = np.flatnonzero(more == ESCAPE)
    if len(esc):
        if len(esc) > len(extra):
            raise ValueError("a block of word pairs points outside itself")
        more[esc] = extra[:len(esc)]
    begin = len(esc) + np.cumsum(more) - more
    if len(more) and int(begin[-1] + more[-1]) > len(extra):
        raise ValueError("a block of word pairs points outside itself")
    return more, begin


class PairBlock:
    """One block of pairs in ``words.bin``: its tables read in place, each pair's postings
    decoded from the bit stream when asked (:meth:`find`, :meth:`extra_of`)."""

    __slots__ = ("base", "span", "first", "second", "starts", "xstarts", "widths", "words", "_at", "cache", "key")
    _at: np.ndarray | None

    def __init__(self, data: np.ndarray, entry: list[Any]) -> None:
        _kind, off, k, n, _lines = entry
        data = np.asarray(data)   # plain views of a memmap: slicing them costs less
        at = off // 4
        self.base, self.span, narrow, x, size = (int(v) for v in data[at: at + HEADER]) \
            if len(data) >= at + HEADER else (0, 0, 2, 0, 0)
        if narrow not in (0, 1) or size < bitpack.SPARE or off + _table(k, bool(narrow)) + 4 * size > 4 * len(data):
            raise ValueError("a block of word pairs does not fit words.bin")
        at += HEADER
        if narrow:
            half = (k + 1) // 2
            self.first = data[at: at + half].view(_U2)[:k]
            self.second = data[at + half: at + 2 * half].view(_U2)[:k]
            at += 2 * half
        else:
            self.first = data[at: at + k]
            self.second = data[at + k: at + 2 * k]
            at += 2 * k
        self.starts = data[at: at + k + 1]
        self.xstarts = data[at + k + 1: at + 2 * k + 2]
        at += 2 * k + 2
        self.widths = data[at: at + (k + 1) // 2].view(_U2)[:k]
        at += (k + 1) // 2
        self.words = data[at: at + size]
        if k and (int(self.starts[-1]) != n or int(self.xstarts[-1]) != x
                  or (np.diff(self.starts.astype(np.int64)) < 0).any() or (np.diff(self.xstarts.astype(np.int64)) < 0).any()):
            raise ValueError("a block of word pairs points outside itself")
        self._at = None
        self.cache: Any = None   # a decoded.Decoded shared by the index's blocks, and this block's key in it
        self.key: Any = None

    def _layout(self) -> np.ndarray:
        """Where each pair's part of the bit stream begins (made when first asked, and
        kept: as uint32 while the stream is shorter than 2**32 bits, as it is in any block
        a build writes). Only this is kept: the widths of a pair's fields are read from
        ``widths`` when asked (:meth:`_fields`). A search touches most blocks, and with
        every field kept as int64 (32 bytes a pair, not 4) the blocks of a million events
        held 48 MB for good after the first phrase."""
        if self._at is None:
            w = self.widths.astype(np.int64)
            n = np.diff(self.starts.astype(np.int64))
            x = np.diff(self.xstarts.astype(np.int64))
            bits = bitpack.ef_bits(n, self.span) + n * ((w & 0x1F) + ((w >> 5) & 0x7)) + x * ((w >> 8) & 0x1F)
            at = np.cumsum(bits) - bits
            if len(bits) and int(at[-1] + bits[-1]) > bitpack.capacity(self.words):
                raise ValueError("a block of word pairs points outside itself")
            self._at = at.astype(np.uint32) if not len(at) or int(at[-1]) < 1 << 32 else at
        return self._at

    def _fields(self, js: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """For pairs ``js``: where each one's part of the bit stream begins, and the bits
        of its first positions, "more times" and numbers of ``more`` (int64 arrays)."""
        at = self._layout()[js].astype(np.int64)
        w = self.widths[js].astype(np.int64)
        return at, w & 0x1F, (w >> 5) & 0x7, (w >> 8) & 0x1F

    def _field(self, j: int) -> tuple[int, int, int, int]:
        """:meth:`_fields` of one pair, as ints."""
        w = int(self.widths[j])
        return int(self._layout()[j]), w & 0x1F, (w >> 5) & 0x7, (w >> 8) & 0x1F

    def _pieces(self, js: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The postings of pairs ``js``, pair after pair: lines (int64), flags (uint16),
        and how many each pair has."""
        words = self.words
        if len(js) == 1:
            j = int(js[0])
            a, p, pm, _x = self._field(j)
            m = int(self.starts[j + 1]) - int(self.starts[j])
            n = np.array([m], np.int64)
            lines = bitpack.read_ef(words, a, m, self.span)
            # (uint16: a position of 12 bits at most and a count of 4)
            both = bitpack.read(words, a + bitpack.list_bits(m, self.span), m, p + pm, narrow=True)
            if p == SHIFT:   # (positions of 12 bits: the flags as they are)
                return lines + self.base, both.astype(_U2, copy=False), n
            flags = (both & _U2.type((1 << p) - 1)) | ((both >> _U2.type(p)) << _U2.type(SHIFT))
            return lines + self.base, flags.astype(_U2, copy=False), n
        n = self.starts[js + 1].astype(np.int64) - self.starts[js].astype(np.int64)
        long = n >= bitpack.LONG
        if long.any():
            # a prefix's pairs: the long lists ("hop tac" among "hop t...") one by one, read
            # in place by strides; the short ones together (a gather per number)
            parts: list[tuple[np.ndarray, np.ndarray]] = [None] * len(js)   # type: ignore[list-item]
            for i in np.flatnonzero(long).tolist():
                got = self._pieces(js[i: i + 1])
                parts[i] = (got[0], got[1])
            short = np.flatnonzero(~long)
            if len(short):
                lines, flags, _n = self._pieces(js[short]) if len(short) > 1 else self._pieces(js[short[:1]])
                ends = np.cumsum(n[short]).tolist()
                for i, e, m in zip(short.tolist(), ends, n[short].tolist()):
                    parts[i] = (lines[e - m: e], flags[e - m: e])
            return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]), n
        at, wp, wm, _wx = self._fields(js)
        ef = bitpack.ef_bits(n, self.span)
        lines = bitpack.read_ef_many(words, at, n, self.span)
        both = bitpack.read_many(words, at + ef, n, wp + wm)
        p = np.repeat(wp, n)
        flags = (both & ((1 << p) - 1)) | ((both >> p) << SHIFT)
        return lines + self.base, flags.astype(_U2), n

    def extra_of(self, j: int) -> np.ndarray:
        """Pair ``j``'s part of ``more`` (uint16)."""
        a0, wp, wm, wx = self._field(j)
        a, b = int(self.starts[j]), int(self.starts[j + 1])
        x = int(self.xstarts[j + 1]) - int(self.xstarts[j])
        n = b - a
        start = a0 + bitpack.list_bits(n, self.span) + n * (wp + wm)
        return bitpack.read(self.words, start, x, wx, narrow=True).astype(_U2, copy=False)

    def entries(self) -> tuple[np.ndarray, ...]:
        """Every posting as :func:`pairs_of_lines` gives them."""
        k = len(self.first)
        js = np.arange(k, dtype=np.int64)
        lines, flags, lens = self._pieces(js) if k else (np.zeros(0, np.int64), np.zeros(0, _U2), np.zeros(0, np.int64))
        at, wp, wm, wx = self._fields(js)
        x = np.diff(self.xstarts.astype(np.int64))
        start = at + bitpack.ef_bits(lens, self.span) + lens * (wp + wm)
        extra = bitpack.read_many(self.words, start, x, wx)
        group = np.repeat(js, lens)
        xstarts = self.xstarts.astype(np.int64)
        more = ((flags >> SHIFT) & 0xF).astype(np.int64)
        esc = np.flatnonzero(more == ESCAPE)
        per_group = np.bincount(group[esc], minlength=k) if k else np.zeros(0, np.int64)
        if len(esc):   # each pair's escaped counts come first in its part of `extra`
            eg = group[esc]
            rank = np.arange(len(esc)) - (np.cumsum(per_group) - per_group)[eg]
            more[esc] = extra[xstarts[eg] + rank]
        before = np.cumsum(more) - more   # later positions before each posting, over the block
        first_of = self.starts[:-1].astype(np.int64)
        within = before - np.repeat(before[np.minimum(first_of, max(len(before) - 1, 0))] if len(before) else
                                    np.zeros(k, np.int64), lens)
        begin = xstarts[:-1][group] + per_group[group] + within
        if len(more) and int((begin + more).max(initial=0)) > len(extra):
            raise ValueError("a block of word pairs points outside itself")
        later = extra[ragged(begin, more)].astype(np.int64)
        pos = (flags & POS).astype(np.int64)
        return (np.repeat(self.first, lens).astype(_U4), np.repeat(self.second, lens).astype(_U4), lines, pos, more,
                later)

    def find(self, first: int, seconds: np.ndarray, flags: bool = True) -> list[tuple[Any, ...]]:
        """The postings of the pairs (first, s) for s in ``seconds`` (sorted): one piece
        (this block, the pair's number, lines, flags) per pair found (``flags`` False:
        the lines alone are decoded, the flags None, unless kept from a search before)."""
        ids = self.first.dtype   # the key in the column's own type: else numpy casts the whole column first
        top = np.iinfo(ids).max
        if first > top:
            return []
        key = ids.type(first)
        if len(seconds) and int(seconds[-1]) > top:
            seconds = seconds[seconds <= top]
        seconds = seconds.astype(ids, copy=False)
        lo = int(np.searchsorted(self.first, key, side="left"))
        hi = int(np.searchsorted(self.first, key, side="right"))
        if lo == hi or not len(seconds):
            return []
        own = self.second[lo:hi]
        at = np.minimum(np.searchsorted(own, seconds), hi - lo - 1)
        at = at[own[at] == seconds] + lo
        if not len(at):
            return []
        cache = self.cache
        out: list[tuple[Any, ...]] = []
        todo = at.tolist()
        if cache is not None:   # the pairs decoded for a search before (the same phrase typed on)
            left = []
            for j in todo:
                got = cache.get((self.key, j))
                if got is None:
                    left.append(j)
                else:
                    out.append((self, j, got[0], got[1]))
            todo = left
        if not todo:
            return out
        if not flags:   # (a phrase of two syllables: its pair's lines are the answer)
            js = np.array(todo, np.int64)
            n = self.starts[js + 1].astype(np.int64) - self.starts[js].astype(np.int64)
            at = self._layout()[js].astype(np.int64)
            lines = bitpack.read_ef_many(self.words, at, n, self.span) + self.base
            ends = np.cumsum(n)
            new = [(self, j, lines[e - m: e], None) for j, e, m in zip(todo, ends.tolist(), n.tolist())]
            return sorted(out + new, key=lambda piece: piece[1]) if out else new
        if len(todo) <= FEW_PAIRS:
            new = []
            for j in todo:
                lines, flags, _n = self._pieces(np.array([j], np.int64))
                new.append((self, j, lines, flags))
        else:
            # many pairs (a short prefix: "so 1" → "so 1", "so 10", "so 1234" ...): their
            # postings decoded at once, then cut into one piece per pair
            lines, flags, sizes = self._pieces(np.array(todo, np.int64))
            ends = np.cumsum(sizes)
            new = [(self, j, lines[e - n: e], flags[e - n: e]) for j, e, n in zip(todo, ends.tolist(), sizes.tolist())]
        if cache is not None:
            for piece in new:
                cache.put((self.key, piece[1]), piece[2], piece[3])
            return sorted(out + new, key=lambda piece: piece[1])
        return new


def lookup(blocks: list[PairBlock], first: int, seconds: np.ndarray, flags: bool = True,
           spent: Callable[[], None] | None = None) -> Any:
    """The postings of ``first`` followed by any of ``seconds`` (``pairpostings.Postings``:
    the lines holding one of them, ascending, once each, and for each the flags of the
    earliest such pair; several pairs, a prefix's, are merged only when asked).
    ``spent``: called after each block is read (``mapped.ReadBudget``)."""
    from .pairpostings import Postings

    pieces: list[tuple[Any, ...]] = []
    for blk in blocks:
        pieces.extend(blk.find(first, seconds, flags))
        if spent is not None:
            spent()
    return Postings.of(pieces)
