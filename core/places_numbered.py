"""Urban districts listed by their numbers after one level word (used by
:mod:`hoptac.core.places_match`).

Ho Chi Minh City's papers list its numbered urban districts after a single "quận": "các quận
1, 3 và 5", "Quận 4, 7, 8", "các quận như: 1, 3, 4, 5, Phú Nhuận". Each number of such a list is
a quận of that number (the gazetteer's "Quận 3"), as "quận 3" written in full is; a named
district after the numbers ("…, 5, Phú Nhuận") is read as any list after a level word is.

| written (example of our own)                   | read                                             |
|------------------------------------------------|--------------------------------------------------|
| "Công an các quận 1, 3 và 10 ký kết …"          | Quận 1, Quận 3, Quận 10                          |
| "các quận: 5, 6, Bình Tân"                      | Quận 5, Quận 6, quận Bình Tân                    |
| "quận 1, 12/5/2024", "quận 3, 2 phường"          | Quận 1 only: a date or a count is no district    |

A number belongs to the list only when it ends there (no date's "/" or ".", no digit after
it) and is not followed by a word that makes it a count ("2 phường", "3 xã", "4 đơn vị"). After a
singular "quận", two numbers joined by a bare comma with a word after the second are a district and a
count ("quận 1, 5 doanh nghiệp", "quận 7, 8 giờ sáng": Quận 1, Quận 7 only; review23b); "các quận 1, 3
ký kết", "quận 1 và 3 ký kết", "Quận 4, 7, 8" stay lists.
"""

from __future__ import annotations

import re

__all__ = ["numbered_districts"]

_S = r"[ \t\u00a0]"
_GLUE = rf"(?:{_S}*,{_S}*|,?{_S}+va{_S}+)"
# a number that ends here: not a date's or a decimal's part, not a count of something
_NUMBER = rf"\d{{1,2}}(?!\d|{_S}*[/\-]|[.,]\d|{_S}+(?:phuong|xa|thi tran|huyen|quan|don vi|nguoi|ngay|thang|nam)\b)"
_LIST = re.compile(rf"(?<!\w)q(?:uan|\.)(?:{_S}+nhu)?{_S}*:?{_S}*(?P<first>{_NUMBER})(?P<rest>(?:{_GLUE}{_NUMBER})*)")
_ONE = re.compile(_NUMBER)
# a singular "quận" and one more number after a bare comma, a word after it: a count ("quận 1, 5 doanh nghiệp",
# "quận 7, 8 giờ sáng"), unless "các/những" comes before or "và" joins the two
_PLURAL = re.compile(rf"(?<!\w)(?:cac|nhung){_S}+$")
_AND = re.compile(rf",?{_S}+va{_S}+")
_WORD_AFTER = re.compile(rf"{_S}+[a-z]")


def numbered_districts(folded: str) -> set[int]:
    """Where each number of a list of numbered districts after one "quận" starts (the first
    one too), in the folded text."""
    out: set[int] = set()
    if "quan" not in folded and "q." not in folded:
        return out
    for m in _LIST.finditer(folded):
        if not m.group("rest") and m.start("first") == m.end() - len(m.group("first")) and \
                folded[m.start():m.start("first")].strip(" \t\u00a0") in ("quan", "q."):
            continue   # "quận 3" alone: the matcher's own rule reads it
        rest = list(_ONE.finditer(folded, m.end("first"), m.end()))
        if len(rest) == 1 and not _PLURAL.search(folded, max(0, m.start() - 8), m.start()) and \
                not _AND.match(folded, m.end("first")) and _WORD_AFTER.match(folded, m.end()):
            continue   # "quận 1, 5 doanh nghiệp": one district and a count (review23b)
        out.add(m.start("first"))
        out.update(n.start() for n in rest)
    return out
