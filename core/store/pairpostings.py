"""A pair's postings as search reads them (``wordpairs`` writes and finds them): the
lines holding it, and where in those lines it stands: all its positions in some lines
(:meth:`Postings.occurrences`), or whether it stands at given places
(:meth:`Postings.has`), for ``phrasemask`` to join a phrase's pairs."""

from __future__ import annotations

from typing import Any

import numpy as np

from . import wordpairs as wp

__all__ = ["Postings"]


class Postings:
    """The lines holding a pair (or any of several pairs with the same first word), each
    with the flags of the pair's earliest occurrence there; :meth:`occurrences` gives
    every position of the pairs in some of these lines."""

    __slots__ = ("lines", "flags", "_pieces", "_groups")

    def __init__(self, lines: np.ndarray, flags: np.ndarray, pieces: list[tuple[Any, ...]]) -> None:
        self.lines, self.flags = lines, flags
        # the postings as they came, one piece per pair and block: (block, pair, lines, flags)
        self._pieces = pieces
        self._groups: list[_Group] | None = None

    def __len__(self) -> int:
        return len(self.lines)

    @classmethod
    def empty(cls) -> Postings:
        return cls(np.zeros(0, np.uint32), np.zeros(0, np.uint16), [])

    def occurrences(self, need: np.ndarray | None = None) -> tuple[list[np.ndarray], np.ndarray]:
        """Every position of the pairs in the lines ``need`` says (a boolean per line of
        the kind; None: all of them), as ``line << 32 | position``: a few runs, each
        ascending (first positions and later ones apart, a run per pair: no sort); and
        the lines where some position is too far to record."""
        firsts: dict[int, list[np.ndarray]] = {}
        laters: dict[int, list[np.ndarray]] = {}
        unknown = []
        for blk, j, plines, pflags in self._pieces:
            pair = int(blk.second[j])
            idx = None
            if need is not None:
                w = need[plines]
                picked = int(np.count_nonzero(w))
                if not picked:
                    continue
                if picked < len(w) // 2:
                    idx = np.flatnonzero(w)
            extra = blk.extra[int(blk.xstarts[j]): int(blk.xstarts[j + 1])]
            more, begin = wp.counts(pflags, extra)
            if idx is None:
                later = extra[len(extra) - int(more.sum()):]   # every posting's: they end the pair's part
            else:
                plines, pflags, more = plines[idx], pflags[idx], more[idx]
                later = extra[wp.ragged(begin[idx], more)]
            first = (pflags & wp.POS).astype(np.int64)
            base = plines << 32
            keys = base | first
            far = first >= wp.FAR
            if far.any():   # not a position: the line is read if it matters
                unknown.append(plines[far])
                keys = keys[~far]
            firsts.setdefault(pair, []).append(keys)
            if len(later):
                keys = np.repeat(base, more) | later
                if int(later.max()) == wp.BEYOND:
                    unknown.append(keys[later == wp.BEYOND] >> 32)
                    keys = keys[later != wp.BEYOND]
                laters.setdefault(pair, []).append(keys)
        runs = []
        for parts in (*firsts.values(), *laters.values()):
            run = parts[0] if len(parts) == 1 else np.concatenate(parts)
            if len(run) > 1 and not (run[1:] > run[:-1]).all():
                run = np.sort(run)   # blocks merged from small ones hold lines out of order
            runs.append(run)
        return runs, (np.concatenate(unknown) if unknown else np.zeros(0, np.int64))


    def has(self, want: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which of ``want`` (``line << 32 | position``) are positions of the pairs, found
        line by line (a search in the lines, then in the few positions of each), not by
        gathering every position; and the lines of ``want`` where a position too far to
        record leaves it open."""
        hit = np.zeros(len(want), dtype=bool)
        unknown = []
        line, at = want >> 32, want & 0xFFFFFFFF
        if self._groups is None:
            self._groups = _groups(self._pieces)
        for g in self._groups:
            if len(want) * 4 < len(g.lines):   # few: each line searched for
                i = np.searchsorted(g.lines, line)
                i[i == len(g.lines)] = len(g.lines) - 1
                on = g.lines[i] == line
            else:   # many: each line's posting set in a table of lines, then read off it
                top = int(g.lines[-1]) + 1
                table = np.full(top, -1, dtype=np.int32 if len(g.lines) < 1 << 31 else np.int64)
                table[g.lines] = np.arange(len(g.lines), dtype=table.dtype)
                i = table[np.minimum(line, top - 1)]
                on = (i >= 0) & (line < top)
                i[~on] = 0
            if g.bad is not None:
                open_ = on & g.bad[i]
                if open_.any():
                    unknown.append(line[open_])
                    on &= ~open_
            first = g.first[i]
            got = on & (first == at)
            look = np.flatnonzero(on & ~got & (g.more[i] > 0) & (at > first))
            if len(look):
                p = at[look]
                base = g.begin[i[look]]
                n = g.more[i[look]]
                end = base + n
                later = g.later
                while len(n) and int(n.max()) > 1:   # a binary search in each posting's later positions, all at once
                    half = n >> 1
                    mid = base + half
                    base = np.where(later[mid] < p, mid, base)
                    n -= half
                base += later[base] < p
                found = (base < end) & (later[np.minimum(base, len(later) - 1)] == p)
                got[look[found]] = True
            hit |= got
        return hit, (np.concatenate(unknown) if unknown else np.zeros(0, np.int64))


class _Group:
    """One pair's postings over every block, for :meth:`Postings.has`: lines ascending,
    first positions, how many later positions and where they begin in ``later``, and
    which postings leave positions open (None: none)."""

    __slots__ = ("lines", "first", "more", "begin", "later", "bad")

    def __init__(self, lines: np.ndarray, first: np.ndarray, more: np.ndarray, begin: np.ndarray,
                 later: np.ndarray, bad: np.ndarray | None) -> None:
        self.lines, self.first, self.more, self.begin, self.later, self.bad = lines, first, more, begin, later, bad


def _groups(pieces: list[tuple[Any, ...]]) -> list[_Group]:
    by_pair: dict[int, list[tuple[Any, ...]]] = {}
    for piece in pieces:
        by_pair.setdefault(int(piece[0].second[piece[1]]), []).append(piece)
    out = []
    data = pieces[0][0].data if pieces else None
    # blocks of one words.bin: their later positions read in place, as one array of uint16
    shared = data is not None and all(p[0].data is data for p in pieces)
    whole = data.view(np.uint16) if shared else None
    for parts in by_pair.values():
        lines, first, more, begin, later, bad = [], [], [], [], [], []
        done = 0
        for blk, j, plines, pflags in parts:
            extra = blk.extra[int(blk.xstarts[j]): int(blk.xstarts[j + 1])]
            m, b = wp.counts(pflags, extra)
            skip = len(extra) - int(m.sum())   # the escaped counts before the positions
            part = extra[skip:]
            lines.append(plines)
            first.append((pflags & wp.POS).astype(np.int64))
            more.append(m)
            f = first[-1] >= wp.FAR
            if len(part) and int(part.max()) == wp.BEYOND:
                f |= (m > 0) & (part[np.maximum(b - skip + m - 1, 0)] == wp.BEYOND)
            bad.append(f)
            if whole is not None:
                begin.append(b - skip + blk.xbase + int(blk.xstarts[j]) + skip)
            else:
                begin.append(b - skip + done)
                later.append(part)
                done += len(part)
        cat = (lambda x: x[0] if len(x) == 1 else np.concatenate(x))  # noqa: E731
        g_lines, g_first, g_more, g_begin, g_bad = (cat(x) for x in (lines, first, more, begin, bad))
        g_later = whole if whole is not None else (cat(later) if later else np.zeros(0, np.uint16))
        if len(g_lines) > 1 and not (g_lines[1:] > g_lines[:-1]).all():   # blocks merged from small ones
            order = np.argsort(g_lines, kind="stable")
            g_lines, g_first, g_more, g_begin, g_bad = (x[order] for x in (g_lines, g_first, g_more, g_begin, g_bad))
        out.append(_Group(g_lines, g_first, g_more, g_begin, g_later, g_bad if g_bad.any() else None))
    return out
