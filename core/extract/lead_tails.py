"""A lead that goes on after its main clause with another day or stop of the trip (round 35).

"Sáng 5/3, tỉnh A và tỉnh B ký kết biên bản ghi nhớ hợp tác; trước đó, ngày 4/3, đoàn đã làm việc với Sở Công
Thương": the second clause tells what the delegation did the day before (or will do the day after, or where it
went next); the occasion the lead dates is the first clause's. Its verbs ("làm việc với", "khảo sát", "đến thăm")
are another occasion's and must not outvote the main clause's, so the type is read on the clause before such a
tail -- when that clause names an occasion of its own (else the sentence is read whole, as before).

Each row: (name, pattern on the folded clause, example sentence of our own).

=====================  ==========================================================================================
name                   example (the tail starts at the marker)
=====================  ==========================================================================================
before_that            "Sáng 5/3, hai tỉnh ký kết biên bản ghi nhớ; trước đó, ngày 4/3, đoàn đã làm việc với Sở …"
next_step              "Sáng 5/3, hai tỉnh họp bàn hợp tác; tiếp đó, ngày 6/3, đoàn sẽ khảo sát cảng biển."
then_the_delegation    "Ngày 5/3, hai huyện khai mạc lễ hội văn hóa, sau đó đoàn đến thăm khu di tích."
next_day               "Ngày 5/3, hai tỉnh ký kết thỏa thuận; ngày mai (6/3), hai bên sẽ làm việc tại khu công nghiệp."
=====================  ==========================================================================================

Not a tail: "…, sau đó tổ chức hội thảo" (a programme's next item, :mod:`type_programme`), "…, sau đó gặp gỡ báo
chí" (:mod:`type_press`): no delegation or sides named after "sau đó"; a comma alone before "tiếp đó" in a
list of the day's items ("khảo sát, tiếp đó làm việc …") needs the comma after it too.
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["TAILS", "main_clause"]

TAILS: tuple[tuple[str, str, str], ...] = (
    ("before_that", r"[;,]\s*truoc do\s*,",
     "Sáng 5/3, hai tỉnh ký kết biên bản ghi nhớ; trước đó, ngày 4/3, đoàn đã làm việc với Sở Công Thương."),
    ("next_step", r"[;,]\s*(?:tiep do|tiep theo|sau do)\s*,",
     "Sáng 5/3, hai tỉnh họp bàn hợp tác; tiếp đó, ngày 6/3, đoàn sẽ khảo sát cảng biển."),
    ("then_the_delegation", r"[;,]\s*sau do\s+(?:doan|hai ben|hai doan|cac dai bieu|cac thanh vien)\b",
     "Ngày 5/3, hai huyện khai mạc lễ hội văn hóa, sau đó đoàn đến thăm khu di tích."),
    ("next_day", r"[;,]\s*(?:ngay mai|ngay hom sau|hom sau)\b",
     "Ngày 5/3, hai tỉnh ký kết thỏa thuận; ngày mai (6/3), hai bên sẽ làm việc tại khu công nghiệp."),
)

_TAIL = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx, _ in TAILS))
#: The words one of which every tail holds (each row's marker): a clause with none is read whole without searching
#: it (round 38: the rows, each a named group, give the regex engine nothing to skip by, and most clauses have no
#: tail). tests/test_prefilters_round38.py checks each row's example against them.
TAIL_WORDS: tuple[str, ...] = ("truoc do", "tiep do", "tiep theo", "sau do", "ngay mai", "hom sau")


def main_clause(folded_clause: str, names_occasion: Callable[[str], object]) -> str:
    """``folded_clause`` cut before its first tail (:data:`TAILS`) when the part before it names an occasion
    (``names_occasion`` of it is true); the clause whole otherwise."""
    if not any(w in folded_clause for w in TAIL_WORDS):
        return folded_clause
    m = _TAIL.search(folded_clause)
    if m is None:
        return folded_clause
    head = folded_clause[:m.start()]
    return head if names_occasion(head) else folded_clause
