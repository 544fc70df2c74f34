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
it) and is not followed by a word that makes it a count ("2 phường", "3 xã", "4 đơn vị"). The counts
and times papers write after a district are such words too ("quận 1, 5 doanh nghiệp", "quận 3, 4
trường học", "quận 7, 8 giờ sáng", "8h": Quận 1, Quận 3, Quận 7 only; review23b).
"""

from __future__ import annotations

import re

__all__ = ["numbered_districts"]

_S = r"[ \t\u00a0]"
_GLUE = rf"(?:{_S}*,{_S}*|,?{_S}+va{_S}+)"
# a number that ends here: not a date's or a decimal's part, not a count of something
# (review23b: the counts and times papers write after a district: "quận 1, 5 doanh nghiệp", "quận 7, 8 giờ sáng")
# (short words that are also verbs' syllables -- "tổ chức", "hỗ trợ", "đối với", "lần/lan tỏa" -- are left out)
_COUNTS = ("phuong|xa|thi tran|huyen|quan|don vi|nguoi|ngay|thang|nam|gio|phut|doanh nghiep|cong ty|truong|"
           "ho dan|ho gia dinh|gia dinh|can bo|chien si|hoc sinh|sinh vien|co so|du an|cong trinh|tap the|ca nhan|"
           "khu pho|to dan pho|ty dong|trieu dong|km")
_NUMBER = rf"\d{{1,2}}(?!\d|{_S}*[/\-]|[.,]\d|h(?:\d|\b)|{_S}+(?:{_COUNTS})\b)"
# (written q(?<!\w.)…: the "q" first, the look-behind after it, so that the engine skips to each "q";
# tests/test_prefilters_*.py)
_LIST = re.compile(rf"q(?<!\w.)(?:uan|\.)(?:{_S}+nhu)?{_S}*:?{_S}*(?P<first>{_NUMBER})(?P<rest>(?:{_GLUE}{_NUMBER})*)")
_ONE = re.compile(_NUMBER)


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
        out.add(m.start("first"))
        out.update(n.start() for n in _ONE.finditer(folded, m.end("first"), m.end()))
    return out
