"""Sentence and paragraph spans of an article's text, for the event builder.

A sentence ends at a stop before a capital or at a line break (on a hard-wrapped page,
at a blank line), never after an abbreviation that stands before a name ("TP. Huế").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..scan import kept_code, shape_table
from .chrome import ABBREVIATION_END, ABBREVIATION_LAST

__all__ = ["abbreviated", "paragraphs", "sentence_at", "sentences", "stop_before"]


# A sentence ends at . ! ? … before a capital, except after an abbreviation that
# stands before names ("TP. Hồ Chí Minh", "TX. Sa Pa", "H. Bảo Yên", "Q. 1").
# (One character class first, so that the regex engine skips to stops and line breaks:
# three times faster than an alternation of the two cases.)
_SENTENCE_BREAK = re.compile(r"[.!?…\n](?:(?<=[.!?…])(\s+)(?=[\"“'(]?[A-ZÀ-ỸĐ0-9])|(?<=\n)\n*)")


# On a hard-wrapped page a line break is no sentence break: stops and blank lines are.
_SENTENCE_BREAK_WRAPPED = re.compile(r"[.!?…](\s+)(?=[\"“'(]?[A-ZÀ-ỸĐ0-9])|\n(?=[ \t]*\n)")


# Both rules can only start at a stop or a line break. Where the page's one-byte code is kept
# (scan.kept_code: the events' pass keeps it for the places and the people), those characters
# are found at once -- the code translated so that each is "!", then a literal searched (the
# engine skips to it) -- and the rule is tried only there, instead of its first class being
# tried at every character of the body (half the cost of this function).
_BREAK_MARK = shape_table(lambda c: "!" if c in ".!?…\n" else " ")
_MARK = re.compile(rb"!")


def _matches(rx: re.Pattern, text: str, start: int, end: int) -> Iterator[re.Match]:
    """``rx.finditer(text, start, end)`` for a rule whose matches start at ".!?…" or a line break."""
    code = kept_code(text)
    if code is None:
        yield from rx.finditer(text, start, end)
        return
    after = start   # where finditer would search next: after the last match
    # (an empty span sliced as b"" by hand: mypyc's bytes slice raises SystemError when start > end)
    for hit in _MARK.finditer(code[start:end].translate(_BREAK_MARK) if start < end else b""):
        p = start + hit.start()
        if p >= after and (m := rx.match(text, p, end)) is not None:
            after = m.end()
            yield m


def sentences(text: str, start: int, end: int, wrapped: bool = False) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``: split at '. ', '! ', '? ' and line breaks
    (on a hard-wrapped page, at blank lines instead of line breaks)."""
    spans = []
    s = start
    for m in _matches(_SENTENCE_BREAK_WRAPPED if wrapped else _SENTENCE_BREAK, text, start, end):
        e = m.start(1)   # after the stop, or (group 1 unmatched: -1) the line break
        if e < 0:
            e = m.start()
        if text[e - 1:e] == "." and text[e - 2:e - 1] in ABBREVIATION_LAST \
                and ABBREVIATION_END.search(text, max(s, e - 5), e):
            continue
        if text[s:e].strip():
            spans.append((s, e))
        s = m.end()
    if text[s:end].strip():
        spans.append((s, end))
    return spans


def sentence_at(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence that holds ``pos``; an empty span at ``pos`` when none does."""
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return pos, pos


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraph spans in ``text[start:end]``: the non-blank lines."""
    out, pos = [], start
    e = text.find("\n", start, end)
    while e != -1:
        if text[pos:e].strip():
            out.append((pos, e))
        pos = e + 1
        e = text.find("\n", pos, end)
    if text[pos:end].strip():
        out.append((pos, end))
    return out


def abbreviated(text: str, i: int) -> bool:
    """The full stop at ``i`` ends an abbreviated level or title ("TP. Hồ Chí Minh", "TX. Sa Pa", "Q. 1"):
    no clause or sentence ends there (as :func:`sentences` reads it)."""
    return text[i:i + 1] == "." and text[i - 1:i] in ABBREVIATION_LAST \
        and ABBREVIATION_END.search(text, max(0, i - 5), i + 1) is not None


def stop_before(text: str, lo: int, pos: int) -> int:
    """The last full stop in ``text[lo:pos]`` that ends no abbreviation, or -1: "hội nghị tổng kết chương trình hợp
    tác giữa tỉnh A và TP. HCM giai đoạn 2009 - 2017" is one clause (year_cues reads a year's clause back to its
    review word across "TP.")."""
    i = text.rfind(".", lo, pos)
    while i >= 0 and abbreviated(text, i):
        i = text.rfind(".", lo, i)
    return i
