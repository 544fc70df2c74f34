"""Round 36 (late36b): other dated milestones of unseen pages, two shapes of a year told in the body
(:func:`hoptac.core.extract.milestones.year_milestone`): a relation founded in the year that opens its
sentence ("Từ năm Y, A đã chính thức có quan hệ hợp tác với B": ``_FOUNDED_SINCE``), and one trip told
done in a year opened by "Trong" ("Trong năm Y, A đã tổ chức đoàn sang thăm và hội đàm với B":
``_ONE_TRIP_IN_YEAR``), beside the counter-shapes that stay no milestone (a year's activity summed up,
counted, or planned). Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import events_of

_HEAD = ("Hội Nông dân hai tỉnh Điện Biên và Phông Sa Lỳ tổng kết hợp tác\n\n"
         "Ngày 18/12/2024, tại thành phố Điện Biên Phủ, Hội Nông dân tỉnh Điện Biên và Hội Nông dân tỉnh Phông Sa "
         "Lỳ (Lào) tổ chức hội nghị tổng kết bản ghi nhớ hợp tác giai đoạn 2020-2024.\n\n")
_TAIL = "\n\nHai bên thống nhất tiếp tục trao đổi thông tin thường xuyên.\n"


def _others(sentence: str) -> list[str]:
    _, events, _ = events_of(_HEAD + sentence + _TAIL)
    assert [e["date"] for e in events if e["main"]] == ["2024-12-18"]
    return [e["date"] for e in events if not e["main"]]


# --- a relation founded in the year that opens its sentence ("Từ năm Y, …")

@pytest.mark.parametrize("sentence,year", [
    ("Từ năm 2008, Hội Nông dân tỉnh Điện Biên đã chính thức có quan hệ hợp tác với Hội Nông dân tỉnh Phông Sa "
     "Lỳ.", "2008"),
    ("Từ năm 1998, hai hội thiết lập quan hệ hợp tác và thường xuyên thăm hỏi nhau.", "1998"),
    ("Từ năm 2011, hội nông dân hai tỉnh đã kết nghĩa, cùng hỗ trợ hội viên vùng biên.", "2011"),
])
def test_a_relation_founded_in_the_year_that_opens_the_sentence(sentence, year):
    assert year in _others(sentence)


@pytest.mark.parametrize("sentence,year", [
    ("Từ năm 2008, hai bên đã tổ chức nhiều hoạt động giao lưu, trao đổi kinh nghiệm.", "2008"),   # activity since
    ("Từ năm 2008, quan hệ hợp tác giữa hai hội ngày càng phát triển.", "2008"),                  # no founding
    ("Từ năm 2026, hai hội sẽ chính thức thiết lập quan hệ hợp tác toàn diện.", "2026"),          # a plan
    ("Từ năm 2015, hai xã đã tổ chức giao lưu văn nghệ vào dịp ngày kết nghĩa.", "2015"),     # the bond's day
    ("Từ năm 2015, hai bên đã có nhiều hoạt động giao lưu, thắt chặt tình kết nghĩa.", "2015"),  # its feeling
])
def test_a_year_since_without_a_founding_told_done_is_no_milestone(sentence, year):
    assert year not in _others(sentence)


# --- one trip told done in a year opened by "Trong"

@pytest.mark.parametrize("sentence,year", [
    ("Trong năm 2023, Hội Nông dân tỉnh Điện Biên đã tổ chức đoàn sang thăm và hội đàm với Hội Nông dân tỉnh "
     "Phông Sa Lỳ.", "2023"),
    ("Trong năm 2022, Hội Nông dân tỉnh Điện Biên đã sang thăm và làm việc tại tỉnh Phông Sa Lỳ.", "2022"),
])
def test_one_trip_told_done_in_a_year_opened_by_trong(sentence, year):
    assert year in _others(sentence)


@pytest.mark.parametrize("sentence,year", [
    # a year's activity summed up (review21's shape): counted documents and delegations
    ("Trong năm 2023, hai hội đã ký kết bốn văn bản và tổ chức nhiều đoàn sang thăm lẫn nhau.", "2023"),
    ("Trong năm 2023, Hội Nông dân tỉnh Điện Biên đã tổ chức 3 đoàn sang thăm và làm việc tại tỉnh Phông Sa "
     "Lỳ.", "2023"),
    ("Trong năm 2023, Hội Nông dân tỉnh Điện Biên đã tổ chức các đoàn sang thăm, hỗ trợ hội viên nghèo.", "2023"),
    # a plan
    ("Trong năm 2025, Hội Nông dân tỉnh Điện Biên sẽ tổ chức đoàn sang thăm và hội đàm với tỉnh bạn.", "2025"),
    # no trip: a year's results
    ("Trong năm 2023, hội viên hai tỉnh đã trao đổi hơn 200 tấn nông sản qua cửa khẩu.", "2023"),
])
def test_a_year_summed_up_counted_or_planned_after_trong_is_no_milestone(sentence, year):
    assert year not in _others(sentence)
