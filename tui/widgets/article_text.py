"""The article's text for the detail pane: which runs are the article and which are not,
the event's sentence and search matches marked, blank lines tidied, lines cut to a width.
Plain strings and (text, style) pairs only: the pane wraps them in ``Content``."""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len

from .text import visible

__all__ = ["HIT_STYLE", "MATCH_STYLE", "OTHER_STYLE", "article_runs"]

HIT_STYLE = "bold reverse"
MATCH_STYLE = "bold underline"   # what a search found (inside the event's sentence: both)
OTHER_STYLE = "dim italic"


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


def _tidy(s: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", s)


def _highlighted(text: str, s: int, e: int, hs: int, he: int,
                 matches: list[tuple[int, int]] = ()) -> list[tuple[str, str] | str]:  # type: ignore[assignment]
    """``text[s:e]`` in pieces: the event's sentence (``hs``..``he``) in HIT_STYLE, the
    search's matches in MATCH_STYLE (both inside the sentence)."""
    cuts = {s, e}
    if hs < he:
        cuts.update(x for x in (hs, he) if s < x < e)
    inside = [(a, b) for a, b in matches if a < e and s < b]
    for a, b in inside:
        cuts.update(x for x in (a, b) if s < x < e)
    bounds = sorted(cuts)
    out: list[tuple[str, str] | str] = []
    for a, b in zip(bounds, bounds[1:]):
        hit = hs < he and hs <= a < he
        match = any(ma <= a < mb for ma, mb in inside)
        chunk = visible(text[a:b], keep_newlines=True)
        if hit or match:
            style = " ".join(x for x in (HIT_STYLE if hit else "", "underline" if hit and match else "",
                                         MATCH_STYLE if match and not hit else "") if x)
            out.append((chunk, style))
        else:
            out.append(_tidy(chunk))
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


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells with "…"."""
    if cell_len(text) <= width:
        return text
    while text and cell_len(text) > width - 1:
        text = text[:-1]
    return text + "…"


def _span(span: Any, n: int) -> tuple[int, int]:
    try:
        s, e = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return 0, 0
    s, e = max(0, min(s, n)), max(0, min(e, n))
    return (s, e) if s < e else (0, 0)
