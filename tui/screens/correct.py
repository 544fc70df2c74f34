"""A reader's correction of the selected event: a small form (``C`` on the timeline or in
the detail pane).

:class:`CorrectScreen` shows the event's date, end date, type and partners as fields to
edit (partners with suggestions from the gazetteer) and a "not an event" switch; Enter
saves what was changed, Esc leaves. It returns the changes as
:func:`~hoptac.core.store.corrections.parse_changes` reads them; :class:`CorrectActions`
(a mixin of the main screen, ``correct_actions.py``) stores them and reloads the timeline, which then shows the
event corrected (marked ✎) — see ``hoptac corrections`` to list or undo.
"""

from __future__ import annotations

from typing import Any

from hoptac.core.store import corrections as corr
from hoptac.core.store.query import EVENT_TYPES, FilterError
from hoptac.core.text import fold, fold_query
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Checkbox, Input, Label, Static

from ..widgets.dialog import Dialog
from ..i18n import N_, _, tr, translate_bindings
from ..widgets.text import shown_date, type_label
from ..widgets.field import Field

__all__ = ["CorrectScreen", "CorrectActions", "PairSuggester"]


class PairSuggester(Suggester):
    """Completes the partner being typed after the comma: "lao cai, yen b" → "…, Yên Bái"."""

    def __init__(self) -> None:
        super().__init__(use_cache=True, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        head, sep, last = value.rpartition(",")
        stem = last.lstrip()
        want = fold_query(stem)
        if not want:
            return None
        from hoptac.core import places  # the gazetteer: when a correction is first asked for

        for name in places.provinces():
            if fold_query(name).startswith(want) and name != stem:
                # the suggestion must start with what was typed: keep the typed letters
                return value + name[len(stem):] if name.startswith(stem) else None
        return None


class TypeSuggester(Suggester):
    """Completes an event type in the interface's language, accents optional: "hoi ng" →
    "hoi nghi" (Textual shows a completion only when it starts with what was typed)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        want = fold(value)
        if not want.strip():
            return None
        for name in _type_names():
            if fold(name).startswith(want) and len(name) > len(value):
                return value + (name if name.startswith(value) else fold(name))[len(value):]
        return None


class Tick(Checkbox, inherit_bindings=False):
    """A checkbox whose mark shows only when it is checked: Textual draws its "X" either
    way and tells the two apart by colour alone (with NO_COLOR, not at all). Space ticks
    it; Enter saves the form, as in every other field (Textual's Enter ticked it too, so
    Space then Enter left it unticked and nothing saved)."""

    BINDINGS = [Binding("space", "toggle_button", N_("Toggle"), show=False),
                Binding("enter", "screen.save", N_("Save"), show=False)]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self)

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button


FIELDS = ("date", "date_end", "type", "pair")
ARGS = {"date": "date", "date_end": "date_end", "type": "type_", "pair": "pair"}  # parse_changes' names


def _fields(ev: dict[str, Any]) -> dict[str, str]:
    return {"date": shown_date(ev.get("date")), "date_end": shown_date(ev.get("date_end")),
            "type": type_label(ev["type"], short=False) if ev.get("type") else "",
            "pair": ", ".join(ev.get("pair") or ())}


def type_code(text: str) -> str | None:
    """The event type a reader typed, in the interface's language or as the data names it,
    accents and case optional ("ky ket", "ký", "signing", "sign" → ``signing``); None
    when it names none."""
    q = fold_query(text)
    for t in EVENT_TYPES:
        if q in (t, fold_query(type_label(t, short=False)), fold_query(type_label(t, short=True))):
            return t
    return None


def _type_names() -> list[str]:
    return [type_label(t, short=False) for t in EVENT_TYPES]


class CorrectScreen(ModalScreen[dict[str, Any] | None]):
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, event: dict[str, Any]) -> None:
        super().__init__(id="correct-screen")
        translate_bindings(self)
        self.event = event
        self.before = _fields(event)

    def compose(self):
        with Dialog(id="correct-dialog"):
            yield Static(Content(_("Correct this event")).stylize("bold"), classes="dialog-title")
            yield Label(Content(_("Date (2019, 2019-03, 8/3/2019; 8/3 when the year is unknown)")))
            yield Field(value=self.before["date"], compact=True, id="correct-date")
            yield Label(Content(_("End date (empty: none)")))
            yield Field(value=self.before["date_end"], compact=True, id="correct-date-end")
            yield Label(Content(_("Type ({types})").format(types=", ".join(_type_names()))))
            yield Field(value=self.before["type"], compact=True, id="correct-type",
                        suggester=TypeSuggester())
            yield Label(Content(_("Partners (two, apart by a comma; accents optional)")))
            yield Field(value=self.before["pair"], compact=True, id="correct-pair", suggester=PairSuggester())
            yield Tick(Content(_("Not an event (hide it)")), id="correct-not-event", compact=True)
            yield Static(Content(_("Enter saves what you changed · Esc leaves it as it is")), classes="dialog-help")
            yield Static("", id="correct-error", classes="dialog-error")

    def on_mount(self) -> None:
        self.query_one("#correct-date", Input).focus()

    def _typed(self) -> dict[str, str]:
        """The fields that differ from the event as shown (a type by its code: in the
        interface's language on the form, "ký kết", as the data names it to be saved)."""
        now = {key: self.query_one(f"#correct-{key.replace('_', '-')}", Input).value for key in FIELDS}
        typed = {k: v for k, v in now.items() if v.strip() != self.before[k]}
        if "type" in typed:
            code = type_code(typed["type"])
            if code is None:
                raise FilterError(_("unknown event type “{text}” (one of: {types})").format(
                    text=typed["type"].strip(), types=", ".join(_type_names())))
            if code == self.event.get("type"):
                del typed["type"]
            else:
                typed["type"] = code
        return typed

    def changes(self) -> dict[str, Any]:
        """What differs from the event as shown, read like ``hoptac correct`` reads it."""
        typed = self._typed()
        not_event = self.query_one(Checkbox).value
        if not typed and not not_event:  # (the command line's words name its options)
            raise FilterError(_("nothing changed: edit a field, or Esc to leave it as it is"))
        changes = corr.parse_changes(date=typed.get("date"), date_end=typed.get("date_end"),
                                     type_=typed.get("type"), pair=typed.get("pair"), not_event=not_event)
        corr.check_range(self.event, changes)  # an end alone before the event's date: said here, not after
        return changes

    def at_fault(self) -> str | None:
        """The field whose value cannot be read (the end date when it is before the date)."""
        try:
            typed = self._typed()
        except FilterError:
            return "type"  # a type that names none
        for key in FIELDS:
            if key in typed:
                try:
                    corr.parse_changes(**{ARGS[key]: typed[key]})
                except FilterError:
                    return key
        return "date_end" if "date_end" in typed else None  # an end before the date

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Enter in any field: save what was changed, or say what is wrong and go there."""
        try:
            changes = self.changes()
        except FilterError as exc:
            self.query_one("#correct-error", Static).update(Content("✗ " + tr(exc)))
            key = self.at_fault()
            if key is not None:  # the cursor goes where the mistake is
                self.query_one(f"#correct-{key.replace('_', '-')}", Input).focus()
            return
        self.dismiss(changes)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#correct-error", Static).update("")

    def action_cancel(self) -> None:
        self.dismiss(None)


from .correct_actions import CorrectActions  # noqa: E402  (the main screen's mixin, in its own light module)
