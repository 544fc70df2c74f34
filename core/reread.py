"""Stored articles read again by this version of the extractor, from the text the store holds.

Every stored article records the fingerprint of the extractor that read it
(``extract/version.py``) and its whole decoded text. :func:`reread_store` reads each article
another extractor read (``every``: each article) again from that text, through the path a
file takes in ``ingest`` (:func:`~hoptac.core.ingest.process_bytes`, with the stored source)
and the same batches (:func:`~hoptac.core.ingest.store_in_batches`): the store's "reread"
outcome replaces the old reading and moves a reader's corrections to the events read again.
The files the articles came from are not needed.

The article id is a hash of the decoded text: the stored text, as UTF-8 bytes, decodes to
itself (the decoder's clean-up is done once), so the reading keeps its id. A text that
would decode to another text (and so to another id) is not stored: it is a failure whose
reason says so, and the article keeps its reading, rather than being stored twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Iterator

from .ingest import (PARALLEL_FROM, FileResult, IngestSummary, PoolSlot, _chunk_size, packed, process_bytes,
                     store_in_batches)
from .messages import M_
from .extract.version import extractor_version
from .store.segments import Store
from .workers import InterruptFlag

__all__ = ["RereadSummary", "reread_store", "reread_text", "ROUND_TRIP"]

#: The reason given for a stored text that would not decode to itself.
ROUND_TRIP = M_("its stored text decodes to another text: not read again (its reading is kept)")


@dataclass(slots=True)
class RereadSummary(IngestSummary):
    current: int = 0   # articles this version read already (left alone)
    changed: int = 0   # stored texts that would not decode to themselves (among the failed)


def reread_text(text: str, source: str, article_id: str) -> FileResult:
    """An article's stored text read again, as ``ingest`` reads a file's bytes. Never raises;
    a text whose id would change is a failure (:data:`ROUND_TRIP`), without its item."""
    fr = process_bytes(text.encode("utf-8"), source, source)
    if fr.item is not None and fr.item.article["id"] != article_id:
        fr.item, fr.warnings, fr.error = None, [], ROUND_TRIP
    return fr


def _reread_packed(args: tuple[str, str, str]) -> FileResult:
    """In a worker: :func:`reread_text`, its item as the JSON the store writes (see ingest)."""
    return packed(reread_text(*args))


def _stored_texts(path: os.PathLike[str] | str, todo: set[str]) -> Iterator[tuple[str, str, str]]:
    """(text, source, id) of each article in ``todo``, one segment at a time, only the segments
    that hold one (read by a store object of its own: the batches' writes reload theirs)."""
    reader = Store(path)
    index = reader._index()
    wanted = {index[aid]["segment"] for aid in todo if aid in index}
    for name in reader.segment_names():
        if name in wanted:
            for art, _ in reader._live_in(name, index):
                if art["id"] in todo:
                    yield art.get("text") or "", art["source"], art["id"]


def reread_store(store: Store, *, every: bool = False,
                 on_progress: Callable[[FileResult], None] | None = None,
                 on_wait: Callable[[str], None] | None = None,
                 on_total: Callable[[int], None] | None = None,
                 workers: int | None = None) -> RereadSummary:
    """Read again every stored article another extractor read (``every``: every article).

    ``summary.current`` counts the articles left alone; each one read again is in
    ``summary.files`` once, "reread" or "failed" (or "unchanged": another hoptac read it
    again meanwhile). An interrupt stores what was finished and raises
    :class:`~hoptac.core.ingest.IngestInterrupted`; running it again continues with what is
    left (without ``every``)."""
    summary = RereadSummary()
    current = extractor_version()
    index = store._index() if store.exists else {}
    todo = {aid for aid, a in index.items() if every or a.get("extractor") != current}
    summary.current = len(index) - len(todo)
    summary.total = len(todo)
    if on_total:
        on_total(summary.total)
    n_workers = workers if workers is not None else (os.cpu_count() or 1)

    def results(stop: InterruptFlag) -> Iterator[FileResult]:
        with PoolSlot(stop) as slot:
            texts = _stored_texts(store.path, todo) if todo else iter(())
            if n_workers > 1 and len(todo) >= PARALLEL_FROM:
                done = slot.start(n_workers).imap(_reread_packed, texts,
                                                  chunksize=_chunk_size(len(todo), n_workers),
                                                  should_stop=lambda: bool(stop))
            else:
                done = (reread_text(*t) for t in texts)
            for fr in done:
                summary.changed += fr.error == ROUND_TRIP
                yield fr

    store_in_batches(store, summary, results, on_progress=on_progress, on_wait=on_wait, again=every)
    return summary
