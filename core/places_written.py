"""What the way a name is written tells the matcher (used by :class:`hoptac.core.places_match.Matcher`;
split from it to keep each module short).

=====================================================  ===============================================
written                                                found
=====================================================  ===============================================
"xã Tam Thanh (Phú Ninh)", "xã Duy Hải (Duy Xuyên,      the district of that name (huyện, thị xã,
Quảng Nam)", "phường 5 (Quận 8)", "thị trấn Đồng Lê     thành phố or quận), though no level word
(Tuyên Hóa)": a name in brackets right after a          stands before it: local papers write a
commune's name                                         commune's district so
"(Phú Ninh)" after anything else, "Phú Ninh" alone     nothing: a district alone is no place
"huyện Phú Ninh" (Quảng Nam) where the gazetteer        the matcher keeps both, the one with those
also has "Phù Ninh" (Phú Thọ), which folds the same     marks first; a partner unsure of its district
                                                       takes the one written with its marks (own_marks,
                                                       in extract.partner_places) unless the article
                                                       names the other's province
"huyện Kỳ Sơn, Hòa Bình", "huyện Bình Liêu, Quảng     the province: a district's own province after
Ninh": after a district, a bare name that is also     it is its address, not a district of another
the name of a district elsewhere (huyện Hòa Bình,     province carried on from the list's level
Bạc Liêu; huyện Quảng Ninh, Quảng Bình)                word (address_after; meta30, round 30)
"Tỉnh Đoàn Hưng Yên", "tỉnh Đoàn Ninh Bình" (the       no "tỉnh Đoan Hùng" (a huyện of Phú Thọ, folded
provincial youth union): after a level word, a name    alike): a name after a level word none of its
no candidate has at that level, written with marks     Vietnamese candidates has, with marks none of
none of them has                                       them has, is another word ("Đoàn", the union);
                                                       the province after it is read bare (not_at_level)
"trường mầm non Yên Bài A, huyện Ba Vì" (xã Yên Bài     no province Yên Bái: a name without a level
of Hà Nội): a bare name written with the marks of a    word, in an accented text, written with a
commune of the gazetteer (communes of 2025) and not    commune's very marks and none of the province's
with those of the province it folds to                 (or district's), is that commune's, not theirs
                                                       (commune_marks; late46c, round 46)
=====================================================  ===============================================
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .place_levels import key_of
from .places_bare import same_marks
from .text import fold_query

__all__ = ["DISTRICT_LEVELS", "bracketed_district_level", "commune_marks", "name_goes_on", "not_at_level", "own_marks"]

#: The levels a commune's district may have, the likeliest first.
DISTRICT_LEVELS = ("huyện", "thị xã", "thành phố", "quận")

#: A commune's name just before an opening bracket (folded, read up to the bracket): its level word
#: and up to four words of name ("xa tam thanh (", "phuong 5 (", "thi tran dong le (").
_COMMUNE_BEFORE_BRACKET = re.compile(r"\b(?:xa|phuong|thi tran)\s+(\w+(?:\s+\w+){0,3})\s*\(\s*$")
_COMMUNE_WORDS = frozenset({"xã", "phường", "thị trấn"})


def bracketed_district_level(text: str, folded: str, ns: int, key: str, accented: bool,
                             has_level: Callable[[str, str], bool]) -> str | None:
    """The level of the district named bare at ``ns`` (folded name ``key``) in brackets right after a
    commune's name, or None (see the table)."""
    if "(" not in text[max(0, ns - 3):ns]:
        return None
    m = _COMMUNE_BEFORE_BRACKET.search(folded, max(0, ns - 48), ns)
    if m is None or not (text[m.start(1)].isupper() or text[m.start(1)].isdigit()):
        return None   # "xã biên giới (…)": no commune's name
    if accented and " ".join(text[m.start():m.start(1)].lower().split()) not in _COMMUNE_WORDS:
        return None   # "xa" (far) is not xã
    return next((lvl for lvl in DISTRICT_LEVELS if has_level(key, lvl)), None)


def own_marks(written: str, cands: tuple) -> tuple:
    """The candidates whose name has the marks ``written`` has, when some have them and some do not;
    else all of them."""
    same = tuple(c for c in cands if same_marks(written, c.name))
    return same if same and len(same) < len(cands) else cands


def not_at_level(written: str, key: str, level: str, cands: tuple, has_level: Callable[[str, str], bool]) -> bool:
    """Is ``written`` (folded ``key``), after the level word ``level`` in an accented text, no name of
    ``cands``: none bears that level (``has_level``), all are Vietnamese, each is written so by its own
    name (not an alias: "TPHCM") and none has its marks ("Tỉnh Đoàn Hưng Yên" is the union, not "tỉnh
    Đoan Hùng")? A foreign name may be written by another spelling; a district written with its own
    marks after another level ("quận Thủ Đức") stays itself. (``has_level(key, level)``: the matcher's own,
    not a function made for each mention: speed24)"""
    return (bool(cands) and not has_level(key, level)
            and all(c.country == "Việt Nam" and key_of(fold_query(c.name)) == key for c in cands)
            and not any(same_marks(written, c.name) for c in cands))


# A commune's name that goes on with one more capitalised syllable ("xã Tân Khánh Hòa cho biết",
# "xã Tân Khánh Hòa, huyện Giang Thành") is a longer name the gazetteer may not know (a commune
# before the 2025 mergers): not the shorter commune ("xã Tân Khánh" of another province). A
# person's name after it is two capitalised syllables or more ("xã Tân Khánh Nguyễn Văn A").
_GOES_ON = re.compile(r"[ \t\u00a0]+[^\W\d_][\w]*(?=[ \t\u00a0]*(?:[^\w\s]|$)|[ \t\u00a0]+[^\W\d_])")


def name_goes_on(text: str, end: int) -> bool:
    m = _GOES_ON.match(text, end)
    if m is None or not m.group().lstrip()[:1].isupper():
        return False
    after = text[m.end():m.end() + 40].lstrip(" \t\u00a0")
    return not after[:1].isupper()


def address_after(prev_cands: tuple, key: str) -> bool:
    """Is the bare name ``key`` (folded) the province of the district just before it ("huyện Kỳ Sơn, Hòa
    Bình"), so that the list's level word is not carried on to it (huyện Hòa Bình is Bạc Liêu's)?"""
    return any(c.province and c.province != c.name and key_of(fold_query(c.province)) == key for c in prev_cands)


def commune_marks(written: str, cands: tuple, communes: tuple) -> bool:
    """Is the bare ``written`` (accented) a commune's name by its marks ("Yên Bài", xã of Hà Nội) and none of
    ``cands``' (the province or district it folds to: "Yên Bái"), in another province than theirs? (A misspelt
    province, "Quảng Ngải", is no commune's name: it stays the province; "Sài Gòn", a phường of the city it names
    by another name, stays the city.)"""
    own = [c for c in communes if same_marks(written, c.name)]
    return (bool(own) and not written.isascii() and not any(same_marks(written, c.name) for c in cands)
            and not {c.province for c in own} & {c.province for c in cands})   # "Sài Gòn" (a phường of TP HCM): the city's
