"""Round 20 (yearprobe20): the year probe's remaining wrong years (scripts/year_probe.py), fixed as shapes of
Vietnamese news writing. A variant must give the occasion's own year or "year unknown", never another year.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.text import fold

from extract_support import main_or_none as _main, date_or_empty as _date


# --- a later plan told after the lead with its full date (later_plans) ------------------------------------------

def test_a_plan_months_after_the_stamp_is_not_the_page_s_occasion():
    page = ("Quảng Trị - Thừa Thiên Huế: chung tay phát triển\n14/06/2024 09:10\n"
            "Trao đổi kinh nghiệm xây dựng Đảng, giới thiệu doanh nghiệp là nội dung làm việc giữa Tỉnh ủy Quảng Trị "
            "và Tỉnh ủy Thừa Thiên Huế.\n"
            "Theo kế hoạch, Liên hoan văn nghệ hai tỉnh sẽ diễn ra từ ngày 8 đến 12/4/2025 tại tỉnh bạn.\n\n"
            "Dự buổi làm việc giữa hai Ban Thường vụ Tỉnh ủy vào chiều 13/6 có Bí thư Tỉnh ủy Quảng Trị và các "
            "đồng chí trong Ban Thường vụ hai tỉnh.\n")
    assert _date(page) == "2024-06-13"


def test_a_preview_keeps_a_second_plan_apart_from_its_own_days():
    # the lead tells the page's own visit ahead (a preview): a week planned eight months later is another occasion
    page = ("Đoàn thành phố Pécs thăm Hội An\n17/07/2024 | 14:00\n"
            "Đoàn đại biểu thành phố Pécs, Hungary sẽ có chuyến thăm và làm việc tại thành phố Hội An, tỉnh Quảng Nam.\n"
            "Theo kế hoạch, Tuần Văn hóa hai thành phố sẽ diễn ra từ ngày 2 đến 8/3/2025 tại Hội An.\n"
            "Chuyến thăm của đoàn diễn ra từ ngày 18-24/7, với nhiều hoạt động giao lưu văn hóa.\n")
    assert not _date(page).startswith("2025")


def test_a_preview_weeks_before_its_days_keeps_them():
    page = ("Sắp diễn ra Tuần Văn hóa hai tỉnh\n20/02/2025 08:00\n"
            "Tuần Văn hóa tỉnh Lạng Sơn tại tỉnh Cao Bằng sẽ được tổ chức với nhiều hoạt động đặc sắc.\n"
            "Theo kế hoạch, Tuần Văn hóa sẽ diễn ra từ ngày 5 đến 11/3/2025 tại thành phố Cao Bằng.\n")
    assert _date(page) == "2025-03-05"


def test_a_plan_later_than_the_occasion_s_named_year_gives_no_year_of_its_own():
    # no stamp: the occasion is named with its year (2025); next year's week is not it
    page = ("Việc ký kết nhằm tăng cường liên kết vùng, khai thác tiềm năng của hai địa phương, đồng thời mở ra "
            "giai đoạn hợp tác mới giữa hai trung tâm du lịch của miền Trung và miền Bắc.\n"
            "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 6 đến 12/4/2026 tại tỉnh bạn.\n\n"
            "Trong khuôn khổ Liên hoan Du lịch biển Việt Nam 2025 vừa diễn ra tại Khánh Hòa, tỉnh Khánh Hòa và "
            "thành phố Hải Phòng đã ký kết Bản ghi nhớ hợp tác phát triển du lịch.\n")
    assert not _date(page).startswith("2026")


def test_a_wish_in_the_lead_is_no_plan_of_its_own():
    # "mong muốn … sẽ tiếp tục": a hope, not the lead's occasion told ahead; the week of 2026 is later than the page
    page = ("Đoàn tỉnh Champasak chúc Tết tỉnh Quảng Nam\n\n"
            "Chúc Tết tỉnh Quảng Nam, Phó Tỉnh trưởng tỉnh Champasak vui mừng trước kết quả tỉnh bạn đạt được; "
            "đồng thời mong muốn quan hệ hợp tác giữa hai tỉnh sẽ tiếp tục phát triển.\n"
            "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2026 tại tỉnh bạn.\n"
            "Năm học 2024-2025, tỉnh tiếp nhận 120 lưu học sinh của tỉnh bạn.\n")
    assert not _date(page).startswith("2026")


def test_a_lead_that_tells_its_own_occasion_ahead_is_read_as_such():
    from hoptac.core.extract.later_plans import lead_tells_ahead
    for lead, ahead in (("Đoàn tỉnh A sẽ sang thăm tỉnh B vào tuần tới.", True),
                        ("Hai bên mong muốn quan hệ sẽ tiếp tục phát triển.", False),
                        ("Lãnh đạo tỉnh chúc tỉnh bạn sẽ gặt hái nhiều thành công.", False),
                        ("Hai bên tin tưởng hợp tác sẽ đi vào chiều sâu. Dự kiến, đoàn sẽ thăm tỉnh B.", True)):
        f = fold(lead)
        assert lead_tells_ahead(f, (0, len(f))) is ahead, lead


def test_every_row_of_the_later_plans_table_is_documented():
    from hoptac.core.extract.later_plans import EVIDENCE, _WHY
    assert {n for n, _, _ in EVIDENCE} == set(_WHY)


# --- an old bond day opening the lead, the page's own occasion told after it (old_lead_days, historic_dates) -----

BOND = "Ngày 15/3/2009, hai địa phương đã ký kết nghĩa, gắn bó từ đó đến nay.\n"


def test_a_programme_just_signed_after_an_old_bond_day_is_the_page_s_news():
    # the next sentence names the programme's period and tells it signed "vừa", far into the sentence
    page = ("Đẩy mạnh liên kết giao thông giữa Long An và Tiền Giang\n\nKinh tế 12-06-2024\n\n" + BOND +
            "Hoàn thành sớm các tuyến đường kết nối vùng giữa hai tỉnh Long An và Tiền Giang là một trong những nội "
            "dung chính của chương trình hợp tác giai đoạn 2024-2026 giữa hai tỉnh vừa được lãnh đạo hai bên ký kết.\n")
    assert not _date(page).startswith("2009")


def test_a_session_named_after_an_old_bond_day_is_the_page_s_news():
    page = ("Đoàn tỉnh Khammouane chúc Tết tỉnh Hà Tĩnh\n\n" + BOND +
            "Đồng chí Phó Tỉnh trưởng tỉnh Khammouane chúc tỉnh Hà Tĩnh năm mới thành công.\n\n"
            "Phát biểu tại buổi tiếp, Phó Chủ tịch UBND tỉnh Hà Tĩnh cảm ơn tình cảm của tỉnh bạn.\n"
            "Năm học 2023-2024, tỉnh đón 200 lưu học sinh của tỉnh bạn.\n")
    assert not _date(page).startswith("2009")


def test_this_trip_after_an_old_bond_day_is_the_page_s_news():
    page = ("date 2024-09-20 Ký kết thỏa thuận hợp tác giữa thành phố Đà Lạt và tỉnh Gangwon\n\n" + BOND +
            "Chủ tịch UBND thành phố Đà Lạt khẳng định quan hệ hai địa phương đang phát triển tốt đẹp.\n\n"
            "Tỉnh trưởng tỉnh Gangwon cảm ơn sự đón tiếp và mong chuyến công tác lần này mở ra cơ hội hợp tác mới.\n")
    assert not _date(page).startswith("2009")


def test_an_unstamped_page_with_a_later_year_reports_its_yearless_day_not_the_bond():
    page = ("Thành phố Móng Cái hội đàm với đoàn thành phố Đông Hưng\n\n" + BOND +
            "Sáng 14/9, tại thành phố Móng Cái, lãnh đạo hai thành phố đã hội đàm về hợp tác biên giới.\n"
            "Từ năm 2015 đến nay, hai bên duy trì cơ chế gặp gỡ định kỳ.\n")
    main = _main(page)
    assert not (main.get("date") or "").startswith("2009")
    assert main.get("date_text", "").lower().startswith("sáng 14/9")


# --- an undated recent occasion whose own sentence names another year than the stamp's (stamp_disputed) ----------

def _signed_programme(stamp: str) -> str:
    return ("Đẩy nhanh các dự án giao thông giữa Vĩnh Long và Trà Vinh\n\nKinh tế " + stamp + "\n\n"
            "Đẩy nhanh triển khai các tuyến đường kết nối vùng giữa Vĩnh Long và Trà Vinh – đó là một trong những nội "
            "dung quan trọng trong chương trình hợp tác phát triển kinh tế - xã hội giai đoạn 2024-2026 giữa hai tỉnh Vĩnh Long và Trà "
            "Vinh vừa được lãnh đạo hai địa phương ký kết.\n")


@pytest.mark.parametrize("stamp", ["16-01-2025", "15-06-2025", "15-06-2026"])
def test_a_programme_signed_just_now_is_not_dated_by_a_later_year_s_stamp(stamp):
    # the programme signed "vừa" opens 2024: a stamp of 2025 or 2026 is a copy's, the year is unknown
    assert not _date(_signed_programme(stamp)).startswith(stamp[-4:])


def test_a_programme_signed_just_now_takes_the_stamp_s_month_when_they_agree():
    assert _date(_signed_programme("16-05-2024")) == "2024-05"


def test_an_old_bond_day_is_no_present_year_for_a_preview_s_plan():
    # a preview whose plan follows an old bond day: the bond's year (background) does not make the plan "later"
    page = ("Bình Dương và Tây Ninh ký kết hợp tác phát triển du lịch\n"
            "Ngày 15/3/1998, hai địa phương đã ký kết nghĩa, gắn bó từ đó đến nay.\n"
            "Trong hai ngày 14-15/7/2013, tại Bình Dương sẽ diễn ra chương trình khảo sát tour và ký kết hợp tác "
            "phát triển du lịch giữa hai Sở Du lịch tỉnh Bình Dương và tỉnh Tây Ninh.\n")
    assert _date(page) == "2013-07-14"


def test_an_unstamped_page_with_only_an_older_year_reports_its_yearless_day_not_the_bond():
    # "năm 1954": a history told in passing, earlier than the bond, says nothing of the page's present
    page = ("Lãnh đạo thành phố Hải Phòng thăm, tặng quà tại Lai Châu\n\n" + BOND +
            "Chiều 3/11, tại xã Nậm Tăm, đoàn công tác thành phố Hải Phòng đã tới thăm và tặng quà đồng bào khó khăn.\n"
            "Xã Nậm Tăm là vùng căn cứ cách mạng từ năm 1947, nay vẫn còn nhiều khó khăn.\n")
    main = _main(page)
    assert not (main.get("date") or "").startswith("2009")
