"""Round 14 of the dates (holdout14's and holdout15's date misses, read as families): a caption
dated before what the page carries out, an undated occasion between that and the stamp, and a
year-only lead. Sentences written for these tests (docs/accuracy.md, "Dates round 14")."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from extract_support import main_or_none

HEAD = "Tỉnh Quảng Trị triển khai thỏa thuận hợp tác với tỉnh Thừa Thiên Huế\n\n"


def _events(text: str) -> list[dict]:
    return extract_events(parse_article(text), article_id="t", source="t.txt")[0]


# --- a caption dated before what the page carries out shows an earlier occasion ----------------

#: The sentence that tells what the undated occasion carries out, with the document's day.
CARRIES_OUT = [
    "Để triển khai Kế hoạch số 512/KH-UBND ngày 22/9/2023 của UBND tỉnh Thừa Thiên Huế, UBND tỉnh Quảng Trị "
    "đã ban hành văn bản giao Sở Kế hoạch và Đầu tư chủ trì thực hiện.",
    "Thực hiện Công văn số 88/UBND-KT ngày 22/9/2023 của UBND tỉnh Thừa Thiên Huế, UBND tỉnh Quảng Trị đã "
    "giao các sở, ngành liên quan rà soát nội dung hợp tác.",
    "Căn cứ Thông báo kết luận ngày 22/9/2023 của hai tỉnh, UBND tỉnh Quảng Trị đã chỉ đạo các sở triển "
    "khai các nội dung đã thống nhất với tỉnh Thừa Thiên Huế.",
]
#: A photo caption under it, dated months before.
CAPTION = "Hội nghị xúc tiến đầu tư giữa hai tỉnh tổ chức tại Đông Hà ngày 14/3/2023 Ảnh: Minh Châu\n\n"


@pytest.mark.parametrize("stamp, want", [("02/10/2023 11:42", "2023"), ("05/10/2023 08:10", "2023"),
                                         ("28/09/2023 17:05", "2023-09")])
@pytest.mark.parametrize("body", CARRIES_OUT)
def test_a_caption_before_what_the_page_carries_out_is_an_earlier_occasion(body, stamp, want):
    page = HEAD + stamp + "\n" + "UBND tỉnh Quảng Trị giao Sở Kế hoạch và Đầu tư rà soát nội dung hợp tác với tỉnh " \
        "Thừa Thiên Huế.\n\n" + CAPTION + body + "\n"
    events = _events(page)
    main = next(e for e in events if e["main"])
    assert main["date"] == want, main
    assert main["precision"] == ("month" if len(want) == 7 else "year")
    assert any(e["date"] == "2023-03-14" and not e["main"] for e in events)   # the photo's, another occasion


def test_a_caption_after_what_the_page_carries_out_still_dates_it():
    page = HEAD + "UBND tỉnh Quảng Trị giao Sở Kế hoạch và Đầu tư rà soát nội dung hợp tác với tỉnh Thừa " \
        "Thiên Huế.\n\nLãnh đạo hai tỉnh ký kết biên bản tại Đông Hà ngày 25/9/2023 Ảnh: Minh Châu\n\n" + CARRIES_OUT[0] + "\n"
    assert main_or_none(page)["date"] == "2023-09-25"


@pytest.mark.parametrize("stamp", ["02/10/2023 11:42", "03/01/2024 09:00"])
def test_a_floor_far_before_or_in_another_year_than_the_stamp_gives_no_year(stamp):
    # 22/9/2023 is a year and more before a stamp of 2024 (or months): the stamp may be a republication's
    body = CARRIES_OUT[0].replace("22/9/2023", "22/9/2022" if stamp.startswith("02") else "22/12/2023")
    page = HEAD + stamp + "\n" + "UBND tỉnh Quảng Trị giao Sở Kế hoạch và Đầu tư rà soát nội dung hợp tác với tỉnh " \
        "Thừa Thiên Huế.\n\n" + body + "\n"
    main = main_or_none(page)
    assert main is None or not main.get("date"), main
