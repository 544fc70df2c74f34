"""Round 35 (late35a): a document whose signing the page dates with a full date is that signing's
(year_signed_dated). Sentences written for these tests; the page was a women's unions' review of one year of
a programme signed the December before."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_signed_dated import SIGNED_DATED

from extract_support import main_event as one_main

HEAD = "Hai hội phụ nữ thắt chặt quan hệ\n\n"


def main_event(text: str) -> dict:
    return one_main(HEAD + text)


REVIEW = ("Ngày 20/10, tại thành phố Kon Tum diễn ra hội nghị sơ kết 1 năm thực hiện biên bản ký kết chương trình "
          "phối hợp giữa Hội phụ nữ tỉnh Kon Tum và Hội phụ nữ tỉnh Attapeu (Lào) giai đoạn 2017-2021.\n")
SIGNED = ("Để thắt chặt tình hữu nghị giữa hai tỉnh, ngày 5/12/2017, Hội phụ nữ tỉnh Kon Tum và Hội phụ nữ tỉnh "
          "Attapeu đã tổ chức ký kết chương trình phối hợp giai đoạn 2017 - 2021.\n")
AFTER = ("Sau 1 năm, hai hội đã tuyên truyền nội dung biên bản ký kết chương trình phối hợp giai đoạn 2017 - 2021 "
         "đến hội viên.\n")


def test_a_review_of_n_years_of_a_programme_signed_on_a_dated_day_is_n_years_after_it():
    main = main_event(REVIEW + SIGNED + AFTER)
    assert (main["date"], main["year_source"]) == ("2018-10-20", "context")
    assert main["year_cue"]["kind"] == "review_since"


@pytest.mark.parametrize("name, example", SIGNED_DATED)
def test_each_row_example_drops_or_gives_its_cue(name, example):
    cues = find_year_cues(example.replace("…", ""))
    assert name == "review_of_dated_signing"   # (dated_signing_period: tests/test_year_signed_earlier.py)
    assert [(c.name, c.year) for c in cues if c.name == "review_since"] == [("review_since", 2018)]


# --- counter-examples: where the rules must not fire ----------------------------------------------------

def test_a_review_of_another_document_takes_no_year_from_the_signing():
    lead = ("Ngày 20/10, tại thành phố Kon Tum diễn ra hội nghị sơ kết 2 năm thực hiện nghị quyết của Tỉnh ủy "
            "về công tác đối ngoại.\n")
    cues = find_year_cues(HEAD + lead + SIGNED)
    assert not [c for c in cues if c.name == "review_since"]


def test_two_dated_signings_of_different_years_give_no_review_year():
    other = ("Trước khi thành lập, ngày 3/4/2015, hai hội đã ký kết chương trình giao lưu thanh niên.\n")
    cues = find_year_cues(HEAD + REVIEW + SIGNED + other)
    assert not [c for c in cues if c.name == "review_since"]
