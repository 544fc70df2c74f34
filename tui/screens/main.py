"""The main screen: filter bar, year histogram, timeline and detail pane.

This screen owns the state several widgets share: the filter asked for, the filter and rows
on screen, and the way back from an "events of this article" view. Widgets report with
messages; the screen answers by handing them data. Filtering runs in a thread worker
(exclusive: a new filter cancels the one still running) and never blocks the screen; the
first rows (every event) come built from the loading screen's thread (``build_rows``).
"""

from __future__ import annotations

import datetime as _dt
import threading
from typing import TYPE_CHECKING, Callable, Sequence

from hoptac.core.library import Library
from hoptac.core.store.query import Filter, FilterError, parse_date_bound
from hoptac.core.store.errors import StoreError
from hoptac.core.text import typed
from textual import on, work
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.worker import get_current_worker

from ..gc_pacing import mapped_over_budget
from ..i18n import N_, _, tr, translate_bindings
from ..sample import NOTE_SECONDS, sample_articles, sample_note
from ..widgets.columns import pair_widths
from ..widgets.detail import DetailPane
from ..widgets.filterbar import FilterBar
from ..widgets.footer import KeysFooter
from ..widgets.histogram import YearHistogram
from ..widgets.rows import TimelineRows
from ..widgets.text import describe_filter, visible
from ..widgets.timeline import Timeline
from .correct_actions import CorrectActions
from .exporting import ExportMixin, default_export_name
from .filter_actions import FilterActions
from .typed_ahead import TypedAhead
from .views_actions import ViewActions
from .landing import can_land

if TYPE_CHECKING:
    from hoptac.core.store.index import EventIndex

__all__ = ["MainScreen", "build_rows", "default_export_name"]


class MainScreen(TypedAhead, ExportMixin, ViewActions, CorrectActions, FilterActions, Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    BINDINGS = [
        Binding("n", "step_event(1)", N_("Next"), tooltip=N_("Next event, while the detail is open"), id="main.next"),
        Binding("N", "step_event(-1)", N_("Prev"), tooltip=N_("Previous event, while the detail is open"),
                id="main.previous"),
        Binding("question_mark", "help", N_("Help"), key_display="?", tooltip=N_("This help: every key"),
                id="main.help"),
        Binding("slash", "search", N_("Search"), key_display="/",
                tooltip=N_("Search titles, snippets and article text (accents optional)"), id="main.search"),
        Binding("p", "pick_pair", N_("Pair"), tooltip=N_("Filter by a province pair: type a name, pick the partner"),
                id="main.pair"),
        Binding("f", "filters", N_("Filters"), tooltip=N_("All filters: pair, province, dates, type, level, search"),
                id="main.filters"),
        Binding("x", "clear_filters", N_("Clear"), tooltip=N_("Clear every filter (u brings them back)"),
                id="main.clear"),
        Binding("u", "undo_clear", N_("Undo"), tooltip=N_("Take back the correction just saved, or bring back "
                                                          "the filters x cleared"), id="main.undo"),
        Binding("e", "export", N_("Export"), tooltip=N_("Export the events on screen to a JSON file"),
                id="main.export"),
        Binding("c", "copy", N_("Copy JSON"), show=False, tooltip=N_("Copy the selected event as JSON (OSC 52)"),
                id="main.copy"),
        Binding("a", "same_article", N_("Article"), show=False,
                tooltip=N_("Show every event of the selected event's article (Esc goes back)"), id="main.article"),
        Binding("t,colon", "goto_date", N_("Go to date"), show=False, key_display="t",
                tooltip=N_("Go to a date: 2019, 2019-07, 2019-07-11 or 11/7/2019"), id="main.goto"),
        # the research views (views_actions.py)
        Binding("w", "people", N_("People"), show=False,
                tooltip=N_("Who takes part: people by name, their titles; Enter filters"), id="main.people"),
        Binding("P", "partners", N_("Partners"), show=False,
                tooltip=N_("Partners of the selected event's parties (or a province), ranked; Enter filters the pair"),
                id="main.partners"),
        Binding("m", "toggle_map", N_("2025 map"), show=False,
                tooltip=N_("Filters, pair counts and partners on today's 34 units (since 1 July 2025); rows keep the articles' names"),
                id="main.map"),
        Binding("C", "correct", N_("Correct"), show=False,
                tooltip=N_("Correct the selected event: date, end date, type, partners, or not an event"),
                id="main.correct"),
        Binding("escape", "back", N_("Back"), show=False,
                tooltip=N_("Close the detail; from an article's events, back to the previous view"), id="main.back"),
    ]
    # left out of the footer while the detail fills a narrow screen, so the footer's keys fit
    # in 80 columns (they still work, and ? lists them)
    NARROW_DETAIL_HIDDEN = frozenset({"search", "pick_pair", "filters", "clear_filters", "undo_clear", "export"})

    def __init__(self, library: Library, initial: Filter | None = None, *, ascii_only: bool = False,
                 rows: TimelineRows | None = None) -> None:
        super().__init__()
        # ``rows``: the rows of ``initial`` already built (``build_rows``; the loading
        # screen's thread builds every event's while it has the cores), so the first frame
        # shows them rather than an empty timeline painted again once the worker is done
        self._first_data = rows
        translate_bindings(self)
        self.library = library
        self.index = library.index
        self.cleared: tuple[Filter, int | None] | None = None  # what x cleared, for u
        self.corrected: str | None = None  # the correction just saved: u takes it back first
        self.flt = initial or Filter()  # asked for
        self.view_flt = Filter()  # on screen
        self.ranks: list[int] = []
        self.back_stack: list[tuple[Filter, int | None]] = []
        self.ascii_only = ascii_only
        self._token = 0
        self._in_flight: tuple[Filter, int | None, int, object] | None = None  # (filter, keep_rank, token, index)
        self._one_answer = threading.Lock()   # answers built one at a time (``_filter_worker``)
        self._warmed = False  # the word index read (after the first answer is shown)
        self._export_confirm: str | None = None
        self.sample = 0  # the bundled sample's articles, when that is what the database holds

    def compose(self):
        yield FilterBar(id="filterbar")
        yield YearHistogram(ascii_only=self.ascii_only, id="histogram")
        with Horizontal(id="body"):
            yield Timeline(ascii_only=self.ascii_only, id="timeline")
            yield DetailPane(id="detail")
        yield KeysFooter(compact=True, show_command_palette=False)

    @property
    def timeline(self) -> Timeline:
        return self.query_one(Timeline)

    @property
    def detail(self) -> DetailPane:
        return self.query_one(DetailPane)

    def on_mount(self) -> None:
        self.timeline.focus()
        self.sample = sample_articles(self.library)  # the bundled sample: say so, and how to add pages
        if self.sample:
            self.query_one(FilterBar).sample = True
            # above the footer while it shows (a message on a narrow screen takes the keys' line)
            self.add_class("-sample-note")
            self.set_timer(NOTE_SECONDS, lambda: self.remove_class("-sample-note"))
            self.notify(sample_note(len(self.index), self.sample), timeout=NOTE_SECONDS, markup=False)
        data, self._first_data = self._first_data, None
        if data is None:
            self.apply_filter(self.flt)
        else:
            self._token += 1
            self._show_result(self._token, self.flt, data, None)

    @work(thread=True, group="warm")
    def _warm_search(self) -> None:
        self.index.warm_search()

    # -- filtering --------------------------------------------------------------------------
    def apply_filter(self, flt: Filter, keep_rank: int | None = None) -> None:
        if not flt.is_empty() and self.cleared is not None:  # a new filter: nothing to undo
            self.cleared = None
            self.query_one(FilterBar).can_undo = False
            self.refresh_bindings()
        if keep_rank is None:
            keep_rank = self.timeline.current_rank
        flight = self._in_flight
        if flight is not None and flight[2] == self._token and flight[:2] == (flt, keep_rank) \
                and flight[3] is self.index:
            return   # this very answer is being built (a search's preview, then Enter): not twice
        self.flt = flt
        self._token += 1
        self._in_flight = (flt, keep_rank, self._token, self.index)
        self.query_one(FilterBar).set_state(flt, len(self.ranks), len(self.index), busy=True)
        self._filter_worker(flt, self._token, keep_rank)

    @work(thread=True, exclusive=True, group="filter")
    def _filter_worker(self, flt: Filter, token: int, keep_rank: int | None) -> None:
        worker = get_current_worker()

        def stop() -> bool:
            return worker.is_cancelled or token != self._token

        # one answer built at a time: one cancelled meanwhile (the filter changed) stops at
        # its next check before the next starts, so two searches' arrays are never held at
        # once (at a million events a search's own take 40 MB at their peak)
        with self._one_answer:
            if stop():
                return
            try:
                # every event: the range as it is (no list of a million ranks, nor rows); any
                # other answer as an array of 4 bytes a rank (``rankset.as_ranks``), not a list
                ranks = range(len(self.index)) if flt.is_empty() else self.index.filter(flt, should_stop=stop, compact=True)
            except (OSError, StoreError) as exc:  # a cache file unreadable or damaged under us
                reason = tr(exc) if isinstance(exc, StoreError) else (exc.strerror or type(exc).__name__)
                self.app.call_from_thread(self._filter_failed, token,
                                          _("Cannot read the database's files: {reason}").format(reason=reason))
                return
            if stop():
                return
            try:
                data = build_rows(self.index, ranks, should_stop=stop)
            except (OSError, StoreError) as exc:
                self.app.call_from_thread(self._filter_failed, token,
                                          _("Cannot read the database's files: {reason}").format(reason=tr(exc)))
                return
            if mapped_over_budget():   # what the answers read of the mapped caches: not all kept in memory
                self.index.release_pages()
            if stop():
                return
        self.app.call_from_thread(self._show_result, token, flt, data, keep_rank)

    def _first_shown(self) -> None:
        """The first answer is on screen: now the work that can wait for it (the word
        index read for search here; the loading screen's checks of the caches) may take
        the cores, not before (``HoptacApp.first_rows``)."""
        if not self._warmed:
            self._warmed = True
            self._warm_search()
            shown = getattr(self.app, "first_rows", None)
            if shown is not None:
                shown.set()

    def _filter_failed(self, token: int, message: str) -> None:
        """The filter could not run: keep what is shown, and say why."""
        self._landed(token)
        if not can_land(self):
            return
        self._first_shown()
        if token != self._token:
            return
        self.flt = self.view_flt
        self.query_one(FilterBar).set_state(self.view_flt, len(self.ranks), len(self.index), busy=False)
        self.notify(message, severity="error", markup=False)

    def _landed(self, token: int) -> None:
        if self._in_flight is not None and self._in_flight[2] == token:
            self._in_flight = None

    def _show_result(self, token: int, flt: Filter, data: TimelineRows, keep_rank: int | None) -> None:
        self._landed(token)
        if token != self._token or not can_land(self):
            return
        self.call_after_refresh(self._first_shown)  # after this answer is painted
        self.view_flt, self.ranks = flt, data.ranks
        total = len(self.index)
        if total == 0:
            path = visible(str(self.library.store.path))
            message = _("The database {path} has no events yet.\n\nAdd articles from the command line: "
                        "hoptac ingest FOLDER (files *.txt), then open hoptac again. q quits.").format(path=path)
        else:
            message = (_("No events match {what}.").format(what=describe_filter(flt)) + "\n\n"
                       + (_("Press x to clear the filters, Esc to go back, or f to change them.") if self.back_stack
                          else _("Press x to clear the filters, or f to change them.")))
        timeline = self.timeline
        timeline.empty_message = message
        timeline.set_rows(data, keep_rank)
        self.query_one(YearHistogram).set_counts({h.year: h.count for h in data.headings})
        bar = self.query_one(FilterBar)
        bar.article_title = self._article_title(flt)
        bar.set_state(flt, len(data.ranks), total)
        self._cursor_changed(timeline.current_rank)

    def _article_title(self, flt: Filter) -> str | None:
        if not flt.article_id:
            return None
        article = self.library.article(flt.article_id) or {}
        return tr(article.get("title") or _("one article"))

    # -- cursor and detail ------------------------------------------------------------------
    @on(Timeline.CursorMoved)
    def _on_cursor(self, message: Timeline.CursorMoved) -> None:
        self._cursor_changed(message.rank)

    def _cursor_changed(self, rank: int | None) -> None:
        timeline = self.timeline
        ev = timeline.current_event
        date = (ev or {}).get("date") or ""
        self.query_one(YearHistogram).set_year(int(date[:4]) if date[:4].isdigit() else None)
        bar = self.query_one(FilterBar)
        bar.set_position(timeline.data.ordinal(timeline.cursor) if ev is not None else None)
        if self.detail_visible:
            self._show_detail()

    @property
    def detail_visible(self) -> bool:
        return self.has_class("-wide") or self.has_class("-detail-open")

    def _show_detail(self) -> None:
        ev = self.timeline.current_event
        article = self.library.article(ev["article_id"]) if ev and ev.get("article_id") else None
        same = len(self.index.of_article(ev["article_id"])) if ev and ev.get("article_id") else 0
        self.detail.show(ev, article, same, search=self.view_flt.search)

    @on(Timeline.Opened)
    def _on_open(self, message: Timeline.Opened) -> None:
        self.action_open_detail()

    def action_open_detail(self) -> None:
        if self.timeline.current_event is None:
            return
        self.add_class("-detail-open")
        self.refresh_bindings()
        self._show_detail()
        self.query_one("#detail-article").focus()

    def close_detail(self) -> None:
        self.remove_class("-detail-open")
        self.refresh_bindings()
        self.set_focus(self.timeline)  # now, not after the keys already typed (``focus()`` waits)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step_event":
            return self.detail_visible
        if action == "undo_clear":
            return self.corrected is not None or (self.cleared is not None and self.flt.is_empty())
        return True

    @property
    def active_bindings(self):  # type: ignore[override]
        bindings = super().active_bindings
        if self.has_class("-narrow") and self.has_class("-detail-open"):
            return {k: b for k, b in bindings.items() if b.binding.action not in self.NARROW_DETAIL_HIDDEN}
        return bindings

    def action_step_event(self, step: int) -> None:
        self.timeline.action_cursor(step)

    @on(YearHistogram.YearClicked)
    def _on_year(self, message: YearHistogram.YearClicked) -> None:
        self.timeline.goto_date(str(message.year))

    def action_back(self) -> None:
        if self.has_class("-detail-open") or self.focused is not self.timeline:
            self.close_detail()
        elif self.back_stack:
            flt, rank = self.back_stack.pop()
            self.apply_filter(flt, keep_rank=rank)

    # -- moving -----------------------------------------------------------------------------
    def action_goto_date(self) -> None:
        def check(value: str) -> str | None:
            v = typed(value)
            if v in ("?", ""):
                return None if v else _("type a date, e.g. 2019 or 2019-07 or 11/7/2019")
            try:
                parse_date_bound(v, end=False)
            except FilterError as exc:
                return tr(exc)
            return None

        def done(value: str | None) -> None:
            if value is None:
                return
            v = typed(value)
            timeline = self.timeline
            if v == "?":
                if not timeline.goto_unknown():
                    self.notify(_("No events of unknown year here."), timeout=3)
                return
            iso = parse_date_bound(v, end=False)
            if not timeline.goto_date(iso):
                last = timeline.data.last_dated_row()
                if last is not None:
                    timeline.move_to(last)
                    self.notify(_("No events on or after {date}; this is the last dated one.").format(date=iso), timeout=4)
                else:
                    self.notify(_("No dated events here."), timeout=3)

        from .prompt import PromptScreen

        self.app.push_screen(PromptScreen(
            _("Go to date"), placeholder=_("2019, 2019-07, 2019-07-11 or 11/7/2019; ? = unknown year"),
            help_text=_("Moves to the first event on or after that date. Esc cancels."), check=check), done)

    # -- copy (export: ExportMixin) -----------------------------------------------------------
    def action_copy(self) -> None:
        ev = self.timeline.current_event
        if ev is None:
            self.notify(_("No event selected."), timeout=2)
            return
        from ..clipboard import copy_event

        self.notify(copy_event(self.app, ev), timeout=5)

    def action_help(self) -> None:
        from .help import open_help

        open_help(self.app)


def build_rows(index: EventIndex, ranks: Sequence[int], should_stop: Callable[[], bool] | None = None) -> TimelineRows:
    """The timeline's rows of ``ranks`` with the pair column's widths (in any thread: no
    widget is touched). The filter worker's, and the loading screen's for the first frame."""
    data = TimelineRows.build(index.events, ranks, should_stop=should_stop, dates=index.cols.dates,
                              ends=index.cols.ends)
    data.pair_full, data.pair_short, data.pair_typical = pair_widths(index, ranks)
    return data


def today_iso() -> str:
    return _dt.date.today().isoformat()
