"""Tense words read as written (round 22, fold22).

The rules match folded text (no accents, no case, đ→d), and folding makes a tense word meet
other common words: a rule that reads a folded tense word as a tense must check that the page
wrote the tense word. The table: the folded word, how the tense word is written, and the words
it meets once folded (each with a sentence written for it).

=======  ==========  ==========================================================================
folded   written     the other words folded the same
=======  ==========  ==========================================================================
da       đã          "Đà Nẵng", "Đà Lạt", "sông Đà", "đa phương", "Bệnh viện Đa khoa",
                     "bóng đá", "dạ hội": "Đoàn sẽ thăm thành phố Đà Nẵng từ 5 đến 9/5" is told
                     ahead, not done
se       sẽ          "chia sẻ" (also misspelt "chia sẽ": after "chia" it is never "sẽ"): "Ngày 3/1,
                     hai bên chia sẻ kinh nghiệm …" tells nothing ahead
sap      sắp         "sáp nhập" (a merger), "sập" (a collapse): "tỉnh mới sau sáp nhập" is no plan
dang     đang        "Đảng" ("Đảng ủy"), "Đặng" (a family name), "đăng" (posted), "đáng": "Đoàn
                     làm việc với Đảng ủy tỉnh và sẽ thăm …" is told ahead
vua      vừa         "vua" (a king: "đền thờ vua Đinh", "Giỗ Tổ Hùng Vương" is not, "vua Hùng" is)
du kien  dự kiến     "dữ kiện" (facts)
toi      tới         "tối" (evening): "làm việc ngày 12/3, tối cùng ngày …" is no day "12/3 tới"
nam      năm         "Nam" of a place ("Quảng Nam", "Hà Nam", "Việt Nam"): "Đoàn tỉnh Quảng Nam qua
                     Sê Kông ngày 15/3" is no "năm qua" (a year before)
=======  ==========  ==========================================================================

On a page written without accents (the words around the tense word carry none), the folded word
is all there is, and it is read as the tense word, as before.

Rules that read only the folded page use :data:`SE`, :data:`SAP` and :data:`NAM` in their patterns instead
of "se", "sap" and "nam": the collisions common in news writing ("chia sẻ", "sáp nhập", the "Nam" of "Quảng
Nam", "Hà Nam", "Việt Nam", "miền Nam") left out.
"""

from __future__ import annotations

import re

from ..scan import fold_slice
from ..text import fold

__all__ = ["WRITTEN", "says", "search_written", "ASCII_REACH", "SE", "SAP", "NAM"]

#: The folded tense word → how it is written (lower case, NFC).
WRITTEN: dict[str, str] = {
    "da": "đã",
    "se": "sẽ",
    "sap": "sắp",
    "dang": "đang",
    "vua": "vừa",
    "du kien": "dự kiến",
    "toi": "tới",
    "nam": "năm",
}

#: Folded-pattern forms (for a rule with no written text): "sẽ" but not "chia sẻ" (nor its common misspelling
#: "chia sẽ") nor "Sê Kông", "Sê Pôn", "Sê San", "Sê Đôn"; "sắp" but not "sáp nhập".
SE = r"(?<!\bchia )se(?![\s-]+(?:kong|pon|san|don)\b)"
SAP = r"sap(?!\s+nhap\b)"
#: "năm" but not the "Nam" of a place: "tỉnh Quảng Nam trước sáp nhập" holds no "năm trước".
NAM = r"nam(?<!\bquang nam)(?<!\bha nam)(?<!\bviet nam)(?<!\bmien nam)"   # (opens with its letters: .openings)

#: A page is read as written without accents where the ASCII_REACH characters either side of the word carry
#: no accent.
ASCII_REACH = 60


def says(text: str, i: int, word: str) -> bool:
    """Does ``text`` at ``i`` write the tense word whose folded form is ``word`` (a key of :data:`WRITTEN`,
    or any other word, which is taken as is)? ``text`` is the page as written, offsets shared with the
    folded page."""
    written = WRITTEN.get(word)
    if written is None:
        return True
    if word == "se" and fold_slice(text, max(0, i - 5), i, fold) == "chia ":
        return False   # "chia sẻ", misspelt "chia sẽ"
    got = text[i:i + len(word)].lower()
    if got == written:
        return True
    return got == word and text[max(0, i - ASCII_REACH):i + len(word) + ASCII_REACH].isascii()


def search_written(rx: re.Pattern, text: str, folded: str, start: int, end: int) -> re.Match | None:
    """The first match of ``rx`` in folded[start:end] that is no tense word or one written as such
    (:func:`says`); with no ``text``, the first match."""
    for m in rx.finditer(folded, start, end):
        if not text or says(text, m.start(), m.group(0)):
            return m
    return None
