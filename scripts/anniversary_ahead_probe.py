"""Anniversaries of a known founding (anniversaries.KNOWN_FOUNDINGS, NATIONAL_DAYS) named by their count on
labelled pages, with how the page stands to them -- a probe for a rule before it is trusted (round 54, late54a).

    python -m scripts.anniversary_ahead_probe SET [SET ...]   # each SET holds articles/*.txt and gold.json

Nothing in the project runs this on real pages by itself (the sets are given on the command line). For every
"kỷ niệm N năm <a known founding>" (and "chào mừng N năm …", "dịp N năm …") it prints the page, the words
before it (``relation``: a look-ahead word of anniversaries.AHEAD_WORDS with what may stand between, "nhân
(dịp)", "chào mừng", "nhằm", or "-"), the anniversary's day, the gold main date and hoptac's, and what a rule
"preparing for an anniversary whose day is later in the same year: that year" would give (``same_year``),
against the gold's year. The tally at the end counts, per relation, the pages where that rule would be right,
wrong, or silent: a rule that would give one wrong year must not land.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from hoptac.core.extract.anniversaries import _KNOWN_ANNIV, _NUMBER_AT, _founding, _national
from hoptac.core.extract.decode import decode
from hoptac.core.text import fold

from .year_probe_variants import read_main

__all__ = ["RELATIONS", "relation", "main"]

#: How a page stands to an anniversary, by the words just before "kỷ niệm" (folded): ahead of it, or held for it.
RELATIONS = re.compile(r"\b(?P<rel>huong toi|huong den|tien toi|chuan bi|chao don|nhan dip|nhan|chao mung|nham|"
                       r"boi canh|dip)\s+(?:(?:chao mung|to chuc|cac hoat dong|le)\s+)*$")


def relation(folded: str, at: int) -> str:
    """The relation word before the anniversary at ``at`` (within 40 characters), or "-"."""
    m = RELATIONS.search(folded, max(0, at - 40), at)
    return m.group("rel") if m else "-"


def _anniversaries(folded: str) -> list[tuple[int, int, tuple[int, int]]]:
    """(where, the anniversary's year, its (month, day)) of each known founding named with its count."""
    out = []
    for word in ("ky niem", "chao mung", "dip "):
        i = folded.find(word)
        while i >= 0:
            m = _KNOWN_ANNIV.match(folded, i, i + 200)
            f = _founding(m) if m else None
            if f is not None and f[1] is not None:
                out.append((i, f[0], f[1]))
            elif m is None and _NUMBER_AT.match(folded, i) and (c := _national(folded, i, ())):
                out.append((i, c[0].year, c[0].day_month))
            i = folded.find(word, i + len(word))
    return sorted(set(out))


def main(argv: list[str] | None = None) -> None:
    tally: Counter = Counter()
    for set_dir in map(Path, argv if argv is not None else sys.argv[1:]):
        gold = {g["file"]: g for g in json.loads((set_dir / "gold.json").read_text("utf-8"))}
        for page in sorted((set_dir / "articles").glob("*.txt")):
            text = decode(page.read_bytes())
            folded = fold(text)
            found = _anniversaries(folded)
            if not found:
                continue
            g = (gold.get(page.name) or {}).get("main_event") or {}
            got = (read_main(text) or {}).get("date")
            want = g.get("date") or ""
            gy = int(want[:4]) if want[:4].isdigit() else None
            mm = re.match(r"(?:\d{4}|-)-(\d\d)-(\d\d)", got or "") or re.match(r"\d{4}-(\d\d)-(\d\d)", want)
            for at, year, (mo, d) in found:
                rel = relation(folded, at)
                same = None
                if rel in ("chuan bi", "huong toi", "huong den", "tien toi", "chao don") and mm:
                    same = year if (int(mm[1]), int(mm[2])) <= (mo, d) else None
                verdict = "silent" if same is None else ("right" if same == gy else "WRONG")
                tally[(rel, verdict)] += 1
                print(f"{set_dir.name}/{page.name}\t{rel}\t{date(year, mo, d)}\tgold {want or '-'}\thoptac {got or '-'}"
                      f"\tsame_year {same or '-'} ({verdict})\t{folded[at:at + 70]!r}")
    for (rel, verdict), n in sorted(tally.items()):
        print(f"{rel:10} {verdict:6} {n}")


if __name__ == "__main__":
    main()
