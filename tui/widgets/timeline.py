"""The virtual timeline: a Line-API ``ScrollView`` over the filtered rows.

Only the visible lines are rendered (``render_line``), each formatted lazily from the event
dict and kept in a small LRU cache of strips, so a million events scroll like ten. The
widget owns only the cursor; the screen owns the filter and hands rows in with
:meth:`Timeline.set_rows`. It reports what happened with messages.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..colour import few_colours
from ..i18n import N_, _, ngettext, num, translate_bindings
from .columns import fit_pair, row_layout
from .rows import TimelineRows
from .text import fitted_date, format_date, type_label, visible

__all__ = ["Timeline"]


class Timeline(ScrollView, can_focus=True):
    """Every event of the current view, in date order, under year headings."""

    BINDINGS = [
        Binding("up,k", "cursor(-1)", N_("Up"), show=False, id="timeline.up"),
        Binding("down,j", "cursor(1)", N_("Down"), show=False, id="timeline.down"),
        Binding("pageup", "page(-1)", N_("Page up"), show=False, id="timeline.page_up"),
        Binding("pagedown,space", "page(1)", N_("Page down"), show=False, id="timeline.page_down"),
        Binding("home,g", "first", N_("First event"), show=False, id="timeline.first"),
        Binding("end,G", "last", N_("Last event"), show=False, id="timeline.last"),
        Binding("left_square_bracket", "jump('year', -1)", N_("Previous year"), show=False, key_display="[",
                id="timeline.previous_year"),
        Binding("right_square_bracket", "jump('year', 1)", N_("Next year"), show=False, key_display="]",
                id="timeline.next_year"),
        Binding("left_curly_bracket", "jump('month', -1)", N_("Previous month"), show=False, key_display="{",
                id="timeline.previous_month"),
        Binding("right_curly_bracket", "jump('month', 1)", N_("Next month"), show=False, key_display="}",
                id="timeline.next_month"),
        Binding("enter", "open", N_("Detail"), show=True, tooltip=N_("Open the event's detail and its article"),
                id="timeline.open"),
    ]

    COMPONENT_CLASSES = {
        "timeline--heading",
        "timeline--cursor",
        "timeline--cursor-blur",
        "timeline--date",
        "timeline--marker",
        "timeline--type",
        "timeline--pair",
        "timeline--empty",
    }

    class CursorMoved(Message):
        """The cursor is on another event (``rank`` None: no event)."""

        def __init__(self, rank: int | None) -> None:
            super().__init__()
            self.rank = rank

    class Opened(Message):
        """The user asked for the detail of the event under the cursor."""

        def __init__(self, rank: int) -> None:
            super().__init__()
            self.rank = rank

    cursor: reactive[int] = reactive(0, always_update=False, init=False)

    def __init__(self, *, ascii_only: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.ascii_only = ascii_only
        self.data: TimelineRows = TimelineRows(events=[])
        self.empty_message: str = _("Loading events…")
        self._cache: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(256)
        self._last_rank: int | None = None

    # -- data -----------------------------------------------------------------------------
    def set_rows(self, data: TimelineRows, keep_rank: int | None = None) -> None:
        """Show ``data``; keep the cursor on ``keep_rank`` (or the nearest event after it)."""
        self.data = data
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(data))
        row = data.nearest_row_of_rank(keep_rank) if keep_rank is not None else data.first_event_row()
        self._last_rank = None
        self.set_reactive(Timeline.cursor, row if row is not None else 0)
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_cursor_into_view(center=True)
        self.refresh()
        self.refresh_bindings()
        self._announce()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open" and self.current_rank is None:
            return None  # shown greyed out: there is no event to open
        return True

    @property
    def current_rank(self) -> int | None:
        if 0 <= self.cursor < len(self.data) and self.data.rows[self.cursor] >= 0:
            return self.data.rows[self.cursor]
        return None

    @property
    def current_event(self) -> dict | None:
        return self.data.event_at(self.cursor)

    def _announce(self) -> None:
        rank = self.current_rank
        if rank != self._last_rank:
            self._last_rank = rank
            self.post_message(self.CursorMoved(rank))

    # -- cursor -----------------------------------------------------------------------------
    def move_to(self, row: int | None, *, heading_on_top: bool = False) -> bool:
        if row is None or not len(self.data):
            return False
        row = max(0, min(row, len(self.data) - 1))
        self.cursor = row
        if heading_on_top:
            h = self.data.heading_of(row)
            top = h.row if h is not None else row
            if row - top < self.scrollable_content_region.height:
                self.scroll_to(y=top, animate=False, immediate=True)
        self._scroll_cursor_into_view()
        return True

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        self._announce()

    def _refresh_row(self, row: int) -> None:
        y = row - int(self.scroll_y)
        if 0 <= y < self.size.height:
            self.refresh_line(y)

    def _scroll_cursor_into_view(self, center: bool = False) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:  # not laid out yet: the first resize brings the cursor into view
            return
        top = int(self.scroll_y)
        row = self.cursor
        # force: rows that did not fill the view had no scrollbar, and until the next layout
        # Textual refuses to scroll (the cursor of new rows was left off screen)
        if center and not (top <= row < top + height):
            self.scroll_to(y=max(0, row - height // 2), animate=False, immediate=True, force=True)
        elif row < top:
            # show the year heading right above the cursor when it is the first event
            above = row - 1 if row > 0 and self.data.rows[row - 1] < 0 else row
            self.scroll_to(y=above, animate=False, immediate=True, force=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True, force=True)

    def action_cursor(self, step: int) -> None:
        if not len(self.data):
            return
        row = self.data.next_event_row(self.cursor + step, step)
        if row is None:  # only headings beyond: keep the cursor, show the top heading
            if step < 0:
                self.scroll_to(y=0, animate=False, immediate=True)
            return
        self.move_to(row)

    def action_page(self, direction: int) -> None:
        if not len(self.data):
            return
        height = max(1, self.scrollable_content_region.height - 1)
        target = max(0, min(len(self.data) - 1, self.cursor + direction * height))
        row = self.data.next_event_row(target, direction) or self.data.next_event_row(target, -direction)
        if row is not None:
            self.scroll_to(y=max(0, int(self.scroll_y) + direction * height), animate=False, immediate=True)
            self.move_to(row)

    def action_first(self) -> None:
        if self.move_to(self.data.first_event_row()):
            self.scroll_to(y=0, animate=False, immediate=True)

    def action_last(self) -> None:
        self.move_to(self.data.last_event_row())

    def action_jump(self, unit: str, direction: int) -> None:
        if not len(self.data) or self.data.rows[self.cursor] < 0:
            return
        if direction > 0:
            row = self.data.next_group(self.cursor, unit=unit)
        else:
            row = self.data.prev_group(self.cursor, unit=unit)
        if row is None:
            self.app.bell()
            return
        self.move_to(row, heading_on_top=(unit == "year"))

    def goto_date(self, iso: str) -> bool:
        """Move to the first event on or after ``iso``; False when there is none."""
        row = self.data.row_for_date(iso)
        if row is None or not len(self.data):
            return False
        # a jump: the events after the one found in sight (it was left on the last line, as
        # if it were the last one): the first of its year under its heading at the top, as
        # ] does, any other mid-view when it was off screen
        row = max(0, min(row, len(self.data) - 1))
        if row > 0 and self.data.rows[row - 1] < 0:
            return self.move_to(row, heading_on_top=True)
        self.cursor = row
        self._scroll_cursor_into_view(center=True)
        return True

    def goto_unknown(self) -> bool:
        for h in self.data.headings:
            if h.year is None:
                return self.move_to(self.data.next_event_row(h.row, 1), heading_on_top=True)
        return False

    def action_open(self) -> None:
        rank = self.current_rank
        if rank is not None:
            self.post_message(self.Opened(rank))

    # -- mouse ------------------------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        row = event.y + int(self.scroll_y)
        if 0 <= row < len(self.data) and self.data.rows[row] >= 0:
            if row == self.cursor and event.chain >= 2:
                self.action_open()
            self.move_to(row)

    # -- rendering --------------------------------------------------------------------------
    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(event.size.width, len(self.data))
        self._scroll_cursor_into_view()

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = int(self.scroll_y) + y
        base = self.rich_style
        if not len(self.data):
            return self._render_empty(y, width, base)
        if row >= len(self.data):
            return Strip.blank(width, base)
        key = (row, width, row == self.cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(row, width, base)
            self._cache.set(key, strip)
        return strip

    def _render_empty(self, y: int, width: int, base: Style) -> Strip:
        lines = [""] + _wrap(self.empty_message, max(10, width - 4))
        if y >= len(lines):
            return Strip.blank(width, base)
        empty_style = base + self.get_component_rich_style("timeline--empty", partial=True)
        text = Text("  " + lines[y], style=empty_style, end="")
        return _strip(text, width, base)

    def _render_row(self, row: int, width: int, base: Style) -> Strip:
        data = self.data
        if data.rows[row] < 0:
            h = data.heading_at(row)
            label = f" {h.label} "
            count = " " + ngettext("{n} event", "{n} events", h.count).format(n=num(h.count)) + " "
            rule = "-" if self.ascii_only else "─"
            fill = max(0, width - 2 - cell_len(label) - cell_len(count))
            text = Text(rule * 2 + label + rule * max(0, fill - 2) + count + rule * 2, end="")
            text.stylize(base + self.get_component_rich_style("timeline--heading", partial=True))
            return _strip(text, width, base)
        ev = data.events[data.rows[row]]
        lay = row_layout(data, width)
        is_cursor = row == self.cursor
        marker = format_date(ev)[0]
        date = fitted_date(ev, lay.date - 1)  # a range too wide: its first day and "…", or short
        pointer = (">" if self.ascii_only else "▶") if is_cursor else " "
        def st(name: str) -> Style:
            return self.get_component_rich_style(name, partial=True)

        text = Text(no_wrap=True, end="", style=base)
        text.append(pointer)
        text.append(marker, st("timeline--marker"))
        text.append(_fit(date, lay.date - 1), st("timeline--date"))
        text.append(" ")
        text.append(_fit(type_label(ev.get("type"), short=lay.short_types), lay.type), st("timeline--type"))
        text.append(" ")
        if ev.get("corrected"):
            # a reader's correction (core/store/corrections.py): the mark ends the pair's
            # column, whose label gives it two cells, so every title starts in one column
            text.append(_fit(fit_pair(ev, lay.pair - 2), lay.pair - 2), st("timeline--pair"))
            text.append(" " + ("*" if self.ascii_only else "✎"), st("timeline--marker"))
        else:
            text.append(_fit(fit_pair(ev, lay.pair), lay.pair), st("timeline--pair"))
        text.append(" ")
        used = lay.before_title
        text.append(_fit(visible(ev.get("title")), max(0, width - used), pad=False))
        style = base
        if is_cursor:
            style = base + self._cursor_style()
            text.stylize(style)
        return _strip(text, width, style)

    def _cursor_style(self) -> Style:
        if few_colours(self.app):
            # without colour, or with 16 (where the theme's cursor colour rounds to bright red),
            # the cursor is reverse video (and the ▶ pointer), whatever the theme
            return Style(reverse=self.has_focus, bold=True, underline=not self.has_focus)
        name = "timeline--cursor" if self.has_focus else "timeline--cursor-blur"
        return self.get_component_rich_style(name, partial=True)


def _fit(s: str, width: int, pad: bool = True) -> str:
    """Cut ``s`` to ``width`` cells (with "…"), padded with spaces."""
    if width <= 0:
        return ""
    n = cell_len(s)
    if n > width:
        t = Text(s)
        t.truncate(width, overflow="ellipsis")
        s = t.plain
        n = cell_len(s)
    return s + " " * (width - n) if pad else s


def _wrap(message: str, width: int) -> list[str]:
    lines: list[str] = []
    for para in message.split("\n"):
        line = ""
        for word in para.split(" "):
            if line and cell_len(line) + 1 + cell_len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return lines


def _strip(text: Text, width: int, style: Style) -> Strip:
    """One row of cells: ``text`` cut or padded to ``width``."""
    segments = [Segment(t, s) for t, s in _spans(text)]
    return Strip(segments).crop_extend(0, width, style)


def _spans(text: Text) -> list[tuple[str, Style]]:
    """``text`` split into (string, style) runs without a console (no markup involved)."""
    plain = text.plain
    base = text.style if isinstance(text.style, Style) else Style.parse(text.style or "")
    if not text.spans:
        return [(plain, base)]
    cuts = sorted({0, len(plain), *(s.start for s in text.spans), *(s.end for s in text.spans)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        style = base
        for span in text.spans:
            if span.start <= a and span.end >= b:
                st = span.style
                style = style + (st if isinstance(st, Style) else Style.parse(st))
        out.append((plain[a:b], style))
    return out
