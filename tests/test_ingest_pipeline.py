"""The ingest's way from the workers to the store: articles and events travel as the JSON
the segment holds (core/store/packed.py), segments are put together from those parts,
and batches are written by a thread while extraction goes on (core/batches.py). The
stored result must be the same as the plain path's, byte for byte."""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings, strategies as st

import hoptac.core.ingest as ingest
from hoptac.core.ingest import _chunk_size, ingest_paths
from hoptac.core.store.packed import PackedItem, head_of, n_events_of, segment_json
from hoptac.core.store.segments import IngestItem, Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faults import check_consistent, make_corpus  # noqa: E402

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
_JSON = st.recursive(st.none() | st.booleans() | st.integers(-2**53, 2**53) | _TEXT,
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
                     max_leaves=12)
_ARTICLE = st.fixed_dictionaries({"id": _TEXT, "source": _TEXT, "text": _TEXT},
                                 optional={"extractor": _TEXT, "extra": _JSON})
_EVENTS = st.lists(st.dictionaries(_TEXT, _JSON, max_size=5), max_size=4)


def _whole(items: list[IngestItem]) -> bytes:
    arts = {str(k): it.article for k, it in enumerate(items, 1)}
    evs = {str(k): ev for k, ev in enumerate((ev for it in items for ev in it.events), 1)}
    return orjson.dumps({"articles": arts, "events": evs})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_ARTICLE, _EVENTS), max_size=6), st.lists(st.booleans(), min_size=6, max_size=6))
def test_a_segment_put_together_from_parts_is_the_whole_documents_json(pairs, packed) -> None:
    items = [IngestItem(a, evs) for a, evs in pairs]
    mixed = [it.pack() if p else it for it, p in zip(items, packed)]
    assert segment_json(mixed) == _whole(items)
    assert segment_json([it.pack() for it in items]) == _whole(items)


@settings(max_examples=80, deadline=None)
@given(_ARTICLE, _EVENTS)
def test_a_packed_item_crosses_processes_as_bytes_and_reads_back_the_same(article, events) -> None:
    item = IngestItem(article, events)
    back = pickle.loads(pickle.dumps(item.pack()))
    assert isinstance(back, PackedItem)
    assert back.article == article and back.events == events  # JSON-native values: equal as they were
    assert head_of(back) == {k: article[k] for k in ("id", "source", "extractor") if k in article}
    assert n_events_of(back) == len(events) == n_events_of(item)


def test_a_packed_item_is_decoded_only_when_asked() -> None:
    item = IngestItem({"id": "a", "source": "s", "text": "x"}, [{"id": "e"}]).pack()
    item.article_json = b"not json"  # decoding it would fail: storing it must not decode it
    assert head_of(item)["id"] == "a" and n_events_of(item) == 1
    with pytest.raises(orjson.JSONDecodeError):
        item.article


def _read(db: Path) -> tuple[list, list]:
    s = Store(db)
    return (sorted(s.articles(), key=lambda a: a["id"]), sorted(s.events(), key=lambda e: e["id"]))


def test_the_pool_stores_what_one_process_stores(tmp_path: Path, monkeypatch) -> None:
    files = make_corpus(tmp_path / "in", ingest.PARALLEL_FROM + 6, tag="p")
    monkeypatch.setattr(ingest, "BATCH_FILES", 25)  # three writes, two of them while extraction goes on
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    s1 = ingest_paths(Store(one), files, workers=1)
    s2 = ingest_paths(Store(two), files, workers=2)
    assert s1.count("new") == s2.count("new") == len(files) and s2.commits >= 3
    assert s1.events_added == s2.events_added > 0
    assert _read(one) == _read(two)
    assert check_consistent(two)[0] == len(files)  # opened: the caches are built


def test_packed_items_update_fresh_caches_as_plain_ones_do(tmp_path: Path, monkeypatch) -> None:
    from hoptac.core.library import Library

    first = make_corpus(tmp_path / "a", 5, tag="u")
    more = make_corpus(tmp_path / "b", ingest.PARALLEL_FROM + 2, tag="v")
    import hoptac.core.batches as batches

    updated = []
    real_update = batches.update_caches
    monkeypatch.setattr(batches, "update_caches", lambda *a: updated.append(real_update(*a)) or updated[-1])
    for workers in (1, 2):
        db = tmp_path / f"db{workers}.json"
        ingest_paths(Store(db), first, workers=1)
        Library.open(db)  # the caches, fresh: the next ingest updates them instead of leaving them
        calls = []
        real = batches.Batches._apply

        def spy(self, ready, on_wait, _real=real):
            calls.append(type(ready[0].item).__name__)
            return _real(self, ready, on_wait)

        monkeypatch.setattr(batches.Batches, "_apply", spy)
        ingest_paths(Store(db), more, workers=workers)
        monkeypatch.setattr(batches.Batches, "_apply", real)
        assert calls and set(calls) == {"PackedItem" if workers == 2 else "IngestItem"}
        assert updated[-1] is True  # updated in place, not left to be rebuilt
        assert check_consistent(db)[0] == len(first) + len(more)
    assert _read(tmp_path / "db1.json") == _read(tmp_path / "db2.json")


def test_the_writer_thread_does_not_wait_for_another_writer(tmp_path: Path, monkeypatch) -> None:
    """Another process holds the write lock: the thread hands its batch back instead of
    waiting; the main thread waits (and says so, where a second Ctrl+C can end the wait),
    and stores everything once the lock is free."""
    files = make_corpus(tmp_path / "in", 12, tag="l")
    db = tmp_path / "db.json"
    monkeypatch.setattr(ingest, "BATCH_FILES", 4)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom filelock import FileLock\nlock = FileLock(sys.argv[1])\nlock.acquire()\n"
        "print('held', flush=True)\ntime.sleep(60)\n"), str(db) + ".lock"], stdout=subprocess.PIPE, text=True)
    waits: list[bool] = []
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"

        def on_wait(message: str) -> None:
            waits.append(threading.current_thread() is threading.main_thread())
            holder.kill()  # the other process ends: the lock is free
            holder.wait()

        summary = ingest_paths(Store(db), files, on_wait=on_wait, workers=1)
    finally:
        holder.kill()
        holder.wait()
    assert waits == [True]
    assert summary.count("new") == len(files) and summary.commits == 1
    assert check_consistent(db)[0] == len(files)


def test_a_failed_write_in_the_thread_is_reported_and_nothing_is_half_stored(tmp_path: Path, monkeypatch) -> None:
    from hoptac.core.store.storage import StoreError

    files = make_corpus(tmp_path / "in", 10, tag="f")
    db = tmp_path / "db.json"
    monkeypatch.setattr(ingest, "BATCH_FILES", 3)
    real = Store.apply
    calls = []

    def failing(self, items, **kw):
        calls.append(threading.current_thread().name)
        if len(calls) == 2:
            raise StoreError("disk on fire")
        return real(self, items, **kw)

    monkeypatch.setattr(Store, "apply", failing)
    with pytest.raises(StoreError, match="disk on fire"):
        ingest_paths(Store(db), files, workers=1)
    assert "hoptac-store-writer" in calls
    n_articles = check_consistent(db)[0]
    assert n_articles == 3  # the first batch, whole; the failed one not at all


def test_chunks_grow_with_the_ingest_and_stay_bounded() -> None:
    assert _chunk_size(70, 2) == 8 and _chunk_size(2000, 2) == 32 and _chunk_size(100_000, 2) == 32
    assert _chunk_size(1000, 2) == 31 and _chunk_size(10, 0) == 8


def test_the_last_chunks_are_small_and_every_item_comes_once_in_order() -> None:
    from hoptac.core.workers import _chunked

    chunks = list(_chunked(range(200), 32, 200 - 2 * 2 * 32))
    assert [x for c in chunks for x in c] == list(range(200))
    assert [len(c) for c in chunks[:2]] == [32, 32] and max(len(c) for c in chunks[-10:]) == 8
    assert [len(c) for c in _chunked(iter(range(20)), 8)] == [8, 8, 4]
