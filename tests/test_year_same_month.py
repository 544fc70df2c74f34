"""A month named again with its year as one end of a span (core/extract/year_nearby.py, ``NEARBY["same_month"]``):
"tháng 10 vừa qua, … trong thời gian từ tháng 10/2024 đến tháng 2/2025" is October 2024. On main the span's two
ends lent 2024 and 2025 with one score, a tie, so the year was unknown; the end that names the mention's month
now speaks for it. Sentences written for these tests (round 36, late36d)."""

from __future__ import annotations

import pytest

from extract_support import first_main as _main


def _page(sentence: str) -> str:
    return ("Hỗ trợ nông dân tỉnh bạn trồng lúa\n\n"
            "Những năm qua, tỉnh Quảng Trị và tỉnh Savannakhet (Lào) duy trì quan hệ hợp tác trên nhiều lĩnh vực.\n\n"
            f"{sentence}\n\n"
            "Hai bên thống nhất tiếp tục phối hợp chặt chẽ trong thời gian tới.\n")


@pytest.mark.parametrize("span", ["từ tháng 10/2024 đến tháng 2/2025", "từ tháng 10.2024 đến tháng 2.2025",
                                  "từ tháng 10-2024 đến tháng 2-2025"])
def test_the_spans_end_that_names_the_month_gives_its_year(span):
    main = _main(f"Tháng 10 vừa qua, UBND tỉnh Quảng Trị đã cử cán bộ kỹ thuật sang tỉnh Savannakhet để triển khai mô "
                 f"hình thâm canh lúa trong thời gian {span}.")
    assert main["date"] == "2024-10"


def test_the_spans_last_month_gives_the_later_year():
    main = _main("Tháng 2 vừa qua, UBND tỉnh Quảng Trị đã cử cán bộ kỹ thuật sang tỉnh Savannakhet để tổng kết mô "
                 "hình thâm canh lúa thực hiện từ tháng 10/2024 đến tháng 2/2025.")
    assert main["date"] == "2025-02"


# counter-shapes: these pass before and after the rule

def test_a_span_of_a_whole_year_from_the_same_month_stays_unknown():
    main = _main("Tháng 12 vừa qua, UBND tỉnh Quảng Trị đã cử cán bộ kỹ thuật sang tỉnh Savannakhet để triển khai mô "
                 "hình thâm canh lúa trong thời gian từ tháng 12/2024 đến tháng 12/2025.")
    assert main["date"] == "--12"


def test_a_month_that_is_neither_end_stays_unknown():
    main = _main("Tháng 11 vừa qua, UBND tỉnh Quảng Trị đã cử cán bộ kỹ thuật sang tỉnh Savannakhet để kiểm tra mô "
                 "hình thâm canh lúa thực hiện từ tháng 10/2024 đến tháng 2/2025.")
    assert main["date"] == "--11"


def test_one_month_with_its_year_still_lends_it():
    main = _main("Tháng 11 vừa qua, UBND tỉnh Quảng Trị đã cử cán bộ kỹ thuật sang tỉnh Savannakhet để kiểm tra mô "
                 "hình thâm canh lúa triển khai từ tháng 10/2024.")
    assert main["date"] == "2024-11"
