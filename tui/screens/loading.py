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
from typing import TYPE_CHECKING, Any

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
from ..i18n import N_, _, num, tr, translate_bindings

if TYPE_CHECKING:
    from ..widgets.rows import TimelineRows

__all__ = ["LoadingScreen", "opened_rows", "check_after_first_frame"]

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
            self.app.call_from_thread(self._status, _("building the index from the store: {n} articles read").format(n=num(n)))

        def waiting(message: str) -> None:
            self.app.call_from_thread(self._status, tr(message))

        try:
            # the caches as their stamp vouches for them (no manifest parsed); checked below
            library = Library.open(self.db_path, seed_if_missing=is_default_db(self.db_path), on_wait=waiting,
                                   progress=progress, verify=False, trust_stamp=True)
        except StoreError as exc:
            self.app.call_from_thread(self.app.exit, 1, 1, f"hoptac: {tr(exc)}")
            return
        rows = opened_rows(library, self.initial)
        self.app.call_from_thread(self.app.open_library, library, self.initial, rows)
        check_after_first_frame(self.app, library, self.db_path, self.initial, waiting, progress)


def opened_rows(library: Library, initial: Filter | None) -> "TimelineRows | None":
    """Once the library is open (in the thread that opened it): the heap settled, and
    every event's rows built while this thread has the cores, so the main screen's first
    frame shows them (its filter worker would build the same; None: it will)."""
    from hoptac.core.store.mapped import MappedColumns

    if isinstance(library.index.cols, MappedColumns):
        gc.freeze()  # a mapped index holds few objects: nothing to collect first
    else:
        settle_heap()
    if initial is not None and not initial.is_empty():
        return None
    from .main import build_rows

    try:
        return build_rows(library.index, range(len(library.index)))
    except (OSError, StoreError):
        return None  # the main screen's worker tries again, and says why if it fails


def check_after_first_frame(app: Any, library: Library, db_path: Path, initial: Filter | None,
                            waiting: Any = None, progress: Any = None) -> None:
    """In a worker thread, once the first answer is on screen (``HoptacApp.first_rows``):
    the index warmed for the first keys, then the manifest (when the stamp let it be
    skipped) and the cache files checked against their checksums; a mismatch rebuilds
    them and shows the timeline again from the rebuilt ones. A database that cannot be
    used ends the app with its one-line reason."""
    shown = getattr(app, "first_rows", None)
    if shown is not None:  # the first answer on screen before anything else takes the cores
        shown.wait(FIRST_ROWS_WAIT)
        if get_current_worker().is_cancelled or not app.is_running:
            return  # the app is ending: nothing to check for it
    library.index.warm()  # the provinces and the date ranges' reach, before the first key needs them
    try:
        problems = library.verify_caches()
    except StoreError as exc:
        app.call_from_thread(app.exit, 1, 1, f"hoptac: {tr(exc)}")
        return
    library.index.release_pages()   # the columns read for the warm-up: the mapped pages let go of
    if not problems:
        return
    try:
        rebuilt = Library.open(db_path, on_wait=waiting, progress=progress)
        rebuilt.index.warm()
    except StoreError as exc:
        message = _("The caches are damaged and could not be rebuilt: {reason}").format(reason=tr(exc))
        app.call_from_thread(app.notify, message, severity="error", timeout=15, markup=False)
        return
    app.call_from_thread(_reopen, app, rebuilt, problems, initial)


def _reopen(app: Any, library: Library, problems: list[str], initial: Filter | None) -> None:
    from .main import MainScreen

    screen = app.screen
    flt = getattr(screen, "flt", initial)
    app.library = library
    fresh = MainScreen(library, flt, ascii_only=app.ascii_only)
    if len(app.screen_stack) > 1:
        app.switch_screen(fresh)
    else:  # the main screen was the first (``HoptacApp._open_by_stamp``): the base of the stack stays
        app.push_screen(fresh)
    message = _("Cache files did not match their checksums ({problems}); they were rebuilt.").format(
        problems="; ".join(tr(p) for p in problems))
    app.notify(message, severity="warning", timeout=10, markup=False)
