"""Round 22 (fold22): rules that read a folded word must not take another word folded the same for it.

Folding (no accents, no case, đ→d) makes "đã" and "Đà" (Đà Nẵng), "sẽ" and "chia sẻ", "sắp" and "sáp nhập",
"đang" and "Đảng", "vừa" and "vua" the same word. The tense words are read as written
(:mod:`hoptac.core.extract.tense_words`). Sentences written for these tests (no page's own words).
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.later_plans import lead_tells_ahead
from hoptac.core.extract.sentences import paragraphs
from hoptac.core.extract.tense_words import WRITTEN, says
from hoptac.core.extract.trips import _told_ahead
from hoptac.core.extract.year_from_stamp import first_tense
from hoptac.core.text import fold

from extract_support import main_or_none as _main


# --- the table ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", sorted(WRITTEN))
def test_each_tense_word_folds_to_its_key(word):
    assert fold(WRITTEN[word]) == word


@pytest.mark.parametrize("text, word, want", [
    ("đoàn đã sang thăm", "da", True),
    ("thành phố Đà Nẵng", "da", False),
    ("hai bên chia sẻ kinh nghiệm", "se", False),
    ("hai bên sẽ ký kết", "se", True),
    ("tỉnh mới sau sáp nhập", "sap", False),
    ("đoàn sắp sang thăm", "sap", True),
    ("làm việc với Đảng ủy tỉnh", "dang", False),
    ("hai bên đang triển khai", "dang", True),
    ("đền thờ vua Đinh", "vua", False),
    ("đoàn vừa sang thăm", "vua", True),
    ("doan lanh dao tinh se sang tham tinh ban", "se", True),     # a page written without accents
])
def test_a_tense_word_is_read_as_written(text, word, want):
    i = fold(text).find(f" {word} ") + 1
    assert says(text, i, word) is want


# --- the first tense word after a day (year_from_stamp.first_tense) --------------------------------------

@pytest.mark.parametrize("clause, want", [
    (", lãnh đạo hai huyện chia sẻ kinh nghiệm xây dựng nông thôn mới.", None),
    (", tỉnh mới sau sáp nhập tổ chức hội nghị, hai bên sẽ ký kết.", "se"),
    (", đoàn làm việc với Đảng ủy tỉnh và sẽ thăm khu công nghiệp.", "se"),
    (", đoàn lãnh đạo hai huyện đang khảo sát vùng trồng chè.", "dang"),
])
def test_the_first_tense_word_is_read_as_written(clause, want):
    assert first_tense(clause, 0, len(clause)) == want


def test_a_day_shared_without_a_future_word_is_not_told_ahead_from_a_december_stamp():
    # "chia sẻ" is no "sẽ": a day of early January on a page stamped 28 December, told without a future word,
    # gets no year (year_from_stamp.JUST_AFTER_DAYS), not the next year
    text = ("Hai tỉnh trao đổi kinh nghiệm làm du lịch\n28/12/2023 08:30\n"
            "Ngày 5/1, lãnh đạo hai tỉnh Yên Bái và Lào Cai chia sẻ kinh nghiệm làm du lịch cộng đồng tại thị xã "
            "Sa Pa.\nHai bên thống nhất phối hợp quảng bá các điểm đến vùng cao.\n")
    main = _main(text)
    assert main is not None and main["date"] != "2024-01-05"


# --- a trip or plan told ahead (trips._told_ahead, later_plans.lead_tells_ahead) --------------------------

def _range_ahead(text: str) -> bool:
    folded = fold(text)
    n = next(d for d in find_dates(text) if d.end_day)
    return _told_ahead(folded, n, paragraphs(text, 0, len(text)), text)


@pytest.mark.parametrize("sentence, want", [
    ("Theo chương trình, đoàn sẽ thăm thành phố Đà Nẵng từ ngày 5 đến 9/5/2024.", True),
    ("Theo chương trình, đoàn sẽ làm việc với Đảng ủy tỉnh từ ngày 5 đến 9/5/2024.", True),
    ("Lãnh đạo hai tỉnh chia sẻ kinh nghiệm tại hội thảo từ ngày 5 đến 7/5/2024.", False),
    ("Hai tỉnh sau sáp nhập tổ chức tuần văn hóa từ ngày 5 đến 9/5/2024.", False),
    ("Đoàn đã thăm thành phố Đà Nẵng từ ngày 5 đến 9/5/2024.", False),
])
def test_a_trip_is_told_ahead_by_the_tense_words_as_written(sentence, want):
    assert _range_ahead(sentence) is want


@pytest.mark.parametrize("lead, want", [
    ("Tại buổi làm việc, lãnh đạo hai tỉnh chia sẻ kinh nghiệm phát triển kinh tế cửa khẩu.", False),
    ("Sau sáp nhập, hai tỉnh tăng cường hợp tác phát triển du lịch.", False),
    ("Đoàn công tác tỉnh sẽ sang thăm tỉnh bạn.", True),
])
def test_a_lead_tells_ahead_only_by_a_future_word_as_written(lead, want):
    assert lead_tells_ahead(fold(lead), (0, len(lead)), lead) is want


def test_a_plan_after_a_lead_sharing_experience_is_not_the_occasion():
    # the undated lead "chia sẻ kinh nghiệm" tells nothing ahead: the delegation's visit told ahead with "sẽ"
    # after it is a plan (trips.planned_after_lead), not the page's occasion
    text = ("Đoàn công tác tỉnh Tuyên Quang thăm, làm việc tại tỉnh Bắc Kạn\n"
            "Tại buổi làm việc, lãnh đạo tỉnh Tuyên Quang và tỉnh Bắc Kạn chia sẻ kinh nghiệm phát triển kinh tế "
            "rừng và du lịch sinh thái.\n"
            "Phát biểu tại buổi làm việc, Phó Chủ tịch UBND tỉnh Bắc Kạn đánh giá cao kết quả hợp tác giữa hai "
            "tỉnh trong năm 2023.\n"
            "Phó Chủ tịch cho biết, đoàn lãnh đạo tỉnh Bắc Kạn sẽ sang thăm tỉnh Tuyên Quang từ ngày 6 đến "
            "10/5/2024.\n")
    main = _main(text)
    assert main is None or not (main["date"] or "").startswith("2024-05-06")


# --- a nearby full date's sentence that tells the past (year_nearby.PAST_MARKERS) --------------------------

def test_da_nang_in_a_nearby_sentence_does_not_tell_the_past():
    # "Đà Nẵng" is no "đã": the full date of the next paragraph lends its year to the lead's day
    text = ("Quảng Ngãi và Đà Nẵng hội đàm hợp tác phát triển\n"
            "Sáng 14/3, lãnh đạo tỉnh Quảng Ngãi hội đàm với lãnh đạo thành phố Đà Nẵng về hợp tác phát triển "
            "vùng.\nHai bên trao đổi về giao thông kết nối và phát triển du lịch biển.\n\n"
            "Ngày 11/3/2024, thành phố Đà Nẵng khai mạc tuần lễ ẩm thực biển với nhiều hoạt động.\n")
    main = _main(text)
    assert main is not None and main["date"] == "2024-03-14"


def test_a_nearby_sentence_that_says_da_still_tells_the_past():
    text = ("Quảng Ngãi và Đà Nẵng hội đàm hợp tác phát triển\n"
            "Sáng 14/3, lãnh đạo tỉnh Quảng Ngãi hội đàm với lãnh đạo thành phố Đà Nẵng về hợp tác phát triển "
            "vùng.\nHai bên trao đổi về giao thông kết nối và phát triển du lịch biển.\n\n"
            "Ngày 11/3/2021, hai địa phương đã ký kết biên bản ghi nhớ hợp tác giai đoạn mới.\n")
    main = _main(text)
    assert main is not None and main["date"] != "2021-03-14"


# --- more rules that read "sẽ" or "đã" folded (year_bounds, undated, verdict_shapes) ---------------------

def test_experience_shared_of_a_dated_week_is_no_plan_that_bounds_the_stamp():
    # year_bounds._FUTURE_WORDS: "chia sẻ" is no "sẽ"; the week of January is no plan ahead of a March stamp
    text = ("Hai tỉnh tăng cường hợp tác văn hóa\n15/03/2024\n"
            "Sáng 15/3, lãnh đạo hai tỉnh Lạng Sơn và Bắc Giang hội đàm. Hai bên chia sẻ kinh nghiệm tổ chức "
            "Tuần Văn hóa từ ngày 6 đến 10/1/2024.\nHai bên thống nhất phối hợp quảng bá du lịch.\n")
    main = _main(text)
    assert main is not None and main["date"] == "2024-03-15"


def test_a_lead_opening_with_a_part_of_a_year_and_sharing_experience_is_dated_by_it():
    # undated._AHEAD after "Đầu năm 2024,": "chia sẻ" tells nothing ahead
    text = ("Hai địa phương tăng cường hợp tác\n"
            "Cuối năm 2023, lãnh đạo hai huyện Mai Châu và Tân Sơn chia sẻ kinh nghiệm phát triển du lịch cộng "
            "đồng tại tỉnh Hòa Bình.\nHai bên thống nhất phối hợp quảng bá.\n")
    main = _main(text)
    assert main is not None and main["date"] == "2023"


def test_a_partner_city_named_da_nang_does_not_make_what_a_signing_provides_done():
    # verdict_shapes._what_it_provides: the lead tells what the memorandum signed on its day provides ("sẽ"),
    # nothing done: "Đà Nẵng" is no "đã"
    with_da_nang = ("Hai địa phương tăng cường hợp tác\n"
                    "Theo biên bản ghi nhớ ký ngày 8/4/2024, thành phố Đà Nẵng sẽ hỗ trợ tỉnh Chăm Pa Sắc đào tạo "
                    "cán bộ giáo dục.\nHai bên thống nhất thành lập tổ công tác chung.\n")
    main = _main(with_da_nang)
    assert main is not None and main["date"] == "2024-04-08"


def test_experience_shared_is_no_provision_of_a_signed_memorandum():
    # "chia sẻ" is no "sẽ": the lead grounds itself on the memorandum and tells nothing ahead
    text = ("Hai địa phương tăng cường hợp tác\n"
            "Theo biên bản ghi nhớ ký ngày 8/4/2024, hai huyện Mường Tè và Sìn Hồ chia sẻ kinh nghiệm giảm "
            "nghèo.\nHai bên thống nhất thành lập tổ công tác chung.\n")
    main = _main(text)
    assert main is None or main["date"] != "2024-04-08"


@pytest.mark.parametrize("text, want", [
    ("hai tỉnh chia sẽ kinh nghiệm", False),       # the common misspelling of "chia sẻ"
    ("hai tỉnh sẽ chia sẻ kinh nghiệm", True),
])
def test_se_after_chia_is_never_the_future(text, want):
    i = fold(text).find(" se ") + 1
    assert says(text, i, "se") is want


# --- the year's sentence after "Năm 2023," (year_cues: _YEAR_AHEAD, _YEAR_FIGURES) -------------------------

_TALKS = ("Hai địa phương tăng cường hợp tác\n"
          "Sáng 20/2, lãnh đạo huyện Cư M'gar và huyện Đắk Song hội đàm về hợp tác trồng hồ tiêu.\n")


def test_experience_shared_in_a_year_is_no_plan_for_that_year():
    # "Trong năm 2023, … chia sẻ …" says nothing the parties will do: no year_ahead cue (it gave the talks 2023)
    main = _main(_TALKS + "Trong năm 2023, nông dân hai huyện chia sẻ kinh nghiệm chăm sóc vườn tiêu.\n")
    assert main is not None and main["date"] != "2023-02-20"


def test_a_years_figure_reached_by_sharing_experience_is_still_its_figure():
    # "Năm 2023, nhờ chia sẻ …, sản lượng … tăng 8%": a whole year's figure (year_figures: the talks in 2024)
    main = _main(_TALKS + "Năm 2023, nhờ chia sẻ kinh nghiệm chăm sóc, sản lượng hồ tiêu hai huyện tăng 8%.\n")
    assert main is not None and main["date"] == "2024-02-20"


# --- "sáp nhập", "chia sẻ", "tối" in rules that read the folded page only -----------------------------------

@pytest.mark.parametrize("sentence, described", [
    ("Hội chợ nông sản xã Ea Tir sau sáp nhập là sự kiện quan trọng của năm 2023.", True),
    ("Hội chợ nông sản xã Ea Tir sắp tới sẽ là sự kiện quan trọng của năm 2023.", False),
])
def test_an_occasion_of_a_merged_commune_described_as_its_years(sentence, described):
    # year_described._NOT_ITS_OWN: "sáp nhập" is no "sắp" (nothing told ahead)
    from hoptac.core.extract.year_described import described_start
    m = next(d for d in find_dates(sentence) if d.precision == "year")
    assert (described_start(sentence, m) is not None) is described


def test_a_visit_recalled_by_a_merged_communes_leader_is_the_past():
    # other_occasions._AHEAD_IN_IT: "sáp nhập" is no "sắp": the visit recalled is an earlier occasion
    from hoptac.core.extract.explain import explain_text
    text = ("Hai địa phương tăng cường hợp tác\n16/04/2024 09:00\n"
            "Sáng 16/4, lãnh đạo xã Bản Lầu tiếp đoàn công tác huyện Hà Khẩu (Trung Quốc).\n"
            "Bí thư Đảng ủy xã Bản Lầu sau sáp nhập nhắc lại chuyến thăm ngày 7/3/2023 của đoàn huyện bạn.\n")
    ex = explain_text(text, source="t.txt")
    recalled = next(d for d in ex.dates if "7/3/2023" in d["text"])
    assert recalled["verdict"] == "past"


def _recent_lead(body: str) -> str:
    return ("Hai địa phương tăng cường hợp tác\n"
            "Vừa qua, đoàn công tác tỉnh Trà Vinh thăm, làm việc tại tỉnh Vĩnh Long.\n" + body + "\n")


def test_a_body_day_after_experience_shared_is_no_plan():
    # undated._AHEAD_OF_IT: "chia sẻ" is no "sẽ": the day of the working session dates the recent visit
    main = _main(_recent_lead("Hai bên chia sẻ kinh nghiệm tại buổi làm việc ngày 18/4."))
    assert main is not None and main["date"] is not None and main["date"].endswith("04-18")


def test_a_body_day_then_the_evening_is_no_day_still_to_come():
    # undated._STILL_TO_COME: "tối" (the evening) is no "tới"
    main = _main(_recent_lead("Hai bên làm việc ngày 18/4, tối cùng ngày dự chương trình giao lưu văn nghệ."))
    assert main is not None and main["date"] is not None and main["date"].endswith("04-18")


def test_a_body_day_still_to_come_stays_a_plan():
    main = _main(_recent_lead("Hai bên thống nhất tổ chức hội nghị ngày 18/4 tới tại tỉnh Vĩnh Long."))
    assert main is None or not (main["date"] or "").endswith("04-18")


# --- a relative year before a day ("năm qua", "năm trước": year_from_stamp.relative_anchor) -----------------

@pytest.mark.parametrize("sentence, want", [
    # "Nam" of a place is no "năm": the stamp's year, not the year before
    ("Đoàn công tác tỉnh Quảng Nam qua Sê Kông ngày 11/3 để thăm và tặng quà học sinh tỉnh bạn.", "2024-03-11"),
    ("Đoàn doanh nghiệp tỉnh Kon Tum và doanh nghiệp Việt Nam qua Lào ngày 11/3 để khảo sát thị trường tỉnh "
     "Attapeu.", "2024-03-11"),
    # "năm ngoái" as written still counts a year back
    ("Hai tỉnh đã ký kết thỏa thuận hợp tác vào ngày 11/3 năm ngoái tại tỉnh Quảng Trị.", "2023-03-11"),
])
def test_a_places_nam_before_a_day_is_no_relative_year(sentence, want):
    main = _main("Hai địa phương tăng cường hợp tác\n20/03/2024 09:00\n" + sentence + "\n")
    assert main is not None and main["date"] == want


def test_a_nearby_day_of_quang_nam_before_its_merger_lends_its_year():
    # "tỉnh Quảng Nam trước sáp nhập" holds no "năm trước": the nearby full date is no earlier occasion
    # (year_nearby.PAST_MARKERS, years._EARLIER_ONE, year_bounds._PAST_WORDS; tense_words.NAM)
    text = ("Hai địa phương tăng cường hợp tác\n"
            "Sáng 19/3, lãnh đạo thành phố Đà Nẵng hội đàm với lãnh đạo tỉnh Sê Kông về hợp tác y tế.\n"
            "Hai bên trao đổi về đào tạo bác sĩ và điều dưỡng.\n\n"
            "Ngày 16/3/2024, tỉnh Quảng Nam trước sáp nhập khai mạc tuần lễ ẩm thực miền Trung.\n")
    main = _main(text)
    assert main is not None and main["date"] == "2024-03-19"


def test_a_nearby_day_of_last_year_still_tells_the_past():
    text = ("Hai địa phương tăng cường hợp tác\n"
            "Sáng 19/3, lãnh đạo thành phố Đà Nẵng hội đàm với lãnh đạo tỉnh Sê Kông về hợp tác y tế.\n"
            "Hai bên trao đổi về đào tạo bác sĩ và điều dưỡng.\n\n"
            "Năm trước, ngày 16/3/2023, hai bên đã ký kết biên bản ghi nhớ hợp tác y tế.\n")
    main = _main(text)
    assert main is not None and main["date"] != "2023-03-19"


@pytest.mark.parametrize("sentence", [
    "Kết quả hợp tác 5 năm qua ngày 14/3 được hai tỉnh Quảng Trị và Savannakhet đánh giá tại hội nghị.",
    "Sau nhiều năm qua, ngày 14/3, hai huyện Hướng Hóa và Sepon tổng kết hợp tác tại hội nghị.",
])
def test_a_count_of_years_past_before_a_day_is_no_last_year(sentence):
    # "5 năm qua" is a span (found on the way: RELATIVE read it as "năm qua", a year before the stamp)
    main = _main("Hai địa phương tăng cường hợp tác\n20/03/2024 09:00\n" + sentence + "\n")
    assert main is not None and main["date"] == "2024-03-14"


def test_a_part_of_a_year_in_the_lead_with_experience_shared_times_its_occasion():
    # undated.lead_part_year (_NOT_ITS_TIME): "chia sẻ" after "đầu năm 2021" tells nothing ahead
    text = ("Hai địa phương tăng cường hợp tác\n"
            "Vừa qua, đoàn công tác tỉnh Cao Bằng đã hội đàm với thành phố Bách Sắc (Trung Quốc) đầu năm 2021 và "
            "chia sẻ kinh nghiệm quản lý chợ biên giới.\n")
    main = _main(text)
    assert main is not None and main["date"] == "2021"
