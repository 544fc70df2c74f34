"""Round 20 (audit20i, tourism, trade and investment links): the lead's day told again far below with its
year. A lead dates its occasion by day and month ("Chiều ngày 12/2, … đã dự Lễ khai mạc Hội chợ …") and a
paragraph well below tells that day again with its year ("… khai mạc vào ngày 12/2/2021 …"). Beyond the
nearby reach that full date lent no year, so a stamp of another year (a copy republished a year later)
gave the occasion a WRONG year (the year probe's ``stamp+1y``). Now it outweighs the stamp (year unknown)
and gives the year when the page has no stamp; an earlier occasion on the same day ("Ngày 12/2/2019, hai
tỉnh đã ký …") lends nothing. Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import HEAD, main_event

LEAD = ("Chiều ngày 12/2 tại tỉnh Attapeu, đoàn đại biểu tỉnh Kon Tum đã dự Lễ khai mạc Hội chợ thương mại "
        "và du lịch biên giới do tỉnh bạn tổ chức.\n\n")
FILLER = ("Theo lời mời của lãnh đạo tỉnh Attapeu, tỉnh Kon Tum cử đoàn gồm đại diện Sở Ngoại vụ, Sở Công Thương "
          "và một số doanh nghiệp sang tham dự. Các doanh nghiệp giới thiệu sản phẩm nông sản, cà phê, dược liệu "
          "và các tour du lịch kết nối hai tỉnh qua cửa khẩu quốc tế.\n\n"
          "Hai bên trao đổi về việc mở rộng giao thương hàng hóa, tạo điều kiện cho khách du lịch qua lại và "
          "phối hợp quảng bá điểm đến chung trong thời gian tới.\n\n")


def page(stamp: str | None, restated: str) -> str:
    return HEAD + (f"Cập nhật {stamp}\n\n" if stamp else "") + LEAD + FILLER + restated + "\n"


TOLD_AGAIN = "Hội chợ được tổ chức tại quảng trường trung tâm tỉnh Attapeu vào ngày 12/2/2021 với hơn 150 gian hàng."


@pytest.mark.parametrize("stamp, want", [
    ("14/02/2021 08:30", "2021-02-12"),   # the stamp agrees: as before
    ("14/02/2022 08:30", "--02-12"),      # a copy stamped a year later: no year, not 2022
    (None, "2021-02-12"),                 # no stamp: the day told again gives its year
])
def test_the_lead_day_told_again_with_its_year(stamp, want):
    assert main_event(page(stamp, TOLD_AGAIN))["date"] == want


def test_an_earlier_occasion_on_the_same_day_lends_no_year():
    past = "Ngày 12/2/2019, hai tỉnh đã ký kết biên bản ghi nhớ về hợp tác thương mại và du lịch."
    assert main_event(page("14/02/2022 08:30", past))["date"] == "2022-02-12"
