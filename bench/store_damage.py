"""Rounds a reviewer can rerun (``python -m bench.robustness`` runs them after its own):

* damage to every file of a store — the manifest, the segment, every cache file — by
  truncation, zero-filling, same-size byte flips and valid JSON of the wrong shape;
  ``hoptac events --json`` (``hoptac people --json`` for the people table) must then
  give the right answer or refuse in one line
  (never a wrong answer, a traceback or a hang), and ``hoptac check`` must say
  something is wrong whenever the store is not as written;
* a full disk: every write of ``ingest``, ``compact``, a cache rebuild and ``export``
  made to fail with ENOSPC in turn (an ``OSError`` injected at the k-th ``fsync``), and,
  when this machine lets us mount one, a real 1 MB tmpfs filled by an ingest: one line,
  no temporary file left, the store as it was.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

FILES = ("db.json", "db.json.d/seg-000001.json", "db.json.d/rows.json", "db.json.d/columns.bin",
         "db.json.d/events.jsonl", "db.json.d/articles.jsonl",
         "db.json.d/words.txt", "db.json.d/words.bin", "db.json.d/people.json", "db.json.d/people.bin")
# the question asked after damaging a file: the people table answers `hoptac people`
ASKED = {"db.json.d/people.json": "people", "db.json.d/people.bin": "people"}
SHAPES = (b"{}", b"[]", b'{"articles": {}, "events": {}}', b'{"meta": {"1": {"app": "hoptac", "schema": 3}}}',
          b'{"_default": {"1": {"id": 3}}}')


def _hoptac(*args: str, timeout: float = 60) -> tuple[int | None, str, bytes]:
    env = dict(os.environ, COLUMNS="200")
    env.pop("HOPTAC_DB", None)
    try:
        proc = subprocess.run([sys.executable, "-m", "hoptac.tui.cli", *args], capture_output=True,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None, "HANG", b""
    return proc.returncode, proc.stderr.decode("utf-8", "replace"), proc.stdout


def _pristine(root: Path) -> tuple[Path, dict[str, bytes]]:
    from hoptac.core.library import Library, seed_paths

    base = root / "pristine"
    base.mkdir(parents=True, exist_ok=True)
    db = base / "db.json"
    code, err, _ = _hoptac("ingest", "--db", str(db), *map(str, seed_paths()))
    if code != 0:
        raise RuntimeError(err)
    Library.open(db)  # the caches
    answers = {}
    for command in ("events", "people"):  # people: made and kept as its table
        code, err, answers[command] = _hoptac(command, "--json", "--db", str(db))
        if code != 0:
            raise RuntimeError(err)
    return base, answers


def _damages(rng: random.Random, data: bytes, name: str) -> list[tuple[str, bytes]]:
    out = [("truncated to half", data[: len(data) // 2]), ("truncated to 0", b""),
           ("zero-filled", bytes(len(data)))]
    for k in range(3):
        raw = bytearray(data)
        if raw:
            i = rng.randrange(len(raw))
            raw[i] ^= 1 << rng.randrange(8)
        out.append((f"flip {k + 1}", bytes(raw)))
    digits = [i for i, b in enumerate(data) if 48 <= b <= 57]
    if digits:  # a digit for another digit: same size and, in JSON, still valid
        raw = bytearray(data)
        i = rng.choice(digits)
        raw[i] = 48 + (raw[i] - 48 + 1) % 10
        out.append(("digit flip", bytes(raw)))
    if name.endswith(".json"):
        out += [(f"shape {s.decode()[:24]}", s) for s in SHAPES]
        try:
            import orjson

            doc = orjson.loads(data)
            if isinstance(doc, dict) and doc:
                for key in list(doc)[:3]:
                    out.append((f"without {key!r}", orjson.dumps({k: v for k, v in doc.items() if k != key})))
        except ValueError:
            pass
    return out


def round_damage(tmp: Path, seed: int = 20261202) -> tuple[bool, list[str]]:
    rng = random.Random(seed)
    root = tmp / "damage"
    base, want = _pristine(root)
    tally = {"right answer": 0, "clean refusal": 0, "WRONG ANSWER": 0, "TRACEBACK": 0, "HANG": 0}
    unflagged = 0
    lines = []
    cases = 0
    for name in FILES:
        data = (base / name).read_bytes()
        for what, damaged in _damages(rng, data, name):
            work = root / "work"
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(base, work, symlinks=True)
            (work / name).write_bytes(damaged)
            cases += 1
            changed = damaged != data
            if changed:
                ccode, cerr, cout = _hoptac("check", "--db", str(work / "db.json"))
                flagged_before = 1 if ccode != 0 or b"without a checksum" in cout else 0
            else:
                flagged_before = 1
            asked = ASKED.get(name, "events")
            code, err, out = _hoptac(asked, "--json", "--db", str(work / "db.json"))
            if code is None:
                verdict = "HANG"
            elif "Traceback" in err or code not in (0, 1):
                verdict = "TRACEBACK"
            elif code == 0:
                verdict = "right answer" if out == want[asked] else "WRONG ANSWER"
            else:
                verdict = "clean refusal" if len(err.strip().splitlines()) == 1 else "TRACEBACK"
            tally[verdict] += 1
            if changed and flagged_before == 0:
                unflagged += 1
                lines.append(f"    check did not notice: {name}, {what}")
            if verdict not in ("right answer", "clean refusal"):
                lines.append(f"    {verdict}: {name}, {what}: {err.strip().splitlines()[-1] if err.strip() else ''}")
    ok = tally["WRONG ANSWER"] == tally["TRACEBACK"] == tally["HANG"] == unflagged == 0
    head = [f"damage to every file of a store ({len(FILES)} files, {cases} cases) → hoptac events --json "
            "(people --json for the people table):",
            "  " + ", ".join(f"{k} {v}" for k, v in tally.items()),
            f"  hoptac check noticed the damage in {cases - unflagged} of {cases} cases"]
    return ok, head + lines


# -- a full disk -----------------------------------------------------------------------------------------

def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith((".tmp", ".build"))]


def round_full_disk(tmp: Path) -> tuple[bool, list[str]]:
    """ENOSPC injected at the k-th fsync of each command, for every k the command reaches."""
    from click.testing import CliRunner

    from hoptac.core.library import seed_paths
    from hoptac.tui.cli import main

    root = tmp / "full"
    base, _ = _pristine(root)
    extra = root / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text(seed_paths()[1].read_text(encoding="utf-8") + "\nMột dòng thêm.\n",
                                   encoding="utf-8")
    commands = {"ingest": ["ingest", "--db", "{db}", str(extra)], "compact": ["compact", "--db", "{db}"],
                "export": ["export", "--db", "{db}", "-o", "{out}"], "repair": ["repair", "--db", "{db}"]}
    tally = {"one line": 0, "done before the disk filled": 0, "PROBLEM": 0}
    lines = []
    real_fsync = os.fsync
    for label, args in commands.items():
        for k in range(1, 12):
            work = root / "work"
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(base, work)
            db = work / "db.json"
            before = {n: b for n, b in _tree(work).items() if n == "db.json" or "seg-" in n}
            calls = [0]

            def fsync(fd: int, _k: int = k) -> None:
                calls[0] += 1
                if calls[0] >= _k:
                    raise OSError(errno.ENOSPC, "No space left on device")
                real_fsync(fd)

            os.fsync = fsync
            try:
                result = CliRunner().invoke(main, [a.format(db=db, out=work / "out.json") for a in args])
            finally:
                os.fsync = real_fsync
            after = _tree(work)
            said = [ln for ln in result.output.splitlines() if ln.startswith("hoptac:")]
            store_same = {n: b for n, b in after.items() if n == "db.json" or "seg-" in n} == before
            if result.exit_code == 0:  # every write went through (the k-th fsync, if reached, was a folder's)
                tally["done before the disk filled"] += 1
                if calls[0] < k:
                    break
                continue
            clean_exit = result.exception is None or isinstance(result.exception, SystemExit)
            if label == "repair":  # repair reports in its own lines: "could not: … is full …"
                said = [ln for ln in result.output.splitlines() if "is full" in ln][:1]
            good = (result.exit_code == 1 and len(said) == 1 and "full" in said[0] and not _leftovers(work)
                    and (store_same or label in ("repair", "compact")) and clean_exit)
            if good and label in ("repair", "compact"):  # compact may have finished its manifest write: still the same events
                code, _err, _ = _hoptac("events", "--json", "--db", str(db))
                good = code == 0
            tally["one line" if good else "PROBLEM"] += 1
            if not good:
                lines.append(f"    PROBLEM: {label}, fsync {k}: exit {result.exit_code}, {said or result.output[-300:]}"
                             f", leftovers {_leftovers(work)}, store unchanged {store_same}")
    head = ["a full disk (ENOSPC injected at each fsync of ingest, compact, export, repair in turn):",
            "  " + ", ".join(f"{k} {v}" for k, v in tally.items())]
    ok = tally["PROBLEM"] == 0
    tm_ok, tm_lines = _tmpfs_round(root)
    return ok and tm_ok, head + lines + tm_lines


def _tmpfs_round(root: Path) -> tuple[bool, list[str]]:
    """A real full disk: a 1 MB tmpfs (root only; skipped with a note otherwise)."""
    from hoptac.core.library import seed_paths

    mnt = root / "tmpfs"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        return True, ["a real full disk: no tmpfs could be mounted here (needs root); the injected round stands"]
    try:
        corpus = root / "many"
        corpus.mkdir()
        for i in range(200):
            seed = seed_paths()[i % 5]
            (corpus / f"{i:03d}.txt").write_text(seed.read_text(encoding="utf-8") + f"\nBản {i}\n", encoding="utf-8")
        db = mnt / "db.json"
        code, err, _ = _hoptac("ingest", "--db", str(db), str(corpus))
        said = [ln for ln in err.splitlines() if ln.startswith("hoptac:")]
        left = _leftovers(mnt)
        opens = _hoptac("check", "--db", str(db))[0] in (0, 1) if db.exists() else True
        good = code == 1 and len(said) == 1 and "full" in said[0] and not left and "Traceback" not in err and opens
        return good, [f"a real full disk (512 kB tmpfs, 200 articles): exit {code}, {said[0] if said else err[-200:]!r}, "
                      f"leftovers {len(left)}" + ("" if good else " — PROBLEM")]
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
