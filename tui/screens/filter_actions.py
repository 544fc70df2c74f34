"""The main screen's filter keys: search (``/``), a pair or province (``p``), every filter
(``f``), clear and undo (``x``, ``u``), the selected event's article (``a``).

A mixin of :class:`~hoptac.tui.screens.main.MainScreen` (its keys are declared there):
each action changes the filter and hands it to ``apply_filter``. The dialogs are imported
when first opened, not before the first frame.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hoptac.core.store.query import Filter, FilterError, parse_search
from hoptac.core.text import typed

from ..i18n import _
from ..widgets.filterbar import FilterBar

__all__ = ["FilterActions"]


class FilterActions:
    """Search, pair, filters, clear and undo, and one article's events for the main screen."""

    flt: Filter
    cleared: tuple[Filter, int | None] | None
    corrected: str | None
    back_stack: list[tuple[Filter, int | None]]

    def set_field(self, field: str, value: Any) -> None:
        self.apply_filter(replace(self.flt, **{field: value}))

    def action_clear_filters(self) -> None:
        if self.flt.is_empty():
            self.notify(_("No filters to clear."), timeout=2)
            return
        self.cleared = (self.flt, self.timeline.current_rank)
        self.corrected = None  # u now brings the filters back
        self.back_stack.clear()
        self.query_one(FilterBar).can_undo = True
        self.apply_filter(Filter())
        self.refresh_bindings()

    def action_undo_clear(self) -> None:
        """Take back the correction just saved (``C``), else bring back the filters ``x`` cleared."""
        if self.corrected is not None:
            self.take_back_correction()  # type: ignore[attr-defined]
            return
        if self.cleared is None or not self.flt.is_empty():
            return
        flt, rank = self.cleared
        self.cleared = None
        self.query_one(FilterBar).can_undo = False
        self.apply_filter(flt, keep_rank=rank)
        self.refresh_bindings()

    def action_search(self) -> None:
        from .prompt import PromptScreen

        before, rank = self.flt, self.timeline.current_rank

        def searched(value: str) -> Filter:
            try:
                return replace(before, search=parse_search(value))
            except FilterError:
                return replace(before, search="")  # nothing to look for (yet): every event

        def preview(value: str) -> None:  # results follow the typing (debounced by the prompt)
            self.apply_filter(searched(value), keep_rank=rank)

        def done(value: str | None) -> None:
            if value is not None:
                self.apply_filter(searched(value), keep_rank=rank)
                if typed(value) and not searched(value).search:
                    self.notify(_("Nothing to search for: a search needs letters or digits."), timeout=4)
            elif self.flt != before:  # Esc: back to what was shown before the search
                self.apply_filter(before, keep_rank=rank)

        self.app.push_screen(PromptScreen(
            _("Search titles, snippets and article text"), value=self.flt.search or "",
            placeholder=_("e.g. hoi nghi du lich"), on_change=preview,
            # syllables typed together are a phrase (not "all words", which "du lich" once was)
            help_text=_("Accents and case are ignored: “hoi nghi” finds “Hội nghị”. Words typed together are a "
                        "phrase; phrases apart by commas must all appear. Results follow as you type; Enter keeps "
                        "them, Esc goes back.")), done)

    def action_pick_pair(self) -> None:
        from .pair import PairScreen

        def done(result: Any) -> None:
            if not result:
                return
            kind, value = result
            if kind == "pair":
                self.apply_filter(replace(self.flt, pair=value, province=None, article_id=None))
            else:
                self.apply_filter(replace(self.flt, province=value, pair=None, article_id=None))

        self.app.push_screen(PairScreen(self.index, map_on=bool(self.flt.map)), done)

    def action_filters(self) -> None:
        from .filters import FilterScreen

        def done(flt: Filter | None) -> None:
            if flt is not None:
                self.apply_filter(flt)

        self.app.push_screen(FilterScreen(self.flt, self.index.provinces()), done)

    def action_same_article(self) -> None:
        ev = self.timeline.current_event
        if ev is None or not ev.get("article_id"):
            return
        if self.flt.article_id == ev["article_id"]:
            self.notify(_("Already showing this article's events (Esc goes back)."), timeout=3)
            return
        self.back_stack.append((self.flt, self.timeline.current_rank))
        self.close_detail()
        self.apply_filter(Filter(article_id=ev["article_id"]), keep_rank=self.timeline.current_rank)
