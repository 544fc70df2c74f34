"""A motto in a site's header, written in sentence case (round 44, late44d).

Party and government portals print a motto over every page: a chain of clauses, each "<a task> là <its rank>"
("… là nhiệm vụ trung tâm, … là nhiệm vụ then chốt, … là nền tảng tinh thần …"), often closed by "!". Scraped,
it is the page's first paragraph, long enough to read like a lead; taken for the lead, the site's widgets under
it ("Liên kết", "Thống kê truy cập") were read as the article's end and the headline and the article under them
were cut (planning44 02: nothing found). A capitalised slogan is :func:`.page_lines.is_slogan`'s; a greeting with
a year is :func:`.chrome.is_banner`'s; this is the motto in sentence case.

A line is a motto when (folded: no accents, no case, đ→d), :data:`MOTTO_SHAPES`:

- every piece between commas, semicolons and the closing "!" or "." is one clause "<at most
  :data:`SUBJECT_MAX_WORDS` words> là <a rank word>" (:data:`RANK_WORDS`), and there are two pieces or more;
- it holds no digit (a lead dates or counts something; a motto does neither) and is at most
  :data:`MOTTO_MAX` characters long.

A sentence that reports a motto is no motto: it opens with its own words ("Tại hội nghị, hai tỉnh xác định …",
a piece with no "là"), or names a day. Examples are sentences of our own (the shapes, not a page's words).
"""

from __future__ import annotations

import re

__all__ = ["MOTTO_SHAPES", "RANK_WORDS", "is_motto"]

#: (name, a line written for it, is it a motto?)
MOTTO_SHAPES: tuple[tuple[str, str, bool], ...] = (
    ("tasks_ranked", "Đổi mới là nhiệm vụ trung tâm, đoàn kết là nhiệm vụ then chốt, văn hóa là nền tảng "
                     "tinh thần của xã hội!", True),
    ("two_clauses", "Dân giàu là mục tiêu, dân chủ là động lực.", True),
    ("NOT: a lead reporting what two sides agreed",
     "Tại hội nghị, hai tỉnh xác định phát triển du lịch là nhiệm vụ trọng tâm, kết nối giao thông là nhiệm vụ "
     "then chốt.", False),
    ("NOT: a dated lead", "Ngày 5/3, hai huyện thống nhất giao thương là nhiệm vụ trung tâm, du lịch là nhiệm vụ "
                          "then chốt.", False),
    ("NOT: one clause", "Hợp tác là nhiệm vụ trung tâm của hai tỉnh trong nhiệm kỳ mới.", False),
)

#: What a motto's clause ranks its task as (folded words after "là").
RANK_WORDS = ("nhiem vu", "nen tang", "dong luc", "muc tieu", "then chot", "trung tam", "dot pha",
              "suc manh", "nguon luc")
SUBJECT_MAX_WORDS = 6
MOTTO_MAX = 240

_CLAUSE = re.compile(r"(?:[^\s,;!.]+ ){1,%d}la (?:%s)\b[^,;!.]*" % (SUBJECT_MAX_WORDS, "|".join(RANK_WORDS)))
_PIECES = re.compile(r"\s*[,;!.]+\s*")


def is_motto(folded: str) -> bool:
    """Is the line (folded, single-spaced) a motto in the site's header (:data:`MOTTO_SHAPES`)?"""
    if folded.count(" la ") < 2 or len(folded) > MOTTO_MAX or any(c.isdigit() for c in folded):
        return False
    pieces = [p for p in _PIECES.split(folded) if p]
    return len(pieces) >= 2 and all(_CLAUSE.fullmatch(p) for p in pieces)
