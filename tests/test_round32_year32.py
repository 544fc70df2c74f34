"""Round 32 (year32): the wrong years the year probe still found on main (scripts/year_probe.py), fixed as shapes
of Vietnamese news writing. A variant must give the occasion's own year or "year unknown", never another year.
Sentences written for these tests."""

from __future__ import annotations

from extract_support import main_or_none as _main, year_or_unknown as _year_or_unknown


# --- a photo caption dated on another day than the lead's lends it no year (main_date.captions_of_other_days) -----

def test_a_caption_dated_two_weeks_before_the_lead_s_day_lends_no_year():
    page = ("Hai huyện biên giới trao đổi thông tin về an ninh\n\n"
            "Chiều 28/5, tại cửa khẩu, lãnh đạo huyện A Lưới và lãnh đạo huyện Ta Oi (tỉnh Salavan, Lào) đã có "
            "buổi gặp gỡ, trao đổi thông tin về công tác bảo vệ biên giới.\n"
            "Quang cảnh lễ ký kết giữa hai huyện ngày 12/5/2020. Ảnh: Minh Thu\n\n"
            "Hai bên thống nhất tiếp tục phối hợp giữ vững an ninh khu vực biên giới.\n")
    assert _year_or_unknown(page) == "unknown"


def test_a_caption_dated_two_days_off_is_another_day():
    page = ("Hai huyện biên giới trao đổi thông tin về an ninh\n\n"
            "Sáng 14/5, tại cửa khẩu, lãnh đạo huyện A Lưới và lãnh đạo huyện Ta Oi (tỉnh Salavan, Lào) đã có "
            "buổi gặp gỡ, trao đổi thông tin về công tác bảo vệ biên giới.\n"
            "Quang cảnh lễ ký kết giữa hai huyện ngày 12/5/2020. Ảnh: Minh Thu\n\n"
            "Hai bên thống nhất tiếp tục phối hợp giữ vững an ninh khu vực biên giới.\n")
    assert _year_or_unknown(page) == "unknown"


def test_a_caption_of_the_lead_s_own_day_still_lends_its_year():
    page = ("Hai huyện biên giới ký kết biên bản ghi nhớ\n\n"
            "Sáng 12/5, tại cửa khẩu, lãnh đạo huyện A Lưới và lãnh đạo huyện Ta Oi (tỉnh Salavan, Lào) đã ký "
            "kết biên bản ghi nhớ về công tác bảo vệ biên giới.\n"
            "Quang cảnh lễ ký kết giữa hai huyện ngày 12/5/2020. Ảnh: Minh Thu\n\n"
            "Hai bên thống nhất tiếp tục phối hợp giữ vững an ninh khu vực biên giới.\n")
    assert _year_or_unknown(page) == "2020"


def test_a_caption_inside_the_lead_s_days_still_lends_its_year():
    page = ("Giải bóng đá giao hữu giữa hai huyện\n\n"
            "Từ ngày 17 - 19/5, tại sân vận động huyện A Lưới, diễn ra giải bóng đá giao hữu giữa huyện A Lưới và "
            "huyện Ta Oi (tỉnh Salavan, Lào).\n"
            "Lễ khai mạc giải ngày 17/5/2020. Ảnh: Minh Thu\n\n"
            "Giải thu hút 8 đội bóng tham gia.\n")
    assert _year_or_unknown(page) == "2020"


# --- a caption with its own year, the only dated line, dates the page only when it names the lead's occasion ------
# (caption_occasion.captions_of_another_occasion)

def test_a_caption_of_another_occasion_does_not_date_an_undated_lead():
    page = ("Hai xã kết nghĩa nhân dịp kỷ niệm ngày thành lập Đảng bộ xã\n\n"
            "Nhân dịp kỷ niệm 50 năm ngày thành lập Đảng bộ xã Tân Lập (1975 - 2025), tại xã Tân Lập đã diễn ra "
            "lễ kết nghĩa giữa xã Tân Lập (huyện Đồng Phú) và xã Hòa Bình (huyện Chợ Gạo).\n"
            "Quang cảnh lễ ký kết giữa hai huyện ngày 12/5/2022. Ảnh: Minh Thu\n\n"
            "Hai xã sẽ phối hợp trong phát triển kinh tế, văn hóa, xã hội.\n")
    assert _year_or_unknown(page) in ("unknown", "2025")


def test_a_caption_years_before_the_stamp_does_not_date_an_undated_lead():
    page = ("Tỉnh Hưng Yên hỗ trợ tỉnh Đồng Nai phòng chống dịch\n"
            "Chủ nhật, 22.08.2021 | 12:13:37\n"
            "Tỉnh Hưng Yên cử đoàn cán bộ y tế gồm 30 người vào hỗ trợ tỉnh Đồng Nai phòng chống dịch bệnh.\n"
            "Quang cảnh lễ ký kết giữa hai tỉnh ngày 12/5/2018. Ảnh: Minh Thu\n\n"
            "Đoàn gồm các bác sĩ, điều dưỡng của các bệnh viện trong tỉnh.\n")
    assert _year_or_unknown(page) in ("2021", "unknown")


def test_a_caption_on_a_page_that_tells_no_other_time_still_dates_it():
    # counter-example (as tests/test_dates14.py): nothing on the page tells another year than the caption's
    page = ("Hai tỉnh rà soát nội dung hợp tác\n\n"
            "UBND tỉnh Quảng Trị giao các sở rà soát nội dung hợp tác với tỉnh Thừa Thiên Huế.\n"
            "Quang cảnh lễ ký kết giữa hai tỉnh ngày 12/5/2022. Ảnh: Minh Thu\n\n"
            "Hai bên thống nhất các nội dung hợp tác trọng tâm.\n")
    assert _year_or_unknown(page) == "2022"


def test_a_caption_that_names_the_lead_s_occasion_still_dates_it():
    page = ("Ký quy chế phối hợp bảo vệ rừng giáp ranh\n\n"
            "Hạt Kiểm lâm huyện Đồng Phú và Hạt Kiểm lâm huyện Chợ Gạo vừa tổ chức ký quy chế phối hợp bảo vệ rừng "
            "vùng giáp ranh.\n"
            "Lễ ký kết diễn ra ngày 6/10/2022 tại trụ sở Hạt Kiểm lâm huyện Đồng Phú. Ảnh: Minh Thu\n\n"
            "Theo quy chế, hai bên sẽ trao đổi thông tin và phối hợp tuần tra.\n")
    assert _year_or_unknown(page) == "2022"


# --- a lead that tells a commitment or names an approved plan does not tell its occasion ahead (later_plans) -------

def test_a_commitment_in_the_lead_is_not_a_preview():
    # "sẽ tạo điều kiện" promises support; the page's occasion is the yearless "Chiều 22/11": the plan after the
    # lead, with its own year, is another occasion
    page = ("Tỉnh Long An mời gọi doanh nghiệp tỉnh Kampong Cham đầu tư\n\n"
            "Chủ tịch UBND tỉnh Long An cho biết tỉnh sẽ tạo điều kiện thuận lợi về mặt bằng cho doanh nghiệp của "
            "tỉnh Kampong Cham đầu tư vào các khu công nghiệp.\n"
            "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2019 tại thành phố của tỉnh bạn.\n\n"
            "Tại buổi hội đàm chiều 22/11 ở trụ sở UBND tỉnh Long An, hai bên đã bàn về hợp tác đầu tư.\n")
    assert _year_or_unknown(page) == "unknown"


def test_an_approved_plan_named_in_the_lead_is_a_document_not_a_preview():
    # "phê duyệt Kế hoạch thực hiện …" names a document; the plan after the lead is later than every other year
    page = ("Hai tỉnh Lạng Sơn và Quảng Tây xúc tiến thương mại\n\n"
            "Thực hiện Quyết định số 21/QĐ-TTg ngày 9-4-2024 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch thực "
            "hiện Hiệp định thương mại, tỉnh Lạng Sơn đã tổ chức đoàn doanh nghiệp sang tỉnh Quảng Tây.\n"
            "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2026 tại thành phố của tỉnh bạn.\n\n"
            "Đoàn đã tham dự hội chợ từ ngày 18 đến 20/04/2025 tại thành phố Nam Ninh.\n")
    assert _year_or_unknown(page) == "2025"


def test_a_preview_lead_still_keeps_its_plan():
    # "sẽ tổ chức" tells the page's occasion ahead: the plan is the page's own (counter-example)
    page = ("Hai tỉnh sắp tổ chức Tuần Văn hóa\n\n"
            "Chủ tịch UBND tỉnh Lạng Sơn cho biết hai tỉnh sẽ tổ chức Tuần Văn hóa tại tỉnh Cao Bằng.\n"
            "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2025 tại thành phố Cao Bằng.\n")
    assert _year_or_unknown(page) == "2025"


def test_a_commitment_is_told_apart_from_an_occasion_told_ahead():
    from hoptac.core.extract.later_plans import COMMITMENTS, lead_tells_ahead
    from hoptac.core.text import fold
    for _, lead in COMMITMENTS:
        f = fold(lead)
        assert not lead_tells_ahead(f, (0, len(f)), lead), lead
    for lead in ("Hai tỉnh sẽ tiếp tục tổ chức Tuần Văn hóa vào tháng 3.",
                 "Tỉnh A sẽ hỗ trợ tỉnh B tổ chức lễ hội hoa.",
                 "Tỉnh A sẽ tổ chức đoàn công tác sang thăm tỉnh B."):
        f = fold(lead)
        assert lead_tells_ahead(f, (0, len(f)), lead), lead


def test_a_plan_after_a_dated_occasion_of_the_page_is_not_its_occasion():
    # the page reports its festival with its full date; a target year ("đến năm 2030") keeps the plan from being
    # later than every year of the page, yet it comes after the page's own dated occasion
    page = ("Ngày hội văn hóa hai tỉnh tại Thủ đô\n\n"
            "Lần đầu tiên, du khách tại Hà Nội được thưởng thức nghệ thuật múa của đồng bào hai tỉnh Ninh Thuận "
            "và Bình Thuận.\n"
            "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2024 tại thành phố của tỉnh bạn.\n\n"
            "Ngày hội diễn ra từ ngày 25/10 đến hết ngày 27/10/2023 tại phố đi bộ Hồ Gươm.\n"
            "Hai tỉnh đặt mục tiêu đến năm 2030 du lịch trở thành ngành kinh tế mũi nhọn.\n")
    assert _year_or_unknown(page) in ("2023", "unknown")


# --- an old bond day opening the lead, then a day told as already reported (old_lead_days) ------------------------

def test_an_old_bond_day_before_a_day_already_reported_is_history():
    page = ("Tỉnh Hưng Yên hỗ trợ tỉnh Đồng Nai phòng chống dịch\n"
            "Chủ nhật, 22.08.2021 | 12:13:37\n"
            "Ngày 28/4/2006, hai tỉnh đã ký kết nghĩa, mở ra quan hệ gắn bó lâu dài.\n"
            "Như chúng tôi đã đưa tin, ngày 9/8 tỉnh Hưng Yên cử đoàn cán bộ y tế vào hỗ trợ tỉnh Đồng Nai phòng "
            "chống dịch bệnh.\n\n"
            "Đoàn gồm 30 bác sĩ, điều dưỡng của các bệnh viện trong tỉnh.\n")
    assert _year_or_unknown(page) in ("2021", "unknown")


def test_a_retold_bond_day_without_da_keeps_its_day():
    # counter-example: the bond's day told as the page's own story ("tổ chức lễ kết nghĩa", no "đã") keeps it
    page = ("Kỷ niệm ngày kết nghĩa hai tỉnh\n"
            "Chủ nhật, 22.08.2021 | 12:13:37\n"
            "Ngày 12/2/1961, tại thành phố Hưng Yên, hai tỉnh tổ chức lễ kết nghĩa.\n"
            "Như chúng tôi đã đưa tin, ngày 9/8 tỉnh Hưng Yên cử đoàn cán bộ y tế vào hỗ trợ tỉnh Đồng Nai.\n")
    main = _main(page) or {}
    assert main.get("date") == "1961-02-12"
