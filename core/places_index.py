"""The gazetteer's index: ``core/data/places.json`` loaded once into folded keys, each name's
places ranked for a level word (the rules of :mod:`hoptac.core.places`, whose functions are the API).

Split out of :mod:`hoptac.core.places` (round 30) to keep each module under ~400 lines: the data
and its ranking here, finding and asking about places there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import orjson

from .places_foreign import near_sound, sound_key
from .places_match import COMMUNE_LEVELS, Matcher, key_of, normalise_level, split_level
from .text import fold_query, nfc

_WORDS = re.compile(r"\w\w*")   # (\w+: one class first, the engine skips to word characters; test_prefilters)

VIETNAM = "Việt Nam"


@dataclass(frozen=True, slots=True)
class Place:
    name: str             # canonical name without level word: "Lào Cai", "Sa Pa", "Luông Pha Bang"
    level: str            # "tỉnh", "thành phố", "thị xã", "huyện", "quận" (foreign: "tỉnh"/"thành phố")
    province: str         # its province on the 63-unit map; a province or foreign partner: itself
    country: str          # "Việt Nam", "Lào", "Campuchia", "Trung Quốc", "Hàn Quốc", ...
    province_2025: str    # its province-level unit on the 34-unit map (foreign: itself)
    is_province: bool     # a province-level unit (or a foreign province)



@dataclass(frozen=True, slots=True)
class _Entry:
    """One name of one place: ``levels`` are the levels this name is used with."""
    place: Place
    levels: frozenset[str]
    bare: bool          # may be matched without a level word (province-level names only)
    historical: bool    # no longer exists on the last pre-2025 map
    weak: bool          # yields to another place of the same name when no level decides
    order: int
    cue: str | None = None  # foreign names only: "level" (needs a level word or the country
                            # after it) or "country" (needs the country: "Hà Nam (Trung Quốc)")


class _Gazetteer:
    def __init__(self, data: dict):
        self.index: dict[str, list[_Entry]] = {}
        self.provinces: list[Place] = []
        self.foreign: list[Place] = []
        self.to_2025: dict[str, str] = {}
        self.units = {u["name"]: list(u["absorbed"]) for u in data["units_2025"]}
        self._ranked: dict[tuple[str, str | None, bool], tuple[tuple[Place, ...], bool]] = {}
        self._levels: dict[tuple[str, str], bool] = {}   # has_level's answers (speed24)
        self._one_word: dict[str, set[str]] = {}  # one-word key -> its accented spellings
        for p in data["provinces"]:
            place = Place(p["name"], p["level"], p["name"], VIETNAM, p["province_2025"], True)
            self.provinces.append(place)
            self.to_2025[place.name] = place.province_2025
            self._add(place, p["aliases"], p["level_only"], p["historical"], False)
        for d in data["districts"]:
            place = Place(d["name"], d["level"], d["province"], VIETNAM, self.to_2025[d["province"]], False)
            self._add(place, d.get("aliases", ()), (), d["historical"], False)
        self.former: dict[str, tuple[str, ...]] = {}   # a renamed region -> its former canonical names
        for f in data["foreign"]:
            place = Place(f["name"], f["level"], f["name"], f["country"], f["name"], True)
            self.foreign.append(place)
            if f.get("former"):
                self.former[place.name] = tuple(f["former"])
            self.to_2025[place.name] = place.name
            self._add(place, f["aliases"], f["level_only"], False, f.get("weak", False), f.get("cue"))
        self.alone: set[Place] = set()   # cities far from the border (stands_alone)
        for f in data.get("foreign_localities", ()):  # "huyện Hà Khẩu" of Vân Nam
            place = Place(f["name"], f["level"], f["province"], f["country"], f["province"], False)
            self._add(place, f["aliases"], (), False, False, f["cue"])
            if f.get("alone"):   # a pair entry "Suwon" is the city on either map
                self.alone.add(place)
                self.to_2025.setdefault(place.name, place.name)
        self.countries = {c["name"]: c for c in data.get("countries", ())}
        # communes of 2025 (one place per old province each came from), by folded name: a
        # dict looked up after xã/phường/đặc khu, not in the names regex (whose compiling
        # would triple the gazetteer's start-up time)
        # (built when text is first searched: the filters' name lookups never need them)
        self._commune_rows = data.get("communes_2025", ())
        self._communes: dict[str, tuple[Place, ...]] | None = None
        self.provinces.sort(key=lambda p: (fold_query(p.name), p.name))
        self.foreign.sort(key=lambda p: (p.country != "Lào", p.country, fold_query(p.name)))
        self.by_name = {p.name: p for p in self.provinces + self.foreign}
        self._matcher: Matcher | None = None
        self._sounds: dict[tuple[str, str], tuple[Place, ...]] | None = None

    @property
    def communes(self) -> dict[str, tuple[Place, ...]]:
        if self._communes is None:
            communes: dict[str, tuple[Place, ...]] = {}
            for name, level, unit, olds in self._commune_rows:
                k = key_of(fold_query(name))
                communes[k] = communes.get(k, ()) + tuple(Place(name, level, old, VIETNAM, unit, False) for old in olds)
            self._communes = communes
        return self._communes

    @property
    def matcher(self) -> Matcher:
        """Built when text is first searched (compiling its regexes is most of the start-up
        time; looking names up, as the filters do, does not need it)."""
        if self._matcher is None:
            bare = {k for k, es in self.index.items() if any(e.bare for e in es)}
            accents = {k: frozenset(v) for k, v in self._one_word.items() if k in bare}
            foreign_keys = {k for k, es in self.index.items() if any(e.place.country != VIETNAM for e in es)}
            self._matcher = Matcher(self.index, bare, accents, self.candidates, self.has_level,
                                    countries=self.country_names(), in_country=self.in_country,
                                    foreign_keys=foreign_keys, communes=self.communes)
        return self._matcher

    def country_names(self) -> dict[str, str]:
        """Every way of writing a partner country -> its Vietnamese name ("CHDCND Lào" -> "Lào")."""
        out = {}
        for name, c in self.countries.items():
            for written in (name, *c["aliases"]):
                out[nfc(written)] = name
        return out

    def in_country(self, key: str, level: str | None, country: str) -> tuple[Place, ...]:
        """Places of ``country`` with this name (a name followed by its country); else its
        region that sounds the same, for a province-level word or none ("tỉnh Ka-ga-oa
        (Nhật Bản)" is Kagawa: :func:`~hoptac.core.places_foreign.sound_key`)."""
        entries = [e for e in self.index.get(key, ()) if e.place.country == country]
        if not entries and level in (None, "tỉnh", "thành phố", "vùng", "bang"):
            return near_sound(self.sounds(), country, sound_key(key))   # "Ka-ga-oa", "Át-tạ-pơ"
        entries.sort(key=lambda e: (level is not None and level not in e.levels, e.weak, e.order))
        return tuple(dict.fromkeys(e.place for e in entries))

    def sounds(self) -> dict[tuple[str, str], tuple[Place, ...]]:
        """(country, sound key) -> the one foreign region of that sound (built when first used)."""
        if self._sounds is None:
            sounds: dict[tuple[str, str], tuple[Place, ...]] = {}
            for k, entries in self.index.items():
                for e in entries:
                    if e.place.country != VIETNAM and e.place.is_province:
                        sk = (e.place.country, sound_key(k))
                        if len(sk[1]) >= 4 and e.place not in sounds.get(sk, ()):
                            sounds[sk] = sounds.get(sk, ()) + (e.place,)
            # a sound two regions share (Shanxi, Shaanxi) names neither
            self._sounds = {k: v for k, v in sounds.items() if len(v) == 1}
        return self._sounds

    def _add(self, place: Place, aliases, level_only, historical: bool, weak: bool,
             cue: str | None = None) -> None:
        only = {split_level(a)[1] for a in level_only}
        merged: dict[str, tuple[set[str], bool]] = {}
        for written in (place.name, *aliases):
            level, k = split_level(written)
            if level in COMMUNE_LEVELS:  # no name is written with xã: "Xa La Van" is Salavan
                level, k = None, key_of(fold_query(written))
            if not k:
                continue
            if " " not in k:
                self._one_word.setdefault(k, set()).add(nfc(_WORDS.findall(written)[-1].lower()))
            levels, bare = merged.get(k, ({place.level}, False))
            if level:
                levels.add(level)
            merged[k] = (levels, bare or (level is None and place.is_province and k not in only and not cue))
        for k, (levels, bare) in merged.items():
            entries = self.index.setdefault(k, [])
            entries.append(_Entry(place, frozenset(levels), bare, historical, weak, len(entries), cue))

    def ranked(self, key: str, level: str | None, in_text: bool = False) -> tuple[tuple[Place, ...], bool]:
        """Candidates for a key and level, best first, and whether the best is ambiguous
        (tied with a place of another province). ``in_text``: a bare name in running text,
        where names matched only after a level word ("Hồ Chí Minh") do not count."""
        cached = self._ranked.get((key, level, in_text))
        if cached is not None:
            return cached
        entries = self.index.get(key, [])
        if in_text:  # "tỉnh Hà Nam" is the Vietnamese one; "Hà Nam (Trung Quốc)": in_country()
            # ... but the level word may name the foreign one where no Vietnamese place of
            # that name has that level: "tỉnh Quý Châu" (huyện Quỳ Châu), "thành phố Đông Hưng"
            fits = level is not None and level not in COMMUNE_LEVELS and not any(
                level in e.levels for e in entries if e.cue != "country")
            entries = [e for e in entries if e.cue != "country" or (fits and level in e.levels)]
        if level not in COMMUNE_LEVELS:  # a commune only after xã, phường, đặc khu
            entries = [e for e in entries if e.place.level not in COMMUNE_LEVELS]
        if level in COMMUNE_LEVELS:  # a commune of 2025 of that name, else a district's
            entries = [e for e in entries if not e.place.is_province]
            rank: list[tuple[tuple[bool, ...], _Entry]] = [((level not in e.levels, e.historical), e) for e in entries]
        elif level is None:
            if in_text:
                entries = [e for e in entries if e.bare or not e.place.is_province]
            rank = [((e.cue == "country", not e.place.is_province, e.historical, e.weak), e) for e in entries]
        else:
            rank = [((level not in e.levels, e.cue == "country", e.historical, e.weak, not e.place.is_province), e)
                    for e in entries]
        rank.sort(key=lambda r: (r[0], r[1].order))
        places = tuple(dict.fromkeys(e.place for _, e in rank))
        tie = (len(rank) > 1 and rank[0][0] == rank[1][0]
               and rank[0][1].place.province != rank[1][1].place.province)
        self._ranked[(key, level, in_text)] = (places, tie)
        return places, tie

    def candidates(self, key: str, level: str | None) -> tuple[Place, ...]:
        cached = self._ranked.get((key, level, True))   # (ranked's own cache, asked here: one call a mention)
        return (cached if cached is not None else self.ranked(key, level, True))[0]

    def has_level(self, key: str, level: str) -> bool:   # (kept: the index is not changed once built, as _ranked)
        if (known := self._levels.get((key, level))) is None:
            known = self._levels[(key, level)] = any(level in e.levels for e in self.index.get(key, ()))
        return known

    def parse(self, name: str, level_word: str | None) -> tuple[str, str | None] | None:
        """A name as a user writes it -> (index key, level) or None if unknown."""
        level = normalise_level(level_word) if level_word else None
        k = key_of(fold_query(name))
        if k in self.index:
            return k, level
        written_level, rest = split_level(name, strict=False)
        if rest in self.index:
            return rest, level or written_level
        return None


@cache
def _gazetteer() -> _Gazetteer:
    raw = (files("hoptac.core.data") / "places.json").read_bytes()
    return _Gazetteer(orjson.loads(raw))
