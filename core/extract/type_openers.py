"""Context openers before the lead's date (round 24): the clause that tells why or after what the occasion comes.

A lead often opens with the circumstance before its date and its subject: "Ngay sau khi huyện B công bố dịch, với
tinh thần tương trợ láng giềng, ngày 14/4, Đồn Biên phòng A đã tặng khẩu trang …". What the opener tells is
background (an announcement by someone else, a disaster, an appeal); the occasion is the verb after the date. The
framing clauses of :mod:`.event_type` ("Trong khuôn khổ …", "Nhân dịp …", "Thực hiện …") are read the same way;
these openers are read only when the sentence's date comes after them (after the opener's first comma), so a
sentence with no date of its own keeps every verb. A news site's tag before the lead ("Biên phòng - ", "(QNO) - ")
may stand before the opener. Matched on folded text (no accents, no case, đ→d).

| folded opener        | example (our own)                                                                     |
|----------------------|---------------------------------------------------------------------------------------|
| (ngay) sau khi       | "Ngay sau khi tỉnh B công bố dịch, ngày 4/3, Sở Y tế tỉnh A đã trao tặng khẩu trang …"  |
| trên / với tinh thần | "Trên tinh thần tương thân tương ái, chiều 5/10, đoàn công tác tỉnh A đã trao …"       |
| trước tình hình      | "Trước tình hình mưa lũ tại tỉnh B, sáng 9/10, Ủy ban MTTQ tỉnh A đã chuyển …"         |
| hưởng ứng            | "Hưởng ứng lời kêu gọi của Trung ương, ngày 12/10, huyện A đã trao …"                 |
| trước thềm           | "Trước thềm Hội nghị sơ kết hợp tác ba tỉnh, sáng 5/11, đoàn ba tỉnh đã dâng hoa …"    |

"Trước thềm <an occasion>" (on the eve of; round 59, late59b) dates nothing of that occasion: it is the time of
what the sentence tells after its date, the way "Trước tình hình …" is its cause.
"""

from __future__ import annotations

import re

__all__ = ["CONTEXT_OPENER_EXAMPLES", "context_opener"]

CONTEXT_OPENER_EXAMPLES: tuple[str, ...] = (
    "Ngay sau khi tỉnh B công bố dịch, ngày 4/3, Sở Y tế tỉnh A đã trao tặng 5.000 khẩu trang cho tỉnh B.",
    "Trên tinh thần tương thân tương ái, chiều 5/10, đoàn công tác tỉnh A đã trao 2 tỷ đồng cho tỉnh B.",
    "Trước tình hình mưa lũ tại tỉnh B, sáng 9/10, Ủy ban MTTQ tỉnh A đã chuyển 1 tỷ đồng hỗ trợ tỉnh B.",
    "Hưởng ứng lời kêu gọi của Trung ương, ngày 12/10, huyện A đã trao 300 triệu đồng cho huyện B.",
    "Trước thềm Hội nghị sơ kết hợp tác ba tỉnh, sáng 5/11, đoàn ba tỉnh đã dâng hoa tại Khu di tích C.",
)
# an optional site tag ("(QNO) - ", "Biên phòng - "), then the opener
_OPENER = re.compile(r"^\W*(?:\([^()]{1,40}\)\s*-?\s*|[a-z.]{2,20}(?: [a-z.]{2,20})?\s+-\s+)?"
                     r"(?:ngay sau khi|sau khi|tren tinh than|voi tinh than|truoc tinh hinh|huong ung|truoc them)\b")


def context_opener(folded_sentence: str, date_at: int) -> bool:
    """Does the folded sentence open with a context clause that ends (at a comma) before its date at ``date_at``?"""
    if date_at <= 0:
        return False
    found = _OPENER.match(folded_sentence)
    if found is None:
        return False
    comma = folded_sentence.find(", ", found.end())
    return 0 <= comma < date_at
