"""Round 40 (late40e): an occasion's days told after the day that dates it ("… Chương trình giao lưu diễn ra
từ ngày 27 - 28/7": the range is the main event's date), and the counter-shapes that keep the day
(docs/accuracy.md, "Round 40: late40e"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.occasion_days import LASTED_FROM
from hoptac.core.text import fold

from extract_support import main_event

HEAD = "Giao lưu thể thao giữa công an hai tỉnh\n\n"
LEAD = ("Nhân dịp kỷ niệm 60 năm quan hệ hai nước, sáng 14/8/2023, Công an tỉnh Hà Giang tổ chức giao lưu thể thao, "
        "văn nghệ với Công an tỉnh Vân Nam.\n\n")
MIDDLE = "Các đội bóng đã thi đấu sôi nổi, đoàn kết.\n\n"


def _date(text: str) -> tuple[str | None, str | None]:
    e = main_event(text)
    return e["date"], e.get("date_end")


# --- the shape: the occasion's days, told later, start on the day that dates it
@pytest.mark.parametrize("later", [
    "Chương trình giao lưu diễn ra từ ngày 14 - 15/8.",
    "Chương trình diễn ra từ ngày 14 đến 15/8.",
    "Hoạt động giao lưu kéo dài từ ngày 14 đến ngày 16/8.",
    "Sự kiện diễn ra trong 2 ngày, từ ngày 14 - 15/8.",
])
def test_the_occasions_days_told_later_date_it(later):
    date, end = _date(HEAD + LEAD + MIDDLE + later + "\n")
    assert date == "2023-08-14" and end in ("2023-08-15", "2023-08-16")


# --- counter-shapes: the day stays (pass before and after)
@pytest.mark.parametrize("later", [
    "Tuần lễ văn hóa sẽ diễn ra từ ngày 14 - 17/8.",            # told ahead
    "Giải đấu diễn ra từ ngày 15 - 17/8.",                       # starts on another day
    "Chương trình diễn ra từ ngày 14/8 đến 30/8.",                # a season, not an occasion's days
    "Các đội đã có những trận đấu từ ngày 14 - 15/8.",           # no "diễn ra" / "kéo dài"
])
def test_the_day_stays_when_the_range_is_not_the_occasions_days(later):
    assert _date(HEAD + LEAD + MIDDLE + later + "\n") == ("2023-08-14", None)


def test_an_opening_keeps_its_evening():
    text = ("Khai mạc Tuần lễ văn hóa tỉnh Điện Biên tại thành phố Hồ Chí Minh\n\n"
            "Tối 4/12/2023, tại phố đi bộ, UBND thành phố Hồ Chí Minh và UBND tỉnh Điện Biên khai mạc Tuần lễ văn hóa "
            "– du lịch tỉnh Điện Biên.\n\nTuần lễ văn hóa diễn ra từ ngày 4 - 7/12.\n")
    assert _date(text) == ("2023-12-04", None)


def test_a_signing_on_a_fairs_first_day_keeps_its_day():
    text = ("Hai tỉnh ký kết hợp tác thương mại\n\n"
            "Sáng 10/5/2024, tại Hội chợ thương mại, UBND tỉnh Lào Cai và UBND tỉnh Vân Nam ký kết biên bản hợp tác.\n\n"
            "Hội chợ diễn ra từ ngày 10 đến 14/5.\n")
    assert _date(text) == ("2024-05-10", None)


def test_another_occasions_days_leave_the_talks_their_day():
    text = ("Hội đàm giữa hai tỉnh\n\n"
            "Sáng 10/5/2024, lãnh đạo tỉnh Lào Cai hội đàm với lãnh đạo tỉnh Vân Nam về hợp tác thương mại.\n\n"
            "Hội chợ thương mại biên giới diễn ra từ ngày 10 đến 14/5.\n")
    assert _date(text) == ("2024-05-10", None)


@pytest.mark.parametrize("written, subject", [
    ("Chương trình giao lưu diễn ra từ ngày ", "chuong trinh giao luu"),
    ("Sự kiện kéo dài từ ", "su kien"),
    ("Hội nghị diễn ra trong 2 ngày, từ ngày ", "hoi nghi"),
])
def test_the_later_sentence_is_read_as_the_table_says(written, subject):
    told = LASTED_FROM.fullmatch(fold(written).strip())
    assert told is not None and told.group("subject").strip() == subject
