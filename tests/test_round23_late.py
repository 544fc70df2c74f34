"""Round 23, late fixes (late23fix). Sentences written for these tests (no page's own words).

- A headline whose subject holds talks ("Công an tỉnh A hội đàm thường niên với …") over a lead whose
  delegation "sang thăm và hội đàm với" its hosts over several days: the talks (corpus a01's convention).
- Two units of one province as the two sides, listed after "giữa hai/02 đơn vị": that province twice.
"""

from __future__ import annotations

import pytest

from extract_support import first_main as _main


LEAD = ("Từ ngày 10 - 13/10/2025, Đoàn công tác Công an tỉnh Lai Châu do Đại tá Lò Văn Hùng, Phó Giám đốc làm "
        "Trưởng đoàn đã sang thăm và hội đàm thường niên với Công an tỉnh Phông Sa Lỳ (Lào).\n")


@pytest.mark.parametrize("head", [
    "Công an tỉnh Lai Châu hội đàm thường niên với Công an tỉnh Phông Sa Lỳ\n\n",
    "Tỉnh Lai Châu và tỉnh Phông Sa Lỳ (Lào) hội đàm thường niên năm 2025\n\n",
])
def test_a_headline_whose_subject_holds_talks_picks_the_talks(head):
    assert _main(head + LEAD)["type"] == "conference"


@pytest.mark.parametrize("head", [
    "Tăng cường hợp tác giữa Lai Châu và Phông Sa Lỳ\n\n",          # no verb: the trip over several days
    "Công an tỉnh Lai Châu thăm và làm việc tại tỉnh Phông Sa Lỳ\n\n",  # the headline names the visit
])
def test_without_the_talks_in_the_headline_the_trip_stays_the_visit(head):
    assert _main(head + LEAD)["type"] == "visit"


# two units of one province as the two sides: that province twice
@pytest.mark.parametrize("text", [
    # listed after "giữa 02 đơn vị", a body of each
    "Giao lưu công tác Đội giữa hai huyện\n\nNgày 12/4/2024, Huyện đoàn Cư Jút phối hợp tổ chức buổi giao lưu "
    "giữa 02 đơn vị Huyện đoàn Cư Jút và Huyện đoàn Krông Nô.\n",
    # a body of A opens the clause and twins with B "tại huyện B"
    "Hội phụ nữ thăm đơn vị kết nghĩa\n\nNgày 15/1/2024, Hội LHPN thị xã Sơn Tây đã tổ chức chuyến thăm, thực hiện "
    "công tác kết nghĩa và tặng quà hội viên tại huyện Ba Vì.\n",
    # … and gives to B's people
    "Ấm áp mùa đông\n\nTrong tháng 11/2024, Hội Liên hiệp Phụ nữ thành phố Lào Cai đã vận động, ủng hộ 500 chiếc "
    "áo ấm cho trẻ em nghèo huyện Bát Xát.\n",
])
def test_two_units_of_one_province_give_it_twice(text):
    pair = _main(text)["pair"]
    assert len(pair) == 2 and pair[0] == pair[1], pair


def test_a_body_of_a_district_that_gives_to_its_own_commune_is_no_pair():
    text = ("Trao quà Tết\n\nNgày 20/1/2024, Hội LHPN huyện Bát Xát đã trao tặng 50 suất quà cho phụ nữ nghèo xã "
            "Quang Kim, huyện Bát Xát.\n")
    pair = _main(text)["pair"]
    assert len(pair) < 2 or pair[0] != pair[1], pair
