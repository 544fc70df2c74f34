"""Articles stored without the sentences their events quote (``textcut``): every reader
(the store, the caches by offset, the mapped index, compaction, a correction) gives the
article back whole, the same dict as ingested; a segment written before still reads; a
damaged region is refused in one line, never read as another text."""

from __future__ import annotations

import zlib
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoptac.core.library import Library
from hoptac.core.store.cache import build_caches, load_columns, update_caches
from hoptac.core.store.errors import StoreError
from hoptac.core.store.index import EventIndex
from hoptac.core.store.packed import pack, segment_json
from hoptac.core.store.segments import IngestItem, Store
from hoptac.core.store.segrecords import OVERLAY
from hoptac.core.store.textcut import KEY, cuts, stored_form, whole

# sentences with what JSON must escape (quotes, backslashes, new lines) and letters of every width
words = st.sampled_from(["Hội nghị", "hợp tác", "\"ký kết\"", "a\\b", "\n\n", "Lào Cai", "𝔘", "tỉnh", " ", "."])
texts = st.lists(words, min_size=1, max_size=40).map("".join)
# (start, length) of each event's snippet in the text; ``wrong``: a snippet that is not the text's there
quotes = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30), st.booleans()), max_size=5)
articles = st.tuples(st.integers(0, 4), texts, quotes)
batches = st.lists(st.lists(articles, min_size=1, max_size=5), min_size=1, max_size=3)


def _item(source: int, text: str, quotes: list[tuple[int, int, bool]]) -> IngestItem:
    aid = f"{zlib.crc32(f'{source}|{text}|{quotes}'.encode('utf-8', 'surrogatepass')):08x}"
    # the title at its span (cut too), or a span that is not the title's (kept)
    title_span = [0, len(text[:10])] if source % 2 == 0 else [1, 5]
    art = {"id": aid, "source": f"src/{source}.txt", "title": text[:10], "published": None,
           "title_span": title_span, "body_span": [0, len(text)], "text": text, "warnings": []}
    events = []
    for k, (at, n, wrong) in enumerate(quotes):
        s = min(at, max(len(text) - 1, 0))
        e = min(len(text), s + n)
        snip = text[s:e] + ("!" if wrong else "")
        events.append({"id": f"{aid}-{k}", "article_id": aid, "title": art["title"], "date": f"2020-01-{k + 1:02d}",
                       "type": "signing", "pair": [], "parties": [], "snippet": snip, "span": [s, e]})
    return IngestItem(art, events)


def _reads_whole(store: Store, originals: dict[str, dict]) -> None:
    fresh = Store(store.path)
    live = {art["id"]: art for art, _ in fresh.iter_live()}
    for aid, art in live.items():
        assert art == originals[aid] and KEY not in art
        assert fresh.article(aid) == art
    index = EventIndex.from_columns(load_columns(store))
    assert all(s != OVERLAY for s in index.cols.art_seg)   # every article found in its segment as it lies
    mapped = Library.open(store.path, seed_if_missing=False, verify=False).index
    for aid, art in live.items():
        assert index.article(aid) == art
        assert mapped.article(aid) == art


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(batches)
def test_every_reader_gives_the_article_back_whole(tmp_path_factory, batches) -> None:
    db = tmp_path_factory.mktemp("cut") / "db.json"
    store = Store(db)
    originals: dict[str, dict] = {}
    for k, batch in enumerate(batches):
        items = list({it.article["source"]: it for it in (_item(*a) for a in batch)}.values())
        originals.update({it.article["id"]: orjson.loads(orjson.dumps(it.article)) for it in items})
        packed = [it.pack() if n % 2 else it for n, it in enumerate(items)]   # both kinds of item
        if k == 0:
            store.apply(packed)
            build_caches(store)
        else:
            store.apply(packed, after=lambda g, stored, removed: update_caches(
                store, g, [(i.article, i.events) for i in stored], removed))
        _reads_whole(store, originals)
    store.compact()   # segments with dead articles written again: cut again, where their events now lie
    build_caches(store)
    _reads_whole(store, originals)


def test_cut_only_what_an_event_quotes_exactly() -> None:
    text = "Mở đầu. Hai tỉnh ký kết. Đoạn giữa. Hai tỉnh ký kết. Kết."
    art = {"id": "a", "text": text}
    s = text.index("Hai")
    e = s + len("Hai tỉnh ký kết.")
    evs = [{"span": [s, e], "snippet": text[s:e]},
           {"span": [s, e], "snippet": text[s:e]},              # the same sentence twice: cut once
           {"span": [s + 4, e + 3], "snippet": text[s + 4:e + 3]},   # overlaps the first: kept in the text
           {"span": [0, 7], "snippet": "Mở đầu!"},               # not the text's: kept
           {"span": [40, 999], "snippet": "x"}]                  # out of the text: kept
    assert cuts(art, evs) == [s, e]
    stored = stored_form(art, [s, e], (0, 0, 0))
    assert stored[KEY]["text"] == text[:s] + text[e:]
    assert whole(stored, evs) == art
    titled = {"id": "a", "title": "Mở đầu.", "title_span": [0, 7], "text": text}   # its own title: cut too
    assert cuts(titled, evs) == [s, e]   # ... unless an event quotes its span otherwise
    assert cuts(titled, evs[:3]) == [0, 7, s, e]
    assert whole(stored_form(titled, [0, 7, s, e], (0, 0, 0)), evs[:3]) == titled
    assert cuts({**titled, "title": "Mở đầu!"}, evs[:3]) == [s, e]


def test_a_segment_written_before_still_reads(tmp_path) -> None:
    """Articles stored whole (as every segment was before ``textcut``) read as they are,
    from the store and from the caches, beside segments written now."""
    db = tmp_path / "db.json"
    store = Store(db)
    old = [_item(1, "Hội nghị hợp tác \"ký kết\" tỉnh Lào Cai.", [(0, 8, False)])]
    store.apply([_item(0, "Tỉnh.", [])])   # a manifest and a segment, to make the old one beside
    # the old layout: the articles as orjson.dumps gives them, whole
    data = (b'{"articles":{"1":' + orjson.dumps(old[0].article) + b'},"events":{'
            + b",".join(b'"%d":%b' % (k, orjson.dumps(e)) for k, e in enumerate(old[0].events, 1)) + b"}}")
    assert b"text_cut" not in data and KEY in orjson.loads(segment_json(old))["articles"]["1"]
    doc = store._doc()
    name = "seg-000002.json"
    (store.dir / name).write_bytes(data)
    doc["segments"]["2"] = {"name": name, "articles": 1, "events": 1, "size": len(data), "crc": zlib.crc32(data)}
    doc["articles"]["2"] = {"id": old[0].article["id"], "source": "src/1.txt", "segment": name, "events": 1}
    store._write_manifest(doc)
    store.reload()
    build_caches(store)
    _reads_whole(store, {it.article["id"]: it.article for it in old + [_item(0, "Tỉnh.", [])]})


def test_a_damaged_region_is_refused(tmp_path) -> None:
    db = tmp_path / "db.json"
    store = Store(db)
    text = "Hai tỉnh ký kết thỏa thuận hợp tác. Kết."
    item = _item(0, text, [(0, 34, False)])
    store.apply([item.pack()])
    build_caches(store)
    seg = store.dir / "seg-000001.json"
    data = bytearray(seg.read_bytes())
    at = data.rindex("thỏa".encode())   # inside the event's snippet, in the events table
    data[at:at + 1] = b"T"
    seg.write_bytes(bytes(data))
    index = EventIndex.from_columns(load_columns(store))
    with pytest.raises(StoreError, match="cannot be put together"):
        index.article(item.article["id"])


def test_ingested_pages_are_stored_cut_and_read_whole(tmp_path) -> None:
    from hoptac.core.ingest import ingest_paths

    root = Path(__file__).resolve().parent.parent
    db = tmp_path / "db.json"
    ingest_paths(Store(db), [root / "seeds"], workers=1)
    seg = orjson.loads((db.with_name("db.json.d") / "seg-000001.json").read_bytes())
    stored = list(seg["articles"].values())
    assert stored and all(KEY in a and "text" not in a for a in stored)
    store = Store(db)
    for a in stored:
        art = store.article(a["id"])
        for ev in (e for e in seg["events"].values() if e["article_id"] == a["id"]):
            s, e = ev["span"]
            assert art["text"][s:e] == ev["snippet"]
        assert len(art["text"]) > len(a[KEY]["text"])
    _reads_whole(store, {a["id"]: store.article(a["id"]) for a in stored})


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(articles, min_size=1, max_size=5), st.sampled_from(["front", "back", "alone"]))
def test_an_article_cut_where_it_was_extracted_is_the_segments_bytes(batch, where) -> None:
    """``pack`` cuts the article in the worker (``cut_json``): the segment's bytes are the
    ones the storing process made when it cut it itself, and the article reads back whole,
    wherever its ``text`` stands among its keys."""
    items = []
    for a in batch:
        it = _item(*a)
        art = it.article
        if where == "front":
            art = {"text": art["text"], **{k: v for k, v in art.items() if k != "text"}}
        elif where == "alone":
            art = {"text": art["text"], "title": art["title"], "title_span": art["title_span"]}
        items.append(IngestItem(art, it.events))
    packed = [it.pack() for it in items]
    assert segment_json(packed) == segment_json(items)
    for p, it in zip(packed, items):
        assert (p.cut is not None) == bool(p.cuts and it.events) and (p.cut is None) == (p.article_json is not None)
        assert p.article == it.article and list(p.article) == list(it.article)
