"""The foreign partners of the gazetteer, for ``build_gazetteer.py`` (developers only).

Foreign region names come from ISO 3166-2 (the ``pycountry`` package, at build time only):
every subdivision of the countries in ``gazetteer_foreign_data.COUNTRIES``, with its ISO name as an alias. The Vietnamese
spellings papers use are in the reviewed table ``gazetteer_exonyms.EXONYMS``, each under its ISO code: the first
spelling is the canonical name, the one Vietnamese pages use most (for some Lao provinces
a Latin one: pages write "tỉnh Salavan", "tỉnh Phongsaly" / "Phông Sa Lỳ" more than
"Xa-la-van", "Phông Xa Lỳ"). Names that are only in ISO (no Vietnamese spelling here)
are matched after a level word ("tỉnh Gunma", "vùng Occitanie") or before a country
("Gunma (Nhật Bản)"), never bare; a name that is also a Vietnamese place's ("Hà Nam")
needs its country and carries it in its canonical name ("Hà Nam (Trung Quốc)").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from gazetteer_cities import CITIES, TOWNS  # noqa: E402  (this folder: the cities far from the border)
from gazetteer_exonyms import EXONYMS, SHARED_FIRST_WORDS  # noqa: E402  (this folder: the reviewed spellings)
from gazetteer_press import PRESS_NAMES, WITHDRAWN  # noqa: E402  (this folder: the names the press writes, round 30)
from gazetteer_foreign_data import (  # noqa: E402  (this folder: the other tables)
    COUNTRIES, FOREIGN_LEVEL_ONLY, FOREIGN_LOCALITIES, FOREIGN_WEAK, ISO_ADDED, ISO_LEFT_OUT, JOINED_ISO,
    JOINED_LATIN, LEVEL_OF_TYPE, PLAIN_ISO, _MACRON,
)

__all__ = ["COUNTRIES", "EXONYMS", "FOREIGN_LOCALITIES", "build_foreign", "build_localities", "spellings"]

# ISO names: what to cut off ("Yunnan Sheng" -> "Yunnan", "Busan-gwangyeoksi" -> "Busan").
ISO_SUFFIX = re.compile(r"(?:\s+(?:Sheng|Shi|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zizhiqu)"
                        r"|,?\s+(?:Respublika|oblast'|kray|avtonomnyy okrug|avtonomnaya oblast')"
                        r"|-(?:gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)|\s*\[.*\]|\s*\(.*\))$")


def spellings(variants: list[str]) -> list[str]:
    """Each variant, plus its spaced and joined forms when it is written with hyphens."""
    out: list[str] = []
    for v in variants:
        forms = [v]
        if "-" in v:
            forms.append(" ".join(w[:1].upper() + w[1:] for w in re.split(r"\s*-\s*|\s+", v)))
            # Join only the hyphenated syllables: "Ban-tây Miên-chây" -> "Bantây Miênchây".
            forms.append(" ".join(w.replace("-", "").capitalize() if "-" in w else w for w in v.split()))
        for f in forms:
            if f not in out:
                out.append(f)
    return out


def _plain(word: str, sep: str = "") -> str:
    """A word folded for comparing spellings: no marks, no case; hyphens and spaces as ``sep``."""
    word = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    word = "".join(c if c.isalnum() else " " for c in word if not unicodedata.combining(c)).lower()
    return sep.join(word.split())


def shared_first_words(code: str, names: list[str]) -> list[str]:
    """``names`` with every spelling of a first word the country's names share
    (``SHARED_FIRST_WORDS``): "Kampong Cham" also as "Campong Cham", "Công-pông Chàm", …; each rest
    of a name ("Cham", "Chàm") with each spelling of the word."""
    firsts = SHARED_FIRST_WORDS.get(code.split("-")[0], ())
    keys = sorted({_plain(f) for f in firsts}, key=len, reverse=True)
    rests: list[str] = []
    for n in names:
        parts = n.split(" ")
        for cut in range(1, len(parts)):   # "Kông-pông Chàm" (one word), "Công Pông Chàm" (two)
            if _plain(" ".join(parts[:cut])) in keys:
                if parts[cut:] and " ".join(parts[cut:]) not in rests:
                    rests.append(" ".join(parts[cut:]))
                break
    out = list(names)
    seen = {_plain(n, " ") for n in out}   # (as the gazetteer compares: "Công-pông" is "Công Pông")
    for rest in rests:
        for f in firsts:
            v = f"{f} {rest}"
            if _plain(v, " ") not in seen:
                seen.add(_plain(v, " "))
                out.append(v)
    return out


def press_named(code: str, canonical: str, variants: list[str], iso: str,
                key: Callable[[str], str]) -> tuple[str, list[str]]:
    """The region's name and other spellings with its press name (``PRESS_NAMES``) first: the
    old name becomes a spelling. The press name must be one of the spellings already (a rename
    changes what is shown, never what is found)."""
    if code not in PRESS_NAMES:
        return canonical, variants
    press = PRESS_NAMES[code][0]
    known = {key(n) for n in spellings([canonical] + variants) + [iso]}
    if key(press) not in known:
        raise SystemExit(f"PRESS_NAMES {code}: {press!r} is not a spelling of {canonical!r}")
    return press, [canonical] + [v for v in variants if v != press]


def build_foreign(vietnamese: set[str], key: Callable[[str], str]) -> tuple[list[dict], list[dict]]:
    """The foreign units (ISO 3166-2 via pycountry, with EXONYMS) and the countries;
    ``vietnamese``: the keys of Vietnamese names, ``key``: how a name becomes one."""
    import pycountry  # build time only

    foreign: list[dict] = []
    countries: list[dict] = []
    used: set[str] = set()
    for code, name, aliases, types in COUNTRIES:
        countries.append({"code": code, "name": name, "aliases": aliases})
        subs = sorted(pycountry.subdivisions.get(country_code=code) or (), key=lambda s: s.code)
        for sub in subs:
            if (types is not None and sub.type not in types and sub.code not in ISO_ADDED) or sub.code in ISO_LEFT_OUT:
                continue
            iso = ISO_SUFFIX.sub("", sub.name).strip()
            plain = (unicodedata.normalize("NFC", unicodedata.normalize("NFD", iso).replace(_MACRON, ""))
                     if code in PLAIN_ISO else iso)
            canonical, level, variants, bare = EXONYMS.get(sub.code, (plain, None, [], False))
            canonical, variants = press_named(sub.code, canonical, variants, iso, key)
            used.add(sub.code)
            level = level or LEVEL_OF_TYPE.get(sub.type, "tỉnh")
            names = spellings(shared_first_words(code, [canonical] + variants)) + [iso]  # ISO names as they are
            if code in JOINED_ISO and " " in iso and iso.replace(" ", "") not in names:
                names.append(iso.replace(" ", ""))   # "Chon Buri" -> "Chonburi"
            if code in JOINED_LATIN:   # "Prey Veng" -> "Preyveng"
                names += [j for j in dict.fromkeys(n.replace(" ", "").capitalize() for n in names
                                                   if " " in n and n.isascii() and "-" not in n) if j not in names]
            clash = key(canonical) in vietnamese
            if clash:  # named like a Vietnamese place: the canonical name carries the country
                canonical = f"{canonical} ({name})"
            entry = {"name": canonical, "level": level, "country": name, "iso": sub.code,
                     "aliases": [a for a in names if a != canonical],
                     "level_only": FOREIGN_LEVEL_ONLY.get(canonical, [])}
            if canonical in FOREIGN_WEAK:
                entry["weak"] = True
            if sub.code in PRESS_NAMES:   # its name before (stored events may still carry it)
                entry["former"] = [variants[0]]
            elif sub.code in WITHDRAWN:   # a press name shown once and withdrawn (round 31): the same
                former = WITHDRAWN[sub.code][0]
                if key(former) not in {key(n) for n in names}:
                    raise SystemExit(f"WITHDRAWN {sub.code}: {former!r} is not a spelling of {canonical!r}")
                entry["former"] = [former]
            if not bare or clash:
                # needs a level word or the country after it; named like a Vietnamese place
                # (Hà Nam, Sơn Tây): needs the country
                entry["cue"] = "country" if clash else "level"
            foreign.append(entry)
    missing = (set(EXONYMS) | set(PRESS_NAMES) | set(WITHDRAWN)) - used
    if missing:
        raise SystemExit(f"EXONYMS codes not in ISO 3166-2 (or of a type left out): {sorted(missing)}")
    counts = {c: sum(f["country"] == c for f in foreign) for c in ("Lào", "Campuchia", "Trung Quốc")}
    if counts != {"Lào": 18, "Campuchia": 25, "Trung Quốc": 33}:
        raise SystemExit(f"foreign partner counts: {counts}")
    return foreign, countries


def build_localities(foreign: list[dict], vietnamese: set[str], key: Callable[[str], str]) -> list[dict]:
    """FOREIGN_LOCALITIES, each with the canonical name and country of its province; a city of
    ``gazetteer_cities`` (CITIES, TOWNS) is marked ``"alone": true``: named without its region
    beside it, the partner is the city itself (round 25, :mod:`hoptac.core.extract.partner_places`);
    the localities across the border stay in their province."""
    by_iso = {f["iso"]: f for f in foreign}
    far = {(name, iso) for name, _level, iso, _variants, _source in CITIES + TOWNS}
    out = []
    for name, level, iso, variants in FOREIGN_LOCALITIES:
        province = by_iso[iso]
        row = {"name": name, "level": level, "province": province["name"], "country": province["country"],
               "aliases": [a for a in spellings([name] + variants) if a != name],
               "cue": "country" if key(name) in vietnamese else "level"}
        if (name, iso) in far:
            row["alone"] = True
        out.append(row)
    return out
