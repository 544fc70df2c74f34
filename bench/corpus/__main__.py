"""A synthetic corpus of Vietnamese cooperation news, with the truth of each article's
main event, to measure hoptac's extraction on text it was not tuned on.

    python -m bench.corpus N DIR [--seed S]          write N articles and DIR/truth.jsonl
    python -m bench.corpus --score DIR [--db PATH]   hoptac's main-event accuracy on DIR

The articles are written the way provincial portals and newspapers write them: a
headline (sometimes with the publication time), a lead that opens with the date
("Chiều 8/3, tại thành phố ...", "Trong hai ngày 24 và 25 tháng 11 năm 2018, ..."),
the delegations with their people and titles, results by sector, speeches, an older
dated milestone now and then, photo captions, a byline, and the page's boilerplate
around it all (banners, "1.JPG", a repeated lead, "Tin cùng chuyên mục" with other
dated items, visitor counters, share buttons, comment forms). Everything is
deterministic from the seed.

truth.jsonl has one line per file: the main event's date (ISO; "--MM-DD" when the
page gives no way to know the year), date_end, type, pair (the two partners as
provinces of the 63-province map, a district or city mapped to its province, a foreign
partner under its own name; sorted), location (province), and tags describing how the
article was written (date form, where the year comes from, levels) so mismatches can
be grouped.

The templates were written from how Vietnamese news reports such events, not from
hoptac's rules.
"""

# The generator and the scorer live in modules of their own:
#   words             word tables (places, names, sectors, captions, bylines, page scraps)
#   parties           a party and how it is written, its people; the gazetteer
#   dates             the event's date phrase, its ISO truth, the publication time
#   plan              who, what, when and where: the plan of one article
#   lead              the headline and the lead sentence
#   body              the paragraphs after the lead, and the other news below it
#   article           one whole page and its truth; write_corpus
#   score             --score: hoptac's main events against truth.jsonl

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .article import build_article, write_corpus
from .score import score

__all__ = ["build_article", "main", "score", "write_corpus"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, help="how many articles to write")
    ap.add_argument("dir", nargs="?", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--score", type=Path, metavar="DIR", help="score hoptac on a corpus folder")
    ap.add_argument("--db", type=Path, help="with --score: read this database instead of ingesting")
    args = ap.parse_args(argv)
    if args.score:
        return score(args.score, args.db)
    if args.n is None or args.dir is None:
        ap.print_usage(sys.stderr)
        print("give N and DIR, or --score DIR", file=sys.stderr)
        return 2
    write_corpus(args.n, args.dir, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
