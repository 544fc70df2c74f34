"""`hoptac reread` reads the stored articles again from their stored text, without their files: old
readings replaced, this version's left alone, corrections kept on their events, stored texts keeping
their ids, interruptions, another writer's lock, and what it says to a user."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hoptac.core.extract import version as version_mod
from hoptac.core.store.segments import Store

from seed_copies import ROOT, events, interrupt_at, run


# -- hoptac reread: the stored articles read again from their text, without their files ----------

OLD = "00000000000000aa"


def _ingest_as_old(db: Path, files: list[Path], monkeypatch, old=lambda e: {**e, "type": "other"}) -> None:
    """Store ``files`` as an older hoptac would have: another fingerprint, and another
    reading (``old`` of each event: by default its type "other", so that a reading
    replaced is seen to be)."""
    import hoptac.core.ingest as ingest_mod

    real = ingest_mod.extract_events

    def worse(*args, **kwargs):
        evs, warnings = real(*args, **kwargs)
        return [old(e) for e in evs], warnings

    with monkeypatch.context() as m:
        m.setattr(ingest_mod, "extractor_version", lambda: OLD)
        m.setattr(ingest_mod, "extract_events", worse)
        result = run("ingest", "--db", str(db), "-j", "1", *map(str, files))
    assert result.exit_code == 0, result.output


def _stamps(db: Path) -> dict[str, str | None]:
    return {a["source"]: a.get("extractor") for a in Store(db)._index().values()}


def _read_count(monkeypatch) -> list[str]:
    import hoptac.core.reread as reread_mod

    seen: list[str] = []
    real = reread_mod.process_bytes
    monkeypatch.setattr(reread_mod, "process_bytes", lambda data, source, *a: seen.append(source) or
                        real(data, source, *a))
    return seen


@pytest.fixture()
def mixed(tmp_path: Path, monkeypatch) -> tuple[Path, Path, list[dict]]:
    """(database, copies, the events this version reads): three seeds stored by an older
    hoptac, two by this one; then the files are deleted (reread needs none of them)."""
    src = tmp_path / "in"
    src.mkdir()
    files = [shutil.copy(p, src / p.name) for p in sorted((ROOT / "seeds").glob("0*.txt"))]
    fresh = tmp_path / "fresh.json"
    assert run("ingest", "--db", str(fresh), "-j", "1", str(src)).exit_code == 0
    db = tmp_path / "db.json"
    _ingest_as_old(db, files[:3], monkeypatch)
    assert run("ingest", "--db", str(db), "-j", "1", *map(str, files[3:])).exit_code == 0
    shutil.rmtree(src)
    return db, src, events(fresh)


def _same_events(a: list[dict], b: list[dict]) -> bool:
    key = lambda e: (e["id"], e["type"], e.get("date"), tuple(e.get("pair") or ()))  # noqa: E731
    return sorted(map(key, a)) == sorted(map(key, b))


def test_reread_replaces_the_old_readings_and_leaves_this_versions_alone(mixed, monkeypatch) -> None:
    db, _, fresh = mixed
    assert not _same_events(events(db), fresh)  # the old reading: every type "other"
    seen = _read_count(monkeypatch)
    result = run("reread", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "3 read again, 2 already read by this version, 0 failed" in result.output, result.output
    assert len(seen) == 3  # the two this version read were not read again
    assert _same_events(events(db), fresh)  # the files' reading now, their files gone
    assert set(_stamps(db).values()) == {version_mod.extractor_version()} and len(_stamps(db)) == 5
    again = run("reread", "--db", str(db))
    assert again.exit_code == 0 and "0 read again, 5 already read by this version, 0 failed" in again.output
    assert len(seen) == 3
    assert run("check", "--db", str(db)).exit_code == 0


def test_reread_all_reads_every_article_again(mixed, monkeypatch) -> None:
    db, _, fresh = mixed
    assert run("reread", "--db", str(db), "-q").exit_code == 0
    seen = _read_count(monkeypatch)
    result = run("reread", "--db", str(db), "--all")
    assert result.exit_code == 0, result.output
    assert "5 read again, 0 already read by this version, 0 failed" in result.output
    assert len(seen) == 5 and _same_events(events(db), fresh)
    assert len(Store(db)._index()) == 5 and run("check", "--db", str(db)).exit_code == 0


def test_reread_in_worker_processes_reads_the_same(mixed, monkeypatch) -> None:
    import hoptac.core.reread as reread_mod

    db, _, fresh = mixed
    monkeypatch.setattr(reread_mod, "PARALLEL_FROM", 2)  # a pool for three articles
    summary = reread_mod.reread_store(Store(db), workers=2)
    assert (summary.count("reread"), summary.current, summary.count("failed")) == (3, 2, 0)
    assert _same_events(events(db), fresh)


def test_a_correction_made_under_the_old_reading_stays_on_its_event(mixed) -> None:
    db, _, _ = mixed
    ev = next(e for e in events(db) if e.get("date_text") == "ngày 19/9/2018")
    assert ev["type"] == "other"  # the old reading
    assert run("correct", "--db", str(db), ev["id"], "--type", "conference").exit_code == 0
    assert "3 read again" in run("reread", "--db", str(db)).output
    again = {e["id"]: e for e in events(db)}[ev["id"]]
    assert again["corrected"] is True and again["type"] == "conference"
    assert again["extracted"]["type"] == "signing"  # the new reading, under the correction
    listed = run("corrections", "--db", str(db))
    assert listed.exit_code == 0 and ev["id"] in listed.output


def test_a_correction_follows_its_event_to_the_id_this_version_gives_it(tmp_path: Path, monkeypatch) -> None:
    """An older hoptac that named the same event otherwise (its id): the correction moves
    to this version's event with the same date, type and pair (corrections.rematch)."""
    src = tmp_path / "in"
    src.mkdir()
    seed = next((ROOT / "seeds").glob("001_*.txt"))
    shutil.copy(seed, src / seed.name)
    db = tmp_path / "db.json"
    _ingest_as_old(db, [src / seed.name], monkeypatch, old=lambda e: {**e, "id": "0ld" + e["id"][3:]})
    ev = next(e for e in events(db) if e.get("date_text") == "ngày 19/9/2018")
    assert ev["id"].startswith("0ld")
    assert run("correct", "--db", str(db), ev["id"], "--type", "conference").exit_code == 0
    assert "1 read again" in run("reread", "--db", str(db)).output
    now = next(e for e in events(db) if e.get("date_text") == "ngày 19/9/2018")
    assert not now["id"].startswith("0ld")  # this version's id
    assert now["corrected"] is True and now["type"] == "conference"


def test_a_correction_follows_its_event_when_this_version_reads_its_pair_otherwise(tmp_path: Path,
                                                                                monkeypatch) -> None:
    """The same text, an older reading whose event had another id *and* another pair (an upgrade's
    better partner): the words that date it find it (corrections._same_words)."""
    src = tmp_path / "in"
    src.mkdir()
    seed = next((ROOT / "seeds").glob("001_*.txt"))
    shutil.copy(seed, src / seed.name)
    db = tmp_path / "db.json"
    _ingest_as_old(db, [src / seed.name], monkeypatch,
                   old=lambda e: {**e, "id": "0ld" + e["id"][3:], "pair": ["Hà Nội", "Huế"]})
    ev = next(e for e in events(db) if e.get("date_text") == "ngày 19/9/2018")
    assert run("correct", "--db", str(db), ev["id"], "--type", "conference").exit_code == 0
    assert "1 read again" in run("reread", "--db", str(db)).output
    now = next(e for e in events(db) if e.get("date_text") == "ngày 19/9/2018")
    assert now["pair"] != ["Hà Nội", "Huế"] and not now["id"].startswith("0ld")
    assert now["corrected"] is True and now["type"] == "conference"
    listed = json.loads(run("corrections", "--db", str(db), "--json").output)
    assert [c["orphaned"] for c in listed] == [False]


def test_same_words_find_one_event_or_none():
    from hoptac.core.store.corrections import _same_words

    rec = {"key": {"date_text": "Sáng ngày 23/12"}}
    one = [{"id": "a", "date_text": "Sáng ngày 23/12"}, {"id": "b", "date_text": "ngày 5/1"}]
    assert _same_words(one, rec)["id"] == "a"
    assert _same_words(one + [{"id": "c", "date_text": "Sáng ngày 23/12"}], rec) is None  # two: which is not told
    assert _same_words(one, {"key": {}}) is None


def test_stored_texts_from_a_bom_crlf_utf16_or_legacy_file_keep_their_ids(tmp_path: Path, monkeypatch) -> None:
    from encoded import cp1258_bytes

    body = ("Hà Giang và Tuyên Quang ký kết hợp tác\n\nNgày 3/4/2021, tại thành phố Hà Giang, lãnh đạo tỉnh "
            "Hà Giang và tỉnh Tuyên Quang đã ký kết chương trình hợp tác phát triển du lịch {n}.\n")
    src = tmp_path / "in"
    src.mkdir()
    (src / "bom_crlf.txt").write_bytes(b"\xef\xbb\xbf" + body.format(n=1).replace("\n", "\r\n").encode("utf-8"))
    (src / "utf16_crlf.txt").write_bytes(body.format(n=2).replace("\n", "\r\n").encode("utf-16"))
    (src / "cp1258.txt").write_bytes(cp1258_bytes(body.format(n=3)))
    (src / "decomposed_cr.txt").write_bytes(__import__("unicodedata").normalize("NFD", body.format(n=4))
                                            .replace("\n", "\r").encode("utf-8"))
    db = tmp_path / "db.json"
    _ingest_as_old(db, sorted(src.iterdir()), monkeypatch)
    before = set(Store(db)._index())
    assert len(before) == 4
    result = run("reread", "--db", str(db))
    assert result.exit_code == 0 and "4 read again, 0 already read by this version, 0 failed" in result.output
    assert set(Store(db)._index()) == before  # the same ids: no second copy of any article


def test_a_stored_text_that_would_not_decode_to_itself_is_kept_and_said(tmp_path: Path, monkeypatch) -> None:
    """A page whose escaped entities ("&amp;nbsp;") decode to entities ("&nbsp;"), which a
    second decoding would turn into spaces: another text, another id. Not stored again."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "escaped.txt").write_text(
        "Hà Giang và Tuyên Quang ký kết hợp tác\n\nNgày 3/4/2021,&amp;nbsp;tại thành phố Hà Giang,&amp;nbsp;lãnh "
        "đạo hai tỉnh&amp;nbsp;đã ký kết chương trình hợp tác.\n", encoding="utf-8")
    (src / "plain.txt").write_text(
        "Lạng Sơn và Cao Bằng ký kết hợp tác\n\nNgày 5/6/2022, tại thành phố Lạng Sơn, lãnh đạo tỉnh Lạng Sơn "
        "và tỉnh Cao Bằng đã ký kết hợp tác du lịch.\n", encoding="utf-8")
    db = tmp_path / "db.json"
    _ingest_as_old(db, sorted(src.iterdir()), monkeypatch)
    before = Store(db)._index()
    result = run("reread", "--db", str(db))
    assert result.exit_code == 1, result.output
    assert "1 read again, 0 already read by this version, 1 failed" in result.output
    assert "(1 whose stored text would not decode to itself: its reading is kept)" in result.output
    assert f"failed  {src / 'escaped.txt'}: its stored text decodes to another text" in result.output
    after = Store(db)._index()
    assert set(after) == set(before)  # no second copy
    kept = next(a for a in after.values() if a["source"].endswith("escaped.txt"))
    assert kept["extractor"] == OLD


def test_an_interrupted_reread_keeps_what_it_finished_and_continues(tmp_path: Path, monkeypatch) -> None:
    import hoptac.core.ingest as ingest_mod
    from hoptac.core.ingest import IngestInterrupted
    from hoptac.core.reread import reread_store

    monkeypatch.syspath_prepend(str(ROOT))  # the corpus helpers are shared with the benches
    from bench.faults import check_consistent, make_corpus

    db = tmp_path / "db.json"
    _ingest_as_old(db, make_corpus(tmp_path / "in", 20, tag="r"), monkeypatch)
    monkeypatch.setattr(ingest_mod, "BATCH_FILES", 5)
    stop_at_twelve, _ = interrupt_at(12)
    with pytest.raises(IngestInterrupted) as info:
        reread_store(Store(db), on_progress=stop_at_twelve, workers=1)
    summary = info.value.summary
    assert summary.interrupted and summary.total == 20 and summary.commits >= 2
    assert summary.count("reread") == 11 and len(summary.files) == 11  # the twelfth was not stored
    stamps = list(_stamps(db).values())
    assert stamps.count(version_mod.extractor_version()) == 11 and stamps.count(OLD) == 9
    assert check_consistent(db)[0] == 20
    read = _read_count(monkeypatch)
    result = run("reread", "--db", str(db), "-j", "1")
    assert "9 read again, 11 already read by this version, 0 failed" in result.output, result.output
    assert len(read) == 9 and check_consistent(db)[0] == 20


def test_reread_waits_for_another_writers_lock(mixed) -> None:
    import subprocess
    import sys

    from hoptac.core.reread import reread_store

    db, _, fresh = mixed
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom filelock import FileLock\nlock = FileLock(sys.argv[1])\nlock.acquire()\n"
        "print('held', flush=True)\ntime.sleep(60)\n"), str(db) + ".lock"], stdout=subprocess.PIPE, text=True)
    waits = []

    def on_wait(message: str) -> None:  # the reread is waiting: the other writer ends
        waits.append(message)
        holder.kill()
        holder.wait()

    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        summary = reread_store(Store(db), on_wait=on_wait, workers=1)
    finally:
        holder.kill()
        holder.wait()
    assert waits and "waiting for another hoptac process" in waits[0]
    assert summary.count("reread") == 3 and _same_events(events(db), fresh)


def test_reread_says_in_one_line_what_a_user_did_wrong(mixed, tmp_path: Path, monkeypatch) -> None:
    import tempfile

    db, _, _ = mixed
    missing = tmp_path / "typo.json"
    result = run("reread", "--db", str(missing))
    assert result.exit_code == 1 and result.output == (
        f"hoptac: no database at {missing} (`hoptac ingest --db {missing} FILES` creates one)\n")
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{not json", encoding="utf-8")
    result = run("reread", "--db", str(damaged))
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert result.output.startswith(f"hoptac: {damaged} is damaged or not a hoptac database")
    lost = tmp_path / "lost" / "db.json"
    lost.parent.mkdir()
    shutil.copytree(f"{db}.d", f"{lost}.d")
    result = run("reread", "--db", str(lost))
    assert result.exit_code == 1 and "the manifest was lost" in result.output and result.output.count("\n") == 1

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    before = _stamps(db)
    monkeypatch.setattr(tempfile, "mkstemp", refused)  # as a read-only folder answers
    result = run("reread", "--db", str(db))
    assert result.exit_code == 1 and result.output == (
        f"hoptac: cannot write the database in {db.parent}: permission denied\n")
    assert _stamps(db) == before  # nothing was read again


def test_reread_help_and_the_command_list() -> None:
    result = run("reread", "--help")
    assert result.exit_code == 0
    for words in ("Read the stored articles again with this version's rules", "--all", "--jobs", "--quiet",
                  "running it again continues"):
        assert words in result.output, words
    listed = run("--help")
    assert "reread" in listed.output


def test_an_interrupted_reread_says_what_it_kept_and_exits_130(mixed, monkeypatch) -> None:
    from hoptac.tui import cli_ingest

    db, _, _ = mixed
    ticks, _ = interrupt_at(2)
    monkeypatch.setattr(cli_ingest.Bar, "tick", lambda self, fr=None: ticks(fr))  # Ctrl+C at the second
    result = run("reread", "--db", str(db))
    assert result.exit_code == 130, result.output
    assert result.output.startswith("interrupted after 1 of 3 articles; what was read again is kept: 1 read again, "
                                    "2 already read by this version, 0 failed"), result.output
    assert "Run the same command again to continue." in result.output
    monkeypatch.undo()
    again = run("reread", "--db", str(db))
    assert again.exit_code == 0 and "2 read again, 3 already read by this version, 0 failed" in again.output
