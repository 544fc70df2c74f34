"""The first screen while a database opens: something useful on screen at once.

Opening a large database reads its caches (seconds at a million events, longer if
they must be rebuilt); this screen shows what is happening while a thread does it,
then hands over to the main screen, with every event's rows already built. A database that cannot be used ends the app with
its one-line reason.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

from hoptac.core.library import Library, is_default_db
from hoptac.core.store.query import Filter
from hoptac.core.store.errors import StoreError
from textual import work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from ..gc_pacing import settle_heap
from ..widgets.text import visible
from ..i18n import N_, _, tr, translate_bindings

__all__ = ["LoadingScreen"]

FIRST_ROWS_WAIT = 30.0  # seconds the cache checks wait for the first answer to be shown


class LoadingScreen(Screen[None]):
    BINDINGS = [Binding("q", "app.quit", N_("Quit"), id="loading.quit")]

    def __init__(self, db_path: Path, initial: Filter | None) -> None:
        super().__init__()
        translate_bindings(self)
        self.db_path = db_path
        self.initial = initial
        self._started = time.monotonic()

    def compose(self) -> ComposeResult:
        yield Static(_("hoptac — opening {path} …").format(path=visible(str(self.db_path))), id="loading-title", markup=False)
        yield Static(_("reading the event index"), id="loading-status", markup=False)

    def on_mount(self) -> None:
        self._open()

    def _status(self, text: str) -> None:
        self.query_one("#loading-status", Static).update(text)

    @work(thread=True, exclusive=True, group="open")
    def _open(self) -> None:
        def progress(n: int) -> None:
            self.app.call_from_thread(self._status, _("building the index from the store: {n} articles read").format(n=f"{n:,}"))

        def waiting(message: str) -> None:
            self.app.call_from_thread(self._status, tr(message))

        try:
            # the caches as their stamp vouches for them (no manifest parsed); checked below
            library = Library.open(self.db_path, seed_if_missing=is_default_db(self.db_path), on_wait=waiting,
                                   progress=progress, verify=False, trust_stamp=True)
            from hoptac.core.store.mapped import MappedColumns  # numpy: in this thread, not before the first frame

            if isinstance(library.index.cols, MappedColumns):
                gc.freeze()  # a mapped index holds few objects: nothing to collect first
            else:
                settle_heap()
        except StoreError as exc:
            self.app.call_from_thread(self.app.exit, 1, 1, f"hoptac: {tr(exc)}")
            return
        rows = None
        if self.initial is None or self.initial.is_empty():
            # every event's rows, built here while this thread has the cores, so the main
            # screen's first frame shows them (its filter worker would build the same)
            from .main import build_rows

            try:
                rows = build_rows(library.index, range(len(library.index)))
            except (OSError, StoreError):
                rows = None  # the main screen's worker tries again, and says why if it fails
        self.app.call_from_thread(self.app.open_library, library, self.initial, rows)
        shown = getattr(self.app, "first_rows", None)
        if shown is not None:  # the first answer on screen before anything else takes the cores
            shown.wait(FIRST_ROWS_WAIT)
            if get_current_worker().is_cancelled or not self.app.is_running:
                return  # the app is ending: nothing to check for it
        library.index.warm()  # the provinces and the date ranges' reach, before the first key needs them
        # after the first frame: the manifest (when the stamp let it be skipped) and the
        # cache files against their checksums; a mismatch rebuilds them and shows the
        # timeline again from the rebuilt ones
        try:
            problems = library.verify_caches()
        except StoreError as exc:
            self.app.call_from_thread(self.app.exit, 1, 1, f"hoptac: {tr(exc)}")
            return
        if not problems:
            return
        try:
            rebuilt = Library.open(self.db_path, on_wait=waiting, progress=progress)
            rebuilt.index.warm()
        except StoreError as exc:
            message = _("The caches are damaged and could not be rebuilt: {reason}").format(reason=tr(exc))
            self.app.call_from_thread(self.app.notify, message, severity="error", timeout=15, markup=False)
            return
        self.app.call_from_thread(self._reopen, rebuilt, problems)

    def _reopen(self, library: Library, problems: list[str]) -> None:
        from .main import MainScreen

        screen = self.app.screen
        flt = getattr(screen, "flt", self.initial)
        self.app.library = library  # type: ignore[attr-defined]
        self.app.switch_screen(MainScreen(library, flt, ascii_only=self.app.ascii_only))  # type: ignore[attr-defined]
        message = _("Cache files did not match their checksums ({problems}); they were rebuilt.").format(
            problems="; ".join(tr(p) for p in problems))
        self.app.notify(message, severity="warning", timeout=10, markup=False)
