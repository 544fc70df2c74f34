"""Years that name the occasion or its season, not a period or a plan: a festival, a fair or a
culture week with its year ("Lễ hội Hoa Ban năm 2024"), a year written bare after a name
("Hủa Phăn 2022", "Hè Thu 2021") or after a dash in a quoted name ("“Hữu Nghị - 2019”"), the
spring or Tết of a year ("đầu xuân mới 2023", "Tết Nguyên đán Quý Mão").
:mod:`hoptac.core.extract.year_cues` gathers them with the other cues; the cue kinds
(``named_year``, ``spring``, ``spring_canchi``, and ``spring_ahead`` for a Tết told as
coming) are rows of :data:`~hoptac.core.extract.year_cue_kinds.CUES`.
"""

from __future__ import annotations

import re
from typing import Iterator

from .dates import DateMention
from .occasions_ahead import coming_day, named_kind, told_ahead
from .year_cue_kinds import YearCue, _cue
from .year_described import said_of
from .year_lives import life_year
from ..scan import four_digits
from ..text import fold
from .type_folds import FOLDS_GUARDED

#: "liên hoàn" (interlinked) folds like "liên hoan" (a festival): the chain's words tell it (type_folds, round 38)
_LINKED = FOLDS_GUARDED["lien hoan"]

__all__ = ["FESTIVALS", "QUOTED_FESTIVAL", "CLAUSE_ENDS", "festival_start", "named_years", "spring_cues", "told_done"]

#: Where a clause ends, before a year (year_cues reads its clause back to one of these).
CLAUSE_ENDS = ".;:!?\n,("
_FOUR_DIGITS = re.compile(r"[12]\d{3}")   # then checked by hand: a regex with look-arounds is 4x slower
_NUMBERISH = frozenset("0123456789/.-–")
_CAN = ("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy")
_CHI = ("ty", "suu", "dan", "mao", "thin", "ti", "ngo", "mui", "than", "dau", "tuat", "hoi")  # ti: Tỵ
#: After "xuân" or "Tết" (folded): "Nguyên đán", "cổ truyền (dân tộc)", "mới", a lunar
#: year name, "năm", a year; a dash may join the lunar name to its year ("Tết Nguyên đán Bính Ngọ - 2026",
#: "Xuân Giáp Thìn -2024": round 46, late46b, police46b 06).
_AFTER_SPRING = re.compile(r"""(?:\s+nguyen\s+dan)?(?:\s+co\s+truyen(?:\s+(?:cua\s+)?dan\s+toc(?:\s+viet\s+nam)?)?)?
    (?:\s+moi)?(?:\s+(?P<can>%s)\s+(?P<chi>%s|meo)\b(?:\s*[-–](?=\s*(?:19|20)[0-9]{2}))?)?(?:\s+nam)?(?:(?:\s+|(?<=[-–]))(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?"""
                           % ("|".join(_CAN), "|".join(_CHI)), re.VERBOSE)
_SPRING_WORDS = ("xuân", "Xuân", "XUÂN", "tết", "Tết", "TẾT")
_SPRING_WORDS_UNACCENTED = ("xuan", "Xuan", "XUAN", "tet", "Tet", "TET")  # in texts without accents
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t\xa0]+$")
#: ... or after a dash, in a quoted name the year closes: an exercise, a contest, a campaign named with its year
#: ("diễn tập liên hợp “Hữu Nghị - 2019”", "cuộc thi “Sáng tạo trẻ – 2023”"); unquoted, "Lào Cai - 2017" may be
#: a place and a year told apart.
_NAME_DASH_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t\xa0]+[-–][ \t\xa0]+$")
_NOT_A_NAME = frozenset({"nam", "xuan", "tet", "doan", "ky", "khoa", "den", "tu", "so", "hoc", "quy", "thang"})
_AIMS_AT = re.compile(r"\b(?:tam nhin|vision|den nam|huong toi|muc tieu|chien luoc|quy hoach|nhiem ky|giai doan|"
                      r"den|toi|truoc|sau)\b")
#: An occasion named with its year: a festival, a fair, a culture week, a tourism year ("Lễ hội
#: Hoa Ban năm 2024", "Tuần văn hóa du lịch tỉnh Hà Giang năm 2009", "Hội chợ thương mại quốc tế
#: Việt - Trung năm 2023"): the year names the occasion, as a year written bare after a name does
#: (named_year). Not one told as done or as an earlier edition (_EARLIER_EDITION).
FESTIVALS: tuple[tuple[str, str], ...] = (
    ("le hoi", "Lễ hội Hoa Ban năm 2024"),
    ("festival", "Festival Biển năm 2023"),
    ("tuan le", "Tuần lễ văn hóa ẩm thực năm 2019"),
    ("tuan van hoa", "Tuần văn hóa du lịch tỉnh Hà Giang năm 2009"),
    ("nam du lich", "Năm Du lịch quốc gia năm 2024"),
    ("hoi cho", "Hội chợ thương mại quốc tế Việt - Trung năm 2023"),
    ("ngay hoi", "Ngày hội văn hóa các dân tộc năm 2022"),
    ("lien hoan", "Liên hoan nghệ thuật quần chúng năm 2018"),
    ("hoi thao", "Hội thao truyền thống năm 2017"),
    ("phien cho", "Phiên chợ hàng Việt tại cửa khẩu Bờ Y (huyện Ngọc Hồi) năm 2025"),   # (round 57, late57a)
)
#: The name may hold one aside in brackets that writes no year ("Hội thảo quốc tế các vịnh đẹp (có 29 vịnh ở 24
#: nước) năm 2005 sẽ khai mạc ngày 1/4"): the year after it still closes the name. A bracket with a year in it
#: ("Lễ hội … (2019 - 2023) năm 2024") is a span of its own, not an aside.
_ASIDE = r"(?:\((?![^()\n]*\b[12]\d{3}\b)[^()\n]{1,48}\)[^.;:,()\n]{0,24}?)?"
_FESTIVAL_NAMED = re.compile(r"\b(?:" + "|".join(f for f, _ in FESTIVALS) + r")\b[^.;:,()\n]{0,60}?" + _ASIDE + r"\s+$")
#: (a cheap test on the text as written before folding: a festival noun's last syllable)
_FESTIVAL_WORD = re.compile(r"(?i)h[oộ]i|festival|tu[aầ]n|hoan|l[iị]ch|thao|phi[eê]n")
_EARLIER_EDITION = re.compile(r"\b(?:tung|ket qua|tiep noi|tiep theo|nam truoc|nam ngoai|lan truoc|ky truoc)\b")
#: "đã" read as written: folded, "da" is also "Đà" ("thành phố Đà Nẵng khai mạc Lễ hội … năm 2024" is no
#: earlier edition). On a page written without accents "da" is all there is, and it is read as "đã".
_DONE = re.compile(r"(?<!\w)[đĐ][ãÃ](?!\w)")
_DONE_UNACCENTED = re.compile(r"\bda\b")
#: Between the festival's name and its year, words that tell that edition as held before the page's
#: ("Lễ hội Hoa Ban đã được tổ chức thành công năm 2023", "… lần trước diễn ra vào năm 2023"): the year is
#: that edition's, not the occasion's ("đã" as in _DONE).
_HELD_BETWEEN = re.compile(r"\b(?:tung|to chuc thanh cong|dien ra thanh cong|nam truoc|nam ngoai|lan truoc|ky truoc|"
                           r"lan dau tien)\b")
#: A year written bare after a name, in a clause that tells that occasion as held and past: an
#: earlier edition thanked for or followed up, not the occasion dated ("cảm ơn … đã phối hợp tổ
#: chức thành công Lễ hội Văn hóa Hà Nội - Busan 2019"; "sau thành công của Tuần lễ Huế - Kyoto
#: 2022, hai bên …"). Narrower than _EARLIER_EDITION: "đã khai mạc Tuần lễ … Hủa Phăn 2022"
#: dates the occasion itself.
_HELD_BEFORE = re.compile(r"\b(?:to chuc thanh cong|sau thanh cong|ket qua|tiep noi|nam truoc|nam ngoai|lan truoc|"
                          r"ky truoc)\b")


#: A festival's name in quotes is bounded by them, commas and all, however long ("Tại lễ khai mạc “Tuần lễ
#: kết nối và giới thiệu nông sản, đặc sản tỉnh A năm 2024 tại TP Hồ Chí Minh”": round 36, late36a): the quote
#: opens on the festival's noun, its year is the only one in it, and the quote closes after the year within
#: QUOTED_AFTER characters of its clause (the venue, "tại …"). Not an earlier edition (told done, as above).
QUOTED_FESTIVAL = ("quoted", "Tại lễ khai mạc “Tuần lễ kết nối và giới thiệu nông sản, đặc sản tỉnh A năm 2024 tại "
                             "TP Hồ Chí Minh”, ông B cho biết …")
QUOTED_REACH = 200
QUOTED_AFTER = 60
_OPEN_QUOTES = "“\"«"
_QUOTED_NAME = re.compile(r"\s*(?:" + "|".join(f for f, _ in FESTIVALS) + r")\b")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _quoted_festival(text: str, m: DateMention) -> int | None:
    """Where the quoted festival's name starts when ``m`` ('năm 2024') stands in it (QUOTED_FESTIVAL), or None."""
    lo = max(0, m.start - QUOTED_REACH)
    q = max(text.rfind(ch, lo, m.start) for ch in _OPEN_QUOTES)
    if q < 0 or "\n" in text[q:m.start] or any(ch in text[q + 1:m.start] for ch in "”»"):
        return None
    after = text[m.end:m.end + QUOTED_AFTER]
    close = min((i for i in (after.find(ch) for ch in "”\"»") if i >= 0), default=-1)
    if close < 0 or any(ch in after[:close] for ch in ".;!?\n“«"):
        return None   # the quote goes on as a sentence, or does not close: no name's year
    name = fold(text[q + 1:m.start])
    if _QUOTED_NAME.match(name) is None or _A_YEAR.search(name) or _A_YEAR.search(fold(after[:close])):
        return None
    if _HELD_BETWEEN.search(name) or told_done(text, q + 1, m.start) or said_of(text, q + 1, m.start):
        return None
    clo = max(0, q - 60)
    clause = fold(text[clo:q])
    cut = max(clause.rfind(ch) for ch in CLAUSE_ENDS) + 1
    if _EARLIER_EDITION.search(clause, cut) or told_done(text, clo + cut, q):
        return None   # "… đã tổ chức thành công “Tuần lễ … năm 2023 tại …”": an earlier edition
    return q + 1 + (len(text[q + 1:m.start]) - len(text[q + 1:m.start].lstrip()))


def festival_start(text: str, m: DateMention) -> int | None:
    """Where the festival's name starts when ``m`` ('năm 2024') closes it, or None (a quoted name:
    :func:`_quoted_festival`)."""
    lo = max(0, m.start - 90)
    f = None
    if _FESTIVAL_WORD.search(text, lo, m.start):
        before = fold(text[lo:m.start])
        f = _FESTIVAL_NAMED.search(before)
    if f is None:
        return _quoted_festival(text, m) if any(ch in text[max(0, m.start - QUOTED_REACH):m.start]
                                                for ch in _OPEN_QUOTES) else None
    if before.startswith("lien hoan", f.start()) and _LINKED.match(before, f.start()):
        return None   # "Cụm an ninh liên hoàn năm 2024": the chain (interlinked), no festival (type_folds, round 38)
    cut = max(before.rfind(ch, 0, f.start()) for ch in CLAUSE_ENDS) + 1
    if _EARLIER_EDITION.search(before, cut, f.start()) or told_done(text, lo + cut, lo + f.start()):
        return None
    if _HELD_BETWEEN.search(before, f.start()) or told_done(text, lo + f.start(), m.start):
        return None   # "Lễ hội Hoa Ban đã được tổ chức thành công năm 2023": an earlier edition's year
    if said_of(text, lo + f.start(), m.start):
        return None   # "Hội nghị xác định, tổ chức Ngày hội … là sự kiện quan trọng trong năm 2024": a plan (review22)
    return lo + f.start()


def told_done(text: str, start: int, end: int) -> bool:
    """Does text[start:end] say "đã" (as written; "da" only where the words carry no accents)?"""
    span = text[start:end]
    return bool(_DONE.search(span) or (span.isascii() and _DONE_UNACCENTED.search(span)))


def _canchi_year(can: str, chi: str) -> int | None:
    """'quy', 'mao' -> 2023: the year of that name in 1984 (Giáp Tý) - 2043; None for a pair no year bears
    ('tan', 'dan': "Xuân Tân dẫn đầu" is a man's name and a verb, not a year)."""
    c, z = _CAN.index(can), 3 if chi == "meo" else _CHI.index(chi)
    return next((1984 + k for k in range(60) if k % 10 == c and k % 12 == z), None)


#: The stems and branches as written with their marks: in an accented text the folded pair must be one of
#: these ("Xuân Bính dẫn đầu" folds to "binh dan", Bính Dần, but "dẫn" is no branch).
#: ("qúy", "qúi": the mark on the u, the old placement some sites keep -- review23b)
_CAN_WRITTEN = frozenset("giáp ất bính đinh mậu kỷ kỉ canh tân nhâm quý quí qúy qúi".split())
_CHI_WRITTEN = frozenset("tý sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi".split())


def _written_as_canchi(written_can: str, written_chi: str) -> bool:
    """Are the two words, as written, a stem and a branch (marks and all)? Unaccented texts are not asked."""
    return written_can.lower() in _CAN_WRITTEN and written_chi.lower() in _CHI_WRITTEN


#: The new year named with its year ("chúc mừng năm mới 2024", "ngày đầu năm mới 2017 (1/1)"): a spring's cue
#: too -- the days around it (January to April; December for greetings ahead of it). Only as written with
#: accents: unaccented, "nam moi" may be "Nam mới".
_NEW_YEAR_WORDS = ("năm mới", "Năm mới", "NĂM MỚI")
_NEW_YEAR_AFTER = re.compile(r"\s*(?:nam\s+)?((?:19|20)\d\d)(?!\d)")


#: The new year greeted by its number ("chương trình “Du lịch A chào 2026”", "Lễ hội Chào năm 2026", "chào đón
#: 2026"; round 37, late37b): the new year's words, "năm mới", left out -- a spring's cue as they are. Only as
#: written with accents ("chao" folded is also "cháo", "chảo"); not "chào mừng" (a celebration of something else).
_GREETED_YEAR = re.compile(r"(?<!\w)(?:chào|Chào|CHÀO)(?:\s+(?:đón|Đón|ĐÓN))?\s+(?:(?:năm|Năm|NĂM)\s+)?((?:19|20)\d\d)(?![\d/.,-]\d)(?!\d)")
#: The words every greeted year opens with: the pattern is tried only where one of them stands (round 38: the
#: regex engine searching the whole page for it cost more than the page's other spring words together).
_GREETED_WORDS = ("chào", "Chào", "CHÀO")


def _greeted_years(text: str, folded: str | None) -> Iterator[re.Match]:
    """``_GREETED_YEAR.finditer(text)``, the pattern matched only where one of :data:`_GREETED_WORDS` stands (each
    match opens with one; after a match the next starts at its end, as finditer's). With ``folded`` (``text``
    folded character by character) the words are looked for where "chao" stands in the fold: one scan of the
    fold for the three forms' scans of the page."""
    if folded is None:
        starts = sorted(i for word in _GREETED_WORDS for i in _all_at(text, word))
    else:
        starts = [i for i in _all_at(folded, "chao") if text.startswith(_GREETED_WORDS, i)]
    end = 0
    for i in starts:
        if i >= end and (m := _GREETED_YEAR.match(text, i)) is not None:
            yield m
            end = m.end()


def _all_at(text: str, word: str) -> Iterator[int]:
    """Every place ``word`` starts in ``text`` (overlapping ones too)."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


#: The folded word each written form folds to ("xuan", "tet", "nam moi"): where the page's fold is given, a
#: form is looked for only where its word stands in the fold (:func:`_finds`).
_SPRING_GROUP = {w: fold(w) for w in _SPRING_WORDS + _SPRING_WORDS_UNACCENTED + _NEW_YEAR_WORDS}


def _finds(text: str, word: str, folded: str | None, at: dict[str, list[int]]) -> Iterator[int]:
    """Where ``word`` stands in ``text``, as ``i = text.find(word, j)`` visits it, ``j`` the end of the last one.
    With ``folded`` (``text`` folded character by character) only the places where its folded word stands in the
    fold are tried (found once for the forms that fold alike, kept in ``at``): a form is in the text only
    where its fold is in the fold, so one scan of the fold stands for the three forms' scans of the page."""
    if folded is None:
        i = text.find(word)
        while i >= 0:
            yield i
            i = text.find(word, i + len(word))
        return
    key = _SPRING_GROUP[word]
    if (starts := at.get(key)) is None:
        starts = at[key] = []
        i = folded.find(key)
        while i >= 0:
            starts.append(i)
            i = folded.find(key, i + 1)
    end = 0
    for i in starts:
        if i >= end and text.startswith(word, i):
            yield i
            end = i + len(word)


def spring_cues(text: str, folded: str | None = None) -> list[YearCue]:
    """'đầu xuân mới 2023', 'Tết Nguyên đán Quý Mão', 'xuân Ất Tỵ năm 2025', 'năm mới 2017'. ``folded``:
    ``text`` folded character by character, if the caller has it (the words after are sliced from it)."""
    out = []
    at: dict[str, list[int]] = {}
    for word in () if text.isascii() else _NEW_YEAR_WORDS:
        for i in _finds(text, word, folded, at):
            j = i + len(word)
            if not (i and text[i - 1].isalnum()) and (m := _NEW_YEAR_AFTER.match(folded[j:j + 12] if folded is not None else fold(text[j:j + 12]))):
                ahead = told_ahead(text, i, j + m.end())
                out.append(_cue("spring_ahead" if ahead else "spring", int(m.group(1)), i, i, j + m.end()))
    if not text.isascii():
        for m in _greeted_years(text, folded):   # "… chào 2026": the new year greeted (spring_ahead when told as coming)
            ahead = told_ahead(text, m.start(), m.end())
            out.append(_cue("spring_ahead" if ahead else "spring", int(m.group(1)), m.start(), m.start(), m.end()))
    for word in _SPRING_WORDS_UNACCENTED if text.isascii() else _SPRING_WORDS:
        for i in _finds(text, word, folded, at):
            j = i + len(word)
            if not (i and text[i - 1].isalnum()) and not text[j:j + 1].isalnum():
                m = _AFTER_SPRING.match(folded[j:j + 60] if folded is not None else fold(text[j:j + 60]))
                # a Tết told as coming ("thống nhất tổ chức … nhân dịp Tết Nguyên đán 2020"): spring_ahead
                ahead = (m.group("y") or m.group("can")) and told_ahead(text, i, j + m.end())
                if m.group("y"):
                    out.append(_cue("spring_ahead" if ahead else "spring", int(m.group("y")), i, i, j + m.end()))
                elif m.group("can"):
                    chi = m.group("chi")
                    if chi == "ty":  # Tý (rat) or Tỵ (snake): only the accent tells
                        chi = {"tý": "ty", "tỵ": "ti", "tị": "ti"}.get(
                            text[j + m.start("chi"):j + m.end("chi")].lower(), "")
                    year = _canchi_year(m.group("can"), chi) if chi else None
                    if year and (text.isascii() or _written_as_canchi(
                            text[j + m.start("can"):j + m.end("can")], text[j + m.start("chi"):j + m.end("chi")])):
                        out.append(_cue("spring_ahead" if ahead else "spring_canchi", year, i, i, j + m.end()))
    return out


#: A headline that opens with an occasion's noun and ends with a bare year names that occasion with
#: its year, whatever word comes before the year ("Hội nghị kết nối cung - cầu giữa tỉnh A và các
#: tỉnh, thành 2016"; "Hội chợ nông sản các tỉnh miền núi phía Bắc 2023"); not a review or a
#: target ("Hội nghị tổng kết 2016", "Diễn đàn … tầm nhìn 2030").
_HEADLINE_OCCASION = re.compile(r"(?:hoi nghi|hoi cho|dien dan|le hoi|festival|tuan le|ngay hoi|lien hoan|hoi thao)\b")
_REVIEWED = re.compile(r"\b(?:tong ket|so ket|danh gia|ket qua|nhin lai)\b")


def _headline_names(text: str, s: int, e: int) -> bool:
    """Is text[s:e] the bare year that ends the page's first line, a headline naming an occasion?"""
    line_end = text.find("\n")
    if line_end < 0 or text[e:line_end].strip() or "\n" in text[:s]:
        return False
    head = fold(text[:s])
    return bool(_HEADLINE_OCCASION.match(head.lstrip())) and not _REVIEWED.search(head) and not _AIMS_AT.search(head[-40:])


def _held_before(text: str, name_start: int) -> bool:
    """Does the clause that leads to the name (up to 120 characters back) tell it as held?"""
    lo = max(0, name_start - 120)
    clause = text[lo:name_start]
    cut = max(clause.rfind(ch) for ch in CLAUSE_ENDS)
    return _HELD_BEFORE.search(fold(clause[cut + 1:])) is not None


def named_years(text: str, taken: list[tuple[int, int]], bracketed: list[int]) -> list[YearCue]:
    """A year written bare after a capitalised name: 'Hủa Phăn 2022', 'Hè Thu 2021'. Where a
    year opens a bracket ('(2016, 2017)') is added to ``bracketed`` (year_shapes reads them)."""
    out = []
    n = len(text)
    ascii_text = text.isascii()
    spans = four_digits(text)   # the spans of _FOUR_DIGITS, from the text's one-byte code
    for s, e in (m.span() for m in _FOUR_DIGITS.finditer(text)) if spans is None else spans:
        if s and (text[s - 1] == "(" or text[s - 2:s] == "( "):
            bracketed.append(s)
        if (text[s:s + 2] not in ("19", "20") or (s and text[s - 1] in _NUMBERISH) or text[e:e + 1] == "/"
                or (e < n and (text[e].isalnum() or text[e] == "_"
                               or (text[e] in _NUMBERISH and e + 1 < n and text[e + 1].isdigit())))):
            continue
        if any(a <= s < b for a, b in taken):
            continue
        w = _NAME_BEFORE.search(text, max(0, s - 40), s)
        if w is None and e < n and text[e] in "”\"»" and (w := _NAME_DASH_BEFORE.search(text, max(0, s - 40), s)) \
                and not any(q in text[max(0, s - 80):w.start(1)] for q in "“\"«"):
            w = None   # a dash before the year only in a quoted name: “Nậm Na - 2017”
        if w is not None and not w.group(1)[0].isupper() and _headline_names(text, s, e):
            pass   # "Hội nghị kết nối cung - cầu giữa tỉnh A và các tỉnh, thành 2016": the headline's occasion
        elif w is None or not w.group(1)[0].isupper() or (fold(w.group(1)) in _NOT_A_NAME and not (
                w.group(1) == "Nam" and not ascii_text)):   # "Việt Nam 2025" is a name, "Năm 2025" is not
            continue
        if _AIMS_AT.search(fold(text[max(0, w.start(1) - 40):s])):
            continue  # "Tầm nhìn 2045", "Chiến lược … Vision 2030": a target, not the occasion
        if life_year(text, s):
            continue  # "liệt sĩ Lường Văn A (SN 1949)": a birth year (year_lives)
        if _held_before(text, w.start(1)):
            continue  # "… tổ chức thành công Lễ hội … Busan 2019": an earlier edition
        if (kind := named_kind(text, w.start(1), e)) is None:
            continue  # "gửi lời mời … tham dự Festival Biển … 2023": a later occasion (occasions_ahead)
        out.append(_cue(kind, int(text[s:e]), s, w.start(1), e,
                        coming_day(text, e) if kind == "named_ahead" else None))
    return out
