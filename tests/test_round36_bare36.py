"""Round 36, the lead's day written bare in brackets after its occasion (bare36): "… đã đến thăm và làm việc tại
tỉnh B (5/3).", "(5-3)", "(5.3)", "(ngày 12.4)"; sentences written for this test (no page's own words), each shape
with counter-examples.

* a dot or a dash between day and month alone in brackets that close the clause is a date (date_rules.paren_dm,
  paren_days): not a mark, an index, a section, a score or a document's number;
* a document's word that ends a place's name ("Yên Bái", "Bình Dương", "Khánh Hòa", "Thái Lan", "Hải Phòng") does
  not make the bracketed day after it a number (doc_words.NAME_ENDINGS);
* a day alone in brackets after a document's number ("Quyết định số 12 (5/3)") is the document's, as "(ngày 5/3)"
  is (document_dates.bare_in_brackets);
* a bracketed day after the sentence's predicate ("… đã đến thăm … (8/3)") is preferred to one in an opening
  phrase about another occasion ("Tiếp nối Hội nghị … (5/3), …"; main_date.PLACE_SCORES "after_predicate").
"""

from __future__ import annotations

import pytest

from extract_support import HEAD, main_or_none as _main
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.explain import explain_text

_REST = ("\n\nHai bên đã trao đổi kinh nghiệm phát triển kinh tế cửa khẩu và thống nhất các nội dung phối hợp trong "
         "thời gian tới.\n\nĐoàn cũng đã đi thăm một số mô hình sản xuất nông nghiệp của tỉnh.\n")
_WHO = "Đoàn công tác tỉnh Lào Cai do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm và làm việc tại"


def _date(lead: str):
    main = _main(HEAD + lead + _REST)
    return main and main["date"]


@pytest.mark.parametrize("lead, day", [
    (f"{_WHO} tỉnh Hà Giang (5-3).", "--03-05"),
    (f"{_WHO} tỉnh Hà Giang (5.3).", "--03-05"),
    (f"{_WHO} tỉnh Hà Giang (5-3), trao đổi về hợp tác du lịch.", "--03-05"),
    (f"{_WHO} tỉnh Hà Giang ( 12.4 ).", "--04-12"),
    ("Lãnh đạo tỉnh Điện Biên đã hội đàm với lãnh đạo tỉnh Phongsaly, Lào (7-11).", "--11-07"),
    ("Hai tỉnh đã ký kết biên bản hợp tác giai đoạn 2024 - 2026 (27-6).", "2024-06-27"),
    (f"{_WHO} huyện Mường Khương, tỉnh Lào Cai (Việt Nam) (29.11).", "--11-29"),
    # as before: a slash, "ngày" or a part of the day
    (f"{_WHO} tỉnh Hà Giang (5/3).", "--03-05"),
    (f"{_WHO} tỉnh Hà Giang (ngày 12.4).", "--04-12"),
    ("Lãnh đạo tỉnh Điện Biên đã hội đàm với lãnh đạo tỉnh Phongsaly, Lào (chiều 7/11).", "--11-07"),
])
def test_the_leads_day_bare_in_brackets_after_the_occasion(lead, day):
    assert _date(lead) == day


@pytest.mark.parametrize("place", ["tỉnh Yên Bái", "tỉnh Bình Dương", "tỉnh Hải Dương", "tỉnh Khánh Hòa",
                                   "thành phố Hải Phòng", "huyện Sông Mã", "Thái Lan"])
@pytest.mark.parametrize("day", ["(5/3)", "(5-3)", "(5.3)"])
def test_a_place_ending_in_a_documents_word_before_the_bracketed_day(place, day):
    assert _date(f"{_WHO} {place} {day}.") == "--03-05"


@pytest.mark.parametrize("text", [
    "Học sinh đạt điểm (8.5) trong kỳ thi.",
    "Đội bóng của tỉnh giành chiến thắng với tỷ số (2-1).",
    "Chỉ số PCI (6.5) của tỉnh tăng 3 bậc.",
    "Chỉ số PCI (6.5).",
    "Nội dung được quy định tại Điều (3.2).",
    "Căn cứ Quyết định số 12 (5-3).",
    "Tổng số đoàn là 12 (5-3).",
    "Giá trị tăng từ 3.5 lên 4.2 tỷ đồng, gần 5-6 lần.",
    "Mức tăng trưởng của tỉnh (6.5) cao hơn cả nước.",     # "(6.5)" followed by words: no date
    "Bài (3/4).", "đoạn đường 5/3",
])
def test_numbers_in_brackets_stay_numbers(text):
    assert [m.text for m in find_dates(text) if m.day] == []


@pytest.mark.parametrize("lead", [
    "Theo Quyết định số 12 (5/3), đoàn công tác tỉnh Lào Cai đã đến thăm và làm việc tại tỉnh Hà Giang.",
    "Thực hiện Kế hoạch số 7/KH-UBND (5-3), đoàn công tác tỉnh Lào Cai đã đến thăm và làm việc tại tỉnh Hà Giang.",
    "Thực hiện Kế hoạch số 7/KH-UBND (5.3) của UBND tỉnh, đoàn công tác tỉnh Lào Cai đã đến thăm tỉnh Hà Giang.",
])
def test_a_documents_day_bare_in_brackets_dates_no_occasion(lead):
    assert _date(lead) is None
    # ... and the occasion's own day still wins
    assert _date("Ngày 20/3, " + lead[0].lower() + lead[1:]) == "--03-20"


@pytest.mark.parametrize("other, own", [("(5/3)", "(8/3)"), ("(5-3)", "(8-3)"), ("(5.3)", "(8.3)")])
def test_another_occasions_bracketed_day_before_the_subject(other, own):
    lead = (f"Tiếp nối Hội nghị xúc tiến đầu tư tổ chức tại Hà Nội {other}, đoàn công tác tỉnh Lào Cai đã đến thăm "
            f"và làm việc tại tỉnh Hà Giang {own}.")
    assert _date(lead) == "--03-08"


@pytest.mark.parametrize("holiday, own", [("(2/9)", "(31/8)"), ("(2-9)", "(31-8)"), ("(2.9)", "(31.8)")])
def test_a_holidays_day_in_brackets_is_not_the_occasions(holiday, own):
    lead = f"Nhân dịp Quốc khánh {holiday}, đoàn công tác tỉnh Phongsaly (Lào) đã đến thăm và chúc mừng tỉnh Điện Biên"
    assert _date(lead + f" {own}.") == "--08-31"
    assert _date(lead + ".") is None


def test_an_anniversarys_span_in_brackets_lends_the_year_not_the_day():
    lead = ("Nhân dịp kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2022), đoàn công tác tỉnh Điện "
            "Biên đã sang thăm tỉnh Phongsaly (Lào) (3-9).")
    assert _date(lead) == "2022-09-03"


@pytest.mark.parametrize("day", ["(5-3)", "(5.3)"])
def test_a_related_title_or_a_captions_bracketed_day(day):
    lead = f"{_WHO} tỉnh Hà Giang (8/3)."
    related = HEAD + lead + _REST + f"\nTin liên quan:\n\nLào Cai và Hà Giang ký kết hợp tác phát triển du lịch {day}\n"
    caption = HEAD + lead + f"\n\nLãnh đạo hai tỉnh trao đổi tại buổi làm việc {day}. Ảnh: Minh Anh\n" + _REST
    for text in (related, caption):
        assert _main(text)["date"] == "--03-08"
    ex = explain_text(caption)
    assert [(d["text"], d["verdict"]) for d in ex.dates] == [("8/3", "event"), (day[1:-1], "caption")]


@pytest.mark.parametrize("text, found", [
    ("Nông dân thu hoạch lúa Hè Thu (29/8).", ["29/8"]),       # "Thu", not "thứ"
    ("Đoàn đã đến thăm tỉnh Yên Bái (5/3).", ["5/3"]),          # "Bái", not "Bài"
    ("Hai bên hội đàm với tỉnh Luông Pha Bang (15/12), Lào.", ["15/12"]),   # "Bang", not "bằng"
    ("Diện tích lớn gấp 3 lần, bằng 2/3 cả nước.", []),          # "bằng": a fraction, as before
    ("Hội nghị lần thứ 2/3 thành viên tán thành.", []),          # "thứ": a count, as before
    ("Hoi nghi lan thu 2/3 thanh vien tan thanh.", []),          # a page without accents: as before
    ("Bài 3/4 nói về hợp tác.", []),
    ("Hai tỉnh ký kết tại thành phố Hải Phòng (5/3).", ["5/3"]),  # a name spelt as "phòng"
    ("Đoàn làm việc tại phòng 3/2 của trụ sở.", []),             # ... the word itself: a number
    ("Hai đội hòa 1/1 trong trận giao hữu.", []),
])
def test_a_documents_word_spelt_or_capitalised_as_another(text, found):
    assert [m.text for m in find_dates(text) if m.day] == found


@pytest.mark.parametrize("lead, day", [
    ("UBND tỉnh Lào Cai phối hợp với tỉnh Hà Giang đã tổ chức “Ngày văn hóa hai tỉnh” (21-11).", "--11-21"),
    ("Hai tỉnh đã tổ chức hội nghị tổng kết hợp tác trong cuối tháng 12/2024 (4-12).", "--12-04"),
    ("Đoàn giáo viên tỉnh Lào Cai đã sang tỉnh Hà Giang học tập (8-8), trao đổi kinh nghiệm giảng dạy.", "--08-08"),
    ("Đoàn công tác tỉnh Lào Cai đã làm việc với các tỉnh miền Bắc (5-3).", "--03-05"),
])
def test_the_bracket_after_a_title_a_month_or_a_word_folding_as_a_number_word(lead, day):
    assert _date(lead) == day


def test_a_bracketed_day_after_the_place_of_an_anniversarys_celebration_is_the_occasions():
    held = ("Đoàn công tác tỉnh Lào Cai đã tham dự lễ kỷ niệm 30 năm Ngày kết nghĩa hai tỉnh Lào Cai – Hà Giang tại "
            "tỉnh Hà Giang (5/3).")
    assert _date(held) == "--03-05"
    # the day the anniversary commemorates, right after its name, stays the anniversary's
    named = ("Nhân dịp kỷ niệm 30 năm Ngày kết nghĩa hai tỉnh (5/3), đoàn công tác tỉnh Lào Cai đã đến thăm tỉnh Hà "
             "Giang.")
    assert _date(named) is None


@pytest.mark.parametrize("day, date", [("(sáng 5/3/2024)", "2024-03-05"), ("(chiều 5-3-2024)", "2024-03-05"),
                                       ("(sáng 5/3)", "--03-05")])
def test_a_part_of_the_day_in_the_bracket_after_an_anniversary_is_the_occasions(day, date):
    lead = f"Lãnh đạo tỉnh Lào Cai đã dự lễ kỷ niệm 30 năm Ngày kết nghĩa hai tỉnh Lào Cai – Hà Giang {day}."
    assert _date(lead) == date
