"""A delegation from the centre that works with two localities at once: a meeting it convenes, not a visit.

"Sáng 9/3, Thứ trưởng Bộ Nông nghiệp dẫn đầu đoàn công tác trung ương làm việc với tỉnh A và tỉnh B về cấp nước":
a led delegation that works with its hosts is on a visit (event_type), but one sent by a ministry, the government
or the National Assembly, working with two localities named together, brings the two to one table: the localities
are the parties, and they meet (conference). Round 30, data33 07 (a ministry and two provinces sharing a river
basin), read as a visit.

===========  ================================================================================  ==========
row          example (written for the table)                                                   reads
===========  ================================================================================  ==========
``central``  "Thứ trưởng Bộ Nông nghiệp dẫn đầu đoàn công tác trung ương làm việc với tỉnh A     conference
             và tỉnh B"; "đoàn công tác của Bộ Y tế do ông C dẫn đầu làm việc với thành phố A
             và tỉnh B"
===========  ================================================================================  ==========

Not a locality's delegation ("đoàn công tác tỉnh A do … dẫn đầu làm việc với tỉnh B và tỉnh C": it visits, its own
province a party), nor a central one that works with one host ("… làm việc với tỉnh A": a visit to it). Matched on
the folded clause.
"""

from __future__ import annotations

import re

__all__ = ["CENTRAL", "central_meets_two"]

CENTRAL: tuple[tuple[str, str], ...] = (
    ("central", "Thứ trưởng Bộ Nông nghiệp dẫn đầu đoàn công tác trung ương làm việc với tỉnh A và tỉnh B"),
)
#: Who sends the delegation, before "làm việc với": the centre (a minister or deputy, a ministry, the government,
#: the National Assembly, "trung ương").
_CENTRE = re.compile(r"\b(?:(?:bo truong|thu truong)\s+bo\b|pho thu tuong\b|thu tuong chinh phu\b|doan cong tac\s+(?:cua\s+)?"
                     r"(?:trung uong|bo|chinh phu|quoc hoi)\b|doan\s+(?:cong tac\s+)?trung uong\b)")
#: Two localities named together as the hosts: "làm việc với (lãnh đạo) tỉnh A và (lãnh đạo) TP B".
#: (the first name at most four words, none that opens what they work on: "với tỉnh A về phòng dịch cùng …" is one host)
_TWO_HOSTS = re.compile(r"\blam viec voi\s+(?:lanh dao\s+)?(?:ubnd\s+)?(?:tinh|thanh pho|tp|huyen)(?:\s+(?!ve\b|tai\b|de\b|nham\b)\w+){1,4}?\s+"
                        r"(?:va|cung)\s+(?:lanh dao\s+)?(?:ubnd\s+)?(?:tinh|thanh pho|tp|huyen)\b")


def central_meets_two(clause: str, delegation_at: int) -> bool:
    """Does the delegation at ``delegation_at`` in the folded ``clause`` come from the centre (:data:`CENTRAL`)
    and work with two localities named together?"""
    if "lam viec voi" not in clause:
        return False
    hosts = _TWO_HOSTS.search(clause)
    return hosts is not None and _CENTRE.search(clause, max(0, delegation_at - 120), hosts.start()) is not None
