"""Round 26: a comma that joins two verbs of one subject opens no clause, and an apposition after the
verb's clause names no occasion (core/extract/clause_commas.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from hoptac.core.extract.clause_commas import JOINED_VERBS, last_comma
from hoptac.core.text import fold

from extract_support import first_main as _main


FRAME = ("Hưởng ứng “Năm Hữu nghị, Hợp tác”, hướng đến kỷ niệm 20 năm kết nghĩa, 15 năm Ngày ký thỏa thuận "
         "hợp tác (5/9/2007 - 5/9/2022), ")


@pytest.mark.parametrize("rest", [
    # two verbs of the delegation joined by a comma: the clause is the delegation's, not "làm việc tại …"
    "Đoàn đại biểu Công an tỉnh Nghệ An đã đến thăm, làm việc tại Công an tỉnh Bôlykhămxay từ ngày 4 đến 9/4/2022.",
    # an apposition after the verb's clause ("…, nước CHDCND Lào") names no occasion of its own
    "đoàn công tác tỉnh Nghệ An đã sang thăm tỉnh Bôlykhămxay, nước CHDCND Lào từ ngày 4 đến 9/4/2022.",
])
def test_a_delegation_s_trip_after_a_framing_is_its_visit(rest):
    page = "Tin hợp tác\n\n" + FRAME + rest + "\n\nHai bên trao đổi về kết quả hợp tác.\n"
    assert _main(page)["type"] == "visit"


@pytest.mark.parametrize("before, after, example", JOINED_VERBS)
def test_the_examples_of_the_table_join_their_verbs(before, after, example):
    folded = fold("Nhân dịp đầu xuân, " + example)
    comma = folded.index(", ", len("nhan dip dau xuan, ")) + 2   # the comma between the two verbs
    at = folded.index(" ngay ") if " ngay " in folded else folded.index(" sang ")
    assert comma < at
    assert last_comma(folded, at) == len("nhan dip dau xuan, ")


def test_a_comma_before_a_noun_still_opens_a_clause():
    folded = fold("Nhân chuyến thăm, đoàn công tác tỉnh A đã trao quà ngày 5/4.")
    assert last_comma(folded, folded.index("ngay")) == len("nhan chuyen tham, ")


def test_without_an_earlier_comma_the_joining_one_is_kept():
    folded = fold("Đoàn tỉnh A đã đến thăm, làm việc tại tỉnh B ngày 5/4.")
    assert last_comma(folded, folded.index("ngay")) == folded.index("lam viec")


def test_the_nearest_clause_that_names_an_occasion_is_taken():
    folded = fold("Nhân dịp Tết, đoàn tỉnh A đã sang thăm tỉnh B, nước CHDCND Lào ngày 5/2.")
    names = lambda a: "tham" in folded[a:folded.index("ngay")]
    assert last_comma(folded, folded.index("ngay"), names) == folded.index("doan")
    assert last_comma(folded, folded.index("ngay")) == folded.index("nuoc")
    assert last_comma(folded, folded.index("ngay"), lambda a: False) == 0
