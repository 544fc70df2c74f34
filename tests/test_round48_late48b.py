"""Round 48 (late48b): misses of real pages never seen before, fixed as general shapes. The sentences are written for
these tests; none is copied from a page."""

from __future__ import annotations

import pytest

from extract_support import events_in, main_event


# --- an announcement's basis is no occasion it gives ahead (core/extract/announced.py, _stated_before) ------------

_NOTICE = ("Tạm ngừng tuyến đò chở hàng qua sông biên giới\n\n"
           "Thông báo số 12/TB-UBND của UBND huyện Hải Hà (tỉnh Quảng Ninh) cho biết tuyến đò chở hàng sang bến phía "
           "Trung Quốc tạm ngừng.\n\n"
           "Tuyến đò ngừng chạy từ 8 giờ sáng ngày 4/4/2024 cho đến khi có thông báo mới.\n\nThông báo này dựa trên Biên bản "
           "làm việc lần thứ hai năm 2023 (ngày 12/6/2023) giữa UBND huyện Hải Hà và chính quyền thành phố Đông Hưng, "
           "Quảng Tây, Trung Quốc.\n")


def test_the_basis_with_an_earlier_year_is_not_the_occasion_announced():
    # before: 2023-06-12 (the basis, raised as "the occasion the dated announcement gives ahead": a wrong year)
    assert main_event(_NOTICE)["date"] == "2024-04-04"


@pytest.mark.parametrize("text, day", [
    # the counter-shape: a later day given ahead, years unwritten, is still the occasion
    ("Chương trình giao lưu thanh niên hai tỉnh\n\n"
     "Ngày 20/7, Tỉnh đoàn Lạng Sơn cho hay chương trình giao lưu thanh niên hai tỉnh Lạng Sơn và Cao Bằng diễn ra "
     "từ 24 đến 26-7 tại thành phố Lạng Sơn.\n", "-07-24"),
    # ... and with its year written later than the announcement's
    ("Tuần văn hóa hai tỉnh\n\n"
     "Ngày 2/1/2024, Sở Văn hóa tỉnh Thanh Hóa cho biết trong các ngày từ 19 - 21/1/2024, tại thành phố Thanh Hóa sẽ "
     "diễn ra Tuần Văn hóa tỉnh Hà Giang.\n", "2024-01-19"),
])
def test_a_day_given_ahead_is_still_the_occasion(text, day):
    assert main_event(text)["date"].endswith(day) or main_event(text)["date"] == day


# --- a full date told as today on the occasion's day gives its year (core/extract/year_told_today.py) -------------

_BRIDGE = ("Thông xe cầu nối hai huyện biên giới\n\n"
           "Sáng 14.6, tại đầu cầu Hoành Mô, UBND tỉnh Quảng Ninh và chính quyền Quảng Tây (Trung Quốc) phối hợp tổ chức "
           "lễ thông xe cầu mới nối hai bên biên giới.\n\n"
           "Ngày 2.3.2015, hai tỉnh ký biên bản ghi nhớ xây cầu; ngày 20.10.2018, lãnh đạo hai bên hội đàm về "
           "việc mở cầu.\n\n"
           "Những xe hàng đầu tiên qua cầu trong ngày hôm nay ({day}). Ảnh: Văn Minh\n")


@pytest.mark.parametrize("name", ["today_bracketed", "part_of_today", "today_is"])
def test_told_today_table_has_its_examples(name):
    from hoptac.core.extract.year_told_today import TOLD_TODAY
    assert name in {n for n, _, _ in TOLD_TODAY}


def test_a_full_date_told_as_today_on_the_occasions_day_gives_its_year():
    # before: --06-14 (the page's years 2015 and 2018 are a history; the caption's day too far for "nearby")
    assert main_event(_BRIDGE.format(day="14.6.2019"))["date"] == "2019-06-14"


@pytest.mark.parametrize("closing", [
    "Những xe hàng đầu tiên qua cầu trong ngày hôm nay (15.6.2019). Ảnh: Văn Minh",   # "today" is another day
    "Hôm nay (15.6.2019), những xe hàng đầu tiên qua cầu. Ảnh: Văn Minh",                # the same, opening its line
])
def test_a_today_of_another_day_or_a_date_not_told_as_today_gives_no_year(closing):
    # counter-shapes (pass before and after): the closing line's year is the only one the page writes
    text = _BRIDGE.split("Ngày 2.3.2015")[0] + closing + "\n"
    assert main_event(text)["date"] == "--06-14"


# --- a work's milestones told done: the work named after the participle, a second participle joined by "và" --------
# (core/extract/verdict_shapes.py, _WORK_DONE_ON with _WORK_OBJECT, _WORK_DONE_JOINED)

_OPENING = ("Khai trương tuyến xe buýt qua cầu biên giới\n\n"
            "Sáng 5.8, tại đầu cầu Bắc Phong Sinh, UBND tỉnh Quảng Ninh và chính quyền Quảng Tây (Trung Quốc) tổ chức lễ "
            "khai trương tuyến xe buýt qua cầu.\n\n"
            "{history}\n\n"
            "Những chuyến xe đầu tiên lăn bánh trong ngày hôm nay (5.8.2021). Ảnh: Văn Minh\n")


def _others(text: str) -> set[str]:
    return {e["date"] for e in events_in(text) if not e["main"]}


@pytest.mark.parametrize("history, wanted", [
    # before: neither listed (the work's noun after "khởi công"; "và khánh thành" without its own "được")
    ("Cầu được khởi công xây dựng vào ngày 2.3.2015 và khánh thành vào 20.10.2018, dài 300m.",
     {"2015-03-02", "2018-10-20"}),
    ("Cây cầu được khởi công ngày 2/3/2015 và đưa vào sử dụng ngày 20/10/2018.", {"2015-03-02", "2018-10-20"}),
])
def test_a_works_milestones_told_done_are_listed(history, wanted):
    text = _OPENING.format(history=history)
    assert wanted <= _others(text)
    assert main_event(text)["date"] == "2021-08-05"


@pytest.mark.parametrize("before, done", [
    ("Cầu được khởi công xây dựng vào ", True),
    ("Cầu được khởi công ngày 2.3.2015 và khánh thành vào ", True),
    # counter-shapes: told ahead, the "được" under "dự kiến" / "sẽ"; a full stop between the two participles
    ("Cầu thứ hai dự kiến được khởi công vào ngày 2.3.2022 và khánh thành vào ", False),
    ("Cầu thứ hai sẽ được khởi công xây dựng vào ", False),
    ("Cầu được khởi công năm 2015. Hai tỉnh và khánh thành vào ", False),
])
def test_which_words_tell_a_works_milestone_done(before, done):
    from hoptac.core.extract.verdict_shapes import _WORK_DONE_JOINED, _WORK_DONE_ON
    from hoptac.core.text import fold
    near = fold(before)
    assert bool(_WORK_DONE_ON.search(near) or _WORK_DONE_JOINED.search(near)) is done


# --- a district of a Chinese border city: Khu Phòng Thành is Quảng Tây's (scripts/gazetteer_foreign_data.py) ----------

def test_a_district_of_a_border_city_is_its_region():
    # before: Phòng Thành (Trung Quốc) as a party of its own
    text = ("Hai bên bàn việc mở lối thông quan\n\n"
            "Ngày 9/4/2012, tại cửa khẩu Hoành Mô, đoàn đại biểu UBND huyện Bình Liêu (Việt Nam) hội đàm với đoàn đại "
            "biểu Chính phủ nhân dân Khu Phòng Thành (Trung Quốc) về việc mở lối thông quan.\n")
    assert sorted(main_event(text)["pair"]) == ["Quảng Ninh", "Quảng Tây"]


def test_a_rumour_is_no_place():
    # counter-shape: "nghe phong thanh" (heard a rumour) folds to the district's name; with no level word it is none
    text = ("Hai huyện hợp tác phòng chống buôn lậu\n\n"
            "Ngày 9/4/2012, huyện Bình Liêu và huyện Đình Lập ký kết quy chế phối hợp; người dân nghe phong thanh về "
            "việc mở chợ biên giới.\n")
    assert sorted(main_event(text)["pair"]) == ["Lạng Sơn", "Quảng Ninh"]


# --- a clock named after its city is no place (core/places_bare.py, _CLOCK_WORDS) ------------------------------------

def test_a_time_zone_is_no_place():
    # before: the location Hà Nội, read from "(giờ Hà Nội)" in the sentence that dates the notice's day
    ev = main_event(_NOTICE.replace("từ 8 giờ sáng ngày 4/4/2024", "từ 8 giờ 00 phút (giờ Hà Nội) ngày 4/4/2024"))
    assert ev["date"] == "2024-04-04"
    assert ev.get("location") != "Hà Nội"


def test_a_city_after_the_hour_and_a_comma_is_still_a_place():
    # counter-shape: "16 giờ, Hà Nội …" — the comma closes the time
    text = ("Hai thành phố ký kết hợp tác\n\n"
            "Chiều 9/5/2024, lúc 16 giờ, Hà Nội và thành phố Viêng Chăn (Lào) ký kết biên bản hợp tác.\n")
    assert "Hà Nội" in main_event(text)["pair"]
