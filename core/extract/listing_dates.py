"""A listing's date: a related article's title with its own date glued to a line's end ("… tỉnh bạn khảo
sát mô hình chợ phiên 21/03/2024", after the article's last sentence or on a line of its own). The date
is the listed article's publication, not an occasion the page tells: read as a teaser (never the main
event's date, never a year's evidence). Read by :func:`hoptac.core.extract.verdicts.judge`.

Found by the year probe (``scripts/year_probe.py``): such a title of another year glued to the last line
turned 22 of 537 main years wrong (the glued date became the occasion, or lent its year).

A sentence that dates an occasion says how the day relates to it ("ngày", "vào", "từ", "đến", "hôm",
a part of the day …, :data:`TIED`) or ends with a full stop; a listing's date follows a title's last word
with nothing after it but a time of day, a bracket or a bar. Each row of :data:`SHAPES` is a way a site
glues it, with a line written for it; matched on folded text (no accents, no case, đ→d)."""

from __future__ import annotations

import re

from .dates import DateMention

__all__ = ["SHAPES", "TIED", "listing_date"]

#: (name, example). The date: day, month and four-digit year in digits, and nothing after it on its line
#: but a time of day, a closing bracket or a bar.
SHAPES: tuple[tuple[str, str], ...] = (
    ("bare", "Hai huyện vùng cao bàn cách đưa nông sản qua cửa khẩu 14/09/2021"),
    ("after_end_mark", "… chung tay tiêu thụ nông sản cho bà con./. Đoàn khảo sát mô hình chợ phiên 21/03/2024"),
    ("bracketed", "Hai tỉnh trao đổi kinh nghiệm giảm nghèo (15/06/2021)"),
    ("dash_or_bar", "Lễ ra quân tình nguyện hè ở xã biên giới - 02/07/2022 | Thành phố kết nối du lịch | 5-8-2023"),
    ("with_time", "Tỉnh bạn trao tặng nhà đại đoàn kết 09/11/2020 08:15"),
)
#: Words before the date that tie it to a sentence's occasion ("diễn ra vào 21/3/2024", "ký ngày …",
#: "từ 5/3/2024", "sáng 21/03/2024", "năm 2024", "hạn chót 30/6/2024"): then it is no listing's.
TIED = frozenset("ngay vao tu den toi hom sang chieu trua dem luc truoc sau nam thang la va hoac cuoi dau "
                 "giua ke tinh han chot hieu luc thoi diem tai hanh ky".split())
_DIGITS = re.compile(r"\(?\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$")
_REST = re.compile(r"[ \t\xa0]*\)?[ \t\xa0]*(?:[-–|,][ \t\xa0]*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?)?[ \t\xa0]*\)?[ \t\xa0]*\|?[ \t\xa0]*(?:\n|$)")
_LAST_WORD = re.compile(r"(\w+)[\W_]*$")
_WORDS = re.compile(r"[^\W\d_]+")


def listing_date(folded: str, m: DateMention) -> bool:
    """Is ``m`` a listing's date glued to the end of a line (see :data:`SHAPES`)?"""
    if m.kind != "date" or m.year is None or m.day is None or m.month is None or m.end_day or m.end_month:
        return False
    if not _DIGITS.match(folded, m.start, m.end) or not _REST.match(folded, m.end):
        return False
    line_start = folded.rfind("\n", 0, m.start) + 1
    before = folded[line_start:m.start]
    if len(_WORDS.findall(before)) < 3 or before.lstrip().startswith("|") or before.rstrip().endswith(":"):
        return False   # (a date line of its own, a table's cell, a labelled field: read elsewhere)
    last = _LAST_WORD.search(before)
    return last is not None and last.group(1) not in TIED and not last.group(1).isdigit()
