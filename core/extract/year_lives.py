"""Years bound to a person's life, not to an occasion: a birth ("liệt sĩ Lê Văn Tám (SN 1950)",
"ông Trần Văn Bình, sinh năm 1948", "năm sinh 1948"), a death in war ("hy sinh năm 1972"), an
enlistment ("nhập ngũ năm 1968"). Such a year tells who a person was (a martyr whose remains are
brought home, a veteran visited); it never dates the occasion the page reports, so it gives no
year cue (:mod:`hoptac.core.extract.year_cues`, :mod:`hoptac.core.extract.year_names`).

Each shape is a row of :data:`LIFE_YEARS` (name, example). "sinh năm" is a birth only after a
name, a kin or courtesy word or a bracket or comma: "sinh" closes many words that are no birth
("học sinh năm 2024", "tuyển sinh năm 2025", "Giáng sinh năm 2023", "phát sinh năm 2024").
"""

from __future__ import annotations

import re

from ..text import fold

__all__ = ["LIFE_YEARS", "life_year", "life_span"]

LIFE_YEARS: tuple[tuple[str, str], ...] = (
    ("born_sn", "hài cốt liệt sĩ Lê Văn Tám (SN 1950), quê xã An Hòa"),
    ("born", "Ông Trần Văn Bình, sinh năm 1948, quê Nghệ An; cựu chiến binh Hồ Văn Lợi (năm sinh 1947)"),
    ("fell", "liệt sĩ Hoàng Văn Hai hy sinh năm 1972 tại chiến trường Lào"),
    ("enlisted", "ông nhập ngũ năm 1968, tòng quân năm 1968"),
    ("life_span", "hài cốt liệt sĩ Lê Văn Tám (1950 - 1972); tưởng niệm đồng chí Trần Văn Bình (1920 - 1990)"),
)

#: Before the year's digits or its "năm" (folded), the life's words.
_LIFE = re.compile(r"(?:\bsn|\bnam sinh|(?P<sinh>\bsinh)(?: vao)?(?: nam)?|\bh[yi] sinh(?: vao)?(?: nam)?"
                   r"|\b(?:nhap ngu|tong quan)(?: vao)?(?: nam)?)\s*:?\s*$")
#: Before "sinh" (folded), the words whose compound it closes: no birth.
_NOT_BORN = frozenset({"hoc", "tuyen", "giang", "phuc", "ve", "phat", "san", "thi", "hoi", "tai", "dan", "an",
                       "moi", "so", "ky", "cuu", "song", "nay", "truong"})
#: Before "sinh": a name's word (capitalised), a kin or courtesy word, a bracket or comma.
_KIN = frozenset({"ong", "ba", "anh", "chi", "em", "chau", "cu", "me", "co", "chu", "bac"})


def life_year(text: str, start: int) -> bool:
    """Is the year whose mention starts at ``start`` ('năm 1949', '1949') bound to a life: born, fallen,
    enlisted (:data:`LIFE_YEARS`)? Reads only the raw words just before it, after a cheap literal test."""
    lo = max(0, start - 24)
    raw = text[lo:start]
    if "inh" not in raw and "SN" not in raw and "ngũ" not in raw and "quân" not in raw:
        return False
    before = fold(raw) + " "
    m = _LIFE.search(before)
    if m is None:
        return False
    if before[m.start():m.start() + 2] == "sn":
        return raw.rstrip()[-2:] == "SN" or "SN " in raw[-6:]   # the abbreviation is written in capitals
    if m.group("sinh") is None:
        return True
    k = raw.lower().rfind("sinh")   # ("sinh" has no marks: found as written)
    words = re.findall(r"[^\W\d_]+|[(,]", text[max(0, lo - 16):lo + k])
    if not words:
        return False
    prev = words[-1]
    if prev in "(,":
        return True
    if fold(prev) in _NOT_BORN:
        return False
    return prev[0].isupper() or fold(prev) in _KIN


#: A person's title before the name a life span follows (folded).
_TITLED_NAME = re.compile(r"\b(?:liet s[iy]|dong chi|ong|ba|cu|me|anh hung|nha tho|nha van|nhac si|hoa si|co)\s*$")


def life_span(text: str, start: int) -> bool:
    """Is the span of two years at ``start`` ("1949 - 1972") a person's life, in brackets right after a titled
    name ("liệt sĩ Lê Văn Tám (1950 - 1972)": :data:`LIFE_YEARS` life_span)? Not a span an anniversary counts
    ("kỷ niệm 110 năm ngày sinh đồng chí A (1907 - 2017)": read before, year_cues' _ANNIVERSARY_SPAN)."""
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0 or text[j] != "(":
        return False
    k = j
    names = 0
    while True:   # the capitalised words of the name, back from the bracket
        while k > 0 and text[k - 1] == " ":
            k -= 1
        w = k
        while w > 0 and (text[w - 1].isalpha()):
            w -= 1
        if w == k or not text[w].isupper():
            break
        names, k = names + 1, w
    return names >= 2 and bool(_TITLED_NAME.search(fold(text[max(0, k - 16):k])))
