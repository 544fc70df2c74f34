"""Pick a province pair (or one province) by typing: accents and case are optional.

Step 1 lists the provinces that have events, most events first, each with its number of
events and of partners ("no partner": only "any partner" follows), narrowed as you type
("lao" -> Lào Cai); step 2 lists that province's partners with their event counts, plus "any partner" (a
single-province filter). Typing both names at once ("lao cai, yen bai") and Enter works
too. The dialog returns ``("pair", (a, b))``, ``("province", a)`` or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hoptac.core.text import fold_query
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..widgets.dialog import Dialog
from ..widgets.text import match_or_alias, resolve_name, visible

from ..i18n import N_, _, ngettext, num, translate_bindings
from ..widgets.field import Field

if TYPE_CHECKING:  # the index's module imports numpy and search: not for the app's first frame
    from hoptac.core.store.index import EventIndex

__all__ = ["PairScreen", "partner_counts"]

ANY = "\x00any"


def partner_counts(index: EventIndex, province: str) -> dict[str, int]:
    """How many events ``province`` shares with each partner (an event with three partners
    counts for each of its pairs, as the pair filter does)."""
    return index.partner_counts(province)


def map_partner_counts(index: EventIndex, unit: str, map_to: Any) -> dict[str, int]:
    """On the 2025 map: how many events ``unit`` shares with each unit (the partners view's
    count; a partner now in the same unit is the unit itself, "merged")."""
    from hoptac.core.store.partners import partners_of
    from hoptac.core.store.query import Filter

    ranks = index.filter(Filter(province=unit, map="2025"))
    return {p["partner"]: p["events"] for p in partners_of(index, ranks, unit, map_to)}


def _province_label(name: str, events: int, partners: int) -> Content:
    """Step 1's line: the name, then (dim) its events and partners, so a user sees which
    names lead to a pair ("Lào Cai  12 events · 5 partners"; "· no partner")."""
    count = ngettext("{n} event", "{n} events", events).format(n=num(events))
    with_ = (ngettext("{n} partner", "{n} partners", partners).format(n=num(partners)) if partners
             else _("no partner"))
    return Content.assemble(visible(name), ("  " + count + " · " + with_, "dim"))


class PairScreen(ModalScreen[Any]):
    BINDINGS = [
        Binding("escape", "back", N_("Back"), id="pair.back"),
        Binding("down", "move(1)", N_("Next"), show=False, id="pair.down"),
        Binding("up", "move(-1)", N_("Previous"), show=False, id="pair.up"),
        Binding("pagedown", "move(10)", N_("Next page"), show=False, id="pair.page_down"),
        Binding("pageup", "move(-10)", N_("Previous page"), show=False, id="pair.page_up"),
    ]

    def __init__(self, index: EventIndex, first: str | None = None, map_on: bool = False) -> None:
        super().__init__()
        translate_bindings(self)
        self.index = index
        self.names = index.provinces()  # what a typed name is read against ("thai binh, ha nam")
        # on the 2025 map (``m``) the lists and their counts are today's units, as the filter
        # they lead to counts them (Thái Bình said "Hải Dương 1 event", the filter gave 3)
        self.map_to = None
        if map_on:
            from hoptac.core.store.map2025 import to_unit

            self.map_to = to_unit
        self.provinces = self.names if self.map_to is None else sorted({self.map_to(p) for p in self.names}, key=fold_query)
        self._totals: dict[str, tuple[int, int]] | None = None  # (events, partners), when step 1 first shows
        self.first: str | None = None
        self._start_with = first
        self._partners: dict[str, int] = {}

    def compose(self):
        with Dialog(id="pair-dialog"):
            yield Static("", id="pair-title", classes="dialog-title")
            yield Field(placeholder=_("type a province, e.g. lao cai"), compact=True, id="pair-input")
            yield OptionList(id="pair-options", compact=True)
            yield Static("", id="pair-help", classes="dialog-help")

    def on_mount(self) -> None:
        if self._start_with and self._start_with in self.provinces:
            self._choose_first(self._start_with)
        else:
            self._step_one()
        self.query_one(Input).focus()

    # -- steps ----------------------------------------------------------------------------
    def _step_one(self) -> None:
        self.first = None
        self.query_one("#pair-title", Static).update(Content(_("Pair — first province")).stylize("bold"))
        self.query_one("#pair-help", Static).update(Content(
            _("Type to narrow (accents optional) · ↑↓ choose · Enter pick · "
              "“lao cai, yen bai” + Enter sets both · Esc cancel")))
        inp = self.query_one(Input)
        inp.value = ""
        self._fill("")

    def _choose_first(self, province: str) -> None:
        self.first = province
        self._partners = (partner_counts(self.index, province) if self.map_to is None
                          else map_partner_counts(self.index, province, self.map_to))
        self.query_one("#pair-title", Static).update(
            Content.assemble((_("Pair — "), "bold"), (visible(province), "bold underline"), (_(" and …"), "bold")))
        self.query_one("#pair-help", Static).update(Content(
            _("Type to narrow · Enter pick a partner · “any partner” = every event of this province · Esc back")))
        self.query_one(Input).value = ""
        self._fill("")

    def _fill(self, query: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        if self.first is None:
            totals = self._province_totals()
            names = sorted(self.provinces, key=lambda p: (-totals.get(p, (0, 0))[0], fold_query(p)))
            hits = match_or_alias(query, names)
            if not hits and self.map_to is not None and query.strip():  # an old name: its unit
                known = resolve_name(query, self.names)
                hits = [self.map_to(known)] if known and self.map_to(known) in totals else []
            for name in hits:
                options.add_option(Option(_province_label(name, *totals.get(name, (0, 0))), id=name))
        else:
            if not query.strip():
                label = Content.assemble((_("any partner of {name}").format(name=visible(self.first)), "italic"))
                options.add_option(Option(label, id=ANY))
            names = sorted(self._partners, key=lambda p: (-self._partners[p], fold_query(p)))
            for name in match_or_alias(query, names):
                n = self._partners[name]
                count = "  " + ngettext("{n} event", "{n} events", n).format(n=num(n))
                shown = _("{name} (merged)").format(name=visible(name)) if name == self.first else visible(name)
                options.add_option(Option(Content.assemble(shown, (count, "dim")), id=name))
        if options.option_count:
            options.highlighted = 0
            return
        known = resolve_name(query, ()) if query.strip() else None  # a real name (or alias) with nothing here
        if not known:
            said = _("no match — check the spelling")
        elif self.first is None:
            said = _("{name}: no events").format(name=visible(known))
        else:
            said = _("{name}: no events with {first}").format(name=visible(known), first=visible(self.first))
        options.add_option(Option(Content(said).stylize("italic"), id="", disabled=True))

    def _province_totals(self) -> dict[str, tuple[int, int]]:
        if self._totals is None:
            from hoptac.core.store.partners import province_totals

            self._totals = province_totals(self.index, self.map_to)
        return self._totals

    # -- events ---------------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value.split(",")[0] if self.first is None else event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value
        if self.first is None and "," in value:
            a_text, b_text = value.split(",", 1)
            a = resolve_name(a_text, self.names)
            b = resolve_name(b_text, self.names)
            if a and b:
                self.dismiss(("pair", tuple(sorted((a, b), key=fold_query))))
            else:
                bad = a_text if not a else b_text
                self.query_one("#pair-help", Static).update(Content("✗ " + _("no province matches “{name}”").format(name=visible(bad.strip()))))
            return
        self._pick_highlighted()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick_highlighted()

    def _pick_highlighted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        option = options.get_option_at_index(options.highlighted)
        if option.disabled or not option.id:
            return
        if self.first is None:
            self._choose_first(option.id)
        elif option.id == ANY:
            self.dismiss(("province", self.first))
        else:
            self.dismiss(("pair", tuple(sorted((self.first, option.id), key=fold_query))))

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if not options.option_count:
            return
        current = options.highlighted or 0
        options.highlighted = max(0, min(options.option_count - 1, current + step))

    def action_back(self) -> None:
        if self.first is not None and self._start_with is None:
            self._step_one()
        else:
            self.dismiss(None)
