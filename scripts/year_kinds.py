"""Kinds of year evidence measured where the year is known: would each give the right year alone?

    python -m scripts.year_kinds SET [SET ...]            # each SET holds articles/*.txt and gold.json
    python -m scripts.year_kinds --rows SET ...           # also one line per case (page, kind, years, gap, words)

Round 37 (infer37) asked which evidence gives a day's year *safely* where hoptac says "year unknown": a lower
bound (a document, a plan, a memorandum, a reorganisation dated shortly before the occasion), a stamp months
after the day across a new year, an upper bound (a plan told ahead), a next edition. A rule must be right far
more often than wrong (a wrong year is the worst answer). This script reads every labelled page whose gold main
event has a day, whatever hoptac answers now, and asks each kind present on the page for the gold day-month's
year, as a rule taking that kind alone would:

==============  ===================================================================================
kind            the year it would give for the gold's day and month
==============  ===================================================================================
lower:K         the first such day on or after the page's bound of kind K (year_bound_kinds: earlier_date,
                past_meeting, follow_up, after_merger, …), in bands of days from the bound to that day
upper:K         the latest such day on or before the page's upper bound of kind K (future_plan, …)
carried_plan    the first such day on or after a numbered document the page says is carried out
                ("nhằm thực hiện Kế hoạch số 43/KH-UBND ngày 22-8-2025", "Triển khai Kế hoạch số … ngày …")
stamp_across    the stamp's year less one, where the day-month lies after the stamp's in the stamp's own year
                (a visit on 12/5 on a page stamped 17/01/2020: 2019) -- only stamps more than 45 days after
                that day (nearer ones give the year already, stamp_lag)
==============  ===================================================================================

Each case is counted right or wrong against the gold's year. Nothing in the project runs this by itself; the
tests run :func:`first_after`, :func:`latest_before` and :data:`CARRIED_PLAN` on sentences written for them.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from hoptac.core.extract.decode import decode
from hoptac.core.extract.explain import explain_text
from hoptac.core.extract.stamp_lag import STAMP_LAG_DAYS
from hoptac.core.text import fold

__all__ = ["CARRIED_PLAN", "GAP_BANDS", "first_after", "latest_before", "cases", "main"]

#: A numbered document the page says is carried out, with its full date (folded text).
CARRIED_PLAN = re.compile(
    r"\b(?:thuc hien|trien khai|cu the hoa)\b(?:\s+\S+){0,4}?\s+(?:ke hoach|quyet dinh|chi thi|cong van|nghi quyet|"
    r"thong bao|ket luan|chuong trinh|huong dan|van ban)\b[^.;\n]{0,120}?\bngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})"
    r"\s*[/.-]\s*((?:19|20)\d\d)\b|\b(?:thuc hien|trien khai|cu the hoa)\b(?:\s+\S+){0,4}?\s+ke hoach\b"
    r"[^.;\n]{0,120}?\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)\b")
#: Days from the bound to the day it would date: the bands the table counts apart.
GAP_BANDS = ((0, 120), (121, 365))


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def first_after(bound: date, month: int, day: int) -> int | None:
    """The year of the first ``day``/``month`` on or after ``bound``."""
    d = _day(bound.year, month, day)
    if d is None:
        return None
    return bound.year if d >= bound else bound.year + 1


def latest_before(bound: date, month: int, day: int) -> int | None:
    """The year of the latest ``day``/``month`` on or before ``bound``."""
    d = _day(bound.year, month, day)
    if d is None:
        return None
    return bound.year if d <= bound else bound.year - 1


def _band(gap: int) -> str:
    return next((f"{lo}-{hi} d" for lo, hi in GAP_BANDS if lo <= gap <= hi), "over a year")


def cases(text: str, gold: date) -> list[tuple[str, int, int, str]]:
    """(kind, year it would give, days between, words) for each kind of evidence on the page."""
    ex = explain_text(text)
    out = []
    for b in ex.bounds:
        if b["kind"] == "clock":
            continue
        bound = date.fromisoformat(b["date"])
        if b["side"] == "lower":
            y = first_after(bound, gold.month, gold.day)
            d = _day(y, gold.month, gold.day) if y else None
            gap = (d - bound).days if d else None
        else:
            y = latest_before(bound, gold.month, gold.day)
            d = _day(y, gold.month, gold.day) if y else None
            gap = (bound - d).days if d else None
        if y is not None and gap is not None:
            out.append((f"{b['side']}:{b['kind']}", y, gap, b["text"]))
    folded = fold(text)
    for m in CARRIED_PLAN.finditer(folded):
        dd, mm, yy = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        bound = _day(int(yy), int(mm), int(dd))
        y = first_after(bound, gold.month, gold.day) if bound else None
        if y is not None:
            out.append(("carried_plan", y, (date(y, gold.month, gold.day) - bound).days, text[m.start():m.end()]))
    if ex.published:
        stamp = date.fromisoformat(ex.published[:10])
        y = latest_before(stamp, gold.month, gold.day)
        if y is not None and y < stamp.year and (stamp - date(y, gold.month, gold.day)).days > STAMP_LAG_DAYS:
            out.append(("stamp_across", y, (stamp - date(y, gold.month, gold.day)).days, ex.published))
    return out


def _pages(sets: list[Path]):
    for s in sets:
        g = json.loads((s / "gold.json").read_text("utf-8"))
        for a in (g["articles"] if isinstance(g, dict) else g):
            want = (a.get("main_event") or {}).get("date") or ""
            path = s / "articles" / a["file"]
            if re.fullmatch(r"\d{4}-\d\d-\d\d", want) and path.exists():
                yield f"{s.name}/{a['file']}", path, date.fromisoformat(want)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", type=Path, nargs="+")
    ap.add_argument("--rows", action="store_true", help="one line per case")
    args = ap.parse_args(argv)
    table: Counter = Counter()
    pages = 0
    for name, path, gold in _pages(args.sets):
        pages += 1
        for kind, y, gap, words in cases(decode(path.read_bytes()), gold):
            ok = "right" if y == gold.year else "wrong"
            table[(kind, _band(gap), ok)] += 1
            if args.rows:
                print(f"{ok:5} {kind:20} {name:22} gold {gold} gives {y} gap {gap:4} | {' '.join(words.split())[:90]}")
    print(f"pages with a gold day: {pages}")
    print("| kind | days from the evidence | right | wrong |")
    print("|---|---|---|---|")
    for kind, band in sorted({(k, b) for k, b, _ in table}):
        print(f"| {kind} | {band} | {table[(kind, band, 'right')]} | {table[(kind, band, 'wrong')]} |")


if __name__ == "__main__":
    main()
