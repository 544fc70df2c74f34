"""Where the last clause before a point starts: the last ", " outside quotes (event_type.clause_of).

A comma between two verbs of one subject joins them; it opens no clause (round 26): "…, Đoàn đại biểu
tỉnh A đã đến thăm, làm việc tại tỉnh B từ ngày 4 đến 11/4" is one clause from "Đoàn", not "làm việc tại
…" alone. :data:`JOINED_VERBS` names the verbs so joined (folded, as written before and after the comma):

| before the comma       | after it                           | example (our own)                                   |
|------------------------|------------------------------------|-----------------------------------------------------|
| thăm, đến thăm, sang … | làm việc, chúc Tết, chúc mừng, …   | "đoàn tỉnh A đã sang thăm, làm việc tại tỉnh B"      |
| tiếp, gặp mặt, gặp gỡ  | làm việc, hội đàm, trao đổi        | "lãnh đạo tỉnh B đã tiếp, làm việc với đoàn tỉnh A"  |
| làm việc, hội đàm      | ký kết, trao tặng, thăm            | "hai bên đã hội đàm, ký kết biên bản ghi nhớ"        |
| NOT: a framing clause  | (a noun after the comma)           | "Nhân chuyến thăm, đoàn tỉnh A đã …": "đoàn" no verb |
"""

import re
from typing import Callable

_QUOTES = {"“": 1, "”": -1}

#: (verbs before the comma, verbs after it, example): folded, each a verb of the occasion tables.
JOINED_VERBS: tuple[tuple[str, str, str], ...] = (
    ("tham|den tham|sang tham|ra tham|vao tham", "lam viec|chuc tet|chuc mung|tang qua|trao qua|khao sat|giao luu",
     "Đoàn đại biểu tỉnh A đã sang thăm, làm việc tại tỉnh B từ ngày 4 đến 7/4."),
    ("tiep|gap mat|gap go", "lam viec|hoi dam|trao doi",
     "Lãnh đạo tỉnh B đã tiếp, làm việc với đoàn công tác tỉnh A sáng 5/4."),
    ("lam viec|hoi dam", "ky ket|trao tang|tham",
     "Hai bên đã hội đàm, ký kết biên bản ghi nhớ ngày 5/4."),
)
_BEFORE = re.compile(r"\b(?:" + "|".join(b for b, _, _ in JOINED_VERBS) + r"), $")
_PAIRS = [(re.compile(rf"\b(?:{b}), $"), re.compile(rf"(?:{a})\b")) for b, a, _ in JOINED_VERBS]


def _joins_verbs(folded: str, start: int) -> bool:
    """Does the ", " just before ``start`` join two verbs of one subject (:data:`JOINED_VERBS`)?"""
    head = folded[max(0, start - 14):start]
    if _BEFORE.search(head) is None:
        return False
    return any(b.search(head) and a.match(folded, start) for b, a in _PAIRS)


def _commas(folded: str, end: int) -> list[int]:
    """Where each clause after a ", " before ``end`` outside quotes starts."""
    depth, straight, commas = 0, 0, []
    for i, c in enumerate(folded[:end]):
        if c in _QUOTES:
            depth = max(0, depth + _QUOTES[c])
        elif c == '"':
            straight ^= 1
        elif c == "," and not depth and not straight and folded.startswith(" ", i + 1):
            commas.append(i + 2)
    return commas


def last_comma(folded: str, end: int, names_occasion: Callable[[int], bool] | None = None) -> int:
    """Where the clause after the last ", " before ``end`` outside quotes starts (0: none). A comma
    that joins two verbs of one subject (:data:`JOINED_VERBS`) is passed over for the one before it
    (when there is one). With ``names_occasion`` (does the text from a start to ``end`` name an
    occasion?), the nearest start that does: an apposition after the verb's clause ("…, đoàn tỉnh A
    đã sang thăm tỉnh B, nước CHDCND Lào từ ngày 4 …") names none; 0 when none does."""
    commas = _commas(folded, end)
    kept = [at for k, at in enumerate(commas) if k == 0 or not _joins_verbs(folded, at)]
    if names_occasion is None:
        return kept[-1] if kept else 0
    return next((at for at in reversed(kept) if names_occasion(at)), 0)
