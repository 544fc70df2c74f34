"""Round 24 review (review24): where a new rule of the round fires where it should not. Sentences written for this
test (no page's own words); docs/accuracy.md, "review24".

- type_travel_work ("đến <place> làm việc" → a visit) read a host that is the lead's subject and works with the
  delegation ("… làm việc với Đoàn công tác tỉnh B đến tỉnh A làm việc") as the delegation's trip; the README's
  convention makes that host's session a conference. Folded, "sáng" and "tối" (morning, evening) and "sáng tạo"
  read as the travel verbs "sang" and "tới".
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none as _main
from hoptac.core.extract.type_travel_work import TRAVEL_WORK_EXAMPLES, travels_to_work
from hoptac.core.text import fold

_HEAD = "Hai địa phương tăng cường hợp tác\n\n"


def _type(lead: str) -> str:
    return _main(_HEAD + lead + "\n")["type"]


@pytest.mark.parametrize("lead", [
    # the host works with the delegation; the delegation's coming is a relative clause after it
    "Chiều 12/3, Chủ tịch UBND tỉnh Bến Tre Trần Văn C đã làm việc với Đoàn công tác tỉnh Trà Vinh do ông D dẫn "
    "đầu đến tỉnh Bến Tre làm việc.",
    "Sáng 12/3, Thường trực Tỉnh ủy Bến Tre đã có buổi làm việc với Đoàn công tác tỉnh Trà Vinh sang Bến Tre làm "
    "việc về liên kết du lịch.",
])
def test_a_host_working_with_a_delegation_that_came_is_a_session(lead):
    assert _type(lead) == "conference"


@pytest.mark.parametrize("lead", [
    "Tối 12/3 lãnh đạo tỉnh Bến Tre làm việc với đoàn công tác tỉnh Trà Vinh về liên kết du lịch.",
    "Ngày 12/3, Viện Sáng tạo tỉnh Bến Tre làm việc với Sở Khoa học tỉnh Trà Vinh.",
])
def test_morning_evening_and_sang_tao_are_no_travel_verbs(lead):
    assert travels_to_work(fold(lead)) is None
    assert _type(lead) == "conference"


def test_the_delegations_trip_still_reads():
    assert _type("Sáng 12/3, đoàn công tác tỉnh Trà Vinh đã về tỉnh Bến Tre làm việc với lãnh đạo tỉnh.") == "visit"
    for sentence in TRAVEL_WORK_EXAMPLES:
        assert travels_to_work(fold(sentence)) is not None


def test_the_trips_programme_before_the_date_is_no_host_session():
    # "chương trình làm việc" before the date is the delegation's own programme: its trip still reads
    lead = ("Tiếp tục chương trình làm việc tại Lào, chiều 12/3, đoàn công tác tỉnh Hà Tĩnh đã đến tỉnh Khăm Muộn "
            "làm việc.")
    assert travels_to_work(fold(lead)) is not None
    assert _type(lead) == "visit"
