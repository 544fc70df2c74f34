"""What free-text search looks in: an event's or an article's folded words.

Search matches folded words (no accents, no case, đ→d), so the caches keep each event's
own text (title, snippet, location, names) and each article's title and body (the
boilerplate left out) as words: one line of ``search.txt`` / ``bodies.txt`` each, and
postings in the word index (``wordindex``).
"""

from __future__ import annotations

import re
from typing import Any

from ..scan import fast_fold

__all__ = ["fold_words", "words_line", "event_words", "body_words", "event_haystack", "body_haystack"]

_WORDS = re.compile(r"[^\W_]+")


def fold_words(text: str) -> list[str]:
    """The folded words of ``text``: 'Hội nghị sơ kết' → ['hoi', 'nghi', 'so', 'ket'].
    (Stored text is NFC already, so the fast same-length fold is enough.)"""
    return _WORDS.findall(fast_fold(text))


def words_line(words: list[str]) -> str:
    """Words with one space around each: ' hoi nghi so ket ' — so that search finds a
    whole word as ' word ' and a word being typed as ' wor'."""
    return " " + " ".join(words) + " "


def event_words(ev: dict[str, Any]) -> list[str]:
    """What free-text search looks in for an event: title, snippet, names."""
    bits = [ev.get("title") or "", ev.get("snippet") or "", ev.get("location") or ""]
    bits += [p.get("name") or "" for p in ev.get("parties") or ()]
    bits += [p.get("name") or "" for p in ev.get("people") or ()]
    return fold_words(" ".join(bits))


def body_words(article: dict[str, Any]) -> list[str]:
    """What free-text search looks in for an article: its title and body."""
    text = article.get("text") or ""
    s, e = (article.get("body_span") or [0, len(text)])[:2]
    return fold_words((article.get("title") or "") + " " + text[s:e])


def event_haystack(ev: dict[str, Any]) -> str:
    return words_line(event_words(ev))


def body_haystack(article: dict[str, Any]) -> str:
    return words_line(body_words(article))
