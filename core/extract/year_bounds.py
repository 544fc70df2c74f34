"""Bounds on the main occasion's year: what the article tells as before it and after it.

A page that gives no year with its date often pins the year all the same: the
agreement it reviews was signed on 14/5/2018 (the occasion is later), it follows up a
meeting "tại TPHCM ngày 5-9-2025", it names communes that exist only after the merger of
July 2025 ("xã Tân Lập (mới)"), and it announces what "sẽ khai trương vào tháng
12.2025" (the occasion is earlier). Each kind of bound is a row of :data:`BOUNDS`;
:func:`find_bounds` gives the article's interval (the latest lower bound, the earliest
upper bound) and :func:`years_within` the years a day and month can take inside it.
When exactly one year fits, :mod:`years` takes it ("context", cue "bounds"); a year
from another cue that falls outside is no year. The table and the records are in
:mod:`hoptac.core.extract.year_bound_kinds`, their reading in :mod:`.year_bound_days`; here are
the words that find each kind.

A date of another occasion is never the occasion's year: only a bound on it.
All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Sequence

from .anchors import first_words, holds_any
from .dates import DateMention
from .tense_words import NAM
from .openings import Opened
from .plan_ties import prepares_for
from .plan_named_years import plan_signed_from
from .year_ahead import ahead_of_anniversaries
from .year_clause_kinds import _classify
from .year_carried_subject import carried_by_subject
from .year_thanked_visit import gives_year_to, thanked_for_visit
from .disaster_days import WHY_DISASTER_DAYS
from .year_relief import relief_after
from .year_pandemic import pandemic_bounds
from .year_announced import NAME as ANNOUNCED, announced_at_occasion
from .year_last_session import of_the_last_session
from .year_bound_days import EARLIER as _EARLIER, first_day as _first_day, last_day as _last_day
from .year_bound_days import FOLLOWED, earliest_floor, follow_year, outside, years_within  # noqa: F401 - re-exported
from .year_bound_kinds import BOUND, BOUNDS, MERGER, PLAN_REACH_DAYS, Bound, BoundKind, Bounds  # noqa: F401 - re-exported
from .number_words import NUMBER_WORDS

__all__ = ["BoundKind", "BOUNDS", "Bound", "Bounds", "find_bounds", "years_within", "outside", "earliest_floor",
           "follow_year", "MERGER", "merger_told"]


#: "tiếp theo" after a noun of time or of steps is "the next …": it looks ahead from the year it follows,
#: never back to an earlier occasion the page follows up ("Tiếp theo chuyến thăm năm 2024, …" does). A plan
#: for a year and the years after it ("Trong năm 2027 và những năm tiếp theo, hai huyện thống nhất …") is then
#: no past meeting (no lower bound): what is past is said by other words ("… và những năm tiếp theo, hai bên
#: đã ký kết …": "đã ký" still tells it). Each noun with a sentence of the shape:
NEXT_ONES: tuple[tuple[str, str], ...] = (
    ("nam", "Trong năm 2027 và những năm tiếp theo, hai huyện thống nhất mở rộng giao thương."),
    ("thang", "Trong tháng 5/2027 và các tháng tiếp theo, hai xã cùng tổ chức tuần tra."),
    ("thoi gian", "Năm 2027 và thời gian tiếp theo, hai tỉnh tập trung phát triển du lịch."),
    ("giai doan", "Năm 2027 và giai đoạn tiếp theo, hai bên ưu tiên hợp tác giáo dục."),
    ("nhiem ky", "Trong năm 2027 và nhiệm kỳ tiếp theo, hai hội tăng cường trao đổi đoàn."),
    ("buoc", "Năm 2027 và các bước tiếp theo, hai thành phố hoàn thiện quy hoạch chung."),
)
_NOT_NEXT = "".join(rf"(?<!\b{w} tiep theo)" for w, _ in NEXT_ONES)   # (after the letters: .openings)
# "đã" folds to "da" like "Đà Nẵng", "Đà Lạt", "đa phương": only "đã" before a verb counts ("đã cấp học bổng",
# "đã trao", "đã hỗ trợ": round 46 late46c, a year told as done -- not "cap" alone: "đa cấp").
_DA = r"da\s+(?:duoc|dien ra|to chuc|ky|co|tham|hop|gap|tiep|lam viec|thong nhat|trao doi|ban|hoi dam|den|sang|chinh thuc|cap hoc bong|trao|ho tro)"
_PAST_WORDS = re.compile(rf"\b(?:{_DA}|truoc do|tiep noi|tiep theo{_NOT_NEXT}|vua qua|hoi thang|lan truoc|ky truoc|"
                         rf"nam ngoai|{NAM} truoc|thuc hien ket luan|ket qua|"
                         r"sau (?:khi )?(?:hoi nghi|buoi|chuyen|le|cuoc))\b")
_FUTURE_WORDS = re.compile(r"\b(?:(?<!\bchia )se(?![\s-]+(?:kong|pon|san|don)\b)|du kien|du dinh|ke hoach to chuc|phan dau|chuan bi)\b")
_FUTURE_GATE = ("se", "du ", "ke hoach to chuc", "phan dau", "chuan bi")   # words it cannot match without


def _future(text: str) -> bool:   # _FUTURE_WORDS searched only where a gate word stands (tests/test_anchors.py)
    return holds_any(text, _FUTURE_GATE) and _FUTURE_WORDS.search(text) is not None
#: Words that make an earlier occasion one the occasion follows up (a subset of _PAST_WORDS:
#: not 'đã ký kết', whose agreement may be years old). "thống nhất tại" / "đạt được tại" only
#: before the occasion they were agreed at: folded, "thống nhất tái khởi động" (agreed to restart,
#: a plan) reads the same.
_CARRIES_OUT = (r"(?:thuc hien|trien khai|cu the hoa)\s+(?:cac\s+)?(?:ket qua|ket luan|noi dung|nhan thuc chung)|"
                r"(?:dat duoc|thong nhat) tai (?:cac )?(?:hoi nghi|hoi dam|buoi|cuoc|chuyen|ky hop|phien|le|chuong trinh|"
                r"gap go|dien dan|toa dam)|ket qua (?:cua )?(?:hoi nghi|hoi dam|chuyen|buoi|cuoc|ky hop|phien)")
_FOLLOW_WORDS = re.compile(rf"\b(?:tiep noi|tiep theo{_NOT_NEXT}|vua qua|hoi thang|lan truoc|ky truoc|"
                           r"sau (?:khi )?(?:hoi nghi|buoi|chuyen|le|cuoc|hoi dam|dot)|"
                           rf"(?:thuc hien|trien khai|cu the hoa)\s+(?:cac\s+)?thoa thuan|{_CARRIES_OUT})\b")
_PAST_WORDS_AT, _FOLLOW_WORDS_AT = (Opened(rx, tuple(sorted(first_words(rx.pattern))))  # (.openings; test_prefilters)
                                    for rx in (_PAST_WORDS, _FOLLOW_WORDS))
#: Of those, the words that tell the earlier occasion as recent ("vừa qua"; the previous session,
#: "lần trước") or as a meeting whose results the occasion carries out ("thực hiện kết quả hội
#: đàm", "đạt được tại hội nghị", as minutes are). Only these (or a decision that sends the
#: delegation, a return visit) give a year: "tiếp nối", "sau chuyến thăm" also open histories
#: ("Sau chuyến thăm lịch sử ngày 20/2/1983, quan hệ … ngày càng gắn bó"); an agreement
#: carried out ("thực hiện thỏa thuận") may be years old.
_RECENT = re.compile(rf"\b(?:vua qua|lan truoc|ky truoc|{_CARRIES_OUT})\b")
#: ... but a carried-out meeting's year is the occasion's only when the occasion itself is told as
#: carrying it out (OCCASION_CARRIES): else it is a lower bound, like a history's "Thực hiện kết quả
#: hội đàm tháng 8/1983, hai tỉnh đã kết nghĩa từ đó" or "Hai bên tiếp tục triển khai Biên bản ghi
#: nhớ Hội nghị lần thứ nhất ký ngày 12/5/1985" after a lead that dates its own occasion.
_TOLD_RECENT = re.compile(r"\b(?:vua qua|lan truoc|ky truoc)\b")
#: Where the occasion is told as carrying out a meeting's results or minutes, each with a sentence
#: of the shape (the headline, the lead paragraph that dates the occasion, or the carry-out's own
#: sentence told as the occasion's purpose):
OCCASION_CARRIES: tuple[tuple[str, str], ...] = (
    ("headline", "Kế hoạch triển khai thực hiện Biên bản ghi nhớ Hội nghị lần thứ 5 giữa hai tỉnh"),
    ("lead", "Ngày 23/5, UBND tỉnh ban hành Kế hoạch triển khai kết quả hội đàm giữa lãnh đạo hai tỉnh."),
    ("purpose", "Chuyến thăm nhằm cụ thể hóa kết quả hội đàm tháng 3/2025 giữa lãnh đạo hai tỉnh."),
)
_OCCASION_CARRIES = re.compile(rf"\b(?:{_CARRIES_OUT}|(?:thuc hien|trien khai|cu the hoa)\b(?:\s+[a-z]+){{0,4}}?\s+"
                               r"(?:ban ghi nho|bien ban(?: ghi nho| lam viec)?)\s+(?:cua\s+)?"
                               r"(?:hoi nghi|hoi dam|cuoc hop|ky hop|phien hop|buoi lam viec))\b")
_PURPOSE_BEFORE = re.compile(r"\b(?:nham|de)(?:\s+[a-z]+){0,6}\s+$")   # "nhằm cụ thể hóa và triển khai thực hiện …"
#: After a document's date, in its sentence: the document sends the delegation or officials
#: whose trip the article reports ("Quyết định số 558/QĐ-UBND ngày 04/4/2024 của UBND huyện
#: về việc cử đoàn công tác …"), so the trip follows within weeks, not years.
_SENDS = re.compile(r"[^.;!?\n]{0,100}?\b(?:ve viec\s+)?cu\s+(?:doan|dai bieu|lanh dao)\b")
#: _SENDS is searched: a search may start its lazy run at the words themselves, so it finds one in
#: a window exactly when "cu đoàn …" stands there; the words alone are searched (the run, tried from
#: every character, cost ~0.3 ms a call; tests/test_prefilters_*.py).
_SENDS_WORDS = re.compile(r"\bcu\s+(?:doan|dai bieu|lanh dao)\b")
#: Before a signing's date, in its sentence: the occasion carries out the minutes of a meeting
#: ("Kế hoạch … triển khai thực hiện Bản ghi nhớ Hội nghị lần thứ 9 … ký ngày 24/2/2018"): a
#: meeting's minutes are carried out within the year, as its results are ('thực hiện kết quả
#: hội đàm', _FOLLOW_WORDS); a standing agreement ('Thỏa thuận hợp tác') may be years old.
_CARRIES_OUT_MINUTES = re.compile(
    r"\b(?:thuc hien|trien khai|cu the hoa)\b(?:\s+[a-z]+){0,4}?\s+(?:ban ghi nho|bien ban(?: ghi nho| lam viec)?)"
    r"\s+(?:cua\s+)?(?:hoi nghi|hoi dam|cuoc hop|ky hop|phien hop|buoi lam viec)\b[^.;!?\n]{0,220}$")
#: "Tính đến hết tháng 5/2024", "tính đến ngày 30/6/2024", "cập nhật đến cuối tháng 5/2024".
_AS_OF_BEFORE = re.compile(r"\b(?:tinh|cap nhat|luy ke)\s+(?:den|toi)\s+(?:het\s+|cuoi\s+)?(?:ngay\s+)?$")
#: "hơn 20 năm qua, kể từ khi ký …", "sau 15 năm thực hiện Biên bản ký …" before a full date,
#: in the same sentence: N (group n; 'gần': group near).
_YEARS_OF_COOPERATION = re.compile(
    r"\b(?:(?P<near>gan)|hon|sau|tron|suot)\s+(?P<n>\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi lam|hai muoi|ba muoi)"
    r"\s+nam\b(?!\s+toi\b)(?:\s+qua)?[^.;!?\n]{0,140}?\b(?:ke tu|tu khi|tu ngay|ky(?: ket)?|thiet lap|ket nghia|thanh lap)\b"
    r"[^.;!?\n]{0,100}$")
_YEAR_WORDS = {**NUMBER_WORDS, "muoi lam": 15, "hai muoi": 20, "ba muoi": 30}
_ANNIVERSARY_WORD = re.compile(r"\bky niem\b")
#: After a dated signing or founding: "… ngày 18/11/2002, hai bên đã ký kết biên bản hợp tác.
#: Sau hơn 20 năm hợp tác, …" (not "kỷ niệm 20 năm": an anniversary is held around its day).
_YEARS_AFTER = re.compile(
    r"(?<!ky niem )\b(?:(?P<near>gan)|sau hon|hon|sau|tron|suot)\s+(?P<n>\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|"
    r"muoi lam|hai muoi|ba muoi)\s+nam\s+(?:qua\s+)?(?:hop tac|ket nghia|thuc hien|trien khai)\b")
_SIGNED_OR_FOUNDED = re.compile(r"\b(?:ky(?: ket)?|thiet lap|ket nghia|thanh lap)\b")
_SINCE_BEFORE = re.compile(r"\b(?:tu|ke tu)\s+$")
#: After 'từ ngày D/M/Y': what tells that it already holds ("sau sáp nhập", "đã"); without
#: it the date may be a proposal's or a rule's start ("đề nghị nâng cấp từ ngày 1/1/2031").
_SINCE_HOLDS = re.compile(rf"\b(?:sau (?:khi )?(?:sap nhap|hop nhat)|{_DA}|chinh thuc di vao hoat dong)\b")
_RANGE_AFTER = re.compile(r"^\s*(?:den|toi|-|–)")
# "xã Tân Lập (mới)", "chính quyền địa phương hai cấp": found from their rare words first
# ("(mới)", "cấp"), then read back (a regex tried at every position costs 0.2 ms a page).
_NEW_MARK = re.compile(r"\(\s*moi\s*\)")
_UNIT_BEFORE = re.compile(r"\b(?:xa|phuong|tinh|thanh pho|dac khu)\s+[^\W\d][^,.;:()\n]{0,30}$")
_TWO_LEVELS = re.compile(r"chinh quyen (?:dia phuong )?(?:2|hai) cap")
#: "tỉnh A sau sáp nhập", "sau khi hợp nhất các tỉnh"; written with each branch's first letter first, the
#: ``\b`` before it as the look-behind after it, so that sre skips to a "t" or an "s" (the form as written,
#: tried at every character of the body, is ``_PROVINCE_MERGED_AS_WRITTEN``; tests/test_prefilters_speed25b.py)
_PROVINCE_MERGED_AS_WRITTEN = re.compile(r"\b(?:tinh [^\W\d]+(?: [^\W\d]+){0,2} sau (?:khi )?(?:sap nhap|hop nhat)|"
                                         r"sau (?:khi )?(?:sap nhap|hop nhat) (?:cac |hai |ba )?tinh)\b")
_PROVINCE_MERGED = re.compile(r"(?:t(?<!\w.)inh [^\W\d]+(?: [^\W\d]+){0,2} sau (?:khi )?(?:sap nhap|hop nhat)|"
                              r"s(?<!\w.)au (?:khi )?(?:sap nhap|hop nhat) (?:cac |hai |ba )?tinh)\b")
_CLAUSE_ENDS = ".;,\n"
#: A sentence that opens with a time word, then the date: "Vào cuối năm 2018, …", "Hồi tháng 5/2023, …".
_OPENING_WORD = re.compile(r"\s*(?:vao|hoi|tu|trong)\s*")
#: A return visit (the occasion meets again those who were visited or came before, within about a
#: year): "vui mừng được gặp lại đoàn", "chuyến thăm đáp lễ". The earlier visit, told as done just
#: after it (within RETURN_REACH characters), is then followed up (follow_up).
_RETURN = re.compile(r"\b(?:gap lai|dap le|dap lai chuyen tham)\b")
RETURN_REACH = 240
#: "cuối năm Y" as a bound: from this month of Y.
LATE_YEAR_MONTH = 10
_NOT_OCCASIONS = frozenset({"teaser", "headline", "anniversary", "founding", "period", "holiday", "lunar"})


def _clause(folded: str, start: int, end: int, ends: str = _CLAUSE_ENDS) -> tuple[str, str]:
    """The clause before a mention (back to , . ; or a line break, at most 120 characters)
    and the 40 characters after it up to a clause end."""
    lo = max(0, start - 120)
    lo = max([folded.rfind(ch, lo, start) + 1 for ch in ends] + [lo])
    after = folded[end:end + 40]
    cut = min([i for i in (after.find(ch) for ch in ".;\n,") if i >= 0] + [len(after)])
    return folded[lo:start], after[:cut]


def _rest(folded: str, end: int) -> str:
    """The rest of the sentence after a mention (at most 100 characters)."""
    after = folded[end:end + 100]
    cut = min([i for i in (after.find(ch) for ch in ".;\n") if i >= 0] + [len(after)])
    return after[:cut]


def _years_since(folded: str, start: int) -> tuple[int, int] | None:
    """(N years, where the words start) for a full date counted from ('hơn 20 năm qua, kể từ
    khi ký … ngày 18/11/2002'), or None."""
    lo = max(0, start - 260)
    if "nam" not in folded[lo:start]:
        return None
    x = _YEARS_OF_COOPERATION.search(folded, lo, start)
    if (x is None or _ANNIVERSARY_WORD.search(folded, max(lo, x.start() - 40), start)
            or _FUTURE_WORDS.search(folded, x.start(), start)):   # "sau 5 năm kể từ ngày ký … sẽ …": ahead
        return None
    n = x["n"]
    n = int(n) if n.isdigit() else _YEAR_WORDS[n]
    n -= 1 if x["near"] else 0
    return (n, x.start()) if 0 < n <= 60 else None


def _years_after(folded: str, end: int) -> tuple[int, int] | None:
    """(N years, where the words start) for a signing or founding dated just before 'Sau hơn
    N năm hợp tác' (the date's own sentence or the next one), or None."""
    x = _YEARS_AFTER.search(folded, end, min(len(folded), end + 240))
    if x is None or "\n" in folded[end:x.start()] or folded.count(".", end, x.start()) > 1 \
            or not _SIGNED_OR_FOUNDED.search(folded, end, x.start()):
        return None
    n = x["n"]
    n = int(n) if n.isdigit() else _YEAR_WORDS[n]
    n -= 1 if x["near"] else 0
    return (n, x.start()) if 0 < n <= 60 else None


def _ahead(folded: str, m: DateMention) -> bool:
    """Is the mention told as still to come ('sẽ', 'dự kiến' … in its sentence)?"""
    sentence, after = _clause(folded, m.start, m.end, ".;\n")
    return _future(sentence[-80:]) or _future(after)


def _occasion_carries(folded: str, main: DateMention | None, b0: int, at: int) -> bool:
    """Is the occasion told as carrying out the meeting whose results or minutes are carried out
    at ``at`` (OCCASION_CARRIES): in the headline, in the paragraph that dates the occasion, or
    as its purpose ('nhằm', 'để' before the words)?"""
    if main is None:
        return False
    if _PURPOSE_BEFORE.search(folded, max(0, at - 60), at):
        return True
    p0, p1 = _paragraph(folded, main.start)
    if _OCCASION_CARRIES.search(folded, p0, p1):
        return True
    return bool(_OCCASION_CARRIES.search(folded, max(0, b0 - 300), b0))


def _paragraph(folded: str, at: int) -> tuple[int, int]:
    """The paragraph (between line breaks) that holds ``at``."""
    p1 = folded.find("\n", at)
    return folded.rfind("\n", 0, at) + 1, len(folded) if p1 < 0 else p1


def _follows_recent(folded: str, main: DateMention | None, b0: int, m: DateMention, before: str) -> bool:
    """Does ``before`` (the clause before ``m``, with follow-up words) tell its occasion as recent
    ('vừa qua', 'lần trước'), or as a meeting whose results the main occasion carries out?"""
    if _TOLD_RECENT.search(before):
        return True
    c = _RECENT.search(before)
    return bool(c and _occasion_carries(folded, main, b0, m.start - len(before) + c.start()))


def merger_told(folded: str, b0: int, b1: int) -> Bound | None:
    """The first sign in the body that the page is of after the merger of July 2025 ("xã Tân Lập
    (mới)", "chính quyền địa phương hai cấp", "tỉnh Phú Thọ sau sáp nhập"), as a bound; else None.
    Also read by :mod:`.partner_border_parts` (a page with no publication time)."""
    for x in _NEW_MARK.finditer(folded, b0, b1):
        unit = _UNIT_BEFORE.search(folded, max(b0, x.start() - 50), x.start())
        if unit is not None:
            return Bound("after_merger", MERGER, unit.start(), x.end())
    if "cap" in folded and (y := _TWO_LEVELS.search(folded, b0, b1)):
        return Bound("after_merger", MERGER, y.start(), y.end())
    if ("sap nhap" in folded or "hop nhat" in folded) and (y := _PROVINCE_MERGED.search(folded, b0, b1)):
        return Bound("after_merger", MERGER, y.start(), y.end())
    return None


#: A year rated at the occasion ("các đơn vị sẽ họp bình xét thi đua để chọn ra đơn vị dẫn đầu năm 2018"): reviewed,
#: as _classify's reviews are (reviewed_year).
_RATED = re.compile(r"\bbinh xet\b")


#: The verdicts of a decision's date (verdicts: 'công bố Quyết định số … ngày …' is read "issued").
_DOCUMENTS = frozenset({"issued", "document"})


def find_bounds(folded: str, readings, main: DateMention | None, *, span: tuple[int, int],
                clock: date | None = None, teasers: Sequence[tuple[int, int]] = ()) -> Bounds:
    """The article's bounds on its main occasion (``main`` itself is never one).
    ``readings`` are the verdicts of :func:`verdicts.judge`; ``span`` the body's; ``teasers`` the related
    titles' spans (a known day they look ahead to is another article's)."""
    b0, b1 = span
    out = Bounds()
    for r in readings:
        m = r.mention
        if m.year is None or m is main or not b0 <= m.start < b1:
            continue
        target = m.kind == "period" and m.rule == "target_year"   # "phấn đấu đến năm 2026 sẽ …"
        if not target and (out.latest is None or m.year > out.latest) and not _ahead(folded, m):
            out.latest = m.year
        if m.kind != "date" and not target:
            continue
        if main is not None and m.start <= main.start < m.end:
            continue
        if m.month and (n := _years_since(folded, m.start) or _years_after(folded, m.end)):
            # "hơn 20 năm qua, kể từ khi ký … ngày 18/11/2002"; "… ngày 18/11/2002, hai bên ký kết …. Sau hơn 20 năm hợp tác"
            out.every.append(Bound("years_since", date(m.year + n[0], 1, 1), min(n[1], m.start), max(n[1], m.end)))
        if r.verdict in _DOCUMENTS and announced_at_occasion(folded, m) and (d := _first_day(m)):
            out.every.append(Bound(ANNOUNCED, d, m.start, m.end, near=True))   # "Tại Hội nghị, … công bố Quyết định …"
            continue
        if r.verdict in _EARLIER and m.month and r.why != WHY_DISASTER_DAYS:   # (a disaster's days: bounded as before, below)
            d = _first_day(m)
            if d:
                # a decision that sends the delegation comes weeks before its trip: a follow-up
                sends = r.verdict == "document" and _SENDS_WORDS.search(folded, m.end, min(len(folded), m.end + 140))
                # ... and minutes of a meeting are carried out within the year
                carries = not sends and r.verdict == "past" and _CARRIES_OUT_MINUTES.search(
                    folded, max(b0, m.start - 300), m.start)
                last = bool(carries) and main is not None and of_the_last_session(
                    folded, carries, ((max(0, b0 - 300), b0), _paragraph(folded, main.start)))
                if carries and not last and not _occasion_carries(folded, main, b0, carries.start()):
                    carries = None   # a history's minutes: a lower bound only
                follows: bool | re.Match[str] | None = False
                if not sends and not carries and r.verdict == "past":   # "Sau chuyến thăm … ngày 20/2/1983"
                    sentence, _ = _clause(folded, m.start, m.end, ".;\n")
                    before = sentence[sentence.rfind(",") + 1:]
                    follows = bool(_FOLLOW_WORDS_AT.search(before))
                    carries = follows and _follows_recent(folded, main, b0, m, before)   # "… tại hội nghị lần trước ngày …"
                    if not carries and carried_by_subject(folded, m.start):   # (the occasion as subject, late37c)
                        follows = carries = True
                if not (sends or carries) and _AS_OF_BEFORE.search(folded, max(0, m.start - 30), m.start):
                    d = _last_day(m) or d   # figures "tính đến ngày …" (verdict past): as_of, no year
                    out.every.append(Bound("as_of", d, m.start, m.end))
                    continue
                out.every.append(Bound("last_session" if last else "follow_up" if sends or carries or follows
                                       else "earlier_date", d, m.start, m.end, near=bool(sends or carries)))
            continue
        if r.verdict in _NOT_OCCASIONS and not target:
            continue
        sentence, after = _clause(folded, m.start, m.end, ".;\n")   # what is expected is said further back
        before = sentence[sentence.rfind(",") + 1:]
        future = _future(sentence[-80:]) or _future(after)
        follows = _FOLLOW_WORDS_AT.search(before)
        opens = not sentence.strip() or _OPENING_WORD.fullmatch(sentence)   # "Vào cuối năm 2018, … đã đến thăm"
        past = follows or _PAST_WORDS_AT.search(before) or (  # "Năm 2024, hai tỉnh đã ký kết …": the date opens its sentence
            opens and _PAST_WORDS_AT.search(_rest(folded, m.end)))
        late = m.rule == "part_of_year" and folded.startswith("cuoi nam", m.start)
        near = bool(follows and _follows_recent(folded, main, b0, m, before))
        if not near and m.month and carried_by_subject(folded, m.start):
            follows = past = near = True   # "Sự kiện cũng là … cụ thể hóa kết quả chuyến thăm … vào tháng 2/2024" (late37c)
        if (not near and m.month and main is not None and gives_year_to(m.month, m.day, main.month, main.day)
                and thanked_for_visit(folded, m.start)):
            follows = past = near = True   # "… cảm ơn … đã dành cho ông sự đón tiếp … trong chuyến thăm … ngày 5-9-2025" (late42b)
        relief = (not near and m.month and main is not None and main.month and not m.end_month
                  and (main.month, main.day or 0) > (m.month, m.day or 31) and relief_after(folded, m.start, m.end))
        if relief:
            follows = past = near = True   # "Tháng 4/2025, … xảy ra hỏa hoạn …" then aid "khắc phục hậu quả hỏa hoạn" (late44c)
        if (past and opens and (m.month or (late and main is not None and (main.month or 12) < LATE_YEAR_MONTH))
                and _RETURN.search(folded, max(b0, m.start - RETURN_REACH), m.start)):
            follows = near = True   # "… vui mừng được gặp lại đoàn. Vào cuối năm 2018, tỉnh đã đến thăm …": a return visit
        if late:   # "cuối năm 2018": from October
            m = DateMention(m.start, m.end, m.text, None, LATE_YEAR_MONTH, m.year, precision="month", rule=m.rule)
        if future and not past:
            d = _last_day(m)
            if d and not (m.precision == "year" and (_classify(folded, m.start)[0] == "review" or _RATED.search(before))):
                # "sẽ diễn ra Hội nghị tổng kết phong trào thi đua … năm 2018", "sẽ họp bình xét thi đua … năm 2018":
                # the year reviewed, held at or after its end -- no upper bound (reviewed_year, round 36)
                out.every.append(Bound("future_plan", d, m.start, m.end))
            if d and m.precision == "day" and m.day and m.month and main is not None \
                    and prepares_for(folded, main.start, main.end):   # ... written within the year before it (plan_ties)
                out.every.append(Bound("before_plan", date(m.year, m.month, m.day) - timedelta(PLAN_REACH_DAYS), m.start, m.end))
        elif target:
            continue
        elif m.precision == "day" and _SINCE_BEFORE.search(folded, max(0, m.start - 8), m.start) \
                and not _RANGE_AFTER.match(folded, m.end) and not future and _SINCE_HOLDS.search(_rest(folded, m.end)):
            d = _first_day(m)
            if d:
                out.every.append(Bound("since_date", d, max(0, m.start - 3), m.end))
        elif past and not future and not m.end_day:   # "Năm 2024, hai tỉnh đã ký kết …": from 1/1/2024
            d = _first_day(m)
            if d and m.precision == "year" and (p := plan_signed_from(folded, m.start, m.year)) is not None:
                out.every.append(Bound("plan_signed", p, m.start, m.end))   # "đã ký kết Kế hoạch … năm 2020"
            elif d:
                name = "relief_after" if relief else "follow_up" if m.month and follows else "past_meeting"
                out.every.append(Bound(name, d, m.start, m.end, near=near and name in ("follow_up", "relief_after")))
        elif m.month and not future and not m.end_day and _AS_OF_BEFORE.search(folded, max(0, m.start - 30), m.start):
            d = _last_day(m)
            if d:
                out.every.append(Bound("as_of", d, m.start, m.end))   # figures may be decades old: no year
    if (told := merger_told(folded, b0, b1)) is not None:
        out.every.append(told)
    out.every += ahead_of_anniversaries(folded, readings, main, span, teasers)   # "hướng tới kỷ niệm … (3/3/1959 - 3/3/2019)"
    out.every += pandemic_bounds(folded, b0, b1)   # "trước diễn biến phức tạp của đại dịch Covid-19": 2020-2022
    if clock is not None:
        out.every.append(Bound("clock", clock, -1, -1))
    for b in out.every:
        if BOUND[b.name].side == "lower":
            if out.lower is None or b.day > out.lower.day:
                out.lower = b
        elif out.upper is None or b.day < out.upper.day:
            out.upper = b
    return out
