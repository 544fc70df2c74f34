"""How the pages write each foreign region of the gazetteer, and how the golds write it (round 30's
count behind ``scripts/gazetteer_press.py``; developers only)::

    python -m scripts.press_count DIR [DIR ...]        # each DIR holds articles/*.txt, maybe gold.json
    python -m scripts.press_count --json OUT DIR ...   # the whole table as JSON too

Each region found by ``places.find_places`` (its first candidate, a foreign province-level unit) is
counted under the form written, without a leading level word, folded as the scorer folds (no accents,
no case, letters only); a gold's ``pair`` name counts for the region it resolves to. A line starts
with "R" where the rule of ``gazetteer_press`` would rename the region (one form: at least 5 mentions
and two thirds of the region's, the golds' most common form the same and ahead of any other, folded
unlike the name), "s" where the form differs but the counts are few or split; a region a row renamed
is judged against its name before ("R": the row holds, "W": withdraw it; round 31). Prints counts only, never page text.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from hoptac.core import places
from hoptac.core.text import fold

LEVEL = re.compile(r"^(?:tỉnh|thành phố|tp\.?|vùng|bang|quận|huyện|khu vực|châu|xứ)\s+", re.I)


def key(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(unicodedata.normalize("NFC", s)))


def _withdrawn() -> dict[str, tuple[str, str]]:
    from scripts.gazetteer_press import WITHDRAWN

    return WITHDRAWN


def count(dirs: list[Path]) -> dict:
    written: dict[str, Counter] = defaultdict(Counter)
    shown: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    golds: dict[str, Counter] = defaultdict(Counter)
    pages: dict[str, set] = defaultdict(set)
    n = 0
    for d in dirs:
        for path in sorted((d / "articles").glob("*.txt")):
            n += 1
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
            for m in places.find_places(text):
                c = m.candidates[0] if m.candidates else None
                if c is None or c.country == places.VIETNAM or not c.is_province:
                    continue
                form = LEVEL.sub("", text[m.start:m.end].strip())
                form = form[:1].upper() + form[1:]
                written[c.name][key(form)] += 1
                shown[c.name][key(form)][form] += 1
                pages[c.name].add(path)
        gold = d / "gold.json"
        if gold.exists():
            data = json.loads(gold.read_text(encoding="utf-8"))
            for a in data["articles"] if isinstance(data, dict) else data:
                for name in a.get("pair", ()):
                    bare = name.split("(")[0].strip()
                    place = places.resolve(bare) or next(iter(places.lookup(bare)), None)
                    if place is not None and place.country != places.VIETNAM:
                        golds[place.name][bare] += 1
    gazetteer = places._gazetteer()
    withdrawn = {row[0] for row in _withdrawn().values()}   # a former press name: the region is not renamed
    out = {}
    for name in sorted(set(written) | set(golds), key=lambda p: -sum(written[p].values())):
        forms = [(shown[name][k].most_common(1)[0][0], k, c) for k, c in written[name].most_common()]
        total = sum(written[name].values())
        gk = Counter()
        for g, c in golds[name].items():
            gk[key(g)] += c
        flag = ""
        # a region renamed by a row of gazetteer_press is judged against its name before the row: "R"
        # keeps the row, "W" withdraws it (the rule no longer holds)
        before = next(iter(gazetteer.former.get(name, ())), name)
        if before in withdrawn:   # shown by its press name once, by this name again (gazetteer_press.WITHDRAWN)
            before = name
        renamed = before != name
        if forms and (forms[0][1] != key(before) or renamed):
            top = forms[0]
            ranked = gk.most_common(2)
            # the golds agree when the form they write most is the page's, ahead of any other (a tie is split)
            agree = not gk or (ranked[0][0] == top[1] and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]))
            holds = top[1] != key(before) and top[2] >= 5 and 3 * top[2] >= 2 * total and agree
            flag = ("R" if holds else "W") if renamed else ("R" if holds else "s")
        out[name] = {"flag": flag, "mentions": total, "pages": len(pages[name]),
                     "written": [[f, c] for f, _k, c in forms], "golds": golds[name].most_common()}
    return {"pages": n, "regions": out}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scripts.press_count", description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--json", type=Path, help="write the whole table here too")
    args = ap.parse_args(argv)
    table = count(args.dirs)
    print(f"{table['pages']} pages")
    for name, r in table["regions"].items():
        print(f"{r['flag'] or ' '} {name} [{r['mentions']} mentions, {r['pages']} pages]: "
              + "; ".join(f"{f}={c}" for f, c in r["written"][:6])
              + " || golds: " + "; ".join(f"{g}={c}" for g, c in r["golds"][:5]))
    if args.json:
        args.json.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
