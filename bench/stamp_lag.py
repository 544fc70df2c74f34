"""How long after its occasion is a page stamped? The figures behind ``core/extract/stamp_lag.py``.

    python -m bench.stamp_lag SET [SET ...]              # each SET holds articles/*.txt and gold.json
    python -m bench.stamp_lag --shift 460 SET [SET ...]  # the probe: every stamp moved 460 days later

For every labelled page with a stamp and a gold day: the days from the gold day to the stamp, in
buckets, and for each page stamped more than STAMP_LAG_DAYS after its occasion whether "the latest
such day before the stamp" has the gold year. Then the main events whose year the stamp gave
(year_source "published"), with their lag and whether the year is right, and the main events the
far-stamp guard leaves with no year.

``--shift DAYS`` is a probe of a republication: each stamped page's stamp is replaced by one DAYS
later ("YYYY-MM-DD HH:MM"), the page read again and its main year compared with the gold: how many
become wrong, how many unknown.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.decode import decode
from hoptac.core.extract.events import extract_events
try:
    from hoptac.core.extract.stamp_lag import STAMP_LAG_DAYS
except ImportError:   # code from before the guard (a `git archive` first on PYTHONPATH): the same reach
    STAMP_LAG_DAYS = 45

BUCKETS = ((-10**6, -1, "before"), (0, 3, "0-3"), (4, 7, "4-7"), (8, 14, "8-14"), (15, 30, "15-30"),
           (31, STAMP_LAG_DAYS, f"31-{STAMP_LAG_DAYS}"), (STAMP_LAG_DAYS + 1, 120, f"{STAMP_LAG_DAYS + 1}-120"),
           (121, 365, "121-365"), (366, 10**6, ">365"))


def _gold(set_dir: Path) -> list[dict]:
    g = json.loads((set_dir / "gold.json").read_text("utf-8"))
    return g["articles"] if isinstance(g, dict) else g


def _main(text: str):
    art = parse_article(text)
    events, _ = extract_events(art, article_id="b", source="b.txt")
    return art, next((e for e in events if e["main"]), None)


def _latest_before(day: date, stamp: date) -> int:
    """The year of the latest (month, day) of ``day`` not after ``stamp``."""
    y = stamp.year
    while True:
        try:
            if date(y, day.month, day.day) <= stamp:
                return y
        except ValueError:   # 29 February
            pass
        y -= 1


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", type=Path, nargs="+")
    ap.add_argument("--shift", type=int, default=None, help="move every stamp this many days later (probe)")
    args = ap.parse_args(argv)
    lags: Counter[str] = Counter()
    far, stamped, guarded, probe = [], [], [], Counter()
    for set_dir in args.sets:
        for g in _gold(set_dir):
            want = (g.get("main_event") or {}).get("date") or ""
            path = set_dir / "articles" / g["file"]
            if not path.exists():
                continue
            text = decode(path.read_bytes())
            art, m = _main(text)
            name = f"{set_dir.name}/{g['file']}"
            if args.shift is not None:
                if art.published is None or art.published_span is None or len(want) < 4:
                    continue
                s, e = art.published_span
                later = art.published + timedelta(days=args.shift)
                art2, m2 = _main(text[:s] + later.strftime("%Y-%m-%d %H:%M") + text[e:])
                got = (m2 or {}).get("date") or ""
                unknown = not got or got.startswith("--") or (m2 or {}).get("year_source") == "unknown"
                probe["unknown" if unknown else "right" if got[:4] == want[:4] else "WRONG"] += 1
                if not unknown and got[:4] != want[:4]:
                    print(f"  wrong: {name} {got} want {want} ({(m2 or {}).get('year_source')})")
                continue
            if art.published is None or len(want) != 10:
                continue
            stamp, day = art.published.date(), date.fromisoformat(want)
            lag = (stamp - day).days
            lags[next(b for lo, hi, b in BUCKETS if lo <= lag <= hi)] += 1
            if lag > STAMP_LAG_DAYS:
                far.append((lag, name, want, _latest_before(day, stamp) == day.year))
            if m is not None and m["year_source"] == "published" and m["date"] and m["precision"] == "day":
                stamped.append((lag, name, m["date"][:4] == want[:4]))
            elif m is not None and m["year_source"] == "unknown" and m["date"] and lag > STAMP_LAG_DAYS:
                guarded.append((lag, name))
    if args.shift is not None:
        print(f"stamps moved {args.shift} days later: main years " + ", ".join(f"{k} {v}" for k, v in sorted(probe.items())))
        return
    print(f"pages with a stamp and a gold day: {sum(lags.values())}")
    for _, _, b in BUCKETS:
        print(f"  stamped {b:>8} days after the occasion: {lags[b]}")
    print(f"stamped more than {STAMP_LAG_DAYS} days after (the latest such day before the stamp: right year?):")
    for lag, name, _, ok in sorted(far):
        print(f"  {lag:5d}  {name}  {'right' if ok else 'WRONG'}")
    right = sum(ok for *_, ok in stamped)
    print(f"main day-events whose year the stamp gave: {len(stamped)}, right {right}, wrong {len(stamped) - right}, "
          f"largest lag {max((x[0] for x in stamped), default=0)}")
    print(f"main day-events left with no year, stamped more than {STAMP_LAG_DAYS} days after: "
          + (", ".join(f"{n} ({lag} d)" for lag, n in guarded) or "none"))


if __name__ == "__main__":
    main()
