"""Words that fold like a row of :mod:`.type_words` (or :mod:`.type_notices`) and are no occasion: plain ones
(:data:`MORE_TYPE_NOT`, added to :data:`.type_not.MAIN_TYPE_NOT` by :mod:`.type_vocab`) and ones that are none only
where a pattern says so (:data:`GUARDED_NOT`, read by :func:`.type_phrases.blank`). Matched folded.

Split out of :mod:`.type_words` (round 36, fold36) to keep each module well under ~400 lines; words and patterns
unchanged.
"""

from __future__ import annotations

import re

# Words that fold like a row and are no occasion (read with MAIN_TYPE_NOT)
MORE_TYPE_NOT: tuple[str, ...] = (
    "co hoi thi", "co hoi dien", "co hoi trai",   # 'cơ hội thị trường', 'cơ hội trải nghiệm': no contest, no camp
    "thoi ky quyet",    # 'thời kỳ quyết định' (a decisive period): no decision signed
    # the act of issuing named as a topic (round 18, holdout17 w07): "thông qua việc ban hành các quy định nghiêm ngặt,
    # thành phố đã …", "nhờ việc ban hành …": background, no document issued ("ban hành Kế hoạch số …" still is)
    "viec ban hanh",
    # a leader's title, no delegation travelling (round 18, learn-rulesdate10 r20): "Bí thư Tỉnh ủy, Trưởng đoàn đại biểu
    # Quốc hội tỉnh A" (a delegation of the National Assembly that travels, "Đoàn ĐBQH tỉnh A thăm …", is still one)
    "truong doan dai bieu quoc hoi",
    "to chuc hop tac",  # 'Tổ chức Hợp tác và Phát triển kinh tế' (an organisation), no 'tổ chức họp' (a meeting held)
    "tiep kien nghi",   # 'tiếp (nhận) kiến nghị': petitions received, no audience
    "sang chao co",     # 'sáng chào cờ' (a morning flag salute): no greeting call
    # the bond named as a modifier (round 14): "sưu tầm tư liệu và hiện vật kết nghĩa", "kỷ vật kết nghĩa", "mối
    # kết nghĩa", "tình kết nghĩa", and units named by it ("phường kết nghĩa", "địa phương kết nghĩa"): no twinning
    "hien vat ket nghia", "tu lieu ket nghia", "tai lieu ket nghia", "ky vat ket nghia", "moi ket nghia",
    "truyen thong ket nghia", "phuong ket nghia", "quan ket nghia", "dia phuong ket nghia",
    # visiting one's relatives (round 44, late44c: cambodia44b 03), what border residents cross for: "tạo điều kiện cho
    # công dân hai nước qua lại mua bán, thăm thân, khám chữa bệnh" -- no delegation's visit ("thăm Thân Cửu Nghĩa"
    # folds the same, a rare name; "đoàn đã thăm thành phố B" is 'tham thanh', another word)
    "tham than",
)

# Words that are no occasion only where a pattern says so (read with MAIN_TYPE_NOT; type_phrases._blank):
# what "has been signed", told as a relative clause with no object after it ("thực hiện kế hoạch hiệp đồng
# … đã ký kết, thường xuyên …", "triển khai nội dung mà hai bên đã ký kết."), is no signing of this sentence;
# a signing with its object ("hai tỉnh đã ký kết biên bản …") or in the passive ("Thỏa thuận … đã được ký
# kết.") is one.   {folded words: the pattern that must match where they start}
GUARDED_NOT: dict[str, re.Pattern[str]] = {
    "da ky ket": re.compile(r"(?<!duoc )da ky ket(?=\s*(?:[,.;:)]|$))"),
    # a twinning still to come, the topic of a visit (round 20): "đoàn thành phố A thăm tỉnh B, trao đổi ý kiến
    # hướng tới kết nghĩa", "tiến tới kết nghĩa", "bàn việc kết nghĩa", "khả năng kết nghĩa", "… giao lưu kết
    # nghĩa trong tương lai": no signing (the ceremony, "lễ kết nghĩa", "xã A kết nghĩa với xã B", still is)
    # ... and one continued ("Tiếp tục kết nghĩa, vun đắp tình cảm …", round 47, late47c): the bond goes on, nothing signed
    "ket nghia": re.compile(r"(?:(?<=huong toi )|(?<=huong toi giao luu )|(?<=tien toi )|(?<=viec )"
                            r"|(?<=kha nang )|(?<=tiep tuc ))ket nghia|ket nghia(?= (?:trong|o) tuong lai\b| sau nay\b)"
                            # ... and a party named by its bond, then the trip it makes (round 22, local22 01): "Đoàn công
                            # tác huyện A kết nghĩa đến thăm, làm việc …", "đoàn xã B kết nghĩa sang chúc Tết": its visit
                            r"|ket nghia(?= (?:da )?(?:den|sang|toi|ve) (?:tham|lam viec|chuc|du|giao luu|trao|tang)\b)"
                            # ... or by its bond with the partner, as a relative clause, then the trip it makes (round 37,
                            # commune37 07): "xã A (TP B) kết nghĩa với xã C đã tổ chức đoàn công tác đến thăm, …", "huyện
                            # A kết nghĩa với huyện C (tỉnh D) vừa đến thăm …": its visit. "xã A kết nghĩa với xã C và trao
                            # tặng …" (joined by "và": both told) and "xã A kết nghĩa với xã C." stay twinnings.
                            r"|ket nghia(?= voi (?:(?!(?:va|cung|roi|sau do|nham|de)\b)[a-z0-9]+ |\([^()]{0,40}\) ){1,8}?"
                            r"(?:da |vua )?(?:to chuc doan|cu doan|dan doan|(?:den|sang|toi|ve) (?:tham|lam viec|chuc|trao|tang))\b)"),
}
# A village or a post named by its bond after the word that governs it (round 21, commune21): "trao tặng quà cho
# bản kết nghĩa B", "chương trình tình nguyện tại bản kết nghĩa B", "giao lưu với đồn kết nghĩa B": the twinned
# village, no twinning of this sentence (as "xã kết nghĩa", "huyện kết nghĩa" in MAIN_TYPE_NOT, which need no
# guard). Guarded: "ký văn bản kết nghĩa", "hai bản kết nghĩa với nhau", "bản A kết nghĩa với bản B" stay twinnings.
# Each governing word is a whole word (round 27, commune27 01): "ở" is not the last letter of "giao", so "buổi giao
# ban kết nghĩa cụm dân cư" (the twinned hamlets' review meeting) keeps its meeting, 'giao ban'.
_GOVERNS = "".join(f"(?<=\\b{w} )|" for w in ("cho", "tai", "voi", "tang", "giup", "tham", "cua", "o"))[:-1]
for _unit in ("ban", "thon", "cum dan cu", "don"):
    GUARDED_NOT[f"{_unit} ket nghia"] = re.compile(rf"(?:{_GOVERNS}){_unit} ket nghia(?! voi\b| giua\b)")
# "thông qua" is also "by way of" (review21): "thông qua ngày hội, hai bên thắt chặt tình đoàn kết" passes nothing;
# the row "thong qua ngay" (a document passed on its day) holds only before the day's number ("thông qua ngày 9/2").
# Only "thông qua" is blanked, so that the festival ("ngày hội") is still read.
GUARDED_NOT["thong qua"] = re.compile(r"thong qua(?= ngay (?!\d))")
# A forum named as the owner of what is signed (round 62): "ký kết quy chế Diễn đàn hợp tác kinh tế …", "đặt bút ký
# vào bảng quy chế của Diễn đàn …" name a regulation, no forum held (only "diễn đàn" is blanked: the signing is read).
GUARDED_NOT["dien dan"] = re.compile(r"(?:(?<=quy che )|(?<=quy che cua ))dien dan")
# "tổ chức hành trình" is a unit's trip (round 22); a tourism route or a caravan two sides run is none (review22):
# "hai sở phối hợp tổ chức hành trình du lịch “Về miền di sản” kết nối các điểm đến", "tổ chức hành trình caravan
# xuyên biên giới" (main: other). Only the row's words are blanked; "hành trình về nguồn" is still read.
GUARDED_NOT["to chuc hanh trinh"] = re.compile(r"to chuc hanh trinh(?= (?:du lich|caravan|xe|trai nghiem)\b)")
# A gift told in the passive after its object, the delegation named back bare as its giver ("trồng 20 cây phong, là
# giống cây do đoàn công tác trao tặng thành phố B"): a detail of the delegation's day, no occasion of the sentence
# (round 22, river23 01). "Đoàn công tác do ông A làm trưởng đoàn trao tặng 200 suất quà" and "tiếp nhận 30 tấn gạo
# do đoàn công tác tỉnh A trao tặng" (the giver named with its place) stay gifts.
GUARDED_NOT["trao tang"] = re.compile(r"(?:(?<=do doan )|(?<=do doan cong tac )|(?<=do doan dai bieu ))trao tang")
# "họp báo cáo" is a meeting to report, not a press conference (review25): "hai tỉnh tổ chức cuộc họp báo cáo kết quả
# thực hiện thỏa thuận" holds 'cuoc hop bao' and 'hop bao' in its letters; only "báo cáo" is blanked, so that "cuộc
# họp" is still read ("họp nghe báo cáo", "Báo cáo số 12/BC-UBND" are not after "họp": left as they are).
GUARDED_NOT["bao cao"] = re.compile(r"(?<=hop )bao cao")
# A volunteer programme organised by both sides together ("Đoàn Thanh niên hai tỉnh tổ chức chương trình tình nguyện tại
# huyện C"): no one side's trip (round 40, late40a; as a handover rite two provinces hold together stays the rite, a35).
# Only the row's words are blanked: one side's programme ("Thành đoàn A tổ chức chương trình tình nguyện tại huyện B")
# stays its trip (type_exchange_trips).
GUARDED_NOT["to chuc chuong trinh tinh nguyen"] = re.compile(
    "".join(f"(?<=hai {w} )|" for w in ("tinh", "huyen", "xa", "ben", "don vi", "dia phuong", "thanh pho", "quan",
                                        "phuong", "nuoc", "tinh doan", "huyen doan"))[:-1]
    + r"to chuc chuong trinh tinh nguyen")
# "đồng ý để" is one authority letting a unit act ("UBND tỉnh A đồng ý để huyện B thiết lập quan hệ …", an
# announcement, type_notices); both sides agreeing together ("hai bên đồng ý để các huyện biên giới kết nghĩa") is
# no one side's approval (round 42, late42d: veterans42b 05): only the row's words are blanked, so what they agree on
# is read as the sentence tells it (with no framing occasion, as "hai tỉnh thống nhất ký kết …", type_agreed).
GUARDED_NOT["dong y de"] = re.compile(
    "".join(f"(?<={n} {w} {a})|" for n in ("hai", "ba", "cac") for w in ("ben", "tinh", "huyen", "dia phuong", "don vi")
            for a in ("", "da ", "deu ", "cung ", "da cung ", "deu da "))[:-1]
    + r"dong y de")
# "tổ chức Tết" (Tết held: "Lễ tổ chức Tết Bun Pi May", round 59, late59b) holds "chúc Tết" (a Tết greeting) in its
# letters: no greeting there. Only the row's words are blanked; "sang chúc Tết", "tổ chức đoàn đi chúc Tết" stay greetings.
GUARDED_NOT["chuc tet"] = re.compile(r"(?<=\bto )chuc tet")
