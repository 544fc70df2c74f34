"""A work handed over or inaugurated, dated in the text only by when it was begun (used by
:func:`hoptac.core.extract.verdicts.judge` before scoring).

A page whose headline (or, with none, lead) reports a building given, handed over or
inaugurated ("Tỉnh A tặng công trình nhà làm việc cho huyện B", "trao nhà mới cho hộ nghèo",
"Khánh thành trường học hữu nghị") often tells, as background, the day the work began:
"Công trình khởi công ngày 12/4/2021", "được khởi công xây dựng vào ngày 3/6/2019", "động thổ
từ tháng 2/2020". That day is an earlier milestone (verdict "past"), never the handover's:
with no other date the occasion is undated. Not when the headline names the groundbreaking
itself ("Khởi công nhà văn hóa hữu nghị …"): then its day is the occasion's.
All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..messages import M_

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["HANDED_OVER", "BEGUN", "begun_before"]

#: What the headline reports: the work completed and given (folded), each with a headline written for it.
HANDED_OVER: tuple[tuple[str, str], ...] = (
    (r"khanh thanh", "Khánh thành trường học hữu nghị tại huyện bạn"),
    (r"ban giao", "Bàn giao nhà văn hóa cho bản giáp biên"),
    (r"trao(?!\s+doi)(?:\s+tang)?", "Bộ đội biên phòng trao ba ngôi nhà mới cho hộ nghèo nước bạn"),
    (r"tang\s+(?:cong trinh|nha|truong|tram)", "Tỉnh A tặng công trình nhà làm việc cho công an huyện B"),
    (r"hoan thanh", "Hoàn thành cầu hữu nghị nối hai huyện"),
    (r"dua vao su dung", "Đưa vào sử dụng trạm y tế do tỉnh bạn hỗ trợ"),
)
#: Right before the date, in its clause: the work was begun then.
BEGUN: tuple[tuple[str, str], ...] = (
    (r"khoi cong", "Công trình khởi công ngày 12/4/2021 với tổng vốn 8 tỷ đồng."),
    (r"dong tho", "Ngôi trường được động thổ từ tháng 2/2020."),
    (r"bat dau (?:xay dung|thi cong)", "Nhà văn hóa bắt đầu xây dựng vào ngày 5/3/2022."),
)
_HANDED_OVER = re.compile(r"\b(?:%s)\b" % "|".join(p for p, _ in HANDED_OVER))
_GROUNDBREAKING_NAMED = re.compile(r"\b(?:khoi cong|dong tho)\b")
_BEGUN = re.compile(r"\b(?:%s)(?:\s+xay dung)?(?:\s+(?:tu|vao|ngay))*\s*$" % "|".join(p for p, _ in BEGUN))
_WHY = M_("the day the work the page hands over was begun ('khởi công ngày …', 'động thổ từ …')")


def begun_before(readings: list[Reading], folded: str, title: str, lead: tuple[int, int]) -> None:
    """Turn the groundbreaking days of a work the page hands over into earlier milestones."""
    if not any(w in folded for w in ("khoi cong", "dong tho", "bat dau")):
        return
    said = title if title.strip() else folded[lead[0]:lead[1]]
    if not _HANDED_OVER.search(said) or _GROUNDBREAKING_NAMED.search(said):
        return
    for r in readings:
        if r.verdict not in ("event", "range"):
            continue
        before = folded[max(0, r.mention.start - 60):r.mention.start]
        if _BEGUN.search(before):
            r.verdict, r.why = "past", _WHY
