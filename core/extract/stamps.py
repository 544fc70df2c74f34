"""Publication stamps: the forms a page prints the time it was published in ("16:25
13/07/2019", "Thứ Hai, ngày 14 tháng 03 năm 2022", "Đăng ngày 05/03/2022; Ngày đăng tin: 19/08/2024"), a line that is
only a date, a site's clock, and a headline's stamp cut off. ``chrome`` and ``page_lines``
judge lines with these; the year rules weigh what they find (an upper bound, never the
event's own date)."""

from __future__ import annotations

import datetime as _dt
import re

from .anchors import holds_any
from .month_words import numeric_months
from .old_layouts import headline_date, without_page_tools  # noqa: F401 - headline_date read with the stamps
from .stamp_bylines import is_capital_byline

__all__ = ["PUBLISHED_FORMS", "GLUED_DATE", "parse_published", "parse_stamp", "is_clock_form", "stamp_span",
           "strip_time", "headline_date"]

# --- time stamps ------------------------------------------------------------------------

# Publication-time forms in a page header.
PUBLISHED_FORMS: tuple[tuple[str, str], ...] = (
    (r"\((?P<H>\d{1,2}):(?P<M>\d{2})\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})\)", "(16:25 13/07/2019)"),
    (r"(?P<y>20\d{2})(?P<s>[-.])(?P<m>\d{2})(?P=s)(?P<d>\d{2})[ T](?P<H>\d{2}):(?P<M>\d{2})",
     "2022-03-14 10:25 (ISO); 2019.10.16 15:48 (Korean and Japanese sites)"),
    # (seconds and a 12-hour mark after the time, as portals print it: "15/05/2023 04:30:30 PM", "… 04:30 CH")
    (r"(?<!\d)(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})\b,?\s*(?:[-|,]\s*)?(?:lúc\s+)?(?P<H>\d{1,2})[:h](?P<M>\d{2})"
     r"(?::\d{2})?(?:\s*(?P<ap>AM|PM|SA|CH)\b)?(?:\s*(?:\(GMT[+\d:\s]*\)|GMT[+\d:\s]*))?",
     "05/03/2022 08:10; 16/11/2016 | 16:10 GMT+7; 14-03-22 10:25; 15/05/2023 04:30:30 PM; 15/05/2023 04:30 CH; "
     "21/07/2021 07:25 AM (GMT+7)"),
    (r"(?P<H>\d{1,2})[:h](?P<M>\d{2})(?::\d{2})?\s*(?P<ap>AM|PM|SA|CH)?(?:\s*(?:\(GMT[+\d:\s]*\)|GMT[+\d:\s]*))?\s*(?:[-|,]\s*)?(?:ngày\s+)?(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})\b",
     "08:10 05/03/2022; 15:56 | 12/12/2024; 10:25, ngày 14/03/22"),
    (r"(?P<H>\d{1,2})[:h](?P<M>\d{2})(?::\d{2})?\s*(?:[-|,]\s*)?(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|Chủ\s+Nhật|T[2-7]|CN)\s*[,-]\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng\s+|/)(?P<m>\d{1,2})\s*(?:năm\s+|/)(?P<y>\d{4}|\d{2})\b",
     "18:18 - Thứ Tư, 24/04/2024; 10:25 | Chủ nhật, 12/05/2024; 07:05, Thứ hai, ngày 3 tháng 6 năm 2024"),
    (r"(?:Đăng|Cập nhật|Ngày đăng(?:\s+(?:tin|bài))?|Ngày cập nhật|Thời gian đăng|Đăng lúc|Ngày xuất bản|Xuất bản)\s*(?:ngày|lúc)?\s*:?\s*(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})\b", "Đăng ngày 05/03/2022; Ngày đăng tin: 19/08/2024; Đăng ngày: 15.06.2009"),
    # the same label with the month in words and the year in full (no two-digit year after a comma)
    # (and the month abbreviated "Th12", as a Vietnamese blog theme prints it: "Đã đăng vào 22 Th12, 2019")
    (r"(?:Đăng|Cập nhật|Ngày đăng(?:\s+(?:tin|bài))?|Ngày cập nhật|Thời gian đăng|Đăng lúc|Ngày xuất bản|Xuất bản)\s*(?:ngày|lúc|vào)?\s*:?\s*(?P<d>\d{1,2})\s+(?:tháng\s+|th(?=\d))(?P<m>\d{1,2})\s*(?:năm\s+|,\s*)(?P<y>\d{4})\b",
     "Đăng ngày 20 tháng 6 năm 2024; Cập nhật: 20 tháng 6, 2024; Đã đăng vào 22 Th12, 2019 lúc 13:03; Đăng vào 3 Th5, 2021"),
    (r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|Chủ\s+Nhật|T[2-7]|CN)\s*[,-]\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng\s+|/)(?P<m>\d{1,2})\s*(?:năm\s+|/|,\s*)(?P<y>\d{4}|\d{2})\b",
     "Thứ Hai, ngày 14 tháng 03 năm 2022; Thứ tư,  06/07/2022; Thứ 2, 14/3/22; Thứ Năm, 12 tháng 3, 2020 08:15"),
    # a month written in words, as a blog or portal theme prints it (month_words): "15 Tháng Sáu, 2009",
    # "Tháng Sáu 15, 2009", read as "15 tháng 6, 2009" (the year in full after a comma: no label needed)
    (r"(?<![\d/.])(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2}),\s*(?P<y>\d{4})\b", "15 tháng 6, 2009; 3 tháng 12, 2014"),
)
_PUBLISHED_RES = [re.compile(p, re.IGNORECASE) for p, _ in PUBLISHED_FORMS]


def _fits(rx: re.Pattern[str], examples: str, shortcut: re.Pattern[str]) -> bool:
    """Does what ``rx`` reads in each of its examples hold a match of ``shortcut``? (A
    shortcut below rests on that; a form whose examples do not fit is always tried.)"""
    return all(m is None or shortcut.search(m.group()) for m in map(rx.search, examples.split(";")))


# A form with a time of day ("(?P<H>…)[:h](?P<M>…)") matches only where _TIME_OF_DAY does:
# one cheap search spares the line the forms that cannot match.
_TIME_OF_DAY = re.compile(r"\d[:h]\d\d", re.IGNORECASE)
_HAS_TIME_OF_DAY = re.compile(r"\(\?P<H>\\d\{[12](?:,2)?\}\)(?::|\[:h\])\(\?P<M>\\d\{2\}\)")
_TIMED = [bool(_HAS_TIME_OF_DAY.search(p)) and _fits(rx, ex, _TIME_OF_DAY)
          for rx, (p, ex) in zip(_PUBLISHED_RES, PUBLISHED_FORMS)]
_PUBLISHED_UNTIMED = [rx for rx, timed in zip(_PUBLISHED_RES, _TIMED) if not timed]


# A form that opens with words (a label, a weekday, "15 tháng 6, …") matches only where its
# lower-cased line holds one of them: a look with ``in`` spares the line the regex, which has
# no literal prefix to jump to (it is case-blind, or opens with a look-behind) and is tried at
# every character. Each row: how the form's pattern opens, the words one of which every match
# of such an opening holds (tests/test_prefilters_*.py reads them off the opening's alternatives);
# no word holds i, s or k, whose case-blind matches "ı", "ſ", "K" ``str.lower`` does not give.
_OPENING_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("(?:Đăng|Cập nhật|", ("đăng", "cập nhật", "xuất bản")),                        # a label
    (r"(?:Thứ\s+(?:Hai|", ("thứ", "chủ", "cn", "t2", "t3", "t4", "t5", "t6", "t7")),  # a weekday
    (r"(?<![\d/.])(?P<d>\d{1,2})\s+tháng\s+", ("tháng",)),                          # "15 tháng 6, 2009"
)


def _opening_words(pattern: str, examples: str) -> tuple[str, ...] | None:
    """The words one of which every match of the form holds, or None (always tried): none
    known for its opening, or one of its examples reads a match without them."""
    words = next((w for opening, w in _OPENING_WORDS if pattern.startswith(opening)), None)
    rx = re.compile(pattern, re.IGNORECASE)   # (_PUBLISHED_RES's, from re's cache)
    if words is None or any(m and not any(w in m.group().lower() for w in words)
                            for m in map(rx.search, examples.split(";"))):
        return None
    return words


_GATED = [(rx, _opening_words(p, ex)) for rx, (p, ex) in zip(_PUBLISHED_RES, PUBLISHED_FORMS)]
_GATED_UNTIMED = [g for g, timed in zip(_GATED, _TIMED) if not timed]


def _forms(s: str) -> list[re.Pattern[str]]:
    """The publication forms that can match ``s``, in the table's order."""
    low = s.lower()
    return [rx for rx, words in (_GATED if _TIME_OF_DAY.search(s) else _GATED_UNTIMED)
            if words is None or holds_any(low, words)]


_DIGIT = re.compile(r"\d")
# (written \b(?:[Tt]hứ|THỨ|[Cc]hủ [Nn]hật|CN|T[2-7])\b: each first letter first, the look-behind after it; test_prefilters)
_WEEKDAY = re.compile(r"(?:T(?<!\w.)(?:hứ|HỨ|[2-7])|t(?<!\w.)hứ|C(?<!\w.)(?:hủ [Nn]hật|N)|c(?<!\w.)hủ [Nn]hật)\b")
# (\d\d?, not \d{1,2}: the same matches, but a pattern opening with one class lets the engine skip to digits)
_MAYBE_DATE = re.compile(r"\d\d?\s*(?:[/.\-]|tháng|th(?=\d))", re.IGNORECASE)
# Every publication form holds a whole date: day, month and year ("14/03/2022",
# "14 tháng 03 năm 2022", "2022-03-14"); a line without one is not searched further
# (unless some form's examples say otherwise: then every line is).
_FULL_DATE = re.compile(r"\d\d?\s*(?:[/.\-]|tháng|th(?=\d))\s*\d{1,2}\s*(?:[/.\-]|năm|,)\s*\d\d", re.IGNORECASE)
_ALL_DATED = all(_fits(rx, ex, _FULL_DATE) for rx, (_, ex) in zip(_PUBLISHED_RES, PUBLISHED_FORMS))
# A short line that is only a date, perhaps after a section name: "Kinh tế 17-05-2023".
# A short line that is a date and at most three other words: "Kinh tế 17-05-2023",
# "12/03/2022 - 2.345 lượt xem".
_DATE_ONLY = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})([-/.])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d/.-]\d)")
#: ... or the date in words, alone on its line under a headline: "Ngày 12 tháng 3 năm 2020"
#: (a line that is only a date reports no occasion; a document's own line names its place first).
_DATE_ONLY_WORDS = re.compile(r"\s*(?:[Nn]gày\s+)?(?P<d>\d{1,2})\s+[Tt]háng\s+(?P<m>\d{1,2})\s*(?:,\s*)?[Nn]ăm\s+(?P<y>\d{4})\s*")
#: A portal's post line carries, beside its stamp, who posted it and a view counter
#: ("Người đăng: Lê Văn An Ngày đăng: 03/05/2023 Lượt xem: 12", "… - Lượt đọc: 5398"): neither makes it longer
#: than a stamp. (The poster's name: at most six capitalised words.)
_POSTER_AND_VIEWS = re.compile(r"(?:Người\s+đăng(?:\s+(?:tin|bài))?|Người\s+viết|Tác\s+giả)\s*:\s*"
                               r"(?:[A-ZÀ-ỸĐ][^\W\d_]*\s*){1,6}|Lượt\s+(?:xem|đọc|truy\s+cập)\s*:?\s*[\d.,]*")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# A listing date glued to the lead: "20/6/2024Chiều nay (20.6), …"
GLUED_DATE = re.compile(r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?=[^\W\d_])")


def parse_published(s: str) -> _dt.datetime | None:
    s = numeric_months(s)   # "15 Tháng Sáu, 2009": "15 tháng 6, 2009"
    if not _MAYBE_DATE.search(s) or (_ALL_DATED and not _FULL_DATE.search(s)):
        return None
    for rx in _forms(s):
        m = rx.search(s)
        if not m:
            continue
        g = m.groupdict()
        y = int(g["y"])
        hour = int(g.get("H") or 0)
        if (g.get("ap") or "").upper() in ("PM", "CH") and hour < 12:
            hour += 12   # "04:30:30 PM", "04:30 CH" (chiều): the afternoon
        elif (g.get("ap") or "").upper() in ("AM", "SA") and hour == 12:
            hour = 0
        try:
            return _dt.datetime(y + 2000 if y < 100 else y, int(g["m"]), int(g["d"]), hour,
                                int(g.get("M") or 0))
        except (ValueError, TypeError):
            continue
    return None


def stamp_span(raw: str) -> tuple[int, int]:
    """Where the publication time is in a line (the whole line when no form matches)."""
    for rx in _forms(raw):
        m = rx.search(raw)
        if m:
            return m.span()
    return 0, len(raw)


#: The time a print view was made: "In ngày 22/11/2024", "Ngày in: 22/11/2024 09:35", "Thời gian in: …".
_PRINTED_WORDS = ("in ngày", "ngày in", "in lúc", "thời gian in", "ngày giờ in")
_PRINTED = re.compile(r"(?i)(?<!\w)(?:" + "|".join(_PRINTED_WORDS) + r")(?!\w)")


def _printed(raw: str) -> bool:
    """``_PRINTED.search(raw)``, tried only on a line whose lower case holds one of its words (the
    case-blind regex opens with a look-behind: no literal to jump to). A case-blind "i" is also
    "ı" and "İ", which lower() keeps or makes "i" and a combining dot: both put right first."""
    low = raw.lower()
    if "ı" in low or "\u0307" in low:
        low = low.replace("ı", "i").replace("\u0307", "")
    return holds_any(low, _PRINTED_WORDS) and _PRINTED.search(raw) is not None


#: The time of an occasion, not of the page: a line of a programme or a notice that gives the
#: occasion's days or its opening hour has the shape of a stamp ("8h00, ngày 23/11/2018") but is the
#: article's text (late48c). (name, pattern, example)
OCCASION_TIMES: tuple[tuple[str, str, str], ...] = (
    ("a range of days", r"^\W*(?:từ|trong)\s+(?:\d{1,2}\s+)?(?:ngày\s+)?\d{1,2}(?:\s*[/.\-]\s*\d{1,2})?\b.*?\bđến\b",
     "Từ ngày 5/3 đến 7/3/2021 (khai mạc 7h30, ngày 5/3/2021); (từ ngày 12 đến 16/9/2015)"),
    ("an occasion's hour", r"\b(?:khai mạc|bế mạc|bắt đầu|khởi hành|tập trung)\s*(?:vào\s+)?(?:lúc\s+)?:?\s*\d{1,2}\s*[:h]\s*\d",
     "Khai mạc: 7h30, ngày 5/3/2021; bắt đầu lúc 14h00, ngày 9/4/2022"),
)
_OCCASION_TIME = re.compile("|".join(f"(?:{p})" for _, p, _ in OCCASION_TIMES), re.IGNORECASE)


def parse_stamp(raw: str) -> tuple[_dt.datetime, bool, bool] | None:
    """A line that is a time stamp: (time, reads like an article's stamp -- it has a time
    of day or no weekday --, has a label such as 'Đăng ngày'), or None. Lines longer than a stamp with a headline are not stamps
    (a headline with a stamp glued on is read by :func:`parse_published`). A line giving an occasion's days or hour
    (OCCASION_TIMES) is not one either: asked only of a line that would otherwise be a stamp (the pattern searched
    every line with a digit, +0.7% of the seeds' instructions; the same answer)."""
    found = _stamp_shape(raw)
    if found is not None and _OCCASION_TIME.search(raw):
        return None   # (an occasion's days or hour, a programme's line: OCCASION_TIMES)
    return found


def _stamp_shape(raw: str) -> tuple[_dt.datetime, bool, bool] | None:
    if not _DIGIT.search(raw) or _printed(raw):
        return None   # (the time a print view was made is the reader's day, never the article's)
    t = parse_published(raw)
    if t is None:
        m = _DATE_ONLY.search(raw) if len(raw) <= 60 else None
        if m is None and len(raw) <= 40:
            m = _DATE_ONLY_WORDS.fullmatch(raw)   # nothing but the date, in words
        if m is None or len(_LETTER_WORD.findall(raw[:m.start()] + " " + raw[m.end():])) > 3:
            return None
        try:
            t = _dt.datetime(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return t, not _WEEKDAY.search(raw), False
    rest = without_page_tools(_POSTER_AND_VIEWS.sub(" ", strip_time(raw)))   # (old_layouts: "| In bài viết | Gửi email")
    if len(rest.split()) > 8 and not is_capital_byline(rest):   # (a byline in capitals: stamp_bylines)
        return None
    # a weekday and a date with no time of day is how sites print today's date
    article_like = bool(re.search(r"\d{1,2}[:h]\d{2}", raw)) or not _WEEKDAY.search(raw)
    labelled = bool(re.search(r"Đăng|Cập nhật|xuất bản", raw, re.IGNORECASE))
    return t, article_like, labelled



def is_clock_form(raw: str) -> bool:
    """A weekday, a date and a time of day: 'Thứ tư, 2-7-25 05:24:23', 'Thứ Tư, 13/11/2024
    09:33 (GMT +7)'. Above the headline this is how a site prints the time a page was
    rendered, unless the lead names that day (see ``stamp_choice._choose_published``)."""
    return bool(_WEEKDAY.search(raw)) and bool(_TIME_OF_DAY.search(raw))


def strip_time(title: str) -> str:
    if not _ALL_DATED or _FULL_DATE.search(title):  # (every form holds a whole date)
        timed = bool(_TIME_OF_DAY.search(title))
        low = title.lower()
        for (rx, words), needs_time in zip(_GATED, _TIMED):
            if (needs_time and not timed) or (words is not None and not holds_any(low, words)):
                continue
            title, n = rx.subn("", title)
            if n:
                low = title.lower()
                if _ALL_DATED and not _FULL_DATE.search(title):
                    break
                timed = bool(_TIME_OF_DAY.search(title))
    return _SPACES.sub(" ", title).strip(" -|–•")


_SPACES = re.compile(r"\s\s+")   # (\s{2,}: one class first, the engine skips to blanks; test_prefilters)
