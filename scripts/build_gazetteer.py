#!/usr/bin/env python3
"""Build ``core/data/places.json``, the gazetteer of hoptac.

Run by developers only, after ``pip install vietnamadminunits pycountry`` (the test extras;
vietnamadminunits is MIT, its licence copied to ``core/data/LICENSE-vietnamadminunits.txt``;
pycountry is LGPL-2.1, its ISO 3166-2 names are data); neither is needed at run time::

    python scripts/build_gazetteer.py            # writes core/data/places.json
    python scripts/build_gazetteer.py --check    # exits 1 if the file is out of date

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
  Philippines (provinces), France (regions, departments), and the states or provinces of
  the United States, Australia, Germany, Cuba, Mongolia and Myanmar, with their ISO names; this
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
    "Hà Nội": ["Thủ đô Hà Nội", "Thành phố Hà Nội", "Hanoi"],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế", "TT-Huế", "TT Huế", "Huế", "Thành phố Huế"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT", "Vũng Tàu", "Bà Rịa"],
    "Đắk Lắk": ["Đăk Lăk", "Đắc Lắc", "Đắk Lắc", "Đắc Lắk", "Daklak"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông", "Daknong"],
    "Kon Tum": ["Kontum"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Đà Nẵng": ["Danang"],
    "Hải Phòng": ["Haiphong"],
}

# Aliases that are matched in running text only after a level word: bare "Hồ Chí Minh"
# is almost always the person (Chủ tịch Hồ Chí Minh, đường Hồ Chí Minh, ...).
PROVINCE_LEVEL_ONLY: dict[str, list[str]] = {"Hồ Chí Minh": ["Hồ Chí Minh"]}

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

# --- foreign partners ------------------------------------------------------------------

# Foreign region names come from ISO 3166-2 (the ``pycountry`` package, at build time only):
# every subdivision of the countries below, with its ISO name as an alias. The Vietnamese
# spellings papers use are in the reviewed table EXONYMS, each under its ISO code: the first
# spelling is the canonical name. Names that are only in ISO (no Vietnamese spelling here)
# are matched after a level word ("tỉnh Gunma", "vùng Occitanie") or before a country
# ("Gunma (Nhật Bản)"), never bare.

# ISO code, Vietnamese name, other Vietnamese names, which subdivision types are partners
# (None: all of them), level of a unit by ISO type.
COUNTRIES = [
    ("LA", "Lào", ["CHDCND Lào", "Cộng hòa Dân chủ Nhân dân Lào", "nước CHDCND Lào"], None),
    ("KH", "Campuchia", ["Vương quốc Campuchia", "Cam-pu-chia"], None),
    ("CN", "Trung Quốc", ["Cộng hòa Nhân dân Trung Hoa"], {"Province", "Autonomous region", "Municipality"}),
    ("TH", "Thái Lan", ["Vương quốc Thái Lan"], None),
    ("JP", "Nhật Bản", ["Nhật"], None),
    ("KR", "Hàn Quốc", ["Đại Hàn Dân Quốc"], None),
    ("PH", "Philippines", ["Phi-líp-pin", "Philippin"], {"Province"}),
    ("FR", "Pháp", ["Cộng hòa Pháp"], {"Metropolitan region", "Metropolitan department"}),
    # countries named after a foreign locality that the gazetteer does not list: the
    # locality is then kept with its country ("tỉnh Ulyanovsk (Nga)")
    ("DE", "Đức", ["CHLB Đức", "Cộng hòa Liên bang Đức"], {"Land"}),
    ("US", "Hoa Kỳ", ["Mỹ"], {"State"}),
    ("AU", "Australia", ["Úc", "Ôxtrâylia"], {"State", "Territory"}),
    ("CU", "Cuba", ["Cu Ba"], {"Province", "Special municipality"}),
    ("MN", "Mông Cổ", [], {"Province", "Capital city"}),
    ("MM", "Myanmar", ["Mi-an-ma"], {"Region", "State", "Union territory"}),
    ("RU", "Nga", ["Liên bang Nga"], set()),
    ("IT", "Italia", ["Ý"], set()),
    ("BY", "Belarus", ["Bêlarút"], set()),
    ("ID", "Indonesia", ["In-đô-nê-xi-a"], set()),
    ("MY", "Malaysia", ["Ma-lai-xi-a"], set()),
    ("SG", "Singapore", ["Xin-ga-po"], set()),
    ("IN", "Ấn Độ", [], set()),
    ("KP", "Triều Tiên", ["CHDCND Triều Tiên"], set()),
    ("BE", "Bỉ", ["Vương quốc Bỉ"], set()),
    ("NL", "Hà Lan", [], set()),
    ("GB", "Anh", ["Vương quốc Anh"], set()),
    ("CA", "Canada", [], set()),
    ("PL", "Ba Lan", [], set()),
    ("HU", "Hungary", ["Hung-ga-ri"], set()),
    ("CZ", "Séc", ["Cộng hòa Séc"], set()),
]

# ISO 3166 lists Taiwan as a province of China; Vietnamese papers treat it apart.
ISO_LEFT_OUT = {"CN-TW"}

LEVEL_OF_TYPE = {
    "Municipality": "thành phố", "Metropolitan city": "thành phố", "Special city": "thành phố",
    "Special self-governing city": "thành phố", "Autonomous municipality": "thành phố",
    "Metropolitan administration": "thành phố", "Special administrative city": "thành phố",
    "Prefecture": "tỉnh", "Metropolitan region": "vùng", "Autonomous region": "tỉnh",
    "State": "bang", "Land": "bang", "Territory": "bang", "Capital city": "thành phố",
    "Special municipality": "thành phố", "Region": "vùng", "Union territory": "thành phố",
}

# ISO code -> (canonical Vietnamese name, level or None for the ISO type's, [variants],
# bare). ``bare``: the name may stand without a level word or a country after it (distinct
# enough in Vietnamese text); otherwise it needs one. Variants written with hyphens also get
# their spaced and joined forms ("Xa-va-na-khệt" -> "Xa va na khệt", "Xavanakhệt").
EXONYMS: dict[str, tuple[str, str | None, list[str], bool]] = {
    # Laos: every province, bare
    "LA-VT": ("Thủ đô Viêng Chăn", "thành phố", ["Viêng Chăn", "Vientiane", "Thủ đô Vientiane",
                                                 "Vientiane Capital", "Viêng-chăn"], True),
    "LA-PH": ("Phông Xa Lỳ", None, ["Phông-xa-lỳ", "Phông Sa Lỳ", "Phongsaly", "Phongsali"], True),
    "LA-LM": ("Luổng Nậm Thà", None, ["Luông Nậm Thà", "Luổng-nậm-thà", "Luang Namtha", "Luang Nam Tha",
                                      "Luangnamtha"], True),
    "LA-OU": ("U Đôm Xay", None, ["U-đôm-xay", "U-đôm-xai", "Oudomxay", "Oudomxai", "Udomxay", "Udomxai"], True),
    "LA-BK": ("Bò Kẹo", None, ["Bò-kẹo", "Bokeo", "Bo Keo", "Bo Kẹo"], True),
    "LA-LP": ("Luông Pha Bang", None, ["Luông-pha-băng", "Luông Pha-băng", "Luông Prabang", "Luang Prabang",
                                       "Luang Phabang", "Luông Phabang", "Luông Pra-bang", "Luangprabang"], True),
    "LA-HO": ("Hủa Phăn", None, ["Hủa-phăn", "Houaphanh", "Houaphan", "Huaphanh", "Hua Phan"], True),
    "LA-XA": ("Xay-nhạ-bu-ly", None, ["Xay-nha-bu-ly", "Xay-nhạ-bu-li", "Sainyabuli", "Sayaboury",
                                      "Xayaboury", "Xayabury", "Xayabouly", "Xaignabouli", "Sayabouly"], True),
    "LA-XI": ("Xiêng Khoảng", None, ["Xiêng-khoảng", "Xieng Khouang", "Xiengkhouang", "Xiengkhuang",
                                     "Xieng Khuang"], True),
    "LA-VI": ("Viêng Chăn", None, ["Vientiane", "Viêng-chăn"], True),
    "LA-BL": ("Bo-ly-khăm-xay", None, ["Bô-ly-khăm-xay", "Bo-li-khăm-xay", "Bolikhamxai", "Bolikhamxay",
                                       "Bolikhamsai", "Borikhamxay", "Borikhamxai"], True),
    "LA-KH": ("Khăm Muồn", None, ["Khăm-muồn", "Khăm Muộn", "Khammouane", "Khammouan"], True),
    "LA-SV": ("Xa-va-na-khệt", None, ["Xa-van-na-khệt", "Xa-van-na-khẹt", "Xa-va-na-khẹt", "Savannakhet",
                                      "Savanakhet", "Xavannakhet", "Xavanakhet", "Sa-van-na-khet"], True),
    "LA-SL": ("Xa-la-van", None, ["Sa-la-van", "Salavan", "Saravane", "Saravan", "Xalavan"], True),
    "LA-XE": ("Xê Kông", None, ["Xê-kông", "Sê Kông", "Sekong", "Xekong", "Se Kong"], True),
    "LA-CH": ("Chăm-pa-sắc", None, ["Chăm-pa-xắc", "Chăm-pa-sak", "Champasak", "Champasack", "Champassak"], True),
    "LA-AT": ("Át-tạ-pư", None, ["Át-ta-pư", "Ắt-tạ-pư", "Attapeu", "Attopeu", "Attapư"], True),
    "LA-XS": ("Xay-xổm-bun", None, ["Xay-sổm-bun", "Xai-xổm-bun", "Xaisomboun", "Xaysomboun", "Saysomboun"], True),
    # Cambodia: every province, bare (Kep: see FOREIGN_LEVEL_ONLY)
    "KH-12": ("Phnôm Pênh", "thành phố", ["Phnôm-pênh", "Phnom Penh", "Phnompenh", "Nông Pênh",
                                          "Thủ đô Phnôm Pênh", "Thủ đô Phnom Penh"], True),
    "KH-1": ("Banteay Meanchey", None, ["Banteay Mean Chey", "Bantây Miênchây", "Ban-tây Miên-chây",
                                         "Băn-tây Miên-chây"], True),
    "KH-2": ("Battambang", None, ["Bát-tam-bang", "Bát-tam-băng", "Batdambang"], True),
    "KH-3": ("Kampong Cham", None, ["Kông-pông Chàm", "Công-pông Chàm", "Kompong Cham", "Kampongcham"], True),
    "KH-4": ("Kampong Chhnang", None, ["Kông-pông Chhnăng", "Công-pông Chnăng", "Kompong Chhnang"], True),
    "KH-5": ("Kampong Speu", None, ["Kông-pông Spư", "Công-pông Xpư", "Kompong Speu"], True),
    "KH-6": ("Kampong Thom", None, ["Kông-pông Thom", "Công-pông Thom", "Kompong Thom"], True),
    "KH-7": ("Kampot", None, ["Cam-pốt", "Kăm-pốt", "Kam-pốt", "Campot"], True),
    "KH-8": ("Kandal", None, ["Kan-đan", "Can-đan", "Căn-đan"], True),
    "KH-23": ("Kep", None, ["Kép"], True),
    "KH-9": ("Koh Kong", None, ["Kô-kông", "Kốh Kông", "Kaoh Kong"], True),
    "KH-10": ("Kratie", None, ["Kra-chê", "Cra-chê", "Kratié", "Kratiê"], True),
    "KH-11": ("Mondulkiri", None, ["Mun-đun-ki-ri", "Môn-đun-ki-ri", "Mundulkiri", "Mondol Kiri"], True),
    "KH-22": ("Oddar Meanchey", None, ["Otdar Meanchey", "Oddor Meanchey", "Ốt-đô Miên-chây", "Ô-đô Miên-chây"], True),
    "KH-24": ("Pailin", None, ["Pai-lin", "Pây-lin"], True),
    "KH-18": ("Preah Sihanouk", None, ["Sihanoukville", "Xi-ha-núc-vin", "Kampong Som", "Kông-pông Xom"], True),
    "KH-13": ("Preah Vihear", None, ["Prê-ah Vi-hia", "Preah Vi-hia", "Prếch Vi-hia"], True),
    "KH-14": ("Prey Veng", None, ["Prây Veng", "Pray Veng", "Prây-veng", "Prâyveng"], True),
    "KH-15": ("Pursat", None, ["Pu-xát", "Pu-sát", "Pouthisat", "Pô-thi-xát"], True),
    "KH-16": ("Ratanakiri", None, ["Rattanakiri", "Ratanakkiri", "Rattanak Kiri", "Ratanak Kiri",
                                   "Ra-ta-na-ki-ri", "Rát-ta-na-ki-ri"], True),
    "KH-17": ("Siem Reap", None, ["Xiêm Riệp", "Xiêm-riệp", "Siêm Riệp", "Xiêm Reap", "Siemreap"], True),
    "KH-19": ("Stung Treng", None, ["Xtưng Treng", "Stưng Treng", "Xtung Treng", "Stoeng Treng", "Stungtreng",
                                    "Steung Treng"], True),
    "KH-20": ("Svay Rieng", None, ["Xvây Riêng", "Svây Riêng", "Xoài Riêng", "Svayrieng"], True),
    "KH-21": ("Takeo", None, ["Ta-keo", "Ta Keo", "Takêo"], True),
    "KH-25": ("Tbong Khmum", None, ["Tbong Khmom", "Tboung Khmum", "Tboung Khmoum", "Tbông Khmum",
                                    "Thboung Khmum", "Tbông-khmum"], True),
    # China: the Sino-Vietnamese names; bare only for the three border provinces (the others
    # read like Vietnamese names of people: Thanh Hải, An Huy, Hải Nam, Cát Lâm)
    "CN-YN": ("Vân Nam", None, ["Yunnan"], True),
    "CN-GX": ("Quảng Tây", None, ["Guangxi", "Khu tự trị dân tộc Choang Quảng Tây", "Khu tự trị Choang Quảng Tây"], True),
    "CN-GD": ("Quảng Đông", None, ["Guangdong"], True),
    "CN-AH": ("An Huy", None, [], False), "CN-BJ": ("Bắc Kinh", None, [], False),
    "CN-CQ": ("Trùng Khánh", None, [], False), "CN-FJ": ("Phúc Kiến", None, [], False),
    "CN-GS": ("Cam Túc", None, [], False), "CN-GZ": ("Quý Châu", None, [], False),
    "CN-HA": ("Hà Nam", None, [], False), "CN-HB": ("Hồ Bắc", None, [], False),
    "CN-HE": ("Hà Bắc", None, [], False), "CN-HI": ("Hải Nam", None, [], False),
    "CN-HL": ("Hắc Long Giang", None, [], False), "CN-HN": ("Hồ Nam", None, [], False),
    "CN-JL": ("Cát Lâm", None, [], False), "CN-JS": ("Giang Tô", None, [], False),
    "CN-JX": ("Giang Tây", None, [], False), "CN-LN": ("Liêu Ninh", None, [], False),
    "CN-NM": ("Nội Mông", None, ["Nội Mông Cổ"], False), "CN-NX": ("Ninh Hạ", None, [], False),
    "CN-QH": ("Thanh Hải", None, [], False), "CN-SC": ("Tứ Xuyên", None, [], False),
    "CN-SD": ("Sơn Đông", None, [], False), "CN-SH": ("Thượng Hải", None, [], False),
    "CN-SN": ("Thiểm Tây", None, [], False), "CN-SX": ("Sơn Tây", None, [], False),
    "CN-TJ": ("Thiên Tân", None, [], False), "CN-XJ": ("Tân Cương", None, [], False),
    "CN-XZ": ("Tây Tạng", None, [], False), "CN-ZJ": ("Chiết Giang", None, [], False),
    # Thailand
    "TH-10": ("Băng Cốc", None, ["Bangkok"], True),
    "TH-41": ("Udon Thani", None, ["U-đon Tha-ni", "Ụt-đon Tha-ni"], False),
    "TH-48": ("Nakhon Phanom", None, ["Na-khon Pha-nom", "Nạ-khon Pha-nôm"], False),
    "TH-47": ("Sakon Nakhon", None, ["Xa-kon Na-khon", "Sa-kon Na-khon"], False),
    "TH-34": ("Ubon Ratchathani", None, ["U-bon Rát-cha-tha-ni"], False),
    "TH-43": ("Nong Khai", None, ["Nỏng Khai", "Noong Khai"], False),
    # Korea: the short forms papers use
    "KR-11": ("Seoul", None, ["Xơ-un"], True),
    "KR-26": ("Busan", None, ["Pu-san"], True),
    "KR-41": ("Gyeonggi", None, ["Gyeonggi-do", "Kyonggi", "Kyeonggi"], True),
    "KR-42": ("Gangwon", None, ["Gangwon-do", "Kangwon"], True),
    "KR-43": ("Chungcheongbuk", None, ["Chungcheongbuk-do", "Bắc Chungcheong", "Chungbuk"], True),
    "KR-44": ("Chungcheongnam", None, ["Chungcheongnam-do", "Nam Chungcheong", "Chungnam"], True),
    "KR-45": ("Jeollabuk", None, ["Jeollabuk-do", "Bắc Jeolla", "Jeonbuk", "Jeonbuk-do"], True),
    "KR-46": ("Jeollanam", None, ["Jeollanam-do", "Nam Jeolla", "Jeonnam"], True),
    "KR-47": ("Gyeongsangbuk", None, ["Gyeongsangbuk-do", "Bắc Gyeongsang", "Gyeongbuk"], True),
    "KR-48": ("Gyeongsangnam", None, ["Gyeongsangnam-do", "Nam Gyeongsang", "Gyeongnam"], True),
    "KR-49": ("Jeju", None, ["Jeju-do", "Che-ju"], True),
    # Japan, France: the ISO names are what papers write; Vietnamese spellings of some
    "JP-13": ("Tokyo", None, ["Tô-ky-ô", "Tô-ki-ô"], False),
    "JP-27": ("Osaka", None, ["Ô-xa-ca"], False),
    # (with the regions merged into them in 2016, which older reports name)
    "FR-OCC": ("Occitanie", None, ["Occitanie/Pyrénées-Méditerranée", "Midi-Pyrénées", "Languedoc-Roussillon"], True),
    "FR-IDF": ("Île-de-France", None, ["Ile de France"], True),
    "FR-NOR": ("Normandie", None, ["Normandy", "Basse-Normandie", "Haute-Normandie"], True),
    "FR-BRE": ("Bretagne", None, ["Brittany"], True),
    "FR-NAQ": ("Nouvelle-Aquitaine", None, ["Aquitaine", "Poitou-Charentes", "Limousin"], True),
    "FR-ARA": ("Auvergne-Rhône-Alpes", None, ["Rhône-Alpes", "Auvergne"], True),
    "FR-HDF": ("Hauts-de-France", None, ["Nord-Pas-de-Calais", "Picardie"], True),
    "FR-GES": ("Grand Est", None, ["Grand-Est", "Lorraine", "Champagne-Ardenne"], True),
    "FR-PAC": ("Provence-Alpes-Côte d'Azur", None, ["Provence-Alpes-Côte-d'Azur", "PACA"], True),
    # Germany, Mongolia: the names Vietnamese papers use instead of the ISO (German, Mongolian) ones
    "DE-BY": ("Bavaria", None, ["Bayern"], False),
    "DE-NW": ("Nordrhein-Westfalen", None, ["Bắc Rhine-Westphalia", "North Rhine-Westphalia"], False),
    "DE-SN": ("Sachsen", None, ["Saxony"], False),
    "MN-1": ("Ulaanbaatar", None, ["U-lan Ba-to", "Ulan Bator", "Ulan Bato"], False),
}

# ISO names: what to cut off ("Yunnan Sheng" -> "Yunnan", "Busan-gwangyeoksi" -> "Busan").
ISO_SUFFIX = re.compile(r"(?:\s+(?:Sheng|Shi|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zizhiqu)"
                        r"|-(?:gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)|\s*\[.*\]|\s*\(.*\))$")

# Foreign aliases matched only after a level word ("tỉnh Kép"): bare "Kép" is also a place
# in Bắc Giang (sân bay Kép, ga Kép).
FOREIGN_LEVEL_ONLY = {"Kep": ["Kep", "Kép"]}
# Foreign units whose bare names rank after another unit with the same name: bare
# "Viêng Chăn"/"Vientiane" is the capital; "tỉnh Viêng Chăn" is the province.
FOREIGN_WEAK = {"Viêng Chăn"}


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
    foreign, countries = build_foreign(vietnamese)
    communes = build_communes(new, conv, old_name)

    return {
        "about": "Gazetteer of hoptac. Generated by scripts/build_gazetteer.py from vietnamadminunits "
                 f"{pkg_version} (MIT, see LICENSE-vietnamadminunits.txt) plus hand-written additions. "
                 "Do not edit by hand.",
        "provinces": provinces,
        "units_2025": units,
        "districts": districts,
        "foreign": foreign,
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


def build_foreign(vietnamese: set[str]) -> tuple[list[dict], list[dict]]:
    """The foreign units (ISO 3166-2 via pycountry, with EXONYMS) and the countries."""
    import pycountry  # build time only

    foreign: list[dict] = []
    countries: list[dict] = []
    used: set[str] = set()
    for code, name, aliases, types in COUNTRIES:
        countries.append({"code": code, "name": name, "aliases": aliases})
        subs = sorted(pycountry.subdivisions.get(country_code=code) or (), key=lambda s: s.code)
        for sub in subs:
            if (types is not None and sub.type not in types) or sub.code in ISO_LEFT_OUT:
                continue
            iso = ISO_SUFFIX.sub("", sub.name).strip()
            canonical, level, variants, bare = EXONYMS.get(sub.code, (iso, None, [], False))
            used.add(sub.code)
            level = level or LEVEL_OF_TYPE.get(sub.type, "tỉnh")
            names = spellings([canonical] + variants + [iso])
            clash = key(canonical) in vietnamese
            if clash:  # named like a Vietnamese place: the canonical name carries the country
                canonical = f"{canonical} ({name})"
            entry = {"name": canonical, "level": level, "country": name, "iso": sub.code,
                     "aliases": [a for a in names if a != canonical],
                     "level_only": FOREIGN_LEVEL_ONLY.get(canonical, [])}
            if canonical in FOREIGN_WEAK:
                entry["weak"] = True
            if not bare or clash:
                # needs a level word or the country after it; named like a Vietnamese place
                # (Hà Nam, Sơn Tây): needs the country
                entry["cue"] = "country" if clash else "level"
            foreign.append(entry)
    missing = set(EXONYMS) - used
    if missing:
        raise SystemExit(f"EXONYMS codes not in ISO 3166-2 (or of a type left out): {sorted(missing)}")
    counts = {c: sum(f["country"] == c for f in foreign) for c in ("Lào", "Campuchia", "Trung Quốc")}
    if counts != {"Lào": 18, "Campuchia": 25, "Trung Quốc": 31}:
        raise SystemExit(f"foreign partner counts: {counts}")
    return foreign, countries


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
