"""One side's decision to support its partner, told as the lead's verb (round 23, late23type): an announcement.

The README's convention reads a decision as an announcement ("a notice, a decision, an approval, a letter"); the
rows of type_vocab/type_notices read it only where the decision is a document named ("Quyết định số …", "ký Quyết
định …"). A lead whose subject is one side's authority and whose verb is "quyết định" followed by what it decides
tells that decision, not the trip or the handover it plans: "Ngày 22/11, UBND thành phố A quyết định thành lập đoàn
công tác đến thăm và hỗ trợ tỉnh B" is the decision (the trip is its object, still to come). The same holds for one
side's own standing committee meeting held to direct its support ("Bí thư Tỉnh ủy A chủ trì cuộc họp Ban Thường vụ
Tỉnh ủy để chỉ đạo hỗ trợ tỉnh B"): an internal meeting of one party, not a session between the two; what it yields
is the decision. Matched on folded text (no accents, no case, đ→d).

| folded words                                                               | read as      | example (our own)                                        |
|----------------------------------------------------------------------------|--------------|----------------------------------------------------------|
| <authority> (đã/vừa) quyết định (tiếp tục) hỗ trợ/trích/chi viện/ủng hộ …  | announcement | "UBND tỉnh A đã quyết định hỗ trợ tỉnh B 20 tỷ đồng"      |
| <authority> quyết định thành lập/cử đoàn …                                  | announcement | "UBND thành phố A quyết định cử đoàn công tác vào tỉnh B" |
| (chủ trì) cuộc họp Ban Thường vụ/Thường trực … để chỉ đạo/quyết định … hỗ trợ | announcement | "… chủ trì cuộc họp Ban Thường vụ Tỉnh ủy để chỉ đạo hỗ trợ tỉnh B" |

Not read: "quyết định" as a noun ("trao quyết định", "công bố quyết định", "Quyết định số", "theo quyết định");
a decision taken within a meeting or a trip the clause names before it ("Tại buổi làm việc, hai bên quyết định …",
"trong chuyến thăm, tỉnh A quyết định …"): that occasion; a meeting of both sides ("họp Thường trực hai tỉnh").
"""

from __future__ import annotations

import re

__all__ = ["DECISION_EXAMPLES", "decides_support"]

DECISION_EXAMPLES: tuple[str, ...] = (
    "Ngày 3/10, UBND tỉnh An Giang quyết định thành lập đoàn công tác đến thăm và hỗ trợ tỉnh Hà Tĩnh.",
    "Chiều 9.10, Thành ủy – UBND thành phố Cần Thơ đã quyết định hỗ trợ tỉnh Nghệ An 30 tỉ đồng.",
    "Ngày 4/10, Bí thư Tỉnh ủy Bắc Ninh chủ trì cuộc họp Ban Thường vụ Tỉnh ủy để chỉ đạo hỗ trợ tỉnh Thái Nguyên.",
)
# "quyết định" as the verb (not a noun after a verb or a preposition), then what it decides
_DECIDES = re.compile(
    r"(?<!trao )(?<!bo )(?<!ky )(?<!theo )(?<!thao )(?<!cac )(?<!hanh )(?<!ra )(?<!nhan )(?<!tai )(?<!voi )"
    r"(?<!cua )(?<!tich )(?<!ve )\bquyet dinh\s+(?:tiep tuc\s+|ngay\s+|khan cap\s+)?"
    r"(ho tro|chi vien|ung ho|trich|thanh lap doan|cu doan|danh)\b")
# one side's own committee meeting held to direct (or decide) support
_COMMITTEE_MEETING = re.compile(
    r"\b(?:cuoc hop|hop|phien hop)\s+(?:ban thuong vu|thuong truc)\s+(?:tinh uy|thanh uy|ubnd|hdnd)\b"
    r"([^.;]{0,40}?)\b(?:de|nham)\s+(?:chi dao|quyet dinh|thong nhat)\b[^.;]{0,80}?\bho tro\b")
# an occasion the clause names before the decision: the decision is taken within it
_OCCASION_BEFORE = re.compile(r"\b(?:hoi dam|lam viec|hoi nghi|tai buoi|chuyen tham|den tham|tham va|tiep|gap mat|"
                              r"gap go|ky ket|toa dam|hai ben|hai tinh|hai dia phuong)\b")
_BOTH_SIDES = re.compile(r"\b(?:voi|hai tinh|hai ben|hai dia phuong|lien tich)\b")


def decides_support(clause: str) -> str | None:
    """The words of one side's decision to support its partner, the folded ``clause``'s verb ("quyết định hỗ trợ",
    "cuộc họp Ban Thường vụ … chỉ đạo … hỗ trợ"); None when the clause tells no such decision."""
    if "quyet dinh" in clause:
        found = _DECIDES.search(clause)
        if found is not None and found.start() <= 160 and _OCCASION_BEFORE.search(clause, 0, found.start()) is None:
            return f"quyet dinh {found.group(1)}"
    if "ho tro" in clause:
        found = _COMMITTEE_MEETING.search(clause)
        if (found is not None and found.start() <= 200 and _BOTH_SIDES.search(found.group(1)) is None
                and _OCCASION_BEFORE.search(clause, 0, found.start()) is None):
            return "cuoc hop ban thuong vu … ho tro"
    return None
