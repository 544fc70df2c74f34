"""Round 45 (late45a): misses of real pages never seen before, read and fixed as general shapes (docs/accuracy.md,
"Round 45: late45a"). Sentences written for this test (names, days and wording are ours, no page's own words).

1. A lead that reports the end of a trip (the return home, "nhập cảnh về nước", "kết thúc tốt đẹp chuyến công tác";
   the send-off, "lễ tiễn đoàn") over the trip's days told in the body: the lead's day is the occasion, the trip's
   days another event (``trips.trip_end``, which made the range the main date, is gone: the golds read the lead's
   day five to one).
2. A range far below that begins or ends on the lead's day, of one stated year, gives the lead's day that year
   (``year_restated``, row "range_ends_or_starts_on_the_day"); told in the past only when the lead reports the end
   of the trip whose days the range tells.
3. A later sentence that names the lead's occasion and says who held it right before its days ("Diễn đàn do tỉnh B
   chủ trì, tổ chức từ ngày 6 - 7/11/2024", "Hội nghị được tổ chức từ ngày …") gives its end
   (``occasion_days.HELD_FROM``).
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.occasion_days import HELD_FROM
from hoptac.core.text import fold

from extract_support import events_in, main_event

HEAD = "Hai tỉnh tăng cường hợp tác\n\n"
FILLER = ("Trong thời gian qua, quan hệ hợp tác giữa các địa phương hai bên biên giới không ngừng được củng cố, "
          "các cấp, các ngành thường xuyên trao đổi thông tin, phối hợp giải quyết những vấn đề phát sinh, góp phần "
          "giữ gìn an ninh, trật tự, thúc đẩy giao thương và giao lưu văn hóa giữa nhân dân hai bên, đóng góp tích "
          "cực vào quan hệ hữu nghị giữa hai nước.")


# --- 1. the end of a trip in the lead: the lead's day ------------------------------------------------------

RETURN = (HEAD + "Chiều 20/9, Đoàn công tác tỉnh Hà Giang đã nhập cảnh về nước, kết thúc tốt đẹp chuyến công tác tại "
          "tỉnh Vân Nam (Trung Quốc).\n\n" + FILLER + "\n\n{range}, nhận lời mời của lãnh đạo tỉnh Vân Nam, Đoàn công "
          "tác tỉnh Hà Giang đã có chuyến công tác tại tỉnh Vân Nam.\n")


def test_the_return_home_is_the_occasion_and_the_trip_another_event():
    page = RETURN.format(range="Từ ngày 16/9 đến 20/9/2023")
    main = main_event(page)
    assert (main["date"], main["date_end"], main["type"]) == ("2023-09-20", None, "visit")
    others = [(e["date"], e["date_end"]) for e in events_in(page) if not e["main"]]
    assert ("2023-09-16", "2023-09-20") in others


def test_a_send_off_at_the_border_is_the_occasion():
    page = (HEAD + "Sáng 30/11, tại Cửa khẩu Quốc tế Hữu Nghị đã diễn ra lễ tiễn Đoàn đại biểu Khu tự trị Quảng Tây "
            "(Trung Quốc) sau khi hoàn thành chương trình giao lưu tại tỉnh Lạng Sơn.\n\nTrong 3 ngày làm việc "
            "(28/11 đến 30/11) tại tỉnh Lạng Sơn, Đoàn đại biểu Quảng Tây đã tham quan nhiều mô hình kinh tế.\n")
    main = main_event(page)
    assert (main["date"], main["date_end"], main["type"]) == ("--11-30", None, "visit")


def test_a_trip_of_two_years_lends_no_year_to_its_last_day():
    # "29/12 đến 2/1/2024": the year written may be the last day's only; the restated row reads a range of one year
    main = main_event(RETURN.replace("Chiều 20/9", "Chiều 2/1").format(range="Từ ngày 29/12 đến 2/1/2024"))
    assert (main["date"], main["year_source"]) == ("--01-02", "unknown")


# --- 2. a range that begins or ends on the lead's day gives its year ----------------------------------------

def test_a_range_that_opens_on_the_lead_s_day_gives_its_year():
    page = (HEAD + "Sáng 6/11, các tỉnh biên giới Việt Nam và Trung Quốc họp Diễn đàn hợp tác tại thành phố Đại Lý, "
            "tỉnh Vân Nam (Trung Quốc), với sự tham dự của lãnh đạo tỉnh Lào Cai.\n\n" + FILLER + "\n\n"
            "Diễn đàn diễn ra từ ngày 6 - 7/11/2024 với nhiều phiên thảo luận chuyên đề.\n")
    main = main_event(page)
    assert (main["date"], main["date_end"]) == ("2024-11-06", "2024-11-07")


def test_a_past_range_ending_on_the_day_is_no_year_without_a_trip_s_end():
    # an anniversary: the same day and month of another year, told in the past, the lead reports no return
    page = (HEAD + "Sáng 30/4, tỉnh Tây Ninh và tỉnh Svay Rieng (Campuchia) tổ chức buổi gặp mặt kỷ niệm ngày "
            "giải phóng.\n\n" + FILLER + "\n\nTừ ngày 26/4 đến 30/4/1975, quân và dân hai bên đã phối hợp chiến đấu "
            "anh dũng.\n")
    main = main_event(page)
    assert main["year_source"] == "unknown" and main["date"] == "--04-30"


def test_a_past_range_ending_on_the_day_of_no_trip_gives_no_year():
    # the lead reports the return, but the range's sentence tells no trip: an earlier occasion
    page = (HEAD + "Chiều 20/9, Đoàn công tác tỉnh Hà Giang đã nhập cảnh về nước, kết thúc chuyến thăm tỉnh Vân Nam "
            "(Trung Quốc).\n\n" + FILLER + "\n\nTừ ngày 16/9 đến 20/9/2019, hai tỉnh đã phối hợp tổ chức hội chợ "
            "thương mại tại cửa khẩu.\n")
    assert main_event(page)["year_source"] == "unknown"


# --- 3. the occasion held by its host over its days -----------------------------------------------------------

FORUM = (HEAD + "Sáng 6/11/2024, các tỉnh biên giới Việt Nam và Trung Quốc họp Diễn đàn hợp tác năm 2024 tại thành "
         "phố Đại Lý, tỉnh Vân Nam (Trung Quốc), với sự tham dự của lãnh đạo tỉnh Lào Cai.\n\n{later}\n")


@pytest.mark.parametrize("later", [
    "Diễn đàn hợp tác năm 2024 do Ủy ban nhân dân tỉnh Vân Nam, Trung Quốc chủ trì, tổ chức từ ngày 6 - 7/11/2024, "
    "với ba phiên thảo luận.",
    "Diễn đàn do tỉnh Vân Nam tổ chức từ ngày 6 - 7/11/2024.",
    "Diễn đàn năm nay được tổ chức trong 2 ngày, từ ngày 6 - 7/11/2024.",
])
def test_an_occasion_held_over_days_by_its_host_gives_its_end(later):
    main = main_event(FORUM.format(later=later))
    assert (main["date"], main["date_end"]) == ("2024-11-06", "2024-11-07")


@pytest.mark.parametrize("later", [
    # an object between the verb and the days: another act (a fair the two sides hold)
    "Hai bên thống nhất tổ chức hội chợ thương mại từ ngày 6 - 8/11/2024.",
    # told ahead: the opening day is the occasion
    "Diễn đàn sẽ được tổ chức từ ngày 6 - 7/11/2024.",
    # days that start on another day
    "Diễn đàn do tỉnh Vân Nam tổ chức từ ngày 5 - 7/11/2024.",
])
def test_what_is_no_host_s_days_of_the_lead_s_occasion_adds_no_end(later):
    assert main_event(FORUM.format(later=later))["date_end"] is None


def test_a_signing_on_a_fair_s_first_day_keeps_its_day():
    page = (HEAD + "Sáng 10/5/2024, tại Hội chợ thương mại quốc tế, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) ký kết "
            "biên bản hợp tác.\n\nHội chợ do tỉnh Lào Cai tổ chức từ ngày 10 - 14/5/2024.\n")
    main = main_event(page)
    assert (main["date"], main["date_end"], main["type"]) == ("2024-05-10", None, "signing")


@pytest.mark.parametrize("written", [
    "Diễn đàn hợp tác du lịch các tỉnh biên giới năm 2024 do tỉnh Vân Nam, Trung Quốc chủ trì, tổ chức từ ngày",
    "Hội nghị được tổ chức từ",
    "Giải đấu đã được tổ chức trong 3 ngày, từ ngày",
])
def test_held_from_reads_its_examples(written):
    assert HELD_FROM.fullmatch(fold(written)) is not None


@pytest.mark.parametrize("written", [
    "Hai bên tổ chức hội chợ từ ngày",
    "Các tổ chức quốc tế từ ngày",
])
def test_held_from_reads_no_act_with_an_object(written):
    assert HELD_FROM.fullmatch(fold(written)) is None
