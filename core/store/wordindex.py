"""The inverted index behind free-text search: which lines hold which folded word.

Search matches whole folded words, the last one typed as a prefix (``search.py``).
Scanning a million events' text for that costs seconds; looking words up costs
milliseconds. The index lives beside the other caches and, like them, only grows:

* ``words.txt``: the vocabulary, one folded word a line; a word's *id* is its line;
* ``words.bin``: blocks of postings, all little-endian. A block is

  ``base``, ``span``, ``size`` (uint32: the block's first line; one more than its last
  line, from ``base``; the uint32 of its bit stream), ``ids[k]`` (uint32: the word ids
  it holds, ascending), ``starts[k + 1]`` (uint32: where each word's postings begin, as
  if they were an array), then the bit stream (``bitpack``): each word's lines (line -
  base, ascending) in Elias-Fano form, word after word.

  A build writes a block per 65,536 lines at most (``wordpairs.SPAN``). A posting takes
  about 2 + log2(lines / postings) bits (cache version 18; 2 bytes in 17, 4 before), up
  to 2 bytes for a rare word; a word in more than one line in 16 (``DENSE``) is a
  bitmap of the block's lines instead, which a search ors into its mask as it is.

A posting is a line of ``search.txt`` (kind ``"e"``: an event's own text) or of
``bodies.txt`` (kind ``"b"``: an article's body, i.e. the article's number). The list
of blocks, ``[kind, offset, k, n, lines]`` each, is kept in ``rows.json`` with the
number of words, so the stamp there covers the index too. A build writes a block per
few million postings; an ingest appends one small block per kind, and when small
blocks pile up they are merged into one appended block (the old ones are dropped
from the list; a full rebuild reclaims their bytes). Writing them: ``wordwrite``.

Beside them, ``words.bin`` holds blocks of adjacent word pairs (kinds ``"e2"``, ``"b2"``:
``wordpairs``), so a phrase is answered from postings, not by reading its lines.

A query word becomes the ids of the words it stands for (one id, or every word with
that prefix: a bisect in the sorted vocabulary), and those ids' postings are set in a
boolean mask over the lines (numpy: one scatter per block, no Python loop per line).
"""

from __future__ import annotations

import bisect
import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import bitpack, wordpairs
from .cache_files import file_crc
from .decoded import Decoded
from .pinned import Pinned
from .wordpairs import PAIR_KINDS, PairBlock

if TYPE_CHECKING:
    from .pairpostings import Postings

__all__ = ["WordIndex", "DamagedIndex", "Pinned", "KINDS", "blocks_fit", "read_vocab"]

KINDS = ("e", "b")
HEADER = 3                   # uint32 before a block's word ids: base, span, size
DENSE = 16                   # a word in more than 1 line in 16 of a block: a bitmap (a mask ors it in)
_U4, _U2 = np.dtype("<u4"), np.dtype("<u2")


class DamagedIndex(ValueError):
    """``words.bin`` does not hold what ``rows.json`` says (its checksum or its
    numbers are off): search must not trust it."""


def block_size(k: int, n: int, wide: bool = False) -> int:
    """The least bytes a block of ``k`` words (and ``n`` postings) can take: its table,
    and a spare word of an empty bit stream (``wide``: unused, as the postings' width
    is their own now)."""
    return 4 * (HEADER + 2 * k + 1 + 1)


class _Block:
    __slots__ = ("base", "span", "ids", "starts", "words", "_at")

    def __init__(self, data: np.ndarray, entry: list[Any]) -> None:
        _kind, off, k, n, _lines = entry
        at = off // 4
        self.base, self.span, size = (int(v) for v in data[at: at + HEADER]) if len(data) >= at + HEADER \
            else (0, 0, 0)
        if size < bitpack.SPARE or off + block_size(k, n) + 4 * (size - 1) > 4 * len(data):
            raise DamagedIndex("a block of words.bin does not fit it")
        at += HEADER
        self.ids = data[at: at + k]
        self.starts = data[at + k: at + 2 * k + 1]
        at += 2 * k + 1
        self.words = data[at: at + size]
        if k and (int(self.starts[-1]) != n or (np.diff(self.starts.astype(np.int64)) < 0).any()):
            raise DamagedIndex("a block of words.bin points outside itself")
        self._at: np.ndarray | None = None

    def bit_at(self) -> np.ndarray:
        """Where each word's list begins in the bit stream (made when first asked)."""
        if self._at is None:
            bits = bitpack.ef_bits(np.diff(self.starts.astype(np.int64)), self.span, DENSE)
            self._at = np.cumsum(bits) - bits
        return self._at

    def posts(self, j: int) -> np.ndarray:
        """The lines of word number ``j`` of the block (from its first line), int64."""
        n = int(self.starts[j + 1]) - int(self.starts[j])
        try:
            return bitpack.read_ef(self.words, int(self.bit_at()[j]), n, self.span, DENSE)
        except ValueError as exc:
            raise DamagedIndex(str(exc)) from None

    def many(self, js: np.ndarray) -> np.ndarray:
        """The lines of words ``js`` of the block, word after word (int64)."""
        js = np.asarray(js, dtype=np.int64)
        n = self.starts[js + 1].astype(np.int64) - self.starts[js].astype(np.int64)
        try:
            return bitpack.read_ef_many(self.words, self.bit_at()[js], n, self.span, DENSE)
        except ValueError as exc:
            raise DamagedIndex(str(exc)) from None

    def all_posts(self) -> np.ndarray:
        """Every posting, word after word."""
        return self.many(np.arange(len(self.ids)))


class WordIndex:
    """The index of one caches folder, read-only. ``sizes`` is the number of lines of
    each kind (search.txt lines, articles); masks have that length. ``files``: the
    folder's files, pinned (or the folder, to open them now)."""

    def __init__(self, files: Pinned | Path, meta: dict[str, Any], sizes: dict[str, int]) -> None:
        if not isinstance(files, Pinned):
            files = Pinned(files, ("words.txt", "words.bin"))
        self.words = _parse_vocab(b"".join(files.chunks("words.txt")), meta.get("count", -1))
        size = files.size("words.bin")
        # the bytes rows.json knew of: an ingest since may have appended more
        known = meta.get("size")
        if not isinstance(known, int) or known > size:
            raise DamagedIndex("words.bin is shorter than rows.json says")
        if meta.get("crc") != file_crc(files.fds["words.bin"], known):
            raise DamagedIndex("words.bin does not match its checksum")
        if not blocks_fit(meta, known, sizes):
            raise DamagedIndex("words.bin does not hold blocks that cover every line")
        if size:
            with os.fdopen(os.dup(files.fds["words.bin"]), "rb") as fh:
                mapped = np.memmap(fh, dtype=_U4, mode="r")
                self._mmap = getattr(mapped, "_mmap", None)   # its pages let go of by release()
                data = np.asarray(mapped)   # a plain view: slicing a memmap makes a memmap each time, slowly
        else:
            data = np.zeros(0, _U4)
        self.sizes = sizes
        from .mapped import ReadBudget, release_pages   # (numpy is loaded: mapped costs nothing more)

        # what a search holds of words.bin while it reads (its release names the map, not
        # this index: no reference cycle keeps a replaced index alive)
        self.budget = ReadBudget(functools.partial(release_pages, self._mmap))
        self.blocks: dict[str, list[_Block]] = {k: [] for k in KINDS}
        self.pairs: dict[str, list[PairBlock]] = {k: [] for k in KINDS}
        self.decoded = Decoded()   # pairs' postings decoded for a search, kept for the next keystrokes
        for entry in meta["blocks"]:
            if entry[0] in KINDS:
                self.blocks[entry[0]].append(_Block(data, entry))
            else:
                try:
                    blk = PairBlock(data, entry)
                except ValueError as exc:
                    raise DamagedIndex(str(exc)) from None
                blk.cache, blk.key = self.decoded, len(self.pairs[entry[0][0]]) * 2 + KINDS.index(entry[0][0])
                self.pairs[entry[0][0]].append(blk)
        self._sorted: list[str] | None = None
        self._sorted_ids: list[int] = []
        self._id_of: dict[str, int] | None = None

    _mmap: Any = None

    def release(self) -> None:
        """Let go of the pages of words.bin read so far (``mapped.release_pages``)."""
        from .mapped import release_pages

        release_pages(self._mmap)

    def warm(self) -> None:
        """Sort the vocabulary now (for prefixes), not at the first query."""
        self._vocab()

    def _vocab(self) -> tuple[list[str], list[int], dict[str, int]]:
        if self._sorted is None or self._id_of is None:
            order = sorted(range(len(self.words)), key=self.words.__getitem__)
            self._sorted_ids = order
            self._sorted = [self.words[i] for i in order]
            self._id_of = {w: i for i, w in enumerate(self.words)}
        return self._sorted, self._sorted_ids, self._id_of

    def ids(self, word: str, prefix: bool) -> np.ndarray:
        """The ids of ``word``, or of every word starting with it (``prefix``)."""
        ordered, order, id_of = self._vocab()
        if not prefix:
            i = id_of.get(word)
            return np.array([] if i is None else [i], dtype=_U4)
        lo = bisect.bisect_left(ordered, word)
        hi = bisect.bisect_left(ordered, word + "\U0010ffff", lo)
        return np.sort(np.array(order[lo:hi], dtype=_U4))

    def mask(self, kind: str, ids: np.ndarray) -> np.ndarray:
        """A boolean per line of ``kind``: does it hold any of the words ``ids``?"""
        out = np.zeros(self.sizes[kind], dtype=bool)
        if not len(ids):
            return out
        for blk in self.blocks[kind]:
            self.budget.spent()   # (the blocks read so far: let go of past the budget)
            k = len(blk.ids)
            if not k:
                continue
            pos = np.minimum(np.searchsorted(blk.ids, ids), k - 1)
            pos = pos[blk.ids[pos] == ids]
            if not len(pos):
                continue
            view = out[blk.base:]   # (a view from the block's first line: no addition)
            n = blk.starts[pos + 1].astype(np.int64) - blk.starts[pos].astype(np.int64)
            big = bitpack.dense(n, blk.span, DENSE)
            if big.any():   # words in a quarter of the lines or more: their bitmaps, or-ed in
                if blk.span > len(view):
                    raise DamagedIndex("words.bin names a line that does not exist")
                for j in pos[big].tolist():
                    try:
                        view[:blk.span] |= bitpack.bitmap(blk.words, int(blk.bit_at()[j]), blk.span)
                    except ValueError as exc:
                        raise DamagedIndex(str(exc)) from None
                pos = pos[~big]
            if not len(pos):
                continue
            posts = blk.posts(int(pos[0])) if len(pos) == 1 else blk.many(pos)   # (several: decoded at once)
            if len(posts) and int(posts.max()) >= len(view):
                raise DamagedIndex("words.bin names a line that does not exist")
            view[posts] = True
        return out


    def id_of(self, word: str) -> int | None:
        """The id of a whole word (None: no line holds it)."""
        return self._vocab()[2].get(word)

    def pair_lines(self, kind: str, first: int, seconds: np.ndarray, flags: bool = True,
                   used: np.ndarray | None = None) -> Postings:
        """The lines of ``kind`` where word ``first`` is directly followed by one of
        ``seconds`` (sorted ids), ascending, with the flags of each (``wordpairs``;
        ``flags`` False: the lines alone, for a phrase of two syllables). With ``used``
        (a boolean per line), the blocks holding none of the lines it names are not read:
        their postings are left out (an events' phrase after the bodies answered most)."""
        blocks = self.pairs[kind]
        if used is not None:
            blocks = [blk for blk in blocks if used[blk.base: blk.base + blk.span].any()]
        try:
            got = wordpairs.lookup(blocks, first, seconds, flags, spent=self.budget.spent)
        except ValueError as exc:
            raise DamagedIndex(str(exc)) from None
        if got.top() > self.sizes[kind]:
            raise DamagedIndex("words.bin names a line that does not exist")
        return got


def read_vocab(folder: Path, count: int) -> list[str]:
    """The first ``count`` words of ``words.txt`` (an ingest since may have appended
    more); DamagedIndex if it holds fewer."""
    return _parse_vocab((folder / "words.txt").read_bytes(), count)


def _parse_vocab(raw: bytes, count: int) -> list[str]:
    vocab = raw.decode("utf-8", "replace").split("\n")[:-1] if raw else []
    if count < 0 or len(vocab) < count:
        raise DamagedIndex("words.txt does not hold the words rows.json counts")
    return vocab[:count]


def blocks_fit(meta: Any, bin_size: int, lines: dict[str, int]) -> bool:
    """Does the list of blocks in ``meta`` fit ``words.bin`` (``bin_size`` bytes) and
    cover exactly ``lines`` lines of each kind?"""
    if not isinstance(meta, dict) or not isinstance(meta.get("blocks"), list):
        return False
    covered = dict.fromkeys((*KINDS, *PAIR_KINDS.values()), 0)
    for entry in meta["blocks"]:
        if not (isinstance(entry, list) and len(entry) == 5 and entry[0] in covered
                and all(isinstance(x, int) and x >= 0 for x in entry[1:])):
            return False
        kind, off, k, n, count = entry
        size = block_size(k, n) if kind in KINDS else wordpairs.block_size(k, n)
        if off % 4 or off + size > bin_size:
            return False
        covered[kind] += count
    return covered == {**lines, **{PAIR_KINDS[k]: v for k, v in lines.items()}}
