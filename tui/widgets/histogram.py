"""The year histogram: how many events each year has under the current filters.

One bar per year (or per few years when they do not fit), the cursor's year marked on the
bars (reverse) and below them (``▲2018: 12``), so it reads without colour. An ASCII fallback
uses `` .:-=+*#`` for terminals that cannot show block characters.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from ..i18n import _, num

__all__ = ["YearHistogram"]

BLOCKS = " ▁▂▃▄▅▆▇█"
ASCII = " .:-=+*##"


class YearHistogram(Widget):
    """Bars for ``counts`` (year -> events; ``None`` = unknown year)."""

    DEFAULT_CSS = """
    YearHistogram { height: 2; }
    """

    class YearClicked(Message):
        def __init__(self, year: int) -> None:
            super().__init__()
            self.year = year

    def __init__(self, *, ascii_only: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.ascii_only = ascii_only
        self.counts: dict[int | None, int] = {}
        self.year: int | None = None
        self._cells: list[tuple[int, int, int]] = []  # (x, first year, last year)

    def set_counts(self, counts: dict[int | None, int]) -> None:
        self.counts = dict(counts)
        self.refresh()

    def set_year(self, year: int | None) -> None:
        if year != self.year:
            self.year = year
            self.refresh()

    def _layout(self, width: int) -> tuple[list[tuple[int, int, int]], int, int]:
        """Bars as (count, first year, last year), and the cell width of one bar and gap."""
        years = [y for y in self.counts if y is not None]
        if not years:
            return [], 1, 0
        lo, hi = min(years), max(years)
        span = hi - lo + 1
        room = max(1, width - 2)
        per = 1
        while (span + per - 1) // per > room:
            per += 1
        nbars = (span + per - 1) // per
        bar_w = max(1, min(3, room // nbars))
        gap = 1 if bar_w >= 2 and nbars * (bar_w + 1) <= room else 0
        bars = []
        for i in range(nbars):
            a = lo + i * per
            b = min(hi, a + per - 1)
            bars.append((sum(self.counts.get(y, 0) for y in range(a, b + 1)), a, b))
        return bars, bar_w, gap

    def render(self) -> Content:
        width = self.size.width
        height = max(1, self.size.height)
        unknown = self.counts.get(None, 0)
        tail = f" ?:{num(unknown)}" if unknown else ""
        bars, bar_w, gap = self._layout(width - cell_len(tail))
        if not bars:
            msg = _("no dated events · year unknown: {n}").format(n=num(unknown)) if unknown else ""
            return Content(msg).stylize("dim")
        chars = ASCII if self.ascii_only else BLOCKS
        top = max(bar[0] for bar in bars) or 1
        levels = 8 * (height - 1) if height > 1 else 8
        bar_rows = max(1, height - 1)
        lines: list[Content] = []
        self._cells = []
        for line in range(bar_rows):
            floor = (bar_rows - 1 - line) * 8
            parts: list[Content] = []
            x = 0
            for count, a, b in bars:
                fill = 0 if count == 0 else max(1, round(count / top * levels))
                level = max(0, min(8, fill - floor))
                ch = chars[level] if count else (("_" if self.ascii_only else "·") if line == bar_rows - 1 else " ")
                cell = Content(ch * bar_w)
                if self.year is not None and a <= self.year <= b:
                    cell = cell.stylize("reverse bold")
                parts.append(cell)
                if line == 0:
                    self._cells.append((x, a, b))
                x += bar_w + gap
                if gap:
                    parts.append(Content(" " * gap))
            parts.append(Content(tail).stylize("dim") if line == bar_rows - 1 else Content(""))
            lines.append(Content("").join(parts))
        lines.append(self._axis(bars, bar_w, gap, width))
        return Content("\n").join(lines[: height])

    def _axis(self, bars: list[tuple[int, int, int]], bar_w: int, gap: int, width: int) -> Content:
        row = [" "] * max(1, width)

        def put(x: int, s: str) -> bool:
            if x < 0 or x + len(s) > len(row) or any(c != " " for c in row[max(0, x - 1): x + len(s) + 1]):
                return False
            row[x: x + len(s)] = list(s)
            return True

        step = bar_w + gap
        if self.year is not None:
            for i, (count, a, b) in enumerate(bars):
                if a <= self.year <= b:
                    # the year's own count, as its heading in the timeline says it: a bar of a
                    # few years (a narrow window) gave its sum ("▲2021: 40" for 2020 and 2021)
                    own = self.counts.get(self.year, 0)
                    label = ("^" if self.ascii_only else "▲") + f"{self.year}: {num(own)}"
                    x = i * step
                    put(min(x, len(row) - len(label)), label)
                    break
        put(0, str(bars[0][1]))
        last = str(bars[-1][2])
        # under the last bar, or just after the cursor's label when that is in the way (two
        # cells apart); never at the far right, away from its bar ("▄▄▄ ··· ███" then "2024"
        # at the 80th column, with three bars); left out when there is no room near its bar
        at = (len(bars) - 1) * step + bar_w - len(last)
        if last != str(bars[0][1]) and not put(at, last):
            for x in range(at + 1, at + len(last) + 4):
                if x >= 2 and row[x - 2] == " " and put(x, last):
                    break
        return Content("".join(row).rstrip()).stylize("dim")

    def on_click(self, event: events.Click) -> None:
        for x, a, _b in reversed(self._cells):
            if event.x >= x:
                self.post_message(self.YearClicked(a))
                return
