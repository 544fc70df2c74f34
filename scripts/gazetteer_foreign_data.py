"""The foreign tables of the gazetteer other than the regions' spellings (for
``gazetteer_foreign.build_foreign`` and ``build_localities``; developers only): the countries
read and their Vietnamese names, how ISO names are written joined or plain, the ISO types'
levels, and the foreign cities and districts across the border with their province."""

from __future__ import annotations

from gazetteer_cities import CITIES, TOWNS  # this folder: the Korean and Japanese cities, with their sources

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
    ("CU", "Cuba", ["Cu Ba", "Cu-ba", "Cộng hòa Cuba", "Cộng hòa Cu-ba"], {"Province", "Special municipality"}),
    ("MN", "Mông Cổ", [], {"Province", "Capital city"}),
    ("MM", "Myanmar", ["Mi-an-ma"], {"Region", "State", "Union territory"}),
    ("RU", "Nga", ["Liên bang Nga", "LB Nga"], None),
    # Italy: its 20 regions (round 19: "vùng Emilia-Romagna", "vùng Sicilia" twin with Vietnamese provinces;
    # the provinces and metropolitan cities below them are not listed)
    ("IT", "Italia", ["Ý", "Italy", "I-ta-li-a"], {"Region", "Autonomous region"}),
    # Belarus: the capital and the oblasts ("tỉnh Gomel", "tỉnh Vitebsk"), round 19; the Minsk oblast is left
    # out (ISO_LEFT_OUT: "tỉnh Minsk" reads as the capital, the partner papers name)
    ("BY", "Belarus", ["Bêlarút", "Cộng hòa Belarus", "Bê-la-rút"], {"City", "Oblast"}),
    ("ID", "Indonesia", ["In-đô-nê-xi-a"], {"Capital district"}),   # Jakarta
    ("MY", "Malaysia", ["Ma-lai-xi-a"], {"Federal territory"}),   # Kuala Lumpur (Putrajaya, Labuan)
    ("SG", "Singapore", ["Xin-ga-po"], set()),
    # India, Canada, New Zealand, Kazakhstan: their states, provinces and regions (a city of theirs is
    # kept with its country: "thành phố Vancouver (Canada)")
    ("IN", "Ấn Độ", ["Cộng hòa Ấn Độ"], {"State", "Union territory"}),
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
    # Argentina: its provinces ("ba tỉnh miền Trung của Argentina (gồm Cordoba, Santa Fe và Entre Rios)", round 20);
    # left out (ISO_LEFT_OUT): the province of Buenos Aires ("Buenos Aires" is the capital papers name, taken
    # as a unit of its own, ISO_ADDED, round 29: "hợp tác giữa thành phố Hà Nội và thành phố Buenos Aires") and
    # Formosa (the Formosa Hà Tĩnh steel works, a company Vietnamese papers name every day)
    ("AR", "Argentina", ["Ác-hen-ti-na"], {"Province"}),
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

# ISO 3166 lists Taiwan as a province of China; Vietnamese papers treat it apart. The Minsk oblast
# would take the capital's name ("tỉnh Minsk" is the city, BY-HM, in what papers write).
ISO_LEFT_OUT = {"CN-TW", "BY-MI", "AR-B", "AR-P"}
# ISO units taken whatever their type: the Philippines' capital region, named by its city ("thành phố Manila",
# twinned with TP.HCM; the other regions are no partners), round 19.
# The capital of Argentina (AR-C, type "City"; the provinces are taken): a capital of a country whose regions are
# listed is a unit of its own, as Berlin, Paris, Moskva are (round 29).
ISO_ADDED = {"PH-00", "AR-C"}

LEVEL_OF_TYPE = {
    "Municipality": "thành phố", "Metropolitan city": "thành phố", "Special city": "thành phố",
    "Special self-governing city": "thành phố", "Autonomous municipality": "thành phố",
    "Metropolitan administration": "thành phố", "Special administrative city": "thành phố",
    "Prefecture": "tỉnh", "Metropolitan region": "vùng", "Autonomous region": "tỉnh",
    "State": "bang", "Land": "bang", "Territory": "bang", "Capital city": "thành phố",
    "Special municipality": "thành phố", "Region": "vùng", "Union territory": "thành phố",
    "Autonomous city": "thành phố",
}

# Foreign cities, districts and prefectures across the border that reports name (ISO 3166-2
# has no units below the province): Vietnamese name, level, the ISO code of the province it
# lies in, other spellings; the Korean and Japanese cities farther away are in
# gazetteer_cities.CITIES (with their sources). Found after a level word or before the
# country, never bare; a report naming one of these names its province as the partner ("huyện Hà
# Khẩu" -> Vân Nam); one of gazetteer_cities is its region only where the page names the region
# beside it ("thành phố Kobe, tỉnh Hyogo" -> Hyogo; "thành phố Kobe (Nhật Bản)" -> Kobe). A foreign locality in neither table is kept
# as the text names it, with its country ("huyện Yeoncheon (Hàn Quốc)").
FOREIGN_LOCALITIES = [
    ("Nam Ninh", "thành phố", "CN-GX", ["Nanning"]), ("Sùng Tả", "thành phố", "CN-GX", ["Chongzuo"]),
    ("Bằng Tường", "thành phố", "CN-GX", ["Pingxiang"]), ("Đông Hưng", "thành phố", "CN-GX", ["Dongxing"]),
    ("Phòng Thành Cảng", "thành phố", "CN-GX", ["Fangchenggang"]), ("Bách Sắc", "thành phố", "CN-GX", ["Baise"]),
    ("Khâm Châu", "thành phố", "CN-GX", ["Qinzhou"]), ("Bắc Hải", "thành phố", "CN-GX", ["Beihai"]),
    ("Quế Lâm", "thành phố", "CN-GX", ["Guilin"]), ("Liễu Châu", "thành phố", "CN-GX", ["Liuzhou"]),
    ("Long Châu", "huyện", "CN-GX", ["Longzhou"]), ("Ninh Minh", "huyện", "CN-GX", ["Ningming"]),
    ("Tĩnh Tây", "thành phố", "CN-GX", ["Jingxi"]), ("Na Pha", "huyện", "CN-GX", ["Napo"]),
    ("Đại Tân", "huyện", "CN-GX", ["Daxin"]), ("Phòng Thành", "quận", "CN-GX", ["Fangcheng"]),   # a district of Phòng Thành Cảng (round 48)
    ("Côn Minh", "thành phố", "CN-YN", ["Kunming"]), ("Hồng Hà", "châu", "CN-YN", ["Honghe"]),
    ("Văn Sơn", "châu", "CN-YN", ["Wenshan"]), ("Hà Khẩu", "huyện", "CN-YN", ["Hekou"]),
    ("Mông Tự", "thành phố", "CN-YN", ["Mengzi"]), ("Kim Bình", "huyện", "CN-YN", ["Jinping"]),
    ("Lục Xuân", "huyện", "CN-YN", ["Lüchun", "Luchun"]), ("Mã Quan", "huyện", "CN-YN", ["Maguan"]),
    ("Ma Lật Pha", "huyện", "CN-YN", ["Malipo", "Ma Ly Pho", "Malypho"]), ("Phú Ninh", "huyện", "CN-YN", ["Funing"]),
    ("Giang Thành", "huyện", "CN-YN", ["Jiangcheng"]), ("Phổ Nhĩ", "thành phố", "CN-YN", ["Pu'er"]),
    ("Tây Song Bản Nạp", "châu", "CN-YN", ["Xishuangbanna"]), ("Khai Viễn", "thành phố", "CN-YN", ["Kaiyuan"]),
    ("Mạnh Lạp", "huyện", "CN-YN", ["Mengla"]), ("Cảnh Hồng", "thành phố", "CN-YN", ["Jinghong"]),
    ("Đại Lý", "thành phố", "CN-YN", ["Dali"]),
    ("Ngô Châu", "thành phố", "CN-GX", ["Wuzhou"]), ("Hà Trì", "thành phố", "CN-GX", ["Hechi"]),
    ("Quảng Châu", "thành phố", "CN-GD", ["Guangzhou"]), ("Thâm Quyến", "thành phố", "CN-GD", ["Shenzhen"]),
    ("Pắc Xế", "thành phố", "LA-CH", ["Pakse", "Pác Xế", "Pakxe"]),
    ("Sầm Nưa", "thành phố", "LA-HO", ["Xam Neua", "Samneua", "Sầm Nứa", "Xamnuea"]),
    ("Viêng Xay", "huyện", "LA-HO", ["Viengxay"]),
    ("Phôn Xa Văn", "thành phố", "LA-XI", ["Phonsavan", "Phônxavăn"]),
    ("Noọng Hét", "huyện", "LA-XI", ["Nonghet", "Nong Het"]),
    ("Thà Khẹt", "thành phố", "LA-KH", ["Thakhek", "Thà Khẹc"]),
    ("Bavet", "thành phố", "KH-20", ["Ba Vét"]),
    ("Kaysone Phomvihane", "thành phố", "LA-SV", ["Cay-xỏn Phôm-vi-hản"]),
    # round 17: districts across the border the pages of audit12/audit14 and the learning sets name, in
    # the spellings they write (no Latin names the pages do not use: each name costs the page scan)
    ("Khăm Cợt", "huyện", "LA-BL", []),
    ("Xay Chăm Phon", "huyện", "LA-BL", ["Xay Chăm Pon"]),
    ("Bualapha", "huyện", "LA-KH", ["Bua Lạ Pha", "Bua La Pha"]), ("Nakai", "huyện", "LA-KH", []),
    ("Kà Lừm", "huyện", "LA-XE", []),
    # round 18: the other Lao districts on the border with Vietnam, which twin with and hold
    # their yearly talks with the Vietnamese districts facing them ("huyện Mường Tè và huyện
    # Mường Mày"), in the spellings Vietnamese pages write (Wikipedia, "Districts of Laos":
    # the province of each). Not listed: a name two provinces have (Viêng Thoong: Hủa Phăn and
    # Bo-ly-khăm-xay; Phôn Thong: Luông Pha Bang and Chăm-pa-sắc) nor one a Vietnamese commune
    # has (Mường Khoa: "xã Mường Khoa" of Lai Châu).
    ("Mường Mày", "huyện", "LA-PH", []),
    ("Nhọt U", "huyện", "LA-PH", ["Nyot Ou"]),
    ("Xiềng Khọ", "huyện", "LA-HO", ["Xiengkhor"]), ("Sầm Tớ", "huyện", "LA-HO", ["Samtai"]),
    ("Mường Quắn", "huyện", "LA-HO", []), ("Sốp Bầu", "huyện", "LA-HO", ["Sopbao"]),
    ("Mường Hiềm", "huyện", "LA-HO", []), ("Mường Xôn", "huyện", "LA-HO", []),
    ("Mọc Mày", "huyện", "LA-XI", ["Mok Mai"]),
    ("Ma Ha Xay", "huyện", "LA-KH", ["Mahaxay"]),
    ("Sê Pôn", "huyện", "LA-SV", ["Sepon", "Xê Pôn", "Xepon"]), ("Mường Noọng", "huyện", "LA-SV", []),
    ("Vi La Bu Ly", "huyện", "LA-SV", ["Vilabouly"]),
    ("Sá Muội", "huyện", "LA-SL", ["Samouay", "Xá Muội"]), ("Tạ Ôi", "huyện", "LA-SL", ["Ta Oy"]),
    ("Đắc Chưng", "huyện", "LA-XE", ["Đắk Chưng", "Dakcheung"]), ("La Mam", "huyện", "LA-XE", ["Lamam"]),
    ("Phu Vông", "huyện", "LA-AT", ["Phouvong"]), ("Sản Xay", "huyện", "LA-AT", ["Sanxay"]),
    ("Nghiễm Sơn", "huyện", "CN-YN", []), ("Di Lặc", "thành phố", "CN-YN", []),
    # round 40 (late40e): the Cambodian districts on the border with Vietnam, as round 18 listed the Lao ones:
    # their military commands, police and communes meet the Vietnamese districts facing them ("chi khu quân sự
    # các huyện …  (Campuchia)"), often without their province. Latin names as Vietnamese pages write them
    # (Wikipedia, "List of districts, municipalities and sections in Cambodia": the province of each). Not
    # listed: the districts of Tboung Khmum (Memot, Ponhea Kraek, Dambae), which were Kampong Cham's until
    # 2013 (a page of before would take the wrong province), nor a district named as its province (Kampot).
    ("Romeas Haek", "huyện", "KH-20", ["Romeas Heak", "Romeasheak"]),
    ("Chantrea", "huyện", "KH-20", []), ("Kampong Rou", "huyện", "KH-20", []),
    ("Svay Teab", "huyện", "KH-20", ["Svay Teap"]), ("Rumduol", "huyện", "KH-20", ["Rumdoul"]),
    ("Svay Chrum", "huyện", "KH-20", []),
    ("Kamchay Mear", "huyện", "KH-14", ["Kam Chay Mear", "Komchaymia"]),
    ("Peam Chor", "huyện", "KH-14", []),
    ("Kiri Vong", "huyện", "KH-21", ["Kirivong"]), ("Kaoh Andaet", "huyện", "KH-21", ["Koh Andet"]),
    ("Borei Cholsar", "huyện", "KH-21", ["Borey Cholsar"]),
    ("Kaoh Thum", "huyện", "KH-8", ["Koh Thom", "Koh Thum"]), ("Leuk Daek", "huyện", "KH-8", ["Loeuk Daek"]),
    ("Kampong Trach", "huyện", "KH-7", []), ("Banteay Meas", "huyện", "KH-7", []),
    ("Snuol", "huyện", "KH-10", ["Snoul"]),
    ("O Yadav", "huyện", "KH-16", ["Oyadav"]), ("Andoung Meas", "huyện", "KH-16", []),
    ("Kaoh Nheaek", "huyện", "KH-11", ["Koh Nhek"]), ("Pech Chreada", "huyện", "KH-11", []),
    ("Kaev Seima", "huyện", "KH-11", ["Keo Seima"]),
] + [(name, level, iso, variants) for name, level, iso, variants, _source in CITIES + TOWNS]

# Foreign aliases matched only after a level word ("tỉnh Kép"): bare "Kép" is also a place
# in Bắc Giang (sân bay Kép, ga Kép).
FOREIGN_LEVEL_ONLY = {"Kep": ["Kep", "Kép"]}
# Foreign units whose bare names rank after another unit with the same name: bare
# "Viêng Chăn"/"Vientiane" is the capital; "tỉnh Viêng Chăn" is the province.
FOREIGN_WEAK = {"Viêng Chăn", "Sofia", "Montana (Bungari)"}
