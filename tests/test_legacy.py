"""Legacy Vietnamese encodings: Windows-1258, TCVN3 (ABC) and VNI are read as Unicode NFC;
normal text is never "converted"; text that looks legacy but cannot be read is refused."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract import legacy
from hoptac.core.ingest import process_bytes
from hoptac.core.extract.decode import DecodeError, decode
from hoptac.core.text import clean
from encoded import cp1258_bytes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# Sentences written for these tests. Capitals with a tone mark appear only at the start
# of a sentence or in words of capitals, the places TCVN3 text can show them.
SENTENCES = [
    "Hội nghị sơ kết chương trình hợp tác giữa tỉnh Lào Cai và tỉnh Yên Bái.",
    "Sáng ngày 8/3, tại thành phố Đà Nẵng đã diễn ra lễ ký kết thỏa thuận hợp tác.",
    "Những kết quả đạt được trong năm qua của các tỉnh là rất quan trọng.",
    "Ủy ban nhân dân tỉnh Đắk Lắk tổ chức đoàn công tác đến thăm tỉnh Quảng Ngãi.",
    "Hai bên thống nhất tăng cường phối hợp trong lĩnh vực nông nghiệp, du lịch và thương mại.",
    "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
    "Đoàn đại biểu Hà Nội thăm và làm việc với lãnh đạo tỉnh Bà Rịa – Vũng Tàu ngày 14 tháng 3 năm 2009.",
    "Ông Nguyễn Văn Hùng, Phó Chủ tịch tỉnh, phát biểu chỉ đạo hội nghị.",
    "Quy chế phối hợp giữa hai địa phương được ký kết vào năm 2015; tiếp tục thực hiện đến năm 2020.",
    "Ở Cà Mau, người dân nuôi tôm và trồng lúa; ở Kiên Giang, họ đánh bắt hải sản.",
]
TEXT = "\n".join(SENTENCES)

FRENCH_ENGLISH = (
    "Société Générale à Paris: l'hôtel de ville où l'on fête Noël, un café crème et une "
    "brûlée; naïf, maître, déjà vu. The café's résumé, a naïve coöperation, São Paulo, "
    "Zürich, señor, façade."
)


# --- the tables -------------------------------------------------------------------------

VI_LOWER = sorted({
    unicodedata.normalize("NFC", base + mod + tone)
    for base, mods in (("a", ["", "\u0306", "\u0302"]), ("e", ["", "\u0302"]), ("i", [""]),
                       ("o", ["", "\u0302", "\u031b"]), ("u", ["", "\u031b"]), ("y", [""]))
    for mod in mods
    for tone in ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
} - set("aeiouy") | {"đ"})


def test_there_are_134_vietnamese_letters() -> None:
    assert len(VI_LOWER) == 67  # 12 vowels × 6 tones … minus the 6 plain ASCII vowels, plus đ


def test_tcvn3_table_is_one_to_one_and_complete() -> None:
    table = legacy.TCVN3_TO_UNICODE
    assert len(table) == 74 and len(set(table.values())) == 74
    assert set(VI_LOWER) <= set(table.values())
    assert {v for v in table.values() if v.isupper()} == set("ĂÂÊÔƠƯĐ")
    assert all(0xA1 <= ord(k) <= 0xFE for k in table)  # bytes as Windows-1252 characters
    # well-known spellings
    assert legacy.to_tcvn3("của các tỉnh được những") == "cña c¸c tØnh ®\u00adîc nh÷ng".encode("cp1252")


def test_vni_table_is_complete_and_invertible() -> None:
    enc = legacy.UNICODE_TO_VNI
    for letter in VI_LOWER:
        assert letter in enc and letter.upper() in enc, letter
        assert legacy.VNI_TO_UNICODE[enc[letter]] == letter
        assert legacy.VNI_TO_UNICODE[enc[letter.upper()]] == letter.upper()
    assert len(set(enc.values())) == len(enc)
    assert legacy.to_vni("của các tỉnh được những Việt Nam") == "cuûa caùc tænh ñöôïc nhöõng Vieät Nam".encode("cp1252")


def test_encoders_refuse_what_they_cannot_write() -> None:
    with pytest.raises(ValueError):
        legacy.to_tcvn3("中文")
    with pytest.raises(ValueError):
        legacy.to_vni("→")


# --- Vietnamese syllables ---------------------------------------------------------------

@pytest.mark.parametrize("word", ["tỉnh", "Được", "NGHỊ", "người", "khuyết", "quốc", "giữa", "xoong",
                                  "thuở", "ngoằn", "yêu", "oái", "nghiêng", "hợp", "tác"])
def test_syllables(word: str) -> None:
    assert legacy.is_syllable(word)
    assert legacy.is_syllable(unicodedata.normalize("NFD", word))


@pytest.mark.parametrize("word", ["tØnh", "vaø", "cuûa", "®\u00adîc", "c¸c", "café", "Zürich", "tõy",
                                  "ăo", "hàá", "Ã¡", "a" * 20])
def test_not_syllables(word: str) -> None:
    assert not legacy.is_syllable(word)


# --- round trips ------------------------------------------------------------------------

def _paths(data: bytes) -> dict[str, bytes]:
    """The ways legacy bytes reach hoptac."""
    as_1252 = data.decode("cp1252")
    return {
        "raw": data,
        "utf8-from-cp1252": as_1252.encode("utf-8"),
        "utf8-from-latin1": data.decode("latin-1").encode("utf-8"),
        "utf8-bom": b"\xef\xbb\xbf" + as_1252.encode("utf-8"),
        "utf16-bom": as_1252.encode("utf-16"),
        "crlf": data.replace(b"\n", b"\r\n"),
    }


@pytest.mark.parametrize("how", list(_paths(b"")))
@pytest.mark.parametrize("encoding, encoder", [("TCVN3", legacy.to_tcvn3), ("VNI", legacy.to_vni)])
def test_round_trip(encoding: str, encoder, how: str) -> None:
    data = _paths(encoder(TEXT))[how]
    assert decode(data) == TEXT
    if how not in ("raw", "crlf"):
        assert legacy.repair(clean(data.decode("utf-16" if how == "utf16-bom" else "utf-8-sig"))).encoding == encoding


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("encoder", [legacy.to_tcvn3, legacy.to_vni])
def test_each_sentence_alone(sentence: str, encoder) -> None:
    data = encoder(sentence)
    assert decode(data) == sentence
    assert decode(data.decode("cp1252").encode()) == sentence


def test_two_words_are_enough_when_clear() -> None:
    assert decode(legacy.to_tcvn3("Hợp tác")) == "Hợp tác"
    assert decode(legacy.to_vni("hợp tác").decode("cp1252").encode()) == "hợp tác"


def test_tcvn3_capitals_with_tone_marks_mid_sentence_become_lower_case() -> None:
    # TCVN3 (VN3) has no codes for them; the .VnTimeH font drew the lower-case codes
    # as capitals. Sentence starts and words of capitals are restored, others not.
    text = "Bí thư Tỉnh ủy, Ủy viên Ban Thường vụ. Ủy ban họp. HỘI NGHỊ"
    assert decode(legacy.to_tcvn3(text)) == "Bí thư Tỉnh ủy, ủy viên Ban Thường vụ. Ủy ban họp. HỘI NGHỊ"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("encoding, encoder", [("TCVN3", legacy.to_tcvn3), ("VNI", legacy.to_vni)])
def test_seed_articles_in_legacy_encodings(seed: Path, encoding: str, encoder) -> None:
    text = clean(seed.read_text(encoding="utf-8"))
    for data in (encoder(text), encoder(text).decode("cp1252").encode()):
        out = decode(data)
        if encoding == "VNI":
            assert out == text
        else:  # case of toned capitals mid-sentence is lost (see above)
            assert out.lower() == text.lower() and len(out) == len(text)
    # the article is read and its events found as from the Unicode file
    want = process_bytes(seed.read_bytes(), "s")
    got = process_bytes(encoder(text), "s")
    assert got.error is None and got.item is not None and want.item is not None
    assert len(got.item.events) == len(want.item.events)
    assert [e["date"] for e in got.item.events] == [e["date"] for e in want.item.events]


# --- Windows-1258 ------------------------------------------------------------------------



def test_windows_1258_with_combining_tone_marks_becomes_nfc() -> None:
    data = cp1258_bytes(TEXT)
    assert "\u0301".encode("cp1258") in data  # combining marks really are in the bytes
    out = decode(data)
    assert out == TEXT and unicodedata.is_normalized("NFC", out)
    assert legacy.repair(out).encoding is None


def test_windows_1258_with_precomposed_letters() -> None:
    text = "Hà Nội và Huế"  # à, é … exist precomposed in cp1258; ộ, ế do not
    assert decode(cp1258_bytes(text)) == text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_windows_1258_seed_articles(seed: Path) -> None:
    text = clean(seed.read_text(encoding="utf-8"))
    kept = "".join(c for c in text if _encodable_1258(c))
    assert decode(cp1258_bytes(kept)) == kept


def _encodable_1258(c: str) -> bool:
    try:
        cp1258_bytes(c)
    except UnicodeEncodeError:
        return False
    return True


# --- normal text is left alone ------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_articles_are_untouched(seed: Path) -> None:
    data = seed.read_bytes()
    assert decode(data) == clean(data.decode("utf-8"))
    assert legacy.repair(clean(data.decode("utf-8"))).encoding is None


@pytest.mark.parametrize("text", [
    TEXT,
    FRENCH_ENGLISH,
    TEXT + "\n" + FRENCH_ENGLISH,
    "Cà Mau, Tây Ninh, Bà Rịa\nCà Mau và Tây Ninh",   # lines with only Latin-1 letters
    "Tây Ninh\nCà Mau\nHà Tây\nBến Tre",
    "© 2009 Báo Lào Cai. Giá: £12, 25°C, ½ kg, «Hợp tác» — “trích dẫn”…",
    unicodedata.normalize("NFD", TEXT),
])
def test_normal_text_is_untouched(text: str) -> None:
    want = clean(text)
    assert decode(text.encode("utf-8")) == want
    assert legacy.repair(want).encoding is None


def test_latin1_french_file_is_read_as_before() -> None:
    text = "Société Générale à Paris, l'hôtel de ville où naïf maître café crème."
    assert decode(text.encode("latin-1")) == text


def test_utf8_mojibake_is_not_taken_for_legacy() -> None:
    mangled = TEXT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    verdict = legacy.repair(clean(mangled.decode("utf-8")))
    assert verdict.encoding is None and verdict.unsure is None


# --- mixed and unsure -----------------------------------------------------------------------

def test_unicode_headline_over_tcvn3_body_converts_only_the_body() -> None:
    head = "Hai tỉnh Lào Cai – Yên Bái tăng cường hợp tác (08:10 09/03/2009)\nTây Ninh\n"
    body = legacy.to_tcvn3(TEXT).decode("cp1252")
    out = decode((head + body).encode("utf-8"))
    assert out == head + TEXT


def test_vni_body_with_unicode_lines_around() -> None:
    body = legacy.to_vni(TEXT).decode("cp1252")
    doc = "image banner\nHội nghị hợp tác\n" + body + "\nTin khác\nSáng 19/11, đại biểu HĐND tiếp xúc cử tri."
    assert decode(doc.encode("utf-8")) == "image banner\nHội nghị hợp tác\n" + TEXT + "\nTin khác\nSáng 19/11, đại biểu HĐND tiếp xúc cử tri."


def test_tcvn3_lines_and_vni_lines_in_one_file_are_each_converted() -> None:
    half = len(SENTENCES) // 2
    data = legacy.to_tcvn3("\n".join(SENTENCES[:half])) + b"\n" + legacy.to_vni("\n".join(SENTENCES[half:]))
    assert decode(data) == TEXT
    assert decode(data.decode("cp1252").encode("utf-8")) == TEXT
    assert legacy.repair(data.decode("cp1252")).encoding == "TCVN3+VNI"


def test_tcvn3_and_vni_words_within_lines_are_reported_not_guessed() -> None:
    words = TEXT.split(" ")
    mixed = " ".join((legacy.to_tcvn3 if k % 2 else legacy.to_vni)(w).decode("cp1252") for k, w in enumerate(words))
    for blob in (mixed.encode("cp1252"), mixed.encode("utf-8")):
        with pytest.raises(DecodeError, match="looks like TCVN3/VNI legacy Vietnamese but could not be converted"):
            decode(blob)
    result = process_bytes(mixed.encode("utf-8"), "mixed.txt")
    assert result.item is None and result.error and "TCVN3/VNI" in result.error


def test_legacy_text_with_stripped_soft_hyphens_still_converts() -> None:
    # U+00AD is TCVN3's ư; HTML tools often drop it. The rest must still be read.
    blob = legacy.to_tcvn3(TEXT).decode("cp1252").replace("\u00ad", "").encode("utf-8")
    out = decode(blob)
    assert "hợp tác" in out and "¸" not in out and "®" not in out


def test_garbage_latin1_is_refused_not_converted() -> None:
    data = bytes(range(0xA1, 0x100)) * 8
    with pytest.raises(DecodeError):
        decode(data)


# --- any Vietnamese sentence survives the round trip ----------------------------------------

_SYLLABLES = sorted({w.strip(".,;:–()").lower() for s in SENTENCES for w in s.split()} - {"", "–"})
_words = st.lists(st.sampled_from(_SYLLABLES), min_size=12, max_size=40)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(_words)
def test_random_vietnamese_sentences_round_trip(words: list[str]) -> None:
    # A few words can be ambiguous ("chæ" is TCVN3 "chổ" and VNI "chỉ"); an article's
    # worth of words is not. Here: at least eight words with a non-ASCII letter.
    text = " ".join(words)
    if sum(1 for w in words if not w.isascii()) < 8:
        return
    assert decode(legacy.to_vni(text)) == text
    assert decode(legacy.to_vni(text).decode("cp1252").encode()) == text
    assert decode(legacy.to_tcvn3(text)).lower() == text
    assert decode(text.encode()) == text
