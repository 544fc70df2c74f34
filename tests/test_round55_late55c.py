"""Round 55 (late55c): the host of a one-party visit, in sentences written for these tests.

- ``fronted_visit`` (core/extract/visit_host.py, read by core/extract/events.py for the main event): a main event
  with one party only, a visit, whose sentence opens with its venue ("tại <a temple> (<its district>, <its
  city>), <the guests> đã đến thăm …") in a Vietnamese locality of another province, before the one side: the
  venue's province received the guests and is the other side; ``hoptac explain`` says so on the pair's line.
  Counter-shapes: the side is the venue's province, two parties already, a venue abroad, the venue after the side,
  an occasion that is not a visit, no venue in the sentence (a dateline, the headline).
"""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.explain import explain_article


def _why(page: str) -> str:
    return getattr(explain_article(parse_article(page)), "pair_why", "")


def _temple(venue: str, guests: str) -> str:
    return (f"Sáng ngày 14/05/2024, tại chùa Phước Lâm ({venue}), tăng ni và Phật tử {guests} đã đến thăm và "
            "tặng quà các sư đang tu học.\nĐoàn do Thượng tọa Phra Bounmy làm trưởng đoàn.\n")


# --- fronted_visit -----------------------------------------------------------------------------

@pytest.mark.parametrize("page, pair", [
    (_temple("quận Ngũ Hành Sơn, TP. Đà Nẵng", "tỉnh Salavan (Lào)"), ["Đà Nẵng", "Salavan"]),
    ("Chiều 9/11/2023, tại Nhà thờ gỗ (thành phố Kon Tum, tỉnh Kon Tum), đoàn thanh niên tỉnh Attapeu (Lào) đã đến "
     "thăm và giao lưu văn nghệ.\nĐoàn gồm 30 người.\n", ["Át-tạ-pư", "Kon Tum"]),
    ("Chiều 5/3/2024, tại Khu di tích Kim Liên (huyện Nam Đàn, tỉnh Nghệ An), đoàn cựu chiến binh tỉnh Bình Dương "
     "đã đến thăm và dâng hương.\nĐoàn gồm 40 người.\n", ["Bình Dương", "Nghệ An"]),
])
def test_the_fronted_venue_of_a_one_party_visit_is_its_host(page, pair):
    ev = main_event(page)
    assert ev["type"] == "visit"
    assert ev["pair"] == pair
    assert sorted(p["province"] for p in ev["parties"]) == sorted(pair)


def test_the_host_is_a_party_at_the_level_the_sentence_names_it():
    ev = main_event(_temple("quận Ngũ Hành Sơn, TP. Đà Nẵng", "tỉnh Salavan (Lào)"))
    host = next(p for p in ev["parties"] if p["province"] == "Đà Nẵng")
    assert host["level"] == "quận" and "country" not in host
    assert ev["location"] == "Đà Nẵng"


def test_explain_says_why_the_venue_is_a_party():
    assert "fronted_visit" in _why(_temple("quận Ngũ Hành Sơn, TP. Đà Nẵng", "tỉnh Salavan (Lào)"))


# --- counter-shapes (pass before and after) ----------------------------------------------------

@pytest.mark.parametrize("page, pair", [
    # the one side is the venue's province: nothing to add
    (_temple("huyện Lao Ngam, tỉnh Salavan", "tỉnh Salavan (Lào)"), ["Salavan"]),
    ("Chiều 5/3/2024, tại Khu di tích Kim Liên (huyện Nam Đàn, tỉnh Nghệ An), đoàn cựu chiến binh tỉnh Nghệ An "
     "đã đến thăm và dâng hương.\nĐoàn gồm 40 người.\n", ["Nghệ An"]),
    # two parties already: the venue stays the location
    ("Sáng ngày 14/05/2024, tại chùa Phước Lâm (quận Ngũ Hành Sơn, TP. Đà Nẵng), đoàn tỉnh Salavan (Lào) đã đến "
     "thăm và làm việc với lãnh đạo tỉnh Quảng Nam.\nĐoàn do ông Khamphan làm trưởng đoàn.\n", ["Quảng Nam", "Salavan"]),
    # a venue abroad: no Vietnamese host (and a foreign one is the partners' to read)
    (_temple("thủ đô Viêng Chăn, Lào", "tỉnh Salavan (Lào)"), ["Salavan"]),
    # the venue after the side: a body visited there, not a host
    ("Sáng ngày 14/05/2024, đoàn tỉnh Salavan (Lào) đã đến thăm Bộ Công an tại Hà Nội.\nĐoàn do ông Khamphan làm "
     "trưởng đoàn.\n", ["Salavan"]),
    # not a visit: one side's own conference held away, a national meeting a delegation came to
    ("Sáng 5/3/2024, tại thành phố Đà Lạt, Sở Du lịch tỉnh Khánh Hòa tổ chức hội nghị giới thiệu sản phẩm du lịch."
     "\nHội nghị có 100 đại biểu.\n", ["Khánh Hòa"]),
    ("Sáng 5/3/2024, tại Hà Nội, đoàn đại biểu tỉnh Salavan (Lào) dự hội nghị hợp tác đầu tư.\nHội nghị có 100 "
     "đại biểu.\n", ["Salavan"]),
    # no venue in the sentence: the headline's place is the location, never a party by this rule
    ("Phật tử Lào thăm chùa ở Đà Nẵng\nSáng ngày 14/05/2024, tăng ni và Phật tử tỉnh Salavan (Lào) đã đến thăm chùa "
     "Phước Lâm và tặng quà các sư.\nĐoàn do Thượng tọa Phra Bounmy làm trưởng đoàn.\n", ["Salavan"]),
])
def test_what_the_rule_leaves_alone(page, pair):
    assert main_event(page)["pair"] == pair
    assert _why(page) == ""


def test_a_dateline_is_not_read_as_the_venue():
    # the partners read the dateline's city as they did before; the venue rule does not speak (no venue)
    page = ("ĐÀ NẴNG – Sáng ngày 14/05/2024, tăng ni và Phật tử tỉnh Salavan (Lào) đã đến thăm chùa Phước Lâm và "
            "tặng quà các sư.\nĐoàn do Thượng tọa Phra Bounmy làm trưởng đoàn.\n")
    ev = main_event(page)
    assert ev["location"] is None
    assert _why(page) == ""
