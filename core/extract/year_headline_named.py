"""The headline's occasion named with its year and told in the lead: headline "Hai tỉnh phối hợp diễn tập cứu hộ
cứu nạn năm 2024", lead "Ngày 12/8, tại huyện A, hai tỉnh tổ chức diễn tập cứu hộ cứu nạn trên sông …". The year
closes the headline's name of the occasion, and the lead holds (:data:`HOLDS`) the same occasion by the same words,
in the sentence of its yearless day: the year is the occasion's own (the cue ``named_year``), not a bare "năm Y" of
the page (the cue ``year``, too weak to outweigh another year the body names in passing, "Vào năm 2018, …").

Not such a name (the cue stays ``year``):

* a year that something aims at, dates or counts from (:data:`NOT_NAMED` right before "năm Y": "… đến năm 2030",
  "… trong năm 2024", "… giai đoạn … năm");
* words the lead shares with the headline that are no occasion it holds (fewer than :data:`MIN_WORDS` syllables,
  or the longest end of the name the lead writes not right after a verb of :data:`HOLDS`, "tổ chức sơ kết công
  tác phối hợp phòng chống dịch" for "… tăng cường phối hợp phòng chống dịch năm 2025"; "Ngày 15/12, hai tỉnh tổ
  chức hội nghị hợp tác giữa hai tỉnh" for the headline "Đẩy mạnh hợp tác giữa hai tỉnh năm 2025": a meeting
  about the plan for that year);
* an occasion told ahead, in the headline or the lead (:func:`.occasions_ahead.told_ahead`: "chuẩn bị", "dự
  kiến", "thống nhất tổ chức" …), or a lead sentence that writes a year of its own.

Only cues the other finders left ``year`` are read (a review's, a plan's year keeps its kind: "Tổng kết công tác
phối hợp năm 2024"). Matched on folded text (no accents, no case, đ→d).

==========  ==============================================================================================
row         example (written for the table)
==========  ==============================================================================================
``HOLDS``   "tổ chức diễn tập cứu hộ cứu nạn"; "tiến hành diễn tập …"; "khai mạc Hội thao …"; "diễn ra Giải …";
            "phát động Tháng hành động …" (not "phối hợp": "phối hợp phòng chống dịch" is a field of work)
==========  ==============================================================================================
"""

from __future__ import annotations

import re

from .occasions_ahead import told_ahead
from .year_cue_kinds import CUE

__all__ = ["HOLDS", "NOT_NAMED", "MIN_WORDS", "headline_named"]

#: The verbs that hold the occasion named after them in the lead (folded).
HOLDS: tuple[str, ...] = ("to chuc", "tien hanh", "khai mac", "dien ra", "phat dong")
#: Right before "năm Y" in the headline: the year is something the name aims at, dates or counts from.
NOT_NAMED: tuple[str, ...] = ("den", "toi", "trong", "tu", "cho", "sau", "truoc", "giai doan", "vao", "tam nhin",
                              "cua", "nhung")
#: The fewest syllables the headline's name and the lead must share.
MIN_WORDS = 3
_NOT_NAMED = re.compile(r"\b(?:%s)\s*$" % "|".join(NOT_NAMED))
_HOLDS = re.compile(r"\b(?:%s)\s+$" % "|".join(HOLDS))
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"[a-z0-9]+")
_CUTS = ",:;.!?|\n–-"


def _shared(name: list[str], lead: str) -> tuple[int, int] | None:
    """(where in ``lead`` it starts, how many syllables) of the longest end of the headline's name (at least
    MIN_WORDS syllables) the lead writes, where it writes it right after a verb of HOLDS; None if it writes it so
    nowhere (or no end of the name at all). Compared word by word (no pattern compiled for each end)."""
    words = list(_WORD.finditer(lead))
    best, at = 0, []
    for i, w in enumerate(words):
        if w.group() != name[-1]:
            continue
        k = 1
        while k < len(name) and k <= i and words[i - k].group() == name[-1 - k]:
            k += 1
        if k > best:
            best, at = k, [words[i - k + 1].start()]
        elif k == best:
            at.append(words[i - k + 1].start())
    if best < MIN_WORDS:
        return None
    # the longest shared end only: a shorter one may sit inside another name ("kế hoạch phối hợp …")
    return next(((s, best) for s in at if _HOLDS.search(lead, max(0, s - 12), s)), None)


def headline_named(cues: list, text: str, folded: str, title: tuple[int, int], lead: tuple[int, int],
                   mentions) -> None:
    """Make ``named_year`` each cue ``year`` in the headline whose year closes a name the lead holds (see the
    module); in place."""
    t0, t1 = title
    l0, l1 = lead
    if t1 <= t0 or l1 <= l0:
        return
    for c in cues:
        if c.name != "year" or not t0 <= c.pos < t1 or not folded.startswith("nam ", c.pos):
            continue
        before = folded[t0:c.pos]
        clause = before[max(before.rfind(ch) for ch in _CUTS) + 1:]
        if _NOT_NAMED.search(clause) or told_ahead(text, c.pos) is not None:
            continue
        name = _WORD.findall(clause)
        if len(name) < MIN_WORDS:
            continue
        shared = _shared(name, folded[l0:l1])
        if shared is None:
            continue
        at = l0 + shared[0]
        lo = max(folded.rfind(". ", l0, at) + 1, l0)
        hi = folded.find(". ", at, l1)
        hi = l1 if hi < 0 else hi
        days = [d for d in mentions if lo <= d.start < hi and d.kind == "date" and d.month and d.year is None]
        if not days or _YEAR.search(folded, lo, hi) or told_ahead(text, at) is not None:
            continue
        c.name, c.weight = "named_year", CUE["named_year"].weight
        c.start = t0 + len(before) - len(clause) + list(_WORD.finditer(clause))[-shared[1]].start()   # "diễn tập … năm Y"
