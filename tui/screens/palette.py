"""The command palette's hoptac commands (Ctrl+P): the app's actions and quick filters.

Actions (filters, export, go to date, clear…) are found by name, in the interface's language
or in English; typing a province, an event type or a level offers a filter on it directly
("lao cai" -> "Province: Lào Cai"; "visit" in Vietnamese -> "Loại: …").
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable

from hoptac.core.store.query import EVENT_TYPES, LEVELS
from hoptac.core.text import fold, fold_query, nfc
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from ..widgets.text import type_label, visible
from ..i18n import N_, _

if TYPE_CHECKING:
    from .main import MainScreen

__all__ = ["HoptacCommands", "ACTIONS"]

# (title, help, action name on MainScreen)
ACTIONS: list[tuple[str, str, str]] = [
    (N_("Filter: province pair…"), N_("Pick two provinces (p)"), "pick_pair"),
    (N_("Filter: all filters…"), N_("Pair, province, years, type, level, search (f)"), "filters"),
    (N_("Search…"), N_("Words in titles, snippets and article text; accents optional (/)"), "search"),
    (N_("People…"), N_("Who takes part: find a person, filter to their events (w)"), "people"),
    (N_("Partners…"), N_("A province's partners ranked, with events per year (P)"), "partners"),
    (N_("Toggle 2025 map"), N_("Provinces and pairs as today's 34 units (m)"), "toggle_map"),
    (N_("Clear filters"), N_("Show every event again (x; u brings them back)"), "clear_filters"),
    (N_("Export current view…"), N_("Write the events on screen to a JSON file (e)"), "export"),
    (N_("Go to date…"), N_("Jump to a year, month or day (t)"), "goto_date"),
    (N_("Copy event as JSON"), N_("Put the selected event on the clipboard (c)"), "copy"),
    (N_("Events of this article"), N_("Show every event of the selected event's article (a)"), "same_article"),
    (N_("Open detail"), N_("The event's fields and its article (Enter)"), "open_detail"),
    (N_("Help"), N_("Every key and what the timeline shows (?)"), "help"),
]


class HoptacCommands(Provider):
    """Commands of the main screen, and filters by name."""

    def _main(self) -> "MainScreen | None":
        from .main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _run(self, action: str) -> Callable[[], object]:
        def go() -> None:
            main = self._main()
            if main is not None:
                self.app.call_later(self.app.run_action, action, main)

        return go

    async def discover(self) -> Hits:
        for title, help_text, action in ACTIONS:
            yield DiscoveryHit(_(title), self._run(action), help=_(help_text))

    async def search(self, query: str) -> Hits:
        from .system import either_hit

        matcher = self.matcher(fold(nfc(query)))  # accents optional: "loc" finds "Lọc"
        for title, help_text, action in ACTIONS:
            score, shown = either_hit(matcher, title)  # "export" finds "Xuất khung đang xem…" too
            if score > 0:
                yield Hit(score, shown, self._run(action), text=_(title), help=_(help_text))
        main = self._main()
        if main is None or len(fold_query(query)) < 2:
            return
        q = fold_query(query)
        # in the interface's language (they were English in Vietnamese too)
        province, kind, level = _("Province: {name}"), _("Type: {name}"), _("Level: {name}")
        # each with its English ("type: visit" or "signing" in the Vietnamese interface)
        choices: list[tuple[str, str, str, str, str]] = []
        choices += [(province.format(name=p), f"Province: {p}", "province", p,
                     _("Keep only the events with this province")) for p in main.index.provinces()]
        choices += [(kind.format(name=type_label(t, short=False)), f"Type: {t}", "type", t,
                     _("Keep only the events of this type")) for t in EVENT_TYPES]
        choices += [(level.format(name=lv), f"Level: {lv}", "level", lv,
                     _("Keep only the events with a party of this level")) for lv in LEVELS]
        for title, english, field, value, help_text in choices:
            named = [f for f in {fold_query(title), fold_query(english)} if q in f]
            if named:
                score = 0.9 if any(f.split(": ", 1)[-1].startswith(q) for f in named) else 0.6
                # help is markup in the palette: keep data out of it (help_text is ours)
                yield Hit(score, Content(visible(title)), partial(main.set_field, field, value),
                          text=visible(title), help=help_text)
