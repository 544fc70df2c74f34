"""An article stored without the sentences its events quote (segment format of disk18).

Each event's ``snippet`` is the sentence of its article's ``text`` at its ``span``, and
a segment holds the article and its events side by side: storing the sentence twice
cost about a fifth of the store (22 MB of 202 MB at 100,000 events). A segment written
since therefore holds, in place of an article's ``text``, the text with those sentences
cut out::

    "text_cut": {"text": "<the text without them>",
                 "snippets": [s0, e0, s1, e1, …],
                 "events": [back, length, crc]}

``text[s:e]`` (original offsets, ascending, not overlapping) is the ``snippet`` of an
event of the same article, in the same segment, whose ``span`` is ``[s, e]``, or the
article's own ``title`` when ``[s, e]`` is its ``title_span``. The
article's events lie together in the segment's ``events`` table; ``events`` says where,
so that an article read by its offset (the caches' way, ``segrecords``) finds them
without reading the whole segment: their bytes begin ``back`` bytes before the end of
the segment file and run ``length`` bytes (from the first event's ``{`` to the last's
``}``), whose CRC-32 is ``crc``. A reader of the whole segment (``Store``) matches the
spans among the article's events instead. An article none of whose snippets is its
text's (or one stored before) keeps its ``text``: both forms read the same.

Events are stored whole, as the bytes ``orjson.dumps(event)`` gives: the command line's
fast paths copy them to the output as they lie, and are untouched by this.
"""

from __future__ import annotations

import zlib
from typing import Any, Iterable

import orjson

from ..messages import M_
from .errors import StoreError

__all__ = ["KEY", "cuts", "stored_form", "whole", "whole_from_region", "region_events"]

KEY = "text_cut"


def cuts(article: dict[str, Any], events: Iterable[dict[str, Any]]) -> list[int]:
    """The spans (flat: s0, e0, s1, e1, …) of ``article``'s text that its events quote
    exactly as their snippet: ascending, not overlapping, not empty."""
    text = article.get("text")
    if not isinstance(text, str) or KEY in article:
        return []
    spans: set[tuple[int, int]] = set()
    other: set[tuple[int, int]] = set()   # a span an event quotes otherwise: not cut (a reader takes any)
    for ev in (_title_quote(article), *events):
        span, snip = ev.get("span"), ev.get("snippet")
        if not (isinstance(span, list) and len(span) == 2):
            continue
        s, e = span
        if type(s) is not int or type(e) is not int:
            continue
        if isinstance(snip, str) and 0 <= s < e <= len(text) and e - s == len(snip) and text[s:e] == snip:
            spans.add((s, e))
        else:
            other.add((s, e))
    out: list[int] = []
    end = 0
    for s, e in sorted(spans - other):
        if s >= end:
            out += (s, e)
            end = e
    return out


def _title_quote(article: dict[str, Any]) -> dict[str, Any]:
    """The article's own title, quoted as an event quotes its sentence (at ``title_span``)."""
    return {"span": article.get("title_span"), "snippet": article.get("title")}


def stored_form(article: dict[str, Any], spans: list[int], where: tuple[int, int, int]) -> dict[str, Any]:
    """``article`` as a segment holds it: ``text`` in place replaced by ``text_cut``."""
    text: str = article["text"]
    pieces, at = [], 0
    for k in range(0, len(spans), 2):
        pieces.append(text[at:spans[k]])
        at = spans[k + 1]
    pieces.append(text[at:])
    cut = {"text": "".join(pieces), "snippets": spans, "events": list(where)}
    return {(KEY if k == "text" else k): (cut if k == "text" else v) for k, v in article.items()}


def _damaged() -> StoreError:
    return StoreError(M_("an article of the database cannot be put together again from its segment (a sentence "
                         "its events quote is missing); `hoptac repair` rebuilds the caches, `hoptac check` says more"))


def whole(article: dict[str, Any], events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The article with its whole ``text`` (the same dict when stored whole); ``events``:
    its events as its segment holds them (any others are passed over)."""
    cut = article.get(KEY)
    if cut is None:
        return article
    try:
        rest: str = cut["text"]
        spans = cut["snippets"]
        quoted: dict[tuple[int, int], str] = {}
        for ev in (_title_quote(article), *events):
            span = ev.get("span")
            if isinstance(span, list) and len(span) == 2:
                quoted.setdefault((span[0], span[1]), ev.get("snippet"))
        pieces, at, prev = [], 0, 0
        for k in range(0, len(spans), 2):
            s, e = spans[k], spans[k + 1]
            snip = quoted.get((s, e))
            if not isinstance(snip, str) or len(snip) != e - s or s < prev:
                raise _damaged()
            pieces.append(rest[at:at + s - prev])
            pieces.append(snip)
            at += s - prev
            prev = e
        pieces.append(rest[at:])
    except (KeyError, TypeError, IndexError):
        raise _damaged() from None
    text = "".join(pieces)
    return {("text" if k == KEY else k): (text if k == KEY else v) for k, v in article.items()}


def region_events(raw: bytes) -> list[dict[str, Any]]:
    """The events of an article's region of its segment (``{…},"12":{…}``)."""
    try:
        doc = orjson.loads(b'{"":' + raw + b"}")
    except orjson.JSONDecodeError:
        raise _damaged() from None
    return [e for e in doc.values() if isinstance(e, dict)]


def whole_from_region(article: dict[str, Any], read: Any) -> dict[str, Any]:
    """``whole`` for an article read by its offset: ``read(back, length)`` gives the bytes
    ``back`` bytes before the end of its segment (checked here against their CRC-32)."""
    cut = article.get(KEY)
    if cut is None:
        return article
    try:
        back, length, crc = cut["events"]
    except (KeyError, TypeError, ValueError):
        raise _damaged() from None
    raw = read(back, length)
    if len(raw) != length or zlib.crc32(raw) != crc:
        raise _damaged()
    return whole(article, region_events(raw))
