"""Round 27's late fixes (late27a), each with sentences written for it (no page's own words).

1. A document the lead tells as carried out for a time ("sau một năm thực hiện thỏa thuận … được ký kết
   ngày 15/4/2023"): its signing day is past, never the page's occasion (verdict_shapes.CARRIED_FOR); the
   time counted gives a lower bound (year_bounds "years_since", "một" among the number words).
"""

import re

from extract_support import main_event, main_or_none

from hoptac.core.text import fold
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.frames import reported_days
from hoptac.core.extract.year_bounds import _years_since
from hoptac.core.extract.year_cue_kinds import CUE, cue_shift
from hoptac.core.extract.year_held_in import held_in_cues

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


# 2. A quarter or half-year that names the dated occasion of its sentence gives the year of a day inside it
#    (year_held_in; a cue "held_in" that counts for a day in the period only).

_PAIRS = ("tại nhà văn hóa thôn Khe Sanh, xã Tân Hợp, huyện Hướng Hóa, tỉnh Quảng Trị, hai cặp thôn bản là "
          "thôn Khe Sanh (xã Tân Hợp, huyện Hướng Hóa, tỉnh Quảng Trị) và bản Na Kham (huyện Xê Pôn, tỉnh "
          "Savannakhet, Lào); thôn Tà Rùng (xã Tân Hợp, huyện Hướng Hóa, tỉnh Quảng Trị) và bản Na Xiêng "
          "(huyện Xê Pôn, tỉnh Savannakhet, Lào)")


def _quarterly(day: str, tail: str) -> str:
    return ("Giao ban kết nghĩa thôn bản hai bên biên giới\n\n"
            f"{day}, {_PAIRS} {tail}.\n\n"
            "Hai bên trao đổi tình hình an ninh trật tự và thống nhất tiếp tục phối hợp tuần tra.\n")


def test_a_quarter_that_names_the_occasion_and_holds_its_day_gives_the_year():
    page = _quarterly("Chiều ngày 9/11", "đã tổ chức buổi giao ban kết nghĩa cụm dân cư hai bên biên giới quý IV năm 2024")
    assert page.index("quý IV") - page.index("9/11") > 300   # beyond a nearby date's reach
    assert main_event(page)["date"] == "2024-11-09"


def test_a_half_year_that_holds_the_day_gives_the_year():
    page = _quarterly("Ngày 20/12", "đã tổ chức hội nghị giao ban công tác phối hợp bảo đảm an ninh trật tự khu "
                                    "vực biên giới 6 tháng cuối năm 2024")
    assert main_event(page)["date"] == "2024-12-20"


def test_a_quarter_that_does_not_hold_the_day_gives_no_year_by_this_rule():
    # counter-example: a review of quarter IV held on 8/1 is in the next year: no "held_in" year 2024
    page = _quarterly("Chiều ngày 8/1", "đã tổ chức buổi giao ban kết nghĩa cụm dân cư hai bên biên giới quý IV năm 2024")
    assert main_event(page)["date"] != "2024-01-08"
    # ... nor a half-year reviewed after it ("sơ kết 6 tháng đầu năm 2024" on 5/7): the cue is found, and counts
    # for a day of January-June only
    text = fold("Ngày 5/7, hai huyện đã tổ chức hội nghị sơ kết công tác phối hợp 6 tháng đầu năm 2024.")
    (cue,) = held_in_cues(text, find_dates(text))
    assert cue.year == 2024 and cue_shift(cue, CUE["held_in"], 7, 5) is None
    assert cue_shift(cue, CUE["held_in"], 6, 25) == 0


def test_a_planned_quarter_gives_no_year():
    # counter-example: the quarter of a plan the meeting agrees on is not the meeting's own
    page = _quarterly("Chiều ngày 9/11", "thống nhất sẽ tổ chức buổi giao ban kết nghĩa cụm dân cư hai bên biên giới "
                                         "quý IV năm 2025")
    assert main_event(page)["date"] == "--11-09"


# 3. A dated report of an occasion told with its verb bare ("Ngày 26/1, tin từ … cho biết, đơn vị phối hợp tổ
#    chức chương trình …"), whose days a sentence opening on "Theo đó" gives: the occasion's days, not the report's
#    (frames._REPORTS_DONE's bare verb, frames.ITS_DAYS "accordingly").

def _report(told: str, days: str) -> str:
    return ("Mang Tết đến với bà con vùng biên\n\n"
            f"Ngày 26/1, tin từ Đồn Biên phòng Thanh Thủy (Bộ đội Biên phòng tỉnh Hà Giang) cho biết, {told} "
            "chương trình “Xuân ấm vùng biên” tại xã Thanh Thủy (Hà Giang) và bản Nà Ngòa (huyện Xín Mần, tỉnh "
            "Hà Giang).\n\n"
            f"Theo đó, trong {days} các y bác sĩ đã khám bệnh, cấp thuốc miễn phí và tặng quà cho bà con.\n")


def _reported(page: str):
    folded = fold(page)
    mentions = find_dates(page)
    sentences = [(x.start(), x.end()) for x in re.finditer(r"[^.\n]+[.\n]?", page)]
    return reported_days(folded, mentions[0], mentions[1:], sentences)


def test_a_report_of_an_occasion_with_its_verb_bare_is_dated_by_the_occasions_days():
    page = _report("đơn vị phối hợp tổ chức", "ngày 24 và 25/1")
    main = main_event(page)
    assert (main["date"], main["date_end"]) == ("--01-24", "--01-25")


def test_a_report_of_a_plan_is_not_dated_by_days_told_after_it():
    # counter-example: "cho biết sẽ tổ chức …": a plan, not a report of what was done
    assert _reported(_report("đơn vị phối hợp tổ chức", "ngày 24 và 25/1")) is not None
    assert _reported(_report("đơn vị sẽ phối hợp tổ chức", "ngày 24 và 25/1")) is None
    # ... and days after the report are no occasion it tells as done
    assert _reported(_report("đơn vị phối hợp tổ chức", "ngày 28 và 29/1")) is None


def test_a_document_carried_out_for_a_while_is_not_the_occasion():
    # the time counted without a number ("qua một thời gian triển khai …"): the document runs already
    text = _REVIEW.replace("sau một năm thực hiện thỏa thuận", "qua một thời gian triển khai thỏa thuận")
    main = main_event(text)
    assert main["date"][-5:] == "10-11" and not main["date"].startswith("2023")
