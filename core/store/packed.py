"""An article and its events as the JSON a segment holds: :class:`PackedItem` (encoded
where the article was extracted, in an ingest's worker) and :func:`segment_json` (a
segment's bytes put together from its parts' JSON)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from .segments import IngestItem

__all__ = ["PackedItem", "pack", "segment_json", "head_of", "n_events_of"]

_HEAD = ("id", "source", "extractor")  # what storing an article reads of it


def pack(article: dict[str, Any], events: list[dict[str, Any]]) -> "PackedItem":
    return PackedItem({k: article[k] for k in _HEAD if k in article}, len(events), orjson.dumps(article),
                      [orjson.dumps(ev) for ev in events])


class PackedItem:
    """An article and its events as the JSON a segment holds them, encoded where they
    were extracted (an ingest's worker process): the process that stores them sends the
    bytes to the segment as they are, and decodes ``article`` and ``events`` only when
    something asks for them (a reader's corrections to follow, caches to update). From a
    worker, bytes cost little to send between processes; dictionaries cost much more."""

    __slots__ = ("head", "n_events", "article_json", "events_json", "_article", "_events")

    def __init__(self, head: dict[str, Any], n_events: int, article_json: bytes, events_json: list[bytes]) -> None:
        self.head, self.n_events = head, n_events
        self.article_json, self.events_json = article_json, events_json
        self._article: dict[str, Any] | None = None
        self._events: list[dict[str, Any]] | None = None

    def __getstate__(self) -> tuple:
        return self.head, self.n_events, self.article_json, self.events_json

    def __setstate__(self, state: tuple) -> None:
        self.head, self.n_events, self.article_json, self.events_json = state
        self._article = self._events = None

    @property
    def article(self) -> dict[str, Any]:
        if self._article is None:
            self._article = orjson.loads(self.article_json)
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
    the same bytes, put together from each article's and event's own JSON (orjson writes
    a dict with no spaces, so a document is the concatenation of its parts' JSON)."""
    parts = [b'{"articles":{']
    for k, it in enumerate(items, 1):
        if k > 1:
            parts.append(b",")
        parts.append(b'"%d":' % k)
        parts.append(it.article_json if isinstance(it, PackedItem) else orjson.dumps(it.article))
    parts.append(b'},"events":{')
    k = 0
    for it in items:
        for ev in (it.events_json if isinstance(it, PackedItem) else [orjson.dumps(e) for e in it.events]):
            k += 1
            if k > 1:
                parts.append(b",")
            parts.append(b'"%d":' % k)
            parts.append(ev)
    parts.append(b"}}")
    return b"".join(parts)
