"""An occasion announced ahead: the day the news was given is not the occasion (used by
:func:`hoptac.core.extract.verdicts.judge` after scoring).

A page often dates the day one side gave the news -- a press conference, "thông tin từ …
cho biết" -- and then, in the same sentence or the next, the occasion between the parties
it announces, with the days it is planned for. The planned occasion is the main event; the
announcement stays another dated milestone. Each shape is a row of :data:`ANNOUNCING` (what
the dated sentence does) and :data:`PLANNED` (how the later date is told as ahead), with an
example written for it. All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..messages import M_
from .trips import sentence_start

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["ANNOUNCING", "PLANNED", "announced_occasion"]

#: Right after the dated clause's opening (folded): the sentence gives news of something.
ANNOUNCING: tuple[tuple[str, str], ...] = (
    ("to chuc hop bao", "Ngày 4/11, Sở Du lịch thành phố tổ chức họp báo giới thiệu Hội nghị liên kết …"),
    ("hop bao", "Sáng 9/3, tại họp báo, Ban tổ chức cho biết …"),
    ("thong tin tu", "Ngày 16/1, thông tin từ Văn phòng UBND tỉnh cho biết, đã phê duyệt kế hoạch …"),
    ("cho biet", "Ngày 16/1, Sở Văn hóa tỉnh cho biết, …"),
    ("cho hay", "Ngày 20/7, Tỉnh đoàn A cho hay chương trình giao lưu thanh niên hai tỉnh diễn ra từ 24 đến 26-7"),
    ("thong bao", "Chiều 2/4, Ban tổ chức thông báo …"),
)
#: Before or after a later date in the same or the next sentence: it is told as ahead.
PLANNED: tuple[tuple[str, str], ...] = (
    ("du tinh|du kien|du dinh", "… dự tính diễn ra vào ngày 14 và 15/11 tại tỉnh Phú Thọ"),
    ("se", "trong các ngày từ 19 - 21/1/2024, tại thành phố Thanh Hóa sẽ diễn ra Tuần Văn hóa"),
)
#: ... or no word at all: a later day in the announcing sentence itself, after its verb ("Ngày 20/7, Tỉnh đoàn A cho
#: hay chương trình giao lưu … diễn ra từ 24 đến 26-7"): the news is given before the days it names, so they are
#: ahead -- unless told as done (:data:`DONE_WORDS` between the verb and the day: "… đã diễn ra từ 14 đến 16-7"
#: is an earlier day, which the calendar rules out anyway).
DONE_WORDS = ("da", "vua", "xong", "hoan thanh")
_DONE = re.compile(r"\b(?:%s)\b" % "|".join(DONE_WORDS))
#: How far from the announcing date's start its verb may stand, and the planned date from it.
ANNOUNCING_REACH, PLANNED_REACH = 140, 600
#: How many days after the announcement the planned occasion may come: news is given weeks ahead, not half a year
#: ("Ngày 29/8, tỉnh A cho biết …" and "Tuần Văn hóa … sẽ diễn ra từ ngày 5 đến 11/3/2022" is another plan).
ANNOUNCED_AHEAD_DAYS = 120
# (written \b(?:…)\b: each first letter first, the look-behind after it, so that the engine skips to them; test_prefilters)
_ANNOUNCING = re.compile(r"(?:%s)\b" % "|".join(w[0] + r"(?<!\w.)" + w[1:] for w, _ in ANNOUNCING))
#: An occasion named between the date and the announcing verb: the sentence reports it.
_OCCASION = re.compile(r"\b(?:hoi nghi|hoi dam|hoi thao|le|ky ket|tham|lam viec|buoi|tiep|gap)\b")
_PLANNED_BEFORE = re.compile(r"\b(?:%s)\b[^.;\n]{0,30}$" % "|".join(w for w, _ in PLANNED))
_PLANNED_AFTER = re.compile(r"^[^.;\n]{0,50}?\b(?:%s)\b" % "|".join(w for w, _ in PLANNED))


def announced_occasion(readings: "list[Reading]", folded: str) -> None:
    """When the best-placed date dates an announcement (:data:`ANNOUNCING`) and a later day or
    range in its sentence or the next is told as ahead (:data:`PLANNED`), the later one outranks it."""
    cands = [r for r in readings if r.verdict in ("event", "range")]
    if len(cands) < 2:
        return
    best = max(cands, key=lambda r: (r.score, -r.mention.start))
    m = best.mention
    if m.end_day or not m.day:
        return
    stop = folded.find(". ", m.end)
    stop = len(folded) if stop < 0 else stop
    verb = _ANNOUNCING.search(folded, m.end, min(stop, m.end + ANNOUNCING_REACH))
    if verb is None or _OCCASION.search(folded, m.end, verb.start()):
        return   # "Sáng 5/3, tại hội nghị, ông A cho biết …": the meeting is the occasion
    nxt = folded.find(". ", stop + 2)
    reach = min(m.start + PLANNED_REACH, len(folded) if nxt < 0 else nxt)
    for r in cands:
        n = r.mention
        if r is best or not (m.end < n.start < reach) or not n.day or not _soon_after(m, n) or _stated_before(m, n):
            continue
        lo = max(sentence_start(folded, n.start, max(0, n.start - 200)), n.start - 60)
        if _PLANNED_BEFORE.search(folded, lo, n.start) or _PLANNED_AFTER.match(folded[n.end:n.end + 80]) \
                or (n.start < stop and _later(m, n) and not _DONE.search(folded, verb.end(), n.start)):
            r.score = best.score + 1
            r.why = M_("{why}; the occasion the dated announcement gives ahead", why=r.why)
            return


def _soon_after(m, n) -> bool:
    """Does day/month ``n`` come at most :data:`ANNOUNCED_AHEAD_DAYS` after ``m`` (in the calendar, years unknown)?"""
    if not (m.month and m.day and n.month and n.day):
        return True
    gap = (n.month * 31 + n.day) - (m.month * 31 + m.day)
    return (gap if gap >= 0 else gap + 372) <= ANNOUNCED_AHEAD_DAYS * 372 // 365


def _stated_before(m, n) -> bool:
    """Do both days state their years and ``n`` come before ``m`` (round 48)? A day written with an earlier year than
    the announcement's is what the announcement rests on, never the occasion it gives ahead ("… từ ngày 8/3/2023 cho
    đến khi có thông báo mới. Thông báo căn cứ trên Biên bản làm việc (ngày 26/5/2022) …")."""
    if m.year is None or n.year is None:
        return False
    return (n.year, n.month or 0, n.day or 0) < (m.year, m.month or 0, m.day or 0)


def _later(m, n) -> bool:
    """Does day/month ``n`` come after ``m`` (not on the same day; :func:`_soon_after` has bounded the gap)?"""
    return bool(m.month and m.day and n.month and n.day) and (n.month, n.day) != (m.month, m.day)
