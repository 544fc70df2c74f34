"""Historic full dates told in passing (core/extract/historic_dates.py): a founding, twinning or
first-agreement day decades before the page is never its occasion; a page that opens its lead with
the old day (a retrospective) keeps it. Sentences written for these tests (docs/accuracy.md,
"Historic dates, probe")."""

from __future__ import annotations

import re

import pytest

from hoptac.core.extract.historic_dates import HISTORIC_AFTER, HISTORIC_BEFORE, OLD_YEARS, _AFTER, _BEFORE
from hoptac.core.text import fold
from extract_support import main_or_none

HEAD = "Hai tỉnh Hải Dương và Phú Yên tăng cường quan hệ kết nghĩa\n\n"
STAMP = "Cập nhật: 14/12/2019 08:15\n"
BODY = "\nHai bên trao đổi về kết quả hợp tác trong thời gian qua và thống nhất nhiều nội dung mới.\n"

#: A lead whose occasion has no year (or none at all), and an old full date told as the pair's history.
HISTORY_TOLD = [
    "Sáng nay, tại thành phố Tuy Hòa, tỉnh Phú Yên và tỉnh Hải Dương tổ chức hội nghị tổng kết hợp tác, "
    "hai tỉnh kết nghĩa từ ngày 12/2/1961.",
    "Tỉnh Phú Yên và tỉnh Hải Dương tổ chức hội nghị tổng kết hợp tác giai đoạn 2015-2019. Hai tỉnh chính "
    "thức kết nghĩa ngày 12/2/1961.",
    "Vừa qua, tỉnh Phú Yên đã đón đoàn công tác tỉnh Hải Dương. Ngày 12/2/1961, hai tỉnh Hải Dương và Phú "
    "Yên chính thức kết nghĩa.",
    "Vừa qua, tỉnh Phú Yên đã đón đoàn công tác tỉnh Hải Dương. Cách đây 58 năm, ngày 12/2/1961, hai tỉnh "
    "kết nghĩa.",
    "Tỉnh Phú Yên và tỉnh Hải Dương tổ chức hội nghị tổng kết thỏa thuận hợp tác được ký ngày 18/7/1977 "
    "giữa hai tỉnh.",
    "Tỉnh Phú Yên đón đoàn tỉnh Hải Dương sang thăm nhân dịp kỷ niệm ngày thành lập Đảng 3/2/1930.",
    "Kể từ ngày 12/2/1961, hai tỉnh Hải Dương và Phú Yên luôn gắn bó. Mới đây, tỉnh Phú Yên đã đón đoàn "
    "công tác tỉnh Hải Dương.",
    "Tỉnh Phú Yên đã tiếp đoàn tỉnh Hải Dương, hai tỉnh thiết lập quan hệ vào ngày 12/2/1961.",
    "Đoàn đại biểu tỉnh Hải Dương thăm tỉnh Phú Yên nhân ngày truyền thống kết nghĩa 12/2/1961.",
    "Vừa qua, tỉnh Phú Yên đã đón đoàn công tác tỉnh Hải Dương. Tháng 2/1961, hai tỉnh chính thức kết nghĩa.",
    "Tỉnh Phú Yên tiếp đoàn công tác tỉnh Hải Dương; hai tỉnh gắn bó với nhau từ ngày 12/2/1961.",
    "Tỉnh Phú Yên và tỉnh Hải Dương tổng kết hợp tác. Hiệp ước hữu nghị giữa hai tỉnh (ký ngày 18/7/1977) "
    "được thực hiện hiệu quả.",
]

_OLD = re.compile(r"\b19[3-7]\d\b")


@pytest.mark.parametrize("lead", HISTORY_TOLD)
def test_an_old_day_told_as_history_is_not_the_occasion(lead):
    main = main_or_none(HEAD + STAMP + lead + "\n" + BODY)
    assert main is not None
    date = main["date"] or ""
    assert not _OLD.match(date), main       # never the old year
    assert date[:4] in ("", "2019"), main   # the stamp's year, or the year left unknown


@pytest.mark.parametrize("lead", [l for l in HISTORY_TOLD if "2015-2019" in l or "Cách đây" in l
                                  or "thiết lập" in l or "truyền thống" in l])
def test_with_no_stamp_the_old_day_is_still_not_taken_when_the_page_tells_a_later_year(lead):
    main = main_or_none(HEAD + lead + "\nHai bên trao đổi về kết quả hợp tác trong năm 2019.\n")
    assert main is not None
    assert not _OLD.match(main["date"] or ""), main


#: A page that truly reports the old day: it opens the lead.
RETROSPECTIVES = [
    ("Ngày 12/2/1961, tại Hải Dương, hai tỉnh Hải Dương và Phú Yên tổ chức lễ kết nghĩa.", "1961-02-12"),
    ("Sáng 12/2/1961, tại Hải Dương, hai tỉnh Hải Dương và Phú Yên kết nghĩa.", "1961-02-12"),
    ("Ngày 6/5/2005, hai tỉnh Hải Dương và Phú Yên đã ký kết thỏa thuận hợp tác tại Tuy Hòa.", "2005-05-06"),
]


@pytest.mark.parametrize("stamp", [STAMP, ""])
@pytest.mark.parametrize("lead, want", RETROSPECTIVES)
def test_a_lead_that_opens_with_the_old_day_keeps_it(lead, want, stamp):
    main = main_or_none(HEAD + stamp + lead + "\n" + BODY)
    assert main is not None and main["date"] == want, main


def test_a_day_less_than_old_years_before_the_stamp_is_left_to_the_other_rules():
    year = 2019 - OLD_YEARS + 1
    lead = (f"Vừa qua, tỉnh Phú Yên đã đón đoàn công tác tỉnh Hải Dương. Ngày 12/2/{year}, hai tỉnh Hải Dương "
            "và Phú Yên chính thức kết nghĩa.")
    main = main_or_none(HEAD + STAMP + lead + "\n" + BODY)
    assert main is not None and main["date"] == f"{year}-02-12", main


@pytest.mark.parametrize("name, rx, example", HISTORIC_BEFORE)
def test_each_shape_before_reads_its_example(name, rx, example):
    folded = fold(example)
    at = re.search(r"\d{1,2}/\d{1,2}/\d{4}", folded).start()
    assert _BEFORE.search(folded[:at]), name


@pytest.mark.parametrize("word, example", HISTORIC_AFTER)
def test_each_founding_after_reads_its_example(word, example):
    folded = fold(example)
    m = re.search(r"\d{1,2}/\d{1,2}/\d{4}", folded)
    hit = _AFTER.match(folded, m.end())
    assert hit and word in hit.group(0), word


@pytest.mark.parametrize("lead", [l for l in HISTORY_TOLD if l.startswith(("Vừa qua", "Kể từ"))
                                  or "thiết lập" in l or "truyền thống" in l])
def test_the_old_day_set_aside_leaves_the_stamp_to_date_the_undated_occasion(lead):
    # (a historic day is no far day of this report: the stamp stays this report's)
    main = main_or_none(HEAD + STAMP + lead + "\n" + BODY)
    assert main is not None and main["date"] == "2019-12", main


#: A page that opens with the old day but reports a later dated occasion: the old day is its background,
#: whatever the words that tell it (the retrospective's exemption needs a page with no later occasion).
OPENED_BY_HISTORY = [
    ("Ngày 12-2-1961, lễ kết nghĩa giữa hai thị xã Hải Dương và Tuy Hòa được tổ chức tại thị xã Hải Dương.\n"
     "Hơn nửa thế kỷ qua, hai địa phương luôn gắn bó.\n"
     "Tuần lễ văn hóa thành phố Hải Dương - thành phố Tuy Hòa diễn ra từ ngày 27/02 đến ngày 02/03/2019 "
     "tại thành phố Hải Dương.", "2019-02-27"),
    ("Ngày 3/2/1930, Đảng Cộng sản Việt Nam ra đời.\n"
     "Sáng 1/2/2020, tại thành phố Tuy Hòa, tỉnh Phú Yên và tỉnh Hải Dương tổ chức gặp mặt hữu nghị.", "2020-02-01"),
    ("Ngày 30/4/1975, miền Nam hoàn toàn giải phóng, đất nước thống nhất.\n"
     "Ngày 26/4/2025, tại thành phố Tuy Hòa, đoàn công tác tỉnh Hải Dương đã thăm và làm việc với tỉnh Phú Yên.",
     "2025-04-26"),
    ("Sáng 5/9/1962, hai nước chính thức thiết lập quan hệ ngoại giao.\n"
     "Chiều 4/9/2022, tỉnh Phú Yên và tỉnh Hải Dương ký kết thỏa thuận hợp tác giai đoạn 2022 - 2025.",
     "2022-09-04"),
    ("Ngày 11/3/1999, hai tỉnh Hải Dương và Phú Yên lần đầu hội đàm tại cửa khẩu.\n"
     "Hai bên sau đó đã phối hợp chặt chẽ.\n"
     "Trong hai ngày 14 - 15/3/2024, đoàn đại biểu tỉnh Hải Dương thăm và làm việc tại tỉnh Phú Yên.", "2024-03-14"),
]


@pytest.mark.parametrize("stamped", [True, False])
@pytest.mark.parametrize("lead, want", OPENED_BY_HISTORY)
def test_a_page_opened_by_an_old_day_reports_its_later_dated_occasion(lead, want, stamped):
    y, m, d = want.split("-")
    stamp = f"Cập nhật: {d}/{m}/{y} 18:30\n" if stamped else ""   # published the occasion's day
    main = main_or_none(HEAD + stamp + lead + "\n" + BODY)
    assert main is not None and main["date"] == want, main


def test_an_old_day_with_a_later_day_less_than_old_years_on_keeps_the_lead():
    # a later occasion not OLD_YEARS on is no present that outdates the lead's day
    later = 1961 + OLD_YEARS - 1
    lead = ("Ngày 12/2/1961, tại Hải Dương, hai tỉnh Hải Dương và Phú Yên tổ chức lễ kết nghĩa.\n"
            f"Ngày 20/3/{later}, đoàn tỉnh Phú Yên sang thăm tỉnh Hải Dương.")
    main = main_or_none(HEAD + lead + "\n" + BODY)
    assert main is not None and main["date"] == "1961-02-12", main


#: ... or that counts the years from the old day to its stamp: written that many years on.
COUNTED_SINCE = [
    "Ngày 12-2-1961, lễ kết nghĩa giữa hai tỉnh Hải Dương và Phú Yên được tổ chức tại Hải Dương.\n"
    "Gần 60 năm gắn bó, hai tỉnh luôn chia sẻ khó khăn.\nVừa qua, đoàn công tác tỉnh Phú Yên đã thăm tỉnh Hải Dương.",
    "Ngày 12/2/1961, hai tỉnh Hải Dương và Phú Yên chính thức kết nghĩa.\nQuan hệ hai tỉnh đã trải qua 58 năm tốt đẹp.\n"
    "Vừa qua, đoàn công tác tỉnh Phú Yên đã thăm tỉnh Hải Dương.",
    "Sáng 12/2/1961, tại Hải Dương, hai tỉnh tổ chức lễ kết nghĩa.\n58 năm qua, tình cảm hai tỉnh ngày càng bền chặt.\n"
    "Tỉnh Phú Yên vừa đón đoàn đại biểu tỉnh Hải Dương sang thăm.",
]


@pytest.mark.parametrize("lead", COUNTED_SINCE)
def test_a_page_that_counts_its_years_from_the_old_day_is_written_later(lead):
    main = main_or_none(HEAD + STAMP + lead + "\n" + BODY)
    assert main is not None and not _OLD.match(main["date"] or ""), main


def test_a_count_of_other_years_leaves_the_retrospective():
    lead = ("Ngày 12/2/1961, tại Hải Dương, hai tỉnh Hải Dương và Phú Yên tổ chức lễ kết nghĩa.\n"
            "Hơn 20 năm qua, hai tỉnh đã ký nhiều văn bản hợp tác.")
    main = main_or_none(HEAD + STAMP + lead + "\n" + BODY)
    assert main is not None and main["date"] == "1961-02-12", main


#: A retrospective whose headline counts the years since the bond, stamped that many years on, and
#: whose lead tells the old day inside its first sentence: the page reports no occasion of its own.
RETRO_HEADS = [
    "Huyện An Phú và huyện Bình Sơn: 60 năm kết nghĩa\n\n",
    "Tròn 60 năm gắn bó giữa huyện An Phú và huyện Bình Sơn\n\n",
    "Hơn 60 năm qua, tình nghĩa huyện An Phú – huyện Bình Sơn\n\n",
]
RETRO_LEAD = ("Thực hiện chủ trương của Trung ương, ngày 12 tháng 3 năm 1960, tại thị xã Thanh Hóa, lễ kết nghĩa "
              "giữa tỉnh Thanh Hóa và tỉnh Quảng Nam được tổ chức trọng thể. Sau đó, huyện Triệu Sơn và huyện "
              "Núi Thành cũng tổ chức lễ kết nghĩa.\n")


@pytest.mark.parametrize("head", RETRO_HEADS)
def test_a_retrospective_counted_in_its_headline_dates_no_occasion(head):
    main = main_or_none(head + "Ngày 11/03/2020 17:14\n" + RETRO_LEAD + BODY)
    # neither the old day nor the stamp's month: the page tells the bond's history, no occasion
    assert main is None or main["date"] is None, main


def test_the_same_lead_stamped_within_old_years_keeps_the_day():
    main = main_or_none(RETRO_HEADS[0] + "Ngày 20/03/1960 08:00\n" + RETRO_LEAD + BODY)
    assert main is not None and main["date"] == "1960-03-12", main


#: A count with no year of its own to start from: the page's only other year is the day's own ("Trong năm
#: 2025"), so "Sau gần 10 năm hợp tác" cannot place the page ten years after the day: a day that tells no
#: founding stays the occasion (meta30: found by writing a day's year out on a page that had left it off).
COUNT_FROM_THE_DAY_ITSELF = (
    "Sau gần 10 năm hợp tác, tỉnh Ninh Bình và thành phố Asan (Hàn Quốc) ký thỏa thuận mới\n\n"
    "Ngày 12/11/2025, tại tỉnh Ninh Bình, lãnh đạo tỉnh Ninh Bình và thành phố Asan (Hàn Quốc) đã ký kết thỏa "
    "thuận hợp tác. Trong năm 2025, hai bên đã trao đổi nhiều đoàn công tác.\n")


def test_a_count_anchored_on_the_day_itself_leaves_a_present_day():
    main = main_or_none(COUNT_FROM_THE_DAY_ITSELF)
    assert main is not None and main["date"] == "2025-11-12", main


def test_a_count_anchored_on_a_founding_day_still_makes_it_background():
    # the same shape, but the day tells the bond ("kết nghĩa"): the page is written that many years on
    page = ("Gần 60 năm gắn bó, hai tỉnh Hải Dương và Phú Yên tiếp tục hợp tác\n\n"
            "Ngày 12/2/1961, hai tỉnh Hải Dương và Phú Yên chính thức kết nghĩa. Từ năm 1961, hai tỉnh luôn "
            "chia sẻ khó khăn.\nVừa qua, đoàn công tác tỉnh Phú Yên đã thăm tỉnh Hải Dương.\n")
    main = main_or_none(page)
    assert main is None or not (main["date"] or "").startswith("1961"), main
