"""The main screen's research views: people (``w``), partners (``P``), today's map (``m``).

A mixin of :class:`~hoptac.tui.screens.main.MainScreen` (its keys are declared there):
each action opens its screen on what the timeline shows, and what the screen returns
becomes the timeline's filter.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hoptac.core.store.query import Filter

__all__ = ["ViewActions"]


class ViewActions:
    """People, partners and the 2025 map for the main screen."""

    flt: Filter
    view_flt: Filter
    ranks: list[int]

    def action_people(self) -> None:
        from .people import PeopleScreen

        def done(result: Any) -> None:
            if result:
                self.apply_filter(replace(self.flt, person=result[1], article_id=None))  # type: ignore[attr-defined]

        from ..widgets.text import describe_filter

        scope = describe_filter(self.view_flt) if not self.view_flt.is_empty() else ""
        self.app.push_screen(PeopleScreen(self.index, list(self.ranks), scope), done)  # type: ignore[attr-defined]

    def action_partners(self) -> None:
        """Partners of the selected event's parties (Tab switches), else of the province
        or pair filtered on, else of a province to type."""
        from .partners import PartnersScreen

        ev = self.timeline.current_event  # type: ignore[attr-defined]
        choices: list[str] = []
        for p in (ev or {}).get("parties") or ():
            prov = p.get("province")
            if prov and prov not in choices:
                choices.append(prov)
        if not choices:
            choices = [x for x in (*(self.flt.pair or ()), self.flt.province) if x]

        def done(result: Any) -> None:
            if result:
                a, b = result[1]
                from hoptac.core.text import fold_query

                pair = (a, b) if fold_query(a) <= fold_query(b) else (b, a)
                # the partners screen counted without a search or person: so does the timeline now
                self.apply_filter(replace(self.flt, pair=pair, province=None, article_id=None,  # type: ignore[attr-defined]
                                          person=None, search=""))

        self.app.push_screen(PartnersScreen(self.index, self.flt, choices), done)  # type: ignore[attr-defined]

    def action_toggle_map(self) -> None:
        on = not self.flt.map
        self.apply_filter(replace(self.flt, map="2025" if on else None))  # type: ignore[attr-defined]
        from ..i18n import _

        # the rows keep the articles' names (the detail's Pair row gives today's): say so,
        # or "pairs as named now" reads as if the rows had changed
        self.notify(_("Today's map (34 units since 1 July 2025): filters, counts and partners by today's "  # type: ignore[attr-defined]
                      "provinces; the rows keep the articles' names.")
                    if on else _("Provinces as the articles name them."), timeout=4)
