"""Round 59 (late59b): a report told by a titled person, an eve's frame, a rite of three sides, a Tết held (not
greeted), and a trip's frame opened by "Nhân chuyến …" or after a station's tag; in sentences written for these tests.

- ``frames.TELLER`` (read by ``reported_days`` and ``reported_recent``): who reports may be a person named with
  a title after a comma ("TS.BS Lê Văn A, Giám đốc Sở Y tế tỉnh B cho biết, tỉnh B vừa trao tặng …"), the name
  holding an abbreviation's dot; a handing over ("vừa trao", "đã bàn giao") is a thing done the report tells.
  The base ended the teller at the first comma or dot, so the report's day stayed the main day.
- ``type_openers`` "trước thềm": "Trước thềm Hội nghị …, sáng 9/11, …" frames the time only; the base took the
  conference it names for the occasion.
- ``type_joint_rites._JOINT``: three sides as one subject ("đoàn công tác 3 tỉnh", "lãnh đạo ba tỉnh") holding
  a rite of remembrance together, as two sides do.
- ``type_words_not.GUARDED_NOT["chuc tet"]``: "tổ chức Tết" holds "chúc Tết" in its folded letters.
- ``event_type._FRAMING``: "Nhân chuyến thăm và làm việc tại …, ngày D, …" is a frame as "Trong khuôn khổ chuyến
  thăm …" is, and a station's tag of up to three words may stand before either ("Sơn La TV - ").
The counter-shapes pass before and after the change."""

from __future__ import annotations

import pytest

from extract_support import main_event


def _page(headline: str, stamp: str, *paras: str) -> str:
    return headline + "\n\n" + stamp + "\n\n" + "\n\n".join(paras) + "\n"


# --- a report told by a titled person: the occasion's own day (frames.TELLER) ------------------------------------

_AID_HEAD, _AID_STAMP = "Thanh Hóa trao thiết bị y tế cho tỉnh Hủa Phăn", "Minh An 12/08/2022 09:15"
_DONE_ON = ("Theo đó, ngày 10/8, tại Cửa khẩu quốc tế Na Mèo, đại diện Sở Y tế tỉnh Thanh Hóa đã bàn giao 3 máy thở "
            "và 20.000 khẩu trang cho tỉnh Hủa Phăn.")


@pytest.mark.parametrize("lead", [
    # a name with an abbreviation's dot, one title (base: 2022-08-12, the report's day)
    "Ngày 12/8, ThS.BS Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Thanh Hóa cho biết, tỉnh Thanh Hóa vừa trao tặng thiết bị "
    "y tế cho tỉnh Hủa Phăn (Lào).",
    # two titles, a comma before "cho biết", "đã bàn giao"
    "Ngày 12/8, ông Lê Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Đối ngoại Tỉnh ủy Thanh Hóa, cho biết, "
    "tỉnh Thanh Hóa đã bàn giao thiết bị y tế cho tỉnh Hủa Phăn (Lào).",
])
def test_a_titled_teller_reports_an_occasion_the_body_dates(lead):
    ev = main_event(_page(_AID_HEAD, _AID_STAMP, lead, _DONE_ON))
    assert ev["date"] == "2022-08-10"


def test_a_titled_teller_reports_a_recent_occasion_the_month():
    lead = ("Ngày 12/8, bà Trần Thị Mai, Giám đốc Sở Ngoại vụ tỉnh Thanh Hóa cho biết, lãnh đạo tỉnh Thanh Hóa vừa "
            "hội đàm với lãnh đạo tỉnh Hủa Phăn (Lào) về hợp tác y tế.")
    ev = main_event(_page("Thanh Hóa và Hủa Phăn hợp tác y tế", _AID_STAMP, lead))
    assert ev["date"] == "2022-08"   # base: 2022-08-12


@pytest.mark.parametrize("lead", [
    # the comma after the day opens a place, then a name with no title: the teller as before, no report read
    "Ngày 12/8, tại Cửa khẩu Na Mèo, ông Lê Văn Hòa cho biết, tỉnh Thanh Hóa vừa trao tặng thiết bị y tế cho tỉnh "
    "Hủa Phăn (Lào).",
    # a titled teller who tells nothing done
    "Ngày 12/8, ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Thanh Hóa cho biết, tỉnh Thanh Hóa sẽ trao tặng thiết bị y tế "
    "cho tỉnh Hủa Phăn (Lào).",
])
def test_a_report_not_of_that_shape_keeps_its_day(lead):
    assert main_event(_page(_AID_HEAD, _AID_STAMP, lead, _DONE_ON))["date"] == "2022-08-12"


def test_a_titled_teller_with_a_far_day_gives_the_recent_month_not_that_day():
    lead = ("Ngày 12/8, ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Thanh Hóa cho biết, tỉnh Thanh Hóa vừa trao tặng thiết "
            "bị y tế cho tỉnh Hủa Phăn (Lào).")
    far = _DONE_ON.replace("ngày 10/8", "ngày 10/6")
    # the body's day is two months before the report (more than frames.REPORTED_WITHIN_DAYS): the report's month,
    # as "vừa" tells (base: 2022-08-12)
    assert main_event(_page(_AID_HEAD, _AID_STAMP, lead, far))["date"] == "2022-08"


# --- "Trước thềm …" frames the time; three sides' rite (type_openers, type_joint_rites) --------------------------

_EVE_HEAD, _EVE_STAMP = "Lãnh đạo ba tỉnh dâng hoa tại Khu di tích Hiền Lương", "10/11/2023 08:00"
_EVE = "Trước thềm Hội nghị sơ kết hợp tác phát triển ba tỉnh Quảng Bình - Quảng Trị - Thừa Thiên Huế, "


@pytest.mark.parametrize("rest, want", [
    # three sides together at a rite (base: conference, from the meeting the frame names)
    ("sáng 9/11, đoàn công tác 3 tỉnh do các đồng chí Bí thư Tỉnh ủy dẫn đầu đã đến dâng hoa tại Khu di tích quốc "
     "gia đặc biệt Đôi bờ Hiền Lương - Bến Hải.", "other"),
    ("sáng 9/11, lãnh đạo ba tỉnh đã dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ quốc gia "
     "Trường Sơn.", "other"),
    # one side's trip on the eve of the meeting (base: conference)
    ("sáng 9/11, đoàn đại biểu tỉnh Quảng Bình do Bí thư Tỉnh ủy dẫn đầu đã đến thăm tỉnh Quảng Trị.", "visit"),
])
def test_on_the_eve_of_a_meeting_the_sentence_tells_its_own_occasion(rest, want):
    ev = main_event(_page(_EVE_HEAD, _EVE_STAMP, _EVE + rest))
    assert (ev["date"], ev["type"]) == ("2023-11-09", want)


@pytest.mark.parametrize("lead, want", [
    # the meeting itself, dated
    ("Sáng 9/11, tại tỉnh Quảng Trị, ba tỉnh Quảng Bình - Quảng Trị - Thừa Thiên Huế tổ chức Hội nghị sơ kết hợp "
     "tác phát triển.", "conference"),
    # one side's delegation first, three sides' leaders its company: its trip
    ("Sáng 9/11, đoàn đại biểu tỉnh Quảng Bình do Bí thư Tỉnh ủy dẫn đầu cùng lãnh đạo ba tỉnh đã dâng hương tại "
     "Nghĩa trang liệt sĩ quốc gia Trường Sơn.", "visit"),
    # "trước thềm" after the date: no opener, the sentence as before
    ("Sáng 9/11, trước thềm Hội nghị sơ kết hợp tác ba tỉnh, đoàn đại biểu tỉnh Quảng Bình đã đến thăm tỉnh Quảng "
     "Trị.", "conference"),
])
def test_meetings_and_one_sides_rite_are_read_as_before(lead, want):
    assert main_event(_page(_EVE_HEAD, _EVE_STAMP, lead))["type"] == want


# --- a Tết held is no Tết greeting; a trip's frame opened by "Nhân chuyến" or after a tag ------------------------

_TET_HEAD, _TET_STAMP = "Đoàn đại biểu tỉnh Sơn La dự Tết Bun Pi May tại tỉnh Hủa Phăn", "Thứ Sáu, 14/04/2023, 09:52"


@pytest.mark.parametrize("lead", [
    # "Lễ tổ chức Tết" (base: visit, read as "chúc Tết")
    "Ngày 13/4, đoàn đại biểu tỉnh Sơn La đã dự Lễ tổ chức Tết Bun Pi May tại trụ sở Tỉnh ủy Hủa Phăn (Lào).",
    # the trip as a frame, "Nhân chuyến thăm …" (base: visit, from the frame's "chuyến thăm và làm việc")
    "Nhân chuyến thăm và làm việc tại tỉnh Hủa Phăn, ngày 13/4, đoàn đại biểu tỉnh Sơn La đã dự Lễ hội Bun Pi May "
    "tại thành phố Sầm Nưa.",
    # "Trong khuôn khổ chuyến thăm …" after a station's tag (base: visit)
    "Sơn La TV - Trong khuôn khổ chuyến thăm và làm việc tại tỉnh Hủa Phăn, chiều 13/4, đoàn đại biểu cấp cao tỉnh "
    "Sơn La đã tham dự Lễ hội Tết cổ truyền Bun Pi May được tổ chức tại thành phố Sầm Nưa.",
])
def test_attending_a_festival_is_the_festival(lead):
    ev = main_event(_page(_TET_HEAD, _TET_STAMP, lead))
    assert (ev["date"], ev["type"]) == ("2023-04-13", "other")


@pytest.mark.parametrize("lead", [
    "Ngày 13/4, đoàn đại biểu tỉnh Sơn La đã sang chúc Tết Bun Pi May lãnh đạo tỉnh Hủa Phăn (Lào).",
    "Ngày 13/4, tỉnh Sơn La tổ chức đoàn sang chúc Tết Bun Pi May tỉnh Hủa Phăn (Lào).",
    "Nhân chuyến thăm và làm việc tại tỉnh Hủa Phăn, ngày 13/4, đoàn đại biểu tỉnh Sơn La đã đến chúc Tết lãnh đạo "
    "tỉnh Hủa Phăn.",
    "Ngày 13/4, đoàn đại biểu tỉnh Sơn La đã có chuyến thăm và làm việc tại tỉnh Hủa Phăn (Lào).",
])
def test_a_greeting_or_a_trip_stays_a_visit(lead):
    assert main_event(_page(_TET_HEAD, _TET_STAMP, lead))["type"] == "visit"
