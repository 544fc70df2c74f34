"""A sentence that places the occasion just told inside a trip or a programme, and dates only that frame.

"Hai tỉnh vừa tổ chức hội đàm và ký kết biên bản ghi nhớ. Đây là hoạt động nằm trong khuôn khổ chuyến
thăm và làm việc của đoàn tỉnh B tại tỉnh A từ ngày 26 – 29/7.": the days are the trip's, but the occasion
the page reports is the one the sentence before tells (its talks), so that sentence's verb gives the type.
The frame must open its sentence and point back ("Đây là", "Hoạt động này", "Sự kiện"), so a lead that
itself reports the trip ("Trong khuôn khổ chuyến thăm … từ ngày …, đoàn đã …") is not one.
"""

from __future__ import annotations

import re

#: (name, example, pattern over the folded sentence's opening)
FRAMES: tuple[tuple[str, str, str], ...] = (
    ("this_is_an_activity_within",
     "Đây là hoạt động nằm trong khuôn khổ chuyến thăm và làm việc của đoàn tỉnh B tại tỉnh A từ ngày 26 – 29/7.",
     r"(?:day|do)\s+la\s+(?:mot\s+trong\s+(?:nhung|cac)\s+)?(?:hoat dong|su kien|noi dung)\s+"
     r"(?:nam\s+)?(?:trong\s+)+(?:khuon kho|chuong trinh|chuoi hoat dong)\b"),
    ("the_activity_is_within",
     "Hoạt động này nằm trong chương trình làm việc của đoàn tại tỉnh A từ ngày 5 đến 8/4.",
     r"(?:hoat dong|su kien)\s+(?:nay\s+|tren\s+)?(?:nam\s+)?(?:trong\s+)+(?:khuon kho|chuong trinh)\b"),
    # the meeting just told called by its kind, placed in a trip (late35a: "… vừa có cuộc tọa đàm … Chương trình
    # nằm trong khuôn khổ chuyến thăm và làm việc của …"); "nằm" makes it the sentence's verb, not a programme named
    ("the_programme_is_within",
     "Chương trình nằm trong khuôn khổ chuyến thăm và làm việc của Hội LHPN tỉnh A tại tỉnh B (từ ngày 5-8/4/2024).",
     r"(?:chuong trinh|buoi (?:toa dam|giao luu|lam viec|gap go|hoi dam)|cuoc (?:toa dam|gap go|hoi dam|lam viec))\s+"
     r"(?:nay\s+|tren\s+)?nam\s+(?:trong\s+)+khuon kho\b"),
    # the occasion just told named again with "này" and placed in a series of events (round 46, late46b: tour46b 12,
    # "… vừa ký các văn bản … Chương trình ký kết này được thực hiện trong loạt sự kiện … diễn ra từ ngày 9 – 13.3"):
    # "này" points back, so the days are the series', the type the sentence's before
    ("this_occasion_is_done_within",
     "Chương trình ký kết này được thực hiện trong loạt sự kiện của Lễ hội cà phê tỉnh C, diễn ra từ ngày 9 – 13/3.",
     r"(?:chuong trinh|hoat dong|su kien|buoi le|le)(?:\s+ky ket)?\s+nay\s+(?:duoc\s+)?(?:thuc hien|to chuc|dien ra)\s+"
     r"trong\s+(?:khuon kho|loat su kien|chuoi (?:hoat dong|su kien)|chuong trinh)\b"),
)

_FRAME = re.compile(r"\W*(?:" + "|".join(f"(?:{p})" for _, _, p in FRAMES) + ")")


def frames_the_occasion_before(folded_sentence: str) -> bool:
    """Does the sentence open by placing the occasion told before it inside a trip or a programme?"""
    return _FRAME.match(folded_sentence) is not None
