"""Review of round 21's new rules for precision (review21): each test is a sentence written for it that shows
where a rule fired where it should not (the narrowing), beside the shape the rule was written for (kept). No
sentence is copied from a page."""

from __future__ import annotations

from hoptac.core.extract.slogan_marquee import is_marquee
from hoptac.core.extract.type_programme import signing_listed_first
from hoptac.core.text import fold

from extract_support import main_event, events_in as _events


# --- year_hardship: a speaker summing up the year just closed, not a page's history

_TET_VISIT = ("Đoàn công tác tỉnh Hưng Yên thăm, chúc Tết tỉnh Kon Tum\n\n"
              "Ngày 19/1, Đoàn công tác của tỉnh Hưng Yên do ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh làm trưởng "
              "đoàn đã đến thăm, chúc Tết và tặng quà các gia đình khó khăn tại tỉnh Kon Tum.\n\n"
              "Tại buổi gặp, ông Trần Văn Nam cho biết, năm 2021, cả tỉnh đối mặt với nhiều khó khăn, thách thức "
              "do dịch bệnh kéo dài.\n\n{extra}Dịp này, đoàn đã trao 300 suất quà cho người dân.\n")


def test_a_speaker_summing_up_last_year_at_a_january_visit_gives_the_next_year():
    assert main_event(_TET_VISIT.format(extra=""))["date"] == "2022-01-19"


def test_the_tet_greeted_may_name_the_next_year():
    extra = "Đoàn chúc bà con đón Tết Nhâm Dần 2022 vui tươi, đầm ấm.\n\n"
    assert main_event(_TET_VISIT.format(extra=extra))["date"] == "2022-01-19"


def test_a_page_naming_a_later_year_is_no_summing_up_of_the_year_just_closed():
    extra = "Năm 2023, hai tỉnh sẽ kỷ niệm 30 năm kết nghĩa.\n\n"   # a later year than 2021 (and not the Tết's)
    assert main_event(_TET_VISIT.format(extra=extra))["date"] != "2022-01-19"


def test_a_twinnings_war_years_recalled_in_january_give_no_year():
    text = ("Gặp mặt kỷ niệm ngày kết nghĩa hai tỉnh Hưng Yên - Kon Tum\n\n"
            "Ngày 12/1, tại tỉnh Hưng Yên, lãnh đạo hai tỉnh Hưng Yên và Kon Tum tổ chức buổi gặp mặt kỷ niệm "
            "ngày kết nghĩa giữa hai tỉnh.\n\n"
            "Phát biểu tại buổi gặp mặt, ông Trần Văn Nam nhắc lại truyền thống gắn bó của hai tỉnh. Năm 1972, dù "
            "đối mặt với muôn vàn khó khăn, tỉnh Hưng Yên vẫn gửi hàng trăm thanh niên vào chiến đấu tại Kon Tum.\n\n"
            "Hai bên thống nhất tiếp tục thắt chặt tình đoàn kết.\n")
    assert main_event(text)["date"] == "--01-12"   # not 1973-01-12


# --- milestones: "Vào năm Y, …" opens a milestone; "Trong năm Y, …" sums up a year

def test_a_year_summed_up_after_trong_is_no_milestone_but_vao_opens_one():
    text = ("Hai tỉnh Sơn La và Luông Pha Bang hội đàm\n\n"
            "Ngày 14/3/2024, tại thành phố Sơn La, Đoàn đại biểu tỉnh Luông Pha Bang (Lào) do ông Khăm Phăn làm "
            "trưởng đoàn đã hội đàm với lãnh đạo tỉnh Sơn La.\n\n"
            "Trong năm 2023, hai tỉnh đã ký kết bốn văn bản hợp tác và tổ chức nhiều đoàn thăm, làm việc lẫn "
            "nhau.\n\n"
            "Vào năm 1995, hai tỉnh tổ chức lễ ký kết biên bản hợp tác đầu tiên.\n")
    others = [e["date"] for e in _events(text) if not e["main"]]
    assert "2023" not in others and "1995" in others


# --- type_words: "thông qua ngày hội" is "by way of the festival", "thông qua ngày 9/2" passes a document

def test_through_the_festival_passes_no_document():
    text = ("Hai huyện biên giới tăng cường tình hữu nghị\n\n"
            "Sáng 12/5/2024, tại huyện Nam Giang, tỉnh Quảng Nam, nhân dân hai huyện Nam Giang và Đắc Chưng (tỉnh "
            "Sê Kông, Lào) cùng tham gia các hoạt động, thông qua ngày hội hai bên thắt chặt tình đoàn kết.\n")
    assert main_event(text)["type"] == "other"


def test_a_plan_passed_on_its_day_is_still_an_announcement():
    text = ("Hai huyện thống nhất kế hoạch hợp tác\n\n"
            "Kế hoạch hợp tác giữa huyện Mường Tè và huyện Sầm Tớ năm 2024 vừa được Thường trực Huyện ủy Mường Tè "
            "thông qua ngày 9/2.\n")
    assert main_event(text)["type"] == "announcement"


# --- slogan_marquee: two greetings may be an anniversary's headline; the header's chain has three or more

def test_an_anniversary_headline_joining_two_greetings_is_no_marquee():
    line = ("Kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (1962 - 2017) - Kỷ niệm 40 năm Ngày ký "
            "Hiệp ước hữu nghị và hợp tác")
    assert not is_marquee(" ".join(fold(line).split()))
    text = (line + "\nSáng 25/8, tại thành phố Thanh Hóa, tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào) long trọng tổ chức "
            "lễ kỷ niệm 50 năm ngày ký kết hợp tác giữa hai tỉnh.\nTham dự buổi lễ có lãnh đạo hai tỉnh.\n")
    assert main_event(text)["date"] == "2017-08-25"


def test_a_chain_of_three_greetings_is_a_marquee():
    line = ("Chào mừng kỷ niệm 70 năm Ngày giải phóng Thủ đô (10/10/1954 - 10/10/2024) - Mừng Đảng, mừng Xuân - "
            "Nhiệt liệt chào mừng Đại hội Đảng bộ các cấp")
    assert is_marquee(" ".join(fold(line).split()))


# --- type_programme: an anniversary of a past signing is no signing headline

def test_an_anniversary_of_a_signing_in_the_headline_reports_no_signing():
    clause = fold("Ngày 5/3/2024, nhân kỷ niệm 5 năm ký kết thỏa thuận hợp tác, tổ chức hội thảo về thương mại "
                  "biên giới.")
    assert signing_listed_first(clause, fold("Kỷ niệm 5 năm ký kết hợp tác giữa tỉnh Hà Giang và huyện Ma Li Po")) is None
    assert signing_listed_first(clause, fold("10 năm ký kết hợp tác giữa tỉnh Hà Giang và huyện Ma Li Po")) is None
    assert signing_listed_first(fold("Ngày 5/3, hai huyện ký kết biên bản ghi nhớ, sau đó tổ chức hội thảo."),
                                fold("Hai huyện ký biên bản ghi nhớ hợp tác")) == "hoi thao"


def test_a_sites_footer_names_no_later_year_of_the_story():
    footer = "Bản quyền © 2026 Báo Biên Cương. Ghi rõ nguồn khi phát hành lại thông tin từ website này.\n"
    assert main_event(_TET_VISIT.format(extra="") + footer)["date"] == "2022-01-19"


def test_a_reported_war_year_on_an_anniversary_page_gives_no_year():
    text = ("Gặp mặt kỷ niệm 50 năm kết nghĩa hai tỉnh Hưng Yên - Kon Tum (1972 - 2022)\n\n"
            "Ngày 12/1, tại tỉnh Hưng Yên, lãnh đạo hai tỉnh Hưng Yên và Kon Tum tổ chức buổi gặp mặt kỷ niệm "
            "ngày kết nghĩa giữa hai tỉnh.\n\n"
            "Phát biểu tại buổi gặp mặt, ông Trần Văn Nam cho biết, năm 1972, dù đối mặt với muôn vàn khó khăn, "
            "tỉnh Hưng Yên vẫn gửi hàng trăm thanh niên vào chiến đấu tại Kon Tum.\n")
    assert main_event(text)["date"] != "1973-01-12"


# --- milestones.own_sentence_year: an earlier edition's year is not the day's (single day or range)

def _with_edition(sentence: str) -> str:
    return ("Đà Nẵng và Quảng Bình ký kết hợp tác du lịch\n"
            "Chiều 18/3/2025, tại Đà Nẵng, Sở Du lịch thành phố Đà Nẵng và Sở Du lịch tỉnh Quảng Bình ký kết "
            "chương trình hợp tác phát triển du lịch.\n" + sentence + "\n")


def test_an_earlier_editions_year_gives_no_year_to_the_next_ones_days():
    for sentence in ("Sau thành công của Tuần Văn hóa Việt - Lào năm 2023, ngày 20/4 tới hai bên sẽ tổ chức tuần "
                     "văn hóa tại Quảng Bình.",
                     "Sau thành công của Ngày hội Du lịch miền Trung 2023, ngày hội lần thứ hai sẽ diễn ra từ "
                     "20/4-23/4 tại Quảng Bình."):
        others = [e["date"] for e in _events(_with_edition(sentence)) if not e["main"]]
        assert not any(d.startswith("2023-04") for d in others), (sentence, others)


def test_a_named_occasions_own_range_still_takes_its_year():
    text = _with_edition("Hai bên thống nhất cùng tham gia Ngày hội Du lịch miền Trung 2025 diễn ra từ 20/4-23/4 "
                         "tại Quảng Bình.")
    assert "2025-04-20" in [e["date"] for e in _events(text) if not e["main"]]


def test_a_year_opening_a_planned_occasion_is_no_milestone():
    text = ("Hai tỉnh Sơn La và Luông Pha Bang hội đàm\n\n"
            "Ngày 14/3/2024, tại thành phố Sơn La, Đoàn đại biểu tỉnh Luông Pha Bang (Lào) do ông Khăm Phăn làm "
            "trưởng đoàn đã hội đàm với lãnh đạo tỉnh Sơn La.\n\n"
            "Theo kế hoạch, vào năm 2026, hai tỉnh sẽ tổ chức lễ ký kết biên bản hợp tác giai đoạn mới.\n\n"
            "Ông Khăm Phăn cho biết, năm 2019, tỉnh Luông Pha Bang và tỉnh Sê Kông đã ký kết biên bản hợp tác.\n")
    others = [e["date"] for e in _events(text) if not e["main"]]
    assert "2026" not in others and "2019" in others   # ("Sê Kông" is no "sẽ")
