"""Level words of place names ("tỉnh", "TP.", "huyện", "Tỉnh ủy", "đặc khu" …): what each
normalises to, and splitting one off a name as written. The matcher that finds places in
running text is :mod:`hoptac.core.places_match`."""

from __future__ import annotations

import functools
import re

from .text import fold, nfc

__all__ = ["LEVEL_WORDS", "COMMUNE_LEVELS", "key_of", "level_written", "normalise_level", "split_level"]

_SP = r"[ \t\u00a0]+"
#: Folded level word (spaces single, dots removed) -> normalised level word.
LEVEL_WORDS: dict[str, str] = {
    "tinh": "tỉnh", "tinh uy": "tỉnh",
    # a unit's youth union names its unit: "Huyện đoàn Lộc Ninh", "Thị đoàn Tân Uyên", "Tỉnh đoàn Bình Dương"
    "tinh doan": "tỉnh", "thanh doan": "thành phố", "thi doan": "thị xã", "huyen doan": "huyện",
    "quan doan": "quận",
    "khu tu tri": "tỉnh", "khu tu tri choang": "tỉnh", "khu tu tri dan toc choang": "tỉnh",
    "khu tu tri dan toc": "tỉnh",  # Khu tự trị dân tộc Hồi Ninh Hạ
    "thanh pho": "thành phố", "tp": "thành phố", "thanh uy": "thành phố", "thu do": "thành phố",
    "thi xa": "thị xã", "tx": "thị xã", "thi uy": "thị xã",
    "huyen": "huyện", "huyen uy": "huyện",
    # "H." like "TP.", "TX.", "Q.": "H. Mường Lát", "H.Duy Xuyên" (only with its dot: "h" alone is no level word)
    "h": "huyện",
    "huyen dao": "huyện",  # an island district: "huyện đảo Lý Sơn", "huyện đảo Bạch Long Vĩ"
    # an archipelago that is an island district of its name (round 43): "quần đảo Trường Sa" (huyện Trường Sa,
    # Khánh Hòa), "quần đảo Cô Tô"; an archipelago of no district's name ("quần đảo Nam Du") is no place
    "quan dao": "huyện",
    "quan": "quận", "q": "quận", "quan uy": "quận",
    "thi tran": "thị trấn", "xa": "xã", "phuong": "phường",
    "vung": "vùng", "bang": "bang",  # foreign regions and states: vùng Occitanie, bang Bavaria
    "vung lanh tho": "vùng",  # a territory: "vùng lãnh thổ Bắc Úc", "vùng lãnh thổ Yukon (Canada)"
    "vung tu tri": "vùng",  # a self-governing region (round 62): "vùng tự trị Trnava – Cộng hòa Slovakia"
    "dac khu": "đặc khu",  # special zones of 2025: đặc khu Phú Quốc
}
COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn", "đặc khu"})
_ABBREVIATIONS = frozenset({"tp", "tx", "q", "h"})
# The accented spellings that count in a text written with accents.
_ACCENTED = frozenset(nfc(w) for w in (
    "tỉnh", "tỉnh ủy", "tỉnh uỷ", "tỉnh đoàn", "thành đoàn", "thị đoàn", "huyện đoàn", "quận đoàn", "khu tự trị", "khu tự trị choang", "khu tự trị dân tộc choang",
    "khu tự trị dân tộc",
    "thành phố", "thành ủy", "thành uỷ", "thủ đô", "thị xã", "thị ủy", "thị uỷ", "huyện",
    "huyện ủy", "huyện uỷ", "huyện đảo", "quần đảo", "quận", "quận ủy", "quận uỷ", "thị trấn", "xã", "phường", "vùng", "vùng lãnh thổ", "vùng tự trị", "bang",
    "đặc khu"))
# Regex of the level words on folded text (abbreviations with optional dots).
_LEVEL_RE = (
    rf"khu{_SP}tu{_SP}tri(?:{_SP}dan{_SP}toc)?(?:{_SP}choang)?|tinh(?:{_SP}(?:uy|doan))?"
    rf"|thanh{_SP}(?:pho|uy|doan)|thu{_SP}do|thi{_SP}(?:xa|tran|uy|doan)|t\.?p\.?|t\.?x\.?"
    rf"|huyen(?:{_SP}(?:uy|doan|dao))?|quan(?:{_SP}(?:uy|doan|dao))?|q\.|h\.|xa|phuong|vung(?:{_SP}(?:lanh{_SP}tho|tu{_SP}tri))?|bang|dac{_SP}khu"
)
# Between a level word and the name: blanks, or nothing after a dot ("TP.HCM").
_AFTER_LEVEL = r"(?:[ \t\u00a0]+|(?<=\.)[ \t\u00a0]*)"
_WORD = re.compile(r"\w\w*")   # (\w+: one class first, the engine skips to word characters; test_prefilters)


def key_of(folded: str) -> str:
    """The index key of a folded name: its words joined by one space."""
    return " ".join(_WORD.findall(folded))


def normalise_level(word: str | None) -> str | None:
    """"Thành phố", "TP.", "tp", "thanh pho", "Tỉnh ủy" -> "thành phố" / "tỉnh"; None if unknown."""
    if not word:
        return None
    k = " ".join(fold(nfc(word)).replace(".", " ").split())
    if k in LEVEL_WORDS:
        return LEVEL_WORDS[k]
    k = k.replace(" ", "")
    return LEVEL_WORDS.get(k) if k in _ABBREVIATIONS else None


_SPLIT = re.compile(rf"(?P<lvl>{_LEVEL_RE}){_AFTER_LEVEL}(?P<rest>\S.*)", re.S)


def split_level(s: str, strict: bool = True) -> tuple[str | None, str]:
    """A name as written -> (normalised level word or None, index key of the rest).

    ``split_level("TP.HCM") == ("thành phố", "hcm")``. With ``strict`` a full level word
    must carry its accents when the name does ("Tĩnh Gia" is a name, not tỉnh + Gia).
    """
    n = nfc(s).strip()
    f = fold(n)
    m = _SPLIT.fullmatch(f)
    if m:
        lk = " ".join(m.group("lvl").replace(".", " ").split())
        if lk.replace(" ", "") in _ABBREVIATIONS:
            return LEVEL_WORDS[lk.replace(" ", "")], key_of(m.group("rest"))
        if not strict or n.isascii() or " ".join(n[:m.end("lvl")].lower().split()) in _ACCENTED:
            return LEVEL_WORDS[lk], key_of(m.group("rest"))
    return None, key_of(f)


@functools.lru_cache(maxsize=512)
def level_written(folded: str, written: str | None) -> str | None:
    """The level a level word before a name gives in :meth:`hoptac.core.places_match.Matcher.find`
    (``folded``: the word as the page's fold has it, "tp.", "thanh pho"; ``written``: as written, in
    an accented page, else None): an abbreviation's, or the word's if written with its own marks
    ("tỉnh", not "tinh" in an accented page); else None. Remembered: a page's level words are a
    handful, each read again before every name it precedes."""
    lk = " ".join(folded.replace(".", " ").split())
    if lk.replace(" ", "") in _ABBREVIATIONS:
        return LEVEL_WORDS[lk.replace(" ", "")]
    if written is None or " ".join(written.lower().split()) in _ACCENTED:
        return LEVEL_WORDS[lk]
    return None
