"""Article records read from the segments by offset (``segrecords``), and search lines
made again from the records: the same records and answers as the store's, whatever the
ingests, replacements and rebuilds; a running command keeps reading what it opened."""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store.cache import build_caches, load_columns, update_caches
from hoptac.core.store.index import EventIndex
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import IngestItem, Store
from hoptac.core.store.records import SEG_SHIFT
from hoptac.core.store.segrecords import OVERLAY, SegmentLocator

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
articles = st.tuples(st.integers(0, 5), texts, st.floats(allow_nan=False, allow_infinity=False),
                     st.lists(texts, max_size=3))
batches = st.lists(st.lists(articles, min_size=1, max_size=6), min_size=1, max_size=4)


def _item(source: int, text: str, score: float, titles: list[str]) -> IngestItem:
    aid = f"{zlib.crc32(f'{source}|{text}|{score}|{titles}'.encode('utf-8', 'surrogatepass')):08x}"
    body = f"Hội nghị hợp tác {text} \"trích\" \\ {score}"
    art = {"id": aid, "source": f"src/{source}.txt", "title": text, "text": body, "body_span": [0, len(body)],
           "boilerplate": [], "score": score, "nested": {"titles": titles, "n": [1, 2.5, None, True]}}
    events = [{"id": f"{aid}-{k}", "article_id": aid, "date": f"2020-01-{k + 1:02d}", "title": t or "x",
               "type": "signing", "pair": [], "parties": []} for k, t in enumerate(titles)]
    return IngestItem(art, events)


def _same_as_the_store(store: Store) -> None:
    index = EventIndex.from_columns(load_columns(store))
    for art, _events in Store(store.path).iter_live():
        assert index.article(art["id"]) == art
    cols = index.cols
    assert all(s != OVERLAY for s in cols.art_seg)   # every article found verbatim in its segment
    assert (store.dir / "articles.jsonl").stat().st_size == 0
    mapped = Library.open(store.path, seed_if_missing=False, verify=False)
    for art, _events in Store(store.path).iter_live():
        assert mapped.index.article(art["id"]) == art
    # the events too: every one read from its segment (events.jsonl empty), each the stored record
    stored = sorted(orjson.dumps(ev) for _art, evs in Store(store.path).iter_live() for ev in evs)
    for idx in (index, mapped.index):
        assert sorted(orjson.dumps(idx.events[r]) for r in range(len(idx))) == stored
    assert all(int(o) >> SEG_SHIFT for o in cols.ev_off)
    assert (store.dir / "events.jsonl").stat().st_size == 0


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(batches)
def test_articles_read_from_the_segments_are_the_stored_records(tmp_path_factory, batches) -> None:
    db = tmp_path_factory.mktemp("seg") / "db.json"
    store = Store(db)
    for k, batch in enumerate(batches):
        items = list({it.article["source"]: it for it in (_item(*a) for a in batch)}.values())
        if k == 0:
            store.apply(items)
            build_caches(store)
        else:  # as an ingest does: the caches grown, replaced articles' rows dropped
            store.apply(items, after=lambda g, stored, removed: update_caches(
                store, g, [(i.article, i.events) for i in stored], removed))
        _same_as_the_store(store)
    build_caches(store)  # a full rebuild: live articles with dead ones between them in a segment
    _same_as_the_store(store)


def test_the_locator_copies_what_a_segment_does_not_hold_verbatim(tmp_path: Path) -> None:
    arts = [{"id": "a", "source": "x", "t": "é \" \\"}, {"id": "b", "source": "y", "t": 1.5}]
    (tmp_path / "seg-000001.json").write_bytes(orjson.dumps({"articles": {"1": arts[0], "2": arts[1]}, "events": {}}))
    (tmp_path / "seg-000002.json").write_text('{"articles": {"1": {"id": "a", "source": "x", "t": 1}}}')
    loc = SegmentLocator(tmp_path)
    raw = (tmp_path / "seg-000001.json").read_bytes()
    for art in arts:
        code, off, size, crc = loc.find("seg-000001.json", art)
        assert orjson.loads(raw[off: off + size]) == art and zlib.crc32(raw[off: off + size]) == crc
    assert loc.find("seg-000002.json", {"id": "a", "source": "x", "t": 1}) is None   # spaces: not orjson's bytes
    assert loc.find("seg-000009.json", arts[0]) is None   # no such file
    assert loc.names == ["seg-000001.json"]


def test_the_locator_finds_events_in_order_and_copies_what_is_not_verbatim(tmp_path: Path) -> None:
    evs = [{"id": "e1", "article_id": "a", "title": "é \" \\"}, {"id": "e2", "article_id": "a", "n": 2.5},
           {"id": "e3", "article_id": "b", "title": "x"}]
    raw = orjson.dumps({"articles": {"1": {"id": "a"}, "2": {"id": "b"}},
                        "events": {str(k): ev for k, ev in enumerate(evs, 1)}})
    (tmp_path / "seg-000001.json").write_bytes(raw)
    (tmp_path / "seg-000002.json").write_text('{"articles": {}, "events": {"1": {"id": "e1", "n": 1}}}')
    loc = SegmentLocator(tmp_path)
    for ev in (evs[0], evs[2]):   # one skipped (a corrected event is not looked for): found all the same
        blob = orjson.dumps(ev)
        code, off = loc.find_event("seg-000001.json", blob)
        assert code == 0 and raw[off: off + len(blob)] == blob
    assert loc.find_event("seg-000001.json", orjson.dumps(evs[1])) is None   # only forward: behind it now
    assert loc.find_event("seg-000002.json", orjson.dumps({"id": "e1", "n": 1})) is None   # spaces


def _write(src: Path, extra: str) -> None:
    src.mkdir(exist_ok=True)
    for p in SEEDS:
        (src / p.name).write_text(p.read_text(encoding="utf-8") + extra, encoding="utf-8")


def test_a_running_index_reads_its_articles_after_compaction_removed_their_segments(tmp_path: Path) -> None:
    db, src = tmp_path / "db.json", tmp_path / "src"
    _write(src, "")
    ingest_paths(Store(db), [src])
    want = {a["id"]: a for a in Store(db).articles()}
    lib = Library.open(db, seed_if_missing=False)  # opened: the segments it reads are opened with it
    old = set((db.with_name("db.json.d")).glob("seg-*.json"))
    _write(src, "\nMột dòng mới.\n")   # every file changed: every article replaced, in new segments
    ingest_paths(Store(db), [src])
    assert Store(db).compact() >= 1
    assert not any(p.exists() for p in old)   # removed under the running index
    Library.open(db, seed_if_missing=False)   # and the caches rebuilt by another "process"
    for aid, art in want.items():
        assert lib.index.article(aid) == art   # the old records, never the new ones nor a mix


def test_a_cache_of_the_older_format_is_rebuilt_and_its_text_files_removed(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)
    folder = db.with_name("db.json.d")
    rows = folder / "rows.json"
    from hoptac.core.store.cache_files import checked_json, read_rows

    data = read_rows(rows)
    data["stamp"]["version"] -= 1
    rows.write_bytes(checked_json(data))
    for name in ("search.txt", "bodies.txt"):
        (folder / name).write_bytes(b" old text \n")
    want = sorted(e["id"] for e in Store(db).events())
    lib = Library.open(db)
    assert sorted(lib.index.events[r]["id"] for r in range(len(lib.index))) == want
    assert not (folder / "search.txt").exists() and not (folder / "bodies.txt").exists()


@pytest.mark.parametrize("query", ["sa pa", "hợp tác toàn diện", "dang xuan phong", "lao cai, yen bai"])
def test_search_with_a_damaged_word_index_reads_lines_made_from_the_records(tmp_path: Path, query: str) -> None:
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)
    store = Store(db)
    memory = EventIndex.build(store.events(), article=store.article)
    want = sorted(memory.events[r]["id"] for r in memory.filter(Filter(search=query)))
    index = Library.open(db).index
    index._give_up_index()   # as when words.bin fails its checksum: every line read, made from its record
    got = sorted(index.events[r]["id"] for r in index.filter(Filter(search=query)))
    assert got == want and (want or query == "lao cai, yen bai")


def test_a_copied_database_reads_its_own_segments(tmp_path: Path) -> None:
    db = tmp_path / "a" / "db.json"
    db.parent.mkdir()
    Library.open(db, seed_if_missing=True)
    copy = tmp_path / "b"
    shutil.copytree(db.parent, copy)
    shutil.rmtree(db.parent)
    lib = Library.open(copy / "db.json", seed_if_missing=False)
    arts = Store(copy / "db.json").articles()
    assert arts and all(lib.index.article(a["id"]) == a for a in arts)
