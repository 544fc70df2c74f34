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
