"""Phrases answered from the word-pair postings equal reading every line, however the
index was grown (one build, many small ingests, small blocks merged), whatever repeats."""

from __future__ import annotations

from pathlib import Path

import orjson

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from hoptac.core.ingest import ingest_paths
from hoptac.core.library import Library
from hoptac.core.store import pairwrite, phrasemask, wordindex, wordpairs, wordwrite
from hoptac.core.store.index import EventIndex
from hoptac.core.store.phrase import phrase_terms
from hoptac.core.store.query import Filter
from hoptac.core.store.search import phrase_mask
from hoptac.core.store.searchtext import words_line
from hoptac.core.store.segments import Store
from hoptac.core.store.wordindex import WordIndex

from test_wordindex import _write

WORD = st.sampled_from(["a", "ab", "b", "ba", "c", "ca", "cab"])   # few words: phrases repeat
LINES = st.lists(st.lists(WORD, max_size=9), max_size=8)


def _reading(lines: list[list[str]], term: str) -> list[bool]:
    """The old answer: the term is a substring of the line in its cache form."""
    return [term in words_line(line) for line in lines]


FEW = st.sampled_from(["a", "ab", "b"])   # fewer words, longer lines: every pair repeats in a line
LONG = st.lists(st.lists(FEW, max_size=60), max_size=5)


def _check_phrases(folder: Path, batches: list, phrases: list, flush_at: int, far: int, span: int,
                   beyond: int, search: int = 4, direct: bool | None = None) -> None:
    old = (wordwrite.SMALL, wordwrite.MAX_SMALL, wordpairs.FAR, wordpairs.SPAN, wordpairs.BEYOND, phrasemask.SEARCH,
           phrasemask.DIRECT)
    # merges happen in small examples; with far=3 positions beyond 2 are "too far"; with
    # span=4 blocks hold 4 lines and merged ones more (their lines then take 32 bits);
    # with beyond=6 later positions from 6 on are too far and at most 5 are kept a posting
    # search=0: every pair after the first is looked for at the starts' places (Postings.has);
    # search=10**9: all its positions are gathered and matched (Postings.occurrences);
    # direct=True: joined without first positions settling lines before
    (wordwrite.SMALL, wordwrite.MAX_SMALL, wordpairs.FAR, wordpairs.SPAN, wordpairs.BEYOND,
     phrasemask.SEARCH, phrasemask.DIRECT) = 10, 2, far, span, beyond, search, direct
    try:
        meta = _write(folder, batches, flush_at)
        every = {k: [line for b in batches for line in b[k]] for k in ("e", "b")}
        index = WordIndex(folder, meta, {k: len(v) for k, v in every.items()})
        for words, prefix in phrases:
            term = " " + " ".join(words) + ("" if prefix else " ")
            for kind in ("e", "b"):
                read_lines: list[int] = []

                def read(lines: np.ndarray, kind: str = kind, term: str = term) -> np.ndarray:
                    read_lines.extend(lines.tolist())
                    return np.array([i for i in lines.tolist() if term in words_line(every[kind][i])], dtype=np.int64)

                want = _reading(every[kind], term)
                assert phrase_mask(index, term, kind, None, read).tolist() == want, (term, kind)
                if len(words) == 2 or (far > 60 and beyond > 60):
                    assert not read_lines   # two syllables, or every position recorded: no line read
                # restricted to some lines: the same answer on those
                used = np.array([i % 2 == 0 for i in range(len(every[kind]))], dtype=bool)
                got = phrase_mask(index, term, kind, used, read)
                if len(words) > 1:
                    assert (got == (np.array(want, dtype=bool) & used)).all(), (term, kind)
    finally:
        (wordwrite.SMALL, wordwrite.MAX_SMALL, wordpairs.FAR, wordpairs.SPAN, wordpairs.BEYOND,
         phrasemask.SEARCH, phrasemask.DIRECT) = old


@settings(max_examples=300, deadline=None)
@given(batches=st.lists(st.fixed_dictionaries({"e": LINES, "b": LINES}), min_size=1, max_size=8),
       phrases=st.lists(st.tuples(st.lists(WORD, min_size=1, max_size=4), st.booleans()), min_size=1, max_size=5),
       flush_at=st.sampled_from([1, 5, 1000]), far=st.sampled_from([3, 0x0FFF]), span=st.sampled_from([4, 1 << 16]),
       beyond=st.sampled_from([6, 0xFFFF]), search=st.sampled_from([0, 4, 10 ** 9]),
       direct=st.sampled_from([None, True]))
def test_phrases_from_pairs_equal_reading_every_line(tmp_path_factory, batches, phrases, flush_at, far, span,
                                                     beyond, search, direct) -> None:
    _check_phrases(tmp_path_factory.mktemp("wp"), batches, phrases, flush_at, far, span, beyond, search, direct)


@settings(max_examples=150, deadline=None)
@given(batches=st.lists(st.fixed_dictionaries({"e": LONG, "b": LONG}), min_size=1, max_size=4),
       phrases=st.lists(st.tuples(st.lists(FEW, min_size=3, max_size=9), st.booleans()), min_size=1, max_size=4),
       flush_at=st.sampled_from([1, 1000]), far=st.sampled_from([20, 0x0FFF]), span=st.sampled_from([2, 1 << 16]),
       beyond=st.sampled_from([30, 0xFFFF]), search=st.sampled_from([0, 4, 10 ** 9]),
       direct=st.sampled_from([None, True]))
def test_long_phrases_of_repeated_syllables_equal_reading_every_line(tmp_path_factory, batches, phrases, flush_at,
                                                                     far, span, beyond, search, direct) -> None:
    """Three syllables, lines of up to 60 words: every pair stands many times in a line
    (more than 15 too: the count kept beside the postings), phrases of up to 9 syllables."""
    _check_phrases(tmp_path_factory.mktemp("wl"), batches, phrases, flush_at, far, span, beyond, search, direct)


def test_a_position_too_far_to_record_proves_nothing(tmp_path: Path, monkeypatch) -> None:
    """Found by the property test: the second pair stands at 4, recorded as "3 or
    beyond" (far=3), right after the first pair's 2 — which must not count as adjacent."""
    monkeypatch.setattr(wordpairs, "FAR", 3)
    lines = [["a", "a", "a", "ab", "ab", "a"], ["x", "a", "ab", "a"]]
    meta = _write(tmp_path, [{"e": [], "b": lines}], 1)
    index = WordIndex(tmp_path, meta, {"e": 0, "b": 2})

    def read(got: np.ndarray) -> np.ndarray:
        return np.array([i for i in got.tolist() if " a ab a " in words_line(lines[i])], dtype=np.int64)

    assert phrase_mask(index, " a ab a ", "b", None, read).tolist() == [False, True]


def test_a_line_is_read_only_when_a_pair_repeats(tmp_path: Path) -> None:
    lines = [["ky", "ket", "thoa", "thuan"], ["ky", "ket", "x", "ket", "thoa", "thuan"],
             ["ket", "thoa", "ky", "ket"], ["ky", "ket", "thoa", "thuan", "ky", "ket", "thoa"]]
    meta = _write(tmp_path, [{"e": lines, "b": []}], 1000)
    index = WordIndex(tmp_path, meta, {"e": 4, "b": 0})
    read_lines: list[int] = []

    def read(got: np.ndarray) -> np.ndarray:
        read_lines.extend(got.tolist())
        return np.array([i for i in got.tolist() if " ky ket thoa " in words_line(lines[i])], dtype=np.int64)

    assert phrase_mask(index, " ky ket thoa ", "e", None, read).tolist() == [True, False, False, True]
    # line 0 and 3: first positions follow each other; line 2 lacks a pair; line 1: "ket thoa"
    # first stands at 3, "ky ket" once at 0, but "ket thoa" once → not there, without reading
    assert read_lines == []


def test_repeated_pairs_are_settled_by_their_positions_without_reading(tmp_path: Path) -> None:
    """"ky ket" and "thoa thuan" repeat, first standing elsewhere: every position of each
    pair is kept, so the phrase is found (or not) by joining them, no line read."""
    lines = [["ky", "ket", "hop", "tac", "thoa", "thuan", "x", "ky", "ket", "thoa", "thuan"],
             ["thoa", "thuan", "ky", "ket", "a", "ky", "ket", "thoa", "thuan", "ky", "ket"],
             ["ky", "ket", "thoa", "thuan"], ["thoa", "thuan", "ky", "ket", "b", "ky", "ket", "thoa", "thuong", "thoa", "thuan"],
             ["ky", "ket", "thoa", "thuan", "c"]]
    meta = _write(tmp_path, [{"e": [], "b": lines}], 1000)
    index = WordIndex(tmp_path, meta, {"e": 0, "b": len(lines)})
    read_lines: list[int] = []

    def read(got: np.ndarray) -> np.ndarray:
        read_lines.extend(got.tolist())
        return np.array([i for i in got.tolist() if term in words_line(lines[i])], dtype=np.int64)

    for term, want in ((" ky ket thoa thuan ", [True, True, True, False, True]),
                       (" ky ket thoa thu", [True, True, True, True, True]),     # typed: "thuong" begins with "thu"
                       (" ky ket thoa thuan c", [False, False, False, False, True]),
                       (" thoa thuan ky ket a ", [False, True, False, False, False]),
                       (" ket thoa thuan ky ket ", [False, True, False, False, False])):
        read_lines.clear()
        assert phrase_mask(index, term, "b", None, read).tolist() == want, term
        assert read_lines == [], term


def test_a_long_phrase_of_pairs_repeated_everywhere(tmp_path: Path) -> None:
    """Five syllables whose every pair stands many times in every line, the phrase in some
    lines only (and once only at the very end): answered from positions alone."""
    chunk = ["ky", "ket", "thoa", "thuan", "hop", "tac", "giua", "thoa", "thuan", "hop", "tac", "toan",
             "ky", "ket", "hop", "tac", "giua", "thuan", "hop", "tac"]
    lines = [chunk * 3, chunk * 2 + ["thoa", "thuan", "hop", "tac", "giua"], chunk[::-1] * 3,
             ["thoa", "thuan", "hop", "tac", "giua"], chunk * 20 + ["thuan", "hop", "tac", "giua"]]
    meta = _write(tmp_path, [{"e": lines, "b": []}], 1000)
    index = WordIndex(tmp_path, meta, {"e": len(lines), "b": 0})
    read_lines: list[int] = []

    for term in (" thoa thuan hop tac giua ", " thuan hop tac giua ", " giua thoa thuan hop ", " tac giua thuan hop ta",
                 " ky ket thoa thuan hop tac ", " hop tac toan ky ket hop tac gi", " tac hop thuan thoa giua "):
        def read(got: np.ndarray, term: str = term) -> np.ndarray:
            read_lines.extend(got.tolist())
            return np.array([i for i in got.tolist() if term in words_line(lines[i])], dtype=np.int64)

        want = [term in words_line(line) for line in lines]
        assert phrase_mask(index, term, "e", None, read).tolist() == want, term
    assert read_lines == []


def test_a_damaged_pair_block_is_refused(tmp_path: Path) -> None:
    """A pair block that points outside itself is a DamagedIndex (search then reads the
    lines and the caches are rebuilt), not a wrong answer."""
    meta = _write(tmp_path, [{"e": [["a", "b"], ["b", "a"]], "b": []}], 1000)
    entry = next(b for b in meta["blocks"] if b[0] == "e2")
    raw = bytearray((tmp_path / "words.bin").read_bytes())
    k = entry[2]
    ids = 2 * 4 * ((2 * k + 3) // 4)   # first and second: uint16 here (few words), each padded to 4 bytes
    at = entry[1] + 4 * wordpairs.HEADER + ids   # starts[0], after the header and the pairs
    raw[at + 4 * k: at + 4 * k + 4] = (10 ** 6).to_bytes(4, "little")   # the last start: far outside
    (tmp_path / "words.bin").write_bytes(bytes(raw))
    import zlib

    meta = {**meta, "crc": zlib.crc32(bytes(raw))}
    with pytest.raises(ValueError):   # found on opening, or at the last pair of the block
        index = WordIndex(tmp_path, meta, {"e": 2, "b": 0})
        for x, y in (("a", "b"), ("b", "a")):
            index.pair_lines("e", index.id_of(x), index.ids(y, False))


def test_accents_case_and_punctuation_in_a_database(tmp_path: Path) -> None:
    """Through ingest and the caches: folded, case-free, across punctuation, as reading
    the text finds it (the index built in memory)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Tỉnh Lào Cai và tỉnh Yên Bái ký kết thỏa thuận hợp tác\n\nNgày 3/3/2023, tại Lào Cai, lãnh đạo "
        "tỉnh Lào Cai và tỉnh Yên Bái đã ký kết. Thỏa thuận hợp tác về du lịch; ký kết thỏa thuận, "
        "hợp tác. Đỗ Đức Duy, Thủ Đức.\n", encoding="utf-8")
    db = tmp_path / "db.json"
    ingest_paths(Store(db), [folder])
    cached = Library.open(db, seed_if_missing=False).index
    store = Store(db)
    direct = EventIndex.build(store.events(), article=store.article)
    queries = ["KÝ KẾT thỏa", "ky ket thoa thuan", "ket. thoa", "thuan hop tac", "du lich ky", "đức duy",
               "do duc duy thu duc", "thu duc", "lao cai, hop tac", "ky ket thoa thuan hop", "yen bai da ky ket"]
    for q in queries:
        assert phrase_terms(q)
        for bodies in (True, False):
            got = [cached.events[r]["id"] for r in cached.filter(Filter(search=q), bodies=bodies)]
            want = [direct.events[r]["id"] for r in direct.filter(Filter(search=q), bodies=bodies)]
            assert got == want, (q, bodies)
    assert cached.filter(Filter(search="ky ket thoa thuan hop"))


def test_a_block_whose_lines_lie_far_apart_reads_back() -> None:
    u4 = np.uint32
    for lines in ([5, 7, 9], [3, 70_000, 200_000]):
        first, second = np.array([1, 1, 2], u4), np.array([2, 2, 0], u4)
        pos, more, later = np.array([0, 1, 4]), np.array([0, 2, 0]), np.array([3, 9])
        data, k, n = pairwrite.block_bytes(first, second, np.array(lines, u4), pos, more, later)
        assert len(data) % 4 == 0 and len(data) >= wordpairs.block_size(k, n)
        block = wordpairs.PairBlock(np.frombuffer(data, np.uint32), ["e2", 0, k, n, 3])
        got = wordpairs.lookup([block], 1, np.array([2], u4))
        assert got.lines.tolist() == lines[:2] and got.flags.tolist() == [0, 0x2001]
        need = np.zeros(lines[-1] + 1, dtype=bool)
        need[lines[1]] = True
        runs, far = got.occurrences(need)
        keys = sorted(int(x) for r in runs for x in r)   # (the lines not needed may come too)
        assert [x for x in keys if x >> 32 == lines[1]] == [lines[1] << 32 | p for p in (1, 3, 9)] and not len(far)
        assert wordpairs.lookup([block], 2, np.array([0], u4)).lines.tolist() == lines[2:]


@pytest.mark.parametrize("where", [0, 1, 2])
def test_a_flipped_byte_in_the_pair_blocks_is_caught_and_the_caches_rebuilt(tmp_path: Path, where: int) -> None:
    """One bit changed inside the word pairs (same size: the stamp still fits): the
    CRC-32 of words.bin catches it before a phrase is answered from it; the search reads
    the lines instead (right answers) and the next open rebuilds the caches."""
    from hoptac.core.store.cache import cache_is_fresh

    db = tmp_path / "db.json"
    Library.open(db, seed_if_missing=True)  # the samples
    folder = db.with_name(db.name + ".d")
    words = orjson.loads((folder / "rows.json").read_bytes())["words"]
    pair_blocks = [b for b in words["blocks"] if b[0] in ("e2", "b2")]
    assert pair_blocks
    off = pair_blocks[where % len(pair_blocks)][1]
    raw = bytearray((folder / "words.bin").read_bytes())
    raw[off + 12 + where] ^= 0x04
    (folder / "words.bin").write_bytes(bytes(raw))
    cached = Library.open(db, verify=False).index
    store = Store(db)
    direct = EventIndex.build(store.events(), article=store.article)
    for q in ["hop tac", "ky ket thoa thuan", "lao cai, du lich", "dang xuan"]:
        got = [cached.events[r]["id"] for r in cached.filter(Filter(search=q))]
        want = [direct.events[r]["id"] for r in direct.filter(Filter(search=q))]
        assert got == want, q
    assert cached.filter(Filter(search="hop tac"))
    assert not cache_is_fresh(Store(db))   # marked stale: the next open rebuilds
    rebuilt = Library.open(db).index
    assert rebuilt.filter(Filter(search="ky ket thoa thuan")) == direct.filter(Filter(search="ky ket thoa thuan"))


def test_a_block_reads_back_every_position() -> None:
    """Postings with no, few and many (15 or more: counted beside them) later positions,
    some too far to record, written as a block and read back (as merging small blocks does)."""
    rng = np.random.default_rng(3)
    u4 = np.uint32
    first = np.repeat(np.array([1, 1, 2, 5], u4), [3, 2, 4, 1])
    second = np.repeat(np.array([2, 7, 0, 5], u4), [3, 2, 4, 1])
    lines = np.array([0, 4, 9, 1, 2, 0, 3, 5, 8, 6], u4)
    pos = rng.integers(0, 50, len(lines))
    more = np.array([0, 3, 40, 0, 15, 1, 0, 17, 2, 14])
    later = np.concatenate([np.sort(rng.choice(np.arange(60, 70_000), m, replace=False)) for m in more])
    data, k, n = pairwrite.block_bytes(first, second, lines, pos, more, later)
    block = wordpairs.PairBlock(np.frombuffer(data, np.uint32), ["b2", 0, k, n, 10])
    f, s, l, p, m, lt = block.entries()
    assert (f.tolist(), s.tolist(), l.tolist(), p.tolist(), m.tolist()) == \
        (first.tolist(), second.tolist(), lines.tolist(), pos.tolist(), more.tolist())
    assert lt.tolist() == np.minimum(later, wordpairs.BEYOND).tolist()   # beyond 65,534: "too far"
    # and looked up: the positions of a pair in a line, the too far ones left open
    got = wordpairs.lookup([block], 2, np.array([0], u4))
    need = np.ones(10, dtype=bool)
    runs, far = got.occurrences(need)
    at = 0
    want, open_ = [], set()
    for i in range(len(lines)):
        if first[i] == 2:
            mine = [int(pos[i])] + [int(x) for x in later[at: at + more[i]] if x < wordpairs.BEYOND]
            want += [int(lines[i]) << 32 | x for x in mine]
            if (later[at: at + more[i]] >= wordpairs.BEYOND).any():
                open_.add(int(lines[i]))
        at += more[i]
    assert sorted(int(x) for r in runs for x in r) == sorted(want) and set(far.tolist()) == open_
    hit, far2 = got.has(np.array(sorted(want), dtype=np.int64))
    # found where every position is known; where some is too far, left open (the line is read)
    assert hit.tolist() == [x >> 32 not in open_ for x in sorted(want)] and set(far2.tolist()) == open_
