"""The year of a lead's traditional New Year greeting (round 36: late36c, a lead that dates no occasion; round 37:
late37c, a lead that gives the day and month), asked with :mod:`.lead_anniversary` for the first and by
:mod:`.events` for the main day of the second.

A lunar or traditional New Year (Tết Nguyên đán, Tết cổ truyền, Bunpimay, Chôl Chnăm Thmây, Songkran) falls from
late January to mid-April. What a side achieved in a whole year Y ("đạt được trong năm Y", the cue
``achieved_year`` of :mod:`.year_achieved`: Y+1 from January to June), or what the two sides did through a whole
year Y summed up as done ("trong năm Y, hai tỉnh đã có những chuyến thăm …", ``_SUMMED_YEAR``), told at such a New
Year's greeting is last year's: the greeting's year is Y+1.

==================  ==========================================================================================
what                example (written for the table)
==================  ==========================================================================================
``new_year_after``  lead "Nhân dịp Tết cổ truyền Bunpimay, đoàn huyện A đã đến chúc Tết huyện B." and the body
                    "… chúc mừng những kết quả mà huyện B đã đạt được trong năm 2023": 2024 (year only)
(a year summed up)  lead "Nhân dịp Tết cổ truyền Chôl Chnăm Thmây, ngày 9/4, đoàn tỉnh A đã đến chúc Tết tỉnh B."
                    and the body "Trong năm 2023, hai tỉnh đã có nhiều chuyến thăm, trao đổi kinh nghiệm": 2024-04-09
(round 40: a bare   headline "Đoàn tỉnh A (Campuchia) chúc Tết tỉnh B", lead "Tại buổi tiếp, Phó Chủ tịch UBND
"chúc Tết", named   tỉnh B cảm ơn đoàn …" and the body "Trong năm 2025, tỉnh đã tổ chức thành công các lễ hội
in the headline     truyền thống …": 2026 (year only). The headline names the occasion only where the lead
over a framed lead; opens on it ("Tại buổi tiếp", "Tại buổi làm việc": ``undated.FRAMED_LEAD``); "thành công"
"thành công")       may stand between the verb and the plural.
NOT                 "chúc Tết" beside "Tết Dương lịch", "Giáng sinh", "Noel" (1 January); a headline's "chúc
                    Tết" over a lead that tells its own occasion ("Đoàn … đã đến thăm …"); "trong năm 2026,
                    tỉnh sẽ tổ chức thành công các …" (planned)
==================  ==========================================================================================

Only when the lead names such a New Year (not "Tết Dương lịch", 1 January: greeted in the December before), every
year so told gives the same year, and no other cue of weight ``spring``'s or more gives a year (a New Year named
with its year, "Tết Nguyên đán Giáp Thìn 2024", is the ``spring`` cue's). A year summed up is "trong năm Y" (not
"từ năm Y", since; not "trong năm Y - Y'", a span), then the subject and "đã" with a verb of doing and a plural
("đã có những / nhiều / các …", "đã tổ chức nhiều …"); a year planned ("sẽ tổ chức nhiều …") is none.

For a lead's day (:func:`dated_new_year_cue`), also: the day and month in the lead, from January to April (the New
Year's season: a greeting in another month is of another occasion), the page has no publication time (a stamp
gives the year as before), and no year the page names is later than Y+1 (the year summed up is then no last year).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .undated import FRAMED_LEAD
from .year_cue_kinds import CUE, YearCue

__all__ = ["NEW_YEARS", "new_year_cue", "dated_new_year_cue", "summed_years"]

#: A traditional New Year named in the lead (folded).
NEW_YEARS = re.compile(r"\b(?:tet\s+(?:nguyen dan|co truyen|am lich)|bunpimay|bun pi may|chol chnam thmay|"
                       r"chol chnam thmey|songkran|chuc tet)\b")
#: A year's doings summed up as done: "trong năm 2023, hai tỉnh đã có những chuyến thăm …" (folded; group 1 the year;
#: up to 60 characters of subject between, in the clause).
_SUMMED_YEAR = re.compile(r"(?<!\btu )(?<!\bke tu )\btrong nam (\d{4})(?!\s*(?:-|–|va|den|toi)\s*\d)\s*,?\s+"
                          r"[^.;!?\n]{0,60}?\bda\s+(?:co|to chuc|trao doi|phoi hop|thuc hien|trien khai|cu)\s+"
                          r"(?:thanh cong\s+)?(?:rat\s+)?(?:nhung|nhieu|cac|hang loat)\b")
#: Any year written in the page (folded).
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: The months of a New Year's greeting dated in the lead.
SEASON = (1, 4)


#: The words every ``_SUMMED_YEAR`` opens with: it is tried only where they stand (round 38; searched for, the
#: pattern, which opens with look-behinds, was tried at every character of the page).
_SUMMED_OPENS = "trong nam "


def summed_years(folded: str) -> dict[int, tuple[int, int]]:
    """The years of ``_SUMMED_YEAR`` in the page, each with the span of its first such words (as its ``finditer``
    gives them: the next looked for after the last one's end)."""
    out: dict[int, tuple[int, int]] = {}
    end = 0
    i = folded.find(_SUMMED_OPENS)
    while i >= 0:
        if i >= end and (m := _SUMMED_YEAR.match(folded, i)) is not None:
            out.setdefault(int(m.group(1)), m.span())
            end = m.end()
        i = folded.find(_SUMMED_OPENS, i + 1)
    return out


def _last_year(cues: list[YearCue], folded: str) -> tuple[int, tuple[int, int]] | None:
    """The one year the page reviews as a whole (achieved or summed up), when no strong cue gives another: Y,
    with the span of the words that tell it."""
    told = {c.year: (c.start, c.end) for c in reversed(cues) if c.name == "achieved_year"}
    told = {**summed_years(folded), **told}
    others = {c.year for c in cues if c.name != "achieved_year" and c.weight >= CUE["spring"].weight}
    if len(told) != 1 or others - {next(iter(told)) + 1}:
        return None
    return next(iter(told.items()))


#: A solar New Year named beside a bare "chúc Tết" (folded): then the greeting is for 1 January, not a lunar New Year.
_SOLAR = re.compile(r"\b(?:tet\s+duong lich|duong lich|giang sinh|noel)\b")


def _named(folded: str, a: int, b: int) -> re.Match | None:
    """The traditional New Year named between ``a`` and ``b``; a bare "chúc Tết" only where no solar New Year is."""
    m = NEW_YEARS.search(folded, a, b)
    if m is not None and m.group().startswith("chuc tet") and _SOLAR.search(folded, a, b):
        return None
    return m


def new_year_cue(cues: list[YearCue], folded: str, lead, headline: tuple[int, int] | None = None) -> YearCue | None:
    """The cue ``new_year_after`` for a lead that dates no occasion (see the module), or None. ``headline``: its
    span, where the New Year may be named instead ("… chúc Tết tại UBND tỉnh B" over "Tại buổi tiếp, …")."""
    l0, l1 = lead
    named = _named(folded, l0, l1) or (_named(folded, *headline) if headline and FRAMED_LEAD.match(folded, l0) else None)
    if named is None or (last := _last_year(cues, folded)) is None:
        return None
    return YearCue(named.start(), last[0] + 1, "new_year_after", CUE["new_year_after"].weight, named.start(),
                   named.end())


def dated_new_year_cue(cues: list[YearCue], folded: str, lead, main: DateMention | None,
                       published) -> YearCue | None:
    """The cue ``new_year_after`` for the lead's own day and month (see the module), or None."""
    l0, l1 = lead
    if (published is not None or main is None or main.year is not None or not main.day or not main.month
            or not l0 <= main.start < l1 or not SEASON[0] <= main.month <= SEASON[1]):
        return None
    named = _named(folded, l0, l1)
    if named is None or (last := _last_year(cues, folded)) is None or any(
            int(n) > last[0] + 1 for n in _YEARS.findall(folded)):
        return None
    return YearCue(named.start(), last[0] + 1, "new_year_after", CUE["new_year_after"].weight, named.start(),
                   named.end(), also=last[1])
