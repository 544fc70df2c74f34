"""A named occasion the parties are invited to, asked to join, agree to hold or prepare, or that is told as
coming ("sẽ diễn ra vào tháng 3 tới") lies ahead of the page's occasion: its year ("Festival Biển … 2023",
"Lễ hội Hoa Ban năm 2024", "lễ kỷ niệm 50 năm Quốc khánh …") names a later occasion, not the one the page
dates. :mod:`hoptac.core.extract.year_names` and :mod:`hoptac.core.extract.anniversaries` ask
:func:`told_ahead` before they read such a year as the occasion's own; with no other evidence the year is
then unknown, never the later occasion's. Each row of :data:`BEFORE` (the clause that leads to the name,
back to a clause's end, at most :data:`REACH` characters) and :data:`AFTER` (the rest of the clause after
the year) is a shape with a sentence written for it; matched on folded text (no accents, no case, đ→d)."""

from __future__ import annotations

import re

from ..scan import fold_slice
from ..text import fold
from .anchors import first_words
from .openings import Opened

__all__ = ["BEFORE", "AFTER", "REACH", "SOON", "told_ahead", "named_kind", "coming_day", "ahead_shift"]

#: How far back from the name the clause is read.
REACH = 140

#: (name, pattern on the folded clause before the name, example). "mời", "sẽ", "sắp" fold like "mới" (new),
#: "Sê" (Sê Kông), "sáp" (sáp nhập): they are read on the clause as written (see :data:`_AS_WRITTEN`).
BEFORE: tuple[tuple[str, str, str], ...] = (
    ("invitation", r"\b(?:loi moi|thu moi|giay moi)\b",
     "Ông A gửi lời mời đoàn tham dự Festival Biển Nha Trang - Khánh Hòa 2023"),
    ("asked_to_join", r"\b(?:de nghi|keu goi|mong muon|ngo y)\b[^.;:!?\n]{0,80}\b(?:tham du|tham gia|sang du|den du)\b",
     "đề nghị thành phố B cử đoàn tham gia Hội chợ thương mại quốc tế Việt - Trung 2025"),
    ("told_ahead", r"\b(?:du kien|chuan bi|ke hoach to chuc|de xuat to chuc)\b",
     "Đoàn tỉnh B sẽ tham dự Tuần văn hóa du lịch tỉnh A năm 2025"),
    ("agreed_to_hold", r"\b(?:thong nhat|nhat tri)\s+(?:(?:cung|se|phoi hop|lien ket)\s+)*(?:to chuc|dang cai)\b",
     "Hai bên thống nhất phối hợp tổ chức Festival Nghệ An - Hà Tĩnh 2024"),
    ("meet_again", r"\bhen gap (?:lai|nhau)\b",
     "Hai bên hẹn gặp lại tại Liên hoan nghệ thuật hai tỉnh 2024"),
)
#: (name, pattern on the rest of the clause after the year, as written, any case; example).
AFTER: tuple[tuple[str, str, str], ...] = (
    ("will_be_held", r"[^.;!?\n]{0,60}?(?<!\w)(?:sẽ|sắp|dự kiến)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc|tiến hành)(?!\w)",
     "Dự kiến, Tuần văn hóa Nghệ An tại Hà Tĩnh năm 2024 sẽ diễn ra vào tháng 4"),
    ("month_to_come", r"[^.;!?\n]{0,60}?(?<!\w)vào (?:tháng \d{1,2}|dịp|cuối năm|đầu năm|giữa năm)[^.;!?\n]{0,12}?(?<!\w)tới(?!\w)",
     "tổ chức Hội chợ thương mại hai tỉnh 2024 vào tháng 3 tới"),
)
#: The rows that tell an occasion as coming soon (planned, expected, "dự kiến khai mạc vào ngày 24/11"): the page's
#: occasion is most often in the same year, earlier -- the cue ``named_ahead`` (that year from January to August,
#: none from September on, when the coming occasion may be next year's). An invitation, a request to join, an
#: agreement to hold one or a meeting again may reach a year ahead or more: no cue.
SOON = frozenset({"told_ahead", "will_be_held", "month_to_come"})
_BEFORE = re.compile("|".join(f"(?P<{n}>{p})" for n, p, _ in BEFORE))
_BEFORE_AT = Opened(_BEFORE, tuple(sorted(first_words(_BEFORE.pattern))))   # at its words only (test_prefilters)
_AFTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p, _ in AFTER), re.IGNORECASE)
#: "mời", "sẽ", "sắp" as written ("Tỉnh A mời lãnh đạo tỉnh B sang dự Lễ hội Hoa Ban năm 2024"; "Đoàn tỉnh B
#: sẽ tham dự Tuần văn hóa … năm 2025"), any case.
_AS_WRITTEN = re.compile(r"(?i)(?<!\w)(?:mời|sẽ|sắp)(?!\w)")
#: ... but not an invitation taken up: the page's occasion is the one it was made for ("Theo lời mời của
#: tỉnh B, đoàn tỉnh A đã dự Lễ hội Hoa Ban năm 2024"; "nhận lời mời", "được mời").
_TAKEN_UP = re.compile(r"\b(?:theo|nhan|nhan dip|duoc|dap lai)\s+(?:loi\s+)?$")
_CLAUSE_ENDS = ".;:!?\n"


def told_ahead(text: str, name_start: int, year_end: int | None = None) -> str | None:
    """The row (of :data:`BEFORE`, :data:`AFTER`; "invitation" for "mời", "told_ahead" for "sẽ", "sắp" as
    written) that tells the named occasion at ``name_start`` (its year ending at ``year_end``) as one the
    parties are invited to, asked to join, agree to hold or prepare, or as coming; None if none does."""
    lo = max(0, name_start - REACH)
    clause = text[lo:name_start]
    clause = clause[max(clause.rfind(ch) for ch in _CLAUSE_ENDS) + 1:]
    folded = fold(clause)
    for m in _AS_WRITTEN.finditer(clause):
        if not _TAKEN_UP.search(folded, 0, m.start()):
            return "invitation" if fold(m.group()) == "moi" else "told_ahead"
    before = _BEFORE_AT.search(folded)
    if before is not None and not _TAKEN_UP.search(folded, 0, before.start()):
        return before.lastgroup
    after = _AFTER.match(text, year_end, year_end + 100) if year_end is not None else None
    return after.lastgroup if after is not None else None


def named_kind(text: str, name_start: int, year_end: int) -> str | None:
    """The cue a year that names an occasion gives: "named_year" (the occasion's own), "named_ahead" (one
    told as coming soon, :data:`SOON`) or None (one invited to, asked to join, agreed to hold)."""
    ahead = told_ahead(text, name_start, year_end)
    return "named_year" if ahead is None else "named_ahead" if ahead in SOON else None


#: The coming occasion's own day or month told after its name ("… năm 2016 dự kiến khai mạc vào ngày 12/12",
#: "… sẽ diễn ra từ ngày 5-7.11", "… vào tháng 3 tới"), in the rest of its clause.
_COMING_DAY = re.compile(r"[^.;!?\n]{0,80}?\b(?:ngay|tu ngay)\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*[/.-]\s*(\d{1,2})\b"
                         r"|[^.;!?\n]{0,80}?\bthang\s+(\d{1,2})\b")


def coming_day(text: str, year_end: int) -> tuple[int, int] | None:
    """(month, day) of the coming occasion told after its year (day 1 for a month alone), or None."""
    m = _COMING_DAY.match(fold_slice(text, year_end, year_end + 100, fold))
    if m is None:
        return None
    month, day = (int(m.group(2)), int(m.group(1))) if m.group(2) else (int(m.group(3)), 1)
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def ahead_shift(day_month: tuple[int, int] | None, month: int | None, day: int | None) -> int | None:
    """What to add to a coming occasion's year (cue ``named_ahead``) for the page's occasion on day/month:
    it comes before the coming one, so with the coming day known, 0 when it lies earlier in the year and -1
    when later (the coming one is next year's); with no day known, 0 from January to August and None (either
    year) from September on."""
    if month is None:
        return None
    if day_month is None:
        return 0 if month <= 8 else None
    return 0 if (month, day or 1) <= day_month else -1
