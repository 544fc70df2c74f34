"""The main screen: filter bar, year histogram, timeline and detail pane.

This screen owns the state several widgets share: the filter asked for, the filter and rows
on screen, and the way back from an "events of this article" view. Widgets report with
messages; the screen answers by handing them data. Filtering runs in a thread worker
(exclusive: a new filter cancels the one still running) and never blocks the screen.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from hoptac.core.store.export import ExportError, export_refusal, iter_document, write_export
from hoptac.core.library import Library
from hoptac.core.store.query import Filter, FilterError, parse_date_bound, parse_search
from hoptac.core.store.storage import StoreError
from hoptac.core.text import typed
from textual import on, work
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

from ..clipboard import copy_event
from ..widgets.detail import ArticleView, DetailPane
from ..widgets.filterbar import FilterBar
from ..widgets.histogram import YearHistogram
from ..widgets.rows import TimelineRows
from ..widgets.text import slug, visible
from ..widgets.timeline import Timeline
from .filters import FilterScreen
from .help import HelpScreen
from .pair import PairScreen
from .prompt import PromptScreen
from .correct import CorrectActions
from .views_actions import ViewActions

__all__ = ["MainScreen", "default_export_name"]


def default_export_name(flt: Filter, today: str) -> str:
    """``hoptac-export-lao-cai-yen-bai-2026-11-21.json`` (``all`` without filters)."""
    what = slug(flt.describe()) if not flt.is_empty() else "all"
    return f"hoptac-export-{what or 'view'}-{today}.json"


class MainScreen(ViewActions, CorrectActions, Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    BINDINGS = [
        Binding("n", "step_event(1)", "Next", tooltip="Next event, while the detail is open"),
        Binding("N", "step_event(-1)", "Prev", tooltip="Previous event, while the detail is open"),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="This help: every key"),
        Binding("slash", "search", "Search", key_display="/",
                tooltip="Search titles, snippets and article text (accents optional)"),
        Binding("p", "pick_pair", "Pair", tooltip="Filter by a province pair: type a name, pick the partner"),
        Binding("f", "filters", "Filters", tooltip="All filters: pair, province, dates, type, level, search"),
        Binding("x,backspace", "clear_filters", "Clear", key_display="x", tooltip="Clear every filter"),
        Binding("e", "export", "Export", tooltip="Export the events on screen to a JSON file"),
        Binding("c", "copy", "Copy JSON", show=False, tooltip="Copy the selected event as JSON (OSC 52)"),
        Binding("a", "same_article", "Article", show=False,
                tooltip="Show every event of the selected event's article (Esc goes back)"),
        Binding("t,colon", "goto_date", "Go to date", show=False, key_display="t",
                tooltip="Go to a date: 2019, 2019-07, 2019-07-11 or 11/7/2019"),
        # the research views (views_actions.py)
        Binding("w", "people", "People", show=False, tooltip="Who takes part: people by name, their titles; Enter filters"),
        Binding("P", "partners", "Partners", show=False,
                tooltip="Partners of the selected event's parties (or a province), ranked; Enter filters the pair"),
        Binding("m", "toggle_map", "2025 map", show=False,
                tooltip="Provinces and pairs on today's 34 units (since 1 July 2025), or as the articles name them"),
        Binding("C", "correct", "Correct", show=False,
                tooltip="Correct the selected event: date, end date, type, partners, or not an event"),
        Binding("escape", "back", "Back", show=False,
                tooltip="Close the detail; from an article's events, back to the previous view"),
    ]

    def __init__(self, library: Library, initial: Filter | None = None, *, ascii_only: bool = False) -> None:
        super().__init__()
        self.library = library
        self.index = library.index
        self.flt = initial or Filter()  # asked for
        self.view_flt = Filter()  # on screen
        self.ranks: list[int] = []
        self.back_stack: list[tuple[Filter, int | None]] = []
        self.ascii_only = ascii_only
        self._token = 0
        self._export_confirm: str | None = None

    def compose(self):
        yield FilterBar(id="filterbar")
        yield YearHistogram(ascii_only=self.ascii_only, id="histogram")
        with Horizontal(id="body"):
            yield Timeline(ascii_only=self.ascii_only, id="timeline")
            yield DetailPane(id="detail")
        yield Footer(compact=True, show_command_palette=False)

    @property
    def timeline(self) -> Timeline:
        return self.query_one(Timeline)

    @property
    def detail(self) -> DetailPane:
        return self.query_one(DetailPane)

    def on_mount(self) -> None:
        self.timeline.focus()
        self.apply_filter(self.flt)
        self._warm_search()

    @work(thread=True, group="warm")
    def _warm_search(self) -> None:
        self.index.warm_search()

    # -- filtering --------------------------------------------------------------------------
    def apply_filter(self, flt: Filter, keep_rank: int | None = None) -> None:
        self.flt = flt
        self._token += 1
        if keep_rank is None:
            keep_rank = self.timeline.current_rank
        self.query_one(FilterBar).set_state(flt, len(self.ranks), len(self.index), busy=True)
        self._filter_worker(flt, self._token, keep_rank)

    @work(thread=True, exclusive=True, group="filter")
    def _filter_worker(self, flt: Filter, token: int, keep_rank: int | None) -> None:
        worker = get_current_worker()

        def stop() -> bool:
            return worker.is_cancelled or token != self._token

        try:
            ranks = self.index.filter(flt, should_stop=stop)
        except (OSError, StoreError) as exc:  # a cache file unreadable or damaged under us
            reason = str(exc) if isinstance(exc, StoreError) else (exc.strerror or type(exc).__name__)
            self.app.call_from_thread(self._filter_failed, token, f"Cannot read the database's files: {reason}")
            return
        if stop():
            return
        try:
            data = TimelineRows.build(self.index.events, ranks, should_stop=stop,
                                      dates=self.index.cols.dates, ends=self.index.cols.ends)
        except (OSError, StoreError) as exc:
            self.app.call_from_thread(self._filter_failed, token, f"Cannot read the database's files: {exc}")
            return
        if stop():
            return
        self.app.call_from_thread(self._show_result, token, flt, data, keep_rank)

    def _filter_failed(self, token: int, message: str) -> None:
        """The filter could not run: keep what is shown, and say why."""
        if token != self._token:
            return
        self.flt = self.view_flt
        self.query_one(FilterBar).set_state(self.view_flt, len(self.ranks), len(self.index), busy=False)
        self.notify(message, severity="error", markup=False)

    def _show_result(self, token: int, flt: Filter, data: TimelineRows, keep_rank: int | None) -> None:
        if token != self._token:
            return
        self.view_flt, self.ranks = flt, data.ranks
        total = len(self.index)
        if total == 0:
            path = visible(str(self.library.store.path))
            message = (f"The database {path} has no events yet.\n\nAdd articles from the command line: "
                       "hoptac ingest FOLDER (files *.txt), then open hoptac again. q quits.")
        else:
            message = (f"No events match {visible(flt.describe())}.\n\n"
                       "Press x to clear the filters" + (", Esc to go back" if self.back_stack else "")
                       + ", or f to change them.")
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
        return str(article.get("title") or "one article")

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
        self.timeline.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step_event":
            return self.detail_visible
        return True

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

    # -- filters ----------------------------------------------------------------------------
    def set_field(self, field: str, value: Any) -> None:
        self.apply_filter(replace(self.flt, **{field: value}))

    def action_clear_filters(self) -> None:
        if self.flt.is_empty():
            self.notify("No filters to clear.", timeout=2)
            return
        self.back_stack.clear()
        self.apply_filter(Filter())

    def action_search(self) -> None:
        before, rank = self.flt, self.timeline.current_rank

        def searched(value: str) -> Filter:
            try:
                return replace(before, search=parse_search(value))
            except FilterError:
                return replace(before, search="")  # nothing to look for (yet): every event

        def preview(value: str) -> None:  # results follow the typing (debounced by the prompt)
            self.apply_filter(searched(value), keep_rank=rank)

        def done(value: str | None) -> None:
            if value is not None:
                self.apply_filter(searched(value), keep_rank=rank)
                if typed(value) and not searched(value).search:
                    self.notify("Nothing to search for: a search needs letters or digits.", timeout=4)
            elif self.flt != before:  # Esc: back to what was shown before the search
                self.apply_filter(before, keep_rank=rank)

        self.app.push_screen(PromptScreen(
            "Search titles, snippets and article text", value=self.flt.search or "",
            placeholder="e.g. hoi nghi du lich", on_change=preview,
            help_text="Accents and case are ignored: “hoi nghi” finds “Hội nghị”. All words must appear; "
                      "results follow as you type. Enter keeps them, Esc goes back."), done)

    def action_pick_pair(self) -> None:
        def done(result: Any) -> None:
            if not result:
                return
            kind, value = result
            if kind == "pair":
                self.apply_filter(replace(self.flt, pair=value, province=None, article_id=None))
            else:
                self.apply_filter(replace(self.flt, province=value, pair=None, article_id=None))

        self.app.push_screen(PairScreen(self.index), done)

    def action_filters(self) -> None:
        def done(flt: Filter | None) -> None:
            if flt is not None:
                self.apply_filter(flt)

        self.app.push_screen(FilterScreen(self.flt, self.index.provinces()), done)

    def action_same_article(self) -> None:
        ev = self.timeline.current_event
        if ev is None or not ev.get("article_id"):
            return
        if self.flt.article_id == ev["article_id"]:
            self.notify("Already showing this article's events (Esc goes back).", timeout=3)
            return
        self.back_stack.append((self.flt, self.timeline.current_rank))
        self.close_detail()
        self.apply_filter(Filter(article_id=ev["article_id"]), keep_rank=self.timeline.current_rank)

    # -- moving -----------------------------------------------------------------------------
    def action_goto_date(self) -> None:
        def check(value: str) -> str | None:
            v = typed(value)
            if v in ("?", ""):
                return None if v else "type a date, e.g. 2019 or 2019-07 or 11/7/2019"
            try:
                parse_date_bound(v, end=False)
            except FilterError as exc:
                return str(exc)
            return None

        def done(value: str | None) -> None:
            if value is None:
                return
            v = typed(value)
            timeline = self.timeline
            if v == "?":
                if not timeline.goto_unknown():
                    self.notify("No events of unknown year here.", timeout=3)
                return
            iso = parse_date_bound(v, end=False)
            if not timeline.goto_date(iso):
                last = timeline.data.last_dated_row()
                if last is not None:
                    timeline.move_to(last)
                    self.notify(f"No events on or after {iso}; this is the last dated one.", timeout=4)
                else:
                    self.notify("No dated events here.", timeout=3)

        self.app.push_screen(PromptScreen(
            "Go to date", placeholder="2019, 2019-07, 2019-07-11 or 11/7/2019; ? = unknown year",
            help_text="Moves to the first event on or after that date. Esc cancels.", check=check), done)

    # -- export and copy ----------------------------------------------------------------------
    def action_export(self) -> None:
        flt, ranks = self.view_flt, list(self.ranks)
        name = default_export_name(flt, self.app.today())  # type: ignore[attr-defined]
        self._export_confirm = None

        def check(value: str) -> str | None:
            v = typed(value)
            if not v:
                return "type a file name"
            path = Path(v).expanduser()
            try:
                if path.is_dir():
                    return f"{v} is a folder; add a file name"
                if not path.parent.exists():
                    return f"folder {path.parent} does not exist"
                refusal = export_refusal(path)
                if refusal:
                    return f"cannot write {v}: {refusal}"
                if path.exists() and self._export_confirm != v:
                    self._export_confirm = v
                    return f"{v} exists: press Enter again to replace it, or change the name"
            except OSError as exc:  # e.g. a name too long for the file system
                return f"cannot use that name: {exc.strerror or exc}"
            return None

        def done(value: str | None) -> None:
            if value is not None:
                self._export_worker(Path(value.strip()).expanduser(), flt, ranks)

        what = visible(flt.describe()) if not flt.is_empty() else "all events"
        self.app.push_screen(PromptScreen(
            f"Export {len(ranks):,} events ({what}) to JSON", value=name, placeholder="file name",
            help_text="The file gets the events on screen, the filters and the count "
                      "(the same document as `hoptac export`). Esc cancels.", check=check), done)

    @work(thread=True, group="export")
    def _export_worker(self, path: Path, flt: Filter, ranks: list[int]) -> None:
        events = self.index.events
        chunks = iter_document((events[r] for r in ranks), filters=flt.as_dict(), count=len(ranks))
        try:
            written = write_export(path, chunks)
        except (ExportError, OSError) as exc:
            message = str(exc) if isinstance(exc, ExportError) else f"cannot write {path}: {exc.strerror or exc}"
            self.app.call_from_thread(self.notify, f"Export failed: {message}", severity="error", timeout=8)
            return
        self.app.call_from_thread(self.notify, f"Exported {len(ranks):,} events to {written}", timeout=6)

    def action_copy(self) -> None:
        ev = self.timeline.current_event
        if ev is None:
            self.notify("No event selected.", timeout=2)
            return
        self.notify(copy_event(self.app, ev), timeout=5)

    def action_help(self) -> None:
        sections = [
            ("Moving in the timeline", Timeline.BINDINGS),
            ("Filters, views and files", self.BINDINGS),
            ("Detail pane (the article)", [*DetailPane.BINDINGS, *ArticleView.BINDINGS]),
            ("Everywhere", self.app.BINDINGS),
        ]
        self.app.push_screen(HelpScreen(sections))


def today_iso() -> str:
    return _dt.date.today().isoformat()
