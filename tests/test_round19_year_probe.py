"""Round 19's year probe (scripts/year_probe.py) shapes: a variant must give the occasion's own year or "year
unknown", never another occasion's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events


def _main(text: str) -> dict | None:
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    return next((e for e in events if e["main"]), None)


def _year(text: str) -> int | None:
    main = _main(text)
    return int(main["date"][:4]) if main and main.get("date") and main["date"][:1] != "-" else None


# --- an anniversary being prepared: an upper bound, never the year ----------------------------------------

_VISIT = ("Tỉnh Kon Tum tiếp đoàn tỉnh Quảng Ngãi\n"
          "Ngày 14/4, tại trụ sở UBND tỉnh, lãnh đạo tỉnh Kon Tum đã tiếp đoàn công tác tỉnh Quảng Ngãi.\n")


@pytest.mark.parametrize("sentence", [
    "Hiện hai tỉnh đang chuẩn bị kỷ niệm 30 năm Ngày ký kết Biên bản hợp tác (9/11/1996 – 9/11/2026).",
    "Hai bên cũng đang chuẩn bị lễ kỷ niệm 20 năm kết nghĩa (5/12/2006 - 5/12/2026) tại tỉnh bạn.",
])
def test_an_anniversary_being_prepared_gives_no_year(sentence):
    # told in April 2025 as well as in April 2026: the anniversary's year is no more than an upper bound
    assert _year(_VISIT + sentence + "\nHai bên trao đổi về hợp tác du lịch.\n") in (None,)


def test_an_anniversary_being_prepared_still_bounds_the_year_from_above():
    page = ("Tỉnh Kon Tum tiếp đoàn tỉnh Quảng Ngãi\nNgày đăng: 15/04/2027\n"
            "Ngày 14/4, lãnh đạo tỉnh Kon Tum đã tiếp đoàn công tác tỉnh Quảng Ngãi. Hai tỉnh đang chuẩn bị kỷ "
            "niệm 30 năm Ngày ký kết Biên bản hợp tác (9/11/1996 – 9/11/2026).\n")
    assert _year(page) != 2027


def test_an_activity_held_towards_an_anniversary_keeps_its_year_within_the_run_up():
    # "hướng tới kỷ niệm": an activity of the anniversary's run-up, less than a year before its day
    page = ("Giao lưu hữu nghị\nNgày 8/10, tỉnh Gia Lai tổ chức giao lưu với tỉnh Ratanakiri (Campuchia), hướng tới "
            "kỷ niệm 25 năm Ngày ký Biên bản hợp tác (2/2/2001 - 2/2/2026).\n")
    assert _year(page) == 2025
