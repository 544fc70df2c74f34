"""The Vietnamese spellings of foreign regions, by ISO 3166-2 code (a reviewed table for
``gazetteer_foreign.build_foreign``; developers only). What each entry holds is said above
the table; which countries are read, in ``gazetteer_foreign_data.COUNTRIES``."""

from __future__ import annotations

# ISO code -> (canonical name, level or None for the ISO type's, [variants], bare). The
# canonical name is the one a pair shows (unless ``gazetteer_press.PRESS_NAMES`` names another of its
# spellings, the one the press writes most: "Matxcơva", "Gyeongnam", "Sê Kông", round 30). A region is
# shown by its own name in Latin script (ISO 3166-2's, or the usual romanisation where ISO writes the local
# long form: "Moskva", "Northern Territory", "West Bengal", "Bangkok"), as the corpus shows "Champasak (Lào)";
# the Vietnamese spellings and translations papers write ("Mát-xcơ-va", "Lãnh thổ Bắc Úc",
# "Tây Bengal") are variants that find it. Laos, Cambodia and China keep the names the
# corpus's readers use (Vietnamese for most Lao and Chinese ones: "Khăm Muộn", "Vân Nam"). ``bare``: the name may stand without a level word or a country after it (distinct
# enough in Vietnamese text); otherwise it needs one. Variants written with hyphens also get
# their spaced and joined forms ("Xa-va-na-khệt" -> "Xa va na khệt", "Xavanakhệt").
EXONYMS: dict[str, tuple[str, str | None, list[str], bool]] = {
    # Laos: every province, bare
    "LA-VT": ("Thủ đô Viêng Chăn", "thành phố", ["Viêng Chăn", "Vientiane", "Thủ đô Vientiane",
                                                 "Vientiane Capital", "Viêng-chăn"], True),
    "LA-PH": ("Phông Sa Lỳ", None, ["Phông-sa-lỳ", "Phông Xa Lỳ", "Phông-xa-lỳ", "Phongsaly", "Phongsali", "Phoong-sa-ly"], True),
    "LA-LM": ("Luổng Nậm Thà", None, ["Luông Nậm Thà", "Luổng-nậm-thà", "Luang Namtha", "Luang Nam Tha",
                                      "Luangnamtha"], True),
    "LA-OU": ("U Đôm Xay", None, ["U-đôm-xay", "U-đôm-xai", "Oudomxay", "Oudomxai", "Udomxay", "Udomxai"], True),
    "LA-BK": ("Bò Kẹo", None, ["Bò-kẹo", "Bokeo", "Bo Keo", "Bo Kẹo"], True),
    "LA-LP": ("Luông Pha Bang", None, ["Luông-pha-băng", "Luông Pha-băng", "Luông Prabang", "Luang Prabang",
                                       "Luang Phabang", "Luông Phabang", "Luang Pra Bang", "Luông Pra-bang", "Luangprabang",
                                       "Luông Phra Bang", "Luông Phra-bang", "Luang Phrabang"], True),
    "LA-HO": ("Hủa Phăn", None, ["Hủa-phăn", "Houaphanh", "Houaphan", "Huaphanh", "Hua Phan"], True),
    "LA-XA": ("Xay-nhạ-bu-ly", None, ["Xay-nha-bu-ly", "Xay-nhạ-bu-li", "Sainyabuli", "Sayaboury",
                                      "Xayaboury", "Xayabury", "Xayabuly", "Xaynhabuly", "Xayabouly", "Xaignabouli", "Sayabouly", "Xayabory"], True),
    "LA-XI": ("Xiêng Khoảng", None, ["Xiêng-khoảng", "Xieng Khouang", "Xiengkhouang", "Xiengkhuang",
                                     "Xieng Khuang"], True),
    "LA-VI": ("Viêng Chăn", None, ["Vientiane", "Viêng-chăn"], True),
    "LA-BL": ("Bo-ly-khăm-xay", None, ["Bô-ly-khăm-xay", "Bo-li-khăm-xay", "Bolikhamxai", "Bolikhamxay",
                                       "Bolikhamsai", "Borikhamxay", "Borikhamxai"], True),
    "LA-KH": ("Khăm Muồn", None, ["Khăm-muồn", "Khăm Muộn", "Khammouane", "Khammouan", "Khammuane", "Khammuan"], True),
    "LA-SV": ("Xa-va-na-khệt", None, ["Xa-van-na-khệt", "Xa-van-na-khẹt", "Xa-va-na-khẹt", "Savannakhet",
                                      "Savanakhet", "Xavannakhet", "Xavanakhet", "Sa-van-na-khet",
                                      "Sa-va-na-khệt", "Sa-van-na-khệt", "Sa-va-na-khẹt"], True),
    "LA-SL": ("Salavan", None, ["Xa-la-van", "Sa-la-van", "Saravane", "Saravan", "Xalavan", "Salavanh",
                        "Salavane"], True),   # Salavane: round 62 (a city paper's spelling)
    "LA-XE": ("Xê Kông", None, ["Xê-kông", "Sê Kông", "Sê-kông", "Sekong", "Xekong", "Se Kong", "Sê Koong"], True),
    "LA-CH": ("Chăm-pa-sắc", None, ["Chăm-pa-xắc", "Chăm-pa-sak", "Champasak", "Champasack", "Champassak"], True),
    "LA-AT": ("Át-tạ-pư", None, ["Át-ta-pư", "Ắt-tạ-pư", "Attapeu", "Attopeu", "Attapư",
              "Atôpư", "Atopư", "A-tô-pư"], True),   # (the press spellings "Atôpư", "Atopư"; late48d)
    "LA-XS": ("Xay-xổm-bun", None, ["Xay-sổm-bun", "Xai-xổm-bun", "Xaisomboun", "Xaysomboun", "Saysomboun"], True),
    # Cambodia: every province, bare (Kep: see FOREIGN_LEVEL_ONLY)
    "KH-12": ("Phnôm Pênh", "thành phố", ["Phnôm-pênh", "Phnom Penh", "Phnompenh", "Nông Pênh",
                                          "Thủ đô Phnôm Pênh", "Thủ đô Phnom Penh"], True),
    "KH-1": ("Banteay Meanchey", None, ["Banteay Mean Chey", "Bantây Miênchây", "Ban-tây Miên-chây",
                                         "Băn-tây Miên-chây"], True),
    "KH-2": ("Battambang", None, ["Bát-tam-bang", "Bát-tam-băng", "Batdambang", "Bát-đom-boong", "Battam Bang"], True),
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
                                   "Ra-ta-na-ki-ri", "Rát-ta-na-ki-ri", "Râtnakiri"], True),
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
    # the four municipalities have province rank and are also written "tỉnh" ("Bí thư tỉnh Trùng Khánh",
    # next to "tỉnh Vân Nam"): the level word then names the Chinese one, not huyện Trùng Khánh (Cao Bằng)
    "CN-AH": ("An Huy", None, [], False), "CN-BJ": ("Bắc Kinh", None, ["tỉnh Bắc Kinh"], False),
    "CN-CQ": ("Trùng Khánh", None, ["tỉnh Trùng Khánh"], False), "CN-FJ": ("Phúc Kiến", None, [], False),
    "CN-GS": ("Cam Túc", None, [], False), "CN-GZ": ("Quý Châu", None, [], False),
    "CN-HA": ("Hà Nam", None, [], False), "CN-HB": ("Hồ Bắc", None, [], False),
    "CN-HE": ("Hà Bắc", None, [], False), "CN-HI": ("Hải Nam", None, [], False),
    "CN-HL": ("Hắc Long Giang", None, [], False), "CN-HN": ("Hồ Nam", None, [], False),
    "CN-JL": ("Cát Lâm", None, [], False), "CN-JS": ("Giang Tô", None, [], False),
    "CN-JX": ("Giang Tây", None, [], False), "CN-LN": ("Liêu Ninh", None, [], False),
    "CN-NM": ("Nội Mông", None, ["Nội Mông Cổ"], False), "CN-NX": ("Ninh Hạ", None, ["Khu tự trị dân tộc Hồi Ninh Hạ", "Hồi Ninh Hạ"], False),
    "CN-QH": ("Thanh Hải", None, [], False), "CN-SC": ("Tứ Xuyên", None, [], False),
    "CN-SD": ("Sơn Đông", None, [], False), "CN-SH": ("Thượng Hải", None, ["tỉnh Thượng Hải"], False),
    "CN-SN": ("Thiểm Tây", None, [], False), "CN-SX": ("Sơn Tây", None, [], False),
    "CN-TJ": ("Thiên Tân", None, ["tỉnh Thiên Tân"], False), "CN-XJ": ("Tân Cương", None, ["Khu tự trị Duy Ngô Nhĩ Tân Cương", "Duy Ngô Nhĩ Tân Cương"], False),
    "CN-XZ": ("Tây Tạng", None, [], False), "CN-ZJ": ("Chiết Giang", None, [], False),
    # Thailand
    "TH-10": ("Bangkok", None, ["Băng Cốc"], True),
    "TH-41": ("Udon Thani", None, ["U-đon Tha-ni", "Ụt-đon Tha-ni", "Udon"], False),
    "TH-48": ("Nakhon Phanom", None, ["Na-khon Pha-nom", "Nạ-khon Pha-nôm", "Nakon Phanom", "Nakhon Phannom", "Nakhon Panom"], False),
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
    # Belarus (round 19): the oblasts by the Russian-derived names papers write, not ISO's Belarusian
    # ones ("Homieĺskaja voblasć"), with the Vietnamese spellings; a level word or "(Belarus)" after them
    "BY-BR": ("Brest", None, ["Brét", "Brest-Litovsk"], False),
    "BY-HO": ("Gomel", None, ["Gômen", "Gô-men", "Gomen", "Homel", "Homyel"], False),
    "BY-HR": ("Grodno", None, ["Gơ-rốt-nô", "Hrodna", "Grodnô"], False),
    "BY-MA": ("Mogilev", None, ["Mô-ghi-lép", "Mogilyov", "Mahilyow", "Môghilep", "Mogilep"], False),
    "BY-VI": ("Vitebsk", None, ["Vi-tép-xcơ", "Vitsyebsk", "Vitepsk"], False),
    "AR-C": ("Buenos Aires", "thành phố", ["Thủ đô Buenos Aires", "Bu-ê-nốt Ai-rét"], False),
    "PH-00": ("Manila", "thành phố", ["Thủ đô Manila", "Ma-ni-la", "Metro Manila", "National Capital Region"], False),
    "KP-01": ("Pyongyang", "thành phố", ["Bình Nhưỡng", "Thủ đô Bình Nhưỡng", "Thủ đô Pyongyang"], True),
    "ID-JK": ("Jakarta", "thành phố", ["Gia-các-ta", "Thủ đô Jakarta"], True),
    "MY-14": ("Kuala Lumpur", "thành phố", ["Cu-a-la Lăm-pơ", "Thủ đô Kuala Lumpur"], True),
    "HU-BU": ("Budapest", "thành phố", ["Bu-đa-pét", "Thủ đô Budapest"], True),
    "CZ-10": ("Praha", "thành phố", ["Prague", "Pra-ha", "Thủ đô Praha"], True),
    "TH-82": ("Phang Nga", None, [], False),   # ISO writes it joined ("Phangnga", kept as an alias), papers spaced
    # Korea: the short forms papers use, and the same written syllable by syllable ("Gyeong Gi",
    # "Gyeong-gi": hyphenated variants also give their spaced and joined forms); the north and
    # south provinces with "Bắc"/"Nam" before or after ("Bắc Gyeongsang", "Gyeongsang Bắc"); the older
    # romanizations with the province word "-do" as papers write them ("tỉnh Kyungsangbuk-do", round 20)
    "KR-11": ("Seoul", None, ["Xơ-un", "Seo-ul"], True),
    "KR-26": ("Busan", None, ["Pu-san", "Bu-san"], True),
    "KR-27": ("Daegu", None, ["Dae-gu", "Tê-gu", "Taegu"], False),
    "KR-28": ("Incheon", None, ["In-cheon", "In-chơn", "Inchon"], False),
    "KR-29": ("Gwangju", None, ["Gwang-ju", "Kwangju"], False),
    "KR-30": ("Daejeon", None, ["Dae-jeon", "Tê-chơn", "Taejon"], False),
    "KR-31": ("Ulsan", None, ["Ul-san"], False),
    "KR-41": ("Gyeonggi", None, ["Gyeonggi-do", "Kyonggi", "Kyeonggi", "Gyeong-gi", "Kyong-gi", "Kyunggi",
                                 "Kyungki", "Kyung-gi", "Kyonggi-do", "Kyunggi-do", "Kyeonggi-do"], True),
    "KR-42": ("Gangwon", None, ["Gangwon-do", "Kangwon", "Gang-won", "Kang-won", "Kangwon-do"], True),
    "KR-43": ("Chungcheongbuk", None, ["Chungcheongbuk-do", "Bắc Chungcheong", "Chungcheong Bắc", "Chungbuk", "Chung-cheong-buk", "Chungchongbuk", "Chungcheoungbuk", "Chungchongbuk-do",
                                       "Bắc Chung-cheong"], True),
    "KR-44": ("Chungcheongnam", None, ["Chungcheongnam-do", "Nam Chungcheong", "Chungcheong Nam", "Chungnam", "Chung-cheong-nam", "Chungchongnam", "Chungchongnam-do",
                                       "Nam Chung-cheong"], True),
    "KR-45": ("Jeollabuk", None, ["Jeollabuk-do", "Bắc Jeolla", "Jeolla Bắc", "Jeonbuk", "Jeonbuk-do",
                                  "Jeol-la-buk", "Bắc Jeol-la", "Chollabuk", "Chonbuk",
                                  "Chollabuk-do"], True),
    "KR-46": ("Jeollanam", None, ["Jeollanam-do", "Nam Jeolla", "Jeolla Nam", "Jeonnam", "Jeol-la-nam", "Nam Jeol-la", "Chollanam", "Chonnam", "Chollanam-do"], True),
    "KR-47": ("Gyeongsangbuk", None, ["Gyeongsangbuk-do", "Bắc Gyeongsang", "Gyeongsang Bắc", "Gyeongbuk", "Gyeong-sang-buk",
                                      "Bắc Gyeong-sang", "Kyungsangbuk", "Kyongsangbuk", "Kyungbuk",
                                      "Kyongbuk", "Kyongsang Bắc", "Kyungsang Bắc", "Kyungsangbuk-do", "Kyongsangbuk-do",
                                      "Kyeongsangbuk", "Kyeongsangbuk-do"], True),
    "KR-48": ("Gyeongsangnam", None, ["Gyeongsangnam-do", "Nam Gyeongsang", "Gyeongsang Nam", "Gyeongnam", "Gyeong-sang-nam",
                                      "Nam Gyeong-sang", "Kyungsangnam", "Kyongsangnam", "Kyungnam",
                                      "Kyongnam", "Kyongsang Nam", "Kyungsang Nam", "Kyungsangnam-do", "Kyongsangnam-do",
                                      "Kyeongsangnam", "Kyeongsangnam-do"], True),
    "KR-49": ("Jeju", None, ["Jeju-do", "Che-ju", "Je-ju", "Cheju-do"], True),
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
    # (names written with letters outside Vietnamese ones, "Île", "Thüringen", are found as
    # written and without those marks: the fast fold folds a Latin letter as fold() does)
    # Germany: the names Vietnamese papers use instead of the ISO (German) ones (Mongolia: by MN-1 below)
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
    # Italy (round 19): the regions ("vùng Piemonte", "vùng Sicilia") by their Italian names, which papers
    # write, and the English and Vietnamese ones; a level word or "(Italia)" after them: several are words
    # or wines as well ("Marche", "Toscana"). The five autonomous ones are regions too ("vùng").
    "IT-21": ("Piemonte", None, ["Piedmont", "Pi-ê-mông-tê"], False),
    "IT-23": ("Valle d'Aosta", "vùng", ["Aosta Valley", "Val d'Aosta"], False),
    "IT-25": ("Lombardia", None, ["Lombardy", "Lôm-bác-đi-a"], False),
    "IT-32": ("Trentino-Alto Adige", "vùng", ["Trentino-Nam Tyrol", "Trentino-South Tyrol"], False),
    "IT-34": ("Veneto", None, ["Vê-nê-tô"], False),
    "IT-36": ("Friuli-Venezia Giulia", "vùng", ["Friuli Venezia Giulia"], False),
    "IT-42": ("Liguria", None, [], False),
    "IT-45": ("Emilia-Romagna", None, ["Ê-mi-li-a Rô-ma-nha"], False),
    "IT-52": ("Toscana", None, ["Tuscany", "Tô-xca-na"], False),
    "IT-55": ("Umbria", None, [], False),
    "IT-57": ("Marche", None, [], False),
    "IT-62": ("Lazio", None, ["La-di-ô"], False),
    "IT-65": ("Abruzzo", None, [], False),
    "IT-67": ("Molise", None, [], False),
    "IT-72": ("Campania", None, ["Cam-pa-ni-a"], False),
    "IT-75": ("Puglia", None, ["Apulia"], False),
    "IT-77": ("Basilicata", None, [], False),
    "IT-78": ("Calabria", None, ["Ca-la-bri-a"], False),
    "IT-82": ("Sicilia", "vùng", ["Sicily", "Xi-xi-li-a", "Xi-xin"], False),
    "IT-88": ("Sardegna", "vùng", ["Sardinia", "Xác-đi-ni-a"], False),
    # Australia: shown by their own (ISO) names, found also by the translated names papers use
    # ("bang Tây Úc", "Lãnh thổ Bắc Úc"); a compass word translated stays part of the name,
    # never a name alone. The two territories are named whole ("Lãnh thổ ..."), distinct
    # enough to stand bare; the states need "bang" or the country after them ("Đại học Tây Úc"
    # is no partner)
    "AU-ACT": ("Australian Capital Territory", None, ["Lãnh thổ Thủ đô Australia", "Lãnh thổ Thủ đô Úc"], True),
    "AU-NT": ("Northern Territory", None, ["Lãnh thổ Bắc Úc", "Lãnh thổ Bắc Australia", "Lãnh thổ phía Bắc Australia",
                                         "Lãnh thổ phía Bắc Úc", "vùng lãnh thổ Bắc Úc", "vùng lãnh thổ Bắc Australia"], True),
    "AU-NSW": ("New South Wales", None, ["Niu Xao Uên", "Niu Xao-uên"], False),
    "AU-WA": ("Western Australia", None, ["Tây Úc", "Tây Australia"], False),
    "AU-SA": ("South Australia", None, ["Nam Úc", "Nam Australia"], False),
    # the United States: the same for the states named with a compass word, and the
    # Vietnamese spellings of some
    "US-NC": ("North Carolina", None, ["Bắc Carolina", "Bắc Ca-rô-li-na"], False),
    "US-SC": ("South Carolina", None, ["Nam Carolina", "Nam Ca-rô-li-na"], False),
    "US-ND": ("North Dakota", None, ["Bắc Dakota"], False),
    "US-SD": ("South Dakota", None, ["Nam Dakota"], False),
    "US-WV": ("West Virginia", None, ["Tây Virginia"], False),
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
    "KZ-23": ("Atyrau", None, [], False), "KZ-27": ("West Kazakhstan", None, ["Tây Kazakhstan"], False),
    "KZ-31": ("Zhambyl", None, ["Jambyl"], False), "KZ-35": ("Karaganda", None, ["Qaraghandy", "Karagandy"], False),
    "KZ-39": ("Kostanay", None, ["Qostanay"], False), "KZ-43": ("Kyzylorda", None, ["Qyzylorda"], False),
    "KZ-47": ("Mangystau", None, ["Mangistau"], False), "KZ-55": ("Pavlodar", None, [], False),
    "KZ-59": ("North Kazakhstan", None, ["Bắc Kazakhstan"], False), "KZ-61": ("Turkistan", None, ["Turkestan"], False),
    "KZ-63": ("East Kazakhstan", None, ["Đông Kazakhstan"], False), "KZ-10": ("Abay", None, ["Abai"], False),
    "KZ-33": ("Zhetisu", None, ["Jetisu"], False), "KZ-62": ("Ulytau", None, [], False),
    # India: the states by their ISO names (accents fold away: "Gujarāt" is "Gujarat"), and the translated one
    "IN-WB": ("West Bengal", None, ["Tây Bengal"], False),
    # Cuba, Myanmar
    "CU-03": ("La Habana", None, ["Havana", "La Ha-ba-na", "Ha-va-na"], False),
    "CU-13": ("Santiago de Cuba", None, ["Xan-ti-a-gô đê Cu-ba"], False),
    "CU-01": ("Pinar del Río", None, ["Pinar del Rio", "Pi-na đen Ri-ô", "Pi-na-đen Ri-ô"], False),
    "MM-06": ("Yangon", None, ["Rangoon", "Yangun"], False),
    "MM-18": ("Nay Pyi Taw", None, ["Naypyidaw", "Naypyitaw", "Nay-pi-đô"], False),
    "MN-1": ("Ulaanbaatar", None, ["U-lan Ba-to", "Ulan Bator", "Ulan Bato"], False),
    # Mongolia's 21 provinces (aimag, "tỉnh") by the names Vietnamese papers write ("tỉnh Tuv", "tỉnh
    # Darkhan-Uul", "tỉnh Khovd"), not ISO's older romanization ("Töv", "Darhan uul", "Hovd", which stay
    # aliases): round 20, a label "Tuv (Mông Cổ)" met the name "Töv", and "tỉnh Umnugovi" no province
    "MN-047": ("Tuv", None, ["Töv", "Tov"], False),
    "MN-049": ("Selenge", None, ["Xê-len-ghê"], False),
    "MN-037": ("Darkhan-Uul", None, ["Darkhan Uul", "Darkhan"], False),
    "MN-035": ("Orkhon", None, [], False),
    "MN-039": ("Khentii", None, ["Hentii", "Khentiy"], False),
    "MN-041": ("Khuvsgul", None, ["Khövsgöl", "Khovsgol", "Hovsgol"], False),
    "MN-043": ("Khovd", None, [], False),
    "MN-046": ("Uvs", None, [], False),
    "MN-051": ("Sukhbaatar", None, ["Sükhbaatar"], False),
    "MN-053": ("Umnugovi", None, ["Ömnögovi", "Omnogovi", "Umnugobi", "Nam Gobi", "South Gobi"], False),
    "MN-055": ("Uvurkhangai", None, ["Övörkhangai", "Ovorkhangai"], False),
    "MN-057": ("Zavkhan", None, ["Zavhan"], False),
    "MN-059": ("Dundgovi", None, ["Dundgobi"], False),
    "MN-061": ("Dornod", None, [], False),
    "MN-063": ("Dornogovi", None, ["Dornogobi", "Đông Gobi", "East Gobi"], False),
    "MN-064": ("Govisumber", None, ["Govi-Sumber", "Govisümber", "Govi-Sümber"], False),
    "MN-065": ("Govi-Altai", None, ["Gobi-Altai", "Govi-Altay"], False),
    "MN-067": ("Bulgan", None, [], False),
    "MN-069": ("Bayankhongor", None, [], False),
    "MN-071": ("Bayan-Ulgii", None, ["Bayan-Ölgii", "Bayan-Olgii"], False),
    "MN-073": ("Arkhangai", None, ["Arkhangay"], False),
    # Russia: the English short names and the Vietnamese spellings of the regions papers name as
    # partners; the others by their ISO (Russian) names, with a level word or "(Nga)"
    "RU-MOW": ("Moskva", None, ["Mát-xcơ-va", "Moscow"], False),
    # Saint Petersburg by its English name, as readers label it (two blind labellings of round 20 wrote
    # "Saint Petersburg" for pages printing "St. Petersburg"); the papers' forms stay as spellings
    "RU-SPE": ("Saint Petersburg", None, ["Xanh Pê-téc-bua", "Xanh Pê-tec-bua", "Xanh Pê-tét-bua",
                                          "St. Petersburg", "St.Petersburg", "Saint-Petersburg", "Pê-téc-bua"], False),
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
    # the autonomous okrugs ("khu tự trị Nenetsky (Nga)"): ISO's long forms ("Nenetskiy avtonomnyy
    # okrug") are not what papers print; their short adjective forms, as papers and readers write them
    "RU-NEN": ("Nenetsky", None, ["Nenetskiy", "Nenets", "Nê-nét-xki"], False),
    "RU-YAN": ("Yamalo-Nenetsky", None, ["Yamalo-Nenetskiy", "Yamalo-Nenets", "Yamal-Nenets"], False),
    "RU-KHM": ("Khanty-Mansiysky", None, ["Khanty-Mansiyskiy", "Khanty-Mansi", "Khanty-Mansiysk"], False),
    "RU-CHU": ("Chukotsky", None, ["Chukotskiy", "Chukotka", "Chu-cốt-ca"], False),
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
    "RU-ALT": ("Altai Krai", None, ["Altaisky"], False), "RU-AL": ("Altai Republic", None, ["Cộng hòa Altai"], False),
    "RU-CE": ("Chechnya", None, ["Chechen"], False), "RU-CU": ("Chuvashia", None, [], False),
    "RU-UD": ("Udmurtia", None, [], False), "RU-BU": ("Buryatia", None, [], False),
    "RU-KR": ("Karelia", None, [], False), "RU-MO": ("Mordovia", None, [], False),
    "RU-KK": ("Khakassia", None, [], False), "RU-KL": ("Kalmykia", None, [], False),
    "RU-IN": ("Ingushetia", None, [], False), "RU-SE": ("North Ossetia", None, ["Bắc Ossetia"], False),
    "RU-KHM": ("Khanty-Mansi", None, [], False), "RU-YAN": ("Yamalo-Nenets", None, [], False),
    "RU-CHU": ("Chukotka", None, [], False), "RU-TY": ("Tuva", None, [], False),
    "RU-ME": ("Mari El", None, [], False), "RU-AD": ("Adygea", None, [], False),
    # Bulgaria: the provinces (oblast, "tỉnh") by their ISO names; the capital apart from its
    # namesake province, as Viêng Chăn's
    "BG-22": ("Thủ đô Sofia", "thành phố", ["Sofia", "Xô-phi-a", "Thủ đô Xô-phi-a"], False),
    "BG-12": ("Montana (Bungari)", None, [], False),   # the US state's namesake: "tỉnh Montana"
}

# The first word several names of one country share, with every spelling Vietnamese pages give it
# (a rule of the build, ``gazetteer_foreign.shared_first_words``): each name of the table that begins
# with one spelling gets the others, so "Campong Cham", "Côm Pông Thom" and "Kompong Chhnang" all
# find their provinces. Khmer "Kampong" (a landing) opens four provinces' names and Kampong Som's.
# "Kompom" (round 37, agri37 01, a wire copy: "tỉnh Kompom Thom và Kompom Cham (Campuchia)"): the final
# "-ng" of the first syllable written "-m"; the word alone, as every first word here, is no place.
SHARED_FIRST_WORDS: dict[str, tuple[str, ...]] = {
    "KH": ("Kampong", "Kompong", "Campong", "Compong", "Kông-pông", "Công-pông", "Côm-pông", "Kôm-pông",
           "Cam-pông", "Kăm-pông", "Kompom"),
}
