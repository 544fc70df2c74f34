"""How many words does the people stage walk, and how many of them twice? (round 42)

    python -m bench.people_walks [FOLDER ...]

Runs the whole pipeline over the files (default: the bundled seeds) with counters around
the people stage (:mod:`hoptac.core.extract.people`): the capitalised runs tried as names,
the titles read after a name (``_title_after``) and their words, the title starts read by
``titled_people`` and the words it walks, and of those the starts and words that lie inside
a title ``_title_after`` had already read on the page -- the "double walk" of
docs/performance.md, round 42. A read title's span is taken as from the name's end to the
length of the title found after it plus its separator (8 characters): a count, not a rule.
The counters are put back when the pass ends.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from hoptac.core.extract import people, people_titled
from hoptac.core.ingest import process_bytes
from hoptac.core.library import seed_paths

#: the separator and blanks before a title, at most (people._SEP_RE is matched on 8 characters)
_SEP_REACH = 8


class _Words:
    """``people_titled._WORD_RE`` counting the words walked."""

    def __init__(self, regex, counts: Counter, read: list[tuple[int, int]]):
        self._regex, self._counts, self._read = regex, counts, read

    def finditer(self, text, start, end):
        for m in self._regex.finditer(text, start, end):
            self._counts["titled_words"] += 1
            if any(a <= m.start() < b for a, b in self._read):
                self._counts["titled_words_inside_a_read_title"] += 1
            yield m

    def match(self, *a):
        return self._regex.match(*a)


def count(texts: list[tuple[str, bytes]]) -> Counter:
    """The counters over one pipeline pass of ``texts`` ((source, bytes) pairs)."""
    counts: Counter = Counter()
    read: list[tuple[int, int]] = []
    saved = (people._title_after, people.titled_people, people_titled._next_start, people_titled._WORD_RE,
             people._NAME_SHAPE_RE, people._NAME_RE)
    title_after, titled, next_start, word_re, name_shape_re, name_re = saved

    def title_after_counted(text, pos, *a, **k):
        title = title_after(text, pos, *a, **k)
        counts["titles_after_a_name"] += 1
        counts["title_after_words"] += len(title.split())
        if title:
            read.append((pos, pos + _SEP_REACH + len(title)))
        return title

    def next_start_counted(*a, **k):
        m = next_start(*a, **k)
        if m is not None:
            counts["titled_starts"] += 1
            if any(a0 <= m.start() < b for a0, b in read):
                counts["titled_starts_inside_a_read_title"] += 1
        return m

    def titled_counted(*a, **k):
        out = titled(*a, **k)
        read.clear()   # the next page's titles
        return out

    class Runs:
        def __init__(self, regex):
            self._regex = regex

        def finditer(self, *a):
            for m in self._regex.finditer(*a):
                counts["name_runs"] += 1
                yield m

    try:
        people._title_after, people.titled_people = title_after_counted, titled_counted
        people_titled._next_start = next_start_counted
        people_titled._WORD_RE = _Words(word_re, counts, read)
        people._NAME_SHAPE_RE, people._NAME_RE = Runs(name_shape_re), Runs(name_re)
        for source, data in texts:
            read.clear()
            process_bytes(data, source)
    finally:
        (people._title_after, people.titled_people, people_titled._next_start, people_titled._WORD_RE,
         people._NAME_SHAPE_RE, people._NAME_RE) = saved
    return counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    args = ap.parse_args(argv)
    files = [p for f in args.folders for p in sorted(f.rglob("*.txt"))] if args.folders else seed_paths()
    counts = count([(str(p), Path(p).read_bytes()) for p in files])
    print(f"{len(files)} files")
    for key in ("name_runs", "titles_after_a_name", "title_after_words", "titled_starts",
                "titled_starts_inside_a_read_title", "titled_words", "titled_words_inside_a_read_title"):
        print(f"{key:36s} {counts[key]:7d}")


if __name__ == "__main__":
    main()
