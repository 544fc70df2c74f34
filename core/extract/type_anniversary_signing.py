"""A signing named inside an anniversary's name: the anniversary of an old signing, not a signing (late24type).

"Nhân chuyến thăm tỉnh B kỷ niệm 10 năm hai tỉnh A và B ký kết quan hệ hợp tác hữu nghị, sáng 19/12, đoàn … đến
thăm và làm việc …": the years counted since the parties signed name the anniversary the trip marks; the signing was
ten years earlier. As "45 năm ký Hiệp ước" (the row "nam ky" of type_vocab's MAIN_TYPE_NOT), with the parties written
between the years and the verb. Matched on folded text (no accents, no case, đ→d).

| folded words before the signing's phrase (same clause)          | read as              | example (our own)                                  |
|------------------------------------------------------------------|----------------------|----------------------------------------------------|
| kỷ niệm (tròn) N năm <up to 12 words, no comma> ký kết/ký …       | the anniversary      | "kỷ niệm 15 năm hai tỉnh A và B ký kết quan hệ hữu nghị" |

Not read: a signing joined to the anniversary ("Lễ kỷ niệm 10 năm kết nghĩa và ký kết biên bản …", "… đồng thời ký
kết …"), and one after a comma ("Nhân kỷ niệm 10 năm kết nghĩa, hai huyện ký kết …"): the signing done that day.
"""

from __future__ import annotations

import re

__all__ = ["ANNIVERSARY_SIGNING_EXAMPLES", "names_an_anniversary"]

ANNIVERSARY_SIGNING_EXAMPLES: tuple[str, ...] = (
    "Nhân dịp kỷ niệm 15 năm hai tỉnh Shiga và Đồng Nai ký kết quan hệ hữu nghị, đoàn đại biểu tỉnh Shiga đến thăm.",
)
# "kỷ niệm (tròn) N năm" and up to 12 words (no comma, no stop) right before the signing's phrase
_ANNIVERSARY = re.compile(r"\bky niem\s+(?:tron\s+)?\d+\s+nam\b((?:\s+[^\s,;.:()]+){1,12}?)\s+(?:da\s+)?$")
#: the words that join the signing to the occasion told ("và ký kết", "đồng thời ký kết"): the signing done that day
_JOINED = re.compile(r"\b(?:va|dong thoi|cung|roi|sau do|tien hanh|to chuc)$")


def names_an_anniversary(folded: str, at: int) -> bool:
    """Whether the signing's phrase at ``at`` of the folded clause is named inside an anniversary's name
    ("kỷ niệm 10 năm hai tỉnh … ký kết")."""
    if "ky niem" not in folded:
        return False
    found = _ANNIVERSARY.search(folded, max(0, at - 120), at)
    return found is not None and _JOINED.search(found.group(1).strip()) is None
