"""hoptac's extraction against a general-purpose date tagger (dateparser).

    python -m bench.compare [CORPUS_DIR] [--limit N] [--min-seconds S]

For the five bundled seed articles (and, if given, a synthetic corpus folder written
by ``python -m bench.corpus``), measures

* articles per second: hoptac's whole per-article extraction
  (``hoptac.core.ingest.process_bytes``: decoding, article structure, places, dates,
  people, events) against dateparser's ``search_dates(body, languages=['vi'])`` alone;
* main-date accuracy: hoptac's main event date against the gold reading
  (tests/seeds-gold.json ``main_event.date``; truth.jsonl ``date`` for a corpus). For
  dateparser the "main date" is the first date it finds in the article body, i.e. the
  text after the headline line (the line holding the gold title); that body is also
  what it is timed on. dateparser fills a missing year with the current year.

dateparser is a benchmark-only tool, not a hoptac dependency. Install it into the
development environment only:  python -m pip install dateparser
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import orjson

from hoptac.core.ingest import process_bytes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "seeds-gold.json"
INSTALL_HINT = (f"dateparser is not installed. It is used by this benchmark only and is not a hoptac "
                f"dependency; install it into the development environment with:\n"
                f"    {sys.executable} -m pip install dateparser")


def _body_after_title(text: str, title: str) -> str:
    """The text after the headline line (the line containing the title)."""
    i = text.find(title) if title else -1
    if i < 0:
        i = 0
        while i < len(text) and not text[i].strip():
            i += 1
    nl = text.find("\n", i)
    return text[nl + 1:] if nl >= 0 else ""


def _load_seeds() -> list[dict]:
    gold = orjson.loads(GOLD.read_bytes())
    out = []
    for g in gold["articles"]:
        p = SEEDS / g["file"]
        data = p.read_bytes()
        out.append({"name": g["file"], "data": data, "title": g["title"], "date": g["main_event"]["date"]})
    return out


def _load_corpus(folder: Path, limit: int | None) -> list[dict]:
    truth = {}
    tp = folder / "truth.jsonl"
    if tp.exists():
        for line in tp.read_bytes().splitlines():
            if line.strip():
                t = orjson.loads(line)
                truth[t["file"]] = t
    files = sorted(folder.rglob("*.txt"))
    if limit:
        files = files[:limit]
    out = []
    for p in files:
        t = truth.get(p.name, {})
        out.append({"name": p.name, "data": p.read_bytes(), "title": t.get("title", ""), "date": t.get("date")})
    return out


def _decode(data: bytes) -> str:
    from hoptac.core.extract.decode import decode
    return decode(data)


def _time_rounds(fn, items: list, min_seconds: float, min_rounds: int = 3) -> tuple[float, int]:
    """Median seconds per article over rounds of the whole list; (per_article, rounds)."""
    per = []
    t_start = time.perf_counter()
    while len(per) < min_rounds or time.perf_counter() - t_start < min_seconds:
        t0 = time.perf_counter()
        for it in items:
            fn(it)
        per.append((time.perf_counter() - t0) / len(items))
        if len(per) >= 1000:
            break
    return statistics.median(per), len(per)


def _hoptac_main_date(it: dict) -> str | None:
    r = process_bytes(it["data"], it["name"])
    if r.item is None:
        return None
    m = next((e for e in r.item.events if e.get("main")), None)
    return m["date"] if m else None


def _dp_first_date(search_dates, it: dict) -> str | None:
    found = search_dates(it["body"], languages=["vi"])
    if not found:
        return None
    return found[0][1].date().isoformat()


def _day_month(iso: str | None) -> str | None:
    """"MM-DD" of "YYYY-MM-DD" or "--MM-DD"; None for a month or year."""
    if not iso:
        return None
    if iso.startswith("--"):
        return iso[2:]
    return iso[5:] if len(iso) == 10 else None


def _same_day_month(got: str | None, want: str | None) -> bool:
    g = _day_month(got)
    return g is not None and g == _day_month(want)


def _measure(items: list[dict], search_dates, min_seconds: float, label: str) -> dict:
    for it in items:
        it["body"] = _body_after_title(_decode(it["data"]), it["title"])
    for it in items:                         # warm up: gazetteer, compiled patterns, locale data
        process_bytes(it["data"], it["name"])
    h_per, h_rounds = _time_rounds(lambda it: process_bytes(it["data"], it["name"]), items, min_seconds)
    res = {"label": label, "n": len(items), "h_rate": 1 / h_per, "h_rounds": h_rounds}
    h_dates = [_hoptac_main_date(it) for it in items]
    gold = [it["date"] for it in items]
    scored = [i for i, g in enumerate(gold) if g]
    res["scored"] = len(scored)
    res["h_ok"] = sum(h_dates[i] == gold[i] for i in scored)
    res["h_dm"] = sum(_same_day_month(h_dates[i], gold[i]) for i in scored)
    res["h_dates"] = h_dates
    if search_dates is not None:
        search_dates(items[0]["body"], languages=["vi"])
        d_per, d_rounds = _time_rounds(lambda it: search_dates(it["body"], languages=["vi"]), items,
                                       min_seconds, min_rounds=1 if len(items) > 20 else 3)
        res["d_rate"] = 1 / d_per
        res["d_rounds"] = d_rounds
        d_dates = [_dp_first_date(search_dates, it) for it in items]
        res["d_ok"] = sum(d_dates[i] == gold[i] for i in scored)
        res["d_dm"] = sum(_same_day_month(d_dates[i], gold[i]) for i in scored)
        res["d_dates"] = d_dates
    res["gold"] = gold
    res["names"] = [it["name"] for it in items]
    return res


def _fmt_frac(k: int, n: int) -> str:
    return f"{k}/{n} ({k / n:.0%})" if n else "-"


def _print_table(results: list[dict], have_dp: bool) -> None:
    rows = []
    for r in results:
        L = r["label"]
        if have_dp:
            ratio = r["h_rate"] / r["d_rate"]
            rows.append((f"{L}: articles per second", f"{r['h_rate']:,.0f}", f"{r['d_rate']:,.1f}",
                         f"hoptac {ratio:,.0f}x faster"))
        else:
            rows.append((f"{L}: articles per second", f"{r['h_rate']:,.0f}", "-", ""))
        if r["scored"]:
            n = r["scored"]
            d_ok = _fmt_frac(r["d_ok"], n) if have_dp else "-"
            d_dm = _fmt_frac(r["d_dm"], n) if have_dp else "-"
            ratio = (f"{(r['h_ok'] / n) / (r['d_ok'] / n):.1f}x" if have_dp and r["d_ok"] else
                     ("dateparser 0 right" if have_dp else ""))
            rows.append((f"{L}: main date exact", _fmt_frac(r["h_ok"], n), d_ok, ratio))
            rows.append((f"{L}: main date, day+month", _fmt_frac(r["h_dm"], n), d_dm, ""))
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows + [("", "hoptac", "", "")])
    w2 = max(len(r[2]) for r in rows + [("", "", "dateparser", "")])
    print(f"{'':<{w0}}  {'hoptac':>{w1}}  {'dateparser':>{w2}}  ratio")
    for a, b, c, d in rows:
        print(f"{a:<{w0}}  {b:>{w1}}  {c:>{w2}}  {d}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, help="a synthetic corpus folder (python -m bench.corpus)")
    ap.add_argument("--limit", type=int, default=200, help="at most this many corpus articles (default 200)")
    ap.add_argument("--min-seconds", type=float, default=2.0, help="time each side at least this long")
    args = ap.parse_args(argv)
    try:
        from dateparser.search import search_dates
    except ImportError:
        search_dates = None
        print(INSTALL_HINT, file=sys.stderr)
        print("(showing hoptac's numbers alone)\n", file=sys.stderr)

    results = [_measure(_load_seeds(), search_dates, args.min_seconds, "seeds")]
    if args.corpus:
        if not args.corpus.is_dir():
            ap.error(f"{args.corpus} is not a folder")
        items = _load_corpus(args.corpus, args.limit)
        if not items:
            ap.error(f"no .txt files in {args.corpus}")
        results.append(_measure(items, search_dates, args.min_seconds, "corpus"))

    print("hoptac: the whole extraction per article (core.ingest.process_bytes), one process.")
    if search_dates is not None:
        import dateparser
        print(f"dateparser {dateparser.__version__}: search_dates(body, languages=['vi']) alone, on the text after "
              "the headline line;\n  its 'main date' is the FIRST date it finds there (a missing year becomes "
              "the current year).")
    print("main date: hoptac's main event date vs the gold reading (seeds: tests/seeds-gold.json; corpus: "
          "truth.jsonl).\n")
    _print_table(results, search_dates is not None)
    print()
    seeds = results[0]
    print("per seed (gold | hoptac | dateparser):")
    for i, name in enumerate(seeds["names"]):
        d = seeds["d_dates"][i] if search_dates is not None else "-"
        print(f"  {name}  {seeds['gold'][i]} | {seeds['h_dates'][i]} | {d}")
    for r in results:
        extra = f", dateparser {r['d_rounds']} round(s)" if search_dates is not None else ""
        print(f"({r['label']}: {r['n']} articles; hoptac timed over {r['h_rounds']} rounds{extra})")
    return 0 if search_dates is not None else 1


if __name__ == "__main__":
    sys.exit(main())
