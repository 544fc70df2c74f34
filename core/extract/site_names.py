"""A site's name over its menu (known22): a portal prints its name (the logo's text) and under it
its menu, one item a line with a bullet; the headline comes further down, over or under the stamp.
A line that reads like a title and stands right over two or more menu items is the site's name,
never the headline: a headline is not followed by the site's menu. (A menu's item holds no digit: a
headline over its byline printed as bullets, "• Báo Tin Nhanh" / "• Cập nhật 12/03/2024 10:05", stays.)

    Cổng thông tin Hội Hữu nghị tỉnh A     (the site's name: no headline)
      • Trang chủ
      • Giới thiệu
    12/03/2024, 16:05
    Tỉnh A và tỉnh B ký kết hợp tác          (the headline)
    Sáng 12/3, tại tỉnh A, …

A bulleted line right under a menu's item is one more item of the menu, however many words it has
("• Phòng Châu Âu – Châu Mỹ – Châu Phi" under "• Văn phòng Cục"): read over a page that opens with its
lead, it was the first titlelike line, so the headline. (The first bulleted line of a run is not judged
so: a headline printed with a bullet over its byline's bullets stays the headline.) A line opening with a
small letter right under an item is the item's wrapped rest ("• Trung tâm văn hóa" / "nước ngoài tại Việt
Nam"): a headline opens with a capital.

    • Cơ cấu tổ chức
      • Văn phòng Cục                        (items)
      • Phòng Châu Âu – Châu Mỹ – Châu Phi   (an item, not the headline)
    • Trung tâm văn hóa
      nước ngoài tại Việt Nam               (the item's rest, not the headline)

And a leader's portrait in a sidebar ("Đồng chí NGUYỄN VĂN A", site_controls) has the leader's
office on the line under it ("Chủ tịch UBND huyện"): a short line with no stop, the portrait's too.

Used by :func:`hoptac.core.extract.article.parse_article` before it picks the headline.
"""

from __future__ import annotations

from ..messages import M_
from .page_lines import _Line

__all__ = ["MENU_BULLETS", "MENU_ITEMS_UNDER", "PORTRAIT_OFFICE_WORDS", "WHY_MENU_ITEM", "WHY_SITE_NAME", "site_names_over_menus"]

#: The bullets a menu's items open with, and how many items must follow the line.
MENU_BULLETS = "•·"
MENU_ITEMS_UNDER = 2
#: How many words the office under a portrait has at most.
PORTRAIT_OFFICE_WORDS = 8

WHY_SITE_NAME = M_("a site's name over its menu: '<name>' / '• Trang chủ' / '• Giới thiệu'")
WHY_MENU_ITEM = M_("an item of a site's menu: '• Giới thiệu' / '• Phòng Châu Âu – Châu Mỹ – Châu Phi'")
_WHY_OFFICE = M_("the office under a leader's portrait: 'Đồng chí NGUYỄN VĂN A' / 'Chủ tịch UBND huyện'")


def _menu_item(ln: _Line) -> bool:
    """A bulleted line with no stop and no digit: a menu's item ("• Giới thiệu"). (A digit is a headline's
    byline printed as bullets, "• Báo Tin Nhanh" / "• Cập nhật 12/03/2024 10:05", or a counter; review22.)"""
    raw = ln.raw.strip()
    return raw[:1] in MENU_BULLETS and raw[-1:] not in ".!?:" and not any(ch.isdigit() for ch in raw)


def site_names_over_menus(top: list[_Line], limit: int, reasons: list, portrait: str) -> list[tuple[int, str]]:
    """The lines before ``limit`` (the lead) not yet judged chrome that stand right over
    MENU_ITEMS_UNDER menu items or more (a site's name), or are a menu's item right under another (an
    item of the menu, however long), or right under a line judged a
    portrait (``portrait``: that reason) and short with no stop (the leader's office); each with why."""
    out: list[tuple[int, str]] = []
    for i in range(min(limit, len(top))):
        if reasons[i] is not None:
            continue
        if i and _menu_item(top[i - 1]) and (_menu_item(top[i]) or top[i].raw[:1].islower()):
            out.append((i, WHY_MENU_ITEM))   # one more item, or an item's wrapped rest
            continue
        if _menu_item(top[i]):
            continue
        under = top[i + 1:i + 1 + MENU_ITEMS_UNDER]
        if len(under) == MENU_ITEMS_UNDER and all(_menu_item(ln) for ln in under):
            out.append((i, WHY_SITE_NAME))
        elif i and reasons[i - 1] == portrait and len(top[i].raw.split()) <= PORTRAIT_OFFICE_WORDS \
                and top[i].raw.rstrip()[-1:] not in ".!?…":
            out.append((i, _WHY_OFFICE))
    return out
