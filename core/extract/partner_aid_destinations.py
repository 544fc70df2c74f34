"""Forces sent to help localities the lead leaves unnamed (round 43, late43d; called from
:func:`.partners.principal_partners` when only the sending side is found).

A lead often tells one side sending people to help "các tỉnh …" without naming them ("Ngày 24/11, Công an
thành phố A cho biết 300 chiến sĩ đã được điều động hỗ trợ các tỉnh vừa bị lũ lụt"), and the body then
names where each unit went ("…, đã xuất phát từ A … đến tỉnh B", "… đến khu vực C hỗ trợ địa phương",
"… chi viện hỗ trợ Công an tỉnh D"). The places helped are the partners. Each shape a row, our own sentences:

| rule                      | example                                                                 | gives              |
|---------------------------|-------------------------------------------------------------------------|--------------------|
| unnamed_helped (lead)      | "… đã được điều động hỗ trợ các tỉnh vừa bị lũ lụt"                      | the body is asked  |
| destination (body)         | "… xuất phát từ A, đến tỉnh B"; "đến khu vực C hỗ trợ"; "hỗ trợ Công an tỉnh D" | B, C, D join A |
| NOT: the lead names them   | "… hỗ trợ các tỉnh Quảng Ngãi, Bình Định" (the lead's own partners)      | nothing more       |
| NOT: no unnamed helped     | "Công an thành phố A tổng kết công tác năm …" and "đến tỉnh B" in the body | nothing more     |
| NOT: where the unit leaves | "xuất phát từ thành phố A" (the home side itself)                        | nothing more       |

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from ..scan import fold_slice

__all__ = ["RULES", "aid_destinations"]

RULES = (
    ("unnamed_helped", "Công an thành phố A cho biết 300 chiến sĩ đã được điều động hỗ trợ các tỉnh vừa bị lũ lụt"),
    ("destination", "6 trung đội đã xuất phát từ thành phố A đến tỉnh B; 100 chiến sĩ đến khu vực C hỗ trợ địa phương; "
                    "Phòng Cảnh sát PCCC đã chi viện hỗ trợ Công an tỉnh D"),
)

#: the lead's help to localities it does not name: "hỗ trợ / chi viện / giúp (cho) các tỉnh|địa phương …"
_UNNAMED = re.compile(r"\b(?:ho tro|chi vien|giup do|giup)\s+(?:cho\s+)?(?:nguoi dan\s+|dong bao\s+)?"
                      r"cac\s+(?:tinh(?:,\s*thanh(?:\s+pho)?)?|dia phuong|tinh thanh)\b")
#: just before a body's place: the unit goes there or helps it
_DESTINATION = re.compile(r"(?:\b(?:den|toi|vao)\s+(?:khu vuc\s+|dia ban\s+|dia phan\s+)?"
                          r"|\b(?:ho tro|chi vien)\s+(?:cho\s+)?(?:cong an\s+|nguoi dan\s+|nhan dan\s+|luc luong\s+)?)$")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")


def aid_destinations(text: str, lead_mentions, body_mentions, places, home: str) -> list[str]:
    """The provinces (text order) the body sends ``home``'s helpers to, when the lead helps localities it does not
    name in a sentence that names ``home``; [] otherwise."""
    lead_starts = {m.start for m in lead_mentions}
    asked = False
    for m in lead_mentions:
        if m.start not in places or places[m.start].province != home:
            continue
        end = _SENTENCE_END.search(text, m.end)
        stop = end.start() if end else len(text)
        u = _UNNAMED.search(fold_slice(text, m.end, stop))
        if u and not any(m.end + u.end() <= o.start <= m.end + u.end() + 30 for o in lead_mentions):
            asked = True   # (a place right after "các tỉnh" names them: the lead's own partners)
            break
    if not asked:
        return []
    out: list[str] = []
    for m in body_mentions:
        place = places.get(m.start)
        if m.start in lead_starts or place is None or place.province == home or place.province in out:
            continue
        if _DESTINATION.search(fold_slice(text, max(0, m.start - 40), m.start)):
            out.append(place.province)
    return out
