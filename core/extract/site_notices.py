"""A site's notice over its articles (round 48, late48d): a paper merged into another in 2025 (Bình Dương into
TP HCM, …) left a paragraph at the head of every archived page saying the site stopped updating, naming the
new province and a day of its own ("Kể từ ngày 1-7, …"). Read as the lead it makes the new province a partner
and hides the page's stamp and headline under it. Such a line is the site's chrome, whatever its length.

Each row of :data:`SITE_NOTICES` (folded text, whole line): (name, pattern, example of our own).
"""

from __future__ import annotations

import re

from ..messages import M_

__all__ = ["SITE_NOTICES", "WHY_SITE_NOTICE", "site_notice"]

SITE_NOTICES: tuple[tuple[str, str, str], ...] = (
    ("stopped_updating",
     r".{0,200}\b(?:trang web|website|trang tin|trang thong tin|bao)\b.{0,30}\b(?:tam )?(?:ngung|dung) cap nhat\b.{0,400}",
     "Từ ngày 1-7, tỉnh A (mới) bắt đầu hoạt động, vì vậy trang web tạm ngừng cập nhật tin bài. Mọi thông tin "
     "xin theo dõi trên báo B."),
)
_RES = tuple(re.compile(p) for _, p, _ in SITE_NOTICES)
WHY_SITE_NOTICE = M_("a site's notice: 'Kể từ ngày 1-7, …, trang web tạm ngừng cập nhật thông tin'")


def site_notice(folded: str) -> bool:
    """Is the (folded) line a site's notice that it stopped updating?"""
    return "cap nhat" in folded and len(folded) <= 700 and any(rx.fullmatch(folded) for rx in _RES)
