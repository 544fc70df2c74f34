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

Enter sends ``Submitted`` up to the dialog, which closes or goes on ("lao cai" then Enter
in the pair dialog asks for the other province); the keys typed after Enter in the same
read ("yen bai", Enter) were put in the field before the dialog had read the first one,
and lost with it. They now wait: the field's ``Changed`` and ``Submitted`` go to the screen
at once (in the order made), and once the screen has read the ``Submitted`` the keys go to
the app again, as typed, which gives them to whatever has the focus then (the field again,
or the timeline once the dialog has closed).
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.dom import NoScreen
from textual.message import Message
from textual.widgets import Input

__all__ = ["Field"]


# the keys of the field's own editing bindings (not those it inherits as a scrolling widget:
# ↑ ↓ PgUp PgDn go on to the dialog, whose list they move)
_OWN = frozenset(key.strip() for b in Input.BINDINGS for key in (b.key if isinstance(b, Binding) else b[0]).split(","))


class Field(Input):
    """Textual's ``Input``, its keys done in the order they arrive."""

    _held: list[events.Key] | None = None  # the keys typed after Enter, while the dialog reads it

    async def _on_key(self, event: events.Key) -> None:
        if self._held is not None:
            self._held.append(events.Key(event.key, event.character))
            event.stop()
            event.prevent_default()
            return
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

    def post_message(self, message: Message) -> bool:
        # the dialogs read a field's Changed and Submitted on their screen: sent there at
        # once, they keep their order with each other and with the keys released below
        # (climbing the containers a message at a time, a Submitted sent straight up
        # would pass the Changed of the letters before it)
        if isinstance(message, (Input.Changed, Input.Submitted)):
            try:
                return self.screen.post_message(message)
            except NoScreen:
                pass
        return super().post_message(message)

    async def action_submit(self) -> None:
        """Input's; the keys typed after Enter wait until the screen has read it."""
        self._held = []
        await super().action_submit()
        try:
            self.screen.call_later(self._release)  # after the Submitted, in the screen's queue
        except NoScreen:
            self._release()

    def _release(self) -> None:
        held, self._held = self._held or [], None
        for key in held:
            self.app.post_message(key)  # as typed: the app gives it to the focused widget now
