"""Writing the inverted index of ``words.bin`` and ``words.txt`` (their layout:
``wordindex``): :class:`WordCollector` collects the words of new lines and appends
them as blocks of words and of adjacent word pairs (``pairwrite``). Only a build or an
ingest's growth of the caches imports this; a search reads with ``wordindex`` alone."""

from __future__ import annotations

import zlib
from array import array
from pathlib import Path
from typing import Any, BinaryIO, Iterable

import numpy as np

from . import bitpack, pairwrite, wordpairs
from .wordindex import _U4, DENSE, KINDS, _Block
from .wordpairs import PAIR_KINDS, PairBlock

__all__ = ["WordCollector", "BLOCK_POSTINGS", "SMALL", "MAX_SMALL"]

BLOCK_POSTINGS = 4_000_000   # a build flushes a block at about this many postings
SMALL = 1_000_000            # blocks below this many postings are merged ...
MAX_SMALL = 8                # ... once there are more than this many of a kind

def _stable_order(words: np.ndarray) -> np.ndarray:
    """A stable sort order by word id: one radix pass per 16 bits (numpy radix-sorts
    16-bit keys in linear time; 32-bit keys would take a comparison sort)."""
    if not len(words) or int(words.max()) < 1 << 16:
        return np.argsort(words.astype(np.uint16), kind="stable")
    low = np.argsort((words & 0xFFFF).astype(np.uint16), kind="stable")
    high = np.argsort((words[low] >> 16).astype(np.uint16), kind="stable")
    return low[high]


def _block_bytes(words: np.ndarray, lines: np.ndarray) -> tuple[bytes, int, int]:
    """(word id, line) pairs, in line order, as one block: (bytes, k, n)."""
    order = _stable_order(words)
    w, posts = words[order], lines[order]
    n = len(w)
    cuts = np.flatnonzero(np.diff(w)) + 1
    starts = np.concatenate(([0], cuts, [n])).astype(_U4)
    ids = w[starts[:-1]] if n else np.zeros(0, _U4)
    base = int(posts.min()) if n else 0
    rel = posts.astype(np.int64) - base
    span = int(rel.max()) + 1 if n else 0
    counts = np.diff(starts.astype(np.int64))
    bits = bitpack.ef_bits(counts, span, DENSE)
    at = np.cumsum(bits) - bits
    out = bitpack.Writer(int(bits.sum()))
    out.put_ef(at, counts, rel, span, DENSE)
    body = out.bytes()
    data = np.array([base, span, len(body) // 4], _U4).tobytes() + ids.astype(_U4).tobytes() + starts.tobytes() + body
    return data, len(ids), n


class WordCollector:
    """Collects the words of new lines and appends them as blocks (the build side).

    ``vocab`` is the existing vocabulary (word ids are kept); new words go to
    ``words_fh``, blocks to ``bin_fh`` from ``bin_pos``; ``blocks`` is the list of
    blocks so far (a copy is extended)."""

    def __init__(self, vocab: list[str], words_fh: BinaryIO, bin_fh: BinaryIO, bin_pos: int,
                 blocks: list[list[Any]], flush_at: int = BLOCK_POSTINGS, crc: int = 0) -> None:
        self.ids = {w: i for i, w in enumerate(vocab)}
        self.words_fh, self.bin_fh, self.bin_pos = words_fh, bin_fh, bin_pos
        self.crc = crc  # CRC-32 of words.bin so far, grown with every block written
        self.blocks = [list(b) for b in blocks]
        self.flush_at = flush_at
        self._w = {k: array("I") for k in KINDS}
        self._l = {k: array("I") for k in KINDS}
        self._lines = {k: 0 for k in KINDS}
        self._t = {k: array("I") for k in KINDS}   # the lines' words as ids, in order (for the pairs)
        self._tc = {k: array("I") for k in KINDS}  # how many words each line has
        self._tl = {k: array("I") for k in KINDS}  # which line that is

    @property
    def n_words(self) -> int:
        return len(self.ids)

    def add(self, kind: str, line: int, words: Iterable[str]) -> None:
        """The words of line ``line`` of ``kind`` (lines come in ascending order)."""
        ids, w = self.ids, self._w[kind]
        if not isinstance(words, list):
            words = list(words)
        before = len(w)
        for word in set(words):
            i = ids.get(word)
            if i is None:
                i = ids[word] = len(ids)
                self.words_fh.write(word.encode("utf-8") + b"\n")
            w.append(i)
        self._l[kind].extend([line] * (len(w) - before))
        self._lines[kind] += 1
        t = self._t[kind]
        t.extend(map(ids.__getitem__, words))
        self._tc[kind].append(len(words))
        self._tl[kind].append(line)
        if len(w) >= self.flush_at or self._lines[kind] >= wordpairs.SPAN:
            self._flush(kind)
        if len(t) >= self.flush_at or len(self._tl[kind]) >= wordpairs.SPAN:
            self._flush_pairs(kind)

    def _flush_pairs(self, kind: str) -> None:
        if not len(self._tl[kind]):
            return
        got = pairwrite.pairs_of_lines(np.frombuffer(self._t[kind], dtype=np.uint32),
                                       np.frombuffer(self._tc[kind], dtype=np.uint32),
                                       np.frombuffer(self._tl[kind], dtype=np.uint32))
        n_lines = len(self._tl[kind])
        self._t[kind], self._tc[kind], self._tl[kind] = array("I"), array("I"), array("I")
        self._write_block(PAIR_KINDS[kind], pairwrite.block_bytes(*got), n_lines)

    def _flush(self, kind: str) -> None:
        if not self._lines[kind]:
            return
        words = np.frombuffer(self._w[kind], dtype=np.uint32)
        lines = np.frombuffer(self._l[kind], dtype=np.uint32)
        self._append(kind, words, lines, self._lines[kind])
        del words, lines  # release the buffers before the arrays are reset
        self._w[kind], self._l[kind], self._lines[kind] = array("I"), array("I"), 0

    def _append(self, kind: str, words: np.ndarray, lines: np.ndarray, n_lines: int) -> None:
        self._write_block(kind, _block_bytes(words, lines), n_lines)

    def _write_block(self, kind: str, block: tuple[bytes, int, int], n_lines: int) -> None:
        data, k, n = block
        self.bin_fh.write(data)
        self.crc = zlib.crc32(data, self.crc)
        self.blocks.append([kind, self.bin_pos, k, n, n_lines])
        self.bin_pos += len(data)

    def finish(self, bin_path: Path | None = None) -> list[list[Any]]:
        """Write what is left; with ``bin_path`` (an ingest's update), merge small
        blocks first if too many have piled up. Returns the new list of blocks."""
        for kind in KINDS:
            self._flush(kind)
            self._flush_pairs(kind)
        self.bin_fh.flush()
        if bin_path is not None:
            for kind in KINDS:
                self._merge_small(kind, bin_path)
                self._merge_small(PAIR_KINDS[kind], bin_path)
        return self.blocks

    def _merge_small(self, kind: str, bin_path: Path) -> None:
        small = [b for b in self.blocks if b[0] == kind and b[3] < SMALL]
        if len(small) <= MAX_SMALL:
            return
        data = np.memmap(bin_path, dtype=_U4, mode="r") if bin_path.stat().st_size else np.zeros(0, _U4)
        if kind not in KINDS:   # pairs
            got = pairwrite.merge_entries([PairBlock(data, b) for b in small])
            self.blocks = [b for b in self.blocks if not (b[0] == kind and b[3] < SMALL)]
            self._write_block(kind, pairwrite.block_bytes(*got), sum(b[4] for b in small))
            self.bin_fh.flush()
            return
        words, lines = [], []
        for b in small:
            blk = _Block(data, b)
            words.append(np.repeat(blk.ids, np.diff(blk.starts)))
            lines.append(blk.all_posts() + blk.base)
        # blocks are in line order, so a stable sort keeps each word's lines ascending
        self.blocks = [b for b in self.blocks if not (b[0] == kind and b[3] < SMALL)]
        self._append(kind, np.concatenate(words), np.concatenate(lines), sum(b[4] for b in small))
        self.bin_fh.flush()
