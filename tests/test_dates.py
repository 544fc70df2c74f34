"""Vietnamese date expressions: hoptac.core.extract.dates and its table hoptac.core.extract.date_rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract import dates
from hoptac.core.extract.date_rules import RULES
from hoptac.core.extract.dates import DateMention, find_dates

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def only(text: str) -> DateMention:
    found = find_dates(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def fields(m: DateMention) -> dict:
    return {"text": m.text, "day": m.day, "month": m.month, "year": m.year,
            "end_day": m.end_day, "end_month": m.end_month, "end_year": m.end_year,
            "precision": m.precision, "kind": m.kind, "rule": m.rule, "daypart": m.daypart}


# --- the forms an article uses, each found with the right fields ---------------------

D = dict  # a row's expected fields; the others must be None / the defaults

FORMS = [
    # (text, expected mention text, expected fields)
    ("Theo đó, ngày 19/9/2018 tại thành phố Thái Bình", "ngày 19/9/2018",
     D(day=19, month=9, year=2018, rule="dmy")),
    ("được ký kết vào ngày 26/2/2006.", "ngày 26/2/2006", D(day=26, month=2, year=2006, rule="dmy")),
    ("26/2/2006 là ngày ký thỏa thuận", "26/2/2006", D(day=26, month=2, year=2006, rule="dmy")),
    ("Chiều 8/3, tại thành phố Lào Cai", "Chiều 8/3",
     D(day=8, month=3, rule="lead_dm", daypart="chiều")),
    ("Sáng 23.9, đoàn công tác", "Sáng 23.9", D(day=23, month=9, rule="lead_dm", daypart="sáng")),
    ("Sáng nay 12.5, tại Hà Nội", "Sáng nay 12.5", D(day=12, month=5, rule="lead_dm", daypart="sáng")),
    ("Sáng 14-10, hai tỉnh", "Sáng 14-10", D(day=14, month=10, rule="lead_dm", daypart="sáng")),
    ("Tối 8/3 diễn ra", "Tối 8/3", D(day=8, month=3, rule="lead_dm", daypart="tối")),
    ("Trưa 8/3", "Trưa 8/3", D(day=8, month=3, rule="lead_dm", daypart="trưa")),
    ("Đêm 8/3", "Đêm 8/3", D(day=8, month=3, rule="lead_dm", daypart="đêm")),
    ("Chiều qua (7/3), hai bên", "Chiều qua (7/3)", D(day=7, month=3, rule="lead_dm", daypart="chiều")),
    ("Sáng thứ Hai (14/3)", "Sáng thứ Hai (14/3)", D(day=14, month=3, rule="lead_dm", daypart="sáng")),
    ("Tối thứ Bảy, 12/5, đoàn", "Tối thứ Bảy, 12/5", D(day=12, month=5, rule="lead_dm", daypart="tối")),
    ("Ngày 7/1, tại thành phố Lào Cai", "Ngày 7/1", D(day=7, month=1, rule="lead_dm")),
    ("HNP - Ngày 11/7, Thành ủy Hà Nội", "Ngày 11/7", D(day=11, month=7, rule="lead_dm")),
    ("hôm 5/3 vừa qua", "hôm 5/3", D(day=5, month=3, rule="lead_dm")),
    ("Thứ Hai (14/3)", "Thứ Hai (14/3)", D(day=14, month=3, rule="lead_dm")),
    ("ngày 3.6.2015", "ngày 3.6.2015", D(day=3, month=6, year=2015, rule="dmy")),
    ("ký ngày 12-8-2020 tại", "ngày 12-8-2020", D(day=12, month=8, year=2020, rule="dmy")),
    ("12-8-2020", "12-8-2020", D(day=12, month=8, year=2020, rule="dmy")),
    ("05/03/2022", "05/03/2022", D(day=5, month=3, year=2022, rule="dmy")),
    ("Chiều 8/3/2020", "Chiều 8/3/2020", D(day=8, month=3, year=2020, rule="dmy", daypart="chiều")),
    ("ngày 8/3 năm 2020", "ngày 8/3 năm 2020", D(day=8, month=3, year=2020, rule="dmy")),
    ("nhân dịp kỷ niệm 20 năm ngày tái lập tỉnh Lào Cai (ngày 30/9/2011), tỉnh", "ngày 30/9/2011",
     D(day=30, month=9, year=2011, rule="dmy")),
    ("(16:25 13/07/2019)", "13/07/2019", D(day=13, month=7, year=2019, rule="dmy")),
    ("Trong hai ngày 24 và 25 tháng 11 năm 2018, Tại thành phố Yên Bái",
     "ngày 24 và 25 tháng 11 năm 2018",
     D(day=24, month=11, year=2018, end_day=25, end_month=11, end_year=2018, rule="range_days")),
    ("24 và 25 tháng 11 năm 2018", "24 và 25 tháng 11 năm 2018",
     D(day=24, month=11, year=2018, end_day=25, end_month=11, end_year=2018, rule="range_days")),
    ("Trong hai ngày 24 và 25/11, hội nghị", "ngày 24 và 25/11",
     D(day=24, month=11, end_day=25, end_month=11, rule="range_days")),
    ("Hội nghị (3 - 4/6) tại", "3 - 4/6", D(day=3, month=6, end_day=4, end_month=6, rule="range_days")),
    ("từ ngày 2 đến 6.9", "từ ngày 2 đến 6.9", D(day=2, month=9, end_day=6, end_month=9, rule="range_days")),
    ("ngày 2-3/9/2020", "ngày 2-3/9/2020",
     D(day=2, month=9, year=2020, end_day=3, end_month=9, end_year=2020, rule="range_days")),
    ("từ ngày 28/2 đến ngày 2/3", "từ ngày 28/2 đến ngày 2/3",
     D(day=28, month=2, end_day=2, end_month=3, rule="range_dm_dm")),
    ("(22/12/1944 - 22/12/2016)", "22/12/1944 - 22/12/2016",
     D(day=22, month=12, year=1944, end_day=22, end_month=12, end_year=2016, rule="range_dm_dm")),
    ("từ 28/12 đến 2/1/2020", "từ 28/12 đến 2/1/2020",
     D(day=28, month=12, year=2019, end_day=2, end_month=1, end_year=2020, rule="range_dm_dm")),
    ("ngày 14 tháng 03 năm 2022", "ngày 14 tháng 03 năm 2022",
     D(day=14, month=3, year=2022, rule="dm_text")),
    ("Hà Nội, Thứ Hai, ngày 14 tháng 03 năm 2022", "Thứ Hai, ngày 14 tháng 03 năm 2022",
     D(day=14, month=3, year=2022, rule="dm_text")),
    ("ngày mùng 2 tháng 9", "ngày mùng 2 tháng 9", D(day=2, month=9, rule="dm_text")),
    ("trong tháng 11/2018 vừa qua", "tháng 11/2018", D(month=11, year=2018, precision="month", rule="month_year")),
    ("tháng 11 năm 2018", "tháng 11 năm 2018", D(month=11, year=2018, precision="month", rule="month_year")),
    ("Trong tháng 3, hai tỉnh", "tháng 3", D(month=3, precision="month", rule="month")),
    ("quý I/2019", "quý I/2019",
     D(month=1, year=2019, end_month=3, end_year=2019, precision="month", rule="quarter")),
    ("trong quý 2 năm 2020", "quý 2 năm 2020",
     D(month=4, year=2020, end_month=6, end_year=2020, precision="month", rule="quarter")),
    ("quý IV-2020", "quý IV-2020",
     D(month=10, year=2020, end_month=12, end_year=2020, precision="month", rule="quarter")),
    ("6 tháng đầu năm 2019", "6 tháng đầu năm 2019",
     D(month=1, year=2019, end_month=6, end_year=2019, precision="month", rule="half_year")),
    ("hợp tác năm 2018, ký kết", "năm 2018", D(year=2018, precision="year", rule="year")),
    ("Năm 2023 tiếp tục hợp tác toàn diện", "Năm 2023", D(year=2023, precision="year", rule="year")),
    ("từ đầu năm 2023", "đầu năm 2023", D(year=2023, precision="year", rule="part_of_year")),
    ("trước kỳ họp thường lệ cuối năm 2024", "cuối năm 2024",
     D(year=2024, precision="year", rule="part_of_year")),
    ("hội chợ lần thứ 18 năm 2018.", "năm 2018", D(year=2018, precision="year", rule="year")),
    ("Sáng ngày 8/3, tại", "Sáng ngày 8/3", D(day=8, month=3, rule="lead_dm", daypart="sáng")),
    ("Hôm nay (8/3), tại", "Hôm nay (8/3)", D(day=8, month=3, rule="lead_dm")),
    ("rạng sáng 1/1", "rạng sáng 1/1", D(day=1, month=1, rule="lead_dm", daypart="sáng")),
    ("thứ 2, ngày 14/3", "thứ 2, ngày 14/3", D(day=14, month=3, rule="lead_dm")),
    ("Chủ nhật, 12/3", "Chủ nhật, 12/3", D(day=12, month=3, rule="lead_dm")),
    ("dịp 30/4 - 1/5", "30/4 - 1/5", D(day=30, month=4, end_day=1, end_month=5, rule="range_dm_dm")),
    ("từ ngày 10/11 đến hết ngày 12/11", "từ ngày 10/11 đến hết ngày 12/11",
     D(day=10, month=11, end_day=12, end_month=11, rule="range_dm_dm")),
    ("từ 15 đến 17/3", "từ 15 đến 17/3", D(day=15, month=3, end_day=17, end_month=3, rule="range_days")),
    ("tháng 3 năm nay, hai tỉnh", "tháng 3", D(month=3, precision="month", rule="month")),
    ("Lễ 8/3 năm nay", "8/3", D(day=8, month=3, rule="bare_dm")),
    ("từ ngày 8/3/2020, hai bên", "ngày 8/3/2020", D(day=8, month=3, year=2020, rule="dmy")),
    ("Chieu 8/3, tai thanh pho Lao Cai", "Chieu 8/3", D(day=8, month=3, rule="lead_dm", daypart="chiều")),
    ("SÁNG 8/3", "SÁNG 8/3", D(day=8, month=3, rule="lead_dm", daypart="sáng")),
]


@pytest.mark.parametrize("text, written, expected", FORMS, ids=[f[0][:40] for f in FORMS])
def test_form_found(text, written, expected):
    m = only(text)
    want = {"text": written, "day": None, "month": None, "year": None, "end_day": None,
            "end_month": None, "end_year": None, "precision": "day", "kind": "date",
            "daypart": None}
    want.update(expected)
    got = fields(m)
    assert got == {**got, **want}
    assert text[m.start:m.end] == written


# --- periods: what a cooperation covers, never an event date --------------------------

PERIODS = [
    ("giai đoạn 2018 - 2023", "giai đoạn 2018 - 2023", 2018, 2023, "period_cue"),
    ("hợp tác giai đoạn 2021-2025.", "giai đoạn 2021-2025", 2021, 2025, "period_cue"),
    ("trong giai đoạn 2016-2020.", "giai đoạn 2016-2020", 2016, 2020, "period_cue"),
    ("kế hoạch 2016-2020", "2016-2020", 2016, 2020, "years"),
    ("kế hoạch 2016 – 2020", "2016 – 2020", 2016, 2020, "years"),
    ("nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", 2020, 2025, "period_cue"),
    ("thời kỳ 2021-2030", "thời kỳ 2021-2030", 2021, 2030, "period_cue"),
    ("năm học 2018-2019", "năm học 2018-2019", 2018, 2019, "period_cue"),
    ("từ năm 2015 đến năm 2020", "từ năm 2015 đến năm 2020", 2015, 2020, "year_range"),
    ("từ 2015 đến 2020", "từ 2015 đến 2020", 2015, 2020, "years"),
    ("Kỷ niệm 70 năm (1954-2024)", "1954-2024", 1954, 2024, "years"),
    ("đến năm 2030", "đến năm 2030", 2030, None, "target_year"),
    ("tầm nhìn đến năm 2045", "tầm nhìn đến năm 2045", 2045, None, "target_year"),
    ("đạt chuẩn đô thị loại 2 trước năm 2020,", "trước năm 2020", 2020, None, "target_year"),
]


@pytest.mark.parametrize("text, written, year, end_year, rule", PERIODS, ids=[p[0] for p in PERIODS])
def test_period(text, written, year, end_year, rule):
    m = only(text)
    assert (m.text, m.kind, m.year, m.end_year, m.rule) == (written, "period", year, end_year, rule)
    assert (m.day, m.month, m.precision) == (None, None, "year")


def test_period_years_must_go_forward():
    assert find_dates("giai đoạn 2023 - 2018") == []
    assert find_dates("mã 2020-2019") == []


# --- things that are not dates --------------------------------------------------------

NOT_DATES = [
    "Hội chợ lần thứ 18", "thứ hai", "Thứ Hai tuần này", "ông 55 tuổi", "Người đàn bà ở tuổi 55",
    "Suốt 20 năm làm Trưởng Ban", "trong 5 năm qua", "trong 2 năm qua", "Thông báo số 2077-TB/TU",
    "2077-TB/TU", "Luật số 202/2025/QH15", "Nghị quyết 18-NQ/TW và 19-NQ/TW", "Nghị quyết số 18-NQ/TW",
    "Quyết định số 1234/QĐ-UBND", "lúc 16:25", "1,5 tỷ đồng", "tạo điều kiện cho 24 đoàn công tác",
    "số tiền 500 triệu đồng", "hợp tác 11 nội dung", "của 2 tỉnh", "3.500 ha", "1.200 người",
    "cách mạng 4.0", "tăng 12,5%", "0912.345.678", "ĐT: 0912 345 678", "Bài 3: Cán bộ", "1.JPG",
    "2.JPG\nCác đại biểu", "khóa XII", "tỷ số 2-1", "thắng 3-1", "số 3", "sau cơn bão số 3.",
    "Nghị định số 18/2023/NĐ-CP", "số 12/3", "Bài 3/4", "chiếm 2/3 số hộ", "đạt 1/2 kế hoạch",
    "bằng 1/3 diện tích", "tăng 2/3 lần", "đạt 2018 tỷ", "con số 2018", "12.5", "3.6",
    "Tin khác\n1 2 3 4 5", "Đang online: 1", "31/2", "ngày 31/2", "ngày 31/2/2020",
    "ngày 29/2/2019", "32/1/2020", "13/13/2020", "00/5/2020", "ngày 0/5", "mỗi tháng 2 lần",
    "6 tháng 2 lần", "thời hạn 3 tháng", "hành lang kinh tế 5 tỉnh", "Lữ đoàn Tàu ngầm 189",
    "Đại hội XII", "Việt Nam 2018", "thắng 3", "đem 12.5 tấn", "ngay 12.5 triệu đồng mỗi",
    "tăng từ 1.5 - 2.5 lần", "phiên bản 1.5 - 2.5", "14 tháng 3", "trong 14 tháng 3 đợt",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_dates(text) == []


def test_document_numbers_next_to_a_real_date():
    text = "Ngày 11/7, Thành ủy Hà Nội ban hành Thông báo số 2077-TB/TU, Nghị quyết 18-NQ/TW."
    assert [m.text for m in find_dates(text)] == ["Ngày 11/7"]


def test_two_digit_days_and_months_are_validated():
    assert fields(only("ngày 29/2/2020"))["day"] == 29          # leap year
    assert only("ngày 29/2").day == 29                          # no year: possible
    assert only("ngày 30/4").month == 4
    assert find_dates("ngày 31/4") == []
    assert find_dates("ngày 31/11/2018") == []
    assert only("ngày 31/12/2018").day == 31


def test_cue_words_must_carry_the_right_accents():
    # "tôi" (I) and "tới" (to) are not "tối" (evening): the date stays, without a daypart
    assert fields(only("Tôi 8/3 đến Hà Nội."))["daypart"] is None
    assert only("hoãn tới 8/3 vì mưa").text == "8/3"
    assert fields(only("hoãn tới ngày 8/3 vì mưa")) | {"rule": 0} == fields(only("ngày 8/3")) | {"rule": 0}
    # "sang" (to go over) before a dotted number is no date in an accented text
    assert find_dates("chuyển sang 12.5 tỷ đồng cho tỉnh") == []
    # "Nam" (Việt Nam) is not "năm"
    assert find_dates("Giải Việt Nam 2018 tại Hà Nội") == []


def test_a_cue_word_with_two_tone_marks_is_a_scrambled_copy_of_the_cue():
    # A syllable carries one tone mark: "ngàỵ" (two) is "ngày" with its accents scrambled in copying
    m = only("Tịếp tục chúỹến công tác, ngàỵ 14-10, đoàn làm vịệc vớí tỉnh bạn.")
    assert (m.text, m.day, m.month, m.rule) == ("ngàỵ 14-10", 14, 10, "lead_dm")
    assert fields(only("Chìềư 5/3, đoàn đến thăm tỉnh bạn."))["daypart"] == "chiều"
    # ... but one wrong tone is a word of its own: "ngáy" (snores) is no "ngày", and a dash needs "ngày"
    assert find_dates("Ông ngáy 14-10 lần mỗi đêm.") == []
    assert fields(only("Chìu 5/3, đoàn đến thăm tỉnh bạn."))["daypart"] is None


def test_a_year_needs_nam():
    assert [m.text for m in find_dates("Kết quả năm 2018 là 2018 tỷ đồng")] == ["năm 2018"]


def test_bare_day_month_with_a_slash():
    m = only("Quốc khánh 2/9 là ngày lễ lớn")
    assert (m.text, m.day, m.month, m.rule) == ("2/9", 2, 9, "bare_dm")
    assert only("từ 8/3 đến nay").text == "8/3"


def test_dots_and_dashes_need_a_lead():
    assert find_dates("giá 12.5 đồng") == []
    assert find_dates("tỷ lệ 14-10") == []
    assert only("ngày 14-10").rule == "lead_dm"


def test_several_mentions_in_order_without_overlap():
    text = ("Chiều 8/3, tại thành phố Lào Cai, Hội nghị đánh giá kết quả hợp tác giai đoạn "
            "2018 - 2023. Theo đó, ngày 19/9/2018 tại thành phố Thái Bình, hai tỉnh đã ký kết.")
    found = find_dates(text)
    assert [m.text for m in found] == ["Chiều 8/3", "giai đoạn 2018 - 2023", "ngày 19/9/2018"]
    assert [m.kind for m in found] == ["date", "period", "date"]
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_empty_and_dateless_text():
    assert find_dates("") == []
    assert find_dates("Hai tỉnh tăng cường hợp tác toàn diện.") == []


# --- the table ------------------------------------------------------------------------

LEADS = ["Chiều ", "Sáng nay ", "Chiều hôm qua, thứ Hai, ngày mùng ", "Tối thứ Bảy, ", "Chiều qua (",
         "từ ngày ", "kể từ ", "Hôm nay (", "giai đoạn từ năm ", "tầm nhìn đến năm ", "cuối năm ",
         "quý IV/", "Quý ", "tháng ", "từ năm ", "năm học ", "nhiệm kỳ ", "thứ 2, ", "rạng sáng "]


@pytest.mark.parametrize("lead", LEADS)
def test_the_lead_read_backwards_is_the_lead_read_forwards(lead):
    """dates reads LEAD backwards from the number (one anchored try); it must find the
    same words as LEAD searched forwards."""
    before = "Hai tỉnh, " + lead
    forwards = re.compile(dates.lead_source(), re.VERBOSE).search(before)
    backwards = dates._tables().lead.match(before[::-1])
    assert forwards is not None and backwards is not None
    assert before[forwards.start():] == lead == before[len(before) - backwards.end():]


EXAMPLES = [(r.name, ex) for r in RULES for ex in r.examples]


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=[f"{r}:{e}" for r, e in EXAMPLES])
def test_every_example_in_the_table_is_found_whole_by_its_rule(rule, example):
    # range_opens_runs reads "từ" only after an opening verb, which is not part of the date
    opener = "hội chợ khai mạc " if rule == "range_opens_runs" else ""
    # paren_dm reads a bare "5-3" only alone in its parentheses after a word
    opener, closer = ("đoàn đến tỉnh B (", ")") if rule == "paren_dm" else (opener, "")
    m = only(f"Tin: {opener}{example}{closer}.")
    assert (m.text, m.rule) == (example, rule)


def test_the_table_is_reviewable():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for r in RULES:
        assert r.examples and r.note and r.kind in ("date", "period")


# --- the sample articles --------------------------------------------------------------

SEED_DATES = {
    "000_3cf44d39965355e0.txt": ["năm 2018", "năm 2019", "ngày 24 và 25 tháng 11 năm 2018",
                                 "năm 2018", "năm 2019", "ngày 24 và 25 tháng 11 năm 2018",
                                 "năm 2018", "năm 2019", "năm 2018", "trước năm 2020", "năm 2020"],
    "001_18231fda04807153.txt": ["Chiều 8/3", "giai đoạn 2018 - 2023", "giai đoạn 2018 - 2023",
                                 "ngày 19/9/2018", "Sáng 19/11", "cuối năm 2024", "nhiệm kỳ 2021 - 2026"],
    "002_c5d376b14e6dff08.txt": ["Chiều 18/2", "năm 2023", "ngày 26/2/2006", "ngày 30/9/2011",
                                 "Ngày 17/4/2021", "giai đoạn 2021 - 2025", "Năm 2023", "năm 2023",
                                 "năm 2023", "năm 2023"],
    "003_580a197666628d6c.txt": ["Ngày 7/1", "năm 2016", "năm 2017", "giai đoạn 2016-2020",
                                 "giai đoạn 2016-2020", "Giai đoạn 2011-2015", "22/12/1944 - 22/12/2016",
                                 "chiều 20/12"],
    "004_4b381de25149f7a0.txt": ["13/07/2019", "Ngày 11/7"],
}


@pytest.mark.parametrize("name", sorted(SEED_DATES))
def test_sample_articles(name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = find_dates(text)
    assert [m.text for m in found] == SEED_DATES[name]
    assert all(text[m.start:m.end] == m.text for m in found)


# --- any text -----------------------------------------------------------------------------

PIECES_OF_TEXT = ["ngày ", "Ngày ", "Chiều ", "sáng nay ", "tháng ", "năm ", "quý ", "I", "IV", "giai đoạn ",
                  "từ ", " đến ", " và ", "Thứ Hai, ", "(", ")", "/", ".", "-", " - ", ",", " ", "\n", "số ",
                  "tỷ", "%", "2018", "2023", "1944", "12", "31", "29", "2", "02", "0", "13", "9999", "đ", "tới "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES_OF_TEXT), max_size=30))
def test_any_text_gives_well_formed_mentions(pieces):
    text = "".join(pieces)
    found = find_dates(text)
    last_end = 0
    for m in found:
        assert last_end <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        last_end = m.end
        assert m.kind in ("date", "period") and m.precision in ("day", "month", "year")
        if m.day is not None:
            assert 1 <= m.day <= 31 and m.month is not None
        if m.month is not None:
            assert 1 <= m.month <= 12
        for y in (m.year, m.end_year):
            assert y is None or 1900 <= y <= 2099
