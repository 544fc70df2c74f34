"""A site's section label above the headline: chrome, never the headline (used by :mod:`page_lines`).

Provincial papers and portals print the section an article sits in on its own line over the headline
("Văn hóa - Du lịch", "Thông tin - Sự kiện", "Tin tức và Sự kiện", "Thời sự Bình Dương"); with four
words or more it read as a headline, and the page's real headline became a teaser or the body's first
line. A label is a line made only of section words (the table), joined by "-", "–", "/", "&", "|", ","
or "và", optionally followed by the site's province ("Thời sự Bình Dương", "Tin tức Kon Tum"). A
headline always says more: a verb, a partner, an occasion.

Section words (folded), each as a site prints it:

==========================  ====================================
section words               example line
==========================  ====================================
thoi su, tin tuc, su kien   "Thời sự Bình Dương", "Tin tức sự kiện"
thong tin, tin hoat dong    "Thông tin - Sự kiện"
van hoa, du lich, the thao  "Văn hóa - Du lịch"
quoc phong, an ninh         "Quốc phòng - An ninh"
chinh tri, kinh te, xa hoi  "Chính trị - Xã hội"
nghien cuu, du lieu         "Nghiên cứu - Dữ liệu"
doi ngoai, hop tac quoc te  "Đối ngoại - Hợp tác quốc tế"
tim kiem tin tuc            "Tìm kiếm tin tức" (a search box's caption)
tat ca chuyen muc           "Tất cả chuyên mục"
tu tuong ho chi minh        "Tư tưởng Hồ Chí Minh" (a standing column)
==========================  ====================================

A breadcrumb may number its items ("1. Trang chủ", "2. Tin tức", "3. Tin tức của trường"), and a school's or an office's
site names its own unit after the section ("Tin tức của trường", "Hoạt động nhà trường", "Tin tức đơn vị"): both
labels still (round 57).

A label may name a special day's column after it, a day and a month ("Tư tưởng Hồ Chí Minh 20 tháng 11":
the column, then the menu's item for Teachers' Day, 20 November): read over a page that opens with its lead,
it was the headline. Only after a section word: a day alone is a date's business, never a label.

A reader's widgets on a line of their own are no headline either: "Xem với cỡ chữ Tương phản", "Từ
viết tắt Đọc bài viết", and the read-aloud player's lines ("× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc
Đang tải...", "Vui lòng chờ giây lát", "× Bài viết không có file audio").
"""

from __future__ import annotations

import re
from functools import lru_cache

SECTION_WORDS = (
    "thoi su", "tin tuc", "su kien", "tin tuc su kien", "thong tin", "tin hoat dong", "hoat dong",
    "tin noi bat", "tin moi", "tieu diem", "van hoa", "du lich", "the thao", "quoc phong", "an ninh",
    "chinh tri", "kinh te", "xa hoi", "nghien cuu", "du lieu", "doi ngoai", "hop tac quoc te", "quoc te",
    "hop tac", "giao duc", "y te", "phap luat", "nong nghiep", "dia phuong", "trong nuoc", "the gioi",
    "tim kiem tin tuc", "tat ca chuyen muc", "chuyen muc", "multimedia", "doc bao in",
    "tu tuong ho chi minh",
)
_WORD = "(?:" + "|".join(sorted((re.escape(w) for w in SECTION_WORDS), key=len, reverse=True)) + ")"
_JOIN = r"\s*(?:-|–|/|&|\||,|\bva\b)?\s*"
# a reader's widgets printed as a line of their own ("Xem với cỡ chữ Tương phản", "Từ viết tắt Đọc bài
# viết", "Nghe đọc bài"): no headline either
READER_WIDGETS_RE = re.compile(r"^(?:(?:xem voi\s+)?co chu|tuong phan|tu viet tat|doc bai viet|nghe doc bai(?: viet)?)"
                               r"(?:\s*[|,]?\s*(?:(?:xem voi\s+)?co chu|tuong phan|tu viet tat|doc bai viet|nghe doc bai(?: viet)?))*\s*$")
# the read-aloud player many portals print ("× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...",
# "Vui lòng chờ giây lát", "× Bài viết không có file audio")
READ_ALOUD_RE = re.compile(r"^[×x]?\s*(?:(?:doc bai viet|tam dung|doc tiep|dung doc|dang tai)[.…]*\s*){2,}$"
                           r"|^vui long cho giay lat[.…]*$|^[×x]?\s*bai viet khong co file (?:audio|am thanh)[.…]*$")
# the label, a special day's column ("20 thang 11"), then at most three words of the site's province
# ("thoi su binh duong")
# (round 57) a breadcrumb's item number before it ("3. Tin tức của trường", under "1. Trang chủ", "2. Tin tức"), and the
# site's own unit after it ("Tin tức của trường", "Hoạt động nhà trường", "Tin tức đơn vị"): a school's or an office's site
SECTION_LABEL_RE = re.compile(rf"^(?:\d{{1,2}}\.\s*)?{_WORD}(?:{_JOIN}{_WORD})*(?:\s+\d{{1,2}} thang \d{{1,2}})?"
                              rf"(?:\s+(?:cua\s+)?(?:nha truong|truong|don vi|co quan|nganh)\b)?"
                              rf"(?:\s+([a-z]+(?:\s+[a-z]+){{0,2}}))?\s*$")


def is_section_label(folded: str, province_names: frozenset[str] | None = None) -> bool:
    """'Văn hóa - Du lịch', 'Thời sự Bình Dương' (with the province: ``province_names`` are folded
    names, e.g. 'binh duong'); not 'Thời sự: Huyện A đón đoàn huyện B'."""
    line = folded.strip()
    if not line or len(line) > 60:
        return False
    if READER_WIDGETS_RE.match(line) or READ_ALOUD_RE.match(line):
        return True
    m = SECTION_LABEL_RE.match(line)
    if m is None:
        return False
    tail = m.group(1)
    return tail is None or (province_names is not None and tail in province_names)


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """The 63 provinces' folded names ('binh duong', 'kon tum'), for a label's tail."""
    from ..places import provinces
    from ..text import fold
    return frozenset(fold(p) for p in provinces())
