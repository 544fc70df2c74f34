"""Foreign places in running text: what the country written after a name tells (used by
:class:`hoptac.core.places_match.Matcher`).

Foreign places
--------------

A country written right after a name, in parentheses or after a comma, a dash or "của" ("(Lào)",
", Cộng hòa Pháp", "- Trung Quốc", "thành phố Gimje của Hàn Quốc"; not "Lào Cai": no capital
may follow), decides:

===========================================  ==========================================
written                                      found
===========================================  ==========================================
a name of that country                       only that country's places: "tỉnh Hà Nam
                                             (Trung Quốc)" is Henan, "tỉnh Hà Nam" is Hà Nam
a name that needs a cue, without level word  accepted: "Gunma (Nhật Bản)"; bare "Gunma" is not
a Vietnamese district, commune or city name  a place abroad of that name: "huyện Phú Ninh -
after a level word, before a foreign country Trung Quốc" (not "tỉnh Quảng Ninh - Trung Quốc":
                                             a pair)
a level word and capitalised words the       a place of that country: "huyện Yeoncheon (Hàn
gazetteer does not know, before a country    Quốc)", "thành phố Ulyanovsk, Liên bang Nga"
... a province-level one that sounds like a  that region: "tỉnh Ka-ga-oa (Nhật Bản)" is
region of that country (the sound key)       Kagawa, "tỉnh Hi-rô-si-ma (Nhật Bản)" Hiroshima
... or before a foreign province (after ",", a place of its country: "châu Văn Sơn (tỉnh Vân
"(", "thuộc", or a blank and the level word) Nam, Trung Quốc)", "huyện Peam Ro thuộc tỉnh
                                             Prey Veng", "huyện Kanh Chriêch tỉnh Prey Veng"
===========================================  ==========================================

The sound key (:func:`sound_key`) compares a Vietnamese transliteration with the ISO name:
letters only, folded, then the spellings of one sound made alike (sh/x -> s, ph -> f,
c/k/q -> k, ch/j -> j, w -> o, y -> i, z -> d; doubled letters once): "Ka-ga-oa" and
"Kagawa" -> "kagaoa". It is used only for a name with a province-level word (or none)
followed by its country, and only among that country's regions. A spelling no region's sound
matches but one region's is a letter away from (a sound of five letters or more: "tỉnh Át-tạ-pơ
(Lào)", "atapo", is Attapeu's "atapu") is that region; two regions that near ("Hobei": Hubei and
Hebei) name neither (:func:`near_sound`).

A foreign place found so (or a foreign region of two syllables or more named with its
level word or country) is the same place where its name stands alone, written with the
same accents: "tỉnh Sơn Đông (Trung Quốc)" in the body makes the headline's "TP.HCM - Sơn
Đông" a pair with Shandong ("Sơn Đông" alone is no place: huyện Sơn Động is Vietnamese). Without
its level word it must stand as a bare name does (:func:`hoptac.core.places_bare._bare_ok`):
"châu Văn Sơn, tỉnh Vân Nam" does not make "Nguyễn Văn Sơn", a person, the prefecture.

Not a place: a group ("các tỉnh Bắc Lào", "những huyện ...", "3 tỉnh Đông Bắc (Campuchia)"), or a
name ending with a country's name ("Bắc Lào"). Which province a foreign district belongs to is decided where
the article says it (:mod:`hoptac.core.extract.partners`).

Mentions do not overlap; at each place in the text the longest name wins
("Bà Rịa - Vũng Tàu" over "Bà Rịa").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import scan
from .rxcache import compile as rx_compile
from .places_armies import ARMY_OF
from .places_bare import _bare_ok
from .places_match import VIETNAM, _upper_class, key_of, normalise_level
from .text import fold

__all__ = ["Foreign", "near_sound", "sound_key"]

# (written, same sound): applied in order to folded letters
_SOUNDS = (("sh", "s"), ("ch", "j"), ("ph", "f"), ("gh", "g"), ("kh", "k"), ("x", "s"), ("q", "k"),
           ("c", "k"), ("w", "o"), ("y", "i"), ("z", "d"))
_DOUBLED = re.compile(r"(\w)\1+")


def sound_key(name: str) -> str:
    """How a foreign name sounds, as its Vietnamese and Latin spellings share it:
    ``sound_key("Ka-ga-oa") == sound_key("Kagawa") == "kagaoa"``."""
    s = "".join(c for c in fold(name) if c.isalpha())
    for a, b in _SOUNDS:
        s = s.replace(a, b)
    return _DOUBLED.sub(r"\1", s)


def _one_edit(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one letter changed, added or dropped?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


def near_sound(sounds: dict[tuple[str, str], tuple], country: str, key: str) -> tuple:
    """The one region of ``country`` that sounds as ``key`` ("Ka-ga-oa" is Kagawa), else the one
    whose sound is a letter away, for a sound of five letters or more ("Át-tạ-pơ", "atapo", is
    Attapeu's "atapu"; "Prây-veng" Prey Veng's): two regions that near name neither."""
    exact = sounds.get((country, key), ())
    if exact or len(key) < 5:
        return exact
    n = len(key)
    near = {p for k, places in _by_country(sounds).get(country, ()) if abs(len(k) - n) <= 1 and _one_edit(k, key)
            for p in places}
    return (near.pop(),) if len(near) == 1 else ()


_COUNTRY_SOUNDS: list = [None, {}]   # (the sounds table, its sounds by country), built once per table


def _by_country(sounds: dict[tuple[str, str], tuple]) -> dict[str, list[tuple[str, tuple]]]:
    if _COUNTRY_SOUNDS[0] is not sounds:
        by: dict[str, list[tuple[str, tuple]]] = {}
        for (c, k), places in sounds.items():
            by.setdefault(c, []).append((k, places))
        _COUNTRY_SOUNDS[:] = [sounds, by]
    return _COUNTRY_SOUNDS[1]


class Foreign:
    """The countries (every way of writing one -> its Vietnamese name) and the lookup of a
    name in one country (``in_country(key, level, country)``)."""

    def __init__(self, countries: dict[str, str],
                 in_country: Callable[[str, str | None, str], tuple] | None = None):
        self._in_country = in_country
        self._countries = {k.lower(): v for k, v in countries.items()}
        # a country's name ending a longer name ("các tỉnh Bắc Lào"): one str.endswith of them all (_a_locality)
        self._country_tails = tuple(" " + c for c in self._countries)
        (self._country_after, self._unknown, self._unknown_before, self._unknown_loose,
         self._unknown_of) = _regexes(countries)
        self._country_of_key: dict[str, str] | None = None   # a country name's key -> the country
        self._listed_intro: re.Pattern | None = None   # a list's introduction (places_listed), with the keys

    def in_country(self, key: str, level: str | None, country: str) -> tuple:
        return self._in_country(key, level, country) if self._in_country else ()

    def paired(self, text: str, out: list, cue_keys: set[str], refused: list[tuple[int, int, str]]) -> list:
        """``out`` with the foreign names refused alone (``refused``: start, end, key) that stand
        beside a Vietnamese place, of a country the text names (``cue_keys``: the keys of the
        country names it writes; "quan hệ Sakai – Đà Nẵng": :mod:`hoptac.core.places_paired`)."""
        from .places_listed import intro_regex, listed_bare
        from .places_paired import paired_bare
        if self._country_of_key is None:
            self._country_of_key = {key_of(fold(w)): c for w, c in self._countries.items()}
            self._listed_intro = intro_regex(self._countries)
        named = {self._country_of_key.get(k, VIETNAM) for k in cue_keys}
        # level "": that country's places of that very name, never one that only sounds near it
        def lookup(key: str, country: str) -> tuple:
            return self.in_country(key, "", country)
        out = paired_bare(text, out, refused, named - {VIETNAM}, lookup)
        # "các thành phố Nhật Bản … như Sakai, Yokohama": listed after a group of their country (places_listed)
        return listed_bare(text, out, refused, self._listed_intro, self._countries, lookup)

    def country_at(self, text: str, end: int) -> str | None:
        """The country written right after a name: "(Lào)", "- Trung Quốc", ", Hàn Quốc"."""
        c = text[end:end + 1]
        if c == " ":
            c = text[end + 1:end + 2]
        if c not in _GLUE and c not in "cC":   # "c": "của Hàn Quốc"
            return None
        m = self._country_after.match(text, end)
        return self._countries[m.group("c").lower()] if m else None

    def with_country(self, text: str, ns: int, ne: int, key: str, level: str | None,
                      cands: tuple, country: str) -> tuple:
        """The candidates of a name followed by its country (see "Foreign places")."""
        mine = tuple(c for c in cands if c.country == country)
        if mine:
            return mine
        if country == VIETNAM:
            return cands
        if self._in_country is not None:
            found = self._in_country(key, level, country)
            if found:
                return found
        if level is not None and level not in _PROVINCE_LEVELS:
            return (_foreign_place(text[ns:ne], level, country),)
        return cands

    def _a_locality(self, text: str, m: re.Match) -> bool:
        """Not a group ("các tỉnh Bắc Lào": the provinces of northern Laos, a region of a
        country) but one named unit."""
        name = m.group("name").lower()
        if name in self._countries or name.endswith(self._country_tails):
            return False
        return _GROUP_BEFORE.search(text, max(0, m.start("lvl") - 8), m.start("lvl")) is None

    def add_unknown(self, text: str, out: list, cues: list[int]) -> list:
        """Names the gazetteer does not know, after a level word and before a foreign
        country: "huyện Yeoncheon (Hàn Quốc)" -> a place of that country."""
        extra = []
        ends = {e for _s, e, *_ in out}
        for cs in cues:
            glue = cs - 1  # back over blanks and "nước" to "(", ",", "-"
            while glue > 0 and text[glue] in " \t\u00a0":
                glue -= 1
            if text[glue - 3:glue + 1].lower() == "nước":
                glue -= 4
                while glue > 0 and text[glue] in " \t\u00a0":
                    glue -= 1
            of = text[glue - 2:glue + 1].lower() == "của" and text[glue - 3:glue - 2] in (" ", "\t", "\u00a0")
            if of:   # "thành phố Gimje của Hàn Quốc": "của" glues the name to its country like a comma
                glue -= 2
            elif glue < 1 or text[glue] not in _GLUE:
                continue
            before = glue - 1
            while before > 0 and text[before] in " \t\u00a0":
                before -= 1
            if before + 1 in ends:
                continue  # a place the gazetteer knows: "tỉnh Hủa Phăn (Lào)"
            if not _may_name(text, glue, before):
                continue  # no level word and name before the glue: neither search below can match
            # a level word and a capitalised name ending right before the country's glue
            m = (self._unknown_of.search(text, max(0, glue - 70), glue + 3) if of
                 else self._unknown.search(text, max(0, glue - 70), glue + 1))
            loose = m is None and not of
            if loose:  # "Tỉnh Bolykhăm xay (Lào)": a syllable written small, only for a region it sounds like
                m = self._unknown_loose.search(text, max(0, glue - 70), glue + 1)
            if m is None:
                continue
            ns, ne = m.span("name")
            country = self.country_at(text, ne)
            if country is None or country == VIETNAM or not self._a_locality(text, m) \
                    or any(s < ne and ns < e for s, e, *_ in out):
                continue
            level = normalise_level(m.group("lvl")) or _OTHER_LEVELS.get(m.group("lvl").lower(), "tỉnh")
            known = self.in_country(key_of(fold(text[ns:ne])), level, country)  # "tỉnh Ka-ga-oa": Kagawa
            if loose and not known:
                continue
            place = known[0] if known else _foreign_place(text[ns:ne], level, country)
            extra.append((m.start("lvl"), ne, ns, level, (place,)))
        # ... and before a foreign province: "châu Văn Sơn (tỉnh Vân Nam, Trung Quốc)"
        for s, _e, _ns, _lvl, cands in out:
            if cands[0].country == VIETNAM or not cands[0].is_province:
                continue
            j = s - 1
            while j > 0 and text[j] in " \t\u00a0":
                j -= 1
            if j < 1 or (text[j] not in "(," and not text.endswith("thuộc", 0, j + 1)
                         and not (j < s - 1 and _PROVINCE_LEVEL_AT.match(text, s))):
                continue  # "X, tỉnh Y", "X (tỉnh Y", "X thuộc tỉnh Y", "X tỉnh Y"
            m = self._unknown_before.search(text, max(0, s - 60), s) if _may_name_before(text, s) else None
            if m is None or any(a < m.end("name") and m.start("name") < b for a, b, *_ in out + extra) \
                    or not self._a_locality(text, m):
                continue
            level = normalise_level(m.group("lvl")) or _OTHER_LEVELS.get(m.group("lvl").lower(), "tỉnh")
            if level == "tỉnh":   # no province lies in another: "tỉnh Luông Phra Bang, U Đôm Xay, …" is a list
                known = self.in_country(key_of(fold(m.group("name"))), level, cands[0].country)
                name = known[0] if known else _foreign_place(m.group("name"), level, cands[0].country)
            else:
                name = _foreign_place(m.group("name"), level, cands[0].country, inside=cands[0])
            extra.append((m.start("lvl"), m.end("name"), m.start("name"), level, (name,)))
        # ... and a foreign region the gazetteer knows, of two syllables or more, named with
        # its level word or country: "tỉnh Sơn Đông (Trung Quốc)", then "TP.HCM - Sơn Đông"
        again = extra + [e for e in out if e[4][0].country != VIETNAM and e[4][0].is_province
                         and (" " in text[e[2]:e[1]].strip() or "-" in text[e[2]:e[1]])]
        if not again:
            return out
        # the same name elsewhere, with or without its country: the same place
        taken = out + extra
        folded: list[str] = []   # the page folded, once, for a bare name's rules

        def folded_of() -> str:
            if not folded:
                folded.append(scan.fast_fold(text))
            return folded[0]
        named = {" ".join(text[e[2]:e[1]].split()): (e[4][0], e[3], text[e[0]:e[2]].strip().lower()) for e in again}
        for written, (place, its_level, level_word) in named.items():
            # its first letter before the look-behind: the engine skips to that letter
            # instead of trying the look-behind at every position of the page
            for m in re.finditer(re.escape(written[:1]) + r"(?<!\w.)" + re.escape(written[1:]).replace(
                    r"\ ", r"[ \t\u00a0]+") + r"(?!\w)", text):
                ms, me = m.span()
                if not any(a < me and ms < b for a, b, *_ in taken):
                    # with the same level word before it ("Huyện Kroch Chhmar"): that level
                    lw = re.search(r"(?<!\w)(?i:" + re.escape(level_word) + r")[ \t\u00a0]+$",
                                   text[max(0, m.start() - 24):m.start()]) if level_word else None
                    if lw is not None:
                        s0 = max(0, m.start() - 24) + lw.start()
                        taken.append((s0, m.end(), m.start(), its_level, (place,)))
                    elif _bare_ok(text, folded_of(), ms, me, key_of(fold(written))):
                        # alone, by the rules of a bare name: not "Nguyễn Văn Sơn", a person
                        taken.append((m.start(), m.end(), m.start(), None, (place,)))
        return sorted(taken)


# The level words of _regexes' name rules, folded ("tp" also before "."): where a word of
# them stands in the folded window, and after it blanks and a capital, an unknown name may follow.
_LEVELS_FOLDED = ("tinh", "thanh pho", "tp", "huyen", "quan", "thi xa", "thi tran", "xa", "phuong", "vung lanh tho",
                  "vung tu tri", "vung", "bang", "tieu bang", "chau", "tran", "khu", "cong hoa", "hat")
_BLANKS = " \t\u00a0"


def _may_name(text: str, glue: int, before: int) -> bool:
    """A gate in front of the unknown-name searches of :meth:`Foreign.add_unknown` (a
    case-blind alternation of level words, tried at every character of 70): can a level
    word (folded, anywhere in the window: the searches' look-behind is not asked here)
    followed by blanks start a name -- a capital first -- that runs to the glue with at most
    three blanks inside (four words, one separator between each: both rules' names)? A
    window with a character outside scan.py's code (its fold unsure) is searched."""
    return _level_then_capital(text, max(0, glue - 70), glue + 1, before + 1, max_blanks=3)


def _may_name_before(text: str, s: int) -> bool:
    """The gate of the search before a foreign province (``_regexes``' ``before``, a case-blind
    alternation of level words tried at every character of 60): does a level word (folded,
    anywhere in the window) stand there followed by blanks and a capital before ``s``? A window
    with a character outside scan.py's code (its fold unsure) is searched (tests/test_prefilters_*.py)."""
    return _level_then_capital(text, max(0, s - 60), s, s)


def _level_then_capital(text: str, a: int, end: int, stop: int, max_blanks: int | None = None) -> bool:
    """The two gates' common test over ``text[a:end]`` (folded): a level word followed by blanks, then a
    capital before ``stop``, with at most ``max_blanks`` blanks from that capital to ``stop`` when given.
    True where the window holds a character outside scan.py's code (its fold unsure: search it)."""
    window = scan.fold_slice(text, a, end)
    if scan._WORD_PH in window or scan._OTHER_PH in window:
        return True
    for lw in _LEVELS_FOLDED:
        i = window.find(lw)
        while i >= 0:
            q = a + i + len(lw)
            if lw == "tp" and text[q:q + 1] == ".":
                q += 1
            if text[q:q + 1] in _BLANKS and q < stop:
                while q < stop and text[q] in _BLANKS:
                    q += 1
                if q < stop and text[q].isupper() and (
                        max_blanks is None or sum(text.count(b, q, stop) for b in _BLANKS) <= max_blanks):
                    return True
            i = window.find(lw, i + 1)
    return False


_SAINT = re.compile(r"^St\.\s*")
_GLUE = frozenset("(,-\u2013\u2014")  # what may stand between a name and its country
# a foreign province named with its level word right after a district ("huyện X tỉnh Y")
_PROVINCE_LEVEL_AT = re.compile(r"(?i:tỉnh|thành phố|thủ đô)[ \t\u00a0]")
# Levels of a province-level unit: "tỉnh Quảng Ninh - Trung Quốc" is a pair, not a place in China.
_PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố"})
# "các tỉnh", "những huyện": a group, not one unit
# ... or counted ("3 tỉnh Đông Bắc (Campuchia)": three provinces of its north-east, no one unit)
_GROUP_BEFORE = re.compile(r"(?i:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t\u00a0]+$")
# Level words before foreign names only (Chinese towns and prefectures, zones).
_OTHER_LEVELS = {"vùng lãnh thổ": "vùng", "vùng tự trị": "vùng", "trấn": "thị trấn", "châu": "châu", "khu": "khu", "tiểu bang": "bang", "cộng hòa": "cộng hòa",
                 "cộng hoà": "cộng hòa", "hạt": "hạt"}


#: The small joining words of Western place names, written between two capitalised words ("Choisy le Roi").
WESTERN_PARTICLES = ("le", "la", "les", "de", "du", "des", "sur", "sous", "en", "am", "an der", "upon", "on", "di",
                     "del", "della", "von", "van", "im", "aan")


def _foreign_place(written: str, level: str, country: str, inside=None):
    """A foreign locality the gazetteer does not list, kept with its country, in the
    foreign province ``inside`` when the text says so, else its own province."""
    from .places import Place  # the dataclass (places imports this module)
    name = _SAINT.sub("Saint ", " ".join(written.split()))  # "St. Petersburg" -> "Saint Petersburg"
    province = inside.province if inside is not None else name
    return Place(name, level, province, country, province, False)


def _regexes(countries: dict[str, str]) -> tuple[re.Pattern, ...]:
    """(a country right after a name, a level word + unknown capitalised name before a
    country's glue, the same before a foreign province)."""
    alts = "|".join(re.escape(n) for n in sorted(countries, key=len, reverse=True))
    upper = _upper_class()
    glue = (r"[ \t\u00a0]*(?:\(|,|[-\u2013\u2014]|(?<=[ \t\u00a0])(?i:của)(?=[ \t\u00a0]))[ \t\u00a0]*"
            r"(?:(?i:nước|thuộc)[ \t\u00a0]+)?"
            r"(?:(?i:" + "|".join(ARMY_OF) + r")[ \t\u00a0]+)?")
    # the country ends there: not "Lào Cai" (a capital follows), not "Anh Tuấn"
    tail = r"(?!\w)(?![ \t\u00a0]+" + upper + ")"
    after = rx_compile(glue + r"(?P<c>(?i:" + alts + "))" + tail)
    # the level words before a foreign name: also a Chinese prefecture or town, a Russian
    # republic, a state, a county ("châu Văn Sơn", "Cộng hòa Bashkortostan", "hạt Orange")
    levels = ("tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|thị trấn|xã|phường|vùng lãnh thổ|vùng tự trị|vùng|bang|tiểu bang|châu|trấn|khu"
              "|cộng hòa|cộng hoà|hạt")
    # "Ka-ga-oa": syllables joined by hyphens; "St. Petersburg": an abbreviation before a name
    word = upper + r"[\w'\u2019]*(?:-[\w'\u2019]+)*(?:\.(?=[ \t\u00a0]+" + upper + "))?"
    # a Western name's small joining word between two capitalised ones ("Choisy le Roi", "Boulogne sur Mer",
    # "Frankfurt am Main"): never a Vietnamese word written without its marks before a capital
    particle = r"(?:(?:" + "|".join(WESTERN_PARTICLES) + r")[ \t\u00a0-])?"
    name = (r"(?<!\w)(?P<lvl>(?i:" + levels + r"))[ \t\u00a0]+(?P<name>" + word + r"(?:[ \t\u00a0-]" + particle + word
            + r"){0,3})")
    unknown = rx_compile(name + r"[ \t\u00a0]*(?=[(,\-\u2013\u2014]$)")  # up to the country's glue
    # ... the same with later syllables written small ("Tỉnh Bolykhăm xay (Lào)"): used only
    # for a region of that country it sounds like (see add_unknown)
    small = r"[a-zà-ỹđ]{1,8}"
    loose = rx_compile(r"(?<!\w)(?P<lvl>(?i:" + levels + r"))[ \t\u00a0]+(?P<name>" + word + r"(?:[ \t\u00a0-](?:"
                       + word + "|" + small + r")){0,3})[ \t\u00a0]*(?=[(,\-\u2013\u2014]$)")
    before = rx_compile(name + r"[ \t\u00a0]*(?:[,(][ \t\u00a0]*(?:(?i:thuộc)[ \t\u00a0]+)?|[ \t\u00a0]+(?:(?i:thuộc)[ \t\u00a0]+)?)$")
    # ... up to "của" before the country: a unit's level word only ("vùng Viễn Đông của Nga", "châu Âu", "khu
    # vực …" are geography), a name not opening with a compass word ("tỉnh Đông Bắc của …")
    of_levels = "tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|thị trấn|bang|tiểu bang"
    compass = r"(?!(?:Bắc|Nam|Đông|Tây|Viễn|Trung)(?!\w))"
    of = rx_compile(r"(?<!\w)(?P<lvl>(?i:" + of_levels + r"))[ \t\u00a0]+" + compass + r"(?P<name>" + word
                    + r"(?:[ \t\u00a0-]" + word + r"){0,3})[ \t\u00a0]+(?=(?i:của)$)")
    return after, unknown, before, loose, of


