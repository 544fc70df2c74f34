"""hoptac at scale: the app, export and ingest against their targets, in one table.

    python -m bench.run [--sizes 10000,100000,1000000] [--keep DIR] [--only NAME,...]
                        [--reps N] [--app-reps N] [--corpus N] [--write-results]

NAME: start (a real terminal: tmux), app (headless harness: filters, search, cursor),
export, ingest (100 articles into the database), rate (fresh-corpus ingest), tinydb (the
store against TinyDB's default storage), compare (extraction against dateparser), views
(people, partners, the 2025 map and phrase search: ``bench.views``), cli (``hoptac events``
with a small answer: --pair, --province, --person; large answers: --type signing and every
event as JSON Lines, ``export`` of everything; ``pairs``, ``partners``: each a whole fresh
process), disk (the database's files against the JSON Lines export of its events: issue 14).

Databases are written once per size with ``python -m bench.events N`` into --keep DIR
(default: a temporary folder, removed at the end) and reused while their stamp matches
(N, seed, and the source of bench/events.py, core/store/segments.py, storage.py, cache.py). Every
measurement runs in its own fresh process, so this process stays small whatever the size
(a million events: about 5 GB of disk, 90 s to write, 6-10 min for the whole run).
--write-results rewrites bench/RESULTS.md with the report printed. The method is in
``bench.app_timing.NOTES`` (printed under the table).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .app_timing import BUDGET, PY, ROOT, child, m_app, med, repeat
from .tmux_timing import m_start
from .report import report

HOPTAC = str(Path(PY).parent / "hoptac")
NAMES = ("start", "app", "export", "ingest", "rate", "tinydb", "compare", "views", "cli", "disk")
PEERS_MARK = "<!-- bench.peers -->"  # RESULTS.md from here on is bench.peers' run, kept by --write-results
BYTES_PER_EVENT = 5200          # measured: 52 MB for 10k events (schema 2: segments and caches)
perf = time.perf_counter


# ---------------------------------------------------------------------------------------
def fingerprint() -> str:
    h = hashlib.sha256()
    for rel in ("bench/events.py", "bench/events_parts.py", "core/store/segments.py", "core/store/storage.py", "core/store/cache.py",
                "core/store/cache_writer.py", "core/store/segrecords.py"):
        p = ROOT / rel
        h.update(p.read_bytes() if p.exists() else b"-")
    return h.hexdigest()[:16]


def db_family(db: Path) -> list[Path]:
    """The database and whatever the store keeps beside it (caches, segments, lock)."""
    return sorted(p for p in db.parent.iterdir() if p.name == db.name or p.name.startswith(db.name + "."))


def disk_size(db: Path) -> int:
    return sum(f.stat().st_size for p in db_family(db) for f in ([p] if p.is_file() else p.rglob("*"))
               if f.is_file())


def ensure_db(keep: Path, n: int, log: Any) -> Path | None:
    db = keep / f"events-{n}.json"
    stamp = keep / f"events-{n}.stamp"
    want = {"n": n, "seed": 1, "source": fingerprint()}
    if db.exists() and stamp.exists() and json.loads(stamp.read_text()) == want:
        log(f"reusing {db}")
        return db
    free = shutil.disk_usage(keep).free
    need = n * BYTES_PER_EVENT * 3 + (1 << 30)   # database and caches, an ingest copy, an export
    if free < need:
        log(f"size {n:,}: skipped, needs about {need / 1e9:.1f} GB free on {keep}, has {free / 1e9:.1f} GB")
        return None
    for p in db_family(db) if db.parent.exists() else []:
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    stamp.unlink(missing_ok=True)
    log(f"writing {n:,} events to {db} …")
    r = child([PY, "-m", "bench.events", str(n), "--db", str(db)])
    if r["rc"] != 0:
        log(f"size {n:,}: bench.events failed: {r['err'].strip()[-500:]}")
        return None
    log(f"  {r['out'].strip()}")
    stamp.write_text(json.dumps(want))
    return db


def ensure_corpus(keep: Path, n: int, seed: int) -> Path:
    folder = keep / f"corpus-{n}-seed{seed}"
    if not (folder / "truth.jsonl").exists() or len(list(folder.glob("*.txt"))) != n:
        shutil.rmtree(folder, ignore_errors=True)
        r = child([PY, "-m", "bench.corpus", str(n), str(folder), "--seed", str(seed)])
        if r["rc"] != 0:
            raise SystemExit(f"bench.corpus failed: {r['err'][-500:]}")
    return folder


# ---------------------------------------------------------------------------------------
def m_export(db: Path, reps: int, keep: Path) -> dict[str, Any]:
    target = keep / "export-all.json"
    runs = repeat(lambda: child([HOPTAC, "export", "--db", str(db), "-o", str(target)]), reps)
    bad = [r for r in runs if r["rc"] != 0]
    size = target.stat().st_size if target.exists() else 0
    target.unlink(missing_ok=True)
    none = child([HOPTAC, "export", "--db", str(db), "--since", "2999", "-o", str(target)])
    target.unlink(missing_ok=True)
    if bad:
        return {"skip": "failed: " + bad[0]["err"].strip()[-500:]}
    return {"n": len(runs), "wall": med([r["wall"] for r in runs]), "rss": max(r["rss"] for r in runs),
            "rss_none": none["rss"], "wall_none": none["wall"], "bytes": size}


def m_ingest(db: Path, reps: int, keep: Path) -> dict[str, Any]:
    work = keep / "ingest-copy"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    for p in db_family(db):
        (shutil.copytree if p.is_dir() else shutil.copy2)(p, work / p.name)
    copy = work / db.name
    os.sync()  # the copy's gigabytes are flushed before the timing, not during it
    runs = []
    try:
        for seed in range(101, 101 + reps):
            folder = ensure_corpus(keep, 100, seed)
            r = child([HOPTAC, "ingest", str(folder), "--db", str(copy), "-q"])
            runs.append(r)
            if r["rc"] != 0 or "100 new" not in r["err"]:
                return {"skip": "failed: " + r["err"].strip()[-500:]}
            if r["wall"] > BUDGET:
                break
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"n": len(runs), "wall": med([r["wall"] for r in runs]), "rss": max(r["rss"] for r in runs),
            "summary": runs[-1]["err"].strip().splitlines()[-1]}


def m_views(db: Path, reps: int) -> dict[str, Any]:
    """The research views (``bench.views``), in a fresh process."""
    r = child([PY, "-m", "bench.views", str(db), "--reps", str(reps)])
    if r["rc"] != 0:
        return {"skip": f"bench.views failed: {r['err'][-300:]}"}
    return json.loads(r["out"].strip().splitlines()[-1])


CLI_FILTERS = {"pair": ["--pair", "lao cai,yen bai"], "province": ["--province", "lao cai"],
               "person": ["--person", "nguyen van an"]}
# large answers (issue 14: at least 200,000 events/s, streamed, in flat memory) and the views
CLI_LARGE = {"signing": ["events", "--type", "signing", "--jsonl"], "all": ["events", "--jsonl"],
             "export": ["export", "-o", "-"]}
CLI_VIEWS = {"pairs": ["pairs", "--json"], "partners": ["partners", "lao cai", "--json"],
             "people": ["people", "--limit", "20", "--json"],
             "people_province": ["people", "--province", "lao cai", "--json"]}


def m_disk(db: Path, keep: Path) -> dict[str, Any]:
    """Issue 14's disk row: every file of the database (segments, manifest, caches: the
    caches made first, as opening does) against the JSON Lines export of its events
    (``hoptac events --jsonl``, bytes counted)."""
    from .peers import run

    answer = keep / "disk-export.jsonl"
    first = run([HOPTAC, "--db", str(db), "events", "--jsonl"], answer)
    if first["rc"] != 0:
        return {"skip": f"events --jsonl failed: {first['err'].strip()[-300:]}"}
    export = answer.stat().st_size
    answer.unlink(missing_ok=True)
    files: dict[str, int] = {}
    for p in db_family(db):
        for f in ([p] if p.is_file() else sorted(p.rglob("*"))):
            if f.is_file():
                name = "seg-*.json" if f.name.startswith("seg-") and f.suffix == ".json" else f.name
                files[name] = files.get(name, 0) + f.stat().st_size
    files = dict(sorted(files.items(), key=lambda kv: -kv[1]))
    total = sum(files.values())
    return {"export": export, "total": total, "ratio": total / max(1, export), "files": files}


def m_cli(db: Path, reps: int, keep: Path) -> dict[str, Any]:
    """Whole fresh processes (warm page cache: one run first, its answer kept to count
    the rows): ``hoptac events FILTER --json`` with a small answer, large answers as
    JSON Lines or an export to standard output, ``pairs`` and ``partners``. Peak RSS
    by /usr/bin/time (``bench.peers.run``)."""
    from .peers import run

    out: dict[str, Any] = {}
    answer = keep / "cli-answer.out"
    jobs = {**{k: ["events", *a, "--json"] for k, a in CLI_FILTERS.items()}, **CLI_LARGE, **CLI_VIEWS}
    for name, args in jobs.items():
        cmd = [HOPTAC, "--db", str(db), *args]
        first = run(cmd, answer)
        if first["rc"] != 0:
            return {"skip": f"{name} failed: {first['err'].strip()[-300:]}"}
        if name in CLI_FILTERS or name in CLI_VIEWS:
            rows = len(json.loads(answer.read_bytes()))
        elif name == "export":
            with open(answer, "rb") as fh:
                rows = sum(1 for line in fh if line.startswith(b'    {"'))
        else:
            with open(answer, "rb") as fh:
                rows = sum(1 for _ in fh)
        runs = repeat(lambda: run(cmd, os.devnull), reps)
        out[name] = {"args": args, "wall": med([r["wall"] for r in runs]), "rss": max(r["rss"] for r in runs),
                     "rows": rows, "cpu": med([r["cpu"] for r in runs])}
    answer.unlink(missing_ok=True)
    out["n"] = reps
    return out


def compile_bytecode() -> None:
    """hoptac's modules compiled to bytecode first, as pip does when it installs the
    wheel: an editable install run with PYTHONDONTWRITEBYTECODE=1 (as on the machine
    these figures come from) would compile every module from source in every process,
    about 0.1 s of each command's start that no installed copy pays."""
    pkg = child([PY, "-c", "import hoptac, os; print(os.path.dirname(hoptac.__file__))"])["out"].strip()
    if pkg:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        child([PY, "-m", "compileall", "-q", "-x", r"[\\/](\.venv|tests|bench|scripts)[\\/]",
               os.path.join(pkg, "core"), os.path.join(pkg, "tui"), os.path.join(pkg, "__init__.py")], env=env)


def m_rate(keep: Path, n: int, reps: int) -> dict[str, Any]:
    folder = ensure_corpus(keep, n, 1)
    db = keep / "rate" / "fresh.json"
    runs = []
    for _ in range(reps):
        shutil.rmtree(db.parent, ignore_errors=True)
        db.parent.mkdir()
        # the million-event copies written just before leave gigabytes to flush; without
        # this the ingest's own fsync waits behind them (seen: 2.32 s instead of 2.18 s)
        os.sync()
        r = child([HOPTAC, "ingest", str(folder), "--db", str(db), "-q"])
        if r["rc"] != 0:
            return {"skip": "failed: " + r["err"].strip()[-500:]}
        runs.append(r)
    shutil.rmtree(db.parent, ignore_errors=True)
    wall = med([r["wall"] for r in runs])
    return {"n": len(runs), "articles": n, "wall": wall, "rate": n / wall, "rss": max(r["rss"] for r in runs),
            "cpu": med([r["cpu"] for r in runs]), "load": os.getloadavg()[0],
            "summary": runs[-1]["err"].strip().splitlines()[-1]}


def m_tinydb(db: Path, reps: int, keep: Path, province: str = "Lào Cai") -> dict[str, Any]:
    out, copy = keep / "store-timing.json", keep / "tinydb-copy.json"
    with open(db, "rb") as fh:
        same = b'"schema":1' in fh.read(200)   # schema 1: one TinyDB document; later: a manifest + segments
    tiny = db if same else copy

    def one(what: str, path: Path, *extra: str) -> dict[str, Any]:
        r = child([PY, "-m", "bench.app_timing", what, "--db", str(path), "--out", str(out),
                   "--province", province, *extra])
        if r["rc"] != 0:
            raise RuntimeError(r["err"].strip()[-500:])
        return json.loads(out.read_text())

    try:
        if not same:
            one("open", db, "--tinydb-copy", str(copy))
        size = tiny.stat().st_size
        ours, theirs = repeat(lambda: one("open", db), reps), repeat(lambda: one("tinydb", tiny), reps)
    except RuntimeError as exc:
        return {"skip": f"failed: {exc}"}
    finally:
        out.unlink(missing_ok=True)
        copy.unlink(missing_ok=True)
    pick = lambda runs: {k: med([r[k] for r in runs]) for k in ("open_first_s", "next_s")}  # noqa: E731
    return {"n": len(ours), "n_tiny": len(theirs), "ours": pick(ours), "tiny": pick(theirs), "province": province,
            "counts": (ours[0]["first_count"], theirs[0]["first_count"]), "events": ours[0]["events"],
            "file": "the same file" if same else f"hoptac's store; TinyDB: one file of its articles and events, "
            f"{size / 1e6:,.0f} MB, as hoptac's schema-1 store was"}


def m_compare(keep: Path, n: int) -> dict[str, Any]:
    folder = ensure_corpus(keep, n, 1)
    r = child([PY, "-m", "bench.compare", str(folder), "--limit", "200"])
    return {"out": r["out"].rstrip(), "rc": r["rc"], "err": r["err"].strip()[-300:]}


def code_state() -> tuple[str, str]:
    """(where the hoptac package measured lives, a hash of its core/ and tui/ sources)."""
    pkg = child([PY, "-c", "import hoptac, os; print(os.path.dirname(hoptac.__file__))"])["out"].strip()
    h = hashlib.sha256()
    for f in sorted(p for d in ("core", "tui") for p in Path(pkg, d).rglob("*") if p.suffix in (".py", ".tcss")):
        h.update(f.read_bytes())
    return pkg, h.hexdigest()


def machine_line(pkg: str) -> str:
    mem = next((int(l.split()[1]) * 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    try:
        from importlib.metadata import version
        tv = version("textual")
    except Exception:
        tv = "?"
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", "-C", pkg, *args], capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""
    head, dirty = git("log", "-1", "--format=%h %cs"), git("status", "--porcelain", "core", "tui")
    where = (f"hoptac at {head}" + (f" + uncommitted changes in core/ or tui/ ({len(dirty.splitlines())} files)"
                                    if dirty else "")) if head else f"hoptac from {pkg} (not a git checkout)"
    return (f"{os.cpu_count()} cores, {mem / 2**30:.1f} GiB RAM, {platform.platform()}, Python "
            f"{platform.python_version()}, textual {tv}; {where}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--keep", type=Path, help="keep databases and corpora here (reused while current)")
    ap.add_argument("--only", default=",".join(NAMES), help="comma-separated: " + ", ".join(NAMES))
    ap.add_argument("--reps", type=int, default=3, help="runs of each process-level measurement (default 3)")
    ap.add_argument("--app-reps", type=int, default=5, help="repetitions of each filter in the harness")
    ap.add_argument("--corpus", type=int, default=2000, help="articles for the fresh-corpus ingest rate")
    ap.add_argument("--write-results", action="store_true", help="rewrite bench/RESULTS.md with this report")
    args = ap.parse_args(argv)
    args.command = "python -m bench.run " + shlex.join(argv if argv is not None else sys.argv[1:])
    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip())
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    if only - set(NAMES):
        ap.error(f"unknown names: {', '.join(sorted(only - set(NAMES)))} (choose from {', '.join(NAMES)})")
    keep = args.keep or Path(tempfile.mkdtemp(prefix="hoptac-bench-"))
    keep.mkdir(parents=True, exist_ok=True)
    keep = keep.resolve()
    t_all = perf()
    pkg, code0 = code_state()
    compile_bytecode()  # every process measured starts as an installed copy would
    load0, machine = f"{os.getloadavg()[0]:.2f}", machine_line(pkg)   # the code measured: as at the start

    def log(msg: str) -> None:
        print(f"[{perf() - t_all:6.1f} s] {msg}", file=sys.stderr, flush=True)

    res: dict[int, dict[str, Any]] = {}
    once: dict[str, Any] = {"skipped": []}
    dbs: dict[int, Path] = {}
    try:
        per_size = only & {"start", "app", "export", "ingest", "tinydb", "views", "cli", "disk"}
        for n in sizes if per_size else []:
            db = ensure_db(keep, n, log)
            if db is None:
                once["skipped"].append(f"{n:,} events: not measured (see the log: disk or build)")
                continue
            dbs[n] = db
            d = res[n] = {"build": f"{disk_size(db) / 1e6:,.0f} MB on disk ({db.name} and what the store keeps "
                                   "beside it)"}
            for name, fn in (("start", lambda: m_start(db, args.reps, log)),
                             ("app", lambda: m_app(db, args.app_reps if n < 1_000_000 else 3, keep)),
                             ("export", lambda: m_export(db, args.reps, keep)),
                             ("ingest", lambda: m_ingest(db, args.reps, keep)),
                             ("views", lambda: m_views(db, args.reps)),
                             ("cli", lambda: m_cli(db, args.reps, keep)),
                             ("disk", lambda: m_disk(db, keep))):
                if name in only:
                    log(f"{n:,}: {name} …")
                    d[name] = fn()
                    if "skip" in d[name]:
                        log(f"{n:,}: {name}: {d[name]['skip'][:300]}")
        if "rate" in only:
            log(f"fresh-corpus ingest of {args.corpus:,} articles …")
            once["rate"] = m_rate(keep, args.corpus, args.reps)
        near = [k for k in dbs if k <= 200_000]   # TinyDB on a million events: minutes and ~10 GB
        if "tinydb" in only and near:
            n = min(near, key=lambda k: abs(k - 100_000))
            log(f"store vs TinyDB at {n:,} …")
            once["tinydb"] = m_tinydb(dbs[n], args.reps, keep)
        elif "tinydb" in only:
            once["tinydb"] = {"skip": "not measured: needs a size of at most 200,000 (e.g. --sizes 100000)"}
        if "compare" in only:
            log("extraction vs dateparser …")
            once["compare"] = m_compare(keep, args.corpus)
    finally:
        if args.keep is None:
            shutil.rmtree(keep, ignore_errors=True)
    load = f"; load average {load0} at the start, {os.getloadavg()[0]:.2f} at the end (other work slows figures)"
    changed = code_state()[1] != code0
    load += ("\n\n**Warning: hoptac's core/ or tui/ changed during this run, so these figures mix two versions "
             "(a database written before the change may have had its caches rebuilt). Run it again.**"
             if changed else "")
    text = report(args, sizes, res, once, machine + load, perf() - t_all)
    print(text)
    if args.write_results:
        results = ROOT / "bench" / "RESULTS.md"
        old = results.read_text() if results.exists() else ""
        kept = old[old.index(PEERS_MARK):] if PEERS_MARK in old else ""  # bench.peers' section stays
        results.write_text(text + ("\n" + kept if kept else ""))
        log(f"wrote {ROOT / 'bench' / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
