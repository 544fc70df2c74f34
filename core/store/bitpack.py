"""Bit-packed postings for ``words.bin`` (cache version 18): whole numbers of a few bits
each, and ascending lists of lines in Elias-Fano form, written and read by numpy without
a Python loop per number.

A *bit stream* is bytes read as little-endian 32-bit words; bit ``i`` is bit ``i % 32`` of
word ``i // 32``. A number of width ``w`` (0 to 32 bits) at bit ``o`` is bits ``o`` to
``o + w - 1``, lowest first; a stream ends with two spare zero words, so that every number
can be read as the 8 bytes from its first byte (:func:`read`: a run of numbers of one
width is 8 runs of a fixed stride in bytes, read in place).

An ascending list of ``n`` numbers below ``span`` (a pair's or a word's lines in a block,
from the block's first line) is its Elias-Fano form: with ``low = ef_low(n, span)``, the
``low`` lowest bits of each number, packed (``n * low`` bits), then a bit array of
``ef_high(n, span)`` bits where number ``i`` sets bit ``(value >> low) + i``. It costs
about ``2 + log2(span / n)`` bits a number: 15 for a list of one in 65,536 lines (4 and
2 bytes before, as uint32 or uint16). A list holding more than a quarter of the span is
a bitmap of ``span`` bits instead (fewer bits then, and read faster): 1 to 4 bits a
number. Which form a list takes follows from ``n`` and ``span`` (:func:`dense`).
"""

from __future__ import annotations

import numpy as np

__all__ = ["bitmap", "dense", "ef_low", "ef_high", "ef_bits", "list_bits", "Writer", "capacity", "read", "read_at", "read_many", "read_ef", "read_ef_many", "width"]

_U4 = np.dtype("<u4")
_U8, _U4, _U2 = np.dtype("<u8"), np.dtype("<u4"), np.dtype("<u2")
SPARE = 2   # zero words that end a stream
FEW = 64    # read: fewer numbers than this are gathered one by one, not by strides
QUARTER = 4   # dense: a list holding more than a quarter of its span is a bitmap
LONG = 256  # read_ef_many: lists of this many numbers or more are read one by one, the shorter ones at once


def ef_low(n: np.ndarray | int, span: int) -> np.ndarray:
    """The low bits kept apart for lists of ``n`` numbers (n ≥ 1) below ``span``."""
    q = np.maximum(span // np.maximum(np.asarray(n, dtype=np.int64), 1), 1)
    return np.frexp(q.astype(np.float64))[1].astype(np.int64) - 1   # floor(log2(q)), exact below 2**53


def ef_high(n: np.ndarray | int, span: int, low: np.ndarray) -> np.ndarray:
    """Bits of the high part of such lists (0 for an empty one)."""
    n = np.asarray(n, dtype=np.int64)
    return np.where(n > 0, n + ((max(span, 1) - 1) >> low) + 1, 0)


def dense(n: np.ndarray | int, span: int, q: int = QUARTER) -> np.ndarray:
    """Is a list of ``n`` numbers below ``span`` a bitmap (not Elias-Fano)? It is when it
    holds more than ``1/q`` of the span (``q`` = 4: whenever that takes fewer bits; more:
    a bitmap, read faster, for lists somewhat sparser too)."""
    return q * np.asarray(n, dtype=np.int64) > span


def ef_bits(n: np.ndarray, span: int, q: int = QUARTER) -> np.ndarray:
    """Bits of each list of ``n`` numbers below ``span``: both parts, or its bitmap."""
    n = np.asarray(n, dtype=np.int64)
    low = ef_low(n, span)
    return np.where(dense(n, span, q), span, n * low + ef_high(n, span, low))


def list_bits(n: int, span: int, q: int = QUARTER) -> int:
    """:func:`ef_bits` of one list, in plain integers (no numpy call: it is asked per pair)."""
    if not n:
        return 0
    if q * n > span:
        return span
    low = max((span // n).bit_length() - 1, 0)
    return n * low + n + ((max(span, 1) - 1) >> low) + 1


def width(values: np.ndarray, groups: np.ndarray, k: int) -> np.ndarray:
    """For ``k`` groups, the bits of the largest of each group's ``values`` (0 for a group
    of zeros or of none); ``groups[i]`` is the group of ``values[i]``."""
    top = np.zeros(k, np.int64)
    if len(values):
        np.maximum.at(top, groups, np.asarray(values, dtype=np.int64))
    return np.frexp(top.astype(np.float64))[1].astype(np.int64)   # bit_length


class Writer:
    """A bit stream of ``total`` bits being filled: :meth:`put` numbers at bit offsets,
    :meth:`put_ef` lists; :meth:`bytes` gives the stream (with its spare word)."""

    def __init__(self, total: int) -> None:
        self.bits = np.zeros(32 * ((int(total) + 31) // 32 + SPARE), dtype=np.uint8)   # one byte a bit

    def put(self, at: np.ndarray, values: np.ndarray, widths: np.ndarray | int) -> None:
        """Number ``values[i]`` at bit ``at[i]``, ``widths[i]`` bits (values fit them)."""
        at = np.asarray(at, dtype=np.int64)
        values = np.asarray(values, dtype=np.int64)
        widths = np.broadcast_to(np.asarray(widths, dtype=np.int64), at.shape)
        for j in range(int(widths.max(initial=0))):
            sel = widths > j
            if not sel.all():
                self.bits[at[sel] + j] = (values[sel] >> j) & 1
            else:
                self.bits[at + j] = (values >> j) & 1

    def put_ef(self, at: np.ndarray, n: np.ndarray, values: np.ndarray, span: int, q: int = QUARTER) -> None:
        """Lists (``values``: list after list, each ascending and below ``span``; list
        ``i`` has ``n[i]`` numbers) in Elias-Fano form or as bitmaps, list ``i`` from bit
        ``at[i]``."""
        n = np.asarray(n, dtype=np.int64)
        values = np.asarray(values, dtype=np.int64)
        flat = np.repeat(dense(n, span, q), n)
        if flat.any():
            self.bits[np.repeat(np.asarray(at, dtype=np.int64), n)[flat] + values[flat]] = 1
            keep = ~dense(n, span, q)
            at, n, values = np.asarray(at)[keep], n[keep], values[~flat]
        low = ef_low(n, span)
        begin = np.cumsum(n) - n
        rank = np.arange(len(values), dtype=np.int64) - np.repeat(begin, n)
        lw = np.repeat(low, n)
        start = np.repeat(np.asarray(at, dtype=np.int64), n)
        self.put(start + rank * lw, values & ((1 << lw) - 1), lw)
        self.bits[start + np.repeat(n * low, n) + (values >> lw) + rank] = 1

    def bytes(self) -> bytes:
        return np.packbits(self.bits, bitorder="little").tobytes()


def capacity(words: np.ndarray) -> int:
    """Bits a stream of ``words`` (its spare words included) can hold."""
    return 32 * (len(words) - SPARE)


def read(words: np.ndarray, at: np.ndarray | int, count: int, w: int, narrow: bool = False) -> np.ndarray:
    """``count`` numbers of ``w`` bits, one after another from bit ``at`` of the stream
    ``words`` (uint32, its spare words included), as int64 (``narrow``, for ``w`` of 16
    bits at most: as uint16, which writes a quarter of the bytes: positions and flags are
    read 2-3 times quicker so)."""
    kind = _U2 if narrow and w <= 16 else np.dtype(np.int64)
    if not count or not w:
        return np.zeros(count, kind)
    at = int(at)
    if at < 0 or at + count * w > capacity(words):
        raise ValueError("a run of numbers does not fit its block")
    if count < FEW:
        return read_at(words, at + np.arange(count, dtype=np.int64) * w, w).astype(kind, copy=False)
    # numbers r, r + 8, r + 16 ... begin w bytes apart, at the same bit of their byte: read
    # as 8 strided views in place (4-byte loads when a number and its bit offset fit them)
    out = np.empty(count, kind)
    load, one = (_U4, np.uint32) if w + 7 <= 32 else (_U8, np.uint64)
    mask = one((1 << w) - 1)
    tmp = np.empty((count + 7) // 8, load)
    for r in range(8):
        bit = at + r * w
        m = (count - r + 7) // 8
        got = np.ndarray((m,), dtype=load, buffer=words, offset=bit >> 3, strides=(w,))
        part = tmp[:m]
        np.right_shift(got, one(bit & 7), out=part)
        np.bitwise_and(part, mask, out=part)
        out[r::8] = part
    return out


def read_at(words: np.ndarray, bit: np.ndarray, w: np.ndarray | int) -> np.ndarray:
    """The numbers of ``w`` bits (one width, or one each) at the bit offsets ``bit`` of
    ``words``, as int64."""
    if np.ndim(w) == 0 and not w:
        return np.zeros(len(bit), np.int64)
    i = bit >> 5
    nxt = np.minimum(i + 1, len(words) - 1)   # (a number of 0 bits may stand at the very end)
    pair = words[i].astype(np.uint64) | (words[nxt].astype(np.uint64) << np.uint64(32))
    mask = (np.uint64(1) << np.asarray(w, dtype=np.uint64)) - np.uint64(1)
    return ((pair >> (bit & 31).astype(np.uint64)) & mask).astype(np.int64)


def read_many(words: np.ndarray, at: np.ndarray, n: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Runs of numbers: run ``i`` holds ``n[i]`` numbers of ``w[i]`` bits from bit
    ``at[i]``; all of them, run after run, as int64."""
    n = np.asarray(n, dtype=np.int64)
    total = int(n.sum())
    if not total:
        return np.zeros(0, np.int64)
    rank = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(n) - n, n)
    ww = np.repeat(np.asarray(w, dtype=np.int64), n)
    return read_at(words, np.repeat(np.asarray(at, dtype=np.int64), n) + rank * ww, ww)


def read_ef_many(words: np.ndarray, at: np.ndarray, n: np.ndarray, span: int, q: int = QUARTER) -> np.ndarray:
    """Several lists (list ``i``: ``n[i]`` numbers from bit ``at[i]``), list after list,
    as int64: the short ones in one pass over the bits of their high parts, not a loop;
    the long ones and the bitmaps one by one."""
    n = np.asarray(n, dtype=np.int64)
    at = np.asarray(at, dtype=np.int64)
    # long lists one by one (each one's bits unpacked at once: quicker than gathering bit
    # by bit), the short ones together
    big = dense(n, span, q) | (n >= LONG)
    if big.any():
        parts: list[np.ndarray] = [np.zeros(0, np.int64)] * len(n)
        for i in np.flatnonzero(big).tolist():
            parts[i] = read_ef(words, int(at[i]), int(n[i]), span, q)
        small = np.flatnonzero(~big)
        if len(small):
            got = _read_ef_many(words, at[small], n[small], span)
            for i, part in zip(small.tolist(), np.split(got, np.cumsum(n[small])[:-1])):
                parts[i] = part
        return np.concatenate(parts)
    return _read_ef_many(words, at, n, span)


def _read_ef_many(words: np.ndarray, at: np.ndarray, n: np.ndarray, span: int) -> np.ndarray:
    total = int(n.sum())
    if not total:
        return np.zeros(0, np.int64)
    low = ef_low(n, span)
    high = ef_high(n, span, low)
    start = at + n * low
    if len(start) and int((start + high).max()) > capacity(words):
        raise ValueError("a list of postings does not fit its block")
    hb = np.cumsum(high) - high   # each high part's place among all of them
    bit = np.arange(int(high.sum()), dtype=np.int64) + np.repeat(start - hb, high)
    ones = np.flatnonzero((words[bit >> 5] >> (bit & 31).astype(np.uint32)) & 1)
    if len(ones) != total:
        raise ValueError("a list of postings is damaged")
    begin = np.cumsum(n) - n
    top = ones - np.repeat(hb, n) - (np.arange(total, dtype=np.int64) - np.repeat(begin, n))
    return (top << np.repeat(low, n)) | read_many(words, at, n, low)


def bitmap(words: np.ndarray, at: int, span: int) -> np.ndarray:
    """The bitmap of ``span`` bits from bit ``at`` of ``words`` (a list that :func:`dense`
    says is one), a boolean per number below ``span``."""
    if at < 0 or at + span > capacity(words):
        raise ValueError("a list of postings does not fit its block")
    raw = words.view(np.uint8)[at >> 3: (at + span + 7) >> 3]
    return np.unpackbits(raw, bitorder="little")[at & 7: (at & 7) + span].view(bool)


def read_ef(words: np.ndarray, at: int, n: int, span: int, q: int = QUARTER) -> np.ndarray:
    """The ascending list of ``n`` numbers below ``span`` in Elias-Fano form from bit
    ``at`` of ``words`` (uint32), as int64. ValueError if the stream does not hold it."""
    if not n:
        return np.zeros(0, np.int64)
    if q * n > span:   # a bitmap
        got = np.flatnonzero(bitmap(words, at, span))
        if len(got) != n:
            raise ValueError("a list of postings is damaged")
        return got
    low = max((span // n).bit_length() - 1, 0)
    high = n + ((max(span, 1) - 1) >> low) + 1
    start = at + n * low
    end = start + high
    if end > capacity(words):
        raise ValueError("a list of postings does not fit its block")
    raw = words.view(np.uint8)[start >> 3: (end + 7) >> 3]
    ones = np.flatnonzero(np.unpackbits(raw, bitorder="little")[start & 7: (start & 7) + high])
    if len(ones) != n:
        raise ValueError("a list of postings is damaged")
    top = ones - np.arange(n, dtype=np.int64)
    if not low:
        return top
    return (top << low) | read(words, at, n, low, narrow=True)
