"""Round 35 (year35): a day and month with no year, where the page holds the year.

Rule kept: a known anniversary the occasion looks ahead to, named without its dates ("hướng tới kỷ niệm 70 năm
Chiến thắng Điện Biên Phủ"), bounds the occasion as the same anniversary written with its dates does
(year_ahead): before its day, and less than a year before the nearest one. Sentences are our own.
The reviewed period (a review of a period makes its signing earlier's) is in tests/test_year_signed_earlier.py since
round 36 (fold36), with the rule's other row.
"""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.text import fold


def _page(words: str, day: str = "Tối 4/12") -> str:
    return ("Tuần văn hóa miền núi tại thành phố\n\n" + day + ", tỉnh Điện Biên phối hợp với Thành phố Hồ Chí Minh khai "
            "mạc tuần văn hóa, du lịch tại phố đi bộ, " + words + ".\n\nHai bên trưng bày sản vật và biểu diễn nghệ "
            "thuật dân tộc.\n")


# --- the rule: a known day looked ahead to, without its dates --------------------------------------------------

@pytest.mark.parametrize("words, want", [
    # 7/5/2024 ahead, less than a year before it: December 2023
    ("hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "2023-12-04"),
    # two look-aheads: the nearest (7/5/2024) bounds from below, the later one (30/4/2025) from above only
    ("hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và tiến tới kỷ niệm 50 năm ngày giải phóng miền Nam",
     "2023-12-04"),
    # a known founding (5/9/1962 + 60): 5/9/2022 ahead
    ("hướng tới kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào", "2021-12-04"),
    # the Capital's liberation day (10/10/1954 + 70) ahead
    ("chào đón kỷ niệm 70 năm Ngày Giải phóng Thủ đô", "2023-12-04"),
])
def test_a_known_anniversary_looked_ahead_to_gives_the_year_before_it(words, want):
    assert main_event(_page(words))["date"] == want


def test_the_day_after_the_anniversary_in_its_month_is_the_year_before():
    # 20/5 is after 7/5: the occasion comes before 7/5/2024 and less than a year before it, so 20/5/2023
    assert main_event(_page("hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "Tối 20/5"))["date"] == "2023-05-20"


# --- counter-examples: no year ----------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    # preparations may start more than a year ahead: an upper bound only
    "chuẩn bị kỷ niệm 70 năm Chiến thắng Điện Biên Phủ",
    # held for the anniversary, not ahead of it: the known_anniversary cue's business (its own year), not a bound
    "trong chuỗi hoạt động đã diễn ra nhân dịp mừng xuân",
    # an anniversary of a day not in the table: no day known
    "hướng tới kỷ niệm 20 năm thành lập câu lạc bộ",
    # "hướng tới" that is not before "kỷ niệm": no look-ahead
    "hướng tới phát triển du lịch bền vững, kỷ niệm đẹp cho du khách",
])
def test_no_year_without_a_known_day_looked_ahead_to(words):
    assert main_event(_page(words))["date"] == "--12-04"


def test_the_finder_reads_the_day_and_the_word():
    from hoptac.core.extract.anniversaries import known_days_ahead
    text = fold("Hoạt động hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và chuẩn bị kỷ niệm 45 năm "
                "Ngày ký Hiệp ước hữu nghị và hợp tác Việt Nam - Lào.")
    got = [(w, d.isoformat()) for w, _, d, _, _ in known_days_ahead(text, (0, len(text)))]
    assert got == [("huong toi", "2024-05-07"), ("chuan bi", "2022-07-18")]


def test_a_look_ahead_outside_the_body_is_not_read():
    from hoptac.core.extract.anniversaries import known_days_ahead
    text = fold("Tin liên quan: hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ")
    assert known_days_ahead(text, (0, 10)) == []


def test_a_related_title_looking_ahead_is_another_articles():
    from hoptac.core.extract.anniversaries import known_days_ahead
    text = fold("Hai bên trao quà.\nHướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, học sinh thi tìm hiểu lịch sử")
    teaser = (text.index("huong"), len(text))
    assert known_days_ahead(text, (0, len(text)), skip=[teaser]) == []
    assert len(known_days_ahead(text, (0, len(text)))) == 1
