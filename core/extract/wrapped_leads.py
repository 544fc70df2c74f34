"""A page wrapped at a fixed width (a print edition, a portal's text copied line by line): where its lead
is, and which of its stamps is no stamp (round 21, the year probe's south20 10).

:func:`~hoptac.core.extract.article.parse_article` looks for the first line that *reads like a lead*
(chrome.is_leadlike: an agency tag, a dated opening, a long sentence). A hard-wrapped lead never does: its
lines are some 80 characters, each cut mid-sentence. The first whole line that reads like one is then a
later paragraph -- "Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa." after the wrapped lead -- and the old
day opening it is taken as the lead's own (a wrong year). Two shapes, each with a page written for it:

=====================  =====================================================================================
shape                  a page written for it
=====================  =====================================================================================
wrapped_before_lead    "Đoàn … thăm tỉnh B" / "Một đoàn cán bộ của tỉnh A do ông … dẫn đầu đã sang" /
                       "thăm, chúc mừng năm mới … tỉnh B" / "của … trong hai ngày giữa tháng 4 vừa qua." /
                       "Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa. …": at least
                       :data:`WRAPPED_RUN` lines of 40-110 characters, each cut mid-sentence and followed at
                       once by the next, between the headline and the line that reads like a lead: the lead
                       is the first of them
cut_headline           no headline: "Hội chợ nông sản tại cửa khẩu Bờ Y (huyện" / "Ngọc Hồi) năm 2025 đã thu hút
                       hàng nghìn lượt khách, mở ra …" / "thêm cơ hội …": the first line of a wrapped lead,
                       cut mid-sentence (40-110 characters, no stop), right over the line read as the lead, which
                       goes on with it (it opens in lower case, or closes a bracket the line left open), on a
                       page wrapped at a fixed width: no headline (round 57, late57a)
clock_below_the_text   no line reads like a lead, and "Thứ Sáu, 04/12/2026 10:15 (GMT+7)" stands under the
                       page's first paragraph: a weekday, a date and a time of day below the text is the
                       site's clock (as under an article: parse_article's trailing stamps), not its stamp
=====================  =====================================================================================
"""

from __future__ import annotations

from .chrome import is_caption
from .page_lines import _continues, _hard_wrapped
from .stamps import is_clock_form

__all__ = ["TITLE_BLOCK", "WRAPPED_RUN", "clocks_below_the_text", "cut_headline", "in_sentence", "unstopped_block",
           "wrapped_lead_before"]

#: How many wrapped lines in a row make a paragraph (a headline in two lines, a caption, a byline are fewer).
WRAPPED_RUN = 3
#: A wrapped line's length (page_lines._hard_wrapped's) and the ends that close a sentence or a title.
_WIDTH = (40, 110)
_CLOSED = tuple(".!?…:;\"”|")
#: The first paragraph of a page with no lead line: its first line this long (parse_article's own fallback).
_PARAGRAPH = 60


def _cut_mid_sentence(ln, nxt) -> bool:
    raw = ln.raw.rstrip()
    return _WIDTH[0] <= ln.end - ln.last <= _WIDTH[1] and raw[-1:] not in _CLOSED and nxt.start - ln.end <= 2


def wrapped_lead_before(top, first: int, lead_i: int, reasons) -> int:
    """The index of the lead: the first line of a hard-wrapped paragraph (``wrapped_before_lead``) among the
    lines ``first`` .. ``lead_i`` (none of them chrome: ``reasons[i]`` is None), else ``lead_i``. The lines
    cut go on in the next one, most of them in lower case ("… đã sang" / "thăm, chúc mừng …"):
    a list of titles, each a line with no stop, opens every line with a capital."""
    run = lower = 0
    for i in range(first, lead_i):
        if reasons[i] is None and reasons[i + 1] is None and _cut_mid_sentence(top[i], top[i + 1]):
            run += 1
            lower += top[i + 1].raw.lstrip()[:1].islower()
            if run >= WRAPPED_RUN - 1 and 2 * lower >= run:   # (n lines: n - 1 cut, the last one closing it)
                return i - run + 1
        else:
            run = lower = 0
    return lead_i


def cut_headline(text: str, top, title_i: int, lead_i: int | None, reasons) -> bool:
    """Is the headline ``top[title_i]`` the first line of a wrapped lead, cut mid-sentence, that the line right
    under it goes on with (``cut_headline``)? That line -- the lead, or no chrome when no line reads like a lead
    -- opens in lower case, or closes a bracket the headline left open ("… (huyện" / "Ngọc Hồi) …"): a headline
    over its lead is a whole title, and a lead opens on a capital. Only on a page wrapped at a fixed width
    (page_lines._hard_wrapped from the headline on)."""
    if lead_i is not None and lead_i <= title_i or title_i + 1 >= len(reasons) or reasons[title_i + 1] is not None:
        return False
    ln, nxt = top[title_i], top[title_i + 1]
    if not _cut_mid_sentence(ln, nxt) or text.count("\n", ln.end, nxt.start) != 1:
        return False
    raw = ln.raw
    lower = nxt.raw[:1].islower()
    if lead_i is not None and lead_i != title_i + 1 and not lower:
        return False   # a lead further down ("Ngày 12/2, …" under the paragraph): only a line going on in lower case
    if not (lower or ("(" in raw and raw.count("(") > raw.count(")") and ")" in nxt.raw)):
        return False
    return _hard_wrapped(top[title_i:])


def clocks_below_the_text(top, title_i: int | None, reasons, stamps) -> list:
    """``stamps`` (line index first) without the page clocks standing below the first paragraph of a page with
    no lead line (``clock_below_the_text``)."""
    start = title_i + 1 if title_i is not None else 0
    para = next((i for i in range(start, len(top)) if reasons[i] is None and len(top[i].raw) >= _PARAGRAPH
                 and not is_caption(top[i].raw)), None)
    if para is None:
        return stamps
    return [s for s in stamps if not (s[0] > para and is_clock_form(top[s[0]].raw))]


def unstopped_block(text: str, lines, j: int) -> bool:
    """Is line ``j`` of ``lines`` (the page's kept lines) in a block of at most :data:`TITLE_BLOCK` lines, one
    under the other, whose last line has no stop and is followed by a blank line? On a hard-wrapped page such
    a block is no wrapped sentence (a paragraph ends on its stop) but titles listed one under the other
    ("Khai mạc Tuần Văn hóa … năm 2026" / "Hai huyện … tổng kết … năm 2024"): a related box. The page's last
    block may be cut mid-sentence: never one."""
    first = last = j   # (a block found longer than TITLE_BLOCK is no such box: the walk stops there)
    while first > 0 and last - first < TITLE_BLOCK and text.count("\n", lines[first - 1].end, lines[first].start) == 1:
        first -= 1
    while last + 1 < len(lines) and last - first < TITLE_BLOCK and \
            text.count("\n", lines[last].end, lines[last + 1].start) == 1:
        last += 1
    return (last + 1 < len(lines) and last - first + 1 <= TITLE_BLOCK
            and lines[last].raw.rstrip()[-1:] not in _CLOSED + (")",))


#: How many lines a block of listed titles holds at most (a related box lists two to five).
TITLE_BLOCK = 5


def in_sentence(text: str, lines, j: int, wrapped: bool) -> bool:
    """Does line ``j`` go on from the line above or into the line below (page_lines._continues), as a
    sentence broken across lines? On a hard-wrapped page, not in a block of listed titles
    (:func:`unstopped_block`)."""
    if wrapped and unstopped_block(text, lines, j):
        wrapped = False
    return (j + 1 < len(lines) and _continues(text, lines[j].end, lines[j + 1], wrapped)) \
        or (j > 0 and _continues(text, lines[j - 1].end, lines[j], wrapped))
