"""Textual's own palette commands, dialogs and messages in the interface's language.

Textual (8.2) writes its system commands (Theme, Quit, Keys, Maximize, Screenshot), the
palette's "Search for commands…" and "No matches found", the screenshot's messages and
Ctrl+C's "Press q to quit" in English. The app supplies its own instead, each through
the catalogs: :func:`system_commands` (``App.get_system_commands``), :class:`Palette`
(the command palette with a translated placeholder and "no matches"), and the messages.

Commands are found accent-free: "phim" finds "Phím" (:func:`folded_hit`), as the quick
filters are; a user without a Vietnamese keyboard types the bare letters.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterable

from hoptac.core.text import fold, nfc, shown_path
from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.widgets.option_list import Option

from ..i18n import N_, _, translate_bindings

if TYPE_CHECKING:
    from textual.app import App
    from textual.events import DeliveryComplete, DeliveryFailed
    from textual.fuzzy import Matcher
    from textual.screen import Screen

__all__ = ["Palette", "SystemCommands", "TEXTUAL_WORDS", "delivered", "either_hit", "folded_hit", "open_palette",
           "open_themes", "quit_hint", "show_keys", "system_commands"]


# Textual's own key descriptions the panel of keys shows (screens, scrolling panes, the
# dialogs' fields, lists, check boxes, buttons and drop-downs; Textual 8.2): in the
# catalogs, so ``translate_bindings`` says them in the interface's language
TEXTUAL_WORDS = (
    N_("Focus Next"), N_("Focus Previous"), N_("Copy selected text"),
    N_("Scroll Up"), N_("Scroll Down"), N_("Scroll Left"), N_("Scroll Right"), N_("Scroll Home"),
    N_("Scroll End"), N_("Page Up"), N_("Page Down"), N_("Page Left"), N_("Page Right"),
    N_("Move cursor left"), N_("Move cursor left and select"), N_("Move cursor left a word"),
    N_("Move cursor left a word and select"), N_("Move cursor right or accept the completion suggestion"),
    N_("Move cursor right and select"), N_("Move cursor right a word"), N_("Move cursor right a word and select"),
    N_("Delete character left"), N_("Select all"), N_("Go to start"), N_("Go to end"), N_("Select line start"),
    N_("Select line end"), N_("Delete character right"), N_("Submit"), N_("Delete left to start of word"),
    N_("Delete all to the left"), N_("Delete right to start of word"), N_("Delete all to the right"),
    N_("Cut selected text"), N_("Paste text from the clipboard"),
    N_("Down"), N_("Up"), N_("First"), N_("Last"), N_("Select"), N_("Toggle"), N_("Press button"),
    N_("Dismiss menu"), N_("Show menu"),
    # the command palette's own keys (F1 over the palette lists them)
    N_("Go to bottom"), N_("Go to top"), N_("Next command"), N_("Previous command"), N_("Exit the command palette"),
)


def show_keys(app: App) -> None:
    """The panel of keys (Textual's), every key of the screen said in the interface's
    language: Textual's own widgets there (fields, lists) are translated first."""
    screen = app.screen
    for node in (screen, *screen.walk_children()):
        if type(node).__module__.startswith("textual."):  # hoptac's own are translated as they are made
            translate_bindings(node)
    app.action_show_help_panel()


# the system commands' names (English: the palette finds them by either language)
THEME, QUIT, KEYS, MINIMIZE, MAXIMIZE, SCREENSHOT = (
    N_("Theme"), N_("Quit"), N_("Keys"), N_("Minimize"), N_("Maximize"), N_("Screenshot"))


def system_commands(app: App, screen: Screen) -> Iterable[SystemCommand]:
    """Textual's system commands (``App.get_system_commands``), said in the interface's
    language; Quit is hoptac's (it says its key)."""
    yield SystemCommand(_(THEME), _("Change the colours"), app.action_change_theme)
    yield SystemCommand(_(QUIT), _("Leave hoptac (q)"), app.action_quit)
    if screen.query("HelpPanel"):
        yield SystemCommand(_(KEYS), _("Hide the panel of keys"), app.action_hide_help_panel)
    else:
        yield SystemCommand(_(KEYS), _("Show a panel of the keys that work here"), lambda: show_keys(app))
    if screen.maximized is not None:
        yield SystemCommand(_(MINIMIZE), _("Give the enlarged pane its place back"), screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand(_(MAXIMIZE), _("Let the focused pane fill the screen"), screen.action_maximize)
    # into the current folder, as an export is (Textual's default, ~/Downloads, is often
    # missing on a server reached over SSH: the screenshot then failed, no reason given)
    yield SystemCommand(_(SCREENSHOT), _("Save a picture of the screen (an SVG file) in the current folder"),
                        lambda: app.set_timer(0.1, lambda: app.deliver_screenshot(path=os.getcwd())))


def folded_hit(matcher: Matcher, title: str) -> tuple[float, Content]:
    """``matcher`` (made from the folded query) on ``title`` folded: its score, and
    ``title`` as written with the matched letters highlighted (folding keeps offsets)."""
    score = matcher.match(fold(title))
    if score <= 0:
        return score, Content(title)
    return score, Content(title, spans=list(matcher.highlight(fold(title)).spans))


def either_hit(matcher: Matcher, name: str) -> tuple[float, Content]:
    """:func:`folded_hit` on a command's ``name`` (the catalog's English) in the interface's
    language or in English, the better: a user of the Vietnamese interface without a
    Vietnamese keyboard types "export" or "filter". Found by its English, the command is
    shown in the interface's language with its English after it, highlighted: "Xuất khung
    đang xem… (Export current view…)"."""
    title = _(name)
    score, shown = folded_hit(matcher, title)
    if title == name:
        return score, shown
    english, shown_english = folded_hit(matcher, name)
    if english <= score:
        return score, shown
    return english, Content.assemble(title, " (", shown_english, ")")


class SystemCommands(Provider):
    """The app's system commands (:func:`system_commands`), found accent-free, by their
    name in the interface's language or in English."""

    def _commands(self) -> list[SystemCommand]:
        return list(self.app.get_system_commands(self.screen))

    async def discover(self) -> Hits:
        for title, help_text, callback, discover in sorted(self._commands(), key=lambda c: fold(c.title)):
            if discover:
                yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(nfc(query)))
        english = {_(name): name for name in (THEME, QUIT, KEYS, MINIMIZE, MAXIMIZE, SCREENSHOT)}
        for title, help_text, callback, *_rest in self._commands():
            score, shown = either_hit(matcher, english[title]) if title in english else folded_hit(matcher, title)
            if score > 0:
                yield Hit(score, shown, callback, text=title, help=help_text)


class Palette(CommandPalette):
    """Textual's command palette, its "no matches" said in the interface's language."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own (8.2), with its words translated
        self._stop_no_matches_countdown()

        def show() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(_("No matches found"), style="not bold")), disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)


def open_palette(app: App) -> None:
    """``App.action_command_palette``: the palette, in the interface's language."""
    if app.use_command_palette and not CommandPalette.is_open(app):
        app.push_screen(Palette(placeholder=_("Search for commands…"), id="--command-palette"))


def open_themes(app: App) -> None:
    """``App.search_themes``: the theme picker, in the interface's language."""
    from textual.theme import ThemeProvider

    app.push_screen(Palette(providers=[ThemeProvider], placeholder=_("Search for themes…")))


def delivered(app: App, event: DeliveryComplete | DeliveryFailed, ok: bool) -> None:
    """A screenshot saved (or not): said in the interface's language, its path as text
    (Textual put it in markup)."""
    if event.name != "screenshot":
        return
    event.prevent_default()  # Textual's English message is not shown too
    if not ok:
        exc = getattr(event, "exception", None)
        reason = (getattr(exc, "strerror", None) or str(exc)) if exc is not None else ""
        app.notify(_("Could not save the screenshot: {reason}").format(reason=reason) if reason
                   else _("Could not save the screenshot"), severity="error", markup=False)
    elif getattr(event, "path", None) is None:
        app.notify(_("Screenshot saved"), markup=False)
    else:
        app.notify(_("Screenshot saved to {path}").format(path=shown_path(event.path)), markup=False)


def quit_hint(app: App) -> None:
    """Ctrl+C (``App.action_help_quit``): which key quits, in the interface's language."""
    keys = [key for key, active in app.active_bindings.items() if active.binding.action in ("quit", "app.quit")]
    if keys:  # the shortest: "q" rather than Textual's own "ctrl+q"
        key = min(keys, key=len)
        app.notify(_("Press {key} to leave hoptac (Ctrl+C does not quit)").format(key=key), markup=False)
