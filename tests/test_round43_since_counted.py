"""An old day followed by a sentence that counts the years since it ("… vào ngày 12/2/1961. Đến nay, đã trải qua
hơn 60 năm …") is the pair's past even when the page holds no other year (the lead's merge of round 43: the year
probe's page with its letter's year taken away read the old twinning day as the occasion). Sentences written for
this test."""

from __future__ import annotations

import pytest

from extract_support import main_or_none, year_of
from hoptac.core.extract.historic_dates import SINCE_COUNTED_EXAMPLE, _SINCE_COUNTED
from hoptac.core.text import fold

HEAD = "Hội An xây dựng phòng trưng bày về tình kết nghĩa với Thanh Hóa\n\n"
LEAD = ("Thành phố Hội An và thành phố Thanh Hóa có mối quan hệ kết nghĩa gắn bó, được nhân dân hai địa phương trân "
        "trọng giữ gìn qua nhiều thế hệ.\n\n")
LETTER = ("\nĐể lưu giữ những tư liệu quý về tình kết nghĩa, vừa qua, UBND thành phố Hội An đã có văn bản số 15/UBND "
          "ngày 7/10 thống nhất chủ trương xây dựng phòng trưng bày truyền thống kết nghĩa tại công viên thành phố.\n")


def _main_year(text: str) -> int | None:
    main = main_or_none(text)
    return year_of(main) if main else None


@pytest.mark.parametrize("since", [
    "Đến nay, đã trải qua hơn 60 năm với bao thử thách, tình kết nghĩa ngày càng bền chặt.",
    "Từ đó đến nay đã gần 60 năm, hai địa phương luôn gắn bó.",
    "Đến nay là tròn 60 năm hai thị xã kết nghĩa.",
])
def test_an_old_day_whose_years_since_are_counted_is_the_past(since):
    body = ("Dưới sự chỉ đạo của Trung ương, thị xã Hội An và thị xã Thanh Hóa đã làm lễ kết nghĩa vào ngày 12/2/1961. "
            + since + "\n")
    assert _main_year(HEAD + LEAD + body + LETTER) != 1961


@pytest.mark.parametrize("text, year", [
    # a bare "Đến nay" with no count: the page may be written weeks on; the day stays the occasion's
    ("Ngày 12/3/2024, hai tỉnh A và B đã ký kết thỏa thuận hợp tác. Đến nay, các bên đã triển khai nhiều nội dung.\n",
     2024),
    # a count under ten years is no history
    ("Ngày 12/3/2019, hai tỉnh A và B đã ký kết thỏa thuận hợp tác. Đến nay, đã gần 5 năm hai bên hợp tác.\n", 2019),
])
def test_a_recent_day_stays_the_occasion(text, year):
    assert _main_year("Hai tỉnh A và B hợp tác\n\n" + text) == year


def test_the_example_is_read_by_its_pattern():
    folded = fold(SINCE_COUNTED_EXAMPLE)
    at = folded.index("1961") + 4
    assert _SINCE_COUNTED.match(folded, at).group(1) == "60"
