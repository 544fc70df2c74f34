"""The detail pane: one event's fields, then its article's original text.

The event's sentence (its ``span`` in the article text) is highlighted with reverse and bold
(visible without colour) and scrolled into view. Text that is not the article (everything
outside ``body_span`` and each ``boilerplate`` span: related lists, counters, comment forms)
is folded into a marked one-line note, or shown behind a ``┆`` gutter after ``o``.

Article and event text only ever reaches the screen as plain strings inside ``Content``.
"""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from .text import date_detail, visible

__all__ = ["ArticleView", "DetailPane", "article_runs"]

HIT_STYLE = "bold reverse"
OTHER_STYLE = "dim italic"
LABEL_W = 10


def article_runs(article: dict[str, Any]) -> list[tuple[int, int, bool]]:
    """The article text as (start, end, is_article) runs, in order, covering all of it."""
    text = article.get("text") or ""
    n = len(text)
    body = article.get("body_span") or [0, n]
    try:
        b0, b1 = max(0, int(body[0])), min(n, int(body[1]))
    except (TypeError, ValueError, IndexError):
        b0, b1 = 0, n
    other: list[tuple[int, int]] = [(0, b0), (b1, n)]
    for span in article.get("boilerplate") or ():
        try:
            s, e = max(0, int(span[0])), min(n, int(span[1]))
        except (TypeError, ValueError, IndexError):
            continue
        if s < e:
            other.append((s, e))
    other = sorted((s, e) for s, e in other if s < e)
    runs: list[tuple[int, int, bool]] = []
    pos = 0
    for s, e in other:
        if e <= pos:
            continue
        s = max(s, pos)
        if s > pos:
            runs.append((pos, s, True))
        runs.append((s, e, False))
        pos = e
    if pos < n:
        runs.append((pos, n, True))
    return runs


def year_cue_line(event: dict[str, Any]) -> str:
    """"year 2023 from 'phương hướng hợp tác năm 2023'": the words that gave the year
    (the event's ``year_cue``); empty when the year is unknown or stated as such."""
    cue = event.get("year_cue")
    year = str(event.get("date") or "")[:4]
    if not isinstance(cue, dict) or not cue.get("text") or not year.isdigit():
        return ""
    return f"year {year} from '{cue['text']}'"


def _tidy(s: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", s)


class ArticleView(VerticalScroll, can_focus=True):
    """The scrolling article text (three parts, so the highlighted one can be scrolled to)."""

    BINDINGS = [
        Binding("up,k", "scroll_up", "Scroll up", show=False, tooltip="Scroll the article up"),
        Binding("down,j", "scroll_down", "Scroll down", show=False, tooltip="Scroll the article down"),
        Binding("pageup", "page_up", "Page up", show=False, tooltip="Scroll the article a page up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, tooltip="Scroll the article a page down"),
        Binding("home,g", "scroll_home", "Top", show=False, tooltip="The article's start"),
        Binding("end,G", "scroll_end", "End", show=False, tooltip="The article's end"),
    ]

    def compose(self):
        yield Static(id="art-pre")
        yield Static(id="art-hit")
        yield Static(id="art-post")


class DetailPane(Vertical):
    BINDINGS = [
        Binding("escape", "screen.back", "Back", tooltip="Back to the timeline"),
        Binding("o", "toggle_other", "Other text",
                tooltip="Show or fold the page text that is not the article (menus, related links…)"),

    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.event: dict[str, Any] | None = None
        self.article: dict[str, Any] | None = None
        self.same_article = 0
        self.show_other = False

    def compose(self):
        with VerticalScroll(id="detail-fields", can_focus=False):
            yield Static("", id="fields")
        yield ArticleView(id="detail-article")

    # -- content --------------------------------------------------------------------------
    def show(self, event: dict[str, Any] | None, article: dict[str, Any] | None, same_article: int = 0) -> None:
        self.event, self.article, self.same_article = event, article, same_article
        self._render_fields()
        self._render_article(scroll=True)

    def on_resize(self) -> None:
        if self.event is not None:
            self._render_fields()

    def action_toggle_other(self) -> None:
        self.show_other = not self.show_other
        self._render_article(scroll=True)
        self.notify("Showing text that is not part of the article (marked ┆)" if self.show_other
                    else "Folded text that is not part of the article", timeout=2)

    def _render_fields(self) -> None:
        ev = self.event
        fields = self.query_one("#fields", Static)
        if ev is None:
            fields.update(Content("No event selected."))
            return
        lines: list[Content] = [Content(visible(ev.get("title")) or "(untitled)").stylize("bold"), Content("")]

        width = max(30, (self.size.width or 80) - 3)

        def row(label: str, value: str) -> None:
            if value:
                for i, part in enumerate(_hang(visible(value), width - LABEL_W)):
                    lines.append(Content.assemble(((label if i == 0 else "").ljust(LABEL_W), "bold"), part))

        row("Date", date_detail(ev))
        row("Written", f"“{ev['date_text']}”" if ev.get("date_text") else "")
        row("Year", year_cue_line(ev))
        row("Type", str(ev.get("type") or "other") + ("" if ev.get("main", True) else " (secondary event)"))
        parties = []
        for p in ev.get("parties") or ():
            name, level, prov = p.get("name") or "?", p.get("level"), p.get("province")
            extra = ", ".join(str(x) for x in (level, prov if prov and prov != name else None, p.get("country")) if x)
            parties.append(f"{name} ({extra})" if extra else str(name))
        row("Parties", " · ".join(parties))
        pair = " – ".join(str(x) for x in ev.get("pair") or ())
        p25 = " – ".join(str(x) for x in ev.get("pair_2025") or ())
        row("Pair", pair + (f"   (on the 2025 map: {p25})" if p25 and p25 != pair else ""))
        row("Location", str(ev.get("location") or ""))
        people = [f"{p.get('name')}" + (f" — {p.get('title')}" if p.get("title") else "")
                  for p in ev.get("people") or ()]
        for i, person in enumerate(people):
            row("People" if i == 0 else "", person)
        row("Sectors", ", ".join(str(s) for s in ev.get("sectors") or ()))
        art = self.article or {}
        source = str(ev.get("source") or art.get("source") or "")
        if art.get("published"):
            source += f"   published {art['published']}"
        row("Source", source)
        hint = "a: this article" if self.same_article <= 1 else f"a: all {self.same_article} events of this article"
        lines.append(Content.assemble(("".ljust(LABEL_W), ""), (hint + " · c: copy JSON", "dim")))
        fields.update(Content("\n").join(lines))

    def _render_article(self, *, scroll: bool) -> None:
        pre = self.query_one("#art-pre", Static)
        hit_w = self.query_one("#art-hit", Static)
        post = self.query_one("#art-post", Static)
        art = self.article
        if self.event is None:
            for w in (pre, hit_w, post):
                w.update("")
            return
        if art is None or not art.get("text"):
            pre.update(Content("── Article ──\n").stylize("bold"))
            hit_w.update(Content("The article's text is not in the database.").stylize("italic"))
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
        pre.update(Content.assemble(("── Article ──\n\n", "bold"), *self._part(text, runs, 0, cut_a, hs, he)))
        hit_w.update(Content.assemble(*self._part(text, runs, cut_a, cut_b, hs, he)))
        post.update(Content.assemble(*self._part(text, runs, cut_b, n, hs, he)))
        if scroll:
            view = self.query_one(ArticleView)
            if hs < he:
                self.call_after_refresh(view.scroll_to_widget, hit_w, top=True, animate=False)
            else:
                self.call_after_refresh(view.scroll_home, animate=False)

    def _part(self, text: str, runs: list[tuple[int, int, bool]], a: int, b: int, hs: int,
              he: int) -> list[tuple[str, str]]:
        pieces: list[tuple[str, str] | str] = []
        for s, e, is_article in runs:
            s, e = max(s, a), min(e, b)
            if s >= e:
                continue
            touches_hit = s < he and hs < e
            if is_article:
                pieces.extend(_highlighted(text, s, e, hs, he))
            elif self.show_other or touches_hit:
                chunk = text[s:e].strip("\n")
                if chunk.strip():
                    gutter = "┆ "
                    body = visible(chunk, keep_newlines=True).replace("\n", "\n" + gutter)
                    pieces.append(("\n\n" + gutter + body + "\n\n", OTHER_STYLE))
            else:
                chunk = text[s:e]
                if chunk.strip():
                    lines = sum(1 for line in chunk.splitlines() if line.strip())
                    note = f"┄ {lines} line{'s' if lines != 1 else ''} not part of the article (o shows) ┄"
                    pieces.append(("\n\n" + note + "\n\n", OTHER_STYLE))
        return _collapse(pieces)


def _highlighted(text: str, s: int, e: int, hs: int, he: int) -> list[tuple[str, str] | str]:
    out: list[tuple[str, str] | str] = []
    if hs < he and s < he and hs < e:
        a, b = max(s, hs), min(e, he)
        if s < a:
            out.append(_tidy(visible(text[s:a], keep_newlines=True)))
        out.append((visible(text[a:b], keep_newlines=True), HIT_STYLE))
        if b < e:
            out.append(_tidy(visible(text[b:e], keep_newlines=True)))
    else:
        out.append(_tidy(visible(text[s:e], keep_newlines=True)))
    return out


def _collapse(pieces: list[tuple[str, str] | str]) -> list[tuple[str, str]]:
    """At most one blank line between paragraphs, none at the start or the end."""
    out: list[tuple[str, str]] = []
    trailing = 2  # as if preceded by a blank line: drop leading newlines
    for piece in pieces:
        s, style = (piece, "") if isinstance(piece, str) else piece
        s = re.sub(r"\n[ \t]*(?=\n)", "\n", s)  # lines of spaces are blank lines
        s = re.sub(r"\n{3,}", "\n\n", s)
        lead = len(s) - len(s.lstrip("\n"))
        if lead + trailing > 2:
            s = s[min(lead, lead + trailing - 2):]
        if not s:
            continue
        out.append((s, style))
        body = s.rstrip("\n")
        trailing = (len(s) - len(body)) + (trailing if not body else 0)
    while out:
        s, style = out[-1]
        s = s.rstrip("\n")
        if s:
            out[-1] = (s, style)
            break
        out.pop()
    return out


def _hang(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` cells, at spaces where possible."""
    width = max(10, width)
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if cell_len(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while cell_len(word) > width:  # a word longer than the line
            cut = width
            while cut > 1 and cell_len(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    lines.append(line)
    return lines


def _span(span: Any, n: int) -> tuple[int, int]:
    try:
        s, e = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return 0, 0
    s, e = max(0, min(s, n)), max(0, min(e, n))
    return (s, e) if s < e else (0, 0)
