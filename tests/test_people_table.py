"""The people table kept beside the caches answers what reading every event does, however
the database grew: made, grown by an ingest, made anew after a rebuild or when deleted."""

from __future__ import annotations

from pathlib import Path

from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store.cache import build_caches
from hoptac.core.store.index import EventIndex
from hoptac.core.store.people import people_of
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import Store


def _article(folder: Path, name: str, day: int, who: str, title: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(
        f"Lào Cai và Hà Giang ký kết hợp tác du lịch\n\nNgày {day}/5/2022, tại tỉnh Lào Cai, ông {who}, {title}, "
        f"và lãnh đạo tỉnh Hà Giang ký kết thỏa thuận hợp tác phát triển du lịch.\n", encoding="utf-8")


def _summary(index: EventIndex) -> list[tuple]:
    return [(p["name"], p["province"], p["events"], p["first"], p["last"], tuple(t["title"] for t in p["titles"]))
            for p in people_of(index, range(len(index)))]


def _memory(db: Path) -> list[tuple]:
    store = Store(db)
    return _summary(EventIndex.build(store.events(), article=store.article))


def test_the_table_follows_ingests_rebuilds_and_deletion(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)  # the seeds
    first = Library.open(db).index
    assert _summary(first) == _memory(db)
    folder = db.with_name(db.name + ".d")
    assert (folder / "people.json").exists()
    loaded = Library.open(db).index   # read back from disk, not grown
    assert _summary(loaded) == _summary(first)
    assert [p["name"] for p in people_of(loaded, range(len(loaded)), query="xuan phong")] == ["Đặng Xuân Phong"]
    assert loaded._people[0]._persons is None   # still the line blobs: nothing made per person
    _article(tmp_path / "a", "a.txt", 3, "Lê Văn Thử", "Chủ tịch UBND tỉnh Lào Cai")
    ingest_paths(Store(db), [tmp_path / "a"])
    grown = Library.open(db).index
    got = _summary(grown)
    assert got == _memory(db)
    assert ("Lê Văn Thử", "Lào Cai", 1, "2022-05-03", "2022-05-03", ("Chủ tịch UBND tỉnh Lào Cai",)) in got
    assert grown.filter(Filter(person="le van thu"))
    (folder / "people.json").unlink()
    assert _summary(Library.open(db).index) == got
    build_caches(Store(db))
    assert _summary(Library.open(db).index) == got
    (folder / "people.bin").write_bytes(b"garbage")  # damaged: made again, not trusted
    assert _summary(Library.open(db).index) == got


def test_a_changed_title_over_time(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)
    _article(tmp_path / "a", "a.txt", 3, "Lê Văn Thử", "Phó Chủ tịch UBND tỉnh Lào Cai")
    _article(tmp_path / "a", "b.txt", 9, "Lê Văn Thử", "Chủ tịch UBND tỉnh Lào Cai")
    ingest_paths(Store(db), [tmp_path / "a"])
    index = Library.open(db).index
    (who,) = people_of(index, range(len(index)), query="le van thu")
    assert who["events"] == 2 and who["province"] == "Lào Cai"
    assert [(t["title"], t["first"]) for t in who["titles"]] == [
        ("Phó Chủ tịch UBND tỉnh Lào Cai", "2022-05-03"), ("Chủ tịch UBND tỉnh Lào Cai", "2022-05-09")]


def test_a_limit_keeps_the_people_with_most_events(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)
    for n, who in enumerate(["Lê Văn Thử", "Lê Văn Thử", "Lê Văn Thử", "Trần Thị Hai", "Trần Thị Hai"]):
        _article(tmp_path / "a", f"{n}.txt", n + 1, who, "Chủ tịch UBND tỉnh Lào Cai")
    ingest_paths(Store(db), [tmp_path / "a"])
    index = Library.open(db).index
    full = people_of(index, range(len(index)))
    assert full[0]["name"] == "Lê Văn Thử" and full[0]["events"] == 3
    for k in range(1, len(full) + 1):
        top = people_of(index, range(len(index)), limit=k)
        assert [p["events"] for p in top] == [p["events"] for p in full[:k]]
