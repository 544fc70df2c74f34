"""Words whose folded letters spell an occasion's and are none: tables a linguist can review
(re-exported by :mod:`.type_vocab`; read by :mod:`.type_phrases`).
"""

from __future__ import annotations

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
