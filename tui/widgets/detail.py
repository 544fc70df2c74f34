"""The detail pane: one event's fields, then its article's original text.

The event's sentence (its ``span`` in the article text) is highlighted with reverse and bold
(visible without colour) and scrolled into view. Text that is not the article (everything
outside ``body_span`` and each ``boilerplate`` span: related lists, counters, comment forms)
is folded into a marked one-line note, or shown behind a ``┆`` gutter after ``o``.

Article and event text only ever reaches the screen as plain strings inside ``Content``.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from hoptac.core.messages import Message
from hoptac.core.store.phrase import match_spans

from ..i18n import N_, _, ngettext, tr, translate_bindings
from .article_text import HIT_STYLE, MATCH_STYLE  # re-exported (see __all__)
from .article_text import OTHER_STYLE, _collapse, _cut, _highlighted, _span, article_runs
from .detail_rows import event_names, pair_line, published_line, written_line, year_cue_line
from .text import date_detail, format_date, pair_label, parties_label, shown_dates, type_label, visible
from .wrap import break_lines, wrap_words

__all__ = ["ArticleView", "DetailPane", "HIT_STYLE", "MATCH_STYLE", "article_runs", "event_names", "written_line",
           "year_cue_line"]

LABEL_W = 10
LABELS = (N_("Date"), N_("Written"), N_("Year"), N_("Type"), N_("Parties"), N_("Pair"), N_("Location"), N_("People"),
          N_("Sectors"), N_("Source"))


class ArticleView(VerticalScroll, can_focus=True):
    """The scrolling part of the detail: every field of the event, then the article text
    (three parts, so the highlighted one can be scrolled to)."""

    BINDINGS = [
        Binding("up,k", "scroll_up", N_("Scroll up"), show=False, tooltip=N_("Scroll the article up"),
                id="article.up"),
        Binding("down,j", "scroll_down", N_("Scroll down"), show=False, tooltip=N_("Scroll the article down"),
                id="article.down"),
        Binding("pageup", "page_up", N_("Page up"), show=False, tooltip=N_("Scroll the article a page up"),
                id="article.page_up"),
        Binding("pagedown,space", "page_down", N_("Page down"), show=False,
                tooltip=N_("Scroll the article a page down"), id="article.page_down"),
        Binding("home,g", "scroll_home", N_("Top"), show=False, tooltip=N_("The top: every field of the event"),
                id="article.top"),
        Binding("end,G", "scroll_end", N_("End"), show=False, tooltip=N_("The article's end"), id="article.end"),
        # shown in the footer while the article has matches (check_action), else the screen's
        # n/N (next/previous event) show; after the last match n goes on to the next event
        Binding("n", "match(1)", N_("Next match"),
                tooltip=N_("With a search: the next place it matches in the article, after the last the next event"),
                id="article.next_match"),
        Binding("N", "match(-1)", N_("Previous match"),
                tooltip=N_("With a search: the previous place it matches, before the first the previous event"),
                id="article.previous_match"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        translate_bindings(self)

    def compose(self):
        yield Static(id="fields")
        yield Static(id="art-pre")
        yield Static(id="art-hit")
        yield Static(id="art-post")

    def match_lines(self) -> list[int]:
        """The lines (in the scrolled content) that show a search match, top to bottom."""
        ys: set[int] = set()
        for part in self.query(Static):
            content = part.content
            width = part.content_region.width
            if not isinstance(content, Content) or width <= 0:
                continue
            if not any("underline" in str(span.style) for span in content.spans):
                continue
            top = part.virtual_region.y
            for i, line in enumerate(content.wrap(width)):
                if any("underline" in str(span.style) for span in line.spans):
                    ys.add(top + i)
        return sorted(ys)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "match":  # no search matches here: n and N go to the screen (next event)
            pane = self.parent
            return bool(getattr(pane, "matches", None))
        return True

    _at: tuple[object, int] | None = None  # (the event, the line of the match last gone to)

    def action_match(self, step: int) -> None:
        """Scroll the next (previous) match to the top third of the view; past the last
        (first) one, the next (previous) event. The match gone to is remembered: an
        article too short to scroll kept the same place, and n found the same match."""
        lines = self.match_lines()
        if not lines:
            return
        margin = max(1, self.size.height // 3)
        event = getattr(self.parent, "event", None)
        here = self._at[1] if self._at is not None and self._at[0] is event else int(self.scroll_y) + margin
        later = [y for y in lines if y > here] if step > 0 else [y for y in lines if y < here][::-1]
        if not later:
            self._at = None
            step_event = getattr(self.screen, "action_step_event", None)
            if step_event is not None:
                step_event(step)
            return
        self._at = (event, later[0])
        self.scroll_to(y=max(0, later[0] - margin), animate=False)

    def scroll_to_first_match(self) -> None:
        lines = self.match_lines()
        if lines:
            self.scroll_to(y=max(0, lines[0] - max(1, self.size.height // 3)), animate=False)


class DetailPane(Vertical):
    """A two-line summary that stays put, then the fields and the article, which scroll
    together: every field can be reached with the keys at any size (``i`` jumps between
    the fields and the event's sentence)."""

    BINDINGS = [
        Binding("escape", "screen.back", N_("Back"), tooltip=N_("Back to the timeline"), id="detail.back"),
        Binding("i", "toggle_fields", N_("Fields"),
                tooltip=N_("Jump between every field of the event and its sentence in the article"),
                id="detail.fields"),
        Binding("o", "toggle_other", N_("Other"),
                tooltip=N_("Show or fold the page text that is not the article (menus, related links…)"),
                id="detail.other"),
        Binding("C", "screen.correct", N_("Correct"),
                tooltip=N_("Correct this event: date, end date, type, partners, or not an event"),
                id="detail.correct"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.event: dict[str, Any] | None = None
        self.article: dict[str, Any] | None = None
        self.same_article = 0
        self.show_other = False
        self._field_rows = 0  # rows of the fields as last rendered (one line each)
        self.scroll_pending = False  # the view waits for the new text's layout to scroll to it
        self.matches: list[tuple[int, int]] = []  # where the search's phrases are in the article

    def compose(self):
        yield Static("", id="detail-summary")
        yield ArticleView(id="detail-article")

    # -- content --------------------------------------------------------------------------
    def show(self, event: dict[str, Any] | None, article: dict[str, Any] | None, same_article: int = 0,
             search: str = "") -> None:
        if article is not None and not article.get("source") and isinstance(article.get("text"), Message):
            reason = tr(article["text"])  # the article could not be read: why, in the user's language
            article = {**article, "text": reason, "title": tr(article.get("title") or ""),
                       "body_span": [0, len(reason)], "warnings": [reason]}
        self.event, self.article, self.same_article = event, article, same_article
        self.matches = match_spans((article or {}).get("text") or "", search) if search else []
        self._render_fields()
        self._render_article(scroll=True)

    def on_resize(self) -> None:
        if self.event is not None:
            self._render_fields()
            if self._text_width() != self._article_width:  # the article's lines are cut for a width
                self._render_article(scroll=False)

    _article_width = 0  # the width the article's lines were last cut for

    def _text_width(self) -> int:
        """Cells of the article's lines: the pane less the view's padding (1 + 1), the
        text's own (1) and the scrollbar (1)."""
        return max(10, (self.size.width or 80) - 4)

    def action_toggle_other(self) -> None:
        self.show_other = not self.show_other
        self._render_article(scroll=True)
        self.notify(_("Showing text that is not part of the article (marked ┆)") if self.show_other
                    else _("Folded text that is not part of the article"), timeout=2)

    def action_toggle_fields(self) -> None:
        """To the fields (the top) when the view is below them, else to the event's sentence."""
        view = self.query_one(ArticleView)
        fields = self.query_one("#fields", Static)
        if view.scroll_y > 0:
            view.scroll_home(animate=False)
        elif fields.outer_size.height < view.size.height and self._hit_on_screen():
            view.scroll_end(animate=False)
        else:
            view.scroll_to_widget(self.query_one("#art-hit"), top=True, animate=False)

    def _hit_on_screen(self) -> bool:
        view = self.query_one(ArticleView)
        hit = self.query_one("#art-hit", Static)
        bottom = hit.virtual_region.y + hit.outer_size.height
        return bottom - view.scroll_y <= view.size.height

    def _render_fields(self) -> None:
        ev = self.event
        fields = self.query_one("#fields", Static)
        summary = self.query_one("#detail-summary", Static)
        if ev is None:
            fields.update(Content(_("No event selected.")))
            summary.update("")
            return
        # the pane less the article view's padding (1 + 1), the fields' own (1) and the scrollbar (1)
        width = max(30, (self.size.width or 80) - 5)
        title = visible(ev.get("title")) or _("(untitled)")
        marker, date = format_date(ev)
        line2 = " · ".join(x for x in (marker.strip() + date, type_label(ev.get("type"), short=False),
                                         pair_label(ev)) if x)
        hint = "  " + _("i fields")  # "  i các trường" in Vietnamese: its own width, not 10
        summary.update(Content.assemble((_cut(title, width), "bold"), "\n", _cut(line2, width - cell_len(hint)),
                                        (hint, "dim")))
        names = event_names(ev)
        # the title as wide as the fields are (a row keeps a cell spare)
        lines: list[Content] = [Content(part).stylize("bold") for part in wrap_words(title, width + 1, names)]
        lines.append(Content(""))
        labels = [_(x) for x in LABELS]
        label_w = max(LABEL_W, max(cell_len(x) for x in labels) + 2)  # "Nguyên văn" needs 12

        def row(label: str, value: str) -> None:
            if value:
                for i, part in enumerate(wrap_words(visible(value), width - label_w, names)):
                    lines.append(Content.assemble(((label if i == 0 else "").ljust(label_w), "bold"), part))

        if ev.get("corrected"):  # a reader's correction (hoptac corrections lists them)
            from hoptac.core.store.corrections import describe

            said = shown_dates({k: v for k, v in (ev.get("extracted") or {}).items()
                                if k in ("date", "date_end", "type", "pair")})
            # in the interface's language ("loại ký kết"; it was "type signing" in Vietnamese too)
            was = tr(describe({"set": said})) if said else ""
            row(_("Corrected"), _("✎ by a reader") + ("; " + _("the extraction said: {was}").format(was=was)
                                                      if was else ""))
        row(_("Date"), date_detail(ev))
        row(_("Written"), written_line(ev))
        row(_("Year"), year_cue_line(ev))
        kind = type_label(ev.get("type"), short=False)
        row(_("Type"), kind + ("" if ev.get("main", True) else " " + _("(secondary event)")))
        row(_("Parties"), parties_label(ev.get("parties") or ()))
        row(_("Pair"), pair_line(ev))
        row(_("Location"), str(ev.get("location") or ""))
        people = [f"{p.get('name')}" + (f" — {p.get('title')}" if p.get("title") else "")
                  for p in ev.get("people") or ()]
        for i, person in enumerate(people):
            row(_("People") if i == 0 else "", person)
        row(_("Sectors"), ", ".join(str(s) for s in ev.get("sectors") or ()))
        art = self.article or {}
        source = str(ev.get("source") or art.get("source") or "")
        if art.get("published"):
            source += "   " + _("published {when}").format(when=published_line(str(art["published"])))
        row(_("Source"), source)
        if self.same_article <= 1:
            hint = _("a: this article")
        else:
            hint = ngettext("a: all {n} events of this article", "a: all {n} events of this article",
                            self.same_article).format(n=self.same_article)
        for i, part in enumerate(wrap_words(hint + " · " + _("c: copy JSON"), width - label_w)):
            lines.append(Content.assemble(("".ljust(label_w), ""), (part, "dim")))
        lines.append(Content.assemble(("".ljust(label_w), ""), (_("── Article ──"), "bold")))
        fields.update(Content("\n").join(lines))
        self._field_rows = len(lines)

    def _render_article(self, *, scroll: bool) -> None:
        pre = self.query_one("#art-pre", Static)
        hit_w = self.query_one("#art-hit", Static)
        post = self.query_one("#art-post", Static)
        art = self.article
        pre.display = post.display = False  # shown again below when they have text
        if self.event is None:
            for w in (pre, hit_w, post):
                w.update("")
            return
        if art is None or not art.get("text"):
            pre.update("")
            hit_w.update(Content(_("The article's text is not in the database.")).stylize("italic"))
            post.update("")
            return
        text: str = art["text"]
        n = len(text)
        hs, he = _span(self.event.get("span"), n)
        # split around the paragraph(s) holding the highlight
        if hs < he:
            cut_a = text.rfind("\n", 0, hs) + 1
            nl = text.find("\n", he)
            cut_b = n if nl < 0 else nl
        else:
            cut_a = cut_b = n
        runs = article_runs(art)
        width = self._article_width = self._text_width()
        names = event_names(self.event)
        for widget, a, b in ((pre, 0, cut_a), (hit_w, cut_a, cut_b), (post, cut_b, n)):
            part = self._part(text, runs, a, b, hs, he)
            content = Content.assemble(*part)
            # cut into lines here, names kept whole (Textual's own wrapping cuts "Nguyễn Văn" |
            # "Thành"); a space becomes the newline, so every span stays where it was
            widget.update(Content(break_lines(content.plain, width, names), content.spans))
            # an empty part takes no line (it took one, plus its margin: three blank lines
            # under "── Article ──" when the event's sentence opens the article)
            widget.display = bool(part) or widget is hit_w
        if scroll:
            view = self.query_one(ArticleView)
            if self.matches and not any(a < he and hs < b for a, b in self.matches):
                # the search matches, but not in the event's sentence: show the first match
                self.call_after_refresh(view.scroll_to_first_match)
            else:
                self.scroll_pending = True
                self.call_after_refresh(self._scroll_to_event, hs < he)

    def _scroll_to_event(self, has_hit: bool, tries: int = 12, last: tuple | None = None) -> None:
        """The fields and the sentence together when both fit, else the sentence at the top
        (once the new text is laid out: until then sizes are those of the last event).

        Layout can settle over more than one refresh (a busy machine, a screen above this
        one), so the scroll is made again after the next refresh until two passes see the
        same sizes and land on the same line: the view never stays where stale sizes put it."""
        view = self.query_one(ArticleView)
        fields = self.query_one("#fields", Static)
        hit = self.query_one("#art-hit", Static)
        laid_out = fields.outer_size.height == self._field_rows and (not has_hit or hit.outer_size.height > 0)
        if not laid_out and tries > 0:
            self.call_after_refresh(self._scroll_to_event, has_hit, tries - 1, last)
            return
        view.scroll_home(animate=False, immediate=True)
        if has_hit and not self._hit_on_screen():
            view.scroll_to_widget(hit, top=True, animate=False, immediate=True)
        here = (view.scroll_y, view.virtual_size.height, fields.outer_size.height, hit.outer_size.height,
                hit.virtual_region.y)
        if here != last and tries > 0:
            self.call_after_refresh(self._scroll_to_event, has_hit, tries - 1, here)
            return
        self.scroll_pending = False

    def _part(self, text: str, runs: list[tuple[int, int, bool]], a: int, b: int, hs: int,
              he: int) -> list[tuple[str, str]]:
        pieces: list[tuple[str, str] | str] = []
        folded = 0  # lines of folded text not yet said: folds with only blank lines between are one note

        def fold_note() -> None:
            nonlocal folded
            if folded:
                note = "┄ " + ngettext("{n} line not part of the article (o shows)",
                                       "{n} lines not part of the article (o shows)", folded).format(n=folded) + " ┄"
                pieces.append(("\n\n" + note + "\n\n", OTHER_STYLE))
            folded = 0

        for s, e, is_article in runs:
            s, e = max(s, a), min(e, b)
            if s >= e:
                continue
            touches_hit = s < he and hs < e
            if is_article and folded and not text[s:e].strip() and not touches_hit:
                continue  # blank lines between two folded runs
            if is_article:
                fold_note()
                pieces.extend(_highlighted(text, s, e, hs, he, self.matches))
            elif self.show_other or touches_hit:
                fold_note()
                chunk = text[s:e].strip("\n")
                if chunk.strip():
                    gutter = "┆ "
                    body = visible(chunk, keep_newlines=True).replace("\n", "\n" + gutter)
                    pieces.append(("\n\n" + gutter + body + "\n\n", OTHER_STYLE))
            else:
                folded += sum(1 for line in text[s:e].splitlines() if line.strip())
        fold_note()
        return _collapse(pieces)


