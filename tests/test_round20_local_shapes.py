"""Round 20, communes, districts and their unions (sentences written for these tests): a year's plan signed at
the occasion and told as done ("Theo đó, hai đơn vị đã ký kết Chương trình phối hợp hoạt động năm 2022") is the
plan's year -- the year before in November-December -- and no past meeting held from 1 January of that year;
a meeting held first and a work's rite joined after it by "và" ("diễn ra Hội nghị sơ kết … và khánh thành …")
is the meeting; a bond's founding day told near its anniversary lends no year of its own; a stamp with its month
in words ("22 Tháng Bảy, 2013") is read."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.month_words import numeric_months
from hoptac.core.extract.plan_named_years import plan_signed_from, signed_at_occasion
from hoptac.core.extract.stamps import parse_published
from hoptac.core.extract.type_joined import meeting_then_rite
from hoptac.core.text import fold

from extract_support import first_main

HEAD = "Tuổi trẻ hai địa phương thắt chặt tình đoàn kết\n\n"


def _main(text: str) -> dict:
    return first_main(HEAD + text)


# --- a year's plan signed at the occasion ---------------------------------------------------

SIGNED = ("Ngày {day}, Huyện Đoàn Tân Phú tổ chức lễ ký kết nghĩa với Huyện Đoàn Vĩnh Cửu. {frame}, lãnh đạo hai "
          "đơn vị đã ký kết {plan} năm 2022, thống nhất phối hợp tổ chức các hoạt động tình nguyện.\n")


@pytest.mark.parametrize("day, frame, plan, date", [
    ("27/11", "Theo đó", "Chương trình phối hợp hoạt động", "2021-11-27"),
    ("18/12", "Tại buổi lễ", "Kế hoạch hợp tác", "2021-12-18"),
    ("15/2", "Theo đó", "Chương trình phối hợp", "2022-02-15"),
    ("6/3", "Dịp này", "Kế hoạch phối hợp", "2022-03-06"),
])
def test_a_years_plan_signed_at_the_occasion_gives_its_year(day, frame, plan, date):
    assert _main(SIGNED.format(day=day, frame=frame, plan=plan))["date"] == date


def test_a_years_plan_signed_in_september_october_gives_no_year():
    main = _main(SIGNED.format(day="5/10", frame="Theo đó", plan="Chương trình phối hợp hoạt động"))
    assert main["date"] == "--10-05"


def test_a_plan_signed_earlier_without_the_occasions_frame_gives_no_year():
    text = ("Sáng 20/5, đoàn công tác huyện Tân Phú đến thăm huyện Vĩnh Cửu. Hai bên đã ký kết Chương trình phối "
            "hợp năm 2019 và triển khai nhiều hoạt động thiết thực.\n")
    assert _main(text)["date"] == "--05-20"


@pytest.mark.parametrize("sentence, signed_from", [
    ("lãnh đạo hai đơn vị đã ký kết Chương trình phối hợp hoạt động năm 2020", "2019-09-01"),
    ("hai huyện đã ký Kế hoạch hợp tác năm 2024", "2023-09-01"),
    ("hai bên đã thống nhất phương hướng nhiệm vụ năm 2022", "2021-09-01"),
    ("hai bên đã tổ chức Chương trình giao lưu văn nghệ năm 2019", None),
    ("Năm 2019, hai huyện đã ký kết biên bản", None),
])
def test_which_years_name_a_plan(sentence, signed_from):
    folded = fold(sentence)
    at = folded.rindex("nam 20")
    found = plan_signed_from(folded, at, int(folded[at + 4:at + 8]))
    assert (found.isoformat() if found else None) == signed_from


def test_a_plan_done_is_the_occasions_only_after_a_frame_that_opens_its_sentence():
    framed = fold("Ngày 27/11, hai đơn vị ký kết nghĩa. Theo đó, hai bên đã ký kết Kế hoạch hợp tác năm 2022.")
    bare = fold("Ngày 27/11, hai đơn vị gặp mặt. Hai bên đã ký kết Kế hoạch hợp tác năm 2022.")
    assert signed_at_occasion(framed, framed.rindex("nam 2022"), framed.rindex("ky ket"))
    assert not signed_at_occasion(bare, bare.rindex("nam 2022"), bare.rindex("ky ket"))


# --- a meeting held first, a work's rite joined after it ---------------------------------------

@pytest.mark.parametrize("lead, etype", [
    ("Ngày 9/10, tại huyện Tân Biên diễn ra Hội nghị tổng kết 10 năm kết nghĩa giữa hai huyện Tân Biên và "
     "Ninh Phước và khánh thành cổng chào hữu nghị.\n", "conference"),
    ("Sáng 9/10, hai huyện Tân Biên và Ninh Phước tổ chức hội đàm và lễ bàn giao trường tiểu học cho xã biên "
     "giới.\n", "conference"),
    # the rite first: the ceremony
    ("Sáng 9/10, hai huyện Tân Biên và Ninh Phước tổ chức lễ khánh thành trường tiểu học và hội đàm về hợp tác "
     "giáo dục.\n", "other"),
])
def test_a_meeting_held_first_with_a_rite_joined_after_it_is_the_meeting(lead, etype):
    assert _main(lead)["type"] == etype


@pytest.mark.parametrize("clause, meeting", [
    ("tai an giang dien ra hoi nghi so ket 5 nam mo hinh ket nghia va khanh thanh nha van hoa", "hoi nghi"),
    ("hai huyen to chuc hoi dam va le ban giao cong trinh", "hoi dam"),
    ("dien ra hoi nghi ky ket thoa thuan va khanh thanh cau", None),   # a meeting held to sign
    ("to chuc le khanh thanh truong hoc va hoi nghi", None),            # the rite first
    ("dien ra hoi nghi so ket. sau do khanh thanh nha van hoa", None),  # not joined
])
def test_meeting_then_rite(clause, meeting):
    assert meeting_then_rite(clause) == meeting


# --- a bond's anniversary held, its founding day told in another sentence -----------------------

ANNIVERSARY = ("Ngày {day}, hai xã Phước Hưng (huyện Tuy Phước) và Cát Tân (huyện Phù Cát) tổ chức lễ kỷ niệm 12 năm "
               "kết nghĩa. {founding}\n")


@pytest.mark.parametrize("day, founding, date", [
    # held on (or near) the founding's day: the founding year plus N
    ("14/10", "Ngày 14/10/2011, hai xã chính thức ký kết nghĩa.", "2023-10-14"),
    ("2/11", "Ngày 14/10/2011, hai xã chính thức ký kết nghĩa.", "2023-11-02"),
    ("5/1", "Ngày 20/12/2011, hai xã đã thiết lập quan hệ kết nghĩa.", "2024-01-05"),
    # held far from it: no year (and never the founding's own)
    ("14/6", "Ngày 14/10/2011, hai xã chính thức ký kết nghĩa.", "--06-14"),
])
def test_a_bonds_anniversary_takes_its_year_from_the_founding_day_never_the_founding_year(day, founding, date):
    assert _main(ANNIVERSARY.format(day=day, founding=founding))["date"] == date


@pytest.mark.parametrize("text", [
    # an anniversary planned, not held: the founding day gives the page nothing either way
    "Ngày 14/10, hai xã Phước Hưng và Cát Tân họp bàn kế hoạch tổ chức kỷ niệm 12 năm kết nghĩa. Ngày 14/10/2011, "
    "hai xã chính thức ký kết nghĩa.\n",
    # two founding days of different years: no cue
    "Ngày 14/10, hai xã Phước Hưng và Cát Tân tổ chức lễ kỷ niệm 12 năm kết nghĩa. Ngày 14/10/2011, hai xã chính "
    "thức ký kết nghĩa. Ngày 3/2/1965, hai tỉnh đã kết nghĩa.\n",
])
def test_no_year_when_the_anniversary_is_planned_or_the_founding_unclear_and_never_the_foundings(text):
    assert _main(text)["date"] == "--10-14"


# --- a stamp with its month in words, as blog and portal themes print it ------------------------

@pytest.mark.parametrize("stamp, day", [
    ("22 Tháng Bảy, 2013", "2013-07-22"),
    ("Tháng Bảy 22, 2013", "2013-07-22"),
    ("3 Tháng Mười Một, 2014 - 08:30", "2014-11-03"),
    ("Tháng Giêng 7, 2015", "2015-01-07"),
    ("22 tháng 7, 2013", "2013-07-22"),
    ("Thứ hai, 22 Tháng 7 2013 09:15", "2013-07-22"),
    ("Đăng ngày: 22.07.2013 | Lượt xem: 815", "2013-07-22"),
])
def test_a_stamp_with_its_month_in_words_or_dotted_after_a_label_is_read(stamp, day):
    assert parse_published(stamp).date().isoformat() == day


@pytest.mark.parametrize("line", ["tháng Năm 2013", "Hội nghị tháng 7 2013 của hai huyện", "Ngày hội Tháng Ba biên giới"])
def test_a_month_in_words_outside_a_stamp_is_no_stamp(line):
    assert parse_published(line) is None


def test_a_stamp_with_its_month_in_words_gives_the_leads_day_its_year_and_never_its_own_day():
    text = ("Hai huyện kết nghĩa thăm hỏi lẫn nhau\nThứ hai, 22 Tháng 7 2013 09:15\nSáng 19/7, đoàn công tác huyện "
            "Con Cuông (Nghệ An) đã sang thăm huyện Viêng Thoong, tỉnh Bolykhămxay (Lào).\n")
    main = next(e for e in extract_events(parse_article(text), article_id="t", source="t.txt")[0] if e["main"])
    assert main["date"] == "2013-07-19"


def test_numeric_months():
    assert numeric_months("15 Tháng Sáu, 2009") == "15 tháng 6, 2009"
    assert numeric_months("Tháng Mười Hai 3, 2014") == "3 tháng 12, 2014"
    assert numeric_months("Sáng 12/6, đoàn công tác") == "Sáng 12/6, đoàn công tác"
