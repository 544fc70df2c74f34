"""Writing the word-pair blocks of ``words.bin`` (their layout: ``wordpairs``): the
postings of the lines' adjacent word pairs (:func:`pairs_of_lines`), those of several
blocks merged to be written as one (:func:`merge_entries`), and a block's bytes
(:func:`block_bytes`). Only a build of the caches imports this; a search reads the
blocks with ``wordpairs`` alone."""

from __future__ import annotations

import numpy as np

from . import bitpack
from . import wordpairs
from .wordpairs import _U2, _U4, PairBlock, _stable_order, ragged

__all__ = ["pairs_of_lines", "block_bytes", "merge_entries"]


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
    cap = wordpairs.BEYOND - 1   # at most this many later positions a posting (a line of 65,535 words or more)
    if len(more) and int(more.max()) > cap:
        keep = ragged(np.cumsum(more) - more, np.minimum(more, cap))
        cut = (np.cumsum(np.minimum(more, cap)) - 1)[more > cap]
        later = later[keep]
        later[cut] = wordpairs.BEYOND   # the rest is not recorded: the line is read when it matters
        more = np.minimum(more, cap)
    later = np.minimum(later, wordpairs.BEYOND)
    if n:
        new = np.ones(n, dtype=bool)
        new[1:] = (first[1:] != first[:-1]) | (second[1:] != second[:-1])
        cut = np.flatnonzero(new)
    else:
        cut = np.zeros(0, np.int64)
    k = len(cut)
    sizes = np.diff(np.append(cut, n))
    group = np.repeat(np.arange(k, dtype=np.int64), sizes)
    first_pos = np.minimum(pos, wordpairs.FAR)
    times = np.minimum(more, wordpairs.ESCAPE)
    # each pair's part of `more`: the exact counts of its escaped postings, then its later positions
    esc = np.flatnonzero(more >= wordpairs.ESCAPE)
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
