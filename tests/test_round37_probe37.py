"""Round 37 (probe37): an old twinning's full date told done in a lead paragraph of its own is the pair's
history, not the page's occasion, when the page's own year (its stamp's; with none, an anniversary's end)
is ten or more years on, or a later sentence tells the page's present ("…, vừa qua, …", "tại lễ khai mạc",
"TP.X … vừa đến thăm"). A lead that IS a dated signing keeps its day. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.old_lead_days import later_occasion
from hoptac.core.text import fold

from extract_support import first_main as _main


HEAD = "Đoàn công tác xã Hòa Lạc thăm xã Tân Phong\n\n"
PAIR = "xã Tân Phong (huyện Krông Pắc, tỉnh Đắk Lắk) và xã Hòa Lạc (huyện Phú Hòa, tỉnh Phú Yên)"
BOND = f"Ngày 2/3/2006, {PAIR} đã ký kết nghĩa, mở ra quan hệ gắn bó lâu dài."
NEWS = ("Đoàn công tác xã Hòa Lạc do Chủ tịch UBND xã dẫn đầu thăm xã Tân Phong, trao quà cho các gia đình "
        "chính sách và trao đổi kinh nghiệm phát triển kinh tế.\n\n"
        "Hai bên thống nhất tiếp tục phối hợp trong văn hóa, giáo dục và y tế.\n")


@pytest.mark.parametrize("stamp", ["Cập nhật: 14/03/2021 08:15\n", "Thứ Hai, 20/05/2019 10:05\n"])
def test_old_twinning_paragraph_on_a_page_stamped_years_on_is_history(stamp):
    ev = _main(HEAD + stamp + BOND + "\n\n" + NEWS)
    assert not (ev.get("date") or "").startswith("2006"), ev


def test_with_no_stamp_an_anniversary_years_on_gives_the_page_its_present():
    news = NEWS.replace("chính sách", "chính sách nhân kỷ niệm 76 năm Quốc khánh (2/9/1945 – 2/9/2021)")
    ev = _main(HEAD + BOND + "\n\n" + news)
    assert not (ev.get("date") or "").startswith("2006"), ev


@pytest.mark.parametrize("later", [
    "(TTXA) - Tiếp tục chương trình làm việc tại tỉnh Phú Yên, vừa qua, đoàn công tác xã Tân Phong đã đến thăm "
    "xã Hòa Lạc.",
    "Đoàn công tác của TP.Tuy Hòa do Phó Bí thư Thành ủy dẫn đầu vừa đến thăm và tặng quà cho xã Tân Phong.",
    "Phát biểu tại lễ khai mạc tuần lễ, Chủ tịch UBND xã Tân Phong giới thiệu nông sản của xã.",
])
def test_with_no_stamp_a_later_sentence_tells_the_present(later):
    ev = _main(HEAD + BOND + "\n\n" + later + "\n\nHai bên thống nhất tiếp tục phối hợp trong văn hóa.\n")
    assert not (ev.get("date") or "").startswith("2006"), ev


def test_a_dated_twinning_stamped_days_later_keeps_its_day():
    text = ("Xã Tân Phong và xã Hòa Lạc ký kết nghĩa\n\nCập nhật: 08/03/2024 09:00\n"
            f"Ngày 5/3/2024, {PAIR} đã ký kết nghĩa.\n\n" + NEWS)
    assert _main(text)["date"] == "2024-03-05"


def test_a_lead_paragraph_that_goes_on_keeps_its_day():
    """The bond's paragraph goes on to tell it: the twinning may be the page's own story."""
    text = (HEAD + "Cập nhật: 14/03/2021 08:15\n" + f"Ngày 2/3/2006, {PAIR} đã ký kết nghĩa. Theo đó, hai xã "
            "cam kết giúp nhau phát triển kinh tế.\n\n" + NEWS)
    assert _main(text)["date"] == "2006-03-02"


@pytest.mark.parametrize("sentence,want", [
    ("Tiếp tục chương trình làm việc tại tỉnh B, vừa qua, đoàn tỉnh A đã đến thăm UBND tỉnh B", True),
    ("Đoàn công tác của TP.Tam Kỳ do Phó Bí thư dẫn đầu vừa đến thăm huyện B", True),
    ("Phát biểu tại lễ khai mạc, ông A giới thiệu nông sản", True),
    ("Hai xã đã ký kết nghĩa vừa qua mười lăm năm", False),   # no clause "…, vừa qua, …"
    ("Lễ khai mạc được tổ chức năm ngoái", False),
])
def test_later_occasion_new_shapes(sentence, want):
    f = fold(sentence)
    assert later_occasion(f, 0, len(f)) is want
