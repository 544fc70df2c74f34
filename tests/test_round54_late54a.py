"""Round 54 (late54a): anniversaries looked ahead to, in sentences written for this test -- "hướng đến" is "hướng
tới" (anniversaries.AHEAD_WORDS), and the greeting or holding may stand between the look-ahead word and "kỷ niệm"
("hướng tới chào mừng kỷ niệm …", "tiến tới tổ chức lễ kỷ niệm …", "chuẩn bị chào mừng kỷ niệm …":
anniversaries.AHEAD_BETWEEN), with the anniversary's dates written or a known day without them. A run-up activity
gets both bounds (before the day, less than a year before it); one being prepared the upper bound only, so no year
(round 19's decided split, kept: preparations for a round anniversary may start more than a year before its day).
And the shapes next to them that must not change (a wrong year is worse than none)."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.text import fold


def _page(words: str, day: str = "Tối 4/12") -> str:
    return ("Tuần văn hóa vùng cao tại thành phố\n\n" + day + ", tỉnh Lai Châu phối hợp với thành phố Cần Thơ khai "
            "mạc tuần văn hóa, ẩm thực tại công viên bờ sông, " + words + ".\n\nHai bên giới thiệu đặc sản và biểu "
            "diễn văn nghệ dân gian.\n")


# --- AHEAD_WORDS: "hướng đến" looks ahead as "hướng tới" does -----------------------------------------------------

@pytest.mark.parametrize("words, want", [
    # a known day (7/5/1954 + 70) ahead: before 7/5/2024 and less than a year before it (before: the cue of the
    # anniversary held, 2024 -- a wrong year)
    ("hướng đến kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "2023-12-04"),
    # its dates written (20/10/2025 ahead)
    ("hướng đến kỷ niệm 25 năm thành lập hội hữu nghị hai tỉnh (20/10/2000 - 20/10/2025)", "2024-12-04"),
])
def test_huong_den_looks_ahead_as_huong_toi(words, want):
    assert main_event(_page(words))["date"] == want


# --- AHEAD_BETWEEN: the greeting or holding between the look-ahead word and "kỷ niệm" ------------------------------

@pytest.mark.parametrize("words, want", [
    ("hướng tới chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "2023-12-04"),
    ("tiến tới tổ chức lễ kỷ niệm 70 năm Ngày Giải phóng Thủ đô", "2023-12-04"),
    ("hướng tới chào mừng kỷ niệm 25 năm thành lập hội hữu nghị hai tỉnh (20/10/2000 - 20/10/2025)", "2024-12-04"),
])
def test_a_greeting_between_the_look_ahead_and_the_anniversary(words, want):
    assert main_event(_page(words))["date"] == want


def test_the_finder_reads_a_preparation_with_its_greeting():
    from hoptac.core.extract.anniversaries import known_days_ahead
    text = fold("Hai bên chú trọng chuẩn bị chào mừng kỷ niệm 60 năm quan hệ ngoại giao Lào - Việt Nam và hướng đến "
                "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.")
    got = [(w, d.isoformat()) for w, _, d, _, _ in known_days_ahead(text, (0, len(text)))]
    assert got == [("chuan bi", "2022-09-05"), ("huong den", "2024-05-07")]


def test_a_preparation_bounds_the_year_from_above():
    from hoptac.core.extract.year_ahead import ahead_of_anniversaries
    text = fold("Ngày 19/2, hai tỉnh hội đàm. Hai bên chú trọng chuẩn bị chào mừng kỷ niệm 60 năm quan hệ ngoại giao "
                "Lào - Việt Nam.")
    got = [(b.name, b.day.isoformat()) for b in ahead_of_anniversaries(text, [], None, (0, len(text)))]
    assert got == [("ahead_of_anniversary", "2022-09-05")]   # and no before_plan: preparations


# --- counter-shapes: what must not change ------------------------------------------------------------------------

@pytest.mark.parametrize("words, day, want", [
    # preparing, even with its greeting and the anniversary's day later in the year: an upper bound only, no year
    # (the occasion may be of the year before: preparations start early)
    ("hai bên chú trọng chuẩn bị chào mừng kỷ niệm 60 năm quan hệ ngoại giao Lào - Việt Nam", "Ngày 19/2", "--02-19"),
    ("chuẩn bị tổ chức kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "Tối 4/12", "--12-04"),
    ("chuẩn bị kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "Tối 4/12", "--12-04"),
    # held for the anniversary, not ahead of it: the known_anniversary cue's own year
    ("nhân dịp chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "Tối 4/5", "2024-05-04"),
    # "hướng đến" not before "kỷ niệm": no look-ahead
    ("hướng đến phát triển du lịch xanh, để lại kỷ niệm đẹp cho du khách", "Tối 4/12", "--12-04"),
    # a look-ahead to an anniversary of a day not in the table: no day known
    ("hướng đến chào mừng kỷ niệm 20 năm thành lập câu lạc bộ", "Tối 4/12", "--12-04"),
])
def test_what_must_not_change(words, day, want):
    assert main_event(_page(words, day))["date"] == want
