"""Round 36 (fold36): one rule, ``period_signed_earlier`` (:mod:`hoptac.core.extract.year_signed_earlier`): a period
the page shows as signed before its occasion -- reviewed (round 35, year35) or signed on a day the page dates
(round 35, late35a) -- gives the occasion no year. The tests of both round 35 rules, moved here from
tests/test_round35_year35.py and tests/test_year_late35a.py, and the table's rows. Sentences are our own."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract import year_cues
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_signed_dated import dated_signings
from hoptac.core.extract.year_signed_earlier import SIGNED_EARLIER, drop_signed_earlier


# --- the table: each row's example loses its plan cue, and only by this rule --------------------------------------

@pytest.mark.parametrize("name, example", SIGNED_EARLIER)
def test_each_rows_example_drops_its_plan_cue(name, example):
    text = example.replace("…", "")
    assert not [c for c in find_year_cues(text) if c.name.startswith("plan_period")]


@pytest.mark.parametrize("name, example", SIGNED_EARLIER)
def test_without_the_rule_each_rows_example_has_a_plan_cue(name, example, monkeypatch):
    monkeypatch.setattr(year_cues, "drop_signed_earlier", lambda text, cues, mentions, signings: cues)
    assert [c for c in find_year_cues(example.replace("…", "")) if c.name.startswith("plan_period")]


def test_each_row_fires_alone():
    # the reviewed row's example dates no signing; the dated row's example reviews nothing: both rows are needed
    (_, reviewed), (_, dated) = SIGNED_EARLIER
    reviewed, dated = reviewed.replace("…", ""), dated.replace("…", "")
    assert dated_signings(reviewed, find_dates(reviewed)) == []
    assert not [c for c in find_year_cues(dated) if c.name == "review_period"]


def test_the_dated_row_needs_its_signing(monkeypatch):
    # the plan cue of the dated row's example stays without the signing found, and goes with it
    monkeypatch.setattr(year_cues, "drop_signed_earlier", lambda text, cues, mentions, signings: cues)
    text = SIGNED_EARLIER[1][1]
    mentions = find_dates(text)
    cues = find_year_cues(text)
    signings = dated_signings(text, mentions)
    assert [c.name for c in drop_signed_earlier(text, cues, mentions, []) if c.name.startswith("plan_period")]
    assert signings and not [c for c in drop_signed_earlier(text, cues, mentions, signings)
                             if c.name.startswith("plan_period")]


# --- reviewed_period (round 35, year35) ---------------------------------------------------------------------------

_REVIEW = ("Hội nghị sơ kết chương trình phối hợp\n\nNgày 17/10, tại huyện A, hội phụ nữ huyện A và hội phụ nữ huyện B "
           "(Lào) tổ chức hội nghị sơ kết 1 năm thực hiện chương trình phối hợp giai đoạn 2018-2022.\n\n")


@pytest.mark.parametrize("later", [
    # the period's signing told with its own date: the signing's year, not the review's
    "Nhằm tăng cường tình hữu nghị, ngày 26/12/2018, hai hội đã tổ chức ký kết chương trình phối hợp giai đoạn "
    "2018 - 2022.",
    # the period carried out ("nội dung biên bản ký kết … giai đoạn"): read as a signing with no verb in its clause
    "Sau 1 năm, hai hội đã tuyên truyền cho hội viên nội dung biên bản ký kết chương trình phối hợp giai đoạn "
    "2018 - 2022 đến phụ nữ hai huyện.",
])
def test_a_reviewed_period_signed_elsewhere_gives_no_year(later):
    main = main_event(_REVIEW + later + "\n\nHai bên trao đổi kinh nghiệm.\n")
    assert main["date"] != "2018-10-17"


def test_a_new_period_signed_beside_the_reviewed_one_still_dates_it():
    # a review of 2018-2022 and the signing of 2023-2027 at the same meeting: the new period's year stands
    page = ("Tổng kết hợp tác\n\nNgày 20/3, tại huyện A, hai huyện tổ chức hội nghị tổng kết chương trình hợp tác giai "
            "đoạn 2018-2022 và ký kết chương trình hợp tác giai đoạn 2023-2027.\n\nHai bên trao quà lưu niệm.\n")
    assert main_event(page)["date"] == "2023-03-20"


def test_the_finder_keeps_other_periods():
    from hoptac.core.extract.year_cues import find_year_cues
    text = ("Ngày 17/10, hai hội sơ kết 1 năm thực hiện chương trình giai đoạn 2018-2022. Hai huyện đã ký kết chương "
            "trình hợp tác giai đoạn 2020 - 2025.")
    kinds = {c.name for c in find_year_cues(text)}
    assert "review_period" in kinds and kinds & {"plan_period", "plan_period_weak"}


def test_the_reviews_own_cue_then_gives_the_year():
    # an interim review of 2 years of a period from 2021, in April (no month doubt): 2023 (on main too: a counter-example)
    page = ("Sơ kết hợp tác\n\nNgày 9/4, tại huyện A, hai hội tổ chức hội nghị sơ kết 2 năm thực hiện chương trình hợp "
            "tác giai đoạn 2021-2025.\n\nNgày 3/11/2021, hai hội đã ký kết chương trình hợp tác giai đoạn 2021 - 2025.\n")
    assert main_event(page)["date"] == "2023-04-09"


# --- dated_signing_period (round 35, late35a) ---------------------------------------------------------------------

HEAD = "Hai hội phụ nữ thắt chặt quan hệ\n\n"
SIGNED = ("Để thắt chặt tình hữu nghị giữa hai tỉnh, ngày 5/12/2017, Hội phụ nữ tỉnh Kon Tum và Hội phụ nữ tỉnh "
          "Attapeu đã tổ chức ký kết chương trình phối hợp giai đoạn 2017 - 2021.\n")
AFTER = ("Sau 1 năm, hai hội đã tuyên truyền nội dung biên bản ký kết chương trình phối hợp giai đoạn 2017 - 2021 "
         "đến hội viên.\n")


def headed_main(text: str) -> dict:
    return main_event(HEAD + text)


def test_the_period_of_a_signing_the_page_dates_is_no_year_of_another_day():
    # no review of N years: the period signed on 5/12/2017 (and named again) is that signing's, never 20/10/2017
    lead = "Ngày 20/10, tại thành phố Kon Tum, hai hội tổ chức giao lưu văn hóa.\n"
    main = headed_main(lead + SIGNED + AFTER)
    assert main["year_source"] == "unknown" and main["date"] == "--10-20"


def test_the_occasion_signing_the_next_period_keeps_its_cue():
    lead = ("Ngày 20/3, tại thành phố Kon Tum, Hội phụ nữ tỉnh Kon Tum và Hội phụ nữ tỉnh Attapeu ký kết "
            "chương trình phối hợp giai đoạn 2022 - 2026.\n")
    main = headed_main(lead + SIGNED)
    assert (main["date"], main["year_cue"]["kind"]) == ("2022-03-20", "plan_period")
