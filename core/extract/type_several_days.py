"""The main event's type when its date spans several days (read by
:func:`hoptac.core.extract.event_type.main_type`).

Talks, a working session, a press conference or a signing each take a day; dated over several
days, the sentence tells a delegation's programme or the occasion the one-day act was part of:

| shape (written for the docs)                                              | read as         |
|---------------------------------------------------------------------------|-----------------|
| "Từ ngày 17-20/6, đoàn … hội đàm với …; gặp gỡ …; khảo sát …"              | visit           |
| "từ ngày 7 đến 9/11, Đoàn đại biểu Sở A … trao đổi làm việc với …"          | visit           |
| "Trong 3 ngày làm việc (28/11 đến 30/11) tại tỉnh A, Đoàn đại biểu B …"    | visit           |
| a delegation goes to attend its hosts' occasion over several days         | visit           |
| "họp báo giới thiệu Hội nghị …, dự kiến diễn ra vào ngày 14 và 15-11"      | the conference  |
| "từ ngày 6/3 đến ngày 8/3 … sang thăm, làm việc và ký kết biên bản"        | the visit       |
| "Trong 2 ngày 5 và 6/8, ông A (tỉnh A) tham dự Đại hội … tỉnh B lần thứ …" | visit           |

A conference, talks or a forum that is itself named over several days stays what it is.
"""

from __future__ import annotations

import re

from ..messages import M_
from .type_phrases import DELEGATION_NOUNS, TALKS, found as phrases_in
from .type_exchange_trips import travels_to_exchange
from .type_travel import travels_to_attend
from .type_congress_guest import guest_at_partners_congress
from .type_vocab import DELEGATION_ATTENDS

__all__ = ["over_several_days"]

_PRESS = frozenset({"hop bao", "to chuc hop bao", "buoi hop bao", "cuoc hop bao"})
# "N ngày làm việc" (a count of days, in figures or words): how long a delegation stays, no working session
_STAY = re.compile(r"\b(?:\d{1,2}|hai|ba|bon|nam|sau|bay|may)\s+ngay lam viec\b")   # searched where its words are (test_prefilters)
# a visit's word that names the task or plan the talks are about, not a later act of the programme (round 61,
# memorial61 07: "… tổ chức hội đàm thường niên triển khai kế hoạch thực hiện nhiệm vụ khảo sát, tìm kiếm …")
#   (folded words right before the visit's word, example)
TASK_NOUNS: tuple[tuple[str, str], ...] = (
    ("nhiem vu", "hội đàm triển khai nhiệm vụ khảo sát, tìm kiếm hài cốt liệt sĩ"),
    ("ke hoach", "hội đàm thống nhất kế hoạch khảo sát tuyến biên giới"),
    ("cong tac", "hội đàm về công tác khảo sát, quy tập"),
)
_TASK_BEFORE = re.compile(r"\b(?:" + "|".join(w for w, _ in TASK_NOUNS) + r")\s+$")
_ATTENDS_VERB = re.compile(r"\b(" + "|".join(sorted((v for v, _ in DELEGATION_ATTENDS), key=len, reverse=True)) + r")\b")


def over_several_days(clause: str, etype: str | None, why: str) -> tuple[str | None, str]:
    """(type, why) of a main clause (folded) whose date spans several days, given the type
    read from its phrases."""
    if etype == "conference":
        # talks take a day: over several days, talks then visits ("Từ ngày 17-20/6, đoàn … hội đàm với …;
        # gặp gỡ …; khảo sát …") are a delegation's programme, its visit ("Trong chuyến thăm … từ ngày
        # 30/5 đến 2/6, đoàn … đã hội đàm với …" stays the talks: the visit only frames them)
        found = phrases_in(clause)
        talks = [f[0] for f in found if f[1] == "conference"]
        if all(f[3] in TALKS for f in found if f[1] == "conference") and any(
                f[1] == "visit" and f[0] > talks[0] and f[3] not in DELEGATION_NOUNS
                and not _TASK_BEFORE.search(clause, max(0, f[0] - 16), f[0]) for f in found):
            return "visit", M_("talks then visits over several days: a delegation's programme, its visit")
    if etype == "conference":
        # a working session takes a day: a delegation's "làm việc" over several days ("từ ngày 7 đến 9/11,
        # Đoàn đại biểu Sở A sang dự Lễ khai mạc Hội chợ … và trao đổi làm việc với …") is its trip, a visit;
        # a conference, talks or a forum named over several days stays what it is
        found = phrases_in(clause)
        meetings = [f for f in found if f[1] == "conference"]
        first = min((f[0] for f in found if f[3] in DELEGATION_NOUNS), default=None)
        if meetings and all(f[3] == "lam viec" for f in meetings) and first is not None and first < meetings[0][0]:
            return "visit", M_("a delegation's working sessions over several days: its trip, a visit")
    if etype == "conference" and guest_at_partners_congress(clause):
        # a guest from the twin locality at the partner's own congress over its days: the guest's trip, a visit
        return "visit", M_("a guest from another locality attends that locality's own congress over its days "
                           "('tham dự Đại hội đại biểu … tỉnh B lần thứ …'): the guest's trip, a visit")
    if etype in ("conference", "other") and "ngay lam viec" in clause and _STAY.search(clause):
        # the days of a delegation's stay ("Trong 3 ngày làm việc (28/11 đến 30/11) tại tỉnh A, Đoàn đại biểu B đã
        # tham gia …: tham dự Lễ khai mạc; …; tham dự Hội nghị …"): its programme, a visit; a conference that is the
        # subject ("Trong 2 ngày làm việc, Hội nghị đã …") or talks it holds first stay what they are
        found = phrases_in(clause)
        first = min((f[0] for f in found if f[3] in DELEGATION_NOUNS), default=None)
        others = [f for f in found if f[3] not in DELEGATION_NOUNS]
        if first is not None and others and all(f[0] > first for f in others) and min(others)[3] not in TALKS:
            return "visit", M_("the days of a delegation's stay ('ngày làm việc'): its programme, a visit")
    if etype == "other":
        # a delegation that goes to attend its hosts' occasion over several days: its trip, a visit
        found = phrases_in(clause)
        first = min((f[0] for f in found if f[3] in DELEGATION_NOUNS), default=None)
        occasion = min((f[0] for f in found if f[1] == "other"), default=None)
        if occasion is not None and (verb := travels_to_attend(clause, first, occasion, _ATTENDS_VERB)) is not None:
            return "visit", M_("a delegation attends an occasion over several days ('{verb}'): its trip, a visit",
                               verb=verb)
        if occasion is not None and (verb := travels_to_exchange(clause, occasion)) is not None:
            return "visit", M_("a group travels to an exchange over several days ('{verb}'): its trip, a visit",
                               verb=verb)
    if etype == "other" and "hop bao" in clause:
        # a press conference takes a day: over several days the occasion it presents ("họp báo giới thiệu Hội nghị …,
        # dự kiến diễn ra vào ngày 14 và 15-11") is what the date is
        found = phrases_in(clause)
        other = [f for f in found if f[1] != "other"]
        if other and min(found, key=lambda f: (f[2], f[0]))[3] in _PRESS:
            _, etype, rank, phrase = min(other, key=lambda f: (f[2], f[0]))
            return etype, M_("a press conference takes a day: over several days the occasion is the '{phrase}' (rank {rank})",
                              phrase=phrase, rank=rank)
    if etype == "signing":
        other = [f for f in phrases_in(clause) if f[1] in ("visit", "conference")]
        if other:
            _, etype, rank, phrase = min(other, key=lambda f: (f[2], f[0]))
            return etype, M_("a signing takes a day: over several days the occasion is the '{phrase}' (rank {rank})",
                              phrase=phrase, rank=rank)
    return etype, why
