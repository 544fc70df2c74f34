"""The year's robustness, probed: every labelled page read again as a real site could also print it.

    python -m scripts.year_probe SET [SET ...]            # each SET holds articles/*.txt and gold.json
    python -m scripts.year_probe --jobs 2 --wrong FILE SET ...   # also write every wrong year to FILE

Nothing in the project runs this on real pages by itself (the sets are given on the command line;
the tests run the variant makers on sentences written for them). For each labelled page whose gold
main event has a year, the page is changed in one way (the variants below, each written with the
probe's own sentences), read again, and the main event's year compared with the gold's: the
variant must give the gold's year or "year unknown" -- never another year. A wrong year is
tabulated by the variant and by the path its year took (the main event's ``year_cue`` kind).

Variants (``VARIANTS``):
  a  no_stamp        the stamp and page-clock lines above the lead removed
  b  stamp+2m/+5m/+8m, stamp+1y (365 days: the same day a year on), stamp+1y1m/+2y1m/+3y1m (a year, two,
     three and about a month): the stamp moved later (a republication, a mirror)
  c  no_headline     the headline removed;   cut_after_lead   the page cut after the lead's paragraph
  d  related_after_lead / related_glued / related_row   a related article's title with its own date of another
     year: under "Tin liên quan" after the lead, glued to the last line, or a row with a bar and a time;
     related_named / related_named_glued: related titles naming an occasion with its year ("Khai mạc Tuần
     Văn hóa - Du lịch hai tỉnh năm YYYY"), under "Tin liên quan" or glued to the last line
  e  basis           "Căn cứ Nghị quyết số …, ngày …/…/YYYY của …" in the body (another year)
  f  anniversary (discussed, next year's), anniversary_past (held last year), anniversary_agreed (agreed to
     hold, next year's), anniversary_day ("sẽ kỷ niệm 20 năm … (15/3/YYYY)"), anniversary_prepared (next year's, "đang
     chuẩn bị kỷ niệm … (20/10/YYYY – 20/10/YYYY)"), founding ("thành lập ngày
     …/…/1976"): "kỷ niệm 60 năm … (YYYY – YYYY)" with years other than the gold's
  +  old_lead_day (/_no_stamp): the lead opened by an old bond day ("Ngày 28/4/YYYY, … đã ký kết nghĩa …")
  +  twinning ("Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa."), plan_week (next year's week told ahead:
     "sẽ diễn ra từ ngày 5 đến 11/3/YYYY"): the shapes of two earlier unread sets' wrong years
  g  clock_2026      today's page clock (2026) above the headline; clock_2026_no_stamp: and no stamp;
     clock_2026_footer: today's clock with a time of day under the text
  h  weekday_other   the lead's day given with a weekday that fits another year, not the gold's
  i  (round 21, shapes read on the real pages of the round-19 and round-20 sets, written anew here)
     clock_stale (/_no_stamp): a stale page clock of six years before at the top, "Thứ Hai, ngày 11 tháng 09
     năm YYYY, 08:14:51" (a portal's header rendered long ago); view_count: a view counter that reads like a
     year glued to the stamp's line ("08:40 19/06/2022 1968"); updated_later: an "updated" line of a year
     later under the stamp ("Cập nhật: 14/03/YYYY 10:20"); copyright_footer: "© 2005 - YYYY Báo …" under the
     text; caption_archive / caption_dated: a photo caption above the lead dating an earlier signing
     ("… ngày 12/5/YYYY. (Ảnh tư liệu)"; the same without the archive mark, after the lead);
     related_above_lead: related titles with other years between the stamp and the lead (caption_archive and this one only on
     pages with a headline: on one without, the first line inserted stands for it); related_glued_lead:
     a related title with its full date glued to the lead's own line; banner: a festive banner of the next
     year over the page ("Mừng Đảng, mừng Xuân YYYY")
  j  (round 37) year_hidden: the year written with the main day taken away ("Ngày 12/5/2019, …" → "Ngày 12/5, …",
     only where the main day was read with its year stated, in the gold's year): what else of the page gives the
     year; year_hidden_no_stamp: and the stamp removed -- the page's words alone
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from hoptac.core.extract.decode import decode

from .year_probe_variants import VARIANTS, read_main

__all__ = ["VARIANTS", "main", "probe_page", "read_main"]

def _year(m: dict | None) -> int | None:
    d = (m or {}).get("date") or ""
    if not d or d.startswith("-") or (m or {}).get("year_source") == "unknown":
        return None
    return int(d[:4])


def probe_page(job: tuple[str, str, str, list[str]]) -> list[tuple]:
    name, path, want, names = job
    gy = int(want[:4])
    text = decode(Path(path).read_bytes())
    base = read_main(text)
    rows = [("(as is)", name, _outcome(base, gy), base, gy, str(gy) in text)]
    for v in names:
        try:
            t = VARIANTS[v](text, gy, base)
        except Exception as exc:   # a variant the page cannot take
            print(f"  {name} {v}: {exc!r}", file=sys.stderr)
            continue
        if t is None:
            continue
        m = read_main(t)
        rows.append((v, name, _outcome(m, gy), m, gy, str(gy) in t))
    return [(v, n, o, _short(m), gy, known) for v, n, o, m, gy, known in rows]


def _outcome(m: dict | None, gy: int) -> str:
    y = _year(m)
    return "unknown" if y is None else "right" if y == gy else "WRONG"


def _short(m: dict | None) -> dict:
    m = m or {}
    return {"date": m.get("date"), "kind": (m.get("year_cue") or {}).get("kind") or m.get("year_source"),
            "cue": (m.get("year_cue") or {}).get("text"), "date_text": m.get("date_text")}


def _jobs(sets: list[Path], names: list[str]) -> list[tuple[str, str, str, list[str]]]:
    jobs = []
    for set_dir in sets:
        g = json.loads((set_dir / "gold.json").read_text("utf-8"))
        for a in (g["articles"] if isinstance(g, dict) else g):
            want = ((a.get("main_event") or {}).get("date") or "")
            path = set_dir / "articles" / a["file"]
            if len(want) >= 4 and path.exists():
                jobs.append((f"{set_dir.name}/{a['file']}", str(path), want, names))
    return jobs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", type=Path, nargs="+")
    ap.add_argument("--only", default="", help="comma-separated variant names (default: all)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--wrong", type=Path, default=None, help="write every wrong year here (JSON lines)")
    args = ap.parse_args(argv)
    names = [v for v in args.only.split(",") if v] or list(VARIANTS)
    jobs = _jobs(args.sets, names)
    if args.jobs > 1:
        from multiprocessing import Pool
        with Pool(args.jobs) as pool:
            results = pool.map(probe_page, jobs, chunksize=4)
    else:
        results = [probe_page(j) for j in jobs]
    table: dict[str, Counter] = defaultdict(Counter)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    wrong = []
    for rows in results:
        for v, name, out, m, gy, known in rows:
            table[v][out] += 1
            if out == "WRONG":
                by_kind[v][m["kind"]] += 1
                wrong.append({"variant": v, "page": name, "gold_year": gy, "gold_year_in_text": known, **m})
    print(f"pages probed: {len(jobs)}")
    print(f"| variant | read | right | unknown | WRONG | wrong by year_cue kind |")
    print("|---|---|---|---|---|---|")
    for v in ["(as is)"] + names:
        c = table[v]
        kinds = ", ".join(f"{k} {n}" for k, n in by_kind[v].most_common())
        print(f"| {v} | {sum(c.values())} | {c['right']} | {c['unknown']} | {c['WRONG']} | {kinds} |")
    if args.wrong:
        args.wrong.write_text("".join(json.dumps(w, ensure_ascii=False) + "\n" for w in wrong), "utf-8")


if __name__ == "__main__":
    main()
