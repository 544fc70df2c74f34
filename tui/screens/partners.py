"""The partners screen: a province's partners, ranked, each with a strip of events per year.

Type a province (accents optional) and Enter, or start from the selected event's parties
(Tab switches between them). Each partner line: events, first and last year, the strip.
Enter on a partner returns ``("pair", (province, partner))``: the main screen filters the
timeline to that pair. On the 2025 map (``m`` in the main screen) provinces are today's
units; a partner that is now part of the same unit is shown as "(merged)".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from hoptac.core.store.index import EventIndex
from hoptac.core.store.map2025 import to_unit
from hoptac.core.store.partners import partners_of, strip
from hoptac.core.store.query import Filter
from textual import work
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..widgets.dialog import Dialog
from ..widgets.text import match_or_alias, visible
from ..i18n import N_, _, ngettext, num, translate_bindings
from ..widgets.field import Field
from .landing import can_land

__all__ = ["PartnersScreen"]

STRIP = 26  # years shown in a strip (the most recent), when the line has the room
MIN_STRIP = 10  # years kept in a narrow window (the name is cut first)


class PartnersScreen(ModalScreen[Any]):
    DEFAULT_CSS = """
    #partners-options { height: 1fr; margin-top: 1; }
    #partners-options > .option-list--option-highlighted { text-style: bold reverse; }
    """

    BINDINGS = [
        Binding("escape", "back", N_("Back"), id="partners.back"),
        Binding("down", "move(1)", N_("Next"), show=False, id="partners.down"),
        Binding("up", "move(-1)", N_("Previous"), show=False, id="partners.up"),
        Binding("pagedown", "move(10)", N_("Next page"), show=False, id="partners.page_down"),
        Binding("pageup", "move(-10)", N_("Previous page"), show=False, id="partners.page_up"),
        Binding("tab", "switch(1)", N_("Other party"), show=False, id="partners.next_party"),
        Binding("shift+tab", "switch(-1)", N_("Other party"), show=False, id="partners.previous_party"),
    ]

    def __init__(self, index: EventIndex, flt: Filter, choices: list[str] | None = None) -> None:
        super().__init__()
        translate_bindings(self)
        self.index = index
        # within the timeline's dates, type, level and map; not its pair, search or person
        self.flt = Filter(since=flt.since, until=flt.until, type=flt.type, level=flt.level, map=flt.map)
        self.map_to: Callable[[str], str] | None = to_unit if flt.map else None
        self.provinces = index.provinces()
        self.choices = [c for c in (choices or []) if c]
        self.province: str | None = None
        self.found: list[dict[str, Any]] = []
        self.span: tuple[int, int] | None = None
        self._n_events = 0
        self._token = 0

    def compose(self):
        with Dialog(id="partners-dialog"):
            yield Static("", id="partners-title", classes="dialog-title")
            yield Field(placeholder=_("type a province, e.g. lao cai"), compact=True, id="partners-input")
            yield OptionList(id="partners-options", compact=True)
            yield Static("", id="partners-help", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#partners-dialog").styles.height = 22  # inline: the app's .dialog sizes to content
        self.query_one(Input).focus()
        if self.choices:
            self.choose(self.choices[0])
        else:
            self._list_provinces("")

    # -- choosing the province -------------------------------------------------------------
    def _list_provinces(self, query: str) -> None:
        self.province = None
        self.query_one("#partners-title", Static).update(Content(_("Partners of …")).stylize("bold"))
        self.query_one("#partners-help", Static).update(
            Content(_("Type a province (accents optional) · Enter pick · Esc back")))
        options = self.query_one(OptionList)
        options.clear_options()
        for name in match_or_alias(query, self.provinces):
            options.add_option(Option(Content(visible(name)), id=name))
        if options.option_count:
            options.highlighted = 0
        else:
            options.add_option(Option(Content(_("no match — check the spelling")).stylize("italic"), id="",
                                      disabled=True))

    def choose(self, province: str) -> None:
        self.province = province
        self.found = []
        self._token += 1
        shown = self.map_to(province) if self.map_to else province
        self.query_one("#partners-title", Static).update(Content.assemble(
            *self._title(shown), ("  " + _("(counting…)"), "dim")))
        help_text = (_("Enter shows the pair's events · Tab the other party · type another province · Esc back")
                     if len(self.choices) > 1 else _("Enter shows the pair's events · type another province · Esc back"))
        self.query_one("#partners-help", Static).update(Content(help_text))
        self.query_one(OptionList).clear_options()
        self._count(province, self._token)

    @work(thread=True, exclusive=True, group="partners")
    def _count(self, province: str, token: int) -> None:
        worker = get_current_worker()
        ranks = self.index.filter(replace(self.flt, province=province))
        found = partners_of(self.index, ranks, province, self.map_to)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._fill, found, len(ranks), token)

    def _fill(self, found: list[dict[str, Any]], n_events: int, token: int, refill: bool = False) -> None:
        if token != self._token or self.province is None or not can_land(self):
            return
        self.found, self._n_events = found, n_events
        years = [y for p in found for y in p["years"]]
        self.span = (min(years), max(years)) if years else None
        shown = self.map_to(self.province) if self.map_to else self.province
        merged = _("{name} (merged)")
        width = max((len(merged.format(name=visible(p["partner"])) if p["merged"] else visible(p["partner"]))
                     for p in found), default=0)
        width = min(width, 22)
        spans = [_("year unknown") if p["first"] is None else (  # in words, not "?"
            str(p["first"]) if p["first"] == p["last"] else f"{p['first']}–{p['last']}") for p in found]
        years_w = max([9, *map(len, spans)])
        # the strip takes the room the line has left (at 60 columns 26 years wrapped every
        # line in two: "Hồ Chí Minh 10 2019–2025 ▃▃▃" then "█▅▃" under the name)
        room = self._room()
        strip_w = STRIP if room is None else max(MIN_STRIP, min(STRIP, room - width - 7 - years_w - 2))
        if room is not None and width + 7 + years_w + 2 + strip_w > room:  # still too wide: the name gives way
            width = max(8, room - 7 - years_w - 2 - strip_w)
        first = max(self.span[0], self.span[1] - strip_w + 1) if self.span else 0
        span = "" if not self.span else " · " + (
            _("strips {first}–{last}").format(first=first, last=self.span[1]) if first < self.span[1]
            else _("strips {year}").format(year=first))  # one year: said once ("strips 2022–2022")
        # a partner with events before the strips' first year: "◂" before its strip (its
        # "1978–2019" beside one bar of 2019 read as if the earlier events were lost)
        earlier = [any(y < first for y in p["years"]) for p in found]
        if any(earlier):
            span += " " + _("(◂ earlier years too)")
        counts = ngettext("{n} partner in {events}", "{n} partners in {events}", len(found)).format(
            n=num(len(found)), events=ngettext("{n} event", "{n} events", n_events).format(n=num(n_events)))
        self.query_one("#partners-title", Static).update(Content.assemble(
            *self._title(shown), (f"  {counts}{span}", "dim")))
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for i, (p, years, before) in enumerate(zip(found, spans, earlier, strict=True)):
            name = merged.format(name=visible(p["partner"])) if p["merged"] else visible(p["partner"])
            name = name if len(name) <= width else name[: width - 1] + "…"
            bar = strip(p["years"], *self.span, strip_w) if self.span else ""
            options.add_option(Option(Content.assemble(
                (f"{name:<{width}}", "bold"), f" {p['events']:>5,} ", (f"{years:<{years_w}} ", "dim"),
                ("◂" if before else " ") if any(earlier) else "", bar), id=str(i)))
        if found:
            options.highlighted = highlighted if refill and highlighted is not None else 0
        else:
            options.add_option(Option(Content(_("no partners in these events")).stylize("italic"), id="",
                                      disabled=True))

    def _room(self) -> int | None:
        """Cells a partner's line may take (the list's width less a scrollbar's), or None
        before the list is laid out."""
        options = self.query_one(OptionList)
        if not options.size.width:
            return None
        return options.size.width - options.styles.gutter.width - options.styles.scrollbar_size_vertical

    def on_resize(self) -> None:
        """A new width: the strips drawn again for it, once the list has its new size."""
        self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        if self.province is not None and self.found:
            self._fill(self.found, self._n_events, self._token, refill=True)

    def _title(self, shown: str) -> list[tuple[str, str]]:
        """``Partners of Lào Cai`` with the name underlined (it is inert text, never markup)."""
        before, _sep, after = (_("Partners of {name} (2025 map)") if self.map_to else _("Partners of {name}")
                               ).partition("{name}")
        return [(before, "bold"), (visible(shown), "bold underline"), (after, "bold")]

    # -- events ---------------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value.strip():
            self._list_provinces(event.value)
        elif self.province is None and self.choices:
            self.choose(self.choices[0])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._pick()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick()

    def _pick(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not options.option_count:
            return
        option = options.get_option_at_index(options.highlighted)
        if option.disabled or not option.id:
            return
        if self.province is None:
            self.query_one(Input).value = ""
            self.choose(option.id)
            return
        partner = self.found[int(option.id)]["partner"]
        self.dismiss(("pair", (self.province, partner)))

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = max(0, min(options.option_count - 1, (options.highlighted or 0) + step))

    def action_switch(self, step: int) -> None:
        if len(self.choices) > 1 and self.province in self.choices:
            i = self.choices.index(self.province)
            self.choose(self.choices[(i + step) % len(self.choices)])

    def action_back(self) -> None:
        if self.province is None and self.choices:
            self.query_one(Input).value = ""
            self.choose(self.choices[0])
        else:
            self.dismiss(None)
