"""Round 24's late date fixes (late24date), as shapes in sentences written for this test (no page's own words).

* a decision cited as a basis "… về ban hành Kế hoạch thực hiện Chỉ thị số 16-CT/TU ngày 9/9/2021" issues the
  plan, not the directive: the directive's day is a cited document's (a lower bound), never the issuing that
  the page reports; a sentence that issues the dated document itself ("ký ban hành Quyết định số 12/QĐ-UBND
  ngày …") still does;
* the Covid-19 pandemic told as present ("trước diễn biến phức tạp của đại dịch Covid-19", "dịch Covid-19 đang
  diễn biến phức tạp") bounds the occasion to the pandemic's years: a stamp years later is a repost's or the
  site's clock, no year; the pandemic told as over or looked back on ("sau đại dịch", "trước đại dịch",
  "giai đoạn 2020 - 2022", "thời gian qua", a sentence with its own year) bounds nothing.
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text

from extract_support import main_or_none as _main

_BASES = ("Lễ ký kết chương trình phối hợp giữa Sở Công Thương và UBND xã Tà Lu, giai đoạn 2023 - 2026\n\n"
          "Thực hiện Chỉ thị số 21-CT/TU ngày 14/10/2021 của Ban Thường vụ Tỉnh ủy về công tác kết nghĩa; "
          "Quyết định số 4120/QĐ-UBND ngày 20/12/2021 của UBND tỉnh Quảng Nam về Ban hành Kế hoạch thực hiện "
          "Chỉ thị số 21-CT/TU ngày 14/10/2021 của Ban Thường vụ Tỉnh ủy.\n\n"
          "Sáng ngày 22/9/2023, Sở Công Thương đã đến UBND xã Tà Lu, huyện Đông Giang và tổ chức lễ ký kết "
          "chương trình phối hợp giữa hai đơn vị giai đoạn 2023 - 2026.\n")


def test_a_cited_decision_that_issues_a_plan_does_not_issue_the_directive_it_carries_out():
    main = _main(_BASES)
    assert main is not None and main["date"] == "2023-09-22"
    days = [d for d in explain_text(_BASES).dates if d["text"].endswith("14/10/2021")]
    assert days and all(d["verdict"] == "document" for d in days)


def test_a_sentence_that_issues_the_dated_document_still_issues_it():
    text = ("Hai tỉnh tăng cường hợp tác\n\nNgày 5/6, Chủ tịch UBND tỉnh Hà Tĩnh ký ban hành Quyết định số "
            "815/QĐ-UBND ngày 5/6/2023 về kế hoạch hợp tác với tỉnh Bolikhamxay.\n")
    assert any(d["verdict"] == "issued" for d in explain_text(text).dates)


_STAMP = "12/08/2025 lúc 09:20 (GMT+7)\n\n"


def _aid(said: str) -> str:
    return (_STAMP + "Quảng Trị hỗ trợ tỉnh Savannakhet vật tư y tế\n\n"
            "Chiều ngày 06/08, Sở Ngoại vụ tỉnh Quảng Trị đã bàn giao vật tư y tế hỗ trợ tỉnh Savannakhet (Lào) "
            "tại Cửa khẩu Quốc tế Lao Bảo.\n\n" + said + "\n\nTổng giá trị hỗ trợ hơn 200 triệu đồng.\n")


@pytest.mark.parametrize("said", [
    "Ông Lê Văn Hùng chia sẻ với những khó khăn của tỉnh bạn trước diễn biến phức tạp của đại dịch Covid-19.",
    "Hiện nay, dịch Covid-19 đang diễn biến phức tạp tại nhiều địa phương của nước bạn.",
    "Mặc dù dịch bệnh Covid-19 vẫn diễn biến phức tạp, hai bên luôn giữ mối liên hệ chặt chẽ.",
])
def test_the_pandemic_told_as_present_makes_a_later_stamp_no_year(said):
    main = _main(_aid(said))
    assert main is not None and main["date"] == "--08-06"


@pytest.mark.parametrize("said", [
    "Sau đại dịch Covid-19 diễn biến phức tạp, hai tỉnh đã nối lại các hoạt động giao lưu.",
    "Thời gian qua, dù dịch Covid-19 diễn biến phức tạp, hai bên vẫn duy trì hợp tác.",
    "Năm 2021, mặc dù dịch bệnh Covid-19 diễn biến phức tạp, hai tỉnh vẫn trao tặng vật tư y tế.",
    "Trong giai đoạn 2020 - 2022, trước diễn biến phức tạp của dịch Covid-19, hai tỉnh đã hỗ trợ lẫn nhau.",
    "Hai bên đã phối hợp tốt trong công tác phòng, chống dịch Covid-19.",
])
def test_the_pandemic_looked_back_on_bounds_nothing(said):
    main = _main(_aid(said))
    assert main is not None and main["date"] == "2025-08-06"


def test_the_pandemic_told_as_present_keeps_a_stamp_of_its_years():
    main = _main(_aid("Hai bên chia sẻ khó khăn trước diễn biến phức tạp của đại dịch Covid-19.").replace("2025", "2021"))
    assert main is not None and main["date"] == "2021-08-06"


def _agreement(signed: str, stamp: str = "Thứ hai, 15/4/2024 | 10:05 GMT+7") -> str:
    return ("Du lịch\n\nNam Định - Điện Biên hợp tác phát triển du lịch\n\n" + stamp + "\n"
            "Theo biên bản hợp tác về du lịch giữa Sở Văn hóa, Thể thao và Du lịch hai tỉnh Nam Định và Điện Biên, "
            "hai địa phương sẽ cùng tổ chức các đoàn khảo sát và quảng bá du lịch từ năm 2024.\n\n"
            + signed + " Theo đó, hai bên sẽ luân phiên tổ chức các hoạt động giao lưu mỗi năm một lần.\n")


@pytest.mark.parametrize("signed, want", [
    ("Biên bản hợp tác được ký vào tháng 10/2023.", "2023-10"),
    ("Biên bản hợp tác này đã được ký kết ngày 12/11/2023.", "2023-11-12"),
])
def test_a_lead_reporting_a_signed_document_is_dated_by_its_signing(signed, want):
    main = _main(_agreement(signed))
    assert main is not None and (main["date"], main["type"]) == (want, "signing")


@pytest.mark.parametrize("signed", [
    "Biên bản hợp tác được ký vào tháng 10/2019.",      # years before the stamp: background
    "Thỏa thuận khung được ký vào tháng 10/2023.",       # another document than the lead's
])
def test_an_old_or_other_signing_does_not_date_the_lead(signed):
    main = _main(_agreement(signed))
    assert main is None or main["date"] not in ("2019-10", "2023-10")


def test_a_plan_named_as_a_document_in_the_lead_does_not_make_a_later_plan_the_occasion():
    text = ("Lễ ký kết chương trình phối hợp giữa Sở Công Thương và UBND xã Tà Lu, huyện Đông Giang, giai đoạn 2023 - 2026\n\n"
            "Thực hiện Chỉ thị số 21-CT/TU ngày 14/10/2021 của Ban Thường vụ Tỉnh ủy về công tác kết nghĩa với các xã "
            "miền núi; Quyết định số 4120/QĐ-UBND ngày 20/12/2021 của UBND tỉnh Quảng Nam về việc ban hành Kế hoạch thực "
            "hiện Chỉ thị số 21-CT/TU; Kế hoạch số 812/KH-UBND ngày 28/12/2021 của UBND tỉnh về hỗ trợ phát triển kinh tế "
            "các xã miền núi thông qua công tác kết nghĩa.\n\n"
            "Theo kế hoạch, Tuần Văn hóa hai địa phương sẽ diễn ra từ ngày 5 đến 11/3/2024 tại xã Tà Lu.\n\n"
            "Hình ảnh: Lễ ký kết\n\n"
            "Sáng ngày 22/9/2023, Sở Công Thương đã đến UBND xã Tà Lu, huyện Đông Giang và tổ chức lễ ký kết "
            "chương trình phối hợp giữa hai đơn vị giai đoạn 2023 - 2026.\n")
    main = _main(text)
    assert main is not None and main["date"] == "2023-09-22"


@pytest.mark.parametrize("folded, named", [
    ("thuc hien ke hoach so 92/kh-ubnd", True),
    ("ve ban hanh ke hoach thuc hien", True),
    ("so ke hoach va dau tu", True),
    ("theo ke hoach, doan se sang tham", False),
    ("hai ben thong nhat ke hoach to chuc", False),
])
def test_a_plan_that_names_a_document(folded, named):
    from hoptac.core.extract.trips import _AHEAD_WORDS, names_a_document
    m = next(x for x in _AHEAD_WORDS.finditer(folded) if x.group(0) == "ke hoach")
    assert names_a_document(folded, m) is named
