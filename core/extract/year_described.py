"""An occasion described as one of its year's: "Sự kiện giới thiệu sản phẩm … là sự kiện quan trọng của
năm 2022", "Hội chợ đặc sản … là hoạt động nổi bật trong năm 2021". The sentence names the occasion and
says which year it belongs to -- the same evidence as its name written with the year ("Hội chợ … năm
2021", named_year in :mod:`hoptac.core.extract.year_names`), told with "là … của năm Y" in between.

Each shape is a row of a table (folded: no accents, no case, đ→d) with a sentence written for it:

* :data:`OCCASIONS`: the nouns the sentence opens with -- an occasion, not a plan, a period or a figure;
* :data:`DESCRIBED`: the words between the occasion and the year ("là (một trong những) sự kiện
  [quan trọng] của / trong năm").

Not described so: an occasion told as coming ("… sẽ là sự kiện lớn của năm 2023": the page's day
may lie before it, the year before), one told as held before or as an earlier edition ("Hội chợ
năm trước là …", "đã tổ chức thành công"), a sentence that opens with anything else ("Năm 2022 là
năm …", "Đây là …": whose occasion is not said).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .tense_words import SAP, SE
from ..scan import fold_slice
from ..text import fold

__all__ = ["OCCASIONS", "DESCRIBED", "SAID", "described_start", "said_of"]

#: The occasion nouns the describing sentence opens with (folded), each with a sentence.
OCCASIONS: tuple[tuple[str, str], ...] = (
    ("su kien", "Sự kiện giới thiệu sản phẩm OCOP các tỉnh miền núi là sự kiện quan trọng của năm 2022."),
    ("hoi cho", "Hội chợ đặc sản các tỉnh miền Trung là hoạt động nổi bật trong năm 2021."),
    ("le hoi", "Lễ hội trái cây Nam Bộ là sự kiện văn hóa lớn nhất của năm 2019 tại thành phố."),
    ("festival", "Festival hoa Đà Lạt là một trong những sự kiện du lịch quan trọng của năm 2024."),
    ("tuan le", "Tuần lễ văn hóa Hà Nội - Viêng Chăn là hoạt động đối ngoại nổi bật của năm 2023."),
    ("tuan van hoa", "Tuần văn hóa du lịch hai tỉnh là sự kiện được mong chờ nhất trong năm 2018."),
    ("ngay hoi", "Ngày hội giao lưu văn hóa biên giới là hoạt động ý nghĩa của năm 2020."),
    ("lien hoan", "Liên hoan nghệ thuật quần chúng hai thành phố là sự kiện lớn trong năm 2017."),
    ("hoi nghi", "Hội nghị xúc tiến đầu tư của ba tỉnh là sự kiện kinh tế quan trọng của năm 2022."),
    ("dien dan", "Diễn đàn hợp tác du lịch các tỉnh Tây Nguyên là hoạt động nổi bật của năm 2023."),
)
#: Between the occasion's name and the year: "là (một trong những) sự kiện / hoạt động, up to four
#: words ("văn hóa lớn nhất", "được mong chờ nhất"), then "của" or "trong" and "năm".
DESCRIBED = (r"\bla\s+(?:mot\s+trong\s+(?:nhung|cac)\s+)?(?:su\s+kien|hoat\s+dong)(?:\s+[a-z]+){0,4}?"
             r"\s+(?:cua|trong)\s+(?:nam\s+)?$",
             "Sự kiện giới thiệu sản phẩm OCOP các tỉnh miền núi là sự kiện quan trọng của năm 2022.")
_DESCRIBED = re.compile(DESCRIBED[0])
_OPENS = re.compile(r"(?:" + "|".join(w for w, _ in OCCASIONS) + r")\b")
#: Told as coming, or as held before / an earlier edition, in the sentence before the year.
_NOT_ITS_OWN = re.compile(rf"\b(?:{SE}|{SAP}|du kien|tung|nam truoc|nam ngoai|lan truoc|ky truoc|to chuc thanh cong|"
                          r"sau thanh cong|tiep noi)\b")
#: A verb of saying or deciding between the occasion's noun and "là" (review22): the meeting tells what
#: another thing is to a year, a plan or a verdict ("Hội nghị nhấn mạnh, công tác … là hoạt động quan trọng
#: trong năm 2024", said in December of the year before), not the occasion's own year.
SAID = (r"\b(?:nhan manh|khang dinh|xac dinh|thong nhat|nhat tri|cho rang|cho biet|neu ro|chi ro|ghi nhan|"
        r"de nghi|yeu cau|ket luan|danh gia|de ra)\b",
        "Hội nghị nhấn mạnh, công tác quy tập hài cốt liệt sĩ là hoạt động quan trọng trong năm 2024.")
_SAID = re.compile(SAID[0])
#: "đã" read as written: folded it is "Đà" too ("Festival hoa Đà Lạt").
_DONE = re.compile(r"(?i)(?<!\w)đã(?!\w)")
_SENTENCE_ENDS = ".;!?\n"
REACH = 220


def described_start(text: str, m: DateMention) -> int | None:
    """Where the occasion described as year ``m``'s ('năm 2022') starts, or None."""
    lo = max(0, m.start - REACH)
    before = text[lo:m.start]
    cut = max(before.rfind(ch) for ch in _SENTENCE_ENDS) + 1
    if cut == 0 and lo > 0:
        return None   # the sentence opens before the reach: its opening (a speaker, "nhấn mạnh") unseen (review22)
    sentence = fold(before[cut:])
    lead = len(sentence) - len(sentence.lstrip())
    if not _OPENS.match(sentence, lead) or (described := _DESCRIBED.search(sentence)) is None:
        return None
    if _NOT_ITS_OWN.search(sentence) or _DONE.search(before, cut) or _SAID.search(sentence, lead, described.start()):
        return None
    return lo + cut + lead


def said_of(text: str, name_start: int, year_start: int) -> bool:
    """Is the occasion named at ``name_start`` described as the year's ("… là sự kiện quan trọng trong năm")
    in a sentence whose speaker says or decides it (:data:`SAID` before the name: "Hội nghị xác định, tổ
    chức Ngày hội … là sự kiện quan trọng trong năm 2024")? Then the year is no name of the occasion's
    (year_names.festival_start reads a short name so)."""
    if _DESCRIBED.search(fold_slice(text, name_start, year_start, fold)) is None:
        return False
    lo = max(0, name_start - REACH)
    head = text[lo:name_start]
    cut = max(head.rfind(ch) for ch in _SENTENCE_ENDS) + 1
    return _SAID.search(fold(head[cut:])) is not None
