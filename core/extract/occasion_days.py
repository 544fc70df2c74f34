"""An occasion's days told after its lead's day (round 40, late40e): the lead dates the first day of an
occasion, a later sentence says how long it lasted; the range, not the first day, is the main event's date
(used by :func:`hoptac.core.extract.events.extract_events` once the main day is chosen: only the end is
added, the day, its year and its type stay as read).

| rule              | shape                                               | example (our own sentences)                 |
|-------------------|-----------------------------------------------------|---------------------------------------------|
| ``lasted_from``   | a later sentence opens with the occasion (its name  | "Sáng 27/7, Công an tỉnh A tổ chức giao lưu |
|                   | or a word for it: "chương trình", "sự kiện", "giải") | thể thao với Công an tỉnh B. … Chương trình |
|                   | and says it took place ("diễn ra", "kéo dài") over  | giao lưu diễn ra từ ngày 27 - 28/7."        |
|                   | a short range whose first day is the lead's day     | → 27/7 – 28/7                                |

| ``held_from``     | a later sentence opens with the occasion (up to 100 | "Sáng 6/11/2024, các tỉnh biên giới họp     |
| (round 45,        | characters, no comma) and says who held it, or that | Diễn đàn hợp tác năm 2024 … . Diễn đàn do   |
| late45a)          | it was held, right before the range: "do <host> (chủ | tỉnh B chủ trì, tổ chức từ ngày 6 - 7/11."  |
|                   | trì,) tổ chức từ ngày …", "được tổ chức từ ngày …"  | → 6/11 – 7/11/2024                           |

| ``until_from_now``| a sentence (before or after the lead's) names the     | "Ngày 3/9, hai tỉnh tổ chức Tuần lễ sản     |
| (round 43,        | lead's occasion (the first words of its subject stand | phẩm OCOP tại thành phố A. Tuần lễ diễn ra  |
| late43c)          | in the lead's sentence, or "chương trình", "sự kiện") | từ nay đến ngày 9/9." → 3/9 – 9/9            |
|                   | and says it runs "từ nay đến (hết) ngày D": the page  |                                             |
|                   | is written on the lead's day, D is the last           |                                             |

| ``closed_on``     | a later sentence names the lead's occasion (the first | "Ngày 5/6, tại tỉnh A, diễn ra Triển lãm    |
| (round 44,        | two words of its subject stand in the lead's sentence,| ảnh hai tỉnh A - B. … Triển lãm kết thúc    |
| late44b)          | or "chương trình", "sự kiện") and says it closed on D | ngày 10/6." → 5/6 – 10/6                     |
|                   | ("kết thúc / bế mạc (vào) ngày D", "kéo dài đến (hết) |                                             |
|                   | ngày D"), D one to seven days after the lead's day    |                                             |

Counter-shapes (kept on the lead's day; tests/test_round40_occasion_days.py, tests/test_round43_late43c.py):

* told ahead ("Tuần lễ … **sẽ** diễn ra từ ngày 4 - 7/12"): a page written on the first day tells the rest
  ahead, and the opening is the occasion (festival38 03's gold);
* an opening ("Tối 4/12, **khai mạc** Tuần lễ …"): the opening evening of a longer week is its own occasion;
* a signing or a ceremony on the first day of a fair ("Sáng 10/5, tại Hội chợ, hai tỉnh **ký kết** … . Hội chợ
  diễn ra từ ngày 10 đến 14/5"): the subject of the later sentence names another occasion than the lead's;
* a closing told ahead ("Triển lãm **sẽ** kết thúc ngày 10/6", "dự kiến kết thúc"): kept on the lead's day, as
  the ranges told ahead; a closing day of another occasion ("Đợt tiêm chủng kết thúc ngày 10/6") is not the
  lead's (its subject is not in the lead's sentence);
* a range that starts on another day ("Giải đấu diễn ra từ ngày 28 - 30/7" after "Sáng 27/7, …") or lasts
  more than a week (a season, not an occasion's days).

All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import TYPE_CHECKING

from .dates import DateMention
from .event_fields import format_date
from .event_type import clause_of, main_type
from .occasion_length import ONE_DAY_ACT as _ONE_DAY_ACT, counts_days, last_day, length_told
from .other_occasions import WHY_UNTIL_FROM_NOW
from .trips import _sentence_of, _told_ahead, sentence_start

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["occasion_days", "extend_to", "lasted", "LASTED_FROM", "HELD_FROM", "UNTIL_FROM_NOW_SUBJECT", "until_from_now",
           "CLOSED_ON_SUBJECT", "closed_on"]

#: The later sentence: its subject (at most 60 characters, no comma or full stop), then "diễn ra" or "kéo dài",
#: then at most 30 characters before the range ("diễn ra trong 2 ngày, từ ngày 27 - 28/7").
LASTED_FROM = re.compile(r"(?P<subject>[^,.;:\n]{3,60}?)\s+(?:(?:da|se|duoc)\s+)?(?:dien ra|keo dai)\b[^.\n]{0,30}$")
#: The later sentence held by its host (round 45): its subject, then "do <host> (chủ trì,) tổ chức" or "được tổ chức",
#: then only "từ (ngày)" (or "trong 2 ngày, từ ngày") before the range: "Diễn đàn … do tỉnh B chủ trì, tổ chức từ
#: ngày 6 - 7/11/2024" (not "hai bên tổ chức hội chợ từ …": an object between the verb and the range is another act).
HELD_FROM = re.compile(r"(?P<subject>[^,.;:\n]{3,100}?)\s+(?:do\s+[^.;:\n]{3,140}?\s+(?:chu tri\s*,?\s+)?|(?:da\s+)?duoc\s+)"
                       r"to chuc(?:\s+trong\s+(?:\d+|hai|ba|bon|nam)\s+ngay\s*,?)?(?:\s+tu)?(?:\s+ngay)?\s*$")
_DAYS_MAX = 7


def _days(n) -> tuple[tuple[int, int], tuple[int, int]] | None:
    if not (n.day and n.end_day and n.month):
        return None
    first, last = (n.month, n.day), (n.end_month or n.month, n.end_day)
    span = (last[0] - first[0]) % 12 * 31 + last[1] - first[1]
    return (first, last) if 0 < span <= _DAYS_MAX else None


def occasion_days(best: Reading, readings: list[Reading], folded: str, paragraphs, text: str = "") -> DateMention | None:
    """The range a later sentence gives as the days of the occasion the chosen day ``best`` dates
    (:data:`LASTED_FROM`), or None. See the module's table and counter-shapes."""
    m = best.mention
    if not (best.verdict == "event" and m.precision == "day" and m.day and m.month and not m.end_day):
        return None
    # the later ranges that start on the day (cheap; most pages have none): only then is the lead read
    ranges = [o.mention for o in readings if o.verdict == "range" and o.mention.start > m.end
              and (days := _days(o.mention)) is not None and days[0] == (m.month, m.day)
              and not (o.mention.year and m.year and o.mention.year != m.year)]
    if not ranges:
        return None
    s, e = _sentence_of(folded, m, paragraphs)
    e = min([i for i in (folded.find(". ", m.end, e), folded.find(".\n", m.end, e), folded.find("\n", m.end, e)) if i >= 0]
            + [e])   # the day's own sentence, not the next paragraph's
    ranges = [n for n in ranges if n.start > e]
    if not ranges or _ONE_DAY_ACT.search(folded, s, e):
        return None
    lead_type = main_type(clause_of(folded[s:e], m.start - s))[0]
    if lead_type is None:
        return None
    for n in ranges:
        start = sentence_start(folded, n.start, max(0, n.start - 200))
        before = folded[start:n.start].strip()
        told = LASTED_FROM.fullmatch(before) or HELD_FROM.fullmatch(before)
        if told is None or _told_ahead(folded, n, paragraphs, text):
            continue
        if main_type(told.group("subject"))[0] not in (None, lead_type):
            continue   # "Hội chợ diễn ra từ …" after a lead of talks: another occasion's days
        return n
    return None


#: "<occasion> diễn ra / kéo dài từ nay đến (hết) ngày": the words before an until-from-now day (other_occasions)
UNTIL_FROM_NOW_SUBJECT = re.compile(r"(?:\([^()\n]{1,20}\)\s*[-–]\s*)?(?P<subject>[^,.;:\n()]{3,60}?)\s+(?:(?:da|duoc)\s+)?"
                                    r"(?:dien ra|keo dai)\s+tu nay\s+(?:den|toi|cho den)\s+(?:het\s+)?(?:ngay\s+)?")
_POINTERS = ("chuong trinh", "su kien", "hoat dong")


def until_from_now(best: Reading, readings: list[Reading], folded: str, paragraphs):
    """The last day of the lead's occasion when a sentence names it and says it runs "từ nay đến ngày D" (a day
    read as :data:`other_occasions.WHY_UNTIL_FROM_NOW`), D one to seven days after the lead's day; or None."""
    m = best.mention
    if not (best.verdict == "event" and m.precision == "day" and m.day and m.month and not m.end_day):
        return None
    ends = [o.mention for o in readings if o.why == WHY_UNTIL_FROM_NOW and o.mention.day and o.mention.month
            and not (o.mention.year and m.year and o.mention.year != m.year)
            and 0 < ((o.mention.month - m.month) % 12 * 31 + o.mention.day - m.day) <= _DAYS_MAX]
    if not ends:
        return None
    s, e = _sentence_of(folded, m, paragraphs)
    lead = folded[s:e]
    if _ONE_DAY_ACT.search(lead):
        return None   # "Tối 3/9, khai mạc Tuần lễ …": the opening is its own occasion (as occasion_days)
    for n in ends:
        start = sentence_start(folded, n.start, max(0, n.start - 200))
        told = UNTIL_FROM_NOW_SUBJECT.fullmatch(folded, start + len(folded[start:n.start]) - len(folded[start:n.start].lstrip()),
                                                n.start)
        if told is None:
            continue
        words = told.group("subject").split()
        if " ".join(words[:2]) in lead or any(p in told.group("subject") for p in _POINTERS):
            return SimpleNamespace(month=n.month, end_month=n.month, end_day=n.day, text=n.text)
    return None


#: "<occasion> (đã) kết thúc / bế mạc (vào) ngày D", "<occasion> kéo dài đến (hết) ngày D": the words before a
#: closing day (round 44, late44b; the module's ``closed_on`` row). The day's mention starts at "ngày".
CLOSED_ON_SUBJECT = re.compile(r"(?:\([^()\n]{1,20}\)\s*[-–]\s*)?(?P<subject>[^,.;:\n()]{3,60}?)\s+(?:(?:da|chinh thuc)\s+)?"
                               r"(?:ket thuc|be mac|keo dai\s+(?:den|toi)(?:\s+het)?)\s+(?:vao\s+)?")
_AHEAD = re.compile(r"\b(?:se|du kien|du dinh|theo ke hoach)$")


def closed_on(best: Reading, readings: list[Reading], folded: str, paragraphs):
    """The last day of the lead's occasion when a later sentence names it and says it closed on a day D
    (:data:`CLOSED_ON_SUBJECT`), D one to seven days after the lead's day; or None."""
    m = best.mention
    if not (best.verdict == "event" and m.precision == "day" and m.day and m.month and not m.end_day):
        return None
    s, e = _sentence_of(folded, m, paragraphs)
    ends = [o.mention for o in readings if o.mention.start > e and o.mention.precision == "day" and o.mention.day
            and o.mention.month and not o.mention.end_day
            and not (o.mention.year and m.year and o.mention.year != m.year)
            and 0 < ((o.mention.month - m.month) % 12 * 31 + o.mention.day - m.day) <= _DAYS_MAX]
    if not ends:
        return None
    lead = folded[s:e]
    if _ONE_DAY_ACT.search(lead):
        return None   # "Sáng 5/6, khai mạc Triển lãm …": the opening is its own occasion (as occasion_days)
    for n in ends:
        start = sentence_start(folded, n.start, max(0, n.start - 200))
        start += len(folded[start:n.start]) - len(folded[start:n.start].lstrip())
        told = CLOSED_ON_SUBJECT.fullmatch(folded, start, n.start)
        if told is None or _AHEAD.search(told.group("subject")):
            continue
        words = told.group("subject").split()
        if " ".join(words[:2]) in lead or any(p in told.group("subject") for p in _POINTERS):
            return SimpleNamespace(month=n.month, end_month=n.month, end_day=n.day, text=n.text)
    return None


def extend_to(event: dict, day: DateMention, days: DateMention) -> None:
    """The main ``event`` dated by ``day`` ends on the last of ``days``: its year is the day's as found (never
    another: a year is not read again for the range), across the new year when the last month comes first."""
    date = event.get("date") or ""
    year = None if date.startswith("--") or len(date) < 10 else int(date[:4])
    end_month = days.end_month or days.month
    if year and end_month < day.month:
        year += 1
    event["date_end"] = format_date(year, end_month, days.end_day, "day")
    event["date_text"] = f"{day.text} … {days.text}"


def lasted(event: dict | None, day: DateMention, main: Reading | None, readings: list[Reading], folded: str, paragraphs,
           text: str = "") -> dict | None:
    """The main ``event`` dated by ``day``, the chosen reading ``main``'s (not a frame's or a report's), its end added when a later sentence gives the days
    its occasion lasted (:func:`occasion_days`, :func:`extend_to`); ``event`` as given otherwise."""
    if event and main is not None and main.mention is day and (days := occasion_days(main, readings, folded, paragraphs, text)) is not None:
        extend_to(event, main.mention, days)
    elif event and main is not None and main.mention is day and (days := occasion_length(main, folded, paragraphs, text)) is not None:
        extend_to(event, main.mention, days)
    elif event and main is not None and main.mention is day and (days := until_from_now(main, readings, folded, paragraphs)) is not None:
        extend_to(event, main.mention, days)   # "… Tuần lễ diễn ra từ nay đến ngày 9/9"
    elif event and main is not None and main.mention is day and (days := closed_on(main, readings, folded, paragraphs)) is not None:
        extend_to(event, main.mention, days)   # "… Triển lãm kết thúc ngày 10/6" (late44b)
    return event


def occasion_length(best: Reading, folded: str, paragraphs, text: str = ""):
    """The last day of the occasion the chosen day ``best`` dates when a later sentence tells how many days it
    lasted, with no range (:mod:`.occasion_length`, round 42), as :func:`extend_to` reads it; or None."""
    m = best.mention
    if not (best.verdict == "event" and m.precision == "day" and m.day and m.month and not m.end_day):
        return None
    if not counts_days(folded, m.end):
        return None   # (round 44, speed44: no count of days after the day, so none after its sentence's end either)
    s, e = _sentence_of(folded, m, paragraphs)
    e = min([i for i in (folded.find(". ", m.end, e), folded.find(".\n", m.end, e), folded.find("\n", m.end, e)) if i >= 0]
            + [e])
    told = length_told(folded, (s, e), e, lambda: main_type(clause_of(folded[s:e], m.start - s))[0], text)
    if told is None or (last := last_day(m.year, m.month, m.day, told[0])) is None:
        return None
    last.text = (text or folded)[told[1]:told[2]].strip(" ,")
    return last
