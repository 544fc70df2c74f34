"""Occasions the text dates only indirectly: within a frame event whose days only the body
gives, or as told on a dated day by someone who reports it as recent.

"Trong khuôn khổ Tuần lễ Văn hóa 2024 vừa diễn ra tại Huế, hai tỉnh đã ký kết …" reports a
signing inside a frame event (a fair, a festival, a forum); a later sentence gives the frame's
own days ("Tuần lễ Văn hóa 2024 diễn ra từ 12/6-15/6 …"). The signing took place on one of
those days, the text does not say which: the occasion is dated to the frame's month (when
the frame lies within one month), not to the frame's span, nor to its first day.

A dated report: "Ngày 15/3, Sở Ngoại vụ tỉnh cho biết, hai tỉnh vừa tổ chức hội đàm …" dates
the telling; the occasion it tells came shortly before: its month (the convention for a
recent occasion dated by a page stamp), not the report's day.

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from ..messages import M_
from .dates import DateMention
from .tense_words import SAP, SE
from .vocab import TITLE_OPENERS

from .occasion_days import lasted   # the days the main day's occasion lasted, told later (late40e): with reported_days
from .trip_days import day_by_day   # a trip told one paragraph a day (late58a): its days, asked with reported_days

__all__ = ["within_frame", "reported_recent", "reported_days", "lasted", "day_by_day"]

# "Trong khuôn khổ <frame> vừa diễn ra / đang diễn ra / tại … / , …": the frame's name is what
# comes before the verb, the place or the comma (after an agency tag or a time word).
_FRAME = re.compile(r"\W*(?:\([^()]{1,40}\)\s*-?\s*)?trong khuon kho\s+(?:cua\s+)?"
                    r"([^,;.]{5,80}?)(?=\s+(?:vua|dang|da|duoc|tai|o|dien ra|to chuc)\b|\s*,)")
# Words that start a frame's name without naming it ("chương trình", "hoạt động"): too common
# to find the frame again in another sentence.
_GENERIC = frozenset({"chuong trinh", "hoat dong", "chuyen tham", "chuyen cong tac", "dot cong tac", "ky hop"})
_FRAME_SENTENCES = 3   # the frame is named near the top: the lead and the next two sentences


def within_frame(text: str, folded: str, mention: DateMention, in_lead: bool,
                 sentences: list[tuple[int, int]]) -> tuple[DateMention, str] | None:
    """The main occasion as held within a frame whose span ``mention`` is (month precision),
    or None. ``mention`` is the chosen main date: a range of days in one month, outside the
    lead, in a sentence that names (in full, before the range) the frame an earlier sentence
    holds the occasion in."""
    m = mention
    if in_lead or not (m.day and m.end_day and m.month and m.end_month in (None, m.month)):
        return None
    at = next(((s, e) for s, e in sentences if s <= m.start < e), None)
    if at is None:
        return None
    for s, e in sentences[:_FRAME_SENTENCES]:
        if s >= at[0]:
            break
        f = _FRAME.match(folded, s, e)
        if f is None:
            continue
        words = f.group(1).split()
        if len(words) < 3 or " ".join(words[:2]) in _GENERIC:
            continue
        named = folded.find(" ".join(words), at[0], m.start)   # the frame named again, in full
        if named < 0:
            continue
        start = folded.find("trong khuon kho", s, e)
        dm = DateMention(start, f.end(1), text[start:f.end(1)], None, m.month, m.year, precision="month",
                         rule="frame")
        why = M_("held within '{frame}', whose days '{span}' the text gives: the month",
                 frame=text[f.start(1):f.end(1)], span=m.text)
        return dm, why
    return None


# Right after the date: who reports ("…, Sở Ngoại vụ tỉnh cho biết, " / "…, theo Sở Ngoại vụ tỉnh, ").
# (name, folded pattern, example)
REPORTING: tuple[tuple[str, str, str], ...] = (
    ("said", r"[^,.;]{3,120}?\b(?:cho biet|thong tin cho biet|thong bao cho biet)\s*(?:,|:|rang\b)",
     "Ngày 15/3, Sở Ngoại vụ tỉnh Lào Cai cho biết, …"),
    ("according_to", r"theo\s+(?:thong tin tu\s+|bao cao cua\s+)?[^,.;]{3,100}?,",
     "Ngày 15/3, theo Sở Ngoại vụ tỉnh Lào Cai, …"),
)
_REPORTED = re.compile(r"\s*,?\s*(?:" + "|".join(f"(?:{p})" for _, p, _ in REPORTING) + ")")
# ... or a person named with a title after a comma (round 59, late59b), "titled_teller": "Ngày 15/3, TS.BS Trần
# Văn A, Giám đốc Sở Y tế tỉnh B cho biết, …". The name may hold an abbreviation's dot ("TS.BS", "TP. Huế": the
# match is bounded by the sentence, whose stop is not inside it); one or two titles follow it, each after a comma
# and opening on a title's word (vocab.TITLE_OPENERS: "giám đốc", "bí thư", "chủ tịch", …), and a comma may close
# them ("Ông A, Giám đốc Sở B, cho biết"). A comma before any other word ends the teller, as before ("Ngày 15/3,
# tại cửa khẩu C, ông A cho biết": no report read). Tried only where the plain teller fails and "cho biết" is in
# the sentence (a literal gate).
_TITLE_WORDS = "|".join(sorted(TITLE_OPENERS, key=len, reverse=True))
TITLED_TELLER = r"[^,;]{3,120}?(?:,\s*(?:" + _TITLE_WORDS + r")\b[^,;]{0,100}?){1,2},?\s*"
_REPORTED_TITLED = re.compile(r"\s*,?\s*" + TITLED_TELLER + r"\b(?:cho biet|thong tin cho biet|thong bao cho biet)"
                              r"\s*(?:,|:|rang\b)")
# What the report tells as recent: "vừa tổ chức", "vừa ký kết", "mới đây".
_RECENT_TOLD = re.compile(r"\b(?:vua\s+(?:to chuc|ky|co|tham|dien ra|ban hanh|den|sang|tiep|lam viec|hoi dam|trao"
                          r"|ban giao|khanh thanh|phoi hop|gap|duoc)|moi day)\b")


# ... or told done by another than who reports it, in a clause of its own after the report's comma: "Ngày
# 10/10, Bí thư Huyện đoàn A cho biết, Thành đoàn B đã tổ chức chuyến thăm và làm việc tại huyện A" (commune37
# 12). The visit came before the telling; the text gives no day of its own: the month, as for "vừa". Not a
# report whose teller did it ("Ngày 29/8, UBND tỉnh A cho biết đã có văn bản gửi …": no subject between, the
# report's day, as the corpus's b14 has it), nor a bare verb, nor what is ahead ("… sẽ …"). Only when the report's
# day is the page's stamp's (the news written that day, the visit before it): on another day, or with no stamp,
# the report's day stays (round 30's sentences, tests/test_round30_late30a.py, read it so).
_DONE_BY_ANOTHER = re.compile(r"(?<=[,:])\s*(?!da\b)[^,.;:]{3,80}?\s+da\s+(?:to chuc chuyen|tham|den tham|sang tham"
                              r"|ve tham|lam viec|hoi dam|ky ket|trao tang)\b")


def reported_recent(text: str, folded: str, mention: DateMention,
                    sentences: list[tuple[int, int]], published=None) -> tuple[DateMention, str] | None:
    """The occasion as told on ``mention``'s day as recent (month precision), or None. (``published``: the
    page's stamp; a report of what another did counts only on the stamp's own day.)"""
    m = mention
    if not (m.day and m.month and m.end_day is None and m.end_month is None and m.kind == "date"):
        return None
    end = next((e for s, e in sentences if s <= m.start < e), None)
    if end is None:
        return None
    tail = folded[m.end:end]
    if not (("vua " in tail or "moi day" in tail or "da " in tail) and ("cho biet" in tail or "theo " in tail)):
        return None   # (a cheap test first: most leads report nothing as recent)
    told = _REPORTED.match(folded, m.end, end)
    if told is None and "cho biet" in tail:   # "Ngày 15/3, ông A, Giám đốc Sở B cho biết, …" (late59b)
        told = _REPORTED_TITLED.match(folded, m.end, end)
    if told is None:
        return None
    dm = DateMention(m.start, m.end, m.text, None, m.month, m.year, precision="month", rule="reported")
    if _RECENT_TOLD.search(folded, told.end(), end) is not None:
        return dm, M_("the day of a report ('… cho biết, … vừa …'): the occasion it tells is recent, the month")
    if (published is not None and (published.month, published.day) == (m.month, m.day)
            and _DONE_BY_ANOTHER.match(folded, told.end(), end) is not None):
        return dm, M_("the day of a report of what another did ('A cho biết, B đã …'): the occasion came before it, the month")
    return None


# A report of something done ("Ngày 5/4, Tỉnh đoàn A cho biết đã tổ chức thành công chuyến công
# tác …"): who tells, then what was done, with or without a comma, perhaps after who did it ("Ngày
# 9/6, tin từ Hội Nông dân tỉnh A cho biết, đoàn công tác do … dẫn đầu đã sang thăm …"). A report tells what
# was done with its verb bare too ("Ngày 26/1, tin từ Đồn Biên phòng A cho biết, đơn vị phối hợp tổ chức
# chương trình …"): an occasion's verb only (tổ chức, kết thúc, hoàn thành, ký kết), and nothing ahead
# between the report and a bare verb (_AHEAD: "cho biết sẽ tổ chức …", "dự kiến tổ chức …" is a plan).
# (late59b: a handing over, "vừa trao tặng", "đã bàn giao"; and the teller titled, _REPORTS_DONE_TITLED)
_DONE = (r"\s*(?:,|:|rang\b)?\s*(?:[^,.;:]{3,100}?\s)?(?:(?:da|vua)\s+(?:to chuc|ket thuc|hoan thanh|co|tham|den|sang|"
         r"lam viec|hoi dam|ky|trao|ban giao)|(?P<bare>to chuc|ket thuc|hoan thanh|ky ket))\b")
_REPORTS_DONE = re.compile(r"\s*,?\s*[^,.;]{3,120}?\b(?:cho biet|thong tin|thong bao)" + _DONE)
_REPORTS_DONE_TITLED = re.compile(r"\s*,?\s*" + TITLED_TELLER + r"\b(?:cho biet|thong tin|thong bao)" + _DONE)
_AHEAD = re.compile(rf"\b(?:{SE}|du kien|du dinh|chuan bi|{SAP})\b")
# The occasion's own days, in a later sentence: (name, folded pattern ending just before the days, example).
ITS_DAYS: tuple[tuple[str, str, str], ...] = (
    ("named", r"\b(?:chuyen (?:tham|cong tac|lam viec)|dot (?:cong tac|tham)|doan|hoi nghi|buoi lam viec|"
              r"le ky|chuong trinh)\b[^.;]{0,60}?\b(?:dien ra|duoc to chuc|keo dai(?:\s+\d{1,2}\s+ngay\s*,)?|to chuc)\s*",
     "Chuyến công tác diễn ra từ ngày 2 - 4/4; chuyến thăm kéo dài 3 ngày, từ ngày 6 - 9/6"),
    # a sentence that opens on "Theo đó" (accordingly: what the report told, in detail) with the days
    ("accordingly", r"(?:\n|[.;!?]\s)\s*theo do\s*,?\s*(?:trong|vao|tu)?\s*",
     "Theo đó, trong ngày 24 và 25/1, đồn biên phòng phối hợp với các bác sĩ khám bệnh cho bà con"),
)
_ITS_DAYS = re.compile("(?:" + "|".join(f"(?:{p})" for _, p, _ in ITS_DAYS) + ")$")
#: The occasion a report tells ends at most this many days before the report's day.
REPORTED_WITHIN_DAYS = 14


def reported_days(folded: str, mention: DateMention, others: list[DateMention],
                  sentences: list[tuple[int, int]]) -> tuple[DateMention, str] | None:
    """The days of the occasion a dated report tells as done, when a later sentence gives them
    ("Ngày 5/4, Tỉnh đoàn A cho biết đã tổ chức thành công chuyến công tác …" and "Chuyến công
    tác diễn ra từ ngày 2 - 4/4": 2-4/4), or None. ``others``: the article's other dates of an
    occasion; one qualifies when it follows the report, is named as the occasion's days
    ("… diễn ra từ …") and ends within :data:`REPORTED_WITHIN_DAYS` before the report's day."""
    m = mention
    if not (m.day and m.month and m.end_day is None and m.end_month is None and m.kind == "date"):
        return None
    end = next((e for s, e in sentences if s <= m.start < e), None)
    if end is None or "cho biet" not in folded[m.end:end] and "thong" not in folded[m.end:end]:
        return None
    done = _REPORTS_DONE.match(folded, m.end, end)
    if done is None and "cho biet" in folded[m.end:end]:   # the teller titled (late59b)
        done = _REPORTS_DONE_TITLED.match(folded, m.end, end)
    if done is None or (done["bare"] and _AHEAD.search(folded, m.end, done.end())):
        return None
    for o in others:
        if o is m or o.start < end or o.kind != "date" or not (o.day and o.month):
            continue
        if o.year is not None and m.year is not None and o.year != m.year:
            continue
        last_month, last_day = o.end_month or o.month, o.end_day or o.day
        before = (m.month - last_month) % 12 * 31 + m.day - last_day   # days before the report, roughly
        if not 0 <= before <= REPORTED_WITHIN_DAYS:
            continue
        if _ITS_DAYS.search(folded, max(0, o.start - 90), o.start) is None:
            continue
        return o, M_("the days of the occasion a report of '{day}' tells as done", day=m.text)
    return None
