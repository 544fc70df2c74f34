"""A document's date written apart from its number: the family around "Quyết định số 12/QĐ-UBND ngày …".

:func:`hoptac.core.extract.verdicts.judge` reads "<document> [số] <number> ngày …" (and "… của
<issuer> ngày …") as a document's date. Writers also put a comma, a bracket or words between the
document and its day; the date is still the document's, never an occasion's: a page whose only full
date is such a legal basis has no dated occasion (a wrong year is worse than no date). Each shape
(folded text: no accents, no case, đ→d) with a sentence written for it:

==========  ====================================================================================
shape       example
==========  ====================================================================================
comma       "Thực hiện Chỉ thị 123-CT, ngày 6/11/1991 của Hội đồng Bộ trưởng, hai huyện …"
            "Căn cứ Quyết định số 45/QĐ-UBND, ngày 12/3/2019, đoàn công tác tỉnh A …"
            "Theo Kế hoạch số 7/KH-UBND của UBND tỉnh, ngày 2/4/2020 về việc …"
bracket     "Theo Chỉ thị số 9/CT-TTg (ngày 18/2/2020) của Thủ tướng Chính phủ, …"
            "Thực hiện Nghị quyết số 26-NQ/TW, (ngày 3/11/2022) …"
            "Theo Quyết định số 12 (5/3), …", "Thực hiện Kế hoạch số 7/KH-UBND (5-3), đoàn …" (round 36: the
            day alone in the brackets, without "ngày", is the document's too: :func:`bare_in_brackets`)
issued on   "Thực hiện Thông tư số 05/2018/TT-BNV ban hành ngày 3/5/2018, …"
            "… Thông tư hướng dẫn chế độ công tác phí được Bộ Tài chính ban hành ngày 6/7/2017 …"
            (not "vừa được ban hành ngày …" nor "vừa được UBND tỉnh phê duyệt ngày …": the news is
            the issuing)
            "… Nghị định 12/2020/NĐ-CP được Chính phủ ban hành ngày 20/1/2020 …"
            "… Quyết định số 8/QĐ-UBND do Chủ tịch UBND tỉnh ký ban hành vào ngày 1/6/2021 …"
            "… Nghị quyết số 15/NQ-HĐND được thông qua ngày 9/12/2021 …"
qualified   "Thực hiện Quy chế phối hợp số 15/QCPH-UBND ngày 20/3/2021 giữa UBND hai tỉnh …; UBND
            tỉnh B ban hành công văn số 900/UBND-KT ngày 5/8/2021 …"
            "Triển khai Chương trình hành động số 12/CTr-UBND ngày 4/5/2022 của UBND tỉnh, …"
            (the noun, one to four words that name its kind, "số", a number with its code
            "15/QCPH-UBND": a document, however its kind is worded; not a document the sentence
            signs, "… vừa ký kết Quy chế phối hợp số 15/QCPH-UBND ngày 20/3/2021 …": the day the
            page reports, the signing's)
==========  ====================================================================================

A comma may also end the basis and open the occasion's clause ("Thực hiện Kế hoạch số 7/KH-UBND,
ngày 2/4, đoàn công tác tỉnh A đã …"): after a comma the date is the document's only when it has
its year (a document is cited with its full date; a lead dates its occasion by day and month) or
when what follows it belongs to the document (:data:`_DOCUMENT_AFTER`: "của …", "về …", "do …
ban hành", a closing bracket).
"""

from __future__ import annotations

import re

from .anchors import holds_any
from .dates import DateMention
from .verdict_shapes import _DOC_NOUNS, _W

__all__ = ["document_date_apart", "bare_in_brackets", "SHAPES"]

#: shape name -> an example (the table above; tests/test_document_dates.py writes one page per shape).
SHAPES: dict[str, str] = {
    "comma": "Thực hiện Chỉ thị 123-CT, ngày 6/11/1991 của Hội đồng Bộ trưởng",
    "bracket": "Theo Chỉ thị số 9/CT-TTg (ngày 18/2/2020) của Thủ tướng Chính phủ",
    "issued_on": "Thực hiện Thông tư số 05/2018/TT-BNV ban hành ngày 3/5/2018",
    "qualified": "Thực hiện Quy chế phối hợp số 15/QCPH-UBND ngày 20/3/2021",
}

# the document: its noun ("Thông tư liên tịch"), "số", a number ("123-CT", "12/2020/NĐ-CP"), and who issued it ("của Thủ
# tướng Chính phủ", "do Bộ Nội vụ")
_NUMBERED = (rf"\b(?:{_DOC_NOUNS})(?:\s+lien\s+(?:tich|bo|nganh))?\s+(?:so\s+)?{_W}*\d{_W}*(?:\s*[/-]\s*{_W}+)*"
             r"(?:\s+(?:cua|do)\s+[^,;.()\n]{1,80}?)?")   # ("số 45/QĐ - UBND" spaced too)
# ... or by its name, before "ban hành ngày" only: "Thông tư hướng dẫn chế độ công tác phí được Bộ Tài chính
# ban hành ngày …"
_NAMED = rf"\b(?:{_DOC_NOUNS})\b[^,;.()\n]{{0,80}}?"
_ISSUED_ON = r"\s*,?\s*(?:(?:duoc|da)\s+(?:[^,;.()\n]{1,60}?\s+)?)?(?:ky ban hanh|ban hanh|thong qua|phe duyet)\s+(?:vao\s+)?"
_DAY = r"\s*(?:ngay\s*)?$"   # the mention may or may not hold its "ngày"
_SHAPES = {
    "comma": re.compile(_NUMBERED + r"\s*,\s*(?:vao\s+)?" + _DAY),
    "bracket": re.compile(_NUMBERED + r"\s*,?\s*\(\s*" + _DAY),
    "issued_on": re.compile(rf"(?:{_NUMBERED}|{_NAMED}){_ISSUED_ON}{_DAY}"),
    # the noun, words that name its kind ("Quy chế phối hợp", "Chương trình hành động", "Kế hoạch liên tịch"), "số"
    # and a number with its code ("15/QCPH-UBND": a digit, then "/" or "-" and letters), perhaps its issuer
    "qualified": re.compile(rf"\b(?:{_DOC_NOUNS})(?:\s+[^\W\d]+){{1,4}}?\s+so\s+\d+{_W}*[/-]\s*[^\W\d]{_W}*"
                            r"(?:\s+(?:cua|do)\s+[^,;.()\n]{1,80}?)?" + _DAY),
}
#: A document the sentence signs ("… vừa ký kết Quy chế phối hợp số 15/QCPH-UBND ngày 20/3/2021"): its day is the
#: signing's, the occasion the page reports (the qualified shape leaves it to the other verdicts).
_SIGNS_IT = re.compile(r"\bky(?:\s+ket)?\s+$")
#: A document told as just issued ("… vừa được ban hành ngày 5/3/2024", "mới ban hành ngày …", "… vừa được UBND
#: tỉnh phê duyệt ngày 14.3"): the news is its issuing, an occasion (verdicts' "issued" and "event" read it as before).
_JUST_ISSUED = re.compile(r"\b(?:vua|moi)\s+(?:duoc\s+(?:[^,;.()\n]{1,60}?\s+)?)?(?:ky\s+)?(?:ban hanh|thong qua|phe duyet)"
                          r"\s+(?:vao\s+)?(?:ngay\s*)?$")   # who issued it after "được": "vừa được UBND tỉnh phê duyệt"
#: After a comma's date: words that belong to the document ("…, ngày 6/11/1991 của Hội đồng Bộ trưởng",
#: "… về việc …", "… do UBND tỉnh ban hành", "(…, ngày 3/11/2022)").
_DOCUMENT_AFTER = re.compile(r"\s*(?:\)|(?:cua|ve|do|ban hanh|quy dinh|huong dan)\b)")
_NOUNS = tuple(_DOC_NOUNS.split("|"))   # a gate: the window names a document
_ISSUED_WORDS = ("ban hanh", "thong qua", "phe duyet")


#: A day alone in its brackets: "(5/3)", "( 5-3 )" (round 36).
_BARE_OPEN = re.compile(r"\(\s*$")
_BARE_CLOSE = re.compile(r"\s*\)")


def bare_in_brackets(folded: str, m: DateMention) -> bool:
    """Is ``m`` a day written alone in brackets, without "ngày" ("Quyết định số 12 (5/3)")? Such a day after a
    document's number is the document's, as "(ngày 5/3)" is (the bracket shape)."""
    return (folded[m.start:m.start + 1].isdigit() and _BARE_OPEN.search(folded, max(0, m.start - 4), m.start) is not None
            and _BARE_CLOSE.match(folded, m.end) is not None)


def _link(near: str) -> str | None:
    """Which shape the words just before the day could end: a comma, a bracket, "ban hành" (string
    tests only: most days have none of them, and the shape's regex is then not tried)."""
    head = near.rstrip()
    if head.endswith("ngay"):
        head = head[:-4].rstrip()
    if head.endswith("vao"):
        head = head[:-3].rstrip()
    if head.endswith(","):
        return "comma"
    if head.endswith("("):
        return "bracket"
    if head.endswith(_ISSUED_WORDS):
        return "issued_on"
    return "qualified" if " so " in head[-60:] else None   # "… phối hợp số 15/QCPH-UBND (của …)"


def document_date_apart(folded: str, m: DateMention, near: str) -> tuple[str, int] | None:
    """(the shape, a key of :data:`SHAPES`; where the document's noun starts in ``near``) when ``m``
    is a document's date written apart from the document's number, else None. ``near``: the folded
    text just before ``m`` (up to 120 characters)."""
    name = _link(near)
    if name is None or not holds_any(near, _NOUNS):
        return None
    found = _SHAPES[name].search(near)
    if found is None:
        return None
    if name == "issued_on" and _JUST_ISSUED.search(near, max(0, len(near) - 112)):
        return None
    if name == "qualified" and _SIGNS_IT.search(near, max(0, found.start() - 12), found.start()):
        return None   # "… vừa ký kết Quy chế phối hợp số 15/QCPH-UBND ngày …": the signing's day
    if name == "comma" and m.year is None and not _DOCUMENT_AFTER.match(folded, m.end, m.end + 16):
        return None   # "Thực hiện Kế hoạch số 7/KH-UBND, ngày 2/4, đoàn …": the occasion's clause
    return name, found.start()
