"""The headline told by where it stands (titles21): a line over the page's stamp, the stamp over
the lead ("<headline>" / "Ngày cập nhật 15/05/2024" / "Sáng 14/5, tại …") is the headline, though
a short line stands above it that reads like one: a leader's portrait in a sidebar ("Đồng chí
NGUYỄN VĂN A" / "Chủ tịch UBND huyện"), a box's title. And a box of links above ("Liên kết
website", "Tin liên quan") does not make it a related article's title: a related title is not
followed by the page's own stamp and lead.

    Đồng chí NGUYỄN VĂN A            (a portrait: no headline)
    Liên kết website                 (a box of links)
    Huyện A tổ chức ngày hội …       (the headline: over the stamp, the stamp over the lead)
    Ngày cập nhật 15/05/2024
    Sáng 14/5, tại huyện A, …

And the lead photo's caption may open the page above the headline and its stamp: a caption is
no lead (``caption_over_headline_stamp``):

    Các đại biểu cắt băng khánh thành cửa khẩu. Ảnh: Thu Hà.   (the caption: no lead)
    Huyện A có cửa khẩu phụ mới                                 (the headline)
    Thu Hà BÁO X | 05/06/2024 09:15                             (the stamp)
    Sáng 5.6, tại huyện A, …                                     (the lead)

(or the stamp between the caption and the headline: "<caption>" / "Thứ Sáu, 05/06/2024 - 08:30" / "<headline>").
"""

from __future__ import annotations

from ..messages import M_
from .chrome import is_caption, is_titlelike
from .page_lines import _Line, _stamp

__all__ = ["CAPTION_OVER_HEADLINE", "caption_over_headline_stamp", "headline_over_stamp_and_lead"]


def headline_over_stamp_and_lead(top: list[_Line], title_i: int | None, lead_i: int | None,
                                 reasons: list, related: set[int]) -> int | None:
    """The line two above the lead when it is titlelike, not chrome (or only taken for a related
    title) and the line between is a stamp, and an earlier line was taken for the headline (or none
    was, this line taken for a related title under a box of links); else None."""
    if lead_i is None or lead_i < 2:
        return None
    k = lead_i - 2
    if (title_i is None and k not in related) or (title_i is not None and k <= title_i) \
            or (reasons[k] is not None and k not in related):
        return None
    ln = top[k]
    if not is_titlelike(ln.raw, ln.folded) or _stamp(top[k + 1]) is None or len(top[k + 1].raw) > 80:
        return None
    return k


#: (reason) the lead photo's caption above the headline and its stamp: "Các đại biểu cắt băng khánh
#: thành cửa khẩu. Ảnh: Thu Hà." / "Huyện A có cửa khẩu phụ mới" / "Thu Hà BÁO X | 05/06/2024 09:15"
CAPTION_OVER_HEADLINE = M_("the lead photo's caption above the headline and its stamp")


def caption_over_headline_stamp(top: list[_Line], i: int) -> bool:
    """Is the lead-like line ``i`` a photo's caption ("… Ảnh: Thu Hà.") with a titlelike line and a
    short stamp line right under it (in either order)? Then the page opens with its lead photo's caption and the lead
    comes after the stamp. (A caption with no stamp two lines down stays where it stands.)"""
    if i + 2 >= len(top) or not is_caption(top[i].raw):
        return False
    head, stamp = top[i + 1], top[i + 2]
    if len(stamp.raw) <= 80 and is_titlelike(head.raw, head.folded) and _stamp(stamp) is not None:
        return True
    # ... or its stamp over it: "<caption>" / "Thứ Sáu, 05/06/2024 - 08:30" / "Huyện A có cửa khẩu phụ mới"
    stamp, head = top[i + 1], top[i + 2]
    return len(stamp.raw) <= 80 and _stamp(stamp) is not None and is_titlelike(head.raw, head.folded)
