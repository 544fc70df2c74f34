"""Round 30 (late30b): two places a dash joins right after the word of a railway or a highway in the
body name a way's ends, not two partners joined ("đường sắt TP.HCM – Cần Thơ cũng nằm trong quy
hoạch") (:func:`hoptac.core.extract.partner_routes.a_way`). Sentences written for the test (names,
days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

from hoptac.core.extract.partner_routes import a_way
from hoptac.core.places import find_places


def _way(text: str) -> bool:
    ms = find_places(text)
    kinds = ["pair"] * len(ms)
    return a_way(text, list(zip(ms, kinds)))


def test_a_railway_named_in_the_body_joins_no_partners():
    e = main_event("Bàn điều chỉnh quy hoạch vùng TP.HCM\n\n"
                   "Chiều 12/6, hội nghị góp ý điều chỉnh quy hoạch xây dựng vùng TP.HCM đã diễn ra.\n\n"
                   "Phó chủ tịch UBND tỉnh Bình Dương đề nghị ưu tiên đầu tư giao thông. Theo lãnh đạo TP.HCM, "
                   "tuyến đường sắt TP.HCM – Cần Thơ cũng nằm trong quy hoạch; thành phố cùng Long An, Tiền Giang, "
                   "Đồng Tháp, Vĩnh Long, Cần Thơ đã họp bàn về tuyến này. Lãnh đạo tỉnh Bà Rịa – Vũng Tàu nói hàng "
                   "hóa về cảng ở Vũng Tàu còn chậm. Vùng gồm TP.HCM, Đồng Nai, Bình Dương, Bình Phước, Tây Ninh, "
                   "Long An, Tiền Giang và Bà Rịa – Vũng Tàu.\n")
    assert "Cần Thơ" not in e["pair"] and "Hồ Chí Minh" in e["pair"]


@pytest.mark.parametrize("text", [
    "Theo quy hoạch, đường sắt TP.HCM – Cần Thơ sẽ được khởi công sau năm 2030.",
    "Tuyến cao tốc Hà Nội – Lạng Sơn đã giúp rút ngắn thời gian đi lại.",
    "Dự án nâng cấp quốc lộ 3 Bắc Kạn – Cao Bằng được hai tỉnh đề xuất.",
])
def test_a_ways_name(text):
    assert _way(text)


@pytest.mark.parametrize("text", [
    "Lãnh đạo hai tỉnh Cao Bằng – Lạng Sơn ký kết chương trình phối hợp.",   # no way's word
    "Đề nghị làm đường sắt nối Hà Nội và Hải Phòng sớm hơn.",               # "và": no way's name
    "Đường sắt sẽ qua nhiều địa phương, trong đó Đồng Nai – Bình Dương hợp tác chặt chẽ.",   # the word too far
])
def test_not_a_ways_name(text):
    assert not _way(text)
