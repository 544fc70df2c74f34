"""Where a year opens its sentence or clause: what :mod:`hoptac.core.extract.year_cues` asks before it reads a
year's figures ("Năm 2024, kim ngạch … đạt …": ``year_figures``) or a year's plan ("Trong năm 2024, hai bên sẽ
…": ``year_ahead``) -- a year that opens what is said is the year it is said of.

Each row of :data:`OPENINGS` is a shape of what stands before the year (folded: no accents, no case, đ→d),
named, with a sentence of my own writing. A sentence opens at the text's start, after an end mark or a line
break, and also at a quotation mark after them or after a colon (a speaker quoted: '… Giám đốc Sở.\\n\\n"Năm
2022, kim ngạch …', 'ông A cho biết: "Năm 2022, …'); a clause opens after a verb of saying ("Ông A nhấn
mạnh, trong năm 2018, …") or after a connective that opens the sentence ("Vì vậy, trong năm 2018, các sở
cần …": a connective ties the sentence to the one before, it does not move the year off the sentence's
opening). Not a year inside a clause ("… đã tăng so với năm 2022, …"), nor after a connective of time
("Trước đó, trong năm 2022, …", "Sau đó, …": the year of a history told on, not the page's).
"""

from __future__ import annotations

import re

__all__ = ["OPENINGS", "SAID_OPENINGS", "opens_sentence", "opens_clause"]

_END = r"(?:^|[.!?…]\s+|\n\s*)"
#: (name, pattern ending where the year's words start, example).
OPENINGS: tuple[tuple[str, str, str], ...] = (
    ("sentence", rf"{_END}(?:trong\s+)?$", "Năm 2024, kim ngạch thương mại hai tỉnh đạt 500 triệu USD."),
    ("quotation", rf"(?:{_END}|:\s*)[\"“'‘]\s*(?:trong\s+)?$",
     "Ông A cho biết: \"Năm 2024, kim ngạch thương mại qua cửa khẩu đạt 500 triệu USD\"."),
)
#: (name, pattern ending where "năm Y" starts, after "trong", example): a clause that opens with the year.
SAID_OPENINGS: tuple[tuple[str, str, str], ...] = (
    ("said", r"\b(?:nhan manh|de nghi|cho biet|khang dinh|yeu cau|mong muon|de xuat)\s*,\s*trong\s+$",
     "Ông A nhấn mạnh, trong năm 2018, hai địa phương cần tích cực phối hợp."),
    ("connective", rf"{_END}(?:vi vay|vi the|do do|do vay|theo do|ben canh do|dong thoi|ngoai ra)\s*,\s*trong\s+$",
     "Vì vậy, trong năm 2018, các sở của hai tỉnh cần phối hợp điều chỉnh quy hoạch."),
)
_OPENS = re.compile("|".join(f"(?:{p})" for _, p, _ in OPENINGS))
_SAID = re.compile("|".join(f"(?:{p})" for _, p, _ in SAID_OPENINGS))


def opens_sentence(before: str) -> bool:
    """Does the year right after ``before`` (the folded words just before it, a dozen characters) open its
    sentence (:data:`OPENINGS`)?"""
    return _OPENS.search(before) is not None


def opens_clause(before: str) -> bool:
    """Does the year after ``before`` (folded, some forty characters, ending with "trong ") open a clause after a
    verb of saying or a connective (:data:`SAID_OPENINGS`)?"""
    return _SAID.search(before) is not None
