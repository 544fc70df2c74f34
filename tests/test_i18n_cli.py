"""The command line's tables, findings and errors in Vietnamese (``--lang vi``) and English
(``--lang en``): headers, counts, event types, check/repair/explain, core's messages. Article
text (titles, names, places) stays as written; JSON keys stay English."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click.testing
import orjson
import pytest
from click.testing import CliRunner
from hoptac.tui import i18n
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("i18n-cli") / "hoptac.json"
    result = CliRunner().invoke(main, ["--lang", "en", "ingest", "--db", str(path), str(ROOT / "seeds")])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(autouse=True)
def english_after(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOPTAC_CONFIG", str(tmp_path / "none.toml"))
    yield
    i18n.set_language("en")


def run(lang: str, *args: str, tty: bool = True, monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str]:
    """``hoptac --lang LANG ARGS`` as on a terminal (tables, not JSON); exit code and output
    (stdout and stderr) without colour codes."""
    with pytest.MonkeyPatch.context() as mp:
        if tty:
            mp.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True)
        result = CliRunner().invoke(main, ["--lang", lang, *args], env={"COLUMNS": "160"})
    return result.exit_code, ANSI.sub("", result.output)


def header(out: str) -> str:
    return out.splitlines()[0]


@pytest.mark.parametrize("lang, words, absent", [
    ("vi", ["ngày", "loại", "cặp", "tiêu đề", "  ký kết  ", "trên 9 sự kiện"], ["date", "title", "signing", "events"]),
    ("en", ["date", "type", "pair", "title", "  signing  ", "of 9 events"], ["ngày", "tiêu đề", "ký kết", "sự kiện"]),
])
def test_events_table(db: Path, lang: str, words: list[str], absent: list[str]) -> None:
    code, out = run(lang, "events", "--db", str(db))
    assert code == 0
    for w in words:
        assert w in out, w
    for w in absent:  # the header, the type column and the count (titles are Vietnamese in both)
        assert w not in header(out) + out.splitlines()[-1] and f"  {w}  " not in out, w
    assert "Tỉnh Lào Cai và tỉnh Yên Bái tiếp tục hợp tác toàn diện" in out  # titles as written


def test_the_json_keys_and_values_stay_english_in_vietnamese(db: Path) -> None:
    code, out = run("vi", "events", "--db", str(db), "--json", tty=False)
    events = json.loads(out)
    assert code == 0 and {"date", "type", "pair", "title"} <= set(events[0]) and events[0]["type"] in (
        "conference", "signing", "visit", "announcement", "other")


@pytest.mark.parametrize("lang, args, words", [
    ("vi", ("pairs",), ["sự kiện", "cặp", "Lào Cai – Yên Bái"]),
    ("en", ("pairs",), ["events", "pair", "Lào Cai – Yên Bái"]),
    ("vi", ("pairs", "--map", "2025"), ["cặp (bản đồ 2025)", "Lào Cai (đã sáp nhập)"]),
    ("en", ("pairs", "--map", "2025"), ["pair (2025 map)", "Lào Cai (merged)"]),
    ("vi", ("people",), ["chức danh (cũ nhất trước)", "tỉnh", "người trong", "sự kiện"]),
    ("en", ("people",), ["titles (earliest first)", "province", "people in", "events"]),
    ("vi", ("partners", "lao cai"), ["Đối tác của Lào Cai", "đối tác", "hội nghị 3, ký kết 2", "3 đối tác trong 8 sự kiện"]),
    ("en", ("partners", "lao cai"), ["Partners of Lào Cai", "partner", "conference 3, signing 2", "3 partners in 8 events"]),
])
def test_research_tables(db: Path, lang: str, args: tuple[str, ...], words: list[str]) -> None:
    code, out = run(lang, *args, "--db", str(db))
    assert code == 0, out
    for w in words:
        assert w in out, (w, out)
    if lang == "vi":
        assert not re.search(r"\b(events|partner|province|titles|merged)\b", header(out) + out.splitlines()[-1])


def test_corrections_table_in_both_languages(tmp_path: Path) -> None:
    db = tmp_path / "c.json"
    assert CliRunner().invoke(main, ["--lang", "en", "ingest", "--db", str(db), str(ROOT / "seeds")]).exit_code == 0
    code, out = run("en", "events", "--db", str(db), "--json", "--limit", "1", tty=False)
    eid = json.loads(out)[0]["id"]
    code, out = run("vi", "correct", "--db", str(db), eid, "--type", "visit", tty=False)
    assert code == 0 and f"bản sửa 1: sự kiện {eid}: loại thăm" in out
    code, out = run("vi", "corrections", "--db", str(db))
    assert code == 0 and all(w in out for w in ("mã", "thay đổi", "trạng thái", "đã áp dụng", "loại thăm", "1 bản sửa"))
    code, out = run("en", "corrections", "--db", str(db))
    assert code == 0 and all(w in out for w in ("changed", "state", "applied", "type visit", "1 correction"))
    code, out = run("vi", "corrections", "--db", str(db), "undo", "1", tty=False)
    assert code == 0 and out.startswith("đã huỷ bản sửa 1")


def test_check_and_repair_in_both_languages(db: Path) -> None:
    code, out = run("vi", "check", "--db", str(db))
    assert code == 0 and "ổn: đã liệt kê 1 tệp phân đoạn, 5 bài, 9 sự kiện" in out and "không có lỗi" in out
    code, out = run("en", "check", "--db", str(db))
    assert code == 0 and "ok: 1 segment files, 5 articles, 9 events listed" in out and "checks out" in out
    code, out = run("vi", "repair", "--db", str(db))
    assert code == 0 and "đã xong: tệp kê khai: không lỗi, giữ nguyên" in out
    assert "đã xong: đã dựng lại các tệp đệm từ kho" in out


def test_check_finds_damage_and_says_so_in_vietnamese(tmp_path: Path) -> None:
    db = tmp_path / "d.json"
    assert CliRunner().invoke(main, ["--lang", "en", "ingest", "--db", str(db), str(ROOT / "seeds")]).exit_code == 0
    seg = sorted((tmp_path / "d.json.d").glob("seg-*.json"))[0]
    seg.write_bytes(seg.read_bytes() + b"xx")
    code, out = run("vi", "check", "--db", str(db))
    assert code == 1
    assert f"lỗi: {seg.name}: bị hỏng (không phải JSON hợp lệ)" in out
    assert "lỗi: tệp kê khai: " in out and "bị hỏng: " in out and "tệp kê khai ghi" in out
    assert "2 lỗi trong" in out and "is damaged" not in out
    code, out = run("vi", "events", "--db", str(db))
    assert code == 1 and "bị hỏng" in out and "`hoptac check` cho biết lỗi gì" in out and out.count("\n") == 1


def test_explain_in_both_languages(tmp_path: Path) -> None:
    f = tmp_path / "bai.txt"
    f.write_text("Hợp tác giữa Lào Cai và Yên Bái\n\nNgày 18/2/2023, tỉnh Lào Cai và tỉnh Yên Bái tổ chức hội nghị "
                 "tổng kết hợp tác.\n", encoding="utf-8")
    code, out = run("vi", "explain", str(f), tty=False)
    assert code == 0
    for w in ("tệp ", "tiêu đề", "thân bài", "ngày tháng", "địa danh", "sự kiện chính", "  ngày ", "  loại       hội nghị",
              "sự kiện khác 0", "tỉnh Lào Cai"):
        assert w in out, (w, out)
    code, out = run("en", "explain", str(f), tty=False)
    assert code == 0 and "main event" in out and "  type      conference" in out and "other events 0" in out
    code, out = run("vi", "explain", str(tmp_path / "none.txt"), tty=False)
    assert code == 1 and "không có tệp này" in out


def test_explain_rule_reasons_in_both_languages(tmp_path: Path) -> None:
    """Why each date got its verdict, why a line was cut, why the main event was chosen and
    its type: in Vietnamese with ``--lang vi``, in English with ``--lang en``."""
    f = tmp_path / "bai.txt"
    f.write_text("Hai tỉnh Lào Cai và Yên Bái tổng kết hợp tác\n\nadmin\n\n"
                 "Chiều 18/2/2023, tỉnh Lào Cai và tỉnh Yên Bái tổ chức hội nghị tổng kết hợp tác. "
                 "Bản ghi nhớ giữa hai tỉnh được ký kết ngày 26/2/2006 tại Yên Bái.\n", encoding="utf-8")
    code, vi = run("vi", "explain", str(f), tty=False)
    assert code == 0
    for w in ("một sự kiện bài viết đưa tin [", "ngày một văn bản được ký hay một đơn vị được thành lập",
              "phần khung trang: 'image banner'", "trong sapo", "trong câu ghi ngày của sự kiện"):
        assert w in vi, (w, vi)
    for w in ("an occasion the text reports", "the date something was signed", "page furniture", "in the lead",
              "in the sentence that dates it"):
        assert w not in vi, (w, vi)
    code, en = run("en", "explain", str(f), tty=False)
    assert code == 0
    for w in ("an occasion the text reports [", "the date something was signed or founded ('được ký kết ngày …')",
              "page furniture: 'image banner', 'admin', 'Chú thích ảnh': “admin”", "score 130: in the lead",
              "in the sentence that dates it"):
        assert w in en, (w, en)
    assert "sự kiện bài viết" not in en and "trong sapo" not in en


@pytest.mark.parametrize("args, vi, en", [
    (("events", "--since", "2020-02-30"), "không phải ngày: '2020-02-30' (không có ngày 30 trong 2020-02)",
     "not a date: '2020-02-30' (there is no day 30 in 2020-02)"),
    (("events", "--pair", "lao cai"), "một cặp là hai tên cách nhau bằng dấu phẩy", "a pair is two names"),
    (("events", "--level", "xyz"), "không có cấp 'xyz'", "unknown level 'xyz'"),
    (("events", "--search", "!!"), "không có gì để tìm trong '!!'", "nothing to search for in '!!'"),
    (("events", "--json", "--jsonl"), "chỉ chọn một trong --json và --jsonl", "choose one of --json and --jsonl"),
])
def test_errors_a_user_can_cause(db: Path, args: tuple[str, ...], vi: str, en: str) -> None:
    code, out = run("vi", *args, "--db", str(db), tty=False)
    assert code == 2 and vi in out and out.count("\n") == 1, out
    code, out = run("en", *args, "--db", str(db), tty=False)
    assert code == 2 and en in out, out


def test_a_missing_database_and_refused_files(tmp_path: Path) -> None:
    code, out = run("vi", "events", "--db", str(tmp_path / "typo.json"), tty=False)
    assert code == 1 and "không có cơ sở dữ liệu tại" in out and "sẽ tạo" in out
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bin.txt").write_bytes(bytes(range(256)) * 20)
    code, out = run("vi", "ingest", "--db", str(tmp_path / "n.json"), str(folder), tty=False)
    assert code == 1 and "empty.txt: trống" in out and "bin.txt: không phải văn bản" in out
    assert "2 tệp: 0 mới, 0 không đổi, 0 thay thế, 2 lỗi" in out
    code, out = run("en", "ingest", "--db", str(tmp_path / "n.json"), str(folder), tty=False)
    assert code == 1 and "empty.txt: empty" in out and "bin.txt: not text" in out



def test_an_unreadable_article_says_why_in_vietnamese(tmp_path: Path) -> None:
    """The reason the library puts in place of an article's text (shown by the detail pane,
    which passes it through ``tr``) is a Message: it reads in the user's language."""
    from hoptac.core.library import Library
    from hoptac.core.messages import Message
    from hoptac.core.store.segments import Store
    from hoptac.tui.i18n import tr

    db = tmp_path / "u.json"
    assert CliRunner().invoke(main, ["--lang", "en", "ingest", "--db", str(db), str(ROOT / "seeds")]).exit_code == 0
    Library.open(db)  # the caches
    lib = Library.open(db, verify=False)
    aid = next(iter(lib.index.events))["article_id"]
    other = Store(db)  # not the library's: its parsed segments stay as they were read
    seg = tmp_path / "u.json.d" / other._index()[aid]["segment"]  # the article's record there, same size
    raw = bytearray(seg.read_bytes())
    # as it lies: without the sentences its events quote (``textcut``), or whole
    stored = next(a for a in orjson.loads(raw)["articles"].values() if a["id"] == aid)
    at = raw.find(orjson.dumps(stored))
    assert at >= 0
    i = raw.index(b'"title":"', at) + 9
    raw[i] = ord("Q") if raw[i] != ord("Q") else ord("R")
    seg.write_bytes(bytes(raw))
    art = lib.article(aid)
    assert isinstance(art["text"], Message) and art["text"].startswith("This article cannot be read: ")
    i18n.set_language("vi")
    said = tr(art["text"])
    assert said.startswith("Không đọc được bài viết này: ") and seg.name in said and "bị hỏng" in said
    assert tr(art["title"]) == "(không đọc được)"
