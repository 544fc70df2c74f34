"""A site's own name opening the lead (meta31): "(Báo A) - Sáng 18/9, …", "(Baoa.vn) - …", "Baoa.vn – …".
The name of the site that printed the page often holds its province ("Báo Quảng Nam", "Đài PT-TH tỉnh A"),
and a site prints it on every page, whatever the page's partners are: it is the page's source, never a
party, a place or an occasion. It is cut from the lead as chrome (``article.parse_article``), so neither
the places nor the lead's opening read it. (A dated tag, "(KHCN-03/11/2017): ", is stamp_source_tag's.)

Each row of :data:`SITE_TAGS`: (name, pattern at the lead line's start, example of my own writing).
A bracketed tag must name a site (a newspaper, a radio, a portal, an address): "(Quảng Nam) - " alone
is no site's name and stays.
"""

from __future__ import annotations

import re

__all__ = ["SITE_TAGS", "site_tag_end"]

_DASH = r"\s*[-–—:]\s*"
#: (name, pattern at the lead line's start, example)
SITE_TAGS: tuple[tuple[str, str, str], ...] = (
    ("site_name_bracketed",
     r"\((?:Báo|BÁO|Tạp chí|Đài|Cổng|Trang|Truyền hình|Phát thanh)\s[^()\n]{1,40}\)" + _DASH,
     "(Báo Miền Xanh) - Sáng 18/9, tại cửa khẩu A, hai huyện ký kết nghĩa."),
    ("site_address_bracketed",
     r"\([\w-]{2,30}(?:\.[\w-]{2,12})*\.(?:vn|com|net|org|info)\)" + _DASH,
     "(Baomienxanh.vn) - Chiều 5/3, đoàn công tác tỉnh A đến thăm tỉnh B."),
    ("site_address",
     r"[\w-]{2,30}(?:\.[\w-]{2,12})*\.(?:vn|com|net|org)\s*[-–—]\s*",
     "Baomienxanh.vn – Ngày 5/3, tỉnh A và tỉnh B ký kết hợp tác."),
)
_TAG_RES = tuple(re.compile(p) for _, p, _ in SITE_TAGS)


def site_tag_end(lead_raw: str) -> int:
    """Where a site's name opening the lead line ends (0 when the line opens otherwise)."""
    if "(" not in lead_raw[:1] and "." not in lead_raw[:40]:   # (cheap: a bracket first, or an address's dot)
        return 0
    for rx in _TAG_RES:
        if (m := rx.match(lead_raw)) is not None and m.end() < len(lead_raw):
            return m.end()
    return 0
