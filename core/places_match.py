"""How place names are found in running text (used by :mod:`hoptac.core.places`).

Matching works on ``fold(text)`` (lower case, no accents, đ→d, same length as the text,
so every offset found there is an offset in the original). A mention is an optional
*level word* followed by a *name* of the gazetteer; between the syllables of a name a
space, a hyphen, a dash or an apostrophe may stand ("Xa-va-na-khệt" = "Xa va na khệt",
"Bà Rịa - Vũng Tàu" = "Bà Rịa Vũng Tàu", "Đắk R'Lấp").

Level words
-----------

===========================  =====================  ==================================
written (any case)           means (``level_word``)  example
===========================  =====================  ==================================
tỉnh                         tỉnh                    tỉnh Lào Cai
Tỉnh ủy / Tỉnh uỷ            tỉnh                    Tỉnh ủy Yên Bái (the party committee)
khu tự trị (dân tộc Choang)  tỉnh                    Khu tự trị dân tộc Choang Quảng Tây
thành phố, TP, TP., T.P.     thành phố               thành phố Lào Cai, TP.HCM, TP Yên Bái,
                                                     TP. Hồ Chí Minh, TP.Việt Trì
Thành ủy / Thành uỷ          thành phố               Thành ủy Lào Cai (city committee)
thủ đô                       thành phố               Thủ đô Hà Nội, thủ đô Viêng Chăn
thị xã, TX, TX.              thị xã                  thị xã Sa Pa
Thị ủy                       thị xã                  Thị ủy Nghĩa Lộ
huyện, Huyện ủy              huyện                   huyện Bảo Yên
quận, Q., Quận ủy            quận                    quận Hoàn Kiếm, Q.1
thị trấn                     thị trấn                thị trấn Sa Pa
xã                           xã                      xã Quảng Đông, xã Đồng Đăng
phường                       phường                  phường Sa Pa
đặc khu                      đặc khu                 đặc khu Phú Quốc (2025)
vùng, bang                   vùng, bang              vùng Occitanie (foreign regions)
===========================  =====================  ==================================

"UBND tỉnh X", "HĐND thành phố X" need nothing special: the mention starts at the level
word. In a text written with accents the full words must carry them ("quan" in "cơ quan",
"Hải quan" is not quận; "xa" = far is not xã); TP, TX and Q. are accepted everywhere, and in
a text written entirely without accents "tinh", "huyen", ... count as level words.

When is a name a place?
-----------------------

* After a level word: every name of the gazetteer that starts with a capital letter or a
  digit ("huyện Bảo Yên", "quận 1"; not "hai tỉnh thống nhất", "tỉnh chú trọng"). In a text
  with no capital letter at all, lower-case names count too ("tinh lao cai").
  After xã, phường, thị trấn or đặc khu: a district of that name ("phường Sa Pa", the
  2025 ward, lies in the old thị xã Sa Pa), then the communes of 2025 of that name (from a
  dictionary: "xã Long Thành" is also Vĩnh Long's, which came from Trà Vinh; the province
  the article names decides), else a commune of 2025 alone ("xã Đồng Đăng", "xã Long An" of
  Tây Ninh), and a commune's longer name wins ("phường Quy Nhơn Nam", not thành phố Quy
  Nhơn); never a province. Commune names are found only there.
* Without a level word ("bare"), only province-level names (the 63 provinces, Hà Tây,
  their aliases such as TP.HCM, Sài Gòn, Huế, and the foreign partners), and only when
  - the name starts with a capital letter ("Hòa Bình", "Lào cai", "LÀO CAI"; not "hòa
    bình" = peace); names that are also common words (Hòa Bình, Thái Bình, Hải Dương, Phú
    Thọ, ...) need a capital on every syllable ("Hòa bình là ..." is not a place);
  - the word before it is not a capitalised word of the same run of names: "Hoàng Hà
    Giang", "Nguyễn Thái Bình" are people. Exceptions: an abbreviation (UBND, BĐBP), a word
    that begins a sentence ("Tại Lào Cai"), and words that head names of bodies (Báo, Sở,
    Đài, Cổng, Công Thương, Cục, Ban, Hội, Đoàn, Bộ, Trường, ...: "Báo Lào Cai"; a religious
    body's name's end: "Hội Thánh Tin Lành Huế"). A surname or middle name always blocks, even at sentence start;
  - the word before it is not a form of address ("ông", "bà", "anh", "chị", "đồng chí",
    ...: "chị Huế" is a person);
  - it is not the head of a longer fixed phrase ("Thái Bình Dương", the Pacific);
  - a name refused here keeps its words to itself ("Bắc Hà" gives no "Hà ..."), unless it
    begins with a level word written with its accents ("Tỉnh Tây Ninh" is not the Chinese
    city Tĩnh Tây followed by "Ninh");
  - a one-word name written with accents has the accents of the name ("Huệ", a given
    name, folds like "Huế" but is not the city; "Hue" without accents is).
  A foreign region ending an institution's name before its own country is that region
  ("Bệnh viện Đông Y Vân Nam, Trung Quốc": :func:`~hoptac.core.places_bare.region_before_country`).
  Some names are never taken bare: "Hồ Chí Minh" (the president, the trail, the
  youth union: the city is "TP. Hồ Chí Minh" or "TP.HCM"), "Kép" (Cambodian Kep is only
  "tỉnh Kép": Kép is also a place in Bắc Giang), and the foreign names that need a level
  word or their country (ISO-only names such as "Gunma", "Cebu", "Trang", "Nan"; Chinese
  names such as "Thanh Hải", "An Huy"; see :mod:`hoptac.core.places_foreign`).
* Lists: after a mention with thành phố, thị xã, huyện or quận, the next names joined by
  ",", ";", "-", "và", "cùng", "hoặc", "với" keep that level when a place of that level
  bears the name: "huyện Bảo Yên, Văn Yên và Bát Xát" gives three huyện, "hai thành phố
  Lào Cai và Yên Bái" two cities (``level_word`` is then the inherited one, and the
  mention starts at the name). Otherwise a district name alone is not matched: bare
  "Bắc Hà", "Vinh", "Hạ Long" are not places here -- but in brackets right after a
  commune's name it is that commune's district ("xã Tam Thanh (Phú Ninh)"):
  :mod:`hoptac.core.places_written`.
* Country names alone (Lào, Campuchia, Trung Quốc) are not partners and are not matched.
* A country written after a name decides which country's place it is, and names the
  gazetteer does not know are found before a foreign country: see
  :mod:`hoptac.core.places_foreign`. "(Việt Nam)" licenses a Vietnamese name with its own
  marks only ("Thanh Phú (Việt Nam)" is no huyện Thạnh Phú), and no country licenses a name after a surname
  or "ông" (``places_bare.country_licensed``); "châu" + a Chinese prefecture, China named: ``places_prefectures``.

Speed: the text is folded once (:func:`~hoptac.core.scan.fast_fold`), the names regex (a trie of all
folded names, compiled once) is tried only at capitalised words, and the level word is read backwards
from the name. The text should be NFC, as :func:`hoptac.core.extract.decode.decode` returns it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from .place_levels import (_ABBREVIATIONS, _ACCENTED, _AFTER_LEVEL, _LEVEL_RE, _SP, _WORD,
                           COMMUNE_LEVELS, LEVEL_WORDS, key_of, level_written, normalise_level, split_level)
from .rxcache import compile as rx_compile, derived as rx_derived
from .capitals import capitals as capital_table
from .scan import VI_LETTERS, fast_fold, shape, trie_regex
from .places_bare import NOT_AFTER_LEVEL, _bare_ok, country_licensed, region_before_country, same_marks
from .places_written import address_after, bracketed_district_level, commune_marks, name_goes_on as _name_goes_on, not_at_level
from .places_institutions import church_district_level, school_city_level
from .places_communes import LIST_GLUE as _LIST_GLUE, commune_at, commune_lists
from .places_numbered import numbered_districts
from .places_bare_lists import bare_district_lists
from .places_prefectures import prefectures
from .text import fold, nfc

VIETNAM = "Việt Nam"

__all__ = ["LEVEL_WORDS", "COMMUNE_LEVELS", "Matcher", "key_of", "normalise_level", "split_level"]

# Between the syllables of a name.
# (one character class: the names regex, with it at every space of 1,800 names, compiles in
# half the time of an alternation of blanks-dash-blanks and blanks)
_SEP = r"[ \t\u00a0'\u2019\u2010-\u2014-]+"

# Levels passed on to the next items of a list ("huyện Bảo Yên, Văn Yên"); "tỉnh" and "bang" for the
# foreign names that need a level word (round 19: "hai tỉnh Quảng Ninh và Hokkaido", "bang Sachsen và
# Thüringen"; a bare Vietnamese province was found either way).
_LIST_LEVELS = frozenset({"thành phố", "thị xã", "huyện", "quận", "tỉnh", "bang"})
_PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố"})
# before a commune's name (folded): the cheap test, then the level word (round 54, township_commune: "thị trấn Lao Bảo")
_COMMUNE_BEFORE = ("xa ", "phuong ", "dac khu ", "thi tran ")


@functools.cache  # asked four times at start-up: one walk over the 7,900 code points
def _upper_class() -> str:
    chars = [chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and fold(chr(c)).isascii()
             and fold(chr(c)).isalpha()]
    return "[" + re.escape("".join(chars)) + "]"


# The level words as folded phrases, for a regex read backwards from a name's first letter.
_LEVEL_PHRASES = [k for k in LEVEL_WORDS if k not in _ABBREVIATIONS] + [
    "tp", "tp.", "tp .", "t.p", "t.p.", "tx", "tx.", "t.x.", "q.", "h."]
_LEVEL_BEFORE = re.compile(
    r"(?:[ \t\u00a0]+|[ \t\u00a0]*(?=\.))(?P<lvl>"
    + trie_regex((p[::-1] for p in _LEVEL_PHRASES), sep=_SP) + r")(?!\w)")
_LEVEL_THEN_NAME = re.compile(rf"(?<!\w)(?:{_LEVEL_RE}){_AFTER_LEVEL}")
_QUAN_NUMBER = re.compile(rf"q(?:uan|\.){_AFTER_LEVEL}(?=\d)")  # starts with a literal: fast
_UPPER = re.compile(_upper_class())
_ACCENT = re.compile("[" + "".join(VI_LETTERS) + "]")
# a word that starts with a capital, not preceded by a word character, with the rest of
# its word (the first syllable of a name must be one the gazetteer's names begin with, see
# Matcher.find); the class first: the engine skips to capitals
_UPPER_START = re.compile(_upper_class() + r"(?<!\w.)\w*")
# ... the same on the text's shape (scan.shape): "A" a capital, "a" another word character
_SHAPE_WORD = re.compile(rb"A(?<![Aa].)[Aa]*")


_FIRST_WORD = re.compile(r"\w+")
# The title of a foreign unit's leader right before a name the gazetteer knows only with a level
# word or its country: that foreign region ("Thống đốc Okinawa", "Phó Thị trưởng Daegu",
# "Tỉnh trưởng Gyeonggi"; Vietnamese leaders bear none of these titles)
_FOREIGN_TITLE_BEFORE = re.compile(r"(?<!\w)(thong doc|thi truong|tinh truong|do truong)\s+$")
_TITLE_LEVELS = ("tỉnh", "bang", "vùng", "thành phố")  # the mayor's ("thị trưởng"): the other way round


def _names_trie(source: str) -> str:
    """The names regex's body: ``source`` is the separator, NUL, then the names one a line
    (what it depends on is all in ``source``, so that rxcache can keep the result)."""
    sep, keys = source.split("\0", 1)
    return trie_regex(keys.split("\n"), sep=sep)



class Matcher:
    """Finds mentions. ``lookup(key, level)`` gives the candidates of a name (empty: not a
    place at that level); ``has_level(key, level)`` tells whether a place of that level
    bears the name.

    Names start with a capital letter (or a digit: quận 1), so the text is scanned for
    capitals, and at each the name regex is tried; a level word is then looked for just
    before the name, by a regex run on the reversed text.
    """

    def __init__(self, keys: Iterable[str], bare_keys: set[str], accents: dict[str, frozenset[str]],
                 lookup: Callable[[str, str | None], tuple], has_level: Callable[[str, str], bool],
                 countries: dict[str, str] | None = None,
                 in_country: Callable[[str, str | None, str], tuple] | None = None,
                 foreign_keys: set[str] | None = None, communes: dict[str, tuple] | None = None):
        keys = set(keys)
        countries = dict(countries or {})
        countries.setdefault(VIETNAM, VIETNAM)
        # foreign country names share the names regex: where one is found after a glue, a
        # foreign place may stand before it ("huyện Yeoncheon (Hàn Quốc)")
        self._country_keys = {key_of(fold(nfc(n))) for n, c in countries.items() if c != VIETNAM} - keys
        names = rx_derived(_SEP + "\0" + "\n".join(sorted(keys | self._country_keys)), _names_trie, trie_regex)
        self._name = rx_compile(rf"(?:{names})(?!\w)")
        self._keys = keys
        self._bare = bare_keys
        self._accents = accents
        self._lookup = lookup
        self._has_level = has_level
        from .places_foreign import Foreign  # it imports this module's helpers
        self._foreign = Foreign(countries, in_country)
        self._foreign_keys = foreign_keys or set()  # names some foreign place bears
        self._communes = communes or {}  # folded name -> communes of 2025
        # the names a commune's name of 2025 begins with ("quy nhon" of "quy nhon nam")
        self._commune_heads = {" ".join(k.split()[:i]) for k in self._communes for i in range(1, k.count(" ") + 1)}
        # the first run of word characters of every name the names regex knows ("tp" of
        # "tp.hcm", "xa" of "xa-va-na-khet"): a capitalised word that is none of them starts
        # no name, and the regex is not tried there (most capitals: people, sentence starts)
        self._first_words = {_FIRST_WORD.match(k).group() for k in keys | self._country_keys if _FIRST_WORD.match(k)}

    def _commune_at(self, text: str, folded: str, ns: int, accented: bool):
        return commune_at(text, folded, ns, accented, self._communes)   # (places_communes)

    def find(self, text: str, folded: str | None = None) -> list[tuple[int, int, int, str | None, tuple]]:
        """(start, end, name_start, level_word, candidates) of each mention, in order."""
        if folded is None:
            folded = fast_fold(text)
        n = len(text)
        accented = _ACCENT.search(text) is not None  # written with Vietnamese accents
        # capitalised words whose first run of letters begins some name (or that follow
        # xã, phường, đặc khu: a commune's name of 2025); the names regex is tried there only
        fw = self._first_words
        shaped = shape(text)  # "A" a capital, "a" another word character (None: unsure)
        if shaped is not None:
            capitals = shaped.count(b"A", 0, 2000)
            lower_text = not capitals and b"A" not in shaped
            table = capital_table(text, folded, shaped)  # found once for the places and the people
            starts = table.starts_of_or_after(fw, folded, _COMMUNE_BEFORE)
        else:
            capitals = len(_UPPER.findall(text, 0, 2000))
            # a capital not preceded by a word character (one inside a word, "UBND",
            # starts no name), with the rest of its word
            words = _UPPER_START.finditer(text)
            # no capitals at all: names are lower-case too
            lower_text = not capitals and _UPPER.search(text, 2000) is None
            starts = [w.start() for w in words if folded[w.start():w.end()] in fw
                      or folded.endswith(_COMMUNE_BEFORE, 0, w.start())]
        extra = [m.end() for m in _QUAN_NUMBER.finditer(folded)
                 if not m.start() or not folded[m.start() - 1].isalnum()]
        numbered = numbered_districts(folded)   # "các quận 1, 3 và 5" (places_numbered)
        listed = bare_district_lists(text, folded, self._name.match, lambda k: k if k in self._keys else key_of(k),
                                     self._bare.__contains__, self._lookup, same_marks,
                                     accented)   # "3 địa phương A, B và C" (places_bare_lists)
        extra += numbered
        if lower_text:
            extra += [m.end() for m in _LEVEL_THEN_NAME.finditer(folded)]
        if extra:  # (the capitalised words follow no word character: these may)
            extra = [e for e in extra if not (e and (folded[e - 1].isalnum() or folded[e - 1] == "_"))]
            starts = sorted(set(starts).union(extra))
        rev = None
        out: list = []
        last_end = 0
        prev_level: str | None = None  # level word of the previous mention, for lists
        prev_end = -1
        cues: list[int] = []  # where foreign country names start
        cue_keys: set[str] = set()  # ... and their names (folded keys)
        refused: list[tuple[int, int, str]] = []  # foreign names alone, not taken
        match = self._name.match
        for ns in starts:
            if ns < last_end:
                continue
            m = match(folded, ns)
            if m is None and folded.startswith("st.", ns):   # "St. Petersburg": the abbreviation's dot, a space
                m = match(folded[:ns + 2] + " " + folded[ns + 3:], ns)
            if m is None:
                if self._communes and folded.endswith(_COMMUNE_BEFORE, 0, ns) and \
                        (found := self._commune_at(text, folded, ns, accented)):
                    out.append(found)
                    last_end = found[1]
                continue
            ne = m.end()
            if text.startswith("-", ne) and text[ne + 1:ne + 2].islower():
                last_end = ne
                continue   # "bang Ba-vi-a": a longer name spelt out syllable by syllable, not Ba Vì
            key = m.group()
            if key not in self._keys:
                key = key_of(key)  # "xa-va-na-khet" -> "xa va na khet"
                if key in self._country_keys:
                    if self._communes and folded.endswith(_COMMUNE_BEFORE, 0, ns) and \
                            (found := self._commune_at(text, folded, ns, accented)):
                        out.append(found)   # "xã Lao Bảo", "thị trấn Lao Bảo": a commune's name, not Lào
                        last_end = found[1]
                        continue
                    cues.append(ns)  # a country, not a place
                    cue_keys.add(key)
                    continue
            # the level word before the name
            level = None
            start = ns
            if ns:
                if rev is None:
                    rev = folded[::-1]
                lm = _LEVEL_BEFORE.match(rev, n - ns)
                if lm:
                    rs, re_ = lm.span("lvl")
                    ls, le = n - re_, n - rs
                    level = level_written(folded[ls:le], text[ls:le] if accented else None)
                    if level:
                        start = ls
            if level is None and ns in numbered and self._has_level(key, "quận"):
                level = "quận"
            if level is None:
                if key in self._bare:
                    ok = _bare_ok(text, folded, ns, ne, key)
                    if not ok and key in self._foreign_keys and (found := region_before_country(text, ns, ne, key,
                                                                                               self._foreign)):
                        out.append((ns, ne, ns, None, found))   # "Bệnh viện Đông Y Hồ Nam (Trung Quốc)" (places_bare)
                        last_end, prev_level, prev_end = ne, None, ne
                        continue
                    if not ok or (
                            key in self._accents and not text[ns:ne].isascii()
                            and text[ns:ne].lower() not in self._accents[key]) or (accented and key in self._communes
                            and commune_marks(text[ns:ne], self._lookup(key, None), self._communes[key])):
                        last_end = ne
                        continue
                    if (prev_level in _LIST_LEVELS and self._has_level(key, prev_level)
                            and _LIST_GLUE.fullmatch(folded, prev_end, ns) and not (out and address_after(out[-1][4], key))
                            and (not accented or any(c.level == prev_level and same_marks(text[ns:ne], c.name)
                                                     for c in self._lookup(key, prev_level)))):
                        # "thành phố Lào Cai và Yên Bái"; not "huyện Lệ Thủy, Quảng Bình" (huyện Quang Bình
                        # is Hà Giang's: the province, written with its own marks, is the address)
                        level = prev_level
                elif (prev_level in _LIST_LEVELS and text[ns].isupper()
                      and _LIST_GLUE.fullmatch(folded, prev_end, ns) and self._has_level(key, prev_level)):
                    level = prev_level  # "huyện Bảo Yên, Văn Yên"
                elif ns in listed and listed[ns][0] == ne:
                    last_end = ne   # "3 địa phương Duy Xuyên, Điện Bàn và Hội An" (places_bare_lists)
                    out.append((ns, ne, ns, listed[ns][1], listed[ns][2]))   # the level as a list's
                    prev_level, prev_end = None, ne
                    continue
                elif text[ns].isupper() and (lv := bracketed_district_level(text, folded, ns, key, accented,
                                                                           self._has_level)
                                               or school_city_level(text, folded, ns, key, self._has_level)
                                               or church_district_level(text, folded, ns, ne, key, self._lookup)):
                    level = lv  # "xã Tam Thanh (Phú Ninh)" (places_written); "Trường Đại học Vinh", "giáo hạt A" (places_institutions)
                else:
                    country = self._foreign.country_at(text, ne)
                    found = country_licensed(text, ns, ne, self._foreign.in_country(key, None, country),
                                             accented) if country else ()   # not "Tân Thanh (Việt Nam)", "ông Lý Văn Sơn (…)"
                    if found and text[ns].isupper():
                        last_end = ne  # "Gunma (Nhật Bản)", "Hà Nam (Trung Quốc)"
                        out.append((ns, ne, ns, None, found))
                        prev_level, prev_end = None, ne
                        continue
                    if key in self._foreign_keys and text[ns].isupper():
                        refused.append((ns, ne, key))   # "Sakai" alone: maybe beside its partner (places_paired)
                    titled = _FOREIGN_TITLE_BEFORE.search(folded, max(0, ns - 16), ns) \
                        if key in self._foreign_keys and text[ns].isupper() else None
                    if titled is not None:  # "Thống đốc Okinawa", "Thị trưởng Daegu": a foreign leader's unit
                        levels = _TITLE_LEVELS[::-1] if titled.group(1) == "thi truong" else _TITLE_LEVELS
                        found = next((f for f in (tuple(c for c in self._lookup(key, lvl) if c.country != VIETNAM)
                                                  for lvl in levels) if f), ())
                        if found:
                            last_end = ne
                            out.append((ns, ne, ns, None, found))
                            prev_level, prev_end = None, ne
                            continue
                    if not (accented and _WORD.match(text, ns).group().lower() in _ACCENTED):
                        last_end = ne  # a district alone ("Bắc Hà") keeps its words to itself
                    continue  # ... but "Tỉnh Tây Ninh" is not Tĩnh Tây followed by "Ninh"
            elif not (text[ns].isupper() or text[ns].isdigit() or lower_text):
                continue  # "hai tỉnh thống nhất", "tỉnh chú trọng": not names
            elif level in NOT_AFTER_LEVEL and key in NOT_AFTER_LEVEL[level]:
                last_end = ne
                continue  # "vùng Duyên hải Nam Trung Bộ": the coast
            cands = self._lookup(key, level)
            if accented and level and level not in COMMUNE_LEVELS and not_at_level(text[ns:ne], key, level, cands,
                                                                         self._has_level):
                continue  # "Tỉnh Đoàn Hưng Yên": the union, then Hưng Yên (places_written)
            last_end = ne
            if key in self._foreign_keys or (level is not None and level not in _PROVINCE_LEVELS):
                country = self._foreign.country_at(text, ne)  # "Hà Nam (Trung Quốc)", "huyện X (Lào)"
                if country is not None:
                    cands = self._foreign.with_country(text, ns, ne, key, level, cands, country)
            if level in COMMUNE_LEVELS and self._communes:
                # "xã Long An" of Tây Ninh; "phường Quy Nhơn Nam" (longer than thành phố Quy Nhơn)
                if not cands or key in self._commune_heads:
                    found = self._commune_at(text, folded, ns, accented)
                    if found and (not cands or found[1] > ne):
                        out.append(found)
                        last_end = found[1]
                        continue
                if _name_goes_on(text, ne):
                    continue   # "xã Tân Khánh Hòa": a longer name, not "xã Tân Khánh" of another province
                more = self._communes.get(key) if cands else None
                if more:  # "xã Long Thành" is also the commune of 2025 of Vĩnh Long, after the district's
                    cands = tuple(cands) + tuple(c for c in more if c not in cands)
            if not cands or (level is not None and accented and text[ns:ne].isascii()
                             and not any(c.name.isascii() for c in cands) and _name_goes_on(text, ne)):
                continue   # "thành phố Chu Hải" in an accented page: a longer name, not Bắc Giang's Chũ
            prev_level, prev_end = level, ne
            out.append((start, ne, ns, level, cands))
        if self._communes and (any(o[3] in COMMUNE_LEVELS for o in out) or "xa: " in folded or "phuong: " in folded):
            out = commune_lists(text, folded, out, self._communes, accented)   # "xã A, B và C" (places_communes)
        if refused:   # "Cục Thủy vụ Châu Văn Sơn" on a page naming China (places_prefectures)
            out, refused = prefectures(text, folded, out, refused, cue_keys, self._lookup)
        out = self._foreign.add_unknown(text, out, cues)
        return self._foreign.paired(text, out, cue_keys, refused) if refused and cue_keys else out
