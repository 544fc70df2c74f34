"""End markers that may stand inside the text, the article going on after them (used by
:func:`hoptac.core.extract.article.parse_article`): a follow-us widget under the sapo, a
related-news box of one or two titles between paragraphs. Each with an example in INSIDE_MARKERS.
"""

from __future__ import annotations

import re

from .chrome import is_end_marker, opens_with_time
from .page_lines import _Line

__all__ = ["INSIDE_MARKERS", "WIDGET_REACH", "BOX_TITLES", "BOX_PARAGRAPH", "inside_marker", "sentence_line"]

#: End markers that may stand inside the text (the article goes on after them), each with an
#: example: a follow-us widget under the sapo, then the photo and the dated lead ("Theo dõi
#: Báo X trên" / a photo title / "Chiều 18/10, tại …"), or two paragraphs of prose (a headline
#: printed again and a caption may stand between), or a related box as below; a related-news box
#: of one or two titles between paragraphs ("Tin liên quan" / a title / two paragraphs of prose).
#: (folded start, example)
INSIDE_MARKERS: tuple[tuple[str, str], ...] = (
    ("theo doi", "Theo dõi Báo Tin Nhanh trên | <photo title> | Chiều 18/10, tại Hà Nội, …"),
    ("tin lien quan", "Tin liên quan | Hội chợ hoa xuân mở cửa | <a paragraph> | <a paragraph>"),
    ("bai lien quan", "Bài liên quan | <a title> | <a paragraph> | <a paragraph>"),
)
#: How many lines after a follow-us widget the dated lead may come; how many titles a box inside
#: the text holds; how long its paragraphs are.
WIDGET_REACH, BOX_TITLES, BOX_PARAGRAPH = 4, 2, 150
_INSIDE_MARKER = re.compile(r"(?:%s)\b" % "|".join(m for m, _ in INSIDE_MARKERS))


def sentence_line(ln: _Line) -> bool:
    return ln.raw.rstrip(" |")[-1:] in ".!?…\"”"


def _prose(ln: _Line) -> bool:
    return len(ln.raw) >= BOX_PARAGRAPH and sentence_line(ln) and not is_end_marker(ln.folded)


def inside_marker(lines: list[_Line], j: int) -> int:
    """How many lines after the end marker ``lines[j]`` are the widget's or box's own (its titles),
    when the article goes on after them (see INSIDE_MARKERS); -1 when it ends the article."""
    ln = lines[j]
    if not _INSIDE_MARKER.match(ln.folded):
        return -1
    if ln.folded.startswith("theo doi"):
        for k, nxt in enumerate(lines[j + 1:j + 1 + WIDGET_REACH]):
            if is_end_marker(nxt.folded):
                # a related box right under the widget, the text going on after it
                n = -1 if nxt.folded.startswith("theo doi") else inside_marker(lines, j + 1 + k)
                return -1 if n < 0 else k + 1 + n
            if len(nxt.raw) >= 100 and opens_with_time(nxt.raw, nxt.folded):
                return 0   # the photo title and caption between are judged as the body's
            if _prose(nxt) and j + 2 + k < len(lines) and _prose(lines[j + 2 + k]):
                return 0   # two paragraphs of prose: the text goes on (a headline printed again between)
        return -1
    if len(ln.folded) > 16:   # a bare marker only: "Tin liên quan: <a title>" is a link (_INLINE_LINK)
        return -1
    for k in range(1, BOX_TITLES + 1):
        titles, prose = lines[j + 1:j + 1 + k], lines[j + 1 + k:j + 3 + k]
        if len(prose) < 2 or any(is_end_marker(t.folded) or sentence_line(t) or len(t.raw) > 200 for t in titles):
            return -1
        if all(_prose(p) for p in prose):
            return k
    return -1
