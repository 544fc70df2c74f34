"""The command palette's hoptac commands (Ctrl+P): the app's actions and quick filters.

Actions (filters, export, go to date, clear…) are found by name; typing a province, an event
type or a level offers a filter on it directly ("lao cai" -> "Province: Lào Cai").
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable

from hoptac.core.store.query import EVENT_TYPES, LEVELS
from hoptac.core.text import fold_query
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from ..widgets.text import visible

if TYPE_CHECKING:
    from .main import MainScreen

__all__ = ["HoptacCommands", "ACTIONS"]

# (title, help, action name on MainScreen)
ACTIONS: list[tuple[str, str, str]] = [
    ("Filter: province pair…", "Pick two provinces (p)", "pick_pair"),
    ("Filter: all filters…", "Pair, province, years, type, level, search (f)", "filters"),
    ("Search…", "Words in titles, snippets and article text; accents optional (/)", "search"),
    ("People…", "Who takes part: find a person, filter to their events (w)", "people"),
    ("Partners…", "A province's partners ranked, with events per year (P)", "partners"),
    ("Toggle 2025 map", "Provinces and pairs as today's 34 units (m)", "toggle_map"),
    ("Clear filters", "Show every event again (x)", "clear_filters"),
    ("Export current view…", "Write the events on screen to a JSON file (e)", "export"),
    ("Go to date…", "Jump to a year, month or day (t)", "goto_date"),
    ("Copy event as JSON", "Put the selected event on the clipboard (c)", "copy"),
    ("Events of this article", "Show every event of the selected event's article (a)", "same_article"),
    ("Open detail", "The event's fields and its article (Enter)", "open_detail"),
    ("Help", "Every key and what the timeline shows (?)", "help"),
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
            yield DiscoveryHit(title, self._run(action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, action in ACTIONS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), self._run(action), help=help_text)
        main = self._main()
        if main is None or len(fold_query(query)) < 2:
            return
        q = fold_query(query)
        choices: list[tuple[str, str, str]] = []
        choices += [(f"Province: {p}", "province", p) for p in main.index.provinces()]
        choices += [(f"Type: {t}", "type", t) for t in EVENT_TYPES]
        choices += [(f"Level: {lv}", "level", lv) for lv in LEVELS]
        for title, field, value in choices:
            folded = fold_query(title)
            if q in folded:
                score = 0.9 if folded.split(": ", 1)[-1].startswith(q) else 0.6
                # help is markup in the palette: keep data out of it
                yield Hit(score, Content(visible(title)), partial(main.set_field, field, value),
                          text=visible(title), help=f"Keep only the events with this {field}")
