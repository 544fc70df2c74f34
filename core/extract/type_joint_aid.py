"""Two localities' organisations that hand over aid together (round 35, type35): one side's trip, a visit.

A unit of one locality that hands over gifts, aid or free care "together with" ("phối hợp với", "phối hợp cùng",
"cùng với") a unit of a locality of another province goes to its partner (or the partner comes to it) to do so:
the golds read the trip, a visit, on four sites (a Red Cross of a province with a city's district's giving cows; a
province's youth union with another's giving flags to the partner's fishermen; a ward of one city with a commune
of another caring for the commune's poor at Tết; a volunteers' group with a district twinned with the place
examining its poor). Two units of one province ("Hội Phụ nữ huyện A phối hợp cùng Hội Phụ nữ thị xã B (the same
province) trao tặng quà cho phụ nữ … của tỉnh C (Campuchia)") hand over at home, no trip: 'other', as aid handed
over with no trip told is ('type_aid_trips', round 21). Matched on folded text (no accents, no case, đ→d); the
provinces of the places named in the actors' words are the caller's (``events``: the places as the page reads
them).

| folded words                                                                | read as | example (our own)                                  |
|-----------------------------------------------------------------------------|---------|----------------------------------------------------|
| <unit of A> phoi hop voi/cung, cung voi <unit of B> (to chuc) trao tang …   | visit   | "Sáng 3/4, Hội Chữ thập đỏ tỉnh A phối hợp với Hội Chữ thập đỏ huyện B (tỉnh C) trao tặng 20 con bò cho hộ nghèo." |
| … (to chuc) chuong trinh "…" de cham lo cho …                               | visit   | "Phường A (tỉnh C) phối hợp với xã B (tỉnh D) tổ chức chương trình “Tết sum vầy” để chăm lo cho người dân trên địa bàn xã." |
| … cung tham gia (cong tac) kham chua benh …                                 | visit   | "Đoàn đã cùng với Hội Chữ thập đỏ quận A (tỉnh C), đơn vị kết nghĩa với huyện B, tỉnh D, cùng tham gia khám chữa bệnh cho bà con nghèo." |

Not read: both units of one province (above); a partner that is no locality's unit ("phối hợp với Công ty A
(TP B) trao tặng …": a donor, whatever its seat); an occasion of its own between the partners and the handover ("phối hợp
với … tổ chức lễ …", "… khai mạc triển lãm …", "… hội thi …"): that occasion's type; an honour conferred ("trao
Bằng khen"); "trao đổi", "tăng cường" (the letters of "trao", "tặng" folded).
"""

from __future__ import annotations

import re

__all__ = ["JOINT_AID_EXAMPLES", "joint_aid"]

JOINT_AID_EXAMPLES: tuple[str, ...] = (
    "Sáng 3/4, Hội Chữ thập đỏ tỉnh Nam Định phối hợp với Hội Chữ thập đỏ huyện Gia Lâm (TP Hà Nội) trao tặng 20 "
    "con bò cho hộ nghèo của tỉnh.",
    "Trong hai ngày 10 và 11/1, phường Bến Thành (TPHCM) phối hợp với xã Tân Phú (tỉnh Đồng Tháp) tổ chức chương "
    "trình “Tết sum vầy” để chăm lo cho người dân trên địa bàn xã.",
)

# the actors' link: "A phối hợp với B", "A phối hợp cùng B", "A (đã) cùng với B"
_LINK = re.compile(r"\b(?:(?:da\s+)?phoi hop (?:voi|cung)|(?:da\s+)?cung voi)\s+")
# the aid, within the link's clause: gifts, free care, caring for the poor
_AID = re.compile(r"\b(?:trao,? tang|trao qua|tang qua|tham,? tang qua|tham va tang qua|kham chua benh|kham benh|"
                  r"cap phat thuoc|cham lo)\b")
# between the partner and the aid: an occasion of its own, a stop, or another verb of substance
_OCCASION = re.compile(r"\b(?:le|trien lam|hoi thi|hoi thao|hoi nghi|khai mac|ky ket|giai|le hoi|dien tap|hop mat|"
                       r"gap mat|tiep nhan|bang khen|giay khen|huan chuong)\b|[;:]|(?<!\btp)(?<!\btx)(?<!\btt)\.\s")
# a partner that is no locality's unit: a company, a bank, a donor ("phối hợp với Công ty A (TP B) trao tặng …")
_NOT_A_UNIT = re.compile(r"(?:cong ty|doanh nghiep|tap doan|ngan hang|nha tai tro|cac nha tai tro|quy|chi nhanh|nha hao tam|"
                         r"manh thuong quan|nhom tu thien|cau lac bo|benh vien tu nhan)\b")
_HONOURS = re.compile(r"\s*(?:cac\s+)?(?:huan chuong|huy chuong|bang khen|giay khen|phan thuong|ky niem chuong)\b")


def joint_aid(clause: str) -> tuple[int, int, str] | None:
    """(where the first actor's words start, where the aid's verb starts, the verb) in the folded ``clause`` when
    two units, joined by "phối hợp với / cùng với", hand over aid together; None when it does not say so. The
    actors are the words from the clause's last comma before the link (its start when none) to the aid."""
    if "phoi hop" not in clause and "cung voi" not in clause:
        return None
    link = _LINK.search(clause)
    if link is None or link.start() > 200 or _NOT_A_UNIT.match(clause, link.end()):
        return None
    aid = _AID.search(clause, link.end())
    if aid is None or aid.start() - link.end() > 160 or _OCCASION.search(clause, link.end(), aid.start()):
        return None
    if _HONOURS.match(clause, aid.end()):
        return None
    start = clause.rfind(", ", 0, link.start())
    return (start + 2 if start >= 0 else 0), aid.start(), aid.group(0)
