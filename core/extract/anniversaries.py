"""Anniversaries of foundings a page names without their date: "dịp kỷ niệm 50 năm Quốc khánh
nước CHDCND Lào" (2/12/1975 -> 2025), "kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam -
Hàn Quốc" (1992 -> 2022), "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ" (1954 -> 2024). The foundings are a reviewed table (:data:`KNOWN_FOUNDINGS`); the
cue is the row ``known_anniversary`` of :data:`~hoptac.core.extract.year_cues.CUES`. And the national Party
Congresses a page greets ahead ("tiến tới chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng":
the months before January 2026), a reviewed table too (:data:`KNOWN_CONGRESSES`, cue ``party_congress``).
Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from .occasions_ahead import told_ahead
from .year_cues import YearCue, _cue

__all__ = ["KNOWN_FOUNDINGS", "NATIONAL_DAYS", "ANNIVERSARY_YEARS", "KNOWN_CONGRESSES", "AHEAD_WORDS", "AHEAD_BETWEEN",
           "known_anniversaries", "known_days_ahead"]

#: Foundings that Vietnamese pages celebrate by their anniversary without giving the date:
#: (occasion, the other country's names (folded), year, the founding's date as written).
#: Only what is Vietnam's own is read from "Việt Nam" (its national day).
KNOWN_FOUNDINGS: tuple[tuple[str, tuple[str, ...], int, str], ...] = (
    ("quoc khanh", ("viet nam", "nuoc viet nam dan chu cong hoa", "nuoc cong hoa xa hoi chu nghia viet nam"),
     1945, "2/9/1945"),
    ("quoc khanh", ("lao", "chdcnd lao", "cong hoa dan chu nhan dan lao"), 1975, "2/12/1975"),
    ("quan he ngoai giao", ("lao",), 1962, "5/9/1962"),
    ("quan he ngoai giao", ("campuchia",), 1967, "24/6/1967"),
    ("quan he ngoai giao", ("trung quoc",), 1950, "18/1/1950"),
    ("quan he ngoai giao", ("nhat ban",), 1973, "21/9/1973"),
    ("quan he ngoai giao", ("han quoc",), 1992, "22/12/1992"),
    ("quan he ngoai giao", ("thai lan",), 1976, "6/8/1976"),
    ("quan he ngoai giao", ("phap", "cong hoa phap"), 1973, "12/4/1973"),
    ("quan he ngoai giao", ("hoa ky", "my"), 1995, "12/7/1995"),
    ("quan he ngoai giao", ("nga", "lien bang nga", "lien xo"), 1950, "30/1/1950"),
    ("quan he ngoai giao", ("an do",), 1972, "7/1/1972"),
    ("quan he ngoai giao", ("cuba",), 1960, "2/12/1960"),
    ("quan he ngoai giao", ("duc",), 1975, "23/9/1975"),
    ("quan he ngoai giao", ("singapore",), 1973, "1/8/1973"),
    ("quan he ngoai giao", ("australia", "uc", "o-xtray-li-a"), 1973, "26/2/1973"),
    ("quan he ngoai giao", ("mong co",), 1954, "17/11/1954"),
    ("hiep uoc huu nghi va hop tac", ("lao",), 1977, "18/7/1977"),
)
_KNOWN = {}
_DAY_OF = {}   # the founding's day and month, (month, day)
for _occ, _names, _year, _written in KNOWN_FOUNDINGS:
    for _n in _names:
        _KNOWN[(_occ, _n)] = _year
        _d, _m, _ = map(int, _written.split("/"))
        _DAY_OF[(_occ, _n)] = (_m, _d)
#: Days of the nation a page celebrates by their anniversary without the date: (the name as written
#: after "kỷ niệm N năm [Ngày]", folded, as a regex; the year; the day as written). "Chiến thắng Điện Biên
#: Phủ trên không" (12/1972) is not Điện Biên Phủ (5/1954); "Ngày Giải phóng miền Nam, thống nhất đất
#: nước" is 30/4/1975. A name cut off by the page's end keeps its first letters: "… Chiến thắng Điện
#: Biên Ph" at the end of an excerpt is still 1954.
NATIONAL_DAYS: tuple[tuple[str, str, int, str], ...] = (
    ("chien thang dien bien phu", "tren khong", 1954, "7/5/1954"),
    ("giai phong mien nam", "", 1975, "30/4/1975"),
    ("cach mang thang tam", "", 1945, "19/8/1945"),
    ("thanh lap dang cong san viet nam", "", 1930, "3/2/1930"),
    ("thanh lap quan doi nhan dan viet nam", "", 1944, "22/12/1944"),
    ("sinh chu tich ho chi minh", "", 1890, "19/5/1890"),
    ("giai phong thu do", "", 1954, "10/10/1954"),
    # the capital's founding, counted in thousands ("Đại lễ kỷ niệm 1.000 năm Thăng Long - Hà Nội": 2010;
    # "kỷ niệm 1015 năm Thăng Long – Hà Nội": 2025), its anniversaries kept on 10 October (round 38, late38d)
    ("thang long", "", 1010, "10/10/1010"),
)
#: The years an anniversary of the table may fall in: the pages report occasions of these years only, so a count
#: that lands outside them ("kỷ niệm 15 năm Thăng Long", a typo, or a founding named for another count) is no cue.
ANNIVERSARY_YEARS = (1900, 2100)
#: ... greeted as well as kept: "chào mừng 49 năm Ngày Giải phóng miền Nam" (an occasion held for it, as "kỷ niệm")
#: (the count up to three digits, or in thousands written with or without the dot: "1.000 năm", "1015 năm")
_NUMBER = r"(?:ky niem|chao mung)\s+(?:lan thu\s+)?(\d{1,3}(?:\.?\d{3})?)\s+nam\s+(?:ngay\s+)?"
_NATIONAL = [(re.compile(_NUMBER + re.escape(name) + (rf"\b(?!\s+{not_after})" if not_after else r"\b")), year, written)
             for name, not_after, year, written in NATIONAL_DAYS]
#: ... and cut off at the page's end after its last word's first letter
_NATIONAL_CUT = [(re.compile(_NUMBER + re.escape(name.rsplit(" ", 1)[0]) + r"\s+" + re.escape(name.rsplit(" ", 1)[1][0])
                             + r"[a-z]*\s*$"), year, written) for name, _, year, written in NATIONAL_DAYS]
#: ... every one of them opens with the count: where it does not follow, none can match (its look-ahead
#: tests, _LOOKS_AHEAD and told_ahead, are not asked: most "kỷ niệm" of a page count no years)
_NUMBER_AT = re.compile(_NUMBER)
#: The founding's name after "kỷ niệm N năm" -- or after "(nhân) dịp N năm", "chào mừng N năm" with no "kỷ niệm"
#: ("Nhân dịp 60 năm Ngày thiết lập quan hệ ngoại giao và 45 năm ký kết Hiệp ước hữu nghị hợp tác Việt Nam - Lào"):
#: the treaty is written with or without its "và" ("Hiệp ước hữu nghị hợp tác"), signed as "ký" or "ký kết";
#: two anniversaries joined by "và" share the country named after the second. "mối quan hệ ngoại giao" is the same
#: relation ("kỷ niệm 50 năm thiết lập mối quan hệ ngoại giao giữa Việt Nam và Nhật Bản": 2023; round 36, late36a).
#: The ordinal stands without "năm" too (round 61: "kỷ niệm lần thứ 63 Quốc khánh 2/9 và 35 năm thiết lập quan hệ
#: ngoại giao Việt Nam - Australia": the 63rd National Day, 2008); a count alone is one of years ("N năm").
_KNOWN_ANNIV = re.compile(r"(?:ky niem|dip|chao mung)\s+(?P<nth>lan thu\s+)?(?P<n>\d{1,3})\s+(?(nth)(?:nam\s+)?|nam\s+)"
                          r"(?:ngay\s+)?(?:(?:thiet lap|ky(?: ket)?)\s+)?(?:moi\s+(?=quan he))?"
                          r"(?P<occ>quoc khanh|quan he ngoai giao|hiep uoc huu nghi (?:va )?hop tac)\b(?P<tail>[^.;:\n(]{0,70})")
#: A founding's name as matched -> its key in KNOWN_FOUNDINGS.
_OCCASION_KEY = {"hiep uoc huu nghi hop tac": "hiep uoc huu nghi va hop tac"}
# ... with "(Đại) lễ" before "kỷ niệm" too (round 62: "hướng tới Đại lễ kỷ niệm 1.000 năm Thăng Long – Hà Nội" on 23/11
# was read 2010; the celebration of 10/10/2010 was still ahead, the occasion in 2009)
_LOOKS_AHEAD = re.compile(r"\b(?:huong toi|huong den|tien toi|chuan bi|se)\s+(?:(?:chao mung|to chuc)\s+)?(?:(?:dai\s+)?le\s+)?$")


#: National Party Congresses held in January, by number: (roman, arabic, year). An occasion "chào mừng
#: Đại hội XIV của Đảng" comes in the months before it (the cue ``party_congress``).
KNOWN_CONGRESSES: tuple[tuple[str, str, int], ...] = (
    ("xi", "11", 2011), ("xii", "12", 2016), ("xiii", "13", 2021), ("xiv", "14", 2026),
)
_CONGRESS_YEAR = {n: y for r, a, y in KNOWN_CONGRESSES for n in (r, a)}
#: "tiến tới chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "hướng tới Đại hội XIII của Đảng",
#: "chào mừng Đại hội Đảng toàn quốc lần thứ XIV": the national congress ('toàn quốc' or 'của Đảng'), not a
#: province's ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV"), greeted ahead (not "chào mừng thành công").
_CONGRESS = re.compile(r"\b(?:chao mung|huong toi|tien toi)\s+dai hoi\s+(?:dai bieu\s+)?(?:(?P<nat>(?:dang\s+)?toan quoc)\s+)?"
                       r"(?:lan thu\s+)?(?P<n>xiv|xiii|xii|xi|1[1-4])\b(?P<of>\s+cua dang)?")


def _congress_cues(folded: str, skip) -> list[YearCue]:
    """'tiến tới chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng' -> 2026 (:data:`KNOWN_CONGRESSES`)."""
    out = []
    i = folded.find("dai hoi")
    while i >= 0:
        m = _CONGRESS.search(folded, max(0, i - 12), i + 80)
        if m and m.start() <= i and (m.group("nat") or m.group("of")) and not any(a <= i < b for a, b in skip):
            out.append(_cue("party_congress", _CONGRESS_YEAR[m.group("n")], m.start("n"), m.start(), m.end()))
        i = folded.find("dai hoi", i + 7)
    return out


def known_anniversaries(folded: str, skip: Sequence[tuple[int, int]] = ()) -> list[YearCue]:
    """'dịp kỷ niệm 50 năm Quốc khánh CHDCND Lào' -> 2025 (:data:`KNOWN_FOUNDINGS`), read
    in the folded text (offsets shared with the text); ``skip``: spans to leave out
    (related titles)."""
    out = []
    i = folded.find("ky niem")
    while i >= 0:
        m = _KNOWN_ANNIV.match(folded, i, i + 200)
        if m:
            out += _known(folded, i, m, skip)
        if m is None and _NUMBER_AT.match(folded, i) is not None and not _LOOKS_AHEAD.search(folded, max(0, i - 24), i) \
                and not told_ahead(folded, i):
            out += _national(folded, i, skip)
        i = folded.find("ky niem", i + 7)
    i = folded.find("chao mung")
    while i >= 0:   # "chào mừng 49 năm Ngày Giải phóng miền Nam" (not "chào mừng kỷ niệm …": read above)
        if folded[i + 10:i + 11].isdigit() and not _LOOKS_AHEAD.search(folded, max(0, i - 24), i) \
                and not told_ahead(folded, i):
            out += _national(folded, i, skip)
            if m := _KNOWN_ANNIV.match(folded, i, i + 200):
                out += _known(folded, i, m, skip)   # "chào mừng 60 năm thiết lập quan hệ ngoại giao …"
        i = folded.find("chao mung", i + 9)
    i = folded.find("dip ")
    while i >= 0:   # "Nhân dịp 60 năm Ngày thiết lập quan hệ ngoại giao … Việt Nam – Lào" (no "kỷ niệm")
        if folded[i + 4:i + 5].isdigit() and (m := _KNOWN_ANNIV.match(folded, i, i + 200)):
            out += _known(folded, i, m, skip)
        i = folded.find("dip ", i + 4)
    if "dai hoi" in folded:
        out += _congress_cues(folded, skip)   # a Party Congress greeted ahead ("chào mừng Đại hội XIV của Đảng")
    return out


def _known(folded: str, i: int, m: re.Match, skip) -> list[YearCue]:
    """The known founding's anniversary matched at ``i`` by :data:`_KNOWN_ANNIV` (``m``), when it names one country
    of :data:`KNOWN_FOUNDINGS` and is not told ahead: 'dịp kỷ niệm 50 năm Quốc khánh CHDCND Lào' -> 2025."""
    if any(a <= i < b for a, b in skip) or _LOOKS_AHEAD.search(folded, max(0, i - 24), i) or told_ahead(folded, i):
        return []   # "gửi lời mời … sang dự lễ kỷ niệm 50 năm Quốc khánh …": ahead
    f = _founding(m)
    return [] if f is None else [_cue("known_anniversary", f[0], m.start("n"), i, f[2], f[1])]


def _founding(m: re.Match) -> tuple[int, tuple[int, int] | None, int] | None:
    """The known founding :data:`_KNOWN_ANNIV` matched (``m``): (the anniversary's year, the founding's
    (month, day) when one, the end of its words), or None when it names no one country of the table."""
    n, occasion = int(m.group("n")), _OCCASION_KEY.get(m.group("occ"), m.group("occ"))
    tail = " " + " ".join(re.split(r"[\s,–-]+", m.group("tail"))) + " "
    found = [(y, name) for (occ, name), y in _KNOWN.items() if occ == occasion and f" {name} " in tail
             and not (name == "viet nam" and occasion != "quoc khanh")]
    if occasion == "quoc khanh" and len({y for y, _ in found}) > 1:
        found = [f for f in found if f[0] != 1945]   # "Quốc khánh nước CHDCND Lào" beside "Việt Nam"
    if len({y for y, _ in found}) != 1 or not 0 < n < 150:
        return None
    ends = [x.end() for _, name in found
            if (x := re.search(r"\b" + r"[\s,–-]+".join(map(re.escape, name.split())) + r"\b", m.group("tail")))]
    end = m.start("tail") + max(ends) if ends else m.end("occ")   # the cue's words run to the country's name
    day = {_DAY_OF[(occasion, name)] for _, name in found}
    return found[0][0] + n, day.pop() if len(day) == 1 else None, end


def _national(folded: str, i: int, skip) -> list[YearCue]:
    """'kỷ niệm 70 năm Chiến thắng Điện Biên Phủ' at ``i`` -> 2024 (:data:`NATIONAL_DAYS`); a name cut
    off by the page's end is read by its first letters, even in a line taken for a related title."""
    for rx, year, written in _NATIONAL:
        m = rx.match(folded, i, i + 120)
        if m is not None and not any(a <= i < b for a, b in skip):
            break
    else:
        for rx, year, written in _NATIONAL_CUT:
            m = rx.match(folded, i)
            if m is not None:
                break
        else:
            return []
    n = int(m.group(1).replace(".", ""))
    if not (0 < n < 150 or n >= 1000) or not ANNIVERSARY_YEARS[0] <= year + n <= ANNIVERSARY_YEARS[1]:
        return []   # (a count of a thousand years and more: only the capital's founding lands in the table's years)
    d, mo, _ = map(int, written.split("/"))
    return [_cue("known_anniversary", year + n, m.start(1), i, m.end(), (mo, d))]


#: The words that look ahead to an anniversary before its "(lễ) kỷ niệm" (year_ahead.LOOKS_AHEAD's too): "hướng
#: tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ" told before 7/5/2024; "hướng đến" is "hướng tới" (round 54).
AHEAD_WORDS = r"(?P<word>huong toi|huong den|tien toi|chuan bi|chao don)"
#: ... with the greeting or holding they look ahead to between them and "(lễ) kỷ niệm" (round 54, late54a): "chuẩn bị
#: chào mừng kỷ niệm 60 năm quan hệ ngoại giao …", "tiến tới tổ chức lễ kỷ niệm …" (the words _LOOKS_AHEAD allows).
AHEAD_BETWEEN = r"(?:(?:chao mung|to chuc)\s+)?"
_AHEAD_WORD = re.compile(r"\b" + AHEAD_WORDS + r"\s+" + AHEAD_BETWEEN + r"(?:(?:dai\s+)?le\s+)?$")
#: How far before "kỷ niệm" _AHEAD_WORD is looked for ("huong den chao mung le ": 23 characters).
_AHEAD_REACH = 32


def known_days_ahead(folded: str, span: tuple[int, int],
                     skip: Sequence[tuple[int, int]] = ()) -> list[tuple[str, int, date, int, int]]:
    """The known anniversaries (:data:`KNOWN_FOUNDINGS`, :data:`NATIONAL_DAYS`) the body (``span``) looks
    ahead to without their dates, each (the look-ahead word, its start, the anniversary's day, the words'
    start and end): 'hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ' -> 7/5/2024. What year_ahead
    reads from an anniversary written with its dates ('(7/5/1954 - 7/5/2024)'); no cue of the year. ``skip``:
    spans to leave out (related titles: another article's look-ahead)."""
    out = []
    b0, b1 = span
    i = folded.find("ky niem", b0, b1)
    while i >= 0:
        look = _AHEAD_WORD.search(folded, max(b0, i - _AHEAD_REACH), i)
        hit = None
        if any(a <= i < b for a, b in skip):
            look = None
        if look is not None and (m := _KNOWN_ANNIV.match(folded, i, i + 200)) is not None:
            f = _founding(m)
            hit = (f[0], f[1], f[2]) if f is not None and f[1] is not None else None
        elif look is not None and _NUMBER_AT.match(folded, i) is not None and (c := _national(folded, i, ())):
            hit = (c[0].year, c[0].day_month, c[0].end)
        if hit is not None:
            (mo, d) = hit[1]
            try:
                out.append((look.group("word"), look.start(), date(hit[0], mo, d), i, hit[2]))
            except ValueError:
                pass
        i = folded.find("ky niem", i + 7, b1)
    return out
