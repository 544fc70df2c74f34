"""A one-line question in a small dialog: search, go to date, export file name.

``PromptScreen`` returns the typed text (or None on Esc). A ``check`` callback can refuse a
value with a one-line reason, shown under the input; the dialog stays open. An
``on_change`` callback hears the text as it is typed, once typing pauses for ``DEBOUNCE``
seconds (search uses it to show results while the query is still being written).
"""

from __future__ import annotations

from typing import Callable

from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.timer import Timer
from textual.widgets import Input, Static
from ..widgets.dialog import Dialog
from ..i18n import N_, translate_bindings
from ..widgets.field import Field

__all__ = ["PromptScreen", "DEBOUNCE"]

DEBOUNCE = 0.15  # seconds of no typing before on_change hears the text


class PromptScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="prompt.cancel")]

    def __init__(self, title: str, *, value: str = "", placeholder: str = "", help_text: str = "",
                 check: Callable[[str], str | None] | None = None, suggester: Suggester | None = None,
                 on_change: Callable[[str], None] | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.on_change = on_change
        self._pending: Timer | None = None
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.help_text = help_text
        self.check = check
        self.suggester = suggester

    def compose(self):
        with Dialog():
            yield Static(Content(self.title_text).stylize("bold"), classes="dialog-title")
            yield Field(value=self.value, placeholder=self.placeholder, suggester=self.suggester,
                        compact=True, id="prompt-input")
            yield Static(Content(self.help_text), classes="dialog-help")
            yield Static("", id="prompt-error", classes="dialog-error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._pending is not None:  # Enter wins over a preview still waiting
            self._pending.stop()
            self._pending = None
        value = event.value
        if self.check is not None:
            problem = self.check(value)
            if problem:
                self.query_one("#prompt-error", Static).update(Content("✗ " + problem))
                return
        self.dismiss(value)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#prompt-error", Static).update("")
        if self.on_change is not None and event.value != self.value:
            if self._pending is not None:
                self._pending.stop()
            value = event.value
            self._pending = self.set_timer(DEBOUNCE, lambda: self._changed(value))

    def _changed(self, value: str) -> None:
        self._pending = None
        if self.on_change is not None and self.is_attached:
            self.on_change(value)

    def action_cancel(self) -> None:
        if self._pending is not None:
            self._pending.stop()
            self._pending = None
        self.dismiss(None)
