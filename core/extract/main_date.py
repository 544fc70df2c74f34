"""Which date is the main event's: each candidate scored by where it stands (:data:`PLACE_SCORES`),
and :func:`choose_main` with why it was chosen.
"""

from __future__ import annotations

import re
from datetime import date as _date, timedelta
from typing import TYPE_CHECKING

from .chrome import AGENCY_TAG, is_archive_caption
from .trips import sentence_start as _sentence_start
from ..messages import M_

if TYPE_CHECKING:
    from .verdicts import Reading

#: How the main event's date is chosen among the candidates: the highest score wins,
#: the earliest on a tie.
PLACE_SCORES = {
    "lead": 100,             # in the lead paragraph
    "near_lead": 40,         # in the next two paragraphs
    "sentence_start": 30,    # opens its sentence (after an agency tag): "Ngày 21/3, …"
    "clause_start": 20,      # opens a clause: "…, chiều ngày 27/11/2025, đồng chí …"
    "after_event_word": 10,  # "diễn ra chiều 01/04", "vào chiều 14/6", "… tại X ngày 10/8"
    "after_predicate": 10,   # in brackets after the sentence's "đã"/"vừa" + verb: "… đã đến thăm tỉnh B (5/3)"
    "document_line": 100,    # a reproduced document's own line 'Bắc Ninh, ngày 18 tháng 12 năm 2025'
    "caption": -60,          # a caption: only when nothing else is dated
    "month_only": -15,       # "tháng 3": a day date is better
    "title_block": 150,      # a range alone on its line above the lead: "(từ ngày 12 đến 16/9/2015)" (round 58)
}
#: TITLE_BLOCK_RANGE (round 58): a report's title block written in lines under (or inside) the headline may close
#: with the report's own days, a range with its year alone on its line, perhaps in brackets: "Tường trình chuyến
#: thăm … / tại tỉnh B / (từ ngày 12 đến 16/9/2015)". The report's subject, over the lead's first day, which may tell
#: its backstory ("Ngày 2/9, sau khi nhận được tin …, hội đã quyên góp …"). Only a range (a stamp is one day) with
#: its year, before the lead, and nothing but brackets beside it on its line.
_TITLE_BLOCK_LINE = re.compile(r"[^\S\n]*[(\[]?[^\S\n]*")
_TITLE_BLOCK_END = re.compile(r"[^\S\n]*[)\]]?[^\S\n]*(?:\n|\Z)")


def in_title_block(text: str, m) -> bool:
    """Is ``m`` a range with its year alone on its line, perhaps in brackets (TITLE_BLOCK_RANGE)?"""
    return bool(m.end_day and m.year and _TITLE_BLOCK_LINE.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start)
                and _TITLE_BLOCK_END.match(text, m.end))

#: The day between the subject's comma and the verb opens the predicate as "clause_start" (para31):
#: "Lãnh đạo tỉnh A, ngày 26/7 đã làm việc với …", "Đoàn công tác tỉnh A, sáng 5/3 vừa đến thăm …"
#: (a lunar day may stand between: "…, sáng 1/12 (tức ngày 6 tháng 11 năm Kỷ Hợi) đã khai mạc …"; para32)
_THEN_DONE = re.compile(r"(?:\s*\((?:tuc|mung|nham)\s[^()]{0,60}\))?(?:\s+(?:da|vua)\s|(?<=\))\s*,)")
#: (… and the comma after the lunar day: "Theo đó, sáng 12/10/2023 (nhằm ngày 28/08/ Quý Mão), đoàn …"; late58a)
_EVENT_WORD = re.compile(r"\b(?:dien ra|to chuc|vao|tai [^,.;]{1,60}|khai mac|be mac)\s+$")
#: A day in brackets after its sentence's predicate (round 36): "… đã đến thăm và làm việc tại tỉnh B (5/3)", "… vừa
#: tiếp đoàn đại biểu huyện C (ngày 12.4)" closes the occasion the sentence tells; a bracketed day in an opening
#: phrase before the subject, "Tiếp nối Hội nghị … tổ chức tại Hà Nội (5/3), đoàn … đã đến thăm … (8/3)", is
#: another occasion's, and the predicate's day is preferred.
_AFTER_PREDICATE = re.compile(r"\b(?:da|vua|moi)\s+[^\W\d]")
#: A part of the month written before it ("Vào trung tuần tháng 5/2022, huyện A tổ chức …", "Đầu tháng 3/2021, …",
#: "Cuối tháng 10/2019, …"): the month still opens its sentence (late48c; before, only the bare "Tháng 5/2022, …" did,
#: and a body's month so told scored below zero and was set aside). (folded words, example)
MONTH_PARTS: tuple[tuple[str, str], ...] = (
    ("thuong tuan / trung tuan / ha tuan", "Vào trung tuần tháng 5/2022, huyện A tổ chức giao lưu văn nghệ."),
    ("dau / giua / cuoi", "Đầu tháng 3/2021, đoàn công tác tỉnh A đã sang thăm tỉnh B."),
    ("vao / trong before them", "Vào cuối tháng 10/2019, hai huyện phối hợp tổ chức hội thi."),
)
_MONTH_PART_OPENING = re.compile(r"(?:(?:vao|trong)\s+)?(?:(?:thuong|trung|ha)\s+tuan|dau|giua|cuoi)\s+")
# ... and why the main event's date was chosen
_WHY_IN_LEAD = M_("in the lead")
_WHY_IN_BODY = M_("in the body")
_WHY_CAPTION_ONLY = M_("in a caption: the text itself dates nothing else")


def _score(readings: list[Reading], text: str, folded: str, lead, paragraphs) -> None:
    lead_s, lead_e = lead
    after_lead = [p for p in paragraphs if p[0] >= lead_e][:2]
    for r in readings:
        if r.verdict not in ("event", "range", "issued", "caption"):
            continue
        m = r.mention
        sc = r.score  # a document's own line starts with its place
        if r.in_lead:
            sc += PLACE_SCORES["lead"]
        elif m.start < lead_s and r.verdict == "range" and in_title_block(text, m):
            sc += PLACE_SCORES["title_block"]   # "(từ ngày 12 đến 16/9/2015)" on its line above the lead
        elif any(s <= m.start < e for s, e in after_lead):
            sc += PLACE_SCORES["near_lead"]
        floor = next((s for s, e in paragraphs if s <= m.start < e), max(0, m.start - 400))
        start = _sentence_start(folded, m.start, floor)
        while start < m.start and text[start].isspace():
            start += 1
        tag = AGENCY_TAG.match(text, start)  # "(VOV5) - ", "Lao Động - "
        head = folded[tag.end() if tag and tag.end() <= m.start else start:m.start]
        if not head.strip() or (m.text[:5].lower() == "tháng" and _MONTH_PART_OPENING.fullmatch(head.lstrip())):
            sc += PLACE_SCORES["sentence_start"]
        elif head.rstrip().endswith(",") and (folded[m.end:m.end + 2].lstrip().startswith(",")
                                              or _THEN_DONE.match(folded, m.end)):
            sc += PLACE_SCORES["clause_start"]
        elif _EVENT_WORD.search(head[-80:]):
            sc += PLACE_SCORES["after_event_word"]
        elif head.rstrip().endswith("(") and _AFTER_PREDICATE.search(head):
            sc += PLACE_SCORES["after_predicate"]
        if r.verdict == "caption":
            sc += PLACE_SCORES["caption"]
        if m.precision != "day":
            sc += PLACE_SCORES["month_only"]
        r.score = sc


def choose_main(readings: list[Reading]) -> tuple[Reading | None, str]:
    """The main event's date and why it was chosen."""
    cands = [r for r in readings if r.verdict in ("event", "range", "issued", "caption")
             and r.mention.precision in ("day", "month") and r.mention.kind == "date"]
    if not cands:
        return None, M_("no date of an occasion in the text")
    best = max(cands, key=lambda r: (r.score, -r.mention.start))
    why = _WHY_IN_LEAD if best.in_lead else _WHY_IN_BODY
    if best.verdict == "caption":
        why = M_("{why}; {more}", why=why, more=_WHY_CAPTION_ONLY)
    others = [r for r in readings if r is not best and r.verdict != "headline"]
    if others:
        why = M_("{why}; {more}", why=why, more=M_("over {dates}", dates=", ".join(f"'{r.mention.text}' ({r.verdict})" for r in others[:4])))
    return best, M_("{verdict}, score {score}: {why}", verdict=best.verdict, score=best.score, why=why)


_ONE_DAY = timedelta(days=1)
_WHY_CAPTION_BEFORE = M_("a caption dated before what the body tells as earlier: an earlier occasion's photo")


def captions_before(readings: list[Reading], floor):
    """Photo captions dated before ``floor`` (the latest day the body tells as earlier than its
    occasion: a plan it carries out, a document it implements) show an earlier occasion ("Hội nghị …
    tổ chức tại tỉnh A ngày 24/3/2023 Ảnh: …" under "Để triển khai Kế hoạch … ngày 26/9/2023, UBND
    tỉnh A đã ban hành văn bản …"), never the page's: they become earlier milestones (verdict
    "past"). Only a caption with its own year (a yearless one is read against the page's year).
    Returns ``floor``."""
    if floor is None:
        return floor
    for r in readings:
        m = r.mention
        if r.verdict == "caption" and m.year and m.month and m.precision == "day":
            try:
                if _date(m.end_year or m.year, m.end_month or m.month, m.end_day or m.day or 1) < floor - _ONE_DAY:
                    r.verdict, r.why, r.score = "past", _WHY_CAPTION_BEFORE, 0
            except ValueError:
                continue
    return floor


_WHY_ARCHIVE_CAPTION = M_("a caption of an archive photo ('Ảnh tư liệu'): an earlier occasion's, never the page's")


def archive_captions_past(readings: list[Reading], captions, folded: str) -> None:
    """Dates in the caption of an archive or stock photo ("Lãnh đạo hai tỉnh ký kết … ngày 9/4/2019. (Ảnh tư
    liệu)", chrome.ARCHIVE_PHOTO) show an earlier occasion: earlier milestones (verdict "past"), never the
    main event, even on a page whose text dates nothing (round 21: the year probe's ``caption_archive``;
    events already kept their years from the page's other days)."""
    spans = [(s, e) for s, e in captions if is_archive_caption(folded[s:e])]
    for r in readings:
        if r.verdict == "caption" and any(s <= r.mention.start < e for s, e in spans):
            r.verdict, r.why, r.score = "past", _WHY_ARCHIVE_CAPTION, 0


#: How far apart (days, any year) a caption's full date and the main day may be for the caption to lend its
#: year: none (round 32). A photo caption's date is the photo's; it is the occasion's only on the occasion's own
#: day ("Quang cảnh lễ ký kết … ngày 12/5/2021. Ảnh: …" under "Sáng 12/5, …"), or within the days the main
#: event spans ("Lãnh đạo hai tỉnh hội đàm … ngày 19/9/2020. Ảnh: …" under "Từ ngày 18 đến 21/9, …"). Two or
#: sixteen days off ("… ngày 12/5/2020. Ảnh: …" under "Chiều 28/5, …") it shows another occasion, an earlier
#: signing or an archive photo (the year probe's ``caption_dated``: 27 wrong years with a window of 31 days).
CAPTION_REACH_DAYS = 0


def _days(m) -> tuple | None:
    """(first, last) day of a mention, in the year 2000 (a leap year), or None where it has no month."""
    if not m.month:
        return None
    first = _date(2000, m.month, min(m.day or 1, 29 if m.month == 2 else 30 if m.month in (4, 6, 9, 11) else 31))
    if m.day is None:   # a month: its whole month
        last = (_date(2000, m.month % 12 + 1, 1) - _ONE_DAY) if m.month < 12 else _date(2000, 12, 31)
        return first, last
    last = first
    if m.end_day:
        try:
            last = _date(2000, m.end_month or m.month, m.end_day)
        except ValueError:
            last = first
    return (first, last) if last >= first else (first, first)


def captions_of_other_days(dates, captions, main) -> set[int]:
    """The starts of the dates with their year in photo captions whose days lie more than
    :data:`CAPTION_REACH_DAYS` from the main event's days ("Quang cảnh lễ ký kết … ngày 12/5/2021. Ảnh: …" under
    "Sáng 18/9, …" or "Chiều 28/5, …"): the photo shows another occasion, and its year is not the main day's
    (round 21, round 32: the year probe's ``caption_dated``). A caption of the same day ("Ngày 16/8, diễn ra lễ
    ký … (Ảnh: …)") or of a day within the main event's ("Từ ngày 18 đến 21/9" and "… ngày 19/9/2020. Ảnh: …")
    keeps lending it."""
    if main is None or not main.month or not captions:
        return set()
    span = _days(main)
    out = set()
    for d in dates:
        if d is main or not d.year or not d.month or not any(s <= d.start < e for s, e in captions):
            continue
        own = _days(d)
        if own is None or span is None:
            continue
        # apart by the days between the spans, across the new year too (any year)
        gap = max((own[0] - span[1]).days, (span[0] - own[1]).days, 0)
        if min(gap, 366 - gap) > CAPTION_REACH_DAYS:
            out.add(d.start)
    return out


#: The lead dates its occasion by its year alone and the one month the text dates is of another year, further
#: down (round 41, late41a). The month is then a later or earlier milestone, not the lead's occasion: no main
#: date (a wrong year is worse than none). A linguist's table: name, example (our own sentences), reading.
LEAD_YEAR_RULES = (
    ("lead_year_over_body_month",
     "Năm 2008, chương trình khảo sát tuyến du lịch giữa ba tỉnh A - B - C được tiến hành. … "
     "Tháng 8-2009, lãnh đạo bốn tỉnh đã ký kết hợp tác …",
     "the 2009 month is a later milestone: the occasion's date is unknown, never 2009-08"),
    ("same_year_month_kept (counter-shape)",
     "Năm 2024, hai tỉnh đẩy mạnh liên kết du lịch. … Tháng 8/2024, lãnh đạo hai tỉnh đã ký kết …",
     "the month is of the lead's year: kept (2024-08)"),
    ("lead_month_kept (counter-shape)",
     "Tháng 8/2009, tại tỉnh A, bốn tỉnh đã ký kết hợp tác … (the lead itself dates the month)",
     "a month in the lead is the lead's: kept"),
)


LEAD_YEAR_WHY = M_("the lead dates its occasion by another year; the body's month is another occasion's")


def lead_year_of_another(main: Reading | None, readings: list[Reading]) -> bool:
    """True when ``main`` is a body's month (no day, outside the lead) whose stated year differs from the
    year-only occasion the lead tells (verdict "event", written "năm 2008"): LEAD_YEAR_RULES."""
    if main is None or main.in_lead or main.mention.precision != "month" or main.mention.year is None:
        return False
    return any(r.in_lead and r.verdict == "event" and r.mention.precision == "year" and r.mention.year
               and r.mention.year != main.mention.year for r in readings)


def body_month_aside(main: Reading | None, why: str, readings: list[Reading], published):
    """``(main, why, lead_year)``: a body's month set aside as no date of the occasion -- one far down the body
    ("Đặc biệt, trong tháng 10/2019, … đã ký kết", a negative score) or two years or more before the stamp
    ("… tặng tháng 11/2015" on a page stamped 2024) -- or one of another year than the lead's year-only occasion
    (LEAD_YEAR_RULES: then ``lead_year`` is True and no undated reading may give a year either)."""
    if main is not None and main.mention.precision == "month" and not main.in_lead and (
            main.score < 0 or (published and (main.mention.year or 9999) <= published.year - 2)):
        return None, M_("no date of an occasion in the text"), False
    if lead_year_of_another(main, readings):   # "Năm 2008, …" over "Tháng 8-2009, … ký kết"
        return None, LEAD_YEAR_WHY, True
    return main, why, False
