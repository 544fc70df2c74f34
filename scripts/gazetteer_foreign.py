"""The foreign partners of the gazetteer, for ``build_gazetteer.py`` (developers only).

Foreign region names come from ISO 3166-2 (the ``pycountry`` package, at build time only):
every subdivision of the countries below, with its ISO name as an alias. The Vietnamese
spellings papers use are in the reviewed table EXONYMS, each under its ISO code: the first
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

from gazetteer_cities import CITIES  # this folder: the Korean and Japanese cities, with their sources

# ISO code, Vietnamese name, other Vietnamese names, which subdivision types are partners
# (None: all of them), level of a unit by ISO type.
COUNTRIES = [
    ("LA", "Lào", ["CHDCND Lào", "Cộng hòa Dân chủ Nhân dân Lào", "nước CHDCND Lào"], None),
    ("KH", "Campuchia", ["Vương quốc Campuchia", "Cam-pu-chia"], None),
    ("CN", "Trung Quốc", ["Cộng hòa Nhân dân Trung Hoa"], {"Province", "Autonomous region", "Municipality",
                                                            "Special administrative region"}),
    ("TH", "Thái Lan", ["Vương quốc Thái Lan"], None),
    ("JP", "Nhật Bản", ["Nhật"], None),
    ("KR", "Hàn Quốc", ["Đại Hàn Dân Quốc"], None),
    ("PH", "Philippines", ["Phi-líp-pin", "Philippin"], {"Province"}),
    ("FR", "Pháp", ["Cộng hòa Pháp"], {"Metropolitan region", "Metropolitan department",
                                       "Metropolitan collectivity with special status"}),  # Corse
    # countries named after a foreign locality that the gazetteer does not list: the
    # locality is then kept with its country ("tỉnh Ulyanovsk (Nga)")
    ("DE", "Đức", ["CHLB Đức", "Cộng hòa Liên bang Đức"], {"Land"}),
    ("US", "Hoa Kỳ", ["Mỹ"], {"State"}),
    ("AU", "Australia", ["Úc", "Ôxtrâylia"], {"State", "Territory"}),
    ("CU", "Cuba", ["Cu Ba"], {"Province", "Special municipality"}),
    ("MN", "Mông Cổ", [], {"Province", "Capital city"}),
    ("MM", "Myanmar", ["Mi-an-ma"], {"Region", "State", "Union territory"}),
    ("RU", "Nga", ["Liên bang Nga", "LB Nga"], None),
    ("IT", "Italia", ["Ý", "Italy", "I-ta-li-a"], set()),
    ("BY", "Belarus", ["Bêlarút"], {"City"}),   # the capital only (Minsk)
    ("ID", "Indonesia", ["In-đô-nê-xi-a"], {"Capital district"}),   # Jakarta
    ("MY", "Malaysia", ["Ma-lai-xi-a"], {"Federal territory"}),   # Kuala Lumpur (Putrajaya, Labuan)
    ("SG", "Singapore", ["Xin-ga-po"], set()),
    # India, Canada, New Zealand, Kazakhstan: their states, provinces and regions (a city of theirs is
    # kept with its country: "thành phố Vancouver (Canada)")
    ("IN", "Ấn Độ", [], {"State", "Union territory"}),
    ("KP", "Triều Tiên", ["CHDCND Triều Tiên"], {"Capital city"}),   # Bình Nhưỡng
    ("BE", "Bỉ", ["Vương quốc Bỉ"], set()),
    ("NL", "Hà Lan", [], set()),
    ("GB", "Anh", ["Vương quốc Anh"], set()),
    ("CA", "Canada", ["Ca-na-đa", "Canađa"], {"Province", "Territory"}),
    ("NZ", "New Zealand", ["Niu Di-lân", "Niu Dilân", "Niu Zi-lân", "Tân Tây Lan"], {"Region", "Special island authority"}),
    ("KZ", "Kazakhstan", ["Ca-dắc-xtan", "Cadắcxtan", "Ca-zắc-xtan", "Cộng hòa Kazakhstan"], {"Region", "City"}),
    ("PL", "Ba Lan", [], set()),
    ("HU", "Hungary", ["Hung-ga-ri"], {"Capital city"}),   # Budapest
    ("CZ", "Séc", ["Cộng hòa Séc"], {"Capital city"}),   # Praha
    ("BG", "Bungari", ["Bun-ga-ri", "Bulgaria", "Cộng hòa Bungari", "Cộng hòa Bun-ga-ri"], {"District"}),
    # further countries whose regions the gazetteer does not list: a locality named with one is
    # kept with its country ("thành phố Kosice, Slovakia", "bang São Paulo (Brazil)")
    ("UA", "Ukraina", ["Ukraine", "U-crai-na", "Ucraina"], set()),
    ("SK", "Slovakia", ["Xlô-va-ki-a", "Cộng hòa Slovakia"], set()),
    ("ES", "Tây Ban Nha", ["Vương quốc Tây Ban Nha"], set()),
    ("IL", "Israel", ["I-xra-en", "Ixraen"], set()),
    ("BR", "Brazil", ["Bra-xin", "Braxin", "Brasil"], set()),
    ("AR", "Argentina", ["Ác-hen-ti-na"], set()),
    ("CL", "Chile", ["Chi-lê"], set()),
    ("MX", "Mexico", ["Mê-hi-cô", "Mêhicô"], set()),
    ("VE", "Venezuela", ["Vê-nê-xu-ê-la"], set()),
    ("MZ", "Mozambique", ["Mô-dăm-bích", "Môdămbích"], set()),
    ("SE", "Thụy Điển", ["Vương quốc Thụy Điển"], set()),
    ("DK", "Đan Mạch", ["Vương quốc Đan Mạch"], set()),
    ("FI", "Phần Lan", [], set()),
    ("NO", "Na Uy", ["Vương quốc Na Uy"], set()),
    ("CH", "Thụy Sĩ", ["Thụy Sỹ"], set()),
    ("RO", "Romania", ["Ru-ma-ni", "Rumani"], set()),
    ("RS", "Serbia", ["Xéc-bi-a"], set()),
    ("UZ", "Uzbekistan", ["U-dơ-bê-ki-xtan"], set()),
    ("TR", "Thổ Nhĩ Kỳ", [], set()),
    ("EG", "Ai Cập", [], set()),
    ("ZA", "Nam Phi", ["Cộng hòa Nam Phi"], set()),
    ("BD", "Bangladesh", ["Băng-la-đét"], set()),
]

# Countries whose ISO names split words that papers write joined: "tỉnh Chonburi", "tỉnh
# Sisaket", "tỉnh Buriram", "tỉnh Nongkhai" (ISO: Chon Buri, Si Sa Ket, Buri Ram, Nong Khai).
JOINED_ISO = {"TH"}

# Countries whose Latin names papers also write glued, one word for each of the unit's names:
# "Tiểu khu Quân sự Preyveng", "tỉnh Luangprabang", "Kampongthom" (Prey Veng, Luang Prabang, Kampong
# Thom). Every spelling written in Latin letters only ("Prey Veng", not "Prây Veng") gets its joined form.
JOINED_LATIN = {"TH", "KH", "LA"}

# Countries whose ISO names carry macrons papers do not write ("Gujarāt", "Manawatū"): the canonical
# name drops them, the ISO name stays an alias.
PLAIN_ISO = {"IN", "NZ", "KZ"}
_MACRON = "\u0304"

# ISO 3166 lists Taiwan as a province of China; Vietnamese papers treat it apart.
ISO_LEFT_OUT = {"CN-TW"}

LEVEL_OF_TYPE = {
    "Municipality": "thành phố", "Metropolitan city": "thành phố", "Special city": "thành phố",
    "Special self-governing city": "thành phố", "Autonomous municipality": "thành phố",
    "Metropolitan administration": "thành phố", "Special administrative city": "thành phố",
    "Prefecture": "tỉnh", "Metropolitan region": "vùng", "Autonomous region": "tỉnh",
    "State": "bang", "Land": "bang", "Territory": "bang", "Capital city": "thành phố",
    "Special municipality": "thành phố", "Region": "vùng", "Union territory": "thành phố",
    "Autonomous city": "thành phố",
}

# ISO code -> (canonical Vietnamese name, level or None for the ISO type's, [variants],
# bare). ``bare``: the name may stand without a level word or a country after it (distinct
# enough in Vietnamese text); otherwise it needs one. Variants written with hyphens also get
# their spaced and joined forms ("Xa-va-na-khệt" -> "Xa va na khệt", "Xavanakhệt").
EXONYMS: dict[str, tuple[str, str | None, list[str], bool]] = {
    # Laos: every province, bare
    "LA-VT": ("Thủ đô Viêng Chăn", "thành phố", ["Viêng Chăn", "Vientiane", "Thủ đô Vientiane",
                                                 "Vientiane Capital", "Viêng-chăn"], True),
    "LA-PH": ("Phông Sa Lỳ", None, ["Phông-sa-lỳ", "Phông Xa Lỳ", "Phông-xa-lỳ", "Phongsaly", "Phongsali"], True),
    "LA-LM": ("Luổng Nậm Thà", None, ["Luông Nậm Thà", "Luổng-nậm-thà", "Luang Namtha", "Luang Nam Tha",
                                      "Luangnamtha"], True),
    "LA-OU": ("U Đôm Xay", None, ["U-đôm-xay", "U-đôm-xai", "Oudomxay", "Oudomxai", "Udomxay", "Udomxai"], True),
    "LA-BK": ("Bò Kẹo", None, ["Bò-kẹo", "Bokeo", "Bo Keo", "Bo Kẹo"], True),
    "LA-LP": ("Luông Pha Bang", None, ["Luông-pha-băng", "Luông Pha-băng", "Luông Prabang", "Luang Prabang",
                                       "Luang Phabang", "Luông Phabang", "Luang Pra Bang", "Luông Pra-bang", "Luangprabang"], True),
    "LA-HO": ("Hủa Phăn", None, ["Hủa-phăn", "Houaphanh", "Houaphan", "Huaphanh", "Hua Phan"], True),
    "LA-XA": ("Xay-nhạ-bu-ly", None, ["Xay-nha-bu-ly", "Xay-nhạ-bu-li", "Sainyabuli", "Sayaboury",
                                      "Xayaboury", "Xayabury", "Xayabuly", "Xaynhabuly", "Xayabouly", "Xaignabouli", "Sayabouly"], True),
    "LA-XI": ("Xiêng Khoảng", None, ["Xiêng-khoảng", "Xieng Khouang", "Xiengkhouang", "Xiengkhuang",
                                     "Xieng Khuang"], True),
    "LA-VI": ("Viêng Chăn", None, ["Vientiane", "Viêng-chăn"], True),
    "LA-BL": ("Bo-ly-khăm-xay", None, ["Bô-ly-khăm-xay", "Bo-li-khăm-xay", "Bolikhamxai", "Bolikhamxay",
                                       "Bolikhamsai", "Borikhamxay", "Borikhamxai"], True),
    "LA-KH": ("Khăm Muồn", None, ["Khăm-muồn", "Khăm Muộn", "Khammouane", "Khammouan", "Khammuane", "Khammuan"], True),
    "LA-SV": ("Xa-va-na-khệt", None, ["Xa-van-na-khệt", "Xa-van-na-khẹt", "Xa-va-na-khẹt", "Savannakhet",
                                      "Savanakhet", "Xavannakhet", "Xavanakhet", "Sa-van-na-khet",
                                      "Sa-va-na-khệt", "Sa-van-na-khệt", "Sa-va-na-khẹt"], True),
    "LA-SL": ("Salavan", None, ["Xa-la-van", "Sa-la-van", "Saravane", "Saravan", "Xalavan", "Salavanh"], True),
    "LA-XE": ("Xê Kông", None, ["Xê-kông", "Sê Kông", "Sê-kông", "Sekong", "Xekong", "Se Kong"], True),
    "LA-CH": ("Chăm-pa-sắc", None, ["Chăm-pa-xắc", "Chăm-pa-sak", "Champasak", "Champasack", "Champassak"], True),
    "LA-AT": ("Át-tạ-pư", None, ["Át-ta-pư", "Ắt-tạ-pư", "Attapeu", "Attopeu", "Attapư"], True),
    "LA-XS": ("Xay-xổm-bun", None, ["Xay-sổm-bun", "Xai-xổm-bun", "Xaisomboun", "Xaysomboun", "Saysomboun"], True),
    # Cambodia: every province, bare (Kep: see FOREIGN_LEVEL_ONLY)
    "KH-12": ("Phnôm Pênh", "thành phố", ["Phnôm-pênh", "Phnom Penh", "Phnompenh", "Nông Pênh",
                                          "Thủ đô Phnôm Pênh", "Thủ đô Phnom Penh"], True),
    "KH-1": ("Banteay Meanchey", None, ["Banteay Mean Chey", "Bantây Miênchây", "Ban-tây Miên-chây",
                                         "Băn-tây Miên-chây"], True),
    "KH-2": ("Battambang", None, ["Bát-tam-bang", "Bát-tam-băng", "Batdambang", "Bát-đom-boong"], True),
    "KH-3": ("Kampong Cham", None, ["Kông-pông Chàm", "Công-pông Chàm", "Kompong Cham", "Kampongcham"], True),
    "KH-4": ("Kampong Chhnang", None, ["Kông-pông Chhnăng", "Công-pông Chnăng", "Kompong Chhnang", "Kampong Chnang",
                                          "Kampông Chhnăng"], True),
    "KH-5": ("Kampong Speu", None, ["Kông-pông Spư", "Công-pông Xpư", "Kompong Speu", "Kampông Spư"], True),
    "KH-6": ("Kampong Thom", None, ["Kông-pông Thom", "Công-pông Thom", "Kompong Thom"], True),
    "KH-7": ("Kampot", None, ["Cam-pốt", "Kăm-pốt", "Kam-pốt", "Campot"], True),
    "KH-8": ("Kandal", None, ["Kan-đan", "Can-đan", "Căn-đan"], True),
    "KH-23": ("Kep", None, ["Kép"], True),
    "KH-9": ("Koh Kong", None, ["Kô-kông", "Kốh Kông", "Kaoh Kong"], True),
    "KH-10": ("Kratie", None, ["Kra-chê", "Cra-chê", "Kratié", "Kratiê"], True),
    "KH-11": ("Mondulkiri", None, ["Mun-đun-ki-ri", "Môn-đun-ki-ri", "Mundulkiri", "Mondol Kiri", "Môn-đôn-ki-ri"], True),
    "KH-22": ("Oddar Meanchey", None, ["Otdar Meanchey", "Oddor Meanchey", "Ốt-đô Miên-chây", "Ô-đô Miên-chây"], True),
    "KH-24": ("Pailin", None, ["Pai-lin", "Pây-lin"], True),
    "KH-18": ("Preah Sihanouk", None, ["Sihanoukville", "Xi-ha-núc-vin", "Kampong Som", "Kông-pông Xom"], True),
    "KH-13": ("Preah Vihear", None, ["Prê-ah Vi-hia", "Preah Vi-hia", "Prếch Vi-hia"], True),
    "KH-14": ("Prey Veng", None, ["Prây Veng", "Pray Veng", "Prây-veng", "Prâyveng"], True),
    "KH-15": ("Pursat", None, ["Pu-xát", "Pu-sát", "Pouthisat", "Pô-thi-xát", "Pô-xát"], True),
    "KH-16": ("Ratanakiri", None, ["Rattanakiri", "Ratanakkiri", "Rattanak Kiri", "Ratanak Kiri",
                                   "Ra-ta-na-ki-ri", "Rát-ta-na-ki-ri"], True),
    "KH-17": ("Siem Reap", None, ["Xiêm Riệp", "Xiêm-riệp", "Siêm Riệp", "Xiêm Reap", "Siemreap"], True),
    "KH-19": ("Stung Treng", None, ["Xtưng Treng", "Stưng Treng", "Xtung Treng", "Stoeng Treng", "Stungtreng",
                                    "Steung Treng"], True),
    "KH-20": ("Svay Rieng", None, ["Xvây Riêng", "Svây Riêng", "Xoài Riêng", "Svayrieng"], True),
    "KH-21": ("Takeo", None, ["Ta-keo", "Ta Keo", "Takêo"], True),
    "KH-25": ("Tbong Khmum", None, ["Tbong Khmom", "Tboung Khmum", "Tboung Khmoum", "Tbông Khmum",
                                    "Thboung Khmum", "Tbông-khmum",
                                    "Tbong Kh'mum"], True),   # an apostrophe inside the syllable: "Tbong Kh’mum"
    # China: the Sino-Vietnamese names; bare only for the three border provinces (the others
    # read like Vietnamese names of people: Thanh Hải, An Huy, Hải Nam, Cát Lâm)
    "CN-YN": ("Vân Nam", None, ["Yunnan"], True),
    "CN-GX": ("Quảng Tây", None, ["Guangxi", "Khu tự trị dân tộc Choang Quảng Tây", "Khu tự trị Choang Quảng Tây"], True),
    "CN-GD": ("Quảng Đông", None, ["Guangdong"], True),
    # the two special administrative regions: partners of TP.HCM, Hà Nội, Đà Nẵng ("Đặc khu
    # hành chính Hồng Kông (Trung Quốc)", "Hồng Công", "Ma Cao"); distinct enough to stand bare
    "CN-HK": ("Hồng Kông", "vùng", ["Hồng Công", "Hương Cảng", "Hong Kong", "Đặc khu hành chính Hồng Kông",
                                     "Đặc khu hành chính Hồng Công", "Đặc khu Hồng Kông"], True),
    "CN-MO": ("Ma Cao", "vùng", ["Macao", "Macau", "Áo Môn", "Đặc khu hành chính Ma Cao",
                                  "Đặc khu hành chính Macao", "Đặc khu Ma Cao"], True),
    "CN-AH": ("An Huy", None, [], False), "CN-BJ": ("Bắc Kinh", None, [], False),
    "CN-CQ": ("Trùng Khánh", None, [], False), "CN-FJ": ("Phúc Kiến", None, [], False),
    "CN-GS": ("Cam Túc", None, [], False), "CN-GZ": ("Quý Châu", None, [], False),
    "CN-HA": ("Hà Nam", None, [], False), "CN-HB": ("Hồ Bắc", None, [], False),
    "CN-HE": ("Hà Bắc", None, [], False), "CN-HI": ("Hải Nam", None, [], False),
    "CN-HL": ("Hắc Long Giang", None, [], False), "CN-HN": ("Hồ Nam", None, [], False),
    "CN-JL": ("Cát Lâm", None, [], False), "CN-JS": ("Giang Tô", None, [], False),
    "CN-JX": ("Giang Tây", None, [], False), "CN-LN": ("Liêu Ninh", None, [], False),
    "CN-NM": ("Nội Mông", None, ["Nội Mông Cổ"], False), "CN-NX": ("Ninh Hạ", None, ["Khu tự trị dân tộc Hồi Ninh Hạ", "Hồi Ninh Hạ"], False),
    "CN-QH": ("Thanh Hải", None, [], False), "CN-SC": ("Tứ Xuyên", None, [], False),
    "CN-SD": ("Sơn Đông", None, [], False), "CN-SH": ("Thượng Hải", None, [], False),
    "CN-SN": ("Thiểm Tây", None, [], False), "CN-SX": ("Sơn Tây", None, [], False),
    "CN-TJ": ("Thiên Tân", None, [], False), "CN-XJ": ("Tân Cương", None, ["Khu tự trị Duy Ngô Nhĩ Tân Cương", "Duy Ngô Nhĩ Tân Cương"], False),
    "CN-XZ": ("Tây Tạng", None, [], False), "CN-ZJ": ("Chiết Giang", None, [], False),
    # Thailand
    "TH-10": ("Băng Cốc", None, ["Bangkok"], True),
    "TH-41": ("Udon Thani", None, ["U-đon Tha-ni", "Ụt-đon Tha-ni", "Udon"], False),
    "TH-48": ("Nakhon Phanom", None, ["Na-khon Pha-nom", "Nạ-khon Pha-nôm", "Nakon Phanom", "Nakhon Phannom"], False),
    "TH-47": ("Sakon Nakhon", None, ["Xa-kon Na-khon", "Sa-kon Na-khon"], False),
    "TH-34": ("Ubon Ratchathani", None, ["U-bon Rát-cha-tha-ni", "Ubon"], False),
    "TH-43": ("Nong Khai", None, ["Nỏng Khai", "Noong Khai", "Nọng Khai"], False),
    "TH-38": ("Bueng Kan", None, ["Bưng Kan", "Bưng Càn", "Bueng Karn", "Bung Kan"], False),
    "TH-49": ("Mukdahan", None, ["Múc-đa-hản", "Mục-đa-hản", "Mukdaharn"], False),
    "TH-40": ("Khon Kaen", None, ["Khỏn Kèn", "Khon Kèn"], False),
    "TH-33": ("Si Sa Ket", None, ["Sisaket", "Srisaket", "Si-sa-ket", "Xi-xa-kệt"], False),
    "TH-50": ("Chiang Mai", None, ["Chiềng Mai", "Chiêng Mai"], False),
    "TH-57": ("Chiang Rai", None, ["Chiềng Rai", "Chiêng Rai"], False),
    "TH-83": ("Phuket", None, ["Phu-két", "Phu-ket"], False),
    "TH-30": ("Nakhon Ratchasima", None, ["Korat", "Khorat", "Nakhonratchasima"], False),
    # capitals of countries whose other regions are not listed: partners of Hà Nội ("Hà Nội và Minsk"), bare too
    "BY-HM": ("Minsk", "thành phố", ["Min-xcơ", "Thủ đô Minsk"], True),
    "KP-01": ("Bình Nhưỡng", "thành phố", ["Pyongyang", "Thủ đô Bình Nhưỡng"], True),
    "ID-JK": ("Jakarta", "thành phố", ["Gia-các-ta", "Thủ đô Jakarta"], True),
    "MY-14": ("Kuala Lumpur", "thành phố", ["Cu-a-la Lăm-pơ", "Thủ đô Kuala Lumpur"], True),
    "HU-BU": ("Budapest", "thành phố", ["Bu-đa-pét", "Thủ đô Budapest"], True),
    "CZ-10": ("Praha", "thành phố", ["Prague", "Pra-ha", "Thủ đô Praha"], True),
    "TH-82": ("Phang Nga", None, [], False),   # ISO writes it joined ("Phangnga", kept as an alias), papers spaced
    # Korea: the short forms papers use, and the same written syllable by syllable ("Gyeong Gi",
    # "Gyeong-gi": hyphenated variants also give their spaced and joined forms); the north and
    # south provinces with "Bắc"/"Nam" before or after ("Bắc Gyeongsang", "Gyeongsang Bắc")
    "KR-11": ("Seoul", None, ["Xơ-un", "Seo-ul"], True),
    "KR-26": ("Busan", None, ["Pu-san", "Bu-san"], True),
    "KR-27": ("Daegu", None, ["Dae-gu", "Tê-gu", "Taegu"], False),
    "KR-28": ("Incheon", None, ["In-cheon", "In-chơn", "Inchon"], False),
    "KR-29": ("Gwangju", None, ["Gwang-ju", "Kwangju"], False),
    "KR-30": ("Daejeon", None, ["Dae-jeon", "Tê-chơn", "Taejon"], False),
    "KR-31": ("Ulsan", None, ["Ul-san"], False),
    "KR-41": ("Gyeonggi", None, ["Gyeonggi-do", "Kyonggi", "Kyeonggi", "Gyeong-gi", "Kyong-gi", "Kyunggi",
                                 "Kyungki", "Kyung-gi"], True),
    "KR-42": ("Gangwon", None, ["Gangwon-do", "Kangwon", "Gang-won", "Kang-won"], True),
    "KR-43": ("Chungcheongbuk", None, ["Chungcheongbuk-do", "Bắc Chungcheong", "Chungcheong Bắc", "Chungbuk", "Chung-cheong-buk", "Chungchongbuk", "Chungcheoungbuk",
                                       "Bắc Chung-cheong"], True),
    "KR-44": ("Chungcheongnam", None, ["Chungcheongnam-do", "Nam Chungcheong", "Chungcheong Nam", "Chungnam", "Chung-cheong-nam", "Chungchongnam",
                                       "Nam Chung-cheong"], True),
    "KR-45": ("Jeollabuk", None, ["Jeollabuk-do", "Bắc Jeolla", "Jeolla Bắc", "Jeonbuk", "Jeonbuk-do",
                                  "Jeol-la-buk", "Bắc Jeol-la", "Chollabuk", "Chonbuk"], True),
    "KR-46": ("Jeollanam", None, ["Jeollanam-do", "Nam Jeolla", "Jeolla Nam", "Jeonnam", "Jeol-la-nam", "Nam Jeol-la", "Chollanam", "Chonnam"], True),
    "KR-47": ("Gyeongsangbuk", None, ["Gyeongsangbuk-do", "Bắc Gyeongsang", "Gyeongsang Bắc", "Gyeongbuk", "Gyeong-sang-buk",
                                      "Bắc Gyeong-sang", "Kyungsangbuk", "Kyongsangbuk", "Kyungbuk",
                                      "Kyongbuk", "Kyongsang Bắc", "Kyungsang Bắc"], True),
    "KR-48": ("Gyeongsangnam", None, ["Gyeongsangnam-do", "Nam Gyeongsang", "Gyeongsang Nam", "Gyeongnam", "Gyeong-sang-nam",
                                      "Nam Gyeong-sang", "Kyungsangnam", "Kyongsangnam", "Kyungnam",
                                      "Kyongnam", "Kyongsang Nam", "Kyungsang Nam"], True),
    "KR-49": ("Jeju", None, ["Jeju-do", "Che-ju", "Je-ju"], True),
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
    # the three collectivities with special status: Corse (a region), Paris, Lyon
    "FR-20R": ("Corse", "vùng", ["Corsica"], False),
    "FR-75C": ("Paris", "thành phố", ["Pa-ri"], False),
    "FR-69M": ("Métropole de Lyon", "thành phố", [], False),
    # (names written with letters outside Vietnamese ones, "Île", "Thüringen", are found
    # only as papers more often write them, without those marks: "Ile-de-France", "Thuringen")
    # Germany, Mongolia: the names Vietnamese papers use instead of the ISO (German, Mongolian) ones
    "DE-BY": ("Bavaria", None, ["Bayern", "Ba-vi-a"], False),
    "DE-NW": ("Nordrhein-Westfalen", None, ["Bắc Rhine-Westphalia", "North Rhine-Westphalia"], False),
    "DE-SN": ("Sachsen", None, ["Saxony"], False),
    "DE-NI": ("Niedersachsen", None, ["Lower Saxony", "Hạ Saxony"], False),
    "DE-ST": ("Sachsen-Anhalt", None, ["Saxony-Anhalt"], False),
    "DE-HE": ("Hessen", None, ["Hesse"], False),
    "DE-TH": ("Thüringen", None, ["Thuringia", "Thueringen"], False),
    "DE-RP": ("Rheinland-Pfalz", None, ["Rhineland-Palatinate"], False),
    "DE-BW": ("Baden-Württemberg", None, ["Baden-Wuerttemberg"], False),
    "DE-MV": ("Mecklenburg-Vorpommern", None, ["Mecklenburg-Western Pomerania"], False),
    # Australia: the translated names papers use ("bang Tây Úc", "Lãnh thổ Bắc Úc"); a
    # compass word translated stays part of the name, never a name alone. The two
    # territories are named whole ("Lãnh thổ ..."), distinct enough to stand bare; the
    # states need "bang" or the country after them ("Đại học Tây Úc" is no partner)
    "AU-ACT": ("Lãnh thổ Thủ đô Australia", None, ["Lãnh thổ Thủ đô Úc"], True),
    "AU-NT": ("Lãnh thổ Bắc Úc", None, ["Lãnh thổ Bắc Australia", "Lãnh thổ phía Bắc Australia",
                                         "Lãnh thổ phía Bắc Úc", "vùng lãnh thổ Bắc Úc", "vùng lãnh thổ Bắc Australia"], True),
    "AU-NSW": ("New South Wales", None, ["Niu Xao Uên", "Niu Xao-uên"], False),
    "AU-WA": ("Tây Úc", None, ["Tây Australia"], False),
    "AU-SA": ("Nam Úc", None, ["Nam Australia"], False),
    # the United States: the same for the states named with a compass word, and the
    # Vietnamese spellings of some
    "US-NC": ("Bắc Carolina", None, ["Bắc Ca-rô-li-na"], False),
    "US-SC": ("Nam Carolina", None, ["Nam Ca-rô-li-na"], False),
    "US-ND": ("Bắc Dakota", None, [], False),
    "US-SD": ("Nam Dakota", None, [], False),
    "US-WV": ("Tây Virginia", None, [], False),
    "US-CA": ("California", None, ["Ca-li-phoóc-ni-a"], False),
    "US-HI": ("Hawaii", None, ["Ha-oai"], False),
    "US-NY": ("New York", None, ["Niu Oóc", "Niu Y-oóc"], False),
    "US-TX": ("Texas", None, ["Tếch-dát"], False),
    # Canada: the provinces are "tỉnh bang" ("tỉnh bang Alberta", "bang Ontario"); the Vietnamese
    # spellings papers use beside the English names; none bare (a level word or "(Canada)")
    "CA-QC": ("Quebec", "bang", ["Québec", "Quê-béc"], False),
    "CA-ON": ("Ontario", "bang", ["Ôn-ta-ri-ô"], False),
    "CA-BC": ("British Columbia", "bang", ["Bri-tít Cô-lum-bi-a", "Bri-tít Cô-lôm-bi-a"], False),
    "CA-AB": ("Alberta", "bang", ["An-béc-ta"], False),
    "CA-MB": ("Manitoba", "bang", ["Ma-ni-tô-ba"], False),
    "CA-SK": ("Saskatchewan", "bang", [], False),
    "CA-NS": ("Nova Scotia", "bang", [], False),
    "CA-NB": ("New Brunswick", "bang", [], False),
    "CA-NL": ("Newfoundland and Labrador", "bang", ["Newfoundland"], False),
    "CA-PE": ("Prince Edward Island", "bang", ["Đảo Hoàng tử Edward"], False),
    # New Zealand: its regions ("vùng Auckland"); Wellington by the name papers use, not ISO's "Greater"
    "NZ-AUK": ("Auckland", None, ["Ốc-lân"], False),
    "NZ-WGN": ("Wellington", None, ["Oen-linh-tơn"], False),
    "NZ-MWT": ("Manawatu-Whanganui", None, [], False),
    # Kazakhstan: the capital by both its names (Nur-Sultan 2019-2022), the cities and the regions by
    # the names papers write, not ISO's Kazakh ones ("Aqtöbe oblysy"); a compass word is part of a name
    "KZ-71": ("Astana", "thành phố", ["Nursultan", "Nur-Sultan", "Nur Sultan", "A-xta-na"], False),
    "KZ-75": ("Almaty", "thành phố", ["An-ma-ty", "Alma-Ata"], False),
    "KZ-79": ("Shymkent", "thành phố", ["Chimkent"], False),
    "KZ-19": ("Almaty Region", None, [], False),
    "KZ-11": ("Akmola", None, ["Aqmola"], False), "KZ-15": ("Aktobe", None, ["Aqtöbe", "Aktöbe"], False),
    "KZ-23": ("Atyrau", None, [], False), "KZ-27": ("Tây Kazakhstan", None, ["West Kazakhstan"], False),
    "KZ-31": ("Zhambyl", None, ["Jambyl"], False), "KZ-35": ("Karaganda", None, ["Qaraghandy", "Karagandy"], False),
    "KZ-39": ("Kostanay", None, ["Qostanay"], False), "KZ-43": ("Kyzylorda", None, ["Qyzylorda"], False),
    "KZ-47": ("Mangystau", None, ["Mangistau"], False), "KZ-55": ("Pavlodar", None, [], False),
    "KZ-59": ("Bắc Kazakhstan", None, ["North Kazakhstan"], False), "KZ-61": ("Turkistan", None, ["Turkestan"], False),
    "KZ-63": ("Đông Kazakhstan", None, ["East Kazakhstan"], False), "KZ-10": ("Abay", None, ["Abai"], False),
    "KZ-33": ("Zhetisu", None, ["Jetisu"], False), "KZ-62": ("Ulytau", None, [], False),
    # India: the states by their ISO names (accents fold away: "Gujarāt" is "Gujarat"), and the translated one
    "IN-WB": ("Tây Bengal", None, ["West Bengal"], False),
    # Cuba, Myanmar
    "CU-03": ("La Habana", None, ["Havana", "La Ha-ba-na", "Ha-va-na"], False),
    "CU-13": ("Santiago de Cuba", None, ["Xan-ti-a-gô đê Cu-ba"], False),
    "CU-01": ("Pinar del Río", None, ["Pinar del Rio", "Pi-na đen Ri-ô", "Pi-na-đen Ri-ô"], False),
    "MM-06": ("Yangon", None, ["Rangoon", "Yangun"], False),
    "MM-18": ("Nay Pyi Taw", None, ["Naypyidaw", "Naypyitaw", "Nay-pi-đô"], False),
    "MN-1": ("Ulaanbaatar", None, ["U-lan Ba-to", "Ulan Bator", "Ulan Bato"], False),
    # Russia: the English short names and the Vietnamese spellings of the regions papers name as
    # partners; the others by their ISO (Russian) names, with a level word or "(Nga)"
    "RU-MOW": ("Mát-xcơ-va", None, ["Moskva", "Moscow", "Mát-xcơ-va"], False),
    # St. Petersburg by the name papers write most ("St. Petersburg", "St.Petersburg"), not "Saint"
    "RU-SPE": ("St. Petersburg", None, ["Xanh Pê-téc-bua", "Xanh Pê-tec-bua", "Xanh Pê-tét-bua",
                                        "Saint Petersburg", "Saint-Petersburg", "Pê-téc-bua"], False),
    "RU-ULY": ("Ulyanovsk", None, ["U-li-a-nốp", "U-li-a-nốp-xcơ", "Ulianovsk"], False),
    "RU-KLU": ("Kaluga", None, ["Ca-lu-ga", "Ka-lu-ga"], False),
    "RU-TUL": ("Tula", None, ["Tu-la"], False),
    # (the republics' names are distinct enough to stand bare: "Cộng hòa Tatarstan")
    "RU-TA": ("Tatarstan", None, ["Ta-ta-xtan", "Tatarxtan"], True),
    "RU-BA": ("Bashkortostan", None, ["Bát-xcoóc-tô-xtan", "Baskortostan"], True),
    # (Primorye, "vùng Duyên hải", is distinct enough to stand bare: "thống đốc Primorye"; "Viễn Đông",
    # the Far East, is a federal district of several regions, not one: left out)
    "RU-PRI": ("Primorsky", None, ["Primorye", "Primorsky Krai", "Pri-mo-rơ-xki", "Primorskiy"], True),
    "RU-KHA": ("Khabarovsk", None, ["Kha-ba-rốp-xcơ", "Kha-ba-rốp"], False),
    "RU-NIZ": ("Nizhny Novgorod", None, ["Nizhni Novgorod", "Ni-giơ-ni Nốp-gô-rốt"], False),
    "RU-NVS": ("Novosibirsk", None, ["Nô-vô-xi-biếc", "Nô-vô-xi-biếc-xcơ"], False),
    "RU-SVE": ("Sverdlovsk", None, ["Xvéc-đlốp-xcơ", "Xvec-đlốp"], False),
    "RU-IRK": ("Irkutsk", None, ["I-rơ-cút-xcơ", "Iếc-cút"], False),
    "RU-VOR": ("Voronezh", None, ["Vô-rô-ne-giơ"], False),
    "RU-ROS": ("Rostov", None, ["Rốt-xtốp", "Rostov-on-Don"], False),
    "RU-LEN": ("Leningrad", None, ["Lê-nin-grát"], False),
    "RU-YAR": ("Yaroslavl", None, ["I-a-rô-xláp"], False),
    "RU-KDA": ("Krasnodar", None, ["Cra-xnô-đa", "Kra-xnô-đa"], False),
    "RU-KGD": ("Kaliningrad", None, ["Ca-li-nin-grát"], False),
    "RU-SAK": ("Sakhalin", None, ["Xa-kha-lin"], False),
    "RU-VGG": ("Volgograd", None, ["Vôn-gô-grát"], False),
    "RU-AST": ("Astrakhan", None, ["Át-xtơ-ra-khan"], False),
    "RU-SAM": ("Samara", None, ["Xa-ma-ra"], False),
    "RU-CHE": ("Chelyabinsk", None, ["Chê-li-a-bin-xcơ"], False),
    "RU-KYA": ("Krasnoyarsk", None, ["Cra-xnôi-ác-xcơ"], False),
    "RU-TOM": ("Tomsk", None, ["Tôm-xcơ"], False),
    "RU-OMS": ("Omsk", None, ["Ôm-xcơ"], False),
    "RU-PER": ("Perm", None, ["Péc-mơ"], False),
    "RU-SA": ("Sakha", None, ["Yakutia", "I-a-cu-ti-a"], False),
    # the oblasts, krais and republics by the names papers write ("tỉnh Kursk", "vùng
    # Kamchatka", "Cộng hòa Chechnya"), not ISO's Russian adjectives ("Kurskaya")
    "RU-BEL": ("Belgorod", None, [], False), "RU-BRY": ("Bryansk", None, [], False),
    "RU-IVA": ("Ivanovo", None, [], False), "RU-KEM": ("Kemerovo", None, [], False),
    "RU-KIR": ("Kirov", None, [], False), "RU-KOS": ("Kostroma", None, [], False),
    "RU-KGN": ("Kurgan", None, [], False), "RU-KRS": ("Kursk", None, [], False),
    "RU-LIP": ("Lipetsk", None, [], False), "RU-MAG": ("Magadan", None, [], False),
    "RU-MUR": ("Murmansk", None, [], False), "RU-NGR": ("Novgorod", None, [], False),
    "RU-ORE": ("Orenburg", None, [], False), "RU-ORL": ("Oryol", None, ["Orel"], False),
    "RU-PNZ": ("Penza", None, [], False), "RU-PSK": ("Pskov", None, [], False),
    "RU-RYA": ("Ryazan", None, [], False), "RU-SAR": ("Saratov", None, [], False),
    "RU-SMO": ("Smolensk", None, [], False), "RU-TAM": ("Tambov", None, [], False),
    "RU-TVE": ("Tver", None, [], False), "RU-TYU": ("Tyumen", None, [], False),
    "RU-VLA": ("Vladimir", None, [], False), "RU-VLG": ("Vologda", None, [], False),
    "RU-AMU": ("Amur", None, [], False), "RU-ARK": ("Arkhangelsk", None, [], False),
    "RU-KAM": ("Kamchatka", None, ["Kamchatsky"], False),
    "RU-STA": ("Stavropol", None, ["Stavropolsky"], False),
    "RU-ZAB": ("Zabaykalsky", None, ["Zabaikalsky", "Transbaikal"], False),
    "RU-ALT": ("Altai Krai", None, ["Altaisky"], False), "RU-AL": ("Cộng hòa Altai", None, ["Altai Republic"], False),
    "RU-CE": ("Chechnya", None, ["Chechen"], False), "RU-CU": ("Chuvashia", None, [], False),
    "RU-UD": ("Udmurtia", None, [], False), "RU-BU": ("Buryatia", None, [], False),
    "RU-KR": ("Karelia", None, [], False), "RU-MO": ("Mordovia", None, [], False),
    "RU-KK": ("Khakassia", None, [], False), "RU-KL": ("Kalmykia", None, [], False),
    "RU-IN": ("Ingushetia", None, [], False), "RU-SE": ("Bắc Ossetia", None, ["North Ossetia"], False),
    "RU-KHM": ("Khanty-Mansi", None, [], False), "RU-YAN": ("Yamalo-Nenets", None, [], False),
    "RU-CHU": ("Chukotka", None, [], False), "RU-TY": ("Tuva", None, [], False),
    "RU-ME": ("Mari El", None, [], False), "RU-AD": ("Adygea", None, [], False),
    # Bulgaria: the provinces (oblast, "tỉnh") by their ISO names; the capital apart from its
    # namesake province, as Viêng Chăn's
    "BG-22": ("Thủ đô Sofia", "thành phố", ["Sofia", "Xô-phi-a", "Thủ đô Xô-phi-a"], False),
    "BG-12": ("Montana (Bungari)", None, [], False),   # the US state's namesake: "tỉnh Montana"
}

# Foreign cities, districts and prefectures across the border that reports name (ISO 3166-2
# has no units below the province): Vietnamese name, level, the ISO code of the province it
# lies in, other spellings; the Korean and Japanese cities farther away are in
# gazetteer_cities.CITIES (with their sources). Found after a level word or before the
# country, never bare; a report naming one names its province as the partner ("huyện Hà
# Khẩu" -> Vân Nam, "thành phố Kobe" -> Hyogo). A foreign locality in neither table is kept
# as the text names it, with its country ("huyện Yeoncheon (Hàn Quốc)").
FOREIGN_LOCALITIES = [
    ("Nam Ninh", "thành phố", "CN-GX", ["Nanning"]), ("Sùng Tả", "thành phố", "CN-GX", ["Chongzuo"]),
    ("Bằng Tường", "thành phố", "CN-GX", ["Pingxiang"]), ("Đông Hưng", "thành phố", "CN-GX", ["Dongxing"]),
    ("Phòng Thành Cảng", "thành phố", "CN-GX", ["Fangchenggang"]), ("Bách Sắc", "thành phố", "CN-GX", ["Baise"]),
    ("Khâm Châu", "thành phố", "CN-GX", ["Qinzhou"]), ("Bắc Hải", "thành phố", "CN-GX", ["Beihai"]),
    ("Quế Lâm", "thành phố", "CN-GX", ["Guilin"]), ("Liễu Châu", "thành phố", "CN-GX", ["Liuzhou"]),
    ("Long Châu", "huyện", "CN-GX", ["Longzhou"]), ("Ninh Minh", "huyện", "CN-GX", ["Ningming"]),
    ("Tĩnh Tây", "thành phố", "CN-GX", ["Jingxi"]), ("Na Pha", "huyện", "CN-GX", ["Napo"]),
    ("Đại Tân", "huyện", "CN-GX", ["Daxin"]),
    ("Côn Minh", "thành phố", "CN-YN", ["Kunming"]), ("Hồng Hà", "châu", "CN-YN", ["Honghe"]),
    ("Văn Sơn", "châu", "CN-YN", ["Wenshan"]), ("Hà Khẩu", "huyện", "CN-YN", ["Hekou"]),
    ("Mông Tự", "thành phố", "CN-YN", ["Mengzi"]), ("Kim Bình", "huyện", "CN-YN", ["Jinping"]),
    ("Lục Xuân", "huyện", "CN-YN", ["Lüchun", "Luchun"]), ("Mã Quan", "huyện", "CN-YN", ["Maguan"]),
    ("Ma Lật Pha", "huyện", "CN-YN", ["Malipo"]), ("Phú Ninh", "huyện", "CN-YN", ["Funing"]),
    ("Giang Thành", "huyện", "CN-YN", ["Jiangcheng"]), ("Phổ Nhĩ", "thành phố", "CN-YN", ["Pu'er"]),
    ("Tây Song Bản Nạp", "châu", "CN-YN", ["Xishuangbanna"]), ("Khai Viễn", "thành phố", "CN-YN", ["Kaiyuan"]),
    ("Mạnh Lạp", "huyện", "CN-YN", ["Mengla"]), ("Cảnh Hồng", "thành phố", "CN-YN", ["Jinghong"]),
    ("Đại Lý", "thành phố", "CN-YN", ["Dali"]),
    ("Ngô Châu", "thành phố", "CN-GX", ["Wuzhou"]), ("Hà Trì", "thành phố", "CN-GX", ["Hechi"]),
    ("Quảng Châu", "thành phố", "CN-GD", ["Guangzhou"]), ("Thâm Quyến", "thành phố", "CN-GD", ["Shenzhen"]),
    ("Pắc Xế", "thành phố", "LA-CH", ["Pakse", "Pác Xế", "Pakxe"]),
    ("Sầm Nưa", "thành phố", "LA-HO", ["Xam Neua", "Samneua", "Sầm Nứa"]),
    ("Viêng Xay", "huyện", "LA-HO", ["Viengxay"]),
    ("Phôn Xa Văn", "thành phố", "LA-XI", ["Phonsavan", "Phônxavăn"]),
    ("Noọng Hét", "huyện", "LA-XI", ["Nonghet", "Nong Het"]),
    ("Thà Khẹt", "thành phố", "LA-KH", ["Thakhek", "Thà Khẹc"]),
    ("Bavet", "thành phố", "KH-20", ["Ba Vét"]),
    ("Kaysone Phomvihane", "thành phố", "LA-SV", ["Cay-xỏn Phôm-vi-hản"]),
] + [(name, level, iso, variants) for name, level, iso, variants, _source in CITIES]

# ISO names: what to cut off ("Yunnan Sheng" -> "Yunnan", "Busan-gwangyeoksi" -> "Busan").
ISO_SUFFIX = re.compile(r"(?:\s+(?:Sheng|Shi|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zizhiqu)"
                        r"|,?\s+(?:Respublika|oblast'|kray|avtonomnyy okrug|avtonomnaya oblast')"
                        r"|-(?:gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)|\s*\[.*\]|\s*\(.*\))$")

# Foreign aliases matched only after a level word ("tỉnh Kép"): bare "Kép" is also a place
# in Bắc Giang (sân bay Kép, ga Kép).
FOREIGN_LEVEL_ONLY = {"Kep": ["Kep", "Kép"]}
# Foreign units whose bare names rank after another unit with the same name: bare
# "Viêng Chăn"/"Vientiane" is the capital; "tỉnh Viêng Chăn" is the province.
FOREIGN_WEAK = {"Viêng Chăn", "Sofia", "Montana (Bungari)"}


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
            if (types is not None and sub.type not in types) or sub.code in ISO_LEFT_OUT:
                continue
            iso = ISO_SUFFIX.sub("", sub.name).strip()
            plain = (unicodedata.normalize("NFC", unicodedata.normalize("NFD", iso).replace(_MACRON, ""))
                     if code in PLAIN_ISO else iso)
            canonical, level, variants, bare = EXONYMS.get(sub.code, (plain, None, [], False))
            used.add(sub.code)
            level = level or LEVEL_OF_TYPE.get(sub.type, "tỉnh")
            names = spellings([canonical] + variants) + [iso]  # ISO names as they are
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
            if not bare or clash:
                # needs a level word or the country after it; named like a Vietnamese place
                # (Hà Nam, Sơn Tây): needs the country
                entry["cue"] = "country" if clash else "level"
            foreign.append(entry)
    missing = set(EXONYMS) - used
    if missing:
        raise SystemExit(f"EXONYMS codes not in ISO 3166-2 (or of a type left out): {sorted(missing)}")
    counts = {c: sum(f["country"] == c for f in foreign) for c in ("Lào", "Campuchia", "Trung Quốc")}
    if counts != {"Lào": 18, "Campuchia": 25, "Trung Quốc": 33}:
        raise SystemExit(f"foreign partner counts: {counts}")
    return foreign, countries


def build_localities(foreign: list[dict], vietnamese: set[str], key: Callable[[str], str]) -> list[dict]:
    """FOREIGN_LOCALITIES, each with the canonical name and country of its province."""
    by_iso = {f["iso"]: f for f in foreign}
    out = []
    for name, level, iso, variants in FOREIGN_LOCALITIES:
        province = by_iso[iso]
        out.append({"name": name, "level": level, "province": province["name"], "country": province["country"],
                    "aliases": [a for a in spellings([name] + variants) if a != name],
                    "cue": "country" if key(name) in vietnamese else "level"})
    return out
