"""A document's date written apart from its number (core/extract/document_dates.py): a comma, a
bracket or "ban hành" between the document and its day. It is the document's date, never the main
event's: a page whose only full date is such a legal basis has no dated occasion (a wrong year is
worse than none). Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.document_dates import SHAPES
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.explain import explain_text

from extract_support import main_or_none as _main

_REST = ("tỉnh Nghệ An và tỉnh Hà Tĩnh đã tổ chức hội nghị đánh giá kết quả hợp tác giữa hai địa phương.\n\n"
         "Hai bên thống nhất tăng cường phối hợp trong thời gian tới.\n")


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(d["text"], d["verdict"]) for d in explain_text(text).dates]


# a cut page: no headline, no occasion's day; the only full date is the basis the lead cites
@pytest.mark.parametrize("basis", [
    "Thực hiện Chỉ thị 123-CT, ngày 6/11/1991 của Hội đồng Bộ trưởng về việc kết nghĩa, ",
    "Căn cứ Quyết định số 45/QĐ-UBND, ngày 12/3/2019 của UBND tỉnh, ",
    "Thực hiện Nghị định 12/2020/NĐ-CP, ngày 20/1/2020 của Chính phủ, ",
    "Theo Chỉ thị số 9/CT-TTg của Thủ tướng Chính phủ, ngày 18/2/2020, ",
    "Theo Chỉ thị số 9/CT-TTg (ngày 18/2/2020) của Thủ tướng Chính phủ, ",
    "Thực hiện Nghị quyết số 26-NQ/TW, (ngày 3/11/2022), ",
    "Thực hiện Thông tư số 05/2018/TT-BNV ban hành ngày 3/5/2018, ",
    "Thực hiện Nghị định 12/2020/NĐ-CP được Chính phủ ban hành ngày 20/1/2020, ",
    "Căn cứ Quyết định số 8/QĐ-UBND do Chủ tịch UBND tỉnh ký ban hành vào ngày 1/6/2021, ",
    "Thực hiện Nghị quyết số 15/NQ-HĐND được thông qua ngày 9/12/2021, ",
    "Triển khai Kế hoạch số 7/KH-UBND, ngày 2/4/2020 về việc phối hợp, ",
    "Căn cứ Thông tư liên tịch số 3/2015/TTLT-BNV-BTC, ngày 30/6/2015, ",
    "Căn cứ Quyết định số 45/QĐ - UBND, ngày 12/3/2019 của UBND tỉnh, ",
    "Thực hiện Thông tư hướng dẫn chế độ công tác phí được Bộ Tài chính ban hành ngày 6/7/2017, ",
])
def test_a_document_date_is_never_the_main_events(basis):
    text = basis + _REST
    main = _main(text)
    assert main is None or not main["date"]   # kept undated, or no event at all: never the basis's day
    assert all(v in ("document", "basis") for _, v in _verdicts(text))


def test_every_shape_of_the_table_reads_as_a_document():
    for name, example in SHAPES.items():
        verdicts = _verdicts(example + ", " + _REST)
        assert verdicts and all(v == "document" for _, v in verdicts), name


def test_the_occasion_dated_after_the_basis_is_still_the_main_event():
    text = ("Thực hiện Chỉ thị 123-CT, ngày 6/11/1991 của Hội đồng Bộ trưởng, sáng ngày 5/3/2024, "
            "huyện Mường Tè và huyện Sìn Hồ đã tổ chức giao lưu văn hóa giữa hai huyện.\n\n"
            "Hai bên thống nhất tăng cường phối hợp.\n")
    main = _main(text)
    assert main["date"] == "2024-03-05"


def test_a_comma_that_opens_the_occasions_clause_keeps_its_day():
    # no year, and the clause goes on with who did what: the day is the occasion's
    text = ("Thực hiện Kế hoạch số 7/KH-UBND, ngày 2/4, đoàn công tác tỉnh Lạng Sơn đã đến thăm và "
            "làm việc với tỉnh Cao Bằng về hợp tác phát triển kinh tế cửa khẩu.\n\n"
            "Hai bên thống nhất tăng cường phối hợp.\n")
    main = _main(text)
    assert main["date"] == "--04-02" and main["type"] == "visit"


def test_a_comma_day_without_a_year_that_goes_on_with_its_issuer_is_the_documents():
    text = "Thực hiện Kế hoạch số 7/KH-UBND, ngày 2/4 của UBND tỉnh về việc phối hợp, " + _REST
    assert _verdicts(text) == [("ngày 2/4", "document")]


def test_a_document_the_sentence_issues_is_issued_not_cited():
    text = ("Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch số 12/KH-UBND, ngày 5/3/2020 về hợp tác "
            "với tỉnh Hà Tĩnh trong lĩnh vực du lịch.\n\nKế hoạch nêu rõ các nhiệm vụ.\n")
    assert _verdicts(text) == [("ngày 5/3/2020", "issued")]


@pytest.mark.parametrize("news", [
    "Kế hoạch hợp tác giữa tỉnh Nghệ An và tỉnh Hà Tĩnh vừa được ban hành ngày 5/3/2024",
    "Quyết định số 12/QĐ-UBND về hợp tác giữa tỉnh Nghệ An và tỉnh Hà Tĩnh mới được ký ban hành ngày 5/3/2024",
])
def test_a_document_told_as_just_issued_keeps_its_day_as_the_news(news):
    text = news + ", với nhiều nội dung hợp tác về du lịch và thương mại.\n\nKế hoạch nêu rõ các nhiệm vụ.\n"
    assert _main(text)["date"] == "2024-03-05"


# round 35 (late35c): a numbered document whose kind takes more than its noun ("Quy chế phối hợp số
# 15/QCPH-UBND", "Chương trình hành động số …", "Kế hoạch liên tịch số …"): its day is the document's
@pytest.mark.parametrize("basis", [
    "Thực hiện Quy chế phối hợp số 15/QCPH-UBND ngày 20/3/2021 giữa UBND hai tỉnh, ",
    "Triển khai Chương trình hành động số 12/CTr-UBND ngày 4/5/2022 của UBND tỉnh, ",
    "Thực hiện Kế hoạch liên tịch số 7/KHLT-SVHTTDL ngày 2/3/2023 về giao lưu văn hóa, ",
    "Thực hiện Chương trình phối hợp số 02/CTPH-UBND ngày 6/6/2020 giữa hai tỉnh, ",
])
def test_a_numbered_document_named_with_its_kind_is_never_the_main_events(basis):
    text = basis + _REST
    main = _main(text)
    assert main is None or not main["date"]
    assert all(v in ("document", "basis") for _, v in _verdicts(text))


def test_what_the_subject_does_with_the_document_carried_out_is_the_occasion():
    # the regulation carried out is background; the letter the province issues is the news
    text = ("Thực hiện Quy chế phối hợp số 15/QCPH-UBND ngày 20/3/2021 giữa UBND hai tỉnh Long An và Tây Ninh "
            "về quản lý biên giới; UBND tỉnh Tây Ninh ban hành công văn số 900/UBND-KT ngày 5/8/2021 về việc "
            "phối hợp tuần tra.\n\nCác sở, ngành liên quan triển khai thực hiện.\n")
    main = _main(text)
    assert (main["date"], main["type"]) == ("2021-08-05", "announcement")


@pytest.mark.parametrize("lead", [
    # the page's occasion is the signing of the named document: its day stays the occasion's
    "UBND hai tỉnh Long An và Tây Ninh vừa ký kết Quy chế phối hợp số 15/QCPH-UBND ngày 20/3/2021 về quản lý biên giới.",
    "Ngày 20/3/2021, UBND hai tỉnh Long An và Tây Ninh đã ký kết Quy chế phối hợp số 15/QCPH-UBND về quản lý biên giới.",
])
def test_a_document_the_page_signs_keeps_the_signings_day(lead):
    main = _main(lead + "\n\nHai bên thống nhất tăng cường phối hợp.\n")
    assert (main["date"], main["type"]) == ("2021-03-20", "signing")


@pytest.mark.parametrize("lead", [
    # no code after the number, or no "số": not a document's number (a match's round, a count)
    "Chương trình giao lưu bóng đá lần thứ 5 ngày 12/4/2024 giữa hai huyện Mường Tè và Sìn Hồ đã diễn ra sôi nổi.",
])
def test_a_named_occasion_without_a_document_number_keeps_its_day(lead):
    assert _main(lead + "\n\nHai bên thống nhất tăng cường phối hợp.\n")["date"] == "2024-04-12"


def test_the_regulation_carried_out_is_kept_as_an_earlier_milestone():
    text = ("Thực hiện Quy chế phối hợp số 15/QCPH-UBND ngày 20/3/2021 giữa UBND hai tỉnh Long An và Tây Ninh "
            "về quản lý biên giới; UBND tỉnh Tây Ninh ban hành công văn số 900/UBND-KT ngày 5/8/2021 về việc "
            "phối hợp tuần tra.\n\nCác sở, ngành liên quan triển khai thực hiện.\n")
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    assert [e["date"] for e in events if not e["main"]] == ["2021-03-20"]
