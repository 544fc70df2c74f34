"""Keys typed in the same read as the key that opens a dialog go to the dialog.

Over SSH a quick typist's keys arrive in one read: "/du lich", "t2019", "p" then "lao cai".
The app hands each key to the focused widget (the timeline) as it reads it; the "/" then
goes up to the screen, whose binding opens the search prompt, but by then the letters after
it were already the timeline's. Reaching the main screen while a dialog is above it, they
found no binding (the dialog's were asked) and were lost: the prompt opened empty.
:class:`TypedAhead` runs a key's binding when the key reaches the screen (the "/" opens the
prompt before the next key comes), and hands a key reaching it once a dialog is above back
to the app as typed: the app gives it to the dialog's focused field, in the order typed.
"""

from __future__ import annotations

from textual import events

__all__ = ["TypedAhead"]


class TypedAhead:
    """A screen that runs its keys' bindings when they reach it, in the order typed, and
    sends a key reaching it after a dialog opened above it to the dialog."""

    async def on_key(self, event: events.Key) -> None:
        app = self.app  # type: ignore[attr-defined]
        if app.screen is not self:
            event.stop()
            event.prevent_default()
            # after the app's own messages (the dialog mounting and taking the focus)
            app.call_after_refresh(app.post_message, events.Key(event.key, event.character))
        elif await app._check_bindings(event.key):  # what App._on_key does once the key is up there
            event.stop()
            event.prevent_default()
