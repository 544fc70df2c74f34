"""The parties of a corpus article (:mod:`bench.corpus`): a province, district, city or
foreign partner, the ways a journalist writes it and its people with their titles; and
the gazetteer they come from (hoptac's own places.json, so names match its canon),
loaded by :func:`load_gazetteer`."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib.resources import files

import orjson

from .words import CHINESE_NAMES, COUNTRY_TAGS, FOREIGN_PARTNERS, KHMER_NAMES, LAO_NAMES, viet_name


@dataclass
class Party:
    canon: str            # 63-map province, or the foreign partner's canonical name
    name: str             # the place's own name ("Việt Trì", "Bảo Yên", "Lào Cai")
    level: str            # tỉnh, thành phố, thị xã, huyện, quận
    kind: str             # province, central, city, town, district, urban, foreign
    country: str = "Việt Nam"
    qualify: bool = False  # name needs its province to be unambiguous
    forms: list[str] = field(default_factory=list)    # full forms with the level word
    shorts: list[str] = field(default_factory=list)   # bare forms for running text
    people: list[tuple[str, str]] = field(default_factory=list)  # (name, title)
    qual: str = ""         # " (Kiên Giang)": added after this party's bodies when qualify

    # --- the unit's bodies ---
    @property
    def committee(self) -> str:   # the Party committee
        if self.kind == "foreign":
            return f"Tỉnh ủy {self.short0}" if self.country != "Campuchia" else f"chính quyền {self.full0}"
        word = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "thị xã": "Thị ủy", "huyện": "Huyện ủy",
                "quận": "Quận ủy"}[self.level]
        return f"{word} {self.short0}{self.qual}"

    @property
    def gov(self) -> str:
        if self.kind == "foreign":
            if self.country == "Trung Quốc":
                return f"Chính phủ nhân dân {self.full0}"
            return f"chính quyền {self.full0}"
        if self.name.startswith("Quận "):
            return f"UBND {self.name}{self.qual}"
        return f"UBND {self.level} {self.name}{self.qual}"

    @property
    def full0(self) -> str:
        return self.forms[0]

    @property
    def short0(self) -> str:
        return self.shorts[0]

    def full(self, rng: random.Random) -> str:
        return rng.choice(self.forms)

    def short(self, rng: random.Random) -> str:
        return rng.choice(self.shorts)

    @property
    def unit_word(self) -> str:   # "tỉnh", "thành phố", "huyện" when speaking of "hai ..."
        return "tỉnh" if self.kind == "foreign" else self.level


_AMBIGUOUS_DISTRICT_NAMES: set[str] | None = None


def _district_pool(data: dict) -> dict[str, list[dict]]:
    global _AMBIGUOUS_DISTRICT_NAMES
    counts = Counter(d["name"] for d in data["districts"])
    prov_names = {p["name"] for p in data["provinces"]}
    _AMBIGUOUS_DISTRICT_NAMES = {n for n, c in counts.items() if c > 1} | prov_names
    pool: dict[str, list[dict]] = defaultdict(list)
    for d in data["districts"]:
        if d["historical"] or d["province"] == "Hà Tây":
            continue
        pool[d["province"]].append(d)
    return pool


def qualifier(rng: random.Random, province: str) -> str:
    p = province_party(province, rng, people=False)
    return rng.choice([f" ({p.short0})", f" ({p.full0})", f", {p.full0}", f" ({p.full0})"])


def province_party(canon: str, rng: random.Random, when: dt.date | None = None, post2025: bool = False,
                   people: bool = True) -> Party:
    central = canon in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
    if canon == "Thừa Thiên Huế" and (post2025 or (when and when >= dt.date(2025, 1, 1))):
        central = True
        p = Party(canon, "Huế", "thành phố", "central", forms=["thành phố Huế", "TP Huế", "thành phố Huế"],
                  shorts=["Huế", "TP Huế"])
    elif canon == "Thừa Thiên Huế":
        p = Party(canon, canon, "tỉnh", "province",
                  forms=["tỉnh Thừa Thiên Huế", "tỉnh Thừa Thiên - Huế", "tỉnh Thừa Thiên Huế", "tỉnh TT-Huế"],
                  shorts=["Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế"])
    elif canon == "Hồ Chí Minh":
        p = Party(canon, canon, "thành phố", "central",
                  forms=["Thành phố Hồ Chí Minh", "TP.Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM", "TP Hồ Chí Minh"],
                  shorts=["TP.HCM", "TP Hồ Chí Minh", "Thành phố", "TPHCM", "TP.HCM"])
    elif canon == "Hà Nội":
        p = Party(canon, canon, "thành phố", "central",
                  forms=["thành phố Hà Nội", "Thủ đô Hà Nội", "TP Hà Nội", "thành phố Hà Nội"],
                  shorts=["Hà Nội", "Hà Nội", "Thủ đô"])
    elif central:
        p = Party(canon, canon, "thành phố", "central",
                  forms=[f"thành phố {canon}", f"TP {canon}", f"TP. {canon}", f"thành phố {canon}"],
                  shorts=[canon])
    else:
        alt = {"Đắk Lắk": "Đắk Lắk", "Đắk Nông": "Đắk Nông", "Bà Rịa - Vũng Tàu": "Bà Rịa – Vũng Tàu",
               "Khánh Hòa": "Khánh Hoà", "Hòa Bình": "Hoà Bình", "Thanh Hóa": "Thanh Hoá"}.get(canon, canon)
        p = Party(canon, canon, "tỉnh", "province", forms=[f"tỉnh {canon}", f"tỉnh {canon}", f"tỉnh {alt}"],
                  shorts=[canon, canon, alt])
    if people:
        p.people = _people_for(p, rng)
    return p


def district_party(d: dict, rng: random.Random) -> Party:
    name, level, prov = d["name"], d["level"], d["province"]
    kind = {"thành phố": "city", "thị xã": "town", "huyện": "district", "quận": "urban"}[level]
    if name.startswith("Quận "):
        forms = [name, name]
        shorts = [name]
    elif level == "thành phố":
        forms = [f"thành phố {name}", f"thành phố {name}", f"TP.{name}", f"TP {name}"]
        shorts = [name]
    else:
        forms = [f"{level} {name}"]
        shorts = [name]
    p = Party(prov, name, level, kind, qualify=name in (_AMBIGUOUS_DISTRICT_NAMES or set()) or name.startswith("Quận "),
              forms=forms, shorts=shorts)
    if p.qualify:
        p.qual = qualifier(rng, prov)
    p.people = _people_for(p, rng)
    return p


def foreign_party(name: str, place_rec: dict, rng: random.Random) -> Party:
    country = place_rec["country"]
    spellings = [name] + [a for a in place_rec["aliases"]
                          if not a.isascii() and not a.lower().startswith("thủ đô")]
    if country == "Campuchia":  # Vietnamese papers often keep the Latin spelling for Cambodia
        spellings = [name, name] + [a for a in place_rec["aliases"] if not a.isascii()][:2]
    spell = rng.choice(spellings[:4])
    if rng.random() < 0.08:
        latin = [a for a in place_rec["aliases"] if a.isascii() and " " in a]
        if latin:
            spell = rng.choice(latin)
    tag = rng.choice(COUNTRY_TAGS[country])
    sep = "" if tag.startswith(",") else " "
    if name == "Thủ đô Viêng Chăn":
        forms = [f"Thủ đô Viêng Chăn{sep}{tag}", "Thủ đô Viêng Chăn (Lào)"]
        shorts = ["Thủ đô Viêng Chăn", "Viêng Chăn"]
    elif name == "Phnôm Pênh":
        forms = [f"Thủ đô Phnôm Pênh{sep}{tag}", "Thủ đô Phnôm Pênh"]
        shorts = ["Phnôm Pênh"]
    elif name == "Quảng Tây":
        forms = [f"Khu tự trị dân tộc Choang Quảng Tây{sep}{tag}", f"Khu tự trị Choang Quảng Tây{sep}{tag}",
                 f"Quảng Tây{sep}{tag}"]
        rng.shuffle(forms)
        shorts = ["Quảng Tây"]
    else:
        forms = [f"tỉnh {spell}{sep}{tag}", f"tỉnh {spell}"]
        shorts = [spell]
    p = Party(name, name, place_rec["level"], "foreign", country=country, forms=forms, shorts=shorts)
    p.people = _people_for(p, rng)
    return p


def _people_for(p: Party, rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if p.kind == "foreign":
        unit = p.full0.split(" (")[0].split(",")[0]
        if p.country == "Lào":
            names = rng.sample(LAO_NAMES, 3)
            head = "Đô trưởng" if "Thủ đô" in unit else "Tỉnh trưởng"
            titles = [f"Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, {head} {unit}",
                      f"Phó {head} {unit}", f"Phó Bí thư Tỉnh ủy {unit}"]
        elif p.country == "Campuchia":
            names = rng.sample(KHMER_NAMES, 3)
            head = "Đô trưởng" if "Thủ đô" in unit else "Tỉnh trưởng"
            titles = [f"{head} {unit}", f"Phó {head} {unit}", f"Phó {head} {unit}"]
        else:
            names = rng.sample(CHINESE_NAMES, 3)
            if p.name == "Quảng Tây":
                titles = ["Bí thư Đảng ủy Khu tự trị Choang Quảng Tây",
                          "Phó Chủ tịch Chính phủ nhân dân Khu tự trị Choang Quảng Tây",
                          "Phó Tổng thư ký Chính phủ nhân dân Khu tự trị Choang Quảng Tây"]
            else:
                titles = [f"Ủy viên Ban Thường vụ Tỉnh ủy, Phó Tỉnh trưởng Chính phủ nhân dân {unit}",
                          f"Phó Tỉnh trưởng Chính phủ nhân dân {unit}", f"Phó Bí thư Tỉnh ủy {unit}"]
        return list(zip(names, titles))
    lvl = p.level
    if p.kind == "central":
        titles = ["Ủy viên Bộ Chính trị, Bí thư Thành ủy" if p.canon in ("Hà Nội", "Hồ Chí Minh")
                  else "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Thành ủy",
                  "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố",
                  "Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố",
                  "Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Thường trực UBND thành phố",
                  "Phó Chủ tịch UBND thành phố"]
    elif p.kind == "province":
        titles = ["Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh",
                  "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
                  "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
                  "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh",
                  "Phó Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy"]
        if rng.random() < 0.5:
            titles[0] = "Bí thư Tỉnh ủy"
    elif lvl == "thành phố":
        titles = ["Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy", "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố",
                  "Phó Bí thư Thường trực Thành ủy", "Phó Chủ tịch UBND thành phố"]
    elif lvl == "thị xã":
        titles = ["Tỉnh ủy viên, Bí thư Thị ủy", "Phó Bí thư Thị ủy, Chủ tịch UBND thị xã",
                  "Phó Bí thư Thường trực Thị ủy, Chủ tịch HĐND thị xã", "Phó Chủ tịch UBND thị xã"]
    elif lvl == "quận":
        titles = ["Thành ủy viên, Bí thư Quận ủy", "Phó Bí thư Quận ủy, Chủ tịch UBND quận",
                  "Phó Bí thư Thường trực Quận ủy", "Phó Chủ tịch UBND quận"]
    else:
        titles = ["Tỉnh ủy viên, Bí thư Huyện ủy", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện",
                  "Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện", "Phó Chủ tịch UBND huyện"]
    k = rng.randint(3, min(4, len(titles)))
    chosen = titles[:2] + rng.sample(titles[2:], k - 2)
    seen: set[str] = set()
    for t in chosen:
        n = viet_name(rng)
        while n in seen:
            n = viet_name(rng)
        seen.add(n)
        out.append((n, t))
    return out


def people_list(p: Party, rng: random.Random, k: int | None = None) -> str:
    ppl = p.people[: (k or len(p.people))]
    return "; ".join(f"{n}, {t}" for n, t in ppl)


# --- the gazetteer --------------------------------------------------------------------

def _places_data() -> dict:
    return orjson.loads((files("hoptac.core.data") / "places.json").read_bytes())


# filled by load_gazetteer
UNITS_2025: list[str] = []                  # the provinces from 1/7/2025
UNITS_ABSORBED: dict[str, list[str]] = {}   # ... and the ones each absorbed
ALL_PROVINCES: list[str] = []               # the 63 provinces


def load_gazetteer() -> tuple[dict[str, list[dict]], dict[str, dict], list[str]]:
    """(districts by province, foreign partners by name, the 63 provinces); fills the
    lists above."""
    data = _places_data()
    pool = _district_pool(data)
    # by the gazetteer's name and by any name it had before (the partners below are named as the
    # press spells them: "Chăm-pa-sắc" is now the record "Champasak", its former name)
    foreign_recs = {n: f for f in data["foreign"] for n in [f["name"], *f.get("former", [])]}
    UNITS_2025[:] = [u["name"] for u in data["units_2025"]]
    UNITS_ABSORBED.clear()
    UNITS_ABSORBED.update({u["name"]: u["absorbed"] for u in data["units_2025"]})
    ALL_PROVINCES[:] = [p["name"] for p in data["provinces"] if not p["historical"]]
    missing = set(FOREIGN_PARTNERS) - set(foreign_recs)
    if missing:
        raise SystemExit(f"foreign partners unknown to the gazetteer: {sorted(missing)}")
    return pool, foreign_recs, ALL_PROVINCES
