"""A synthetic corpus of Vietnamese cooperation news, with the truth of each article's
main event, to measure hoptac's extraction on text it was not tuned on.

    python -m bench.corpus N DIR [--seed S]          write N articles and DIR/truth.jsonl
    python -m bench.corpus --score DIR [--db PATH]   hoptac's main-event accuracy on DIR

The articles are written the way provincial portals and newspapers write them: a
headline (sometimes with the publication time), a lead that opens with the date
("Chiều 8/3, tại thành phố ...", "Trong hai ngày 24 và 25 tháng 11 năm 2018, ..."),
the delegations with their people and titles, results by sector, speeches, an older
dated milestone now and then, photo captions, a byline, and the page's boilerplate
around it all (banners, "1.JPG", a repeated lead, "Tin cùng chuyên mục" with other
dated items, visitor counters, share buttons, comment forms). Everything is
deterministic from the seed.

truth.jsonl has one line per file: the main event's date (ISO; "--MM-DD" when the
page gives no way to know the year), date_end, type, pair (the two partners as
provinces of the 63-province map, a district or city mapped to its province, a foreign
partner under its own name; sorted), location (province), and tags describing how the
article was written (date form, where the year comes from, levels) so mismatches can
be grouped.

The templates were written from how Vietnamese news reports such events, not from
hoptac's rules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import orjson

# --------------------------------------------------------------------------------------
# Gazetteer data (read straight from hoptac's data file, so names match its canon)
# --------------------------------------------------------------------------------------


def _places_data() -> dict:
    return orjson.loads((files("hoptac.core.data") / "places.json").read_bytes())


REGIONS = {
    "Tây Bắc": ["Điện Biên", "Lai Châu", "Sơn La", "Hòa Bình", "Lào Cai", "Yên Bái"],
    "Đông Bắc": ["Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Thái Nguyên", "Lạng Sơn",
                 "Quảng Ninh", "Bắc Giang", "Phú Thọ"],
    "Đồng bằng sông Hồng": ["Hà Nội", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên",
                            "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình"],
    "Bắc Trung Bộ": ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế"],
    "Nam Trung Bộ": ["Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
                     "Ninh Thuận", "Bình Thuận"],
    "Tây Nguyên": ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"],
    "Đông Nam Bộ": ["Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"],
    "Đồng bằng sông Cửu Long": ["Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp",
                                "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu",
                                "Cà Mau"],
}

# Foreign partners and the Vietnamese provinces that usually pair with them.
FOREIGN_PARTNERS = {
    "Phông Xa Lỳ": ["Điện Biên", "Lai Châu"],
    "Luổng Nậm Thà": ["Điện Biên", "Lào Cai"],
    "U Đôm Xay": ["Điện Biên", "Sơn La"],
    "Luông Pha Bang": ["Điện Biên", "Sơn La", "Thanh Hóa"],
    "Hủa Phăn": ["Thanh Hóa", "Sơn La", "Nghệ An"],
    "Xay-nhạ-bu-ly": ["Sơn La", "Điện Biên"],
    "Xiêng Khoảng": ["Nghệ An"],
    "Bo-ly-khăm-xay": ["Hà Tĩnh", "Nghệ An"],
    "Khăm Muồn": ["Quảng Bình", "Hà Tĩnh"],
    "Xa-va-na-khệt": ["Quảng Trị", "Thừa Thiên Huế"],
    "Xa-la-van": ["Thừa Thiên Huế", "Quảng Trị"],
    "Xê Kông": ["Quảng Nam", "Đà Nẵng"],
    "Chăm-pa-sắc": ["Bình Định", "Đà Nẵng", "Kon Tum"],
    "Át-tạ-pư": ["Kon Tum", "Quảng Nam", "Gia Lai"],
    "Thủ đô Viêng Chăn": ["Hà Nội", "Hồ Chí Minh"],
    "Phnôm Pênh": ["Hồ Chí Minh", "Hà Nội"],
    "Svay Rieng": ["Tây Ninh", "Long An"],
    "Prey Veng": ["Long An", "Đồng Tháp"],
    "Takeo": ["An Giang"],
    "Kampot": ["Kiên Giang"],
    "Kandal": ["An Giang", "Đồng Tháp"],
    "Tbong Khmum": ["Tây Ninh", "Bình Phước"],
    "Kratie": ["Bình Phước"],
    "Mondulkiri": ["Đắk Lắk", "Đắk Nông"],
    "Ratanakiri": ["Gia Lai", "Kon Tum"],
    "Stung Treng": ["Kon Tum"],
    "Kep": ["Kiên Giang"],
    "Vân Nam": ["Lào Cai", "Hà Giang", "Điện Biên", "Lai Châu"],
    "Quảng Tây": ["Lạng Sơn", "Cao Bằng", "Quảng Ninh", "Hà Giang"],
}

FOREIGN_CITIES = {  # a city where a meeting in that province is often held
    "Vân Nam": ["thành phố Côn Minh", "thành phố Mông Tự", "châu Hồng Hà"],
    "Quảng Tây": ["thành phố Nam Ninh", "thành phố Bằng Tường", "thành phố Sùng Tả"],
    "Luông Pha Bang": ["thành phố Luông Pha Bang"],
    "Xa-va-na-khệt": ["thành phố Ca-xỏn Phôm-vi-hản"],
    "Chăm-pa-sắc": ["thành phố Pác Xế"],
    "Hủa Phăn": ["thị xã Sầm Nưa"],
}

COUNTRY_TAGS = {
    "Lào": ["(Lào)", "(Lào)", ", nước CHDCND Lào", ", nước Cộng hòa Dân chủ Nhân dân Lào", "(CHDCND Lào)"],
    "Campuchia": ["(Campuchia)", "(Campuchia)", ", Vương quốc Campuchia", "(Vương quốc Campuchia)"],
    "Trung Quốc": ["(Trung Quốc)", "(Trung Quốc)", ", Trung Quốc"],
}

# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

SURNAMES = ("Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô "
            "Dương Lý Đinh Trịnh Mai Tạ Lương Hà Lò Sùng Giàng Vàng Triệu Nông Lục Thào Cao Chu").split()
MIDDLES = ("Văn Văn Văn Thị Thị Đức Xuân Minh Quang Hữu Thanh Ngọc Đình Công Hồng Trọng Tiến Quốc "
           "Mạnh Anh Thế Kim Khắc Huy Việt Bá Hải").split()
GIVENS = ("An Bình Cường Dũng Hải Hùng Long Nam Phong Quân Sơn Thắng Tuấn Trường Vinh Hoa Lan Hương "
          "Thu Hạnh Hiếu Khải Định Phúc Thành Tùng Hòa Huệ Khánh Lâm Lực Nghĩa Sang Tâm Thịnh Toàn "
          "Chính Đông Hưng Kiên Mạnh Ngân Quyết Thảo Tú Vượng Yên Giang Điệp Hậu").split()

LAO_NAMES = ["Khăm-phăn Phôm-ma-thắt", "Bun-thoong Đi-vi-xay", "Xổm-xạ-vạt Lèng-xa-vắt", "Vi-lay Xổm-phon",
             "Phết-xa-mon Pha-xay", "Xay-xổm-phon Phôm-vi-hản", "Khăm-mạn Xun-vi-lay", "Thoong-lun Xi-xu-lít",
             "Vắn-xay Phôm-xổm-bắt", "Xỉ-bun Xi-tha-vông", "Chăn-xạ-măn Phôm-ma-chăn", "Bun-nhăng Vo-la-chít"]
KHMER_NAMES = ["Men Con", "Chhun Sy", "Ouk Rabun", "Ưng Oeun", "Sok Sa-rươn", "Chay Bo-rin", "Mam Bun-nhe",
               "Kheng Sa-run", "Hun Sa-rin", "Ly Sa-vy"]
CHINESE_NAMES = ["Vương Ninh", "Lưu Ninh", "Lam Thiên Lập", "Trần Cương", "Nguyễn Thành Phát", "Vương Dư Ba",
                 "Lý Kỷ Hằng", "Trương Quốc Hoa", "Hoàng Vân Ba", "Chu Gia Bân", "Tôn Đại Vĩ", "Lưu Hồng Vũ"]


def viet_name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"


# --------------------------------------------------------------------------------------
# Parties: a locality and the ways a journalist writes it
# --------------------------------------------------------------------------------------


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


def _qualifier(rng: random.Random, province: str) -> str:
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
        p.qual = _qualifier(rng, prov)
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


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
TIME_OF_DAY = ["Sáng", "Sáng", "Chiều", "Chiều", "Tối", "Trưa"]


@dataclass
class When:
    start: dt.date
    end: dt.date | None
    year_source: str            # stated, published, context, unknown
    text: str = ""              # the date phrase as written (capitalised, sentence-initial form)
    mid: str = ""               # the same, for the middle of a sentence ("vào sáng 23/9")
    form: str = ""              # tag


def _dm(d: dt.date, sep: str, pad: bool = False) -> str:
    return f"{d.day:02d}{sep}{d.month:02d}" if pad else f"{d.day}{sep}{d.month}"


def date_phrase(rng: random.Random, w: When) -> None:
    """Fill in w.text / w.mid / w.form for the lead."""
    s, e, y = w.start, w.end, w.start.year
    with_year = w.year_source == "stated"
    if e is None:
        if with_year:
            choices = [
                ("d/m/y", lambda: f"ngày {s.day}/{s.month}/{y}"),
                ("d/m/y", lambda: f"ngày {_dm(s, '/', True)}/{y}"),
                ("tod d/m/y", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}/{s.month}/{y}"),
                ("tod ngày d/m/y", lambda: f"{rng.choice(TIME_OF_DAY).lower()} ngày {s.day}/{s.month}/{y}"),
                ("d.m.y", lambda: f"ngày {s.day}.{s.month}.{y}"),
                ("d-m-y", lambda: f"ngày {s.day}-{s.month}-{y}"),
                ("d-m-y", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}-{s.month}-{y}"),
                ("ngày d tháng m năm y", lambda: f"ngày {s.day} tháng {s.month} năm {y}"),
                ("ngày d tháng m năm y", lambda: f"{rng.choice(TIME_OF_DAY).lower()} ngày {s.day} tháng {s.month} năm {y}"),
            ]
        else:
            choices = [
                ("tod d/m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}/{s.month}"),
                ("tod d/m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}/{s.month}"),
                ("ngày d/m", lambda: f"ngày {s.day}/{s.month}"),
                ("tod ngày d/m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} ngày {s.day}/{s.month}"),
                ("tod d.m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}.{s.month}"),
                ("tod d-m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}-{s.month}"),
                ("ngày d-m", lambda: f"ngày {s.day}-{s.month}"),
                ("ngày d tháng m", lambda: f"ngày {s.day} tháng {s.month}"),
                ("tod nay (d/m)", lambda: f"{rng.choice(['sáng', 'chiều'])} nay ({s.day}/{s.month})"),
                ("ngày d/m (padded)", lambda: f"ngày {_dm(s, '/', True)}"),
            ]
    else:
        same_month = e.month == s.month
        n = (e - s).days + 1
        two = n == 2
        if with_year:
            choices = []
            if two and same_month:
                choices += [("hai ngày d và d tháng m năm y",
                             lambda: f"trong hai ngày {s.day} và {e.day} tháng {s.month} năm {y}"),
                            ("hai ngày d và d/m/y", lambda: f"trong hai ngày {s.day} và {e.day}/{s.month}/{y}"),
                            ("2 ngày (d - d/m/y)", lambda: f"trong 2 ngày ({s.day} - {e.day}/{s.month}/{y})")]
            if same_month:
                choices += [("từ ngày d đến ngày d/m/y", lambda: f"từ ngày {s.day} đến ngày {e.day}/{s.month}/{y}"),
                            ("từ ngày d đến d.m.y", lambda: f"từ ngày {s.day} đến {e.day}.{s.month}.{y}"),
                            ("từ d - d/m/y", lambda: f"từ ngày {s.day} - {e.day}/{s.month}/{y}")]
            choices += [("từ d/m đến d/m/y", lambda: f"từ ngày {s.day}/{s.month} đến ngày {e.day}/{e.month}/{y}")]
        else:
            choices = []
            if two and same_month:
                choices += [("hai ngày d và d/m", lambda: f"trong hai ngày {s.day} và {e.day}/{s.month}"),
                            ("hai ngày d và d tháng m", lambda: f"trong hai ngày {s.day} và {e.day} tháng {s.month}"),
                            ("2 ngày (d - d/m)", lambda: f"trong 2 ngày ({s.day} - {e.day}/{s.month})"),
                            ("hai ngày d, d/m", lambda: f"trong hai ngày {s.day}, {e.day}/{s.month}")]
            if same_month:
                choices += [("từ ngày d đến d.m", lambda: f"từ ngày {s.day} đến {e.day}.{s.month}"),
                            ("từ ngày d đến ngày d/m", lambda: f"từ ngày {s.day} đến ngày {e.day}/{s.month}"),
                            ("(d - d/m)", lambda: f"trong {n} ngày ({s.day} - {e.day}/{s.month})"),
                            ("từ d-d/m", lambda: f"từ ngày {s.day}-{e.day}/{s.month}")]
            choices += [("từ d/m đến d/m", lambda: f"từ ngày {s.day}/{s.month} đến ngày {e.day}/{e.month}")]
    form, make = rng.choice(choices)
    phrase = make()
    w.form = form
    w.text = phrase[0].upper() + phrase[1:]
    if phrase.startswith(("ngày", "sáng", "chiều", "tối", "trưa")) and "nay (" not in phrase:
        w.mid = "vào " + phrase
    else:
        w.mid = phrase


def iso_truth(w: When) -> tuple[str, str | None]:
    if w.year_source == "unknown":
        s = f"--{w.start.month:02d}-{w.start.day:02d}"
        e = f"--{w.end.month:02d}-{w.end.day:02d}" if w.end else None
        return s, e
    return w.start.isoformat(), (w.end.isoformat() if w.end else None)


def published_header(rng: random.Random, when: dt.datetime) -> tuple[str, str]:
    """(where, text): the page's publication time in one of the forms sites use."""
    d = when
    forms = [
        ("title", f" ({d:%H:%M} {d:%d/%m/%Y})"),
        ("above", f"{d:%d/%m/%Y} {d:%H:%M}"),
        ("above", f"{WEEKDAYS[d.weekday()]}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"),
        ("above", f"{WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year} - {d:%H:%M}"),
        ("below", f"Cập nhật lúc: {d:%H:%M} - {d:%d/%m/%Y}"),
        ("below", f"Ngày đăng: {d:%d/%m/%Y} | {d:%H:%M}"),
        ("below", f"{d:%d/%m/%Y} | {d:%H:%M} GMT+7"),
        ("below", f"{d:%H:%M} - {d:%d/%m/%Y}"),
        ("below", f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}, {d:%H:%M} (GMT+7)"),
    ]
    return rng.choice(forms)


# --------------------------------------------------------------------------------------
# Text pools
# --------------------------------------------------------------------------------------

SECTORS = ["du lịch", "nông nghiệp", "giao thông", "thương mại", "xúc tiến đầu tư", "giáo dục và đào tạo",
           "y tế", "văn hóa", "quốc phòng - an ninh", "xây dựng Đảng", "khoa học - công nghệ", "chuyển đổi số",
           "tài nguyên và môi trường", "lao động, việc làm", "công nghiệp", "thông tin - truyền thông",
           "thể dục - thể thao", "logistics", "cải cách hành chính", "nông thôn mới"]

TOPICS = ["hợp tác toàn diện", "hợp tác phát triển kinh tế - xã hội", "hợp tác phát triển du lịch",
          "hợp tác trong lĩnh vực nông nghiệp", "liên kết phát triển vùng", "hợp tác kết nghĩa",
          "hợp tác về xúc tiến đầu tư, thương mại", "hợp tác trong lĩnh vực giáo dục, y tế",
          "hợp tác phát triển hạ tầng giao thông kết nối"]

PHOTO_CAPTIONS_CONF = ["Quang cảnh hội nghị.", "Các đại biểu dự hội nghị.", "Toàn cảnh hội nghị.",
                       "Các đại biểu chụp ảnh lưu niệm tại hội nghị.", "Đại biểu hai bên dự hội nghị."]
PHOTO_CAPTIONS_SIGN = ["Lãnh đạo hai bên ký kết thỏa thuận hợp tác.", "Quang cảnh lễ ký kết.",
                       "Hai bên trao văn bản thỏa thuận hợp tác.", "Các đại biểu chứng kiến lễ ký kết."]
PHOTO_CAPTIONS_VISIT = ["Quang cảnh buổi làm việc.", "Đoàn công tác chụp ảnh lưu niệm.",
                        "Lãnh đạo hai bên trao đổi tại buổi làm việc.", "Các đại biểu dự buổi làm việc.",
                        "Đoàn công tác tham quan mô hình sản xuất."]

BYLINES = ["Ánh Tuyết", "Tin, ảnh: Hương Thu (TTXVN)", "H. Hải", "Thu Trang - Minh Đức", "PV", "Minh Phương",
           "Nguồn: Cổng TTĐT tỉnh", "Hồng Nhung", "Tin, ảnh: Thanh Hà", "Quang Huy", "Đức Anh - Văn Tuấn",
           "Bài, ảnh: Ngọc Mai", "N.H", "Vũ Linh", "Mạnh Cường (TTXVN)", "Theo Báo Nhân Dân", "Lê Hoa"]

PHOTOGRAPHERS = ["Thanh Hà", "PV", "Minh Đức", "TTXVN", "Quang Huy", "Ngọc Mai", "CTV"]

SITE_PREFIXES = ["HNP - ", "(LCĐT) - ", "QNP – ", "ĐNĐT - ", "(Chinhphu.vn) - ", "(Baolaocai.vn) - ",
                 "TTXVN - ", "NDĐT - ", "(BVP) - ", "CTTĐT - "]

JUNK_TAILS = ["fbytzltw", "{", "}", "Đọc tiếp", "TOP", "Lên đầu trang", "×", "Quay lại"]


def sectors_list(rng: random.Random, k: int | None = None) -> list[str]:
    k = k or rng.randint(3, 6)
    return rng.sample(SECTORS, k)


def people_list(p: Party, rng: random.Random, k: int | None = None) -> str:
    ppl = p.people[: (k or len(p.people))]
    return "; ".join(f"{n}, {t}" for n, t in ppl)


# --------------------------------------------------------------------------------------
# The article
# --------------------------------------------------------------------------------------


@dataclass
class Plan:
    kind: str
    a: Party          # the initiator: visitor, issuer, first named
    b: Party          # the other
    host: Party       # where it happens (one of a, b) or a third place
    etype: str
    when: When
    published: dt.datetime | None
    cue_year: int | None
    post2025: bool
    third_location: str | None = None   # canonical province of a third place
    loc_text: str = ""                  # "tại thành phố Yên Bái"


def _loc_phrase(rng: random.Random, host: Party, pool: dict[str, list[dict]], plan: Plan) -> str:
    if plan.third_location:
        tp = province_party(plan.third_location, rng, people=False)
        return rng.choice([f"tại {tp.full0}", f"tại {tp.short0}", f"tại Trung tâm Hội nghị {tp.full0}"])
    if host.kind == "foreign":
        cities = FOREIGN_CITIES.get(host.canon)
        if cities and rng.random() < 0.5:
            c = rng.choice(cities)
            return f"tại {c}, {host.full0}"
        return f"tại {host.full0}"
    if host.kind in ("city", "town", "district", "urban"):
        word = host.full0 + host.qual
        return rng.choice([f"tại {word}", f"tại Hội trường UBND {host.level if not host.name.startswith('Quận ') else ''} {host.name}".replace("  ", " "),
                           f"tại trụ sở {host.committee}"])
    # a province / central city: its capital city, or a building, or the province itself
    cities = [d for d in pool.get(host.canon, []) if d["level"] == "thành phố"]
    r = rng.random()
    if cities and r < 0.35 and not plan.post2025:
        d = cities[0] if rng.random() < 0.7 else rng.choice(cities)
        return f"tại thành phố {d['name']}"
    if r < 0.55:
        return f"tại {host.full0}"
    if r < 0.7:
        return f"tại Trung tâm Hội nghị {host.full0}"
    if r < 0.85:
        return f"tại trụ sở {host.gov}"
    return f"tại Hội trường {host.committee}"


def _gen_when(rng: random.Random, post2025: bool, etype: str, kind: str) -> tuple[When, dt.datetime | None, int | None]:
    if post2025:
        start = dt.date(2025, 7, 1) + dt.timedelta(days=rng.randint(0, 172))
    else:
        year = rng.choices(range(2005, 2026), weights=[1 + (y - 2005) // 3 for y in range(2005, 2026)])[0]
        if kind in ("city", "district", "urban") and year < 2012:
            year = rng.randint(2012, 2024)
        last = dt.date(2025, 6, 30) if year == 2025 else dt.date(year, 12, 31)
        first = dt.date(year, 1, 2)
        start = first + dt.timedelta(days=rng.randint(0, (last - first).days))
    end = None
    if rng.random() < (0.35 if etype == "visit" else 0.15 if etype in ("conference",) else 0.0):
        n = rng.choice([2, 2, 2, 3, 3, 4, 5])
        end = start + dt.timedelta(days=n - 1)
        if end.month != start.month and rng.random() < 0.6:
            end = None
        if post2025 is False and end and end > dt.date(2025, 6, 30) and start <= dt.date(2025, 6, 30):
            end = None
    r = rng.random()
    if r < 0.33:
        ys = "stated"
    elif r < 0.68:
        ys = "published"
    elif r < 0.92:
        ys = "context"
    else:
        ys = "unknown"
    published = None
    if ys == "published" or (ys == "stated" and rng.random() < 0.5):
        base = end or start
        delta = rng.choice([0, 0, 0, 1, 1, 2, 3])
        if base.month == 12 and base.day >= 27 and rng.random() < 0.7:
            delta = rng.randint(5, 8)   # written up after New Year: the year rolls over
        pdate = base + dt.timedelta(days=delta)
        published = dt.datetime(pdate.year, pdate.month, pdate.day, rng.randint(6, 22), rng.randint(0, 59))
    if post2025 and ys == "unknown":
        ys = "context"   # the article speaks of the merged province: 2025 (see _closing)
    cue = start.year if ys == "context" else None
    return When(start, end, ys), published, cue


def _pick_pair(rng: random.Random, i: int, order: list[str], pool: dict[str, list[dict]],
               foreign_recs: dict[str, dict]) -> tuple[str, Party, Party, bool]:
    """(kind, a, b, post2025)."""
    kinds = ["prov-prov", "central-prov", "city-city", "district-district", "urban-district",
             "foreign", "post2025"]
    weights = [0.30, 0.13, 0.10, 0.13, 0.05, 0.19, 0.10]
    kind = rng.choices(kinds, weights)[0]
    anchor = order[i % len(order)]  # every province comes round in turn
    others = [p for p in order if p != anchor]
    if kind == "post2025":
        units = sorted({u for u in UNITS_2025})
        a_name, b_name = rng.sample(units, 2)
        conv = {"Huế": "Thừa Thiên Huế"}
        a = province_party(conv.get(a_name, a_name), rng, post2025=True)
        b = province_party(conv.get(b_name, b_name), rng, post2025=True)
        return kind, a, b, True
    if kind == "foreign":
        fname = rng.choice(list(FOREIGN_PARTNERS))
        vn = rng.choice(FOREIGN_PARTNERS[fname])
        f = foreign_party(fname, foreign_recs[fname], rng)
        v = province_party(vn, rng)
        return kind, *(rng.sample([v, f], 2)), False
    if kind == "prov-prov":
        return kind, province_party(anchor, rng), province_party(rng.choice(others), rng), False
    if kind == "central-prov":
        c = rng.choice(["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Hà Nội"])
        p = anchor if anchor != c else rng.choice(others)
        pair = [province_party(c, rng), province_party(p, rng)]
        rng.shuffle(pair)
        return kind, pair[0], pair[1], False
    if kind == "city-city":
        def city_of(prov: str) -> dict | None:
            cs = [d for d in pool.get(prov, []) if d["level"] == "thành phố"]
            return rng.choice(cs) if cs else None
        ca = city_of(anchor)
        other = rng.choice(others)
        cb = city_of(other)
        tries = 0
        while (ca is None or cb is None) and tries < 20:
            anchor2 = rng.choice(others)
            ca = ca or city_of(anchor2)
            other = rng.choice(others)
            cb = city_of(other) if other != (ca or {}).get("province") else None
            tries += 1
        if ca is None or cb is None or ca["province"] == cb["province"]:
            return "prov-prov", province_party(anchor, rng), province_party(rng.choice(others), rng), False
        return kind, district_party(ca, rng), district_party(cb, rng), False
    if kind == "district-district":
        def dist_of(prov: str) -> dict:
            ds = [d for d in pool.get(prov, []) if d["level"] in ("huyện", "thị xã")] or pool[prov]
            return rng.choice(ds)
        other = rng.choice([p for p in others if pool.get(p)])
        anchor_ok = anchor if pool.get(anchor) else rng.choice(others)
        return kind, district_party(dist_of(anchor_ok), rng), district_party(dist_of(other), rng), False
    # urban district of a centrally-run city with a rural district elsewhere
    c = rng.choice(["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"])
    q = rng.choice([d for d in pool[c] if d["level"] == "quận"])
    prov = anchor if anchor != c and pool.get(anchor) else rng.choice([p for p in others if p != c and pool.get(p)])
    h = rng.choice([d for d in pool[prov] if d["level"] == "huyện"] or pool[prov])
    pair = [district_party(q, rng), district_party(h, rng)]
    rng.shuffle(pair)
    return kind, pair[0], pair[1], False


UNITS_2025: list[str] = []


def _intro(p: Party, rng: random.Random, qualified: bool = True) -> str:
    """The first full mention of a party (a district gets its province when needed)."""
    s = p.full(rng)
    if p.qualify:
        s += p.qual
    elif p.kind in ("city", "town", "district", "urban") and qualified and rng.random() < 0.45:
        s += _qualifier(rng, p.canon)
    return s


def _pair_phrase(rng: random.Random, a: Party, b: Party, ia: str, ib: str) -> str:
    if a.level == b.level and a.kind == b.kind and a.kind in ("province",) and rng.random() < 0.3:
        return f"hai tỉnh {a.short0} và {b.short0}"
    if a.kind == b.kind == "district" and rng.random() < 0.3 and not (a.qualify or b.qualify):
        return f"hai huyện {a.short0} và {b.short0}"
    return f"{ia} và {ib}"


def _lead(rng: random.Random, plan: Plan, ia: str, ib: str) -> str:
    a, b, w = plan.a, plan.b, plan.when
    D, mid, loc = w.text, w.mid, plan.loc_text
    pair = _pair_phrase(rng, a, b, ia, ib)
    topic = rng.choice(TOPICS)
    cue = ""
    if plan.cue_year and rng.random() < 0.5:
        cue = _cue_phrase(rng, plan)  # the year is named in the lead itself
        if cue:
            plan.cue_year = None      # (used up)
    if plan.etype == "conference":
        what = rng.choice(["Hội nghị đánh giá kết quả thực hiện chương trình hợp tác",
                           "Hội nghị sơ kết chương trình hợp tác", "Hội nghị tổng kết thỏa thuận hợp tác",
                           f"Hội nghị sơ kết {rng.choice([2, 3, 5])} năm thực hiện chương trình hợp tác",
                           "hội nghị đánh giá kết quả hợp tác", "Hội nghị giao ban công tác phối hợp",
                           "tọa đàm trao đổi kinh nghiệm"])
        tail = cue or rng.choice(["", " và phương hướng trong thời gian tới", " từ đầu nhiệm kỳ đến nay",
                                  ", bàn phương hướng hợp tác giai đoạn tới"])
        templates = [
            f"{D}, {loc}, Ban Thường vụ {a.committee} phối hợp với Ban Thường vụ {b.committee} tổ chức {what} giữa hai địa phương{tail}.",
            f"{D}, {loc} đã diễn ra {what} giữa {pair}{tail}.",
            f"{D}, {a.gov} và {b.gov} tổ chức {what} giữa {ia} và {ib}{tail}, {loc}.",
            f"{loc[0].upper() + loc[1:]}, {mid.replace('vào ', '')}, {a.gov} phối hợp với {b.gov} tổ chức {what}{tail}.",
            f"{a.gov} vừa phối hợp với {b.gov} tổ chức {what} giữa {ia} và {ib}{tail}. Hội nghị diễn ra {mid} {loc}.",
            f"{D}, {loc}, lãnh đạo {ia} và {ib} tổ chức {what} về {', '.join(sectors_list(rng, 2))}{tail}.",
            f"{D}, {loc}, {ia} và {ib} đã tổ chức {what}{tail}. Tham dự hội nghị có lãnh đạo chủ chốt của hai địa phương.",
        ]
    elif plan.etype == "signing":
        doc = rng.choice(["thỏa thuận hợp tác", "Biên bản ghi nhớ hợp tác", "biên bản ghi nhớ về hợp tác",
                          "Chương trình hợp tác", "thỏa thuận hợp tác toàn diện", "Bản ghi nhớ hợp tác",
                          "chương trình phối hợp"])
        tail = cue or rng.choice(["", f" về {topic}", f" trên các lĩnh vực {', '.join(sectors_list(rng, 3))}"])
        templates = [
            f"{D}, {loc}, {a.gov} và {b.gov} đã tổ chức Lễ ký kết {doc}{tail}.",
            f"{D}, {loc}, lãnh đạo {ia} và {ib} đã ký kết {doc}{tail}.",
            f"{ia[0].upper() + ia[1:]} và {ib} vừa ký kết {doc}{tail}. Lễ ký kết diễn ra {mid} {loc}.",
            f"{D}, Ban Thường vụ {a.committee} và Ban Thường vụ {b.committee} đã ký kết {doc}{tail}, {loc}.",
            f"{D}, {loc} diễn ra lễ ký kết {doc} giữa {pair}{tail}.",
            f"{D}, {loc}, đại diện lãnh đạo {ia} và {ib} đã ký {doc}{tail}.",
            f"{loc[0].upper() + loc[1:]}, {mid.replace('vào ', '')}, {ia} và {ib} đã ký kết {doc}{tail}.",
        ]
    elif plan.etype == "visit":
        head, htitle = a.people[0]
        tail = cue or rng.choice(["", f" về {topic}", ", trao đổi kinh nghiệm và tìm hiểu cơ hội hợp tác",
                                  " nhằm tăng cường quan hệ hợp tác giữa hai địa phương"])
        ib_loc = ib
        templates = [
            f"{D}, Đoàn công tác {ia} do đồng chí {head}, {htitle} làm trưởng đoàn đã đến thăm và làm việc tại {ib_loc}{tail}.",
            f"{D}, {loc}, {b.gov} đã tiếp và làm việc với đoàn công tác {ia} do đồng chí {head}, {htitle} dẫn đầu{tail}.",
            f"{D}, đoàn đại biểu cấp cao {ia} do đồng chí {head}, {htitle} dẫn đầu đã có chuyến thăm và làm việc tại {ib_loc}{tail}.",
            f"Đoàn công tác của {ia} do đồng chí {head}, {htitle} làm trưởng đoàn đã có chuyến thăm, làm việc tại {ib_loc} {mid}{tail}.",
            f"{D}, đồng chí {head}, {htitle} cùng đoàn công tác {ia} đã đến thăm và làm việc với {b.gov}{tail}.",
            f"Trong khuôn khổ chuyến thăm và làm việc tại {ib_loc}, {mid.replace('vào ', '')}, đoàn công tác {ia} do đồng chí {head}, {htitle} dẫn đầu đã làm việc với lãnh đạo {b.short0}{tail}.",
            f"{D}, {loc}, lãnh đạo {b.short0} đã tiếp đoàn công tác {ia} do đồng chí {head}, {htitle} làm trưởng đoàn đến thăm và làm việc{tail}.",
        ]
    else:  # announcement
        num = rng.randint(12, 3999)
        sfx = {"tỉnh": "TU", "thành phố": "TU", "huyện": "HU", "thị xã": "TX", "quận": "QU"}[a.level]
        if a.kind == "city":
            sfx = "ThU"
        tail = cue or rng.choice(["", f" giai đoạn tới", f" trong lĩnh vực {rng.choice(SECTORS)}"])
        templates = [
            f"{D}, Văn phòng {a.committee} ban hành Thông báo số {num}-TB/{sfx} kết luận của Thường trực {a.committee} về kết quả làm việc với đoàn công tác {ib}{tail}.",
            f"{D}, {a.committee} ban hành Thông báo số {num}-TB/{sfx}, truyền đạt kết luận Hội nghị giữa Ban Thường vụ {a.committee} và Ban Thường vụ {b.committee}{tail}.",
            f"{D}, {a.gov} ban hành Kế hoạch số {num}/KH-UBND triển khai thực hiện chương trình hợp tác giữa {ia} và {ib}{tail}.",
            f"{a.gov} vừa ban hành Thông báo số {num}/TB-UBND {mid} kết luận của Chủ tịch UBND về việc triển khai thỏa thuận hợp tác với {ib}{tail}.",
            f"{D}, Thường trực {a.committee} ban hành kết luận về việc tiếp tục thực hiện chương trình hợp tác với {ib}{tail}.",
            f"{D}, {a.gov} đã ban hành Kế hoạch số {num}/KH-UBND về thực hiện {topic} với {ib}{tail}.",
        ]
    lead = rng.choice(templates)
    return lead[0].upper() + lead[1:]


def _cue_phrase(rng: random.Random, plan: Plan) -> str:
    """A phrase in the lead naming the event's year the way reports do (year_source=context),
    or "" when no phrase fits this kind of event in this month. Only phrases that leave no
    doubt about the year are used ("phương hướng năm 2025" in December could mean the next
    year's plan made in 2024, so it is used in the first half of the year only)."""
    y, m, t = plan.when.start.year, plan.when.start.month, plan.etype
    opts: list[str] = []
    if t == "conference":
        if m <= 6:
            opts += [f"; phương hướng hợp tác năm {y}", f", triển khai kế hoạch hợp tác năm {y}",
                     f" và thống nhất kế hoạch phối hợp năm {y}"]
        if m <= 3:
            opts += [f"; tổng kết công tác phối hợp năm {y - 1} và triển khai nhiệm vụ năm {y}"]
        if 6 <= m <= 8:
            opts += [f", sơ kết 6 tháng đầu năm {y}"]
        if m >= 11:
            opts += [f", tổng kết công tác phối hợp năm {y}"]
    elif t == "signing":
        if m <= 6:
            opts += [f" về kế hoạch hợp tác năm {y}", f", triển khai chương trình hợp tác năm {y}"]
    elif t == "visit":
        if m <= 6:
            opts += [f" nhằm triển khai kế hoạch hợp tác năm {y}"]
    elif t == "announcement":
        if m <= 6:
            opts += [f" năm {y}"]
    return rng.choice(opts) if opts else ""


def _cue_paragraph(rng: random.Random, plan: Plan) -> str:
    y, m = plan.when.start.year, plan.when.start.month
    a, b = plan.a, plan.b
    opts: list[str] = []
    if m <= 6:
        opts += [f"Trong năm {y}, hai bên thống nhất tập trung triển khai có hiệu quả các nội dung đã ký kết, "
                 f"ưu tiên các lĩnh vực {', '.join(sectors_list(rng, 3))}.",
                 f"Tại buổi làm việc, hai bên đã thống nhất kế hoạch hợp tác năm {y} với nhiều nội dung cụ thể, "
                 "phân công rõ cơ quan đầu mối của mỗi bên để theo dõi, đôn đốc thực hiện.",
                 f"Phương hướng hợp tác năm {y} được hai bên xác định là tiếp tục đi vào chiều sâu, thiết thực, "
                 f"hiệu quả; trong đó chú trọng {rng.choice(SECTORS)} và {rng.choice(SECTORS)}."]
    if m <= 3:
        opts += [f"Trong không khí những ngày đầu xuân mới {y}, lãnh đạo hai địa phương đã trao đổi, "
                 "chúc mừng nhau và bày tỏ mong muốn tiếp tục tăng cường hợp tác.",
                 f"Lãnh đạo {a.short0} và {b.short0} đã trao đổi kết quả thực hiện nhiệm vụ năm {y - 1} và "
                 f"phương hướng, nhiệm vụ năm {y} của mỗi địa phương."]
    if m >= 4:
        opts += [f"Từ đầu năm {y} đến nay, hai bên đã phối hợp tổ chức nhiều hoạt động giao lưu, trao đổi "
                 f"kinh nghiệm, nhất là trong lĩnh vực {rng.choice(SECTORS)}."]
    if 6 <= m <= 8:
        opts += [f"Hai bên đã thông tin về tình hình kinh tế - xã hội 6 tháng đầu năm {y}, nhiệm vụ trọng tâm "
                 "6 tháng cuối năm của mỗi địa phương."]
    if 10 <= m <= 11:
        opts += [f"Lãnh đạo hai bên đã thông tin tình hình phát triển kinh tế - xã hội 9 tháng đầu năm {y} "
                 "của mỗi địa phương."]
    if m == 12:
        opts += [f"Hai bên đã đánh giá kết quả thực hiện chương trình hợp tác năm {y}, thống nhất phương hướng "
                 f"hợp tác năm {y + 1}."]
    return rng.choice(opts)


def _participants(rng: random.Random, plan: Plan) -> str:
    a, b = plan.a, plan.b
    event = {"conference": "hội nghị", "signing": "lễ ký kết", "visit": "buổi làm việc",
             "announcement": "hội nghị"}[plan.etype]
    if plan.etype == "visit":
        host = plan.b
        rest = "; ".join(f"{n}, {t}" for n, t in a.people[1:])
        return (f"Tiếp và làm việc với đoàn, về phía {host.short0 if host.kind != 'foreign' else host.full0} có "
                f"các đồng chí: {people_list(host, rng)}; lãnh đạo một số sở, ngành liên quan. "
                f"Cùng đi với đoàn công tác {a.short0} có các đồng chí: {rest}; lãnh đạo một số sở, ban, ngành.")
    if rng.random() < 0.5:
        return (f"Dự {event}, về phía {a.full0} có các đồng chí: {people_list(a, rng)}; các đồng chí Ủy viên "
                f"Ban Thường vụ, lãnh đạo một số sở, ban, ngành.\n\n"
                f"Về phía {b.full0} có các đồng chí: {people_list(b, rng)}; lãnh đạo các sở, ngành, đoàn thể.")
    (n1, t1), (n2, t2) = a.people[0], b.people[0]
    return (f"Đoàn công tác {a.short0} do đồng chí {n1}, {t1} làm trưởng đoàn. Đoàn công tác {b.short0} do "
            f"đồng chí {n2}, {t2} làm trưởng đoàn. Dự {event} còn có các đồng chí trong Ban Thường vụ, Thường "
            "trực HĐND, lãnh đạo UBND, các đoàn thể và cơ quan chuyên môn của hai địa phương.")


def _announcement_body(rng: random.Random, plan: Plan) -> str:
    a, b = plan.a, plan.b
    secs = sectors_list(rng, 4)
    return (f"Theo đó, {a.committee} đánh giá cao kết quả hợp tác giữa {a.short0} và {b.short0} thời gian qua; "
            f"thống nhất tiếp tục tăng cường và mở rộng hợp tác trên các lĩnh vực {', '.join(secs)}. "
            f"Giao {a.gov} chủ trì, phối hợp với các cơ quan liên quan cụ thể hóa các nội dung hợp tác thành "
            "kế hoạch hằng năm, định kỳ báo cáo kết quả thực hiện.\n\n"
            f"Các sở, ngành, đơn vị liên quan căn cứ chức năng, nhiệm vụ chủ động phối hợp với các cơ quan của "
            f"{b.full0} triển khai thực hiện; kịp thời báo cáo, đề xuất tháo gỡ những khó khăn, vướng mắc phát sinh.")


def _results(rng: random.Random, plan: Plan) -> list[str]:
    a, b = plan.a, plan.b
    u = a.unit_word if a.unit_word == b.unit_word else "địa phương"
    secs = sectors_list(rng)
    k = rng.randint(8, 40)
    money = f"{rng.randint(1, 9)}.{rng.randint(100, 999)}"
    pct = f"{rng.randint(5, 19)},{rng.randint(1, 9)}"
    pool = [
        f"Tại {plan_event_word(plan)}, các đại biểu đã đánh giá kết quả hợp tác giữa {a.short0} và {b.short0} "
        f"thời gian qua. Hai bên đã phối hợp triển khai nhiều hoạt động hợp tác trên các lĩnh vực: "
        f"{'; '.join(secs)}.",
        f"Thời gian qua, việc triển khai thực hiện thỏa thuận hợp tác giữa hai {u} đã được các sở, ngành, địa "
        f"phương chú trọng thực hiện, mang lại nhiều kết quả tốt đẹp. Hai bên đã tổ chức {k} đoàn công tác "
        "trao đổi, học tập kinh nghiệm về phát triển kinh tế, quản lý đô thị, xây dựng nông thôn mới và công "
        "tác xây dựng hệ thống chính trị.",
        f"Trong lĩnh vực {secs[0]}, hai bên đã phối hợp tổ chức các hoạt động quảng bá, kết nối; tổng giá trị "
        f"hàng hóa trao đổi đạt khoảng {money} tỷ đồng, tăng {pct}% so với cùng kỳ. Lượng khách du lịch giữa "
        f"hai địa phương đạt trên {rng.randint(10, 99)}.{rng.randint(100, 999)} lượt.",
        f"Hai bên thống nhất tiếp tục đẩy mạnh hợp tác trong các lĩnh vực {', '.join(secs[:3])}; tăng cường "
        "trao đổi thông tin, chia sẻ kinh nghiệm trong công tác lãnh đạo, chỉ đạo, điều hành; tạo điều kiện "
        "thuận lợi để doanh nghiệp hai bên tìm hiểu cơ hội đầu tư, kinh doanh.",
        f"Về {secs[1]}, các cơ quan chuyên môn của hai {u} thường xuyên trao đổi, học tập kinh nghiệm; phối "
        f"hợp thực hiện Nghị quyết số {rng.randint(10, 60)}-NQ/TW của Bộ Chính trị, Quyết định số "
        f"{rng.randint(100, 2500)}/QĐ-TTg của Thủ tướng Chính phủ và các văn bản hướng dẫn.",
        f"Bên cạnh kết quả đạt được, lãnh đạo hai bên cũng thẳng thắn chỉ ra một số hạn chế: một số nội dung "
        f"hợp tác chưa được cụ thể hóa; hoạt động kết nối doanh nghiệp, xúc tiến đầu tư chưa tương xứng với "
        f"tiềm năng; công tác thông tin, tuyên truyền về hợp tác giữa hai bên có lúc chưa thường xuyên.",
        f"Các đại biểu đã tập trung thảo luận, làm rõ những kết quả đạt được, khó khăn, vướng mắc và đề xuất "
        f"giải pháp để hợp tác giữa hai bên ngày càng đi vào chiều sâu, thiết thực, hiệu quả, nhất là trong "
        f"lĩnh vực {secs[-1]}.",
        f"Theo báo cáo, hai bên đã kết nối đưa {rng.randint(3, 30)} sản phẩm OCOP tiêu biểu vào hệ thống phân "
        f"phối; phối hợp tổ chức {rng.randint(2, 9)} hội chợ, tuần hàng; hỗ trợ đào tạo {rng.randint(50, 900)} "
        "lượt cán bộ, công chức trong các lĩnh vực quản lý nhà nước.",
        f"Về kết nối hạ tầng, hai bên đã phối hợp đề xuất Trung ương đầu tư nâng cấp các tuyến quốc lộ, đường "
        f"cao tốc kết nối; phối hợp thu hút các nhà đầu tư chiến lược vào lĩnh vực "
        f"{rng.choice(['logistics', 'công nghiệp chế biến', 'năng lượng tái tạo', 'du lịch nghỉ dưỡng'])}. "
        f"Đến nay, đã có {rng.randint(3, 40)} doanh nghiệp của {a.short0} đầu tư tại {b.short0} với tổng vốn "
        f"đăng ký hơn {rng.randint(120, 9800)} tỷ đồng.",
        f"Trong lĩnh vực giáo dục, y tế, các bệnh viện, trường học của hai bên đã ký kết {rng.randint(2, 12)} "
        "chương trình phối hợp đào tạo, chuyển giao kỹ thuật; nhiều đoàn cán bộ quản lý giáo dục đã trao đổi, "
        "học tập kinh nghiệm về đổi mới chương trình giáo dục phổ thông và xây dựng trường chuẩn quốc gia.",
        f"Về nông nghiệp, hai bên hỗ trợ nhau xây dựng chuỗi liên kết sản xuất, tiêu thụ nông sản; {a.short0} "
        f"đã giới thiệu {rng.randint(5, 60)} doanh nghiệp, hợp tác xã tham gia các hội chợ nông sản do "
        f"{b.short0} tổ chức, góp phần nâng cao giá trị sản phẩm chủ lực của mỗi địa phương.",
        "Công tác xây dựng Đảng được hai bên quan tâm; thường xuyên trao đổi kinh nghiệm trong công tác tổ "
        "chức cán bộ, kiểm tra, giám sát, dân vận; sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, "
        "hiệu quả; thực hiện chính quyền điện tử, chuyển đổi số trong các cơ quan nhà nước.",
        f"Hoạt động giao lưu văn hóa, thể thao, du lịch diễn ra sôi nổi; hai bên đã phối hợp tổ chức "
        f"{rng.randint(2, 15)} chương trình quảng bá du lịch, khảo sát xây dựng tour, tuyến kết nối các điểm "
        f"đến nổi bật của {a.short0} và {b.short0}.",
        "Lực lượng vũ trang hai bên phối hợp chặt chẽ trong công tác bảo đảm an ninh chính trị, trật tự an "
        "toàn xã hội; trao đổi thông tin, phòng chống tội phạm, buôn lậu, gian lận thương mại; phối hợp giải "
        "quyết các vụ việc phát sinh tại khu vực giáp ranh.",
    ]
    rng.shuffle(pool)
    return pool


def plan_event_word(plan: Plan) -> str:
    return {"conference": "hội nghị", "signing": "lễ ký kết", "visit": "buổi làm việc",
            "announcement": "hội nghị"}[plan.etype]


def _speeches(rng: random.Random, plan: Plan) -> list[str]:
    a, b = plan.a, plan.b
    (na, ta), (nb, tb) = a.people[0], b.people[0]
    ta_s, tb_s = _short_title(ta), _short_title(tb)
    where = plan_event_word(plan)
    sa, sb = rng.choice(SECTORS), rng.choice(SECTORS)
    out = [
        f"Phát biểu tại {where}, đồng chí {na}, {ta_s} {a.short0 if a.kind != 'foreign' else ''}".rstrip()
        + f" nhấn mạnh: {a.short0} và {b.short0} có mối quan hệ gắn bó, truyền thống đoàn kết lâu đời. "
        f"Thời gian tới, đề nghị hai bên tiếp tục cụ thể hóa các nội dung hợp tác, trong đó tập trung vào "
        f"{sa}, {sb}, bảo đảm thực chất, hiệu quả.",
        f"Thay mặt lãnh đạo {b.short0}, đồng chí {nb}, {tb_s} cảm ơn và đánh giá cao tình cảm mà {a.short0} dành "
        f"cho {b.short0}; khẳng định sẽ chỉ đạo các cơ quan, đơn vị tạo mọi điều kiện thuận lợi để các nội dung "
        "hợp tác được triển khai hiệu quả.",
        f"Đồng chí {nb} bày tỏ ấn tượng với sự phát triển năng động của {a.short0} trong những năm qua, nổi bật "
        f"là về {sa}, hạ tầng giao thông, thu hút đầu tư; mong muốn được học tập kinh nghiệm của {a.short0} "
        f"trong {sb}.",
    ]
    first, b_part = out[0], out[1: 1 + rng.randint(0, 2)]
    return [first] + b_part if rng.random() < 0.6 else b_part + [first]


def _short_title(t: str) -> str:
    """The one office a speaker is named by ("Bí thư Tỉnh ủy"), from a full title list."""
    parts = t.split(", ")
    for key in ("Bí thư", "Chủ tịch", "Tỉnh trưởng", "Đô trưởng"):
        for x in parts:
            if x.startswith(key) or x.startswith("Phó " + key):
                return x
    return parts[-1]


def _history(rng: random.Random, plan: Plan) -> str | None:
    """An older dated milestone (full date with year, before the event)."""
    s = plan.when.start
    if plan.when.year_source == "unknown":
        return rng.choice([None, "Nhiều năm qua, hai bên đã duy trì thường xuyên các cuộc gặp gỡ, trao đổi "
                                 "giữa lãnh đạo cấp cao và giữa các sở, ngành, địa phương."])
    y0 = max(1995, s.year - rng.randint(1, 12))
    d0 = dt.date(y0, rng.randint(1, 12), rng.randint(1, 28))
    if d0 >= s:
        return None
    a, b = plan.a, plan.b
    f = rng.choice([f"ngày {d0.day}/{d0.month}/{d0.year}", f"ngày {d0.day}-{d0.month}-{d0.year}",
                    f"ngày {d0.day} tháng {d0.month} năm {d0.year}"])
    opts = [f"Thỏa thuận hợp tác giữa {a.short0} và {b.short0} đã được lãnh đạo hai bên ký kết vào {f}.",
            f"Theo đó, {f}, tại {a.full0 if rng.random() < 0.5 else b.full0}, lãnh đạo hai bên đã ký kết Biên bản "
            f"ghi nhớ hợp tác toàn diện. Từ đó đến nay, quan hệ hợp tác ngày càng được củng cố.",
            f"Từ năm {d0.year}, hai bên đã ký kết chương trình hợp tác trên nhiều lĩnh vực và định kỳ tổ chức "
            "sơ kết, đánh giá kết quả thực hiện."]
    return rng.choice(opts)


def _closing(rng: random.Random, plan: Plan) -> list[str]:
    a, b = plan.a, plan.b
    out = [f"Nhân dịp này, lãnh đạo {a.short0} và {b.short0} đã trao tặng quà lưu niệm, thể hiện tinh thần "
           "đoàn kết, gắn bó, cùng hợp tác, phát triển.",
           f"Trước đó, đoàn công tác {a.short0} đã đến tham quan một số mô hình phát triển kinh tế, khu du lịch "
           f"và dự án trọng điểm trên địa bàn {b.short0}."]
    if plan.etype == "conference" and rng.random() < 0.5:
        out.append(f"Tại hội nghị, lãnh đạo hai bên đã ký kết biên bản ghi nhớ về kế hoạch hợp tác thời gian "
                   "tới, với nhiều nội dung cụ thể thuộc các lĩnh vực xây dựng Đảng, phát triển kinh tế - xã "
                   "hội, bảo đảm quốc phòng - an ninh.")
    if plan.post2025 and (rng.random() < 0.7 or plan.when.year_source == "context"):
        absorbed = [x for x in UNITS_ABSORBED.get(b.name if b.name != "Huế" else "Huế", []) if x != b.canon]
        if absorbed:
            out.append(f"{b.full0[0].upper() + b.full0[1:]} (mới) được thành lập trên cơ sở hợp nhất "
                       f"{', '.join('tỉnh ' + x for x in absorbed)} và {b.full0} cũ, chính thức đi vào hoạt "
                       "động từ ngày 1/7/2025 theo Nghị quyết số 202/2025/QH15 của Quốc hội.")
    rng.shuffle(out)
    return out[: rng.randint(1, len(out))]


UNITS_ABSORBED: dict[str, list[str]] = {}


def _distractor_items(rng: random.Random, plan: Plan, k: int) -> list[str]:
    """'Tin cùng chuyên mục' items: other news, some of them dated cooperation stories."""
    items = []
    provs = [p for p in ALL_PROVINCES]
    base = plan.published.date() if plan.published else plan.when.start
    for _ in range(k):
        d = base - dt.timedelta(days=rng.randint(1, 40))
        x, y = (province_party(q, rng, d, people=False).full0 for q in rng.sample(provs, 2))
        kind = rng.random()
        if kind < 0.4:
            title = f"Đoàn công tác {x} thăm, làm việc tại {y}"
            summ = (f"{rng.choice(['Sáng', 'Chiều'])} {d.day}/{d.month}, đoàn công tác {x} do đồng chí "
                    f"{viet_name(rng)}, Phó Chủ tịch UBND làm trưởng đoàn đã đến thăm và làm việc tại {y}.")
        elif kind < 0.6:
            title = f"Đại biểu HĐND tỉnh tiếp xúc cử tri tại thành phố"
            summ = (f"Sáng {d.day}/{d.month}, tại Trung tâm Hội nghị, đại biểu HĐND tỉnh có buổi tiếp xúc cử tri "
                    "các phường, xã trước kỳ họp thường lệ.")
        elif kind < 0.8:
            title = "Quyết tâm chính trị cao nhất sắp xếp, hoàn thiện tổ chức bộ máy tinh gọn, hiệu quả"
            summ = ("Việc sắp xếp tổ chức bộ máy của hệ thống chính trị tinh, gọn, mạnh là nhiệm vụ đặc biệt "
                    "quan trọng, phải thực hiện với quyết tâm cao nhất.")
        else:
            title = f"Ký kết thỏa thuận hợp tác giữa {x} và {y}"
            summ = (f"Ngày {d.day}/{d.month}, tại {y}, lãnh đạo {x} và {y} đã ký kết thỏa thuận hợp "
                    "tác giai đoạn mới.")
        if plan.published and rng.random() < 0.5:
            title += f" ({d:%d/%m/%Y})"
        items.append(f"{title}\n\n{title}\n\n{summ}" if rng.random() < 0.5 else f"{title}\n{summ}")
    return items


ALL_PROVINCES: list[str] = []


def _title(rng: random.Random, plan: Plan) -> str:
    a, b = plan.a, plan.b
    A, B = a.full(rng), b.full(rng)
    A = A[0].upper() + A[1:]
    sa, sb = a.short0, b.short0
    t = plan.etype
    if t == "conference":
        opts = [f"Hội nghị sơ kết chương trình hợp tác giữa {a.full0} và {b.full0}",
                f"Hai {a.unit_word if a.unit_word == b.unit_word else 'địa phương'} {sa} – {sb} tăng cường hợp tác toàn diện và đi vào chiều sâu",
                f"{A} và {B} tiếp tục hợp tác toàn diện",
                f"{sa} - {sb}: Đánh giá kết quả hợp tác, bàn phương hướng thời gian tới",
                f"Thúc đẩy hợp tác giữa {a.full0} và {b.full0}",
                f"Tổng kết thỏa thuận hợp tác giữa {sa} và {sb}"]
    elif t == "signing":
        opts = [f"{A} và {B} ký kết thỏa thuận hợp tác",
                f"{sa} - {sb} ký kết biên bản ghi nhớ hợp tác",
                f"Ký kết chương trình hợp tác giữa {a.full0} và {b.full0}",
                f"Lễ ký kết thỏa thuận hợp tác toàn diện giữa {sa} và {sb}",
                f"Tăng cường quan hệ hữu nghị, hợp tác giữa {a.full0} và {b.full0}"]
    elif t == "visit":
        opts = [f"Đoàn công tác {a.full0} thăm, làm việc tại {b.full0}",
                f"{A} thăm và làm việc tại {B}",
                f"Lãnh đạo {b.full0} tiếp đoàn công tác {a.full0}",
                f"Thúc đẩy hợp tác giữa {a.full0} và {b.full0}",
                f"Tăng cường quan hệ hữu nghị, hợp tác giữa {sa} và {sb}"]
    else:
        opts = [f"{A} và {B} hợp tác phát huy thế mạnh của mỗi địa phương",
                f"Kết luận của Thường trực {a.committee} về hợp tác với {b.full0}",
                f"Triển khai chương trình hợp tác giữa {sa} và {sb}",
                f"{sa} ban hành kế hoạch thực hiện hợp tác với {sb}"]
    return rng.choice(opts)


def _shape(rng: random.Random) -> str:
    return rng.choice(["banner", "portal", "admin", "agency", "comment", "plain"])


def build_article(rng: random.Random, i: int, order: list[str], pool: dict[str, list[dict]],
                  foreign_recs: dict[str, dict]) -> tuple[str, dict]:
    kind, a, b, post2025 = _pick_pair(rng, i, order, pool, foreign_recs)
    etype = rng.choices(["conference", "signing", "visit", "announcement"], [0.34, 0.24, 0.30, 0.12])[0]
    if etype == "announcement" and (a.kind == "foreign"):
        etype = "visit"
    when, published, cue = _gen_when(rng, post2025, etype, a.kind)
    # Rebuild parties whose written form depends on the date (Huế from 2025).
    if not post2025:
        if a.kind in ("province", "central") and a.canon == "Thừa Thiên Huế":
            a = province_party(a.canon, rng, when.start)
        if b.kind in ("province", "central") and b.canon == "Thừa Thiên Huế":
            b = province_party(b.canon, rng, when.start)
    if etype == "visit":
        host = b
    elif etype == "announcement":
        host = a
    else:
        host = rng.choice([a, b])
    plan = Plan(kind, a, b, host, etype, when, published, cue, post2025)
    if etype in ("conference", "signing") and kind in ("prov-prov", "district-district") and rng.random() < 0.06:
        third = rng.choice(["Hà Nội", "Hồ Chí Minh"])
        if third not in (a.canon, b.canon):
            plan.third_location = third
    date_phrase(rng, when)
    plan.loc_text = _loc_phrase(rng, host, pool, plan)

    ia, ib = _intro(a, rng), _intro(b, rng)
    lead = _lead(rng, plan, ia, ib)
    title = _title(rng, plan)
    shape = _shape(rng)

    # --- header -------------------------------------------------------------------
    head_lines: list[str] = []
    pub_where, pub_text = published_header(rng, published) if published else (None, "")
    if shape == "banner":
        head_lines.append(rng.choice(["image banner", "banner", "logo"]))
    if shape == "portal":
        head_lines.append(rng.choice(["Trang chủ > Tin tức - Sự kiện > Chính trị",
                                      "Trang chủ / Thời sự / Hợp tác - Đối ngoại", "Tin tức > Tin trong tỉnh"]))
    if pub_where == "above":
        head_lines.append(pub_text)
    head_lines.append(title + (pub_text if pub_where == "title" else ""))
    if pub_where == "below":
        head_lines.append(pub_text)
    if shape == "admin":
        head_lines.append(rng.choice(["admin", "Quản trị viên", "biên tập viên"]))
    if shape == "portal" and rng.random() < 0.6:
        head_lines.append("Cỡ chữ: A A A  |  In bài  |  Gửi email")

    # --- body ---------------------------------------------------------------------
    body: list[str] = []
    prefix = rng.choice(SITE_PREFIXES) if shape in ("comment", "agency") and rng.random() < 0.7 else ""
    body.append(prefix + lead)
    if shape == "banner" and rng.random() < 0.8:
        body.append(lead)   # the page prints its lead twice
    body.append(_participants(rng, plan) if etype != "announcement" else _announcement_body(rng, plan))
    captions = {"conference": PHOTO_CAPTIONS_CONF, "signing": PHOTO_CAPTIONS_SIGN,
                "visit": PHOTO_CAPTIONS_VISIT, "announcement": PHOTO_CAPTIONS_CONF}[etype]
    img = 1
    use_jpg = rng.random() < 0.5

    cap_pool = list(captions)
    rng.shuffle(cap_pool)

    def caption() -> str:
        nonlocal img
        c = cap_pool[(img - 1) % len(cap_pool)]
        s = f"{img}.JPG\n{c}" if use_jpg else (f"{c}" if rng.random() < 0.6 else f"{c} (Ảnh: {rng.choice(PHOTOGRAPHERS)})")
        img += 1
        return s

    if etype != "announcement" and rng.random() < 0.7:
        body.append(caption())
    results = _results(rng, plan)
    body.append(results.pop())
    hist = _history(rng, plan) if rng.random() < 0.5 else None
    if hist:
        body.append(hist)
    if plan.cue_year:
        body.append(_cue_paragraph(rng, plan))
    if etype != "announcement":
        for s in _speeches(rng, plan):
            body.append(s)
            if rng.random() < 0.3:
                body.append(caption())
    closing = _closing(rng, plan)
    byline = rng.choice(BYLINES)

    # --- boilerplate tail -----------------------------------------------------------
    tail: list[str] = []
    tstyle = rng.random()
    if tstyle < 0.25:
        tail.append("Tin khác\n1 2 3 4 5  ... ")
        tail.append("\n\nThống kê truy cập\n  • Đang online: {}\n  • Hôm nay: {}\n  • Trong tuần: {}\n  • Tất cả: {}".format(
            rng.randint(1, 90), rng.randint(1, 2000), rng.randint(100, 9000), rng.randint(10000, 999999)))
    elif tstyle < 0.5:
        tail.append("Có thể bạn quan tâm")
        tail.append("Tin cùng chuyên mục")
        tail.extend(_distractor_items(rng, plan, rng.randint(2, 4)))
        tail.append(rng.choice(JUNK_TAILS))
    elif tstyle < 0.7:
        tail.extend(_distractor_items(rng, plan, 1))
        tail.append("Chia sẻ:")
        tail.append("doanh nghiệp - Sản phẩm - Dịch vụ Thông cáo báo chí Rao vặt")
    elif tstyle < 0.85:
        tail.append("Các bài mới đăng")
        tail.append("Các bài đã đăng :")
        tail.append("Bài viết Xem\nViết bình luận")
        tail.append("Họ tên:(*)\nSố điện thoại:\nTiêu đề:(*)\nNội dung:(*)\nMã xác nhận:         Lấy lại mã bảo mật")
    else:
        tail.append("Ý kiến bạn đọc\n\nGửi bình luận\nHọ và tên\nEmail\nBình luận của bạn")
        tail.append("Tags: hợp tác, " + a.short0 + ", " + b.short0)
        tail.append(rng.choice(["Chia sẻ:", "Chia sẻ bài viết: Facebook Zalo Twitter", "In bài  |  Đầu trang"]))

    # --- size: 3-10 KB ------------------------------------------------------------------
    target = rng.randint(3300, 9300)

    def render(extra: list[str]) -> str:
        parts = head_lines + [""] + body + extra + closing + ["", byline, ""] + tail
        return "\n\n".join(p for p in parts if p is not None).replace("\n\n\n\n", "\n\n\n")

    extra: list[str] = []
    text = render(extra)
    while len(text.encode()) < target and results:
        p = results.pop()
        if rng.random() < 0.2:
            extra.append(caption())
        extra.append(p)
        text = render(extra)
    while len(text.encode()) < max(3072, target - 1500):   # long pages: fresh figures, same themes
        extra.append(_results(rng, plan)[0])
        text = render(extra)
    while len(text.encode()) > 10000 and extra:
        extra.pop()
        text = render(extra)
    while len(text.encode()) > 10000 and len(body) > 2:
        body.pop()
        text = render(extra)

    date, date_end = iso_truth(when)
    truth = {
        "title": title,
        "published": published.isoformat(timespec="minutes") if published else None,
        "date": date,
        "date_end": date_end,
        "type": etype,
        "pair": sorted([a.canon, b.canon]),
        "location": plan.third_location or host.canon,
        "levels": [a.level, b.level],
        "names": [a.name, b.name],
        "people": [n for n, _ in a.people + b.people],
        "tags": {
            "pair_kind": kind,
            "date_form": when.form,
            "date_text": when.text,
            "year_source": when.year_source,
            "range": when.end is not None,
            "shape": shape,
            "post2025": post2025,
            "foreign": a.kind == "foreign" or b.kind == "foreign",
            "third_location": plan.third_location is not None,
        },
    }
    return text, truth


def _setup() -> tuple[dict[str, list[dict]], dict[str, dict], list[str]]:
    data = _places_data()
    pool = _district_pool(data)
    foreign_recs = {f["name"]: f for f in data["foreign"]}
    UNITS_2025[:] = [u["name"] for u in data["units_2025"]]
    UNITS_ABSORBED.clear()
    UNITS_ABSORBED.update({u["name"]: u["absorbed"] for u in data["units_2025"]})
    ALL_PROVINCES[:] = [p["name"] for p in data["provinces"] if not p["historical"]]
    missing = set(FOREIGN_PARTNERS) - set(foreign_recs)
    if missing:
        raise SystemExit(f"foreign partners unknown to the gazetteer: {sorted(missing)}")
    return pool, foreign_recs, ALL_PROVINCES


def write_corpus(n: int, out: Path, seed: int) -> None:
    pool, foreign_recs, provs = _setup()
    order = list(provs)
    random.Random(seed).shuffle(order)
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    sizes = []
    for i in range(n):
        rng = random.Random(f"hoptac-corpus:{seed}:{i}")
        text, truth = build_article(rng, i, order, pool, foreign_recs)
        data = text.encode("utf-8")
        name = f"{i:05d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        (out / name).write_bytes(data)
        sizes.append(len(data))
        lines.append(orjson.dumps({"file": name, **truth}))
    (out / "truth.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    tr = [orjson.loads(x) for x in lines]
    print(f"wrote {n} articles to {out} (seed {seed}); sizes {min(sizes)}-{max(sizes)} bytes, "
          f"mean {sum(sizes) / max(1, n):.0f}")
    for key in ("pair_kind", "year_source"):
        c = Counter(t["tags"][key] for t in tr)
        print(f"  {key}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    c = Counter(t["type"] for t in tr)
    print("  type: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    covered = {p for t in tr for p in t["pair"]}
    print(f"  provinces covered: {len(covered & set(provs))}/{len(provs)}; foreign partners: "
          f"{len(covered - set(provs))}; ranges: {sum(t['tags']['range'] for t in tr)}")


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def _load_events(db: Path) -> list[dict]:
    from hoptac.core.store import Store
    return Store(db).events()


def score(folder: Path, db: Path | None) -> int:
    truth_path = folder / "truth.jsonl"
    if not truth_path.exists():
        print(f"{truth_path} not found (write a corpus first: python -m bench.corpus N {folder})", file=sys.stderr)
        return 2
    truths = [orjson.loads(x) for x in truth_path.read_bytes().splitlines() if x.strip()]
    t0 = time.perf_counter()
    if db is None:
        from hoptac.core.ingest import ingest_paths
        from hoptac.core.store import Store
        with tempfile.TemporaryDirectory(prefix="hoptac-score-") as tmp:
            store = Store(Path(tmp) / "score.json")
            summary = ingest_paths(store, [folder])
            failed = summary.failed
            store.reload()
            events = store.events()
        print(f"ingested {len(summary.files)} files in {time.perf_counter() - t0:.1f} s "
              f"({len(failed)} failed, {len(events)} events)")
        for f in failed[:5]:
            print(f"  failed: {f.path}: {f.error}")
    else:
        events = _load_events(db)
        print(f"read {len(events)} events from {db}")
    by_file: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_file[Path(e.get("source", "")).name].append(e)

    fields = ["date", "date+end", "pair", "type", "location", "all three (date+pair+type)"]
    ok = Counter()
    mismatches: list[str] = []
    kinds = Counter()
    by_tag: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    no_main = 0
    for t in truths:
        evs = by_file.get(t["file"], [])
        mains = [e for e in evs if e.get("main")]
        m = mains[0] if mains else None
        if m is None:
            no_main += 1
        got = {
            "date": m.get("date") if m else None,
            "date_end": m.get("date_end") if m else None,
            "pair": sorted(m.get("pair") or []) if m else None,
            "type": m.get("type") if m else None,
            "location": m.get("location") if m else None,
        }
        res = {
            "date": got["date"] == t["date"],
            "date+end": got["date"] == t["date"] and got["date_end"] == t["date_end"],
            "pair": got["pair"] == sorted(t["pair"]),
            "type": got["type"] == t["type"],
            "location": got["location"] == t["location"],
        }
        res["all three (date+pair+type)"] = res["date"] and res["pair"] and res["type"]
        for f in fields:
            ok[f] += res[f]
        tags = t["tags"]
        for tag in ("year_source", "pair_kind", "date_form", "shape"):
            for f in ("date", "pair", "type", "location", "all three (date+pair+type)"):
                by_tag[tag][str(tags[tag])][f] += res[f]
            by_tag[tag][str(tags[tag])]["n"] += 1
        by_tag["type"][t["type"]]["n"] += 1
        for f in ("date", "pair", "type", "location", "all three (date+pair+type)"):
            by_tag["type"][t["type"]][f] += res[f]
        bad = [f for f in ("date", "pair", "type", "location") if not res[f]]
        if not res["date+end"] and res["date"]:
            bad.append("date_end")
        for f in bad:
            kinds[_mismatch_kind(f, t, got, m)] += 1
        if bad:
            exp = {"date": t["date"], "date_end": t["date_end"], "pair": t["pair"], "type": t["type"],
                   "location": t["location"]}
            detail = "; ".join(f"{f}: want {exp[f]!r} got {got[f]!r}" for f in bad)
            extra = f" [date_text {m.get('date_text')!r}]" if m else " [no main event]"
            mismatches.append(f"{t['file']}: {detail}{extra}  (truth: {tags['date_text']!r}, "
                              f"{tags['year_source']}, {tags['pair_kind']})")
    n = len(truths)
    print(f"\nmain-event accuracy on {n} articles ({folder}):")
    for f in fields:
        print(f"  {f:<28} {ok[f] / n:6.1%}  ({ok[f]}/{n})")
    print(f"  articles without a main event: {no_main}")
    for tag in ("year_source", "pair_kind", "type", "date_form"):
        print(f"\nby {tag}:  n   date   pair   type   loc    all3")
        for k, c in sorted(by_tag[tag].items(), key=lambda kv: -kv[1]["n"]):
            nn = c["n"]
            print(f"  {k:<30} {nn:4d} " + " ".join(f"{c[f] / nn:6.0%}" for f in
                                                     ("date", "pair", "type", "location", "all three (date+pair+type)")))
    print("\nkinds of mismatch (count):")
    for k, v in kinds.most_common():
        print(f"  {v:4d}  {k}")
    print(f"\nfirst {min(10, len(mismatches))} of {len(mismatches)} articles with a mismatch:")
    for line in mismatches[:10]:
        print("  " + line)
    return 0


def _mismatch_kind(field_: str, t: dict, got: dict, m: dict | None) -> str:
    if m is None:
        return "no main event"
    tags = t["tags"]
    if field_ == "date":
        g, w = got["date"] or "", t["date"]
        if not g:
            return "date: none"
        if w.startswith("--") and not g.startswith("--"):
            return "date: year guessed where the page gives none"
        if g.startswith("--") and not w.startswith("--"):
            return f"date: year not found (truth year from {tags['year_source']})"
        if g[4:] == w[4:]:
            return f"date: wrong year (truth from {tags['year_source']})"
        if g[:4] == w[:4] or g.startswith("--"):
            return "date: wrong day/month (another date of the page?)"
        return "date: another date entirely"
    if field_ == "date_end":
        return "date_end: " + ("missed range" if t["date_end"] and not got["date_end"] else
                               "spurious range" if got["date_end"] and not t["date_end"] else "wrong end")
    if field_ == "pair":
        gp, wp = set(got["pair"] or []), set(t["pair"])
        if not gp:
            return f"pair: none ({tags['pair_kind']})"
        if len(gp & wp) == 1:
            return f"pair: one partner wrong ({tags['pair_kind']})"
        return f"pair: both wrong ({tags['pair_kind']})"
    if field_ == "type":
        return f"type: {t['type']} read as {got['type']}"
    if field_ == "location":
        if got["location"] is None:
            return "location: none"
        if got["location"] in t["pair"]:
            return "location: the other partner"
        return "location: a third place"
    return field_


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, help="how many articles to write")
    ap.add_argument("dir", nargs="?", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--score", type=Path, metavar="DIR", help="score hoptac on a corpus folder")
    ap.add_argument("--db", type=Path, help="with --score: read this database instead of ingesting")
    args = ap.parse_args(argv)
    if args.score:
        return score(args.score, args.db)
    if args.n is None or args.dir is None:
        ap.print_usage(sys.stderr)
        print("give N and DIR, or --score DIR", file=sys.stderr)
        return 2
    write_corpus(args.n, args.dir, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
