"""Whatever a user feeds ``hoptac ingest``: each bad input is reported with its path and
one plain reason, the rest of the batch goes on, and the exit code says whether any
input failed (1) or not (0; warnings do not fail)."""

from __future__ import annotations

import builtins
import os
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import hoptac.core.ingest as ingest_mod
from hoptac.core.extract import legacy
from hoptac.core.ingest import FileResult, ingest_paths, iter_files
from hoptac.core.store.segments import Store
from hoptac.core.text import fold_query
from hoptac.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
SEED_TEXT = SEED.read_text(encoding="utf-8")

NO_DATE_NO_PLACE = "Một ngày đẹp trời\nMọi người đi dạo trong công viên và uống cà phê cùng bạn bè.\n"


def _article(i: int) -> str:
    """A distinct good article (the seed with a marker line)."""
    return SEED_TEXT + f"\nBài số {i}.\n"


def run_ingest(db: Path, *paths: Path | str) -> Any:
    # wide, so that Rich does not wrap a long path over two lines
    return CliRunner(env={"COLUMNS": "2000"}).invoke(main, ["ingest", "--db", str(db), *map(str, paths)],
                                                   catch_exceptions=False)


def failures(output: str) -> list[str]:
    """The ``failed  PATH: reason`` lines, as ``PATH: reason``, sorted."""
    return sorted(line[len("failed  "):] for line in output.splitlines() if line.startswith("failed  "))


def reason_of(output: str, path: Path) -> str:
    found = [line.removeprefix(f"{path}: ") for line in failures(output) if line.startswith(f"{path}: ")]
    assert len(found) == 1, (path, failures(output))
    return found[0]


def by_path(summary) -> dict[str, FileResult]:
    return {fr.path: fr for fr in summary.files}


def _accounted(summary, expected: int) -> None:
    assert len(summary.files) == expected
    assert len({fr.path for fr in summary.files}) == expected
    assert all(fr.status in {"new", "unchanged", "replaced", "failed"} for fr in summary.files)
    assert all((fr.status == "failed") == (fr.error is not None) for fr in summary.files)


# --- one batch with every kind of bad file ------------------------------------------------------

def test_a_batch_of_bad_files_is_reported_file_by_file(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good 1.txt").write_text(_article(1), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \r\n\t \n")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (d / "shift_jis.txt").write_bytes("日本の新聞記事です。協力について。".encode("shift_jis") * 20)
    (d / "utf16-no-bom.txt").write_bytes(SEED_TEXT.encode("utf-16-le"))
    (d / "no date.txt").write_text(NO_DATE_NO_PLACE, encoding="utf-8")
    (d / "tcvn3.txt").write_bytes(legacy.to_tcvn3(_article(2)))
    (d / "good 2.txt").write_text(_article(3), encoding="utf-8")
    db = tmp_path / "db.json"
    result = run_ingest(db, d)
    assert result.exit_code == 1, result.output
    failed = failures(result.output)
    assert len(failed) == 6
    reasons = {name: reason_of(result.output, d / name) for name in
               ("empty.txt", "blank.txt", "binary.txt", "png.txt", "shift_jis.txt", "utf16-no-bom.txt")}
    assert reasons["empty.txt"] == "empty" and reasons["blank.txt"] == "empty"
    assert reasons["binary.txt"].startswith("not text") and reasons["png.txt"].startswith("not text")
    assert reasons["shift_jis.txt"].startswith("not text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI")
    assert reasons["utf16-no-bom.txt"] == "not text (binary data with NUL bytes)"
    assert "10 files: 4 new, 0 unchanged, 0 replaced, 6 failed" in result.output
    store = Store(db)
    texts = [a["text"] for a in store.articles()]
    assert len(texts) == 4
    assert any("hợp tác" in t and "Bài số 2" in t for t in texts)  # TCVN3 was converted, not stored as ¸


def test_each_reason_is_one_plain_line(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\x00\x1b[31m" * 50)
    result = run_ingest(tmp_path / "db.json", tmp_path / "b.txt")
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.startswith("failed")]
    assert len(lines) == 1 and "\x1b" not in result.output


# --- size --------------------------------------------------------------------------------------

def test_too_large_names_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 4096)
    big = tmp_path / "big.txt"
    big.write_text(SEED_TEXT * 3, encoding="utf-8")
    assert big.stat().st_size > 4096
    ok = tmp_path / "small.txt"
    ok.write_text(NO_DATE_NO_PLACE, encoding="utf-8")
    result = run_ingest(tmp_path / "db.json", big, ok)
    assert result.exit_code == 1
    assert failures(result.output) == [f"{big}: too large (over 4,096 bytes)"]
    assert "1 new" in result.output


def test_default_limit_is_20_mb() -> None:
    assert ingest_mod.MAX_BYTES == 20 * 1024 * 1024
    assert ingest_mod._size(ingest_mod.MAX_BYTES) == "20 MB"


# --- warnings are not failures -------------------------------------------------------------------

def test_no_date_and_no_locality_is_a_warning_and_the_article_is_kept(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text(NO_DATE_NO_PLACE, encoding="utf-8")
    db = tmp_path / "db.json"
    result = run_ingest(db, f)
    assert result.exit_code == 0, result.output
    assert "warning" in result.output and "no date" in result.output and "no Vietnamese locality" in result.output
    summary = ingest_paths(Store(tmp_path / "db2.json"), [f])
    fr = summary.files[0]
    assert fr.status == "new" and fr.warnings and fr.error is None
    arts = Store(db).articles()
    assert len(arts) == 1 and "cong vien" in fold_query(arts[0]["text"])  # kept, searchable


# --- permissions ---------------------------------------------------------------------------------

def _deny(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Make ``target`` unreadable. Root reads through chmod 000, so there the denial is
    simulated where hoptac reads: ``open`` in core.ingest and ``os.scandir`` for os.walk."""
    target.chmod(0)
    if not os.access(target, os.R_OK) and os.geteuid() != 0:
        return  # chmod is enough
    real_open, real_scandir = builtins.open, os.scandir

    def fake_open(file: Any, *a: Any, **k: Any) -> Any:
        if Path(file) == target:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **k)

    def fake_scandir(path: Any = ".") -> Any:
        if Path(path) == target:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(ingest_mod, "open", fake_open, raising=False)
    monkeypatch.setattr(os, "scandir", fake_scandir)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "in"
    d.mkdir()
    locked = d / "locked.txt"
    locked.write_text(_article(1), encoding="utf-8")
    (d / "ok.txt").write_text(_article(2), encoding="utf-8")
    try:
        _deny(monkeypatch, locked)
        result = run_ingest(tmp_path / "db.json", d)
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert failures(result.output) == [f"{locked}: permission denied"]
    assert "1 new" in result.output


def test_unreadable_folder_inside_and_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "a.txt").write_text(_article(1), encoding="utf-8")
    (d / "ok.txt").write_text(_article(2), encoding="utf-8")
    locked = d / "locked"
    try:
        _deny(monkeypatch, locked)
        result = run_ingest(tmp_path / "db.json", d, locked)
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1
    # reported inside the walk, and again as given by name
    assert failures(result.output) == [f"{locked}: cannot read folder: permission denied"] * 2
    assert "1 new" in result.output


# --- links, vanishing files, odd names -----------------------------------------------------------

def test_symlink_loops_terminate(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "a.txt").write_text(_article(1), encoding="utf-8")
    (d / "sub" / "self").symlink_to(d / "sub")          # folder → itself
    (d / "sub" / "up").symlink_to(d)                    # folder → its parent
    (d / "x.txt").symlink_to(d / "y.txt")              # file links in a loop
    (d / "y.txt").symlink_to(d / "x.txt")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    (d / "again.txt").symlink_to(d / "sub" / "a.txt")  # the same file twice: read once
    result = run_ingest(tmp_path / "db.json", d, d / "x.txt")
    assert result.exit_code == 1
    loop = "too many levels of symbolic links"
    assert failures(result.output) == sorted([
        f"{d / 'x.txt'}: {loop}", f"{d / 'y.txt'}: {loop}", f"{d / 'x.txt'}: {loop}",  # walked, then given
        f"{d / 'dangling.txt'}: broken symbolic link",
    ])
    assert "1 new" in result.output and "4 failed" in result.output


def test_file_that_vanishes_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"{i}.txt").write_text(_article(i), encoding="utf-8")
    real_iter = ingest_mod.iter_files

    def iter_and_delete(paths: Any) -> Any:
        for p, err in real_iter(paths):
            yield p, err
            if p.name == "1.txt":
                p.unlink()  # gone between listing and reading

    monkeypatch.setattr(ingest_mod, "iter_files", iter_and_delete)
    summary = ingest_paths(Store(tmp_path / "db.json"), [d])
    _accounted(summary, 3)
    res = by_path(summary)
    assert res[str(d / "1.txt")].error == "vanished before it could be read"
    assert summary.count("new") == 2


def test_file_that_vanishes_at_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"{i}.txt").write_text(_article(i), encoding="utf-8")
    gone = d / "2.txt"
    real_open = builtins.open

    def fake_open(file: Any, *a: Any, **k: Any) -> Any:
        if Path(file) == gone:
            raise FileNotFoundError(2, "No such file or directory", str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(ingest_mod, "open", fake_open, raising=False)
    result = run_ingest(tmp_path / "db.json", d)
    assert result.exit_code == 1
    assert failures(result.output) == [f"{gone}: vanished before it could be read"]
    assert "2 new" in result.output


def test_missing_path_and_special_files(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text(_article(1), encoding="utf-8")
    os.mkfifo(d / "pipe.txt")           # a FIFO named *.txt must not block the read
    os.mkfifo(tmp_path / "given-pipe")
    missing = tmp_path / "no such.txt"
    result = run_ingest(tmp_path / "db.json", d, missing, tmp_path / "given-pipe")
    assert result.exit_code == 1
    assert reason_of(result.output, d / "pipe.txt") == "not a regular file"
    assert reason_of(result.output, missing) == "no such file or folder"
    assert reason_of(result.output, tmp_path / "given-pipe") == "not a regular file"
    assert len(failures(result.output)) == 3
    assert "1 new" in result.output


def test_paths_with_spaces_and_non_ascii_names(tmp_path: Path) -> None:
    d = tmp_path / "thư mục có dấu" / "bài báo cũ"
    d.mkdir(parents=True)
    names = ["bài viết số 1.txt", unicodedata.normalize("NFD", "Hội nghị Lào Cai.txt"), "  spaces  .TXT",
             "日本語.txt", "tab\tname.txt"]
    for i, name in enumerate(names):
        (d / name).write_text(_article(i), encoding="utf-8")
    odd = os.fsdecode(b"not-utf8-\xff.txt")          # a name that is not UTF-8 at all
    (d / odd).write_text(_article(99), encoding="utf-8")
    (d / "ignored.md").write_text(_article(100), encoding="utf-8")
    (d / ".hidden.txt").write_text(_article(101), encoding="utf-8")
    db = tmp_path / "data base" / "db ư.json"
    db.parent.mkdir()
    result = run_ingest(db, tmp_path / "thư mục có dấu")
    assert result.exit_code == 0, result.output
    assert "6 files: 6 new" in result.output
    sources = {Path(a["source"]).name for a in Store(db).articles()}
    assert "bài viết số 1.txt" in sources and "日本語.txt" in sources


def test_same_file_given_twice_and_through_its_folder(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(_article(1), encoding="utf-8")
    summary = ingest_paths(Store(tmp_path / "db.json"), [f, tmp_path, f])
    _accounted(summary, 1)
    assert summary.count("new") == 1


def test_only_warnings_exit_zero_and_a_second_run_is_unchanged(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "plain.txt").write_text(NO_DATE_NO_PLACE, encoding="utf-8")
    shutil.copy(SEED, d / "seed.txt")
    db = tmp_path / "db.json"
    assert run_ingest(db, d).exit_code == 0
    again = run_ingest(db, d)
    assert again.exit_code == 0 and "2 unchanged" in again.output


def test_iter_files_reports_and_continues(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    out = list(iter_files([tmp_path / "missing", tmp_path]))
    assert out == [(tmp_path / "missing", "no such file or folder"), (tmp_path / "a.txt", None)]


def test_a_large_mixed_batch_through_the_process_pool(tmp_path: Path) -> None:
    d = tmp_path / "many"
    d.mkdir()
    n_good = ingest_mod.PARALLEL_FROM + 6
    for i in range(n_good):
        (d / f"good {i:03d}.txt").write_text(_article(i), encoding="utf-8")
    for i in range(5):
        (d / f"bad {i}.txt").write_bytes(b"\x00" * (10 + i))
    (d / "vni.txt").write_bytes(legacy.to_vni(_article(1000)))
    summary = ingest_paths(Store(tmp_path / "db.json"), [d], workers=2)
    _accounted(summary, n_good + 6)
    assert summary.count("new") == n_good + 1 and summary.count("failed") == 5
    assert {fr.error for fr in summary.failed} == {"not text (binary data with NUL bytes)"}


def test_stored_source_is_the_resolved_path_whatever_links_lie_on_the_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the source stored is Path.resolve() of the file; folders are resolved once per
    # ingest, so links to folders, links to files, ".." after a link and relative paths
    # must all come out as resolve() says
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    (real / "sub" / "b.txt").write_text(SEED_TEXT, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "dirlink").symlink_to(real, target_is_directory=True)
    (tmp_path / "sublink").symlink_to(real / "sub", target_is_directory=True)
    (real / "filelink.txt").symlink_to(other / "b.txt")
    (tmp_path / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    cases = ["dirlink/a.txt", "real/a.txt", "sublink/../a.txt", "./a.txt", "sublink/b.txt", "dirlink/./sub/b.txt",
             str(tmp_path / "dirlink" / "filelink.txt"), "real/filelink.txt", "missing/x.txt", "dirlink/none.txt"]
    from hoptac.core import source_paths

    source_paths.FOLDERS.clear()
    for _ in range(2):  # the second time from the folders remembered
        for given in cases:
            assert source_paths.resolved(given) == str(Path(given).resolve()), given
    assert source_paths.resolved("sublink/../a.txt") == str(real / "a.txt")  # not tmp_path/a.txt
