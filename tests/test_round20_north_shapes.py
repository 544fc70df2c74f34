"""Round 20, the North and the Centre (border guards, police, foreign-affairs offices with Vân Nam, Quảng Tây
and the Lao provinces): shapes of north20's pages and of the same writing, in sentences written for this test
(no page's own words).

* a consultation of the two sides' boundary or foreign-affairs bodies ("tổ chức hiệp thương về …") is talks,
  also when it agrees on a plan ("hiệp thương, thống nhất phương án …" is no plan issued by one side);
* a professional exchange of border guards or police ("trao đổi nghiệp vụ") is a meeting when nothing else is
  named; a delegation that crosses to hold one ("sang trao đổi nghiệp vụ với …") visits; a joint patrol stays
  'other', talks named with the exchange stay the talks;
* "từ tháng 9/2024 cho đến nay" ('cho' before 'đến nay') starts the period the talks review, as "từ tháng 9/2024
  đến nay": no past occasion of the pair (no other event), and no year for the main day;
* a headline that opens with the talks ("Hội đàm giữa …") over a lead whose dated sentence tells the delegation's
  trip and whose next sentence holds the talks ("Trong khuôn khổ chuyến thăm, … đã có buổi hội đàm …") reports
  the talks; a headline naming the visit leaves the visit;
* a whole year's achievements told at talks ("thông tin kết quả đạt được … trong năm 2024") are last year's
  from January to June (talks on 7/5 are in 2025), either year from July to October (no year), the year's own in
  November and December; a review meeting of the year ("sơ kết chương trình hợp tác năm 2024") keeps its year.
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events

from extract_support import first_main as _main


TAIL = "\n\nHai bên thống nhất tiếp tục trao đổi thông tin qua đường dây nóng.\n"


@pytest.mark.parametrize("lead", [
    "Chiều 9/10/2024, Sở Ngoại vụ tỉnh Hà Giang và Văn phòng Ngoại sự châu Văn Sơn (Vân Nam, Trung Quốc) "
    "tổ chức hiệp thương về việc tu sửa mốc giới số 215.",
    "Ngày 21/3/2025, Ban Chỉ đạo công tác biên giới tỉnh Cao Bằng và Văn phòng Ngoại sự thành phố Bách Sắc "
    "(Quảng Tây, Trung Quốc) đã hiệp thương, thống nhất phương án xây dựng kè bảo vệ bờ sông biên giới.",
    "Sáng 2/12/2023, tại cửa khẩu Ma Lù Thàng, đại diện tỉnh Lai Châu và châu Hồng Hà (Vân Nam, Trung Quốc) "
    "tiến hành hiệp thương về kế hoạch kiểm tra liên hợp năm 2024.",
])
def test_a_border_consultation_is_talks(lead):
    assert _main(lead + TAIL)["type"] == "conference"


@pytest.mark.parametrize("lead", [
    "Ngày 15/8/2024, Đồn Biên phòng cửa khẩu Tà Lùng (Cao Bằng) và Trạm Kiểm tra biên phòng Thủy Khẩu "
    "(Quảng Tây, Trung Quốc) tổ chức trao đổi nghiệp vụ về quản lý người xuất, nhập cảnh.",
    "Sáng 6/5/2025, Phòng Quản lý xuất nhập cảnh Công an tỉnh Lào Cai và Cục Quản lý xuất nhập cảnh châu "
    "Hồng Hà (Vân Nam, Trung Quốc) có buổi trao đổi nghiệp vụ tại cửa khẩu quốc tế đường bộ số II Kim Thành.",
])
def test_a_professional_exchange_is_a_meeting(lead):
    assert _main(lead + TAIL)["type"] == "conference"


def test_a_delegation_that_crosses_for_an_exchange_visits():
    lead = ("Ngày 12/11/2024, đoàn công tác Công an tỉnh Lạng Sơn sang trao đổi nghiệp vụ với Công an thành phố "
            "Sùng Tả (Quảng Tây, Trung Quốc) về phòng, chống mua bán người.")
    assert _main(lead + TAIL)["type"] == "visit"


@pytest.mark.parametrize("lead, want", [
    # talks named with the exchange stay the talks
    ("Ngày 18/6/2024, Đồn Biên phòng Mường Khương (Lào Cai) và Trạm Biên phòng Mã Quan (Vân Nam, Trung Quốc) "
     "tổ chức hội đàm, trao đổi nghiệp vụ quý II năm 2024.", "conference"),
    # a joint patrol stays 'other'
    ("Ngày 4/7/2024, Đồn Biên phòng Pò Hèn (Quảng Ninh) và Trạm Biên phòng Động Trung (Quảng Tây, Trung Quốc) "
     "tổ chức tuần tra song phương đoạn biên giới từ mốc 1340 đến mốc 1344.", "other"),
    # a signing named with it is the signing
    ("Ngày 27/9/2024, Công an tỉnh Điện Biên và Công an tỉnh Phông Sa Lỳ (Lào) tổ chức lễ ký kết biên bản "
     "hợp tác sau khi trao đổi nghiệp vụ.", "signing"),
])
def test_other_occasions_named_with_them_decide(lead, want):
    assert _main(lead + TAIL)["type"] == want


REVIEW_HEAD = "Hội đàm thường niên giữa biên phòng hai tỉnh\n\n"
REVIEW_LEAD = ("Chiều 28/10, tại tỉnh Salavan (Lào), đoàn đại biểu Bộ đội Biên phòng tỉnh Quảng Trị đã hội đàm "
               "thường niên với đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Salavan.\n\n")


@pytest.mark.parametrize("since", ["từ tháng 9/2023 cho đến nay", "từ tháng 9/2023 cho tới nay",
                                   "từ tháng 9/2023 đến nay"])
def test_a_period_since_a_month_is_no_past_occasion(since):
    body = f"Tại hội đàm, hai bên đánh giá kết quả phối hợp bảo vệ biên giới {since}.\n"
    events, _ = extract_events(parse_article(REVIEW_HEAD + REVIEW_LEAD + body), article_id="t", source="t.txt")
    main = next(e for e in events if e["main"])
    assert main["date"] == "--10-28" or main.get("year_source") == "unknown"
    assert not any(e["date"] == "2023-09" for e in events if not e["main"])


TRIP = ("Ngày 7.9, Đoàn đại biểu châu Hồng Hà, tỉnh Vân Nam (Trung Quốc) do Phó Châu trưởng làm trưởng đoàn đã có "
        "chuyến thăm và làm việc tại tỉnh Lai Châu. ")
TALKS_NEXT = ("Trong khuôn khổ chuyến thăm, Đoàn đại biểu châu Hồng Hà đã có buổi hội đàm với Đoàn đại biểu tỉnh "
              "Lai Châu do Phó Chủ tịch UBND tỉnh làm trưởng đoàn.\n\n")
AFTER = "Hai bên thống nhất tăng cường hợp tác thương mại qua cửa khẩu.\n"


@pytest.mark.parametrize("head, nxt, want", [
    ("Hội đàm giữa Đoàn đại biểu tỉnh Lai Châu và Đoàn đại biểu châu Hồng Hà (Trung Quốc)", TALKS_NEXT, "conference"),
    ("Đoàn đại biểu châu Hồng Hà (Trung Quốc) thăm và làm việc tại Lai Châu", TALKS_NEXT, "visit"),
])
def test_the_headline_names_the_talks_held_within_the_trip(head, nxt, want):
    ev = _main(head + "\n\n" + TRIP + nxt + AFTER)
    assert ev["date"].endswith("-09-07") and ev["type"] == want


def _talks(day_month: str, told: str) -> dict:
    head = "Hội đàm giữa lãnh đạo tỉnh Điện Biên và tỉnh Phông Sa Lỳ (Lào)\n\n"
    lead = (f"Chiều {day_month}, tại thành phố Điện Biên Phủ, đoàn đại biểu cấp cao tỉnh Điện Biên đã hội đàm với "
            "đoàn đại biểu cấp cao tỉnh Phông Sa Lỳ (Lào).\n\n")
    return _main(head + lead + told + "\n")


ACHIEVED = "Tại hội đàm, Tỉnh trưởng tỉnh Phông Sa Lỳ thông tin một số kết quả đạt được trên các lĩnh vực trong năm 2023."


@pytest.mark.parametrize("day_month, want", [("7/5", "2024-05-07"), ("20/1", "2024-01-20"), ("12/8", None),
                                             ("15/12", "2023-12-15")])
def test_a_whole_year_achieved_told_at_talks(day_month, want):
    ev = _talks(day_month, ACHIEVED)
    if want is None:
        assert ev["date"].startswith("--") or ev["year_source"] == "unknown"
    else:
        assert ev["date"] == want


@pytest.mark.parametrize("told", [
    "Tỉnh trưởng chúc mừng những thành tựu tỉnh Điện Biên đạt được năm 2023.",
    "Tỉnh trưởng thông tin những kết quả đạt được của năm 2023.",
])
def test_a_year_achieved_without_trong(told):
    assert _talks("7/5", told)["date"] == "2024-05-07"


def test_a_review_of_the_year_keeps_its_year():
    told = "Hai bên tổ chức sơ kết chương trình hợp tác năm 2023 giữa hai tỉnh."
    assert _talks("7/5", told)["date"] == "2023-05-07"


def test_a_target_to_reach_in_the_year_is_no_year_achieved():
    told = "Hai bên đánh giá kết quả hợp tác và các chỉ tiêu cần đạt được trong năm 2023."
    assert _talks("7/5", told)["date"] != "2024-05-07"
