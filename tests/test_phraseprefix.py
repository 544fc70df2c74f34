"""A phrase whose last syllable is typed as a short prefix ("ky ket thoa thuan hop t"):
its pairs ("hop tac", "hop tinh", "hop to" ...) are merged only where asked, without a
sort, and looked for largest first; every way answers what reading every line does."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store import pairpostings, wordpairs
from hoptac.core.store.query import Filter
from hoptac.core.store.search import phrase_mask
from hoptac.core.store.searchtext import words_line
from hoptac.core.store.segments import Store
from hoptac.core.store.wordindex import WordIndex

from test_wordindex import _write
from test_wordpairs import _check_phrases

# syllables sharing their first letters: "t" and "th" begin several, "t" is one itself
SYLLABLE = st.sampled_from(["t", "ta", "tac", "tai", "thoa", "thuan", "hop", "ky", "ket", "g", "giua", "giai"])
LINES = st.lists(st.lists(SYLLABLE, max_size=12), max_size=6)
# the last syllable typed: one or two letters (beginning several syllables, one, or none),
# or a whole syllable that also begins others ("ta": "ta", "tac", "tai")
TYPED = st.sampled_from(["t", "th", "ta", "g", "gi", "h", "k", "x", "tx"])
PHRASE = st.tuples(st.lists(SYLLABLE, min_size=1, max_size=5), TYPED).map(lambda p: (p[0] + [p[1]], True))
KNOBS = ("DENSE", "FEW", "FEW_POSTINGS", "MANY_PIECES")


def _with_knobs(dense: int, few: int, few_postings: int, check, many: int = 8) -> None:
    """``check()`` with the ways of pairpostings (and PairBlock.find: pairs read one by one
    or at once) set: 0 or 10**9 take one way or the other everywhere."""
    old = tuple(getattr(pairpostings, k) for k in KNOBS), wordpairs.FEW_PAIRS, pairpostings.FEW_PLACES
    for k, v in zip(KNOBS, (dense, few, few_postings, many)):
        setattr(pairpostings, k, v)
    wordpairs.FEW_PAIRS = many
    pairpostings.FEW_PLACES = few_postings   # (0: a pair's lines always searched first; 10**9: never)
    try:
        check()
    finally:
        for k, v in zip(KNOBS, old[0]):
            setattr(pairpostings, k, v)
        wordpairs.FEW_PAIRS = old[1]
        pairpostings.FEW_PLACES = old[2]


@settings(max_examples=200, deadline=None)
@given(batches=st.lists(st.fixed_dictionaries({"e": LINES, "b": LINES}), min_size=1, max_size=5),
       phrases=st.lists(PHRASE, min_size=1, max_size=4),
       flush_at=st.sampled_from([1, 5, 1000]), far=st.sampled_from([3, 0x0FFF]), span=st.sampled_from([4, 1 << 16]),
       beyond=st.sampled_from([6, 0xFFFF]), search=st.sampled_from([0, 4, 10 ** 9]),
       direct=st.sampled_from([None, True]), dense=st.sampled_from([0, 8, 10 ** 9]),
       few=st.sampled_from([0, 16, 10 ** 9]), few_postings=st.sampled_from([0, 4, 10 ** 9]),
       many=st.sampled_from([0, 10 ** 9]))
def test_a_short_prefix_last_equals_reading_every_line(tmp_path_factory, batches, phrases, flush_at, far, span,
                                                       beyond, search, direct, dense, few, few_postings,
                                                       many) -> None:
    """Each way of merging (a table of lines or a sort), of reading flags at some lines
    (each piece searched, or all merged) and of finding places (posting by posting, or
    line by line) gives what reading gives, in one block or many, positions recorded or not."""
    folder = tmp_path_factory.mktemp("pp")
    _with_knobs(dense, few, few_postings,
                lambda: _check_phrases(folder, batches, phrases, flush_at, far, span, beyond, search, direct), many)


def _index(tmp_path: Path, lines: list[list[str]], flush_at: int = 1000) -> WordIndex:
    meta = _write(tmp_path, [{"e": lines, "b": []}], flush_at)
    return WordIndex(tmp_path, meta, {"e": len(lines), "b": 0})


def _mask(index: WordIndex, lines: list[list[str]], term: str) -> list[bool]:
    def read(got: np.ndarray) -> np.ndarray:
        return np.array([i for i in got.tolist() if term in words_line(lines[i])], dtype=np.int64)

    return phrase_mask(index, term, "e", None, read).tolist()


LONG = [["ky", "ket", "thoa", "thuan", "hop", "tac", "giua"],     # 0: "tac"
        ["ky", "ket", "thoa", "thuan", "hop", "tinh"],             # 1: "tinh"
        ["ky", "ket", "thoa", "thuan", "hop", "t"],                # 2: "t" itself, a whole syllable
        ["ky", "ket", "thoa", "thuan", "hop", "ky", "hop", "to"],  # 3: "hop t…" elsewhere, not after "thuan"
        ["thoa", "thuan", "hop", "ta", "ky", "ket", "thoa", "thuan", "hop", "x"],  # 4: the long one before "x"
        ["ky", "ket", "thoa", "thuan", "hop"],                      # 5: the line ends: nothing follows
        ["ky", "ket", "thoa", "thuan", "hop", "tac", "ky", "ket", "thoa", "thuan", "hop", "to"]]  # 6: twice


@pytest.mark.parametrize("dense, few, few_postings, many", [(8, 16, 4, 8), (0, 0, 0, 0),
                                                             (10 ** 9, 10 ** 9, 10 ** 9, 10 ** 9)])
@pytest.mark.parametrize("term, want", [
    (" ky ket thoa thuan hop t", [True, True, True, False, False, False, True]),          # one letter
    (" ky ket thoa thuan hop ti", [False, True, False, False, False, False, False]),      # two letters
    (" ky ket thoa thuan hop to", [False, False, False, False, False, False, True]),
    (" ky ket thoa thuan hop t ", [False, False, True, False, False, False, False]),      # "t" whole
    (" thoa thuan hop ta", [True, False, False, False, True, False, True]),               # "ta", "tac"
    (" thoa thuan hop g", [False, False, False, False, False, False, False]),  # "giua" is in the lines, never here
    (" thoa thuan hop z", [False] * 7),                                      # no syllable begins with "z"
    (" thuan hop x", [False, False, False, False, True, False, False]),     # one syllable, one pair
    (" hop t", [True, True, True, True, True, False, True]),               # two syllables: the pairs' lines
])
def test_short_prefixes_after_a_long_phrase(tmp_path: Path, term, want, dense, few, few_postings, many) -> None:
    index = _index(tmp_path, LONG, flush_at=3)   # several blocks: a pair's postings in pieces

    def check() -> None:
        assert _mask(index, LONG, term) == want

    _with_knobs(dense, few, few_postings, check, many)


def test_a_prefix_that_begins_no_pair_is_nothing_without_reading(tmp_path: Path) -> None:
    """"g" begins "giua", which stands in the lines but never after "hop": no pair, no
    line, nothing read; and "z" begins no syllable at all."""
    index = _index(tmp_path, LONG)
    read_lines: list[int] = []

    def read(got: np.ndarray) -> np.ndarray:
        read_lines.extend(got.tolist())
        return got

    for term in (" thuan hop g", " ky ket thoa thuan hop g", " ky ket thoa thuan hop z", " hop z"):
        assert not phrase_mask(index, term, "e", None, read).any()
    assert read_lines == []


def test_a_prefix_merged_keeps_the_earliest_pair_and_counts_the_others(tmp_path: Path) -> None:
    """"hop t" in a line holding "hop to" at 1 and "hop tac" at 3: one line, the flags
    of "hop to" (the earliest), and "more than once"; the same by a table or a sort."""
    lines = [["x", "hop", "to", "hop", "tac"], ["hop", "tac"], ["y", "y", "hop", "tinh"]]
    index = _index(tmp_path, lines, flush_at=1)   # a block per line
    first, seconds = index.id_of("hop"), index.ids("t", prefix=True)
    assert first is not None
    for dense in (0, 10 ** 9):
        def check() -> None:
            got = index.pair_lines("e", first, seconds)
            assert got.bound == 4 and len(got) == 3
            assert got.lines.tolist() == [0, 1, 2]
            assert (got.flags & 0x0FFF).tolist() == [1, 0, 2]
            assert [bool(f & 0xF000) for f in got.flags.tolist()] == [True, False, False]
        _with_knobs(dense, 16, 4, check)


def test_typing_the_last_syllable_letter_by_letter_in_a_database(tmp_path: Path) -> None:
    """The app searches at each keystroke: every prefix of the last syllable finds
    exactly the events whose article or own text holds the phrase so far."""
    folder = tmp_path / "in"
    folder.mkdir()
    endings = ["tác giữa hai tỉnh", "tình hữu nghị", "tổ chức", "giữa hai bên", "tác toàn diện"]
    for n, end in enumerate(endings):
        (folder / f"a{n}.txt").write_text(
            f"Lào Cai và Yên Bái hợp tác {n}\n\nNgày {n + 1}/3/2021, tại tỉnh Lào Cai, tỉnh Lào Cai "
            f"và tỉnh Yên Bái ký kết thỏa thuận hợp {end}.\n", encoding="utf-8")
    db = tmp_path / "db.json"
    assert ingest_paths(Store(db), [folder]) is not None
    index = Library.open(db, seed_if_missing=False).index
    bodies = [index.article(index.events[r]["article_id"]) or {} for r in range(len(index))]
    ending_of = {}
    for r, article in enumerate(bodies):
        text = article.get("text", "")
        ending_of[r] = next(i for i, end in enumerate(endings) if f"hợp {end}" in text)
    typed = {"t": {0, 1, 2, 4}, "ta": {0, 4}, "tac": {0, 4}, "tac g": {0}, "ti": {1}, "g": {3}, "gi": {3},
             "x": set()}
    for tail, want in typed.items():
        got = {ending_of[r] for r in index.filter(Filter(search=f"ky ket thoa thuan hop {tail}"))}
        assert got == want, tail


def _expected_postings(lines: list[list[str]], first: str, prefix: str, far: int) -> dict[int, tuple[int, int]]:
    """line → (the earliest position of ``first`` followed by a syllable beginning with
    ``prefix`` (capped at ``far``), its count bits: the pair's later occurrences, 15 at
    most, or 15 when several pairs stand there)."""
    out = {}
    for n, words in enumerate(lines):
        at = [i for i in range(len(words) - 1) if words[i] == first and words[i + 1].startswith(prefix)]
        if not at:
            continue
        pairs = {words[i + 1] for i in at}
        out[n] = (min(at[0], far), 15 if len(pairs) > 1 else min(len(at) - 1, 15))
    return out


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.lists(SYLLABLE, max_size=40), min_size=1, max_size=12),
       first=st.sampled_from(["hop", "ta", "t"]), prefix=st.sampled_from(["t", "ta", "g", "th"]),
       flush_at=st.sampled_from([1, 4, 1000]), dense=st.sampled_from([0, 10 ** 9]), few=st.sampled_from([0, 10 ** 9]),
       many=st.sampled_from([0, 10 ** 9]), picked=st.lists(st.booleans(), min_size=12, max_size=12))
def test_a_prefix_s_postings_are_each_line_s_earliest_pair(tmp_path_factory, lines, first, prefix, flush_at, dense,
                                                            few, many, picked) -> None:
    """Merged (by a table or a sort) or read at some lines (each piece searched, or all
    merged first): each line holding a pair once, with the earliest pair's position and
    its count, or "15" when several pairs stand there."""
    index = _index(tmp_path_factory.mktemp("pl"), lines, flush_at)
    fid, seconds = index.id_of(first), index.ids(prefix, prefix=True)
    want = _expected_postings(lines, first, prefix, 0x0FFF)
    if fid is None or not len(seconds):
        assert not want
        return
    common = np.array([n for n in range(len(lines)) if picked[n]], dtype=np.int64)

    def check() -> None:
        got = index.pair_lines("e", fid, seconds)
        keep, flags = got.at(common, len(lines), [])   # before anything is merged
        assert common[keep].tolist() == [n for n in common.tolist() if n in want]
        assert [(int(f) & 0x0FFF, int(f) >> 12) for f in flags.tolist()] == [want[n] for n in common[keep].tolist()]
        assert got.lines.tolist() == sorted(want)
        assert [(f & 0x0FFF, f >> 12) for f in got.flags.tolist()] == [want[n] for n in sorted(want)]
        assert got.bound >= len(got)

    _with_knobs(dense, few, 4, check, many)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.lists(SYLLABLE, max_size=30), min_size=1, max_size=10),
       first=st.sampled_from(["hop", "ta", "t"]), prefix=st.sampled_from(["t", "ta", "g", "th", ""]),
       flush_at=st.sampled_from([1, 4, 1000]))
def test_a_block_s_pairs_read_at_once_are_those_read_one_by_one(tmp_path_factory, lines, first, prefix,
                                                                flush_at) -> None:
    """PairBlock.find for many pairs (a short prefix) reads their postings at once and
    cuts them into a piece per pair: the same pieces as one pair at a time."""
    index = _index(tmp_path_factory.mktemp("pf"), lines, flush_at)
    fid, seconds = index.id_of(first), index.ids(prefix, prefix=True)
    if fid is None:
        return
    old = wordpairs.FEW_PAIRS
    try:
        got = {}
        for few in (0, 10 ** 9):
            wordpairs.FEW_PAIRS = few
            got[few] = [(j, ln.tolist(), fl.tolist()) for blk in index.pairs["e"] for _b, j, ln, fl in
                        blk.find(fid, seconds)]
    finally:
        wordpairs.FEW_PAIRS = old
    assert got[0] == got[10 ** 9]
    pairs = {(a, b) for words in lines for a, b in zip(words, words[1:]) if a == first and b.startswith(prefix)}
    assert len({(id(b), j) for b in index.pairs["e"] for j in range(len(b.first))
                if index.words[int(b.first[j])] == first and index.words[int(b.second[j])].startswith(prefix)}) \
        == len(got[0]) >= len(pairs)
