"""The filter bar: the filters in force and how many events they leave, always visible."""

from __future__ import annotations

from hoptac.core.store.query import Filter
from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static

from ..i18n import _, ngettext, num
from .text import describe_filter, visible

__all__ = ["FilterBar", "fit"]


class FilterBar(Static):
    """``Lào Cai – Yên Bái · conference   12 of 240 events   x clears``"""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.flt = Filter()
        self.shown = 0
        self.total = 0
        self.busy = False
        self.position: int | None = None
        self.article_title: str | None = None  # shown instead of "one article"
        self.can_undo = False  # x cleared filters that u brings back
        self.sample = False  # the bundled sample database (``tui/sample.py``): said so

    def set_state(self, flt: Filter, shown: int, total: int, *, busy: bool = False) -> None:
        self.flt, self.shown, self.total, self.busy = flt, shown, total, busy
        self._paint()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._paint()

    def set_position(self, position: int | None) -> None:
        if position != self.position:
            self.position = position
            self._paint()

    def on_resize(self) -> None:
        self._paint()

    def _paint(self) -> None:
        at = f" · #{num(self.position)}" if self.position else ""
        if self.flt.is_empty():
            # one event is not "All 1 events"
            every = (ngettext("{n} event of the bundled sample", "All {n} events of the bundled sample", self.total)
                     if self.sample else ngettext("{n} event in all", "All {n} events", self.total))
            what = Content.assemble((every.format(n=num(self.total)), "bold"))
            count = at
            hint = "   " + (_("u brings the filters back") if self.can_undo else _("/ search · p pair · f filters"))
        elif self.flt.article_id and self.article_title is not None:
            title = visible(self.article_title)
            count = "  " + ngettext("{n} event", "{n} events", self.shown).format(n=num(self.shown)) + at
            hint = "   " + _("Esc back")
            label = _("Article: ")
            room = max(12, self.size.width - 2 - len(label) - len(count) - len(hint))
            if len(title) > room:
                title = title[: room - 1] + "…"
            what = Content.assemble((label, "bold"), (title, "bold underline"))
        else:
            what = Content.assemble((_("Filter: "), "bold"), (describe_filter(self.flt), "bold underline"))
            count = "  " + ngettext("{shown} of {total} event", "{shown} of {total} events", self.total).format(
                shown=num(self.shown), total=num(self.total)) + at
            hint = "   " + _("x clears")
        if self.busy:
            count += "  " + _("(filtering…)")
        self.update(fit(what, count, hint, self.content_size.width))


def fit(what: Content, count: str, hint: str, width: int) -> Content:
    """The bar within ``width`` cells: the hint whole or not at all (a lone "x" was left
    of "x clears" at 60 columns), then the filters cut with "…" so the count stays whole."""
    if width <= 0:  # not laid out yet
        return Content.assemble(what, count, (hint, "dim"))
    if what.cell_length + cell_len(count) + cell_len(hint) > width:
        hint = ""
    room = width - cell_len(count)
    if what.cell_length > room and room > 8:
        what = what.truncate(room - 1).append("…")
    return Content.assemble(what, count, (hint, "dim"))
