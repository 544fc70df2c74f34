"""Round 61, the lead: the sides met, told by the bare verb and where ("đã họp tại A"); talks over several days
about a task whose name holds a visit's word ("hội đàm … triển khai nhiệm vụ khảo sát …") stay talks; an occasion
told as taking place with its programme listed after "như:" is not typed by a part of that programme.

Our own sentences. The first of each group fails before the change; the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import main_event


# -- "đã họp tại", "đã họp bàn" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["đã họp tại Sóc Trăng để bàn việc mở tuyến xe khách",
                                  "đã họp bàn về việc mở tuyến xe khách"])
def test_the_sides_met_is_a_meeting(verb):
    ev = main_event(f"Chiều ngày 14-3, đại diện tỉnh Sóc Trăng và tỉnh Bạc Liêu {verb} nối hai tỉnh.\n\n"
                    "Hai bên thống nhất khảo sát tuyến đường trong tháng tới.\n")
    assert ev["type"] == "conference"


def test_a_province_meeting_to_prepare_a_welcome_is_still_no_meeting_of_two_sides():
    ev = main_event("Chiều ngày 14-3, UBND tỉnh Sóc Trăng họp chuẩn bị đón đoàn công tác tỉnh Bạc Liêu.\n")
    assert ev["type"] != "conference"


# -- talks over several days about a task ---------------------------------------------------------------------------

@pytest.mark.parametrize("task", ["nhiệm vụ", "kế hoạch", "công tác"])
def test_talks_over_days_about_a_survey_task_stay_talks(task):
    ev = main_event(f"Từ ngày 7-9/11/2022, tại tỉnh Salavan (Lào), Ban Chỉ đạo tỉnh Thừa Thiên Huế và tỉnh Salavan "
                    f"tổ chức hội đàm thường niên triển khai {task} khảo sát, tìm kiếm hài cốt liệt sĩ mùa khô "
                    "2022-2023.\n")
    assert ev["type"] == "conference"


def test_talks_then_a_survey_over_days_are_still_a_delegations_programme():
    ev = main_event("Từ ngày 7-9/11/2022, đoàn đại biểu tỉnh Thừa Thiên Huế đã hội đàm với lãnh đạo tỉnh Salavan "
                    "(Lào); khảo sát các mô hình sản xuất tại huyện Ta Ôi.\n")
    assert ev["type"] == "visit"


# -- an occasion's programme listed after "như:" --------------------------------------------------------------------

def test_an_occasions_listed_programme_does_not_type_it():
    ev = main_event("Tuần Văn hóa - Du lịch tỉnh Hà Giang năm 2022 diễn ra từ ngày 8/4 đến 11/4 tại thành phố Vĩnh "
                    "Long (tỉnh Vĩnh Long), với nhiều chương trình, hoạt động đặc sắc như: hội nghị xúc tiến du lịch "
                    "hai tỉnh; gặp gỡ doanh nghiệp; trưng bày ảnh.\n")
    assert ev["type"] == "other"


def test_a_conference_told_with_its_programme_stays_a_conference():
    ev = main_event("Hội nghị xúc tiến du lịch tỉnh Hà Giang tại tỉnh Vĩnh Long diễn ra ngày 8/4/2022, với nhiều "
                    "hoạt động như: trưng bày ảnh; gặp gỡ doanh nghiệp.\n")
    assert ev["type"] == "conference"


def test_what_two_sides_agree_to_hold_is_not_blanked():
    ev = main_event("Ngày 8/4/2022, hai tỉnh Hà Giang và Vĩnh Long thống nhất nhiều hoạt động như: hội nghị xúc tiến "
                    "du lịch; gặp gỡ doanh nghiệp.\n")
    assert ev["type"] == "conference"
