"""Phrase search: syllables typed together match adjacent and in order; phrases apart by
commas or quotes must all match; the database's word index answers exactly what reading
every event's and article's folded words does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store.index import EventIndex
from hoptac.core.store.phrase import parse_phrases, phrase_terms
from hoptac.core.store.query import Filter
from hoptac.core.store.searchtext import body_words, event_words
from hoptac.core.store.segments import Store
from hoptac.tui.cli import main

SYLLABLES = ["ba", "bá", "bao", "ca", "cà", "cai", "da", "đa", "dao"]  # folded: ba ba bao ca ca cai da da dao
PLACES = ["Lào Cai", "Yên Bái", "Hà Giang", "Sơn La", "Điện Biên", "Lai Châu"]


@pytest.mark.parametrize("query, want", [
    ("thu duc", [(["thu", "duc"], True)]),
    ("Thủ Đức ", [(["thu", "duc"], False)]),
    ("lao cai, du lich", [(["lao", "cai"], False), (["du", "lich"], True)]),
    ('"lào cai" "du lịch"', [(["lao", "cai"], False), (["du", "lich"], False)]),
    ('"lao cai" du li', [(["lao", "cai"], False), (["du", "li"], True)]),
    ("“Lào Cai”, ", [(["lao", "cai"], False)]),
    ('"sa pa', [(["sa", "pa"], True)]),        # a quote still open: still typing
    ("ha noi;hue", [(["ha", "noi"], False), (["hue"], True)]),
    (" , ;\"\" ", []),
])
def test_phrases_of_a_query(query: str, want: list) -> None:
    assert parse_phrases(query) == want


def test_terms_are_the_cache_line_form() -> None:
    assert phrase_terms("lao cai, du li") == [" lao cai ", " du li"]
    assert phrase_terms("lao cai, lao cai ") == [" lao cai "]


def _article(n: int, a: str, b: str, title_words: list[str], body_words_: list[str]) -> str:
    return (f"{a} và {b} hợp tác {' '.join(title_words)}\n\nNgày {n % 27 + 1}/3/2021, tại tỉnh {a}, tỉnh {a} và "
            f"tỉnh {b} ký kết thỏa thuận hợp tác. {' '.join(body_words_).capitalize()}.\n\n"
            f"Hai bên thống nhất {' '.join(reversed(body_words_))}.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[EventIndex, EventIndex, list[tuple[list[str], list[str]]]]:
    """A database of articles whose titles and bodies are random runs of a few
    syllables (so phrases meet, overlap and nearly meet), its cached index, an index
    in memory, and each event's (own words, body words) read straight from the store."""
    tmp = tmp_path_factory.mktemp("phrase")
    rng = random.Random(11)
    folder = tmp / "in"
    folder.mkdir()
    for n in range(40):
        a, b = rng.sample(PLACES, 2)
        t = [rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))]
        body = [rng.choice(SYLLABLES) for _ in range(rng.randint(3, 14))]
        (folder / f"a{n:02d}.txt").write_text(_article(n, a, b, t, body), encoding="utf-8")
    db = tmp / "db.json"
    report = ingest_paths(Store(db), [folder])
    assert report is not None
    cached = Library.open(db, seed_if_missing=False).index
    store = Store(db)
    memory = EventIndex.build(store.events(), article=store.article)
    truth = []
    for r in range(len(cached)):
        ev = cached.events[r]
        truth.append((event_words(ev), body_words(cached.article(ev["article_id"]) or {})))
    assert len(cached) >= 30
    return cached, memory, truth


def _holds(words: list[str], phrase: list[str], prefix: bool) -> bool:
    k = len(phrase)
    for i in range(len(words) - k + 1):
        run = words[i:i + k]
        if run[:-1] == phrase[:-1] and (run[-1].startswith(phrase[-1]) if prefix else run[-1] == phrase[-1]):
            return True
    return False


FOLDED = st.sampled_from(["ba", "bao", "ca", "cai", "da", "dao", "b", "c", "d", "ky", "hop", "tac", "lao"])


@settings(max_examples=150, deadline=None)
@given(phrases=st.lists(st.lists(FOLDED, min_size=1, max_size=3), min_size=1, max_size=3),
       typing=st.booleans(), quoted=st.booleans(), bodies=st.booleans())
def test_a_phrase_matches_exactly_the_events_whose_folded_text_holds_it(corpus, phrases, typing, quoted,
                                                                         bodies) -> None:
    cached, memory, truth = corpus
    parts = [" ".join(p) for p in phrases]
    query = " ".join(f'"{p}"' for p in parts) if quoted else ", ".join(parts)
    if typing and quoted:
        query = query[:-1]  # the last quote not yet closed
    prefix_last = typing
    if not typing:
        query += " "
    want = []
    for r, (own, body) in enumerate(truth):
        ok = True
        for i, p in enumerate(phrases):
            prefix = prefix_last and i == len(phrases) - 1
            if not (_holds(own, p, prefix) or (bodies and _holds(body, p, prefix))):
                ok = False
        if ok:
            want.append(r)
    from hoptac.core.store import phrase

    old = phrase.DENSE_BYTES
    try:
        for dense in (0, 10**9):   # each candidate line found, or every line of the stretch tested
            phrase.DENSE_BYTES = dense
            got = cached.filter(Filter(search=query), bodies=bodies)
            assert got == want, (query, dense)
    finally:
        phrase.DENSE_BYTES = old
    in_memory = memory.filter(Filter(search=query), bodies=bodies)
    assert [memory.events[r]["id"] for r in in_memory] == [cached.events[r]["id"] for r in got]


def test_the_corpus_has_phrases_that_split_syllables_apart(corpus) -> None:
    """The property test is not vacuous: some syllable pairs occur in an event apart
    but not together, and those events are not found."""
    cached, _memory, truth = corpus
    both_apart = [(a, b) for a in ("ba", "ca", "da") for b in ("cai", "dao", "bao")
                  if any(a in body and b in body and not _holds(body, [a, b], False) for _o, body in truth)]
    assert both_apart
    a, b = both_apart[0]
    found = set(cached.filter(Filter(search=f"{a} {b} ")))
    apart = {r for r, (own, body) in enumerate(truth)
             if a in body and b in body and not _holds(body, [a, b], False) and not _holds(own, [a, b], False)}
    assert apart and not (found & apart)


def test_within_another_filter(corpus) -> None:
    cached, _memory, truth = corpus
    flt = Filter(province="Lào Cai", search="ca ba")
    within = set(cached.filter(Filter(province="Lào Cai")))
    want = [r for r, (own, body) in enumerate(truth)
            if r in within and (_holds(own, ["ca", "ba"], True) or _holds(body, ["ca", "ba"], True))]
    assert cached.filter(flt) == want


ROOT = Path(__file__).resolve().parent.parent


def test_search_on_the_command_line_is_a_phrase(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", str(db), str(ROOT / "seeds")]).exit_code == 0

    def count(q: str) -> int:
        res = runner.invoke(main, ["events", "--db", str(db), "--search", q, "--json"], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        import json

        return len(json.loads(res.output))

    assert count("lao cai") >= 1
    assert count("do duc duy") >= 1
    assert count("duy duc do") == 0 < count("duy") and count("duc do") == 0 < count("do")  # never in that order
    assert count('"lao cai" "yen bai"') == count("lao cai, yen bai") >= 1
    assert count("lao cai, zzz") == 0
