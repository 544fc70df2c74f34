"""A later plan told after the lead with its own full date: not the occasion the page reports (round 20).

A report often ends on what comes next: "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến
11/3/2026 tại tỉnh bạn." Its date carries its year, the page's own occasion often does not ("Chiều 14/6, …",
"Vừa qua, …", or no date at all), so the plan outranks it by place and wins with a year that is not the
page's. :func:`hoptac.core.extract.trips.planned_after_lead` sets such a plan aside when the lead is undated
and tells nothing ahead; this module weighs the plan against the page's stamp and its year cues, which that
rule (run inside :func:`~hoptac.core.extract.verdicts.judge`) cannot see.

A **plan** here: a day or month with its year, after the lead, whose sentence tells it ahead ("sẽ", "dự
kiến", "sắp": trips._told_ahead). It becomes "ahead" (never the main event) on one row of :data:`EVIDENCE`:

====================  ==========================================================================
row                   a page written for it
====================  ==========================================================================
months_after_stamp    stamped 14/06/2024: "Chiều 14/6, … hội đàm. … Theo kế hoạch, Tuần Văn hóa hai
                      tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2025": a preview is stamped weeks before its
                      occasion (year_from_stamp.AHEAD_DAYS), never months
later_than_the_page   no stamp: "Trong khuôn khổ Ngày hội Du lịch 2025 vừa diễn ra, … ký kết … Theo kế
                      hoạch, Tuần Văn hóa … sẽ diễn ra từ ngày 5 đến 11/3/2026": its year is later than
                      every other year the page gives (its dates' and its year cues'), and the lead
                      tells its own occasion as done or undated, not ahead
after_a_yearless_day  (round 21) "… đã làm việc với lãnh đạo tỉnh B ngày 17/3." or "Tại buổi lễ ngày 20/9 vừa
                      qua, …", then "Theo kế hoạch, Tuần Văn hóa … sẽ diễn ra từ ngày 5 đến 11/3/2023":
                      the page dates an occasion of its own by a day or month without a year, in
                      another sentence not told ahead, and the lead does not tell its occasion ahead
after_a_dated_day     (round 32) "Ngày hội diễn ra từ ngày 25/10 đến hết ngày 27/10/2023 …", then "Theo kế
                      hoạch, Tuần Văn hóa … sẽ diễn ra từ ngày 5 đến 11/3/2024": the page dates an occasion
                      of its own by a day with its year, not told ahead, ending before the plan's first
                      day (a target year, "đến năm 2030", need not keep the plan the page's)
====================  ==========================================================================

The lead "tells ahead" when it holds "sẽ", "sắp", "dự kiến", "kế hoạch", "chuẩn bị" (trips._AHEAD_WORDS)
outside a wish: "sẽ" after "mong muốn", "hy vọng", "tin tưởng", "chúc" (:data:`WISHES`: "mong muốn quan
hệ hai tỉnh sẽ tiếp tục phát triển") is a hope, not a plan. A page whose lead tells its occasion ahead (a
preview) keeps a plan dated within the months after its stamp, or with no stamp. Round 32: a "sẽ" of a
commitment ("tỉnh sẽ tạo điều kiện …", "sẽ thúc đẩy …": :data:`COMMITMENTS`) and a "kế hoạch" that names an
approved document ("phê duyệt Kế hoạch thực hiện …") tell nothing ahead either. Matched on folded text
(no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..messages import M_
from .tense_words import says
from .trips import _AHEAD_WORDS, _sentence_of, _told_ahead, names_a_document

if TYPE_CHECKING:
    from .verdicts import Reading
    from .year_cue_kinds import YearCue

__all__ = ["COMMITMENTS", "EVIDENCE", "PLAN_AHEAD_DAYS", "WISHES", "later_plans", "lead_tells_ahead"]

#: A plan's first day more than this many days after the stamp is not the page's occasion (a preview is
#: stamped weeks before: year_from_stamp.AHEAD_DAYS is 62; announced.ANNOUNCED_AHEAD_DAYS 120).
PLAN_AHEAD_DAYS = 120

#: (name, what it weighs, a sentence written for it).
EVIDENCE: tuple[tuple[str, str, str], ...] = (
    ("months_after_stamp", "the plan's first day lies more than PLAN_AHEAD_DAYS after the page's stamp",
     "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2025 (stamped 14/06/2024)."),
    ("later_than_the_page", "the plan's year is later than every other year of the page (dates, year cues), "
                            "and the lead does not tell its own occasion ahead",
     "Trong khuôn khổ Ngày hội Du lịch 2025 vừa diễn ra, hai tỉnh ký kết … Tuần Văn hóa sẽ diễn ra từ ngày "
     "5 đến 11/3/2026."),
    ("after_a_yearless_day", "the page dates an occasion by a day or month without a year, in another sentence not "
                             "told ahead, and the lead does not tell its own occasion ahead",
     "Tại buổi lễ ngày 20/9 vừa qua, … Theo kế hoạch, Tuần Văn hóa sẽ diễn ra từ ngày 5 đến 11/3/2023."),
    ("after_a_dated_day", "(round 32) the page dates an occasion by a day with its year, in another sentence not told "
                          "ahead, before the plan's first day, and the lead does not tell its own occasion ahead",
     "Ngày hội diễn ra từ ngày 25/10 đến hết ngày 27/10/2023 … Theo kế hoạch, Tuần Văn hóa sẽ diễn ra từ ngày 5 "
     "đến 11/3/2024 (and a target 'đến năm 2030': the plan is not later than every year of the page)."),
)

#: The words of a wish before "sẽ" in its sentence (folded): "mong muốn quan hệ … sẽ tiếp tục phát triển".
WISHES = ("mong muon", "mong rang", "mong", "hy vong", "hi vong", "ky vong", "tin tuong", "tin rang", "chuc")
_WISH = re.compile(r"\b(?:" + "|".join(WISHES) + r")\b")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")

_WHY = {
    "months_after_stamp": M_("a plan told ahead with its year, months after the page's stamp: not the occasion "
                             "reported (later_plans)"),
    "later_than_the_page": M_("a plan told ahead with a year later than every other year of the page: not the "
                              "occasion reported (later_plans)"),
    "after_a_yearless_day": M_("a plan told ahead with its year on a page that dates its own occasion by the day "
                               "alone: not the occasion reported (later_plans)"),
    "after_a_dated_day": M_("a plan told ahead with its year after the day of an occasion the page reports: not the "
                            "occasion reported (later_plans)"),
}


#: What a body commits itself to after "sẽ" in the lead (folded, the words right after it): a promise of support or
#: of going on, not an occasion told ahead (round 32: the year probe's ``plan_week`` under such leads). (words, a
#: lead written for them) -- not when an occasion's verb follows within a few words ("sẽ tiếp tục tổ chức …").
COMMITMENTS: tuple[tuple[str, str], ...] = (
    ("tao dieu kien", "Chủ tịch UBND tỉnh A cho biết tỉnh sẽ tạo điều kiện thuận lợi cho doanh nghiệp tỉnh B."),
    ("thuc day", "Ông A cho biết thành phố sẽ thúc đẩy mối quan hệ hợp tác với tỉnh B."),
    ("tiep tuc", "Theo đề xuất, 20% dòng nước sẽ tiếp tục chảy về hạ du."),
    ("tang cuong", "Hai bên sẽ tăng cường trao đổi thông tin về tình hình biên giới."),
    ("day manh", "Tỉnh A sẽ đẩy mạnh hợp tác thương mại với tỉnh B."),
    ("ho tro", "Tỉnh A sẽ hỗ trợ tỉnh B xây dựng trường học."),
    ("quan tam", "Lãnh đạo tỉnh A khẳng định sẽ quan tâm, tạo điều kiện cho doanh nghiệp tỉnh B."),
)
_COMMITMENT = re.compile(r"\s+(?:" + "|".join(w for w, _ in COMMITMENTS) + r")\b(?![^.;!?\n]{0,40}?\b(?:to chuc|dien ra|"
                         r"khai mac|(?:sang|den)\s+tham|tham va lam viec|ky ket|hoi dam|hoi nghi|le hoi|le ky)\b)")


def lead_tells_ahead(folded: str, lead, text: str = "") -> bool:
    """Does the lead tell its own occasion ahead (:data:`_AHEAD_WORDS` outside a wish, :data:`WISHES`; not a
    "kế hoạch" that names a document or a body, trips.names_a_document, nor a "sẽ" of a commitment,
    :data:`COMMITMENTS`)? With ``text`` (the page as written, offsets shared) "sẽ", "sắp" count only as written (:mod:`.tense_words`: "chia sẻ", "sáp nhập")."""
    l0, l1 = lead
    for m in _AHEAD_WORDS.finditer(folded, l0, l1):
        if names_a_document(folded, m):
            continue   # "Sở Kế hoạch và Đầu tư" (round 21), "phê duyệt Kế hoạch thực hiện …" (trips, round 32)
        if m.group(0) == "se" and _COMMITMENT.match(folded, m.end()):
            continue   # "tỉnh sẽ tạo điều kiện …": a commitment, no occasion told ahead (round 32)
        if text and not says(text, m.start(), m.group(0)):
            continue   # "chia sẻ", "sáp nhập" (fold22)
        starts = [e.end() for e in _SENTENCE_END.finditer(folded, l0, m.start())]
        if not _WISH.search(folded, starts[-1] if starts else l0, m.start()):
            return True
    return False


def _first_day(m) -> date | None:
    try:
        return date(m.year, m.month, m.day or 1) if m.year and m.month else None
    except ValueError:
        return None


def later_plans(readings: list[Reading], folded: str, lead, paragraphs, published,
                cues: list[YearCue], text: str = "") -> list[Reading]:
    """Mark the plans :data:`EVIDENCE` sets aside "ahead" (see the module); the readings marked."""
    plans = [r for r in readings if r.verdict in ("event", "range") and r.mention.kind == "date"
             and r.mention.year and r.mention.precision in ("day", "month") and r.mention.start >= lead[1]]
    if not plans:
        return []
    stamp = published.date() if hasattr(published, "date") else published
    ahead_lead: bool | None = None   # (read once, when a plan needs it)
    out = []
    for r in plans:
        m = r.mention
        if not _told_ahead(folded, m, paragraphs, text):
            continue
        row = None
        first = _first_day(m)
        if stamp is not None and first is not None and (first - stamp).days > PLAN_AHEAD_DAYS:
            row = "months_after_stamp"
        else:
            if ahead_lead is None:
                ahead_lead = lead_tells_ahead(folded, lead, text)
            if not ahead_lead and _later_than_the_page(readings, cues, r, folded, paragraphs):
                row = "later_than_the_page"
            elif not ahead_lead and _after_a_yearless_day(readings, r, folded, paragraphs, text):
                row = "after_a_yearless_day"
            elif not ahead_lead and _after_a_dated_day(readings, r, folded, paragraphs, text):
                row = "after_a_dated_day"
        if row is not None:
            r.verdict, r.why, r.score = "ahead", _WHY[row], 0
            out.append(r)
    return out


#: The verdicts whose years tell the page's present (not the background: a bond of long ago, a founding, an
#: anniversary's first day, a document; nor a related title or another plan).
_PRESENT = ("event", "range", "caption", "issued", "period", "headline")


def _later_than_the_page(readings: list[Reading], cues: list[YearCue], r: Reading, folded: str, paragraphs) -> bool:
    """Is the plan's year later than every other year of the page (its readings' that tell its present,
    :data:`_PRESENT`, a period's start only, and its year cues' outside the plan's own sentence)? At least one
    other year is needed: an old bond day alone ("Ngày 28/4/1997, … đã ký kết nghĩa") is no present."""
    year = r.mention.end_year or r.mention.year
    s = _sentence_of(folded, r.mention, paragraphs)[0]
    stop = _SENTENCE_END.search(folded, r.mention.end)
    e = stop.start() if stop else len(folded)
    others = [y for o in readings if o is not r and o.verdict in _PRESENT
              for y in (o.mention.year, None if o.mention.kind == "period" else o.mention.end_year) if y]
    others += [c.year for c in cues if not s <= c.pos < e and c.name != "named_ahead"]
    return bool(year and others) and year > max(others)


def _after_a_yearless_day(readings: list[Reading], r: Reading, folded: str, paragraphs, text: str = "") -> bool:
    """Does the page date an occasion of its own by a day or month with no year ("ngày 17/3", "ngày 20/9 vừa
    qua"), outside the plan's sentence and not told ahead itself? Then the plan, with its year, is another
    occasion (its year need not be the page's: a plan may lie in the next year)."""
    s = _sentence_of(folded, r.mention, paragraphs)[0]
    stop = _SENTENCE_END.search(folded, r.mention.end)
    e = stop.start() if stop else len(folded)
    for o in readings:
        m = o.mention
        if o is r or o.verdict not in ("event", "range") or m.kind != "date" or m.year or m.end_year \
                or not (m.day or m.month) or s <= m.start < e:
            continue
        if not _told_ahead(folded, m, paragraphs, text):
            return True
    return False


def _after_a_dated_day(readings: list[Reading], r: Reading, folded: str, paragraphs, text: str = "") -> bool:
    """Does the page date an occasion of its own by a day with its year ("Ngày hội diễn ra từ ngày 25/10 đến hết
    ngày 27/10/2023"), outside the plan's sentence, not told ahead itself, and ending before the plan's first day?
    Then the plan is a later occasion the page tells of, not its own, even where a target year ("mục tiêu đến năm
    2030") keeps it from being later than every year of the page (the year probe's ``plan_week``, round 32)."""
    first = _first_day(r.mention)
    if first is None:
        return False
    s = _sentence_of(folded, r.mention, paragraphs)[0]
    stop = _SENTENCE_END.search(folded, r.mention.end)
    e = stop.start() if stop else len(folded)
    for o in readings:
        m = o.mention
        if o is r or o.verdict not in ("event", "range") or m.kind != "date" or not m.year or m.precision != "day" \
                or not m.day or s <= m.start < e:
            continue
        try:
            last = date(m.end_year or m.year, m.end_month or m.month, m.end_day or m.day)
        except (TypeError, ValueError):
            continue
        if last < first and not _told_ahead(folded, m, paragraphs, text):
            return True
    return False
