"""Two-syllable postings: which lines hold which pair of adjacent words, where first, and
what stands around it there.

A phrase ("hop tac", "ky ket thoa thuan") must have its syllables side by side. The
single-word postings (``wordindex``) only say that a line holds each syllable somewhere,
so a phrase in nearly every line meant reading nearly every line. These postings answer
it instead: a phrase of two syllables is exactly the lines of its pair; a longer one is
the lines holding all of its pairs, and each posting also says where the pair first
stands in its line (its word position), whether it stands there more than once, and
which of the words near that first occurrence (two before it, two after it: ``NEAR``)
are the pair's usual words there in the block (the word most often found there). When
the pairs' first positions follow each other, or one pair's first occurrence with the
words around it spells the rest of the phrase ("ket thoa" with "ky" before it and
"thuan" after it is "ky ket thoa thuan"), the line holds the phrase; when they cannot
(each pair stands once, elsewhere), it does not; only what is left (common pairs
repeated, their first occurrences not the phrase's) is read to check.

They are blocks of ``words.bin``, listed in ``rows.json`` with the single-word blocks
(their kind is the lines' kind with a "2": ``"e2"``, ``"b2"``), so the same CRC-32 and
stamp cover them. A block, all little-endian:

    base, wide (uint32: the block's first line; 1 if its lines are uint32, 0 if uint16),
    first[k], second[k] (uint32 word ids: the pairs, ascending by (first, second)),
    usual[4][k] (uint32 word ids: each pair's usual word at each place of NEAR — one
    before, two after, two before, three after its first word; NONE: none),
    starts[k + 1] (uint32), lines[n] (line - base, ascending per pair; uint16 or uint32),
    flags[n] (uint16: bits 0-10 the first position, or FAR when beyond; bits 14, 13, 12,
    11: the word at that place of NEAR is the pair's usual one; bit 15 the pair stands
    more than once),
    each array padded to a multiple of 4 bytes.

A build writes a block per 65,536 lines at most, so its lines fit in 16 bits: a posting
costs 4 bytes (about 0.5 GB at a million events), a pair 28 bytes per block it is in.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["PAIR_KINDS", "block_bytes", "block_size", "pairs_of_lines", "PairBlock", "Postings", "lookup",
           "merge_entries"]

PAIR_KINDS = {"e": "e2", "b": "b2"}   # the lines' kind → the kind of their pairs' blocks
POS = 0x07FF    # the bits of a posting's flags that hold the first position
FAR = 0x07FF    # a first position too far to record (or beyond): it proves nothing
MORE = 0x8000   # the pair stands more than once in the line
# the words near a pair's first occurrence that a posting can vouch for: (where, counted
# from the pair's first word; the flag saying it is the pair's usual word there)
NEAR = ((-1, 0x4000), (2, 0x2000), (-2, 0x1000), (3, 0x0800))
NONE = 0xFFFFFFFF   # no word there (before the line's start, after its end; no usual one)
_U4, _U2 = np.dtype("<u4"), np.dtype("<u2")


SPAN = 1 << 16   # a build's block covers at most this many lines (their numbers then fit in 16 bits)


def _pad4(n: int) -> int:
    return 4 * ((n + 3) // 4)


def block_size(k: int, n: int, wide: bool = False) -> int:
    """Bytes of a block of ``k`` pairs and ``n`` postings."""
    return 4 * (2 + (3 + len(NEAR)) * k + 1) + (4 * n if wide else _pad4(2 * n)) + _pad4(2 * n)


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """A stable sort order of uint32 ``keys``: radix passes of 16 bits (linear time)."""
    if not len(keys) or int(keys.max()) < 1 << 16:
        return np.argsort(keys.astype(np.uint16), kind="stable")
    low = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    high = np.argsort((keys[low] >> 16).astype(np.uint16), kind="stable")
    return low[high]


def pairs_of_lines(tokens: np.ndarray, counts: np.ndarray, lines: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The lines' words as word ids (``tokens``, line after line; ``counts[i]`` of line
    ``lines[i]``, ascending) → one posting per (pair, line), ordered by pair, then line:
    (first, second, line, flags, near), ``flags`` without the bits of NEAR and ``near``
    (one row per place of NEAR) the words at those places around the pair's first
    occurrence (NONE beyond the line)."""
    counts = counts.astype(np.int64)
    n = len(tokens)
    if n < 2:
        z = np.zeros(0, _U4)
        return z, z, z, np.zeros(0, _U2), np.zeros((len(NEAR), 0), _U4)
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
        return first, second, line, np.zeros(0, _U2), np.zeros((len(NEAR), 0), _U4)
    new = np.ones(len(line), dtype=bool)
    new[1:] = (line[1:] != line[:-1]) | (first[1:] != first[:-1]) | (second[1:] != second[:-1])
    starts = np.flatnonzero(new)
    times = np.diff(np.append(starts, len(line)))
    at = ok[starts]   # each posting's first occurrence, as an index into tokens
    p, sz = pos[at], size[at]
    near = np.stack([np.where((p + d >= 0) & (p + d < sz), tokens[np.clip(at + d, 0, n - 1)], NONE).astype(_U4)
                     for d, _bit in NEAR])
    flags = np.minimum(p, FAR).astype(_U2) | np.where(times > 1, MORE, 0).astype(_U2)
    return first[starts], second[starts], line[starts], flags, near


def _usual(group: np.ndarray, words: np.ndarray, k: int) -> np.ndarray:
    """For each of ``k`` groups, the word most often in ``words`` among its postings
    (``group``: ascending group numbers; NONE words left out; ties: the lowest id)."""
    out = np.full(k, NONE, _U4)
    known = np.flatnonzero(words != NONE)
    if not len(known):
        return out
    # (group, word) as one 64-bit key: one sort (numpy's vectorised one), no argsort
    key = (group[known].astype(np.uint64) << np.uint64(32)) | words[known].astype(np.uint64)
    key.sort()
    new = np.ones(len(key), dtype=bool)
    new[1:] = key[1:] != key[:-1]
    runs = np.flatnonzero(new)
    times = np.diff(np.append(runs, len(key)))
    rg, rw = (key[runs] >> np.uint64(32)).astype(np.int64), (key[runs] & np.uint64(0xFFFFFFFF)).astype(_U4)
    cut = np.flatnonzero(np.append(True, rg[1:] != rg[:-1]))
    most = np.repeat(np.maximum.reduceat(times, cut), np.diff(np.append(cut, len(rg))))
    best = np.flatnonzero(times == most)
    best = best[np.append(True, rg[best][1:] != rg[best][:-1])]   # the first best run of each group
    out[rg[best]] = rw[best]
    return out


def block_bytes(first: np.ndarray, second: np.ndarray, lines: np.ndarray, flags: np.ndarray,
                near: np.ndarray | None = None) -> tuple[bytes, int, int]:
    """Postings (each pair's lines ascending) as one block: (bytes, k, n). ``near``: the
    words at the places of NEAR around each posting's first occurrence (NONE: none or
    unknown), from which each pair's usual words there and the postings' bits are set."""
    n = len(lines)
    if near is None:
        near = np.full((len(NEAR), n), NONE, _U4)
    if n > 1 and not ((first[1:] > first[:-1]) | ((first[1:] == first[:-1]) & (second[1:] >= second[:-1]))).all():
        order = _stable_order(second)
        order = order[_stable_order(first[order])]
        first, second, lines, flags, near = first[order], second[order], lines[order], flags[order], near[:, order]
    near = near.astype(_U4, copy=False)
    if n:
        new = np.ones(n, dtype=bool)
        new[1:] = (first[1:] != first[:-1]) | (second[1:] != second[:-1])
        cut = np.flatnonzero(new)
    else:
        cut = np.zeros(0, np.int64)
    k = len(cut)
    group = np.repeat(np.arange(k, dtype=np.int64), np.diff(np.append(cut, n)))
    usual = np.stack([_usual(group, row, k) for row in near]) if k else np.zeros((len(NEAR), 0), _U4)
    flags = flags.astype(_U2) & np.uint16(POS | MORE)
    for (_d, bit), row, own in zip(NEAR, near, usual):
        flags |= np.where((row != NONE) & (row == own[group]), bit, 0).astype(_U2)
    starts = np.append(cut, n).astype(_U4)
    pad = b"\x00\x00" if n % 2 else b""
    base = int(lines.min()) if n else 0
    rel = lines.astype(np.int64) - base
    wide = bool(n) and int(rel.max()) >= SPAN
    rel_bytes = rel.astype(_U4).tobytes() if wide else rel.astype(_U2).tobytes() + pad
    data = b"".join((np.array([base, int(wide)], _U4).tobytes(), first[cut].astype(_U4).tobytes(),
                     second[cut].astype(_U4).tobytes(), usual.astype(_U4).tobytes(),
                     starts.tobytes(), rel_bytes, flags.astype(_U2).tobytes(), pad))
    return data, k, n


class Postings:
    """The lines holding a pair (or any of several pairs with the same first word), each
    with the flags of the pair's earliest occurrence there; :meth:`near` gives the words
    its bits vouch for around that occurrence, for the few postings that need them."""

    __slots__ = ("lines", "flags", "_src", "_ends", "_usual")

    def __init__(self, lines: np.ndarray, flags: np.ndarray, ends: np.ndarray, usual: np.ndarray,
                 src: np.ndarray | None = None) -> None:
        self.lines, self.flags = lines, flags
        # the postings came as pieces (one pair of one block each): where each piece ends
        # and its pair's usual words (one row per place of NEAR); src: where each
        # posting stood among the pieces
        self._ends, self._usual, self._src = ends, usual, src

    def __len__(self) -> int:
        return len(self.lines)

    @classmethod
    def empty(cls) -> Postings:
        z = np.zeros(0, _U4)
        return cls(z, np.zeros(0, _U2), z, np.zeros((len(NEAR), 0), _U4))

    def near(self, idx: np.ndarray) -> list[np.ndarray]:
        """For postings ``idx``: the word at each place of NEAR around the first
        occurrence, where its bit vouches for it (NONE elsewhere)."""
        at = idx if self._src is None else self._src[idx]
        piece = np.searchsorted(self._ends, at, side="right")
        flags = self.flags[idx]
        return [np.where(flags & bit, self._usual[i][piece], NONE).astype(_U4) for i, (_d, bit) in enumerate(NEAR)]


class PairBlock:
    __slots__ = ("base", "first", "second", "usual", "starts", "lines", "flags")

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
        at += 2 * k
        self.usual = data[at: at + len(NEAR) * k].reshape(len(NEAR), k)
        at += len(NEAR) * k
        self.starts = data[at: at + k + 1]
        at += k + 1
        words = n if wide else (n + 1) // 2
        self.lines = data[at: at + words] if wide else data[at: at + words].view(_U2)[:n]
        at += words
        self.flags = data[at: at + (n + 1) // 2].view(_U2)[:n]

    def _lines(self, part: np.ndarray) -> np.ndarray:
        return part.astype(np.int64) + self.base

    def entries(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every posting as :func:`pairs_of_lines` gives them, the words near it known
        from the bits: (first, second, line, flags, near)."""
        lens = np.diff(self.starts.astype(np.int64))
        flags = np.asarray(self.flags)
        near = np.stack([np.where(flags & bit, np.repeat(self.usual[i], lens), NONE).astype(_U4)
                         for i, (_d, bit) in enumerate(NEAR)]) if len(flags) else np.zeros((len(NEAR), 0), _U4)
        return np.repeat(self.first, lens), np.repeat(self.second, lens), self._lines(self.lines), flags, near

    def find(self, first: int, seconds: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
        """The postings of the pairs (first, s) for s in ``seconds`` (sorted): lines,
        flags, and per pair found, its number of postings and its usual words."""
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
            return self._lines(self.lines[a:b]), self.flags[a:b], lens, self.usual[:, at]
        take = np.arange(int(lens.sum()), dtype=np.int64) + np.repeat(starts - (np.cumsum(lens) - lens), lens)
        return self._lines(self.lines[take]), self.flags[take], lens, self.usual[:, at]


def lookup(blocks: list[PairBlock], first: int, seconds: np.ndarray) -> Postings:
    """The lines holding ``first`` followed by any of ``seconds`` (ascending, once each)
    and, for each, the flags of the earliest such pair (bit 15: more than one stands in
    the line) and what vouches for the words near it."""
    got = [g for g in (blk.find(first, seconds) for blk in blocks) if g is not None]
    if not got:
        return Postings.empty()
    if len(got) == 1:
        lines, flags = got[0][0], got[0][1]
    else:
        lines = np.concatenate([g[0] for g in got])
        flags = np.concatenate([g[1] for g in got])
    ends = np.cumsum(np.concatenate([g[2] for g in got]))
    usual = np.concatenate([g[3] for g in got], axis=1)
    if len(lines) > 1 and not (lines[1:] > lines[:-1]).all():
        # several pairs in one line: the earliest stands for them, "more than once"
        order = np.lexsort((flags & POS, lines))
        lines, flags = lines[order], flags[order]
        new = np.ones(len(lines), dtype=bool)
        new[1:] = lines[1:] != lines[:-1]
        starts = np.flatnonzero(new)
        times = np.diff(np.append(starts, len(lines)))
        more = (np.maximum.reduceat(flags & MORE, starts) | np.where(times > 1, MORE, 0)).astype(_U2)
        return Postings(lines[starts], (flags[starts] & ~np.uint16(MORE)) | more, ends, usual, order[starts])
    return Postings(lines, flags, ends, usual)


def merge_entries(blocks: list[PairBlock]) -> tuple[np.ndarray, ...]:
    """The postings of ``blocks`` (each in line order, the blocks one after another in
    line order), as :func:`pairs_of_lines` gives them: to write them as one block."""
    parts = [blk.entries() for blk in blocks]
    cols = [np.concatenate([p[i] for p in parts]) if parts else np.zeros(0) for i in range(4)]
    near = np.concatenate([p[4] for p in parts], axis=1) if parts else np.zeros((len(NEAR), 0), _U4)
    order = np.argsort(cols[2], kind="stable")   # each line's postings come from one block
    return (*(c[order] for c in cols), near[:, order])
