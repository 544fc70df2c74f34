"""A reader's correction of the selected event: a small form (``C`` on the timeline or in
the detail pane).

:class:`CorrectScreen` shows the event's date, end date, type and partners as fields to
edit (partners with suggestions from the gazetteer) and a "not an event" switch; Enter
saves what was changed, Esc leaves. It returns the changes as
:func:`~hoptac.core.store.corrections.parse_changes` reads them; :class:`CorrectActions`
(a mixin of the main screen) stores them and reloads the timeline, which then shows the
event corrected (marked ✎) — see ``hoptac corrections`` to list or undo.
"""

from __future__ import annotations

from typing import Any

from hoptac.core.store import corrections as corr
from hoptac.core.store.query import EVENT_TYPES, FilterError
from hoptac.core.store.storage import StoreError
from hoptac.core.text import fold_query
from textual import work
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester, SuggestFromList
from textual.widgets import Checkbox, Input, Label, Static

from ..i18n import N_, _, tr, translate_bindings

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


def _fields(ev: dict[str, Any]) -> dict[str, str]:
    return {"date": ev.get("date") or "", "date_end": ev.get("date_end") or "", "type": ev.get("type") or "",
            "pair": ", ".join(ev.get("pair") or ())}


class CorrectScreen(ModalScreen[dict[str, Any] | None]):
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, event: dict[str, Any]) -> None:
        super().__init__(id="correct-screen")
        translate_bindings(self)
        self.event = event
        self.before = _fields(event)

    def compose(self):
        with Vertical(classes="dialog", id="correct-dialog"):
            yield Static(Content(_("Correct this event")).stylize("bold"), classes="dialog-title")
            yield Label(Content(_("Date (2019, 2019-03 or 8/3/2019)")))
            yield Input(value=self.before["date"], compact=True, id="correct-date")
            yield Label(Content(_("End date (empty: none)")))
            yield Input(value=self.before["date_end"], compact=True, id="correct-date-end")
            yield Label(Content(_("Type ({types})").format(types=", ".join(EVENT_TYPES))))
            yield Input(value=self.before["type"], compact=True, id="correct-type",
                        suggester=SuggestFromList(EVENT_TYPES, case_sensitive=False))
            yield Label(Content(_("Partners (two, apart by a comma; accents optional)")))
            yield Input(value=self.before["pair"], compact=True, id="correct-pair", suggester=PairSuggester())
            yield Checkbox(Content(_("Not an event (hide it)")), id="correct-not-event", compact=True)
            yield Static(Content(_("Enter saves what you changed · Esc leaves it as it is")), classes="dialog-help")
            yield Static("", id="correct-error", classes="dialog-error")

    def on_mount(self) -> None:
        self.query_one("#correct-date", Input).focus()

    def changes(self) -> dict[str, Any]:
        """What differs from the event as shown, read like ``hoptac correct`` reads it."""
        now = {key: self.query_one(f"#correct-{key.replace('_', '-')}", Input).value
               for key in ("date", "date_end", "type", "pair")}
        typed = {k: v for k, v in now.items() if v.strip() != self.before[k]}
        return corr.parse_changes(date=typed.get("date"), date_end=typed.get("date_end"),
                                  type_=typed.get("type"), pair=typed.get("pair"),
                                  not_event=self.query_one(Checkbox).value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            changes = self.changes()
        except FilterError as exc:
            self.query_one("#correct-error", Static).update(Content("✗ " + tr(exc)))
            return
        self.dismiss(changes)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#correct-error", Static).update("")

    def action_cancel(self) -> None:
        self.dismiss(None)


class CorrectActions:
    """``C``: correct the selected event (a mixin of the main screen)."""

    def action_correct(self) -> None:
        ev = self.timeline.current_event  # type: ignore[attr-defined]
        if ev is None:
            self.notify(_("No event selected."), timeout=2)  # type: ignore[attr-defined]
            return

        def done(changes: dict[str, Any] | None) -> None:
            if changes:
                self._save_correction(ev["id"], changes)

        self.app.push_screen(CorrectScreen(ev), done)  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, group="correct")
    def _save_correction(self, event_id: str, changes: dict[str, Any]) -> None:
        from hoptac.core.library import Library

        store = self.library.store  # type: ignore[attr-defined]
        try:
            extracted = corr.find_event(store, event_id)
            if extracted is None:
                raise StoreError(_("the event is no longer in the database"))
            cid = corr.add_correction(store, extracted, changes)
            # the caches patched with the correction (their stamp names the manifest just
            # written): mapped as at start, not decoded (else rebuilt, as any open does)
            library = Library.open(store.path, verify=False, trust_stamp=True)
        except (StoreError, OSError, FilterError) as exc:
            self.app.call_from_thread(self.notify, _("Not saved: {reason}").format(reason=tr(exc)), severity="error",  # type: ignore[attr-defined]
                                      timeout=8, markup=False)
            return
        keep = next((r for r in library.index.of_article(extracted["article_id"])
                     if library.index.events[r].get("id") == event_id), None)  # where it is now
        self.app.call_from_thread(self._corrected, library, cid, changes, keep)  # type: ignore[attr-defined]

    def _corrected(self, library: Any, cid: str, changes: dict[str, Any], keep: int | None) -> None:
        self.library = library
        self.index = library.index
        self.app.library = library  # type: ignore[attr-defined]
        self.apply_filter(self.flt, keep_rank=keep)  # type: ignore[attr-defined]
        saved = _("Correction {cid} saved: {changed} (`hoptac corrections undo` takes it back)")
        self.notify(saved.format(cid=cid, changed=tr(corr.describe({"set": changes}))),  # type: ignore[attr-defined]
                    timeout=6, markup=False)
