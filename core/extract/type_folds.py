"""Words whose folded letters spell an occasion's and are none: tables a linguist can review
(re-exported by :mod:`.type_vocab`; read by :mod:`.type_phrases`).
"""

from __future__ import annotations

import re

# Words that fold like "thăm" + a word and are no visit, unless the same letters are "thăm" + a place:
# "thầm lặng" (quiet) but "thăm Lạng Sơn", "thẩm tra" (verify) but "thăm Trà Vinh". Folded text has
# lost the accents and the capitals that tell them apart, so the place names that the same letters
# begin are listed (the word after the pair).
#   (folded pair, the words after it that make it 'thăm <place>', example of the other word)
FOLDS_LIKE_VISIT: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("tham lang", ("son",), "những đóng góp thầm lặng của lực lượng biên phòng"),
    ("tham tra", ("vinh", "cu", "linh", "my", "on", "bong", "cang", "doc"), "Ban Pháp chế thẩm tra dự thảo nghị quyết"),
    ("tham dinh", ("quan", "hoa", "tuong", "thanh", "binh", "cong"), "Hội đồng thẩm định dự án hợp tác"),
    ("tham canh", ("duong",), "chuyển giao kỹ thuật thâm canh cà phê"),
    ("tham nhung", (), "trao đổi kinh nghiệm phòng, chống tham nhũng"),
    ("tham luan", (), "các đại biểu trình bày tham luận"),
    ("tham chieu", (), "khung tham chiếu năng lực"),
    ("tham hut", (), "thâm hụt thương mại giữa hai bên"),
    ("tham nhap", (), "thâm nhập thị trường tỉnh bạn"),
    ("tham kich", (), "thảm kịch do lũ quét"),
    ("tham sat", (), "di tích vụ thảm sát"),
    ("tham vong", (), "tham vọng phát triển du lịch"),
)

# Words whose folded letters, with the word after them, spell an occasion, unless a word after them
# makes it one: "phối hợp" (to cooperate) folds to "phoi hop", and its 'hop' is never 'họp' (to meet):
# "phối hợp Ban Xúc tiến …" holds no 'họp bàn', "phối hợp báo cáo" no 'họp báo', "phối hợp trao đổi"
# no 'họp trao đổi' (the last two were rows of MAIN_TYPE_NOT); "phối hợp bàn giao" keeps its handover.
#   (folded words, the words after them that make them an occasion, example)
FOLDS_ACROSS_WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("phoi hop", (), "Sở Công Thương phối hợp Ban Xúc tiến đầu tư tổ chức khai mạc hội chợ"),
    # a place or a term that ends in "Kỳ" before "kết thúc" (to end): "đoàn học sinh thành phố Tam Kỳ kết thúc chuyến
    # giao lưu" holds no 'ký kết' (round 23); "hai bên ký kết thúc đẩy hợp tác" (sign to promote) keeps its signing
    ("ky ket thuc", ("day",), "đoàn học sinh thành phố Tam Kỳ kết thúc chuyến giao lưu tại thành phố B"),
)

# Words that fold like "thăm" + a place and are none where a pattern says so (read with type_words_not.GUARDED_NOT by
# type_phrases; round 32, env32k 07): "thảm họa" (a disaster) folds to "tham hoa", as "thăm Hòa Bình", "thăm xã Hòa
# Phú" do, so MAIN_TYPE_NOT lists it only inside fixed phrases ("khắc phục thảm họa", "thảm họa thiên tai"). It is
# a disaster too where no place name can follow it: before a stop ("khắc phục hậu quả thiên tai, thảm họa."), after
# the disaster words it is listed with ("thiên tai, thảm họa", "thiên tai và thảm họa", "hậu quả thảm họa", "ứng phó
# thảm họa", "phòng chống thảm họa"), or before what caused it or where ("thảm họa do bão", "thảm họa xảy ra").
#
# Round 38 (late38e, district38 06): "liên hoàn" (interlinked, in a chain) folds to "lien hoan", the letters of
# "liên hoan" (a festival, a party: 'other'). The chain is a security or traffic word: after "an ninh", "cụm", a
# post or a team ("chốt", "tổ"), a crash ("tai nạn", "va chạm"), or before the border area it links ("khu vực
# giáp ranh", "vùng giáp ranh", "giáp ranh"). A festival names its art, its people or its year after the word
# ("Liên hoan nghệ thuật quần chúng", "Liên hoan văn nghệ hai huyện"), never these.
#   (the folded words, an example of the chain, an example of a festival the row leaves alone)
LINKED_NOT_FESTIVAL: tuple[tuple[str, str, str], ...] = (
    ("an ninh lien hoan", "Cụm an ninh liên hoàn của bốn huyện giáp ranh tổng kết năm",
     "Liên hoan văn nghệ chào mừng ngày hội an ninh của hai huyện"),
    ("cum lien hoan", "các xã trong cụm liên hoàn phối hợp giữ gìn trật tự", "Cụm thi đua tổ chức liên hoan văn nghệ"),
    ("chot lien hoan", "chốt liên hoàn kiểm soát đường mòn", "Chốt lịch tổ chức liên hoan ca múa nhạc"),
    ("to lien hoan", "tổ liên hoàn tuần tra đường biên", "Tổ chức liên hoan nghệ thuật quần chúng"),
    ("tai nan lien hoan", "vụ tai nạn liên hoàn trên quốc lộ", "Liên hoan phim hai tỉnh"),
    ("va cham lien hoan", "va chạm liên hoàn giữa ba xe", "Liên hoan tiếng hát hai huyện"),
    ("lien hoan (khu vuc / vung) giap ranh", "phối hợp liên hoàn khu vực giáp ranh",
     "Liên hoan các dân tộc vùng biên giới"),
)
_LINKED = re.compile(r"(?:(?<=\ban ninh )|(?<=\bcum )|(?<=\bchot )|(?<=\bto )|(?<=\btai nan )|(?<=\bva cham ))"
                     r"lien hoan|lien hoan(?= (?:(?:khu vuc|vung) )?giap ranh\b)")

#   {folded words: the pattern that must match where they start}
FOLDS_GUARDED: dict[str, re.Pattern[str]] = {
    "lien hoan": _LINKED,
    "tham hoa": re.compile(r"(?:(?<=thien tai, )|(?<=thien tai va )|(?<=hau qua )|(?<=ung pho )|(?<=chong )"
                           r"|(?<=cuu ho )|(?<=cac )|(?<=nhung ))tham hoa"
                           r"|tham hoa(?=\s*(?:[,.;:)!?]|$)|\s+(?:do|xay ra|gay ra|thien tai|thien nhien|moi truong|"
                           r"lu|bao|dong dat|song than|hat nhan|nay)\b)"),
}
