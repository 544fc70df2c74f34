"""Round 38 (late38c): misses of real pages never seen before, read and fixed as general shapes.
Sentences written for the test (names, days and wording are ours, not a publisher's).

1. The start of a span the page counts its years from (span_started): a bond, a signing or a founding told with
   its date, then "Sau 15 năm thực hiện …" counted as done -- history, never the occasion (a wrong year, N years
   early, when taken for it). The counter-shapes keep their date.
"""

from __future__ import annotations

import pytest

from extract_support import events_of, main_or_none


def _dates(page: str) -> tuple[str | None, list[str]]:
    """The main event's date (None when the page gives none) and the other events' dates."""
    _, events, _ = events_of(page)
    main = next((e for e in events if e["main"]), None)
    return (main and main["date"]), [e["date"] for e in events if not e["main"]]


# --- 1. the start of a counted span is history

_REVIEW_HEAD = "Sơ kết 12 năm kết nghĩa thôn bản hai bên biên giới\n\n"
_CAPTION = ("Lãnh đạo đồn biên phòng trao giấy khen cho các hộ gia đình thôn Khe Mây đã có thành tích trong 12 năm "
            "thực hiện kết nghĩa. Ảnh: Thanh Hà\n\n")
_TAIL = "\n\nNhân dân hai thôn, bản đã giúp nhau phát triển kinh tế, giữ gìn an ninh khu vực biên giới.\n"


@pytest.mark.parametrize("history", [
    "Tháng 5/ 2011, thôn Khe Mây, xã Hướng Lập và bản Pa Lang đã tổ chức kết nghĩa bản - bản. Sau 12 năm thực "
    "hiện quy chế, phong trào kết nghĩa đã phát huy sức mạnh đoàn kết.",
    "Ngày 12/5/2011, thôn Khe Mây, xã Hướng Lập và bản Pa Lang ký kết biên bản kết nghĩa. Qua hơn 12 năm triển "
    "khai, nhiều mô hình kinh tế đã mang lại hiệu quả.",
    "Tháng 5/2011, thôn Khe Mây, xã Hướng Lập và bản Pa Lang thiết lập quan hệ kết nghĩa; trải qua 12 năm hợp "
    "tác, nhân dân hai bên đã giúp nhau xóa đói giảm nghèo.",
    "Tháng 5/2011, thôn Khe Mây, xã Hướng Lập và bản Pa Lang đã kết nghĩa, sau 12 năm gắn bó, hai bên đã cùng "
    "nhau giữ gìn an ninh biên giới.",
])
def test_a_bond_whose_years_are_counted_is_no_occasion(history):
    main, others = _dates(_REVIEW_HEAD + _CAPTION + history + _TAIL)
    assert main is None or not main.startswith("2011")   # no wrong year: the review is 12 years later
    assert any(d.startswith("2011-05") for d in others)   # the bond kept as an earlier milestone


_LEAD = "Hai xã tăng cường hợp tác\n\n"


@pytest.mark.parametrize("sentence, want", [
    # the date's own sentence is the review (or the anniversary) that counts the years: the occasion
    ("Ngày 10/4/2023, xã Hướng Lập và bản Pa Lang tổ chức sơ kết 12 năm kết nghĩa. Sau 12 năm kết nghĩa, nhân "
     "dân hai bên đã giúp nhau phát triển kinh tế.", "2023-04-10"),
    ("Ngày 10/4/2023, xã Hướng Lập và bản Pa Lang tổ chức lễ kỷ niệm 12 năm ký kết quy chế. Sau 12 năm thực "
     "hiện, hai bên đã đạt nhiều kết quả.", "2023-04-10"),
    # the count told ahead: the signing is the news
    ("Ngày 5/4/2024, xã Hướng Lập và xã Hướng Phùng ký kết quy chế phối hợp. Sau 5 năm thực hiện, hai bên sẽ "
     "tổng kết, đánh giá.", "2024-04-05"),
    # no bond in the date's sentence: a visit, then the years of cooperation
    ("Ngày 5/4/2024, đoàn xã Hướng Lập thăm xã Hướng Phùng. Sau 5 năm hợp tác, hai xã đã đạt nhiều kết quả.",
     "2024-04-05"),
    # the count first, then the new signing it led to: the signing is the occasion
    ("Sau 12 năm kết nghĩa, ngày 3/4/2023 xã Hướng Lập và bản Pa Lang ký kết quy chế mới.", "2023-04-03"),
    # the years told in the signing's own clause, not counted after it
    ("Ngày 3/4/2023, xã Hướng Lập và bản Pa Lang ký kết quy chế phối hợp sau 2 năm hợp tác thử nghiệm.",
     "2023-04-03"),
])
def test_the_counter_shapes_keep_their_date(sentence, want):
    ev = main_or_none(_LEAD + sentence + "\n")
    assert ev is not None and ev["date"] == want


# --- 2. a site's greeting run again and again on one line, no reader named (chrome.GREETING)

from hoptac.core.extract.article import parse_article   # noqa: E402
from hoptac.core.extract.chrome import junk_reason   # noqa: E402
from hoptac.core.text import fold   # noqa: E402

_GREET = "Chào mừng đến với Trang thông tin Công an tỉnh Hà Giang"
_SECTION = "Hoạt động Công an tỉnh"
_HEADLINE = "Hội nghị sơ kết 01 năm thực hiện quy chế phối hợp an ninh khu vực giáp ranh"
_REVIEW_LEAD = ("Ngày 14/11/2021, huyện Mèo Vạc đã tổ chức Hội nghị sơ kết 01 năm thực hiện quy chế phối hợp an ninh "
                "khu vực giáp ranh giữa huyện Mèo Vạc, tỉnh Hà Giang với huyện Bảo Lâm, tỉnh Cao Bằng.")


@pytest.mark.parametrize("times", [1, 4])
def test_a_sites_greeting_run_on_one_line_is_chrome(times):
    line = "                 ".join([_GREET] * times)
    page = "\n\n".join([line, _SECTION, _HEADLINE, "20-11-2021", _REVIEW_LEAD]) + "\n"
    art = parse_article(page)
    assert art.title == _HEADLINE
    ev = main_or_none(page)
    assert ev is not None and ev["date"] == "2021-11-14" and ev["type"] == "conference"


@pytest.mark.parametrize("line", [
    # a greeting to an occasion, not to a site: not this row's
    "Chào mừng đến với Ngày hội văn hóa các dân tộc vùng biên giới",
    # a greeting that goes on to tell the occasion: a sentence, not the site's chrome
    "Chào mừng đến với Trang thông tin Công an tỉnh Hà Giang. Sáng 14/11, huyện Mèo Vạc tổ chức hội nghị sơ kết "
    "quy chế phối hợp với huyện Bảo Lâm, tỉnh Cao Bằng, đánh giá kết quả phối hợp trong năm và đề ra phương hướng "
    "năm tới.",
])
def test_a_greeting_to_an_occasion_or_going_on_is_no_sites(line):
    assert junk_reason(line, fold(line)) is None


# --- 3. "tự" (order, self) is no "từ" (from): "an ninh trật tự năm 2023" names the meeting's year (written_from)

from hoptac.core.extract.dates import find_dates   # noqa: E402

_SECURITY = ("Từ ngày 12-14/8, tại tỉnh Hủa Phăn (Lào) đã diễn ra Hội nghị hợp tác bảo đảm an ninh trật tự năm 2022 "
             "giữa Công an tỉnh Thanh Hóa với Công an tỉnh Hủa Phăn.")


def test_the_year_after_trat_tu_names_the_meeting():
    ev = main_or_none(_LEAD + _SECURITY + "\n")
    assert ev is not None and ev["date"] == "2022-08-12"


@pytest.mark.parametrize("phrase, want", [
    ("bảo đảm an ninh trật tự năm 2022", "năm 2022"),
    ("BẢO ĐẢM AN NINH TRẬT TỰ NĂM 2022", "NĂM 2022"),
    ("phát huy tinh thần tự lực năm 2022", "năm 2022"),   # (no "tự" right before: unchanged)
    # "từ" as written, or letters without marks: from, as before
    ("hai tỉnh hợp tác từ năm 2022 đến nay", "từ năm 2022"),
    ("HAI TỈNH HỢP TÁC TỪ NĂM 2022", "TỪ NĂM 2022"),
    ("hai tinh hop tac tu nam 2022 den nay", "tu nam 2022"),
])
def test_only_tu_written_as_from_opens_a_period(phrase, want):
    assert [m.text for m in find_dates(phrase)] == [want]


# --- 4. a foreign region, then a city the gazetteer places in it, a blank between (partner_places): the region,
# round 33's convention (foreign33: a foreign city with its region named beside it gives the region)

_HEAD = "Hai địa phương tăng cường hợp tác\n\n"


@pytest.mark.parametrize("side, want", [
    ("Tỉnh Gyeongsangbuk-do thành phố Gyeongju", "Gyeongsangbuk"),
    ("tỉnh Gyeongsangbuk - do thành phố Gyeongju", "Gyeongsangbuk"),
    # (already so: a comma or "và" between)
    ("tỉnh Gyeongsangbuk, thành phố Gyeongju (Hàn Quốc)", "Gyeongsangbuk"),
    ("tỉnh Gyeongsangbuk và thành phố Gyeongju (Hàn Quốc)", "Gyeongsangbuk"),
    # the city named alone stays itself (round 25)
    ("thành phố Gyeongju (Hàn Quốc)", "Gyeongju"),
])
def test_a_foreign_region_then_its_city_is_the_region(side, want):
    ev = main_or_none(_HEAD + f"Ngày 12/3, đoàn đại biểu {side} đã làm việc với UBND tỉnh Quảng Nam.\n")
    assert ev is not None and sorted(ev["pair"]) == sorted([want, "Quảng Nam"])


# --- 5. a lead told done and undated, then a planned day in its later sentence (trips.planned_in_lead)

_PROGRAMME = ("Ban tổ chức Ngày hội văn hóa các dân tộc vùng biên lần thứ IV năm 2022 vừa họp bàn, thống nhất với sự "
              "tham gia của 4 tỉnh: Lào Cai, Lai Châu, Điện Biên và Sơn La. ")


@pytest.mark.parametrize("plan", [
    "Năm nay, tỉnh Lai Châu đăng cai, dự kiến tổ chức vào dịp Quốc khánh, ngày 2/9.",
    "Ngày hội sẽ được tổ chức tại thành phố Lai Châu từ ngày 1 đến 3/9.",
])
def test_a_plan_dated_after_a_lead_told_done_is_not_the_occasion(plan):
    ev = main_or_none(_HEAD + _PROGRAMME + plan + "\n")
    assert ev is not None and ev["date"] == "2022" and ev["type"] == "conference"


@pytest.mark.parametrize("lead, want", [
    # the first sentence dates its occasion: that day
    ("Ngày 20/6, Ban tổ chức Ngày hội văn hóa các dân tộc vùng biên năm 2022 vừa họp bàn, thống nhất với sự tham gia "
     "của tỉnh Lào Cai và tỉnh Lai Châu. Dự kiến Ngày hội tổ chức vào ngày 2/9.", "2022-06-20"),
    # the later day told done: the occasion's
    ("Đoàn công tác tỉnh Lào Cai vừa có chuyến thăm và làm việc tại tỉnh Lai Châu. Ngày 5/3/2022, đoàn đã làm việc "
     "với lãnh đạo tỉnh Lai Châu.", "2022-03-05"),
])
def test_a_lead_dated_or_a_later_day_told_done_keeps_its_day(lead, want):
    ev = main_or_none(_HEAD + lead + "\n")
    assert ev is not None and ev["date"] == want


def test_a_plan_this_year_keeps_the_main_years_day_as_another_event():
    main, others = _dates(_HEAD + _PROGRAMME + "Năm nay, tỉnh Lai Châu đăng cai, dự kiến tổ chức vào dịp Quốc khánh, "
                          "ngày 2/9.\n")
    assert main == "2022" and "2022-09-02" in others


def test_a_plan_without_this_year_gets_no_year_from_the_main():
    _, others = _dates(_HEAD + _PROGRAMME + "Lễ khai mạc dự kiến tổ chức vào dịp Quốc khánh, ngày 2/9.\n")
    assert not any(d.endswith("-09-02") and d[:1].isdigit() for d in others)


def test_a_plan_issued_in_the_first_sentence_keeps_its_planned_days():
    # Dates round 17's decision (tests/test_dates17.py): an issued plan's occasion told in a sentence of its own
    ev = main_or_none(_HEAD + "UBND tỉnh Lai Châu vừa ban hành Kế hoạch tổ chức Ngày hội văn hóa các dân tộc vùng biên. "
                      "Ngày hội sẽ diễn ra từ ngày 1 đến 3/9/2022 tại thành phố Lai Châu.\n")
    assert ev is not None and ev["date"] == "2022-09-01"
