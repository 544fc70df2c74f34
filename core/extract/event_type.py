"""The main event's type: what the sentence that dates it says happened.

The phrases and their ranks are a table in :mod:`hoptac.core.extract.type_vocab`
(``MAIN_TYPE_PHRASES``), found in a clause by :mod:`hoptac.core.extract.type_phrases`: the
lowest-ranked phrase of the main clause wins, a headline that opens by naming the occasion
decides between the clause's types, and a delegation that comes to visit is on its visit,
whatever meetings it holds; a working session held with a delegation, from either side, is a
meeting. A date over several days is re-read by :mod:`hoptac.core.extract.type_several_days`. :func:`main_type` returns the type and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from ..messages import M_
from .clause_commas import last_comma as _last_comma
from .openings import Opened
from .type_agreed import before_agreement
from .type_central import central_meets_two
from .type_forum import forum_frame
from .type_headline_defers import headline_defers
from .type_phrases import CAPTION_CREDIT, DELEGATION_NOUNS as _DELEGATION_NOUNS, TALKS as _TALKS
from .type_openers import context_opener
from .type_phrases import found as _found, headline_occasion as _headline_occasion, headline_verb as _headline_verb
from .type_several_days import over_several_days
from .type_vocab import DELEGATION_VISITS, MERE_MEETINGS, OCCASION_REASONS, TRIP_UNDER_WAY

__all__ = ["main_type", "clause_of", "body_type"]

# A framing clause at the start of a sentence: "Trong khuôn khổ chuyến thăm …, ", "Nằm trong chương trình …, ",
# "Nhân dịp kỷ niệm …, ", "Nhằm triển khai …, ", "Trên cơ sở …, ", "Hướng tới …, ". Round 59 (late59b): the trip as
# the occasion's frame, "Nhân chuyến thăm và làm việc tại tỉnh B, ngày 5/4, đoàn … đã dự Lễ …" (as "Trong khuôn khổ
# chuyến thăm …"); and a news site's tag of up to three words before the frame ("Đài X TV - Trong khuôn khổ …"),
# tried only where " - " stands near the sentence's start (a literal gate: most sentences have no tag).
_FRAME_WORDS = r"(?:trong khuon kho|nam trong|nhan dip|nhan chuyen|nham|tren co so|thuc hien|huong toi|chao mung|nhan loi moi|theo)\b"
_FRAMING = re.compile(r"^\W*(?:\([^()]{1,40}\)\s*-?\s*)?" + _FRAME_WORDS)
_TAGGED_FRAMING = re.compile(r"^\W*[a-z.]{2,20}(?: [a-z.]{2,20}){0,2}\s+-\s+" + _FRAME_WORDS)


def _framed(folded_sentence: str) -> bool:
    """Does the sentence open with a framing clause (after a site's tag, perhaps)?"""
    return _FRAMING.match(folded_sentence) is not None or (
        " - " in folded_sentence[:70] and _TAGGED_FRAMING.match(folded_sentence) is not None)


# A purpose after the occasion: "tổ chức hội đàm … để kiểm tra công tác chuẩn bị cho lễ công bố …":
# what comes after "để", "nhằm", "chuẩn bị cho" is what the occasion is for, not the occasion.
_PURPOSE = re.compile(r"(?<!van )(?<!chu )(?<!tieu )\b(?:de|nham|chuan bi cho|phuc vu cho)\s+"
                      r"(?!nghi\b|xuat\b|an\b|tai\b|ra\b|cu\b|cap\b|dang\b|thi\b)")   # đề nghị, đề xuất, đề án, dễ dàng …
# A visit whose talks have no day of their own: "thăm và làm việc, hội đàm với …" (the verb;
# "trong khuôn khổ chuyến thăm … từ ngày 25 đến 29/5, … có cuộc hội đàm" frames talks of their own day).
# the headline verbs that name the page's occasion even on a dated page: the talks ("A hội đàm với B")
_HEADLINE_TALKS = frozenset({"hoi dam", "hoi kien"})
_VISIT_FIRST = frozenset({"tham va lam viec", "tham, lam viec", "sang tham", "den tham", "chao xa giao",
                          "tham xa giao", "co buoi tiep", "den chao"})
# A delegation that is the sentence's subject: "Đoàn công tác tỉnh A do … dẫn đầu đã đến thăm và làm
# việc tại tỉnh B, hội đàm …": the visit is the occasion, whatever meetings it holds.
# So is a delegation its leader leads ("Chủ tịch UBND tỉnh A dẫn đầu đoàn công tác đến thăm, chúc
# Tết …"), and a led delegation that works in a place ("đoàn cán bộ tỉnh A do ông … dẫn đầu làm
# việc tại tỉnh B để tìm hiểu …").
_DELEGATION = re.compile(r"\b(?:doan\b[^;.]{0,200}?\b(?:dan dau|lam truong doan)"
                         r"|dan dau (?:mot )?doan(?: (?:cong tac|dai bieu|can bo|lanh dao|cap cao))?)\b")
# A working session the delegation holds ("đoàn … do ông A dẫn đầu đã có buổi làm việc với lãnh đạo tỉnh B",
# "… có cuộc làm việc với …") is a meeting with its hosts, as one the hosts hold with it; a session held to
# learn from the hosts ("… có buổi làm việc với lãnh đạo tỉnh B trao đổi kinh nghiệm về …") is a study trip, a visit.
_SESSION_BEFORE = re.compile(r"\b(?:buoi|cuoc)\s+$")
# ... held WITH someone: "với" right after it or after the place it is held in ("có buổi làm việc tại tỉnh B với lãnh
# đạo tỉnh B"). One held only in a place ("đoàn … do ông A làm trưởng đoàn đã có buổi làm việc tại Sở KH&CN tỉnh B")
# names no hosts it meets: the delegation works in the place, DELEGATION_VISITS' " tai " row (round 40, late40c).
_SESSION_WITH = re.compile(r"[^,;.:()]*?\bvoi\b")
_STUDY = re.compile(r"\b(?:trao doi|hoc tap|hoc hoi|chia se) kinh nghiem\b")
# ... and one held with ANOTHER delegation ("Đoàn đại biểu thành phố A do ông B làm Trưởng đoàn làm việc với Đoàn đại
# biểu tỉnh C do ông D làm Trưởng đoàn"): two delegations at one table, a meeting, as a delegation that meets another
# (_MEETS_DELEGATION below; round 54, late54b: `works_with_delegation`). Matched right after "làm việc".
_WITH_DELEGATION = re.compile(r" voi (?:cac |hai )?(?:doan|phai doan)\b")
# A host that meets a delegation receives it (the rows of MAIN_TYPE_PHRASES); a delegation that meets another
# ("Đoàn đại biểu A đã có cuộc gặp mặt với đoàn đại biểu B") holds a meeting.
_MEETS_DELEGATION = frozenset({"gap mat voi doan", "cuoc gap mat voi doan", "gap mat voi phai doan",
                               "cuoc gap mat voi phai doan", "gap go voi doan", "gap go phai doan", "gap go doan"})
_PUNCT = re.compile(r"[,;:]")
# A stop inside the delegation's name is an abbreviation's ("Đoàn đại biểu HĐND TP. Huế do … làm
# Trưởng đoàn"; the clause is one sentence already): read as a space for _DELEGATION.
# (written \b(?:tp|tx|tt|ts|gs|[qhxp])\.(?=\s): each letter first, the look-behind after it, so that the engine
# skips to those letters; test_prefilters)
_ABBREVIATION_STOP = re.compile(r"(?:" + "|".join(a[0] + r"(?<!\w.)" + a[1:] for a in ("tp", "tx", "tt", "ts", "gs", "q", "h", "x", "p"))
                                + r")\.(?=\s)")
# "nhân dịp <a reason>" (or "nhân kỷ niệm …", "nhân dịp đoàn sang TP A dự <a reason>") up to the next
# comma: why the parties meet (vocab.OCCASION_REASONS).
_REASON = re.compile(r"\bnhan(?: dip)?\s+(?:(?:[^,;]{0,60}?\s)?(?:tham du|sang du|den du|du)\s+)?("
                     + "|".join(sorted((r for r, _, _ in OCCASION_REASONS), key=len, reverse=True)) + r")\b")
_COMMEMORATION = {r: c for r, c, _ in OCCASION_REASONS}
_CLAUSE_STOP = re.compile(r"[,;]")
#: "nhân dự <a meeting>" / "nhân tham dự …" (the reason written without "dịp"), not "tiếp nhận dự án" (review23)
_NHAN_DU = re.compile(r"(?<!tiep )\bnhan (?:tham )?du (?!an\b)")
# ... each searched only where its opening words stand (.openings; tests/test_prefilters_*.py)
_PURPOSE_AT, _DELEGATION_AT = (Opened(_PURPOSE, ("de", "nham", "chuan bi cho", "phuc vu cho")),
                               Opened(_DELEGATION, ("doan", "dan dau")))
_VISIT_VERBS = frozenset({"tham va lam viec", "tham, lam viec", "sang tham", "den tham", "chuyen tham",
                          "chuyen tham va lam viec", "chuyen tham, lam viec", "chuyen cong tac", "tham",
                          "chuyen cong tac, lam viec", "chuyen cong tac va lam viec"})



def clause_of(folded_sentence: str, date_at: int) -> str:
    """The sentence without a framing clause before its date (or before its first comma).

    A date inside the main clause, after its verb ("Nhằm …, thành phố A đã bắt đầu chuyến thăm
    … từ ngày 14 đến 18/1"; "Hướng tới …, Chương trình … đã được công bố ngày 17/9"): what
    follows the date names nothing, so the clause starts after the last comma before the date
    (not one inside quotes: a programme's name "… TP.HCM và 13 tỉnh, thành phố …")."""
    if _framed(folded_sentence) or context_opener(folded_sentence, date_at):
        cut = date_at if date_at > 0 else folded_sentence.find(", ") + 1
        rest = folded_sentence[cut:]
        if date_at > 0 and not _found(rest):
            start = _last_comma(folded_sentence, date_at, lambda a: bool(_found(folded_sentence[a:date_at])))
            if start > 0:
                return folded_sentence[start:]
        return rest
    return folded_sentence


# Why the main event has its type, as `hoptac explain` prints it (translatable: core.messages).
_WHY_NO_PHRASE = M_("no phrase of MAIN_TYPE_PHRASES in the sentence")
_WHY_DELEGATION_WORKS = M_("a delegation led by someone ('dẫn đầu') works in a place or with its hosts "
                           "('làm việc tại', 'làm việc với')")
_WHY_COMMEMORATION = M_("a meeting held for a commemoration ('gặp mặt … nhân dịp kỷ niệm …')")


# A sentence that lists who attended an occasion named before it ("Tham dự chương trình, phía Việt Nam có
# đoàn công tác tỉnh A …", "Dự buổi lễ có …") or who chaired it ("Chủ trì đoàn đại biểu các tỉnh có các đồng
# chí …"): a delegation in it is a guest, no visit of its own.
_ATTENDEES = re.compile(r"^\W*(?:tham du|cung du|chu tri|du(?!\s+(?:kien|an|thao|bao|toan|tinh|dinh)\b))\s"
                        r"[^,;.]{0,80}?(?:,[^;.]{0,40}?)?\bco\b")   # not "Dự kiến", "Dự án", "Dự thảo" …
_WHY_ATTENDEES = M_("a list of who attended ('Tham dự …, … có đoàn …'): no occasion of its own")


def _without_reason(clause: str, found: list[tuple[int, str, int, str]]) -> tuple[list, bool]:
    """The phrases outside "nhân dịp <reason>, " (all of them when none is outside), and
    whether the reason is a commemoration."""
    # ... also written "nhân dự <a meeting>" (round 23): "nhân dự Diễn đàn …, Thủ tướng đã tiếp …" is the reception
    # (review23: that "nhân dự" only, not "tiếp nhận dự án …" nor "nhận dự …": read where it stands)
    if "nhan dip" in clause or "nhan ky niem" in clause:
        reason = _REASON.search(clause)
    else:
        du = _NHAN_DU.search(clause) if "nhan du " in clause or "nhan tham du " in clause else None
        reason = _REASON.match(clause, du.start()) if du is not None else None
    if reason is None:
        return found, False
    stop = _CLAUSE_STOP.search(clause, reason.end())
    end = stop.start() if stop is not None else len(clause)
    rest = [f for f in found if not reason.start() <= f[0] < end]
    return (rest or found), _COMMEMORATION[reason.group(1)]


# A sentence set at a working session, which then tells what was said there: "Tại buổi làm việc
# sáng 12/12, hai sở đã ôn lại …, trao đổi …".
_AT_WORKING_SESSION = re.compile(r"^\W*tai (?:buoi|cuoc) lam viec\b")


# A document that plans an occasion dated in the same sentence: "UBND tỉnh A ban hành Kế hoạch số
# 12/KH-UBND về việc tổ chức Tuần văn hóa … tại tỉnh B từ ngày 25-27/10": the date is the
# occasion's, and so is the type (the document, with no date of its own, is how it is told; a
# sentence dated before the document, "Ngày 5/3, UBND tỉnh A ban hành Kế hoạch …", dates the document).
_ISSUES_PLAN_FOR = re.compile(r"^[^.;\d]{0,80}?\b(?:ban hanh|co|gui)\s+(?:ke hoach|thong bao|cong van|quyet dinh)"
                              r"\b[^;]{0,60}?\b(?:ve viec\s+)?to chuc\b(?=[^;]*?\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?[/.-]\d{1,2}\b)")
#: Words every such plan holds (round 38): the pattern, anchored with a lazy run first, is searched only in a clause
#: with "tổ chức" and one of the documents' names.
_PLAN_DOCUMENTS = ("ke hoach", "thong bao", "cong van", "quyet dinh")


# ... unless the document is told as just issued ("UBND tỉnh A vừa/mới ban hành Kế hoạch … tổ chức … từ ngày
# 25-27/10"): the issuing is the news, an announcement (holdout15 t19)
_JUST_ISSUED = re.compile(r"\b(?:vua|moi)(?: day)?(?: da)? (?:ban hanh|co|gui)\s+(?:ke hoach|thong bao|cong van|quyet dinh)\b")



# A signing is done in a day: an occasion dated over several days ("từ ngày 6/3 đến ngày 8/3
# … sang thăm, làm việc và ký kết biên bản") is the visit or the meeting the signing was part of.

#: A day in brackets inside a phrase ("vừa có văn bản (ngày 21.11) gửi UBND tỉnh B", round 42, late42c: water42 06): an
#: aside the phrase is read without ("có văn bản gửi"), so the day splits no row of the type table.
_BRACKETED_DAY = re.compile(r"\s*\((?:ngay\s+)?\d{1,2}\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{2,4})?\)(?=\s)")
#: ... what each such day opens with, looked for first (round 44, speed44: its literal "(" lets the engine skip to
#: the brackets; the whole pattern, opening with blanks, was tried at every character of every clause with one).
BRACKETED_DAY_OPENS = re.compile(r"\((?:ngay\s+)?\d")


def main_type(clause: str, headline: str = "", *, several_days: bool = False,
              undated: bool = False) -> tuple[str | None, str]:
    """(type, why) from the main clause (folded); None when it names no occasion.
    ``several_days``: the clause's date spans more than one day. ``undated``: the clause is
    the lead of a page that dates no occasion; a headline that opens by naming one ("Hội
    nghị cấp cao A – B: …") names it better than a lead that only reports around it."""
    if "(" in clause and BRACKETED_DAY_OPENS.search(clause):
        clause = _BRACKETED_DAY.sub("", clause)
    if headline and CAPTION_CREDIT.search(headline):
        headline = ""   # a photo's caption taken for the headline ("Ông A (phải) và ông B ký kết …") tells no verb
    if undated and headline:
        named = _headline_occasion(headline)
        if named is not None:
            return named[0], M_("the page dates no occasion; the headline opens with '{phrase}'", phrase=named[1])
    if (cut := forum_frame(clause)) is not None and _main_type(clause[cut:], "")[0] == "signing":
        return "signing", M_("a signing at a forum of many localities ('tại Hội nghị … các địa phương …, A và B "
                             "ký kết …'): the parties' occasion")
    if "to chuc" in clause and any(w in clause for w in _PLAN_DOCUMENTS) \
            and _ISSUES_PLAN_FOR.search(clause) is not None and _JUST_ISSUED.search(clause) is None:   # "ban hành Kế hoạch … tổ chức Tuần văn hóa … từ ngày 25-27/10"
        clause = _ISSUES_PLAN_FOR.sub(lambda m: " " * len(m.group(0)), clause)
        etype, why = _main_type(clause, headline, undated=undated)
        return etype or "other", M_("the date is the occasion's a document plans, not the document's: {why}",
                                    why=why if etype else M_("no occasion named"))
    etype, why = _main_type(clause, headline, undated=undated)
    if etype == "visit" and not several_days and headline:
        h = _headline_verb(headline)
        if h is not None and h[0] == "signing":
            return "signing", M_("a visit whose headline reports a signing ('{phrase}')", phrase=h[1])
    if several_days:
        return over_several_days(clause, etype, why)
    return etype, why


def _main_type(clause: str, headline: str, *, undated: bool = False) -> tuple[str | None, str]:
    found = _found(clause)
    if not found:
        return None, _WHY_NO_PHRASE
    if all(f[3] in _DELEGATION_NOUNS for f in found) and _ATTENDEES.match(clause):
        return None, _WHY_ATTENDEES   # "Tham dự chương trình, phía tỉnh A có đoàn công tác …": who came, not what
    found, commemoration = _without_reason(clause, found)   # "nhân dịp dự Lễ kỷ niệm …, đoàn … đến thăm"
    if commemoration and all(f[3] in MERE_MEETINGS or f[3] in _DELEGATION_NOUNS for f in found) and any(
            f[3] in MERE_MEETINGS for f in found):   # "Đoàn đại biểu A và đoàn đại biểu B gặp mặt nhân kỷ niệm …"
        return "other", _WHY_COMMEMORATION
    purpose = _PURPOSE_AT.search(clause, found[0][0])
    if purpose is not None and found[0][0] < purpose.start():
        found = [f for f in found if f[0] < purpose.start()]  # what the occasion is for is not it
    found = before_agreement(clause, found, _headline_occasion(headline) if headline else None)  # what they agree to hold
    types = {t for _, t, _, _ in found}
    if headline and len(types) > 1:
        h = _headline_occasion(headline)
        if h is not None and h[0] in types and headline_defers(h[0], headline, clause, h[1], found) is None:
            return h[0], M_("the headline opens with '{phrase}'", phrase=h[1])
        # a page that dates no occasion: its headline tells it better than a lead that reports around it
        h = _headline_verb(headline)
        if (h is not None and h[0] in types and headline_defers(h[0], headline, clause, h[1], found) is None
                and (undated or (h[1] in _HEADLINE_TALKS and types == {"visit", "conference"}))):
            # the headline's subject holds talks ("Công an tỉnh A hội đàm thường niên với …") over a lead
            # whose delegation "sang thăm và hội đàm với …": the talks are the page's occasion (a01), not the trip
            return h[0], M_("the headline's verb '{phrase}' picks between the sentence's occasions", phrase=h[1])
    if headline and (all(f[3] == "lam viec" for f in found) or _AT_WORKING_SESSION.match(clause)):
        # a working session names no occasion of its kind: a headline that opens with one names it
        # ("Sở A: Ký kết biên bản hợp tác với Sở B" over "Tại buổi làm việc sáng 12/12, hai sở …")
        h = _headline_occasion(headline)
        if h is not None and h[0] != "conference" and headline_defers(h[0], headline, clause, h[1], found) is None:
            return h[0], M_("a working session ('làm việc'); the headline opens with '{phrase}'", phrase=h[1])
    # gifts and aid handed over during a visit are part of it ("đã đến thăm, chúc mừng …; chúc Tết và tặng quà …")
    if types <= {"visit", "conference"} or (types <= {"visit", "conference", "other"}
                                           and all(f[2] >= 7 for f in found if f[1] == "other")):
        d = _DELEGATION_AT.search(clause)
        if d is None and "." in clause:   # "Đoàn … TP. Huế do … dẫn đầu"
            d = _DELEGATION_AT.search(_ABBREVIATION_STOP.sub(lambda a: a.group(0)[:-1] + " ", clause))
        first = min((f for f in found if d is not None and f[0] >= d.end()), default=None)
        works_there = first is not None and any(
            first[3] == phrase and clause.startswith(after, first[0] + len(phrase))
            and (also_then or TRIP_UNDER_WAY.search(clause, 0, d.start()) is None)
            for phrase, afters, also_then, _ in DELEGATION_VISITS for after in afters)
        if (works_there and _SESSION_BEFORE.search(clause, max(0, first[0] - 12), first[0]) and not _STUDY.search(clause)
                and _SESSION_WITH.match(clause, first[0] + len(first[3]))):
            works_there = False   # "đoàn … do … dẫn đầu đã có buổi làm việc với Tỉnh trưởng B": a meeting
        if works_there and _WITH_DELEGATION.match(clause, first[0] + len(first[3])):
            works_there = False   # "đoàn A do … làm trưởng đoàn làm việc với đoàn B do …": a meeting (works_with_delegation)
        if works_there and central_meets_two(clause, d.start()):
            works_there = False   # "Thứ trưởng Bộ A dẫn đầu đoàn công tác trung ương làm việc với tỉnh B và tỉnh C"
        if first is not None and (first[3] in _VISIT_VERBS or works_there) and all(
                f[1] == "visit" for f in found if f[0] < d.start()):   # no meeting named before the delegation
            return "visit", (M_("a delegation led by someone ('dẫn đầu') comes to visit ('{verb}')", verb=first[3])
                             if not works_there else _WHY_DELEGATION_WORKS)
        order = sorted(found)
        if (len(order) > 1 and order[0][3] in ("doan cong tac", "doan dai bieu") and order[1][3] in _VISIT_VERBS
                and not _PUNCT.search(clause, order[0][0], order[1][0])):
            return "visit", M_("a delegation, the sentence's subject, comes to visit ('{verb}')", verb=order[1][3])
        visit = next((f for f in found if f[3] in _VISIT_FIRST), None)
        if visit is not None and any(f[3] in _TALKS and f[0] > visit[0] for f in found):
            return "visit", M_("talks within a visit ('{visit}' before them, no day of their own)", visit=visit[3])
    pos, etype, rank, phrase = min(found, key=lambda f: (f[2], f[0]))
    if phrase in _MEETS_DELEGATION and any(f[3] in _DELEGATION_NOUNS and f[0] < pos for f in found):
        return "conference", M_("a delegation meets another ('{phrase}' after 'đoàn …'): a meeting", phrase=phrase)
    return etype, M_("'{phrase}' (rank {rank}) in the sentence that dates it", phrase=phrase, rank=rank)


# A page that dates no occasion and whose headline and lead name none: its body's first
# sentences tell it ("Chuyến thăm lần này …" a few sentences down).
_BODY_SENTENCES = 8


def body_type(sentences: Iterable[str]) -> tuple[str | None, str]:
    """(type, why) of the first occasion the body's first sentences (folded) name."""
    for clause in islice(sentences, _BODY_SENTENCES):
        etype, why = main_type(clause)
        if etype is not None:
            return etype, M_("the page dates no occasion; the body names it: {why}", why=why)
    return None, ""
