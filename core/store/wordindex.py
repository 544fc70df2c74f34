"""The inverted index behind free-text search: which lines hold which folded word.

Search matches whole folded words, the last one typed as a prefix (``search.py``).
Scanning a million events' text for that costs seconds; looking words up costs
milliseconds. The index lives beside the other caches and, like them, only grows:

* ``words.txt``: the vocabulary, one folded word a line; a word's *id* is its line;
* ``words.bin``: blocks of postings, all little-endian. A block is

  ``base``, ``wide`` (uint32: the block's first line; 1 if its postings are uint32, 0 if
  uint16), ``ids[k]`` (uint32: the word ids it holds, ascending), ``starts[k + 1]``
  (uint32: where each word's postings begin), ``postings[n]`` (line - base, ascending
  per word; uint16 padded to a multiple of 4 bytes, or uint32).

  A build writes a block per 65,536 lines at most (``wordpairs.SPAN``), so a posting
  takes 2 bytes (cache version 17; 4 before).

A posting is a line of ``search.txt`` (kind ``"e"``: an event's own text) or of
``bodies.txt`` (kind ``"b"``: an article's body, i.e. the article's number). The list
of blocks, ``[kind, offset, k, n, lines]`` each, is kept in ``rows.json`` with the
number of words, so the stamp there covers the index too. A build writes a block per
few million postings; an ingest appends one small block per kind, and when small
blocks pile up they are merged into one appended block (the old ones are dropped
from the list; a full rebuild reclaims their bytes).

Beside them, ``words.bin`` holds blocks of adjacent word pairs (kinds ``"e2"``, ``"b2"``:
``wordpairs``), so a phrase is answered from postings, not by reading its lines.

A query word becomes the ids of the words it stands for (one id, or every word with
that prefix: a bisect in the sorted vocabulary), and those ids' postings are set in a
boolean mask over the lines (numpy: one scatter per block, no Python loop per line).
"""

from __future__ import annotations

import bisect
import os
import zlib
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Iterable, Iterator

import numpy as np

from . import wordpairs
from .cache_files import file_crc
from .wordpairs import PAIR_KINDS, PairBlock

if TYPE_CHECKING:
    from .pairpostings import Postings

__all__ = ["WordCollector", "WordIndex", "DamagedIndex", "Pinned", "KINDS", "blocks_fit", "read_vocab"]

KINDS = ("e", "b")
BLOCK_POSTINGS = 4_000_000   # a build flushes a block at about this many postings
SMALL = 1_000_000            # blocks below this many postings are merged ...
MAX_SMALL = 8                # ... once there are more than this many of a kind
_U4, _U2 = np.dtype("<u4"), np.dtype("<u2")
HEADER = 2                   # uint32 before a block's word ids: base, wide


class DamagedIndex(ValueError):
    """``words.bin`` does not hold what ``rows.json`` says (its checksum or its
    numbers are off): search must not trust it."""


def _stable_order(words: np.ndarray) -> np.ndarray:
    """A stable sort order by word id: one radix pass per 16 bits (numpy radix-sorts
    16-bit keys in linear time; 32-bit keys would take a comparison sort)."""
    if not len(words) or int(words.max()) < 1 << 16:
        return np.argsort(words.astype(np.uint16), kind="stable")
    low = np.argsort((words & 0xFFFF).astype(np.uint16), kind="stable")
    high = np.argsort((words[low] >> 16).astype(np.uint16), kind="stable")
    return low[high]


def block_size(k: int, n: int, wide: bool = False) -> int:
    """Bytes of a block of ``k`` words and ``n`` postings (not ``wide``: the least it can take)."""
    return 4 * (HEADER + 2 * k + 1) + (4 * n if wide else 4 * ((n + 1) // 2))


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
    wide = bool(n) and int(rel.max()) >= wordpairs.SPAN
    body = rel.astype(_U4).tobytes() if wide else rel.astype(_U2).tobytes() + (b"\x00\x00" if n % 2 else b"")
    data = np.array([base, int(wide)], _U4).tobytes() + ids.astype(_U4).tobytes() + starts.tobytes() + body
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
        got = wordpairs.pairs_of_lines(np.frombuffer(self._t[kind], dtype=np.uint32),
                                       np.frombuffer(self._tc[kind], dtype=np.uint32),
                                       np.frombuffer(self._tl[kind], dtype=np.uint32))
        n_lines = len(self._tl[kind])
        self._t[kind], self._tc[kind], self._tl[kind] = array("I"), array("I"), array("I")
        self._write_block(PAIR_KINDS[kind], wordpairs.block_bytes(*got), n_lines)

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
            got = wordpairs.merge_entries([PairBlock(data, b) for b in small])
            self.blocks = [b for b in self.blocks if not (b[0] == kind and b[3] < SMALL)]
            self._write_block(kind, wordpairs.block_bytes(*got), sum(b[4] for b in small))
            self.bin_fh.flush()
            return
        words, lines = [], []
        for b in small:
            blk = _Block(data, b)
            words.append(np.repeat(blk.ids, np.diff(blk.starts)))
            lines.append(blk.posts.astype(np.int64) + blk.base)
        # blocks are in line order, so a stable sort keeps each word's lines ascending
        self.blocks = [b for b in self.blocks if not (b[0] == kind and b[3] < SMALL)]
        self._append(kind, np.concatenate(words), np.concatenate(lines), sum(b[4] for b in small))
        self.bin_fh.flush()


class _Block:
    __slots__ = ("base", "ids", "starts", "posts")

    def __init__(self, data: np.ndarray, entry: list[Any]) -> None:
        _kind, off, k, n, _lines = entry
        at = off // 4
        self.base, wide = (int(v) for v in data[at: at + HEADER]) if len(data) >= at + HEADER else (0, 2)
        if wide not in (0, 1) or off + block_size(k, n, bool(wide)) > 4 * len(data):
            raise DamagedIndex("a block of words.bin does not fit it")
        at += HEADER
        self.ids = data[at: at + k]
        self.starts = data[at + k: at + 2 * k + 1]
        at += 2 * k + 1
        self.posts = data[at: at + n] if wide else data[at: at + (n + 1) // 2].view(_U2)[:n]


class Pinned:
    """Cache files opened once, read by position: another process that rebuilds the caches
    replaces the files (a rename), and what was opened here stays what is read."""

    NAMES = ("words.txt", "words.bin")

    def __init__(self, folder: Path, names: Iterable[str] = NAMES) -> None:
        self.fds: dict[str, int] = {}
        try:
            for name in names:
                self.fds[name] = os.open(folder / name, os.O_RDONLY)
        except OSError:
            self.close()
            raise

    def size(self, name: str) -> int:
        return os.fstat(self.fds[name]).st_size

    def chunks(self, name: str, length: int | None = None, step: int = 8 << 20) -> Iterator[bytes]:
        """The file (or its first ``length`` bytes) in pieces of ``step`` bytes."""
        fd, pos = self.fds[name], 0
        end = self.size(name) if length is None else length
        while pos < end:
            chunk = os.pread(fd, min(step, end - pos), pos)
            if not chunk:
                return
            pos += len(chunk)
            yield chunk

    def lines(self, name: str) -> Iterator[bytes]:
        """Its lines, without their line breaks."""
        rest = b""
        for chunk in self.chunks(name):
            parts = (rest + chunk).split(b"\n")
            rest = parts.pop()
            yield from parts
        if rest:
            yield rest

    def close(self) -> None:
        for fd in self.fds.values():
            os.close(fd)
        self.fds = {}

    def __del__(self) -> None:
        self.close()


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
        self.blocks: dict[str, list[_Block]] = {k: [] for k in KINDS}
        self.pairs: dict[str, list[PairBlock]] = {k: [] for k in KINDS}
        for entry in meta["blocks"]:
            if entry[0] in KINDS:
                self.blocks[entry[0]].append(_Block(data, entry))
            else:
                try:
                    self.pairs[entry[0][0]].append(PairBlock(data, entry))
                except ValueError as exc:
                    raise DamagedIndex(str(exc)) from None
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
            k = len(blk.ids)
            if not k:
                continue
            pos = np.minimum(np.searchsorted(blk.ids, ids), k - 1)
            pos = pos[blk.ids[pos] == ids]
            if not len(pos):
                continue
            starts, ends = blk.starts[pos].astype(np.int64), blk.starts[pos + 1].astype(np.int64)
            lens = ends - starts
            if (lens < 0).any() or (ends > len(blk.posts)).any():
                raise DamagedIndex("a block of words.bin points outside itself")
            if len(pos) == 1:
                posts = blk.posts[starts[0]: ends[0]]
            else:
                total = int(lens.sum())
                # the concatenated ranges starts[i]..ends[i], without a Python loop
                shift = np.repeat(starts - (np.cumsum(lens) - lens), lens)
                posts = blk.posts[np.arange(total, dtype=np.int64) + shift]
            if len(posts) and int(posts.max()) >= len(out) - blk.base:
                raise DamagedIndex("words.bin names a line that does not exist")
            out[blk.base:][posts] = True   # (a view from the block's first line: no addition)
        return out


    def id_of(self, word: str) -> int | None:
        """The id of a whole word (None: no line holds it)."""
        return self._vocab()[2].get(word)

    def pair_lines(self, kind: str, first: int, seconds: np.ndarray) -> Postings:
        """The lines of ``kind`` where word ``first`` is directly followed by one of
        ``seconds`` (sorted ids), ascending, with the flags and proven neighbours of
        each (``wordpairs``)."""
        try:
            got = wordpairs.lookup(self.pairs[kind], first, seconds)
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
