"""A yearly meeting that reviews the minutes of its own last session (used by
:func:`hoptac.core.extract.year_bounds.find_bounds` and :func:`.year_bound_days.follow_year`).

A meeting the headline or the lead calls yearly ("hội nghị cấp cao thường niên", "hội đàm hằng
năm") that carries out the minutes of the same meeting signed on a full date ("… báo cáo việc thực
hiện Biên bản Hội nghị cấp cao hai tỉnh ký ngày 22/12/2017") is the next session: it is held about
a year after that signing, so its day and month without a year fall in the first such day at least
:data:`GAP_DAYS` after it (13/11 after 22/12/2017: 13/11/2018, not 2019; 23/11 after 19/10/2022:
23/11/2023, not a month later). The bound is named ``last_session``.

Not read: minutes of another kind of meeting ("hội nghị thường niên … thực hiện Biên bản hội đàm
ký ngày 3/4/2015": talks of any year), a meeting not called yearly where it is dated (a conference
"lần thứ 18" may follow the 17th after years), and -- as for every follow-up
(:func:`.year_bound_days.follow_year`) -- a page that names a later year than the signing's (the
yearly series paused: "Từ sau Hội đàm lần thứ 13 năm 2019 đến năm 2022, do dịch Covid-19 …") or
that dates the occasion otherwise (a stamp, a cue). All patterns are matched on folded text.
"""

from __future__ import annotations

import re

__all__ = ["YEARLY", "GAP_DAYS", "of_the_last_session"]

#: The words that call a meeting yearly (folded), after the meeting's noun, each with a sentence.
YEARLY: tuple[tuple[str, str], ...] = (
    ("thuong nien", "Sáng nay (8/11), hội nghị cấp cao thường niên giữa tỉnh A và tỉnh B khai mạc tại tỉnh A."),
    ("hang nam", "Chiều 5/9, hai huyện tổ chức hội đàm hằng năm tại huyện A."),   # hằng năm, hàng năm
)
#: A yearly session comes half a year or more after the last one's minutes were signed.
GAP_DAYS = 180
#: The meeting whose minutes are carried out (the tail of year_bounds._CARRIES_OUT_MINUTES's match).
_MINUTES_OF = re.compile(r"\b(?:ban ghi nho|bien ban(?: ghi nho| lam viec)?)\s+(?:cua\s+)?"
                         r"(?P<kind>hoi nghi|hoi dam|cuoc hop|ky hop|phien hop|buoi lam viec)\b")
_YEARLY = "|".join(w for w, _ in YEARLY)


def of_the_last_session(folded: str, carried: re.Match[str], places: tuple[tuple[int, int], ...]) -> bool:
    """Are the minutes ``carried`` out (a match ending at their signing's date) those of the
    occasion's last session: the same meeting, called yearly in one of ``places`` (the headline,
    the paragraph that dates the occasion)?"""
    if not any("thuong nien" in folded[a:b] or "hang nam" in folded[a:b] for a, b in places):
        return False
    m = _MINUTES_OF.search(carried.group())
    if m is None:
        return False
    yearly = re.compile(rf"\b{m['kind']}\b(?:\s+[^\W\d]+){{0,4}}?\s+(?:{_YEARLY})\b")
    return any(yearly.search(folded, a, b) for a, b in places)
