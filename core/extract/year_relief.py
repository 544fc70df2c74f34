"""Aid handed over after a disaster the page dates by its month (round 44, late44c: laos44b 06).

A page reports aid handed over on a day it gives with no year ("Ngày 21/8, … trao hỗ trợ cho người dân bản A"),
and tells, in a sentence of its own, the disaster the aid is for, with its month and year ("Tháng 4/2030, tại đây
xảy ra hỏa hoạn lớn thiêu rụi 35 ngôi nhà"), and says the aid helps overcome that disaster's consequences
("… giúp người dân khắc phục hậu quả hỏa hoạn"). Relief follows its disaster within months: the day, when it
comes later in the disaster's year than the disaster, is in that year. The disaster is then a lower bound that
gives the year (``relief_after`` in :data:`.year_bound_kinds.BOUNDS`, read as a follow-up told as recent by
:func:`.year_bound_days.follow_year`). Matched on folded text (no accents, no case, đ→d); every example is ours.

=================  ============================================================================================
the disaster       example (written for the table)
=================  ============================================================================================
hoa hoan / chay    "Tháng 3/2030, tại bản A xảy ra hỏa hoạn thiêu rụi 20 ngôi nhà." … "Ngày 15/5, đoàn …
                   trao hỗ trợ giúp người dân khắc phục hậu quả hỏa hoạn." → 2030-05-15
lu / mua lu        "Tháng 7/2030, trận lũ quét gây thiệt hại nặng cho huyện B." … "Ngày 20/8, tỉnh A trao
                   50 tấn gạo giúp nhân dân khắc phục hậu quả lũ quét." → 2030-08-20
bao                "Tháng 9/2030, cơn bão số 5 làm sập hàng trăm ngôi nhà ở tỉnh B." … "Ngày 2/11, … giúp
                   khắc phục hậu quả cơn bão." → 2030-11-02
sat lo / thien tai "Tháng 6/2030, sạt lở đất xảy ra tại bản C." … "khắc phục hậu quả sạt lở" → the same
=================  ============================================================================================

Not read (no year, as before): a day in the disaster's month or before it in the year (the aid may be of the next
year, or of that month: "Tháng 8/2030 … hỏa hoạn" with "Ngày 21/8"); a disaster with its year alone ("Năm 2030,
lũ quét …"); a month that names no disaster happening ("Tháng 4/2030, hai tỉnh ký kết kế hoạch phòng chống thiên
tai": no 'xảy ra', 'gây', 'thiêu rụi' …); a page that does not tell the aid as overcoming the disaster's
consequences ("khắc phục hậu quả"); a page that names a later year (follow_year: a history, not recent relief).
"""

from __future__ import annotations

import re

__all__ = ["DISASTERS", "relief_after"]

#: The disasters (folded), each with an example of ours.
DISASTERS: tuple[tuple[str, str], ...] = (
    (r"hoa hoan|vu chay|dam chay|chay rung|chay lon", "Tháng 3/2030, tại bản A xảy ra hỏa hoạn thiêu rụi 20 ngôi nhà."),
    (r"lu (?:lut|quet|ong|lon)|mua lu|tran lu|dot lu|con lu|ngap lut", "Tháng 7/2030, trận lũ quét gây thiệt hại nặng."),
    (r"(?:con|tran) bao|bao so \d{1,2}|mua bao|bao lu", "Tháng 9/2030, cơn bão số 5 làm sập hàng trăm ngôi nhà."),
    (r"sat lo(?: dat)?|thien tai|dong dat|loc xoay", "Tháng 6/2030, sạt lở đất xảy ra tại bản C."),
)
_DISASTER = "(?:" + "|".join(p for p, _ in DISASTERS) + ")"
_DISASTER_RE = re.compile(rf"\b{_DISASTER}\b")
#: ... told as happening, in the disaster's sentence.
_HAPPENED = re.compile(r"\b(?:xay ra|gay(?: ra)?|thieu rui|thieu chay|tan pha|lam sap|lam hu hong|cuon troi|vui lap|"
                       r"do bo|anh huong|thiet hai)\b")
#: ... and the aid told as overcoming its consequences.
_OVERCOME = re.compile(rf"\bkhac phuc (?:hau qua|thiet hai)(?: (?:do|cua|sau))?(?: (?:vu|tran|dam|con|dot))? {_DISASTER}\b")
_ENDS = re.compile(r"[.;!?\n]")
#: How far the sentence is read on each side of the month.
REACH = 240


def relief_after(folded: str, start: int, end: int) -> bool:
    """Does the month and year at ``folded[start:end]`` date a disaster told as happening in its sentence, on a page
    that tells aid overcoming that kind of disaster's consequences (see the module)?"""
    lo = max(0, start - REACH)
    ends = [m.end() for m in _ENDS.finditer(folded, lo, start)]
    s0 = ends[-1] if ends else lo
    stop = _ENDS.search(folded, end, end + REACH)
    s1 = stop.start() if stop else min(len(folded), end + REACH)
    if _DISASTER_RE.search(folded, s0, s1) is None or _HAPPENED.search(folded, s0, s1) is None:
        return False
    return "khac phuc" in folded and _OVERCOME.search(folded) is not None
