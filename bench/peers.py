"""hoptac beside sqlite3, DuckDB and jq, on the same events, from cold processes.

    python -m bench.peers [--sizes 100000,1000000] [--db N=PATH ...] [--keep DIR] [--reps N]
                          [--jq-limit SECONDS] [--json FILE]

Each size's database comes from ``--db N=PATH`` (read only: nothing is written beside it)
or is written once into --keep with ``python -m bench.events N`` (as ``bench.run`` does).
Its events are exported once to JSON Lines (``hoptac events --jsonl``, itself timed: a
large answer), and from that file an indexed sqlite3 table with an FTS5 table beside it
and a DuckDB table are built once (the build times are printed). Then every query runs as
a whole fresh process per tool — hoptac's command, ``python -c`` with sqlite3 or duckdb,
jq on the JSON Lines — printing its answer (records one a line; counts for ``pairs`` and
``partners``) into a file once, then to /dev/null ``--reps`` times (medians; a query whose
first run takes over 10 s is not repeated). Peak memory is ``ru_maxrss`` from
``os.wait4``. The answers are compared (counts and ids, in order) and where they differ the
reason is told: accent folding, phrase semantics, what text is searched.

DuckDB is installed for the benchmark only (``pip install -e '.[bench]'``); without it, or
without jq, those columns say so and the rest runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from .app_timing import PY, ROOT, med
from .peers_queries import DUCK_CHILD, DUCK_SQL, JQ, QUERIES, SEARCH, SQLITE_CHILD, SQLITE_SQL

HOPTAC = str(Path(PY).parent / "hoptac")
SLOW = 10.0  # a first run longer than this is not repeated
JQ_LIMIT = 300.0  # jq is stopped after this long


# ---------------------------------------------------------------------------------------
def run(cmd: list[str], out: str | Path, limit: float | None = None) -> dict[str, Any]:
    """cmd with its standard output into ``out``: wall time, exit code, peak RSS (of cmd
    alone: measured by /usr/bin/time, whose own fork is small, where this process's
    size would count in a child forked from it)."""
    with open(out, "wb") as fh, tempfile.NamedTemporaryFile() as rss, tempfile.TemporaryFile() as err:
        wrap = ["/usr/bin/time", "-f", "%M %U %S", "-o", rss.name] if os.path.exists("/usr/bin/time") else []
        t0 = time.perf_counter()
        p = subprocess.Popen(wrap + cmd, cwd=ROOT, stdout=fh, stderr=err, stdin=subprocess.DEVNULL,
                             start_new_session=True)  # its own group: stopped with what it started
        try:
            p.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            p.wait()
            return {"wall": time.perf_counter() - t0, "rc": -9, "rss": 0, "err": f"stopped after {limit:.0f} s"}
        wall = time.perf_counter() - t0
        err.seek(0)
        last = (Path(rss.name).read_text().strip().splitlines() or [""])[-1].split()
        ok = len(last) == 3 and last[0].isdigit()
        return {"wall": wall, "rc": p.returncode, "rss": int(last[0]) * 1024 if ok else 0,
                "cpu": float(last[1]) + float(last[2]) if ok else None,  # user + system: less hostage to load
                "err": err.read().decode("utf-8", "replace")[-400:]}


def timed(cmd: list[str], answer: Path, reps: int, limit: float | None = None) -> dict[str, Any]:
    first = run(cmd, answer, limit)
    if first["rc"] != 0:
        return {"fail": first["err"].strip().splitlines()[-1:] or [f"exit {first['rc']}"]}
    runs = [first]
    if first["wall"] <= SLOW and reps:
        runs = [run(cmd, os.devnull) for _ in range(reps)]  # the first warmed the page cache
    return {"wall": med([r["wall"] for r in runs]), "rss": max(r["rss"] for r in runs), "n": len(runs),
            "cpu": med([r["cpu"] for r in runs])}


def read_answer(path: Path, kind: str, tool: str) -> Any:
    """The answer as ids in order (records), {pair: count} or {partner: count}."""
    import orjson

    data = path.read_bytes()
    if kind == "records":
        return [orjson.loads(line)["id"] for line in data.splitlines() if line.strip()]
    if tool == "hoptac":
        doc = orjson.loads(data)
        if kind == "pairs":
            return {tuple(d["pair"]): d["count"] for d in doc}
        return {d["partner"]: d["events"] for d in doc}
    if tool == "jq":
        doc = orjson.loads(data)
        if kind == "pairs":
            return {tuple(x for x in k.split("\t") if x): n for k, n in doc.items()}
        return dict(doc)
    out: dict[Any, int] = {}
    for line in data.decode("utf-8").splitlines():
        *key, n = line.split("\t")
        out[tuple(k for k in key if k) if kind == "pairs" else key[0]] = int(n)
    return out


# ---------------------------------------------------------------------------------------
def export_jsonl(db: Path, work: Path, reps: int, log: Callable[[str], None]) -> tuple[Path, dict[str, Any]]:
    """Every event as JSON Lines (hoptac events --jsonl): the peers' input, and a timing
    of the largest answer there is."""
    target = work / "events.jsonl"
    stamp = work / "events.stamp"
    want = json.dumps([str(db), os.stat(db).st_mtime_ns, os.stat(db).st_size])
    cmd = [HOPTAC, "--db", str(db), "events", "--jsonl"]
    if target.exists() and stamp.exists() and stamp.read_text() == want:
        log(f"reusing {target}")
        runs = [run(cmd, os.devnull) for _ in range(max(1, reps))]
        res = {"wall": med([r["wall"] for r in runs]), "rss": max(r["rss"] for r in runs),
               "cpu": med([r["cpu"] for r in runs])}
    else:
        log(f"exporting {db} to {target} …")
        res = timed(cmd, target, reps)
        stamp.write_text(want)
    lines = sum(1 for _ in open(target, "rb"))
    res["rows"] = lines
    return target, res


def _text(ev: dict[str, Any]) -> str:
    bits = [ev.get("title") or "", ev.get("snippet") or "", ev.get("location") or ""]
    bits += [p.get("name") or "" for p in ev.get("parties") or ()]
    bits += [p.get("name") or "" for p in ev.get("people") or ()]
    return " ".join(bits)


def build_sqlite(jsonl: Path, work: Path, log: Callable[[str], None]) -> tuple[Path, float]:
    import orjson

    path = work / "events.sqlite"
    if path.exists() and path.stat().st_mtime > jsonl.stat().st_mtime:
        return path, 0.0
    path.unlink(missing_ok=True)
    log("building the sqlite3 tables …")
    t0 = time.perf_counter()
    db = sqlite3.connect(path)
    db.executescript("""
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE events (rank INTEGER PRIMARY KEY, id TEXT, date TEXT, type TEXT, pair_a TEXT, pair_b TEXT,
                             json TEXT);
        CREATE TABLE parties (rank INTEGER, province TEXT);
        CREATE VIRTUAL TABLE fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
    """)

    def rows() -> Any:
        with open(jsonl, "rb") as fh:
            for rank, line in enumerate(fh):
                ev = orjson.loads(line)
                pair = (ev.get("pair") or []) + [None, None]
                yield rank, ev["id"], ev.get("date"), ev.get("type"), pair[0], pair[1], line[:-1].decode(), ev

    batch: list[Any] = []

    def flush() -> None:
        db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", [b[:7] for b in batch])
        db.executemany("INSERT INTO parties VALUES (?,?)",
                       [(b[0], p.get("province") or "") for b in batch for p in b[7].get("parties") or ()])
        db.executemany("INSERT INTO fts (rowid, text) VALUES (?,?)", [(b[0], _text(b[7])) for b in batch])
        batch.clear()

    for row in rows():
        batch.append(row)
        if len(batch) >= 20000:
            flush()
    flush()
    db.executescript("""
        CREATE INDEX parties_province ON parties (province, rank);
        CREATE INDEX events_type ON events (type);
        CREATE INDEX events_pair ON events (pair_a, pair_b);
    """)
    db.commit()
    db.close()
    return path, time.perf_counter() - t0


def build_duckdb(jsonl: Path, work: Path, log: Callable[[str], None]) -> tuple[Path | None, float, str]:
    try:
        import duckdb
    except ImportError:
        return None, 0.0, "duckdb not installed (pip install -e '.[bench]')"
    path = work / "events.duckdb"
    if path.exists() and path.stat().st_mtime > jsonl.stat().st_mtime:
        return path, 0.0, ""
    path.unlink(missing_ok=True)
    log("building the DuckDB table …")
    t0 = time.perf_counter()
    ranks = work / "ranks.csv"
    import orjson

    with open(jsonl, "rb") as fh, open(ranks, "w") as out:  # the timeline's order, by id
        out.write("id,rank\n")
        for rank, line in enumerate(fh):
            out.write(f"{orjson.loads(line)['id']},{rank}\n")
    db = duckdb.connect(str(path))
    db.execute(f"""
        CREATE TABLE ranks AS SELECT * FROM read_csv('{ranks}', header = true,
                                                     columns = {{'id': 'VARCHAR', 'rank': 'BIGINT'}});
        CREATE TABLE raw AS SELECT json FROM read_json_objects('{jsonl}', format = 'newline_delimited');
        CREATE TABLE events AS
          SELECT r.rank, e.* FROM (
            SELECT json ->> '$.id' AS id, json ->> '$.type' AS type,
                   json ->> '$.pair[0]' AS pa, json ->> '$.pair[1]' AS pb,
                   json_extract_string(json, '$.parties[*].province') AS provinces,
                   concat_ws(' ', json ->> '$.title', json ->> '$.snippet', json ->> '$.location',
                             array_to_string(json_extract_string(json, '$.parties[*].name'), ' '),
                             array_to_string(json_extract_string(json, '$.people[*].name'), ' ')) AS text,
                   json::VARCHAR AS json
            FROM raw) e JOIN ranks r USING (id);
        DROP TABLE raw; DROP TABLE ranks;
    """)
    db.close()
    ranks.unlink()
    return path, time.perf_counter() - t0, ""


# ---------------------------------------------------------------------------------------
def explain(name: str, mine: Any, theirs: Any, tool: str, jsonl: Path) -> str:
    """Whether ``theirs`` agrees with hoptac's answer, and why not when it does not."""
    if mine == theirs:
        return "same"
    if isinstance(mine, dict):
        diff = {k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k)}
        return f"{len(diff)} of {len(set(mine) | set(theirs))} keys differ, e.g. {sorted(diff, key=str)[:2]}"
    if sorted(mine) == sorted(theirs):
        return "same ids, another order"
    only_me, only_them = set(mine) - set(theirs), set(theirs) - set(mine)
    head = f"{len(theirs):,} rows: {len(only_me):,} only in hoptac, {len(only_them):,} only here"
    if name != "search":
        return head
    return head + "; " + _why_search(only_me, only_them, tool, jsonl)


def _why_search(only_me: set[str], only_them: set[str], tool: str, jsonl: Path) -> str:
    """Classify the differences of the two-word search."""
    import orjson

    from hoptac.core.text import fold_query

    if not only_me and not only_them:
        return ""
    counts: dict[str, int] = {}
    wanted = only_me | only_them
    with open(jsonl, "rb") as fh:
        for line in fh:
            ev = orjson.loads(line)
            if ev["id"] not in wanted:
                continue
            text = _text(ev)
            folded = " " + " ".join(fold_query(text).replace("-", " ").split()) + " "
            if ev["id"] in only_me:
                if f" {SEARCH}" not in folded:
                    why = "hoptac found it in the article's body (the peers have the events only)"
                elif f" {SEARCH} " not in folded:
                    why = "hoptac reads the last word as a prefix"
                elif "đ" in text.lower() or tool == "jq":
                    why = "accents: hoptac folds them (and đ to d), this tool does not"
                else:
                    why = "the peer's tokens or case differ"
            else:
                why = "a substring inside a longer word (LIKE / contains)" if f" {SEARCH} " not in folded \
                    else "other"
            counts[why] = counts.get(why, 0) + 1
    return "; ".join(f"{n:,}: {why}" for why, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def cell(res: dict[str, Any] | None) -> str:
    if not res:
        return "—"
    if "fail" in res:
        msg = " ".join(res["fail"])
        return f"> {msg.split()[-2]} s (stopped)" if msg.startswith("stopped after") else "failed: " + msg[:60]
    if "skip" in res:
        return res["skip"]
    cpu = f" (cpu {res['cpu']:.2f})" if res.get("cpu") is not None else ""
    return f"{res['wall']:.3f} s{cpu}, {res['rss'] / 1e6:.0f} MB"


def one_size(n: int, db: Path, work: Path, reps: int, log: Callable[[str], None],
             jq_limit: float = JQ_LIMIT) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    jsonl, exp = export_jsonl(db, work, reps, log)
    sq, sq_build = build_sqlite(jsonl, work, log)
    duck, duck_build, duck_skip = build_duckdb(jsonl, work, log)
    jq = shutil.which("jq")
    report: dict[str, Any] = {"n": n, "db": str(db), "export": exp, "sqlite_build": sq_build,
                              "duck_build": duck_build, "queries": {}}
    for name, (args, kind) in QUERIES.items():
        log(f"  {name} …")
        row: dict[str, Any] = {}
        answers: dict[str, Any] = {}
        plans: dict[str, list[str] | None] = {
            "hoptac": [HOPTAC, "--db", str(db), *args],
            "sqlite3": [PY, "-c", SQLITE_CHILD, str(sq), name, SQLITE_SQL[name][0], json.dumps(SQLITE_SQL[name][1])],
            "duckdb": ([PY, "-c", DUCK_CHILD, str(duck), name, DUCK_SQL[name][0], json.dumps(DUCK_SQL[name][1])]
                       if duck else None),
            "jq": ["jq", *JQ[name], str(jsonl)] if jq else None,
        }
        for tool, cmd in plans.items():
            if cmd is None:
                row[tool] = {"skip": duck_skip if tool == "duckdb" else "jq not found"}
                continue
            answer = work / f"answer-{name}-{tool}.out"
            # jq: one run, stopped after JQ_LIMIT (it reads and parses every line each time)
            res = timed(cmd, answer, reps, None) if tool != "jq" else timed(cmd, answer, 0, jq_limit)
            row[tool] = res
            if "fail" not in res:
                answers[tool] = read_answer(answer, kind, tool)
            answer.unlink(missing_ok=True)
        mine = answers.get("hoptac")
        row["rows"] = len(mine) if mine is not None else None
        row["agree"] = {t: explain(name, mine, a, t, jsonl) for t, a in answers.items() if t != "hoptac"}
        h, s = row.get("hoptac", {}), row.get("sqlite3", {})
        row["ratio"] = h["wall"] / s["wall"] if "wall" in h and "wall" in s and s["wall"] else None
        report["queries"][name] = row
    return report


def markdown(reports: list[dict[str, Any]], load: str) -> str:
    out = [f"Load average at the end: {load}. Whole fresh processes: wall time (median), in brackets the "
           "process's CPU time (user + system, median: less hostage to the machine's load), peak RSS.", ""]
    for rep in reports:
        e = rep["export"]
        out.append(f"#### {rep['n']:,} events")
        out.append("")
        out.append(f"Every event as JSON Lines (`hoptac events --jsonl`): {e.get('wall', 0):.2f} s "
                   f"(cpu {e.get('cpu') or 0:.2f} s), "
                   f"{e.get('rss', 0) / 1e6:.0f} MB peak, {e['rows'] / e['wall']:,.0f} events/s. "
                   f"Built once from it: sqlite3 in {rep['sqlite_build']:.0f} s, DuckDB in {rep['duck_build']:.0f} s "
                   "(0: reused).")
        out.append("")
        out.append("| query | rows | hoptac | sqlite3 | DuckDB | jq | hoptac / sqlite3 |")
        out.append("|---|---|---|---|---|---|---|")
        for name, row in rep["queries"].items():
            ratio = f"{row['ratio']:.1f}×" if row.get("ratio") else "—"
            rows = f"{row['rows']:,}" if row.get("rows") is not None else "—"
            out.append(f"| {name} | {rows} | {cell(row.get('hoptac'))} | {cell(row.get('sqlite3'))} | "
                       f"{cell(row.get('duckdb'))} | {cell(row.get('jq'))} | {ratio} |")
        out.append("")
        out.append("Answers against hoptac's:")
        out.append("")
        for name, row in rep["queries"].items():
            agree = "; ".join(f"{t}: {a}" for t, a in row.get("agree", {}).items())
            out.append(f"- {name}: {agree}")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000")
    ap.add_argument("--db", action="append", default=[], metavar="N=PATH", help="an existing database of N events")
    ap.add_argument("--keep", type=Path, default=None, help="where the exports, tables and databases stay")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    ap.add_argument("--jq-limit", type=float, default=JQ_LIMIT, help="stop a jq query after this many seconds")
    args = ap.parse_args(argv)
    given = {int(k): Path(v) for k, v in (d.split("=", 1) for d in args.db)}
    keep = args.keep or Path(tempfile.mkdtemp(prefix="hoptac-peers-"))

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    reports = []
    for n in (int(s) for s in args.sizes.split(",")):
        db = given.get(n)
        if db is None:
            from .run import ensure_db

            db = ensure_db(keep, n, log)
            if db is None:
                continue
        reports.append(one_size(n, db, keep / f"peers-{n}", args.reps, log, args.jq_limit))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(markdown(reports, load))
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1, default=str))
    if args.keep is None:
        shutil.rmtree(keep, ignore_errors=True)


if __name__ == "__main__":
    main()
