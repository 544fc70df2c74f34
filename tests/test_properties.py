"""Property tests: nothing a user feeds hoptac makes it raise.

* any bytes into ``decode``: text or :class:`DecodeError`, nothing else;
* any text or bytes into ``parse_article`` and ``process_bytes``: a FileResult with
  either an item or an error, never an exception;
* any set of files into ``ingest_paths``: every file accounted for exactly once.

Examples are drawn with a fixed seed (``derandomize``) so that CI runs are repeatable.
"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoptac.core.extract import legacy
from hoptac.core.extract.article import parse_article
from hoptac.core.ingest import FileResult, ingest_paths, process_bytes
from hoptac.core.places import provinces
from hoptac.core.store.segments import Store
from hoptac.core.extract.decode import DecodeError, decode

FAST = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- strategies ------------------------------------------------------------------------------------

PROVINCES = provinces()
FRAGMENTS = [
    "Hội nghị", "hợp tác", "ký kết", "thỏa thuận", "chương trình", "giữa", "và", "tỉnh", "thành phố",
    "huyện", "thị xã", "quận", "Sáng", "Chiều", "ngày", "tháng", "năm", "đoàn công tác", "UBND", "HĐND",
    "Tin khác", "Chia sẻ", "image banner", "1.JPG", "(08:10 09/03/2024)", "Thứ Hai, ngày 14 tháng 03 năm 2022",
    "ngày 8/3", "8/3/2019", "24 và 25 tháng 11 năm 2018", "năm 2009", "giai đoạn 2016-2020", "từ 1/1 đến 31/12",
    "(", ")", "[", "]", "{", "}", "“", "”", "–", "-", ":", ";", ",", ".", "…", "/", "  ", "\n", "\n\n", "\t",
    "\r\n", "\x00", "\x1b[31m", "\u202e", "\ufeff", "\u200b", "\x85", "\ufffd", "ﬁ", "İ", "ß",
    "Lào", "Viêng Chăn", "Vân Nam", "Quảng Tây", "Đắk Lắk", "Bà Rịa - Vũng Tàu", "TP.HCM",
]
_fragment = st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(PROVINCES),
                      st.integers(0, 3000).map(str), st.text(max_size=6))


@st.composite
def vietnamese_like(draw: st.DrawFn) -> str:
    """Text made of real fragments (provinces, dates, headings, brackets, control
    characters), in NFC or NFD, sometimes with a random character dropped in."""
    parts = draw(st.lists(_fragment, min_size=1, max_size=60))
    text = " ".join(parts) if draw(st.booleans()) else "".join(parts)
    form = draw(st.sampled_from(["NFC", "NFD", "NFKC", None]))
    return unicodedata.normalize(form, text) if form else text


@st.composite
def vietnamese_bytes(draw: st.DrawFn) -> bytes:
    """Vietnamese-like text in the ways it is found on disk, sometimes damaged."""
    text = draw(vietnamese_like())
    how = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni", "latin-mangled"]))
    if how == "tcvn3":
        data = legacy.to_tcvn3(_cp1252_only(text))
    elif how == "vni":
        data = legacy.to_vni(_cp1252_only(text))
    elif how == "latin-mangled":
        data = text.encode("utf-8").decode("latin-1").encode("utf-8")
    else:
        data = text.encode(how, errors="replace")
    if draw(st.booleans()):
        i = draw(st.integers(0, len(data)))
        data = data[:i] + draw(st.binary(max_size=8)) + data[i:]
    return data


def _cp1252_only(text: str) -> str:
    out = []
    for ch in text:
        try:
            legacy.to_vni(ch)
            legacy.to_tcvn3(ch)
        except ValueError:
            continue
        out.append(ch)
    return "".join(out)


any_bytes = st.one_of(st.binary(max_size=2000), vietnamese_bytes())
any_text = st.one_of(st.text(max_size=2000), vietnamese_like())


# --- decode ----------------------------------------------------------------------------------------

@FAST
@given(any_bytes)
def test_decode_gives_clean_text_or_a_decode_error(data: bytes) -> None:
    try:
        text = decode(data)
    except DecodeError as exc:
        assert str(exc)  # a reason
        return
    assert isinstance(text, str)
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text and "\x00" not in text and "\x1b" not in text


@FAST
@given(any_text)
def test_decode_of_utf8_never_raises_anything_else(text: str) -> None:
    try:
        decode(text.encode("utf-8", errors="surrogatepass"))
    except DecodeError:
        pass


@FAST
@given(any_text)
def test_legacy_repair_never_raises(text: str) -> None:
    verdict = legacy.repair(text)
    assert verdict.encoding in (None, legacy.TCVN3, legacy.VNI)
    if verdict.encoding is None:
        assert verdict.text == text


# --- article and extraction ------------------------------------------------------------------------

@FAST
@given(any_text)
def test_parse_article_never_raises_and_spans_fit(text: str) -> None:
    art = parse_article(text)
    s, e = art.body_span
    assert 0 <= s <= e <= len(text)
    ts, te = art.title_span
    assert 0 <= ts <= te <= len(text)


def _check(result: FileResult) -> None:
    assert isinstance(result, FileResult)
    assert (result.item is None) != (result.error is None)
    if result.error is not None:
        assert isinstance(result.error, str) and result.error
        assert not result.error.startswith("internal error"), result.error
    else:
        assert result.item is not None
        assert isinstance(result.item.events, list)
        for ev in result.item.events:
            assert isinstance(ev, dict)


@FAST
@given(any_text)
def test_process_bytes_never_raises_on_text(text: str) -> None:
    _check(process_bytes(text.encode("utf-8", errors="replace"), "p.txt"))


@FAST
@given(any_bytes)
def test_process_bytes_never_raises_on_bytes(data: bytes) -> None:
    _check(process_bytes(data, "p.txt"))


# --- ingesting folders -----------------------------------------------------------------------------

_names = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=20)


@SLOW
@given(st.lists(st.tuples(_names, any_bytes), min_size=1, max_size=12, unique_by=lambda t: t[0].lower()))
def test_every_file_is_accounted_for_exactly_once(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        root.mkdir()
        written = set()
        for name, data in files:
            name = name.strip(". ") or "x"
            path = root / f"{name}.txt"
            try:
                path.write_bytes(data)
            except OSError:  # a name the file system refuses (too long …)
                continue
            written.add(path)
        summary = ingest_paths(Store(Path(tmp) / "db.json"), [root], workers=1)
        seen = [Path(fr.path) for fr in summary.files]
        assert len(seen) == len(set(seen)) == len(written)
        assert set(seen) == written
        for fr in summary.files:
            assert fr.status in {"new", "unchanged", "replaced", "failed"}
            assert (fr.status == "failed") == (fr.error is not None)
            assert fr.error is None or not fr.error.startswith("internal error"), fr.error
        stored = Store(Path(tmp) / "db.json")
        n_ok = sum(1 for fr in summary.files if fr.status != "failed")
        assert len(stored.articles()) <= n_ok
        if n_ok:
            assert stored.articles()


# The fast forms of these regexes must answer exactly as the plain forms do.
_BREAKS_TEXT = st.text(alphabet=list(".!?…\n \t\"“'(aAĐ1x"), max_size=40)


@FAST
@given(text=_BREAKS_TEXT)
def test_sentence_breaks_equal_the_plain_alternation(text: str) -> None:
    """sentences._SENTENCE_BREAK puts its character class first (for speed); it must find
    exactly what the plain alternation of its two cases finds."""
    import re

    from hoptac.core.extract.sentences import _SENTENCE_BREAK

    plain = re.compile(r"[.!?…](\s+)(?=[\"“'(]?[A-ZÀ-ỸĐ0-9])|(\n+)")
    want = [(m.start(1) if m.group(1) is not None else m.start(2), m.end()) for m in plain.finditer(text)]
    got = [(m.start(1) if m.group(1) is not None else m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text)]
    assert got == want


@FAST
@given(text=st.text(alphabet=list("áÃÄÆ»º\xa0\xbf\x80‘’°¡ax"), max_size=30))
def test_double_utf8_marks_equal_the_plain_alternation(text: str) -> None:
    import re

    from hoptac.core.extract.decode import _DOUBLE_UTF8

    plain = re.compile(r"á»|áº|Ã[\xa0-\xbf]|Ä[\x80-\xbf‘’]|Æ[°¡]")
    assert _DOUBLE_UTF8.findall(text) == plain.findall(text)


@FAST
@given(text=st.text(alphabet=list("AĐÂaă1_ -.\n\u00a0ʬ"), max_size=30))
def test_word_initial_capitals_equal_the_check_they_replace(text: str) -> None:
    """places_match._UPPER_START: the capitals whose folded previous character is not a
    word character, as the matcher used to filter them one by one."""
    from hoptac.core.places_match import _UPPER, _UPPER_START
    from hoptac.core.scan import fast_fold

    folded = fast_fold(text)
    want = [m.start() for m in _UPPER.finditer(text)
            if not (m.start() and (folded[m.start() - 1].isalnum() or folded[m.start() - 1] == "_"))]
    assert [m.start() for m in _UPPER_START.finditer(text)] == want
