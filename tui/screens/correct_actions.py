"""``C``: the main screen's correction key (a mixin of
:class:`~hoptac.tui.screens.main.MainScreen`), and ``u`` right after it: the correction
just saved is taken back (an event marked "not an event" by mistake is gone from every view,
so it could not be selected to be corrected again; the command line was the only way back). The form (:mod:`.correct`, with its Textual
widgets) and the corrections store are imported when ``C`` is first pressed, not before the
first frame.
"""

from __future__ import annotations

from typing import Any

from textual import work

from ..i18n import _, tr
from .landing import can_land

__all__ = ["CorrectActions"]


class CorrectActions:
    """``C``: correct the selected event (a mixin of the main screen)."""

    def action_correct(self) -> None:
        from .correct import CorrectScreen

        ev = self.timeline.current_event  # type: ignore[attr-defined]
        if ev is None:
            self.notify(_("No event selected."), timeout=2)  # type: ignore[attr-defined]
            return

        def done(changes: dict[str, Any] | None) -> None:
            if changes:
                self._save_correction(ev["id"], changes)

        self.app.push_screen(CorrectScreen(ev), done)  # type: ignore[attr-defined]

    def take_back_correction(self) -> None:
        """``u`` after a correction: remove it (``hoptac corrections undo ID``)."""
        cid, self.corrected = self.corrected, None
        self.refresh_bindings()  # type: ignore[attr-defined]
        if cid is not None:
            self._save_correction("", {}, undo=cid)

    @work(thread=True, exclusive=True, group="correct")
    def _save_correction(self, event_id: str, changes: dict[str, Any], undo: str | None = None) -> None:
        app = self.app  # type: ignore[attr-defined]
        app.saving += 1   # quitting now asks first (HoptacApp.action_quit)
        try:
            self._write_correction(event_id, changes, undo)
        finally:
            app.saving -= 1

    def _write_correction(self, event_id: str, changes: dict[str, Any], undo: str | None) -> None:
        from hoptac.core.library import Library
        from hoptac.core.store import corrections as corr
        from hoptac.core.store.query import FilterError
        from hoptac.core.store.storage import StoreError

        store = self.library.store  # type: ignore[attr-defined]
        waited: list[str] = []

        def waiting(message: Any) -> None:
            """Another hoptac is writing (an ingest): said until the correction is saved (the
            form had closed and nothing was said while the lock was awaited)."""
            waited.append(tr(message))
            self.app.call_from_thread(self.notify, f"{waited[-1]} …", timeout=3600, markup=False)  # type: ignore[attr-defined]

        try:
            if undo is not None:  # the correction ``undo`` taken back: its event as the extraction said
                rec = corr.undo_correction(store, undo, on_wait=waiting)
                event_id, changes = rec.get("event_id") or "", {}
            extracted = corr.find_event(store, event_id)
            if extracted is None:
                raise StoreError(_("the event is no longer in the database"))
            cid = corr.add_correction(store, extracted, changes, on_wait=waiting) if undo is None else undo
            # the caches patched with the correction (their stamp names the manifest just
            # written): mapped as at start, not decoded (else rebuilt, as any open does)
            library = Library.open(store.path, verify=False, trust_stamp=True)
        except (StoreError, OSError, FilterError) as exc:
            if waited:
                self.app.call_from_thread(self.app.clear_notifications)  # type: ignore[attr-defined]
            self.app.call_from_thread(self.notify, _("Not saved: {reason}").format(reason=tr(exc)), severity="error",  # type: ignore[attr-defined]
                                      timeout=8, markup=False)
            return
        keep = next((r for r in library.index.of_article(extracted["article_id"])
                     if library.index.events[r].get("id") == event_id), None)  # where it is now
        if waited:  # the wait is over: its message goes, the saved one follows
            self.app.call_from_thread(self.app.clear_notifications)  # type: ignore[attr-defined]
        self.app.call_from_thread(self._corrected, library, cid, changes, keep)  # type: ignore[attr-defined]

    def _corrected(self, library: Any, cid: str, changes: dict[str, Any], keep: int | None) -> None:
        """The timeline reloaded with the correction ``cid`` saved (``changes``), or taken
        back (no ``changes``); the cursor on its event (``keep``)."""
        from hoptac.core.store import corrections as corr

        from ..widgets.text import shown_dates

        if not can_land(self):   # the app quit while the correction was written: it is saved
            return
        self.library = library
        self.index = library.index
        self.app.library = library  # type: ignore[attr-defined]
        self.apply_filter(self.flt, keep_rank=keep)  # type: ignore[attr-defined]
        if not changes:
            self.notify(_("Correction {cid} taken back: the event is as the extraction said").format(cid=cid),  # type: ignore[attr-defined]
                        timeout=6, markup=False)
            return
        self.corrected = cid  # u takes it back
        self.refresh_bindings()  # type: ignore[attr-defined]
        saved = _("Correction {cid} saved: {changed} (u takes it back)")
        self.notify(saved.format(cid=cid, changed=tr(corr.describe({"set": shown_dates(changes)}))),  # type: ignore[attr-defined]
                    timeout=6, markup=False)
