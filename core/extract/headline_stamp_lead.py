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
"""

from __future__ import annotations

from .chrome import is_titlelike
from .page_lines import _Line, _stamp

__all__ = ["headline_over_stamp_and_lead"]


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
