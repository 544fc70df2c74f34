"""Round 22, the northern uplands and the North Central coast (uplands23): its date miss as a shape, in
sentences written for this test (no page's own words).

* a portal's post line with its label, seconds, a 12-hour mark and a read counter ("• Thời gian đăng:
  07/09/2021 09:15:42 AM - Lượt đọc: 1287") is the page's stamp: the counter ("Lượt đọc", as "Lượt xem")
  does not make the line longer than a stamp, and the time's seconds and mark are the stamp's own words;
* the mark is read: "02:20:35 PM" and "04:30 CH" (chiều) are afternoon hours, "12:05 AM" just after midnight.
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.stamps import parse_published, parse_stamp

from extract_support import main_event

_HEAD = "TRANG TIN ĐIỆN TỬ CỦA MỘT TỈNH MIỀN NÚI\n  • Khai trương cặp chợ biên giới Pa Nậm - Huổi Lếch\n"
_LEAD = ("  • Ngày 7/9, tại khu vực mốc 81 thuộc xã Pa Nậm, huyện Nậm Pồ (tỉnh Điện Biên) và bản Huổi Lếch, "
         "tỉnh Phông-sa-ly (Lào), lãnh đạo hai tỉnh tổ chức khai trương cặp chợ biên giới. Hai bên thống nhất "
         "tạo điều kiện cho nhân dân hai bên trao đổi hàng hóa.\n")


@pytest.mark.parametrize("line", [
    "  • Thời gian đăng: 07/09/2021 09:15:42 AM - Lượt đọc: 1287",
    "Thời gian đăng: 07/09/2021 09:15:42 PM - Lượt đọc: 1.287",
    "Ngày đăng: 07/09/2021 09:15 CH | Lượt đọc: 42",
])
def test_a_post_line_with_seconds_a_mark_and_a_read_counter_dates_the_lead(line):
    assert main_event(_HEAD + line + "\n" + _LEAD)["date"] == "2021-09-07"


def test_the_read_counter_is_no_headline_glued_to_a_stamp():
    found = parse_stamp("  • Thời gian đăng: 07/09/2021 09:15:42 AM - Lượt đọc: 1287")
    assert found is not None and found[0].date().isoformat() == "2021-09-07"


@pytest.mark.parametrize("written, hour", [
    ("31/12/2016 02:20:35 PM", 14),
    ("07/09/2021 09:15:42 AM", 9),
    ("07/09/2021 04:30 CH", 16),
    ("07/09/2021 12:05:10 AM", 0),
    ("07/09/2021 12:05:10 PM", 12),
    ("07/09/2021 16:10", 16),
])
def test_a_twelve_hour_mark_is_read(written, hour):
    t = parse_published(written)
    assert t is not None and t.hour == hour and t.date().isoformat() in ("2016-12-31", "2021-09-07")
