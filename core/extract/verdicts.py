"""What each date of an article is, and which one is the main event's.

A page holds many dates and most are not the occasion it reports: the dates of
documents ("Quyết định số 4593/QĐ-UBND ngày 11-7-2016"), anniversaries ("(5/9/1962 -
5/9/2022)", "72 năm Quốc khánh (9/11)"), foundings, earlier milestones told as
background ("Trước đó, ngày 12/8", "Hơn 3 năm trước, ngày 18/4/2013", "được ký kết ngày
14 tháng 11 năm 2020"), the start of a reviewed period ("Từ tháng 8/2022 đến nay"),
periods, dates in related-article titles and photo captions. :func:`judge` gives each
mention a verdict (:data:`VERDICTS`); :func:`choose_main` picks the main event's date
among the events by where it stands (:data:`PLACE_SCORES`) and says why.

All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chrome import AGENCY_TAG
from .dates import DateMention
from .milestones import BOND_YEARS
from .trips import (sentence_start as _sentence_start, trip_days as _trip_days, trip_end as _trip_end,
                    signing_day as _signing_day, signing_the_headline_names as _signing_the_headline_names,
                    planned_after_lead as _planned_after_lead)
from .anchors import holds_any as _holds_any
from .announced import announced_occasion as _announced_occasion
from .built_before import begun_before as _begun_before
from .other_occasions import other_occasion
from ..messages import M_
from .undated import recent_cue, undated_main  # noqa: F401 - re-exported: the main event when no date is an occasion's

__all__ = ["VERDICTS", "PLACE_SCORES", "Reading", "judge", "choose_main", "recent_cue", "undated_main"]

#: verdict -> (what it means, an example). Only "event", "range", "issued" and
#: "caption" can be the main event; "document" and "past" can be other milestones.
VERDICTS: dict[str, tuple[str, str]] = {
    "event": ("the occasion a sentence reports", "Sáng 14/1, Đoàn công tác … đã đến thăm"),
    "range": ("an occasion over several days", "Trong hai ngày 28 và 29-11, …"),
    "issued": ("a document issued: the issuing is the occasion", "ký ban hành Quyết định số 12/QĐ-UBND ngày 3/4/2016"),
    "caption": ("an occasion told in a photo caption (used when the text gives none)", "Ngày 16/8, diễn ra lễ ký … (Ảnh: …)"),
    "document": ("a document's date, not an occasion", "Nghị quyết 26-NQ/TW ngày 3/11/2022"),
    "past": ("an earlier milestone told as background", "Trước đó, ngày 12/8, …; được ký kết ngày 14/11/2020"),
    "since": ("the start of a period reviewed up to now", "Từ tháng 8/2022 đến nay"),
    "anniversary": ("what an anniversary commemorates", "(5/9/1962 - 5/9/2022); Quốc khánh (9/11)"),
    "founding": ("a founding or liberation date in passing", "thành lập ngày 3/2/1930"),
    "period": ("a period, a target or a programme's span", "giai đoạn 2022 - 2025; đến năm 2030"),
    "basis": ("a legal basis a document cites: a document, never an occasion", "Căn cứ Luật … ngày 16/6/2025;"),
    "ahead": ("a plan told after the lead ('sẽ'): not the occasion the page reports", "…, đoàn sẽ thăm tỉnh B từ ngày 5 đến 9/5/2025"),
    "deadline": ("a deadline: what is to be done by a day, not an occasion", "hoàn thành báo cáo trước ngày 30/9/2024"),
    "holiday": ("a holiday or one of several options, not an occasion", "nghỉ lễ vào ngày 5/9 hoặc 28/6"),
    "lunar": ("a day of the lunar calendar: not the solar day it would read as", "ngày 10/3 âm lịch; (tức ngày 4/2 âm lịch)"),
    "teaser": ("in a related article's title or a sub-heading", "Khánh thành công trình … 2024"),
    "headline": ("in the headline (a cue for the year, not a candidate)", "… diễn ra vào ngày 18/12"),
}

#: How the main event's date is chosen among the candidates: the highest score wins,
#: the earliest on a tie.
PLACE_SCORES = {
    "lead": 100,             # in the lead paragraph
    "near_lead": 40,         # in the next two paragraphs
    "sentence_start": 30,    # opens its sentence (after an agency tag): "Ngày 21/3, …"
    "clause_start": 20,      # opens a clause: "…, chiều ngày 27/11/2025, đồng chí …"
    "after_event_word": 10,  # "diễn ra chiều 01/04", "vào chiều 14/6", "… tại X ngày 10/8"
    "document_line": 100,    # a reproduced document's own line 'Bắc Ninh, ngày 18 tháng 12 năm 2025'
    "caption": -60,          # a caption: only when nothing else is dated
    "month_only": -15,       # "tháng 3": a day date is better
}

_W = r"[\w/.\-]"
_DOC_NOUNS = (r"quyet dinh|nghi quyet|nghi dinh|ket luan|ke hoach|thong bao|cong van|chi thi|thong tu|"
              r"van ban|to trinh|bao cao|huong dan|quy che|quy dinh|bien ban|ban ghi nho|thoa thuan|"
              r"hiep dinh|luat|phap lenh|chuong trinh|de an")
_DOCUMENT = re.compile(rf"\b(?:{_DOC_NOUNS})\s+(?:so\s+)?{_W}*\d{_W}*(?:\s+{_W}+)?\s*(?:cua\s+[^,;.()]{{0,80}})?\s*$")
# A signed document named by its date with no number: "Bản ghi nhớ hợp tác giữa hai tỉnh ngày
# 14/5/2018", "(Thỏa thuận … ngày …)" -- no verb of an occasion between the noun and the date.
_SIGNED_DOC = re.compile(r"\b(?:ban ghi nho|bien ban ghi nho|thoa thuan hop tac|ban thoa thuan|hiep dinh|"
                         r"nghi quyet|ke hoach so|ban ky ket)"
                         r"(?:(?!\b(?:dien ra|to chuc|ky|ky ket|vao|tai|hoi nghi|le)\b)[^,;.()\n]){0,60}$")
_ISSUING = re.compile(rf"\b(?:ban hanh|ky ban hanh|ky|cong bo)\s+(?:{_DOC_NOUNS})\s")
_PAST = re.compile(r"(?:\btruoc\s+do|\b\d+\s+nam\s+truoc|\bcach\s+day\s+(?:hon\s+|gan\s+)?\d+\s+nam|\b(?:mot|hai|ba|bon|nam|muoi)\s+nam\s+truoc|\btu\s+thoi\s+diem"
                   r"|\bke\s+tu)\s*,?\s*(?:vao\s+)?(?:ngay\s+)?$")
#: Gates of _PAST, _FOUNDING, _HOLIDAY_BEFORE: words each cannot match without (anchors.required_words;
#: the regex, opening with a word boundary, is tried at every character of its window, the gate is
#: a few substring tests): tests/test_anchors.py checks each gate against its rule.
_PAST_GATE = ("truoc", "cach", "thoi", "ke")
# An occasion the paper has already reported, told again as the frame of the new one: "Như chúng
# tôi đã đưa tin, từ ngày 8 đến 11/11, đoàn … thăm …. Tối qua (10/11) đã diễn ra lễ ký kết".
_REPORTED = re.compile(r"\bnhu\s+(?:tin da dua|(?:[^,.;\n]{0,30}\s)?da\s+(?:dua tin|bao tin|thong tin))\s*,?\s*$")
_PARTICIPLE = re.compile(r"\bduoc\s+(?:ky ket|ky|thanh lap|ban hanh|thong qua|phe duyet)\s+"
                         r"(?:(?:giua|voi|tai)\s+(?:[^,.;()\n]|(?<=\btp)\.){1,90}?\s)?(?:vao\s+)?$")   # "… được ký kết giữa hai tỉnh vào ngày …", "… giữa Bộ A và Bộ Kinh tế bang B vào tháng 7/2017"
# (and with the other party or the place: "… biên bản ghi nhớ được ký kết với Chủ tịch UBND thành phố B vào tháng 11/2022")
# (searched only where "duoc" stands: the regex tries its word boundary at every character)
# The day a letter or an invitation arrived: "Ngày 15/7/2022, Sở Nội vụ tỉnh A nhận được Công văn
# số 68/SNV của tỉnh B về việc tổ chức đoàn …" -- a document's date; the visit it asks for is later.
_RECEIVED = re.compile(r"[^.;\n]{0,100}?\bnhan duoc\s+(?:cong van|van ban|thu|to trinh|de nghi|giay moi|loi moi|cong dien)\b")
# A lead's first sentence that grounds itself on something earlier: "Trên cơ sở …", "Căn cứ …".
_GROUNDS = re.compile(r"\W*(?:\([^()]{1,40}\)\s*-?\s*)?(?:tren co so|can cu|thuc hien|theo|nham|de trien khai)\b")
_SIGNED_ON = re.compile(r"\bky(?:\s+ket)?\s+(?:vao\s+)?$")          # "… Bản ghi nhớ … ký ngày 24/2/2018"
_DOC_NOUN = re.compile(rf"\b(?:{_DOC_NOUNS}|hiep uoc)\b")
_FOUNDING = re.compile(r"\b(?:thanh lap|tai lap|giai phong|ra doi|khai sinh)\s+(?:vao\s+)?$")
_FOUNDING_GATE = ("lap", "giai", "doi", "sinh")
#: A relation told as running since a day ("kết nghĩa từ ngày 12/4/1998"): the day it began, told
#: in passing -- an earlier milestone of the pair (verdict "past"), never the occasion (a trip "từ
#: ngày 5 đến 8/4" is a range, not this).
#: The relation's words (folded), each with a sentence of the shape:
RELATION_SINCE: tuple[tuple[str, str], ...] = (
    ("ket nghia", "Hai xã Tà Lùng và Thủy Khẩu đã kết nghĩa từ ngày 12/4/1998 và thường xuyên thăm hỏi nhau."),
    ("thiet lap quan he", "Hai địa phương thiết lập quan hệ hữu nghị hợp tác từ ngày 5/10/2012."),
)
_RELATION_SINCE = re.compile(r"\b(?:" + "|".join(w for w, _ in RELATION_SINCE) + r")\b[^,.;()\n]{0,40}?"
                             r"\s(?:chinh thuc\s+)?(?:ke\s+)?tu\s+(?:ngay\s+)?$")
_ANNIV_BEFORE = re.compile(r"\b(?:ky niem|quoc khanh|ngay thanh lap|tai lap|chien thang|giai phong|ngay sinh|"
                           r"ngay ky|ngay thiet lap|ngay truyen thong|nam ngay)\b[^().;]{0,100}\(\s*$")
_SINCE_AFTER = re.compile(r"^\s*(?:den|toi)\s+(?:nay|thoi diem nay|hien nay)\b")
# A legal basis: a clause (from a line start or ';') opening with "Căn cứ", "Xét đề nghị".
_BASIS = re.compile(r"\W*(?:can cu|xet de nghi|theo de nghi|xet to trinh)\b")
# A holiday or an option: "nghỉ lễ vào ngày 5/9", "5/9 hoặc 28/6".
_HOLIDAY_BEFORE = re.compile(r"\b(?:nghi le|ngay le|ngay nghi|nghi bu|nghi tet|duoc nghi)\b[^.;,]{0,20}$")
_HOLIDAY_GATE = ("nghi", "ngay le")
# The day a celebration is named with, after "nhân dịp", "chào mừng": "nhân dịp kỷ niệm Quốc khánh
# 2/9", "Chào mừng ngày 20/10", "nhân Ngày Nhà giáo Việt Nam 20/11" -- what the occasion honours,
# held days before it; not "nhân dịp đoàn sang thăm … từ ngày 5/9" (a verb of the occasion).
_CELEBRATED = re.compile(r"\b(?:nhan dip|nhan ngay|nhan ky niem|chao mung|huong toi)\b"
                         r"(?:(?!\b(?:tham|lam viec|hoi|ky ket|to chuc|dien ra|den|sang|vao|tu|tai|doan|cua|giua|voi)\b)"
                         r"[^,.;:()\n]){0,50}$")
_OR_BEFORE = re.compile(r"\bhoac\s+(?:vao\s+)?(?:ngay\s+)?$")
_OR_AFTER = re.compile(r"^\s*hoac\s+(?:vao\s+)?(?:ngay\s+)?\d")
# A reproduced document's own place-and-date line: "Bắc Ninh, ngày 18 tháng 12 năm 2025".
_DOCUMENT_LINE = re.compile(r"[^\W\d][^\d,\n]{1,40},\s*ngay\s+\d{1,2}(?:\s+thang\s+|/)\d{1,2}(?:\s+nam\s+|/)\d{4}\s*\.?\s*$")
# A day of the lunar calendar: "ngày 10/3 âm lịch", "(10/3 ÂL)", "(tức ngày 4/2)" after a solar
# day. Read as a solar day it would be a month or so off: never an occasion's date nor a year's
# evidence (the solar day, when the text gives it, is read on its own).
_LUNAR_AFTER = re.compile(r"\s*\(?\s*(?:theo\s+)?(?:am lich|al\b)")
_LUNAR_BEFORE = re.compile(r"\(\s*tuc\s+(?:la\s+)?(?:ngay\s+)?(?:mung\s+|mong\s+)?$")
#: ... unless what the bracket restates is itself a lunar day: then "(tức 17/2)" is its solar day
#: ("Ngày mùng 8 tháng Giêng (tức 17/2), …": 17 February). The lunar words, folded, each with a
#: sentence of the shape:
LUNAR_NAMED: tuple[tuple[str, str], ...] = (
    (r"(?:mung|mong)\s+\d{1,2}", "Sáng mùng 6 Tết (tức 15/2), lãnh đạo hai huyện gặp mặt đầu xuân"),
    (r"thang\s+(?:gieng|chap)", "Ngày 10 tháng Giêng (tức 19/2), đoàn tỉnh bạn sang chúc Tết"),
    (r"ram\s+thang", "Đêm rằm tháng Tám (tức 17/9), hai xã tổ chức giao lưu văn nghệ"),
    (r"am\s+lich", "Ngày 12 tháng 3 âm lịch (tức 20/4), hai bên dâng hương tưởng niệm"),
)
_LUNAR_NAMED = re.compile(r"\b(?:" + "|".join(p for p, _ in LUNAR_NAMED) + r")\b[^()\n]{0,24}$")
_EVENT_WORD = re.compile(r"\b(?:dien ra|to chuc|vao|tai [^,.;]{1,60}|khai mac|be mac)\s+$")

# Why a date got its verdict, as `hoptac explain` prints it (translatable: core.messages).
_WHY_HEADLINE = M_('in the headline')
_WHY_DOC_LINE = M_("a reproduced document's own place-and-date line ('Bắc Ninh, ngày …')")
_WHY_BASIS = M_("a legal basis: 'Căn cứ Luật … ngày …', 'Xét đề nghị … ngày …'")
_WHY_HOLIDAY = M_("a holiday or an option: 'nghỉ lễ vào ngày …', '5/9 hoặc 28/6'")
_WHY_CELEBRATED = M_("the day a celebration is named with: 'nhân dịp kỷ niệm Quốc khánh 2/9'")
_WHY_ANNIV_YEARS = M_("the years of an anniversary: 'kỷ niệm 60 năm … (1962 - 2022)'")
_WHY_TEASER = M_('in a line that is not a sentence: a related title or a sub-heading')
_WHY_ANNIV_BRACKET = M_("in brackets after an anniversary ('kỷ niệm', 'Quốc khánh')")
_WHY_FOUNDING = M_("after 'thành lập', 'giải phóng'")
_WHY_RELATION_SINCE = M_("the day a relation began, in passing ('kết nghĩa từ ngày …')")
_WHY_COUNTED_FROM = M_("the day an anniversary of the page counts from")
_WHY_ISSUING = M_("the date of a document that the sentence issues ('ban hành')")
_WHY_DOCUMENT = M_("the date of a document ('… số 12/QĐ-UBND ngày …')")
_WHY_SINCE = M_("'từ … đến nay': where a reviewed period starts")
_WHY_PAST = M_("told as background: 'Trước đó', 'N năm trước', 'cách đây N năm', 'từ thời điểm'")
_WHY_REPORTED = M_("told as already reported: 'Như chúng tôi đã đưa tin, …'")
_WHY_SIGNED = M_("the date something was signed or founded ('được ký kết ngày …')")
_WHY_CAPTION = M_('in a photo caption')
_WHY_EVENT = M_("an occasion the text reports")
_WHY_LUNAR = M_("a day of the lunar calendar ('âm lịch', '(tức ngày …)')")
_WHY_RECEIVED = M_("the day a letter arrived ('nhận được Công văn …'): the occasion it asks for comes later")
# ... and why the main event's date was chosen
_WHY_IN_LEAD = M_("in the lead")
_WHY_IN_BODY = M_("in the body")
_WHY_CAPTION_ONLY = M_("in a caption: the text itself dates nothing else")


@dataclass(slots=True)
class Reading:
    mention: DateMention
    verdict: str
    why: str = ""
    in_lead: bool = False
    score: int = 0


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)


def judge(text: str, folded: str, mentions: list[DateMention], *, title_span, lead, teasers, captions,
          paragraphs: list[tuple[int, int]]) -> list[Reading]:
    """A verdict for every mention (text order)."""
    out = []
    lead_s, lead_e = lead
    tops = sorted(((max(y for y in (o.year, o.end_year) if y), i) for i, o in enumerate(mentions)
                   if o.year or o.end_year), reverse=True)[:2]
    for i, m in enumerate(mentions):
        latest = next((y for y, j in tops if j != i), None)  # the latest year of the other dates
        s = m.start
        before = folded[max(0, s - 300):s]
        near = before[-120:]
        after = folded[m.end:m.end + 30]
        clause = before[max(before.rfind(","), before.rfind(";"), before.rfind("."), before.rfind("\n")) + 1:]
        line_start = folded.rfind("\n", 0, s) + 1
        basis_at = max(folded.rfind(";", line_start, s) + 1, line_start)
        if _lunar(text, folded, m):
            r = Reading(m, "lunar", _WHY_LUNAR)
        elif title_span[0] <= s < title_span[1] and title_span[1] > title_span[0]:
            r = Reading(m, "headline", _WHY_HEADLINE)
        elif m.kind == "date" and m.year and s - line_start < 60 and _document_line(folded, line_start, s):
            r = Reading(m, "issued", _WHY_DOC_LINE)
            r.score = PLACE_SCORES["document_line"]
        elif _BASIS.match(folded, basis_at, s) and folded.find(",", basis_at, s) < 0:
            r = Reading(m, "basis", _WHY_BASIS)
        elif (_holds_any(c40 := clause[-40:], _HOLIDAY_GATE) and _HOLIDAY_BEFORE.search(c40)) or ("hoac" in near[-20:] and _OR_BEFORE.search(near[-20:])) \
                or ("hoac" in after and _OR_AFTER.match(after)):
            r = Reading(m, "holiday", _WHY_HOLIDAY)
        elif m.kind == "date" and m.year is None and _CELEBRATED.search(clause[-80:]):
            r = Reading(m, "holiday", _WHY_CELEBRATED)
        elif (m.kind == "period" and m.rule == "years" and near.rstrip().endswith("(")
              and (_ANNIV_BEFORE.search(near) or BOND_YEARS.search(before)) and _years_apart(near, m)):
            r = Reading(m, "anniversary", _WHY_ANNIV_YEARS)
        elif m.kind == "period":
            r = Reading(m, "period", M_("a period ({rule})", rule=m.rule))
        elif _inside(s, teasers):
            r = Reading(m, "teaser", _WHY_TEASER)
        elif (m.end_year and m.year and m.end_year > m.year and m.day == m.end_day and m.month == m.end_month):
            r = Reading(m, "anniversary", M_("the same day {n} years apart", n=m.end_year - m.year))
        elif near.rstrip().endswith("(") and _ANNIV_BEFORE.search(near) and not _anniversary_day(m, near, latest):
            r = Reading(m, "anniversary", _WHY_ANNIV_BRACKET)
        elif _holds_any(n40 := near[-40:], _FOUNDING_GATE) and _FOUNDING.search(n40):
            r = Reading(m, "founding", _WHY_FOUNDING)
        elif (m.end_day is None and m.end_month is None and "tu " in near[-16:]
              and _RELATION_SINCE.search(near[-72:])):
            r = Reading(m, "past", _WHY_RELATION_SINCE)
        elif fold_starts_ngay(folded, m) and (dm := _DOCUMENT.search(near) or _SIGNED_DOC.search(near)):
            issued = dm.re is _DOCUMENT and _ISSUING.search(near[max(0, dm.start() - 40):dm.start() + 25])
            r = (Reading(m, "issued", _WHY_ISSUING) if issued
                 else Reading(m, "document", _WHY_DOCUMENT))
        elif "nhan duoc" in folded[m.end:m.end + 120] and _RECEIVED.match(folded, m.end, m.end + 160):
            r = Reading(m, "document", _WHY_RECEIVED)
        elif _SINCE_AFTER.match(after) and (m.precision != "day" or "tu " in clause[-8:]):
            r = Reading(m, "since", _WHY_SINCE)
        elif ((_holds_any(c60 := clause[-60:], _PAST_GATE) and _PAST.search(c60))
              or (_holds_any(n40 := near[-40:], _PAST_GATE) and _PAST.search(n40))):
            r = Reading(m, "past", _WHY_PAST)
        elif m.kind == "date" and (other := other_occasion(folded, m, clause, near, lead)) is not None:
            r = Reading(m, *other)   # an earlier occasion followed up or carried out, a deadline, a state since a day
        elif "nhu " in near[-60:] and _REPORTED.search(near[-60:]):
            r = Reading(m, "past", _WHY_REPORTED)
        elif (("duoc" in near[-90:] and _PARTICIPLE.search(near[-90:])) or (_SIGNED_ON.search(near[-20:]) and _DOC_NOUN.search(
                before[max(before.rfind("."), before.rfind(";"), 0):]))) and not _reports_it(folded, m, lead, mentions[:i]):
            r = Reading(m, "past", _WHY_SIGNED)
        elif _inside(s, captions):
            r = Reading(m, "caption", _WHY_CAPTION)
        else:
            r = Reading(m, "range" if (m.end_day or m.end_month) and m.kind == "date" else "event",
                        _WHY_EVENT)
        r.in_lead = lead_s <= s < lead_e
        out.append(r)
    _counted_from(out)
    _begun_before(out, folded, folded[title_span[0]:title_span[1]], lead)
    _planned_after_lead(out, folded, lead, paragraphs)
    _score(out, text, folded, lead, paragraphs)
    _trip_end(out, folded)
    _trip_days(out, folded, paragraphs)
    if title_span[1] > title_span[0]:
        _signing_day(out, folded, folded[title_span[0]:title_span[1]], paragraphs)
        _signing_the_headline_names(out, folded, folded[title_span[0]:title_span[1]], paragraphs)
    _announced_occasion(out, folded)
    return out


#: An anniversary written in years marks its first year only when it spans at least this many
#: (a "(2023 - 2024)" of one year may hold this year's occasion in its first year).
ANNIVERSARY_YEARS_MIN = 5


def _counted_from(readings: list[Reading]) -> None:
    """The day an anniversary of the page counts from, told again with its year ("kỷ niệm 60
    năm kết nghĩa (9/1/1960 – 9/1/2020)" … "Cách đây 60 năm, ngày 9/1/1960, hai tỉnh kết
    nghĩa"): the founding the anniversary marks, never the occasion. An anniversary written in
    years ("(1960 - 2020)") of at least ANNIVERSARY_YEARS_MIN years marks any day of its first year."""
    starts = {(m.year, m.month, m.day) for r in readings if r.verdict == "anniversary"
              and (m := r.mention).year and m.month and m.day}
    first_years = {m.year for r in readings if r.verdict == "anniversary" and (m := r.mention).year
                   and not m.month and m.end_year and m.end_year - m.year >= ANNIVERSARY_YEARS_MIN}
    if not starts and not first_years:
        return
    for r in readings:
        m = r.mention
        if r.verdict in ("event", "range", "caption") and m.precision == "day" and (
                (m.year, m.month, m.day) in starts or m.year in first_years):
            r.verdict, r.why = "founding", _WHY_COUNTED_FROM


_YEARS_BEFORE = re.compile(r"\b(\d{1,3})\s+nam\b[^()]{0,120}\(\s*(?:ngay\s+)?$")


def _lunar(text: str, folded: str, m: DateMention) -> bool:
    """'ngày 10/3 âm lịch', '10/3 (ÂL)', '(tức ngày 4/2)': a day of the lunar calendar ('AL' only
    in capitals: the folded 'al' of other words is not the abbreviation)."""
    if m.kind != "date":
        return False
    after = _LUNAR_AFTER.match(folded, m.end, m.end + 16)
    if after is not None and (folded.startswith("am lich", after.end() - 7)
                              or text[after.end() - 2:after.end()] in ("AL", "ÂL")):
        return True
    before = _LUNAR_BEFORE.search(folded, max(0, m.start - 24), m.start)
    if before is None:
        return False
    # "mùng 8 tháng Giêng (tức 17/2)": the bracket gives the lunar day's solar day
    return not _LUNAR_NAMED.search(folded, max(0, before.start() - 48), before.start())


def _document_line(folded: str, line_start: int, s: int) -> bool:
    """Is the line at ``line_start`` a document's 'Bắc Ninh, ngày 18 tháng 12 năm 2025'?"""
    line_end = folded.find("\n", s)
    return bool(_DOCUMENT_LINE.fullmatch(folded, line_start, len(folded) if line_end < 0 else line_end))


def _years_apart(near: str, m: DateMention) -> bool:
    """'kỷ niệm 60 năm … (1962 - 2022)': the range spans the N years said before it."""
    n = _YEARS_BEFORE.search(near)
    return bool(n and m.year and m.end_year and m.end_year - m.year == int(n.group(1)))


def _anniversary_day(m: DateMention, near: str, latest: int | None) -> bool:
    """'kỷ niệm 20 năm ngày tái lập tỉnh (ngày 30/9/2011)': the bracket holds the
    anniversary's own day (an occasion), not the day it commemorates, when the
    commemorated day plus N years would lie after every other year of the article."""
    n = _YEARS_BEFORE.search(near)
    return bool(n and m.year and latest and m.year + int(n.group(1)) > latest + 1)


def _reports_it(folded: str, m: DateMention, lead, earlier=()) -> bool:
    """'Biên bản … được ký kết vào ngày 12/3 tại …' as the lead's first sentence reports
    the signing itself (unless the sentence grounds itself: 'Trên cơ sở biên bản … được ký
    kết ngày …', or dates its own occasion before: 'Chiều 20/3, … biên bản được ký kết
    ngày 15/1/2021')."""
    l0, l1 = lead
    if not l0 <= m.start < l1 or re.search(r"[.!?]\s", folded[l0:m.start]):
        return False
    bracket = folded.rfind("(", l0, m.start)
    if bracket > folded.rfind(")", l0, m.start) and m.start - bracket < 60:
        return False   # "Hội nghị sơ kết … thỏa thuận (được ký kết ngày 14/5/2018)": told in passing
    if any(l0 <= o.start < m.start and o.kind == "date" for o in earlier):
        return False
    return not _GROUNDS.match(folded, l0)


def fold_starts_ngay(folded: str, m: DateMention) -> bool:
    return folded[m.start:m.end].startswith("ngay") or folded[max(0, m.start - 5):m.start].rstrip().endswith("ngay")


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
        elif any(s <= m.start < e for s, e in after_lead):
            sc += PLACE_SCORES["near_lead"]
        floor = next((s for s, e in paragraphs if s <= m.start < e), max(0, m.start - 400))
        start = _sentence_start(folded, m.start, floor)
        while start < m.start and text[start].isspace():
            start += 1
        tag = AGENCY_TAG.match(text, start)  # "(VOV5) - ", "Lao Động - "
        head = folded[tag.end() if tag and tag.end() <= m.start else start:m.start]
        if not head.strip():
            sc += PLACE_SCORES["sentence_start"]
        elif head.rstrip().endswith(",") and folded[m.end:m.end + 2].lstrip().startswith(","):
            sc += PLACE_SCORES["clause_start"]
        elif _EVENT_WORD.search(head[-80:]):
            sc += PLACE_SCORES["after_event_word"]
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
