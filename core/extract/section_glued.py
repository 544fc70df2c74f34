"""A site's section name glued before the headline on its line (round 58, late58c; used by :mod:`.article`).

Some sites print the section an article sits in on the headline's own line, before it: "Chính trị Phường A và xã
B ký kết …", "Chính trị Phó Bí thư Thành ủy C thăm tỉnh D". The section is chrome, not the headline's first words.
A real headline may open with the same words ("Kinh tế tỉnh A tăng trưởng …", "Văn hóa Khmer …"), so the section
is cut only when three things agree:

| evidence                      | what it is                                                | example (our own)          |
|-------------------------------|-----------------------------------------------------------|----------------------------|
| the section's words           | the words of :data:`.section_labels.SECTION_WORDS`,       | "Chính trị", "Quốc phòng - |
|                               | joined as a label joins them, its first letter a capital  | An ninh"                   |
|                               | and its later syllables in lower case                     |                            |
| then a capitalised level word,| a headline in sentence case writes these in lower case    | "Phường A …", "Xã B …",    |
| body or title                 | after a common noun: a capital there opens a new sentence | "Phó Chủ tịch …", "Các xã  |
| (:data:`OPENINGS`)            | (or "Các"/"Hai"/"Ba" then a level word)                   | A, B …", "Thành ủy C …"    |
| the lead below opens with an  | the site's initials, then a dash: a paper's own page       | "ĐNA - Chiều 5/8, …"       |
| agency tag                    |                                                           |                            |

Not cut (counter-shapes): "Kinh tế Lào Cai tăng trưởng …" (a place's name, no level word), "Văn hóa Khmer …",
"Thời sự: Huyện A …" (a colon: a kicker, the headline's own), a headline in Title Case ("Hợp Tác Tỉnh A Và Tỉnh B":
every word capitalised says nothing), and any line whose lead has no agency tag.
"""

from __future__ import annotations

import re

from ..text import fold
from .section_labels import _JOIN, _WORD

__all__ = ["OPENINGS", "glued_section_end"]

#: what may open the headline after the section (written; the first letter a capital)
OPENINGS: tuple[str, ...] = (
    # level words
    "Phường", "Xã", "Huyện", "Quận", "Tỉnh", "Thành phố", "Thị xã", "Thị trấn", "TP", "Đặc khu",
    # bodies of a locality
    "Đảng ủy", "Đảng uỷ", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "UBND", "HĐND",
    "Ủy ban", "Uỷ ban",
    # titles
    "Phó", "Chủ tịch", "Bí thư", "Tổng Bí thư", "Thủ tướng", "Bộ trưởng", "Đại sứ", "Đồng chí", "Giám đốc",
)
_OPENING = re.compile(r"(?:" + "|".join(re.escape(o) for o in sorted(OPENINGS, key=len, reverse=True)) + r")(?!\w)"
                      r"|(?:Các|Hai|Ba)\s+(?:phường|xã|huyện|quận|tỉnh|thành phố|thị xã|thị trấn|địa phương)(?!\w)")
_SECTION = re.compile(rf"{_WORD}(?:{_JOIN}{_WORD})*[ \u00a0]+")
#: the lead's agency tag: the site's initials, then a dash ("ĐNA - ", "QNO – ")
_JOINS = frozenset({"-", "–", "/", "&", "|", ","})
_TAG = re.compile(r"(\w{2,6})\s*[-–—]\s")


def glued_section_end(raw_title: str, lead_raw: str) -> int:
    """Where the headline starts in ``raw_title`` after a site's section glued before it (0 when none: see the
    table)."""
    if not raw_title[:1].isupper() or not lead_raw[:1].isupper():   # (cheap: both open with a capital)
        return 0
    tag = _TAG.match(lead_raw)
    if tag is None or not tag.group(1).isupper():
        return 0
    m = _SECTION.match(fold(raw_title[:40]))   # (fold keeps the length: offsets shared)
    if m is None:
        return 0
    words = raw_title[:m.end()].split()
    if any(w[:1].isupper() and words[i - 1] not in _JOINS for i, w in enumerate(words) if i):
        return 0   # "Hợp Tác Tỉnh A …": Title Case (a join's next word may be a capital: "Quốc phòng - An ninh")
    rest = raw_title[m.end():]
    if _OPENING.match(rest) is None or not any(w[:1].islower() for w in rest.split()):
        return 0
    return m.end()
