"""An anniversary banner over the headline (meta31): a site's header carries, for months, a banner for a
national or a provincial anniversary, its span of years in brackets at its end, and it reads like a
headline (is_titlelike): "Kỷ niệm 50 năm Ngày giải phóng tỉnh A (30/4/1975 - 30/4/2025)". Taken for the
page's headline it names a province of the site's, not of the page's occasion, and so makes a partner
of it. When a line that reads like a headline stands under it before the lead, that line is the
headline and the banner is chrome; when the site's chrome stands under it (a breadcrumb "Trang chủ", a
menu: a headline is not followed by the site's menu) and then the lead, the page has no headline. (An article's own headline may have that shape, "Kỷ niệm 60 năm
quan hệ hai tỉnh (1962 - 2022)": alone over the lead it stays the headline.)

Each row of :data:`ANNIVERSARY_BANNERS` (folded text, whole line): (name, pattern, example of my own).
The greetings with a year ("Chào mừng … 2025", "Mừng Đảng, mừng Xuân 2026") are chrome.is_banner's.
"""

from __future__ import annotations

import re

from ..messages import M_
from .chrome import is_titlelike

__all__ = ["ANNIVERSARY_BANNERS", "WHY_BANNER", "headline_under_banner"]

_SPAN = r"\((?:[^()]*\D)?(?:19|20)\d\d\s*[-–]\s*(?:[^()]*\D)?(?:19|20)\d\d\)\s*$"
#: (name, folded pattern of the whole line, example)
ANNIVERSARY_BANNERS: tuple[tuple[str, str, str], ...] = (
    ("anniversary_span",
     r"(?:chao mung |huong toi |nhiet liet chao mung |ky niem va )?(?:le )?ky niem \d+ nam\b.{4,140}" + _SPAN,
     "Kỷ niệm 50 năm Ngày giải phóng tỉnh A (30/4/1975 - 30/4/2025)"),
)
_RES = tuple(re.compile(p) for _, p, _ in ANNIVERSARY_BANNERS)
WHY_BANNER = M_("an anniversary banner in the site's header, over the headline: 'Kỷ niệm 50 năm … (1975 - 2025)'")


def headline_under_banner(top: list, title_i: int | None, limit: int, reasons: list) -> int | None:
    """The line under an anniversary banner taken for the headline that reads like a headline itself
    (before ``limit``, the lead, and not chrome); -1 when chrome stands right under the banner and no such line
    follows (no headline); None when ``title_i`` is no such banner, or no line follows it but the lead."""
    if title_i is None or "ky niem" not in top[title_i].folded[:40]:   # (cheap literal first)
        return None
    if not any(rx.match(top[title_i].folded) for rx in _RES):
        return None
    j = next((j for j in range(title_i + 1, min(limit, len(top)))
              if reasons[j] is None and is_titlelike(top[j].raw, top[j].folded)), None)
    if j is None and title_i + 1 < min(limit, len(top)) and reasons[title_i + 1] is not None:
        return -1   # the site's chrome under it (a breadcrumb, a menu), then the lead: the page has no headline
    return j
