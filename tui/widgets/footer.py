"""The main screen's footer: Textual's ``Footer``, made again once for a burst of
binding changes.

Textual's footer makes its keys again (every ``FooterKey`` composed, styled and laid out)
after each refresh that follows a change of the screen's bindings. Opening the main
screen changes them several times in a row (the screen resumed, the timeline focused,
the first answer's filter bar, the breakpoint's class): four makings of the same eight
keys, about 0.1 s of CPU right after the first frame, while the first key pressed waits.
This footer makes them once for every change made before it gets to it: what it shows
is the same (the bindings as they are when it does).
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

__all__ = ["KeysFooter"]


class KeysFooter(Footer):
    """A ``Footer`` whose keys are made again at most once per refresh."""

    _remake_pending = False

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
