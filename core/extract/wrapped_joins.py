"""A page wrapped at a fixed width (a print edition, a portal's text copied line by line) breaks its
sentences wherever the width falls: also inside a date ("… tổ chức lễ ký kết. Ngày" / "13- 1, tại …") or
a place's name ("… làm việc tại tỉnh Quảng" / "Nam về …"). Each line is judged on its own before the
dates are read (a label, a headline, chrome), so the halves never met: "Ngày" alone was cut as a label
and the day lost, "Nam" under a wrapped headline was cut as a section label and the partner lost, and
"15-" / "3, …" was no date at all (round 22, metro23 02).

On a hard-wrapped page (page_lines._hard_wrapped over all its lines, with sentences running on line after
line: :func:`_wrapped_throughout`) a line whose end is cut inside one of
the forms below is joined to the very next line before anything is judged (:func:`joined_lines`). The
joined line spans both lines of the page (its text is the page's, the line break read as a space: every
offset stays the page's), and the breaks joined are kept (``Article.joins``) so the date readers read
them as spaces too. A page that is not hard-wrapped is read as before, line by line.

=============  ==========================================  =============================================
cut            the line ends with (as written, any case)   and the next line starts with
=============  ==========================================  =============================================
date_word      "Ngày", "tháng", "năm", "mùng", "hôm"        a figure: "… Ngày" / "13- 1, tại …";
                                                           "ký kết vào tháng" / "10/2019, …"
time_of_day    "sáng", "trưa", "chiều", "tối", "đêm"        a figure or "ngày", "nay", "qua", "hôm":
                                                           "… Sáng" / "15/3, tại …"
day_number     "ngày 24", "tháng 10", "mùng 5"              "tháng", "năm" or a separator and a figure:
                                                           "vào sáng ngày 24" / "tháng 4, đoàn …"
day_separator  a day or month and its separator, "15-"      a figure: "ngày 15-" / "3, đoàn …"
level_word     "tỉnh", "huyện", "xã", "thành phố", "TP",    a capital: "làm việc với tỉnh" / "Quảng Nam";
               "thị xã", "thị trấn", "phường", "quận";      a bracketed place's too (round 57, late57a):
               also after an opening bracket               "… tại cửa khẩu Bờ Y (huyện" / "Ngọc Hồi) …"
place_name     one or two capitalised words that are no     one or two capitalised words, the whole a
               place's name                                 place's name: "tỉnh Quảng" / "Nam về …",
                                                           "TP. Hồ" / "Chí Minh ký kết …"
=============  ==========================================  =============================================
"""

from __future__ import annotations

import re

from ..places import resolve
from .page_lines import _Line, _hard_wrapped

__all__ = ["CUTS", "cut_between", "joined_lines", "unbroken"]

_FIGURE = r"\d"
#: (name, the end of a line, the start of the next): the table above.
CUTS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, re.compile(end, re.IGNORECASE), re.compile(start, re.IGNORECASE)) for name, end, start in (
        ("date_word", r"(?:^|\s)(?:ngày|tháng|năm|mùng|mồng|hôm)$", _FIGURE),
        ("time_of_day", r"(?:^|\s)(?:sáng|trưa|chiều|tối|đêm)$", r"(?:\d|(?:ngày|nay|qua|hôm)\b)"),
        ("day_number", r"(?:^|\s)(?:ngày|tháng|mùng|mồng)\s+\d{1,2}$", r"(?:(?:tháng|năm)\b|[-/.]\s*\d)"),
        ("day_separator", r"(?:^|[\s(])\d{1,2}\s*[-/.]$", _FIGURE),
        ("level_word", r"(?:^|\s)\(?(?:tỉnh|huyện|xã|thành phố|tp\.?|thị xã|thị trấn|phường|quận)$", r"[^\W\d_]"),
    ))

_CLOSED = tuple(".!?…:;\"”|")   # the ends that close a sentence or a title (wrapped_leads._CLOSED)
_LEVEL_CAPITAL = "level_word"   # its next line must open with a capital letter (a name)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _place_cut(left: str, right: str) -> bool:
    """``left`` ends with one or two capitalised words that are no place's name, and with one or two
    capitalised words ``right`` opens with they are one ("tỉnh Quảng" / "Nam về …")."""
    lw = [w.strip(",;:()\"“”") for w in left.split()[-2:]]
    rw = [w.strip(",;:()\"“”.") for w in right.split()[:2]]
    if not lw or not rw or not (_capitalised(lw[-1]) and _capitalised(rw[0])):
        return False
    for i in (1, 2):
        if i > len(lw) or not all(_capitalised(w) for w in lw[-i:]):
            break
        head = " ".join(lw[-i:])
        if resolve(head) is not None:
            return False
        for j in (1, 2):
            if j > len(rw) or not all(_capitalised(w) for w in rw[:j]):
                break
            if resolve(head + " " + " ".join(rw[:j])) is not None:
                return True
    return False


def cut_between(left: str, right: str) -> str | None:
    """The name of the cut (:data:`CUTS`, or "place_name") where the line ``left`` ends and ``right`` goes
    on, or None when the break falls between two words of no date and no place's name."""
    for name, end, start in CUTS:
        if end.search(left) and start.match(right) and (name != _LEVEL_CAPITAL or right[:1].isupper()):
            return name
    return "place_name" if _place_cut(left, right) else None


def _join(a: _Line, b: _Line) -> _Line:
    gap = " " * (b.start - a.end)   # the line break (and any white space around it) read as spaces
    folded = a.folded + gap + b.folded
    ln = _Line(a.start, b.end, a.raw + gap + b.raw, folded if len(gap) == 1 else " ".join(folded.split()))
    ln.last = b.last
    return ln


#: How many line breaks, at least, fall mid-sentence with no blank line between (and at least half the page's):
#: a page of a few lines -- a headline, a lead cut short, a caption -- is no page wrapped at a width.
WRAPPED_BREAKS = 4


def _wrapped_throughout(text: str, lines: list[_Line]) -> bool:
    """page_lines._hard_wrapped, and its sentences run on line after line: at least :data:`WRAPPED_BREAKS`
    lines of 40-110 characters cut mid-sentence with the next line right under them (no blank line)."""
    if len(lines) <= WRAPPED_BREAKS:
        return False
    runs = sum(1 for a, b in zip(lines, lines[1:]) if 40 <= a.end - a.last <= 110 and a.raw[-1:] not in _CLOSED
               and text.count("\n", a.end, b.start) == 1)
    return runs >= WRAPPED_BREAKS and 2 * runs >= len(lines) - 1 and _hard_wrapped(lines)


def joined_lines(text: str, lines: list[_Line]) -> tuple[list[_Line], tuple[int, ...]]:
    """The page's lines with each line cut inside a date or a place's name joined to the next one, on a
    hard-wrapped page (else ``lines`` as they are), and the offsets of the line breaks joined."""
    if len(lines) < 2 or not _wrapped_throughout(text, lines):
        return lines, ()
    out: list[_Line] = [lines[0]]
    joins: list[int] = []
    run: tuple[bool, bool] | None = None   # (a plan word, a day) in the sentence run on so far; None: none runs on
    for b in lines[1:]:
        a = out[-1]
        gap = text[a.end:b.start]
        if gap.count("\n") == 1 and not gap.strip() and cut_between(a.raw, b.raw) is not None:
            out[-1] = _join(a, b)
            joins.append(a.end + gap.index("\n"))
            if run is not None:
                run = tuple(x or y for x, y in zip(run, _plan_and_day(b.folded)))   # type: ignore[assignment]
        else:
            ran = None
            if gap.count("\n") == 1 and not gap.strip() and _runs_on(a, b):   # a sentence run on (read as a space)
                plan, day = run if run is not None else _plan_and_day(a.folded)
                b_plan, b_day = _plan_and_day(b.folded)
                if not ((plan and b_day) or (day and b_plan)):   # (a plan word never joins the day's sentence)
                    joins.append(a.end + gap.index("\n"))
                    ran = (plan or b_plan, day or b_day)
            run = ran
            out.append(b)
    return (out if len(out) < len(lines) else lines), tuple(joins)


def _runs_on(a: _Line, b: _Line) -> bool:
    """Does the sentence of the wrapped line ``a`` (40-110 characters, no stop at its end) run on in ``b``,
    right under it, that opens with a small letter or a figure ("… giai đoạn 2022" / "- 2024 và …", "… kết quả"
    / "phát triển …")? The break is read as a space by the date and year readers (meta31: a year's cue cut
    by the width, "sơ kết 2 năm thực hiện" / "bản ghi nhớ … 2023 - 2024", was no cue); the lines are still
    judged one by one."""
    first = b.raw[:1]
    return (40 <= a.end - a.last <= 110 and a.raw[-1:] not in _CLOSED and a.raw[-1:] not in _BRACKETED
            and not _DATED_END.search(a.raw) and (first.islower() or first.isdigit() or first in "-–("))


#: A line closed by a bracket or a full date ends its sentence or title: a related title glued at a line's end,
#: "… bàn cách đưa nông sản qua cửa khẩu (14/09/2017)" or "… qua cửa khẩu 14/09/2017", runs on into nothing.
_BRACKETED = tuple(")]")
_DATED_END = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$")
#: The guard of a sentence run on (folded): a plan word told ahead ("sẽ", "sắp", "dự kiến", "dự định", "kế
#: hoạch", "chuẩn bị") on one side of the break and a day or month on the other are not joined into one sentence:
#: "… hải trình dự kiến kéo dài 48 giờ, nhưng do sóng lớn" / "đến sáng ngày 20 tháng 3 tàu mới cập cảng" would
#: read the ship's arrival as told ahead (a wrong join costs more than a cue left cut).
_PLAN_WORD = re.compile(r"\b(?:se|sap|du kien|du dinh|ke hoach|chuan bi)\b")
_DAY_OR_MONTH = re.compile(r"\b(?:ngay|thang|mung|mong)\s+\d|\b\d{1,2}\s*[/.-]\s*\d{1,2}\b")


def _plan_and_day(folded: str) -> tuple[bool, bool]:
    return bool(_PLAN_WORD.search(folded)), bool(_DAY_OR_MONTH.search(folded))


def unbroken(text: str, joins: tuple[int, ...]) -> str:
    """``text`` with the line breaks at ``joins`` read as spaces (the same length: offsets unchanged)."""
    chars = list(text)
    for i in joins:
        if chars[i] == "\n":
            chars[i] = " "
    return "".join(chars)
