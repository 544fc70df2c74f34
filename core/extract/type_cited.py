"""A document cited as the basis of what a page tells names no occasion of the page.

"Thực hiện Quyết định số 294/QĐ-TTg ngày 9-4-2024 của Thủ tướng Chính phủ về việc phê duyệt kế hoạch …, phiên
chợ biên giới được tổ chức …": the approval ('phê duyệt') is the cited document's title, issued before and by
someone else; the page reports the fair. A page with no headline is shown by its lead's first sentence, and such a
sentence, read as the headline, typed the page an announcement when the sentence that dates the occasion named
none of the table's phrases (round 21). :func:`without_cited_titles` blanks the title of each cited document (from
the citing words to the end of its clause), keeping the length so that positions still hold.

Each row of :data:`CITING` is the words that cite, with an example; matched on folded text (no accents, no case,
đ→d). The document's noun and its number ('số …') must follow, then its title ('về việc …', 'về …').
"""

from __future__ import annotations

import re

__all__ = ["CITING", "DOCUMENTS", "without_cited_titles"]

#: (folded citing words, example)
CITING: tuple[tuple[str, str], ...] = (
    ("thuc hien", "Thực hiện Quyết định số 12/QĐ-TTg của Thủ tướng về việc phê duyệt đề án …, hai huyện …"),
    ("can cu", "Căn cứ Kế hoạch số 5/KH-UBND về việc tổ chức Tuần văn hóa …, Sở Văn hóa …"),
    ("can cu vao", "Căn cứ vào Công văn số 7/UBND về việc cử đoàn …, huyện A …"),
    ("theo", "Theo Thông báo số 9-TB/TU về việc phê duyệt chương trình …, đoàn …"),
    ("trien khai", "Triển khai Chỉ thị số 3/CT-UBND về tăng cường hợp tác …, tỉnh A …"),
)
#: The documents a page cites (folded).
DOCUMENTS = ("quyet dinh", "ke hoach", "cong van", "thong bao", "chi thi", "nghi quyet", "van ban", "de an",
             "thong tu", "nghi dinh", "ket luan")

_CITED = re.compile(r"\b(?:" + "|".join(sorted((w for w, _ in CITING), key=len, reverse=True)) + r")\s+(?:"
                    + "|".join(DOCUMENTS) + r")\s+so\b[^,;.\n]{0,100}?\bve(?: viec)?\s[^,;\n]{0,240}")


def without_cited_titles(folded: str) -> str:
    """``folded`` with each cited document, its number and its title blanked (spaces), up to its clause's end."""
    if " so " not in folded:
        return folded
    return _CITED.sub(lambda m: " " * len(m.group(0)), folded)
