"""Which dates in the body are other milestones worth an event of their own, beside the
main occasion: verdicts that never are (:data:`NOT_MILESTONES`), a year alone only as the
time of a signing, a meeting or a visit (:func:`year_milestone`), and a day without a year
inside the main occasion's stated range, which takes the range's year (:func:`day_in_range`).
All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from datetime import date

from .anchors import first_words
from .dates import DateMention
from .openings import Opened
from .year_cue_kinds import CUE, YearCue

__all__ = ["NOT_MILESTONES", "BOND_YEARS", "year_milestone", "day_in_range", "range_around", "day_before", "day_after", "just_past", "by_year_founded", "last_year_occasions", "established", "bond_since"]

NOT_MILESTONES = frozenset({"teaser", "anniversary", "founding", "period", "since", "headline", "basis", "holiday", "lunar", "ahead",
                            "deadline"})
# A year alone is a milestone only as the time of a signing, a meeting or a visit:
# "Năm 2022, UBND tỉnh … đã ký kết Bản ghi nhớ", "kể từ hội nghị năm 2024".
_YEAR_EVENT_VERB = re.compile(r"\b(?:ky ket|ky|hoi nghi|hoi dam|chuc tet|den tham|sang tham|tham va lam viec|le ket nghia)\b")
_YEAR_EVENT_NOUN = re.compile(r"\b(?:hoi nghi|hoi dam|gap go|chuc tet|le ky ket|le ky|le ket nghia)\b"
                              r"(?:(?!chuong trinh|ke hoach|nhiem vu|thoa thuan|hop tac)[^,.;:()]){0,40}$")
_YEAR_EVENT_VERB_AT, _YEAR_EVENT_NOUN_AT = (Opened(rx, tuple(sorted(first_words(rx.pattern))))  # (test_prefilters)
                                          for rx in (_YEAR_EVENT_VERB, _YEAR_EVENT_NOUN))
#: A signing told as done, then its year: "biên bản hợp tác đã ký kết năm 2019", "sau khi ký kết
#: biên bản ghi nhớ năm 2012" (not a plan's year: "đã ký kết kế hoạch hợp tác năm 2024").
_SIGNED_YEAR = re.compile(r"\b(?:da|duoc|sau khi|tung)\s+(?:duoc\s+)?ky(?:\s+ket)?\b"
                          r"(?:(?!ke hoach|chuong trinh|nhiem vu|phuong huong)[^,.;:()]){0,40}$")


#: A relation founded, told right after its year: "được đặt nền móng từ năm 1989 với việc thành lập
#: quan hệ đối tác giữa A và B", "năm 2006 khi hai tỉnh chính thức ký kết". (folded, after the year)
_FOUNDED_AFTER = re.compile(r"\s*,?\s*(?:voi viec|bang viec|khi)\s+(?:[^,.;:()]{0,30}\s)?(?:chinh thuc\s+)?"
                            r"(?:thanh lap|thiet lap|xac lap|ky ket|ket nghia)\b")
#: A year reached in a relation's history, then what was founded in it: "đến năm 1996, thành phố A
#: thiết lập quan hệ với thành phố B" -- read as a target ("đến năm 2030, …") by the date rules, it
#: is a milestone when it lies before the main occasion's year and the clause founds a relation
#: with no word of a plan, nor a count so far ("Đến hết năm 2020, A đã ký kết … với 13 tỉnh").
_BY_YEAR_FOUNDED = re.compile(r"\s*,\s*(?:(?!\b(?:se|da|phan dau|dat|tro thanh|muc tieu|du kien)\b)[^.;:()]){0,50}?"
                              r"\b(?:thanh lap|thiet lap|xac lap|ky ket|ket nghia)\s+(?:quan he|hop tac|thoa thuan|ban ghi nho)"
                              r"(?![^.;:()]{0,40}\bvoi\s+\d)")


def by_year_founded(folded: str, dm: DateMention, main_year: int | None) -> bool:
    """Is a target-like year ('đến năm 1996, A thiết lập quan hệ với B') a relation's milestone?"""
    # (not a count so far: "Đến hết năm 2020, A đã ký kết thỏa thuận với 13 tỉnh")
    return bool(dm.rule == "target_year" and dm.year and main_year and dm.year < main_year
                and re.match(r"(?:den|toi)\s+nam\b", folded[dm.start:dm.end])
                and _BY_YEAR_FOUNDED.match(folded, dm.end, dm.end + 90))


#: A programme started in a year, told opening its sentence: "Từ năm 2017, huyện A và huyện B đã
#: tiến hành chương trình phái cử tu nghiệp sinh" (the year it began). (folded, after the year)
_STARTED_AFTER = re.compile(r"\s*,\s*(?:(?!\b(?:se|du kien|den nay|hang nam)\b)[^.;:()]){0,120}?"
                            r"\bda\s+(?:tien hanh|trien khai|thuc hien|phoi hop)\s+(?:chuong trinh|du an|hop tac|de an)")


#: A relation founded in a year, told opening its sentence: "Từ năm 2006, Hội Phụ nữ tỉnh A đã chính thức có
#: quan hệ hợp tác với Hội Phụ nữ tỉnh B", "Từ năm 1998, hai xã thiết lập quan hệ kết nghĩa" (the year the bond
#: began; ``established`` reads the year after the verb). Not a year's activity since ("Từ năm 2006, hai bên đã tổ
#: chức nhiều đoàn …"), nor a plan ("Từ năm 2026, hai tỉnh sẽ chính thức …"); "kết nghĩa" as a verb only ("đã kết
#: nghĩa", "kết nghĩa với"), not the bond's day or feeling ("kỷ niệm ngày kết nghĩa", "tình kết nghĩa"). (folded, after
#: the year)
_FOUNDED_SINCE = re.compile(r"\s*,\s*(?:(?!\b(?:se|du kien|den nay|hang nam|nhieu)\b)[^.;:()]){0,120}?"
                            r"\b(?:chinh thuc\s+(?:co\s+|thiet lap\s+|xac lap\s+)?quan he|(?:thiet lap|xac lap)\s+quan he|"
                            r"(?:da|chinh thuc)\s+ket nghia|ket nghia\s+voi)\b")

#: One trip or meeting told done in a year that opens its sentence after "Trong": "Trong năm 2024, Bộ Chỉ huy Quân sự
#: tỉnh A đã tổ chức đoàn sang thăm và hội đàm với tỉnh B" (one delegation, its occasion's verb). Not a year's
#: activity summed up (review21): a count of delegations, documents or occasions ("đã ký kết bốn văn bản và tổ chức
#: nhiều đoàn …", "các đoàn", "3 lượt đoàn"), nor a plan ("sẽ", "dự kiến"). (folded, after the year, to the clause's end)
_ONE_TRIP_IN_YEAR = re.compile(r"\s*,\s*(?:(?!\b(?:se|du kien|du dinh|phan dau)\b)[^.;:()]){0,80}?\bda\s+"
                               r"(?:(?:to chuc|cu)\s+(?:mot\s+)?doan\s+(?:[a-z]+\s+){0,4}?)?(?:sang|den|toi)\s+"
                               r"(?:tham|lam viec|hoi dam|chuc tet)\b")
_COUNTED = re.compile(r"\b(?:nhieu|cac|mot so|hang loat|\d+|hai|ba|bon|sau|bay|tam|chin|muoi)\s+(?:[a-z]+\s+)?"
                      r"(?:doan|luot|cuoc|van ban|hoat dong|chuong trinh|buoi)\b")
_TRONG = re.compile(r"(?:^|[,;])\s*trong\s+$")


#: A year that opens its sentence or clause, perhaps after "vào" ("Năm 2014, …", "…; năm 2014, …", "Vào năm
#: 1960, hai tỉnh … tổ chức lễ kết nghĩa"). Not after "trong" (review21): "Trong năm 2023, hai tỉnh đã ký kết
#: bốn văn bản và trao đổi nhiều đoàn" sums up a year's activity, no one occasion of it. After a speaker's colon too
#: (year_after_colon, round 52: "Ông cho biết: Năm 2015, hai tỉnh ký bản ghi nhớ …"). (folded, the text before)
_YEAR_OPENS = re.compile(r"(?:^|[,;:])\s*(?:vao\s+)?$")


def year_milestone(folded: str, dm: DateMention, sentence_start: int) -> bool:
    """Is a year alone (``dm``) the time of a signing, a meeting or a visit in its sentence?"""
    if dm.rule != "year":
        return False
    if _FOUNDED_AFTER.match(folded, dm.end, dm.end + 70):
        return True
    if (dm.text[:3].lower() == "từ " and not folded[sentence_start:dm.start].strip()   # not "đầu tư năm"
            and _STARTED_AFTER.match(folded, dm.end, dm.end + 200)):
        return True
    if (dm.text[:3].lower() == "từ " and not folded[sentence_start:dm.start].strip()
            and _FOUNDED_SINCE.match(folded, dm.end, dm.end + 200)):
        return True
    before = folded[max(sentence_start, dm.start - 60):dm.start]
    if _YEAR_EVENT_NOUN_AT.search(before) or _SIGNED_YEAR.search(before):
        return True
    if "trong" in before and _TRONG.search(before) and _ONE_TRIP_IN_YEAR.match(folded, dm.end, dm.end + 200):
        end = re.search(r"[.;]", folded[dm.end:dm.end + 240])
        return _COUNTED.search(folded, dm.end, dm.end + (end.start() if end else 240)) is None
    opens = _YEAR_OPENS.search(before) is not None   # "…; năm 2014, ký kết …": a listed clause
    after = folded[dm.end:dm.end + 200]
    end = re.search(r"[.;]", after)
    if not (opens and folded[dm.end:dm.end + 2].lstrip().startswith(",")):
        return False
    verb = _YEAR_EVENT_VERB_AT.search(after[:end.start() if end else 200])
    # ... told as done: "Theo kế hoạch, vào năm 2026, hai tỉnh sẽ tổ chức lễ ký kết …" is a plan (review21)
    return verb is not None and _PLANNED.search(after, 0, verb.start()) is None


#: A year's clause told as a plan before its verb ("sẽ tổ chức", "dự kiến", "phấn đấu"): no milestone (review21).
#: ("sẽ" with its verb: "Sê Kông", "Sê Pôn" fold alike.)
_PLANNED = re.compile(r"\b(?:du kien|du dinh|phan dau)\b|\bse\s+(?:(?:cung|tiep tuc|chinh thuc|phoi hop)\s+)*"
                      r"(?:to chuc|ky|tien hanh|sang|den|dang cai|hoi dam|gap)\b")


def day_in_range(dm: DateMention, main: DateMention | None, year: int | None = None) -> int | None:
    """The year of a day without one that lies inside the main occasion's range (a trip
    'từ ngày 11/6 đến 15/6/2024' whose last day the lead reports), or None. ``year``: the
    main occasion's year when the range does not state it (inferred for the whole trip:
    its days share it)."""
    y = main.year or year if main is not None else None
    if (main is None or y is None or main.end_day is None or dm.day is None or dm.month is None
            or dm.end_day is not None):
        return None
    first, last = (main.month or 0, main.day or 0), (main.end_month or main.month or 0, main.end_day)
    if (main.end_year or y) != y or not first <= (dm.month, dm.day) <= last:
        return None
    return y


def range_around(dm: DateMention, main: DateMention | None, year: int | None = None) -> int | None:
    """The year of a short range without one that holds the main occasion's day (the trip
    'từ ngày 8 đến 11/11' during which the lead's signing of 10/11 took place), or None."""
    y = main.year or year if main is not None else None
    if (main is None or y is None or main.end_day is not None or not (main.day and main.month)
            or dm.year is not None or dm.end_year is not None or not (dm.day and dm.month and dm.end_day)):
        return None
    first, last = (dm.month, dm.day), (dm.end_month or dm.month, dm.end_day)
    return y if first <= last and first <= (main.month, main.day) <= last and last[0] - first[0] <= 1 else None


#: A day told just before the main occasion in the text (the day its news was given, the day a
#: delegation set off) lies at most this many days before it: it takes the year that puts it there.
DAYS_BEFORE, TEXT_BEFORE = 31, 600


def day_before(dm: DateMention, main: DateMention | None, year: int | None = None, *,
               told_after: bool = False) -> int | None:
    """The year of a day without one, told less than TEXT_BEFORE characters before the main
    occasion, that falls at most DAYS_BEFORE days before its first day ('Ngày 16/1, … cho biết …'
    before 'từ 19 - 21/1/2024'), or None. ``told_after``: the day is told as far *after* the main
    occasion in the text ('Từ ngày 12-9 đến 14-9, chương trình … sẽ diễn ra …' then 'Sáng 10-9, … tổ chức họp
    báo …': the caller asks for an occasion's words in its sentence)."""
    y = main.year or year if main is not None else None
    gap_in_text = dm.start - main.end if told_after and main is not None else (main.start - dm.end if main else 0)
    if (main is None or y is None or not (main.day and main.month) or dm.year is not None or dm.end_day
            or not (dm.day and dm.month) or not 0 < gap_in_text < TEXT_BEFORE):
        return None
    for cand in (y, y - 1):
        try:
            gap = (date(y, main.month, main.day) - date(cand, dm.month, dm.day)).days
        except ValueError:
            return None
        if 0 < gap <= DAYS_BEFORE:
            return cand
    return None


#: A day told after the main occasion in the text (a signing planned for the end of the trip, the
#: next step of the programme) lies at most this many days after its last day.
DAYS_AFTER = 14


def day_after(dm: DateMention, main: DateMention | None, year: int | None = None) -> int | None:
    """The year of a day without one, told after the main occasion in the text, that falls at
    most DAYS_AFTER days after its last day ('Sáng 17/6, đoàn … nhập cảnh' … 'Ngày 21/6, hai bên
    sẽ ký kết biên bản ghi nhớ'), or None. (The caller asks for a milestone's words too.)"""
    y = main.year or year if main is not None else None
    if (main is None or y is None or not (main.day and main.month) or dm.year is not None or dm.end_day
            or not (dm.day and dm.month) or dm.start <= main.end):
        return None
    last_y = main.end_year or y
    last = (main.end_month or main.month, main.end_day or main.day)
    for cand in (last_y, last_y + 1):
        try:
            gap = (date(cand, dm.month, dm.day) - date(last_y, *last)).days
        except ValueError:
            return None
        if 0 < gap <= DAYS_AFTER:
            return cand
    return None


#: A day or a month told as just past ("vào tháng 5 vừa qua", "ngày 12/8 vừa rồi") is the latest
#: such day or month before the time of writing: the page's stamp, else the main occasion's day.
_JUST_PAST = re.compile(r"\s*,?\s*(?:vua qua|vua roi)\b")
#: ... told with an occasion between localities: the milestone words (vocab.MILESTONE_KEYWORDS) or
#: these ("việc trao tặng xe cứu hỏa của đoàn đại biểu tỉnh B vào tháng 5 vừa qua").
JUST_PAST_OCCASION = re.compile(r"\b(?:doan dai bieu|chuyen tham|trao tang|den tham|sang tham|tiep doan)\b")
#: A letter between localities received on a day ("Ngày 15/7/2022, Sở Nội vụ thành phố A nhận được
#: Công văn số 68 của Sở Nội vụ tỉnh B về việc tổ chức đoàn …"): a dated step of the story, a
#: milestone without other words of one.
LETTER_RECEIVED = re.compile(r"\bnhan duoc\s+(?:cong van|van ban|thu|de nghi|giay moi|loi moi|cong dien|to trinh)\b")


def just_past(folded: str, dm: DateMention, ref: date | None) -> int | None:
    """The year of a day or month without one that the text tells as just past ('… trao tặng xe
    cứu hỏa vào tháng 5 vừa qua' on a page of October 2019: May 2019; 'tháng 11 vừa qua' on a page
    of March 2020: November 2019), or None. ``ref``: the time of writing (its day included)."""
    if (ref is None or dm.year is not None or dm.end_day is not None or dm.end_month is not None
            or not dm.month or not _JUST_PAST.match(folded, dm.end, dm.end + 16)):
        return None
    return ref.year if (dm.month, dm.day or 1) <= (ref.month, ref.day) else ref.year - 1


#: An occasion told as last year's: "chuyến thăm hữu nghị thành phố B của lãnh đạo thành phố A năm
#: vừa qua", "hội nghị năm ngoái" -- the year before the time of writing. "năm vừa qua" written in
#: November or December may mean the year ending (a year's review): then no year.
_LAST_YEAR_WORDS = ("nam vua qua", "nam ngoai", "nam truoc")
_LAST_YEAR = re.compile(r"\b(?:chuyen tham|chuyen cong tac|hoi nghi|hoi dam|le ky ket|le ket nghia|dot tham)\b"
                        r"[^,.;:()]{0,60}?\b(nam (?:vua qua|ngoai|truoc))\b(?!\s*(?:nua|do|day)\b)")
LAST_YEAR_AMBIGUOUS_FROM = 11


def last_year_occasions(text: str, folded: str, start: int, end: int, ref: date | None) -> list[DateMention]:
    """Occasions told as last year's between ``start`` and ``end``, as year mentions."""
    if ref is None or not any(w in folded for w in _LAST_YEAR_WORDS):
        return []
    out = []
    for m in _LAST_YEAR.finditer(folded, start, end):
        if m.group(1) == "nam vua qua" and ref.month >= LAST_YEAR_AMBIGUOUS_FROM:
            continue
        s, e = m.span(1)
        out.append(DateMention(s, e, text[s:e], None, None, ref.year - 1, precision="year", rule="year"))
    return out


#: Cues that name an occasion with its year ("Tuần văn hóa … năm 2009", "Tết Nguyên đán Bính Thân
#: 2016", "Lễ hội Hoa Ban năm 2024"): in the sentence of a day without a year, they give its year.
OWN_YEAR_CUES = frozenset({"named_year", "named_ahead", "quoted_name", "spring", "spring_canchi"})
#: ... of which these name the occasion itself (a culture week, a contest): the day is a milestone
#: without other words of one; a Tết's day must be told with them ("chúc Tết", "sang thăm").
NAMED_OCCASION_CUES = frozenset({"named_year", "named_ahead", "quoted_name"})


#: An earlier edition or a basis named with its year before the day ("Sau thành công của Tuần Văn hóa … năm 2022,
#: từ 20-25/4 hai tỉnh sẽ tổ chức …", "Tiếp nối Liên hoan … năm 2023, …", "Thực hiện Kế hoạch … năm 2024, …"):
#: that year is the earlier one's, not the day's (review21; years._EARLIER_ONE for the main date). (folded, the
#: sentence's text before the cue)
_EARLIER_EDITION = re.compile(r"\b(?:sau (?:su )?thanh cong|tiep noi|tiep theo|ke thua|ket qua|thuc hien|trien khai|"
                              r"lan truoc|ky truoc|nam truoc|nam ngoai)\b[^.;:!?\n]{0,120}$")


def own_sentence_year(dm: DateMention, cues: list[YearCue], start: int, end: int,
                      folded: str | None = None) -> tuple[int, YearCue] | None:
    """The year of a day without one whose own sentence (``start``-``end``) names an occasion with
    its year ('Nhân dịp Tết Nguyên đán Bính Thân 2016, ngày 1/2, đoàn … sang thăm'; 'Tuần văn hóa
    du lịch tỉnh A năm 2009 dự kiến khai mạc vào ngày 24/11'), with the cue's turn-of-year shift;
    None when there is none, or two that disagree. A range of days takes it too ('Ngày hội Lữ hành 2025 diễn
    ra từ 20/11-23/11'), its end the next year when it runs past December (:func:`event_fields.date_fields`)."""
    if dm.year is not None or not (dm.day and dm.month) or dm.end_year is not None:
        return None
    found: dict[int, YearCue] = {}
    for c in cues:
        if folded is not None and start <= c.pos < end and _EARLIER_EDITION.search(
                folded, start, c.start if c.start >= start else c.pos):
            continue   # "Sau thành công của … năm 2022, ngày 20/4 …": the earlier edition's year (``folded``: the page)
        if start <= c.pos < end and c.name in OWN_YEAR_CUES:
            add = 0 if c.name == "named_ahead" else next(   # (the coming occasion's own day: its year)
                (add for months, add in CUE[c.name].shift if dm.month in months), 0)
            if add is None:
                return None
            found.setdefault(c.year + add, c)
    return next(iter(found.items())) if len(found) == 1 else None


#: A relation established in a year and running since: "quan hệ hữu nghị giữa hai thành phố được
#: thiết lập từ năm 2006 đến nay", "kết nghĩa từ năm 1998". The year is the relation's milestone,
#: though the date also starts a reviewed period. The partner may stand between the verb and the
#: year ("Xã A và đơn vị kết nghĩa với xã B từ năm 2020 đến nay", "hai huyện kết nghĩa với nhau từ
#: năm 1968", "thiết lập quan hệ kết nghĩa với nhau từ năm 2015"), within the sentence; the bond's
#: own words are few (hữu nghị, hợp tác, kết nghĩa), so "quan hệ ngoại giao với …" (two countries) is
#: not one. "mối quan hệ" is "quan hệ" ("thiết lập mối quan hệ hợp tác hữu nghị từ năm 2005": round 51, late51b).
_ESTABLISHED = re.compile(
    r"\b(?:duoc\s+)?(?:thiet lap|ket nghia|xac lap)\s+(?:(?:moi\s+)?quan he\s+)?"
    r"(?:(?:huu nghi|hop tac|ket nghia|doan ket)\s+(?:va\s+|,\s*)?){0,3}"
    r"(?:voi\s+[^.;:!?()\n]{1,70}?\s+)?(?:(?:tu|vao|trong)\s+)?$")


def established(folded: str, dm: DateMention) -> bool:
    """Is ``dm`` the year a relation was established ('được thiết lập từ năm 2006', 'kết nghĩa với
    xã B từ năm 2020')?"""
    return dm.precision == "year" and bool(_ESTABLISHED.search(folded, max(0, dm.start - 120), dm.start))


#: An anniversary of a bond between localities, its span in brackets: "kỷ niệm 20 năm ký kết
#: quan hệ hợp tác hữu nghị giữa TP. Nha Trang, tỉnh Khánh Hòa và quận Trung, TP. Incheon
#: (1999-2019)", "10 năm thiết lập quan hệ hữu nghị giữa thành phố A và B (2014 - 2024)". The
#: group is the words that name the bond; the span's first year is the signing, a milestone
#: (when those words name the article's partners: not "… quan hệ Việt Nam - Nhật Bản (1973 - 2023)").
BOND_YEARS = re.compile(r"\b\d{1,3}\s+nam\s+(?:ngay\s+)?(?:ky ket|thiet lap|ket nghia|xac lap)\b([^()]{0,140})\(\s*$")


def bond_since(text: str, folded: str, dm: DateMention, partners_in) -> DateMention | None:
    """The year a bond was signed (a year mention), when ``dm`` is the span of its anniversary
    and the words naming the bond name a partner of the article (``partners_in(start, end)``:
    the partners named there)."""
    if dm.rule != "years" or dm.year is None or dm.end_year is None:
        return None
    m = BOND_YEARS.search(folded, max(0, dm.start - 220), dm.start)
    if m is None or not partners_in(*m.span(1)):
        return None
    return DateMention(dm.start, dm.start + 4, text[dm.start:dm.start + 4], None, None, dm.year,
                       precision="year", rule="year")
