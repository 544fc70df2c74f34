"""The main screen's footer: Textual's ``Footer``, made again once for a burst of
binding changes.

Textual's footer makes its keys again (every ``FooterKey`` composed, styled and laid out)
after each refresh that follows a change of the screen's bindings. Opening the main
screen changes them several times in a row (the screen resumed, the timeline focused,
the first answer's filter bar, the breakpoint's class): four makings of the same eight
keys, about 0.1 s of CPU right after the first frame, while the first key pressed waits.
This footer makes them once for every change made before it gets to it: what it shows
is the same (the bindings as they are when it does).

In a narrow window (60 columns, or longer words in Vietnamese) the keys that do not fit
are left out, the last first, rather than cut at the edge: what a user must see to get
help, go back and quit (``KEEP``) always shows, and the keys a reader needs most
(``NEED``: the detail's fields and correcting the event) go only after every other key,
wherever their pane puts them in the row (a search's match keys come first, and were
the ones kept before). The keys left out still work, and ``?`` lists them.
"""

from __future__ import annotations

from typing import Any, Iterable

from rich.cells import cell_len
from textual import events
from textual.screen import Screen
from textual.widgets import Footer

__all__ = ["KeysFooter", "fit_keys", "KEEP", "NEED"]

KEEP = frozenset({"help", "quit", "screen.back", "back"})  # actions the footer always shows
DROP_FIRST = ("toggle_other",)  # the detail's page text outside the article: the least asked for
NEED = ("toggle_fields", "screen.correct", "correct")  # the detail's i and C: left out last


def _cells(key: Any) -> int:
    """Cells a compact footer key takes: "q Quit" (and one space before the next)."""
    description = getattr(key, "description", "")
    return cell_len(getattr(key, "key_display", "")) + (1 + cell_len(description) if description else 0)


def _name(key: Any) -> str:
    return str(getattr(key, "action", "")).split("(", 1)[0]  # "step_event(1)" -> "step_event"


def fit_keys(keys: Iterable[Any], width: int) -> list[Any]:
    """``keys`` (footer keys, in order) without some, until they fit in ``width`` cells:
    ``DROP_FIRST`` first, then the last not in ``KEEP`` or ``NEED``, then the last in
    ``NEED``; keys of one action go together ("n Next" and "N Prev")."""
    shown = list(keys)
    while len(shown) > 1 and sum(_cells(k) for k in shown) + len(shown) - 1 > width:
        droppable = [_name(k) for k in shown if _name(k) not in KEEP]
        if not droppable:
            break
        first = [n for n in droppable if n in DROP_FIRST]
        ordinary = [n for n in droppable if n not in NEED]
        gone = first[0] if first else (ordinary or droppable)[-1]
        shown = [k for k in shown if _name(k) != gone]
    return shown


class KeysFooter(Footer):
    """A ``Footer`` whose keys are made again at most once per refresh, and fit its width."""

    _remake_pending = False
    _made_for = 0  # the width the keys were fitted to

    def compose(self):
        self._made_for = width = self.size.width or self.app.size.width
        yield from fit_keys(super().compose(), width)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._made_for and self._bindings_ready and not self._remake_pending:
            self._remake_pending = True
            self.call_after_refresh(self._remake)

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._remake_pending:
            self._remake_pending = True
            self.call_after_refresh(self._remake)

    async def _remake(self) -> None:
        self._remake_pending = False  # a change from now on asks for another
        await self.recompose()
