"""The store defends itself (issue 10, items 1, 2, 3, 12, 15): no write replaces what is
not its own file, a lost or damaged manifest is refused and never re-seeded, compact
removes only what is proven superseded, damaged files are one-line refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from hoptac.core.library import Library
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.json"
    result = run("ingest", "--db", str(path), str(ROOT / "seeds"))
    assert result.exit_code == 0, result.output
    Library.open(path)  # the caches
    return path


def _folder(db: Path) -> Path:
    return db.with_name(db.name + ".d")


def _snapshot(db: Path) -> dict[str, bytes]:
    files = [db, *sorted(_folder(db).glob("seg-*.json"))]
    return {p.name: p.read_bytes() for p in files}


def _one_line_refusal(result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.startswith("hoptac:")]
    assert len(lines) == 1, result.output
    for w in words:
        assert w in lines[0], lines[0]


# -- 1. writes never replace what is not a regular file of their own ----------------------------

def test_export_refuses_a_fifo_and_leaves_it_a_fifo(db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("export", "--db", str(db), "-o", str(fifo))
    _one_line_refusal(result, "pipe")
    assert fifo.is_fifo()


@pytest.mark.parametrize("target", ["manifest", "segment", "rows", "lock"])
def test_export_refuses_every_file_of_a_database(db: Path, target: str) -> None:
    path = {"manifest": db, "segment": next(_folder(db).glob("seg-*.json")), "rows": _folder(db) / "rows.json",
            "lock": Path(str(db) + ".lock")}[target]
    before = _snapshot(db)
    result = run("export", "--db", str(db), "-o", str(path))
    _one_line_refusal(result, "belongs to the hoptac database")
    assert _snapshot(db) == before
    assert len(Library.open(db).index) == 9


def test_export_refuses_the_manifest_of_another_database_through_a_symlink(db: Path, tmp_path: Path) -> None:
    link = tmp_path / "looks-harmless.json"
    link.symlink_to(db)
    before = db.read_bytes()
    result = run("export", "--db", str(db), "-o", str(link))
    _one_line_refusal(result, "belongs to the hoptac database")
    assert db.read_bytes() == before and link.is_symlink()


def test_export_writes_through_a_symlink_to_its_target(db: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = run("export", "--db", str(db), "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert orjson.loads(real.read_bytes())["count"] == 9


def test_the_app_export_prompt_refuses_the_database(db: Path) -> None:
    from hoptac.core.store.export import export_refusal

    assert "belongs to the hoptac database" in (export_refusal(db) or "")
    assert export_refusal(db.with_name("fine.json")) is None


def test_a_symlinked_manifest_is_its_target_everywhere(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "db.json"
    link = tmp_path / "db.json"
    link.symlink_to(real)
    assert run("ingest", "--db", str(link), str(ROOT / "seeds")).exit_code == 0
    assert link.is_symlink()
    assert (real_dir / "db.json.d").is_dir() and not (tmp_path / "db.json.d").exists()
    assert len(Library.open(link).index) == len(Library.open(real).index) == 9


def test_a_database_path_that_is_a_fifo_is_refused_without_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for args in (["events", "--db", str(fifo)], ["ingest", "--db", str(fifo), str(ROOT / "seeds")]):
        proc = subprocess.run([sys.executable, "-m", "hoptac.tui.cli", *args], capture_output=True, timeout=60)
        err = proc.stderr.decode()
        assert proc.returncode == 1 and "Traceback" not in err and "pipe" in err, err
        assert len(err.strip().splitlines()) == 1, err
    assert fifo.is_fifo()


@pytest.mark.parametrize("name, minor", [("zero", 5), ("urandom", 9), ("null", 3)])
def test_a_device_as_database_is_a_one_line_refusal_without_a_hang(tmp_path: Path, name: str, minor: int) -> None:
    # a copy of the device node in a scratch folder, never the machine's own /dev/null:
    # the old code turned the device it was given into a regular file
    device = tmp_path / name
    try:
        os.mknod(device, 0o666 | __import__("stat").S_IFCHR, os.makedev(1, minor))
    except PermissionError:  # not root: the real device, which a non-root process cannot replace
        device = Path("/dev") / name
    before = os.stat(device)
    proc = subprocess.run([sys.executable, "-m", "hoptac.tui.cli", "events", "--db", str(device)],
                          capture_output=True, timeout=60, env=dict(os.environ, COLUMNS="200"))
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err and "not a hoptac database" in err, err
    assert os.stat(device).st_rdev == before.st_rdev and not device.is_file()
    assert not Path(str(device) + ".d").exists()


# -- 2. a lost manifest is refused, never re-seeded over existing segments --------------------------

@pytest.mark.parametrize("how", ["empty", "missing", "blank"])
def test_a_lost_manifest_is_refused_and_compact_deletes_nothing(db: Path, how: str) -> None:
    segs = {p.name: p.read_bytes() for p in _folder(db).glob("seg-*.json")}
    if how == "empty":
        db.write_bytes(b"")
    elif how == "blank":
        db.write_bytes(b"  \n")
    else:
        db.unlink()
    for args in (["events", "--db", str(db)], ["compact", "--db", str(db)],
                 ["ingest", "--db", str(db), str(ROOT / "seeds")]):
        _one_line_refusal(run(*args), "manifest was lost", "hoptac repair")
    assert {p.name: p.read_bytes() for p in _folder(db).glob("seg-*.json")} == segs
    with pytest.raises(Exception, match="manifest was lost"):
        Library.open(db, seed_if_missing=True)
    assert not db.exists() or db.read_bytes().strip() == b""


# -- 3. compact removes only what is proven superseded ---------------------------------------------

def test_a_damaged_segment_name_in_the_manifest_is_refused_and_compact_keeps_the_data(db: Path) -> None:
    doc = orjson.loads(db.read_bytes())
    entry = next(iter(doc["articles"].values()))
    entry["segment"] = "seg-000077.json"
    db.write_bytes(orjson.dumps(doc))
    segs = {p.name for p in _folder(db).glob("seg-*.json")}
    _one_line_refusal(run("compact", "--db", str(db)), "names a segment the manifest does not list")
    assert {p.name for p in _folder(db).glob("seg-*.json")} == segs


def test_a_schema_1_stamp_on_schema_2_data_is_refused_and_nothing_is_removed(db: Path) -> None:
    doc = orjson.loads(db.read_bytes())
    next(iter(doc["meta"].values()))["schema"] = 1
    raw = orjson.dumps(doc)
    db.write_bytes(raw)
    segs = {p.name: p.read_bytes() for p in _folder(db).glob("seg-*.json")}
    _one_line_refusal(run("events", "--db", str(db)), "schema 1")
    _one_line_refusal(run("compact", "--db", str(db)), "schema 1")
    assert {p.name: p.read_bytes() for p in _folder(db).glob("seg-*.json")} == segs
    assert db.read_bytes() == raw


def test_compact_keeps_a_segment_whose_articles_the_manifest_does_not_account_for(db: Path, tmp_path: Path) -> None:
    # a second ingest writes seg-000002; then its manifest entries are lost (an older manifest comes back)
    old_manifest = db.read_bytes()
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "a.txt").write_text((ROOT / "seeds" / "003_580a197666628d6c.txt").read_text(encoding="utf-8")
                                 + "\nThêm một dòng.\n", encoding="utf-8")
    assert run("ingest", "--db", str(db), str(extra)).exit_code == 0
    second = _folder(db) / "seg-000002.json"
    assert second.exists()
    db.write_bytes(old_manifest)
    result = run("compact", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert second.exists(), "compact removed a segment holding an article nothing else holds"
    assert "kept seg-000002.json" in result.output


# -- 12. damaged but valid JSON: one line, never a traceback ----------------------------------------

def _damage_manifest(db: Path, how: str) -> None:
    doc = orjson.loads(db.read_bytes())
    art = next(iter(doc["articles"].values()))
    seg = next(iter(doc["segments"].values()))
    if how in ("id", "source", "segment"):
        del art[how]
    elif how == "name":
        del seg["name"]
    elif how == "events-type":
        art["events"] = "many"
    elif how == "articles-list":
        doc["articles"] = {"1": ["not", "a", "record"]}
    elif how == "segment-count":
        seg["articles"] = None
    elif how == "generation":
        next(iter(doc["meta"].values()))["generation"] = "x"
    db.write_bytes(orjson.dumps(doc))


@pytest.mark.parametrize("how", ["id", "source", "segment", "name", "events-type", "articles-list", "segment-count",
                                 "generation"])
def test_a_manifest_of_the_wrong_shape_is_a_one_line_refusal(db: Path, how: str) -> None:
    _damage_manifest(db, how)
    for args in (["events", "--db", str(db)], ["pairs", "--db", str(db)], ["compact", "--db", str(db)]):
        _one_line_refusal(run(*args), "damaged")


@pytest.mark.parametrize("content", [b'{"articles": {}, "events": {}}', b'{"articles": [], "events": 3}',
                                     b'{"articles": {"1": {"source": "x"}}, "events": {}}', b"[]"])
def test_a_segment_of_the_wrong_shape_is_a_one_line_refusal(db: Path, content: bytes) -> None:
    seg = next(_folder(db).glob("seg-*.json"))
    seg.write_bytes(content)
    for args in (["events", "--db", str(db)], ["compact", "--db", str(db)]):
        _one_line_refusal(run(*args), str(seg.name))
    assert seg.read_bytes() == content


def test_an_unreadable_segment_is_a_one_line_refusal(db: Path) -> None:
    seg = next(_folder(db).glob("seg-*.json"))
    size = seg.stat().st_size
    seg.unlink()
    seg.mkdir()  # unreadable as a file, whoever runs the test (root reads through chmod 000)
    assert size > 0
    Path(str(_folder(db) / "rows.json")).unlink()  # the caches must be rebuilt from the segment
    _one_line_refusal(run("events", "--db", str(db)), seg.name)


def _damage_article_in_its_segment(db: Path, aid: str) -> Path:
    """A byte of article ``aid``'s record in its segment changed (same size, valid JSON):
    the record the caches read by offset, and the segment the store checks, both damaged."""
    store = Store(db)
    seg = _folder(db) / store._index()[aid]["segment"]
    raw = bytearray(seg.read_bytes())
    # as it lies: without the sentences its events quote (``textcut``), or whole
    stored = next(a for a in orjson.loads(raw)["articles"].values() if a["id"] == aid)
    blob = orjson.dumps(stored)
    at = raw.find(blob)
    assert at >= 0
    i = at + blob.index(b'"title":"') + 9
    raw[i] = ord("Q") if raw[i] != ord("Q") else ord("R")
    seg.write_bytes(bytes(raw))
    return seg


def test_a_damaged_article_record_is_never_shown_as_the_article(db: Path) -> None:
    store = Store(db)
    want = {a["id"]: a for a in store.articles()}
    lib = Library.open(db, verify=False)  # as the app opens it: the check runs after the first frame
    aid = next(iter(want))
    _damage_article_in_its_segment(db, aid)
    for other, art in want.items():
        got = lib.article(other)
        if other == aid:  # its record fails its checksum, then the store refuses the segment: the reason
            assert "cannot be read" in got["text"] and got["title"] != art["title"]
        else:
            assert got == art


def test_articles_of_a_segment_written_by_another_program_are_copied_and_read_back(db: Path) -> None:
    """A segment whose records are not the bytes orjson would write (here: indented) is
    still a valid segment: its articles go to articles.jsonl (the overlay) and read the
    same; damage there is caught by the records' checksums and the store answers."""
    import json
    import zlib

    store = Store(db)
    want = {a["id"]: a for a in store.articles()}
    doc = orjson.loads(store.path.read_bytes())
    entry = next(iter(doc["segments"].values()))
    seg = _folder(db) / entry["name"]
    data = json.dumps(orjson.loads(seg.read_bytes()), indent=1, ensure_ascii=False).encode("utf-8")
    seg.write_bytes(data)
    entry.update(size=len(data), crc=zlib.crc32(data))
    from hoptac.core.store.storage import AtomicJSONStorage

    AtomicJSONStorage(store.path, checksum=True).write(doc)
    (_folder(db) / "rows.json").unlink()
    lib = Library.open(db)
    arts = _folder(db) / "articles.jsonl"
    assert arts.stat().st_size > 0
    for aid, art in want.items():
        assert lib.article(aid) == art
    # its events too go to events.jsonl; the other segments' are read where they lie
    assert (_folder(db) / "events.jsonl").stat().st_size > 0
    assert sorted(orjson.dumps(lib.index.events[r]) for r in range(len(lib.index))) \
        == sorted(orjson.dumps(ev) for ev in store.events())
    lib = Library.open(db, verify=False)
    raw = bytearray(arts.read_bytes())
    for at in range(5, len(raw), 997):
        raw[at] = 0x7B  # "{": no line stays valid JSON
    arts.write_bytes(bytes(raw))
    for aid, art in want.items():
        assert lib.article(aid) == art


# -- 15. only the default database is created from the samples -------------------------------------

def test_a_read_command_on_a_missing_path_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "sub" / "typo.json"
    for cmd in ("events", "pairs", "compact"):
        _one_line_refusal(run(cmd, "--db", str(typo)), f"no database at {typo}", "hoptac ingest")
    result = run("export", "--db", str(typo), "-o", str(tmp_path / "out.json"))
    _one_line_refusal(result, "no database at")
    assert sorted(tmp_path.rglob("*")) == []


def test_hoptac_db_names_no_seeded_database_either(tmp_path: Path) -> None:
    typo = tmp_path / "env.json"
    result = CliRunner().invoke(main, ["events"], env={"HOPTAC_DB": str(typo)}, catch_exceptions=False)
    _one_line_refusal(result, "no database at")
    assert not typo.exists()


def test_ingest_into_a_new_path_creates_a_database_of_only_what_was_ingested(tmp_path: Path) -> None:
    one = tmp_path / "in"
    one.mkdir()
    (one / "a.txt").write_text((ROOT / "seeds" / "003_580a197666628d6c.txt").read_text(encoding="utf-8"),
                               encoding="utf-8")
    new = tmp_path / "new.json"
    assert run("ingest", "--db", str(new), str(one)).exit_code == 0
    assert [a["source"] for a in Store(new).articles()] == [str(one / "a.txt")]


def test_the_default_database_is_seeded_on_first_use(tmp_path: Path, monkeypatch) -> None:
    from hoptac.core import dbpaths as library_mod  # where the default database is (library re-exports it)

    default = tmp_path / "data" / "hoptac.json"
    monkeypatch.setattr(library_mod, "default_data_path", lambda: default)
    monkeypatch.delenv("HOPTAC_DB", raising=False)
    result = run("events", "--json")
    assert result.exit_code == 0, result.output
    assert len(orjson.loads(result.output)) == 9 and default.exists()


def test_an_article_whose_cache_line_and_segment_are_both_damaged_says_why(db: Path) -> None:
    lib = Library.open(db, verify=False)
    aid = next(iter(lib.index.events))["article_id"]
    seg = _damage_article_in_its_segment(db, aid)
    art = lib.article(aid)  # no exception: the reason in place of the text
    assert art is not None and "cannot be read" in art["text"] and seg.name in art["text"]
