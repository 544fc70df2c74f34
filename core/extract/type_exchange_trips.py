"""A group's exchange or volunteer trip (round 23, type23b): the trip, a visit.

Youth, pupils, artists or officials travel to a partner for an exchange ("giao lưu"), a volunteer stint or a study
of its ways, and the page names the trip by what the group does there ("chuyến giao lưu", "chuyến tình nguyện",
"chuyến học tập kinh nghiệm"), or tells the group travelling to take part over several days ("Từ ngày 5 đến 10/8,
đoàn thanh niên tỉnh A đến tỉnh B tham gia chương trình giao lưu văn hóa"). Both are the group's trip, a visit, as
"chuyến công tác" and a delegation that goes to attend its hosts' occasion (:mod:`.type_several_days`); an exchange
held at home ("Tỉnh đoàn A tổ chức chương trình giao lưu văn hóa với thanh niên tỉnh B") stays the exchange, 'other'.
Matched on folded text (no accents, no case, đ→d).

| folded words                                  | read as | example (our own)                                                  |
|-----------------------------------------------|---------|--------------------------------------------------------------------|
| chuyến giao lưu / tình nguyện / học tập …     | visit   | "đoàn thanh niên tỉnh A bắt đầu chuyến tình nguyện tại huyện B"     |
| tổ chức chương trình tình nguyện (round 40)   | visit   | "Thành đoàn A tổ chức chương trình tình nguyện tại huyện B, tỉnh C" |
| đoàn + a group + sang/đến/tới … (tham gia) giao lưu, over several days | visit | "Từ ngày 3 - 7/7, đoàn học sinh A đã sang B giao lưu văn hóa" |
| (nhiều / các) hoạt động giao lưu hữu nghị (round 54) | other | "Ngày 3 và 4/8, nhiều hoạt động giao lưu hữu nghị đã diễn ra giữa huyện A và huyện C" |
"""

from __future__ import annotations

import re

__all__ = ["EXCHANGE_TRIP_NOT", "EXCHANGE_TRIP_PHRASES", "GROUP_NOUNS", "travels_to_exchange"]

# A trip named by what the group does there: rows of MAIN_TYPE_PHRASES (type_vocab), rank 7 as "chuyến công tác".
#   (folded phrase, type, rank, example)
EXCHANGE_TRIP_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("chuyen giao luu", "visit", 7, "15 học sinh thành phố A lên đường sang thành phố B cho chuyến giao lưu văn hóa"),
    ("chuyen tinh nguyen", "visit", 7, "đoàn thanh niên tỉnh A đến huyện B, bắt đầu chuyến tình nguyện kéo dài 6 ngày"),
    ("chuyen tinh nguyen va giao luu", "visit", 7, "bắt đầu chuyến tình nguyện và giao lưu văn hóa tại xã B"),
    # a volunteer programme a unit organises (round 40, late40a; youth40 04, aid38 03): its trip to the people it
    # helps, as "tổ chức hành trình" (type_words); the programme merely named ("kết quả chương trình tình nguyện")
    # or joined ("tham gia chương trình tình nguyện") is no trip told
    ("to chuc chuong trinh tinh nguyen", "visit", 7, "Thành đoàn A tổ chức chương trình tình nguyện tại huyện B, tỉnh C"),
    ("chuyen hoc tap", "visit", 7, "đoàn cán bộ huyện A có chuyến học tập tại tỉnh B"),
    ("chuyen giao luu, hoc tap", "visit", 7, "đoàn giáo viên tỉnh A có chuyến giao lưu, học tập tại tỉnh B"),
    ("chuyen giao luu va hoc tap", "visit", 7, "chuyến giao lưu và học tập kinh nghiệm của đoàn huyện A"),
    # the exchange itself, when no trip is told ('other', rank 8, as "giao lưu văn hóa")
    ("giao luu thanh nien", "other", 8, "chương trình giao lưu thanh niên hai tỉnh A và B"),
    # ... and friendship exchanges told as a series of activities (round 54, late54b: `exchange_activities`): the
    # activities held between the sides, an 'other' occasion as "chương trình giao lưu hữu nghị" (type_words), not
    # the meeting of two delegations "giao lưu hữu nghị" reads alone (type_vocab, conference 8)
    ("hoat dong giao luu huu nghi", "other", 8,
     "Trong hai ngày 3 và 4/8, nhiều hoạt động giao lưu hữu nghị đã diễn ra giữa huyện A (tỉnh B) và huyện C (Lào)"),
)

# The twinning named as the frame the occasion is part of ("Nằm trong chương trình kết nghĩa giữa tỉnh A và tỉnh
# B, đoàn thanh niên tỉnh A đến …", "trong khuôn khổ chương trình kết nghĩa"): no twinning of this sentence (rows of
# MAIN_TYPE_NOT). "Hai xã ký kết chương trình kết nghĩa" keeps its signing ("ký kết"), "lễ kết nghĩa" its ceremony.
EXCHANGE_TRIP_NOT: tuple[str, ...] = ("trong chuong trinh ket nghia", "khuon kho chuong trinh ket nghia")

# A group that travels, named by who is in it ("đoàn thanh niên", "đoàn học sinh"), beside the delegations of
# type_phrases.DELEGATION_NOUNS ("đoàn công tác", "đoàn đại biểu").
GROUP_NOUNS: tuple[str, ...] = (
    "doan thanh nien", "doan thanh thieu nien", "doan thieu nhi", "doan hoc sinh", "doan sinh vien", "doan giao vien",
    "doan nghe nhan", "doan nghe si", "doan nghe thuat", "doan van dong vien", "doan can bo", "doan phu nu",
    "doan cuu chien binh", "doan doanh nghiep", "doan cong tac", "doan dai bieu",
)
_GROUP = re.compile(r"\b(?:" + "|".join(GROUP_NOUNS) + r")\b")
# the travel verb, the place (up to 60 characters, no stop), perhaps "tham gia (chương trình)", then the exchange;
# not "đến nay", "đến năm …", "đến ngày …" (a time), nor "tới" of "thời gian tới"
# (no comma in the place: "đã tới thăm tỉnh A, trao đổi … hướng tới triển khai giao lưu" is no travel to an exchange)
_TRAVELS = re.compile(r"(?<!huong )(?<!tien )(?<!gian )(?<!sap )\b(sang|den|toi)\s+(?!(?:nay|nam|ngay|thang|het|voi)\b)"
                      r"(?:[^.;,]{0,60}?\s+)?(?:tham gia\s+(?:(?:chuong trinh|hoat dong)\s+)?)?giao luu\b")


def travels_to_exchange(clause: str, occasion: int) -> str | None:
    """The travel verb by which a group named before ``occasion`` (an exchange, "giao lưu …", in the folded
    ``clause``) goes to the partner to take part in it ("đoàn học sinh A đã sang B giao lưu văn hóa"); None when
    no group travels to it."""
    group = _GROUP.search(clause, 0, occasion)
    if group is None:
        return None
    travel = _TRAVELS.search(clause, group.end())
    if travel is None or travel.end() < occasion or travel.start() > occasion:
        return None
    return travel.group(1) + " … giao luu"
