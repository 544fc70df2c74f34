"""A pair's postings as search reads them (``wordpairs`` writes and finds them): the
lines holding it, and where in those lines it stands: all its positions in some lines
(:meth:`Postings.occurrences`), or whether it stands at given places
(:meth:`Postings.has`), for ``phrasemask`` to join a phrase's pairs."""

from __future__ import annotations

from typing import Any

import numpy as np

from . import wordpairs as wp

__all__ = ["Postings"]

NONE = np.uint32(1 << 16)   # not a flag: the pair is not in the line
# tests set these to 0 or 10**9 to take one way or the other everywhere:
DENSE = 8   # several pairs' postings, more than 1 for this many lines, are merged over a table of lines, not sorted
FEW = 16    # Postings.at for fewer lines than 1 in this many postings: each piece searched, nothing merged whole
FEW_POSTINGS = 4   # Postings.has: a pair with fewer postings than 1 in this many places searched posting by posting
MANY_PIECES = 8   # Postings.occurrences: more pieces than this are checked for lines asked all at once
FEW_PLACES = 4    # Postings.has: fewer places left than 1 in this many postings of a pair: its lines are searched
                  # for them before its positions are read (none there: the pair is passed over)


class Postings:
    """The lines holding a pair (or any of several pairs with the same first word: a
    syllable typed as a prefix), each with the flags of the pair's earliest occurrence
    there; :meth:`occurrences` gives every position of the pairs in some of these lines,
    :meth:`has` whether they stand at given places. The pieces (a pair's postings in a
    block) are put together into ``lines`` and ``flags`` (several pairs': merged) only
    when those are read; a phrase asks :meth:`at` (the flags at some lines: only those
    postings are looked at), :meth:`mark` (the lines, as they are) and the rest from the
    pieces."""

    __slots__ = ("_lines", "_flags", "_pieces", "_groups", "_cat", "bound")

    def __init__(self, lines: np.ndarray | None, flags: np.ndarray | None, pieces: list[tuple[Any, ...]]) -> None:
        self._lines, self._flags = lines, flags   # None: not merged yet
        # the postings as they came, one piece per pair and block: (block, pair, lines, flags)
        self._pieces = pieces
        self._groups: list[Any] | None = None   # per pair: its pieces, or its _Group once made
        self._cat: tuple[np.ndarray, np.ndarray] | None = None   # the pieces' lines and flags, one after another
        # how many lines at most (exact for one pair: a line is in one block)
        self.bound = len(lines) if lines is not None else sum(len(p[2]) for p in pieces)

    @classmethod
    def of(cls, pieces: list[tuple[Any, ...]]) -> Postings:
        """The postings of ``pieces`` (as ``PairBlock.find`` gives them), put together
        (a concatenation; several pairs': merged) when first read."""
        if not pieces:
            return cls.empty()
        if len(pieces) > 1:
            return cls(None, None, pieces)
        return cls(pieces[0][2], pieces[0][3], pieces)

    @property
    def lines(self) -> np.ndarray:
        if self._lines is None:
            lines, flags = self._concatenated()
            self._lines, self._flags = _merged([lines], [flags])
        return self._lines

    def _concatenated(self) -> tuple[np.ndarray, np.ndarray]:
        if self._cat is None:
            self._cat = (np.concatenate([p[2] for p in self._pieces]), np.concatenate([p[3] for p in self._pieces]))
        return self._cat

    @property
    def flags(self) -> np.ndarray:
        if self._flags is None:
            _ = self.lines
        assert self._flags is not None
        return self._flags

    def __len__(self) -> int:
        return len(self.lines)

    @classmethod
    def empty(cls) -> Postings:
        return cls(np.zeros(0, np.uint32), np.zeros(0, np.uint16), [])

    def top(self) -> int:
        """One more than the greatest line named (0: none)."""
        if self._lines is not None:
            return int(self._lines[-1]) + 1 if len(self._lines) else 0
        return max((int(p[2][-1]) + 1 for p in self._pieces if len(p[2])), default=0)   # each ascending

    def mark(self, out: np.ndarray) -> None:
        """Set ``out`` (a boolean per line) at every line holding a pair: no merge."""
        if self._lines is not None:
            out[self._lines] = True
            return
        for p in self._pieces:
            out[p[2]] = True

    def weight(self) -> int:
        """About how many positions the pairs have (a line's postings and later ones)."""
        if self._lines is not None or len(self._pieces) == 1:
            return len(self.lines) + int(((self.flags >> wp.SHIFT) & 0xF).sum())
        flags = self._concatenated()[1]
        return len(flags) + int(((flags >> wp.SHIFT) & 0xF).sum())

    def at(self, common: np.ndarray, size: int, scratch: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Which of the lines ``common`` (ascending, of ``size`` lines) hold a pair, and
        their flags there (as uint32; ``scratch``: empty, or a table of ``size`` holding
        NONE, left so). Several pairs not merged yet: only their postings in those lines
        are merged."""
        if self._lines is None and len(common) * FEW < self.bound:
            return self._searched_at(common)
        lines, flags = self.lines, self._flags
        assert flags is not None
        if len(common) * 16 < len(lines):   # few lines: found by a search, not a scatter
            j = np.minimum(np.searchsorted(lines, common), len(lines) - 1)
            keep = lines[j] == common
            return keep, flags[j[keep]].astype(np.uint32)
        if not scratch:
            scratch.append(np.full(size, NONE, dtype=np.uint32))
        put = scratch[0]
        put[lines] = flags
        f = put[common]
        put[lines] = NONE
        keep = f != NONE
        return keep, f[keep]

    def _searched_at(self, common: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`at` for fewer lines than the pieces hold, not put together yet: each
        piece searched for the lines of ``common`` in its span, what is found merged."""
        pieces = self._pieces
        ends = np.array([(p[2][0], p[2][-1]) if len(p[2]) else (1, 0) for p in pieces], dtype=np.int64)
        lo = np.searchsorted(common, ends[:, 0], side="left")
        hi = np.searchsorted(common, ends[:, 1], side="right")
        lines, flags = [], []
        for k in np.flatnonzero(hi > lo).tolist():
            pl, pf = pieces[k][2], pieces[k][3]
            sub = common[lo[k]: hi[k]]
            j = np.minimum(np.searchsorted(pl, sub), len(pl) - 1)
            ok = pl[j] == sub
            lines.append(sub[ok])
            flags.append(pf[j[ok]])
        got, gf = _merged(lines, flags)
        keep = np.zeros(len(common), dtype=bool)
        keep[np.searchsorted(common, got)] = True   # every line found is one of common
        return keep, gf.astype(np.uint32)

    def occurrences(self, need: np.ndarray | None = None) -> tuple[list[np.ndarray], np.ndarray]:
        """Every position of the pairs in the lines ``need`` says (a boolean per line of
        the kind; None: all of them), as ``line << 32 | position``: a few runs, each
        ascending (first positions and later ones apart, a run per pair: no sort); and
        the lines where some position is too far to record."""
        firsts: dict[int, list[np.ndarray]] = {}
        laters: dict[int, list[np.ndarray]] = {}
        unknown = []
        pieces = self._pieces
        many: list[np.ndarray] = []
        if need is not None and len(pieces) > MANY_PIECES:
            # many pieces (a short prefix's pairs): the postings asked for whose pair stands
            # once in the line (all there is: its first position) at once, in one sorted run;
            # only the pieces with a pair standing more than once are read one by one
            lines, flags = self._concatenated()
            sizes = np.fromiter((len(p[2]) for p in pieces), dtype=np.int64, count=len(pieces))
            piece_of = np.repeat(np.arange(len(pieces)), sizes)
            asked = need[lines]
            each = np.zeros(len(pieces), dtype=bool)
            each[piece_of[asked & ((flags & wp.MORE) != 0)]] = True
            once = asked & ~each[piece_of]
            if once.any():
                pos = (flags[once] & wp.POS).astype(np.int64)
                keys = (lines[once].astype(np.int64) << 32) | pos
                far = pos >= wp.FAR
                if far.any():   # not a position: the line is read if it matters
                    unknown.append(keys[far] >> 32)
                    keys = keys[~far]
                many.append(np.sort(keys))
            pieces = [pieces[k] for k in np.flatnonzero(each).tolist()]
        for blk, j, plines, pflags in pieces:
            pair = int(blk.second[j])
            idx = None
            if need is not None:
                w = need[plines]
                picked = int(np.count_nonzero(w))
                if not picked:
                    continue
                if picked < len(w) // 2:
                    idx = np.flatnonzero(w)
            extra = blk.extra_of(j)
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
        runs = many
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
        record leaves it open. The pairs are tried largest first, each only at the places
        no pair before it stood ("hop t": "hop tac" shows nearly all; "hop tinh", "hop
        to" ... are looked for at the few places left, each of their lines searched for)."""
        hit = np.zeros(len(want), dtype=bool)
        unknown = []
        line, at = want >> 32, want & 0xFFFFFFFF
        if self._groups is None:   # each pair's postings put together when first needed
            self._groups = _groups(self._pieces)
        ordered = len(line) < 2 or bool((line[1:] >= line[:-1]).all())
        todo = np.arange(len(want), dtype=np.int64)   # the places no pair has shown yet
        for k, g in enumerate(self._groups):
            if not len(todo):
                break
            tl = line[todo]
            if not isinstance(g, _Group):
                if len(tl) * FEW_PLACES < sum(len(p[2]) for p in g) and not any(_meets(p[2], tl) for p in g):
                    continue   # few places left, none in this pair's lines: its positions are not read
                g = self._groups[k] = _group(g)
            size = len(g.lines)
            if not size:
                continue
            if ordered and size * FEW_POSTINGS < len(todo):   # few postings: the places in each one's line
                lo = np.searchsorted(tl, g.lines, side="left")
                cnt = np.searchsorted(tl, g.lines, side="right") - lo
                sel = todo[wp.ragged(lo, cnt)]
                i = np.repeat(np.arange(size, dtype=np.int64), cnt)
            else:
                if len(todo) * 4 < size:   # few places: each line searched for
                    i = np.searchsorted(g.lines, tl)
                    i[i == size] = size - 1
                    on = g.lines[i] == tl
                else:   # many: each line's posting set in a table of lines, then read off it
                    top = int(g.lines[-1]) + 1
                    table = np.full(top, -1, dtype=np.int32 if size < 1 << 31 else np.int64)
                    table[g.lines] = np.arange(size, dtype=table.dtype)
                    i = table[np.minimum(tl, top - 1)]
                    on = (i >= 0) & (tl < top)
                sel, i = todo[on], i[on]
            if g.bad is not None:
                open_ = g.bad[i]
                if open_.any():
                    unknown.append(line[sel[open_]])
                    sel, i = sel[~open_], i[~open_]
            p = at[sel]
            first = g.first[i]
            got = first == p
            look = np.flatnonzero(~got & (g.more[i] > 0) & (p > first))
            if len(look):
                p = p[look]
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
            if got.any():
                hit[sel[got]] = True
                todo = todo[~hit[todo]]
        return hit, (np.concatenate(unknown) if unknown else np.zeros(0, np.int64))



def _meets(lines: np.ndarray, want: np.ndarray) -> bool:
    """Does one of the lines ``want`` stand in ``lines`` (ascending)?"""
    if not len(lines) or not len(want):
        return False
    j = np.searchsorted(lines, want)
    j[j == len(lines)] = len(lines) - 1
    return bool((lines[j] == want).any())


def _merged(lines_parts: list[np.ndarray], flags_parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Postings (pieces of lines, each ascending, and their flags) as one: each line
    once, ascending, with the flags of its earliest pair ("more than once" when several
    pairs stand there)."""
    if not lines_parts:
        return np.zeros(0, np.int64), np.zeros(0, np.uint16)
    lines = lines_parts[0] if len(lines_parts) == 1 else np.concatenate(lines_parts)
    flags = flags_parts[0] if len(flags_parts) == 1 else np.concatenate(flags_parts)
    if len(lines) < 2 or (lines[1:] > lines[:-1]).all():
        return lines, flags
    top = int(lines.max()) + 1
    if len(lines) * DENSE > top:
        return _merge_dense(lines, flags, top)
    key = (lines.astype(np.int64) << 12) | (flags & wp.POS)   # by line, then first position
    order = wp._stable_order(key.astype(np.uint32)) if int(key.max()) < 1 << 32 else np.argsort(key, kind="stable")
    lines, flags = lines[order], flags[order]
    new = np.ones(len(lines), dtype=bool)
    new[1:] = lines[1:] != lines[:-1]
    starts = np.flatnonzero(new)
    times = np.diff(np.append(starts, len(lines)))
    more = (np.maximum.reduceat(flags & wp.MORE, starts) | np.where(times > 1, wp.MORE, 0)).astype(np.uint16)
    return lines[starts], (flags[starts] & ~np.uint16(wp.MORE)) | more


def _merge_dense(lines: np.ndarray, flags: np.ndarray, top: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_merged` without a sort: a count and a least position per line, in tables
    over the lines below ``top`` (linear time: a prefix's pairs holding most lines, "hop
    t" → "hop tac", "hop tinh", ...)."""
    times = np.bincount(lines, minlength=top)
    at = np.flatnonzero(times)
    # the position in the high bits, the count below: the least is the earliest occurrence
    rot = (((flags & wp.POS) << 4) | (flags >> wp.SHIFT)).astype(np.uint16)
    least = np.full(top, 0xFFFF, dtype=np.uint16)
    np.minimum.at(least, lines, rot)
    best = least[at]
    out = ((best >> 4) | ((best & 0xF) << wp.SHIFT)).astype(np.uint16)
    out[times[at] > 1] |= np.uint16(wp.MORE)
    return at, out


class _Group:
    """One pair's postings over every block, for :meth:`Postings.has`: lines ascending,
    first positions, how many later positions and where they begin in ``later``, and
    which postings leave positions open (None: none)."""

    __slots__ = ("lines", "first", "more", "begin", "later", "bad")

    def __init__(self, lines: np.ndarray, first: np.ndarray, more: np.ndarray, begin: np.ndarray,
                 later: np.ndarray, bad: np.ndarray | None) -> None:
        self.lines, self.first, self.more, self.begin, self.later, self.bad = lines, first, more, begin, later, bad


def _groups(pieces: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    """The pieces of each pair, the pair with most postings first."""
    by_pair: dict[int, list[tuple[Any, ...]]] = {}
    for piece in pieces:
        by_pair.setdefault(int(piece[0].second[piece[1]]), []).append(piece)
    return sorted(by_pair.values(), key=lambda parts: -sum(len(p[2]) for p in parts))


def _group(parts: list[tuple[Any, ...]]) -> _Group:
    """One pair's postings over every block (its ``parts``), for :meth:`Postings.has`."""
    lines, first, more, begin, later, bad = [], [], [], [], [], []
    done = 0
    for blk, j, plines, pflags in parts:
        extra = blk.extra_of(j)
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
        begin.append(b - skip + done)
        later.append(part)
        done += len(part)
    cat = (lambda x: x[0] if len(x) == 1 else np.concatenate(x))  # noqa: E731
    g_lines, g_first, g_more, g_begin, g_bad = (cat(x) for x in (lines, first, more, begin, bad))
    g_later = cat(later) if later else np.zeros(0, np.uint16)
    if len(g_lines) > 1 and not (g_lines[1:] > g_lines[:-1]).all():   # blocks merged from small ones
        order = np.argsort(g_lines, kind="stable")
        g_lines, g_first, g_more, g_begin, g_bad = (x[order] for x in (g_lines, g_first, g_more, g_begin, g_bad))
    return _Group(g_lines, g_first, g_more, g_begin, g_later, g_bad if g_bad.any() else None)
