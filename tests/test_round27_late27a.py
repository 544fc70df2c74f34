"""Round 27's late fixes (late27a), each with sentences written for it (no page's own words).

1. A document the lead tells as carried out for a time ("sau một năm thực hiện thỏa thuận … được ký kết
   ngày 15/4/2023"): its signing day is past, never the page's occasion (verdict_shapes.CARRIED_FOR); the
   time counted gives a lower bound (year_bounds "years_since", "một" among the number words).
"""

from extract_support import main_event, main_or_none

from hoptac.core.text import fold
from hoptac.core.extract.year_bounds import _years_since

_REVIEW = ("Hai tỉnh tiếp tục hợp tác phát triển\n\n"
           "Từ những kết quả đạt được sau một năm thực hiện thỏa thuận hợp tác giữa tỉnh Bình Định và tỉnh "
           "Quảng Ngãi được ký kết ngày 15/4/2023. Hai tỉnh tiếp tục triển khai kế hoạch hợp tác giai đoạn "
           "2024-2025.\n\n"
           "Sáng 11/10, tại thành phố Quy Nhơn, tỉnh Bình Định, diễn ra hội nghị sơ kết một năm triển khai "
           "thỏa thuận hợp tác giữa hai tỉnh.\n\n"
           "Hai bên đã hoàn thành phần lớn các nội dung hợp tác đã đề ra.\n")


def test_a_document_carried_out_for_a_year_is_not_the_occasion():
    main = main_event(_REVIEW)
    assert main["date"][-5:] == "10-11" and not main["date"].startswith("2023")
    assert main["type"] == "conference"


def test_one_year_carried_out_is_counted():
    # "sau một năm thực hiện … ký kết ngày 15/4/2023": the occasion is in 2024 or later (years_since, "một" = 1)
    folded = fold(_REVIEW)
    at = folded.index("15/4/2023")
    n = _years_since(folded, at)
    assert n is not None and n[0] == 1


def test_a_signing_after_a_time_of_talks_is_the_occasion():
    # counter-example: the time led to the signing ("sau một năm đàm phán"): the signing is the news
    text = ("Ký kết thỏa thuận hợp tác\n\n"
            "Sau một năm đàm phán, thỏa thuận hợp tác giữa tỉnh Bình Định và tỉnh Quảng Ngãi được ký kết ngày "
            "15/4/2023 tại thành phố Quy Nhơn.\n\n"
            "Hai bên thống nhất phối hợp trong các lĩnh vực du lịch và nông nghiệp.\n")
    assert main_event(text)["date"] == "2023-04-15"


def test_a_lead_that_dates_the_signing_first_keeps_it():
    # counter-example: the lead's own occasion is the signing ("Sáng 15/4/2023, thỏa thuận … được ký kết tại …")
    text = ("Ký kết thỏa thuận hợp tác\n\n"
            "Sáng 15/4/2023, sau một năm thực hiện chương trình phối hợp, thỏa thuận hợp tác giữa tỉnh Bình Định "
            "và tỉnh Quảng Ngãi được ký kết tại thành phố Quy Nhơn.\n\n"
            "Hai bên thống nhất phối hợp trong các lĩnh vực du lịch và nông nghiệp.\n")
    assert main_event(text)["date"] == "2023-04-15"


def test_a_frame_in_an_earlier_clause_leaves_the_new_signing():
    # counter-example: the time counted belongs to an old document in its own clause; the day dates a new one
    text = ("Ký kết thỏa thuận hợp tác mới\n\n"
            "Sau hai năm thực hiện thỏa thuận hợp tác, tỉnh Bình Định và tỉnh Quảng Ngãi có biên bản ghi nhớ "
            "mới được ký kết ngày 15/4/2023 tại thành phố Quy Nhơn.\n\n"
            "Hai bên thống nhất phối hợp trong các lĩnh vực du lịch và nông nghiệp.\n")
    main = main_or_none(text)
    assert main is not None and main["date"] == "2023-04-15"
