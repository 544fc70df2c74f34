#!/usr/bin/env python3
"""Build ``core/data/places.json``, the gazetteer of hoptac.

Run by developers only, after ``pip install vietnamadminunits pycountry`` (the test extras;
vietnamadminunits is MIT, its licence copied to ``core/data/LICENSE-vietnamadminunits.txt``;
pycountry is LGPL-2.1, its ISO 3166-2 names are data); neither is needed at run time::

    python scripts/build_gazetteer.py            # writes core/data/places.json
    python scripts/build_gazetteer.py --check    # exits 1 if the file is out of date

The data file
-------------

``places.json`` holds ``provinces`` (name, level, code, aliases, level_only, province_2025,
historical), ``units_2025`` (name, level, code, absorbed), ``districts`` (name, level,
province, historical, aliases, note), ``foreign`` (name, level, country, iso, aliases,
level_only, weak, cue: "level" or "country" when the name needs one; former: the canonical names
it had before a rename, ``gazetteer_press``),
``foreign_localities`` (name, level, province, country, aliases, cue, alone: a city far
from the border), ``countries``
(code, Vietnamese name, aliases) and ``communes_2025`` ([name, level, 2025 province, [old
provinces]], one a line). An alias may begin with a level word ("TP.HCM", "Thủ đô Hà Nội"): it
is then indexed without it and names the place at that level. ``level_only`` names are
matched in running text only after a level word; a ``weak`` unit yields to another of the
same name unless the level word decides ("Viêng Chăn": the capital; "tỉnh Viêng Chăn").
Aliases differing only by accents, case, tone placement or hyphens are not listed: every
name is compared folded, words joined by single spaces (``"ba ria vung tau"``).

What comes from where
---------------------
* ``vietnamadminunits/data/parser_legacy.json``: the 63 province-level units and the
  696 district-level units of the map in force until 30 June 2025 (names, levels, codes,
  and the keyword lists, from which older levels and spelling variants are taken).
* ``vietnamadminunits/data/parser_from_2025.json`` and ``converter_2025.json``: the 34
  province-level units from 1 July 2025 (Resolution 202/2025/QH15) and which old units
  each absorbed; the communes, wards and special zones (xã, phường, đặc khu) of 1 July
  2025, each with the old provinces its old communes belonged to.
* This script, by hand: Hà Tây (merged into Hà Nội in 2008), Thừa Thiên Huế's name
  (the package already calls it "Huế", its name as a centrally-run city since
  1 January 2025), aliases, district-level units that no longer exist (huyện Sa Pa before
  2019, quận 2 and quận 9 before Thủ Đức, the districts merged in 2019-2025, ...).
* ``pycountry`` (ISO 3166-2): the foreign partners, every subdivision of Laos, Cambodia,
  China (provinces, autonomous regions, municipalities), Thailand, Japan, Korea, the
  Philippines (provinces), France (regions, departments), Russia (federal subjects), and the states or provinces of
  the United States, Australia, Germany, Cuba, Mongolia and Myanmar, the provinces of Bulgaria and of Argentina, the states of
  India, the provinces of Canada, the regions of New Zealand and of Kazakhstan, with their ISO names; this
  script adds the Vietnamese spellings (EXONYMS, by ISO code) and the Vietnamese names of
  the countries (COUNTRIES), also of countries whose localities are only kept with their
  country ("huyện Yeoncheon (Hàn Quốc)", "tỉnh Ulyanovsk (Nga)").

The JSON layout is documented in :mod:`hoptac.core.places`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from importlib.metadata import distribution, version
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "core" / "data" / "places.json"
LICENSE_OUT = ROOT / "core" / "data" / "LICENSE-vietnamadminunits.txt"

sys.path.insert(0, str(ROOT / "core"))
from text import fold  # noqa: E402  (core/text.py, without importing the hoptac package)

from gazetteer_foreign import build_foreign, build_localities  # noqa: E402  (this folder: the foreign tables)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def key(s: str) -> str:
    """Folded words joined by one space: ``key("Bà Rịa - Vũng Tàu") == "ba ria vung tau"``."""
    return " ".join(re.findall(r"\w+", fold(nfc(s))))


# --- Vietnam: hand-written data --------------------------------------------------------

# Canonical names that differ from the package's short names.
RENAME = {"Huế": "Thừa Thiên Huế"}

# Real alternative names (accent-free spellings are matched by folding and are not listed;
# "òa"/"oà" tone placement is removed by folding too). An alias may start with a level word
# ("TP.HCM" = "TP." + "HCM"): the reader then indexes the rest with that level.
PROVINCE_ALIASES: dict[str, list[str]] = {
    "Hồ Chí Minh": ["TP.HCM", "TP. HCM", "TP HCM", "TPHCM", "HCM", "HCMC", "TP. Hồ Chí Minh",
                    "Thành phố Hồ Chí Minh", "Sài Gòn", "Saigon", "Ho Chi Minh City"],
    "Hà Nội": ["Thủ đô Hà Nội", "Thành phố Hà Nội", "Hanoi", "TP.HN", "TP. HN", "TP HN", "TPHN"],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế", "TT-Huế", "TT Huế", "Huế", "Thành phố Huế"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT", "Vũng Tàu", "Bà Rịa"],
    "Đắk Lắk": ["Đăk Lăk", "Đắc Lắc", "Đắk Lắc", "Đắc Lắk", "Daklak", "ĐắkLắk", "Đắklắk", "ĐăkLăk", "Đăklăk"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông", "Daknong", "ĐắkNông", "Đắknông", "ĐăkNông", "Đăknông"],
    "Kon Tum": ["Kontum"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Đà Nẵng": ["Danang"],
    "Hải Phòng": ["Haiphong"],
}

# Aliases that are matched in running text only after a level word: bare "Hồ Chí Minh"
# is almost always the person (Chủ tịch Hồ Chí Minh, đường Hồ Chí Minh, ...).
# ... and bare "HN" stands for "hội nghị" as often as for Hà Nội ("Quang cảnh HN"): only "TP.HN".
PROVINCE_LEVEL_ONLY: dict[str, list[str]] = {"Hồ Chí Minh": ["Hồ Chí Minh"], "Hà Nội": ["HN"]}

HISTORICAL_PROVINCES = [
    # name, level, 2025 unit, note
    ("Hà Tây", "tỉnh", "Hà Nội", "merged into Hà Nội on 1 August 2008"),
]

# District-level units that no longer exist on the last pre-2025 map, with their province.
HISTORICAL_DISTRICTS = [
    ("Sa Pa", "huyện", "Lào Cai", "thị xã Sa Pa since 2020"),
    ("Huế", "thành phố", "Thừa Thiên Huế", "provincial city; split into quận Phú Xuân and Thuận Hóa in 2025"),
    ("Kỳ Sơn", "huyện", "Hòa Bình", "merged into thành phố Hòa Bình in 2019"),
    ("Hoành Bồ", "huyện", "Quảng Ninh", "merged into thành phố Hạ Long in 2019"),
    ("Yên Dũng", "huyện", "Bắc Giang", "merged into thành phố Bắc Giang in 2025"),
    ("Mỹ Lộc", "huyện", "Nam Định", "merged into thành phố Nam Định in 2025"),
    ("Ninh Bình", "thành phố", "Ninh Bình", "merged into thành phố Hoa Lư in 2025"),
    ("Hoa Lư", "huyện", "Ninh Bình", "merged into thành phố Hoa Lư in 2025"),
    ("Đông Sơn", "huyện", "Thanh Hóa", "merged into thành phố Thanh Hóa in 2025"),
    ("Tĩnh Gia", "huyện", "Thanh Hóa", "thị xã Nghi Sơn since 2020"),
    ("Cửa Lò", "thị xã", "Nghệ An", "merged into thành phố Vinh in 2025"),
    ("Nam Đông", "huyện", "Thừa Thiên Huế", "merged into huyện Phú Lộc in 2025"),
    ("Phong Điền", "huyện", "Thừa Thiên Huế", "thị xã Phong Điền since 2025"),
    ("Thông Nông", "huyện", "Cao Bằng", "merged into huyện Hà Quảng in 2020"),
    ("Quảng Uyên", "huyện", "Cao Bằng", "merged into huyện Quảng Hòa in 2020"),
    ("Phục Hòa", "huyện", "Cao Bằng", "merged into huyện Quảng Hòa in 2020"),
    ("Nông Sơn", "huyện", "Quảng Nam", "merged into huyện Quế Sơn in 2025"),
    ("Tây Trà", "huyện", "Quảng Ngãi", "merged into huyện Trà Bồng in 2020"),
    ("Cát Tiên", "huyện", "Lâm Đồng", "merged into huyện Đạ Huoai in 2025"),
    ("Đạ Tẻh", "huyện", "Lâm Đồng", "merged into huyện Đạ Huoai in 2025"),
    ("Long Điền", "huyện", "Bà Rịa - Vũng Tàu", "merged into huyện Long Đất in 2025"),
    ("Đất Đỏ", "huyện", "Bà Rịa - Vũng Tàu", "merged into huyện Long Đất in 2025"),
    ("Tân Thành", "huyện", "Bà Rịa - Vũng Tàu", "thị xã (now thành phố) Phú Mỹ since 2018"),
    ("Quận 2", "quận", "Hồ Chí Minh", "part of thành phố Thủ Đức since 2021"),
    ("Quận 9", "quận", "Hồ Chí Minh", "part of thành phố Thủ Đức since 2021"),
    ("Thủ Đức", "quận", "Hồ Chí Minh", "thành phố Thủ Đức since 2021"),
    ("Hà Đông", "thành phố", "Hà Nội", "city of Hà Tây; quận Hà Đông of Hà Nội since 2009"),
    ("Hà Đông", "thị xã", "Hà Nội", "town of Hà Tây until 2006"),
]

LEVELS = {"thành phố": "thành phố", "thị xã": "thị xã", "huyện": "huyện", "quận": "quận"}


def split_level(full: str) -> tuple[str, str]:
    """("Thị Xã Việt Yên") -> ("thị xã", "Việt Yên")."""
    for word, level in LEVELS.items():
        if full.lower().startswith(word + " "):
            return level, full[len(word) + 1:]
    raise SystemExit(f"no level word in {full!r}")


LEVEL_PREFIX = re.compile(r"^(thanhpho|thixa|thisa|huyen|quan|tx|tp)(.+)$")
PREFIX_LEVEL = {"thanhpho": "thành phố", "tp": "thành phố", "thixa": "thị xã", "thisa": "thị xã",
                "tx": "thị xã", "huyen": "huyện", "quan": "quận"}

# --- building --------------------------------------------------------------------------

def load_package() -> tuple[dict, dict, dict, str]:
    data = files("vietnamadminunits") / "data"
    legacy = json.loads((data / "parser_legacy.json").read_text(encoding="utf-8"))
    new = json.loads((data / "parser_from_2025.json").read_text(encoding="utf-8"))
    conv = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    return legacy, new, conv, version("vietnamadminunits")


def spelling_variant(canonical: str, squashed: str) -> str | None:
    """Space a package keyword like the canonical name: ("bat xat", "batsat") -> "bat sat"."""
    words = canonical.split()
    joined = "".join(words)
    if len(joined) != len(squashed) or sum(a != b for a, b in zip(joined, squashed)) not in (1, 2):
        return None  # not a spelling variant but another name (huyện Cát Tiên in huyện Đạ Huoai)
    out, i = [], 0
    for w in words:
        out.append(squashed[i:i + len(w)])
        i += len(w)
    return " ".join(out)


def build() -> dict:
    legacy, new, conv, pkg_version = load_package()
    old_name: dict[str, str] = {}  # package key -> canonical 63-map name
    provinces = []
    for pkey, p in legacy["DICT_PROVINCE"].items():
        name = RENAME.get(p["provinceShort"], p["provinceShort"])
        old_name[pkey] = name
        provinces.append({
            "name": name,
            "level": "thành phố" if p["province"].startswith("Thành phố") and name != "Thừa Thiên Huế" else "tỉnh",
            "code": p["provinceCode"],
            "aliases": PROVINCE_ALIASES.get(name, []),
            "level_only": PROVINCE_LEVEL_ONLY.get(name, []),
        })
    if len(provinces) != 63:
        raise SystemExit(f"expected 63 provinces, got {len(provinces)}")

    units = []
    to_2025: dict[str, str] = {}
    for nkey, olds in conv["DICT_PROVINCE"].items():
        np = new["DICT_PROVINCE"][nkey]
        absorbed = [old_name[o] for o in olds]
        level = "tỉnh" if np["province"].lower().startswith("tỉnh") else "thành phố"
        units.append({"name": np["provinceShort"], "level": level, "code": np["provinceCode"],
                      "absorbed": absorbed})
        for o in absorbed:
            if o in to_2025:
                raise SystemExit(f"{o} absorbed twice")
            to_2025[o] = np["provinceShort"]
    if len(units) != 34 or len(to_2025) != 63:
        raise SystemExit(f"expected 34 units absorbing 63, got {len(units)} / {len(to_2025)}")
    for p in provinces:
        p["province_2025"] = to_2025[p["name"]]
        p["historical"] = False
    for name, level, unit, note in HISTORICAL_PROVINCES:
        provinces.append({"name": name, "level": level, "code": None, "aliases": [], "level_only": [],
                          "province_2025": unit, "historical": True, "note": note})
        next(u for u in units if u["name"] == unit)["absorbed"].append(name)
    units.sort(key=lambda u: key(u["name"]))
    for u in units:
        u["absorbed"].sort(key=key)

    districts = []
    seen: set[tuple[str, str, str]] = set()

    def add(name, level, province, historical, aliases=(), note=None):
        ident = (key(name), level, province)
        if ident in seen:
            return
        seen.add(ident)
        d = {"name": name, "level": level, "province": province, "historical": historical}
        number = re.fullmatch(r"Quận (\d)", name)
        if number:  # "quận 02" for quận 2
            aliases = [*aliases, "0" + number.group(1)]
        if aliases:
            d["aliases"] = sorted(set(aliases))
        if note:
            d["note"] = note
        districts.append(d)

    later: list[tuple] = []
    for pkey, ds in legacy["DICT_PROVINCE_DISTRICT"].items():
        province = old_name[pkey]
        for d in ds.values():
            level, name = split_level(d["district"])
            aliases = []
            if name.isdigit():  # "Quận 1": the number alone is not a name
                name = f"Quận {name}"
            canon = key(name) if not name.startswith("Quận ") else key(name[5:])
            for kw in d["districtKeywords"]:
                m = LEVEL_PREFIX.match(kw)
                if not m:
                    continue
                rest = m.group(2)
                if rest == canon.replace(" ", ""):
                    if PREFIX_LEVEL[m.group(1)] != level:  # an older level: huyện Quế Võ
                        later.append((name, PREFIX_LEVEL[m.group(1)], province, "older level (package keyword)"))
                    continue
                if PREFIX_LEVEL[m.group(1)] == level:
                    v = spelling_variant(canon, rest)
                    if v:
                        aliases.append(v)
            add(name, level, province, False, aliases)
            if level == "thành phố" and next(p for p in provinces if p["name"] == province)["level"] == "tỉnh":
                # Provincial cities were, nearly all, thị xã before their upgrade.
                later.append((name, "thị xã", province, "earlier level of a provincial city"))
    for name, level, province, note in HISTORICAL_DISTRICTS:
        add(name, level, province, True, note=note)
    for name, level, province, note in later:
        add(name, level, province, True, note=note)

    vietnamese = {key(p["name"]) for p in provinces} | {key(a.split(".")[-1]) for p in provinces for a in p["aliases"]}
    vietnamese |= {key(d["name"]) for d in districts}
    foreign, countries = build_foreign(vietnamese, key)
    localities = build_localities(foreign, vietnamese, key)
    communes = build_communes(new, conv, old_name)

    return {
        "about": "Gazetteer of hoptac. Generated by scripts/build_gazetteer.py from vietnamadminunits "
                 f"{pkg_version} (MIT, see LICENSE-vietnamadminunits.txt) plus hand-written additions. "
                 "Do not edit by hand.",
        "provinces": provinces,
        "units_2025": units,
        "districts": districts,
        "foreign": foreign,
        "foreign_localities": localities,
        "countries": countries,
        "communes_2025": communes,
    }


def build_communes(new: dict, conv: dict, old_name: dict[str, str]) -> list[list]:
    """The communes, wards and special zones of 1 July 2025, each as [name, level, its
    province on the 34-unit map, [the provinces of the 63-unit map it was made from]]."""
    out = []
    for pkey, wards in new["DICT_PROVINCE_WARD_NO_ACCENTED"].items():
        unit = new["DICT_PROVINCE"][pkey]["provinceShort"]
        made_from = conv["DICT_PROVINCE_WARD_NO_DIVIDED"].get(pkey, {})
        divided = conv["DICT_PROVINCE_WARD_DIVIDED"].get(pkey, {})
        extra = new.get("DICT_PROVINCE_WARD_ACCENTED", {}).get(pkey, {})
        for wkey, w in list(wards.items()) + list(extra.items()):
            plain = key(w["ward"]).replace(" ", "")  # the no-accent key of an accented entry
            olds = made_from.get(wkey, made_from.get(plain, []))
            provs = {o.split("_")[0] for o in olds}
            provs |= {o.split("_")[0] for o, news in divided.items()
                      if any(n["newWardKey"] in (wkey, plain) for n in news)}
            if not provs:
                raise SystemExit(f"no old province for {w['ward']} ({unit})")
            level = {"Xã": "xã", "Phường": "phường", "Đặc khu": "đặc khu"}[w["wardType"]]
            out.append([nfc(w["wardShort"]), level, unit, sorted((old_name[p] for p in provs), key=key)])
    out = [list(x) for x in {(n, lv, u, tuple(o)): None for n, lv, u, o in out}]
    out = [[n, lv, u, list(o)] for n, lv, u, o in out]
    out.sort(key=lambda c: (key(c[2]), key(c[0]), c[1]))
    if len(out) < 3300:
        raise SystemExit(f"expected the 3,321 communes of 2025, got {len(out)}")
    return out


def render(data: dict) -> str:
    """JSON, one commune a line (3,321 of them)."""
    rest = {k: v for k, v in data.items() if k != "communes_2025"}
    text = json.dumps(rest, ensure_ascii=False, indent=1)
    if "communes_2025" not in data:
        return text + "\n"
    lines = ",\n".join("  " + json.dumps(c, ensure_ascii=False) for c in data["communes_2025"])
    return text[:-2] + ',\n "communes_2025": [\n' + lines + "\n ]\n}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if places.json is out of date")
    args = ap.parse_args(argv)
    text = render(build())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} is out of date")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    licences = [f for f in distribution("vietnamadminunits").files or () if "LICEN" in f.name.upper()]
    if not licences:
        raise SystemExit("the vietnamadminunits distribution has no licence file")
    LICENSE_OUT.write_text("Licence of the vietnamadminunits package, from which places.json is generated\n"
                           "(https://pypi.org/project/vietnamadminunits/).\n\n"
                           + licences[0].read_text(encoding="utf-8"), encoding="utf-8")
    d = json.loads(text)
    print(f"wrote {OUT}: {len(d['provinces'])} provinces, {len(d['units_2025'])} units of 2025, "
          f"{len(d['districts'])} districts, {len(d['communes_2025'])} communes of 2025, "
          f"{len(d['foreign'])} foreign partners "
          f"in {len({f['country'] for f in d['foreign']})} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
