"""Round 14 of the dates (holdout14's and holdout15's date misses, read as families): a caption
dated before what the page carries out, an undated occasion between that and the stamp, and a
year-only lead. Sentences written for these tests (docs/accuracy.md, "Dates round 14")."""

from __future__ import annotations

import re

import pytest

from extract_support import main_or_none, events_in as _events

HEAD = "Tỉnh Quảng Trị triển khai thỏa thuận hợp tác với tỉnh Thừa Thiên Huế\n\n"


# --- a caption dated before what the page carries out shows an earlier occasion ----------------

#: The sentence that tells what the undated occasion carries out, with the document's day.
CARRIES_OUT = [
    "Để triển khai Kế hoạch số 512/KH-UBND ngày 22/9/2023 của UBND tỉnh Thừa Thiên Huế, UBND tỉnh Quảng Trị "
    "đã ban hành văn bản giao Sở Kế hoạch và Đầu tư chủ trì thực hiện.",
    "Thực hiện Công văn số 88/UBND-KT ngày 22/9/2023 của UBND tỉnh Thừa Thiên Huế, UBND tỉnh Quảng Trị đã "
    "giao các sở, ngành liên quan rà soát nội dung hợp tác.",
    "Căn cứ Thông báo kết luận ngày 22/9/2023 của hai tỉnh, UBND tỉnh Quảng Trị đã chỉ đạo các sở triển "
    "khai các nội dung đã thống nhất với tỉnh Thừa Thiên Huế.",
]
#: A photo caption under it, dated months before.
CAPTION = "Hội nghị xúc tiến đầu tư giữa hai tỉnh tổ chức tại Đông Hà ngày 14/3/2023 Ảnh: Minh Châu\n\n"


@pytest.mark.parametrize("stamp, want", [("02/10/2023 11:42", "2023"), ("05/10/2023 08:10", "2023"),
                                         ("28/09/2023 17:05", "2023-09")])
@pytest.mark.parametrize("body", CARRIES_OUT)
def test_a_caption_before_what_the_page_carries_out_is_an_earlier_occasion(body, stamp, want):
    page = HEAD + stamp + "\n" + "UBND tỉnh Quảng Trị giao Sở Kế hoạch và Đầu tư rà soát nội dung hợp tác với tỉnh " \
        "Thừa Thiên Huế.\n\n" + CAPTION + body + "\n"
    events = _events(page)
    main = next(e for e in events if e["main"])
    assert main["date"] == want, main
    assert main["precision"] == ("month" if len(want) == 7 else "year")
    assert any(e["date"] == "2023-03-14" and not e["main"] for e in events)   # the photo's, another occasion


def test_a_caption_after_what_the_page_carries_out_still_dates_it():
    page = HEAD + "UBND tỉnh Quảng Trị giao Sở Kế hoạch và Đầu tư rà soát nội dung hợp tác với tỉnh Thừa " \
        "Thiên Huế.\n\nLãnh đạo hai tỉnh ký kết biên bản tại Đông Hà ngày 25/9/2023 Ảnh: Minh Châu\n\n" + CARRIES_OUT[0] + "\n"
    assert main_or_none(page)["date"] == "2023-09-25"


@pytest.mark.parametrize("stamp", ["02/10/2023 11:42", "03/01/2024 09:00"])
def test_a_floor_far_before_or_in_another_year_than_the_stamp_gives_no_year(stamp):
    # 22/9/2023 is a year and more before a stamp of 2024 (or months): the stamp may be a republication's
    body = CARRIES_OUT[0].replace("22/9/2023", "22/9/2022" if stamp.startswith("02") else "22/12/2023")
    page = HEAD + stamp + "\n" + "UBND tỉnh Quảng Trị giao Sở Kế hoạch và Đầu tư rà soát nội dung hợp tác với tỉnh " \
        "Thừa Thiên Huế.\n\n" + body + "\n"
    main = main_or_none(page)
    assert main is None or not main.get("date"), main


# --- a period named apart from the signing "đến năm Y" that opens it --------------------------

from hoptac.core.extract.year_signed_period import SIGNED_TO  # noqa: E402

SIGNED_HEAD = "Hai tỉnh ký kết thỏa thuận hợp tác\n\n"


@pytest.mark.parametrize("lead", [s for _, s in SIGNED_TO] + [
    "Ngày 20/5, tỉnh Cao Bằng và thành phố Hải Phòng ký kết biên bản hợp tác phát triển kinh tế - xã hội đến năm 2025.",
])
@pytest.mark.parametrize("later", [
    "Chương trình hợp tác giữa hai địa phương giai đoạn {a} - {b} tập trung vào du lịch và nông nghiệp.",
    "Theo đó, nội dung hợp tác trong giai đoạn {a}-{b} được xác định trên cơ sở thế mạnh của mỗi bên.",
])
def test_a_period_ending_where_the_signing_runs_to_gives_its_first_year(lead, later):
    end = int(re.search(r"đến năm (\d{4})", lead).group(1))
    page = SIGNED_HEAD + lead + "\n\n" + later.format(a=end - 3, b=end) + "\n"
    main = main_or_none(page)
    assert main["date"][:4] == str(end - 3), main
    assert main["year_cue"]["kind"] == "plan_period_weak"


@pytest.mark.parametrize("later", [
    "Chương trình hợp tác giữa hai địa phương giai đoạn 2019 - 2024 đã đạt nhiều kết quả.",   # ends elsewhere
    "Hai tỉnh đã hoàn thành kế hoạch hợp tác nhiệm kỳ 2020 - 2025.",                          # a term of office
])
def test_a_period_that_is_not_the_signed_one_gives_no_year(later):
    lead = "Ngày 20/5, tỉnh Cao Bằng và thành phố Hải Phòng ký kết biên bản hợp tác phát triển kinh tế - xã hội đến năm 2025."
    main = main_or_none(SIGNED_HEAD + lead + "\n\n" + later + "\n")
    assert main["date"] == "--05-20", main


def test_a_signing_told_as_done_gives_no_year():
    lead = ("Ngày 20/5, hai tỉnh tổng kết hợp tác; biên bản đã ký kết đến năm 2025 được thực hiện tốt.\n\n"
            "Chương trình hợp tác giai đoạn 2022 - 2025 tập trung vào du lịch.")
    main = main_or_none(SIGNED_HEAD.replace("ký kết thỏa thuận", "tổng kết") + lead + "\n")
    assert main["date"] == "--05-20", main


def test_in_the_last_months_the_period_may_be_signed_the_year_before():
    lead = "Ngày 20/11, tỉnh Cao Bằng và thành phố Hải Phòng ký kết biên bản hợp tác đến năm 2025."
    main = main_or_none(SIGNED_HEAD + lead + "\n\nChương trình hợp tác giai đoạn 2022 - 2025 tập trung vào du lịch.\n")
    assert main["date"] == "--11-20", main


# --- a reproduced document's place-and-date line, as a table's cell ---------------------------

DOC_HEAD = "Quyết định về việc ký kết thỏa thuận hợp tác giữa tỉnh Quảng Ngãi và tỉnh Attapeu\n"
DOC_BODY = ("QUYẾT ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n"
            "Điều 1. Ký kết Thỏa thuận hợp tác giữa UBND tỉnh Quảng Ngãi và tỉnh Attapeu, Lào giai đoạn 2026-2030.\n")


@pytest.mark.parametrize("line", [
    "Quảng Ngãi, ngày 9 tháng 12 năm 2025",
    "Quảng Ngãi, ngày 9 tháng 12 năm 2025 |",
    "| Quảng Ngãi, ngày 9 tháng 12 năm 2025 |",
    "TP. Quảng Ngãi, ngày 9 tháng 12 năm 2025.",
])
def test_a_document_line_in_a_table_cell_dates_the_decision(line):
    page = DOC_HEAD + "|\nSố: 1234/QĐ-UBND |\n" + line + "\n" + DOC_BODY
    main = main_or_none(page)
    assert (main["date"], main["type"]) == ("2025-12-09", "announcement"), main


def test_a_pipe_does_not_make_a_table_row_a_document_line():
    page = DOC_HEAD + "| Ngày có hiệu lực | 09/12/2025 |\n" + DOC_BODY
    main = main_or_none(page)
    assert not (main and main.get("date") == "2025-12-09" and main["type"] == "announcement"), main


# --- a lead that tells what a signed agreement provides reports the signing -------------------

PROVIDES_HEAD = "Tỉnh Kon Tum giúp tỉnh Attapeu phát triển nông nghiệp\n\n"


@pytest.mark.parametrize("lead", [
    "Theo văn bản thỏa thuận hợp tác giữa tỉnh Kon Tum và tỉnh Attapeu (Lào), được ký kết ngày 14/10, từ nay đến "
    "năm 2012 tỉnh Kon Tum sẽ hỗ trợ tỉnh bạn 2 tỷ đồng.",
    "Theo biên bản ghi nhớ được ký ngày 14/10 giữa tỉnh Kon Tum và tỉnh Attapeu, hai bên sẽ trao đổi đoàn hằng năm.",
    "Theo thỏa thuận hợp tác được ký kết vào ngày 14/10, tỉnh Kon Tum sẽ đào tạo 50 cán bộ cho tỉnh Attapeu.",
])
def test_a_lead_that_tells_what_an_agreement_provides_is_dated_by_its_signing(lead):
    main = main_or_none(PROVIDES_HEAD + lead + "\n")
    assert main["date"] == "--10-14", main


@pytest.mark.parametrize("lead", [
    # carried out by a new occasion, or an occasion told done: the signing stays background
    "Thực hiện thỏa thuận hợp tác được ký kết ngày 14/10, tỉnh Kon Tum sẽ hỗ trợ tỉnh Attapeu 2 tỷ đồng.",
    "Theo thỏa thuận hợp tác được ký kết ngày 14/10, tỉnh Kon Tum đã hỗ trợ tỉnh Attapeu 2 tỷ đồng.",
    "Theo thỏa thuận hợp tác được ký kết ngày 14/10, vừa qua tỉnh Kon Tum trao tặng tỉnh Attapeu 2 tỷ đồng và sẽ tiếp tục hỗ trợ.",
])
def test_an_agreement_carried_out_or_followed_by_a_deed_stays_background(lead):
    main = main_or_none(PROVIDES_HEAD + lead + "\n")
    assert main is None or main.get("date") != "--10-14", main


# --- a year's plan as the first clause of what someone says -----------------------------------

SAID_HEAD = "Thành phố Cần Thơ tiếp đoàn tỉnh Chungcheongnam\n\n"
SAID_LEAD = "Chiều {d}, ông Trần Văn Bình, Phó Chủ tịch UBND thành phố Cần Thơ, tiếp đoàn công tác tỉnh Chungcheongnam (Hàn Quốc).\n\n"


@pytest.mark.parametrize("said", [
    "Ông Trần Văn Bình nhấn mạnh, trong năm 2019, hai địa phương cần tích cực phối hợp tổ chức các hoạt động giao lưu.",
    "Lãnh đạo thành phố đề nghị, trong năm 2019, hai bên sẽ trao đổi đoàn doanh nghiệp.",
    "Ông Bình cho biết, trong năm 2019, thành phố dự kiến tổ chức tuần văn hóa tại Hàn Quốc.",
    "Trong năm 2019, hai địa phương cần đẩy mạnh hợp tác giáo dục.",
])
@pytest.mark.parametrize("day, want", [("7/3", "2019-03-07"), ("20/12", "2018-12-20"), ("5/10", "--10-05")])
def test_a_years_plan_said_at_the_occasion_gives_its_year(said, day, want):
    main = main_or_none(SAID_HEAD + SAID_LEAD.format(d=day) + said + "\n")
    assert main["date"] == want, main


def test_a_plan_told_done_or_a_basis_gives_no_year():
    said = "Ông Bình cho biết, trong năm 2019, hai bên đã cần mẫn phối hợp; căn cứ kế hoạch, trong năm 2019, thành phố căn cứ quy định."
    main = main_or_none(SAID_HEAD + SAID_LEAD.format(d="7/3") + said + "\n")
    assert main["date"] == "--03-07", main


# --- a day told as today on the stamp's day: the stamp is the report's own --------------------

TODAY_HEAD = "Hội hữu nghị tỉnh Hà Tĩnh gặp mặt đoàn tỉnh Saratov\n\n"
BACKGROUND = "Tại buổi gặp mặt, hai bên thống nhất phương hướng hợp tác năm 2016 giữa hai tỉnh."   # a cue of another year


@pytest.mark.parametrize("stamp, said, want", [
    ("18:20, 16/04/2024", "chiều nay (16/4)", "2024-04-16"),
    ("18:20, 16/04/2024", "sáng nay 16-4", "2024-04-16"),
    ("07:05, 17/04/2024", "chiều qua (16/4)", "2024-04-16"),
    ("18:20, 16/04/2024", "hôm nay (ngày 16/4)", "2024-04-16"),
])
def test_a_day_told_as_today_on_the_stamps_day_keeps_the_stamps_year(stamp, said, want):
    lead = f"Nhân chuyến thăm tỉnh Hà Tĩnh của đoàn tỉnh Saratov (Nga), {said}, Hội hữu nghị tỉnh Hà Tĩnh tổ chức buổi gặp mặt.\n\n"
    main = main_or_none(TODAY_HEAD + stamp + "\n" + lead + BACKGROUND + "\n")
    assert main["date"] == want, main


@pytest.mark.parametrize("stamp, said", [
    ("18:20, 20/04/2024", "chiều nay (16/4)"),     # not the stamp's day: a republication may be
    ("18:20, 16/04/2024", "chiều 16/4"),           # no 'nay': as before
])
def test_otherwise_a_cue_of_another_year_still_leaves_it_unknown(stamp, said):
    lead = f"Nhân chuyến thăm tỉnh Hà Tĩnh của đoàn tỉnh Saratov (Nga), {said}, Hội hữu nghị tỉnh Hà Tĩnh tổ chức buổi gặp mặt.\n\n"
    main = main_or_none(TODAY_HEAD + stamp + "\n" + lead + BACKGROUND + "\n")
    assert main["date"] == "--04-16", main


# --- a quarter's meeting named with a longer domain ------------------------------------------

@pytest.mark.parametrize("words", ["Hội đàm nghiệp vụ công tác biên phòng quý 3 năm 2025",
                                   "hội nghị giao ban công tác phối hợp quản lý biên giới quý III/2025"])
def test_a_quarters_meeting_with_its_domain_named_gives_the_year(words):
    page = TODAY_HEAD + f"Ngày 18/11, tại cửa khẩu Cầu Treo đã diễn ra buổi {words} giữa tỉnh Hà Tĩnh và tỉnh Bolikhamxay (Lào).\n"
    assert main_or_none(page)["date"] == "2025-11-18"


# --- an occasion numbered by its edition and named with its year ------------------------------

@pytest.mark.parametrize("name", [
    "Hội chợ thương mại và du lịch quốc tế Việt - Trung lần thứ 12, năm 2025",
    "Diễn đàn hợp tác du lịch các tỉnh biên giới lần thứ III - năm 2025",
    "Liên hoan văn nghệ hai tỉnh lần thứ 5 năm 2025",
])
def test_an_editions_year_names_the_occasion(name):
    page = TODAY_HEAD + f"Ngày 11.12, tại thành phố Móng Cái, tỉnh Quảng Ninh và TP. Đông Hưng (Quảng Tây, Trung Quốc) đã tổ chức khai mạc {name}.\n"
    main = main_or_none(page)
    assert main["date"] == "2025-12-11" and main["year_cue"]["kind"] == "named_year", main


def test_an_earlier_edition_is_not_the_occasions_name():
    page = TODAY_HEAD + ("Ngày 11.12, tỉnh Quảng Ninh và TP. Đông Hưng (Quảng Tây, Trung Quốc) họp bàn tổ chức hội chợ, "
                         "tiếp nối kết quả Hội chợ lần thứ 11, năm 2021.\n")
    main = main_or_none(page)
    assert main["year_cue"] is None or main["year_cue"]["kind"] != "named_year", main


# --- an occasion one is invited to, named with its year, is a later one -----------------------

INVITE_LEAD = "Chiều 6-12, lãnh đạo tỉnh Khánh Hòa làm việc với đoàn công tác TP. Richmond (Canada).\n\n"


@pytest.mark.parametrize("invite", [
    "Ông Hoàng cũng gửi lời mời ông Chak Au và đoàn tham dự Festival Biển Nha Trang - Khánh Hòa 2025.",
    "Lãnh đạo tỉnh mời thành phố bạn sang dự Lễ hội Trầm Hương Khánh Hòa 2025.",
    "Tỉnh mời các doanh nghiệp của thành phố tham gia Hội chợ Thương mại Khánh Hòa 2025.",
])
def test_an_invitation_to_an_occasion_named_with_its_year_gives_no_year(invite):
    main = main_or_none(TODAY_HEAD + INVITE_LEAD + invite + "\n")
    assert main["date"] == "--12-06", main


def test_an_occasion_attended_without_an_invitation_keeps_its_name():
    page = TODAY_HEAD + "Chiều 6-12, đoàn TP. Richmond (Canada) tham dự Festival Biển Nha Trang - Khánh Hòa 2025 cùng tỉnh Khánh Hòa.\n"
    assert main_or_none(page)["date"] == "2025-12-06"


# --- a work's completion told with "vào năm Y" is no plan for the occasion's year --------------

@pytest.mark.parametrize("work", [
    "Tỉnh bạn đã tạo điều kiện để tỉnh Hà Tĩnh triển khai xây dựng và khánh thành nhà lưu niệm vào năm 2016.",
    "Hai bên thống nhất triển khai dự án và hoàn thành công trình vào năm 2027.",
])
def test_a_works_completion_year_is_no_plan_year(work):
    page = TODAY_HEAD + "Chiều 16/4, Hội hữu nghị tỉnh Hà Tĩnh gặp mặt đoàn tỉnh Saratov (Nga).\n\n" + work + "\n"
    assert main_or_none(page)["date"] == "--04-16"


# --- results of the first months of a year are no occasion; told at an undated one, its year ----

FRAMED = "Tại buổi làm việc, lãnh đạo Công an tỉnh Quảng Trị và Sở An ninh tỉnh Savannakhet trao đổi tình hình an ninh trật tự {span}."


@pytest.mark.parametrize("span, want", [("trong 6 tháng đầu năm 2019", "2019"), ("6 tháng đầu năm 2019", "2019"),
                                        ("trong 6 tháng cuối năm 2019", None)])   # (the second half: told after the year, maybe)
def test_a_half_years_results_are_no_occasion_but_give_the_meetings_year(span, want):
    page = HEAD + FRAMED.format(span=span) + " Hai bên ký kết biên bản ghi nhớ hợp tác.\n"
    main = main_or_none(page)
    assert (main["date"], main["precision"]) == (want, "year" if want else "none"), main


def test_a_half_year_told_with_a_day_leaves_the_day_the_main():
    page = HEAD + "Ngày 12/7, " + FRAMED.format(span="trong 6 tháng đầu năm 2019")[0].lower() + FRAMED.format(span="trong 6 tháng đầu năm 2019")[1:] + "\n"
    assert main_or_none(page)["date"] == "2019-07-12"


# --- a yearly meeting named with its year -------------------------------------------------------

@pytest.mark.parametrize("lead", [
    "(QNO) - Tại tỉnh Sê Kông (Lào) vừa diễn ra hội nghị hợp tác thường niên năm 2022 giữa Công an tỉnh Quảng Nam và Công an tỉnh Sê Kông.",
    "Vừa qua, Hội đàm thường niên năm 2022 giữa tỉnh Quảng Nam và tỉnh Sê Kông (Lào) đã diễn ra tại thành phố Tam Kỳ.",
])
def test_a_yearly_meeting_named_with_its_year_gives_a_recent_lead_its_year(lead):
    main = main_or_none(HEAD + lead + "\n")
    assert (main["date"], main["precision"]) == ("2022", "year"), main


def test_a_review_of_the_yearly_meeting_is_not_its_name():
    lead = "Vừa qua, tỉnh Quảng Nam và tỉnh Sê Kông (Lào) tổ chức hội nghị tổng kết hợp tác thường niên năm 2022."
    main = main_or_none(HEAD + lead + "\n")
    assert main is None or main.get("date") != "2022" or main["year_cue"]["kind"] != "named_year", main


def test_a_years_plan_said_from_july_may_be_the_next_years():
    said = "Phó Thủ tướng cho biết, trong năm 2016, Chính phủ sẽ xem xét nguồn vốn hỗ trợ tỉnh Hòa Bình."
    for day, want in (("17/8", "--08-17"), ("17/3", "2016-03-17")):
        main = main_or_none(SAID_HEAD + SAID_LEAD.format(d=day) + said + "\n")
        assert main["date"] == want, main


# --- a document told as signed with the other party on a day: an earlier milestone -------------

@pytest.mark.parametrize("said", [
    "Kế hoạch nhằm triển khai các nội dung tại Bản ghi nhớ về hợp tác đã ký kết với Chính quyền tỉnh Champasak ngày 26 tháng 9 năm 2023.",
    "Kế hoạch cụ thể hóa thỏa thuận hợp tác đã ký giữa hai tỉnh vào ngày 26/9/2023.",
])
def test_a_document_told_signed_with_the_other_party_is_an_earlier_milestone(said):
    page = ("Triển khai Bản ghi nhớ hợp tác giữa tỉnh Kon Tum và tỉnh Champasak\n\nỦy ban nhân dân tỉnh Kon Tum ban hành Kế hoạch "
            "triển khai Bản ghi nhớ về hợp tác với tỉnh Champasak (Lào).\n\n" + said + "\n")
    main = main_or_none(page)
    assert main is not None and not main.get("date"), main


def test_a_month_told_ahead_after_a_framed_lead_is_a_plan():
    page = HEAD + ("Tại hội nghị, các đại biểu đã nghe báo cáo tình hình hợp tác du lịch giữa tỉnh Hà Giang và thành phố Hồ Chí Minh.\n\n"
                   "Hội nghị thống nhất tổ chức tuần văn hóa du lịch tại Hà Nội (dự kiến tổ chức vào tháng 9/2021).\n")
    main = main_or_none(page)
    assert main["date"] != "2021-09", main
