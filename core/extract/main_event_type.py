"""The main event's type: which sentence's verb names the occasion the main date dates.

The sentence that holds the main date is read first (:func:`event_type.main_type`), then, when it names no
occasion, the sentences that tell it with it: the lead under a caption or a headline that dates it, the
lead's next sentences on a page with no headline; last the headline, and on a page that dates nothing the
body's first occasion. A document the sentence issues is an announcement.
"""

from __future__ import annotations

from typing import Sequence

from ..messages import M_
from ..text import fold
from .dates import DateMention
from .event_type import CAPTION_CREDIT, body_type, clause_of, main_type
from .lead_tails import main_clause
from .type_phrases import found as _names_occasion
from .type_context import document_headline, hosted_working_session, instruction, trip_days
from .type_headline_talks import talks_of_headline_in_trip
from .type_headline_meeting import meeting_of_headline_in_trip
from .type_programme import signing_listed_first
from .signing_or_talks import signing_weight
from .type_attended import attended_signing
from .type_captions import body_sentences
from .type_joined import meeting_then_rite, meeting_then_signing_rite, signing_then_rite
from .type_students import gathers_students, receives_students, welcomes_students
from .type_cited import without_cited_titles
from .type_greeting_days import greets_on_national_day
from .type_exchanges import delegation_exchange
from .type_joint_rites import joint_rite
from .type_aid_trips import gives_to_people_in_need, travels_to_give
from .type_care_trips import treats_there
from .type_gatherings import gathering_for
from .type_decisions import decides_support
from .type_tribute_greetings import pays_tribute_and_greets
from .type_framed import frames_the_occasion_before
from .type_session_signing import session_then_signing
from .type_roundups import developed_day, roundup_lead   # "Ngày 4/2, nhiều hoạt động … diễn ra": the item told again
from .type_next_occasion import occasion_set_in, occasion_told_next
from .type_time_field import occasion_before_field
from .type_travel_work import travels_to_work
from .type_guest_trip import receives_guest_on_trip
from .type_arrivals import delegations_arrive
from .type_document_opening import agreement_opening
from .visit_or_session import holds_talks, host_works_with, session_weight

__all__ = ["main_event_type", "UNDATED_RULES"]

# a lead that reports its occasion without a day ("Vừa qua, đoàn … có chuyến thăm, tọa đàm và ký kết …",
# an occasion told on a stamped page): the headline's verb picks between the lead's occasions
UNDATED_RULES = ("stamped", "undated", "recent", "told")


def main_event_type(dm: DateMention, s: int, e: int, *, verdict: str | None, folded: str,
                    sentences: Sequence[tuple[int, int]], title: str,
                    title_span: tuple[int, int], lead: tuple[int, int]) -> tuple[str, str]:
    """The type of the main event dated by ``dm`` in the sentence ``folded[s:e]``, and why.
    ``verdict`` is ``dm``'s verdict (:mod:`verdicts`), ``title`` the headline as written."""
    t0, t1 = title_span
    l0, l1 = lead
    if verdict == "issued":
        return "announcement", M_("the date of a document the sentence issues")
    clauses = []
    if verdict == "caption":  # the lead tells what the caption shows
        clauses += [clause_of(folded[ls:le], 0) for ls, le in sentences if l0 <= ls < l1][:2]
    own = main_clause(clause_of(folded[s:e], dm.start - s), _names_occasion)   # not the trip's next stop
    clauses.append(own)
    if t0 == t1 and l0 <= dm.start < l1:  # no headline: the lead's next sentences tell the occasion
        clauses += [folded[ls:le] for ls, le in sentences if l0 <= ls < l1 and ls >= e][:2]
    elif t0 < t1 and t0 <= dm.start < t1:  # dated by the headline: the lead tells the occasion too
        clauses += [folded[ls:le] for ls, le in sentences if l0 <= ls < l1][:2]
    several = dm.end_day is not None and (dm.end_day, dm.end_month or dm.month) != (dm.day, dm.month)
    if s <= dm.start < e and frames_the_occasion_before(folded[s:e]):
        before = [(bs, be) for bs, be in sentences if be <= s and l0 <= bs]
        # the occasion's sentence, or the one before it when a sentence of its aim comes between ("… vừa ký … .
        # Hoạt động nhằm … . Chương trình ký kết này được thực hiện trong …": round 46, late46b)
        for bs, be in before[-1:-3:-1]:
            etype, _why = main_type(folded[bs:be], without_cited_titles(fold(title)))
            if etype is not None:
                return etype, M_("the sentence that dates it places the occasion told before it in a trip or a "
                                 "programme ('Đây là hoạt động trong khuôn khổ …'): that occasion's verb")
    if (not several and dm.day and dm.month and l0 <= dm.start < l1 and s <= dm.start < e
            and roundup_lead(folded, dm.end, e)
            and (developed := developed_day(folded, sentences, e, dm.day, dm.month)) is not None):
        etype, _why = main_type(folded[developed[0]:developed[1]])
        if etype is not None:
            return etype, M_("the lead reports many activities of its day ('nhiều hoạt động … diễn ra'); the page "
                             "dates one again with that day: its verb")
    if several and s <= dm.start < e and trip_days(folded[s:e], dm.start - s):
        return "visit", M_("the trip's days open the sentence ('Trong chuyến thăm … từ ngày …'): its visit")
    if dm.rule in UNDATED_RULES and t0 < t1 and document_headline(folded[t0:t1]):
        return "announcement", M_("the page dates no occasion; its headline names a document and its number")
    folded_title = without_cited_titles(fold(title))   # "Thực hiện Quyết định số … về việc phê duyệt …"
    for clause in clauses:
        etype, why = main_type(clause, folded_title, several_days=several, undated=dm.rule in UNDATED_RULES)
        if etype == "signing" and (joined := meeting_then_signing_rite(clause)) is not None:
            # "diễn ra Hội đàm … và Lễ ký kết …": the talks with a signing in them (type_joined), weighed below
            own, clause = (joined, joined) if clause is own else (own, joined)
            etype, why = main_type(clause, folded_title, several_days=several, undated=dm.rule in UNDATED_RULES)
        if etype != "announcement" and not several and (decision := decides_support(clause)) is not None:
            return "announcement", M_("one side's decision to support its partner is the sentence's verb ('{words}'): "
                                      "the decision, an announcement", words=decision)
        if (etype == "visit" and not several and clause is own and s <= dm.start < e
                and talks_of_headline_in_trip(folded_title, folded, sentences, e, lead)):
            # the talks the lead's next sentence holds within the trip the date tells (type_headline_talks)
            return "conference", M_("the headline opens with '{phrase}'", phrase="hoi dam")
        if (etype == "visit" and clause is own and s <= dm.start < e and l0 <= dm.start < l1
                and (meeting := meeting_of_headline_in_trip(folded_title, folded, sentences, (s, e))) is not None):
            # the meeting the headline names, told again after the trip the lead dates (type_headline_meeting)
            return "conference", M_("the headline opens with '{phrase}' and the page tells that meeting within the "
                                    "trip the lead dates: the meeting", phrase=meeting)
        if etype == "visit" and not several and hosted_working_session(clause):
            return "conference", M_("a host receives a delegation that comes to work with it ('tiếp đoàn … "
                                    "thăm và làm việc'): a working session")
        if etype == "visit" and not several and (host_works_with(clause) or holds_talks(clause)):
            weight, cues = session_weight(clause, host=host_works_with(clause))
            if weight < 0:
                return "conference", M_("a working session or talks against a visit, weighed {weight} ({cues}): "
                                        "the meeting", weight=weight, cues=", ".join(cues))
        if etype == "conference" and not several and (gathered := gathering_for(clause)) is not None:
            if (verb := travels_to_give(gathered[1])) is not None:
                return "visit", M_("a delegation travels to a place to hand over gifts or aid ('{verb}'): its trip, "
                                   "a visit", verb=verb)
            return "other", M_("a get-together named by what it is for ('{words}'): the celebration or the "
                               "handover, not a meeting", words=gathered[0])
        if etype == "conference" and not several and CAPTION_CREDIT.search(folded_title) is None:
            found = signing_weight(clause, folded_title)
            if found is not None and found[0] > 0:
                return "signing", M_("talks with a signing in them, weighed {weight} ({cues}): the signing",
                                     weight=found[0], cues=", ".join(found[1]))
        if (etype == "conference" and CAPTION_CREDIT.search(folded_title) is None
                and (meeting := signing_listed_first(clause, folded_title)) is not None):
            return "signing", M_("a programme lists the signing before a meeting ('{meeting}') and the headline "
                                 "reports the signing alone: the signing", meeting=meeting)
        if (etype == "conference" and not several and clause is own and t0 == t1 and l0 <= dm.start < l1
                and (signed := session_then_signing(clause, folded, sentences, e, lambda c: main_type(c)[0]))):
            return "signing", M_("no headline; the lead opens inside a working session ('Tại buổi làm việc, …') and "
                                 "the next sentence names the signing ('{words}')", words=signed)
        if etype == "conference" and not several and clause is own and s <= dm.start < e:
            named = attended_signing(clause, folded, sentences, e)
            if named is not None:
                return "signing", M_("a meeting held to sign, and the next sentence names the signing ('{words}')",
                                     words=named)
        if etype == "other" and not several and (meeting := meeting_then_rite(clause)) is not None:
            return "conference", M_("a meeting held ('{meeting}') and a work's rite joined after it by 'và': "
                                    "the meeting", meeting=meeting)
        if etype == "other" and (signing := signing_then_rite(clause)) is not None:
            return "signing", M_("a signing ceremony ('{signing}') and a work's rite joined after it by 'và': "
                                 "the signing", signing=signing)
        if etype == "other" and not several and greets_on_national_day(clause):
            return "visit", M_("a meeting with the partner's side held for its National Day ('gặp mặt … nhân dịp kỷ "
                               "niệm … Quốc khánh'): a greeting, the visit")
        if etype == "other" and not several and (verb := travels_to_give(clause)) is not None:
            return "visit", M_("a delegation travels to a place to hand over gifts or aid ('{verb}'): its trip, "
                               "a visit", verb=verb)
        if etype == "other" and not several and (verb := gives_to_people_in_need(clause)) is not None:
            return "visit", M_("a delegation hands gifts or aid to people in hardship ('{verb}'): where they live, "
                               "its trip, a visit", verb=verb)
        if etype in (None, "other") and not several and (verb := treats_there(clause)) is not None:
            return "visit", M_("a medical team goes to a place to examine and treat its people ('{verb}'): its trip, "
                               "a visit", verb=verb)
        if etype in ("conference", "signing", "other") and not several and (
                opener := receives_guest_on_trip(clause)) is not None:
            return "visit", M_("a host receives a guest who is on a trip to attend an occasion ('tiếp … {opener} …'): "
                               "the reception, a visit", opener=opener)
        if etype == "conference" and (trip := travels_to_work(clause)) is not None:
            return "visit", M_("the subject goes to a place to work there ('{words}'): its trip, a visit", words=trip)
        if etype == "conference" and not several and delegation_exchange(clause):
            return "visit", M_("a delegation led by someone holds a friendly exchange with its hosts ('đoàn … do … "
                               "làm trưởng đoàn đã có buổi giao lưu với …'), no agenda named: its visit")
        if etype in ("visit", None) and not several and joint_rite(clause):
            return "other", M_("a rite of remembrance held by both sides together ('đoàn đại biểu hai tỉnh … dâng "
                               "hương'): the rite, no trip")
        if etype in ("other", None) and not several and pays_tribute_and_greets(clause):
            return "visit", M_("a side comes to pay a tribute and greet its partner ('đến dâng hương … và chúc "
                               "mừng'): a greeting, the visit")
        if etype == "conference" and not several and gathers_students(clause):
            return "other", M_("a get-together held with students ('tọa đàm, gặp mặt với … sinh viên', 'diễn đàn "
                               "\"Sinh viên …\"'): the students' occasion, no meeting of the sides")
        if etype == "conference" and receives_students(clause):
            return "other", M_("students received at a get-together ('gặp mặt, tiếp nhận … sinh viên'): the "
                               "reception, not a meeting")
        if etype == "visit" and not several and welcomes_students(clause):
            return "other", M_("students welcomed ('đón tiếp … lưu học sinh … sang học tập'), no visit or meeting "
                               "named: the reception")
        if etype is None and instruction(clause):
            return "announcement", M_("a government's instruction or request ('UBND … giao Sở …', "
                                      "'… đề nghị các tỉnh …'), no occasion named")
        if etype is not None:
            return etype, why
    etype, why = main_type(folded_title)
    if etype is None and s <= dm.start < e and (title_words := agreement_opening(folded, dm.start)) is not None:
        return "signing", M_("the date opens a reproduced agreement ('{words} … Hôm nay, ngày …'): the day it was "
                             "signed", words=title_words)
    if etype is None and s <= dm.start < e and (told := occasion_set_in(folded, dm.end, e)) is not None:
        return told[0], M_("the sentence that dates it names no occasion but is set at one right after its date "
                           "('{words} …,'): that occasion", words=told[1])
    if etype is None and s <= dm.start < e and (told := occasion_told_next(folded, sentences, e)) is not None:
        return told[0], M_("the sentence that dates it names no occasion; the next one opens with '{words}': "
                           "that occasion", words=told[1])
    if etype is None and s <= dm.start < e and (told := occasion_before_field(folded, sentences, s, l0)) is not None:
        return told[0], M_("the sentence that dates it is a programme's time field ('{words}') naming no occasion; "
                           "the prose before it tells the occasion", words=told[1])
    if etype is None and (arrival := delegations_arrive(folded_title)) is not None:
        return "visit", M_("no occasion named; the headline tells delegations arriving at a place ('{words}'): "
                           "their trip, a visit", words=arrival)
    if (etype == "signing" and dm.rule in ("stamped", "undated") and t0 < t1
            and CAPTION_CREDIT.search(folded[t0:t1]) is not None):
        # a photo's caption standing for the headline ("Ông A và ông B ký kết thỏa thuận (Ảnh: C)") of a page
        # that dates nothing shows one moment: a signing inside the meeting the body tells is that meeting
        body, body_why = body_type(body_sentences(folded, sentences))
        if body == "conference":
            return body, body_why
    if etype is None and dm.rule in ("stamped", "undated"):  # a page that dates nothing: what its body tells
        etype, why = body_type(body_sentences(folded, sentences))
        return (etype, why) if etype else ("other", M_("no occasion named"))
    return (etype, M_("from the headline: {why}", why=why)) if etype else ("other", M_("no occasion named"))
