"""A yearly meeting that reviews the minutes of its own last session is held about a year after
their signing (core/extract/year_last_session.py; sentences written for these tests)."""

from __future__ import annotations

import pytest

from extract_support import main_event

YEARLY_HEAD = "Khai mạc hội nghị cấp cao thường niên tỉnh Nghệ An - tỉnh Xiêng Khoảng\n\n"
LEAD = ("Sáng nay ({day}), tại thành phố Vinh đã diễn ra hội nghị cấp cao thường niên giữa tỉnh Nghệ An và "
        "tỉnh Xiêng Khoảng (Lào).\n\n")
MINUTES = ("Trong khuôn khổ hội nghị, hai tỉnh sẽ báo cáo việc thực hiện các nội dung Biên bản {kind} hai tỉnh "
           "ký ngày {signed} (tại tỉnh Xiêng Khoảng) và tình hình kinh tế của mỗi tỉnh.\n")


def _page(day: str, signed: str, kind: str = "Hội nghị cấp cao", head: str = YEARLY_HEAD, lead: str = LEAD,
          more: str = "") -> dict:
    return main_event(head + lead.format(day=day) + MINUTES.format(kind=kind, signed=signed) + more)


@pytest.mark.parametrize("day, signed, want", [
    ("13/11", "20/12/2017", "2018-11-13"),   # the first 13/11 after the signing
    ("23/11", "19/10/2022", "2023-11-23"),   # not 23/11/2022, a month after the last session
])
def test_a_yearly_meeting_reviewing_its_last_minutes_is_the_next_session(day, signed, want):
    main = _page(day, signed)
    assert (main["date"], main["year_source"]) == (want, "context")
    assert main["year_cue"]["kind"] == "last_session"


def test_minutes_of_another_meeting_give_no_year():
    # talks' minutes may be of any year: the yearly conference is not their next session
    assert _page("13/11", "20/12/2017", kind="Hội đàm")["year_source"] == "unknown"


def test_a_meeting_not_called_yearly_gives_no_year():
    head = "Khai mạc hội nghị cấp cao tỉnh Nghệ An - tỉnh Xiêng Khoảng\n\n"
    lead = "Sáng nay ({day}), tại thành phố Vinh đã diễn ra hội nghị cấp cao giữa tỉnh Nghệ An và tỉnh Xiêng Khoảng.\n\n"
    assert _page("13/11", "20/12/2017", head=head, lead=lead)["year_source"] == "unknown"


def test_a_later_year_on_the_page_gives_no_year():
    # the series paused: the last session's minutes are years old
    more = "\nTừ năm 2018 đến năm 2021, do dịch Covid-19, hai tỉnh không tổ chức được hội nghị.\n"
    assert _page("13/11", "20/12/2017", more=more)["year_source"] == "unknown"
