"""The derived caches: rebuilt when stale, deleted or damaged; same answers as without them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hoptac.core.store.cache import cache_is_fresh, load_columns
from hoptac.core.store.index import EventIndex
from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

FILTERS = [
    Filter(),
    Filter(pair=("Lào Cai", "Yên Bái")),
    Filter(province="Hà Nội"),
    Filter(type="signing"),
    Filter(level="thành phố"),
    Filter(since="2018", until="2019-12-31"),
    Filter(search="sa pa"),            # only in an article body
    Filter(search="dang xuan phong"),  # a person, without accents
    Filter(search="hợp tác toàn diện", province="Thái Bình"),
]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.json"
    Library.open(path, seed_if_missing=True)  # seeds it and builds the caches
    return path


def _answers(index: EventIndex) -> list[list[str]]:
    return [[index.events[r]["id"] for r in index.filter(f)] for f in FILTERS]


def test_cache_answers_equal_the_store_read_directly(db: Path) -> None:
    store = Store(db)
    direct = EventIndex.build(store.events(), article=store.article)
    cached = Library.open(db).index
    assert _answers(cached) == _answers(direct)
    assert any(_answers(cached))  # the filters really select something
    assert [len(x) for x in _answers(cached)][6] >= 1  # body-only search works through the cache
    # year counts and pair counts agree too
    ranks = cached.filter(Filter())
    assert cached.year_counts(ranks) == direct.year_counts(direct.filter(Filter()))
    assert cached.pair_counts(ranks) == direct.pair_counts(direct.filter(Filter()))


NEW_ARTICLE = (
    "Tỉnh Lạng Sơn và tỉnh Cao Bằng ký kết hợp tác\n\n"
    "Ngày 5/6/2022, tại thành phố Lạng Sơn, lãnh đạo tỉnh Lạng Sơn và tỉnh Cao Bằng đã ký kết "
    "thỏa thuận hợp tác giai đoạn 2022 - 2025.\n"
)


def test_a_stale_cache_is_rebuilt(db: Path, tmp_path: Path) -> None:
    from hoptac.core.ingest import process_bytes

    before = len(Library.open(db).index)
    # another program (or an older hoptac) writes the store without touching the caches
    item = process_bytes(NEW_ARTICLE.encode(), "elsewhere/new.txt").item
    assert item is not None
    Store(db).apply([item])
    assert not cache_is_fresh(Store(db))
    index = Library.open(db).index
    assert len(index) == before + 1
    assert [index.events[r]["date"] for r in index.filter(Filter(pair=("Cao Bằng", "Lạng Sơn")))] == ["2022-06-05"]
    assert cache_is_fresh(Store(db))


def test_an_ingest_updates_the_caches_in_place_and_equals_a_rebuild(db: Path, tmp_path: Path) -> None:
    folder = db.with_name(db.name + ".d")
    Library.open(db)
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    ingest_paths(Store(db), [extra])
    assert cache_is_fresh(Store(db))  # updated by the ingest, not left stale
    # and a changed file replaces its article: its old events leave the caches
    (extra / "new.txt").write_text(NEW_ARTICLE.replace("5/6/2022", "7/6/2022"), encoding="utf-8")
    ingest_paths(Store(db), [extra])
    assert cache_is_fresh(Store(db))
    incremental = Library.open(db).index
    dates = [incremental.events[r]["date"] for r in incremental.filter(Filter(pair=("Cao Bằng", "Lạng Sơn")))]
    assert dates == ["2022-06-07"]
    want = _answers(incremental)
    for name in ("rows.json",):
        (folder / name).unlink()
    rebuilt = Library.open(db).index
    assert _answers(rebuilt) == want
    assert [rebuilt.events[r]["id"] for r in range(len(rebuilt))] == \
        [incremental.events[r]["id"] for r in range(len(incremental))]


def test_a_deleted_cache_is_rebuilt(db: Path) -> None:
    want = _answers(Library.open(db).index)
    for name in ("rows.json", "events.jsonl", "words.txt", "words.bin"):
        (db.with_name(db.name + ".d") / name).unlink()
    assert not cache_is_fresh(Store(db))
    assert _answers(Library.open(db).index) == want


@pytest.mark.parametrize("name, damage", [
    ("rows.json", b"{not json"),
    ("rows.json", b"[1, 2, 3]"),
    ("events.jsonl", b"garbage\n"),      # size no longer matches the stamp
    ("articles.jsonl", b"{}\n"),    # the overlay: size no longer matches the stamp
    ("columns.bin", b"\x00" * 16),     # shorter than its layout
    ("words.bin", b"\x00" * 8),        # the word index: shorter than its blocks
    ("words.txt", b"hoi\nnghi\n"),
])
def test_a_damaged_cache_is_ignored_and_rebuilt(db: Path, name: str, damage: bytes) -> None:
    want = _answers(Library.open(db).index)
    (db.with_name(db.name + ".d") / name).write_bytes(damage)
    assert _answers(Library.open(db).index) == want


def test_segments_are_never_rewritten_by_an_ingest(db: Path, tmp_path: Path) -> None:
    folder = db.with_name(db.name + ".d")
    before = {p.name: p.stat().st_mtime_ns for p in folder.glob("seg-*.json")}
    extra = tmp_path / "x"
    extra.mkdir()
    (extra / "a.txt").write_text("Hà Nội và Huế hợp tác du lịch\n\nSáng 3/3/2021, tại Hà Nội, "
                                 "thành phố Hà Nội và tỉnh Thừa Thiên Huế tổ chức hội nghị hợp tác.\n",
                                 encoding="utf-8")
    ingest_paths(Store(db), [extra])
    after = {p.name: p.stat().st_mtime_ns for p in folder.glob("seg-*.json")}
    assert all(after[k] == v for k, v in before.items())
    assert len(after) == len(before) + 1


def test_compact_drops_replaced_articles_and_orphans(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for p in SEEDS:
        shutil.copy(p, corpus / p.name)
    db = tmp_path / "db.json"
    ingest_paths(Store(db), [corpus])
    target = corpus / SEEDS[3].name
    target.write_text(target.read_text(encoding="utf-8").replace("Ngày 7/1,", "Ngày 9/1,"), encoding="utf-8")
    ingest_paths(Store(db), [corpus])
    folder = db.with_name(db.name + ".d")
    (folder / "seg-999999.json").write_bytes(b"{}")  # an orphan a crashed writer left
    want = sorted(e["id"] for e in Store(db).events())
    store = Store(db)
    removed = store.compact()
    assert removed >= 2  # the segment that held the replaced article, and the orphan
    assert not (folder / "seg-999999.json").exists()
    assert sorted(e["id"] for e in Store(db).events()) == want
    assert len(Store(db).articles()) == 5
    assert len(load_columns(Store(db))) == len(want)


def test_a_read_only_folder_still_opens(db: Path, monkeypatch) -> None:
    """Where the caches cannot be written, the index is built in memory instead."""
    from hoptac.core.store import cache as cache_mod

    want = _answers(Library.open(db).index)

    def refuse(*_a, **_k):
        raise PermissionError("read-only")

    (db.with_name(db.name + ".d") / "rows.json").unlink()
    monkeypatch.setattr(cache_mod, "build_caches", refuse)
    lib = Library.open(db)
    assert _answers(lib.index) == want
    some = lib.index.events[0]
    assert lib.article(some["article_id"])["id"] == some["article_id"]


@pytest.mark.parametrize("query, expect_some, must_have", [
    ("lao ca", True, "Lào Cai"),          # the last word is a prefix while typing
    ("LÀO   CAI", True, "Lào Cai"),
    ("ao cai", False, None),              # other words are whole words: "ao" is not "lao"
    ("hung ye", True, "Hưng Yên"),
])
def test_search_words_whole_and_last_as_prefix(db: Path, query: str, expect_some: bool, must_have) -> None:
    for index in (Library.open(db).index,
                  EventIndex.build(Store(db).events(), article=Store(db).article)):
        ranks = index.filter(Filter(search=query))
        assert bool(ranks) == expect_some
        if must_have:
            for r in ranks:
                ev = index.events[r]
                own = " ".join([ev["title"], ev["snippet"]] + [p["name"] for p in ev["parties"]])
                article = Store(db).article(ev["article_id"])
                assert must_have in own or must_have in article["text"]


def test_search_own_text_first_then_bodies(db: Path) -> None:
    index = Library.open(db).index
    quick = index.filter(Filter(search="sa pa"), bodies=False)
    full = index.filter(Filter(search="sa pa"))
    assert set(quick) <= set(full)
    assert len(full) > len(quick)  # Sa Pa is named in one article's body only
