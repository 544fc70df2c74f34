"""How well does year inference generalise? The corpus read with its publication stamps
blanked: how many main years are then right, unknown, or WRONG (a wrong year is worse
than an honest "unknown").

    python -m bench.no_stamps CORPUS        # CORPUS holds articles/*.txt and gold.json

Without the stamp, a page's year must come from its own words (cues, bounds, full dates
of other occasions); pages fitted to their stamps show here as wrong years.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.decode import decode
from hoptac.core.extract.events import extract_events


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    args = ap.parse_args(argv)
    gold = {g["file"]: g for g in json.loads((args.corpus / "gold.json").read_text("utf-8"))}
    right = unknown = 0
    wrong = []
    for path in sorted((args.corpus / "articles").glob("*.txt")):
        want = gold.get(path.name, {}).get("main_event", {}).get("date")
        if not want:
            continue
        text = decode(path.read_bytes())
        art = parse_article(text)
        for _ in range(3):  # a page may carry more than one stamp
            if art.published_span is None:
                break
            s, e = art.published_span
            text = text[:s] + " " * (e - s) + text[e:]
            art = parse_article(text)
        events, _ = extract_events(art, article_id="x", source=path.name)
        main = next((ev for ev in events if ev["main"]), None)
        if main is None or not main["date"] or main["date"].startswith("-"):
            unknown += 1
        elif main["date"][:4] == want[:4]:
            right += 1
        else:
            wrong.append(f"{path.name} {main['date']} (want {want}; {(main['year_cue'] or {}).get('kind')})")
    print(f"stamps blanked: main year right {right}, unknown {unknown}, WRONG {len(wrong)}")
    for w in wrong:
        print("  " + w)


if __name__ == "__main__":
    main()
