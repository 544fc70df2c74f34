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

from dataclasses import dataclass

from .dates import DateMention
from .milestones import BOND_YEARS
from .trips import (trip_days as _trip_days,
                    signing_day as _signing_day, signing_the_headline_names as _signing_the_headline_names,
                    planned_after_lead as _planned_after_lead)
from .anchors import holds_any as _holds_any
from .announced import announced_occasion as _announced_occasion
from .issued_plans import planned_by_an_issued_plan as _planned_by_an_issued_plan
from .built_before import begun_before as _begun_before
from .other_occasions import other_occasion
from .anniversaries_agree import agreeing_anniversaries
from .document_dates import bare_in_brackets, document_date_apart
from .letters_issued import just_sent_letter   # a letter told as just sent: its day (late43a)
from .listing_dates import listing_date
from .national_days import NATIONAL_DAY_DATES, national_day
from .history_chain import history_continued
from .span_started import span_started
from .inside_span import milestones_inside
from .told_before import told_before
from .restated_signing import restated_signing   # a lead's signing restated with its day (late58b)
from .main_date import PLACE_SCORES, _score, captions_before, choose_main  # noqa: F401 - captions_before re-exported
from .verdict_shapes import DAYS_IT_TAKES, SOURCE_ISSUE_AFTER, SOURCE_ISSUE_BEFORE
from .verdict_shapes import (  # noqa: F401 - LUNAR_NAMED, RELATION_SINCE and the gates re-exported
    LUNAR_NAMED, RELATION_SINCE, _ANNIV_BEFORE, _BASIS, _CELEBRATED, _DOCUMENT, _DOC_NOUN, _FOUNDING,
    _FOUNDING_GATE, _HOLIDAY_BEFORE, _HOLIDAY_GATE, _ISSUING, _OR_AFTER, _OR_BEFORE, _PARTICIPLE, _WORK_DONE_JOINED, _WORK_DONE_ON,
    _PAST, _PAST_GATE, _RECEIVED, _RELATION_SINCE, _REPORTED, _SIGNED_DOC, _SIGNED_DONE, _SIGNED_ON, _SIGNED_THING, _SINCE_AFTER,
    _anniversary_day, _document_line, _inside, _lunar, _reports_it, _years_apart, anniversary_bracket, fold_starts_ngay,
    founded_in_brackets, CITED_EXAMPLE_BEFORE)
from ..messages import M_
from .undated import recent_cue, undated_main  # noqa: F401 - re-exported: the main event when no date is an occasion's

__all__ = ["VERDICTS", "PLACE_SCORES", "Reading", "WHY_REPORTED", "judge", "choose_main", "recent_cue", "undated_main"]

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
    "planned": ("the days an issued plan sets out: a later occasion, not the issue (an other milestone)",
                "UBND tỉnh A mới ban hành Kế hoạch … tổ chức Tuần Văn hóa … từ ngày 25-27/10/2023"),
    "deadline": ("a deadline: what is to be done by a day, not an occasion", "hoàn thành báo cáo trước ngày 30/9/2024"),
    "holiday": ("a holiday or one of several options, not an occasion", "nghỉ lễ vào ngày 5/9 hoặc 28/6"),
    "lunar": ("a day of the lunar calendar: not the solar day it would read as", "ngày 10/3 âm lịch; (tức ngày 4/2 âm lịch)"),
    "source": ("the issue of a news source that reports the occasion: the occasion came before it",
               "Báo Pasaxon số ra ngày 5/8 đưa tin …"),
    "teaser": ("in a related article's title or a sub-heading", "Khánh thành công trình … 2024"),
    "headline": ("in the headline (a cue for the year, not a candidate)", "… diễn ra vào ngày 18/12"),
}

# Why a date got its verdict, as `hoptac explain` prints it (translatable: core.messages).
_WHY_HEADLINE = M_('in the headline')
_WHY_DOC_LINE = M_("a reproduced document's own place-and-date line ('Bắc Ninh, ngày …')")
_WHY_BASIS = M_("a legal basis: 'Căn cứ Luật … ngày …', 'Xét đề nghị … ngày …'")
_WHY_HOLIDAY = M_("a holiday or an option: 'nghỉ lễ vào ngày …', '5/9 hoặc 28/6'")
_WHY_CELEBRATED = M_("the day a celebration is named with: 'nhân dịp kỷ niệm Quốc khánh 2/9'")
_WHY_NATIONAL_DAY = M_("a national day's own date after its name: 'Ngày Thương binh Liệt sĩ 27/7', 'Quốc khánh 2/9'")
_WHY_ANNIV_YEARS = M_("the years of an anniversary: 'kỷ niệm 60 năm … (1962 - 2022)'")
_WHY_TEASER = M_('in a line that is not a sentence: a related title or a sub-heading')
_WHY_ANNIV_BRACKET = M_("in brackets after an anniversary ('kỷ niệm', 'Quốc khánh')")
_WHY_FOUNDING = M_("after 'thành lập', 'giải phóng'")
_WHY_CITED_EXAMPLE = M_("a day given as an example of results ('Điển hình như ngày …'): background, not the occasion")
_WHY_FOUNDED_BRACKET = M_("a founding's date in brackets after the founded body's name ('thành lập Văn phòng … (tháng 8/2020)')")
_WHY_RELATION_SINCE = M_("the day a relation began, in passing ('kết nghĩa từ ngày …')")
WHY_COUNTED_FROM = M_("the day an anniversary of the page counts from")
_WHY_ISSUING = M_("the date of a document that the sentence issues ('ban hành')")
_WHY_DOCUMENT = M_("the date of a document ('… số 12/QĐ-UBND ngày …')")
_WHY_SINCE = M_("'từ … đến nay': where a reviewed period starts")
_WHY_PAST = M_("told as background: 'Trước đó', 'N năm trước', 'cách đây N năm', 'từ thời điểm'")
_WHY_SOURCE = M_("the issue of a news source that reports the occasion ('Báo … số ra ngày … đưa tin'): the occasion came before")
WHY_REPORTED = M_("told as already reported: 'Như chúng tôi đã đưa tin, …'")
_WHY_SIGNED = M_("the date something was signed or founded ('được ký kết ngày …')")
_WHY_CAPTION = M_('in a photo caption')
_WHY_LISTING = M_("a listed article's date glued to a line's end ('… chợ phiên 21/03/2024')")
_WHY_EVENT = M_("an occasion the text reports")
_WHY_LUNAR = M_("a day of the lunar calendar ('âm lịch', '(tức ngày …)')")
_WHY_RECEIVED = M_("the day a letter arrived ('nhận được Công văn …'): the occasion it asks for comes later")


@dataclass(slots=True)
class Reading:
    mention: DateMention
    verdict: str
    why: str = ""
    in_lead: bool = False
    score: int = 0



def _issues_it(near: str, at: int) -> bool:
    """Does the sentence issue the document whose noun starts at ``at`` ('ký ban hành Quyết định số 12/QĐ-UBND
    ngày …')? The issuing's own document must be that one: in "Quyết định số 365/QĐ-UBND ngày 13/12/2021 … về Ban
    hành Kế hoạch thực hiện Chỉ thị số 16-CT/TU ngày 9/9/2021" the decision issues a plan, and the directive's day
    is a cited document's, not an issuing."""
    lo = max(0, at - 40)
    return any(x.start() <= at - lo < x.end() for x in _ISSUING.finditer(near[lo:at + 25]))


def _anniversary_span(m: DateMention, near: str) -> bool:
    """Two full dates some years apart that tell an anniversary's span, not the days of an occasion (round 39,
    late39c, "headline_anniversary_span"): the same day and month ("(19/4/2010 - 19/4/2015)"), or, in brackets
    after an anniversary's words, as many years apart as the anniversary counts ("kỷ niệm 10 năm Ngày thành lập
    Hội (19/4/2014 - 20/4/2024)"). Asked in the headline, where it came before the body's same readings."""
    if not (m.kind == "date" and m.year and m.end_year and m.end_year > m.year and m.day and m.end_day):
        return False
    if m.day == m.end_day and m.month == m.end_month:
        return True
    return near.rstrip().endswith("(") and anniversary_bracket(near, m) and _years_apart(near, m)


def judge(text: str, folded: str, mentions: list[DateMention], *, title_span, lead, teasers, captions,
          paragraphs: list[tuple[int, int]]) -> list[Reading]:
    """A verdict for every mention (text order)."""
    out = []
    lead_s, lead_e = lead
    tops = sorted(((max(o.year or 0, o.end_year or 0), i) for i, o in enumerate(mentions)   # (years are positive)
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
        elif title_span[0] <= s < title_span[1] and title_span[1] > title_span[0] and not _anniversary_span(m, near):
            r = Reading(m, "headline", _WHY_HEADLINE)   # (an anniversary's span in it is read below: headline_anniversary_span)
        elif m.kind == "date" and m.year and s - line_start < 60 and _document_line(folded, line_start, s):
            r = Reading(m, "issued", _WHY_DOC_LINE)
            r.score = PLACE_SCORES["document_line"]
        elif _BASIS.match(folded, basis_at, s) and folded.find(",", basis_at, s) < 0:
            r = Reading(m, "basis", _WHY_BASIS)
        elif (_holds_any(c40 := clause[-40:], _HOLIDAY_GATE) and _HOLIDAY_BEFORE.search(c40)) or ("hoac" in near[-20:] and _OR_BEFORE.search(near[-20:])) \
                or ("hoac" in after and _OR_AFTER.match(after)):
            r = Reading(m, "holiday", _WHY_HOLIDAY)
        elif (m.kind == "date" and m.year is None and not folded.startswith("hom ", s)
              and _CELEBRATED.search(clause[-80:])):   # "hôm 15.3": the day it was held, not a holiday's
            r = Reading(m, "holiday", _WHY_CELEBRATED)
        elif (m.year is None and (m.day, m.month) in NATIONAL_DAY_DATES and m.kind == "date" and m.end_day is None
              and m.end_month is None and national_day(near, m.day, m.month)):   # "… Ngày Thương binh Liệt sỹ 27/7" (late54f)
            r = Reading(m, "holiday", _WHY_NATIONAL_DAY)
        elif (m.kind == "period" and m.rule == "years" and near.rstrip().endswith("(")
              and (_ANNIV_BEFORE.search(near) or BOND_YEARS.search(before)) and _years_apart(near, m)):
            r = Reading(m, "anniversary", _WHY_ANNIV_YEARS)
        elif m.kind == "period" or m.rule == "half_year":   # ("6 tháng đầu năm 2018": results of a span, no occasion)
            r = Reading(m, "period", M_("a period ({rule})", rule=m.rule))
        elif _inside(s, teasers):
            r = Reading(m, "teaser", _WHY_TEASER)
        elif m.kind == "date" and m.year and listing_date(folded, m):
            r = Reading(m, "teaser", _WHY_LISTING)
        elif (m.end_year and m.year and m.end_year > m.year and m.day == m.end_day and m.month == m.end_month):
            r = Reading(m, "anniversary", M_("the same day {n} years apart", n=m.end_year - m.year))
        elif near.rstrip().endswith("(") and anniversary_bracket(near, m) and not _anniversary_day(m, near, latest):
            r = Reading(m, "anniversary", _WHY_ANNIV_BRACKET)
        elif _holds_any(n40 := near[-40:], _FOUNDING_GATE) and _FOUNDING.search(n40):
            r = Reading(m, "founding", _WHY_FOUNDING)
        elif "(" in near[-6:] and founded_in_brackets(near):
            r = Reading(m, "founding", _WHY_FOUNDED_BRACKET)
        elif (m.end_day is None and m.end_month is None and "tu " in near[-16:]
              and _RELATION_SINCE.search(near[-72:])):
            r = Reading(m, "past", _WHY_RELATION_SINCE)
        elif (fold_starts_ngay(folded, m) and not DAYS_IT_TAKES.search(near, max(0, len(near) - 16))
              and (dm := _DOCUMENT.search(near) or _SIGNED_DOC.search(near))):
            issued = dm.re is _DOCUMENT and (_issues_it(near, dm.start()) or   # "vừa qua, … đã có văn bản số … ngày …"
                                             just_sent_letter(near, dm.start(), folded[m.end:m.end + 160]))
            r = (Reading(m, "issued", _WHY_ISSUING) if issued
                 else Reading(m, "document", _WHY_DOCUMENT))
        elif (fold_starts_ngay(folded, m) or bare_in_brackets(folded, m)) and (apart := document_date_apart(folded, m, near)) is not None:
            at = apart[1]   # "Chỉ thị 123-CT, ngày …", "(ngày …)", "… ban hành ngày …" (document_dates)
            r = (Reading(m, "issued", _WHY_ISSUING) if _ISSUING.search(near[max(0, at - 40):at + 25])
                 else Reading(m, "document", M_("the date of a document, written apart from its number ({shape})",
                                                shape=apart[0])))
        elif "nhan duoc" in folded[m.end:m.end + 120] and _RECEIVED.match(folded, m.end, m.end + 160):
            r = Reading(m, "document", _WHY_RECEIVED)
        elif _SINCE_AFTER.match(after) and (m.precision != "day" or "tu " in clause[-8:]):
            r = Reading(m, "since", _WHY_SINCE)
        elif ((_holds_any(c60 := clause[-60:], _PAST_GATE) and _PAST.search(c60))
              or (_holds_any(n40 := near[-40:], _PAST_GATE) and _PAST.search(n40))):
            r = Reading(m, "past", _WHY_PAST)
        elif m.kind == "date" and (other := other_occasion(folded, m, clause, near, lead)) is not None:
            r = Reading(m, *other)   # an earlier occasion followed up or carried out, a deadline, a state since a day
        elif m.kind == "date" and (("so ra" in near[-12:] and SOURCE_ISSUE_BEFORE.search(near[-12:])) or (
                ("tin" in after or "dan " in after) and SOURCE_ISSUE_AFTER.match(after))):
            r = Reading(m, "source", _WHY_SOURCE)
        elif ("dien hinh" in near[-24:] or "vi du" in near[-20:]) and CITED_EXAMPLE_BEFORE.search(near[-24:]):
            r = Reading(m, "past", _WHY_CITED_EXAMPLE)
        elif "nhu " in near[-60:] and _REPORTED.search(near[-60:]):
            r = Reading(m, "past", WHY_REPORTED)
        elif (("duoc" in near[-90:] and (_PARTICIPLE.search(near[-90:]) or _WORK_DONE_ON.search(near[-52:])
                                      or _WORK_DONE_JOINED.search(near[-90:]))) or ((_SIGNED_ON.search(near[-20:]) or (
                "da ky" in near[-90:] and _SIGNED_DONE.search(near[-90:]))) and _SIGNED_THING.search(
                before[max(before.rfind("."), before.rfind(";"), 0):]))) and not (_reports_it(folded, m, lead, mentions[:i], text)
                                                                      or restated_signing(folded, m, lead, mentions, i)):
            r = Reading(m, "past", _WHY_SIGNED)
        elif _inside(s, captions):
            r = Reading(m, "caption", _WHY_CAPTION)
        else:
            r = Reading(m, "range" if (m.end_day or m.end_month) and m.kind == "date" else "event",
                        _WHY_EVENT)
        r.in_lead = lead_s <= s < lead_e
        out.append(r)
    agreeing_anniversaries(out, folded, text)   # "50 năm Ngày … (12/3/1975), 40 năm Ngày … (20/6/1985)": counted from
    _counted_from(out)
    history_continued(out, folded)   # "… (past). Tiếp đó, vào tháng 5/2015, …": the history goes on
    span_started(out, folded)   # "Tháng 4/2008, … kết nghĩa. Sau 15 năm thực hiện …": where a counted span began
    milestones_inside(out, folded)   # "… 2008. Trong 15 năm qua, … Đặc biệt, ngày 21/10/2013, …": inside the span
    _begun_before(out, folded, folded[title_span[0]:title_span[1]], lead)
    _planned_by_an_issued_plan(out, folded, lead)   # "mới ban hành Kế hoạch … tổ chức … từ ngày 25-27/10": ahead
    _planned_after_lead(out, folded, lead, paragraphs, text)
    told_before(out, folded, lead_e, paragraphs)   # 'cảm ơn … đã … ngày 3/11' under a later thanks; what a received letter tells
    _score(out, text, folded, lead, paragraphs)
    _trip_days(out, folded, paragraphs, text)
    if title_span[1] > title_span[0]:
        _signing_day(out, folded, folded[title_span[0]:title_span[1]], paragraphs)
        _signing_the_headline_names(out, folded, folded[title_span[0]:title_span[1]], paragraphs,
                                    text, text[title_span[0]:title_span[1]])
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
            r.verdict, r.why = "founding", WHY_COUNTED_FROM
