"""A document's signing year told inside a review ("đánh giá việc thực hiện Thỏa thuận … ký năm 2017"):
the document's date, an earlier occasion, never the year reviewed (year_not_plans' ``signed_in_year``;
round 27, data27 03). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cues import find_year_cues
from extract_support import main_event
from hoptac.core.extract.year_not_plans import NOT_PLANS, not_a_plan

HEAD = "Hai huyện trao đổi kinh nghiệm quản lý đô thị\n\n"
#: A visit whose day has no year.
LEAD = ("Ngày 12-4, Chủ tịch UBND tỉnh Lạng Sơn tiếp đoàn đại biểu tỉnh Quảng Tây (Trung Quốc) đến thăm và làm "
        "việc tại tỉnh.\n")

#: A review (or progress) word leads the clause; the year is the document's, after its participle.
SIGNED_IN = [
    "Tại buổi làm việc, hai bên đánh giá các mặt trong việc thực hiện Thỏa thuận hợp tác ký năm 2016 giữa hai tỉnh.",
    "Hai bên cùng tổng kết các nội dung của Bản ghi nhớ giữa hai địa phương ký kết vào năm 2015.",
    "Đoàn đánh giá kết quả thực hiện Quy chế phối hợp ban hành năm 2014 và đề xuất sửa đổi.",
    "Hai bên đánh giá kết quả thực hiện Biên bản hợp tác ký năm 2013, thống nhất nhiều nội dung mới.",
]


@pytest.mark.parametrize("sentence", SIGNED_IN)
def test_a_documents_signing_year_gives_no_cue(sentence):
    cues = find_year_cues(sentence)
    assert not [c for c in cues if c.name in ("review_year", "plan_year", "plan_noun", "year")], cues
    assert not_a_plan(sentence, sentence.rindex("năm 20"), "review", 0) == "signed_in_year"
    assert "signed_in_year" in {s for s, _ in NOT_PLANS}


@pytest.mark.parametrize("sentence", SIGNED_IN)
def test_it_gives_the_visit_no_year(sentence):
    main = main_event(HEAD + LEAD + sentence + "\n")
    assert main["date"] == "--04-12", main


#: Counter-examples: the year itself reviewed, a plan for the year, a document not yet signed.
KEEPS = [
    ("Hai bên đánh giá kết quả hợp tác năm 2017 và bàn phương hướng năm tới.", "review_year"),
    ("Hội nghị tổng kết thực hiện Thỏa thuận hợp tác năm 2017 giữa hai tỉnh.", "review_year"),
    ("Hai tỉnh ký kết Kế hoạch hợp tác năm 2018.", "plan_year"),
]


@pytest.mark.parametrize("sentence, name", KEEPS)
def test_a_year_reviewed_or_planned_keeps_its_cue(sentence, name):
    assert name in {c.name for c in find_year_cues(sentence)}
    assert not_a_plan(sentence, sentence.rindex("năm 20"), "review", 0) is None


@pytest.mark.parametrize("sentence", [
    "Hai bên thống nhất Bản ghi nhớ hợp tác sẽ ký năm 2020.",
    "Hai bên thống nhất Biên bản hợp tác dự kiến ký kết vào năm 2021.",
    # "và": another verb of the clause, not the document's participle
    "Hội nghị tổng kết Chương trình hợp tác giai đoạn 2016-2020 và ký kết năm 2021 giữa hai tỉnh.",
])
def test_a_document_still_to_be_signed_is_not_this_shape(sentence):
    assert not_a_plan(sentence, sentence.rindex("năm 20"), "plan", 0) is None
