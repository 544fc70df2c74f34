"""Domestic cooperation pages (round 19, set dom19), in sentences written for this test: a
trip's days told first as the frame of the day the lead then dates ("Trong khuôn khổ
chuyến thăm … (3/4 - 6/4), ngày 5/4, đoàn làm việc với …"): the day is the occasion."""

from __future__ import annotations

import pytest

from extract_support import lead_event
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.trip_frames import framed_day
from hoptac.core.text import fold


@pytest.mark.parametrize("lead, want", [
    ("Trong khuôn khổ chương trình thăm các tỉnh phía Nam (3/4 - 6/4), ngày 5/4, đoàn đại biểu thành phố "
     "Hải Phòng đã làm việc với Ban Thường vụ Tỉnh ủy Sóc Trăng.", "--04-05"),
    ("Nhân chuyến công tác tại các tỉnh Tây Nguyên từ ngày 8 đến 11/9/2023, sáng 9/9, đoàn đại biểu tỉnh "
     "Bắc Ninh đã làm việc với lãnh đạo tỉnh Gia Lai.", "2023-09-09"),
    ("Trong chuyến thăm các tỉnh miền Trung từ 12-14/10/2022, chiều 13/10, lãnh đạo tỉnh Vĩnh Long đã "
     "hội đàm với lãnh đạo tỉnh Quảng Ngãi.", "2022-10-13"),
    ("Nằm trong chương trình công tác từ 2 - 4/6/2021, tối 3/6, tỉnh Thái Bình và tỉnh Kiên Giang đã "
     "ký kết chương trình hợp tác.", "2021-06-03"),
    ("Tiếp tục chương trình thăm và làm việc tại các tỉnh Bắc Lào (từ 5 - 8/6/2024), sáng 7/6, đoàn đại biểu "
     "tỉnh Thanh Hóa đã làm việc với lãnh đạo tỉnh Luông Pha Bang.", "2024-06-07"),
    ("Trong chương trình công tác tại các tỉnh Đông Nam Bộ từ ngày 20 đến 23/3/2025, chiều 21/3, đoàn đại biểu "
     "tỉnh Quảng Trị đã làm việc với tỉnh Đồng Nai.", "2025-03-21"),
])
def test_the_trips_days_told_as_the_frame_leave_the_lead_its_day(lead, want):
    ev = lead_event(lead)
    assert (ev["date"], ev["date_end"]) == (want, None)


@pytest.mark.parametrize("lead", [
    # the trip told in a sentence of its own, then its first day: the trip stays the occasion
    "Đoàn đại biểu tỉnh Bắc Ninh thăm và làm việc tại tỉnh Gia Lai từ ngày 8 đến 11/9/2023. Ngày 8/9, đoàn "
    "làm việc với lãnh đạo tỉnh Gia Lai.",
    # a frame with no day of its own after it: the trip's days
    "Trong khuôn khổ chuyến thăm và làm việc tại tỉnh Gia Lai từ ngày 8 đến 11/9/2023, đoàn đại biểu tỉnh "
    "Bắc Ninh đã làm việc với lãnh đạo tỉnh bạn.",
])
def test_a_trip_not_framing_a_day_keeps_its_days(lead):
    ev = lead_event(lead)
    assert (ev["date"], ev["date_end"]) == ("2023-09-08", "2023-09-11")


def _two(text: str):
    found = find_dates(text)
    assert len(found) == 2, found
    return fold(text), found[0], found[1]


@pytest.mark.parametrize("text, framed", [
    ("Trong khuôn khổ chuyến thăm (3/4 - 6/4), ngày 5/4, đoàn làm việc với tỉnh B.", True),
    ("Nhân dịp chuyến thăm từ 3 - 6/4, sáng 5/4 hai bên hội đàm.", True),
    ("Chuyến thăm từ 3 - 6/4, ngày 5/4 đoàn làm việc với tỉnh B.", False),        # no frame opener
    ("Trong khuôn khổ chuyến thăm từ 3 - 6/4, đoàn đã đến tỉnh B và ngày 5/4 làm việc.", False),  # not next
])
def test_each_frame_row_reads_its_own_example(text, framed):
    f, trip, day = _two(text)
    assert framed_day(f, trip, day, 0) is framed


def test_a_framed_first_day_that_tells_the_arrival_is_the_trip():
    # the day the trip sets off, told as a visit: the trip's days, as trips.trip_days reads them
    ev = lead_event("Trong khuôn khổ chuyến thăm và làm việc tại tỉnh Gia Lai từ ngày 8 đến 11/9/2023, ngày 8/9, "
                    "đoàn đại biểu tỉnh Bắc Ninh đã đến thăm tỉnh Gia Lai.")
    assert (ev["date"], ev["date_end"]) == ("2023-09-08", "2023-09-11")


@pytest.mark.parametrize("lead, want", [
    ("Trong khuôn khổ chuyến thăm Lào từ 12-15/9/2024, chiều 13/9, đoàn đại biểu tỉnh Nghệ An đã hội đàm với "
     "lãnh đạo tỉnh Xiêng Khoảng.", ("2024-09-13", "conference")),
    ("Trong khuôn khổ chuyến công tác tại Lào (12-15/9/2024), sáng 14/9, tỉnh Nghệ An và tỉnh Xiêng Khoảng đã "
     "ký kết biên bản ghi nhớ hợp tác.", ("2024-09-14", "signing")),
])
def test_the_framed_day_keeps_the_type_its_own_clause_tells(lead, want):
    ev = lead_event(lead)
    assert (ev["date"], ev["type"]) == want
