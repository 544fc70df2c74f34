"""An article's own hints of its year: "phương hướng hợp tác năm 2023", a review of
"giai đoạn 2018 - 2023", "đầu xuân mới 2023", "Tuần lễ văn hóa … 2022", an anniversary
"(2/9/1945 - 2/9/2025)". :mod:`hoptac.core.extract.years` weighs them.

Each kind of cue is a row of :data:`CUES` (name, example, weight, turn-of-year shift,
note). A cue keeps the span of the words that gave it (``start``, ``end``), so an event
can show where its year came from. The table and the record are in
:mod:`hoptac.core.extract.year_cue_kinds`; the years that name the occasion or
its season ("Lễ hội Hoa Ban năm 2024", "Hủa Phăn 2022", "xuân Quý Mão") are found in
:mod:`hoptac.core.extract.year_names`.

Turn of the year: a meeting that reviews year R and plans year R+1 is held late in R
or early in R+1, so cues shift with the mention's month -- a plan for 2017 met on 7/1
is 2017, met on 20/12 it is 2016; a review of 2018 held on 24/11 is 2018, on 15/1 it
is 2019. The shifts are in :data:`CUES`.
"""

from __future__ import annotations

import re

from .anniversary_cues import anniversary_cues  # noqa: F401 - re-exported
from .dates import DateMention, find_dates
from .written_from import from_before
from .year_cue_kinds import CUE, CUES, CueKind, YearCue, _cue  # noqa: F401 - CUE, CueKind re-exported
from .year_clause_kinds import KEYWORDS, _classify, _classify_sentence, _keyword_matches, _keywords  # noqa: F401 - KEYWORDS, _keywords re-exported (tests)
from .occasions_ahead import coming_day, named_kind
from .plan_frames import carries_out, opens_earlier
from .plan_carried import carried, years_carried
from .year_names import festival_start, named_years, spring_cues
from .year_described import described_start
from .year_held_named import held_named
from .year_not_plans import not_a_plan
from .year_anniversary_within import anniversary_within
from .year_next_edition import next_edition
from .year_achieved import achieved_in_year
from .year_wishes import wish_start
from .year_launched_period import launched_periods
from .year_signed_period import handovers, signed_periods
from .year_signed_dated import dated_signings, reviews_of_signed
from .year_signed_earlier import drop_signed_earlier
from .year_spans import _REVIEW_WORDS, _YEARS_SINCE, _YEARS_SINCE_FAR, _has_review_word, _so_far, _years_since  # noqa: F401
from .plan_named_years import review_before_plan, reviewed_then_planned, signed_at_occasion
from .programme_names import named_with_another, numbered_programme
from .year_hardship import hard_year
from .year_summed_done import summed_done
from .year_lives import life_span, life_year
from .year_continued import continued_from
from .year_planned_after import planned_after, proposes_contents
from .year_clause_openings import opens_clause, opens_sentence
from .year_shapes import BASIS_BEFORE, _BASIS_BEFORE, for_year_ahead, listed_years, shape_cues  # noqa: F401 - BASIS_BEFORE re-exported
from ..text import fold

__all__ = ["YearCue", "CueKind", "CUES", "find_year_cues", "anniversary_cues"]



_INTERIM_YEARS = re.compile(r"so\s+ket\s+(\d{1,2})\s+nam\b")
#: A period that is a term of office ("nhiệm kỳ 2025-2030") or a horizon aimed at ("hướng
#: đến … giai đoạn 2026-2030"), or a period prepared for ("thảo luận nội dung hợp tác cho giai đoạn 2016 -
#: 2020" in May 2015: the year before it, or its first) gives no year: the occasion may lie anywhere in or before it.
#: So does a national programme's phase that a support serves ("hỗ trợ xã B xây dựng nông thôn mới giai đoạn
#: 2016 - 2020", "… nông thôn mới nâng cao giai đoạn 2021-2025", "giảm nghèo bền vững giai đoạn 2021 - 2025"):
#: the phase is the country's, not a plan the parties open at the occasion.
_TERM_OR_AIM = re.compile(r"\b(?:nhiem ky|huong (?:den|toi)(?: viec)?(?: [a-z]+){0,4}|cho(?= giai doan| thoi ky)"
                          r"|(?:nong thon moi|giam ngheo(?: ben vung)?)(?: (?:nang cao|kieu mau|da chieu))?)\s*"
                          r"(?:giai doan|thoi ky)?\s*(?:tu\s+)?(?:nam\s+)?\d{0,4}$")
#: An appendix or an amendment to a period's agreement ("ký phụ lục sửa đổi biên bản hợp tác
#: giai đoạn 2021-2025"): the period is already running, its first year is no cue.
_AMENDS = re.compile(r"\b(?:phu luc|bo sung|sua doi|dieu chinh)\b")
#: A signing told as done, just before a year ("bản ghi nhớ đã ký kết năm 2017",
#: "được ký vào năm 2018"): another occasion's year, not a plan for the year.
_SIGNED_IN = re.compile(r"\b(?:da|duoc|tung)\s+(?:duoc\s+)?ky(?:\s+ket)?\s+(?:vao\s+|trong\s+|tu\s+)?$")
# (searched only where "ky" stands: the regex tries its word boundary at every character)
#: A year a period starts from ("chương trình hợp tác … từ năm 2017 đến nay", "kể từ năm
#: 2019"): the occasion lies somewhere after it -- a lower bound (year_bounds), never a cue.
_PERIOD_START = re.compile(r"(?:ke\s+)?tu\s")
_PERIOD_START_BEFORE = re.compile(r"\btu\s+$")
#: "kể từ <an occasion> năm Y" ("kết quả hợp tác kể từ hội nghị năm 2024"): since that earlier meeting, a bound at most (para31)
_SINCE_OCCASION = re.compile(r"\bke tu\s+(?:hoi nghi|hoi dam|cuoc hop|buoi lam viec|le ky ket|khi ky(?: ket)?|chuyen tham)\b[^,.;]{0,40}$")
#: For a period whose clause names nothing, the sentence's words, a signing last ("ký kết Thỏa
#: thuận hợp tác toàn diện, giai đoạn 2018-2023": the period signed for, plan_period_weak).
_PERIOD_KINDS = ("ongoing", "interim", "review", "event", "plan")
_SIGNS = re.compile(r"ky\b")
#: Before a plan verb: what was done, not planned ("đã cùng nhau xây dựng", "từng ký kết").
_DONE_BEFORE = re.compile(r"\b(?:da|tung|truoc day)\s+(?:cung nhau\s+|cung\s+)?(?:duoc\s+)?$")
#: An occasion that opens or is held as a programme: "lễ khai mạc chương trình … năm 2019",
#: "tổ chức Chương trình giao lưu đầu xuân năm 2024" -- its year names it.
_OPENS = re.compile(r"\b(?:khai mac|be mac|to chuc|dang cai|dien ra|mo dau)\s+(?:le\s+)?$")
#: "Năm 2024, kim ngạch thương mại … đạt 500 triệu USD, tăng 12%": a whole year's figure, told
#: as achieved (no estimate, no plan) in the rest of the sentence.
_YEAR_FIGURES = re.compile(r"^\s*,(?![^.;\n]*\b(?:uoc|du kien|(?<!\bchia )se|phan dau|muc tieu|ke hoach|chi tieu|du bao)\b)"
                           r"[^.;\n]{0,120}?\b(?:dat|tang|giam)\s+(?:(?:hon|gan|khoang|tren|xap xi|len|xuong)\s+)?\d")
#: "Năm 2018, quan hệ hợp tác … diễn ra 24 lượt trao đổi": the year's record told as done (a count after
#: a verb of doing or achieving, no plan), on a page whose meeting is yearly ("thường niên", "hằng năm",
#: "tổng kết năm"): the year the meeting reviews (yearly_review).
_YEAR_DONE = re.compile(r"^\s*,(?![^.;\n]*\b(?:uoc|du kien|(?<!\bchia )se|phan dau|muc tieu|ke hoach|chi tieu|du bao)\b)"
                        r"[^.;\n]{0,120}?\b(?:dat|tang|giam|dien ra|to chuc|trao doi|thuc hien|co)\s+(?:(?:hon|gan|khoang|tren|len)\s+)?\d")
#: (as written, both cases: "thường niên", "hằng năm", "hàng năm", "tổng kết năm" -- substrings, no fold)
_YEARLY_WORDS = ("hường niên", "ằng năm", "àng năm", "ổng kết năm")
#: "Trong năm 2024, hai bên sẽ phối hợp tổ chức …": a sentence that opens with the year and says
#: what the parties will do in it (year_ahead). ("chia sẻ" folds as "sẽ": never a plan's word here, nor above.)
_YEAR_AHEAD = re.compile(r"^\s*,[^.;\n]{0,80}?(?<!\bda )(?<!\btung )\b(?:(?<!\bchia )se|du kien|phan dau|thong nhat|nhat tri|can)\s+(?!la\b|cu\b)")
#: ... also as the first clause of what someone says ("Ông A nhấn mạnh, trong năm 2018, hai địa phương cần …"; a
#: modal "cần" as a plan's word too) or after a connective ("Vì vậy, trong năm 2018, …"): year_clause_openings.
#: A goal's horizon, not a plan for the year: "mục tiêu … trung hòa carbon vào năm 2050", "phấn đấu … vào năm
#: 2030" -- the year a goal is to be met by; the occasion lies before it, often decades before (never a cue).
#: ("đến năm 2030" is read as a deadline already, never a cue.)
_HORIZON_BY = re.compile(r"\bvao\s+$")
_GOAL_WORDS = re.compile(r"\b(?:muc tieu|phan dau|tam nhin|dinh huong)\b")
#: ... or a work's completion ("triển khai xây dựng và khánh thành tượng đài … vào năm 2017", "hoàn thành … vào năm
#: 2026", "đưa vào sử dụng vào năm 2025"): when a work was or is to be done, not a plan for the occasion's year.
_WORK_DONE = re.compile(r"\b(?:khanh thanh|hoan thanh|dua vao su dung|khoi cong|ban giao)\b")


#: After an account ("tình hình"), a second verb that launches or signs what the year then names: the year is
#: that programme's or plan's ("trao đổi tình hình và khởi động chương trình giao lưu … năm 2022").
_LAUNCHED_AFTER = re.compile(r"\bva\s+(?:khoi dong|phat dong|trien khai|ky ket|thong qua)\b")
#: A period's words that sign or adopt it (folded), not ones that carry it out: YearCue.signed.
_SIGNS_PERIOD = re.compile(r"\b(?:ky|thong qua|phuong huong)\b")
_CARRIES_OUT = re.compile(r"\b(?:trien khai|thuc hien|tiep tuc)\b")
_STOP = re.compile(r"[.!?;\n]")


def _signed_fw(cue: YearCue, fw) -> YearCue:
    """The cue, marked signed when its words sign or adopt the period ("ký kết chương trình hợp tác giai đoạn
    2023 - 2025", "phương hướng hợp tác giai đoạn …"; not "triển khai hiệu quả Thỏa thuận … giai đoạn …").
    ``fw(a, b)``: ``fold(text[a:b])``."""
    words = fw(cue.start, cue.end)
    cue.signed = bool(_SIGNS_PERIOD.search(words)) and not _CARRIES_OUT.search(words)
    rest = fw(cue.end, cue.end + 120)
    rest = rest[:m.start()] if (m := _STOP.search(rest)) else rest
    cue.carried = carried(words, fw(max(0, cue.start - 120), cue.start), rest)   # "nhằm triển khai … giai đoạn …": plan_carried
    return cue


#: "Năm 2022 là (năm / dịp) kỷ niệm 60 năm …": this year is the anniversary's.
#: Or, the same sentence going on to the anniversary: "Năm 2017 là một năm hết sức quan trọng
#: trong quan hệ hai nước, khi hai bên cùng tổ chức kỷ niệm 55 năm …".
_IS_ANNIVERSARY = re.compile(r"\s*(?:cung\s+)?la\s+(?:(?:nam\s+|dip\s+)?(?:ky niem|tron)\b"
                             r"|(?:mot\s+)?nam\b[^.;!?\n]{0,100}?\b(?:khi|nhan dip|dip)\b[^.;!?\n]{0,30}?\bky niem\b)")
_IS_A = re.compile(r"\s*(?:cung\s+)?la\b")   # (a cheap test before _IS_ANNIVERSARY's long reach)
#: "kỷ niệm 5 năm ký kết hợp tác giữa A và B (2009 - 2013)": an anniversary whose years are
#: written as a span right after it (in the same sentence).
#: The span stands in brackets of its own (a period signed for, "giai đoạn 2021 - 2025", does not).
_ANNIVERSARY_SPAN = re.compile(r"\bky niem\s+(\d{1,3})\s+nam\b[^.;!?\n()]{0,120}\(\s*$")


#: An occasion numbered by its edition and named with its year ("Hội chợ thương mại … lần thứ 17, năm 2025",
#: "Diễn đàn … lần thứ III - năm 2024", "Liên hoan … lần thứ 5 năm 2023"): the year names it (named_year) --
#: not an earlier edition ("kể từ Hội nghị lần thứ nhất năm 2021", "sau", "tiếp nối", "kết quả").
_EDITION_BEFORE = re.compile(r"\blan thu\s+(?:\d{1,2}|[ivx]{1,5}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s*,?\s*(?:-\s*)?$")
#: A yearly meeting named with its year, right after its noun ("hội nghị hợp tác thường niên năm 2022", "Hội đàm
#: thường niên năm 2023", "giao ban thường niên năm 2023", "cuộc gặp thường niên năm 2019 giữa …"; its minutes signed
#: there, "ký kết Biên bản hội đàm thường niên năm 2022", read first as a plan's year): the year names it -- not a
#: review of it ("tổng kết", "sơ kết", "đánh giá", "kết quả" before: held after the year) nor an earlier one.
_YEARLY_NAMED = re.compile(r"\b(?:hoi nghi|hoi dam|giao ban|cuoc gap|gap go|giao luu|hop(?! tac))(?:\s+(?!tong ket|so ket|danh gia|ket qua)[a-z]+){0,4}?"
                           r"\s+thuong nien\s*,?\s*$")
#: Before a yearly meeting named with its year, in its sentence, words that make it an earlier one the occasion
#: stands on: a basis ("Trên cơ sở … biên bản hội đàm thường niên năm 2024", "Căn cứ …") or what it agreed
#: carried out ("thực hiện kết quả hội nghị thường niên năm 2024"). Told at a later meeting (date24: a page of 16/12
#: "tổ chức trên cơ sở … biên bản hội đàm thường niên năm 2024" read as 2024): no cue.
_AN_EARLIER_ONES = re.compile(r"\b(?:tren co so|can cu|dua tren|ket qua|thuc hien|trien khai|tiep noi)\b")
_EARLIER_EDITION = re.compile(r"\b(?:ke tu|tu|sau|truoc|tiep noi|ket qua|thuc hien|trien khai)\b")


#: A quarter's own meeting or review ("Hội đàm định kỳ quý 4/2025", "hội nghị giao ban quý III/2024", "sơ kết
#: công tác quý 1/2023"): the words right before the quarter, not told ahead.
_QUARTER_MEETING = re.compile(r"\b(?:hoi dam|hoi nghi|giao ban|so ket|tong ket|danh gia|cuoc hop|hop)"
                              r"(?:\s+(?!se\b|du kien\b)[a-z]+){0,7}?\s+(?:dinh ky\s+)?$")   # ("Hội đàm nghiệp vụ công tác biên phòng quý 3 năm 2025")


def find_year_cues(text: str, *, mentions: list[DateMention] | None = None,
                   folded: str | None = None) -> list[YearCue]:
    """The article's own hints of its year (see :data:`CUES`), in text order. Pass the
    article's ``mentions`` (from :func:`~hoptac.core.extract.dates.find_dates`) to save a pass,
    and ``folded``, the text folded character by character (``folded[a:b] == fold(text[a:b])`` for
    every window: events passes the page's fast fold where :func:`~hoptac.core.scan.folds_exactly`
    holds), if the caller has it: the windows are then sliced from it, not folded one by one."""
    if mentions is None:
        mentions = find_dates(text)
    if folded is not None and len(folded) != len(text):
        folded = None

    def fw(a: int, b: int) -> str:   # fold(text[a:b])
        return folded[a:b] if folded is not None else fold(text[a:b])

    cues, used = shape_cues(text, mentions, set())   # the shapes of year_shapes first
    for m in mentions:
        if m.start in used:
            continue
        if m.kind == "period" and m.end_year is not None and m.rule != "target_year":
            if _TERM_OR_AIM.search(fw(max(0, m.start - 48), m.start + 9)):
                continue   # a term of office or a horizon: the occasion may lie anywhere in it
            if (n := _ANNIVERSARY_SPAN.search(fw(max(0, m.start - 160), m.start))) \
                    and int(n.group(1)) - (m.end_year - m.year) in (0, 1):
                # "nhân kỷ niệm 5 năm ký kết hợp tác … (2009 - 2013)": the years an anniversary
                # counts (its ends apart by N, or N counted inclusively), not a plan's period:
                # the occasion is in its last year
                cues.append(_cue("anniversary", m.end_year, m.start, max(0, m.start - 160) + n.start(), m.end))
                continue
            if life_span(text, m.start):
                continue   # "liệt sĩ Lê Văn Tám (1950 - 1972)": a life, not a period (year_lives)
            sort, at = _classify(text, m.start)
            weak = sort is None or sort == "noun"
            if weak:
                sort, at = _classify_sentence(text, m.start, _PERIOD_KINDS)
                if sort in ("review", "interim") and (p := planned_after(fw(at, m.start))) is not None:
                    sort, at, weak = "plan", at + p, False   # "đánh giá … và bàn phương hướng … giai đoạn …"
                elif sort in ("review", "interim") and proposes_contents(fw(at, m.start)):
                    sort = None   # "…; đề xuất nội dung hợp tác trong giai đoạn …": ahead, its year not told
                elif sort == "plan" and not _SIGNS.match(fw(at, at + 20)):
                    sort = None
                elif sort == "plan":   # "đã ký kết Thỏa thuận hợp tác toàn diện, giai đoạn 2018-2023": its period
                    sort = "event"
            if sort in ("review", "interim") and (n := years_carried(fw(at, m.start))) is not None \
                    and n <= m.end_year - m.year + 1:   # "đánh giá kết quả năm đầu thực hiện … giai đoạn 2024 - 2027"
                cues.append(_cue("review_period", m.year + n, m.start, at, m.end))   # (plan_carried): 2025
            elif sort == "review":
                cues.append(_cue("review_period", m.end_year + 1, m.start, at, m.end))
            elif sort == "interim":
                n = _INTERIM_YEARS.search(fw(at, m.start))
                if n and m.year + int(n.group(1)) <= m.end_year + 1:
                    cues.append(_cue("review_period", m.year + int(n.group(1)), m.start, at, m.end))
            elif sort in ("plan", "event") and _AMENDS.search(fw(max(0, m.start - 80), m.start)):
                continue   # an appendix or amendment: the period is already running
            elif sort == "plan" and not weak and "ky" in (before := fw(max(0, m.start - 24), m.start)) \
                    and _SIGNED_IN.search(before):
                continue   # "Biên bản … đã ký kết giai đoạn 2022 - 2024": signed before, not the occasion's plan
            elif sort in ("plan", "event") and opens_earlier(text, m.start):
                continue   # "Trước đó, …", "Năm 2016, hai huyện đã ký kết … giai đoạn 2016 - 2020": an earlier signing's
            elif sort == "plan" and not weak:
                cues.append(_signed_fw(_cue("plan_period", m.year, m.start, at, m.end), fw))
            elif sort == "event":
                cues.append(_signed_fw(_cue("plan_period_weak", m.year, m.start, at, m.end), fw))
        elif m.kind == "date" and m.precision == "day" and m.year is not None and (since := _years_since(text, m, folded)):
            cues.append(_cue("review_since", m.year + since[0], m.start, since[1], m.end))
            cues[-1].counted_from = since[2]   # years counted after the date: none for an earlier day
        elif m.rule == "quarter" and m.year is not None and _QUARTER_MEETING.search(
                fw(max(0, m.start - 60), m.start)):   # "Hội đàm định kỳ quý 4/2025" on 29/1: 2026
            cues.append(_cue("review_q4" if m.month == 10 else "review_quarter", m.year, m.start, m.start, m.end))
        elif m.kind == "date" and m.precision in ("year", "month") and m.year is not None and _so_far(text, m, folded):
            lo = max(0, m.start - 20)
            lo = text.find(" ", lo, m.start) + 1 or m.start
            cues.append(_cue("so_far", m.year, m.start, lo, m.end))
        elif m.kind == "date" and m.precision == "year" and m.year is not None:
            if life_year(text, m.start):
                continue   # "liệt sĩ A, sinh năm 1949", "hy sinh năm 1972": a life's year, not the occasion's (year_lives)
            if (w := wish_start(text, m.start)) is not None:
                cues.append(_cue("wish_year", m.year, m.start, w, m.end))
                continue   # "Chúc tỉnh A … đạt nhiều thành tựu … trong năm 2023": a wish looks ahead (year_wishes)
            if ("lần" in (near := text[max(0, m.start - 150):m.start]) or "LẦN" in near) and (
                    "sẽ" in near or "dự kiến" in near or "SẼ" in near or "DỰ KIẾN" in near) and (
                    f := next_edition(folded if folded is not None else fold(text), m.start)) is not None:
                cues.append(_cue("next_edition", m.year, m.start, f, m.end))
                continue   # "Ngày hội lần thứ 4 sẽ được tổ chức vào năm 2019" (yearly): the page's is 2018 (year_next_edition)
            if "ky" in (signed := fw(max(0, m.start - 30), m.start)) and _SIGNED_IN.search(signed):
                continue   # "bản ghi nhớ đã ký kết năm 2017": an earlier signing, a bound at most
            if hard_year(text, m.start, m.end, folded):
                cues.append(_cue("hard_year", m.year, m.start, m.start, m.end))
                continue   # "cho biết, năm 2020, cả nước đối diện với nhiều khó khăn": a year told as over (year_hardship)
            if summed_done(text, m.start, m.end, folded):
                cues.append(_cue("summed_done", m.year, m.start, m.start, m.end))
                continue   # "hai bên nêu rõ, trong năm 2019, hai đơn vị đã …" at talks in February: 2020 (year_summed_done)
            if _PERIOD_START.match(fold(m.text)) and continued_from(fw(max(0, m.start - 24), m.end + 40), min(24, m.start), len(m.text)):
                cues.append(_cue("continued_from", m.year, m.start, m.start, m.end))
                continue   # "đã nhất trí từ năm 2027 sẽ tiếp tục duy trì …" on 25/11: 2026 (year_continued)
            if _PERIOD_START.match(fold(m.text)) or (_PERIOD_START_BEFORE.search(fw(max(0, m.start - 8), m.start)) and from_before(text, m.start)):
                continue   # "hợp tác … từ năm 2017 (đến nay)": where a period starts, a bound at most
            if "ke tu" in (since_words := fw(max(0, m.start - 70), m.start)) and _SINCE_OCCASION.search(since_words):
                continue   # "kể từ hội nghị năm 2024": the earlier meeting's year, a bound at most
            if _IS_A.match(fw(m.end, m.end + 12)) and _IS_ANNIVERSARY.match(fw(m.end, m.end + 160)):
                cues.append(_cue("anniversary_year", m.year, m.start, m.start, m.end))
                continue
            sort, at = _classify(text, m.start)
            rest = fw(m.end, m.end + 200) if sort is None and opens_sentence(fw(max(0, m.start - 12), m.start)) else None
            if rest is not None and _YEAR_DONE.match(rest) and any(w in text for w in _YEARLY_WORDS):
                cues.append(_cue("yearly_review", m.year, m.start, m.start, m.end))
                continue   # "Năm 2018, quan hệ … diễn ra 24 lượt trao đổi" at a yearly meeting: the year it reviews
            if rest is not None and _YEAR_FIGURES.match(rest):
                cues.append(_cue("year_figures", m.year + 1, m.start, m.start, m.end))
                continue   # "Năm 2024, kim ngạch thương mại hai tỉnh đạt 500 triệu USD": the year is over
            if sort is None and rest is None and "trong" in text[max(0, m.start - 8):m.start].lower() \
                    and opens_clause(fw(max(0, m.start - 40), m.start)):
                rest = fw(m.end, m.end + 200)   # "ông A nhấn mạnh, trong năm 2018, hai địa phương cần …": a clause opens
            if rest is not None and _YEAR_AHEAD.match(rest) \
                    and fw(max(0, m.start - 6), m.start).rstrip().endswith("trong"):
                cues.append(_cue("year_ahead", m.year, m.start, max(0, m.start - 6), m.end))
                continue   # "Trong năm 2024, hai bên sẽ phối hợp tổ chức …": what the year will hold
            if sort is None:  # "… với những kết quả quan trọng, toàn diện … năm 2025"
                sort, at = _classify_sentence(text, m.start, ("review", "interim", "plan"))
            if sort == "plan" and _DONE_BEFORE.search(fw(max(0, at - 24), at)) and not signed_at_occasion(
                    folded if folded is not None else fold(text), m.start, at):
                sort = None   # "hai bên đã cùng nhau xây dựng Quy chế … năm 2004": done, not planned ("Theo đó, … đã ký …": plan_named_years)
            if not_a_plan(text, m.start, sort, at, folded):
                continue   # "theo Thỏa thuận ký kết … vào năm 2019", "hoàn thành trong năm 2024": year_not_plans
            if sort == "plan" and at < m.start - 12 and ("niệm" in (between := text[at:m.start]) or "NIỆM" in between) \
                    and anniversary_within(fw(at, m.start)):
                continue   # "triển khai … và kỷ niệm 15 năm thiết lập quan hệ … trong năm 2023": year_anniversary_within
            if sort == "plan" and _BASIS_BEFORE.search(fw(max(0, at - 24), at)):
                continue   # "Trên cơ sở triển khai Thỏa thuận … năm 2009": the basis, a bound at most
            if (sort == "plan" and _HORIZON_BY.search(fw(max(0, m.start - 6), m.start))
                    and (_GOAL_WORDS.search(fw(at, m.start)) or _WORK_DONE.search(fw(at, m.start)))):
                continue   # "mục tiêu … vào năm 2050": a goal's horizon; "… khánh thành tượng đài … vào năm 2017": a work's
            name = {"review": "review_year", "interim": "review_year", "plan": "plan_year",
                    "noun": "plan_noun"}.get(sort, "year")
            if name == "review_year" and fw(at, at + 9) == "tinh hinh":
                # "tình hình kinh tế - xã hội … trong năm 2017" told at a visit in April: 2018; but "trao đổi tình
                # hình và khởi động chương trình giao lưu … năm 2022": the year is the programme launched, a plan's
                name = "plan_year" if _LAUNCHED_AFTER.search(fw(at, m.start)) else "account_year"
            elif name == "review_year" and achieved_in_year(text, at, m.start):
                name = "achieved_year"   # "kết quả … đạt được trong năm 2024" told at talks in May (year_achieved)
            if name == "plan_noun" and (_OPENS.search(fw(max(0, at - 30), at)) or named_with_another(text, at, m.start)
                                        or numbered_programme(text, at, m.start)):
                name = "named_year"   # "lễ khai mạc chương trình “Những ngày …” năm 2016": the occasion's name
            elif name == "year" and (f := festival_start(text, m)) is not None:
                named = named_kind(text, f, m.end)   # "Lễ hội Hoa Ban năm 2024": the occasion's name
                if named is None:
                    continue   # "mời … dự Lễ hội Hoa Ban năm 2024": a later occasion (occasions_ahead)
                name, at = named, f
                if name == "named_ahead":
                    cues.append(_cue(name, m.year, m.start, at, m.end, coming_day(text, m.end)))
                    continue
            elif name == "year" and (f := described_start(text, m)) is not None:
                name, at = "named_year", f   # "Sự kiện … là sự kiện quan trọng của năm 2022": the occasion's year
            elif name == "year" and (f := held_named(text, m)) is not None:
                name, at = "named_year", f   # "tổ chức Hội nghị kết nối … các tỉnh, thành miền Tây năm 2018" (year_held_named)
            elif name in ("year", "plan_year", "plan_noun") and "lan thu" in (before := fw(max(0, m.start - 90), m.start)) \
                    and (ed := _EDITION_BEFORE.search(before)) \
                    and not _EARLIER_EDITION.search(before, max(0, ed.start() - 60, *(before.rfind(c, 0, ed.start()) + 1 for c in ".;\n")), ed.start()):
                name = "named_year"   # "khai mạc Hội chợ …", "ký Biên bản hội đàm lần thứ 17, năm 2025": the edition's own
            elif name in ("year", "plan_year", "plan_noun") and "thường niên" in text[max(0, m.start - 60):m.start].lower() \
                    and (yn := _YEARLY_NAMED.search(yb := fw(max(0, m.start - 60), m.start))):
                wide = fw(max(0, m.start - 200), m.start)
                opened = len(wide) - len(yb) + yn.start()   # where the meeting's words open in ``wide``
                if _AN_EARLIER_ONES.search(wide, max(0, *(wide.rfind(c, 0, opened) + 1 for c in ".;\n")), opened):
                    continue   # "trên cơ sở … biên bản hội đàm thường niên năm 2024": an earlier meeting's, the past
                name = "named_year"   # "vừa diễn ra hội nghị …", "ký kết Biên bản hội đàm thường niên năm 2022": its own
            elif name in ("plan_year", "plan_noun") and carries_out(text, m.start, m.end):
                name = "plan_carried_out"   # "Thực hiện Kế hoạch … năm 2023, ngày 10/12, …": inside the year
            elif name == "plan_year" and reviewed_then_planned(folded if folded is not None else fold(text), m.start, at):
                name = "review_plan_year"   # "đánh giá kết quả …; đề ra phương hướng … năm 2025" in October: 2024
            if name == "year" and for_year_ahead(text, m.start):
                continue   # "… tạo đà vững chắc cho năm 2022" at a meeting in October: the year prepared for (year_shapes)
            cues.append(_cue(name, m.year, m.start, at, m.end))
    cues += signed_periods(text, mentions, cues)   # "ký kết … đến năm 2025" … "Chương trình … giai đoạn 2023 - 2025"
    cues += launched_periods(text, mentions, cues)   # "Chương trình … (2019-2021) được khởi động nhân dịp này"
    if handed := handovers(mentions, cues):
        over = {c.year for c in handed}
        # the review of the period that ends in Y when the next opens in Y closes it at the hand-over, in Y:
        # not Y+1 ("kết quả thỏa thuận … giai đoạn 2014-2019" at the signing of "giai đoạn 2019-2025" in April)
        cues = [c for c in cues if not (c.name == "review_period" and c.year - 1 in over)] + handed
    review_before_plan(cues, text, CUE)   # "kết quả … năm 2022, đồng thời … kế hoạch … năm 2023": not 2022 in spring
    signings = dated_signings(text, mentions)   # "ngày 26/12/2018, … ký kết chương trình …" (year_signed_dated)
    # a period reviewed ("sơ kết … giai đoạn 2018-2022") or signed on a dated day: earlier (year_signed_earlier)
    cues = drop_signed_earlier(text, cues, mentions, signings)
    if signings:
        cues += reviews_of_signed(text, cues, signings, folded)
    cues += spring_cues(text, folded)
    bracketed: list[int] = []
    cues += named_years(text, [(m.start, m.end) for m in mentions] + [(c.start, c.end) for c in cues], bracketed)
    if bracketed:
        cues += listed_years(text, bracketed)
    cues.sort(key=lambda c: c.pos)
    return cues
