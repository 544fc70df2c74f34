"""People who take part, with their titles.

Two forms, both common in Vietnamese reports (rules, with examples):

* ``honorific``: "đồng chí Mai Đình Định, ủy viên Ban thường vụ tỉnh ủy - Bí thư Thành ủy
  Lào Cai"; "ông Hoàng Trung Hải, Ủy viên Bộ Chính trị"; the title is optional.
* ``appositive``: in a list "có các đồng chí: Đặng Xuân Phong, Ủy viên Ban Chấp hành Trung
  ương Đảng, Bí thư Tỉnh ủy; Vũ Xuân Cường, Phó Bí thư …": a name that starts with a
  family name (``vocab.SURNAMES``) followed by a comma and a title (``vocab.TITLE_STARTS``).

A title runs over comma-separated parts that each start like a title, and stops at
the first lower-case word that cannot be part of one ("… Bí thư Tỉnh ủy Lào Cai *đề
nghị* …").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..scan import folds_exactly, shape, shape_table
from ..text import fold
from .people_units import unit_names
from .people_offices import office_names
from .people_places import place_tail
from .people_titled import titled_people
from .name_before_title import HEAD_WORDS, name_before_title
from .title_compounds import COMPOUND_SYLLABLES, MAX_SYLLABLES, compound_at
from .vocab import (DEPARTMENT_RE, NOT_NAME_START, SURNAMES, TITLE_LOWER_WORDS, TITLE_LOWER_WORDS_WRITTEN,
                    TITLE_STARTS, is_title_start)

__all__ = ["Person", "find_people"]

_UP = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LO = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_WORD = rf"[{_UP}][{_LO}]*(?![{_UP}{_LO}\w])"
# A capitalised run of 2–4 words: the shape of a Vietnamese personal name.
# (The first capital comes before the look-behind so that the regex engine can skip to
# capitals: twice as fast as checking the look-behind at every character.)
# ... and the second syllable of a romanised given name, joined by a hyphen in lower case (round 60: "ông Kim
# Hyun-gon" was read "Kim Hyun"; "Lee Jae-myung", a Lao "Su Căn Bun-nhông"), in both patterns
# ... and (round 61) a Lao name written syllable by syllable with hyphens in every word ("đồng chí Phoi-khăm
# Hùng-bun-nhuông, Bí thư …", "ông Sỉ-su-văn Chăn-thạ-phay Bun - Chủ tịch …"): each word may carry its
# lower-case syllables after hyphens
_HYPHENED = rf"(?:-[{_LO}]{{2,}}(?![{_UP}{_LO}\w]))*"
_NAME_RE = re.compile(rf"([{_UP}](?<![{_UP}{_LO}\w].)[{_LO}]*(?![{_UP}{_LO}\w]){_HYPHENED}"
                      rf"(?:[ \t]+{_WORD}{_HYPHENED}){{1,3}}(?!-[{_LO}]))")
# The same on the text's shape (scan.shape): "U" a letter of _UP, "l" of _LO, "w" another
# word character, " " a blank or tab, "h" a hyphen, "." the rest (one byte a character: several times
# faster than the classes of Vietnamese letters over the text; tests/test_prefilters_*.py)
_SHAPE = shape_table(lambda c: "U" if re.fullmatch(f"[{_UP}]", c) else "l" if re.fullmatch(f"[{_LO}]", c)
                     else "w" if re.fullmatch(r"\w", c) else " " if c in " \t" else "h" if c == "-" else ".")
_NAME_SHAPE_RE = re.compile(rb"U(?<![Ulw].)l*(?![Ulw])(?:hl{2,}(?![Ulw]))*(?:[ ]+Ul*(?![Ulw])(?:hl{2,}(?![Ulw]))*){1,3}"
                            rb"(?!hl)")
# "ngài" (a foreign guest) and military ranks ("Đại tá", "Trung tướng") stand where an honorific does
_HONORIFIC_RE = re.compile(r"(?:^|[^\w/])(?:đồng chí|đ/c|ông|bà|dong chi|d/c|ong|ngài|đại tướng|thượng tướng|"
                           r"trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá)\s*:?\s*$", re.IGNORECASE)
# The last letters an honorific of _HONORIFIC_RE can end with, in any case its IGNORECASE
# matches (chí, đ/c, ông, bà, chi, d/c, ong, ngài, tướng, tá; tests/test_prefilters_*.py checks the
# set): a window whose text does not end with one of them (before ": ") cannot match.
_HONORIFIC_LAST = frozenset("CGIcgiÀÍàíİıÁá")
_HONORIFIC_WINDOW = 16   # "thượng tướng " and its blanks
_BOUNDARY_RE = re.compile(r"(?:^|[:;(\n]|,)\s*$")  # the rule; _boundary_before computes it
_SEP_RE = re.compile(r"^\s*(?:,|-|–|—)\s*")
# ... after a photo caption's note of where the person stands: "(bên trái)", "(thứ hai từ phải sang)", "(đứng giữa)"
_POSITION_SEP = re.compile(r"^\s*\((?:người |đứng |ngồi )?(?:bên trái|bên phải|giữa|ở giữa|thứ [^()]{1,12} từ (?:trái|phải)"
                           r"(?: sang| qua)?)\)\s*(?:,|-|–|—)\s*")
# where a title ends ("; . ( )" or a dash that does not start another title), and its parts
_TITLE_END_RE = re.compile(r"[;.\n()]|\s[–—]\s(?=[^\s])(?!\s*(?:Bí|Phó|Chủ|Ủy|Uỷ|Trưởng|Giám))")
_TITLE_PARTS_RE = re.compile(r",\s*|\s+-\s+|\s+kiêm\s+")
# The same two, written with their first character as one class so that the regex engine
# skips to it instead of trying every position (3-4 times faster on a title; the look-behind
# tells which alternative the character began; tests/test_prefilters_*.py checks they cut
# where the two above do).
_TITLE_END_FAST = re.compile(r"[;.\n()\s](?:(?<=[;.\n()])|(?<=\s)[–—]\s(?=[^\s])(?!\s*(?:Bí|Phó|Chủ|Ủy|Uỷ|Trưởng|Giám)))")
_TITLE_PARTS_FAST = re.compile(r"[,\s](?:(?<=,)\s*|(?<=\s)\s*-\s+|(?<=\s)\s*kiêm\s+)")
# ... and cheaper still where what the second alternative needs is not there (most titles):
# no dash, only the stops; no hyphen nor "kiêm", only the commas (a literal first: the engine
# skips to it). tests/test_prefilters_*.py checks they cut where the two above do.
_TITLE_STOPS = re.compile(r"[;.\n()]")
_TITLE_COMMAS = re.compile(r",\s*")
_NEXT_WORD = re.compile(rf"[ \t]+({_WORD})")   # a name's word after a run the honorific opened
_HONORIFIC_WORDS = frozenset({"ông", "bà", "ngài"})
# is_title_start reads a part's first characters only: the longest title start and the one after
# it (its \b); only they are folded (a part holding a department's glued name is off the one-byte
# code: folded whole, through the slow table, to test its first words). tests/test_prefilters_*.py
_START_REACH = max(map(len, TITLE_STARTS)) + 1
_fold_word = functools.lru_cache(maxsize=8192)(fold)  # titles repeat the same few words


@dataclass(slots=True)
class Person:
    name: str
    title: str
    start: int
    end: int

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "title": self.title}


def _boundary_before(text: str, start: int) -> bool:
    """``_BOUNDARY_RE`` on the three characters before ``start``, without the regex: only
    white space there, or it follows ':', ';', '(', ',', or a line break stands in it."""
    window = text[max(0, start - 3):start]
    kept = window.rstrip()
    return not kept or kept[-1] in ":;(," or "\n" in window[len(kept):]


#: An academic degree written before a name (round 62): "TS. Lê Minh A, Giám đốc Sở Y tế …", "ThS. Trần B - Trưởng
#: phòng …", "PGS.TS. Lê C, Hiệu trưởng …", "Tiến sĩ Phạm D, …". It stands where a list's comma or colon does: the name
#: opens with a family name and is kept only with the title after it (an expert with a degree alone is no official).
DEGREES_BEFORE = ("TS.", "ThS.", "Ths.", "PGS.TS.", "PGS. TS.", "GS.TS.", "GS. TS.", "PGS.", "GS.", "BS.", "KS.",
                  "Tiến sĩ", "Thạc sĩ", "tiến sĩ", "thạc sĩ")
_DEGREE_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(]))(?:(?:P?GS\.\s?)?TS|Th[Ss]|P?GS|BS|KS)\.\s*$|(?:^|(?<=[\s,;:(]))[Tt](?:iến|hạc) sĩ\s+$")


def _degree_before(text: str, start: int) -> bool:
    """Does an academic degree (:data:`DEGREES_BEFORE`) stand just before ``start``? Looked for only where a dot
    or the "ĩ" of "sĩ" stands right before the name's blank (most names follow neither)."""
    if start < 3 or text[start - 2] not in ".ĩ":   # "TS. Lê …", "Tiến sĩ Lê …"
        return False
    return _DEGREE_BEFORE.search(text, max(0, start - 12), start) is not None


def _honorific_before(text: str, start: int) -> bool:
    """Does an honorific (đồng chí, ông, bà, …) stand just before ``start``? The regex runs
    only where the text before ``start`` ends with an honorific's last letter (most names
    follow a comma or a verb: the regex would scan its window for nothing)."""
    lo = max(0, start - _HONORIFIC_WINDOW)
    tail = text[lo:start].rstrip()
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    if not tail or tail[-1] not in _HONORIFIC_LAST:
        return False
    return _HONORIFIC_RE.search(text, lo, start) is not None


def _title_word(word: str) -> bool:
    """A lower-case word a title holds, compared with its accents ("nhất trí" after a title
    is no "thứ nhất … chủ trì": folded, "trí" is "trì"); a word written without any accent is
    compared folded (a page typed without them)."""
    low = word.lower()
    return (low in TITLE_LOWER_WORDS_WRITTEN or (low == _fold_word(word) and low in TITLE_LOWER_WORDS)
            or low in NAME_TAILS)


#: "Đoàn" opens a delegation's name ("Đoàn công tác", "Đoàn Thanh niên", "Đoàn Đại biểu Quốc hội") and is a surname:
#: a run of three or more words whose second is one of these middle names is a person's ("các đồng chí: Đoàn Minh
#: Huấn, Ủy viên …", "ông Đoàn Văn Ngàn, Chủ tịch …"; round 61), still asked for its title or honorific as any name.
#: Not "Thanh" (Thanh niên), "Công" (công tác), "Việt" (đoàn Việt Nam), "Đại" (Đại biểu), written capitalised.
DOAN_MIDDLE_NAMES = frozenset({"Văn", "Thị", "Minh", "Hồng", "Ngọc", "Quang", "Xuân", "Đức", "Mạnh", "Hữu", "Duy",
                               "Thế", "Trọng", "Anh", "Tuấn", "Hải", "Kim", "Thu", "Bá", "Đình", "Khắc", "Tiến"})


#: The lower-case last word of a body's name written with one capital, which a title ends with:
#: "Phó Thủ tướng Chính phủ", "Phó Chủ tịch Chính phủ tỉnh A" (only after its first word, _ONLY_AFTER).
NAME_TAILS = frozenset({"phủ"})

# lower-case title words that stand only after a given word: "thứ nhất" ("Bí thư thứ nhất"),
# never "… tỉnh Hà Giang nhất trí"
_ONLY_AFTER = {"nhất": "thứ", "phủ": "chính", "án": "chánh",   # ("Chánh án")
               "giao": "ngoại",   # "Bộ Ngoại giao", never "… Tỉnh ủy giao nhiệm vụ" (a verb, to assign)
               "biểu": "đại"}   # "đại biểu", never "… Sở Y tế tỉnh A biểu dương …" (a verb, to praise; round 62)
# ... and only before one of given words: "đại biểu Quốc hội", never "… xã A đại diện cho …"
# (a verb after the title: "Chủ tịch UBND huyện A đại diện lãnh đạo huyện phát biểu")
_ONLY_BEFORE = {"đại": frozenset({"biểu", "học", "sứ", "tá", "tướng", "úy", "uý", "đội"})}
# the words _in_context asks about (any other title word stands anywhere: it is not asked)
_IN_CONTEXT = frozenset(_ONLY_AFTER) | frozenset(_ONLY_BEFORE)


def _in_context(word: str, kept: list[str], after: str = "") -> bool:
    low = word.lower()
    need = _ONLY_AFTER.get(low)
    if need is not None and not (kept and kept[-1].lower() == need):
        return False
    before = _ONLY_BEFORE.get(low)
    return before is None or after.lower().strip("\"'“”,") in before


def _title_end(rest: str) -> int | None:
    """Where ``_TITLE_END_RE`` first matches in ``rest`` (None: nowhere)."""
    cut = (_TITLE_END_FAST if "–" in rest or "—" in rest else _TITLE_STOPS).search(rest)
    return cut.start() if cut else None


def _title_parts(rest: str) -> list[str]:
    """``_TITLE_PARTS_RE.split(rest)``: a title cut into its parts."""
    return (_TITLE_PARTS_FAST if "-" in rest or "kiêm" in rest else _TITLE_COMMAS).split(rest)


# former_title (round 58, the lead): "nguyên" (former) opens a title written after a name, small: "ông Mai Văn A –
# nguyên Bí thư Tỉnh ủy" (the base read no title: the word loop stopped at its small letter). Only as a title's
# first word, and the title must go on with a title's words ("nguyên Bí thư", not "nguyên nhân").
_FORMER = frozenset({"nguyên"})
#: ... which the family name "Nguyễn" folds like: a part opening with it is a name, no title (round 59, the lead)
_SURNAME_NOT_FORMER = "nguyễn"


def _title_after(text: str, pos: int, folded: str | None = None, is_place=None, joined: bool = False) -> str:
    """The title that follows a name at ``pos`` (just after the name), or ''. ``folded``: the
    text's fold, character for character (None: each window is folded). ``is_place``: a place
    the title ends with keeps a syllable written small (:func:`.people_places.place_tail`)."""
    m = _SEP_RE.match(text[pos:pos + 8])
    if not m and "(" in text[pos:pos + 3]:   # "Nguyễn Văn A (bên trái), Bí thư …": a photo's position note (round 59)
        m = _POSITION_SEP.match(text[pos:pos + 40])
    if not m and not joined:
        return ""
    a = pos + m.end() if m else pos + len(text[pos:pos + 8]) - len(text[pos:pos + 8].lstrip(" \t"))   # (joined: no comma)
    rest = text[a: a + 240]
    cut = _title_end(rest)
    if cut is not None and rest[cut] == "." and rest[cut - 1:cut] in ("T", "P", "p") and _ABBREV_DOT.search(rest):
        rest = _ABBREV_DOT.sub("\\1\\2\u2064", rest)   # "Ủy viên T.Ư Đảng …", "… Sở Công Thương TP.HCM": through the dot
        cut = _title_end(rest)
    if cut is not None:
        rest = rest[:cut]
    rest = _glue_departments(rest, None if folded is None else folded[a:a + len(rest)])
    parts = _title_parts(rest)
    kept: list[str] = []
    for part in parts:
        part = part.strip()
        if not part or not is_title_start(fold(_unglue(part[:_START_REACH]))) or part[:6].lower() == _SURNAME_NOT_FORMER:
            break   # ("Chu Văn An, Nguyễn Trãi, …": a list of names; "Nguyễn" folds as "nguyên", former: former_title)   # (unglued: "Chánh Văn phòng Tỉnh ủy" holds an office's name glued as one word from "Văn")
        words = part.split()
        keep: list[str] = []
        stopped = False
        skip = 0
        for i, w in enumerate(words):
            if i < skip:
                continue   # a compound's words, kept
            bare = w.strip("\"'“”")
            if bare.endswith(("-", "–")) and len(bare) > 1 and i + 1 < len(words):
                # a dash glued to the title's last word closes it: "Phó Thủ tướng Chính phủ- đã chủ trì"
                w, bare, words = bare[:-1], bare[:-1], words[:i + 1]
            c = bare[:1]
            if not keep and not kept and bare in _FORMER and i + 1 < len(words) and words[i + 1] not in _FORMER and \
                    is_title_start(fold(_unglue(" ".join(words[i + 1:i + 4])))):
                keep.append(w)   # "…, nguyên Bí thư Tỉnh ủy": a former holder's title opens small (former_title)
                continue
            if c.isupper() or c.isdigit() or "\u2060" in bare or \
                    (_title_word(bare) and (bare.lower() not in _IN_CONTEXT
                                            or _in_context(bare, keep, words[i + 1] if i + 1 < len(words) else ""))):
                keep.append(w)
            else:
                through = None if bare.lower() not in COMPOUND_SYLLABLES else \
                    compound_at(_unglue(" ".join(keep[-MAX_SYLLABLES:])).split(),
                                [x.strip("\"'“”") for x in words[i:i + MAX_SYLLABLES]])
                if through is not None and through[1]:   # "… Đảng Cộng sản Việt Nam" (title_compounds)
                    keep.extend(words[i:i + through[1]])
                    skip = i + through[1]
                    continue
                if through is not None:   # "… Tỉnh ủy chỉ đạo": a verb, the title ends before it
                    keep = _unglue(" ".join(keep)).split()[:-through[0]]
                else:
                    keep.extend(place_tail(keep, words[i:], is_place))   # "… Thành ủy Vũng tàu" (people_places)
                stopped = True
                break
        if keep:
            kept.append(" ".join(keep))
        if stopped:
            break
    return _unglue(", ".join(kept))


# A department's name inside a title is read as one word ("Sở Văn hóa, Thể thao và Du lịch"):
# its spaces, commas and dashes stand as invisible characters while the title is cut, then
# come back.
# the first letters of an office's noun (people_offices.OFFICE_NOUNS): most titles hold none
_OFFICE_HINTS = ("Sở", "Bộ", "Ban", "Cục", "Vụ", "Viện", "Phòng", "Hội", "Hiệp", "Liên", "Ủy", "Uỷ", "Trung", "Văn", "ban", "phòng")
# ... found by one search of their alternation, not sixteen `in` tests through a generator (the same
# answer: some hint stands in the text exactly where the alternation finds one; tests/test_prefilters_stages.py)
_OFFICE_HINT_RE = re.compile("|".join(map(re.escape, _OFFICE_HINTS)))
_GLUE = str.maketrans({" ": "\u2060", ",": "\u2061", "-": "\u2062", "–": "\u2063"})
_UNGLUE = str.maketrans({"\u2060": " ", "\u2061": ",", "\u2062": "-", "\u2063": "–", "\u2064": "."})
# central_abbrev (round 56, late56b): "T.Ư" / "T.W" (Trung ương, the Party's Central Committee) inside a title is
# one word, its dot no end of the title: "Ủy viên T.Ư Đảng Nhân dân A, Chủ tịch …" (the base: "Ủy viên T"). Its dot
# stands as an invisible character while the title is cut, then comes back. "TƯ", "TW" hold no dot: read as before.
# city_abbrev (round 56, the lead): the same for "TP." glued to its city's name ("Phó Giám đốc Sở Công Thương TP.HCM",
# "… TP. Hồ Chí Minh": the base cut "… Sở Công Thương TP"; "TP" names a city after it, it ends no sentence).
_ABBREV_DOT = re.compile(r"(?<!\w)(T)\.(?=[ƯưW](?!\w))|(?<!\w)(T[Pp])\.(?= ?[A-ZĐ])")


def _unglue(title: str) -> str:
    """``title.translate(_UNGLUE)``, done only where an invisible character stands: on text
    that is not ASCII, translate with a table asks it for every character and CPython raises
    and clears a KeyError for each one missing (a fifth of a title's cost), while most
    titles hold no department's name."""
    if "\u2060" in title or "\u2061" in title or "\u2062" in title or "\u2063" in title or "\u2064" in title:
        return title.translate(_UNGLUE)
    return title


def _glue_departments(rest: str, folded: str | None = None) -> str:
    """``rest`` with each office's name glued into one word: the departments' names of
    ``vocab.DEPARTMENT_RE`` and the names an office's noun starts (:mod:`.people_offices`).
    ``folded``: ``fold(rest)``, if the caller has it (the page's fold, sliced)."""
    spans = office_names(rest) if _OFFICE_HINT_RE.search(rest) is not None else []
    if folded is None:
        folded = fold(rest)
    if len(folded) == len(rest):
        spans += [m.span() for m in DEPARTMENT_RE.finditer(folded)] + unit_names(folded)   # "Quân khu 1" (people_units)
    for start, end in spans:   # the glue keeps every length: the spans stay where they are
        rest = rest[:start] + rest[start:end].translate(_GLUE) + rest[end:]
    return rest


def find_people(text: str, is_place=None, folded: str | None = None) -> list[Person]:
    """People in ``text`` (blanked boilerplate is fine), in order, one per name.

    ``is_place(name) -> bool`` rejects names that are places ("Thái Bình"). ``folded``: the
    text's fast fold (``scan.fold_page`` of its page, blanked as the text is), used where it
    is ``fold(text)`` exactly (the text all in the one-byte code); else the text is folded.
    """
    found: dict[str, Person] = {}
    order: list[str] = []
    shaped = shape(text, _SHAPE)
    # the page's fold where it is fold(text) character for character (the text all in the
    # one-byte code): the titles' windows are sliced from it, not folded again one by one
    exact = folded if folded is not None and len(folded) == len(text) and folds_exactly(text) else None
    for m in _NAME_RE.finditer(text) if shaped is None else _NAME_SHAPE_RE.finditer(shaped):
        start, stop = m.span()
        name = text[start:stop]
        words = name.split()
        first = words[0].lower()
        # cheap tests first: most capitalised runs are not names. "honorific" (đồng chí,
        # ông, bà just before) is looked for only where the answer matters
        honorific: bool | None = None
        if first in _HONORIFIC_WORDS and len(words) >= 3 and (local := words[1].lower() in SURNAMES
                                                              or _title_after(text, stop, exact, is_place) != ""):
            # "Ông Lục Văn Bình, …" opening a sentence: the honorific, written with its capital; a foreign
            # name too when a title follows ("Ông Sổm Xay Phăn, Tỉnh trưởng …": round 59, the lead)
            start += name.index(words[1], len(words[0]))
            words, first, honorific = words[1:], words[1].lower(), True
            if local and len(words) == 3 and (more := _NEXT_WORD.match(text, stop)) is not None:   # "Bà Nguyễn Thị Ánh Hoa, …":
                words, stop = words + [more.group(1)], more.end()   # the honorific took one of the run's four words
        if len(words) == 4 and first not in SURNAMES and text[stop:stop + 1] == " " and _honorific_before(text, start):
            # a Lao name of five or six syllables after its honorific, then its title:
            ext, more_words = stop, words   # "đồng chí Phăn Ta Thon Vông Sả, Tỉnh ủy viên, …" (round 59, the lead)
            for _ in range(2):
                if (more := _NEXT_WORD.match(text, ext)) is None:
                    break
                ext, more_words = more.end(), more_words + [more.group(1)]
                if _title_after(text, ext, exact, is_place):
                    stop, words = ext, more_words
                    break
        if first in NOT_NAME_START and not (first == "đoàn" and len(words) >= 3 and words[1] in DOAN_MIDDLE_NAMES):
            continue
        if first not in SURNAMES or not (_boundary_before(text, start) or _degree_before(text, start)):
            honorific = _honorific_before(text, start)
            if not honorific:
                continue
        joined = False   # "đ/c Lò Văn Minh Trưởng đoàn …": the name ends before its title, no comma (name_before_title)
        if len(words) >= 3 and not HEAD_WORDS.isdisjoint(words[2:]):
            stop, kept = name_before_title(text, start, stop, words)
            joined, words = len(kept) < len(words), kept
        title = _title_after(text, stop, exact, is_place, joined)
        if not title or (is_place is not None and is_place(name)):
            if honorific is None:
                honorific = _honorific_before(text, start)
            if not honorific:
                continue  # no title, or a place ("Thái Bình"), and no honorific
        name = " ".join(words)
        if name in found:
            if len(title) > len(found[name].title):
                found[name].title = title
            continue
        found[name] = Person(name, title, start, stop)
        order.append(name)
    # ... and the third form: a name after its title ("Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung")
    if exact is not None:
        folded = exact
    elif folded is None or len(folded) != len(text) or not folds_exactly(text):
        folded = fold(text)
    if len(folded) == len(text):
        titled = titled_people(text, folded, is_place)
        for name, title, _s, _e in titled:   # a name read untitled after its honorific, titled elsewhere (round 60)
            if name in found and not found[name].title:
                found[name].title = title
        extra = [t for t in titled if t[0] not in found]
        for name, title, s, e in extra:
            if name not in found:
                found[name] = Person(name, title, s, e)
        if extra:
            order = sorted(found, key=lambda n: found[n].start)
    return _without_cut_names([found[n] for n in order if n.lower() not in CONTINENTS])


#: Continents and world regions written as two capitalised words after a title, the first a family name ("Ủy viên
#: phụ trách quốc tế Châu Âu của vùng": Europe, no one; round 62). Compared in lower case.
CONTINENTS = frozenset(w.lower() for w in ("Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Châu Úc", "Châu Đại Dương",
                                            "Châu Á Thái Bình Dương", "Bắc Mỹ", "Nam Mỹ", "Mỹ Latinh", "Đông Nam Á",
                                            "Trung Đông"))


def _without_cut_names(people: list[Person]) -> list[Person]:
    """Without a name cut short where another person's name on the page goes on from it, a word or a hyphen on
    (round 60): "Nguyễn Hải" where a page's excerpt ends mid-name and "Nguyễn Hải Ninh" is read earlier, "Pon Pết
    Khiu La" after an honorific where the lead gives the guest "Pon Pết Khiu La Vông", "Kim Hyun" for "Kim
    Hyun-gon": the same person, kept once by the longer name, with the longer of the two titles."""
    if len(people) < 2:
        return people
    kept = []
    for p in people:
        longer = next((q for q in people if len(q.name) > len(p.name) and q.name.startswith(p.name)
                       and q.name[len(p.name)] in " -"), None)
        if longer is None:
            kept.append(p)
        elif len(p.title) > len(longer.title):
            longer.title = p.title
    return kept
