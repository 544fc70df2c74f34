"""A day written bare in parentheses after the occasion, with a dot or a dash (round 36, date_rules'
``paren_dm``): "… đã đến thăm và làm việc tại tỉnh B (5-3).", "… hội đàm với lãnh đạo tỉnh D (7.11), …". A
slash needs nothing ("(5/3)" is read by ``bare_dm``); a dot or a dash between two small numbers is a date only
closed alone in its own parentheses that end the clause, after a word, a year or another parenthesis, and not
after a word that makes it a number (:data:`NUMBER_BEFORE`, doc_words.doc_before).
"""

from __future__ import annotations

import re

from .doc_words import doc_before
from ..text import fold

__all__ = ["NUMBER_BEFORE", "check_paren_alone"]

#: Words before "(" that make "(8.5)" or "(2-1)" a number, not a day, besides date_rules.DOC_WORDS ("số",
#: "Quyết định", "tỷ số", "thắng" …): a mark "điểm (8.5)", an index "chỉ số PCI (6.5)", a clause of a text
#: "Điều (3.2)", a figure "Hình (2-1)", a result "kết quả (3-0)", a grade "cấp độ (2-3)". Read on the last
#: word, the last two, and the two before the last ("chỉ số PCI"); folded, so no word that folds as a common one
#: ("bậc" as "Bắc", "tập" as "học tập", "kỳ" as "ký", "trang" as "trang trọng").
NUMBER_BEFORE = frozenset({
    "diem", "chi so", "muc", "dieu", "khoan", "chuong", "phu luc", "hinh", "bieu do", "so do", "ket qua",
    "phien ban", "version", "cap do", "ti so", "ty so",
})
#: "(" just before the number, after a word ("tỉnh B (5-3)"), a year ("giai đoạn 2024 - 2026 (27-6)", "Xuân Ất Tỵ
#: năm 2025 (13-1)", "trong cuối tháng 12/2024 (4-12)"), another closed parenthesis ("tỉnh Lai Châu (Việt Nam)
#: (29-11)") or a closing quote (a title: "… tổ chức “Ngày văn hóa hai tỉnh” (21-11)"); not after any other
#: number ("12 (5-3)", "số 12/2024 (5-3)"), nor "((5-3)" or "…: (5-3)".
_OPEN = re.compile(r"(?:(?:([^\W\d_]+)[ \t]+)?(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)|(?<![\w.,/])(?:19|20)[0-9]{2}"
                   r"|\b[Tt]háng[ \t]+[0-9]{1,2}[/.\-](?:19|20)[0-9]{2}|[)\"”’»])[ \t]*\([ \t]*\Z")
#: ... and ")" ends the clause: a stop, a comma, a line's end, or "và" ("(5-3) và làm việc với …"); not "(6.5)
#: của tỉnh".
_CLOSE = re.compile(r"[ \t]*\)[ \t]*(?:[,.;:!?…]|\n|\Z|và\s)")


def check_paren_alone(g, text, start, end) -> bool:
    """A bare "D.M" or "D-M" stands alone in its parentheses ("(5-3)") that close the clause, right after a word
    that does not make it a number (:data:`NUMBER_BEFORE`, a document's word), a year or ")"."""
    m = _OPEN.search(text, max(0, start - 60), start)
    if m is None or _CLOSE.match(text, end) is None:
        return False
    if m.group(3) is None:   # a year, ")" or a closing quote
        return True
    if doc_before(text, start):
        return False
    w1, w2, w3 = (fold(w) if w else "" for w in m.group(1, 2, 3))
    return not ({w3, f"{w2} {w3}", f"{w1} {w2}"} & NUMBER_BEFORE)
