"""date24: shapes of the main event's year read on pages of used hosts (round 24). Each page is written for
the test (no sentence is copied from a page).

- A quoted slogan that names a year's work and the next ("“Hoàn thành … năm 2021, tạo đà cho năm 2022”") is a
  sentence quoted, not a programme's name with its year: no ``quoted_name`` cue; and two bare years of one
  score in the occasion's sentence give no year (only nearness would choose).
- A stamp line with the writers' names before a weekday and a 12-hour time with its zone ("Thu Hà - Minh An Thứ
  sáu, ngày 12/03/2021 08:15 AM (GMT+7)") is the page's stamp.
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none as _main
from hoptac.core.extract.stamps import parse_stamp

_SLOGAN = ("“Hoàn thành thắng lợi kế hoạch năm 2021, tạo đà vững chắc cho năm 2022” – đó là chủ đề phát biểu của "
           "ông Trần Văn Bình, Bí thư Huyện ủy huyện Mường Tè, tại hội nghị giao ban giữa huyện Mường Tè (tỉnh Lai "
           "Châu) và huyện Mường Nhé (tỉnh Điện Biên) diễn ra ngày 14.10.\n\n"
           "Tại hội nghị, hai huyện trao đổi về công tác quản lý biên giới và phát triển kinh tế.\n")


def test_a_quoted_slogan_of_two_years_gives_no_year():
    main = _main(_SLOGAN)
    assert main is not None and main["date"] == "--10-14"


def test_a_quote_for_the_year_ahead_gives_no_year():
    page = _SLOGAN.replace("Hoàn thành thắng lợi kế hoạch năm 2021, tạo đà vững chắc cho năm 2022",
                           "Chung sức đồng lòng, tạo nền tảng vững chắc cho năm 2027")
    main = _main(page)
    assert main is not None and main["date"] == "--10-14"


def test_under_a_stamp_a_quote_for_the_year_ahead_leaves_the_stamps_year():
    page = "Thứ năm, 15/10/2026 | 09:20\n\n" + _SLOGAN.replace(
        "Hoàn thành thắng lợi kế hoạch năm 2021, tạo đà vững chắc cho năm 2022",
        "Chung sức đồng lòng, tạo nền tảng vững chắc cho năm 2027")
    main = _main(page)
    assert main is not None and main["date"] == "2026-10-14"


def test_a_quoted_name_with_its_year_still_names_the_occasion():
    page = _SLOGAN.replace("Hoàn thành thắng lợi kế hoạch năm 2021, tạo đà vững chắc cho năm 2022",
                           "Ngày hội Biên giới xanh năm 2021")
    main = _main(page)
    assert main is not None and main["date"] == "2021-10-14"


@pytest.mark.parametrize("line", [
    "Thu Hà - Minh An Thứ sáu, ngày 12/03/2021 08:15 AM (GMT+7)",
    "Thu Hà - Minh An Thứ sáu, ngày 12/03/2021 08:15 GMT+7",
])
def test_a_byline_before_a_stamp_with_its_time_zone_is_the_stamp(line):
    assert parse_stamp(line) is not None
    page = ("Hai xã biên giới ký kết nghĩa\n\n" + line + "\n\nNgày 11/3, xã Tà Vân (huyện Sa Pa) và xã Y Tý (huyện "
            "Bát Xát) tổ chức lễ ký kết nghĩa tại nhà văn hóa xã Tà Vân.\n")
    main = _main(page)
    assert main is not None and main["date"] == "2021-03-11"


def test_two_bare_years_of_one_score_in_the_occasions_sentence_give_no_year():
    page = ("Ngày 14.10, huyện Mường Tè (tỉnh Lai Châu) và huyện Mường Nhé (tỉnh Điện Biên) tổ chức giao lưu, trao "
            "đổi về số lượt khách năm 2021 và năm 2022 qua cửa khẩu.\n\n"
            "Tại buổi giao lưu, hai huyện trao đổi về công tác quản lý biên giới.\n")
    main = _main(page)
    assert main is not None and main["date"] == "--10-14"


# --- a yearly meeting named with its year, told as the basis of a later occasion ("Trên cơ sở … biên bản hội đàm
# thường niên năm 2024"): an earlier meeting's year, no cue of the occasion's

_BASIS = ("Ngày 16/10, tại xã Tà Vân, Đồn Biên phòng Y Tý (tỉnh Lào Cai) tổ chức lớp bồi dưỡng pháp luật cho 40 "
          "trưởng bản hai bên biên giới.\n\n"
          "Lớp học được tổ chức trên cơ sở Hiệp định về quy chế biên giới ký năm 2016 và biên bản hội đàm thường "
          "niên năm 2024 giữa lực lượng biên phòng hai bên.\n")


def test_a_yearly_meeting_told_as_the_basis_gives_no_year():
    main = _main(_BASIS)
    assert main is not None and main["date"] == "--10-16"


def test_the_yearly_meeting_held_keeps_its_named_year():
    page = _BASIS.replace("tổ chức lớp bồi dưỡng pháp luật cho 40 trưởng bản hai bên biên giới",
                          "tổ chức hội đàm thường niên năm 2024 với đại đội biên phòng của bạn")
    main = _main(page)
    assert main is not None and main["date"] == "2024-10-16"


# --- a school year named near an occasion of September-December: its first year (school_year)

_SCHOOL_LEAD = ("Ngày 12/10, Trường Cao đẳng Y tế tỉnh Điện Biên đón 15 học viên của tỉnh Phông Sa Lỳ (Lào) sang "
                "học tập năm học 2031-2032.\n\n"
                "Tại buổi đón, lãnh đạo hai tỉnh trao đổi về hợp tác đào tạo nhân lực y tế.\n")


def test_a_school_year_in_the_lead_dates_an_autumn_occasion():
    main = _main(_SCHOOL_LEAD)
    assert main is not None and main["date"] == "2031-10-12"


def test_the_school_years_tally_in_the_next_paragraph():
    page = (_SCHOOL_LEAD.replace(" sang học tập năm học 2031-2032", " sang học tập")
            .replace("Tại buổi đón,", "Được biết, năm học 2031-2032, nhà trường tiếp nhận tổng cộng 40 học viên Lào. "
                     "Tại buổi đón,")
            + "Việc đào tạo học viên Lào tại trường bắt đầu từ năm học 2009 - 2010.\n")
    main = _main(page)
    assert main is not None and main["date"] == "2031-10-12"


@pytest.mark.parametrize("old, new", [
    ("đón 15 học viên của tỉnh Phông Sa Lỳ (Lào) sang học tập năm học 2031-2032",
     "tổ chức hội nghị tổng kết năm học 2031-2032 với tỉnh Phông Sa Lỳ (Lào)"),           # reviewed
    ("sang học tập năm học 2031-2032", "sang học tập trong năm học 2031-2032 vừa qua"),      # told as past
    ("sang học tập năm học 2031-2032", "sang học tập năm học 2031-2032 và năm học 2032-2033"),   # two school years
    ("Ngày 12/10,", "Ngày 12/1,"),                                                            # January
])
def test_no_year_from_a_school_year_reviewed_past_ambiguous_or_in_january(old, new):
    main = _main(_SCHOOL_LEAD.replace(old, new))
    assert main is not None and main["date"] in ("--10-12", "--01-12")


# --- review24: a school year planned for, or one done, is not the occasion's; nor one with no students taken in

@pytest.mark.parametrize("page, want", [
    (("Ngày 8/12, Sở Giáo dục tỉnh Điện Biên làm việc với Sở Giáo dục tỉnh Phông Sa Lỳ (Lào) về chỉ tiêu tuyển "
      "sinh năm học 2031-2032 cho học viên Lào.\n\nHai bên thống nhất danh sách ngành học.\n"), "--12-08"),
    (("Ngày 5/10, Trường Cao đẳng Y tế tỉnh Điện Biên tiếp đoàn tỉnh Phông Sa Lỳ (Lào). Năm học 2029-2030, "
      "trường đã đào tạo 50 học viên Lào tốt nghiệp.\n\nHai bên trao đổi về hợp tác đào tạo.\n"), "--10-05"),
    (("Ngày 12/10, Trường Cao đẳng Y tế tỉnh Điện Biên giao lưu với trường của tỉnh Phông Sa Lỳ (Lào) trong năm "
      "học 2031-2032.\n\nHai bên trao đổi về hợp tác đào tạo.\n"), "--10-12"),
])
def test_no_year_from_a_school_year_planned_done_or_with_no_intake(page, want):
    main = _main(page)
    assert main is not None and main["date"] == want


def test_a_school_years_sentence_runs_past_an_abbreviation():
    # the page's own sentences (sentences.sentences): "TP. Huế" ends no sentence, so the intake before it counts
    page = ("Ngày 12/10, Trường Cao đẳng Y tế tiếp nhận 15 học viên của tỉnh Salavan (Lào) về TP. Huế học tập năm "
            "học 2031-2032.\n\nTại buổi đón, lãnh đạo hai tỉnh trao đổi về hợp tác đào tạo nhân lực y tế.\n")
    main = _main(page)
    assert main is not None and main["date"] == "2031-10-12"


def test_se_kong_is_no_future_word():
    # folded, "Sê Kông" opens like "sẽ": a Lao province's name is no plan for the school year
    page = ("Ngày 12/10, Trường Cao đẳng Y tế tỉnh Kon Tum đón 15 học viên của tỉnh Sê Kông (Lào) sang học tập năm "
            "học 2031-2032.\n\nTại buổi đón, lãnh đạo hai tỉnh trao đổi về hợp tác đào tạo nhân lực y tế.\n")
    main = _main(page)
    assert main is not None and main["date"] == "2031-10-12"
