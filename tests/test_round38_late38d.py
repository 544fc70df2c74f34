"""Round 38 (late38d): four general shapes read from the misses of aid38 and tet38 (real pages met blind).

1. The capital's founding counted in thousands (``known_anniversary``, the table NATIONAL_DAYS): "kỷ niệm 1.000 năm
   Thăng Long - Hà Nội" -> 1010 + 1000 = 2010; a count that lands outside the table's years gives no year.
2. The delegation named bare at work abroad (:mod:`hoptac.core.extract.partner_bare_delegation`): "Đoàn đã khám bệnh …
   tại tỉnh B (Lào)" names the host of a page with one Vietnamese side.
3. The next sentence tells the delegation's members (:data:`type_next_occasion.NEXT_DELEGATIONS`): a dated programme
   that names no occasion, then "Tham gia đoàn công tác có …", is the delegation's trip, a visit.
4. A round-up lead (:mod:`hoptac.core.extract.type_roundups`): "Ngày 4/2, nhiều hoạt động giao lưu hữu nghị diễn ra …"
   names no one occasion; the sentence that dates one of them again with the lead's day gives the type.

Every sentence is our own, written for the shape; the positive cases fail before the change, the counter-shapes pass
before and after it.
"""

from __future__ import annotations

import pytest

from extract_support import main_event


# --- 1. the capital's founding counted in thousands ----------------------------------------------------------------

def _aid_page(words: str, day: str = "Sáng 12/10") -> str:
    return ("Hai địa phương chung tay giúp vùng lũ\n\n" + day + ", đoàn đại biểu tỉnh Nghệ An đã đến thăm và trao quà "
            "cho người dân vùng lũ tỉnh Hà Tĩnh.\n\n" + words + "\n")


@pytest.mark.parametrize("words, want", [
    ("Đang trong dịp Đại lễ kỷ niệm 1.000 năm Thăng Long - Hà Nội, thành phố dành kinh phí ủng hộ miền Trung.",
     "2010-10-12"),
    ("Hoạt động nằm trong chuỗi sự kiện chào mừng kỷ niệm 1015 năm Thăng Long – Hà Nội.", "2025-10-12"),
    ("Chuyến đi diễn ra trong không khí kỷ niệm 1010 năm Thăng Long.", "2020-10-12"),
])
def test_the_capitals_founding_counted_in_thousands_gives_the_year(words, want):
    assert main_event(_aid_page(words))["date"] == want


@pytest.mark.parametrize("words", [
    # a count that lands outside the years the pages report: no cue (not the year 1025)
    "Hai bên nhắc lại dịp kỷ niệm 15 năm Thăng Long.",
    # prepared for: preparations may start more than a year ahead (round 36's reading), no year
    "Hai bên đang chuẩn bị kỷ niệm 1015 năm Thăng Long - Hà Nội.",
    # a thousand years of something the table does not hold
    "Người dân vẫn giữ tục lệ có từ hơn 1.000 năm nay.",
])
def test_no_year_from_a_count_the_table_does_not_give(words):
    assert main_event(_aid_page(words))["date"] == "--10-12"


def test_looked_ahead_to_it_reads_as_any_known_anniversary_ahead():
    # "hướng tới" (round 35's rule): the occasion comes before the anniversary's day, 10/10/2025, within the year
    words = "Hoạt động hướng tới kỷ niệm 1015 năm Thăng Long - Hà Nội."
    assert main_event(_aid_page(words, day="Sáng 5/9"))["date"] == "2025-09-05"


def test_the_finder_reads_the_count_with_its_dot():
    from hoptac.core.extract.anniversaries import known_anniversaries
    from hoptac.core.text import fold
    got = [(c.name, c.year) for c in known_anniversaries(fold("Đại lễ kỷ niệm 1.000 năm Thăng Long - Hà Nội"))]
    assert got == [("known_anniversary", 2010)]


def test_the_three_digit_counts_read_as_before():
    from hoptac.core.extract.anniversaries import known_anniversaries
    from hoptac.core.text import fold
    got = [(c.name, c.year) for c in known_anniversaries(fold("kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"))]
    assert got == [("known_anniversary", 2024)]
    assert known_anniversaries(fold("kỷ niệm 1.000 năm Chiến thắng Điện Biên Phủ")) == []


# --- 2. the delegation named bare at work abroad -------------------------------------------------------------------

_TRIP_HEAD = "Tuổi trẻ Quảng Nam chung tay giúp đỡ nước bạn Lào\n\n"
_TRIP_LEAD = ("Từ ngày 10/9 đến 13/9/2021, Tỉnh đoàn Quảng Nam tổ chức chương trình tình nguyện giúp đỡ người dân "
              "nước bạn Lào. ")
# (round 40, late40a: "tổ chức chương trình tình nguyện" is now the unit's trip itself, type_exchange_trips; the
# next sentence's rule is tested on a programme the dated sentence names with another verb)
_NAMED_LEAD = ("Từ ngày 10/9 đến 13/9/2021, Tỉnh đoàn Quảng Nam triển khai chương trình tình nguyện giúp đỡ người dân "
               "nước bạn Lào. ")


def test_the_bare_delegation_at_work_abroad_names_the_host():
    page = _TRIP_HEAD + _TRIP_LEAD + ("Tham gia đoàn công tác có 20 tình nguyện viên.\n\n"
                                      "Đoàn đã khám bệnh, phát thuốc cho 500 hộ dân tại tỉnh Sê Kông (Lào).\n")
    assert main_event(page)["pair"] == ["Quảng Nam", "Sê Kông"]


@pytest.mark.parametrize("body", [
    # the venue of a sentence that does not open with the delegation
    "Trước đó, lũ lớn đã xảy ra tại tỉnh Sê Kông (Lào).",
    # a body named with more words than the bare delegation: not the side's own
    "Đoàn Thanh niên nước bạn đã đón các tình nguyện viên tại tỉnh Sê Kông (Lào).",
    # two foreign provinces worked in: no one host
    "Đoàn đã khám bệnh tại tỉnh Sê Kông và tại tỉnh Attapeu (Lào).",
])
def test_no_host_from_a_bare_delegation_where_the_shape_differs(body):
    page = _TRIP_HEAD + _TRIP_LEAD + "\n\n" + body + "\n"
    assert main_event(page)["pair"] == ["Quảng Nam"]


# --- 3. the next sentence tells the delegation's members -----------------------------------------------------------

@pytest.mark.parametrize("nxt", [
    "Tham gia đoàn công tác có ông Nguyễn Văn C, Phó Bí thư Tỉnh đoàn, làm trưởng đoàn cùng 20 tình nguyện viên.",
    "Đoàn gồm 20 bác sĩ, điều dưỡng của các bệnh viện trong tỉnh.",
    "Đoàn do ông Nguyễn Văn C, Phó Bí thư Tỉnh đoàn làm trưởng đoàn.",
])
def test_a_programme_then_its_delegations_members_is_the_trip(nxt):
    page = _TRIP_HEAD + _NAMED_LEAD + nxt + "\n"
    assert main_event(page)["type"] == "visit"


@pytest.mark.parametrize("nxt", [
    # the members of a meeting, no delegation
    "Tham gia hội nghị có đại diện các sở, ngành của tỉnh.",
    # the delegation's next act, not its members
    "Đoàn đã trao 100 suất quà cho người dân.",
])
def test_no_trip_where_the_next_sentence_makes_up_no_delegation(nxt):
    page = _TRIP_HEAD + _NAMED_LEAD + nxt + "\n"
    assert main_event(page)["type"] == "other"


def test_an_occasion_the_dated_sentence_names_keeps_its_type():
    page = ("Hai tỉnh tổng kết hợp tác\n\nNgày 5/9/2021, tỉnh Quảng Nam và tỉnh Sê Kông (Lào) tổ chức hội nghị tổng "
            "kết công tác hợp tác. Tham gia đoàn công tác có lãnh đạo các sở, ngành của tỉnh.\n")
    assert main_event(page)["type"] == "conference"


# --- 4. a round-up lead: the item the page dates again with the lead's day ----------------------------------------

_ROUNDUP_HEAD = "Giao lưu hữu nghị dịp đầu năm trên biên giới\n\n"
_ROUNDUP_LEAD = ("Ngày 4/2, nhiều hoạt động giao lưu hữu nghị diễn ra sôi nổi tại các xã biên giới Việt Nam – Trung "
                 "Quốc.\n\n")
_DEVELOPED = ("Nhân dịp Tết Nguyên đán, ngày 4/2, đoàn đại biểu phường Móng Cái 1 (tỉnh Quảng Ninh) đã sang chúc mừng "
              "Tết tại thành phố Đông Hưng (Trung Quốc).\n")


def test_a_roundup_lead_takes_the_type_of_the_item_dated_again():
    assert main_event(_ROUNDUP_HEAD + _ROUNDUP_LEAD + _DEVELOPED)["type"] == "visit"


@pytest.mark.parametrize("lead, body", [
    # a side that holds many activities: its own occasion, the lead's word types it
    ("Ngày 4/2, phường Móng Cái 1 và thành phố Đông Hưng (Trung Quốc) tổ chức nhiều hoạt động giao lưu hữu nghị.\n\n",
     _DEVELOPED),
    # the round-up's day never told again: the lead's word stays
    (_ROUNDUP_LEAD, _DEVELOPED.replace("ngày 4/2, ", "")),
    # a later sentence of another day
    (_ROUNDUP_LEAD, _DEVELOPED.replace("ngày 4/2", "ngày 14/2")),
])
def test_the_lead_keeps_its_word_where_the_shape_differs(lead, body):
    # the lead's own word: "hoạt động giao lưu hữu nghị", an 'other' occasion since round 54 (late54b,
    # type_exchange_trips' exchange_activities; it read the row "giao lưu hữu nghị", conference, before): not the
    # developed item's visit
    assert main_event(_ROUNDUP_HEAD + lead + body)["type"] == "other"
