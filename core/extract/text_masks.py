"""A page's text with spans blanked out: what the rules read once the chrome, the captions and the
teasers are cut, every offset kept (each character of a span becomes a space, its newlines stay),
so that a match in the masked text is a match at the same place in the page."""

from __future__ import annotations

__all__ = ["masked"]


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces (newlines kept)."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    n = len(text)
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, n)
        if e <= s:
            continue
        out.append(text[pos:s])
        if text.find("\n", s, e) < 0:   # (most spans are a line, or part of one)
            out.append(" " * (e - s))
        else:
            out.append("\n".join(map(" ".__mul__, map(len, text[s:e].split("\n")))))   # (in C: no generator)
        pos = e
    out.append(text[pos:])
    return "".join(out)
