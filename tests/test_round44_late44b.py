"""Round 44 (late44b): the misses of archive44 and housing44 read, their general shapes fixed. Sentences written
for these tests (never a page's)."""

from __future__ import annotations

import pytest

from extract_support import main_event

HEAD = "Triển lãm ảnh hai tỉnh Hà Giang - Cao Bằng\n\n"


def event_of(text: str) -> dict:
    return main_event(HEAD + text + "\n")


# --- closed_on: a later sentence says the lead's occasion closed on a day (occasion_days) ------------------------

@pytest.mark.parametrize("text, end", [
    ("Kỷ niệm 20 năm kết nghĩa, ngày 5/6/2021, tại tỉnh Hà Giang, diễn ra Triển lãm ảnh hai tỉnh Hà Giang - Cao "
     "Bằng. Triển lãm giới thiệu 80 bức ảnh về con người hai tỉnh. Triển lãm kết thúc ngày 10/6./.", "2021-06-10"),
    ("Ngày 5/6/2021, tại tỉnh Hà Giang, diễn ra Triển lãm ảnh hai tỉnh Hà Giang - Cao Bằng. Triển lãm kéo dài "
     "đến hết ngày 11/6.", "2021-06-11"),
    ("Ngày 5/6/2021, tại tỉnh Hà Giang, tỉnh Cao Bằng tổ chức chương trình giao lưu văn hóa hai tỉnh. Chương "
     "trình đã bế mạc vào ngày 7/6.", "2021-06-07"),
])
def test_a_closing_day_told_later_ends_the_lead_s_occasion(text, end):
    ev = event_of(text)
    assert ev["date"] == "2021-06-05"
    assert ev["date_end"] == end


# counter-shapes (pass before and after): the lead's day stays alone
@pytest.mark.parametrize("text", [
    # an opening is its own occasion
    "Ngày 5/6/2021, tại tỉnh Hà Giang, khai mạc Triển lãm ảnh hai tỉnh Hà Giang - Cao Bằng. Triển lãm kết thúc "
    "ngày 10/6.",
    # a closing told ahead
    "Ngày 5/6/2021, tại tỉnh Hà Giang, diễn ra Triển lãm ảnh hai tỉnh Hà Giang - Cao Bằng. Triển lãm sẽ kết thúc "
    "ngày 10/6.",
    # another occasion's closing
    "Ngày 5/6/2021, tại tỉnh Hà Giang, diễn ra Triển lãm ảnh hai tỉnh Hà Giang - Cao Bằng. Đợt tiêm chủng kết "
    "thúc ngày 10/6.",
    # more than a week later: a season, not the occasion's days
    "Ngày 5/6/2021, tại tỉnh Hà Giang, diễn ra Triển lãm ảnh hai tỉnh Hà Giang - Cao Bằng. Triển lãm kết thúc "
    "ngày 30/6.",
])
def test_counter_shapes_of_the_closing_day(text):
    ev = event_of(text)
    assert ev["date"] == "2021-06-05"
    assert ev["date_end"] is None


# --- end_mark_twice: a last sentence after the closing "./.", closed by "./." again, is the text's own ------------

from hoptac.core.extract.end_markers import end_mark_index  # noqa: E402

CLOSING = ("Triển lãm sách hai tỉnh Hà Giang và Cao Bằng\n\n"
           "Nhân kỷ niệm 40 năm kết nghĩa hai tỉnh Hà Giang và Cao Bằng, thư viện tỉnh Hà Giang tổ chức triển lãm "
           "sách, báo về hai tỉnh.\n\n"
           "Triển lãm là dịp ôn lại nghĩa tình giữa hai tỉnh anh em./.\n\n"
           "{last}\n\n \n  TV HG\n")


def test_a_second_closing_line_keeps_its_span():
    # before: the line after the first "./." was cut as a sidebar and the page had no date
    ev = main_event(CLOSING.format(last="Triển lãm từ ngày 7/01/2021 đến hết ngày 12/01/2021./."))
    assert (ev["date"], ev["date_end"]) == ("2021-01-07", "2021-01-12")


def test_end_mark_index_passes_a_line_closed_again():
    raws = ["Lead.", "Hai bên thống nhất./.", "", "Triển lãm mở cửa đến hết ngày 12/1./.", "", "TV A"]
    assert end_mark_index(raws, 0, len(raws)) == 5


# counter-shapes (pass before and after): a sidebar's line after the end mark is still cut
def test_a_sidebar_line_after_the_end_mark_is_still_cut():
    ev = main_event(CLOSING.format(last="Thành phố thông xe tuyến đường mới vào sáng nay, 19/4."))
    assert ev["date"] in (None, "")
    raws = ["Lead.", "Hai bên thống nhất./.", "", "Thành phố thông xe tuyến đường mới, 19/4.", "Tin ngắn./."]
    assert end_mark_index(raws, 0, len(raws)) == 3


# --- viewing_label: "Bạn đang xem: <headline>" on a scraped copy is the page's headline ----------------------------

from hoptac.core.extract.article import parse_article  # noqa: E402
from hoptac.core.extract.viewing_label import VIEWING_LABELS  # noqa: E402

COPY = ("Các đại biểu tại buổi lễ. Ảnh: TL\n"
        "- Trường THPT A đón bằng khen của Bộ\n"
        "- Học sinh thành phố B giành huy chương vàng Olympic\n"
        "{label}\n"
        "Sáng 12/8/2023, tại huyện Mường Khương, Ủy ban MTTQ thành phố Cần Thơ bàn giao trường mẫu giáo cho tỉnh "
        "Lào Cai. Công trình có 4 phòng học.\n")


@pytest.mark.parametrize("label, title", [
    ("Bạn đang xem: Ủy ban MTTQ thành phố Cần Thơ bàn giao trường mẫu giáo cho tỉnh Lào Cai",
     "Ủy ban MTTQ thành phố Cần Thơ bàn giao trường mẫu giáo cho tỉnh Lào Cai"),
    ("Bạn đang đọc : Cần Thơ bàn giao trường mẫu giáo cho Lào Cai", "Cần Thơ bàn giao trường mẫu giáo cho Lào Cai"),
])
def test_the_headline_after_a_viewing_label(label, title):
    page = COPY.format(label=label)
    art = parse_article(page)
    assert art.title == title
    assert page[art.title_span[0]:art.title_span[1]] == title


# counter-shapes (pass before and after): a breadcrumb after the label is no headline
@pytest.mark.parametrize("label", ["Bạn đang xem: Trang chủ » Tin tức", "Bạn đang xem: Tin tức > Đối ngoại"])
def test_a_breadcrumb_after_the_label_is_no_headline(label):
    assert not parse_article(COPY.format(label=label)).title.startswith(("Trang chủ", "Tin tức"))


def test_the_viewing_table_has_examples():
    assert all(label and example for label, example in VIEWING_LABELS)


# --- background_lead: an undated page whose lead opens with "Trước đó," is typed by its headline ------------------

from hoptac.core.extract.background_lead import BACKGROUND_OPENERS  # noqa: E402

HANDOVER = ("Thành phố Cần Thơ bàn giao trường mẫu giáo cho tỉnh Sóc Trăng\n\n"
            "{lead}\n\n"
            "Trường có 3 lớp học với 70 học sinh. Công trình sẽ đưa vào sử dụng trong năm học mới.\n")


@pytest.mark.parametrize("opener", ["Trước đó", "(Báo A) - Trước đó"])
def test_a_background_lead_leaves_the_type_to_the_headline(opener):
    lead = (f"{opener}, vào tháng 7/2022, trong chuyến công tác tới tỉnh Sóc Trăng, đoàn thành phố Cần Thơ đã trao "
            "ngân sách 20.000 USD cho Mặt trận tỉnh.")
    ev = main_event(HANDOVER.format(lead=lead))
    assert ev["date"] in (None, "")
    assert ev["type"] == "other"   # before: visit, the earlier trip's


# counter-shapes (pass before and after)
def test_a_lead_telling_its_own_trip_keeps_its_type():
    lead = ("Đoàn công tác thành phố Cần Thơ vừa có chuyến công tác tới tỉnh Sóc Trăng. Trước đó, hai địa phương "
            "đã ký kết chương trình hợp tác.")
    assert main_event(HANDOVER.format(lead=lead))["type"] == "visit"


def test_the_background_table_has_examples():
    assert all(opener and example for opener, example in BACKGROUND_OPENERS)
