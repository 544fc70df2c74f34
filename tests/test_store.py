"""The store: idempotent ingest, replacement of changed files, refusal of bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library, seed_paths
from hoptac.core.store.index import EventIndex
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import SCHEMA, Store, StoreError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(p, d / p.name)
    return d


def test_ingest_then_again_changes_nothing(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "db.json"
    first = ingest_paths(Store(db), [corpus])
    assert first.count("new") == 5 and first.count("failed") == 0
    before = db.read_bytes()
    second = ingest_paths(Store(db), [corpus])
    assert second.count("unchanged") == 5 and second.count("new") == 0
    assert second.events_added == 0
    assert db.read_bytes() == before  # not even rewritten


def test_changed_file_replaces_its_old_events(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "db.json"
    ingest_paths(Store(db), [corpus])
    store = Store(db)
    n_events = len(store.events())
    target = corpus / "003_580a197666628d6c.txt"
    text = target.read_text(encoding="utf-8").replace("Ngày 7/1,", "Ngày 9/1,")
    target.write_text(text, encoding="utf-8")
    summary = ingest_paths(Store(db), [corpus])
    assert summary.count("replaced") == 1 and summary.count("unchanged") == 4
    store = Store(db)
    assert len(store.events()) == n_events
    assert len(store.articles()) == 5
    dates = {e["date"] for e in store.events() if e["source"].endswith("003_580a197666628d6c.txt")}
    assert dates == {"2017-01-09"}


def test_writes_leave_no_temporary_files(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "db.json"
    ingest_paths(Store(db), [corpus])
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.endswith((".tmp", ".build"))]
    assert leftovers == []
    doc = orjson.loads(db.read_bytes())
    assert next(iter(doc["meta"].values())) == {"app": "hoptac", "schema": SCHEMA, "generation": 1}
    # the data lives in segment files the manifest names
    segs = [s["name"] for s in doc["segments"].values()]
    assert segs and all((tmp_path / "db.json.d" / name).is_file() for name in segs)
    assert len(doc["articles"]) == 5


@pytest.mark.parametrize(
    "content, words",
    [
        (b'{"events": {"1": {"x": 1}', "not valid JSON"),
        (b'{"_default": {"1": {"name": "other program"}}}', "not a hoptac database"),
        (b'[1, 2, 3]', "not a hoptac database"),
        (orjson.dumps({"meta": {"1": {"app": "hoptac", "schema": SCHEMA + 1}}}), "newer hoptac"),
    ],
)
def test_bad_database_is_refused_and_left_untouched(tmp_path: Path, corpus: Path, content: bytes, words: str) -> None:
    db = tmp_path / "db.json"
    db.write_bytes(content)
    with pytest.raises(StoreError, match=words):
        ingest_paths(Store(db), [corpus])
    assert db.read_bytes() == content


def test_library_seeds_a_new_database(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "new.json", seed_if_missing=True)
    assert lib.seeded
    assert len(lib.store.articles()) == len(seed_paths()) == 5
    assert {a["source"] for a in lib.store.articles()} == {f"seeds/{p.name}" for p in seed_paths()}
    again = Library.open(tmp_path / "new.json")
    assert not again.seeded and len(again.index) == len(lib.index)


def test_every_file_is_accounted_for(tmp_path: Path, corpus: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "notes.md").write_text("ignored: not *.txt")
    sub = corpus / "sub dir với tên"
    sub.mkdir()
    shutil.copy(corpus / "000_3cf44d39965355e0.txt", sub / "bản sao.txt")
    summary = ingest_paths(Store(tmp_path / "db.json"), [corpus, tmp_path / "missing.txt"])
    by_name = {Path(f.path).name: f for f in summary.files}
    assert by_name["empty.txt"].status == "failed" and by_name["empty.txt"].error == "empty"
    assert by_name["binary.txt"].status == "failed" and "not" in by_name["binary.txt"].error
    assert by_name["missing.txt"].error == "no such file or folder"
    assert by_name["bản sao.txt"].status == "unchanged"  # same content as a seed: one article
    assert "notes.md" not in by_name
    assert len(summary.files) == 5 + 4


def test_query_pair_accent_insensitive(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "db.json", seed_if_missing=True)
    from hoptac.core.store.query import parse_pair

    pair = parse_pair("lao cai,thai binh")
    assert pair == ("Lào Cai", "Thái Bình")
    ranks = lib.index.filter(Filter(pair=pair))
    assert ranks and all(set(lib.index.events[r]["pair"]) == {"Lào Cai", "Thái Bình"} for r in ranks)
    assert len(ranks) == sum(1 for e in lib.index.events if set(e["pair"]) == {"Lào Cai", "Thái Bình"})


def test_three_party_event_matches_each_of_its_pairs() -> None:
    ev = {"date": "2020-01-01", "type": "signing", "article_id": "a", "title": "x", "pair": ["A", "B"],
          "parties": [{"name": n, "level": "tỉnh", "province": n} for n in ("A", "B", "C")]}
    other = dict(ev, parties=[{"name": "A", "level": "tỉnh", "province": "A"}], pair=["A"], date="2021-01-01")
    index = EventIndex.build([ev, other])
    for pair in (("A", "B"), ("A", "C"), ("B", "C")):
        assert index.filter(Filter(pair=pair)) == [0]
    assert index.filter(Filter(province="A")) == [0, 1]


def test_date_filters_and_unknown_years_last() -> None:
    evs = [
        {"date": "--03-08", "type": "other", "parties": [], "article_id": "a", "title": "u"},
        {"date": "2018-11-24", "date_end": "2018-11-25", "type": "conference", "parties": [], "article_id": "b", "title": "x"},
        {"date": "2018", "type": "other", "parties": [], "article_id": "c", "title": "y"},
        {"date": "2024-03-08", "type": "conference", "parties": [], "article_id": "d", "title": "z"},
    ]
    index = EventIndex.build(evs)
    assert [e["date"] for e in index.events] == ["2018", "2018-11-24", "2024-03-08", "--03-08"]
    assert index.filter(Filter(since="2018-11-25", until="2018-12-31")) == [1]  # the range reaches the bound
    assert index.filter(Filter(since="2019")) == [2]
    assert index.filter(Filter(until="2018-12-31")) == [0, 1]
    assert index.filter(Filter()) == [0, 1, 2, 3]


def _schema_1_file(db: Path, corpus: Path, tmp_path: Path) -> tuple[bytes, list[dict]]:
    """A database as hoptac wrote it with schema 1: one TinyDB file, texts and events inside."""
    other = tmp_path / "other.json"
    ingest_paths(Store(other), [corpus])
    store = Store(other)
    articles, events = store.articles(), store.events()
    doc = {
        "meta": {"1": {"app": "hoptac", "schema": 1}},
        "articles": {str(i): a for i, a in enumerate(articles, 1)},
        "events": {str(i): e for i, e in enumerate(events, 1)},
    }
    db.write_bytes(orjson.dumps(doc))
    return db.read_bytes(), events


def test_schema_1_database_is_migrated_with_a_backup(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "db.json"
    original, events = _schema_1_file(db, corpus, tmp_path)
    migrated = Store(db)
    assert sorted(e["id"] for e in migrated.events()) == sorted(e["id"] for e in events)
    assert (tmp_path / "db.json.schema1.bak").read_bytes() == original
    doc = orjson.loads(db.read_bytes())
    assert next(iter(doc["meta"].values()))["schema"] == SCHEMA
    # opening again migrates nothing more, and the app's index reads it
    lib = Library.open(db)
    assert not lib.seeded and len(lib.index) == len(events)


def test_missing_migration_leaves_the_file_untouched(tmp_path: Path, corpus: Path, monkeypatch) -> None:
    from hoptac.core.store import segments as store_mod

    db = tmp_path / "db.json"
    original, _ = _schema_1_file(db, corpus, tmp_path)
    monkeypatch.delitem(store_mod.MIGRATIONS, 1)
    with pytest.raises(StoreError, match="cannot migrate"):
        Store(db).events()
    assert db.read_bytes() == original
