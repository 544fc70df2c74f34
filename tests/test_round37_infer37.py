"""Round 37 (infer37): a day's year the text supports, where hoptac says "year unknown".

What landed: a new year greeted by its number in a programme's name ("… chào 2027") is the spring cue's new year.
What was measured and left (docs/accuracy.md, "Round 37: infer37"): a lower bound alone (a plan carried out,
a document, a memorandum, the 2025 merger), a stamp months after the day across a new year, an upper bound alone,
a next edition. The guards below are the counter-shapes real pages show for those kinds, written anew: each
must stay "year unknown" (a wrong year is worse than none) until a rule is measured strongly in its favour.
Also the year probe's year_hidden variants and scripts.year_kinds' helpers. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from hoptac.core.extract.year_names import spring_cues
from hoptac.core.text import fold
from hoptac.scripts.year_kinds import CARRIED_PLAN, first_after, latest_before
from hoptac.scripts.year_probe_variants import VARIANTS, year_hidden, year_hidden_no_stamp

from extract_support import first_main as _main, known_year as _year

_HEAD = "Hai địa phương tăng cường hợp tác\n"


# -- a new year greeted by its number: the spring cue's months (Y; Y-1 in December; none from May to November)

_GREETED = ("Tối {day}, Sở Du lịch thành phố A phối hợp với Sở Văn hóa tỉnh B đã tổ chức chương trình "
            "“Du lịch thành phố A chào 2027 – Hành trình xanh” tại phố đi bộ.\n")


@pytest.mark.parametrize("day, want", [("30/1", 2027), ("14/2", 2027), ("30/12", 2026)])
def test_a_programme_greeting_the_new_year_by_its_number_gives_that_new_years_days(day, want):
    text = _HEAD + _GREETED.format(day=day)
    assert _year(text) == want
    cue = _main(text)["year_cue"]
    assert cue["kind"] == "spring" and cue["text"] == "chào 2027"


def test_a_greeted_year_says_nothing_of_a_day_from_may_to_november():
    assert _year(_HEAD + _GREETED.format(day="30/6")) is None


@pytest.mark.parametrize("words, year", [("Chào đón năm 2027", 2027), ("CHÀO 2027", 2027), ("chào năm 2030", 2030)])
def test_greeted_year_forms(words, year):
    assert [(c.name, c.year) for c in spring_cues(f"Chương trình nghệ thuật “{words}” diễn ra tại quảng trường.")] \
        == [("spring", year)]


@pytest.mark.parametrize("sentence", [
    "Hai đơn vị tổ chức chương trình chào mừng 2027 lượt khách đầu tiên.",   # chào mừng: celebrating
    "Quán cháo 2027 mở cửa từ sáng sớm.",                                    # not the greeting
    "Hai bên chào 20/11/2027 bằng một buổi giao lưu.",                       # a date, not a year
])
def test_not_a_greeted_year(sentence):
    assert spring_cues(sentence) == []


# -- counter-shapes of the kinds measured and left: each stays "year unknown"

@pytest.mark.parametrize("name, text", [
    # a ministry's plan carried out two years after it was issued (the plan's date is just before the day-month)
    ("plan issued years before", "Triển khai Kế hoạch số 17/KH-BVHTTDL ngày 8 tháng 5 năm 2027 của Bộ Văn hóa, Thể thao "
     "và Du lịch về phát động chương trình kích cầu du lịch nội địa.\nNgày 11/6, tại thành phố A, Sở Du lịch thành phố A "
     "và Sở Du lịch tỉnh B tổ chức hội nghị liên kết phát triển du lịch.\n"),
    # a review one year after the memorandum it reviews
    ("review a year after", "Ngày 20/11, tại tỉnh A, lãnh đạo tỉnh A và tỉnh B tổ chức hội nghị sơ kết 1 năm thực hiện "
     "biên bản ghi nhớ ký kết tháng 6/2027 giữa hai tỉnh.\n"),
    # a plan of the year before, carried out
    ("plan of the year before", "Sáng 15/3, lãnh đạo huyện A và huyện B tổ chức hội nghị giao ban.\nHội nghị nhằm triển "
     "khai Kế hoạch số 12/KH-UBND ngày 20/12/2026 của UBND tỉnh.\n"),
    # the plan carried out shortly before (right on the pages seen, wrong on one: left)
    ("plan carried out", "Chiều 18-10, lãnh đạo phường An Bình và xã Tân Phú đã ký kết chương trình kết nghĩa.\nĐây là "
     "hoạt động nhằm thực hiện Kế hoạch số 43/KH-UBND ngày 22-8-2027 của UBND tỉnh về tăng cường đoàn kết.\n"),
    # a stamp months before the day in its own year: a re-saved stamp, or a republication a year and more on
    ("stamp before the day", "16:58 17/01/2028\nNgày 12/5, đoàn công tác của tỉnh A do đồng chí Nguyễn Văn An dẫn đầu "
     "đã đến thăm và làm việc tại tỉnh B.\n"),
    # the 2025 merger alone: pages of 2026 and later say the same
    ("merger alone", "Ngày 19/8, tại xã Tân Lập, lãnh đạo xã Tân Lập và xã Hòa Bình tổ chức lễ ký kết kết nghĩa.\n"
     "Sau sắp xếp, hai xã vận hành mô hình chính quyền địa phương hai cấp.\n"),
])
def test_a_lower_bound_or_a_stamp_alone_gives_no_year(name, text):
    assert _year(_HEAD + text) is None, name


# -- the year probe's year_hidden variants

_STATED = _HEAD + "Ngày 12/5/2027, tại thành phố A, hai tỉnh đã ký kết chương trình hợp tác.\n"


@pytest.mark.parametrize("written, hidden", [
    ("Ngày 12/5/2027", "Ngày 12/5"), ("Ngày 12-5-2027", "Ngày 12-5"),
    ("Ngày 12 tháng 5 năm 2027", "Ngày 12 tháng 5"),
])
def test_year_hidden_takes_the_year_from_the_main_day(written, hidden):
    text = _STATED.replace("Ngày 12/5/2027", written)
    out = year_hidden(text, 2027, _main(text))
    assert out is not None and hidden + "," in out and "2027" not in out
    assert _year(out) is None   # nothing else on this page gives the year


def test_year_hidden_only_where_the_main_day_states_its_year():
    text = _HEAD + "16:58 13/05/2027\nNgày 12/5, tại thành phố A, hai tỉnh đã ký kết chương trình hợp tác.\n"
    assert year_hidden(text, 2027, _main(text)) is None
    assert year_hidden(_STATED, 2026, _main(_STATED)) is None   # a main day of another year than the gold's


def test_year_hidden_no_stamp_drops_the_stamp_too():
    text = _HEAD + "16:58 13/05/2027\nNgày 12/5/2027, tại thành phố A, hai tỉnh đã ký kết chương trình hợp tác.\n"
    assert _year(year_hidden(text, 2027, _main(text))) == 2027     # the stamp gives it
    out = year_hidden_no_stamp(text, 2027, _main(text))
    assert "13/05/2027" not in out and _year(out) is None
    assert {"year_hidden", "year_hidden_no_stamp"} <= set(VARIANTS)


# -- scripts.year_kinds' helpers

def test_first_after_and_latest_before():
    assert first_after(date(2027, 8, 22), 10, 18) == 2027
    assert first_after(date(2027, 8, 22), 3, 15) == 2028
    assert latest_before(date(2028, 1, 17), 5, 12) == 2027
    assert latest_before(date(2028, 6, 1), 5, 12) == 2028
    assert first_after(date(2027, 3, 1), 2, 29) is None


@pytest.mark.parametrize("sentence, found", [
    ("Đây là hoạt động nhằm thực hiện Kế hoạch số 43/KH-UBND ngày 22-8-2027 của UBND tỉnh.", True),
    ("Triển khai Kế hoạch số 17/KH-BVHTTDL ngày 8 tháng 5 năm 2027 của Bộ.", True),
    ("Hai bên đã ký kết Kế hoạch số 43/KH-UBND ngày 22-8-2027.", False),   # signed, not carried out
])
def test_carried_plan(sentence, found):
    assert bool(CARRIED_PLAN.search(fold(sentence))) is found
