"""The headline after a "you are viewing" label (round 44, late44b): a scraped copy (a theme's breadcrumb, a
mirror) prints the article's headline after the words "Bạn đang xem:" on a line of its own, below the lead
photo's caption and a list of other articles' titles that the copy kept on top. That line, without its label,
is the page's headline; the lines above it are chrome.

| rule               | shape (a line before the lead)          | example (our own sentences)                      |
|--------------------|-----------------------------------------|--------------------------------------------------|
| ``viewing_label``  | "Bạn đang xem:" / "Bạn đang đọc:" then  | "Bạn đang xem: Tỉnh A bàn giao trường học cho    |
|                    | words that read like a headline         | huyện B" → headline "Tỉnh A bàn giao trường học  |
|                    |                                         | cho huyện B"                                     |

Counter-shapes (tests/test_round44_late44b.py): a breadcrumb after the label ("Bạn đang xem: Trang chủ » Tin
tức", "Bạn đang xem: Tin tức > Đối ngoại": its separators) or a label with nothing that reads like a headline
after it names no headline; the page's headline is then read as before.

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from .chrome import is_titlelike
from ..text import fold

__all__ = ["GLUED_LABELS", "VIEWING_LABELS", "glued_label_end", "viewing_headline", "label_end"]

#: (the label, folded, example written for it)
VIEWING_LABELS: tuple[tuple[str, str], ...] = (
    ("ban dang xem", "Bạn đang xem: Tỉnh A bàn giao trường học cho huyện B"),
    ("ban dang doc", "Bạn đang đọc: Hai tỉnh ký kết chương trình hợp tác"),
)
#: A page-type label glued before the headline on its line (round 58, late58a): a site's template prints
#: "Chi tiết tin tức" (an article's page) and the copy glues it to the headline, no colon between. It is chrome
#: only when a capital opens the words after it (the headline's first letter): "Chi tiết tin tức về …" in lower
#: case is a headline of its own. ("Chi tiết bài viết …" is a whole line of chrome already: chrome.py's section
#: labels.) (the label, folded; example written for it)
GLUED_LABELS: tuple[tuple[str, str], ...] = (
    ("chi tiet tin tuc", "Chi tiết tin tức Tỉnh A trao quà cho bà con huyện B"),
    ("tin chi tiet", "Tin chi tiết Đoàn tỉnh A thăm tỉnh B"),
)
_GLUED = re.compile(r"(?:" + "|".join(re.escape(a) for a, _ in GLUED_LABELS) + r")\s*[:\-–]?\s+")
_LABEL = re.compile(r"(?:" + "|".join(re.escape(a) for a, _ in VIEWING_LABELS) + r")\s*:\s*")
_CRUMB = re.compile(r"[»>›|/]|\btrang chu\b")


def label_end(raw: str) -> int:
    """Where the headline starts in ``raw`` after its label (0 when the line opens with none)."""
    m = _LABEL.match(fold(raw[:40]))
    return m.end() if m else 0   # (fold keeps the length: offsets shared)


def glued_label_end(raw: str) -> int:
    """Where the headline starts in ``raw`` after a glued page-type label (GLUED_LABELS), 0 when none."""
    if raw[:3] not in ("Chi", "Tin", "CHI", "TIN"):   # (cheap literal first)
        return 0
    m = _GLUED.match(fold(raw[:40]))
    return m.end() if m and m.end() < len(raw) and raw[m.end()].isupper() else 0


def viewing_headline(top: list, limit: int) -> int | None:
    """The index (below ``limit``, the lead) of a line "Bạn đang xem: <a headline>", or None."""
    for i in range(min(limit, len(top))):
        if not top[i].folded.startswith(("ban dang xem", "ban dang doc")):   # (cheap literal first)
            continue
        at = label_end(top[i].raw)
        rest = top[i].raw[at:].strip()
        if at and rest and not _CRUMB.search(fold(rest)) and is_titlelike(rest, fold(rest)):
            return i
    return None
