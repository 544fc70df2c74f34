"""A retrospective lead: the lead's first sentence tells a pair's bond decades before the page, and the page counts
its years from that day up to its own time. Such a page reports no recent occasion, so the stamp's month dates
nothing either (:func:`hoptac.core.extract.undated.undated_main`, on a stamped page whose lead tells its occasion with
no date and no "vừa"): the event is kept without a date. A stamp's year given to the old day's sentence would type a
November 2023 "signing" from a twinning of November 1968 -- a wrong year, the worst answer.

Each shape (all needed for its row; folded text; sentences written for them, the tests use others):

=========================  =================================================================  ==========================
shape                      what the page says                                                 written for it
=========================  =================================================================  ==========================
counted_in_headline        the old day, in the lead's first sentence, is one historic_dates   head "Huyện A và huyện B:
(round 18)                 reads as counted up to the stamp ("60 năm kết nghĩa" in the        60 năm kết nghĩa", stamped
                           headline or the lead; verdict "past", ``WHY_COUNTED``)             2020; "Thực hiện chủ trương
                                                                                              …, ngày 12/3/1960, … lễ kết
                                                                                              nghĩa … được tổ chức …"
counted_by_anniversary     the old day, in the lead's first sentence, is the day an           "Cách đây 50 năm, …; theo
(round 54, late54d)        anniversary of the page counts from ("(12/3/1967-12/3/2017)",      chủ trương …, ngày 12/3/1967,
                           verdict "founding", ``verdicts.WHY_COUNTED_FROM``), at least       tại … đã diễn ra Lễ kết
                           ``historic_dates.OLD_YEARS`` before the stamp's year; the          nghĩa giữa huyện A và huyện
                           sentence tells the bond after it (``historic_dates.HISTORIC_AFTER``: B." + "(12/3/1967-12/3/2017)"
                           "kết nghĩa", "thành lập" …), and names no present occasion before  stamped 10/03/2017
                           it (``_CELEBRATES``: "Nhân dịp kỷ niệm 50 năm ngày kết nghĩa
                           12/3/1967, đoàn huyện A đến thăm …" is this year's visit)
=========================  =================================================================  ==========================

With no stamp (late54e), counted_by_anniversary counts from the anniversary itself: its later year ("(20/11/1968-
20/11/2023)": 2023) stands for the stamp's, the other conditions the same (asked in ``undated_main``'s unstamped
branch, where the anniversary's year would otherwise date the old day's sentence; counted_in_headline stays a stamped
page's). A lead that is one sentence telling an old bond as the page's background (historic_dates' old_lead_days:
"Ngày 3/9/1950, hai địa phương đã ký kết nghĩa, …" in a paragraph of its own) leaves the shapes to the paragraph after it.

The first sentence ends at a full stop ("." "!" "?" before a space or the end): a semicolon inside it ("Cách đây 55
năm, giữa lúc …; thực hiện chủ trương …, ngày …") does not end it.

Left as they were (tests/test_round54_late54d.py): a page reporting the anniversary's ceremony by its day ("Sáng
12/3, … tổ chức lễ kỷ niệm 50 năm ngày kết nghĩa (12/3/1967 - 12/3/2017)": that day is chosen before this module is
asked); a recent occasion ("Vừa qua, đoàn huyện B đã đến thăm …", the stamp's month: the recent branch never asks);
a lead that celebrates the old day ("Nhân dịp kỷ niệm …").
"""

from __future__ import annotations

import re

__all__ = ["RETROSPECTIVE_SHAPES", "retrospective_lead"]

#: (name, example) of each shape, as the module's table gives them.
RETROSPECTIVE_SHAPES: tuple[tuple[str, str], ...] = (
    ("counted_in_headline", "Huyện An Phú và huyện Bình Sơn: 60 năm kết nghĩa / Thực hiện chủ trương của Trung ương, "
                            "ngày 12 tháng 3 năm 1960, … lễ kết nghĩa … được tổ chức trọng thể."),
    ("counted_by_anniversary", "Cách đây 50 năm, …; theo chủ trương của Tỉnh ủy hai tỉnh, ngày 12/3/1967, tại trụ sở "
                               "Huyện ủy A đã diễn ra Lễ kết nghĩa giữa huyện A và huyện B. … (12/3/1967-12/3/2017)"),
)
#: The end of the lead's first sentence.
_FULL_STOP = re.compile(r"[.!?](?:\s|$)")
#: A present occasion named before the old day in its sentence: the day is what it celebrates, not its story.
_CELEBRATES = re.compile(r"\b(?:nhan dip|dip|chao mung|huong toi|ky niem)\b")


def retrospective_lead(readings, folded: str, lead, published) -> bool:
    """Does the lead's first sentence tell an old day the page counts its years from (a shape of
    :data:`RETROSPECTIVE_SHAPES`)? Then the page reports no recent occasion, and the stamp's month is no
    occasion's date."""
    # (here: historic_dates reads trips, which reads undated, which reads this module; verdicts reads undated)
    from .historic_dates import _AFTER, _WHY_BEFORE_UNDATED, OLD_YEARS, WHY_COUNTED
    from .verdicts import WHY_COUNTED_FROM
    l0, l1 = lead
    if any(r.verdict == "past" and r.why == _WHY_BEFORE_UNDATED and l0 <= r.mention.start < l1 for r in readings):
        l0, l1 = _after_background(folded, l0, l1)   # "Ngày 28/4/1953, … đã ký kết nghĩa …" alone: the next paragraph
    olds = [r for r in readings if l0 <= r.mention.start < l1 and (
        (r.verdict == "past" and r.why == WHY_COUNTED) or (r.verdict == "founding" and r.why == WHY_COUNTED_FROM))]
    if not olds:
        return False
    stop = _FULL_STOP.search(folded, l0, l1)
    first = stop.start() if stop else l1
    for r in olds:
        m = r.mention
        if m.start >= first:
            continue
        if r.verdict == "past":
            if published is None:
                continue   # (counted_in_headline is read on stamped pages only, as before)
            return True   # counted_in_headline
        ref = published.year if published is not None else _anniversary_end(readings, m)
        if (m.year and ref is not None and ref >= m.year + OLD_YEARS
                and _AFTER.match(folded, m.end, first + 1) and not _CELEBRATES.search(folded, l0, m.start)):
            return True   # counted_by_anniversary
    return False


def _anniversary_end(readings, m) -> int | None:
    """With no stamp, the reference year of counted_by_anniversary: the later year of the page's anniversary that counts
    from the day ``m`` ("(20/11/1968-20/11/2023)": 2023), the page's own time (late54e)."""
    ends = [a.end_year for r in readings if r.verdict == "anniversary" and (a := r.mention).end_year and a.year == m.year
            and (not a.month or (a.month, a.day) == (m.month, m.day))]
    return max(ends, default=None)


def _after_background(folded: str, l0: int, l1: int) -> tuple[int, int]:
    """A lead that is one sentence telling an old bond as the background of the page's own occasion (historic_dates'
    old_lead_days): the paragraph after it is where the page begins its own story (late54e); else the lead itself."""
    stop = _FULL_STOP.search(folded, l0, l1)
    if stop is not None and folded[stop.end():l1].strip():
        return l0, l1   # the lead goes on: its own sentences tell the occasion
    s = l1
    while s < len(folded) and folded[s].isspace():
        s += 1
    e = folded.find("\n", s)
    return (s, e if e >= 0 else len(folded)) if s < len(folded) else (l0, l1)
