"""Dates of other occasions than the page's, told in passing: an earlier occasion the page follows up
or carries out ("Sau chuyến thăm … ngày 20/2/2019, …", "Thực hiện kết quả hội đàm tháng 8/2024, …"),
figures as of a day ("Tính đến ngày 30/6/2024"), a deadline ("hoàn thành trước ngày 30/9"), a state
that holds from a day ("Từ ngày 1/7/2025, các xã mới chính thức đi vào hoạt động"). None of them is
the occasion the lead reports; put after a lead that gives no day, each took the main event's day (and
its year) before. :func:`other_occasion` gives the verdict (:data:`verdicts.VERDICTS`) and why.

Each shape is a row of a table: the words before the date (folded: no accents, no case, đ→d) and a
sentence of the shape, written for the table.
"""

from __future__ import annotations

import functools
import re

from .dates import DateMention
from .disaster_days import WHY_DISASTER_DAYS, disaster_days, page_may_tell_disaster
from .tense_words import SAP, SE
from ..messages import M_

__all__ = ["CARRIED_OUT", "EARLIER_OCCASION", "PREVIOUS", "EARLIER_ORDINAL", "NATIONAL_VISIT", "RECALLED", "UNTIL_FROM_NOW", "WHY_UNTIL_FROM_NOW", "WHY_FIRST_TOLD", "FIRST_TIME", "first_told_with_year", "first_meetings_past", "LETTER_SENT", "AS_OF", "DEADLINE", "ASSIGNED", "TARGET", "SINCE_STATE", "CUT_SINCE", "AFTER_DAY", "AFTER_DAY_NOT", "WHY_AFTER_DAY", "other_occasion"]

#: A meeting whose results or conclusions are carried out: its date is an earlier milestone
#: (verdict "past"), never the occasion that carries it out -- unless the clause goes on to the
#: occasion ("Hội nghị triển khai kết quả hội đàm diễn ra sáng 5/9").
CARRIED_OUT: tuple[tuple[str, str], ...] = (
    (r"(?:thuc hien|trien khai|cu the hoa)\s+(?:cac\s+)?(?:ket qua|ket luan|noi dung|nhan thuc chung)\s+"
     r"(?:(?:da\s+)?dat duoc\s+(?:tai\s+)?)?(?:cua\s+)?",
     "Thực hiện kết quả hội đàm tháng 8/2024 giữa lãnh đạo hai tỉnh, các sở đã xây dựng kế hoạch."),
    (r"(?:dat duoc|thong nhat)\s+tai\s+",
     "Hai bên rà soát các nội dung đã thống nhất tại Hội nghị ngày 12/5/2024 ở Viêng Chăn."),
)
_MEETING_NOUNS = r"hoi nghi|hoi dam|chuyen|buoi|cuoc|ky hop|phien|le|dot"
_MEETING = rf"(?:cac\s+)?(?:{_MEETING_NOUNS})\b"
#: ... the clause may name the meeting's place and parties, not the occasion's own verbs.
_NOT_THE_OCCASION = rf"(?:(?!\b(?:dien ra|khai mac|be mac|{SE}|du kien)\b)[^,;.()\n]){{0,80}}$"
_CARRIED_OUT = re.compile(r"\b(?:" + "|".join(p for p, _ in CARRIED_OUT) + r")" + _MEETING + _NOT_THE_OCCASION)

#: An earlier occasion the clause tells the page's as coming after ("Sau chuyến thăm …", "Tiếp nối
#: cuộc gặp …", "Hồi tháng 4/1975"): only a date with its year ("Sau buổi làm việc sáng 6/9, đoàn …"
#: may be a day of the same trip).
EARLIER_OCCASION: tuple[tuple[str, str], ...] = (
    (r"sau\s+(?:khi\s+)?" + _MEETING,
     "Sau chuyến thăm của đoàn tỉnh bạn ngày 20/2/2019, quan hệ hai tỉnh ngày càng gắn bó."),
    (r"tiep noi\s+(?:truyen thong\s+)?(?:tu\s+)?(?:ket qua\s+)?(?:cua\s+)?(?:cuoc gap(?: go)?|" + _MEETING_NOUNS + r")\b",
     "Tiếp nối cuộc gặp gỡ đầu tiên ngày 5/9/2001, hai bên thường xuyên trao đổi đoàn."),
    (r"ke tu\s+(?:khi\s+)?", "Hơn 30 năm qua, kể từ khi ký kết thỏa thuận ngày 18/11/1994, hai bên đã phối hợp chặt chẽ."),
    # a bond made, told in a "sau khi"/"từ khi" clause with its subject (another way to say "kể từ khi ký kết")
    (r"(?:tu\s+sau|sau|tu)\s+khi\s+(?:[a-z]+\s+){0,5}?(?:da\s+)?(?:chinh thuc\s+)?(?:ky ket|ky|thiet lap|xac lap|ket nghia)\b",
     "Quan hệ hai tỉnh phát triển tốt đẹp sau khi hai bên ký kết thỏa thuận hợp tác vào tháng 3/2011."),
    (r"(?<!dai )(?<!ngay )hoi\s+",   # "hồi tháng 4/1975" (not "Đại hội tháng 4", "ngày hội")
     "Hồi tháng 4/1975, quân và dân hai tỉnh đã sát cánh bên nhau."),
)
#: A day the clause tells the page's news as coming after ("sau ngày 1/8/2023", "kể từ sau ngày 1/7/2025"; round 49,
#: late49b, "after_day"): a point of reference -- what changed from then on, an earlier occasion or state -- never the
#: day of the occasion the page reports, which comes after it. Only a date with its year (a yearless "Sau ngày 6/9,
#: đoàn …" may tell the next day of the same trip).
AFTER_DAY = (r"\b(?:(?:ke\s+)?tu\s+)?(?<!thu )(?<!mung )(?<!thang )(?<!chieu )(?<!lan )(?<!hom )sau\s+(?:ngay\s+)?$",
             "Đặc biệt, sau ngày 1/8/2022, hai bên đã thống nhất mở lại lối mở biên giới, tạo thuận lợi cho nhân dân.")
AFTER_DAY_NOT = ("Sau buổi làm việc sáng 6/9, đoàn tiếp tục thăm khu di tích.",   # no 'ngày', no year: maybe the trip's day
                 "Sau ngày 15/3, đoàn sẽ sang thăm tỉnh B.",                      # no year: not read
                 "Sáng thứ Sáu ngày 5/4/2024, hai tỉnh ký kết biên bản ghi nhớ.",  # 'thứ Sáu' (Friday) folds to 'thu sau'
                 "Trong tháng Sáu năm 2024, đoàn tỉnh A sang thăm tỉnh B.")       # 'tháng Sáu' (June)
_AFTER_DAY = re.compile(AFTER_DAY[0])
_EARLIER_OCCASION = re.compile(r"\b(?:" + "|".join(p for p, _ in EARLIER_OCCASION[:4]) + r")" + _NOT_THE_OCCASION)
_HOI = re.compile(EARLIER_OCCASION[4][0] + r"$")

#: An occasion told as the previous one ("Buổi làm việc trước giữa hai bên diễn ra ngày 12/5", "tại
#: hội nghị lần trước ngày 20/11"): an earlier milestone, with or without its year.
#: ... or as the latest one held ("Hội đàm gần đây nhất diễn ra tại huyện A vào ngày 18/6/2022": history the page
#: recalls, its own occasion comes after it).
PREVIOUS = (r"(?:buoi|cuoc|hoi nghi|hoi dam|chuyen|ky hop|phien)(?:\s+[a-z]+){0,2}?\s+(?:lan\s+|ky\s+)?"
            r"(?:truoc|gan day nhat|gan nhat)\b"
            r"[^,;.()\n]{0,80}$", "Buổi làm việc trước giữa hai bên diễn ra ngày 12/5 tại trụ sở UBND tỉnh.")
_PREVIOUS = re.compile(r"\b" + PREVIOUS[0])
#: A meeting told by its number in the sentence of a date after the lead ("Hội nghị lần thứ nhất được
#: tổ chức tại Cao Bằng ngày 12/5/2019"): an earlier one (verdict "past") when the headline or the lead
#: numbers the page's own occasion higher ("… tổ chức Hội nghị hợp tác lần thứ hai"). The first told with
#: its year on a page that numbers its own occasion not at all and has no stamp is no date of the
#: occasion either (:func:`first_told_with_year`, used by events): nothing else tells the first meeting,
#: recounted after the lead, from the occasion (with a stamp, a day in the weeks before it may be the
#: occasion's: undated.not_the_recent_occasion). Not a weekday ("thứ Hai"): the number follows "lần",
#: "kỳ họp" (not "phiên": a session of the page's own meeting); not an anniversary's count ("kỷ niệm lần thứ 60 năm").
EARLIER_ORDINAL = (r"\b(lan|ky hop)\s+thu\s+(nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi|\d{1,2}|[ivx]{1,5})\b(?!\s+nam\b(?!\s+\d{4}))",
                   "Hội nghị lần thứ nhất được tổ chức tại tỉnh Cao Bằng ngày 12/5/2019.")
_ORDINAL = re.compile(EARLIER_ORDINAL[0])
_ORDINAL_WORDS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


_ROMAN = {"i": 1, "v": 5, "x": 10}


def _ordinal(x: re.Match) -> tuple[str, int]:
    """(the noun, the number) of a numbered meeting: ("lan", 2) for "lần thứ hai", "lần thứ II"."""
    n = x.group(2)
    if n.isdigit():
        return x.group(1), int(n)
    if n in _ORDINAL_WORDS:
        return x.group(1), _ORDINAL_WORDS[n]
    values = [_ROMAN[c] for c in n]
    return x.group(1), sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))


@functools.lru_cache(maxsize=8)
def _numbers_meetings(folded: str) -> bool:
    """Does the page number any meeting ("lần thứ", "kỳ họp thứ")? Once a page (its dates share the
    folded text, a cache hit by identity)."""
    return "lan thu" in folded or "hop thu" in folded


def _numbered_near(folded: str, m: DateMention, near: str) -> bool:
    """A cheap test before EARLIER_ORDINAL's: do "lần thứ" or "kỳ họp thứ" stand near the date?"""
    return _numbers_meetings(folded) and ("lan thu" in near or "hop thu" in near
                                          or folded.find("lan thu", m.end, m.end + 120) >= 0
                                          or folded.find("hop thu", m.end, m.end + 120) >= 0)


def _numbers(folded: str, m: DateMention, near: str, lead) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """The meeting numbers the date's own sentence tells (after the lead only) and those the
    headline and the lead tell (EARLIER_ORDINAL)."""
    if m.start < lead[1]:
        return [], []
    own = near[max(near.rfind(". "), near.rfind("\n"), near.rfind("; ")) + 1:]
    stop = _SENTENCE_END.search(folded, m.end, m.end + 120)
    own += " " + folded[m.end:stop.start() if stop else m.end + 120]
    told = [_ordinal(x) for x in _ORDINAL.finditer(own)] if "thu" in own else []
    if not told:
        return [], []
    return told, [_ordinal(x) for x in _ORDINAL.finditer(folded, 0, lead[1])]


def _earlier_numbered(folded: str, m: DateMention, near: str, lead) -> bool:
    """Is the date's sentence about a meeting numbered before the page's own (EARLIER_ORDINAL), of the
    same kind ("lần thứ" against "lần thứ", "kỳ họp thứ" against "kỳ họp thứ")?"""
    told, page = _numbers(folded, m, near, lead)
    return any(n < max((k for w, k in page if w == noun), default=0) for noun, n in told)


#: The first occasion told as such, not by its number ("Hai bên lần đầu tiên tổ chức Hội đàm tại huyện A
#: vào ngày 14 tháng 8 năm 2016"): the first meeting, as "lần thứ nhất" (first_told_with_year).
FIRST_TIME = (r"\blan dau(?: tien)?\b", "Hai bên lần đầu tiên tổ chức Hội đàm tại huyện A vào ngày 14 tháng 8 năm 2016.")
_FIRST_TIME = re.compile(FIRST_TIME[0])


def _first_time(folded: str, m: DateMention, lead) -> bool:
    """Does the date's own sentence tell the first occasion ("lần đầu tiên … ngày …") on a page whose
    headline and lead tell no first time of their own?"""
    own = folded[max(0, m.start - 120):m.start]
    own = own[max(own.rfind(". "), own.rfind("\n"), own.rfind("; ")) + 1:]
    return _FIRST_TIME.search(own) is not None and _FIRST_TIME.search(folded, 0, lead[1]) is None


def first_told_with_year(folded: str, m: DateMention, lead) -> bool:
    """Is the date (with its year, after the lead) the first meeting's, on a page whose headline and
    lead number no meeting of their own (EARLIER_ORDINAL), or tell no first time (FIRST_TIME)?"""
    if m.year is None or m.kind != "date" or m.start < lead[1]:
        return False
    if "lan dau" in folded and _first_time(folded, m, lead):
        return _ORDINAL.search(folded, 0, lead[1]) is None   # (a page that numbers its own: EARLIER_ORDINAL)
    if not _numbers_meetings(folded) or (
            folded.find("lan thu", max(0, m.start - 120), m.end + 120) < 0
            and folded.find("hop thu", max(0, m.start - 120), m.end + 120) < 0):
        return False
    told, page = _numbers(folded, m, folded[max(0, m.start - 120):m.start], lead)
    return bool(told) and not page and min(n for _, n in told) == 1


#: A letter sent to ask for the occasion ("Ngày 12/5, UBND tỉnh đã có văn bản đề nghị tỉnh bạn cử đoàn
#: …"): a document's date, the occasion it asks for comes later (as one received, verdicts._RECEIVED).
LETTER_SENT = (r"[^.;\n]{0,100}?\b(?:co|gui)\s+(?:cong van|van ban|thu moi|giay moi|loi moi)\s+(?:[a-z]+\s+){0,4}?"
               r"(?:de nghi|moi|ve viec)\b", "Ngày 12/5, UBND tỉnh đã có văn bản đề nghị tỉnh bạn cử đoàn sang làm việc.")
_LETTER_SENT = re.compile(LETTER_SENT[0])
#: ... only when the request names an occasion (a delegation sent, a visit, a meeting, a signing; an invitation
#: always does): a letter that asks for something else is itself the page's occasion, its announcement (round 20,
#: corpus b14's convention), and keeps its date.
ASKED_OCCASION = (r"[^.;\n]{0,90}?\b(?:cu (?:doan|dai dien|can bo)|(?:sang|den|toi) (?:lam viec|tham|du)|to chuc|"
                  r"tham du|hoi nghi|hoi dam|ky ket|lam viec|gap go|don tiep|tiep don)\b", LETTER_SENT[1])
NO_OCCASION_ASKED = "Ngày 14/6/2024, UBND tỉnh Hà Giang có công văn đề nghị châu Văn Sơn phối hợp quản lý cửa khẩu."
_ASKED_OCCASION = re.compile(ASKED_OCCASION[0])
#: Figures as of a day or a month: the article is later (a lower bound, year_bounds' as_of).
AS_OF = (r"(?:tinh|cap nhat|luy ke)\s+(?:den|toi)\s+(?:het\s+|cuoi\s+)?(?:ngay\s+)?",
         "Tính đến ngày 30/6/2024, hai bên đã trao đổi hơn 300 đoàn cán bộ.")
_AS_OF = re.compile(r"\b" + AS_OF[0] + r"$")

#: A deadline: what is to be done by a day.
DEADLINE: tuple[tuple[str, str], ...] = (
    (r"(?<!nam )(?<!thang )(?<!tuan )(?<!ngay )(?<!lan )(?<!ky )(?<!hom )(?<!gio )truoc", "Các sở hoàn thành báo cáo kết quả trước ngày 30/9/2024."),
    (r"cham nhat(?: la)?", "Hồ sơ gửi về Sở Ngoại vụ chậm nhất ngày 15/10."),
    (r"han (?:chot|cuoi)(?: la)?", "Hạn chót là ngày 20/6 để các đơn vị gửi hồ sơ đăng ký."),
)
#: A task assigned with its time (a directive reported: its deadline, never an occasion the page reports): the
#: verb "giao" (not "bàn giao", "chuyển giao"; not told done, "đã giao") and the agency given the task, then the
#: task and "trong / vào / trước" right before the date, in one sentence with no "đã" after "giao" (Đà Nẵng, Đà
#: Lạt, Đà Bắc fold to the same letters and are kept).
#: (name, folded words, a sentence written for the table)
ASSIGNED: tuple[tuple[str, str, str], ...] = (
    ("assigned_agency", r"giao (?:cho )?(?:cac )?(?:so|ubnd|uy ban|cong an|bo chi huy|van phong|trung tam|co quan|"
                        r"don vi|nganh|phong)\b … (?:trong|vao|truoc)",
     "UBND tỉnh A giao Sở Ngoại vụ làm đầu mối, phối hợp với Sở Ngoại vụ tỉnh B hoàn thiện dự thảo, trình lãnh "
     "đạo hai tỉnh ký kết trong tháng 9/2024."),
)
ASSIGNED_NOT: tuple[str, ...] = (
    "Công trình được bàn giao cho UBND xã A vào ngày 5/3/2024.",          # a handover: the occasion
    "UBND tỉnh A đã giao Sở Ngoại vụ tổ chức đón đoàn tỉnh B vào ngày 12/3/2024.",   # told done
    "Ngày 5/3/2024, UBND tỉnh A giao Sở Ngoại vụ chuẩn bị đón đoàn tỉnh B.",      # the day before the verb: the directive's
)
_ASSIGNED = re.compile(r"(?<!\bban )(?<!\bchuyen )(?<!\bda )\bgiao\s+(?:cho\s+)?(?:cac\s+)?(?:so|ubnd|uy ban|cong an|bo chi huy|"
                       r"van phong|trung tam|co quan|don vi|nganh|phong)\b(?:(?!\bda\s+(?!(?:nang|lat|bac)\b))[^.;!?\n]){0,240}?"
                       r"\b(?:trong|vao|truoc)\s+(?:ngay\s+|thang\s+|quy\s+)?$")
#: how far back "giao" may stand from the date
ASSIGNED_REACH = 260
#: ... and when the task right before the time is an occasion ("ký kết", "tổ chức", a meeting), that occasion is
#: planned for then (verdict "planned", an other milestone when its year is stated, as an issued plan's days)
_ASSIGNED_OCCASION = re.compile(r"\b(?:ky ket|ky|to chuc|hoi nghi|hoi dam|gap go|le)\s+(?:[^\s]+\s+){0,6}?(?:trong|vao|truoc)\s+"
                                r"(?:ngay\s+|thang\s+|quy\s+)?$")
#: A target told ahead: what is to be completed, opened or put to use by a day ("Tuyến đường dự kiến
#: hoàn thành vào tháng 12/2026"); a completion told as done ("đã khánh thành ngày …") is an occasion.
TARGET = (r"(?:hoan thanh|khanh thanh|thong xe|dua vao (?:su dung|hoat dong|van hanh))(?:[^\S\n]+[a-z]+){0,3}?"
          r"[^\S\n]+(?:vao|trong|truoc)[^\S\n]+(?:cuoi[^\S\n]+)?",
          "Theo kế hoạch, cây cầu sẽ được đưa vào sử dụng vào tháng 6/2027.")
_TARGET = re.compile(r"\b" + TARGET[0] + r"$")
_AHEAD = re.compile(rf"\b(?:{SE}|du kien|phan dau|muc tieu|ke hoach|quy hoach)\b")
_DEADLINE = re.compile(r"\b(?:" + "|".join(p for p, _ in DEADLINE) + r")[^\S\n]+(?:vao[^\S\n]+)?(?:ngay[^\S\n]+)?$")

#: The end of a span that runs from the page's day ("Tuần lễ diễn ra từ nay đến ngày 29/8", "kéo dài từ nay tới hết
#: ngày 30/9"): where the occasion ends, never the day it is held (round 43, late43c, "until_from_now"; the main
#: event ends on it when its occasion is the lead's: :func:`hoptac.core.extract.occasion_days.lasted`).
UNTIL_FROM_NOW = (r"tu nay\s+(?:den|toi|cho den)\s+(?:het\s+)?(?:ngay\s+)?",
                  "Ngày 3/9, hai tỉnh khai trương Tuần lễ sản phẩm OCOP. Tuần lễ diễn ra từ nay đến ngày 9/9.")
_UNTIL_FROM_NOW = re.compile(r"\b" + UNTIL_FROM_NOW[0] + r"$")

#: A state that holds from a day (no end told): "Từ ngày 1/7/2025, các xã mới chính thức đi vào hoạt động".
SINCE_STATE = ("Từ ngày 1/7/2025, hai xã mới chính thức đi vào hoạt động.",)
_FROM = re.compile(r"\b(?:ke\s+)?tu\s+(?:ngay\s+)?$")
_HOLDS = re.compile(r"[^.;\n]{0,80}?\b(?:da chinh thuc|chinh thuc (?:di vao hoat dong|hoat dong|co hieu luc)|"
                    r"co hieu luc|di vao hoat dong|duoc ap dung)\b")
_RANGE_AFTER = re.compile(r"\s*(?:den|toi|-|–)")
#: A period's start cut off by the end of the page ("Đặc biệt, từ tháng 8-2022 đế" where an excerpt
#: stops mid-word): "từ" opens a range or a "since" whose other end is lost -- not an occasion.
CUT_SINCE = ("Đặc biệt, từ tháng 8/2022 đế",)

#: A visit of the country's leaders told in passing after the lead ("Dấu ấn nổi bật là chuyến thăm cấp Nhà
#: nước đến Việt Nam của Tổng Bí thư, Chủ tịch nước … từ ngày 14 - 15/4/2025"): the two countries' occasion,
#: not the localities' -- an earlier milestone, unless the sentence tells it ahead ("sẽ", "sắp", "dự kiến")
#: or frames the page's own occasion in it ("Trong khuôn khổ chuyến thăm …, ngày …, hai tỉnh ký …").
#: Round 47 (late47b, "national_visit_of"): the visit named by whose it is, without "cấp Nhà nước"
#: ("chuyến thăm Việt Nam của Tổng Bí thư, Chủ tịch nước bạn từ ngày 14-15/4 vừa qua"): at most five words
#: (where it went) between "chuyến thăm" and "của", then the leader's title right after "của".
NATIONAL_VISIT = (r"\bchuyen tham\s+(?:huu nghi\s+)?(?:(?:cap nha nuoc|chinh thuc)\b[^.;\n]{0,100}?"
                  r"|(?:[a-z]+\s+){0,5}?cua\s+)"
                  r"\b(?:tong bi thu|chu tich nuoc|thu tuong|chu tich quoc hoi)\b[^.;\n]{0,80}$",
                  "Dấu ấn nổi bật là chuyến thăm cấp Nhà nước của Chủ tịch nước bạn từ ngày 14 - 15/4/2025, mở ra giai đoạn mới.")
_NATIONAL_VISIT = re.compile(NATIONAL_VISIT[0])
_FRAMED = re.compile(r"\b(?:(?:trong khuon kho|nhan dip|dip)\s+(?:cac\s+)?|nhan\s+)chuyen tham\b")
_AHEAD_IN_IT = re.compile(rf"\b(?:{SE}|{SAP}|du kien)\b")   # (not "chia sẻ", "sáp nhập": tense_words)
_AHEAD_RIGHT_AFTER = re.compile(r"\s*(?:\(|,)?\s*(?:toi|sap toi)\b")

#: An earlier milestone recalled ("Đồng chí … nhắc lại sự kiện tháng 6/2017 Thủ tướng nước bạn sang thăm lại
#: tỉnh", "ôn lại chuyến thăm ngày 12/3/1984"): the clause before the date recalls it -- not told ahead.
RECALLED = (r"\b(?:nhac lai|on lai|nho lai|hoi tuong lai|hoi tuong)\b[^,;.!?\n]{0,60}$",
            "Chủ tịch tỉnh nhắc lại sự kiện tháng 6/2017 lãnh đạo nước bạn sang thăm lại tỉnh.")
_RECALLED = re.compile(RECALLED[0])

_WHY_CARRIED_OUT = M_("a meeting whose results are carried out ('thực hiện kết quả hội đàm …')")
_WHY_EARLIER = M_("an earlier occasion the page comes after ('Sau chuyến thăm … ngày …', 'Tiếp nối …', 'kể từ khi …', 'Hồi tháng …')")
WHY_AFTER_DAY = M_("a day the news is told as coming after ('sau ngày …', 'kể từ sau ngày …'): a point of reference, "
                     "not the occasion's day")
_WHY_AS_OF = M_("figures as of a day ('Tính đến ngày …')")
_WHY_DEADLINE = M_("a deadline: 'trước ngày …', 'chậm nhất ngày …', 'hạn chót …'")
_WHY_ASSIGNED = M_("a task assigned with its time ('giao Sở … trình … ký kết trong tháng …'): a deadline, not an "
                    "occasion the page reports")
_WHY_ASSIGNED_OCCASION = M_("an occasion a task assigned sets for a time ('giao Sở … trình lãnh đạo hai tỉnh ký kết "
                             "trong tháng …'): planned, not an occasion the page reports")
_WHY_TARGET = M_("a target told ahead: 'dự kiến hoàn thành vào …', 'sẽ đưa vào sử dụng …'")
_WHY_PREVIOUS = M_("the previous occasion ('buổi làm việc trước', 'hội nghị lần trước')")
_WHY_LETTER_SENT = M_("the day a letter asking for the occasion was sent ('đã có văn bản đề nghị …')")
_WHY_EARLIER_ORDINAL = M_("a meeting numbered before the page's own ('Hội nghị lần thứ nhất … ngày …')")
_WHY_NATIONAL_VISIT = M_("a visit of the country's leaders told in passing ('chuyến thăm cấp Nhà nước của Chủ tịch nước …')")
_WHY_RECALLED = M_("an earlier milestone recalled ('nhắc lại sự kiện tháng 6/2017 …', 'ôn lại …')")
_WHY_CUT_SINCE = M_("where a range or a 'since' starts, its other end cut off by the end of the page ('từ tháng 8/2022 đế')")
WHY_FIRST_TOLD = M_("the first meeting, told with its year after a lead that numbers none, on a page with no stamp")
WHY_UNTIL_FROM_NOW = M_("the end of a span that runs from now ('từ nay đến ngày …'): where it ends, not the day it is held")
_WHY_SINCE_STATE = M_("the day from which a state holds ('Từ ngày …, … chính thức đi vào hoạt động')")


def _cut_after(folded: str, m: DateMention) -> bool:
    """Does the page stop right after the date, mid-sentence (at most a cut word, no full stop)?"""
    rest = folded[m.end:].strip()
    return len(rest) <= 4 and not any(c in rest for c in ".;!?)…")


def other_occasion(folded: str, m: DateMention, clause: str, near: str, lead) -> tuple[str, str] | None:
    """(verdict, why) for a date of another occasion than the page's, or None. ``clause`` is the
    folded clause before the date (back to , ; . or a line break), ``near`` the 120 characters."""
    tail = near[-24:]
    if "tu nay" in tail and _UNTIL_FROM_NOW.search(tail) and not (m.end_day or m.end_month):
        return "period", WHY_UNTIL_FROM_NOW
    if ("truoc" in tail or "han c" in tail or "cham nhat" in tail) and _DEADLINE.search(tail):
        return "deadline", _WHY_DEADLINE
    if "giao" in (back := folded[max(0, m.start - ASSIGNED_REACH):m.start]) and (task := _ASSIGNED.search(back)):
        if _ASSIGNED_OCCASION.search(task.group()[-40:]):
            return "planned", _WHY_ASSIGNED_OCCASION   # "… trình lãnh đạo hai tỉnh ký kết trong tháng 9/2024"
        return "deadline", _WHY_ASSIGNED
    wide = near[-64:]
    if ("thanh" in wide or "thong xe" in wide or "dua vao" in wide) and _TARGET.search(wide) \
            and _AHEAD.search(clause[-120:]):
        return "deadline", _WHY_TARGET
    if ("tinh" in tail or "cap nhat" in tail or "luy ke" in tail) and _AS_OF.search(near[-40:]):
        return "past", _WHY_AS_OF
    if "tu " in near[-12:] and _FROM.search(near[-12:]) and not _RANGE_AFTER.match(folded, m.end) \
            and _HOLDS.match(folded, m.end, m.end + 100) and not (m.end_day or m.end_month):
        return "since", _WHY_SINCE_STATE
    if "tu " in near[-12:] and len(folded[m.end:m.end + 12].strip()) <= 4 and _FROM.search(near[-12:]) \
            and _cut_after(folded, m):
        return "since", _WHY_CUT_SINCE
    if ("truoc" in clause or "gan" in clause) and _PREVIOUS.search(clause[-120:]):
        return "past", _WHY_PREVIOUS
    if ("van ban" in (after := folded[m.end:m.end + 140]) or "cong van" in after or "moi" in after) \
            and (sent := _LETTER_SENT.match(after)) \
            and (not sent.group().endswith(("de nghi", "ve viec")) or _ASKED_OCCASION.match(after, sent.end())):
        return "document", _WHY_LETTER_SENT
    if m.start >= lead[1] and _numbered_near(folded, m, near) and _earlier_numbered(folded, m, near, lead):
        return "past", _WHY_EARLIER_ORDINAL
    if m.start >= lead[1] and "chuyen tham" in near and _NATIONAL_VISIT.search(near) \
            and not _FRAMED.search(near) and not _AHEAD_IN_IT.search(near[near.rfind("chuyen tham"):]):
        return "past", _WHY_NATIONAL_VISIT
    if ("lai" in clause or "hoi tuong" in clause) and _RECALLED.search(clause[-80:]) \
            and not _AHEAD_IN_IT.search(clause[-80:]) and not _AHEAD_RIGHT_AFTER.match(folded, m.end):
        return "past", _WHY_RECALLED
    if ("qua" in clause or "tai" in clause) and _CARRIED_OUT.search(clause[-160:]):
        return "past", _WHY_CARRIED_OUT
    if m.year and "sau" in tail[-16:] and _AFTER_DAY.search(tail) and not (m.end_day or m.end_month):
        return "past", WHY_AFTER_DAY
    if m.year and (("sau" in clause or "tiep noi" in clause or "ke tu" in clause or "tu khi" in clause) and _EARLIER_OCCASION.search(clause[-160:])
                   or (folded.startswith("thang", m.start) and _HOI.search(near[-12:]))):
        return "past", _WHY_EARLIER
    if m.start >= lead[1] and page_may_tell_disaster(folded) and disaster_days(folded, m, lead):
        return "past", WHY_DISASTER_DAYS   # "Từ ngày 29/11 đến ngày 17/12/2030, … đã xảy ra các đợt mưa lũ" (disaster_days)
    return None


def first_meetings_past(readings, folded: str, lead) -> None:
    """On a page with no stamp, each event or range the text tells as the first meeting with its year
    (:func:`first_told_with_year`): an earlier occasion, past ("Hội nghị lần thứ nhất được tổ chức … ngày 12/5/2019")."""
    for r in readings:
        if r.verdict in ("event", "range") and first_told_with_year(folded, r.mention, lead):
            r.verdict, r.why, r.score = "past", WHY_FIRST_TOLD, 0
