"""Text a hostile file carries (issue 10, item 18): stray escapes are removed, not a reason to
refuse an article; escape sequences go whole; JSON output escapes what a terminal would act on;
a file name that is not UTF-8 reads the same on the screen and in the database."""

from __future__ import annotations

import json
import os
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from hoptac.core.extract.decode import DecodeError, decode
from hoptac.core.ingest import process_bytes
from hoptac.core.store.segments import Store
from hoptac.core.text import clean, json_escape_controls
from hoptac.tui.cli import main

ARTICLE = ("Lào Cai và Yên Bái ký kết hợp tác\n\n"
           "Sáng ngày 8/3/2020, tại thành phố Yên Bái, lãnh đạo tỉnh Lào Cai và tỉnh Yên Bái "
           "đã ký kết chương trình hợp tác phát triển du lịch giai đoạn mới.\n")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_a_short_article_with_a_few_escapes_is_kept_without_them() -> None:
    text = ARTICLE.replace("Sáng", "\x1bSáng").replace("du lịch", "du\x1b lịch").replace("mới", "mới\x1b")
    data = text.encode("utf-8")
    assert len(data) < 400 and text.count("\x1b") == 3
    result = process_bytes(data, "short.txt")
    assert result.error is None, result.error
    assert result.item is not None and result.item.events
    stored = result.item.article["text"]
    assert "\x1b" not in stored and "Sáng ngày 8/3/2020" in stored and "du lịch" in stored


def test_binary_that_happens_to_be_utf8_is_still_refused() -> None:
    with pytest.raises(DecodeError, match="not text"):
        decode(bytes(range(1, 32)) * 40 + b"abc")
    with pytest.raises(DecodeError, match="not text"):
        decode(b"\x1b\x01\x02\x03 x" * 200)


def test_whole_escape_sequences_are_removed() -> None:
    assert clean("\x1b[31mĐỏ\x1b[0m và \x1b[1;4mxanh\x1b[m") == "Đỏ và xanh"
    assert clean("a\x1b]0;title\x07b\x1b]8;;http://x\x1b\\c") == "abc"
    assert clean("a\x9b2Jb") == "ab"
    assert clean("\x1b tỉnh") == " tỉnh"  # a stray ESC: the word stays whole
    result = process_bytes(("\x1b[31m" + ARTICLE.replace("tác\n", "tác\x1b[0m\n", 1)).encode(), "title.txt")
    assert result.item is not None
    assert result.item.article["title"] == "Lào Cai và Yên Bái ký kết hợp tác"


def test_json_escapes_c1_controls_and_bidi_overrides() -> None:
    value = {"t": "a\u009bb\u202ec\u2066d\x7fe\x01f\u2028g"}
    raw = orjson.dumps(value)
    safe = json_escape_controls(raw)
    assert orjson.loads(safe) == value
    assert all(b not in safe for b in (b"\xc2\x9b", b"\xe2\x80\xae", b"\xe2\x81\xa6", b"\x7f", b"\xe2\x80\xa8"))
    assert b"\\u009b" in safe and b"\\u202e" in safe
    # Vietnamese letters and ordinary punctuation are left as they are
    assert json_escape_controls(orjson.dumps("Lào Cai – “hợp tác”…")) == orjson.dumps("Lào Cai – “hợp tác”…")


def test_every_json_output_escapes_controls_from_file_names(tmp_path: Path) -> None:
    src = tmp_path / "x\u009by\u202ez.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "db.json"
    assert run("ingest", "--db", str(db), str(src)).exit_code == 0
    outputs = {
        "--json": run("events", "--db", str(db), "--json").stdout_bytes,
        "--jsonl": run("events", "--db", str(db), "--jsonl").stdout_bytes,
        "export": run("export", "--db", str(db), "-o", "-").stdout_bytes,
    }
    for how, out in outputs.items():
        assert b"\xc2\x9b" not in out and b"\xe2\x80\xae" not in out, how
        assert b"\\u009b" in out and b"\\u202e" in out, how
    events = json.loads(outputs["--json"])
    assert events and events[0]["source"].endswith("x\u009by\u202ez.txt")


def test_a_file_name_that_is_not_utf8_is_shown_as_it_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = os.path.join(os.fsencode(folder), b"good-\xff.txt")
    empty = os.path.join(os.fsencode(folder), b"empty-\xfe.txt")
    with open(good, "wb") as fh:
        fh.write(ARTICLE.encode())
    with open(empty, "wb"):
        pass
    db = tmp_path / "db.json"
    result = run("ingest", "--db", str(db), str(folder))
    assert result.exit_code == 1
    assert "empty-\\xfe.txt: empty" in result.stderr
    assert "\udcfe" not in result.stderr and "\ufffd" not in result.stderr
    [article] = Store(db).articles()
    assert article["source"].endswith("good-\\xff.txt")


def test_a_copied_event_is_inert_json() -> None:
    from hoptac.tui.clipboard import event_json

    ev = {"title": "a\u009b31mb\u202ec", "date": "2020-03-08"}
    text = event_json(ev)
    assert "\u009b" not in text and "\u202e" not in text
    assert json.loads(text) == ev
