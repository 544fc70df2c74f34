"""Round 25's late date fixes (late25date), as shapes in sentences written for this test (no page's own words).

* a date whose year is misprinted ("ngày 14/3/202", "ngày 14/3/2O24", "ngày 14/3/20244") keeps its day and
  month, and the broken year is read as nothing -- not as a year, not as a day; two digits are a real short
  year ("ngày 14/3/20" is 2020) and a bare "14/3/202" or "số 14/3/202" is no date (rule ``dm_cut_year``);
* an occasion opened on one day that runs until another, in one clause, with the opening's clock time between
  "từ" and "ngày" ("khai mạc từ 19:30 ngày 3/5 và diễn ra đến hết ngày 5/5/2024") is a range; a plan's period
  or a document's validity written the same way is not (rule ``range_opens_runs``).
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.dates import find_dates

from extract_support import main_or_none as _main


def _read(text: str) -> list[tuple]:
    return [(m.day, m.month, m.year, m.end_day, m.end_month, m.end_year) for m in find_dates(text)]


# --- a misprinted year -------------------------------------------------------------

@pytest.mark.parametrize("text", ["Ngày 14/3/202, hai hội", "Sáng 14-3-202, hai hội", "ngày 14/3/2O24, hai hội",
                                  "ngày 14.3.20244 hai hội"])
def test_a_misprinted_year_keeps_the_day_and_month_and_gives_no_year(text):
    assert _read(text) == [(14, 3, None, None, None, None)]
    assert find_dates(text)[0].rule == "dm_cut_year"


def test_the_broken_year_is_not_read_as_the_next_dates_day():
    text = "Ngày 14/3/202 5/4 hai hội gặp nhau"   # "202" is swallowed, "5/4" stays its own date
    assert _read(text)[0] == (14, 3, None, None, None, None)
    assert all(r[0] != 202 and r[2] != 202 for r in _read(text))


@pytest.mark.parametrize("text,year", [("ngày 14/3/20, hai hội", 2020), ("ngày 14/3/2024, hai hội", 2024)])
def test_two_and_four_digit_years_stay_years(text, year):
    assert _read(text) == [(14, 3, year, None, None, None)]


@pytest.mark.parametrize("text", ["Quyết định số 14/3/202 của", "mã 14/3/202 và", "14/3/202 hộ"])
def test_a_bare_or_numbered_three_digit_tail_is_no_date(text):
    assert find_dates(text) == []


def test_a_lead_with_a_misprinted_year_dates_its_occasion_with_the_year_unknown():
    text = ("Hai hội trao đổi kinh nghiệm\n\nNgày 14/3/202, Hội Nông dân tỉnh Lạng Sơn đã có buổi làm việc "
            "với Hội Nông dân tỉnh Cao Bằng về công tác hội.\n")
    main = _main(text)
    assert main is not None and main["date"] is not None and main["date"].endswith("-03-14")
    assert not main["date"].startswith("202-") and not main["date"].startswith("0202")


# --- an occasion that opens on one day and runs until another -----------------------

@pytest.mark.parametrize("text,want", [
    ("Hội chợ được khai mạc từ 19:30 ngày 3/5 và diễn ra đến hết ngày 5/5/2024 tại quảng trường.",
     (3, 5, 2024, 5, 5, 2024)),
    ("Lễ hội bắt đầu từ 8h ngày 3.5 và kéo dài tới hết ngày 6.5.2024 tại công viên.", (3, 5, 2024, 6, 5, 2024)),
    ("Tuần văn hóa diễn ra từ ngày 30/4 và kéo dài đến ngày 2/5.", (30, 4, None, 2, 5, None)),
    ("Triển lãm được tổ chức từ 9h30 ngày 28/12/2023, kéo dài đến ngày 2/1/2024.", (28, 12, 2023, 2, 1, 2024)),
])
def test_an_occasion_that_opens_and_runs_until_a_day_is_a_range(text, want):
    assert _read(text) == [want]


@pytest.mark.parametrize("text", [
    "Quyết định có hiệu lực từ ngày 1/1 và kéo dài đến hết ngày 31/12/2024.",
    "Kế hoạch bắt đầu từ ngày 1/3 và kéo dài đến hết ngày 30/6/2024.",
    "Giai đoạn một của đề án bắt đầu từ ngày 1/3 và kéo dài đến ngày 30/6/2024.",
    "Hai đơn vị thực hiện từ ngày 1/3 và kéo dài đến hết ngày 30/6/2024.",   # no opening verb
    "Hội chợ khai mạc từ 19:30 ngày 3/5. Chương trình diễn ra đến hết ngày 5/5/2024.",   # two sentences
])
def test_a_plans_period_a_validity_or_two_sentences_is_no_opening_range(text):
    assert all(m.rule != "range_opens_runs" and m.end_day is None for m in find_dates(text))


def test_an_opening_range_is_the_main_events_span():
    text = ("Ngày hội văn hóa tỉnh Sóc Trăng tại thành phố Cần Thơ\n\n"
            "Ngày hội văn hóa của tỉnh Sóc Trăng được khai mạc từ 19:30 ngày 3/5 và diễn ra đến hết ngày 5/5/2024 "
            "tại thành phố Cần Thơ. Sự kiện do UBND tỉnh Sóc Trăng phối hợp với UBND thành phố Cần Thơ tổ chức.\n")
    main = _main(text)
    assert main is not None and main["date"] == "2024-05-03" and main.get("date_end") == "2024-05-05"


# --- "văn hóa" is no draw ------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Tuần lễ văn hóa (30/11 - 1/12) tại thành phố", (30, 11, None, 1, 12, None)),
    ("Ngày hội văn hóa 8/3 tại xã", (8, 3, None, None, None, None)),
])
def test_a_day_after_van_hoa_is_a_date(text, want):
    # "hòa" (a draw: "hòa 1/1") is a score word before a number; "hóa" (culture) is not
    assert _read(text) == [want]


@pytest.mark.parametrize("text", ["Hai đội hòa 1/1 trong trận", "Hai đội hoà 2/2 sau hiệp một"])
def test_a_draw_is_still_a_score(text):
    assert find_dates(text) == []
