"""The people screen: who takes part in the events shown, found by name (accents optional).

Each line is a person (a name and a province) with the number of events and the years;
the highlighted person's titles, as written over time, and a strip of their events per
year are shown below the list. Enter returns ``("person", name)``: the main screen then
filters the timeline to that person. People are gathered in a thread (at a million events
the first look reads the people table), so typing never waits.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len

from hoptac.core.store.index import EventIndex
from hoptac.core.store.partners import strip
from hoptac.core.store.people import people_of
from textual import work
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..widgets.dialog import Dialog
from ..widgets.text import visible
from ..widgets.wrap import wrap_words
from ..i18n import N_, _, ngettext, num, translate_bindings
from ..widgets.field import Field
from .landing import can_land

__all__ = ["PeopleScreen", "LIMIT", "years_strip"]

LIMIT = 300  # people listed at once (the most events first); typing narrows
INFO_LINES = 5  # the highlighted person's titles and their strip (``#people-info``)
YEARS_CELLS = 14  # a title's years and the gap after them


def title_lines(titles: list[dict[str, Any]], width: int, room: int) -> list[Content]:
    """A person's titles, earliest first, within ``room`` lines of ``width`` cells: each
    after its years, a long one wrapped under its own start (not back at the years'
    column); the latest kept when not all fit, the one left cut with "…" if need be."""
    wide = max(10, width - YEARS_CELLS)
    blocks: list[list[Content]] = []
    used = 0
    for t in reversed(titles):  # the latest first
        parts = [part for part in wrap_words(visible(t["title"]), wide) if part] or [""]  # names kept whole
        if used + len(parts) > room:
            if blocks:
                break
            parts = parts[:room]
            parts[-1] = parts[-1][: wide - 1] + "…"
        head = Content.assemble((f"{_years(t['first'], t['last']):>12}  ", "dim"), parts[0])
        blocks.append([head, *(Content(" " * YEARS_CELLS + part) for part in parts[1:])])
        used += len(parts)
    return [line for block in reversed(blocks) for line in block]


def _years(first: str | None, last: str | None) -> str:
    """``2019``, ``2019–2021``; in words when no event of theirs has a known year."""
    a, b = (first or "")[:4], (last or "")[:4]
    if not (a or b):
        return _("year unknown")
    a, b = a or b, b or a
    return a if a == b else f"{a}–{b}"


def years_strip(years: dict[int, int]) -> Content:
    """``2019 ▂█▄ 2023``: a person's events a year, between the first and the last year;
    ``2022 █`` when they are one year (it read "2022 █ 2022")."""
    lo, hi = min(years), max(years)
    bar = strip(years, lo, hi, 50)
    return Content.assemble((f"{lo} ", "dim"), bar) if lo == hi else \
        Content.assemble((f"{lo} ", "dim"), bar, (f" {hi}", "dim"))


def _shared(person: dict[str, Any]) -> str | None:
    """The province their events give, for a person whose titles name none
    (``people_places``): the one party to every event of theirs, or ``A or B``."""
    shared = person.get("shared") or []
    if person.get("province") or not 1 <= len(shared) <= 2:
        return None
    return visible(shared[0]) if len(shared) == 1 else _("{a} or {b}").format(a=visible(shared[0]),
                                                                             b=visible(shared[1]))


def _said_lines(shared: str, names: Any, width: int) -> list[Content]:
    """"Province from their events (no title names it): Lạng Sơn" in lines of ``width``, a
    province's name never cut across two (Textual's wrapping gave "…: Lạng" then "Sơn")."""
    label = _("Province from their events (no title names it): ").rstrip()
    out, at = [], 0
    for line in wrap_words(f"{label} {shared}", width, [visible(n) for n in names]):
        dim = max(0, min(len(line), len(label) - at))  # the label's part of the line
        out.append(Content(line).stylize("dim", 0, dim).stylize("italic", dim, len(line)))
        at += len(line) + 1
    return out


def _province(person: dict[str, Any]) -> Content:
    """`` · Lào Cai`` from their titles; from their events, dim and italic (the
    highlighted person's lines below say so in words); else `` · province unknown``."""
    province = person.get("province")
    if province:
        return Content(f" · {visible(province)}")
    return Content.styled(" · " + (_shared(person) or _("province unknown")), "dim italic")


class PeopleScreen(ModalScreen[Any]):
    DEFAULT_CSS = """
    #people-options { height: 1fr; margin-top: 1; }
    #people-options > .option-list--option-highlighted { text-style: bold reverse; }
    #people-info { height: 5; margin-top: 1; }
    """

    BINDINGS = [
        Binding("escape", "dismiss_none", N_("Back"), id="people.back"),
        Binding("down", "move(1)", N_("Next"), show=False, id="people.down"),
        Binding("up", "move(-1)", N_("Previous"), show=False, id="people.up"),
        Binding("pagedown", "move(10)", N_("Next page"), show=False, id="people.page_down"),
        Binding("pageup", "move(-10)", N_("Previous page"), show=False, id="people.page_up"),
    ]

    def __init__(self, index: EventIndex, ranks: list[int], scope: str = "") -> None:
        super().__init__()
        translate_bindings(self)
        self.index = index
        self.ranks = ranks
        self.scope = scope
        self.found: list[dict[str, Any]] = []
        self.gathering = True
        self._token = 0

    def compose(self):
        with Dialog(id="people-dialog"):
            yield Static("", id="people-title", classes="dialog-title")
            yield Field(placeholder=_("type a name, e.g. dang xuan phong"), compact=True, id="people-input")
            yield OptionList(id="people-options", compact=True)
            yield Static("", id="people-info")
            yield Static(Content(_("Type to narrow (accents optional) · ↑↓ choose · Enter shows their events · "
                                   "Esc back")),
                         id="people-help", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#people-dialog").styles.height = 22  # inline: the app's .dialog sizes to content
        self.query_one("#people-title", Static).update(
            Content.assemble((self._title(), "bold"), ("  " + _("(gathering…)"), "dim")))
        self.query_one(Input).focus()
        self._load("")

    def _load(self, query: str) -> None:
        self._token += 1
        self.gathering = True
        self._gather(query, self._token)

    @work(thread=True, exclusive=True, group="people")
    def _gather(self, query: str, token: int) -> None:
        worker = get_current_worker()
        found = people_of(self.index, self.ranks, query=query, limit=LIMIT, places=True)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._fill, found, token)

    def _fill(self, found: list[dict[str, Any]], token: int) -> None:
        if token != self._token or not can_land(self):
            return
        self.gathering = False
        self.found = found
        more = " " + _("(the {n} with most events; type to narrow)").format(n=LIMIT) if len(found) >= LIMIT else ""
        named = ngettext("{n} person named", "{n} people named", len(found)).format(n=num(len(found)))
        self.query_one("#people-title", Static).update(
            Content.assemble((self._title(), "bold"), (f"  {named}{more}", "dim")))
        options = self.query_one(OptionList)
        options.clear_options()
        width = options.scrollable_content_region.width  # (0 before the first layout: nothing cut)
        if width and not options.show_vertical_scrollbar and len(found) > options.scrollable_content_region.height:
            # the rows about to be added bring the scrollbar: a row cut to the width measured
            # without it wrapped its years onto a line of their own
            width -= options.styles.scrollbar_size_vertical
        for i, p in enumerate(found):
            n = p["events"]
            name, province = visible(p["name"]), _province(p)
            tail = "  " + ngettext("{n} event", "{n} events", n).format(n=num(n)) + f"  {_years(p['first'], p['last'])}"
            room = width - cell_len(name) - cell_len(tail)
            if width > 0 and province.cell_length > room:
                # the province gives way ("· Hồ Chí Minh or Thủ đô Viêng…"): the row is cut at
                # the list's edge, and its count and years were lost after a long one
                province = province.truncate(max(4, room), ellipsis=True)
            label = Content.assemble((name, "bold"), province, (tail, "dim"))
            options.add_option(Option(label, id=str(i)))
        if found:
            options.highlighted = 0
        else:
            options.add_option(Option(Content(_("nobody by that name here")).stylize("italic"), id="", disabled=True))
        self._show_info()

    def _title(self) -> str:
        """``People`` or ``People · filter: Lào Cai – Yên Bái`` (the timeline's filter, inert,
        as the filter bar writes it: "People in person Đặng Xuân Phong" read oddly)."""
        return _("People · filter: {scope}").format(scope=visible(self.scope)) if self.scope else _("People")

    def _current(self) -> dict[str, Any] | None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not self.found:
            return None
        option = options.get_option_at_index(options.highlighted)
        return self.found[int(option.id)] if option.id else None

    def _show_info(self) -> None:
        p = self._current()
        info = self.query_one("#people-info", Static)
        if p is None:
            info.update("")
            return
        years = {int(y): n for y, n in p.get("years", {}).items()}
        shared = _shared(p)
        width = info.content_size.width or 72
        said = _said_lines(shared, p.get("shared") or (), width) if shared else []
        room = INFO_LINES - (1 if years else 0) - len(said)
        lines = said + title_lines(p["titles"], width, room)
        if years:
            lines.append(years_strip(years))
        info.update(Content("\n").join(lines))

    def on_resize(self) -> None:
        if self.found:
            self._show_info()  # the titles wrapped anew

    # -- events ---------------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._load(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._pick()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_info()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick()

    def _pick(self) -> None:
        p = self._current()
        if p is not None:
            self.dismiss(("person", p["name"]))

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = max(0, min(options.option_count - 1, (options.highlighted or 0) + step))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
