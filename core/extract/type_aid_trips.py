"""A delegation that travels to a partner to hand over gifts or aid (round 23, type23b): its trip, a visit.

Round 21 (typeconv21) made asking after people with gifts a visit ("đến thăm hỏi, tặng quà") and kept aid handed over
with no trip told 'other' ("Đoàn đại biểu thành phố A trao tiền hỗ trợ tỉnh B", "tỉnh A trao kinh phí hỗ trợ tỉnh
B"). A delegation, the sentence's subject, that travels to the place to hand it over tells the trip: "Ngày 23/11,
đoàn công tác thành phố A đã đến tỉnh B trao kinh phí hỗ trợ khắc phục hậu quả mưa lũ" is the delegation's trip, as
"đoàn … đến xã C, tỉnh B trao 300 phần quà" already was (the gift's words there name no row). Matched on folded
text (no accents, no case, đ→d).

| folded words                                                      | read as | example (our own)                                    |
|-------------------------------------------------------------------|---------|------------------------------------------------------|
| đoàn … (đã) (trực tiếp) đến/sang/tới/vào/ra <place> trao/tặng …     | visit   | "đoàn công tác tỉnh A đã đến tỉnh B trao kinh phí …" |
| đoàn … (tổ chức) trao/tặng … quà … cho/tới <people in hardship>     | visit   | "đoàn công tác huyện A đã tặng quà cho hộ nghèo xã B" |
| đoàn … trao tặng/tặng quà/trao quà <people in hardship> (round 42)  | visit   | "đoàn công tác tỉnh A trao tặng hộ nghèo, học sinh có hoàn cảnh khó khăn xã B" |

The second row (round 40, late40a; youth40 05, region38 08): a delegation that gives to people in hardship ("hộ
nghèo", "trẻ em nghèo", "gia đình có hoàn cảnh khó khăn", "gia đình chính sách") hands it over where they live: the
people do not come to the delegation. It is the trip to ask after people that round 21 made a visit ("thăm hỏi, tặng
quà"), told by whom the gifts are for rather than by "thăm hỏi". Not read: gifts to the partner's authorities or
bodies (b13: "Đoàn công tác tỉnh A trao tặng gạo … cho Ủy ban Mặt trận tỉnh B", at a border gate: 'other'), aid
handed over at a border gate even to people in need ("tại cửa khẩu …": a handover with no trip), a work built and
handed over ("trao nhà đại đoàn kết cho hộ nghèo": no "quà", the handover), a giver named after "do", a host that
receives.

The third row (round 42, late42z; mountain41 01): the people named right after the verb, with no "cho/tới" ("trao
tặng gia đình chính sách, học sinh nghèo", "thăm, tặng quà hộ nghèo"), the same gift as the second row's; the first
word after the verb (or after "các/những/N") is a word for people (gia đình, hộ, học sinh, trẻ em, người, bà con,
thương binh, …) and the hardship words follow within 60 characters, no stop, no semicolon. Not read: a work built
("trao tặng hộ nghèo 5 căn nhà đại đoàn kết": "nhà"/"công trình" after the people, the handover), an honour
("trao tặng gia đình chính sách Bằng khen"), a thing given first ("trao tặng xe lăn cho người khuyết tật …": the
second row's shape, which needs "quà").

Not read: the delegation named as the giver of what a host receives ("huyện B tiếp nhận 100 triệu đồng do đoàn công
tác tỉnh A đến trao"): the host is the subject; a delegation that travels to attend a rite first ("đến dự lễ bàn giao
và trao …"): the rite; aid with no trip told.

Not a trip either (review23, sentences of our own): a time after "vào"/"đến" ("đoàn … vào dịp này trao …", "vào sáng
cùng ngày trao …"), "ra" that issues ("ra quyết định trao …", "ra quân trao quà"), money sent ("chuyển đến tỉnh B 5 tỷ
đồng ủng hộ"), a travel told in another clause than the delegation's ("… đã trao …; hàng chuyển sang tỉnh B tặng …");
and an honour conferred ("đến tỉnh B trao Huân chương Lao động", "trao Bằng khen", "trao các phần thưởng") is the
award's ceremony, 'other' as the rows "trao huân chương", "trao phần thưởng" of type_words read it with no trip.
"""

from __future__ import annotations

import re

__all__ = ["AID_TRIP_EXAMPLES", "NEEDY_GIFT_EXAMPLES", "gives_to_people_in_need", "travels_to_give"]

AID_TRIP_EXAMPLES: tuple[str, ...] = (
    "Ngày 23/11, đoàn công tác thành phố Hải Phòng đã đến tỉnh Đắk Lắk trao kinh phí hỗ trợ khắc phục hậu quả mưa lũ.",
    "Sáng 5/10, đoàn cán bộ tỉnh A do ông B dẫn đầu đã trực tiếp sang huyện C (Lào) trao tặng 50 tấn gạo.",
)
# the delegation, at the clause's start (after the date and a place frame): not a giver named after "do"
_DELEGATION = re.compile(r"(?<!\bdo )\bdoan (?:cong tac|dai bieu|can bo|lanh dao|cap cao|thanh nien|tinh nguyen)\b")
# the travel verb, the place (a few words, no attending verb), the handover verb
_TRAVEL = re.compile(r"(?<!huong )(?<!tien )(?<!gian )(?<!sap )(?<!chuyen )(?<!gui )\b(?:da\s+)?(?:truc tiep\s+)?"
                     r"(den|sang|toi|vao|ra)(?:\s+(?:tan|toi))?\s+"
                     r"(?!(?:du|tham du|chung kien|nay|nam|ngay|thang|het|voi|luot|dip|dot|luc|sang|chieu|trua|toi|dem|"
                     r"buoi|quyet dinh|quan|mat|\d)\b)"
                     r"((?:[^\s.;,:]+\s+){1,6}?)(trao tang|trao|tang|ung ho)\b")
# (nor a time: "vào sáng cùng ngày trao …" reads "sáng" as the travel verb)
_NOT_A_PLACE = re.compile(r"\b(?:du|tham du|chung kien|le|buoi|hop|hoi nghi|lam viec|hoi dam|tham|chuc|ngay|dip|dot)\b")
_RECEIVES = re.compile(r"\b(?:tiep nhan|nhan)\b")
#: an honour conferred right after the handover verb: the award's ceremony, no aid trip (review23)
_HONOURS = re.compile(r"\s*(?:cac\s+)?(?:huan chuong|huy chuong|bang khen|giay khen|phan thuong|ky niem chuong|co thi dua|"
                      r"danh hieu)\b")


def travels_to_give(clause: str) -> str | None:
    """The words by which a delegation, the folded ``clause``'s subject, travels to a place to hand over gifts or aid
    ("den … trao"); None when it does not."""
    if "doan" not in clause:
        return None
    found = _DELEGATION.search(clause)
    if found is None or found.start() > 120 or _RECEIVES.search(clause, 0, found.start()):
        return None
    travel = _TRAVEL.search(clause, found.end())
    if travel is None or travel.start() - found.end() > 160 or _NOT_A_PLACE.search(travel.group(2)):
        return None
    if ";" in clause[found.end():travel.start()] or _HONOURS.match(clause, travel.end()):
        return None
    return f"{travel.group(1)} … {travel.group(3)}"


NEEDY_GIFT_EXAMPLES: tuple[str, ...] = (
    "Chiều 12/9, tại nhà văn hóa xã B, đoàn công tác Hội Phụ nữ tỉnh A đã tổ chức tặng quà cho trẻ em nghèo của xã.",
    "Sáng 3/2, đoàn đại biểu huyện A trao 200 phần quà Tết tới các gia đình có hoàn cảnh khó khăn ở huyện B.",
    # round 42: the people right after the verb
    "Sáng 9/5, tại xã C, đoàn công tác Thành ủy A đã trao tặng các gia đình chính sách, học sinh nghèo huyện B.",
    "Chiều 2/2, đoàn đại biểu tỉnh A đã thăm, tặng quà hộ nghèo có hoàn cảnh khó khăn của xã B.",
)
# the handover verb, what is given (a few words), "cho / tới / đến", then who it is for: people in hardship
# (gifts: "quà" in what is given, not a work built -- "trao nhà đại đoàn kết cho hộ nghèo" is a handover, 'other')
_NEEDY_GIFT = re.compile(r"\b(trao tang|trao|tang|ung ho)\s+(?:[^.;:]{0,40}?\s+)?qua\b(?:[^.;:]{0,40}?)?\s+(?:cho|toi|den)\s+"
                         r"(?:[^.;:]{0,80}?\s+)?(ngheo|can ngheo|(?:co\s+)?hoan canh(?:\s+dac biet)?\s+kho khan|"
                         r"gia dinh chinh sach)\b")
# round 42: the people named right after the verb ("trao tặng gia đình chính sách", "tặng quà hộ nghèo"), then the
# hardship words within 60 characters (no stop, no semicolon, no colon)
_NEEDY_DIRECT = re.compile(r"\b(trao tang(?: qua)?|tang qua|trao qua)\s+(?:(?:cac|nhung|\d+)\s+)?"
                           r"(?:gia dinh|ho|hoc sinh|tre em|nguoi|ba con|thuong binh|benh binh|nan nhan)\b"
                           r"(?:[^.;:]{0,60}?\s+)?(ngheo|can ngheo|(?:co\s+)?hoan canh(?:\s+dac biet)?\s+kho khan|"
                           r"chinh sach)\b")
# a work built or an honour after the people: the handover or the award, no gift trip
_NOT_A_GIFT = re.compile(r"[^.;:]{0,60}?\b(?:nha|can nha|cong trinh|bang khen|giay khen|huan chuong|ky niem chuong)\b")
#: aid handed over at a border gate: a handover with no trip told (b13)
_AT_BORDER_GATE = re.compile(r"\btai\s+(?:khu vuc\s+)?cua khau\b")


def gives_to_people_in_need(clause: str) -> str | None:
    """The words by which a delegation, the folded ``clause``'s subject, hands gifts or aid to people in hardship
    ("đoàn … tặng quà cho … trẻ em nghèo"): where they live, a trip; None when it does not."""
    if "doan" not in clause or _AT_BORDER_GATE.search(clause):
        return None
    found = _DELEGATION.search(clause)
    if found is None or found.start() > 160 or _RECEIVES.search(clause, 0, found.start()):
        return None
    gift = _NEEDY_GIFT.search(clause, found.end())
    if gift is None:
        gift = _NEEDY_DIRECT.search(clause, found.end())
        if gift is not None and _NOT_A_GIFT.match(clause, gift.end()):
            return None
    if gift is None or gift.start() - found.end() > 160 or ";" in clause[found.end():gift.start()]:
        return None
    if _HONOURS.match(clause, gift.end(1)):
        return None
    return f"{gift.group(1)} … {gift.group(2)}"
