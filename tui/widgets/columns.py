"""The timeline's columns: how wide each is, and a pair label fitted to its column.

Like a table viewer's columns (lnav, visidata), the widths follow what most rows of the
view need, not the rarest row: a range of days ("2017-10-30–11-03") or one long pair label
does not take width from every row below ``WIDE`` columns. A range shows its first day and
"…" (the detail gives the last); a pair label too long for its column keeps both partners:
the gazetteer's short forms first ("TP.HCM"), then each name cut ("Luổng N… – Vĩnh Phúc").
The title gets what is left, never less than ``MIN_TITLE``.

The pair's widths are worked out in the filter worker from the index's columns, so no event
record is read: exactly over the distinct pairs of a view of up to ``EXACT`` events, and for
larger views from the widest names of the whole database (an upper bound, computed once per
index).

=================  ===========  ===================================  =======================
column             80 columns   the row that needs more              shows
=================  ===========  ===================================  =======================
date               11 (12)      a range 2017-10-30–11-03             2017-10-30…
pair               9 of 10      Hồ Chí Minh – Thủ đô Viêng Chăn      TP.HCM – Thủ đô Viêng…
                   rows fit
=================  ===========  ===================================  =======================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from hoptac.core.store import textcolumn
from rich.cells import cell_len

from rich.text import Text

from .names import short_name
from .text import pair_parts, short_type_width

__all__ = ["PairWidths", "pair_widths", "EXACT", "WIDE", "MIN_TITLE", "RowLayout", "row_layout", "pair_column",
           "fit_pair"]

EXACT = 20_000
SEP = " – "
PairWidths = tuple[int, int, int]  # (full names, short forms, what 9 in 10 rows need with full names)
TYPICAL = 0.9  # the pair column fits this share of a view's rows below WIDE
WIDE = 110  # from this width rows show full type names, whole ranges and the widest pair
MIN_TITLE = 16  # the title keeps at least this much of a narrow row
NARROW_DATE = 12  # marker + "2017-10-30…": a range's first day below WIDE


def _label_width(names: Sequence[str], extra: int, *, short: bool) -> int:
    shown = [short_name(n) if short else n for n in names]
    width = cell_len(SEP.join(shown)) if shown else 1
    return width + (len(f" +{extra}") if extra > 0 else 0)


def pair_widths(index: Any, ranks: Sequence[int]) -> PairWidths:
    """(full, short, typical) cell widths of the pair labels among ``ranks``: the widest
    with full names and with short forms, and the width 9 in 10 of the rows fit in with
    full names."""
    cols = getattr(index, "cols", None)
    if cols is None or not ranks:
        return (0, 0, 0)
    strings = index.strings
    if len(ranks) > EXACT:
        return _database_bound(index)
    if hasattr(cols, "ragged_view") and not textcolumn.numpy_loaded():  # mapped, the app's first frame
        pairs, provinces = cols.ragged_view("pairs"), cols.ragged_view("provinces")
    else:
        pairs, provinces = cols.pairs, cols.provinces
    keys: dict[tuple[tuple[int, ...], int], int] = {}
    for r in ranks:
        pair = tuple(pairs[r])
        extra = len(set(provinces[r]) - set(pair)) if pair else 0
        key = (pair, extra)
        keys[key] = keys.get(key, 0) + 1
    full = short = 0
    counted: list[tuple[int, int]] = []
    for (pair, extra), n in keys.items():
        names = [strings[c] for c in pair]
        width = _label_width(names, extra, short=False)
        counted.append((width, n))
        full = max(full, width)
        short = max(short, _label_width(names, extra, short=True))
    return (full, short, _share_fits(counted, TYPICAL))


def _share_fits(counted: list[tuple[int, int]], share: float) -> int:
    """The least width that ``share`` of the rows fit in (``counted``: (width, rows))."""
    total = sum(n for _w, n in counted)
    seen = 0
    for width, n in sorted(counted):
        seen += n
        if seen >= share * total:
            return width
    return max((w for w, _n in counted), default=0)


_BOUNDS: dict[int, tuple[Any, PairWidths]] = {}


def _database_bound(index: Any) -> PairWidths:
    held = _BOUNDS.get(id(index))
    if held is not None and held[0] is index:
        return held[1]
    strings = index.strings
    cols = index.cols
    if hasattr(cols, "int_view") and not textcolumn.numpy_loaded():
        codes = set(cols.int_view("pairs.flat"))  # mapped, before numpy is imported (the app's first frame)
    elif hasattr(flat := cols.pairs.flat, "dtype"):  # mapped: the codes present, counted in one numpy pass
        import numpy as np

        codes = np.flatnonzero(np.bincount(flat)).tolist() if len(flat) else []
    else:
        codes = set(flat)
    names = [strings[c] for c in codes]
    out = []
    for short in (False, True):
        widths = sorted((cell_len(short_name(n) if short else n) for n in names), reverse=True)[:2]
        out.append(sum(widths) + len(SEP) * (len(widths) - 1) + 3)
    bound = (out[0], out[1], out[0])
    _BOUNDS.clear()
    _BOUNDS[id(index)] = (index, bound)
    return bound


@dataclass(frozen=True, slots=True)
class RowLayout:
    """Cells of a timeline row's columns (pointer, date with its marker, type, pair; one
    space between; the title gets the rest)."""

    date: int
    type: int
    pair: int
    short_types: bool

    @property
    def before_title(self) -> int:
        return 1 + self.date + 1 + self.type + 1 + self.pair + 1


def row_layout(data: Any, width: int) -> RowLayout:
    """The columns of ``data``'s rows (a ``TimelineRows``) in ``width`` cells."""
    wide = width >= WIDE
    date_w = data.date_width if wide else min(data.date_width, NARROW_DATE)
    type_w = 12 if wide else short_type_width()
    pair_w = pair_column(data, width - (1 + date_w + 1 + type_w + 1 + 1), wide=wide)
    return RowLayout(date_w, type_w, pair_w, not wide)


def pair_column(data: Any, room: int, *, wide: bool = False) -> int:
    """Cells of the pair column when pair and title share ``room`` cells: what 9 in 10 of
    the view's labels need (every label's, from ``WIDE`` columns), the title the rest, but
    never less than ``MIN_TITLE`` (or a third)."""
    cap = max(8, min(room - MIN_TITLE, room * 2 // 3))
    full, typical = data.pair_full, data.pair_typical
    if not full:
        return min(cap, 24)
    return min(full if wide or not typical else typical, cap)


def fit_pair(event: dict[str, Any], width: int) -> str:
    """The event's pair label in ``width`` cells, both partners kept: the full names if they
    fit, else the gazetteer's short forms, else each name cut with "…" (the longer first)."""
    names, extra = pair_parts(event)
    suffix = f" +{extra}" if extra > 0 else ""
    label = SEP.join(names) + suffix if names else "—"
    if cell_len(label) <= width or not names:
        return label
    names = pair_parts(event, short=True)[0]
    label = SEP.join(names) + suffix
    if cell_len(label) <= width or len(names) != 2:
        return label
    room = width - cell_len(SEP) - cell_len(suffix)
    a, b = (cell_len(n) for n in names)
    if room < 6:  # no room for two cut names: the label cut at the end (the column cuts it)
        return label
    half = room // 2
    wa = a if a <= half else max(half, room - b)
    wb = room - wa
    return SEP.join((_cut(names[0], wa), _cut(names[1], wb))) + suffix


def _cut(name: str, width: int) -> str:
    """``name`` in at most ``width`` cells, cut with "…" (no space left before it)."""
    if cell_len(name) <= width:
        return name
    t = Text(name)
    t.truncate(width, overflow="ellipsis")
    return t.plain.rstrip(" …") + "…" if width > 1 else t.plain
