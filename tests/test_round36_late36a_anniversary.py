"""Round 36 (late36a): "thiết lập *mối* quan hệ ngoại giao" names the founding "thiết lập quan hệ ngoại giao" does.

``known_anniversary`` (the table KNOWN_FOUNDINGS): "kỷ niệm 50 năm thiết lập mối quan hệ ngoại giao giữa Việt Nam và
Nhật Bản" -> 1973 + 50 = 2023, as without "mối". Sentences are our own, written for the shape; the counter-shapes
keep no year (they pass before and after the change).
"""

from __future__ import annotations

import pytest

from extract_support import main_event


# --- 1. "thiết lập mối quan hệ ngoại giao" ----------------------------------------------------------------------

def _anniversary_page(words: str, day: str = "Chiều 8-8") -> str:
    return ("Học sinh hai nước giao lưu tại thủ đô\n\n" + day + ", Sở Giáo dục và Đào tạo Hà Nội đón đoàn học sinh "
            "tỉnh Fukuoka (Nhật Bản) sang giao lưu văn hóa.\n\nHai bên trao đổi về chương trình học và tham quan "
            "trường. " + words + "\n")


@pytest.mark.parametrize("words, want", [
    # the shape as read before ("thiết lập quan hệ ngoại giao"), kept
    ("Đây là hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.", "2023-08-08"),
    # "mối" before "quan hệ": the same founding (1973 + 50)
    ("Đây cũng là hoạt động kỷ niệm 50 năm thiết lập mối quan hệ ngoại giao giữa Việt Nam và Nhật Bản.",
     "2023-08-08"),
    ("Chuyến giao lưu nằm trong chuỗi sự kiện nhân dịp kỷ niệm 50 năm Ngày thiết lập mối quan hệ ngoại giao "
     "Việt Nam – Nhật Bản.", "2023-08-08"),
    # looked ahead to (round 35's rule, now reached by "mối" too): before 21/9/2023, less than a year before it
    ("Hai bên sẽ phối hợp tổ chức nhiều hoạt động hướng tới kỷ niệm 50 năm thiết lập mối quan hệ ngoại giao "
     "giữa Việt Nam và Nhật Bản.", "2023-08-08"),
])
def test_a_known_founding_written_with_moi_gives_its_anniversary_year(words, want):
    assert main_event(_anniversary_page(words))["date"] == want


@pytest.mark.parametrize("words", [
    # prepared for: preparations may start more than a year ahead, an upper bound only
    "Hai bên đang chuẩn bị kỷ niệm 50 năm thiết lập mối quan hệ ngoại giao giữa Việt Nam và Nhật Bản.",
    # a relation the table does not hold (two schools' ties): no known founding
    "Đây là hoạt động kỷ niệm 10 năm thiết lập mối quan hệ hợp tác giữa hai trường.",
    # "mối quan hệ ngoại giao" with no anniversary counted: no cue
    "Hai bên khẳng định mối quan hệ ngoại giao giữa Việt Nam và Nhật Bản ngày càng bền chặt.",
])
def test_no_year_where_no_known_anniversary_is_held(words):
    assert main_event(_anniversary_page(words))["date"] == "--08-08"


def test_the_finder_reads_moi_as_the_same_founding():
    from hoptac.core.extract.anniversaries import known_anniversaries
    from hoptac.core.text import fold
    text = fold("Đây cũng là hoạt động kỷ niệm 50 năm thiết lập mối quan hệ ngoại giao giữa Việt Nam và Nhật Bản.")
    got = [(c.name, c.year, c.day_month) for c in known_anniversaries(text)]
    assert got == [("known_anniversary", 2023, (9, 21))]
