"""The year of a date the text gives without one ("Chiều 8/3").

:func:`infer_year` follows this order and says which step gave the year:

1. ``"stated"``: the mention has its year ("ngày 19/9/2018").
2. ``"published"``: the page's publication time. Its year, unless the day and month
   would then lie more than ~2 months (:data:`AHEAD_DAYS`) after publication: an article
   published on 5 January about "28/12" means the December before.
3. and 4. ``"context"``: the text around and the article's own cues, scored together
   (:data:`CUES`, :data:`NEARBY`); the best score wins if it reaches :data:`THRESHOLD`.
   A full date nearby ("ngày 19/9/2018" within 300 characters, best in the same
   sentence) usually wins, as the order asks; but a full date in another sentence
   that tells the past ("Theo đó, ngày 19/9/2018 ... đã ký kết", "kỷ niệm", "thành lập"),
   or one of several dates of different years (a history), loses to a strong cue such
   as a review of the period 2018-2023 (held in 2024).
5. ``(None, "unknown")``: nothing supports a year. The clock's year is never used.

Turn of the year: a meeting that reviews year R and plans year R+1 is held late in R
or early in R+1, so cues shift with the mention's month -- a plan for 2017 met on 7/1
is 2017, met on 20/12 it is 2016; a review of 2018 held on 24/11 is 2018, on 15/1 it
is 2019. The shifts are in :data:`CUES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .dates import DateMention, _any_case_and_accent, find_dates
from ..text import fold

__all__ = ["YearCue", "CUES", "NEARBY", "THRESHOLD", "AHEAD_DAYS", "find_year_cues", "infer_year"]


@dataclass(slots=True)
class YearCue:
    pos: int        # where the cue is in the text
    year: int       # the year it points to (before the turn-of-year shift)
    name: str       # a name in CUES
    weight: int


@dataclass(frozen=True, slots=True)
class CueKind:
    name: str
    example: str
    weight: int
    shift: tuple[tuple[tuple[int, ...], int], ...]   # ((months, years to add), ...)
    note: str


#: The article's own cues, strongest first. ``shift``: for a mention in these months,
#: add this to the cue's year.
CUES: tuple[CueKind, ...] = (
    CueKind("review_period", "Hội nghị đánh giá kết quả hợp tác giai đoạn 2018 - 2023", 80,
            (((11, 12), -1),),
            "a review (đánh giá, sơ kết, tổng kết, kết quả) of a period ending in Y: "
            "held in Y+1 (year = Y+1), or in Y when the mention is in November-December"),
    CueKind("plan_year", "phương hướng hợp tác năm 2023; ký kết ... kế hoạch hợp tác năm 2023", 75,
            (((11, 12), -1),),
            "a plan (phương hướng, ký kết, triển khai, xây dựng, thống nhất ...) for year Y: "
            "Y, or Y-1 in November-December; beats a review year in the same sentence: "
            "'kết quả ... năm 2016 và phương hướng ... năm 2017' -> 2017"),
    CueKind("so_far", "Từ đầu năm 2023 đến nay; 6 tháng đầu năm 2023; trong năm 2023 (nay)", 75,
            (((1, 2), +1),),
            "results of year Y so far: the article is written in Y (or early in Y+1 "
            "for a date in January-February)"),
    CueKind("spring", "đầu xuân mới 2023; xuân Quý Mão 2023; Tết Nguyên đán 2023", 70,
            (((12,), -1),),
            "the spring or Tết of year Y: Y, or Y-1 in December"),
    CueKind("review_year", "Hội nghị sơ kết chương trình hợp tác năm 2018", 65,
            (((1, 2), +1),),
            "a review of year Y: Y, or Y+1 in January-February"),
    CueKind("spring_canchi", "Xuân Quý Mão (no number): 2023", 60,
            (((12,), -1),),
            "a lunar year name after xuân/Tết, read in 1984-2043"),
    CueKind("plan_noun", "kế hoạch hợp tác năm 2023; chương trình hợp tác năm 2019", 60,
            (((11, 12), -1),),
            "a plan or programme of year Y with no verb before it"),
    CueKind("plan_period", "thống nhất các nội dung hợp tác giai đoạn 2021 - 2025", 55,
            (((11, 12), -1),),
            "a plan for a period starting in Y: Y, or Y-1 in November-December"),
    CueKind("year", "Năm 2023 tiếp tục hợp tác; trong năm 2020", 30, (),
            "any other 'năm Y' that is a date; counts only near the mention"),
)
_CUE = {c.name: c for c in CUES}

#: Another mention with a stated year near the mention (step 3), and what lowers it.
NEARBY = {
    "same_sentence": 100,
    "same_paragraph": 85,
    "within": 70,            # within REACH characters
    "past_marker": -45,      # its own sentence tells the past and is not the mention's
    "history": -20,          # the article has full dates of 3 or more different years
}
REACH = 300
#: A cue counts more the nearer it is to the mention.
PROXIMITY = {"same_sentence": 15, "same_paragraph": 8, "within": 4, "far": 0}
THRESHOLD = 40
AHEAD_DAYS = 62

#: Words that tell the past, in a nearby date's sentence (folded).
PAST_MARKERS = ("da", "truoc do", "ky niem", "thanh lap", "tai lap", "tung", "nam truoc")

#: The words that tell a review from a plan, in the clause before a year (any case and
#: accent: "so ket" is "sơ kết").
KEYWORDS = r"""\b(?:
      (?P<review>so\s+ket|tong\s+ket|ket\s+qua|danh\s+gia|nhin\s+lai)
    | (?P<plan>phuong\s+huong|ky\s+ket|trien\s+khai|xay\s+dung|dinh\s+huong|muc\s+tieu|thong\s+nhat)
    | (?P<noun>ke\s+hoach|chuong\s+trinh|nhiem\s+vu)
    )\b"""
_KEYWORDS: list[re.Pattern] = []   # compiled on first use
_CLAUSE_ENDS = ".;:!?\n,("
_CAN = ("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy")
_CHI = ("ty", "suu", "dan", "mao", "thin", "ti", "ngo", "mui", "than", "dau", "tuat", "hoi")  # ti: Tỵ
#: After "xuân" or "Tết" (folded): "Nguyên đán", "mới", a lunar year name, a year.
_AFTER_SPRING = re.compile(r"""(?:\s+nguyen\s+dan)?(?:\s+moi)?
    (?:\s+(?P<can>%s)\s+(?P<chi>%s|meo)\b)?(?:\s+(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?"""
                           % ("|".join(_CAN), "|".join(_CHI)), re.VERBOSE)
_SPRING_WORDS = ("xuân", "Xuân", "XUÂN", "tết", "Tết", "TẾT")
_SPRING_WORDS_UNACCENTED = ("xuan", "Xuan", "XUAN", "tet", "Tet", "TET")  # in texts without accents
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_PARAGRAPH_END = re.compile(r"\n")


def _canchi_year(can: str, chi: str) -> int:
    """'quy', 'mao' -> 2023: the year of that name in 1984 (Giáp Tý) - 2043."""
    c, z = _CAN.index(can), 3 if chi == "meo" else _CHI.index(chi)
    return next(1984 + k for k in range(60) if k % 10 == c and k % 12 == z)


def _classify(text: str, pos: int, reach: int = 200) -> str | None:
    """In the clause that ends at ``pos`` (back to , . ; : ( or a new line): 'review' or
    'plan' for its last such verb, else 'noun' when it has a plan noun (kế hoạch,
    chương trình, nhiệm vụ), else None."""
    lo = max(0, pos - reach)
    lo = max([text.rfind(ch, lo, pos) + 1 for ch in _CLAUSE_ENDS] + [lo])
    if not _KEYWORDS:
        _KEYWORDS.append(re.compile(_any_case_and_accent(KEYWORDS), re.VERBOSE))
    last, noun = None, False
    for m in _KEYWORDS[0].finditer(text, lo, pos):
        if m.group("noun"):
            noun = True
        else:
            last = "review" if m.group("review") else "plan"
    return last or ("noun" if noun else None)


def _spring_cues(text: str) -> list[YearCue]:
    """'đầu xuân mới 2023', 'Tết Nguyên đán Quý Mão', 'xuân Quý Mão 2023'."""
    out = []
    for word in _SPRING_WORDS_UNACCENTED if text.isascii() else _SPRING_WORDS:
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if not (i and text[i - 1].isalnum()) and not text[j:j + 1].isalnum():
                m = _AFTER_SPRING.match(fold(text[j:j + 32]))
                if m.group("y"):
                    out.append(YearCue(i, int(m.group("y")), "spring", _CUE["spring"].weight))
                elif m.group("can"):
                    chi = m.group("chi")
                    if chi == "ty":  # Tý (rat) or Tỵ (snake): only the accent tells
                        chi = {"tý": "ty", "tỵ": "ti", "tị": "ti"}.get(
                            text[j + m.start("chi"):j + m.end("chi")].lower(), "")
                    if chi:
                        out.append(YearCue(i, _canchi_year(m.group("can"), chi),
                                           "spring_canchi", _CUE["spring_canchi"].weight))
            i = text.find(word, j)
    return out


def find_year_cues(text: str, *, mentions: list[DateMention] | None = None) -> list[YearCue]:
    """The article's own hints of its year (see :data:`CUES`), in text order. Pass the
    article's ``mentions`` (from :func:`~hoptac.core.extract.dates.find_dates`) to save a pass."""
    if mentions is None:
        mentions = find_dates(text)
    cues: list[YearCue] = []
    for m in mentions:
        if m.kind == "period" and m.end_year is not None and m.rule != "target_year":
            sort = _classify(text, m.start)
            if sort == "review":
                cues.append(YearCue(m.start, m.end_year + 1, "review_period", _CUE["review_period"].weight))
            elif sort == "plan":
                cues.append(YearCue(m.start, m.year, "plan_period", _CUE["plan_period"].weight))
        elif m.kind == "date" and m.precision in ("year", "month") and m.year is not None and _so_far(text, m):
            cues.append(YearCue(m.start, m.year, "so_far", _CUE["so_far"].weight))
        elif m.kind == "date" and m.precision == "year" and m.year is not None:
            sort = _classify(text, m.start)
            name = {"review": "review_year", "plan": "plan_year", "noun": "plan_noun"}.get(sort, "year")
            cues.append(YearCue(m.start, m.year, name, _CUE[name].weight))
    cues += _spring_cues(text)
    cues.sort(key=lambda c: c.pos)
    return cues


_SO_FAR_BEFORE = re.compile(r"(?:tu\s+dau|(?:\d+|sau|chin|ba|nam)\s+thang\s+(?:dau|qua\s+cua)|dau)\s+(?:nam\s+)?$")
_SO_FAR_AFTER = re.compile(r"^\s*(?:den\s+nay|toi\s+nay|den\s+thoi\s+diem\s+nay)")


def _so_far(text: str, m: DateMention) -> bool:
    """'Từ đầu năm 2023 đến nay', '6 tháng đầu năm 2023': the year the article is in."""
    before = fold(text[max(0, m.start - 24):m.start + (len(m.text) - len(m.text.lstrip()))])
    after = fold(text[m.end:m.end + 24])
    head = fold(m.text)
    if re.search(r"thang\s+(?:dau|qua)\s+(?:cua\s+)?nam", head):
        return True
    if head.startswith("dau nam") or head.startswith("tu dau nam"):
        before = before + " " + head[: head.index("nam")]
    return bool(_SO_FAR_BEFORE.search(before) and (_SO_FAR_AFTER.match(after) or "thang" in before))


def _pub_date(published) -> date:
    return published.date() if isinstance(published, datetime) else published


def _from_published(mention: DateMention, published: date) -> int:
    """The year of publication, or the year before when the day would then lie more
    than AHEAD_DAYS after publication."""
    month, day = mention.month or 1, mention.day or 1
    if month == 2 and day == 29:
        day = 28  # compared as 28/2 in a year that has no 29/2
    ahead = date(published.year, month, day) - published
    return published.year - 1 if ahead > timedelta(days=AHEAD_DAYS) else published.year


def _relation(text: str, a: int, b: int) -> str:
    """How two places relate: same_sentence, same_paragraph, within (REACH) or far."""
    lo, hi = min(a, b), max(a, b)
    if hi - lo > REACH:
        return "far"
    between = text[lo:hi]
    if _PARAGRAPH_END.search(between):
        return "within"
    return "same_paragraph" if _SENTENCE_END.search(between) else "same_sentence"


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (at most REACH characters either side)."""
    lo = max(0, start - REACH)
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    m = _SENTENCE_END.search(text, end, end + REACH)
    return text[lo:m.start() if m else end + REACH]


def infer_year(mention: DateMention, text: str, *, published: "datetime | date | None",
               mentions: list[DateMention], cues: list[YearCue] | None = None
               ) -> tuple[int | None, str]:
    """(year, year_source) for ``mention``; year_source is "stated", "published",
    "context" or "unknown" (then year is None)."""
    if mention.year is not None:
        return mention.year, "stated"
    if published is not None:
        return _from_published(mention, _pub_date(published)), "published"
    if cues is None:
        cues = find_year_cues(text, mentions=mentions)

    best: tuple[int, int, int] | None = None  # (score, -distance, year)
    full_years = {m.year for m in mentions if m.kind == "date" and m.precision == "day" and m.year}
    for other in mentions:  # step 3: a full date nearby
        if other is mention or other.kind != "date" or other.year is None or other.precision == "year":
            continue
        gap = max(other.start - mention.end, mention.start - other.end, 0)
        if gap > REACH:
            continue
        where = _relation(text, mention.start, other.start)
        score = NEARBY[where if where != "far" else "within"]
        if where != "same_sentence":
            own = " " + " ".join(fold(_sentence(text, other.start, other.end)).split()) + " "
            if any(f" {w} " in own for w in PAST_MARKERS):
                score += NEARBY["past_marker"]
        if len(full_years) >= 3:
            score += NEARBY["history"]
        cand = (score, -gap, other.end_year or other.year)
        best = cand if best is None or cand > best else best
    for cue in cues:  # step 4: the article's cues
        kind = _CUE[cue.name]
        year = cue.year + next((add for months, add in kind.shift if mention.month in months), 0)
        gap = abs(cue.pos - mention.start)
        score = cue.weight + PROXIMITY[_relation(text, mention.start, cue.pos)]
        cand = (score, -gap, year)
        best = cand if best is None or cand > best else best
    if best is None or best[0] < THRESHOLD:
        return None, "unknown"
    return best[2], "context"
