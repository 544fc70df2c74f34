"""Two-syllable postings: which lines hold which pair of adjacent words, where first, and
what stands around it there.

A phrase ("hop tac", "ky ket thoa thuan") must have its syllables side by side. The
single-word postings (``wordindex``) only say that a line holds each syllable somewhere,
so a phrase in nearly every line meant reading nearly every line. These postings answer
it instead: a phrase of two syllables is exactly the lines of its pair; a longer one is
the lines holding all of its pairs, and each posting also says where the pair first
stands in its line (its word position), whether it stands there more than once, and
whether the words just before and just after that first occurrence are the pair's usual
neighbours in the block (``left``/``right``: the word most often found there). When the
pairs' first positions follow each other, or one pair's first occurrence with its
neighbours spells the rest of the phrase ("ket thoa" with "ky" before it and "thuan"
after it is "ky ket thoa thuan"), the line holds the phrase; when they cannot (each pair
stands once, elsewhere), it does not; only what is left (a common pair repeated, its
first occurrence not the phrase's) is read to check.

They are blocks of ``words.bin``, listed in ``rows.json`` with the single-word blocks
(their kind is the lines' kind with a "2": ``"e2"``, ``"b2"``), so the same CRC-32 and
stamp cover them. A block, all little-endian:

    base, wide (uint32: the block's first line; 1 if its lines are uint32, 0 if uint16),
    first[k], second[k] (uint32 word ids: the pairs, ascending by (first, second)),
    left[k], right[k] (uint32 word ids: each pair's usual neighbours; NONE: no such word),
    starts[k + 1] (uint32), lines[n] (line - base, ascending per pair; uint16 or uint32),
    flags[n] (uint16: bits 0-12 the first position, or FAR when beyond; bit 13 the word
    after that occurrence is the pair's ``right``; bit 14 the word before it is its
    ``left``; bit 15 the pair stands more than once),
    each array padded to a multiple of 4 bytes.

A build writes a block per 65,536 lines at most, so its lines fit in 16 bits: a posting
costs 4 bytes (about 0.5 GB at a million events), a pair 20 bytes per block it is in.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["PAIR_KINDS", "block_bytes", "block_size", "pairs_of_lines", "PairBlock", "Postings", "lookup",
           "merge_entries"]

PAIR_KINDS = {"e": "e2", "b": "b2"}   # the lines' kind → the kind of their pairs' blocks
POS = 0x1FFF    # the bits of a posting's flags that hold the first position
FAR = 0x1FFF    # a first position too far to record (or beyond): it proves nothing
RIGHT = 0x2000  # the word after the first occurrence is the pair's usual right neighbour
LEFT = 0x4000   # the word before it is the pair's usual left neighbour
MORE = 0x8000   # the pair stands more than once in the line
NONE = 0xFFFFFFFF   # no neighbour (a line's first or last word; a pair without a usual one)
_U4, _U2 = np.dtype("<u4"), np.dtype("<u2")


SPAN = 1 << 16   # a build's block covers at most this many lines (their numbers then fit in 16 bits)


def _pad4(n: int) -> int:
    return 4 * ((n + 3) // 4)


def block_size(k: int, n: int, wide: bool = False) -> int:
    """Bytes of a block of ``k`` pairs and ``n`` postings."""
    return 4 * (2 + 5 * k + 1) + (4 * n if wide else _pad4(2 * n)) + _pad4(2 * n)


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """A stable sort order of uint32 ``keys``: radix passes of 16 bits (linear time)."""
    if not len(keys) or int(keys.max()) < 1 << 16:
        return np.argsort(keys.astype(np.uint16), kind="stable")
    low = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    high = np.argsort((keys[low] >> 16).astype(np.uint16), kind="stable")
    return low[high]


def pairs_of_lines(tokens: np.ndarray, counts: np.ndarray, lines: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The lines' words as word ids (``tokens``, line after line; ``counts[i]`` of line
    ``lines[i]``, ascending) → one posting per (pair, line), ordered by pair, then line:
    (first, second, line, flags, left, right), ``flags`` without the neighbour bits and
    ``left``/``right`` the words before and after the pair's first occurrence (NONE at
    the line's ends)."""
    counts = counts.astype(np.int64)
    n = len(tokens)
    if n < 2:
        z = np.zeros(0, _U4)
        return z, z, z, np.zeros(0, _U2), z, z
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
        z = np.zeros(0, _U4)
        return first, second, line, np.zeros(0, _U2), z, z
    new = np.ones(len(line), dtype=bool)
    new[1:] = (line[1:] != line[:-1]) | (first[1:] != first[:-1]) | (second[1:] != second[:-1])
    starts = np.flatnonzero(new)
    times = np.diff(np.append(starts, len(line)))
    at = ok[starts]   # each posting's first occurrence, as an index into tokens
    p, sz = pos[at], size[at]
    left = np.where(p > 0, tokens[np.maximum(at - 1, 0)], NONE).astype(_U4)
    right = np.where(p + 2 < sz, tokens[np.minimum(at + 2, n - 1)], NONE).astype(_U4)
    flags = np.minimum(p, FAR).astype(_U2) | np.where(times > 1, MORE, 0).astype(_U2)
    return first[starts], second[starts], line[starts], flags, left, right


def _usual(group: np.ndarray, words: np.ndarray, k: int) -> np.ndarray:
    """For each of ``k`` groups, the word most often in ``words`` among its postings
    (``group``: ascending group numbers; NONE words left out; ties: the lowest id)."""
    out = np.full(k, NONE, _U4)
    known = np.flatnonzero(words != NONE)
    if not len(known):
        return out
    g, w = group[known].astype(_U4), words[known]
    order = _stable_order(w)
    order = order[_stable_order(g[order])]   # by group, then word
    g, w = g[order], w[order]
    new = np.ones(len(g), dtype=bool)
    new[1:] = (g[1:] != g[:-1]) | (w[1:] != w[:-1])
    runs = np.flatnonzero(new)
    times = np.diff(np.append(runs, len(g)))
    rg, rw = g[runs], w[runs]
    cut = np.flatnonzero(np.append(True, rg[1:] != rg[:-1]))
    most = np.repeat(np.maximum.reduceat(times, cut), np.diff(np.append(cut, len(rg))))
    best = np.flatnonzero(times == most)
    best = best[np.append(True, rg[best][1:] != rg[best][:-1])]   # the first best run of each group
    out[rg[best]] = rw[best]
    return out


def block_bytes(first: np.ndarray, second: np.ndarray, lines: np.ndarray, flags: np.ndarray,
                left: np.ndarray | None = None, right: np.ndarray | None = None) -> tuple[bytes, int, int]:
    """Postings (each pair's lines ascending) as one block: (bytes, k, n). ``left`` and
    ``right``: the words around each posting's first occurrence (NONE: none or unknown),
    from which each pair's usual neighbours and the postings' neighbour bits are set."""
    n = len(lines)
    if left is None or right is None:
        left = right = np.full(n, NONE, _U4)
    order = _stable_order(second)
    order = order[_stable_order(first[order])]
    first, second, lines, flags = first[order], second[order], lines[order], flags[order]
    left, right = left[order].astype(_U4), right[order].astype(_U4)
    if n:
        new = np.ones(n, dtype=bool)
        new[1:] = (first[1:] != first[:-1]) | (second[1:] != second[:-1])
        cut = np.flatnonzero(new)
    else:
        cut = np.zeros(0, np.int64)
    k = len(cut)
    group = np.repeat(np.arange(k, dtype=np.int64), np.diff(np.append(cut, n)))
    usual_left, usual_right = _usual(group, left, k), _usual(group, right, k)
    flags = (flags.astype(_U2) & np.uint16(POS | MORE)) \
        | np.where((left != NONE) & (left == usual_left[group]), LEFT, 0).astype(_U2) \
        | np.where((right != NONE) & (right == usual_right[group]), RIGHT, 0).astype(_U2)
    starts = np.append(cut, n).astype(_U4)
    pad = b"\x00\x00" if n % 2 else b""
    base = int(lines.min()) if n else 0
    rel = lines.astype(np.int64) - base
    wide = bool(n) and int(rel.max()) >= SPAN
    rel_bytes = rel.astype(_U4).tobytes() if wide else rel.astype(_U2).tobytes() + pad
    data = b"".join((np.array([base, int(wide)], _U4).tobytes(), first[cut].astype(_U4).tobytes(),
                     second[cut].astype(_U4).tobytes(), usual_left.tobytes(), usual_right.tobytes(),
                     starts.tobytes(), rel_bytes, flags.astype(_U2).tobytes(), pad))
    return data, k, n


class Postings:
    """The lines holding a pair (or any of several pairs with the same first word), each
    with the flags of the pair's earliest occurrence there; :meth:`neighbours` gives the
    words its bits prove around that occurrence, for the few postings that need them."""

    __slots__ = ("lines", "flags", "_src", "_ends", "_left", "_right")

    def __init__(self, lines: np.ndarray, flags: np.ndarray, ends: np.ndarray, left: np.ndarray,
                 right: np.ndarray, src: np.ndarray | None = None) -> None:
        self.lines, self.flags = lines, flags
        # the postings came as pieces (one pair of one block each): where each piece ends
        # and its pair's usual neighbours; src: where each posting stood among the pieces
        self._ends, self._left, self._right, self._src = ends, left, right, src

    def __len__(self) -> int:
        return len(self.lines)

    @classmethod
    def empty(cls) -> Postings:
        z = np.zeros(0, _U4)
        return cls(z, np.zeros(0, _U2), z, z, z)

    def neighbours(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The words just before and just after the first occurrence of postings ``idx``,
        where their bits prove them (NONE elsewhere)."""
        at = idx if self._src is None else self._src[idx]
        piece = np.searchsorted(self._ends, at, side="right")
        flags = self.flags[idx]
        return (np.where(flags & LEFT, self._left[piece], NONE).astype(_U4),
                np.where(flags & RIGHT, self._right[piece], NONE).astype(_U4))


class PairBlock:
    __slots__ = ("base", "first", "second", "left", "right", "starts", "lines", "flags")

    def __init__(self, data: np.ndarray, entry: list[Any]) -> None:
        _kind, off, k, n, _lines = entry
        data = np.asarray(data)   # plain views of a memmap: slicing them costs less
        at = off // 4
        self.base, wide = (int(x) for x in data[at: at + 2]) if len(data) >= at + 2 else (0, 2)
        if wide not in (0, 1) or off + block_size(k, n, bool(wide)) > 4 * len(data):
            raise ValueError("a block of word pairs does not fit words.bin")
        at += 2
        self.first = data[at: at + k]
        self.second = data[at + k: at + 2 * k]
        self.left = data[at + 2 * k: at + 3 * k]
        self.right = data[at + 3 * k: at + 4 * k]
        self.starts = data[at + 4 * k: at + 5 * k + 1]
        at += 5 * k + 1
        words = n if wide else (n + 1) // 2
        self.lines = data[at: at + words] if wide else data[at: at + words].view(_U2)[:n]
        at += words
        self.flags = data[at: at + (n + 1) // 2].view(_U2)[:n]

    def _lines(self, part: np.ndarray) -> np.ndarray:
        return part.astype(np.int64) + self.base

    def entries(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every posting as :func:`pairs_of_lines` gives them, the neighbours known from
        the bits: (first, second, line, flags, left, right)."""
        lens = np.diff(self.starts.astype(np.int64))
        flags = np.asarray(self.flags)
        left = np.where(flags & LEFT, np.repeat(self.left, lens), NONE).astype(_U4)
        right = np.where(flags & RIGHT, np.repeat(self.right, lens), NONE).astype(_U4)
        return (np.repeat(self.first, lens), np.repeat(self.second, lens), self._lines(self.lines), flags,
                left, right)

    def find(self, first: int, seconds: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
        """The postings of the pairs (first, s) for s in ``seconds`` (sorted): lines,
        flags, and per pair found, its number of postings and usual neighbours."""
        key = np.uint32(first)   # a Python int would have the whole column cast to int64 first
        lo = int(np.searchsorted(self.first, key, side="left"))
        hi = int(np.searchsorted(self.first, key, side="right"))
        if lo == hi or not len(seconds):
            return None
        own = self.second[lo:hi]
        at = np.minimum(np.searchsorted(own, seconds), hi - lo - 1)
        at = at[own[at] == seconds] + lo
        if not len(at):
            return None
        starts, ends = self.starts[at].astype(np.int64), self.starts[at + 1].astype(np.int64)
        if (ends < starts).any() or (ends > len(self.lines)).any():
            raise ValueError("a block of word pairs points outside itself")
        lens = ends - starts
        if len(at) == 1:
            a, b = int(starts[0]), int(ends[0])
            return self._lines(self.lines[a:b]), self.flags[a:b], lens, self.left[at], self.right[at]
        take = np.arange(int(lens.sum()), dtype=np.int64) + np.repeat(starts - (np.cumsum(lens) - lens), lens)
        return self._lines(self.lines[take]), self.flags[take], lens, self.left[at], self.right[at]


def lookup(blocks: list[PairBlock], first: int, seconds: np.ndarray) -> Postings:
    """The lines holding ``first`` followed by any of ``seconds`` (ascending, once each)
    and, for each, the flags of the earliest such pair (bit 15: more than one stands in
    the line) and what proves its neighbours."""
    got = [g for g in (blk.find(first, seconds) for blk in blocks) if g is not None]
    if not got:
        return Postings.empty()
    if len(got) == 1:
        lines, flags = got[0][0], got[0][1]
    else:
        lines = np.concatenate([g[0] for g in got])
        flags = np.concatenate([g[1] for g in got])
    ends = np.cumsum(np.concatenate([g[2] for g in got]))
    left = np.concatenate([g[3] for g in got])
    right = np.concatenate([g[4] for g in got])
    if len(lines) > 1 and not (lines[1:] > lines[:-1]).all():
        # several pairs in one line: the earliest stands for them, "more than once"
        order = np.lexsort((flags & POS, lines))
        lines, flags = lines[order], flags[order]
        new = np.ones(len(lines), dtype=bool)
        new[1:] = lines[1:] != lines[:-1]
        starts = np.flatnonzero(new)
        times = np.diff(np.append(starts, len(lines)))
        more = (np.maximum.reduceat(flags & MORE, starts) | np.where(times > 1, MORE, 0)).astype(_U2)
        return Postings(lines[starts], (flags[starts] & ~np.uint16(MORE)) | more, ends, left, right, order[starts])
    return Postings(lines, flags, ends, left, right)


def merge_entries(blocks: list[PairBlock]) -> tuple[np.ndarray, ...]:
    """The postings of ``blocks`` (each in line order, the blocks one after another in
    line order), as :func:`pairs_of_lines` gives them: to write them as one block."""
    parts = [blk.entries() for blk in blocks]
    cols = [np.concatenate([p[i] for p in parts]) if parts else np.zeros(0) for i in range(6)]
    order = np.argsort(cols[2], kind="stable")   # each line's postings come from one block
    return tuple(c[order] for c in cols)
