"""The help screen, built from the bindings themselves, so every key is listed here."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from rich.cells import cell_len
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.keys import format_key
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import N_, _, translate_bindings

__all__ = ["HelpScreen", "key_names", "open_help"]

_NAMES = {
    "up": "↑", "down": "↓", "left": "←", "right": "→", "pageup": "PgUp", "pagedown": "PgDn",
    "home": "Home", "end": "End", "enter": "Enter", "escape": "Esc", "tab": "Tab",
    "shift+tab": "Shift+Tab", "backspace": "Backspace", "space": "Space", "question_mark": "?",
    "slash": "/", "colon": ":", "f1": "F1", "left_square_bracket": "[", "right_square_bracket": "]",
    "left_curly_bracket": "{", "right_curly_bracket": "}", "ctrl+p": "Ctrl+P", "ctrl+s": "Ctrl+S",
}

LEGEND: list[tuple[str, str]] = [
    ("2023-02-18", N_("the date as the article gives it: a day, a month (2018-11) or a year (2018)")),
    ("~2023-02-18", N_("“~”: the year is not written next to the date; it was inferred")),
    ("????-02-18", N_("the year is unknown: these events are grouped at the end, not hidden")),
    ("2018-11-24–25", N_("a range: the first and the last day")),
    ("2018-11-24…", N_("a range in a narrow window: its first day (the detail gives the last)")),
    ("??-03-26–28", N_("a range of unknown year in a narrow window (03-30–04-02 across two months)")),
    (N_("conf sign visit"), N_("conference · signing · visit")),
    (N_("annc other"), N_("announcement · other")),
    ("A – B +1", N_("the two principal partners; +N: more partners take part")),
    ("TP.HCM", N_("a short form from the gazetteer, when the full names do not fit")),
    ("Luổng N… – Vĩnh Phúc", N_("names cut so that both partners show; the detail gives them whole")),
    ("✎", N_("a reader corrected the event (C; `hoptac corrections` lists them)")),
    ("▁▂▄█ ?:42", N_("above: events a year under the filters; ?:N events whose year is unknown")),
    ("▲2019: 11", N_("the selected event's year and how many events it has")),
]

NOTES = N_("""\
Filters combine (every one must hold). Names ignore accents and case: “lao cai” finds Lào Cai. \
The pair filter keeps every event whose partners include both provinces. x clears every \
filter; u brings them back.

In the detail, the fields and the article scroll together: i jumps between the fields and \
the event's sentence, g goes to the top.

Export (e) writes exactly the events on screen, with the filters and the count, as JSON.

Copy (c) puts the event's JSON on the clipboard through the terminal (OSC 52), which also \
works over SSH. In tmux it needs “set -g set-clipboard on”; some terminals ask first or \
do not allow it.""")


def key_names(keys: str) -> str:
    """``"down,j"`` -> ``"↓ j"``."""
    out = []
    for key in keys.split(","):
        key = key.strip()
        if key in _NAMES:
            out.append(_NAMES[key])
            continue
        mods, _, base = key.rpartition("+")
        name = _NAMES.get(base) or (format_key(base) if len(base) > 1 else base)
        out.append(f"{mods.title()}+{name}" if mods else name)
    return " ".join(out)


def _as_binding(b: BindingType) -> Binding:
    if isinstance(b, Binding):
        return b
    key, action, *rest = b
    return Binding(key, action, rest[0] if rest else action)


KEY_CELLS = 14  # the key column's text (``.help-key``: 18 wide, 2 of them padding), 2 cells before what it does


def _row(keys: str, what: str):  # noqa: ANN202
    """A key and what it does side by side; a key wider than its column on a line of its
    own, what it does below it (not cut into pieces in the column, as at 60 columns)."""
    if cell_len(keys) > KEY_CELLS:
        yield Static(Content(keys), classes="help-key help-key-long")
        keys = ""
    with Horizontal(classes="help-row"):
        yield Static(Content(keys), classes="help-key")
        yield Static(Content(what), classes="help-what")


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", N_("Close help"), id="help.close"),
    ]

    def __init__(self, sections: Sequence[tuple[str, Iterable[BindingType]]], intro: Sequence[str] = ()) -> None:
        super().__init__()
        translate_bindings(self)
        self.sections = [(title, [_as_binding(b) for b in bindings]) for title, bindings in sections]
        self.intro = list(intro)  # paragraphs atop the keys (the sample database, the dialog open)

    def rows(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(section title, [(keys, what they do)]) for every binding with a description."""
        out = []
        seen: set[tuple[str, str]] = set()
        for title, bindings in self.sections:
            rows = []
            for b in bindings:
                if not b.description or (b.key, b.action) in seen:
                    continue
                seen.add((b.key, b.action))
                rows.append((key_names(b.key), _(b.tooltip or b.description)))
            if rows:
                out.append((title, rows))
        return out

    def compose(self):
        with VerticalScroll(id="help-body"):
            yield Static(Content(_("hoptac — every key")).stylize("bold underline"), classes="help-title")
            for paragraph in self.intro:
                yield Static(Content(paragraph), classes="help-notes")
            for title, rows in self.rows():
                yield Static(Content(title).stylize("bold"), classes="help-section")
                for keys, what in rows:
                    yield from _row(keys, what)
            yield Static(Content(_("Reading the timeline")).stylize("bold"), classes="help-section")
            for example, what in LEGEND:
                yield from _row(_(example), _(what))
            yield Static(Content(_(NOTES)), classes="help-notes")
            yield Static(Content(_("Esc, q, ? or F1 closes this help · ↑↓ PgUp PgDn scroll")).stylize("dim"),
                         classes="help-notes")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)


def main_sections(main: Any) -> list[tuple[str, Sequence[BindingType]]]:
    """The main screen's keys: the timeline's, its own, the detail's and the app's."""
    from ..widgets.detail import ArticleView, DetailPane
    from ..widgets.timeline import Timeline

    stepping = [b for b in main.BINDINGS if b.action.startswith("step_event")]  # n/N: in the detail
    return [
        (_("Moving in the timeline"), Timeline.BINDINGS),
        (_("Filters, views and files"), [b for b in main.BINDINGS if b not in stepping]),
        (_("Detail pane (the article)"), [*DetailPane.BINDINGS, *stepping, *ArticleView.BINDINGS]),
        (_("Everywhere"), main.app.BINDINGS),
    ]


def open_help(app: Any) -> None:
    """The keys, from anywhere (F1; ? on the main screen): over a dialog, the dialog's keys
    and its help line come first, then the main screen's; F1 again closes the help."""
    from ..sample import sample_message
    from .main import MainScreen

    screen = app.screen
    if isinstance(screen, HelpScreen):
        screen.dismiss(None)
        return
    main = next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)
    if main is None:
        return  # the loading screen: nothing to browse yet
    sections = main_sections(main)
    intro: list[str] = []
    if screen is not main:
        sections.insert(0, (_("In this dialog"), [b for b in screen.BINDINGS if _as_binding(b).description]))
        intro += [text for line in screen.query(".dialog-help").results(Static) if (text := str(line.visual).strip())]
        intro.append(_("The keys after this dialog's work on the main screen, once Esc has closed the dialog."))
    if main.sample:
        intro.append(sample_message(len(main.index), main.sample))
    app.push_screen(HelpScreen(sections, intro))
