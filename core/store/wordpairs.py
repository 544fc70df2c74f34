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

A build writes a block per 65,536 lines at most. A posting costs about 2 + log2(lines /
postings) bits for its line, and the bits of the pair's positions (6 to 7 in an event's
text, 10 in an article's body); a later occurrence the same (2 and 2 bytes before); a
pair 10 to 14 bytes per block it is in.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import bitpack

__all__ = ["PAIR_KINDS", "block_bytes", "block_size", "stored_size", "pairs_of_lines", "PairBlock", "lookup", "merge_entries",
           "POS", "FAR", "MORE", "BEYOND", "ragged", "counts"]

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


def _empty_entries() -> tuple[np.ndarray, ...]:
    z = np.zeros(0, _U4)
    i = np.zeros(0, np.int64)
    return z, z, z, i, i, i


def pairs_of_lines(tokens: np.ndarray, counts: np.ndarray, lines: np.ndarray) -> tuple[np.ndarray, ...]:
    """The lines' words as word ids (``tokens``, line after line; ``counts[i]`` of line
    ``lines[i]``, ascending) → one posting per (pair, line), ordered by pair, then line:
    (first, second, line, pos, more, later): ``pos`` the pair's first position in the
    line, ``more`` how many more times it stands there, ``later`` the positions of those
    times (posting after posting, ascending)."""
    counts = counts.astype(np.int64)
    n = len(tokens)
    if n < 2:
        return _empty_entries()
    tokens = tokens.astype(_U4)
    begin = np.cumsum(counts) - counts
    line_of = np.repeat(lines.astype(_U4), counts)
    size = np.repeat(counts, counts)
    pos = np.arange(n, dtype=np.int64) - np.repeat(begin, counts)
    ok = np.flatnonzero(pos[:-1] < size[:-1] - 1)   # the next word is in the same line
    first, second = tokens[ok], tokens[ok + 1]
    # order by pair (radix passes, the last key first); lines and positions stay ascending
    order = _stable_order(second)
    order = order[_stable_order(first[order])]
    first, second, ok = first[order], second[order], ok[order]
    line = line_of[ok]
    if not len(line):
        return _empty_entries()
    new = np.ones(len(line), dtype=bool)
    new[1:] = (line[1:] != line[:-1]) | (first[1:] != first[:-1]) | (second[1:] != second[:-1])
    starts = np.flatnonzero(new)
    times = np.diff(np.append(starts, len(line)))
    at = pos[ok]
    return first[starts], second[starts], line[starts], at[starts], times - 1, at[~new]


def block_bytes(first: np.ndarray, second: np.ndarray, lines: np.ndarray, pos: np.ndarray,
                more: np.ndarray | None = None, later: np.ndarray | None = None) -> tuple[bytes, int, int]:
    """Postings as :func:`pairs_of_lines` gives them (``more``/``later`` None: each pair
    stands once) as one block: (bytes, k, n)."""
    n = len(lines)
    pos = np.asarray(pos, dtype=np.int64)
    more = np.zeros(n, np.int64) if more is None else np.asarray(more, dtype=np.int64)
    later = np.zeros(0, np.int64) if later is None else np.asarray(later, dtype=np.int64)
    if n > 1 and not ((first[1:] > first[:-1]) | ((first[1:] == first[:-1]) & (second[1:] >= second[:-1]))).all():
        order = _stable_order(second)
        order = order[_stable_order(first[order])]
        later = later[ragged((np.cumsum(more) - more)[order], more[order])]
        first, second, lines, pos, more = first[order], second[order], lines[order], pos[order], more[order]
    cap = BEYOND - 1   # at most this many later positions a posting (a line of 65,535 words or more)
    if len(more) and int(more.max()) > cap:
        keep = ragged(np.cumsum(more) - more, np.minimum(more, cap))
        cut = (np.cumsum(np.minimum(more, cap)) - 1)[more > cap]
        later = later[keep]
        later[cut] = BEYOND   # the rest is not recorded: the line is read when it matters
        more = np.minimum(more, cap)
    later = np.minimum(later, BEYOND)
    if n:
        new = np.ones(n, dtype=bool)
        new[1:] = (first[1:] != first[:-1]) | (second[1:] != second[:-1])
        cut = np.flatnonzero(new)
    else:
        cut = np.zeros(0, np.int64)
    k = len(cut)
    sizes = np.diff(np.append(cut, n))
    group = np.repeat(np.arange(k, dtype=np.int64), sizes)
    first_pos = np.minimum(pos, FAR)
    times = np.minimum(more, ESCAPE)
    # each pair's part of `more`: the exact counts of its escaped postings, then its later positions
    esc = np.flatnonzero(more >= ESCAPE)
    keys = np.concatenate((2 * group[esc], 2 * np.repeat(group, more) + 1))
    values = np.concatenate((more[esc], later))
    order = np.argsort(keys, kind="stable")
    extra, xgroup = values[order], keys[order] // 2
    xsizes = np.bincount(xgroup, minlength=k) if k else np.zeros(0, np.int64)
    xstarts = np.concatenate(([0], np.cumsum(xsizes))).astype(_U4)
    starts = np.append(cut, n).astype(_U4)
    base = int(lines.min()) if n else 0
    rel = lines.astype(np.int64) - base
    span = int(rel.max()) + 1 if n else 0
    wp, wm, wx = (bitpack.width(v, g, k) for v, g in ((first_pos, group), (times, group), (extra, xgroup)))
    ef = bitpack.ef_bits(sizes, span)
    bits = ef + sizes * (wp + wm) + xsizes * wx
    at = np.cumsum(bits) - bits
    out = bitpack.Writer(int(bits.sum()))
    out.put_ef(at, sizes, rel, span)
    rank = np.arange(n, dtype=np.int64) - np.repeat(cut, sizes)
    # each posting's first position and "more times" as one number: position | times << wp
    wf = np.repeat(wp + wm, sizes)
    out.put(np.repeat(at + ef, sizes) + rank * wf, first_pos | (times << np.repeat(wp, sizes)), wf)
    xrank = np.arange(len(extra), dtype=np.int64) - np.repeat(xstarts[:-1].astype(np.int64), xsizes)
    at_x = np.repeat(at + ef + sizes * (wp + wm), xsizes)
    out.put(at_x + xrank * np.repeat(wx, xsizes), extra, np.repeat(wx, xsizes))
    body = out.bytes()
    ids1, ids2 = first[cut].astype(np.int64), second[cut].astype(np.int64)
    narrow = not k or max(int(ids1.max()), int(ids2.max())) < 1 << 16
    ids = _padded(ids1) + _padded(ids2) if narrow else ids1.astype(_U4).tobytes() + ids2.astype(_U4).tobytes()
    data = b"".join((np.array([base, span, int(narrow), len(extra), len(body) // 4], _U4).tobytes(), ids,
                     starts.tobytes(), xstarts.tobytes(), _padded(wp | (wm << 5) | (wx << 8)), body))
    return data, k, n


def _padded(a: np.ndarray) -> bytes:
    """uint16 as bytes, padded to a multiple of 4."""
    return a.astype(_U2).tobytes() + (b"\x00\x00" if len(a) % 2 else b"")


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
    _at: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None

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

    def _layout(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Where each pair's part of the bit stream begins, and the bits of its first
        positions, "more times" and numbers of ``more`` (int64 arrays; made when first
        asked)."""
        if self._at is None:
            w = self.widths.astype(np.int64)
            wp, wm, wx = w & 0x1F, (w >> 5) & 0x7, (w >> 8) & 0x1F
            n = np.diff(self.starts.astype(np.int64))
            x = np.diff(self.xstarts.astype(np.int64))
            bits = bitpack.ef_bits(n, self.span) + n * (wp + wm) + x * wx
            at = np.cumsum(bits) - bits
            if len(bits) and int(at[-1] + bits[-1]) > bitpack.capacity(self.words):
                raise ValueError("a block of word pairs points outside itself")
            self._at = (at, wp, wm, wx)
        return self._at

    def _pieces(self, js: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The postings of pairs ``js``, pair after pair: lines (int64), flags (uint16),
        and how many each pair has."""
        at, wp, wm, _wx = self._layout()
        words = self.words
        if len(js) == 1:
            j = int(js[0])
            m, p = int(self.starts[j + 1]) - int(self.starts[j]), int(wp[j])
            n = np.array([m], np.int64)
            lines = bitpack.read_ef(words, int(at[j]), m, self.span)
            # (uint16: a position of 12 bits at most and a count of 4)
            both = bitpack.read(words, int(at[j]) + bitpack.list_bits(m, self.span), m, p + int(wm[j]), narrow=True)
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
        ef = bitpack.ef_bits(n, self.span)
        lines = bitpack.read_ef_many(words, at[js], n, self.span)
        both = bitpack.read_many(words, at[js] + ef, n, wp[js] + wm[js])
        p = np.repeat(wp[js], n)
        flags = (both & ((1 << p) - 1)) | ((both >> p) << SHIFT)
        return lines + self.base, flags.astype(_U2), n

    def extra_of(self, j: int) -> np.ndarray:
        """Pair ``j``'s part of ``more`` (uint16)."""
        at, wp, wm, wx = self._layout()
        a, b = int(self.starts[j]), int(self.starts[j + 1])
        x = int(self.xstarts[j + 1]) - int(self.xstarts[j])
        n = b - a
        start = int(at[j]) + bitpack.list_bits(n, self.span) + n * int(wp[j] + wm[j])
        return bitpack.read(self.words, start, x, int(wx[j]), narrow=True).astype(_U2, copy=False)

    def entries(self) -> tuple[np.ndarray, ...]:
        """Every posting as :func:`pairs_of_lines` gives them."""
        k = len(self.first)
        js = np.arange(k, dtype=np.int64)
        lines, flags, lens = self._pieces(js) if k else (np.zeros(0, np.int64), np.zeros(0, _U2), np.zeros(0, np.int64))
        at, wp, wm, wx = self._layout()
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
            at = self._layout()[0][js]
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


def lookup(blocks: list[PairBlock], first: int, seconds: np.ndarray, flags: bool = True) -> Any:
    """The postings of ``first`` followed by any of ``seconds`` (``pairpostings.Postings``:
    the lines holding one of them, ascending, once each, and for each the flags of the
    earliest such pair; several pairs, a prefix's, are merged only when asked)."""
    from .pairpostings import Postings

    return Postings.of([p for blk in blocks for p in blk.find(first, seconds, flags)])


def merge_entries(blocks: list[PairBlock]) -> tuple[np.ndarray, ...]:
    """The postings of ``blocks`` (each in line order, the blocks one after another in
    line order), as :func:`pairs_of_lines` gives them: to write them as one block."""
    parts = [blk.entries() for blk in blocks]
    if not parts:
        return _empty_entries()
    first, second, lines, pos, more, later = (np.concatenate([p[i] for p in parts]) for i in range(6))
    order = _stable_order(second)
    order = order[_stable_order(first[order])]   # by pair, each pair's lines still ascending
    later = later[ragged((np.cumsum(more) - more)[order], more[order])]
    return first[order], second[order], lines[order], pos[order], more[order], later
