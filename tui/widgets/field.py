"""A text field whose own keys keep their order with the letters typed after them.

Textual hands a key to the focused ``Input``, which inserts a letter at once; a key it
does not insert (Backspace, Ctrl+U, ←, Home …) goes up to the screen and the app, whose
bindings send it back to the field's action a few messages later. Keys that arrive in one
read — over SSH a quick typist's keys often do — were then done out of order: "lao caj",
Backspace, "i" gave "lao caj" (the "i" typed, then taken away), Ctrl+U then "2019" left
the field empty. :class:`Field` runs its own bindings' actions when the key reaches it,
in the order typed. Keys it does not bind (Tab, Esc, F1, ↑ ↓ …) go on as before.
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
    """Textual's ``Input``, its editing keys done in the order they arrive."""

    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable:
            for key in event.aliases:
                bindings = self._bindings.key_to_bindings.get(key) if key in _OWN else None
                # done here, at once; an action that skips (Ctrl+C with nothing selected)
                # lets the key go on to the screen and the app as before
                if bindings and await self.app.run_action(bindings[0].action, self):
                    event.stop()
                    event.prevent_default()
                    return
        await super()._on_key(event)
