"""More of an article's own hints of its year, in shapes the main finder
(:mod:`hoptac.core.extract.year_cues`) does not read: each a named row of :data:`SHAPES`
with an example, giving a cue of a kind of :data:`~hoptac.core.extract.year_cue_kinds.CUES`.

- ``quoted_name``: a programme, contest or campaign whose quoted name ends with its year
  ("Chương trình bình chọn “Điểm đến hấp dẫn năm 2024”"): the year names the occasion
  (``quoted_name``: as ``named_year``, but not in November-December, when such a programme may
  be launched for the year ahead), whatever aim the sentence opens with ("Hướng tới mục tiêu …").
- ``clause_year_ahead``: "…, trong năm 2015, sẽ có hơn 50 sự kiện …": a clause (not only a
  sentence) that opens with "trong năm Y" and says what will happen in it (``year_ahead``).
- ``listed_years_review``: "sơ kết 2 năm (2016, 2017) thực hiện …": a review of N years
  listed by their numbers is a review of a period that ended with the last (``review_period``).
- ``interim_before_plan``: "sơ kết chương trình hợp tác giai đoạn 2004-2009 và kế hoạch
  giai đoạn 2010 - 2015": an interim review of a period held with the plan of the period
  that follows it is held in the reviewed period's last year (``interim_before_plan``). The
  plan may be the next period's programme signed there ("sơ kết Chương trình … giai đoạn
  2017-2022 và ký kết Chương trình … giai đoạn 2023-2027"); not a final review ("tổng kết"), nor a "sơ kết"
  that counts the period's every year ("sơ kết 5 năm thực hiện chương trình … giai đoạn 2014-2018 và ký kết …
  giai đoạn 2019-2023": the whole period reviewed, a final review in all but its word; round 40, youth40 08).
  With the next programme signed, no cue in November-December (round 40, late40f): a programme is signed ahead of
  its period (late in the reviewed period's last year) or late in its own first year, as ``plan_period``
  says, and the review of the old period fits both ends of that year (``SIGNED_INTERIM_OPEN``).

- ``annual_edition``: a meeting the page numbers N ("Đây là lần thứ hai hội nghị được tổ chức") whose
  edition N-1 it dates by its year Y ("kể từ Hội nghị lần thứ nhất năm 2021"), on a page that tells the
  meetings as yearly ("thường niên", "hằng năm", "một năm qua", "năm ngoái"): Y+1. Only the edition just
  before (a series may skip a year: "sau hơn 3 năm gián đoạn"). Or, on a page that tells its meeting
  as yearly ("hội nghị thường niên"), the previous one's results carried out and dated by its year
  ("Các nhận thức chung đạt được tại hội nghị … năm 2022 được triển khai …"): 2023.
- ``dry_season``: "Mùa khô 2022-2023, đội quy tập đã cất bốc được 15 hài cốt liệt sĩ": the dry season
  Y-(Y+1) in which remains were searched for (Laos, Cambodia), told as done ("đã tìm kiếm / cất bốc /
  quy tập …", "… được N hài cốt" in its sentence), on a page that dates the ceremony for them: Y+1 from
  January to July (``dry_season``). Not a season prepared for ("chuẩn bị cho mùa khô 2023-2024", "kế
  hoạch …": told with nothing done), nor one a period starts from ("từ mùa khô 2010-2011 đến nay").
- ``dry_season_signed``: "… vừa ký kết văn bản phối hợp tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2026-2027": a
  text of coordination signed for the season is signed ahead: Y from August to December (:mod:`.season_signed`).

- ``dry_season_year``: "Sáng 9/3, đoàn công tác làm việc với hai tỉnh về cấp nước trong mùa khô 2019": the dry
  season of one year, written bare or with "năm", that the occasion works for ("trong", "cho", "phục vụ" before
  it): Y from January to August (``dry_season_year``; round 30, data33 07: a ministry's meeting with two basin
  localities on water "trong mùa khô 2016", a page with no stamp and no other year). Not a season compared with
  ("như mùa khô 2015", "so với"), reviewed ("tổng kết", "sơ kết", "rút kinh nghiệm") or told as past ("năm ngoái",
  "trước"), nor one a period starts from ("từ mùa khô 2016"), nor a season of two years (``dry_season``).

- ``BASIS_BEFORE`` (used by the main finder): a plan verb after "Trên cơ sở", "Căn cứ", "Dựa
  trên" names the basis the occasion stands on, and the years of the documents it lists give no
  cue.

Everything is matched on folded text (no accents, no case, đ→d) unless said otherwise.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .year_cue_kinds import YearCue, _cue
from .year_names import told_done
from .season_signed import signed_for
from .season_spans import dry_season_spans
from ..scan import fold_slice
from ..text import fold
from .number_words import counting

__all__ = ["SHAPES", "QUOTED_SENTENCE", "shape_cues", "listed_years", "for_year_ahead", "BASIS_BEFORE"]

#: Before a plan verb, the words that make what follows the basis the occasion stands on, not
#: what it plans: the documents named with their years were signed or adopted then ("Trên cơ sở
#: triển khai Thỏa thuận hợp tác năm 2009 và Biên bản ghi nhớ các năm 2012, 2016, hai bên …": a
#: friendship of many years, not a plan for 2009). Such a year is no cue (a lower bound at most).
BASIS_BEFORE: tuple[tuple[str, str], ...] = (
    ("tren co so", "Trên cơ sở triển khai Thỏa thuận hợp tác năm 2009, hai thành phố đã đạt nhiều kết quả"),
    ("can cu", "Căn cứ triển khai Biên bản ghi nhớ năm 2016, hai tỉnh trao đổi đoàn hằng năm"),
    ("dua tren", "Dựa trên việc xây dựng Chương trình hợp tác năm 2014, hai huyện đã …"),
)
_BASIS_BEFORE = re.compile(r"\b(?:" + "|".join(w for w, _ in BASIS_BEFORE) + r")\s+(?:(?:viec|ket qua)\s+)?$")

SHAPES: tuple[tuple[str, str], ...] = (
    ("quoted_name", "Chương trình bình chọn “Điểm đến hấp dẫn của vùng năm 2024” đã được công bố ngày 9/10"),
    ("clause_year_ahead", "Với chủ đề “Ba tỉnh, một điểm đến”, trong năm 2015, sẽ có hơn 50 sự kiện …"),
    ("listed_years_review", "hội nghị sơ kết 2 năm (2016, 2017) thực hiện Chương trình phối hợp"),
    ("interim_before_plan", "Hội nghị sơ kết chương trình hợp tác giai đoạn 2004-2009 và kế hoạch hợp tác giai "
                            "đoạn 2010 - 2015"),
    ("annual_edition", "Đây là lần thứ hai hội nghị được tổ chức … kể từ Hội nghị lần thứ nhất năm 2021 … trong một "
                       "năm qua: 2022"),
    ("dry_season", "Mùa khô 2022-2023, đội quy tập của tỉnh đã cất bốc được 15 hài cốt liệt sĩ"),
    ("dry_season_signed", "Ngày 20/9, hai tỉnh vừa ký kết văn bản phối hợp tìm kiếm, quy tập hài cốt liệt sĩ mùa khô "
                          "2026-2027 (round 35, late35b: season_signed)"),
    ("dry_season_year", "Sáng 9/3, đoàn công tác làm việc với hai tỉnh về cấp nước trong mùa khô 2019"),
)

#: The quotes a name stands in, as written (opening, closing).
_OPEN_QUOTES = "“\"«"
_CLOSE_QUOTES = "”\"»"
#: Words that make a quoted name an earlier edition ("đã tổ chức “Lễ hội X năm 2023”").
#: ("đã" read as written by year_names.told_done: folded it is "Đà" too, "tại Đà Nẵng tổ chức “…”".)
_EARLIER = re.compile(r"\b(?:tung|ket qua|tiep noi|tiep theo|nam truoc|nam ngoai|lan truoc|ky truoc)\b")
#: A quote is a sentence quoted, not a programme's name, when its year is the one something is
#: done for ("… tạo tiền đề vững chắc cho năm 2023”: the year ahead of the occasion) or when it names
#: another year before the last (“Thực hiện thắng lợi Nghị quyết năm 2022, tạo đà cho năm 2023”:
#: a slogan of a year's work and the next; a name carries one year). No cue then.
QUOTED_SENTENCE: tuple[tuple[str, str], ...] = (
    ("for_year", "“Chung sức vì mục tiêu tạo nền tảng cho năm 2027” (at a meeting of 14/10)"),
    ("other_year", "“Hoàn thành kế hoạch năm 2021, chuẩn bị tốt các điều kiện năm 2022”"),
)
_FOR_YEAR = re.compile(r"\bcho\s+(?:nam\s+)?$")   # (also on the year's own "năm " cut off)
_OTHER_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COMMA_TRONG = re.compile(r",\s*trong\s+(?:nam\s+)?$")
#: After the year: the clause says what will happen in it (not 'đã').
_WILL = re.compile(r"^\s*,\s*(?:[^.;,\n]{0,40}?\s)?(?<!\bda )(?<!\btung )(?<!\bchia )(?:se|du kien|phan dau|thong nhat|nhat tri)\s+(?!la\b)")
_NUMBERS = counting(2, 5)
_LISTED = re.compile(r"\b(?:so ket|tong ket|danh gia)\s+(?P<n>\d|hai|ba|bon|nam)\s+nam\s*\(\s*(?P<ys>(?:19|20)\d\d"
                     r"(?:\s*(?:,|va|-|–)\s*(?:19|20)\d\d){1,4})\s*\)")
_INTERIM = re.compile(r"\bso ket\b[^.;!?\n]{0,120}$")
#: "sơ kết N năm …": the years the review counts (all of the period's: no interim review)
_COUNTED = re.compile(r"\bso ket\s+(\d{1,2}|hai|ba|bon|nam)\s+nam\b")
#: The plan between the two periods is the next period's programme signed there ("… và ký kết Chương trình …").
_SIGNED_NEXT = re.compile(r"\bky ket\b")
_PLAN_BETWEEN = re.compile(r"^[^.;!?\n]{0,40}\b(?:va|den)\s+(?:[^.;!?\n]{0,30}?\b)?"
                           r"(?:ke hoach|phuong huong|dinh huong|nhiem vu|trien khai|ky ket)\b[^.;!?\n]{0,60}$")


def _quoted_name(text: str, m: DateMention) -> int | None:
    """Where the quote opens when the year of ``m`` ('năm 2024') closes a quoted name."""
    j = m.end
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text) or text[j] not in _CLOSE_QUOTES:
        return None
    lo = max(0, m.start - 160)
    q = max(text.rfind(ch, lo, m.start) for ch in _OPEN_QUOTES)
    if q < 0 or "\n" in text[q:m.start] or any(ch in text[q + 1:m.start] for ch in "”»"):
        return None
    inside = fold_slice(text, q + 1, m.start, fold)
    if _OTHER_YEAR.search(inside) or _FOR_YEAR.search(inside):
        return None   # a sentence quoted, not a name (see QUOTED_SENTENCE)
    lo = max(0, q - 60)
    clause = fold_slice(text, lo, q, fold)
    cut = max(clause.rfind(ch) for ch in ".;\n") + 1
    return None if _EARLIER.search(clause, cut) or told_done(text, lo + cut, q) else q


def for_year_ahead(text: str, start: int) -> bool:
    """Is the year at ``start`` ('năm 2022') the one something is done for ("tạo đà cho năm 2022",
    "chuẩn bị cho năm 2022": :data:`QUOTED_SENTENCE`'s for_year)? Then it is no year of the occasion."""
    return _FOR_YEAR.search(fold_slice(text, max(0, start - 10), start, fold) + " ") is not None


def _clause_year_ahead(text: str, m: DateMention) -> int | None:
    """Where 'trong' starts when ``m`` opens a clause with 'trong năm Y' that says what will be."""
    raw = text[max(0, m.start - 14):m.start + 6]
    if "," not in raw or ("trong" not in raw and "Trong" not in raw):   # (a cheap test before folding)
        return None
    before = fold_slice(text, max(0, m.start - 14), m.start + (len(m.text) - len(m.text.lstrip())), fold)
    head = fold(m.text)
    c = _COMMA_TRONG.search(before + ("" if head.startswith("nam") else " "))
    if c is None and not (head.startswith("trong nam") and before.rstrip().endswith(",")):
        return None
    return m.start if _WILL.match(fold_slice(text, m.end, m.end + 80, fold)) else None


def listed_years(text: str, bracketed: list[int]) -> list[YearCue]:
    """'sơ kết 2 năm (2016, 2017)': ``bracketed`` are where years open a bracket."""
    out = []
    for at in bracketed:
        lo = max(0, at - 40)
        folded = fold_slice(text, lo, at + 40, fold)
        x = _LISTED.search(folded)
        if x is None:
            continue
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", x["ys"])]
        n = int(x["n"]) if x["n"].isdigit() else _NUMBERS[x["n"]]
        if years != sorted(years) or years[-1] - years[0] + 1 != n:
            continue   # the count and the years listed must agree
        out.append(_cue("review_period", years[-1] + 1, lo + x.start("ys"), lo + x.start(), lo + x.end()))
    return out


def _interim_before_plan(text: str, mentions: list[DateMention]) -> list[YearCue]:
    out = []
    periods = [m for m in mentions if m.kind == "period" and m.end_year is not None and m.year is not None]
    for a, b in zip(periods, periods[1:]):
        if b.year != a.end_year + 1 or b.start - a.end > 120:
            continue
        lo = max(0, a.start - 120)
        before = fold_slice(text, lo, a.start, fold)
        i = _INTERIM.search(before)
        between = fold_slice(text, a.end, b.start, fold)
        plan = _PLAN_BETWEEN.match(between)
        if i is None or not plan:
            continue
        counted = _COUNTED.match(before, i.start())
        if counted and (int(counted.group(1)) if counted.group(1).isdigit() else _NUMBERS[counted.group(1)]) \
                == a.end_year - a.year + 1:
            continue   # "sơ kết 5 năm … giai đoạn 2014-2018": the whole period reviewed, not an interim review
        cue = _cue("interim_before_plan", a.end_year, a.start, a.start - (len(before) - i.start()), b.end)
        cue.signed = _SIGNED_NEXT.search(between) is not None   # the next programme signed: not in Nov-Dec (cue_shift)
        out.append(cue)
    return out


_EDITION = re.compile(r"\blan\s+thu\s+(nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi|\d{1,2})\b(?!\s+nam\b(?!\s+\d{4}))")
_EDITION_WORDS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
                  "muoi": 10}
_MEETING_NEAR = re.compile(r"\b(?:hoi nghi|hoi dam|ky hop|cuoc gap|giao luu|hoi cho|le hoi|tuan le)\b")
_YEARLY = re.compile(r"\b(?:thuong nien|hang nam|mot nam qua|nam ngoai)\b")


def _annual_edition(text: str, mentions: list[DateMention]) -> list[YearCue]:
    if text.count("lần thứ") + text.count("Lần thứ") < 2:
        return []   # (a cheap test before folding the page)
    folded = fold(text)
    if not _YEARLY.search(folded):
        return []
    numbered = [(int(n) if (n := x.group(1)).isdigit() else _EDITION_WORDS[n], x.start(), x.end())
                for x in _EDITION.finditer(folded)
                if _MEETING_NEAR.search(folded, max(0, x.start() - 30), x.end() + 30)]
    if not numbered:
        return []
    own = max(n for n, _, _ in numbered)
    out = []
    for m in mentions:
        if m.kind != "date" or m.precision != "year" or m.year is None:
            continue
        before = [n for n, s, e in numbered if 0 <= m.start - e <= 30]   # "Hội nghị lần thứ nhất năm 2021"
        if before and before[-1] == own - 1:
            s = next(s for n, s, e in numbered if 0 <= m.start - e <= 30)
            out.append(_cue("annual_edition", m.year + 1, m.start, s, m.end))
    return out


#: The previous edition's results carried out, dated by its year ("Các nhận thức chung đạt được tại hội nghị
#: Bí thư Tỉnh ủy các tỉnh năm 2022 được triển khai …"), on a page that tells its meeting as yearly
#: ("hội nghị thường niên", "hằng năm"): the page's own meeting is the next one, Y+1 (annual_edition). Not
#: where the meeting carried out is numbered ("Hội nghị lần thứ nhất năm 2021": the numbered shape decides).
_CARRIED_EDITION = re.compile(r"\b(?:ket qua|nhan thuc chung|noi dung)\s+(?:da\s+)?(?:dat duoc|thong nhat|ky ket)\s+"
                              r"tai\s+hoi nghi\b[^.;:\n]{0,80}?\s(?:nam\s+)?$")
_YEARLY_MEETING = re.compile(r"\bhoi nghi\s+(?:[a-z]+\s+){0,4}?$")


def _carried_edition(text: str, mentions: list[DateMention]) -> list[YearCue]:
    years = [m for m in mentions if m.kind == "date" and m.precision == "year" and m.year is not None]
    if not years or "hường niên" not in text:
        return []   # (cheap tests before reading the page: "thường niên", "Thường niên")
    i, yearly = text.find("hường niên"), False
    while i >= 0 and not yearly:
        yearly = bool(_YEARLY_MEETING.search(fold_slice(text, max(0, i - 41), i - 1, fold)))
        i = text.find("hường niên", i + 10)
    if not yearly:
        return []   # "hội nghị thường niên": the page's meeting is yearly
    out = []
    for m in years:
        before = fold_slice(text, max(0, m.start - 140), m.start, fold)
        if (c := _CARRIED_EDITION.search(before)) and "lan thu" not in before[c.start():]:
            out.append(_cue("annual_edition", m.year + 1, m.start, m.start - (len(before) - c.start()), m.end))
    return out


#: After it, in its sentence: something found or brought back, told as done.
#: (the dot of an abbreviated level, "TP.HCM", "TP. Cần Thơ", "TX. Sa Pa", "H. Sa Thầy", "Q. 1", ends no sentence; nor
#: does a semicolon, which parts the clauses of one account: "mùa khô 2022-2023, tỉnh B tích cực cung cấp thông tin;
#: giúp đỡ Đội K53 tìm kiếm, cất bốc được 6 hài cốt" (round 42, late42d: veterans42b 10))
_IN_SENTENCE = r"(?:[^.!?\n]|(?:(?<=\btp)|(?<=\btx)|(?<=\bh)|(?<=\bq))\.)"
_FOUND = re.compile(r"^" + _IN_SENTENCE + r"{0,400}?\b(?:(?:da|duoc)\s+(?:[a-z]+\s+){0,2}?(?:tim kiem|cat boc|quy tap|hoi huong)"
                    r"|(?:cat boc|quy tap|tim kiem|phat hien) duoc)\b")
#: ... or before it, in its sentence: remains searched for, exhumed, gathered or brought home in the season
#: ("được Đội K52 quy tập trong mùa khô 2022-2023", "do Đội K73 tìm kiếm và cất bốc … trong mùa khô 2016-2017",
#: "kết quả … cất bốc, quy tập hài cốt liệt sĩ mùa khô năm 2018-2019"), the verb not a team's name ("Đội quy tập").
_FOUND_BEFORE = re.compile(r"(?<!\bdoi )\b(?:tim kiem|cat boc|quy tap|hoi huong)\b")
#: ... with no word in that sentence that puts the work ahead: a season launched, planned or prepared for
#: ("Lễ xuất quân tìm kiếm, quy tập … mùa khô 2024-2025", "sẽ tiếp tục tìm kiếm … trong mùa khô 2024-2025").
_AHEAD_WORDS = re.compile(r"\b(?:(?<!chia )se|du kien|ke hoach|chuan bi|trien khai|tiep tuc|bat dau|khoi dong"
                          r"|xuat quan|ra quan|phat dong|nhiem vu|phuong an)\b")
#: ... and past a semicolon, none of those words nor a target's between the season and the verb.
_AHEAD_AFTER = re.compile(r"(?:" + _AHEAD_WORDS.pattern + r")|\b(?:phan dau|chi tieu|muc tieu|dat muc)\b")
_SENTENCE_ENDS = ".;!?\n"


def _dry_season(text: str, mentions: list[DateMention]) -> list[YearCue]:
    out = []
    for m, at, sentence in dry_season_spans(text, mentions):   # "… mùa khô 2022-2023": the span read (season_spans)
        if signed_for(sentence):   # "ký kết văn bản phối hợp tìm kiếm … mùa khô 2026-2027": the coming season (season_signed)
            out.append(_cue("dry_season_signed", m.year, m.start, at, m.end))
            continue
        after = fold_slice(text, m.end, m.end + 480, fold)
        found = _FOUND.match(after)
        if found is not None and ";" in found.group() and _AHEAD_AFTER.search(found.group()):
            found = None   # "mùa khô 2024-2025, hai bên tiếp tục phối hợp; phấn đấu quy tập được 20 hài cốt": a target
        if found is None:
            if not _FOUND_BEFORE.search(sentence) or _AHEAD_WORDS.search(sentence) \
                    or fold(text[m.end:m.end + 12]).lstrip(" ,").startswith("den nay"):
                continue
        out.append(_cue("dry_season", m.end_year, m.start, at, m.end))
    return out


#: One year's dry season the occasion works for: "trong / cho / phục vụ mùa khô (năm) Y", not a season of two years.
_SEASON_OF_YEAR = re.compile(r"\b(?:trong|cho|phuc vu)\s+mua kho\s+(nam\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")
#: ... and no word in its sentence before it that compares, reviews or puts it in the past.
_SEASON_PAST = re.compile(r"\b(?:nhu|so voi|tuong tu|tong ket|so ket|rut kinh nghiem|nam ngoai|nam truoc|truoc day|"
                          r"da qua|ke tu|tu)\b")


def _dry_season_year(text: str) -> list[YearCue]:
    out: list[YearCue] = []
    i = text.find("khô")
    while i >= 0:   # (only where "khô" is written: the page is not scanned)
        lo = max(0, i - 12)
        m = _SEASON_OF_YEAR.search(fold_slice(text, lo, i + 16, fold))
        if m is not None and (not out or out[-1].pos < lo + m.start()):
            slo = max([text.rfind(ch, max(0, lo - 200), lo + m.start()) + 1 for ch in _SENTENCE_ENDS] + [max(0, lo - 200)])
            if not _SEASON_PAST.search(fold(text[slo:lo + m.start()])):
                pos = lo + m.start(1 if m.group(1) else 2)
                out.append(_cue("dry_season_year", int(m.group(2)), pos, lo + m.start(), lo + m.end()))
        i = text.find("khô", i + 3)
    return out


def shape_cues(text: str, mentions: list[DateMention], taken: set[int]) -> tuple[list[YearCue], set[int]]:
    """The cues of :data:`SHAPES` and the positions of the year mentions they read (the main
    finder then leaves those alone). ``taken``: positions already read."""
    cues: list[YearCue] = []
    used: set[int] = set()
    for m in mentions:
        if m.kind != "date" or m.precision != "year" or m.year is None or m.start in taken:
            continue
        if (q := _quoted_name(text, m)) is not None:
            cues.append(_cue("quoted_name", m.year, m.start, q, m.end))
            used.add(m.start)
        elif (t := _clause_year_ahead(text, m)) is not None:
            cues.append(_cue("year_ahead", m.year, m.start, t, m.end))
            used.add(m.start)
    cues += _interim_before_plan(text, mentions)
    season = _dry_season(text, mentions) + (_dry_season_year(text) if "khô" in text else [])
    cues += season
    used.update(c.pos for c in season)
    edition = _annual_edition(text, mentions) or _carried_edition(text, mentions)
    cues += edition
    used.update(c.pos for c in edition)
    return cues, used
