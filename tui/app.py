"""The hoptac app: the timeline browser over a hoptac database.

``run_app(db_path, initial)`` is what ``hoptac`` and ``hoptac browse`` call;
``HoptacApp(library, initial)`` is the App itself (tests build it on a fixture library).
The App is thin: global keys, which screen is shown, and terminal capabilities. The main
screen (``screens/main.py``) holds the state.
"""

from __future__ import annotations

import datetime as _dt
import locale
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from hoptac.core.library import Library
from hoptac.core.store.query import Filter
from hoptac.core.store.errors import StoreError
from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from . import app_signals
from .colour import install_no_colour, sixteen_colours
from .gc_pacing import CHECK, GCPacer, release_full_collections, resume_young_collections
from .i18n import N_, _, tr, translate_bindings
from .settings import Settings, save_theme
from .screens.loading import LoadingScreen
from .screens.main import MainScreen

if TYPE_CHECKING:
    from textual.notifications import Notify
    from .widgets.rows import TimelineRows

__all__ = ["HoptacApp", "run_app", "wants_ascii"]


def wants_ascii(environ: dict[str, str] | None = None) -> bool:
    """True when the terminal probably cannot show block and arrow characters:
    ``HOPTAC_ASCII=1``, or a locale and output encoding that are not UTF-8."""
    env = os.environ if environ is None else environ
    if env.get("HOPTAC_ASCII", "") not in ("", "0"):
        return True
    for var in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = env.get(var)
        if value:
            return not ("UTF-8" in value.upper() or "UTF8" in value.upper())
    encoding = (getattr(sys.stdout, "encoding", None) or locale.getpreferredencoding(False) or "").lower()
    return encoding.replace("-", "") not in ("utf8", "")


def _hoptac_commands() -> type:
    """hoptac's command palette provider (``screens/palette.py``), imported when the
    palette first opens rather than before the first frame (Textual accepts a callable)."""
    from .screens.palette import HoptacCommands

    return HoptacCommands


def _system_commands() -> type:
    """Textual's system commands, in the interface's language (``screens/system.py``)."""
    from .screens.system import SystemCommands

    return SystemCommands


class HoptacApp(App[int]):
    """Browse the events of a hoptac library."""

    TITLE = "hoptac"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = {_system_commands, _hoptac_commands}  # Textual's system commands, translated
    BINDINGS = [
        Binding("q", "quit", N_("Quit"), tooltip=N_("Quit hoptac"), id="app.quit"),
        Binding("f1", "help", N_("Keys"), show=False, priority=True, tooltip=N_("Every key, also from a dialog (F1 again closes)"),
                id="app.help"),
        Binding("ctrl+p", "command_palette", N_("Commands"), key_display="^p", show=False,
                tooltip=N_("Command palette: every command and quick filters by name"), id="app.commands"),
        Binding("tab", "app.focus_next", N_("Next pane"), show=False, tooltip=N_("Move between timeline and detail"),
                id="app.next_pane"),
        Binding("shift+tab", "app.focus_previous", N_("Previous pane"), show=False, tooltip=N_("Move back"),
                id="app.previous_pane"),
    ]

    def __init__(self, library: Library | None, initial: Filter | None = None, *, ascii_only: bool | None = None,
                 today: str | None = None, db_path: Path | None = None, sixteen: bool | None = None,
                 settings: "Settings | None" = None) -> None:
        super().__init__()
        translate_bindings(self)
        install_no_colour(self)
        self.sixteen = sixteen  # a 16-colour terminal: None = find out when the app starts
        self.settings = settings  # the config file's settings (None: none, nothing is saved)
        if settings is not None:
            if settings.keymap and not settings.problem:
                from .settings import all_binding_ids

                unknown = sorted(set(settings.keymap) - set(all_binding_ids()))
                if unknown:  # the keymap is not used, as for any other broken setting
                    settings.problem = _("{path}: no key binding has the id {id!r}; using the defaults").format(
                        path=settings.path, id=unknown[0])
                    settings.keymap = {}
            if settings.keymap:
                self.set_keymap(settings.keymap)
            if settings.theme:
                if settings.theme in self.available_themes:
                    self.theme = settings.theme
                else:
                    settings.problem = settings.problem or _("unknown theme {theme!r}; using the default").format(
                        theme=settings.theme)
        self.library = library
        self.initial = initial
        self.db_path = db_path
        self.ascii_only = wants_ascii() if ascii_only is None else ascii_only
        self._today = today
        self.gc_pacer = GCPacer()
        # set once the main screen shows its first answer: the loading thread's checks of
        # the caches (and the word index's reading) wait for it, so they do not compete
        # with the first screen for the cores
        self.first_rows = threading.Event()
        self._check_opened: Library | None = None  # opened at once (``_open_by_stamp``), its caches to check

    def on_mount(self) -> None:
        if self.sixteen is None:
            self.sixteen = sixteen_colours(self)
        if self.settings is not None:
            self.theme_changed_signal.subscribe(self, self._keep_theme)
            if self.settings.problem:
                self.notify(tr(self.settings.problem), severity="warning", timeout=8, markup=False)
        self.gc_pacer.start()
        self.call_after_refresh(resume_young_collections)  # off since the start (``hold_full_collections``)
        self.set_interval(CHECK, self.gc_pacer.tick)
        if self._check_opened is not None:  # opened by its stamp with no loading screen: checked now
            library, self._check_opened = self._check_opened, None
            self._check_caches(library)
        app_signals.install(self)  # SIGTERM/SIGHUP: exit like q, the terminal restored

    def _keep_theme(self, theme) -> None:  # noqa: ANN001
        """A theme picked in the app is kept in the config file."""
        settings = self.settings
        if settings is None or theme.name == settings.theme or settings.problem:
            return  # a file that could not be read is never rewritten
        try:
            save_theme(settings.path, theme.name)
            settings.theme = theme.name
        except OSError as exc:
            self.notify(_("Cannot keep the theme in {path}: {reason}").format(path=settings.path,
                        reason=exc.strerror or exc), severity="warning", markup=False)

    def on_unmount(self) -> None:
        self.first_rows.set()  # a loading thread still waiting for the first answer goes on (and ends)
        self.gc_pacer.stop()
        app_signals.uninstall()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self.gc_pacer.touch()  # full collections wait until input pauses
        await super().on_event(event)

    def _on_notify(self, event: "Notify") -> None:
        # on a narrow main screen a message takes the footer's line: one at a time. Decided
        # as each message arrives (App._on_notify then shows it), not as it is sent: keys
        # typed quickly send several before the first arrives, and they stacked up.
        if self.screen.has_class("-narrow") and self._notifications:
            self._notifications.clear()
            self.screen.remove_class("-sample-note")  # the sample's note replaced: the keys' line again

    def today(self) -> str:
        """Today's date (ISO) for default file names; fixed in tests and snapshots."""
        return self._today or _dt.date.today().isoformat()

    def get_default_screen(self) -> Screen:
        if self.library is None:
            assert self.db_path is not None
            opened = self._open_by_stamp()
            if opened is None:
                # the database opens in a thread while this screen shows what is happening
                return LoadingScreen(self.db_path, self.initial)
            self.library, rows = opened
            return MainScreen(self.library, self.initial, ascii_only=self.ascii_only, rows=rows)
        return MainScreen(self.library, self.initial, ascii_only=self.ascii_only)

    def _open_by_stamp(self) -> "tuple[Library, TimelineRows | None] | None":
        """The library and every event's rows, when its caches can be mapped as their stamp
        vouches for them and they hold at most ``textcolumn.STDLIB_LINES`` events
        (``Library.open_by_stamp``: about 25 ms of CPU at 100,000 events, nothing decoded
        or rebuilt, no numpy): the main screen is then the first frame, with no loading
        screen drawn and replaced first. Their checks run after the first frame
        (``check_after_first_frame``, started by :meth:`on_mount`). None: the loading
        screen opens the database in its thread, as for a new, copied or stale one."""
        from hoptac.core.store import textcolumn

        from .screens.loading import opened_rows

        try:
            # up to the events whose first frame needs no numpy: a larger database shows
            # the loading screen first (its first frame stays well under half a second)
            library = Library.open_by_stamp(self.db_path, most=textcolumn.STDLIB_LINES)  # type: ignore[arg-type]
        except (OSError, StoreError):
            return None  # the loading screen's thread says why, or takes the full path
        if library is None:
            return None
        self._check_opened = library
        return library, opened_rows(library, self.initial)

    @work(thread=True, exclusive=True, group="open")
    def _check_caches(self, library: Library) -> None:
        from .screens.loading import check_after_first_frame

        check_after_first_frame(self, library, self.db_path, self.initial)  # type: ignore[arg-type]

    def open_library(self, library: Library, initial: Filter | None, rows: "TimelineRows | None" = None) -> None:
        """The loading screen is done: show the timeline (``rows``: those of ``initial``,
        when the loading screen's thread built them)."""
        self.library = library
        self.push_screen(MainScreen(library, initial, ascii_only=self.ascii_only, rows=rows))

    # Textual's own commands, palette and messages, in the interface's language (``screens/system.py``)
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from .screens.system import system_commands

        return system_commands(self, screen)

    def action_command_palette(self) -> None:
        from .screens.system import open_palette

        open_palette(self)

    def search_themes(self) -> None:
        from .screens.system import open_themes

        open_themes(self)

    def action_help(self) -> None:
        from .screens.help import open_help

        open_help(self)

    def action_help_quit(self) -> None:
        from .screens.system import quit_hint

        quit_hint(self)

    @on(events.DeliveryComplete)
    def _said_delivered(self, event: events.DeliveryComplete) -> None:
        from .screens.system import delivered

        delivered(self, event, ok=True)

    @on(events.DeliveryFailed)
    def _said_not_delivered(self, event: events.DeliveryFailed) -> None:
        from .screens.system import delivered

        delivered(self, event, ok=False)

    #: corrections a worker is still writing (one waits while another hoptac writes the database)
    saving = 0
    _quit_armed = False

    async def action_quit(self) -> None:
        """Quit; while a correction still waits to be written, only at the second ``q`` (the
        first quit lost it without a word: the worker waiting for the lock died with the app)."""
        if self.saving and not self._quit_armed:
            self._quit_armed = True
            self.set_timer(8, self._disarm_quit)
            self.notify(_("A correction is still waiting to be saved (another hoptac is writing the database). "
                          "Press q again to quit without it."), severity="warning", timeout=8, markup=False)
            return
        self.exit(0)

    def _disarm_quit(self) -> None:
        self._quit_armed = False


def run_app(db_path: Path, initial: Filter | None = None, settings: "Settings | None" = None) -> int:
    """Open the app on ``db_path``; returns the exit code (0, or 1 when the database cannot
    be opened, with the reason on standard error)."""
    try:
        return _run(db_path, initial, settings)
    finally:
        release_full_collections()  # held since the start (``gc_pacing.hold_full_collections``)


def _run(db_path: Path, initial: Filter | None, settings: "Settings | None") -> int:
    from hoptac.core.library import is_default_db, no_database
    from hoptac.core.store.segments import Store, StoreError

    try:
        # A damaged or foreign file is refused before the screen changes — when that is
        # cheap. A large manifest is checked by the loading screen's thread instead, so
        # the first frame never waits for it; the app then ends with the same message.
        if not db_path.exists() or db_path.stat().st_size < (1 << 20):
            Store(db_path).counts()
        store = Store(db_path)
        if not store.exists and not is_default_db(db_path):  # a typo in --db: said before the screen
            store.refuse_if_orphaned()                         # changes (it flashed the loading screen,
            raise no_database(db_path)                         # then said it, cut in two at the width)
    except StoreError as exc:
        print(f"hoptac: {tr(exc)}", file=sys.stderr)
        return 1
    app = HoptacApp(None, initial, db_path=db_path, settings=settings)
    result = app.run()
    return int(app.return_code or result or 0)
