"""An article and its events as the JSON a segment holds: :class:`PackedItem` (encoded
where the article was extracted, in an ingest's worker, the article already in the form a
segment stores it: see ``textcut``) and :func:`segment_json` (a segment's bytes put
together from its parts' JSON)."""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Any

import orjson

from .textcut import KEY, cuts, stored_form, whole

if TYPE_CHECKING:
    from .segments import IngestItem

__all__ = ["PackedItem", "pack", "segment_json", "head_of", "n_events_of"]

_HEAD = ("id", "source", "extractor")  # what storing an article reads of it


def pack(article: dict[str, Any], events: list[dict[str, Any]]) -> "PackedItem":
    head = {k: article[k] for k in _HEAD if k in article}
    events_json = [orjson.dumps(ev) for ev in events]
    spans = cuts(article, events)
    if spans and events:  # stored cut (``segment_json``): only where the events are lies open
        return PackedItem(head, len(events), None, events_json, spans, cut_json(article, spans))
    return PackedItem(head, len(events), orjson.dumps(article), events_json, spans)


def cut_json(article: dict[str, Any], spans: list[int]) -> tuple[bytes, bytes]:
    """``orjson.dumps(stored_form(article, spans, where))`` in two parts, before and after
    the digits of ``where`` (``b"%d,%d,%d" % where``), which only the segment's layout
    gives: made where the article is extracted, so that the process storing it only puts
    bytes together (orjson writes a dict as its items' JSON between braces, no spaces)."""
    keys = list(article)
    at = keys.index("text")
    before = orjson.dumps({k: article[k] for k in keys[:at]})[1:-1]
    after = orjson.dumps({k: article[k] for k in keys[at + 1:]})[1:-1]
    cut = orjson.dumps(stored_form({"text": article["text"]}, spans, (0, 0, 0))[KEY])
    assert cut.endswith(b"[0,0,0]}")
    return (b"{" + (before + b"," if before else b"") + b'"%s":' % KEY.encode() + cut[:-8] + b"[",
            b"]}" + (b"," + after if after else b"") + b"}")


class PackedItem:
    """An article and its events as the JSON a segment holds them, encoded where they
    were extracted (an ingest's worker process): the process that stores them sends the
    bytes to the segment as they are, and decodes ``article`` and ``events`` only when
    something asks for them (a reader's corrections to follow, caches to update). From a
    worker, bytes cost little to send between processes; dictionaries cost much more."""

    __slots__ = ("head", "n_events", "article_json", "events_json", "cuts", "cut", "_article", "_events")

    def __init__(self, head: dict[str, Any], n_events: int, article_json: bytes | None, events_json: list[bytes],
                 cuts: list[int] | None = None, cut: tuple[bytes, bytes] | None = None) -> None:
        self.head, self.n_events = head, n_events
        self.article_json, self.events_json = article_json, events_json
        self.cuts = cuts or []  # the spans of the text its events quote (``textcut.cuts``)
        self.cut = cut  # the article as stored (``cut_json``), in place of ``article_json``
        self._article: dict[str, Any] | None = None
        self._events: list[dict[str, Any]] | None = None

    def __getstate__(self) -> tuple:
        return self.head, self.n_events, self.article_json, self.events_json, self.cuts, self.cut

    def __setstate__(self, state: tuple) -> None:
        self.head, self.n_events, self.article_json, self.events_json, self.cuts, self.cut = state
        self._article = self._events = None

    @property
    def article(self) -> dict[str, Any]:
        if self._article is None:
            if self.article_json is not None:
                self._article = orjson.loads(self.article_json)
            else:  # stored cut: its text put together again from its events' sentences
                assert self.cut is not None
                self._article = whole(orjson.loads(b"0,0,0".join(self.cut)), self.events)
        return self._article

    @property
    def events(self) -> list[dict[str, Any]]:
        if self._events is None:
            self._events = [orjson.loads(b) for b in self.events_json]
        return self._events


def head_of(item: "IngestItem | PackedItem") -> dict[str, Any]:
    return item.head if isinstance(item, PackedItem) else item.article


def n_events_of(item: "IngestItem | PackedItem") -> int:
    return item.n_events if isinstance(item, PackedItem) else len(item.events)


def segment_json(items: "list[IngestItem | PackedItem]") -> bytes:
    """``orjson.dumps({"articles": {"1": article, …}, "events": {"1": event, …}})``,
    put together from each article's and event's own JSON (orjson writes a dict with no
    spaces, so a document is the concatenation of its parts' JSON). An article whose
    events quote its text is written without those sentences (``textcut``): where its
    events lie is known once they are laid out, so the events are put together first."""
    ev_parts: list[bytes] = []
    regions: list[tuple[int, int] | None] = []
    pos = k = 0
    for it in items:
        first = None
        for ev in (it.events_json if isinstance(it, PackedItem) else [orjson.dumps(e) for e in it.events]):
            k += 1
            head = b'%s"%d":' % (b"," if k > 1 else b"", k)
            ev_parts.append(head)
            pos += len(head)
            if first is None:
                first = pos
            ev_parts.append(ev)
            pos += len(ev)
        regions.append(None if first is None else (first, pos))
    events = b"".join(ev_parts)
    tail = len(events) + 2   # the bytes from the events table's first record to the end: its own and ``}}``
    parts = [b'{"articles":{']
    for k, (it, region) in enumerate(zip(items, regions), 1):
        if k > 1:
            parts.append(b",")
        parts.append(b'"%d":' % k)
        spans = it.cuts if isinstance(it, PackedItem) else (cuts(it.article, it.events) if region else [])
        if spans and region is not None and isinstance(it, PackedItem) and it.cut is not None:
            s, e = region
            parts += (it.cut[0], b"%d,%d,%d" % (tail - s, e - s, zlib.crc32(memoryview(events)[s:e])), it.cut[1])
        elif spans and region is not None:
            s, e = region
            where = (tail - s, e - s, zlib.crc32(memoryview(events)[s:e]))
            parts.append(orjson.dumps(stored_form(it.article, spans, where)))
        else:
            parts.append(it.article_json if isinstance(it, PackedItem) and it.article_json is not None
                         else orjson.dumps(it.article))
    parts.append(b'},"events":{')
    parts.append(events)
    parts.append(b"}}")
    return b"".join(parts)
