"""All filters in one form: pair, province, years or dates, type, level, search.

Every field is optional; names are accent- and case-insensitive and offer completions
(→ accepts). The dialog returns the new :class:`Filter`, or None on Esc. A value that cannot
be understood keeps the dialog open with a one-line reason.
"""

from __future__ import annotations

from dataclasses import replace

from hoptac.core.store.query import EVENT_TYPES, LEVELS, Filter, FilterError, parse_date_bound, parse_search
from hoptac.core.text import fold_query, typed
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, Select, Static

from ..widgets.dialog import Dialog
from ..widgets.text import resolve_name, visible

from ..i18n import N_, _, tr, translate_bindings
from ..widgets.text import type_label
from ..widgets.field import Field

__all__ = ["Choice", "FilterScreen", "FoldSuggester"]


class Choice(Select):
    """A list of the form (Type, Level) on which Enter applies the form, as its help says:
    Textual's Enter opened the list again, so a type picked with Enter, then Enter, was never
    applied. Space, ↓ and ↑ open the list; in the open list Enter picks as before."""

    BINDINGS = [
        Binding("enter", "screen.apply", show=False),
        Binding("down,space,up", "show_overlay", show=False),
    ]


class FoldSuggester(Suggester):
    """Completes names whatever the accents: "lao c" -> "lao cai" (→ accepts)."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        head = value.rsplit(",", 1)[-1]
        lead = value[: len(value) - len(head)]
        q = fold_query(head)
        if not q:
            return None
        space = head[: len(head) - len(head.lstrip())]
        for name in self.names:
            if fold_query(name).startswith(q) and fold_query(name) != q:
                # accepting (→) puts the proper name in, accents and all
                return lead + space + name
        return None


class FilterScreen(ModalScreen[Filter | None]):
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="filters.cancel"),
        Binding("ctrl+s", "apply", N_("Apply"), id="filters.apply"),
    ]

    def __init__(self, current: Filter, provinces: list[str]) -> None:
        super().__init__()
        translate_bindings(self)
        self.current = current
        self.provinces = provinces
        self.wrong = "f-pair"  # the field the last error is about

    def compose(self):
        f = self.current
        sugg = FoldSuggester(self.provinces)
        with Dialog(id="filter-dialog"):
            yield Static(Content(_("Filters — empty fields mean any")).stylize("bold"), classes="dialog-title")
            with Horizontal(classes="form-row"):
                yield Label(_("Pair"))
                yield Field(", ".join(f.pair) if f.pair else "", placeholder=_("e.g. lao cai, yen bai"),
                            suggester=sugg, compact=True, id="f-pair")
            with Horizontal(classes="form-row"):
                yield Label(_("Province"))
                yield Field(f.province or "", placeholder=_("any province, e.g. ha noi"), suggester=sugg,
                            compact=True, id="f-province")
            with Horizontal(classes="form-row"):
                yield Label(_("From"))
                yield Field(f.since or "", placeholder=_("e.g. 2018, 2018-03 or 8/3/2018"), compact=True, id="f-since")
            with Horizontal(classes="form-row"):
                yield Label(_("To"))
                yield Field(f.until or "", placeholder=_("e.g. 2020 (up to the end of 2020)"), compact=True, id="f-until")
            with Horizontal(classes="form-row"):
                yield Label(_("Type"))
                yield Choice([(type_label(t, short=False), t) for t in EVENT_TYPES], value=f.type or Select.NULL,
                             prompt=_("any type"),
                             compact=True, id="f-type")
            with Horizontal(classes="form-row"):
                yield Label(_("Level"))
                yield Choice([(lv, lv) for lv in LEVELS], value=f.level or Select.NULL, prompt=_("any level"),
                             compact=True, id="f-level")
            with Horizontal(classes="form-row"):
                yield Label(_("Search"))
                yield Field(f.search, placeholder=_("e.g. du lich (words in titles and articles)"), compact=True,
                            id="f-search")
            yield Static("", id="filter-error", classes="dialog-error")
            with Horizontal(classes="buttons"):
                yield Button(_("Apply"), variant="primary", compact=True, id="apply")
                yield Button(_("Clear all"), compact=True, id="clear")
                yield Button(_("Cancel"), compact=True, id="cancel")
            yield Static(Content(_("Enter or ctrl+s applies · Tab next field · → accepts a completion · Esc cancels")),
                         classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#f-pair", Input).focus()

    def _value(self, wid: str) -> str:
        return typed(self.query_one(f"#{wid}", Input).value)  # NFKC: what users type

    def _select(self, wid: str) -> str | None:
        value = self.query_one(f"#{wid}", Select).value
        return None if value is Select.NULL or value is None else str(value)

    def build(self) -> Filter:
        """The filter the form describes; raises FilterError with a one-line reason
        (``self.wrong``: the field it is about)."""
        pair = None
        self.wrong = "f-pair"
        text = self._value("f-pair")
        if text:
            parts = [p for p in text.replace(";", ",").split(",") if p.strip()]
            if len(parts) != 2:
                raise FilterError(_("a pair is two names separated by a comma, e.g. lao cai, yen bai"))
            names = []
            for part in parts:
                name = resolve_name(part, self.provinces)
                if name is None:
                    raise FilterError(_("no province matches “{name}”").format(name=visible(part.strip())))
                names.append(name)
            pair = tuple(sorted(names, key=fold_query))
        province = None
        self.wrong = "f-province"
        if self._value("f-province"):
            province = resolve_name(self._value("f-province"), self.provinces)
            if province is None:
                raise FilterError(_("no province matches “{name}”").format(name=visible(self._value("f-province"))))
        self.wrong = "f-since"
        since = parse_date_bound(self._value("f-since"), end=False) if self._value("f-since") else None
        self.wrong = "f-until"
        until = parse_date_bound(self._value("f-until"), end=True) if self._value("f-until") else None
        if since and until and since > until:
            self.wrong = "f-since"
            raise FilterError(_("“From” ({since}) is after “To” ({until})").format(  # as typed, not as stored
                since=visible(self._value("f-since")), until=visible(self._value("f-until"))))
        self.wrong = "f-search"
        search = parse_search(self._value("f-search"))
        return replace(self.current, pair=pair, province=province, since=since, until=until,
                       type=self._select("f-type"), level=self._select("f-level"), search=search, article_id=None)

    def action_apply(self) -> None:
        try:
            flt = self.build()
        except FilterError as exc:
            self.query_one("#filter-error", Static).update(Content("✗ " + tr(exc)))
            # the field it is about takes the focus (from the Apply button or a list, a
            # keyboard's user was several Tabs away from it), its text selected to retype
            self.query_one(f"#{self.wrong}", Input).focus()
            return
        self.dismiss(flt)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_apply()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "apply":
            self.action_apply()
        elif event.button.id == "clear":
            self.dismiss(Filter())
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
