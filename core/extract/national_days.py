"""A national day's own date written right after its name (late54f): "… 72 năm Ngày Thương binh Liệt sỹ 27/7,
hướng tới … Quốc khánh 2/9, tối 30/7/2019, …" -- the days a celebration's list names, far from "nhân dịp" (the
celebrated day of verdict_shapes._CELEBRATED) and with no bracket (_ANNIV_BEFORE): the holiday's date, not an
occasion the page reports. Read only when the day and month written are the holiday's own ("Quốc khánh 3/9" keeps
its reading) and the name stands right before them (not "Sáng 27/7, … nhân Ngày Thương binh – Liệt sĩ").
"""

from __future__ import annotations

import re

#: (name pattern, folded; a literal the name holds; day; month; an example). The literal is tested before the
#: pattern; the pattern must end right before the day (an optional "ngày" between).
NATIONAL_DAYS: tuple[tuple[str, str, int, int, str], ...] = (
    (r"thuong binh\W{1,4}liet s[iy]", "liet s", 27, 7, "kỷ niệm 72 năm Ngày Thương binh - Liệt sĩ 27/7"),
    (r"quoc khanh(?:\s+viet nam)?", "quoc khanh", 2, 9, "hướng tới Cách mạng tháng Tám thành công và Quốc khánh 2/9"),
    (r"nha giao viet nam", "nha giao", 20, 11, "chào mừng 40 năm Ngày Nhà giáo Việt Nam 20/11"),
    (r"quoc te phu nu", "phu nu", 8, 3, "kỷ niệm 114 năm Ngày Quốc tế Phụ nữ 8/3"),
    (r"phu nu viet nam", "phu nu", 20, 10, "93 năm Ngày Phụ nữ Việt Nam 20/10"),
    (r"giai phong (?:hoan toan )?mien nam(?:\W{1,3}thong nhat dat nuoc)?", "mien nam", 30, 4,
     "48 năm Ngày Giải phóng miền Nam, thống nhất đất nước 30/4"),
    (r"quoc te lao dong", "lao dong", 1, 5, "137 năm Ngày Quốc tế Lao động 1/5"),
    (r"thay thuoc viet nam", "thay thuoc", 27, 2, "kỷ niệm Ngày Thầy thuốc Việt Nam 27/2"),
    (r"bien phong toan dan", "bien phong", 3, 3, "Ngày Biên phòng toàn dân 3/3"),
    (r"quan doi nhan dan(?:\s+viet nam)?", "quan doi", 22, 12, "79 năm Ngày thành lập Quân đội nhân dân Việt Nam 22/12"),
    (r"thanh lap dang(?:\s+cong san viet nam)?", "thanh lap dang", 3, 2, "94 năm Ngày thành lập Đảng 3/2"),
    (r"quoc khanh\s+(?:nuoc\s+)?(?:(?:cong hoa dan chu nhan dan|chdcnd)\s+)?lao", "lao", 2, 12,
     "chúc mừng 48 năm Quốc khánh Lào 2/12"),
)

#: (day, month) -> [(literal, the name right before the day)]
_BY_DAY: dict[tuple[int, int], list[tuple[str, re.Pattern]]] = {}
for _p, _lit, _d, _mo, _ in NATIONAL_DAYS:
    _BY_DAY.setdefault((_d, _mo), []).append((_lit, re.compile(rf"\b(?:{_p})\s*(?:ngay\s+)?$")))
#: the days of the table: a set look-up before any text is read (judge asks it of every day without a year)
NATIONAL_DAY_DATES = frozenset(_BY_DAY)


def national_day(near: str, day: int | None, month: int | None) -> bool:
    """Is the day-month the fixed date of the national day named right before it (``near``: the folded text
    before the day)? A dict look-up on the day first, then a literal, then the pattern."""
    names = _BY_DAY.get((day, month))
    if names is None:
        return False
    n = near[-60:]
    return any(lit in n and rx.search(n) for lit, rx in names)
