"""The visit shapes the golds agree on, in leads of our own (round 32, type32): a greeting trip, a host that only
receives, a delegation that comes to visit (told with "làm việc" words too), an aid or study trip, a departure or a
return; each read with an uninformative headline and with none (the lead taken for the headline). These passed
before round 32's changes: they guard the conventions the round's study found agreed (docs/accuracy.md, "Round 32:
type32"), beside the neighbours that are meetings."""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text

_HEADLINE = "Thắt chặt tình hữu nghị giữa hai địa phương"

VISITS = [
    # greeting trips
    "Sáng 20/1/2025, đoàn đại biểu tỉnh Hòa Bình do Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết Đảng bộ, "
    "chính quyền và nhân dân tỉnh Hủa Phăn (Lào).",
    "Nhân dịp Tết cổ truyền Bunpimay, ngày 12/4/2023, lãnh đạo huyện Thanh Chương đã sang chúc Tết huyện Viêng Thoong.",
    "Ngày 3/2/2024, đoàn công tác huyện Kỳ Sơn đã thăm hỏi, động viên và tặng quà cán bộ, chiến sĩ huyện Mường Mộc.",
    "Chiều 3/2/2024, Phó Chủ tịch UBND tỉnh Hà Tĩnh đã tiếp đoàn đại biểu tỉnh Bolikhamxay sang thăm, tặng quà nhân dịp "
    "Tết Nguyên đán.",
    "Ngày 15/3/2024, lãnh đạo tỉnh Lào Cai đã tiếp và làm việc với đoàn đại biểu châu Hồng Hà sang thăm, chúc Tết tỉnh.",
    # a host that only receives
    "Chiều 14/3/2024, Chủ tịch UBND tỉnh Lạng Sơn đã tiếp đoàn đại biểu thành phố Bách Sắc (Trung Quốc) do Phó Thị "
    "trưởng dẫn đầu.",
    "Chiều 5/3/2024, Chủ tịch UBND tỉnh Hà Giang đã có buổi tiếp xã giao Đoàn đại biểu châu Văn Sơn (Trung Quốc).",
    # a delegation that comes to visit, told with "làm việc" too
    "Từ ngày 10 đến 13/9/2024, đoàn công tác thành phố Đà Nẵng đã thăm và làm việc tại thành phố Daegu (Hàn Quốc).",
    "Ngày 22/5/2024, đoàn đại biểu tỉnh Đắk Lắk do Bí thư Tỉnh ủy dẫn đầu đã đến thăm và làm việc với tỉnh Mondulkiri.",
    "Ngày 15/3/2024, nhận lời mời của tỉnh Luông Nậm Thà, đoàn đại biểu tỉnh Điện Biên đã sang thăm, làm việc tại tỉnh "
    "bạn.",
    # aid, study, departures and returns
    "Ngày 14/11/2024, đoàn công tác tỉnh Quảng Ngãi đã đến thăm, trao quà hỗ trợ nhân dân huyện Đắk Cheung, tỉnh Sê "
    "Kông bị thiệt hại do lũ.",
    "Ngày 20/5/2024, đoàn cán bộ huyện Đức Thọ đã có chuyến khảo sát, học tập kinh nghiệm xây dựng nông thôn mới tại "
    "huyện Yên Khánh.",
    "Sáng 5/6/2024, đoàn đại biểu cấp cao tỉnh Nghệ An đã lên đường sang thăm hữu nghị chính thức tỉnh Xiêng Khoảng.",
    "Chiều 8/6/2024, đoàn đại biểu cấp cao tỉnh Nghệ An đã về nước, kết thúc tốt đẹp chuyến thăm hữu nghị tỉnh Xiêng "
    "Khoảng.",
]

MEETINGS = [
    "Ngày 12/6/2024, đoàn đại biểu tỉnh Hà Giang đã hội đàm với lãnh đạo châu Văn Sơn, tỉnh Vân Nam (Trung Quốc).",
    "Chiều 5/3/2024, tỉnh Sơn La tổ chức hội nghị chuẩn bị cho chuyến thăm của đoàn đại biểu tỉnh Luông Pha Bang.",
    "Chiều 5/3/2024, Phó Chủ tịch UBND tỉnh Sơn La chủ trì cuộc họp bàn công tác đón tiếp đoàn đại biểu tỉnh Luông "
    "Pha Bang.",
]


@pytest.mark.parametrize("headline", [_HEADLINE, None], ids=["headline", "lead-first"])
@pytest.mark.parametrize("lead", VISITS)
def test_agreed_visit_shapes(lead: str, headline: str | None) -> None:
    ex = explain_text((f"{headline}\n\n" if headline else "") + lead + "\n")
    assert (ex.main or {}).get("type") == "visit"


@pytest.mark.parametrize("headline", [_HEADLINE, None], ids=["headline", "lead-first"])
@pytest.mark.parametrize("lead", MEETINGS)
def test_their_neighbours_that_are_meetings(lead: str, headline: str | None) -> None:
    ex = explain_text((f"{headline}\n\n" if headline else "") + lead + "\n")
    assert (ex.main or {}).get("type") == "conference"
