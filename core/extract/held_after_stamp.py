"""A day the page shows as held, more than a week after its stamp: the stamp gives it no year (round 46, late46a).

A day after the stamp takes the stamp's year up to :data:`.year_from_stamp.AHEAD_DAYS` later: a preview or an
invitation is stamped weeks before its occasion, often with no "sẽ" next to the day (:mod:`.stamp_lag`: a first
rule that cut days "told as done" took a preview's year). A page that SHOWS the occasion held is no preview: a
photo of it taking place ("Các đại biểu tham dự Hội nghị sơ kết … Ảnh: …") is taken once it is under way. Such an
occasion more than :data:`HELD_AFTER_DAYS` after the stamp cannot lie in the stamp's year: the stamp is not the
page's own (a site's clock in its header, a date widget beside the hotline, a copy's line); which earlier year
it took place in the page does not say, and a wrong year is the worst answer -- no year (unless :func:`.stamp_lag.
supported` finds the page's own evidence for it).

What shows it held: a photo's caption (a line with its credit, "Ảnh: …"/"(Ảnh …)") that opens with the people
taking part or the scene (:data:`HELD_SCENES`) and names the occasion noun the day's sentence names
(:data:`OCCASION_NOUNS`). Not a caption of a file photo ("Ảnh minh họa", "Ảnh tư liệu") or of an earlier edition
("năm trước", "lần trước", a year written in it).

=====================  ==========================================================================================
row                    example (sentences written for the tests)
=====================  ==========================================================================================
caption, attendees     "Các đại biểu tham dự Hội nghị sơ kết hợp tác hai xã. Ảnh: Minh Hà" + "Sáng ngày 20-5, …
                       sang dự sơ kết hợp tác …" stamped 2/4/2023: no year (before: 2023)
caption, scene         "Quang cảnh buổi giao lưu. Ảnh: T.L" + "Chiều 18/6, … tổ chức giao lưu …" stamped 1/6
file photo (not)       "Ảnh minh họa: Quang cảnh một hội nghị sơ kết." -- a preview may carry one
told ahead (not)       "Sáng 20/5, hai xã sẽ tổ chức hội nghị sơ kết …": the stamp's year stays
=====================  ==========================================================================================
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DateMention
from .stamp_lag import told_ahead_before
from .year_from_stamp import AHEAD_DAYS, SENTENCE_END, _told_ahead
from ..text import fold

__all__ = ["HELD_AFTER_DAYS", "HELD_SCENES", "OCCASION_NOUNS", "held_after_stamp", "caption_shows_held"]

#: More than this many days after the stamp, a day the page shows held is not in the stamp's year (of 111 stamped
#: pages with a gold day, none was stamped more than 5 days before its occasion: stamp_lag's count).
HELD_AFTER_DAYS = 7
#: A caption's opening that shows the occasion taking place (folded), each with an example.
HELD_SCENES: tuple[tuple[str, str], ...] = (
    (r"(?:cac )?dai bieu (?:tham )?du", "Các đại biểu tham dự Hội nghị sơ kết hợp tác hai xã."),
    (r"quang canh|toan canh", "Quang cảnh buổi giao lưu văn nghệ giữa hai huyện."),
    (r"(?:cac )?dai bieu (?:cat bang|chup anh|trao)", "Các đại biểu cắt băng khánh thành cầu hữu nghị."),
)
#: The occasion nouns the caption and the day's sentence must share (folded).
OCCASION_NOUNS = ("so ket", "tong ket", "hoi nghi", "hoi dam", "hoi thao", "giao luu", "ky ket", "khanh thanh",
                  "buoi lam viec", "le ban giao", "ban giao", "dien dan", "hoi cho", "le hoi")
_SCENE = re.compile(r"\W*(?:" + "|".join(p for p, _ in HELD_SCENES) + r")\b")
_CREDIT = re.compile(r"(?:\bảnh\s*:|\(ảnh\b)", re.IGNORECASE)
_NOT_THIS_ONE = re.compile(r"\b(?:minh hoa|tu lieu|nam truoc|lan truoc|ky truoc|nam ngoai)\b|\b(?:19|20)\d{2}\b")


def caption_shows_held(text: str, sentence: str) -> bool:
    """Does a photo caption of the page show the occasion the (folded) ``sentence`` names taking place?"""
    nouns = [n for n in OCCASION_NOUNS if n in sentence]
    if not nouns:
        return False
    for line in text.splitlines():
        if len(line) > 400 or not _CREDIT.search(line):
            continue
        f = fold(line)
        if _SCENE.match(f) and not _NOT_THIS_ONE.search(f) and any(n in f for n in nouns):
            return True
    return False


def held_after_stamp(mention: DateMention, year: int, stamp: date, text: str) -> bool:
    """Is the mention's day (no year written) shown held and more than HELD_AFTER_DAYS, at most AHEAD_DAYS, after
    the stamp in ``year`` (the stamp's)? Then the stamp gives it no year."""
    month, day = mention.month, mention.day
    if mention.year is not None or mention.precision != "day" or not (month and day) or mention.end_day:
        return False
    try:
        lag = (date(year, month, day) - stamp).days
    except ValueError:
        return False
    if not HELD_AFTER_DAYS < lag <= AHEAD_DAYS or _told_ahead(mention, text) or told_ahead_before(mention, text):
        return False
    start = max(text.rfind("\n", 0, mention.start) + 1, 0)
    rest = fold(text[mention.end:mention.end + 400])
    stop = SENTENCE_END.search(rest)
    sentence = fold(text[start:mention.end]) + (rest[:stop.start()] if stop else rest)
    return caption_shows_held(text, sentence)
