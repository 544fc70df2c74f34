"""The year of a lead's undated traditional New Year visit (round 36: late36c), asked with
:mod:`.lead_anniversary` for a lead that dates no occasion.

A lunar or traditional New Year (Tết Nguyên đán, Tết cổ truyền, Bunpimay, Chôl Chnăm Thmây, Songkran) falls from
late January to mid-April. What a side achieved in a whole year Y ("đạt được trong năm Y", the cue
``achieved_year`` of :mod:`.year_achieved`: Y+1 from January to June) told at such a New Year's greeting is last
year's: the greeting's year is Y+1 (year only: the lead gives no day).

==================  ==========================================================================================
what                example (written for the table)
==================  ==========================================================================================
``new_year_after``  lead "Nhân dịp Tết cổ truyền Bunpimay, đoàn huyện A đã đến chúc Tết huyện B." and the body
                    "… chúc mừng những kết quả mà huyện B đã đạt được trong năm 2023": 2024
==================  ==========================================================================================

Only when the lead names such a New Year (not "Tết Dương lịch", 1 January: greeted in the December before),
every ``achieved_year`` cue of the page gives the same year, and no other cue of weight ``spring``'s or more
gives a year (a New Year named with its year, "Tết Nguyên đán Giáp Thìn 2024", is the ``spring`` cue's).
"""

from __future__ import annotations

import re

from .year_cue_kinds import CUE, YearCue

__all__ = ["NEW_YEARS", "new_year_cue"]

#: A traditional New Year named in the lead (folded).
NEW_YEARS = re.compile(r"\b(?:tet\s+(?:nguyen dan|co truyen|am lich)|bunpimay|bun pi may|chol chnam thmay|"
                       r"chol chnam thmey|songkran)\b")


def new_year_cue(cues: list[YearCue], folded: str, lead) -> YearCue | None:
    """The cue ``new_year_after`` (see the module), or None."""
    l0, l1 = lead
    named = NEW_YEARS.search(folded, l0, l1)
    if named is None:
        return None
    achieved = {c.year for c in cues if c.name == "achieved_year"}
    others = {c.year for c in cues if c.name != "achieved_year" and c.weight >= CUE["spring"].weight}
    if len(achieved) != 1 or others - {next(iter(achieved)) + 1}:
        return None
    return YearCue(named.start(), next(iter(achieved)) + 1, "new_year_after", CUE["new_year_after"].weight,
                   named.start(), named.end())
