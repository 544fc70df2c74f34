"""Round 44 (late44c): misses of real pages never seen before, read and fixed as general shapes.
Sentences written for the test (names, days and wording are ours, not a publisher's).

1. Visiting one's relatives ("thăm thân"), what border residents cross for, is no delegation's visit: a page that
   dates no occasion and tells, before its ceremony, that the two sides let residents cross "mua bán, thăm thân"
   is typed by its ceremony (cambodia44b 03).
"""

from __future__ import annotations

import pytest

from extract_support import date_of_main, type_of_main


# --- 1. 'thăm thân' (visiting relatives) is no visit

_KIN_REVIEW = ("Theo báo cáo kết quả hợp tác năm 2030, tình hình an ninh khu vực biên giới giữa hai tỉnh được giữ "
               "vững.\n\n")
_KIN = ("Hai bên đã tạo điều kiện cho cư dân hai nước qua lại biên giới buôn bán, thăm thân, chữa bệnh theo thỏa "
        "thuận của chính quyền hai tỉnh An Giang và Takeo.\n\n")
_KIN_SIGNING = ("Công an tỉnh An Giang và Ty Công an tỉnh Takeo đã ký kết biên bản thỏa thuận hợp tác giữa hai "
                "đơn vị.\n\n")


def test_visiting_relatives_is_no_visit():
    assert type_of_main(_KIN_REVIEW + _KIN + _KIN_SIGNING) == "signing"   # (before: 'visit', from 'thăm')


@pytest.mark.parametrize("page", [
    # a delegation's visit, and a visit to a city (folded 'tham thanh', another word)
    _KIN_REVIEW + "Đoàn công tác tỉnh An Giang đã đến thăm tỉnh Takeo và tặng quà cho trường học.\n\n",
    _KIN_REVIEW + "Đoàn công tác tỉnh An Giang đã đến thăm thành phố Takeo và tặng quà cho trường học.\n\n",
])
def test_a_delegation_visit_stays_a_visit(page):
    assert type_of_main(page) == "visit"
