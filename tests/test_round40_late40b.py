"""Round 40 (late40b): misses of unseen pages (edu40), fixed as general shapes, each beside its counter-shapes.

- what is signed though it is not a document's noun ("cơ chế", "hợp đồng", "tuyên bố chung") followed by
  "ký ngày <full date>": the date of that signing, an earlier milestone, never the occasion the page reports
  (``verdict_shapes.SIGNED_THINGS``). Before, "Thực hiện cơ chế hội đàm … ký ngày 5/10/2018, ngày 12/10/2022 …
  hội nghị" took 2018 as the main date: a wrong year.

Every sentence here is our own (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event, other_dates
from hoptac.core.extract.verdict_shapes import SIGNED_THINGS

# --- what is signed, though not a document's noun ---------------------------------------------------------

_TAIL = ("\n\nTham dự hội nghị có lãnh đạo Sở Giáo dục và Đào tạo hai tỉnh.\n\n"
         "Hai bên thống nhất tiếp tục trao đổi giáo viên trong năm học tới.\n")

_MECHANISM = ("Thực hiện cơ chế hội đàm định kỳ về giáo dục giữa tỉnh Cao Bằng và tỉnh Hà Giang ký ngày 5/10/2018 tại "
              "thành phố Cao Bằng, ngày 12/10/2022 hội nghị trực tuyến giữa hai tỉnh Cao Bằng và Hà Giang được tổ "
              "chức tại hai điểm cầu." + _TAIL)


def test_a_signed_mechanism_day_is_not_the_occasion() -> None:
    # before round 40: 2018-10-12's mechanism day was the main date (a wrong year)
    ev = main_event(_MECHANISM)
    assert ev["date"] == "2022-10-12"
    assert ev["type"] == "conference"
    assert "2018-10-05" in other_dates(_MECHANISM)


@pytest.mark.parametrize("name, noun, example", SIGNED_THINGS, ids=[n for n, _, _ in SIGNED_THINGS])
def test_each_signed_thing_row(name: str, noun: str, example: str) -> None:
    # each row's own sentence: the later day is the occasion, the signing day is not
    ev = main_event("Hai tỉnh Cao Bằng và Hà Giang tăng cường hợp tác giáo dục\n\n" + example + _TAIL)
    first, second = [w for w in example.replace(",", " ").split() if w.count("/") == 2][:2]
    d, m, y = second.split("/")
    assert ev["date"] == f"{y}-{int(m):02d}-{int(d):02d}", (name, ev["date"])


@pytest.mark.parametrize("lead, date", [
    # the lead's first sentence reports the signing itself: its day is the occasion
    ("Cơ chế hội đàm định kỳ giữa tỉnh Cao Bằng và tỉnh Hà Giang ký ngày 5/10/2018 tại thành phố Cao Bằng.",
     "2018-10-05"),
    # the occasion told first, the mechanism named after it, with no signing day
    ("Ngày 12/10/2022, tỉnh Cao Bằng và tỉnh Hà Giang tổ chức hội nghị theo cơ chế hội đàm định kỳ.", "2022-10-12"),
    # "ký" of a signing the sentence reports, no signed thing before it: the occasion
    ("Lãnh đạo hai tỉnh Cao Bằng và Hà Giang ký ngày 5/10/2018 tại thành phố Cao Bằng.", "2018-10-05"),
], ids=["reports_the_signing", "occasion_first", "no_signed_thing"])
def test_counter_shapes_of_the_signed_thing_stay(lead: str, date: str) -> None:
    assert main_event(lead + _TAIL)["date"] == date


# --- a work's milestone told done, with its year: another milestone ---------------------------------------

_HANDOVER = ("Bàn giao trường học hữu nghị cho tỉnh Sekong\n\n"
             "Ngày 6/7/2022, thành phố Đà Nẵng bàn giao Trường Tiểu học Hữu nghị cho chính quyền tỉnh Sekong.\n\n"
             "Ngôi trường có 8 phòng học, trị giá 9 tỷ đồng, do nhân dân thành phố Đà Nẵng tặng tỉnh Sekong.\n\n"
             "{work}\n")


@pytest.mark.parametrize("work, date", [
    ("Công trình được khởi công vào tháng 10/2019, chậm tiến độ do mưa lũ.", "2019-10"),
    ("Nhà văn hóa bên cạnh trường được khánh thành ngày 2/9/2020.", "2020-09-02"),
], ids=["begun_month", "inaugurated_day"])
def test_a_work_milestone_told_done_is_another_milestone(work: str, date: str) -> None:
    # before round 40: the day was read "past" (never the main date) and then dropped
    page = _HANDOVER.format(work=work)
    assert main_event(page)["date"] == "2022-07-06"
    assert date in other_dates(page)


@pytest.mark.parametrize("work, absent", [
    # told ahead: not a milestone done
    ("Nhà văn hóa bên cạnh trường dự kiến được khánh thành vào tháng 12/2026.", "2026-12"),
    # no year of its own: no year is lent to it
    ("Công trình được khởi công vào tháng 10, chậm tiến độ do mưa lũ.", "2022-10"),
], ids=["told_ahead", "no_year"])
def test_counter_shapes_of_the_work_milestone(work: str, absent: str) -> None:
    page = _HANDOVER.format(work=work)
    assert main_event(page)["date"] == "2022-07-06"
    assert absent not in other_dates(page)


# --- a sentence told before the main occasion ("Trước đó, …"), earlier in the calendar: the main's year ------

_BEFORE = ("Tỉnh Kampong Speu thăm Trường Đại học Cửu Long tỉnh Vĩnh Long\n\n"
           "Cập nhật, 10:15, Thứ Tư, 07/12/2022\n\n"
           "Chiều ngày 5/12, đoàn công tác tỉnh Kampong Speu do Phó Tỉnh trưởng dẫn đầu đã đến thăm và làm việc tại "
           "Trường Đại học Cửu Long, tỉnh Vĩnh Long.\n\n"
           "{before}\n\n"
           "Hai bên thống nhất tiếp tục hợp tác đào tạo nguồn nhân lực.\n")


@pytest.mark.parametrize("before, date", [
    ("Trước đó, trong chuyến thăm tỉnh Kampong Speu từ ngày 8- 11/8, đoàn công tác tỉnh Vĩnh Long đã trao tặng "
     "10 suất học bổng.", "2022-08-08"),
    ("Trước đó, ngày 15 và 16/9, đoàn công tác tỉnh Vĩnh Long sang thăm tỉnh Kampong Speu.", "2022-09-15"),
], ids=["range_spaced", "two_days"])
def test_a_day_told_before_the_main_occasion_takes_its_year(before: str, date: str) -> None:
    # before round 40: the yearless range was read but not listed (no year for it)
    page = _BEFORE.format(before=before)
    assert main_event(page)["date"] == "2022-12-05"
    assert date in other_dates(page)


@pytest.mark.parametrize("before", [
    # later in the calendar than the main day: the year before, or a slip; no year is guessed
    "Trước đó, trong chuyến thăm tỉnh Kampong Speu từ ngày 18- 21/12, đoàn công tác tỉnh Vĩnh Long đã trao tặng "
    "10 suất học bổng.",
    # not told as before ("Trước đó"): the rule does not read it
    "Trong chuyến thăm tỉnh Kampong Speu từ ngày 8- 11/8 tới, đoàn công tác tỉnh Vĩnh Long sẽ trao tặng học bổng.",
], ids=["later_in_calendar", "not_told_before"])
def test_counter_shapes_of_the_day_told_before(before: str) -> None:
    page = _BEFORE.format(before=before)
    assert main_event(page)["date"] == "2022-12-05"
    assert not any(d.startswith("2022-08") or d.startswith("2022-12-18") or d.startswith("2021") for d in other_dates(page))


# --- one side's exchange held in the other side's place -----------------------------------------------------

_EXCHANGE_TAIL = ("\n\nHai trường thống nhất hướng tới ký kết biên bản ghi nhớ hợp tác.\n\n"
                  "Hoạt động góp phần thúc đẩy việc học tiếng Trung và tiếng Việt của học sinh tỉnh Lào Cai.\n")


def test_an_exchange_held_in_the_partners_place_is_the_trip() -> None:
    # before round 40: 'other' (the exchange's row), and "Trường THPT Chuyên Lào Cai" named no place
    page = ("Ngày 8/11, tại huyện Hà Khẩu, tỉnh Vân Nam (Trung Quốc), Trường THPT Chuyên Lào Cai đã có buổi giao lưu "
            "văn hóa, thể thao với Trường Trung học Hà Khẩu." + _EXCHANGE_TAIL)
    ev = main_event(page)
    assert sorted(ev["pair"]) == ["Lào Cai", "Vân Nam"]
    assert ev["type"] == "visit"


@pytest.mark.parametrize("lead", [
    # the venue in the subject's own province: the exchange at home
    "Ngày 8/11, tại thành phố Lào Cai, Trường THPT Chuyên Lào Cai đã có buổi giao lưu văn hóa, thể thao với "
    "Trường Trung học Hà Khẩu, tỉnh Vân Nam (Trung Quốc).",
    # no venue opening the sentence
    "Ngày 8/11, Trường THPT Chuyên Lào Cai đã có buổi giao lưu văn hóa, thể thao với Trường Trung học Hà Khẩu, "
    "tỉnh Vân Nam (Trung Quốc).",
    # both sides as the subject
    "Ngày 8/11, tại tỉnh Vân Nam (Trung Quốc), học sinh hai tỉnh Lào Cai và Vân Nam đã giao lưu văn hóa, thể thao.",
], ids=["at_home", "no_venue", "both_sides"])
def test_counter_shapes_of_the_exchange_abroad_stay_other(lead: str) -> None:
    assert main_event(lead + _EXCHANGE_TAIL)["type"] == "other"


@pytest.mark.parametrize("text, found", [
    ("Trường THPT Chuyên Hà Giang giao lưu với trường bạn.", ["Hà Giang"]),
    ("Trường THPT chuyên Hà Giang giao lưu với trường bạn.", ["Hà Giang"]),
    # a person's name still blocks ("Nguyễn Hà Giang")
    ("Em Nguyễn Hà Giang, học sinh lớp 11, đạt giải nhất.", []),
], ids=["capital", "lower", "person"])
def test_a_gifted_schools_province_is_a_place(text: str, found: list[str]) -> None:
    from hoptac.core.places import find_places
    assert [m.surface for m in find_places(text)] == found
