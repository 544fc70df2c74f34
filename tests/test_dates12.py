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


# --- what a new site prints: each stamp layout read right, each odd year form read right or left unknown ---

SITE_HEAD = "Tỉnh Lạng Sơn và tỉnh Cao Bằng tăng cường hợp tác\n\n"
SITE_LEAD = ("Sáng 12/10, tại thành phố Lạng Sơn, UBND tỉnh Lạng Sơn và UBND tỉnh Cao Bằng tổ chức hội nghị hợp tác "
             "phát triển kinh tế{x}.\n\n")
SITE_BODY = "Hai bên thống nhất tăng cường hợp tác về thương mại, du lịch.{x}\n"


@pytest.mark.parametrize("stamp", [
    "Thứ Năm, 12/10/2023 - 09:15", "12-10-2023 09:15 GMT+7", "Cập nhật: 12/10/2023", "Cập nhật lúc 09:15 ngày 12/10/2023",
    "Ngày đăng 12/10/2023", "Ngày đăng: 12-10-2023 | 09:15", "09:15 12/10/2023", "12/10/2023 09:15:20",
    "Thứ năm, 12 tháng 10, 2023", "Thứ 5, 12/10/2023, 09:15 (GMT+7)", "2023-10-12 09:15", "12.10.2023 | 09:15",
    "Đăng lúc: 09:15 - 12/10/2023", "Xuất bản: 12/10/2023 09:15", "Chủ nhật, ngày 12 tháng 10 năm 2023",
])
def test_a_stamp_layout_gives_the_lead_its_year(stamp):
    main = main_event(SITE_HEAD + stamp + "\n\n" + SITE_LEAD.format(x="") + SITE_BODY.format(x=""))
    assert main["date"] == "2023-10-12"


@pytest.mark.parametrize("lead_tail, body_tail", [
    (" năm 2.023", ""), (" (2023)", ""), (" năm hai nghìn không trăm hai mươi ba", ""),
    ("", " Hai bên trao học bổng cho sinh viên niên khóa 2019-2023."),
    ("", " Đây là hội nghị đầu tiên của nhiệm kỳ 2020-2025."), (" nhiệm kỳ 2020 - 2025", ""),
    (" giai đoạn 2021-2025", ""), (" năm học 2023-2024", ""), ("", " Năm 2024, hai bên sẽ tổ chức đoàn khảo sát."),
])
def test_an_odd_year_form_never_gives_a_wrong_year(lead_tail, body_tail):
    main = main_event(SITE_HEAD + SITE_LEAD.format(x=lead_tail) + SITE_BODY.format(x=body_tail))
    assert main["date"] in ("2023-10-12", "--10-12")


@pytest.mark.parametrize("lead, want", [
    ("Sáng 5/2, nhân dịp Tết Nguyên đán Giáp Thìn, UBND tỉnh Lạng Sơn thăm, chúc Tết tỉnh Cao Bằng.", "2024-02-05"),
    ("Sáng 10/1, nhân dịp đón Xuân Quý Mão, UBND tỉnh Lạng Sơn thăm, chúc Tết tỉnh Cao Bằng.", "2023-01-10"),
    ("Sáng 28/12, nhân dịp đón Xuân Giáp Thìn, UBND tỉnh Lạng Sơn thăm, chúc Tết tỉnh Cao Bằng.", "2023-12-28"),
])
def test_a_year_named_by_its_lunar_name(lead, want):
    assert main_event(SITE_HEAD + lead + "\n\n" + SITE_BODY.format(x=""))["date"] == want


# --- a date told as past right after it, on a stamped page -------------------------------------------

@pytest.mark.parametrize("words, want", [
    ("Tháng 12 vừa qua", "2022-12"),          # after the stamp's October: the December before
    ("Tháng 11 vừa rồi", "2022-11"),
    ("Ngày 28/12 vừa qua", "--12-28"),        # not after the stamp, and ten months before it: no year (stamp_lag)
    ("Ngày 5/3 năm ngoái", "2022-03-05"),     # last year's, though before the stamp's day
    ("Tháng 3 năm trước", "2022-03"),
    ("Tháng 10 vừa qua", "2023-10"),          # the stamp's own month
    ("Ngày 5/3 vừa qua", "--03-05"),          # seven months before the stamp: no year (stamp_lag)
    ("Ngày 12/10 vừa qua", "2023-10-12"),     # days before it: the stamp's year
])
def test_a_date_told_as_past_is_not_after_the_stamp(words, want):
    page = (SITE_HEAD + "Cập nhật: 20/10/2023 09:15\n\n" + words + ", tại thành phố Lạng Sơn, UBND tỉnh Lạng Sơn và UBND "
            "tỉnh Cao Bằng tổ chức hội nghị hợp tác.\n\n" + SITE_BODY.format(x=""))
    assert main_event(page)["date"] == want


def test_a_relative_day_is_not_after_the_stamp():
    # "hôm qua (4/1)" on a page stamped in October: the stamp is not this report's; the 4/1 before it
    page = (SITE_HEAD + "Cập nhật: 20/10/2023 09:15\n\nSáng hôm qua (4/1), tại thành phố Lạng Sơn, UBND tỉnh Lạng Sơn "
            "và UBND tỉnh Cao Bằng tổ chức hội nghị hợp tác.\n\n" + SITE_BODY.format(x=""))
    assert main_event(page)["date"] != "2024-01-04"


# --- a lead told with no day and no 'vừa' on a stamped page: a far day of another occasion is set aside ---

TOLD_LEAD = ("UBND tỉnh Quảng Trị và chính quyền tỉnh Savannakhet (Lào) tổ chức hội đàm, thống nhất kế hoạch hợp tác "
             "giai đoạn mới về thương mại, du lịch và giáo dục.\n\n")


@pytest.mark.parametrize("earlier", [
    "Ngày 12/5/2022, hai bên đã tổ chức hội nghị sơ kết tại thành phố Đông Hà.",
    "Hội nghị sơ kết được tổ chức ngày 12/5/2022 tại thành phố Đông Hà.",
])
def test_a_far_day_of_another_occasion_does_not_date_a_stamped_report(earlier):
    page = HEAD + "Cập nhật: 20/10/2023 09:15\n\n" + TOLD_LEAD + earlier + TAIL
    main = main_event(page)
    assert not (main["date"] or "").startswith("2022"), main["date"]


@pytest.mark.parametrize("body, want", [
    ("Ngày 18/10/2023, hai bên đã tổ chức hội đàm tại thành phố Đông Hà.", "2023-10-18"),   # within days of the stamp
    ("Hội đàm diễn ra ngày 12/5/2022 tại thành phố Đông Hà.", "2022-05-12"),                # the lead's, named back
])
def test_the_reported_day_still_dates_it(body, want):
    assert main_event(HEAD + "Cập nhật: 20/10/2023 09:15\n\n" + TOLD_LEAD + body + TAIL)["date"] == want


# --- a day told ahead is written less than a year before it ------------------------------------------

def test_a_meeting_days_before_a_planned_visit_takes_its_year():
    page = ("Chuẩn bị đón đoàn tỉnh Savannakhet\n\nChiều 14-6, Phó Chủ tịch UBND tỉnh Quảng Trị chủ trì hội nghị bàn kế "
            "hoạch đón tiếp đoàn đại biểu tỉnh Savannakhet (Lào).\n\nTheo dự kiến, từ ngày 18 đến 20-6-2024, đoàn sẽ sang "
            "dự lễ ký kết thỏa thuận hợp tác năm 2024 và đánh giá kết quả hợp tác giữa hai tỉnh năm 2023.\n")
    assert main_event(page)["date"] == "2024-06-14"


def test_a_day_after_the_planned_one_in_its_month_is_the_year_before():
    # the plan's day lies less than a year after the occasion: 20/12 before a plan of 5/1/2025 is 2024
    page = ("Hai huyện kết nghĩa\n\nNgày 20/12, huyện A Lưới và huyện Tà Ôi ký kết hợp tác.\n\nDự kiến, ngày 5/1/2025, "
            "hai huyện sẽ tổ chức giải bóng đá giao hữu.\n")
    assert main_event(page)["date"] in ("2024-12-20", "--12-20")
    assert main_event(page)["date"] != "2025-12-20"


# --- a stamp on the occasion's last day is the report's own, whatever a name's year says ------------------

@pytest.mark.parametrize("stamp, want", [
    ("09:10 | 14/04/2024 GMT+7", "2024-04-10"),   # two days after the last day: the report's stamp
    ("09:10 | 30/04/2024 GMT+7", None),           # weeks after: the name may be right, the stamp a republication's
])
def test_a_stamp_on_the_last_day_wins_over_a_year_in_the_name(stamp, want):
    page = ("Ngày hội văn hóa Lạng Sơn - Quảng Tây\n" + stamp + "\n\nTừ ngày 10 đến 12/4, tại thành phố Lạng Sơn diễn ra "
            "Ngày hội văn hóa Lạng Sơn - Quảng Tây 2023 với sự tham gia của đoàn nghệ thuật Quảng Tây (Trung Quốc).\n\n"
            "Hai bên thống nhất tăng cường giao lưu văn hóa.\n")
    main = main_event(page)
    if want:
        assert main["date"] == want
    else:
        assert main["date"] != "2024-04-10"


# --- a quarter's own meeting or review -----------------------------------------------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Ngày 20/1, tại Cao Bằng, đồn biên phòng hai bên tổ chức hội đàm định kỳ quý 4/2025 với đoàn Quảng Tây (Trung Quốc).",
     "2026-01-20"),
    ("Ngày 15/12, tại Cao Bằng, đồn biên phòng hai bên tổ chức hội đàm định kỳ quý IV/2025 với đoàn Quảng Tây (Trung Quốc).",
     "2025-12-15"),
    ("Ngày 10/10, tại Lạng Sơn, hai bên tổ chức hội nghị giao ban quý III/2024 với đoàn Quảng Tây (Trung Quốc).",
     "2024-10-10"),
])
def test_a_quarter_meeting_dates_its_year(lead, want):
    assert main_event("Hội đàm biên phòng\n\n" + lead + "\n\nHai bên thống nhất tăng cường tuần tra song phương.\n")["date"] == want


def test_a_quarter_told_ahead_is_no_cue():
    page = ("Hội đàm biên phòng\n\nNgày 20/1, tại Cao Bằng, đồn biên phòng hai bên hội đàm với đoàn Quảng Tây (Trung Quốc)."
            "\n\nHai bên sẽ tổ chức hội nghị quý 4/2025 tại Bách Sắc.\n")
    assert main_event(page)["date"] != "2026-01-20"


# --- an anniversary the occasion looks ahead to bounds it from above ----------------------------------------

@pytest.mark.parametrize("words, want", [
    ("hướng tới kỷ niệm 60 năm Ngày thành lập (5/3/1964 - 5/3/2024)", "2023-11-03"),   # before the day: 2023
    ("nhân dịp kỷ niệm 60 năm Ngày thành lập (5/3/1964 - 5/3/2024)", None),           # held for it: no bound
])
def test_an_anniversary_looked_ahead_to_comes_after_the_occasion(words, want):
    page = ("Giao lưu hữu nghị biên giới\n\nNgày 3/11, tỉnh Kon Tum tổ chức giao lưu hữu nghị với tỉnh Attapeu (Lào). Đây "
            "là hoạt động " + words + ".\n\nHai bên trao quà cho học sinh nghèo.\n")
    main = main_event(page)
    if want:
        assert main["date"] == want
    else:
        assert main["date"] != "2023-11-03"


def test_a_quarter_meeting_named_after_several_words():
    page = ("Hội đàm biên phòng\n\nChiều 15-6, tại Móng Cái, đã diễn ra buổi hội đàm trao đổi tình hình định kỳ quý II năm "
            "2021 giữa các đồn Biên phòng Quảng Ninh và đoàn Quảng Tây (Trung Quốc).\n\nHai bên thống nhất tăng cường "
            "tuần tra.\n")
    assert main_event(page)["date"] == "2021-06-15"
