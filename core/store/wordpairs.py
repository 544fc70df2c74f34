"""Two-syllable postings: which lines hold which pair of adjacent words, and where first.

A phrase ("hop tac", "ky ket thoa thuan") must have its syllables side by side. The
single-word postings (``wordindex``) only say that a line holds each syllable somewhere,
so a phrase in nearly every line meant reading nearly every line. These postings answer
it instead: a phrase of two syllables is exactly the lines of its pair; a longer one is
the lines holding all of its pairs, and each posting also says where the pair first
stands in its line (its word position) and whether it stands there more than once. When
the pairs' first positions follow each other the line holds the phrase; when they do not
and each pair stands in the line once, it does not; only when a pair repeats (or stands
beyond position 32,766) is the line read to check.

They are blocks of ``words.bin``, listed in ``rows.json`` with the single-word blocks
(their kind is the lines' kind with a "2": ``"e2"``, ``"b2"``), so the same CRC-32 and
stamp cover them. A block, all little-endian:

    base, wide (uint32: the block's first line; 1 if its lines are uint32, 0 if uint16),
    first[k], second[k] (uint32 word ids: the pairs, ascending by (first, second)),
    starts[k + 1] (uint32), lines[n] (line - base, ascending per pair; uint16 or uint32),
    flags[n] (uint16: first position, or 0x7FFF when beyond; bit 15: more than once),
    each array padded to a multiple of 4 bytes.

A build writes a block per 65,536 lines at most, so its lines fit in 16 bits: a posting
costs 4 bytes (about 0.5 GB at a million events).
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["PAIR_KINDS", "block_bytes", "block_size", "pairs_of_lines", "PairBlock", "lookup", "merge_entries"]

PAIR_KINDS = {"e": "e2", "b": "b2"}   # the lines' kind → the kind of their pairs' blocks
FAR = 0x7FFF    # a first position too far to record: the line is read when it matters
MORE = 0x8000   # the pair stands more than once in the line
_U4, _U2 = np.dtype("<u4"), np.dtype("<u2")


SPAN = 1 << 16   # a build's block covers at most this many lines (their numbers then fit in 16 bits)


def _pad4(n: int) -> int:
    return 4 * ((n + 3) // 4)


def block_size(k: int, n: int, wide: bool = False) -> int:
    """Bytes of a block of ``k`` pairs and ``n`` postings."""
    return 4 * (2 + 3 * k + 1) + (4 * n if wide else _pad4(2 * n)) + _pad4(2 * n)


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """A stable sort order of uint32 ``keys``: radix passes of 16 bits (linear time)."""
    if not len(keys) or int(keys.max()) < 1 << 16:
        return np.argsort(keys.astype(np.uint16), kind="stable")
    low = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    high = np.argsort((keys[low] >> 16).astype(np.uint16), kind="stable")
    return low[high]


def pairs_of_lines(tokens: np.ndarray, counts: np.ndarray, lines: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The lines' words as word ids (``tokens``, line after line; ``counts[i]`` of line
    ``lines[i]``, ascending) → one posting per (pair, line), ordered by pair, then line:
    (first, second, line, flags)."""
    counts = counts.astype(np.int64)
    n = len(tokens)
    if n < 2:
        z = np.zeros(0, _U4)
        return z, z, z, np.zeros(0, _U2)
    begin = np.cumsum(counts) - counts
    line_of = np.repeat(lines.astype(_U4), counts)
    pos = np.arange(n, dtype=np.int64) - np.repeat(begin, counts)
    ok = np.flatnonzero(pos[:-1] < np.repeat(counts, counts)[:-1] - 1)   # the next word is in the same line
    first, second = tokens[ok].astype(_U4), tokens[ok + 1].astype(_U4)
    line, pos = line_of[ok], pos[ok]
    # order by pair (radix passes, the last key first); lines and positions stay ascending
    order = _stable_order(second)
    order = order[_stable_order(first[order])]
    first, second, line, pos = first[order], second[order], line[order], pos[order]
    if not len(line):
        return first, second, line, np.zeros(0, _U2)
    new = np.ones(len(line), dtype=bool)
    new[1:] = (line[1:] != line[:-1]) | (first[1:] != first[:-1]) | (second[1:] != second[:-1])
    starts = np.flatnonzero(new)
    times = np.diff(np.append(starts, len(line)))
    flags = np.minimum(pos[starts], FAR).astype(_U2) | np.where(times > 1, MORE, 0).astype(_U2)
    return first[starts], second[starts], line[starts], flags


def block_bytes(first: np.ndarray, second: np.ndarray, lines: np.ndarray, flags: np.ndarray
                ) -> tuple[bytes, int, int]:
    """Postings (each pair's lines ascending) as one block: (bytes, k, n)."""
    order = _stable_order(second)
    order = order[_stable_order(first[order])]
    first, second, lines, flags = first[order], second[order], lines[order], flags[order]
    n = len(lines)
    if n:
        new = np.ones(n, dtype=bool)
        new[1:] = (first[1:] != first[:-1]) | (second[1:] != second[:-1])
        cut = np.flatnonzero(new)
    else:
        cut = np.zeros(0, np.int64)
    starts = np.append(cut, n).astype(_U4)
    pad = b"\x00\x00" if n % 2 else b""
    base = int(lines.min()) if n else 0
    rel = lines.astype(np.int64) - base
    wide = bool(n) and int(rel.max()) >= SPAN
    rel_bytes = rel.astype(_U4).tobytes() if wide else rel.astype(_U2).tobytes() + pad
    data = b"".join((np.array([base, int(wide)], _U4).tobytes(), first[cut].astype(_U4).tobytes(),
                     second[cut].astype(_U4).tobytes(), starts.tobytes(), rel_bytes, flags.astype(_U2).tobytes(), pad))
    return data, len(cut), n


class PairBlock:
    __slots__ = ("base", "first", "second", "starts", "lines", "flags")

    def __init__(self, data: np.ndarray, entry: list[Any]) -> None:
        _kind, off, k, n, _lines = entry
        at = off // 4
        self.base, wide = (int(x) for x in data[at: at + 2]) if len(data) >= at + 2 else (0, 2)
        if wide not in (0, 1) or off + block_size(k, n, bool(wide)) > 4 * len(data):
            raise ValueError("a block of word pairs does not fit words.bin")
        at += 2
        self.first = data[at: at + k]
        self.second = data[at + k: at + 2 * k]
        self.starts = data[at + 2 * k: at + 3 * k + 1]
        at += 3 * k + 1
        words = n if wide else (n + 1) // 2
        self.lines = data[at: at + words] if wide else data[at: at + words].view(_U2)[:n]
        at += words
        self.flags = data[at: at + (n + 1) // 2].view(_U2)[:n]

    def _lines(self, part: np.ndarray) -> np.ndarray:
        return part.astype(np.int64) + self.base

    def entries(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every posting: (first, second, line, flags)."""
        lens = np.diff(self.starts.astype(np.int64))
        return (np.repeat(self.first, lens), np.repeat(self.second, lens), self._lines(self.lines),
                np.asarray(self.flags))

    def find(self, first: int, seconds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The postings of the pairs (first, s) for s in ``seconds`` (sorted): lines, flags."""
        key = np.uint32(first)   # a Python int would have the whole column cast to int64 first
        lo = int(np.searchsorted(self.first, key, side="left"))
        hi = int(np.searchsorted(self.first, key, side="right"))
        if lo == hi or not len(seconds):
            return np.zeros(0, _U4), np.zeros(0, _U2)
        own = self.second[lo:hi]
        at = np.minimum(np.searchsorted(own, seconds), hi - lo - 1)
        at = at[own[at] == seconds] + lo
        if not len(at):
            return np.zeros(0, _U4), np.zeros(0, _U2)
        starts, ends = self.starts[at].astype(np.int64), self.starts[at + 1].astype(np.int64)
        if (ends < starts).any() or (ends > len(self.lines)).any():
            raise ValueError("a block of word pairs points outside itself")
        if len(at) == 1:
            return self._lines(self.lines[starts[0]: ends[0]]), np.asarray(self.flags[starts[0]: ends[0]])
        lens = ends - starts
        take = np.arange(int(lens.sum()), dtype=np.int64) + np.repeat(starts - (np.cumsum(lens) - lens), lens)
        return self._lines(self.lines[take]), self.flags[take]


def lookup(blocks: list[PairBlock], first: int, seconds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The lines holding ``first`` followed by any of ``seconds`` (ascending, once each)
    and, for each, the flags of the earliest such pair (bit 15: more than one stands
    in the line)."""
    got = [blk.find(first, seconds) for blk in blocks]
    got = [g for g in got if len(g[0])]
    if not got:
        return np.zeros(0, _U4), np.zeros(0, _U2)
    lines = np.concatenate([g[0] for g in got]).astype(np.int64)
    flags = np.concatenate([g[1] for g in got]).astype(np.int64)
    if len(lines) > 1 and not (lines[1:] > lines[:-1]).all():
        order = np.argsort(lines, kind="stable")
        lines, flags = lines[order], flags[order]
        new = np.ones(len(lines), dtype=bool)
        new[1:] = lines[1:] != lines[:-1]
        starts = np.flatnonzero(new)
        if len(starts) < len(lines):   # several pairs in one line: the earliest, and "more than once"
            times = np.diff(np.append(starts, len(lines)))
            pos = np.minimum.reduceat(flags & FAR, starts)
            more = np.maximum.reduceat(flags & MORE, starts) | np.where(times > 1, MORE, 0)
            lines, flags = lines[starts], pos | more
    return lines, flags


def merge_entries(blocks: list[PairBlock]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The postings of ``blocks`` (each in line order, the blocks one after another in
    line order), as :func:`pairs_of_lines` gives them: to write them as one block."""
    parts = [blk.entries() for blk in blocks]
    cols = [np.concatenate([p[i] for p in parts]) if parts else np.zeros(0) for i in range(4)]
    order = np.argsort(cols[2], kind="stable")   # each line's postings come from one block
    return tuple(c[order] for c in cols)  # type: ignore[return-value]
