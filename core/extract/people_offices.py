"""An office's name inside a person's title ends where the office's name ends (read by
:func:`hoptac.core.extract.people._title_after`).

Vietnamese writes an office's name with a capital on the first syllable of each of its
words only ("Sở Văn hóa, Thể thao và Du lịch", "Viện Nghiên cứu Phát triển", "Ban Liên lạc",
"Hội Liên hiệp Phụ nữ"), and a title otherwise stops at the first lower-case word it does not
know: the title was cut inside the name ("Giám đốc Sở Văn", "Giám đốc Viện Nghiên"). After an
office's noun, each capitalised syllable takes the one lower-case syllable after it (most words
are two syllables), and the name runs on over the joins of its words: "và", a dash, a list of
words with commas that ends with "và", or a space before the next capitalised word.
``vocab.DEPARTMENT_NAMES`` keeps the names whose words run on in lower case ("Giao thông vận tải").

| shape                                   | example (written for the docs)                      | the office's name            |
|-----------------------------------------|-----------------------------------------------------|------------------------------|
| a word of two syllables                 | "Giám đốc Sở Chiến lược tỉnh A"                      | Sở Chiến lược                |
| words joined by "và"                    | "Giám đốc Sở Văn hóa và Thông tin tỉnh A"            | Sở Văn hóa và Thông tin      |
| a list with commas that ends with "và"  | "Phó Giám đốc Sở Văn hóa, Khoa học và Thông tin"     | the whole list               |
| commas without "và": a new title part   | "Giám đốc Sở Tư pháp, Trưởng ban …"                  | Sở Tư pháp                   |
| words one after another                 | "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh A"           | Hội Liên hiệp Phụ nữ         |
| a capitalised word alone stops there    | "Giám đốc Sở Công Thương đề nghị …"                  | Sở Công Thương (no "đề")     |
| a family name after the noun: a person  | "Phó Chủ tịch Hội Nguyễn Thị Hạnh"                   | none (the person's name)     |
| "ban", "phòng" after a head's title     | "Trưởng ban Pháp chế HĐND tỉnh"                      | ban Pháp chế                 |
"""

from __future__ import annotations

import re

from ..scan import fold_slice
from ..text import fold
from .vocab import SURNAMES, is_title_start

__all__ = ["OFFICE_NOUNS", "office_names"]

_UP = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LO = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

#: The nouns an office's name follows, as titles write them (capitalised).
OFFICE_NOUNS = ("Sở", "Bộ", "Ban", "Cục", "Tổng cục", "Chi cục", "Vụ", "Viện", "Học viện", "Phòng", "Hội",
                "Hiệp hội", "Liên hiệp", "Liên đoàn", "Ủy ban", "Uỷ ban", "Trung tâm", "Văn phòng")
# ... and "ban", "phòng" in lower case after the head's title ("Trưởng ban Pháp chế", "Phó trưởng phòng Kinh tế")
_NOUN_AS_WRITTEN = (r"(?<![\w])(?:" + "|".join(re.escape(n) for n in sorted(OFFICE_NOUNS, key=len, reverse=True))
                    + r"|(?:(?<=[Tt]rưởng )|(?<=Phó ))(?:ban|phòng))[ ]+")
# ... compiled first letter first, the look-behinds after it (scan.keyword_regex's way): the engine skips to
# those letters instead of trying every character (the same matches: tests/test_prefilters_*.py)
_NOUN = re.compile("(?:" + "|".join(re.escape(n[0]) + r"(?<!\w.)" + re.escape(n[1:])
                                    for n in sorted(OFFICE_NOUNS, key=len, reverse=True))
                   + r"|b(?:(?<=[Tt]rưởng b)|(?<=Phó b))an|p(?:(?<=[Tt]rưởng p)|(?<=Phó p))hòng)[ ]+")
_CAP = re.compile(rf"[{_UP}][{_LO}]*(?![\w])")       # a capitalised syllable
_LOW = re.compile(rf"[ ]([{_LO}]+)(?![\w])")          # the lower-case syllable after it
_AND = re.compile(r"[ ]+và[ ]+|[ ]*[-–][ ]*")        # "và", a dash
_COMMA = re.compile(r",[ ]*")
_SPACE = re.compile(r"[ ]+")


def _word(text: str, pos: int) -> tuple[int, bool] | None:
    """(end, of two syllables) of the name's word at ``pos``: "Văn hóa" (True), "Công" (False)."""
    cap = _CAP.match(text, pos)
    if cap is None:
        return None
    low = _LOW.match(text, cap.end())
    if low is not None and low.group(1) != "và":
        return low.end(), True
    return cap.end(), False


def _listed(text: str, end: int) -> tuple[int, bool] | None:
    """The end of a list of words with commas that ends with "và" (", Khoa học và Thông tin"),
    or None (commas without "và", or a title among them: ", Trưởng ban …" starts a new part)."""
    pos = end
    while (comma := _COMMA.match(text, pos)) is not None:
        word = _word(text, comma.end())
        if word is None or is_title_start(fold_slice(text, comma.end(), word[0], fold)):
            return None
        pos = word[0]
        joined = _AND.match(text, pos)
        if joined is not None and text[pos:joined.end()].strip() == "và":
            return _word(text, joined.end())
    return None


def _name_end(text: str, pos: int) -> int | None:
    word = _word(text, pos)
    if word is None or (not word[1] and text[pos:word[0]].lower() in SURNAMES):
        return None   # "Phó Chủ tịch Hội Nguyễn Thị Hạnh": a person after the office's noun, no name of it
    end, whole = word
    while True:
        joined = _AND.match(text, end)
        nxt = _word(text, joined.end()) if joined is not None else None
        if nxt is None:
            nxt = _listed(text, end)
        if nxt is None and whole and (space := _SPACE.match(text, end)) is not None:
            nxt = _word(text, space.end())
            nxt = nxt if nxt is not None and nxt[1] else None   # after a space, only a word of two syllables
        if nxt is None:
            return end
        end, whole = nxt


def office_names(text: str) -> list[tuple[int, int]]:
    """The spans of the offices' names in ``text`` (a title's text), each from its noun."""
    out = []
    for noun in _NOUN.finditer(text):
        end = _name_end(text, noun.end())
        if end is not None:
            out.append((noun.start(), end))
    return out
