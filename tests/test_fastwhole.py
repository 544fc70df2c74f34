"""Every event from the caches as they lie (``fastwhole``): ``events`` and ``export`` with
no filter answer without loading the index, yet refuse a damaged store as the full path
does (a segment missing or resized, a manifest that no longer matches its checksum)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store.cache import build_caches
from hoptac.core.store.fastquery import FastIndex
from hoptac.core.store.fastwhole import listed_segments, store_whole
from hoptac.core.store.segments import Store
from hoptac.core.text import json_escape_controls
from hoptac.tui.cli import main
from test_fastquery_stream import only_fast  # the full index refused: answers from the caches

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.json"
    write_db(path, 400, seed=3, workers=1)
    build_caches(Store(path))
    return path


@pytest.fixture()
def seeded(tmp_path: Path) -> Path:
    """A database written by ``ingest``: its manifest records each segment's size."""
    path = tmp_path / "seeded.json"
    assert CliRunner().invoke(main, ["ingest", "--db", str(path), str(ROOT / "seeds")]).exit_code == 0
    Library.open(path)
    return path


def _folder(db: Path) -> Path:
    return db.with_name(db.name + ".d")


def _stamp(db: Path) -> Any:
    fast = FastIndex.open(db)
    assert fast is not None
    fast.close()
    return fast._manifest


def test_every_event_comes_from_the_caches_as_the_full_index_gives_them(db: Path) -> None:
    full = Library.open(db).index
    want = b"".join(json_escape_controls(orjson.dumps(full.events[r], option=orjson.OPT_APPEND_NEWLINE))
                    for r in range(len(full)))
    with only_fast():
        jsonl = CliRunner().invoke(main, ["--db", str(db), "events", "--jsonl"])
        doc = CliRunner().invoke(main, ["--db", str(db), "export", "-o", "-", "--compact"])
    assert jsonl.exit_code == 0 and doc.exit_code == 0, jsonl.output + doc.output
    assert jsonl.stdout_bytes == want
    got = orjson.loads(doc.stdout_bytes)
    assert got["count"] == len(full) and got["events"] == [full.events[r] for r in range(len(full))]


def test_the_store_is_whole_until_a_segment_is_missing(db: Path) -> None:
    assert store_whole(_folder(db), _stamp(db))
    seg = next(_folder(db).glob("seg-*.json"))
    seg.rename(seg.with_name("aside"))
    assert not store_whole(_folder(db), _stamp(db))


def test_a_resized_segment_is_refused_in_one_line(seeded: Path) -> None:
    seg = next(_folder(seeded).glob("seg-*.json"))
    assert store_whole(_folder(seeded), _stamp(seeded))
    seg.write_bytes(seg.read_bytes() + b" ")  # valid JSON still, another size than the manifest says
    assert not store_whole(_folder(seeded), _stamp(seeded))
    for args in (["events", "--jsonl"], ["export", "-o", "-"]):
        result = CliRunner().invoke(main, ["--db", str(seeded), *args])
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        assert seg.name in result.output and "damaged" in result.output


def test_a_manifest_changed_in_place_is_caught_by_its_checksum(db: Path) -> None:
    """A byte of the manifest flipped with its size and time kept (the stamp still names
    it): its CRC-32 no longer matches, so the full path is taken, which refuses it."""
    stamp = _stamp(db)
    st = os.stat(db)
    raw = bytearray(db.read_bytes())
    at = raw.index(b'"source":"') + 12
    raw[at] = ord("Q") if raw[at] != ord("Q") else ord("R")
    with open(db, "r+b") as fh:  # in place: the same inode
        fh.write(raw)
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert FastIndex.open(db) is not None  # the stamp cannot tell
    assert not store_whole(_folder(db), stamp)
    result = CliRunner().invoke(main, ["--db", str(db), "events", "--jsonl"])
    assert result.exit_code == 1 and "checksum" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("first", ["segments", "articles"])
def test_the_segments_table_is_found_alone_wherever_it_lies(first: str) -> None:
    tricky = 'x"}}{"segments":{\\"y\\\\'  # quotes, braces, backslashes and the key itself, in a string
    segs = {"1": {"name": "seg-000001.json", "articles": 2, "events": 3, "size": 10},
            "2": {"name": "seg-000002.json", "articles": 1, "events": 1, "note": tricky}}
    arts = {"1": {"id": "a", "source": tricky, "segment": "seg-000001.json", "events": 3}}
    tables = {"segments": segs, "articles": arts}
    doc = {"meta": {"1": {"generation": 1}}, **{k: tables[k] for k in (first, *(set(tables) - {first}))}}
    assert listed_segments(orjson.dumps(doc)) == list(segs.values())


def test_a_segments_key_that_is_not_alone_is_left_to_the_full_path() -> None:
    doc = {"segments": {"1": {"name": "seg-000001.json"}}, "corrections": {"1": {"value": {"segments": {}}}}}
    assert listed_segments(orjson.dumps(doc)) is None
    assert listed_segments(b'{"segments":{"1":{"name":"seg-000001.json"}') is None  # cut short


def test_the_lean_checksum_head_and_segment_name_are_the_storage_layers() -> None:
    """``storefile`` (what the fast path imports) agrees with ``storage`` and ``manifest``."""
    import zlib

    from hoptac.core.store import manifest, storage, storefile

    assert storefile.CRC_HEAD == storage._CRC_HEAD
    assert storefile.SEGMENT_NAME.pattern == manifest.SEGMENT_NAME.pattern
    body = b'"segments":{"1":{"name":"seg-000001.json"}}}'
    good = storefile.CRC_HEAD + b"%10d}}," % zlib.crc32(body) + body
    cases = [good, good[:-1] + b"]", good.replace(b"}},", b"}} ", 1), b'{"segments":{}}', b"",
             storefile.CRC_HEAD + b"   12x4567}},{}", storefile.CRC_HEAD + b"%10d}}" % zlib.crc32(b"{}") + b"{}"]
    assert [storefile.crc_ok(c) for c in cases] == [storage._crc_ok(c) for c in cases]
    assert storefile.crc_ok(good) is True and storefile.crc_ok(good[:-1] + b"]") is False
