"""Years alone that are milestones of the bond, in shapes the earlier rules (:mod:`.milestones`) did not read
(round 37, other37): a signing between the partners "từ năm 2014", an annual exchange begun in a year, a year
listed after an earlier milestone year ("…, sau đó là vào năm 2006 với …"), and an attended occasion named with
its year and no "năm" ("tham gia gian hàng tại Hội chợ … Hà Nội 2018"), and a spring meeting named with its year and
no "năm" ("Chương trình gặp gỡ đầu Xuân 2024", round 38). All patterns are matched on folded text
(no accents, no case, đ→d), on the words before the year unless said.

Each shape is a row of :data:`MILESTONE_YEARS`: its name, what it reads and a sentence written for the table.
"""

from __future__ import annotations

import re

from .dates import DateMention

__all__ = ["MILESTONE_YEARS", "signed_between_since", "series_began", "listed_after_milestone", "attended_named",
           "since_meeting", "spring_meeting_named", "since_then_bonded"]

#: name, what the shape says, an example of our own (the year it gives in brackets)
MILESTONE_YEARS: tuple[tuple[str, str, str], ...] = (
    ("signed_between_since", "'ký kết' between (or with) the partners, then 'từ/vào năm Y' in the same clause; "
     "not a plan ('sẽ', 'dự kiến')",
     "Hai bên rà soát các nội dung ký kết giữa chính quyền tỉnh A và tỉnh B từ năm 2012. (2012)"),
    ("signed_told_done_since", "a signing told done ('đã ký kết', 'từng (có) ký kết', 'đã có ký kết') on any matter, "
     "then 'từ/vào năm Y' in the same clause (round 48, late48c, sport48b 05); not a plan ('sẽ', 'dự kiến'), not a "
     "period's first year ('từ năm Y đến năm Z', 'từ năm Y - Z')",
     "Hội Văn học nghệ thuật hai thành phố từng có ký kết về giao lưu hai bên từ năm 2016. (2016)"),
    ("series_began", "a yearly exchange ('thường niên', 'hằng năm', 'duy trì') that began ('bắt đầu') 'từ năm Y': "
     "its first edition",
     "Đây là hoạt động giao lưu được tổ chức thường niên, bắt đầu từ năm 2003. (2003)"),
    ("listed_after_milestone", "'sau đó (là) (vào) năm Y' in a sentence that has already told a bond made "
     "('lễ kết nghĩa', 'ký kết', 'thiết lập') in an earlier year: the next one of the list",
     "Lễ kết nghĩa đầu tiên diễn ra năm 2004 giữa thôn A và bản B, sau đó là vào năm 2007 với thôn C và bản D. "
     "(2004, 2007)"),
    ("attended_named", "an occasion named with its year and no 'năm' (a fair, a festival), told as attended "
     "('tham gia', 'tham dự', 'biểu diễn tại') in a sentence that is not the main occasion's, not later than the "
     "main year (the main year's own told done: 'đã'), not a plan nor the time to come ('sẽ', 'dự kiến', "
     "'trong thời gian tới', 'tiếp tục')",
     "Hai tỉnh đã cùng tham gia gian hàng chung tại Hội chợ Du lịch Quốc tế Đà Nẵng 2017. (2017)"),
    ("since_meeting", "a span counted from an earlier meeting named with its year: '(kể) từ (sau) Hội nghị / Hội "
     "đàm / Hội nghị giao ban … năm Y đến nay', Y before the main year (round 38, old38 09)",
     "Ngày 20/8/2016, … hội nghị hợp tác. Từ sau Hội nghị giao ban năm 2015 đến nay, công an hai tỉnh đã phối hợp "
     "chặt chẽ. (2015)"),
    ("spring_meeting_named", "a meeting ('gặp gỡ', 'gặp mặt', 'hội nghị', 'hội đàm') named by its spring and its "
     "year with no 'năm' ('(đầu) Xuân 2024'), in the body and not in the main occasion's sentence: read as the "
     "date rules read 'Xuân năm 2024' there, and held to the same test of a year alone (milestones.year_milestone: "
     "the meeting's noun just before it). Not a greeting ('chúc Tết Xuân 2024', 'đón Xuân 2024': no meeting), not "
     "the main occasion's own name, in its sentence or the headline, wherever it is told again",
     "Sáng 27/2, đoàn tỉnh A bắt đầu chuyến thăm tỉnh B. Đoàn sẽ tham dự Chương trình gặp gỡ đầu Xuân 2024 giữa "
     "Bí thư các tỉnh biên giới. (2024)"),
    ("since_then_bonded", "'(kể) từ năm Y (đến nay)' opening its clause, then in that clause (no stop, at most 90 "
     "characters) the bond told done after it: 'đã (tổ chức) kết nghĩa' or 'đã thiết lập / xác lập quan hệ (kết "
     "nghĩa, hữu nghị)': the year the bonds began (round 39, late39c, ethnic39 03). Not 'đã ký kết nhiều văn bản' "
     "(documents, not the bond), not 'kết nghĩa' as the partners' epithet ('các cụm dân cư kết nghĩa đã …'), not a "
     "plan ('sẽ', 'dự kiến')",
     "Từ năm 2016 đến nay, hai huyện đã tổ chức kết nghĩa giữa các cụm dân cư hai bên biên giới. (2016)"),
)

#: "(kể) từ (sau) Hội nghị …" right before the year (its words at most 40 characters, no other clause)
_SINCE_MEETING = re.compile(r"\b(?:ke\s+)?tu\s+(?:sau\s+)?(?:hoi nghi|hoi dam|cuoc hoi dam|hoi nghi giao ban)\b"
                            r"[^.;:!?(),\n]{0,40}?\s+$")
_PLAN = r"(?!\b(?:se|du kien|du dinh|phan dau|ke hoach)\b)"
_SIGNED_BETWEEN = re.compile(rf"\bky ket\s+(?:giua|voi)\s+(?:{_PLAN}[^.;:!?()\n]){{1,90}}?\s+(?:tu|vao)\s+$")
_SIGNED_DONE = re.compile(rf"\b(?:da|tung)\s+(?:co\s+)?ky ket\b(?:{_PLAN}[^.;:!?()\n]){{1,90}}?\s+(?:tu|vao)\s+$")
_PERIOD_NEXT = re.compile(r"\s*(?:[-–]|den\b|toi\b)")   # "từ năm 2016 đến năm 2020", "từ năm 2016 - 2020"
_SERIES_BEGAN = re.compile(r"\b(?:thuong nien|hang nam|hoat dong duoc duy tri|duoc duy tri)\b[^.;:!?()\n]{0,50}?"
                           r"\bbat dau\s+(?:tu\s+)?$")
#: "(kể) từ năm" before the year, opening its clause (a line start, ".", ";", "," or ":" before it)
_SINCE_OPENS = re.compile(r"(?:^|[\n.;,:]\s*)(?:ke\s+)?tu\s+(?:nam\s+)?$")
#: after the year: "(đến nay),? <subject> đã (tổ chức) kết nghĩa / thiết lập quan hệ …" in the same clause
_THEN_BONDED = re.compile(rf"\s*(?:(?:den|cho den)\s+nay\s*)?,?(?:{_PLAN}[^.;:!?()\n]){{0,90}}?\bda\s+"
                          r"(?:to chuc\s+)?(?:ket nghia|(?:thiet lap|xac lap)\s+quan he\s+(?:ket nghia|huu nghi))\b")
_THEN_YEAR = re.compile(r"\bsau do\s+(?:la\s+)?(?:vao\s+)?$")
_EARLIER_BOND_YEAR = re.compile(r"\b(?:le ket nghia|ky ket|ket nghia|thiet lap)\b[^.;:!?()\n]{0,60}?\bnam\s+(?:19|20)\d\d\b")
_ATTENDED = re.compile(rf"\b(?:tham gia|tham du|bieu dien)\b(?:{_PLAN}[^.;:!?()\n]){{0,40}}?"
                       r"\b(?:hoi cho|le hoi|lien hoan|festival|ngay hoi|trien lam|hoi thi)\b[^.;:!?()\n]{0,50}$")
#: a plan or the time to come told before the verb: "sẽ", "dự kiến", "Trong thời gian tới, hai tỉnh tiếp tục … tham gia"
_WILL = re.compile(r"\b(?:se|sap|du kien|du dinh|thoi gian toi|sap toi|tiep tuc|ke hoach)\b")
#: ... and an occasion of the main year itself must be told as done ("đã cử đoàn đến tham dự …")
_DONE = re.compile(r"\bda\b")


def signed_between_since(folded: str, dm: DateMention) -> bool:
    """Is a year ('từ năm 2014') the time of a signing between the partners told just before it?"""
    if dm.precision != "year" or dm.year is None:
        return False
    start = dm.start + (3 if folded.startswith("tu ", dm.start) else 0)   # the mention may hold its "từ"
    if folded.find("ky ket", max(0, start - 130), start) < 0:
        return False   # (both patterns need the words in the window: the merge of round 48, the same answer)
    if _SIGNED_BETWEEN.search(folded, max(0, start - 130), start):
        return True
    return bool(_SIGNED_DONE.search(folded, max(0, start - 130), start)) and not _PERIOD_NEXT.match(folded, dm.end)


def series_began(folded: str, dm: DateMention) -> bool:
    """Is a year ('bắt đầu từ năm 2002') the first one of a yearly exchange?"""
    if dm.precision != "year" or dm.year is None:
        return False
    start = dm.start + (3 if folded.startswith("tu ", dm.start) else 0)
    return bool(_SERIES_BEGAN.search(folded, max(0, start - 90), start))


def since_meeting(folded: str, dm: DateMention, main_year: int | None) -> bool:
    """Is a year alone ('Từ sau Hội nghị giao ban năm 2014 đến nay') the year of the earlier meeting a span is
    counted from, before ``main_year``?"""
    if dm.rule != "year" or dm.year is None or main_year is None or dm.year >= main_year:
        return False
    return bool(_SINCE_MEETING.search(folded, max(0, dm.start - 80), dm.start))


def listed_after_milestone(folded: str, dm: DateMention, sentence_start: int) -> bool:
    """Is a year alone ('sau đó là vào năm 2006') the next of a list of bonds made whose earlier year the sentence
    told?"""
    if dm.rule != "year" or dm.year is None:
        return False
    before = folded[sentence_start:dm.start]
    return bool(_THEN_YEAR.search(before)) and any(
        int(m.group(0)[-4:]) < dm.year for m in _EARLIER_BOND_YEAR.finditer(before))


def attended_named(text: str, folded: str, cues, sentence_at, main_date: DateMention | None,
                   main_year: int | None, body: tuple[int, int]) -> list[DateMention]:
    """Occasions named with their year and no 'năm' ('Hội chợ … Hà Nội 2018', cue ``named_year``) that a sentence
    other than the main occasion's tells as attended, as year mentions (at most one a year)."""
    out: list[DateMention] = []
    if main_year is None:
        return out
    for c in cues:
        if c.name != "named_year" or not body[0] <= c.pos < body[1] or c.year > main_year:
            continue
        if not re.fullmatch(r"(?:19|20)\d\d", folded[c.pos:c.pos + 4]) or folded[max(0, c.pos - 4):c.pos] == "nam ":
            continue   # written with "năm": the date rules read it
        s, e = sentence_at(c.pos)
        if main_date is not None and s <= main_date.start < e:
            continue
        m = _ATTENDED.search(folded, s, c.pos)
        if m is None or _WILL.search(folded, s, m.start()):
            continue
        if c.year == main_year and not _DONE.search(folded, s, m.start()):
            continue   # the main year's fair without "đã" may be the one to come
        if all(o.year != c.year for o in out):
            out.append(DateMention(c.pos, c.pos + 4, text[c.pos:c.pos + 4], None, None, c.year,
                                   precision="year", rule="year"))
    return out


#: "(Chương trình) gặp gỡ / gặp mặt / hội nghị / hội đàm (…) (đầu) Xuân 2024": the year right after "Xuân", no "năm"
#: (written with it, the date rules read it). (folded)
_SPRING_MEETING = re.compile(r"\b(?:gap go|gap mat|hoi nghi|hoi dam)\b[^.;:!?()\n]{0,30}?\b(?:dau\s+)?xuan\s+"
                             r"((?:19|20)\d\d)\b")
#: the words every spring meeting above holds ("xuân" and its year): a page without them is not searched (the
#: pattern opens with an alternation the regex engine tries at every character, ~6% of a seed article; round 38)
SPRING_MEETING_GATE = re.compile(r"xuan\s+(?:19|20)\d\d")


def spring_meeting_named(text: str, folded: str, sentence_at, main_date: DateMention | None,
                         body: tuple[int, int], is_milestone) -> list[DateMention]:
    """Spring meetings named with their year and no 'năm' ('Chương trình gặp gỡ đầu Xuân 2024') in a sentence other
    than the main occasion's, as year mentions that ``is_milestone(folded, dm, sentence_start)`` (the test of a
    year alone, milestones.year_milestone) accepts."""
    out: list[DateMention] = []
    if SPRING_MEETING_GATE.search(folded, body[0], body[1]) is None:
        return out   # no "xuân 2024" in the body: no meeting of the body is named so
    # the main occasion's own name, in its sentence or the headline, is its name wherever it is told again
    # ("Ngày 22/3, tỉnh A tổ chức Hội đàm 'Gặp gỡ đầu Xuân 2019' …" … "tại Chương trình 'Gặp gỡ đầu Xuân 2019'")
    own = {m.group(1) for m in _SPRING_MEETING.finditer(folded, 0, body[0])}
    if main_date is not None:
        s, e = sentence_at(main_date.start)
        own |= {m.group(1) for m in _SPRING_MEETING.finditer(folded, s, e)}
    for m in _SPRING_MEETING.finditer(folded, body[0], body[1]):
        if m.group(1) in own:
            continue
        ys, ye = m.span(1)
        if text[ys:ye] != folded[ys:ye]:
            continue   # blanked (a related title) or not the digits the page wrote
        s, e = sentence_at(ys)
        if main_date is not None and s <= main_date.start < e:
            continue   # the main occasion's own name ("Ngày 20/2, … đăng cai Chương trình gặp gỡ đầu Xuân 2024")
        dm = DateMention(ys, ye, text[ys:ye], None, None, int(m.group(1)), precision="year", rule="year")
        if is_milestone(folded, dm, s) and all(o.year != dm.year for o in out):
            out.append(dm)
    return out


def since_then_bonded(folded: str, dm: DateMention) -> bool:
    """Is a year ('Từ năm 2016 đến nay, hai huyện đã tổ chức kết nghĩa …') the year bonds told after it began?
    (:data:`MILESTONE_YEARS` since_then_bonded)"""
    if dm.precision != "year" or dm.year is None:
        return False
    start = dm.start + (3 if folded.startswith("tu ", dm.start) else 0)   # the mention may hold its "từ"
    return bool(_SINCE_OPENS.search(folded, max(0, start - 20), start) and _THEN_BONDED.match(folded, dm.end, dm.end + 200))
