"""A photo caption that dates the lead's own undated occasion (caption_occasion, round 26 late26date):
a recent lead with no day, no stamp, and a caption naming the same kind of occasion as held on a day.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extract_support import main_or_none, date_of_main as _date
from hoptac.core.extract.caption_occasion import SAME_OCCASION, names_the_lead_occasion
from hoptac.core.extract.undated import _SENTENCE_HEAD
from hoptac.core.text import fold

SIGN_LEAD = ("Sở Nông nghiệp tỉnh Lào Cai và Sở Nông nghiệp tỉnh Yên Bái vừa tổ chức ký quy chế phối hợp "
             "phòng chống dịch bệnh gia súc vùng giáp ranh.\n\n")
BODY = "\n\nTheo quy chế, hai bên sẽ trao đổi thông tin về dịch bệnh và phối hợp kiểm soát vận chuyển gia súc.\n"
CAPTION = "Lễ ký kết diễn ra ngày 12/9/2021 tại Hội nghị tổng kết công tác thú y. Ảnh: Thu Hà."


@pytest.mark.parametrize("name, noun, said, caption, lead", SAME_OCCASION)
def test_each_row_reads_its_own_example(name, noun, said, caption, lead):
    fc = fold(caption)
    head = _SENTENCE_HEAD.match(fc)
    assert head is not None, caption
    assert names_the_lead_occasion(head.group(1), fc, fold(lead)) == name


@pytest.mark.parametrize("page", [
    SIGN_LEAD + CAPTION + BODY,                                          # no headline: the lead opens the page
    "Hai tỉnh ký quy chế phối hợp thú y\n\n" + SIGN_LEAD + CAPTION + BODY,
    SIGN_LEAD + CAPTION + "\n\n" + CAPTION + BODY,                       # the caption printed twice
])
def test_a_caption_naming_the_lead_signing_dates_it(page):
    ev = main_or_none(page)
    assert ev["date"] == "2021-09-12" and ev["type"] == "signing"


def test_a_caption_naming_the_lead_working_session_dates_it():
    page = ("Mường Khương và Bắc Hà hợp tác du lịch\n\n"
            "Đoàn công tác huyện Mường Khương vừa đến làm việc với huyện Bắc Hà về phát triển du lịch cộng đồng.\n\n"
            "Buổi làm việc diễn ra ngày 3/4/2023 tại trụ sở UBND huyện Bắc Hà. Ảnh: Hoàng Nam." + BODY)
    assert _date(page) == "2023-04-03"


def test_a_caption_naming_the_lead_conference_in_other_words_dates_it():
    page = ("Hai hạt kiểm lâm phối hợp bảo vệ rừng\n\n"
            "Hạt Kiểm lâm huyện A Lưới và Hạt Kiểm lâm huyện Đakrông vừa tổ chức hội nghị đánh giá công tác "
            "phối hợp bảo vệ rừng vùng giáp ranh.\n\n"
            "Hội nghị phối hợp bảo vệ rừng được tổ chức ngày 8/7/2022 tại huyện A Lưới. Ảnh: Văn Lộc." + BODY)
    assert _date(page) == "2022-07-08"


# --- counter-examples: the caption dates another occasion, or the page dates its own -------------------

@pytest.mark.parametrize("caption", [
    "Hội nghị sơ kết diễn ra ngày 12/9/2021 tại thành phố Lào Cai. Ảnh: Thu Hà.",          # another kind
    "Lễ ký kết diễn ra ngày 12/9/2019 tại thành phố Lào Cai (Ảnh tư liệu).",               # an archive photo
    "Lễ ký kết năm trước diễn ra ngày 12/9/2020 tại thành phố Lào Cai. Ảnh: Thu Hà.",      # told as earlier
    "Lễ ký kết thỏa thuận diễn ra ngày 12/9/2021 tại thành phố Lào Cai. Ảnh: Thu Hà.",     # a word the lead does not say
])
def test_a_caption_of_another_occasion_does_not_date_the_lead(caption):
    d = _date(SIGN_LEAD + caption + BODY)
    assert d is None or not d.startswith(("2019", "2020", "2021")), d


def test_a_celebration_is_no_signing():
    lead = ("Nhân kỷ niệm 10 năm kết nghĩa, huyện Bát Xát và huyện Mường Khương vừa ký kết chương trình "
            "hợp tác giai đoạn mới.\n\n")
    caption = "Lễ kỷ niệm diễn ra ngày 12/9/2021 tại huyện Bát Xát. Ảnh: Thu Hà."
    fc = fold(caption)
    assert names_the_lead_occasion(_SENTENCE_HEAD.match(fc).group(1), fc, fold(lead)) is None


def test_taking_part_is_no_visit():
    lead = "Đoàn doanh nghiệp tỉnh Lào Cai vừa tham gia hội chợ thương mại tại tỉnh Yên Bái."
    caption = "Chuyến thăm diễn ra ngày 12/9/2021 tại tỉnh Yên Bái. Ảnh: Thu Hà."
    fc = fold(caption)
    assert names_the_lead_occasion(_SENTENCE_HEAD.match(fc).group(1), fc, fold(lead)) is None


def test_a_previous_edition_in_a_caption_does_not_date_the_lead():
    page = ("Lai Châu và Điện Biên hợp tác phát triển\n\n"
            "Tỉnh Lai Châu và tỉnh Điện Biên vừa tổ chức hội nghị hợp tác phát triển lần thứ hai.\n\n"
            "Hội nghị lần thứ nhất diễn ra ngày 12/9/2019 tại thành phố Điện Biên Phủ. Ảnh: Thu Hà." + BODY)
    d = _date(page)
    assert d is None or not d.startswith("2019"), d


def test_two_captions_of_two_days_date_nothing():
    other = "Lễ ký kết diễn ra ngày 15/9/2021 tại Hội nghị tổng kết công tác thú y. Ảnh: Thu Hà."
    assert _date(SIGN_LEAD + CAPTION + "\n\n" + other + BODY) is None


def test_a_body_sentence_told_with_its_own_day_keeps_the_page_from_the_caption():
    # an earlier occasion the body opens with its year: set aside as before, and the caption lends nothing
    body = "\n\nNgày 10/9/2021, hai bên đã ký biên bản ghi nhớ về thú y tại thành phố Yên Bái."
    d = _date(SIGN_LEAD + CAPTION + body + BODY)
    assert d != "2021-09-12", d


def test_a_dated_body_sentence_wins_over_the_caption():
    body = "\n\nLễ ký kết diễn ra sáng 10/9 tại thành phố Lào Cai, với sự tham dự của lãnh đạo hai sở."
    d = _date(SIGN_LEAD + CAPTION + body + BODY)
    assert d is not None and d.endswith("-09-10"), d


def test_on_a_stamped_page_the_stamp_window_decides():
    d = _date("Cập nhật: 20/05/2023 08:15\n\n" + SIGN_LEAD + CAPTION + BODY)
    assert d != "2021-09-12", d
