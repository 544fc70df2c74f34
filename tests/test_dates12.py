"""The twelfth dates round (docs/accuracy.md): a lead that tells its occasion as recent with no day,
on a page with no stamp, keeps it against an earlier occasion the body tells with its full date and
no marker of being earlier -- a sentence that opens with that day and its year ("Ngày 12/5/2022, hai
bên đã tổ chức hội nghị sơ kết …") or names another occasion before it ("Hội nghị sơ kết được tổ chức
ngày 12/5/2022 …"): undated.not_the_recent_occasion, _OPENS_A_STORY, _another_named. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from extract_support import main_event

HEAD = "Tỉnh Quảng Trị và tỉnh Savannakhet tăng cường hợp tác\n\n"
LEAD = ("Vừa qua, UBND tỉnh Quảng Trị và chính quyền tỉnh Savannakhet (Lào) đã ký kết thỏa thuận hợp tác "
        "giai đoạn mới về thương mại, du lịch và giáo dục.\n\n")
TAIL = "\n\nHai bên thống nhất tăng cường trao đổi đoàn các cấp, hỗ trợ doanh nghiệp hai tỉnh.\n"


@pytest.mark.parametrize("earlier", [
    "Ngày 12/5/2022, hai bên đã tổ chức hội nghị sơ kết tại thành phố Đông Hà.",
    "Sáng 12/5/2022, đoàn công tác tỉnh Savannakhet đã sang thăm và làm việc tại Quảng Trị.",
    "Vào ngày 12/5/2022, lãnh đạo hai tỉnh cũng đã gặp gỡ tại thành phố Đông Hà.",
    "Ngày 12-5-2022, hai bên tổ chức hội nghị sơ kết tại thành phố Đông Hà.",
    "Tháng 5/2022, hai bên đã ký biên bản ghi nhớ về hợp tác y tế.",
    "Hội nghị sơ kết được tổ chức ngày 12/5/2022 tại thành phố Đông Hà.",
    "Cuộc hội đàm giữa lãnh đạo hai tỉnh diễn ra ngày 12/5/2022 tại Savannakhet.",
])
def test_an_earlier_occasion_told_with_its_year_does_not_date_a_recent_lead(earlier):
    main = main_event(HEAD + LEAD + earlier + TAIL)
    assert not (main["date"] or "").startswith("2022"), main["date"]
    assert main["date_text"] != earlier.split(",")[0]


@pytest.mark.parametrize("body, want", [
    # the lead's occasion named again, or pointed back at with a bare noun: its day
    ("Lễ ký kết thỏa thuận hợp tác giai đoạn mới diễn ra ngày 12/5/2022 tại thành phố Đông Hà.", "2022-05-12"),
    ("Buổi lễ được tổ chức vào ngày 12/5/2022 tại trụ sở UBND tỉnh Quảng Trị.", "2022-05-12"),
    # a day without its year, or a stay of several days: the recent occasion's
    ("Lễ ký kết diễn ra sáng 12/5 tại thành phố Đông Hà.", "--05-12"),
    ("Từ ngày 10 - 12/5/2022, đoàn công tác tỉnh Savannakhet đã thăm và làm việc tại Quảng Trị.", "2022-05-10"),
])
def test_the_recent_occasion_told_again_keeps_its_day(body, want):
    main = main_event(HEAD + LEAD + body + TAIL)
    assert main["date"] == want


def test_with_a_stamp_the_window_decides_as_before():
    stamp = "Cập nhật: 20/05/2022 08:15\n\n"
    main = main_event(HEAD + stamp + LEAD + "Ngày 12/5/2022, hai bên đã tổ chức lễ ký tại thành phố Đông Hà." + TAIL)
    assert main["date"] == "2022-05-12"


# --- days of the nation celebrated by their anniversary, with no date --------------------------

from hoptac.core.extract.anniversaries import known_anniversaries  # noqa: E402
from hoptac.core.text import fold  # noqa: E402


@pytest.mark.parametrize("clause, want", [
    ("Nhân dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, đoàn công tác thành phố đã dâng hương.", [2024]),
    ("Hướng về kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước, hai tỉnh giao lưu.", [2025]),
    ("Chào mừng kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9, hai huyện tổ chức giải bóng đá.", [2024]),
    ("Dịp kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh, đoàn đến thăm Khu di tích Kim Liên.", [2024]),
    ("Trong dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô, hai quận ký kết hợp tác.", [2024]),
    # Điện Biên Phủ "trên không" is December 1972, not May 1954: no cue
    ("Nhân dịp kỷ niệm 52 năm Chiến thắng Hà Nội - Điện Biên Phủ trên không, đoàn thăm hỏi cựu chiến binh.", []),
    # told ahead: the anniversary is prepared, not held
    ("Hai tỉnh bàn việc hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.", []),
])
def test_a_day_of_the_nation_by_its_anniversary(clause, want):
    assert [c.year for c in known_anniversaries(fold(clause))] == want


def test_a_name_cut_off_at_the_page_end_is_read_by_its_first_letters():
    assert [c.year for c in known_anniversaries(fold("Đoàn thăm trường. Trong dịp kỷ niệm 70 năm Chiến thắng Điện Biên Ph"))] == [2024]
    # not inside the page: a word that only begins like the name is another
    assert known_anniversaries(fold("Dịp kỷ niệm 70 năm Chiến thắng Điện Biên Ph, đoàn thăm trường.")) == []


def test_a_recent_visit_takes_the_year_of_the_anniversary_it_is_held_for():
    page = ("Hà Nội và Điện Biên thắm tình\n\nMới đây, đoàn công tác thành phố Hà Nội do Phó Bí thư Thành ủy dẫn đầu "
            "đã đến thăm và làm việc tại tỉnh Điện Biên.\n\nRiêng năm 2023, thành phố đã hỗ trợ tỉnh xây dựng 300 căn "
            "nhà.\n\nChuyến thăm diễn ra trong dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.\n")
    assert main_event(page)["date"] == "2024"


# --- a memorandum signed with the other party, or at a place, on a day: an earlier signing ---------

@pytest.mark.parametrize("clause", [
    "theo biên bản ghi nhớ được ký kết với Chủ tịch UBND TP. Cần Thơ vào tháng 11/2022",
    "theo thỏa thuận được ký tại thành phố Cần Thơ vào ngày 5/11/2022",
    "thực hiện bản ghi nhớ được ký kết giữa hai tỉnh vào tháng 11/2022",
])
def test_a_document_signed_before_does_not_date_a_recent_visit(clause):
    page = ("Cần Thơ và Chiang Mai hợp tác du lịch\n\nVừa qua, đoàn công tác thành phố Cần Thơ đã sang thăm và làm "
            "việc tại tỉnh Chiang Mai (Thái Lan).\n\nHai bên trao đổi các nội dung hợp tác " + clause + ".\n\n"
            "Hai bên thống nhất tăng cường giao lưu văn hóa, du lịch.\n")
    main = main_event(page)
    assert not (main["date"] or "").startswith("2022"), main["date"]
