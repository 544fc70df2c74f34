"""Historic full dates told in passing: a founding, twinning or first-agreement day decades before
the page ("hai tỉnh kết nghĩa từ ngày 12/2/1961" on a page stamped 2019) is the pair's past, never
the page's occasion, even where no earlier rule gave it a verdict.

Weighed evidence (all three needed), read by :func:`historic_readings`:

1. **old**: its own year is at least :data:`OLD_YEARS` before the page's reference year (the
   stamp's; with no stamp, the latest year the page's other dates and years tell);
2. **told as history**: a :data:`HISTORIC_BEFORE` shape stands just before it in its clause, or
   it opens its sentence and the sentence tells a :data:`HISTORIC_AFTER` founding -- or, whatever
   its words, the page **reports a later occasion** with its own year at least :data:`OLD_YEARS`
   after it (an occasion, range or caption verdict: "… từ ngày 28/02 đến ngày 03/03/2019" below
   "Ngày 12-2-1961, lễ kết nghĩa … được tổ chức …"): the page's news is the later one;
3. **not a retrospective**: it does not open the lead's first sentence (a page that truly reports
   the old day, "Ngày 12/2/1961, tại Hải Dương, hai tỉnh tổ chức lễ kết nghĩa.", keeps it) --
   unless the page reports such a later occasion: then the old day opening the page is its
   background (holdout16 v04: a 1961 twinning day opening a page on a 2019 cultural week).

Those readings become earlier milestones (verdict "past", read before the nearby dates lend their
years): the main date is never one of them, and the lead's undated occasion then takes the stamp's
year where the rules allow it, or "year unknown".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .chrome import AGENCY_TAG
from .old_lead_days import bond_before_undated_occasion, bond_before_yearless_day, bond_paragraph_long_before
from .trips import sentence_start as _sentence_start
from ..messages import M_

if TYPE_CHECKING:
    from .verdicts import Reading

_WHY_HISTORIC = M_("an old founding or first-agreement day told as the pair's history (historic_dates)")
WHY_COUNTED = M_("an old day the page counts its years from ('Gần 60 năm gắn bó'): its background (historic_dates)")
_WHY_BEFORE_UNDATED = M_("an old bond day opening the lead of a page that then reports its own later occasion: "
                         "its background (old_lead_days)")
_WHY_BEFORE_LATER = M_("an old day on a page that reports an occasion ten or more years later: its background "
                       "(historic_dates)")

#: How many years before the page's reference year a day must be to be read as history.
OLD_YEARS = 10

#: Shapes just before an old date (folded, within its clause) that tell it as the pair's history:
#: (name, regex tail, a sentence written for the shape).
HISTORIC_BEFORE: tuple[tuple[str, str, str], ...] = (
    ("bond_day", r"\b(?:ket nghia|thanh lap|tai lap|thiet lap(?: quan he)?|ra doi|khai sinh|giai phong)\b"
                 r"[^,.;()\n]{0,40}?\s(?:(?:ke\s+)?tu\s+|vao\s+)?(?:ngay\s+)?",
     "Hai tỉnh kết nghĩa từ ngày 12/2/1961; ngày thành lập Đảng 3/2/1930."),
    ("first_signed", r"\b(?:duoc\s+)?ky(?:\s+ket)?\s+(?:vao\s+|tu\s+)?(?:ngay\s+)?",
     "Thỏa thuận hợp tác được ký ngày 18/7/1977 giữa hai tỉnh."),
    ("since", r"\b(?:ke\s+tu|bat\s+dau\s+tu|tu)\s+(?:ngay\s+)?",
     "Kể từ ngày 12/2/1961, hai tỉnh luôn gắn bó; hai tỉnh gắn bó với nhau từ ngày 12/2/1961."),
    ("years_ago", r"\bcach\s+day\s+(?:hon\s+|gan\s+|tron\s+)?\d+\s+nam\s*,?\s*(?:vao\s+)?(?:ngay\s+)?",
     "Cách đây 58 năm, ngày 12/2/1961, hai tỉnh kết nghĩa."),
)
_BEFORE = re.compile(r"(?:" + "|".join(rx for _, rx, _ in HISTORIC_BEFORE) + r")$")

#: A founding told in the sentence an old date opens: "Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa."
HISTORIC_AFTER: tuple[tuple[str, str], ...] = (
    ("ket nghia", "Ngày 12/2/1961, hai tỉnh A và B chính thức kết nghĩa."),
    ("thanh lap", "Ngày 3/2/1930, Đảng Cộng sản Việt Nam được thành lập."),
    ("thiet lap quan he", "Ngày 5/9/1962, hai nước thiết lập quan hệ ngoại giao."),
    ("ra doi", "Ngày 1/4/1975, tổ chức hữu nghị của hai tỉnh ra đời."),
)
_AFTER = re.compile(r"[^.;\n]{0,160}?\b(?:" + "|".join(w for w, _ in HISTORIC_AFTER) + r")\b")
#: The next sentence counting the time since the day up to now ("Từ đó đến nay", "Kể từ đó tới nay"): with no
#: stamp and no other year on the page, the day is still the pair's past, told from long after (round 19).
_SINCE_THEN = re.compile(r"[^.;\n]{0,200}[.;]\s*(?:va\s+)?(?:ke\s+)?tu\s+(?:do|ngay do|ay)\s+(?:den|toi)\s+nay\b")
#: The next sentence counting the years since the day, N of at least OLD_YEARS ("Đến nay, đã trải qua hơn 60 năm",
#: "Từ đó đến nay đã gần 50 năm"): with no stamp and no other year on the page, the page is written about N years on
#: (round 43, the lead's merge: the year probe's heritage43 06 with its letter's year taken away read the 1961
#: twinning day as the occasion). A bare "Đến nay, …" with no count is not read ("Ngày 12/3/2024, hai tỉnh ký kết. Đến
#: nay, các bên đã …": the page may be written weeks on).
_SINCE_COUNTED = re.compile(r"[^.;\n]{0,200}[.;]\s*(?:va\s+)?(?:(?:ke\s+)?tu\s+(?:do|ngay do|ay)\s+)?(?:den|toi)\s+nay\s*,?"
                            r"\s*(?:(?:da|la)\s+)?(?:trai qua\s+|duoc\s+)?(?:(?:hon|gan|tron|ngot)\s+)?(\d{2,3})\s+nam\b")
SINCE_COUNTED_EXAMPLE = "Ngày 12/2/1961, hai thị xã làm lễ kết nghĩa. Đến nay, đã trải qua hơn 60 năm gắn bó."
_OPENS = re.compile(r"\W*(?:(?:sang|chieu|toi|trua|dem)\s+)?(?:ngay\s+)?")


def _since_counted(folded: str, at: int) -> int:
    """The years the next sentence counts since the day ending at ``at`` (at least OLD_YEARS), else 0."""
    if "nay" not in folded[at:at + 260]:
        return 0
    found = _SINCE_COUNTED.match(folded, at)
    n = int(found.group(1)) if found else 0
    return n if n >= OLD_YEARS else 0


def _reference_year(readings: list[Reading], r: Reading, published) -> int | None:
    if published is not None:
        return published.year
    return max((y for o in readings if o is not r and o.verdict not in ("anniversary", "teaser")
                for y in (o.mention.year, o.mention.end_year) if y), default=None)


def _counted_reference(readings: list[Reading], r: Reading, counted: list[int], folded: str) -> int:
    """With no stamp, the year the page is written in by the years it counts since the bond: its
    earliest other year written alone (the bond's own, "từ năm 1979"; not a day or a plan's week, which
    may be years after the bond: shapes19 08 with a week planned) plus the count ("45 năm kết nghĩa"):
    0 when the page counts none. ("Tháng 5/1978, ba quận gặp nhau lần đầu" on a page of 45 years since
    1979 is told from about 2024: background.) It only makes old days background, never a year."""
    if not counted:
        return 0
    earliest = min((o.mention.year for o in readings if o is not r and o.verdict not in ("anniversary", "teaser")
                    and o.mention.precision == "year" and o.mention.year), default=None)
    if earliest is None:
        return 0
    if earliest >= r.mention.year and not _AFTER.match(folded, r.mention.end):
        # the only year to count from is the day's own or later ("Sau gần 10 năm hợp tác, … Ngày 12/11/2025, …
        # đã ký kết thỏa thuận. Trong năm 2025, …"): the count starts before the page's years, from a bond it
        # does not date, unless this day tells that bond ("Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa"; meta30)
        return 0
    return earliest + max(counted)


def _later_occasion(readings: list[Reading], r: Reading) -> bool:
    """Does the page report another occasion with its own year at least OLD_YEARS after r's?"""
    old = r.mention.year + OLD_YEARS
    return any(o is not r and o.verdict in _REPORTED and max(o.mention.year or 0, o.mention.end_year or 0) >= old
               for o in readings)


_REPORTED = ("event", "range", "caption")

#: The years the page counts since the bond, N of at least OLD_YEARS ("Gần 60 năm gắn bó, …", "… đã trải qua 58
#: năm …", "Hơn 50 năm qua, …"): when the old day plus N is the page's reference year (its stamp, its latest
#: other year), the page is written N years on, so the old day opening it is its background too. Read from
#: each "năm" back to its count (two or three digits standing alone) and then the word before the count or
#: the words after "năm": one alternation tried at every character of the page cost 4% of a seed page.
_NAM = re.compile(r"nam\b")
_COUNTED_BEFORE = re.compile(r"\b(?:gan|hon|tron|da|trai qua|suot|sau|ngot)\s+$")
_COUNTED_AFTER = re.compile(r"\s+(?:qua|gan bo|ket nghia|thuy chung)\b")


def _years_counted(folded: str) -> list[int]:
    """The counts of years (at least OLD_YEARS) the page tells since the bond, the headline's included
    ("60 năm kết nghĩa" heading a retrospective whose lead opens on the 1960 twinning day)."""
    if " nam " not in folded:
        return []
    out = []
    lo = 0
    for m in _NAM.finditer(folded, lo + 1):
        end = m.start() - 1
        if not folded[end].isspace() or not folded[end - 1].isdecimal() and not folded[end - 1].isspace():
            continue   # "viet nam", "mien nam": no count before it (most of a page's "nam")
        while end > lo and folded[end - 1].isspace():
            end -= 1
        start = end
        while start > lo and end - start < 4 and folded[start - 1].isdecimal():
            start -= 1
        if not 2 <= end - start <= 3 or start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
            continue   # no count, a longer number, or digits glued to a word
        n = int(folded[start:end])
        if not OLD_YEARS <= n <= 200:
            continue
        word_end = start
        while word_end > lo and folded[word_end - 1].isspace():
            word_end -= 1
        if (word_end < start and _COUNTED_BEFORE.search(folded, max(lo, word_end - 9), start)) \
                or _COUNTED_AFTER.match(folded, m.end()):
            out.append(n)
    return out


def historic_readings(readings: list[Reading], text: str, folded: str, lead, paragraphs, published) -> set[int]:
    """Mark the readings of old days told as the pair's history "past" (see the module); their ids."""
    out: set[int] = set()
    counted: list[int] | bool = False   # (read once, when an old day needs it)
    for r in readings:
        m = r.mention
        if r.verdict not in _REPORTED or m.kind != "date" or m.precision not in ("day", "month") \
                or not m.year or m.end_day or m.end_month:
            continue
        ref = _reference_year(readings, r, published)
        if published is None and ref is not None and m.year <= ref:
            counted = _years_counted(folded) if counted is False else counted
            ref = max(ref, _counted_reference(readings, r, counted, folded))
        undated_after = False
        if ref is None and _SINCE_THEN.match(folded, m.end):
            ref = m.year + OLD_YEARS   # "Ngày 12/2/1961, hai tỉnh kết nghĩa. Từ đó đến nay, …": told from long after
        elif ref is None and (n_since := _since_counted(folded, m.end)):
            ref = m.year + n_since   # "… vào ngày 12/2/1961. Đến nay, đã trải qua hơn 60 năm": told N years on
        elif ref is None and (bond_before_undated_occasion(readings, folded, r, lead, bool(_AFTER.match(folded, m.end)),
                                                           published) or bond_before_yearless_day(readings, folded, r, lead)):
            ref, undated_after = m.year + OLD_YEARS, True   # "Ngày 28/4/2005, … đã ký kết nghĩa. Sáng nay, …"
        elif ref is not None and m.year <= ref - OLD_YEARS and bond_before_yearless_day(readings, folded, r, lead):
            undated_after = True   # "Ngày 28/4/2005, … đã ký kết nghĩa." stamped 2020, then "Sáng 5/3, …"
        elif ref is not None and published is None and ref != m.year and bond_before_yearless_day(readings, folded, r, lead):
            # no stamp, the page's other years later ("từ năm 2016") or earlier ("năm 1954") than the bond's own, not
            # it: they say nothing of the page's present, as with no year at all (round 20)
            ref, undated_after = max(ref, m.year + OLD_YEARS), True
        elif bond_paragraph_long_before(readings, folded, r, lead, paragraphs, published):
            # the bond told done in a paragraph of its own, the page's own year ten or more on (round 37, probe37)
            ref, undated_after = max(ref or 0, m.year + OLD_YEARS), True
        if ref is None or m.year > ref - OLD_YEARS:
            continue
        floor = next((s for s, e in paragraphs if s <= m.start < e), max(0, m.start - 400))
        start = _sentence_start(folded, m.start, floor)
        while start < m.start and text[start].isspace():
            start += 1
        tag = AGENCY_TAG.match(text, start)
        head_at = tag.end() if tag and tag.end() <= m.start else start
        head = folded[head_at:m.start]
        clause = head[max(head.rfind(","), head.rfind(";"), head.rfind("(")) + 1:]
        if counted is False:
            counted = _years_counted(folded)
        # a later occasion, or the years the page counts from this day to its reference year ("Gần 60 năm gắn bó")
        later = _later_occasion(readings, r)
        since = not later and any(abs(m.year + n - ref) <= 2 for n in counted)
        why = _WHY_BEFORE_LATER if later else WHY_COUNTED if since else _WHY_HISTORIC
        if undated_after:
            later, why = True, _WHY_BEFORE_UNDATED
        later = later or since
        if later or _BEFORE.search(clause[-90:]) or _BEFORE.search(head[-90:]) and "cach day" in head[-90:]:
            told = True
        elif _OPENS.fullmatch(head):
            told = bool(_AFTER.match(folded, m.end))
        else:
            told = False
        if not told:
            continue
        opens_lead = lead[0] <= m.start < lead[1] and _OPENS.fullmatch(head) and \
            not folded[lead[0]:start].strip()   # the lead's first sentence opens with it
        if opens_lead and not later:
            continue
        r.verdict, r.why, r.score = "past", why, 0
        out.add(id(r))
    return out

