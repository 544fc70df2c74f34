"""The inverted word index: what it answers equals reading every line, however it was
grown (one build, many small ingests, small blocks merged)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from hoptac.core.store import wordindex, wordwrite
from hoptac.core.store.cache import cache_is_fresh
from hoptac.core.store.index import EventIndex
from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import Store
from hoptac.core.store.wordindex import WordIndex
from hoptac.core.store.wordwrite import WordCollector

ALPHABET = "abchnt"
WORD = st.text(alphabet=ALPHABET, min_size=1, max_size=4)


def _write(folder: Path, batches: list[dict[str, list[list[str]]]], flush_at: int) -> dict:
    """Grow an index batch by batch, as a build and then ingests would; returns its meta."""
    vocab: list[str] = []
    blocks: list[list] = []
    crc = 0
    lines = {"e": 0, "b": 0}
    for n, batch in enumerate(batches):
        with open(folder / "words.txt", "ab") as wf, open(folder / "words.bin", "ab") as bf:
            size = (folder / "words.bin").stat().st_size
            c = WordCollector(vocab, wf, bf, size, blocks, flush_at=flush_at, crc=crc)
            for kind in ("e", "b"):
                for words in batch[kind]:
                    c.add(kind, lines[kind], words)
                    lines[kind] += 1
            blocks = c.finish(folder / "words.bin" if n else None)
            crc = c.crc
        vocab = (folder / "words.txt").read_text("utf-8").split("\n")[:-1]
    return {"count": len(vocab), "blocks": blocks, "crc": crc, "size": (folder / "words.bin").stat().st_size}


def _expected(lines: list[list[str]], word: str, prefix: bool) -> list[bool]:
    return [any(w.startswith(word) if prefix else w == word for w in line) for line in lines]


LINES = st.lists(st.lists(WORD, max_size=6), max_size=12)


@settings(max_examples=60, deadline=None)
@given(batches=st.lists(st.fixed_dictionaries({"e": LINES, "b": LINES}), min_size=1, max_size=12),
       queries=st.lists(st.tuples(WORD, st.booleans()), min_size=1, max_size=6),
       flush_at=st.sampled_from([1, 3, 1000]))
def test_masks_equal_reading_every_line(tmp_path_factory, batches, queries, flush_at) -> None:
    folder = tmp_path_factory.mktemp("wi")
    old = wordwrite.SMALL, wordwrite.MAX_SMALL
    wordwrite.SMALL, wordwrite.MAX_SMALL = 10, 2   # so that merges happen in small examples
    try:
        meta = _write(folder, batches, flush_at)
    finally:
        wordwrite.SMALL, wordwrite.MAX_SMALL = old
    every = {k: [line for b in batches for line in b[k]] for k in ("e", "b")}
    index = WordIndex(folder, meta, {k: len(v) for k, v in every.items()})
    for word, prefix in queries:
        ids = index.ids(word, prefix)
        for kind in ("e", "b"):
            assert index.mask(kind, ids).tolist() == _expected(every[kind], word, prefix), (word, prefix, kind)


def test_merging_keeps_few_blocks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(wordwrite, "SMALL", 100)
    monkeypatch.setattr(wordwrite, "MAX_SMALL", 3)
    batches = [{"e": [["hoi", "nghi"], ["ky", "ket"]], "b": [["hoi"]]} for _ in range(20)]
    meta = _write(tmp_path, batches, 1000)
    assert sum(1 for b in meta["blocks"] if b[0] == "e") <= 4
    index = WordIndex(tmp_path, meta, {"e": 40, "b": 20})
    assert index.mask("e", index.ids("hoi", False)).tolist() == [True, False] * 20
    assert index.mask("b", index.ids("ho", True)).all()


def test_an_index_that_does_not_cover_every_line_is_refused(tmp_path: Path) -> None:
    meta = _write(tmp_path, [{"e": [["a"], ["b"]], "b": []}], 1000)
    with pytest.raises(ValueError):
        WordIndex(tmp_path, meta, {"e": 3, "b": 0})
    with pytest.raises(ValueError):
        WordIndex(tmp_path, {**meta, "count": 7}, {"e": 2, "b": 0})


def test_prefixes_reach_every_word_that_starts_with_them(tmp_path: Path) -> None:
    words = ["ca", "cai", "cao", "cap", "cb", "c", "d", "ca\u00e0"]
    meta = _write(tmp_path, [{"e": [[w] for w in words], "b": []}], 1000)
    index = WordIndex(tmp_path, meta, {"e": len(words), "b": 0})
    got = index.mask("e", index.ids("ca", True)).tolist()
    assert got == [w.startswith("ca") for w in words]
    assert not index.ids("zz", True).size and not index.ids("zz", False).size


def test_search_through_many_ingests_equals_search_in_memory(tmp_path: Path, monkeypatch) -> None:
    """Every ingest appends blocks (and merges small ones): the answers stay the ones an
    index built in memory gives."""
    monkeypatch.setattr(wordwrite, "MAX_SMALL", 2)
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)  # the samples
    rng = random.Random(4)
    places = ["Lào Cai", "Yên Bái", "Hà Giang", "Điện Biên", "Sơn La", "Lai Châu"]
    for n in range(7):
        folder = tmp_path / f"in{n}"
        folder.mkdir()
        a, b = rng.sample(places, 2)
        (folder / "a.txt").write_text(
            f"Tỉnh {a} và tỉnh {b} hợp tác phát triển chè\n\nNgày {n + 1}/3/2023, tại {a}, lãnh đạo tỉnh {a} "
            f"và tỉnh {b} ký kết thỏa thuận hợp tác về chè shan tuyết số {n}.\n", encoding="utf-8")
        ingest_paths(Store(db), [folder])
        assert cache_is_fresh(Store(db))
    cached = Library.open(db).index
    blocks = cached.cols.words["blocks"]
    assert len([b for b in blocks if b[0] == "e"]) <= 3
    store = Store(db)
    direct = EventIndex.build(store.events(), article=store.article)
    for q in ["che shan", "shan tuy", "tuyet so 3", "ha giang", "lao", "hop tac", "dien bien phu", "zzz", "ngay 3"]:
        for bodies in (True, False):
            got = [cached.events[r]["id"] for r in cached.filter(Filter(search=q), bodies=bodies)]
            want = [direct.events[r]["id"] for r in direct.filter(Filter(search=q), bodies=bodies)]
            assert got == want, q
    assert cached.filter(Filter(search="shan tuyet"))  # the query really finds something
    # and within another filter's ranks
    got = cached.filter(Filter(search="che", province="Lào Cai"))
    want = direct.filter(Filter(search="che", province="Lào Cai"))
    assert [cached.events[r]["id"] for r in got] == [direct.events[r]["id"] for r in want]


def test_mask_dtype_and_size(tmp_path: Path) -> None:
    meta = _write(tmp_path, [{"e": [["x"]] * 5, "b": [["y"]] * 2}], 2)
    index = WordIndex(tmp_path, meta, {"e": 5, "b": 2})
    m = index.mask("e", index.ids("x", False))
    assert m.dtype == np.bool_ and m.shape == (5,) and m.all()
    assert not index.mask("b", index.ids("x", False)).any()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_word_index_damaged_in_place_still_answers_right(tmp_path: Path, seed: int) -> None:
    """Bytes changed inside words.bin (same size, so the stamp still fits): a search
    neither crashes nor lies — it answers from the text lines, and the caches are marked
    for a rebuild at the next open."""
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)  # the samples
    folder = db.with_name(db.name + ".d")
    size = (folder / "words.bin").stat().st_size
    (folder / "words.bin").write_bytes(random.Random(seed).randbytes(size))
    assert cache_is_fresh(Store(db))
    cached = Library.open(db, verify=False).index  # as the app opens it: the whole-file check comes later
    store = Store(db)
    direct = EventIndex.build(store.events(), article=store.article)
    for q in ["sa pa", "lao ca", "hop tac", "dang xuan phong", "zzz"]:
        got = [cached.events[r]["id"] for r in cached.filter(Filter(search=q))]
        want = [direct.events[r]["id"] for r in direct.filter(Filter(search=q))]
        assert got == want, q
    assert not cache_is_fresh(Store(db))         # the next open rebuilds
    rebuilt = Library.open(db).index
    assert [rebuilt.events[r]["id"] for r in rebuilt.filter(Filter(search="sa pa"))] == \
        [direct.events[r]["id"] for r in direct.filter(Filter(search="sa pa"))]


def test_an_ingest_meanwhile_is_not_mistaken_for_damage(tmp_path: Path) -> None:
    """An app holds an index; another process ingests (appending to words.bin). The
    app's searches still use its index, right for what it loaded, and nothing is marked
    stale."""
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)  # the samples
    held = Library.open(db).index  # opened, not yet searched: its index is read at the first search
    other = Library.open(db).index
    before = [other.events[r]["id"] for r in other.filter(Filter(search="sa pa"))]
    extra = tmp_path / "x"
    extra.mkdir()
    (extra / "a.txt").write_text("Sa Pa và Hà Nội hợp tác du lịch\n\nNgày 3/3/2021, tại thị xã Sa Pa, tỉnh "
                                 "Lào Cai và thành phố Hà Nội ký kết hợp tác du lịch Sa Pa.\n", encoding="utf-8")
    ingest_paths(Store(db), [extra])
    assert cache_is_fresh(Store(db))
    assert [held.events[r]["id"] for r in held.filter(Filter(search="sa pa"))] == before
    assert not held._index_damaged
    assert cache_is_fresh(Store(db))  # the running app did not mark the caches stale
    assert len(Library.open(db).index.filter(Filter(search="sa pa"))) == len(before) + 1


def test_a_rebuild_by_another_process_is_not_mistaken_for_damage(tmp_path: Path) -> None:
    """An app holds an index (not searched yet); another process rebuilds the caches
    (files replaced). The app's searches read the files it opened and stay right."""
    from hoptac.core.store.cache import build_caches

    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)  # the samples
    held = Library.open(db).index
    other = Library.open(db).index
    want = {q: [other.events[r]["id"] for r in other.filter(Filter(search=q))] for q in ("sa pa", "hop tac", "lao")}
    # the other process stores an article and rebuilds: every cache file changes
    from hoptac.core.ingest import process_bytes

    item = process_bytes("Sa Pa và Huế hợp tác du lịch\n\nNgày 3/3/2021, tại thị xã Sa Pa, tỉnh Lào Cai và "
                         "tỉnh Thừa Thiên Huế ký kết hợp tác.\n".encode(), "elsewhere/sa-pa.txt").item
    assert item is not None
    Store(db).apply([item])
    build_caches(Store(db))
    for q, ids in want.items():
        assert [held.events[r]["id"] for r in held.filter(Filter(search=q))] == ids
    assert not held._index_damaged
    assert cache_is_fresh(Store(db))


def test_warming_search_on_missing_files_does_not_raise(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)  # the samples
    index = Library.open(db).index
    index._pinned = None
    folder = db.with_name(db.name + ".d")
    (folder / "words.bin").rename(folder / "words.bin.away")
    index.warm_search()  # no exception: the first search reports the problem
    with pytest.raises(OSError):
        index.filter(Filter(search="sa pa"))
