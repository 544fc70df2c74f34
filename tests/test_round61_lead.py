"""Round 61, the lead: the sides met, told by the bare verb and where ("đã họp tại A"); talks over several days
about a task whose name holds a visit's word ("hội đàm … triển khai nhiệm vụ khảo sát …") stay talks; an occasion
told as taking place with its programme listed after "như:" is not typed by a part of that programme; people (a Lao
name hyphenated in every word, "Đoàn" as a surname, committee members' abbreviated titles, a foreign unit's title
holder after any title); a known anniversary's ordinal without "năm"; an emulation pledge for the coming year; a lead's
range inside a longer dated range below.

Our own sentences. The first of each group fails before the change; the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import main_event


# -- "đã họp tại" ----------------------------------------------------------------------------------------------

def test_the_sides_met_is_a_meeting():
    ev = main_event("Chiều ngày 14-3, đại diện tỉnh Sóc Trăng và tỉnh Bạc Liêu đã họp tại Sóc Trăng để bàn việc mở tuyến "
                    "xe khách nối hai tỉnh.\n\n"
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


# -- people: a Lao name hyphenated syllable by syllable; "Đoàn" as a surname ---------------------------------------

from hoptac.core.extract.people import find_people  # noqa: E402


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize("text, name, title", [
    ("Chuyến thăm theo lời mời của đồng chí Khăm-phăn Xy-la-vông, Bí thư Tỉnh ủy tỉnh Salavan.",
     "Khăm-phăn Xy-la-vông", "Bí thư Tỉnh ủy tỉnh Salavan"),
    ("Về phía tỉnh Sê Kông có đồng chí Bun-mi Phăn-thạ-vông - Phó Tỉnh trưởng; lãnh đạo các sở.",
     "Bun-mi Phăn-thạ-vông", "Phó Tỉnh trưởng"),
    ("Tiếp đoàn có ông Xổm-phết Khăm-la Vông - Phó Chủ tịch Mặt trận tỉnh Attapư.",
     "Xổm-phết Khăm-la Vông", "Phó Chủ tịch Mặt trận tỉnh Attapư"),
])
def test_a_lao_name_hyphenated_in_every_word_is_read_whole(text, name, title):
    assert _people(text) == [(name, title)]


def test_two_places_joined_by_a_hyphen_are_still_no_name():
    assert _people("Tỉnh Bà Rịa-Vũng Tàu và Hà Nội-Viêng Chăn ký kết; ông Lê Văn Bình, Chủ tịch UBND tỉnh.") == [
        ("Lê Văn Bình", "Chủ tịch UBND tỉnh")]


@pytest.mark.parametrize("text, name", [
    ("Dự lễ có các đồng chí: Đoàn Minh Tâm, Phó Chủ tịch UBND tỉnh; Lê Văn Bình, Giám đốc Sở.", "Đoàn Minh Tâm"),
    ("Đoàn công tác thành phố do ông Đoàn Văn Lực, Chủ tịch UBND thành phố làm trưởng đoàn.", "Đoàn Văn Lực"),
    ("Sáng 6/11, bà Đoàn Thị Hạnh – Phó Chủ tịch Ủy ban MTTQ tỉnh trao quà.", "Đoàn Thị Hạnh"),
])
def test_doan_as_a_surname_before_a_middle_name_is_a_person(text, name):
    assert [n for n, _ in _people(text)][:1] == [name]


@pytest.mark.parametrize("text", [
    "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ tỉnh cùng tham gia.",
    "Đoàn Công Tác Tỉnh, Phó Chủ tịch UBND tỉnh dự.",
    "Đoàn Đại Biểu Quốc, Chủ tịch tỉnh dự.",
])
def test_a_delegations_capitalised_name_is_still_no_person(text):
    assert _people(text) == []


@pytest.mark.parametrize("text, want", [
    ("Dự lễ có các đồng chí: Lò Văn Tám - UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Mùa A Páo - TUV, Phó trưởng ban "
     "Tổ chức Tỉnh ủy.",
     [("Lò Văn Tám", "UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh"), ("Mùa A Páo", "TUV, Phó trưởng ban Tổ chức Tỉnh ủy")]),
    ("Tham dự có đồng chí Hà Văn Khoa, HUV, Chủ tịch UBND xã Mường Lý.", [("Hà Văn Khoa", "HUV, Chủ tịch UBND xã Mường Lý")]),
])
def test_a_committee_members_abbreviated_title_opens_the_title(text, want):
    assert _people(text) == want


# -- an anniversary's ordinal written without "năm" --------------------------------------------------------------

def test_the_nth_national_day_gives_the_occasions_year():
    ev = main_event("Thành phố Blacktown tổ chức lễ kéo cờ\n\nLễ kéo cờ Việt Nam nhân kỷ niệm lần thứ 64 Quốc khánh 2/9 "
                    "và 36 năm thiết lập quan hệ ngoại giao Việt Nam - Australia đã được tổ chức ngày 29/8, tại trụ sở "
                    "Hội đồng thành phố Blacktown, kết nghĩa với thành phố Vũng Tàu.\n")
    assert ev["date"] == "2009-08-29"


def test_an_ordinal_edition_of_another_occasion_gives_no_year():
    ev = main_event("Lễ hội giao lưu\n\nLễ hội lần thứ 64 giữa thành phố Vũng Tàu và thành phố Blacktown đã được tổ chức "
                    "ngày 29/8, nhân dịp Quốc khánh 2/9.\n")
    assert ev["date"] == "--08-29"


# -- an emulation pledge for the coming year --------------------------------------------------------------------

def test_a_pledge_for_the_coming_year_signed_at_the_review_is_no_later_meeting():
    ev = main_event("Tổng kết phong trào thi đua\n\n08:15 - Thứ Năm, 12/12/2019\n\nSáng 12/12, tại TP. Lai Châu, Cụm thi đua "
                    "số 2 Hội Nông dân các tỉnh Lai Châu, Sơn La và Điện Biên tổ chức hội nghị tổng kết năm 2019.\n\n"
                    "Tại hội nghị đã diễn ra lễ ký kết giao ước thi đua năm 2020 giữa các thành viên trong Cụm.\n")
    assert ev["date"] == "2019-12-12"


# -- a foreign unit's title holder named after the title ------------------------------------------------------------

from extract_support import titles_of  # noqa: E402   (the pipeline's way of telling places apart)


@pytest.mark.parametrize("text, want", [
    ("Đoàn do Chủ tịch Hội đồng thành phố Daegu Park Min-ho làm trưởng đoàn.",
     ("Park Min-ho", "Chủ tịch Hội đồng thành phố Daegu")),
    ("Đoàn do Chủ tịch Hội đồng tỉnh Kampot Chea Sokha làm trưởng đoàn.", ("Chea Sokha", "Chủ tịch Hội đồng tỉnh Kampot")),
])
def test_a_foreign_units_title_holder_after_the_title_is_read(text, want):
    assert list(titles_of(text).items()) == [want]


def test_capitalised_words_after_a_vietnamese_unit_are_still_no_name():
    assert titles_of("Chủ tịch UBND tỉnh Hà Tĩnh Làm Việc Với Đoàn Công Tác.") == {}


# -- a range of no year held inside a longer range of a stated year ---------------------------------------------------

_FILLER = ("Hai bên đã trao đổi kinh nghiệm trong công tác thanh niên, các mô hình phát triển kinh tế và hoạt động tình "
           "nguyện. ") * 5


def test_the_leads_days_inside_the_programmes_dated_range_take_its_year():
    ev = main_event("Tỉnh đoàn Hà Tĩnh thăm tỉnh Khăm Muộn\n\nĐoàn công tác Tỉnh đoàn Hà Tĩnh do đồng chí Lê Văn Bình "
                    "làm trưởng đoàn đã thăm, làm việc tại tỉnh Khăm Muộn (Lào) trong 2 ngày 10 và "
                    f"11/9.\n\n{_FILLER}\n\nChương trình giao lưu hữu nghị Hà Tĩnh - Khăm Muộn diễn ra từ ngày "
                    "9-11/9/2024, gồm nhiều hoạt động.\n")
    assert (ev["date"], ev["date_end"]) == ("2024-09-10", "2024-09-11")


def test_a_range_of_other_days_gives_no_year():
    ev = main_event("Tỉnh đoàn Hà Tĩnh thăm tỉnh Khăm Muộn\n\nĐoàn công tác Tỉnh đoàn Hà Tĩnh do đồng chí Lê Văn Bình "
                    "làm trưởng đoàn đã thăm, làm việc tại tỉnh Khăm Muộn (Lào) trong 2 ngày 10 và "
                    f"11/9.\n\n{_FILLER}\n\nChương trình giao lưu hữu nghị Hà Tĩnh - Khăm Muộn diễn ra từ ngày "
                    "12-14/9/2024, gồm nhiều hoạt động.\n")
    assert ev["date"] == "--09-10"


# -- the Lao Front's name in a title --------------------------------------------------------------------------------

def test_a_title_runs_through_the_lao_fronts_name():
    text = "Tiếp đoàn có ông Bun Mi Xay Vông - Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Sê Kông."
    assert _people(text) == [("Bun Mi Xay Vông", "Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Sê Kông")]
