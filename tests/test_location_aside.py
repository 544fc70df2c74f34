"""Round 26: a venue inside an aside that dates another occasion is that occasion's, not the main event's
(core/extract/event_location.py, _in_dated_aside). Sentences written for these tests."""

from __future__ import annotations

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events

from extract_support import first_main

HEAD = "Sở Tư pháp tỉnh Kon Tum làm việc với Sở Tư pháp tỉnh Sê Kông\n\n"


def _location(lead: str) -> str | None:
    return first_main(HEAD + lead + "\n")["location"]


def test_a_venue_in_an_aside_dated_for_another_occasion_is_not_the_main_event_s():
    lead = ("Sáng ngày 12/12/2023, Sở Tư pháp tỉnh Kon Tum và Sở Tư pháp tỉnh Sê Kông đã trao đổi về kết quả Hội "
            "nghị lần thứ năm (tổ chức ngày 22/8/2022 tại Cửa Lò, Nghệ An).")
    assert _location(lead) != "Nghệ An"


def test_a_venue_in_an_aside_with_no_date_stays_the_venue():
    lead = "Sáng ngày 12/12/2023, Sở Tư pháp tỉnh Kon Tum và Sở Tư pháp tỉnh Sê Kông đã họp (tại thành phố Kon Tum)."
    assert _location(lead) == "Kon Tum"


def test_an_aside_after_the_venue_leaves_the_venue_alone():
    lead = ("Sáng ngày 12/12/2023, tại thành phố Vinh (Nghệ An, ngày 12/12), Sở Tư pháp tỉnh Kon Tum và Sở Tư pháp "
            "tỉnh Sê Kông đã họp.")
    assert _location(lead) == "Nghệ An"


def test_the_aside_s_own_occasion_keeps_its_venue():
    lead = ("Sáng ngày 12/12/2023, Sở Tư pháp tỉnh Kon Tum và Sở Tư pháp tỉnh Sê Kông đã trao đổi về kết quả Hội "
            "nghị lần thứ năm (tổ chức ngày 22/8/2022 tại Cửa Lò, Nghệ An).")
    events, _ = extract_events(parse_article(HEAD + lead + "\n"), article_id="t", source="t.txt")
    aside = [e for e in events if not e["main"] and e["date"] == "2022-08-22"]
    assert aside and aside[0]["location"] == "Nghệ An"
