"""Days set out by a plan the page reports issued: the planned occasion's, not the issue's (used by
:func:`hoptac.core.extract.verdicts.judge` before scoring).

A lead that reports a plan just issued and dates only what the plan sets out ("UBND tỉnh A mới ban
hành Kế hoạch số 12/KH-UBND về việc tổ chức Tuần Văn hóa … tại tỉnh B từ ngày 25-27/10/2023.")
reports the issue (an announcement): the planned week comes after it, so its days are no date of the
page's occasion (verdict "planned": an other milestone when its year is stated), nor are the same days told again below ("Theo kế hoạch, các hoạt
động … được tổ chức từ ngày 25-27/10/2023"). The issue then has the stamp's month when told as recent
("mới", "vừa"), else no date. A page that tells the planned occasion in a sentence of its own, with the
plan's issue undated ("… vừa ban hành Kế hoạch tổ chức Tuần lễ … . Sự kiện sẽ diễn ra từ ngày 25/4 …"),
is not read here: the occasion stays its news. Nor a day before the verb ("Ngày 3/8, UBND tỉnh ban hành
Kế hoạch …": the issue's day), nor the document's own date ("Kế hoạch số 12/KH-UBND ngày 3/8/2023":
verdict "document"; in brackets right after its noun, "có văn bản (ngày 21.11) gửi …", it stays the
occasion's). All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..messages import M_
from .trips import sentence_start

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["ISSUING", "PLAN_NOUNS", "planned_by_an_issued_plan", "issued_plan_lead"]

#: The verb of issuing a plan (folded), each with a sentence written for it.
ISSUING: tuple[tuple[str, str], ...] = (
    ("ban hanh", "UBND tỉnh A mới ban hành Kế hoạch số 12/KH-UBND về việc tổ chức Tuần Văn hóa … từ ngày 25-27/10/2023."),
    ("phe duyet", "Sở Văn hóa tỉnh A vừa phê duyệt kế hoạch tổ chức Ngày hội du lịch tại tỉnh B vào ngày 12/11/2024."),
    ("co (?:van ban|cong van)", "UBND tỉnh A vừa có văn bản thống nhất tổ chức Hội chợ tại tỉnh B từ ngày 3 đến 6/12/2022."),
)
#: What is issued: a plan or a decision that sets out an occasion (folded), right after the verb.
PLAN_NOUNS = r"ke hoach|quyet dinh|de an|thong bao|van ban|cong van"
#: The verb and its document, then the rest of the sentence up to the day (no new clause or sentence).
_ISSUED = re.compile(r"\b(?:(?:ban hanh|phe duyet)\s+(?:%s)|co\s+(?:van ban|cong van))\b[^.;!?\n]{0,220}$" % PLAN_NOUNS)
_GATE = ("ban hanh", "phe duyet", "co van ban", "co cong van")   # (substrings the regex cannot match without)
_WHY = M_("the days an issued plan sets out ('mới ban hành Kế hoạch … tổ chức … từ ngày …'): the planned "
          "occasion's, not the issue's (issued_plans)")
#: The document's own date, right after its noun, bare or in brackets, its number between or not (round 42, late42c:
#: water42 06, "UBND tỉnh A vừa có văn bản (ngày 21.11) gửi UBND tỉnh B đề nghị …"): the day the letter was issued or
#: sent, the page's occasion, not a day it sets out. (Written "Kế hoạch số 12/KH-UBND ngày 3/8/2023" it is read as
#: the document's date before this module; this is the shape that reaches it.)
_OWN_DATE = re.compile(r"\b(?:%s)(?:\s+so\s+[\w/.-]+)?\s*\(?\s*$" % PLAN_NOUNS)
#: How far back the issuing verb may stand from the planned day.
REACH = 260


def planned_by_an_issued_plan(readings: list[Reading], folded: str, lead: tuple[int, int]) -> None:
    """Mark "planned" a day of the lead that an issued plan's sentence sets out, and the same days told again."""
    planned: set[tuple] = set()
    for r in readings:
        m = r.mention
        if not (r.in_lead and r.verdict in ("event", "range") and m.day and m.month):
            continue
        lo = max(sentence_start(folded, m.start, max(lead[0], m.start - REACH)), m.start - REACH)
        head = folded[lo:m.start]
        if not any(w in head for w in _GATE) or (issued := _ISSUED.search(head)) is None:
            continue
        if _OWN_DATE.search(head, max(0, len(head) - 40)) is not None:
            continue   # "vừa có văn bản (ngày 21.11) gửi …": the document's own date
        verb_at = lo + issued.start()
        if any(lo <= o.mention.start < verb_at and o.mention.day for o in readings):
            continue   # "Ngày 3/8, UBND tỉnh ban hành Kế hoạch …": a day before the verb dates the issue itself
        r.verdict, r.why, r.score = "planned", _WHY, 0
        planned.add(_days(r))
    if planned:
        for r in readings:
            if r.verdict in ("event", "range") and _days(r) in planned:
                r.verdict, r.why, r.score = "planned", _WHY, 0


def _days(r: Reading) -> tuple:
    m = r.mention
    return (m.month, m.day, m.end_month or m.month, m.end_day or m.day)


def issued_plan_lead(readings: list[Reading]) -> bool:
    """Did the lead date only what an issued plan sets out? (Then the page's year cues name the planned
    occasion -- "Tuần Văn hóa … thiết thực kỷ niệm 61 năm …" -- not the issue: only the stamp dates it.)"""
    return any(r.in_lead and r.verdict == "planned" for r in readings) and not any(
        r.in_lead and r.verdict in ("event", "range") and r.mention.day for r in readings)
