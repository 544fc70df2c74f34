"""Schema 3 (segments may hold ``text_cut``, ``textcut``): a schema-2 database (written as
a hoptac of schema 2 wrote it: the number 2, every article's ``text`` whole) is migrated
on open with a backup, changing only the number, reads every article whole and keeps its
caches; a hoptac of schema 2 refuses a schema-3 file; a damaged schema-2 manifest is
refused, never migrated over."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import orjson
import pytest

from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store import migrate as migrate_mod
from hoptac.core.store import cache_files, packed, schema, segments
from hoptac.core.store.cache import cache_is_fresh
from hoptac.core.store.fastquery import FastIndex
from hoptac.core.store.segments import SCHEMA, Store, StoreError

ROOT = Path(__file__).resolve().parent.parent
CACHE_FILES = ("columns.bin", "events.jsonl", "articles.jsonl", "words.txt", "words.bin")


def _as_schema(monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    """This process as a hoptac that knows schema ``number`` at most (one of schema 2
    stamped its caches with the manifest's inode, size and time, not the schema)."""
    for mod in (schema, segments, migrate_mod):
        monkeypatch.setattr(mod, "SCHEMA", number)
    monkeypatch.setattr(cache_files, "_SCHEMA_MARK", (number,) if number >= 3 else ())


def _meta(db: Path) -> dict:
    return next(iter(orjson.loads(db.read_bytes())["meta"].values()))


@pytest.fixture()
def schema_2_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, dict]]:
    """The seeds stored by a hoptac of schema 2, with its caches built; the articles as stored."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(p, corpus / p.name)
    db = tmp_path / "db.json"
    with monkeypatch.context() as m:
        _as_schema(m, 2)
        m.setattr(packed, "cuts", lambda article, events: [])   # schema 2 stored every text whole
        ingest_paths(Store(db), [corpus])
        Library.open(db)   # its caches
        articles = {a["id"]: a for a in Store(db).articles()}
        assert FastIndex.open(db) is not None   # its caches fresh for its manifest
    assert _meta(db)["schema"] == 2
    segs = sorted(db.with_name("db.json.d").glob("seg-*.json"))
    assert segs and not any(b"text_cut" in p.read_bytes() for p in segs)
    assert articles and all(isinstance(a.get("text"), str) for a in articles.values())
    return db, articles


def _stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {n: (st.st_ino, st.st_mtime_ns) for n in CACHE_FILES if (st := (folder / n).stat())}


def test_a_schema_2_database_migrates_changing_only_its_number(schema_2_db) -> None:
    db, articles = schema_2_db
    folder = db.with_name("db.json.d")
    original = db.read_bytes()
    before = orjson.loads(original)
    caches = _stats(folder)
    assert FastIndex.open(db) is None   # a stamp of schema 2: the manifest must be parsed (and migrated)
    store = Store(db)
    assert len(store.events()) > 0
    assert (db.with_name("db.json.schema2.bak")).read_bytes() == original
    after = orjson.loads(db.read_bytes())
    assert _meta(db) == {**next(iter(before["meta"].values())), "schema": SCHEMA,
                         "generation": next(iter(before["meta"].values()))["generation"] + 1}
    same = ("meta", "crc")   # the number and the generation, and so the checksum
    assert {k: v for k, v in after.items() if k not in same} == {k: v for k, v in before.items() if k not in same}
    # every article whole: from the store, and from the caches by offset
    for aid, art in articles.items():
        assert store.article(aid) == art
    assert cache_is_fresh(store)            # the caches carried over, not rebuilt ...
    assert FastIndex.open(db) is not None   # ... and stamped for the new manifest: the fast path
    lib = Library.open(db)
    assert all(lib.index.article(aid) == art for aid, art in articles.items())
    assert _stats(folder) == caches
    # opened again: nothing more migrated, no second backup
    Store(db).events()
    assert sorted(p.name for p in db.parent.glob("db.json.schema*")) == ["db.json.schema2.bak"]


def test_new_articles_are_stored_cut_beside_the_old_whole_ones(schema_2_db, tmp_path: Path) -> None:
    db, articles = schema_2_db
    new = tmp_path / "new"
    new.mkdir()
    (new / "a.txt").write_text(
        "Tỉnh Lào Cai và tỉnh Thái Bình ký kết hợp tác\n\nNgày 12/3/2021, hai tỉnh Lào Cai và Thái Bình "
        "đã ký kết thỏa thuận hợp tác giai đoạn 2021-2025 tại thành phố Lào Cai.\n", encoding="utf-8")
    ingest_paths(Store(db), [new])
    store = Store(db)
    assert _meta(db)["schema"] == SCHEMA
    assert all(store.article(aid) == art for aid, art in articles.items())
    added = [a for a in store.articles() if a["id"] not in articles]
    assert len(added) == 1 and "ký kết thỏa thuận" in added[0]["text"]
    assert Library.open(db).index.article(added[0]["id"]) == added[0]


def test_a_schema_3_file_is_refused_by_a_hoptac_of_schema_2(schema_2_db, monkeypatch) -> None:
    db, _ = schema_2_db
    Store(db).events()   # migrated: schema 3
    written = db.read_bytes()
    _as_schema(monkeypatch, 2)
    with pytest.raises(StoreError, match="newer hoptac .schema 3; this one reads up to 2"):
        Store(db).events()
    assert db.read_bytes() == written


def test_caches_of_schema_3_are_not_trusted_by_a_hoptac_of_schema_2(schema_2_db, monkeypatch) -> None:
    """The paths that never parse the manifest (the command line's fast filters, the app's
    first frame) find the stamp not their own, and the manifest they then parse refuses."""
    db, _ = schema_2_db
    Library.open(db)   # migrated, its caches stamped for schema 3
    assert FastIndex.open(db) is not None and Library.open_by_stamp(db) is not None
    _as_schema(monkeypatch, 2)
    assert FastIndex.open(db) is None and Library.open_by_stamp(db) is None
    with pytest.raises(StoreError, match="newer hoptac"):
        Library.open(db, verify=False, trust_stamp=True)


def test_a_damaged_schema_2_manifest_is_refused_not_migrated(schema_2_db) -> None:
    db, articles = schema_2_db
    data = db.read_bytes()
    source = next(iter(articles.values()))["source"].encode()
    damaged = data.replace(source, source[:-5] + b"X.txt", 1)   # valid JSON, not what its CRC-32 says
    assert damaged != data
    db.write_bytes(damaged)
    with pytest.raises(StoreError, match="checksum"):
        Store(db).events()
    assert db.read_bytes() == damaged
    assert not list(db.parent.glob("db.json.schema*"))


def test_a_schema_2_database_that_cannot_be_written_is_read_as_it_is(schema_2_db, monkeypatch) -> None:
    db, articles = schema_2_db
    original = db.read_bytes()
    monkeypatch.setattr(migrate_mod.os, "access", lambda path, mode: mode != os.W_OK)   # a read-only disk
    store = Store(db)
    assert all(store.article(aid) == art for aid, art in articles.items())
    assert db.read_bytes() == original and not list(db.parent.glob("db.json.schema*"))
