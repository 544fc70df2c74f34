"""A marquee of slogans in a site's header: several greetings chained on one line (audit round 21).

Party and government sites run a line of slogans above the article, as one paragraph once scraped:
"Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng … (03/02/1930 - 03/02/2024)- Kỷ niệm 94 năm Ngày thành
lập Đảng bộ tỉnh … (24/02/1930 - 24/02/2024)- CHÀO MỪNG …". It names the anniversaries of the day the
page was crawled, not the article's: read as the lead, its ranges gave a lead dated "13/7" (no year) the
crawl year, a wrong year (world21 01, with its year taken out). A single short greeting is already a
festive banner (:func:`.chrome.is_banner`, up to 120 characters); this is the long chain of them.

A line is a marquee when (folded: no accents, no case, đ→d):

- it opens with a greeting (:data:`OPENING`: "chào mừng", "kỷ niệm", "mừng", "nhiệt liệt chào mừng" …),
- at least :data:`MIN_ITEMS` greetings open an item: at the start or after a separator the chain uses
  (")-", " - ", ". ", "; "), not a comma inside one sentence (three: an anniversary's headline may join two,
  "Kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào (1962 - 2022) - Kỷ niệm 45 năm Ngày ký Hiệp ước …",
  and cut as chrome it lost the page its headline and the year its range gave: review21),
- it names a year (a greeting's year or a "(dd/mm/yyyy - dd/mm/yyyy)" range),
- and it dates no day outside brackets: a lead that greets and then dates its occasion ("Chào mừng kỷ
  niệm … (1975 - 2025), sáng 12/3, tỉnh A tổ chức …") is the article, not the header.

Examples are sentences of our own (the shapes, not any page's words).
"""

from __future__ import annotations

import re

__all__ = ["MARQUEES", "NOT_MARQUEES", "MIN_ITEMS", "is_marquee"]

#: Lines that are a marquee (as written).
MARQUEES: tuple[str, ...] = (
    "Chào mừng kỷ niệm 50 năm Ngày thành lập Đảng bộ huyện Sông Lô (12/3/1975 - 12/3/2025)- Kỷ niệm 80 năm "
    "Ngày truyền thống ngành Ngoại vụ (28/8/1945 - 28/8/2025)- CHÀO MỪNG ĐẠI HỘI ĐOÀN TỈNH LẦN THỨ X.",
    "CHÀO MỪNG KỶ NIỆM 35 NĂM TÁI LẬP TỈNH (1/1/1992 - 1/1/2027) - MỪNG ĐẢNG, MỪNG XUÂN BÍNH NGỌ 2026 - "
    "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ CÁC CẤP",
)
#: Lines that are not: one greeting (a festive banner, judged elsewhere), a lead that greets then dates
#: its occasion, a headline with a greeting in it.
NOT_MARQUEES: tuple[str, ...] = (
    "Chào mừng kỷ niệm 50 năm giải phóng quê hương 2025",
    "Chào mừng kỷ niệm 60 năm kết nghĩa hai tỉnh (1965 - 2025), sáng 12/3, tỉnh A và tỉnh B tổ chức lễ "
    "kỷ niệm tại nhà văn hóa trung tâm - kỷ niệm được tổ chức trọng thể.",
    "Kỷ niệm 30 năm quan hệ hữu nghị giữa thành phố A và thành phố B (Nhật Bản)",
    "Kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (1962 - 2022) - Kỷ niệm 45 năm Ngày ký Hiệp "
    "ước hữu nghị và hợp tác",
)

#: A greeting that opens a slogan (folded).
OPENING = r"(?:nhiet liet )?(?:chao mung|chuc mung|ky niem|mung|don chao|vui don)\b"
_OPENS = re.compile(OPENING)
#: A greeting that opens an item of the chain: at the start, or after ")-", " - ", ". ", "; ".
_ITEM = re.compile(r"(?:^|\)\s*-\s*|\s-\s+|\.\s+|;\s*)" + OPENING)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BRACKETS = re.compile(r"\([^()]*\)")
_DAY = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b|\bngay \d")
#: How many greetings open an item of a marquee (two may be a headline's: review21).
MIN_ITEMS = 3


def is_marquee(folded: str) -> bool:
    """Is this line (folded, single-spaced) a marquee of greetings in a site's header?"""
    if not _OPENS.match(folded) or not _YEAR.search(folded):
        return False
    if sum(1 for _ in _ITEM.finditer(folded)) < MIN_ITEMS:
        return False
    return _DAY.search(_BRACKETS.sub(" ", folded)) is None
