"""Round 35, the lead reworded a third time (para35): the date written other ways, a lead that goes on after its
main clause with the trip's other day; sentences written for this test (no page's own words), each shape with
counter-examples.

* no-break spaces inside a date ("Sáng 5 / 3" typed with U+00A0) were no spaces to the date rules: the lead had
  no day and a later paragraph's won (text.clean reads them as spaces);
* the month's name ("sáng ngày 5 tháng Ba") was read in a stamp only (month_words): a sentence's is a date now
  (date_rules.dm_month_word), not a lunar one ("ngày 10 tháng Ba âm lịch") nor "tháng năm" in lower case;
* a short lead with its day inside (lead_time_inside) may write "hôm 5/3" alone, "… vào ngày 5/3 vừa qua.";
* a lead's second clause about the trip's day before or after ("; trước đó, ngày 4/3, đoàn đã làm việc với …")
  does not give the type (lead_tails).
"""

from __future__ import annotations

import pytest

from extract_support import HEAD, main_or_none as _main
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.lead_tails import TAILS, main_clause
from hoptac.core.extract.type_phrases import found
from hoptac.core.text import clean, fold

_REST = ("\n\nHai bên đã trao đổi kinh nghiệm phát triển kinh tế cửa khẩu và thống nhất các nội dung phối hợp trong "
         "thời gian tới.\n\nSáng 6/3, đoàn tiếp tục làm việc với Sở Công Thương tỉnh Lào Cai về xúc tiến thương mại "
         "qua biên giới.\n")
_WHO = "đoàn công tác châu Hồng Hà (Trung Quốc) thăm và làm việc tại tỉnh Lào Cai."
_GUESTS = "Đoàn công tác châu Hồng Hà (Trung Quốc)"
NB = "\u00a0"


@pytest.mark.parametrize("opening", [
    f"Sáng{NB}5{NB}/{NB}3, ",
    f"Ngày{NB}5/3, ",
    f"Chiều 5{NB}/3, ",
    # as before
    "Sáng 5 / 3, ",
    "Ngày 05/03, ",
    "Sáng 5.3, ",
])
def test_no_break_spaces_inside_the_leads_day(opening):
    main = _main(clean(HEAD + opening + _WHO + _REST))   # (clean: the text's way in, as decode gives it)
    assert main is not None and (main["date"], main["type"]) == ("--03-05", "visit")


def test_clean_reads_no_break_spaces_as_spaces():
    assert clean(f"Sáng{NB}5{NB}/{NB}3\u202fnăm") == "Sáng 5 / 3 năm"
    assert clean("Sáng 5/3") == "Sáng 5/3"


@pytest.mark.parametrize("lead", [
    "Sáng ngày 5 tháng Ba, " + _WHO,
    "Ngày 5 tháng Ba, " + _WHO,
    f"{_GUESTS}, ngày 5 tháng Ba đã thăm và làm việc tại tỉnh Lào Cai.",
    f"{_GUESTS} thăm và làm việc tại tỉnh Lào Cai vào sáng ngày 5 tháng Ba.",
    # as before
    "Sáng ngày 5 tháng 3, " + _WHO,
])
def test_the_month_by_its_name_in_a_lead(lead):
    main = _main(HEAD + lead + _REST)
    assert main is not None and (main["date"], main["type"]) == ("--03-05", "visit")


@pytest.mark.parametrize("text, days", [
    ("Sáng ngày 5 tháng Ba, hai tỉnh ký kết", [(5, 3, None)]),
    ("Ngày 12 tháng Tư năm 2024, hai tỉnh ký kết", [(12, 4, 2024)]),
    ("chiều 20 tháng Mười Một, hai tỉnh ký kết", [(20, 11, None)]),
    ("ngày 5 tháng Năm năm 2024, hai tỉnh ký kết", [(5, 5, 2024)]),
    # counter-examples: a lunar day, "tháng năm" (a year), no "ngày" nor a part of the day, a lunar month's name
    ("lễ hội diễn ra ngày 10 tháng Ba âm lịch hằng năm", []),
    ("giỗ tổ ngày 10 tháng Ba năm Giáp Thìn", []),
    ("kéo dài 5 tháng Ba năm liền", []),
    ("ngày 15 tháng Giêng", []),
])
def test_dm_month_word(text, days):
    got = [(m.day, m.month, m.year) for m in find_dates(text) if m.day is not None]
    assert got == days


@pytest.mark.parametrize("lead", [
    f"{_GUESTS}, hôm 5/3 đã thăm và làm việc tại tỉnh Lào Cai.",
    f"{_GUESTS} thăm và làm việc tại tỉnh Lào Cai hôm 5/3.",
    f"{_GUESTS} thăm và làm việc tại tỉnh Lào Cai vào hôm 5/3.",
    f"{_GUESTS} thăm và làm việc tại tỉnh Lào Cai vào ngày 5/3 vừa qua.",
    # as before
    f"{_GUESTS} thăm và làm việc tại tỉnh Lào Cai vào sáng 5/3.",
    f"{_GUESTS}, sáng 5/3 đã thăm và làm việc tại tỉnh Lào Cai.",
])
def test_hom_and_vua_qua_inside_a_short_lead(lead):
    main = _main(HEAD + lead + _REST)
    assert main is not None and (main["date"], main["type"]) == ("--03-05", "visit")


_SIGNED = "Sáng 5/3, tỉnh Lào Cai và châu Hồng Hà (Trung Quốc) ký kết biên bản ghi nhớ hợp tác"
_BODY = "\n\nTheo biên bản, hai bên phối hợp trong thương mại, du lịch và quản lý cửa khẩu.\n"


@pytest.mark.parametrize("tail", [
    "; trước đó, ngày 4/3, đoàn đã làm việc với Sở Công Thương tỉnh Lào Cai về xúc tiến thương mại.",
    "; tiếp đó, ngày 6/3, đoàn sẽ khảo sát cảng cạn và khu kinh tế cửa khẩu.",
    ", sau đó đoàn đến thăm khu di tích của tỉnh.",
    "; ngày mai (6/3), hai bên sẽ tiếp tục làm việc tại khu kinh tế cửa khẩu.",
    # as before
    ".",
])
def test_a_tail_about_the_trips_other_day_does_not_give_the_type(tail):
    main = _main(HEAD + _SIGNED + tail + _BODY)
    assert main is not None and (main["date"], main["type"]) == ("--03-05", "signing")


def test_lead_tails_rows_and_what_is_no_tail():
    for name, _, example in TAILS:
        f = fold(example)
        assert main_clause(f, found) != f, name
    # a programme's next item, a briefing after a signing: no delegation or sides after "sau đó"
    for s in ("Ngày 5/3, hai huyện ký kết biên bản ghi nhớ, sau đó tổ chức hội thảo về nông nghiệp.",
              "Ngày 5/3, hai tỉnh ký kết thỏa thuận, sau đó gặp gỡ báo chí."):
        assert main_clause(fold(s), found) == fold(s)
    # nothing before the tail names an occasion: the sentence whole
    s = fold("Sáng 5/3, tại cửa khẩu; trước đó, ngày 4/3, đoàn đã ký kết biên bản ghi nhớ.")
    assert main_clause(s, found) == s
