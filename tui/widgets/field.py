"""A text field whose keys keep their order with the letters typed after them.

Textual hands a key to the focused ``Input``, which inserts a letter at once; a key it
does not insert (Backspace, Ctrl+U, ←, Home, Tab, ↓ …) goes up to the screen and the app,
whose bindings act on it a few messages later. Keys that arrive in one read — over SSH a
quick typist's keys often do — were then done out of order: "lao caj", Backspace, "i" gave
"lao caj" (the "i" typed, then taken away), Ctrl+U then "2019" left the field empty, and
"lao cai", Tab, "yen" put "yen" in the field being left (the app had handed every key of
the read to it before the Tab reached the screen). :class:`Field` runs the binding of a key
it does not insert when the key reaches it, in the order typed (its own editing keys, then
the screen's and the app's, as the app would), and hands a key that reaches it after the
focus has moved (typed after a Tab) to the widget that has the focus now.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input

__all__ = ["Field"]


# the keys of the field's own editing bindings (not those it inherits as a scrolling widget:
# ↑ ↓ PgUp PgDn go on to the dialog, whose list they move)
_OWN = frozenset(key.strip() for b in Input.BINDINGS for key in (b.key if isinstance(b, Binding) else b[0]).split(","))


class Field(Input):
    """Textual's ``Input``, its keys done in the order they arrive."""

    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused
        if focused is not None and focused is not self:
            # typed after a key of the same read moved the focus (Tab): it is the new field's
            focused._forward_event(events.Key(event.key, event.character))
            event.stop()
            event.prevent_default()
            return
        if not event.is_printable and await self._bound(event):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)

    async def _bound(self, event: events.Key) -> bool:
        """Run the key's binding now: the field's own editing binding, or (a key the field
        does not bind) the first of the dialog's, the screen's and the app's, as the app
        would once the key had gone up to it. False when none acts on it (Ctrl+C with
        nothing selected): the key goes on as before."""
        for key in event.aliases:
            if key in _OWN:
                bindings = self._bindings.key_to_bindings.get(key)
                if bindings and await self.app.run_action(bindings[0].action, self):
                    return True
            elif await self.app._check_bindings(key):  # the path a bubbled key takes in App._on_key
                return True
        return False
